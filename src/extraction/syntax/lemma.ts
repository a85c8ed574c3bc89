// Verb and noun forms for the clause layer: the lemma of an inflected verb ("imposed" → "impose",
// "bought" → "buy") and the singular of a noun ("duties" → "duty"). Suffix rules with a table of
// irregular forms and a list of known lemmas to choose between candidate stems; no model.
// Data and pure functions only.

/** Irregular past tenses and participles of the verbs news about trade and markets uses. */
const IRREGULAR: Readonly<Record<string, string>> = {
  bought: "buy",
  sold: "sell",
  made: "make",
  held: "hold",
  took: "take",
  taken: "take",
  gave: "give",
  given: "give",
  got: "get",
  gotten: "get",
  won: "win",
  said: "say",
  met: "meet",
  led: "lead",
  ran: "run",
  lent: "lend",
  paid: "pay",
  put: "put",
  set: "set",
  hit: "hit",
  cut: "cut",
  struck: "strike",
  sought: "seek",
  began: "begin",
  begun: "begin",
  came: "come",
  went: "go",
  gone: "go",
  saw: "see",
  seen: "see",
  told: "tell",
  spoke: "speak",
  spoken: "speak",
  wrote: "write",
  written: "write",
  brought: "bring",
  kept: "keep",
  left: "leave",
  built: "build",
  spent: "spend",
  drew: "draw",
  drawn: "draw",
  froze: "freeze",
  frozen: "freeze",
  chose: "choose",
  chosen: "choose",
  rose: "rise",
  risen: "rise",
  fell: "fall",
  fallen: "fall",
  grew: "grow",
  grown: "grow",
  became: "become",
  is: "be",
  are: "be",
  was: "be",
  were: "be",
  been: "be",
  being: "be",
  am: "be",
  "'s": "be",
  has: "have",
  had: "have",
  having: "have",
  does: "do",
  did: "do",
  done: "do",
};

/** Forms of "be" that make a following participle passive ("were restricted", "is being imposed"). */
export const BE_FORMS: ReadonlySet<string> = new Set([
  "be",
  "is",
  "are",
  "was",
  "were",
  "been",
  "being",
  "am",
  "get",
  "got",
  "gets",
]);

/** Lemmas the suffix rules must be able to reach (the stems they try are checked against it). */
const known = new Set<string>();

/** Adds lemmas the suffix rules should prefer ("impose" over "impos" for "imposed"). */
export function knowLemmas(lemmas: Iterable<string>): void {
  for (const l of lemmas) known.add(l);
  LEMMAS.clear();
}

/** Lemmas already computed (a document repeats its words); emptied when it grows past a bound. */
const LEMMAS = new Map<string, string>();
const SINGULARS = new Map<string, string>();
const MEMO_LIMIT = 50_000;

/** Lemma of a verb form, lower-cased: "imposed" → "impose", "threatens" → "threaten". */
export function verbLemma(word: string): string {
  let lemma = LEMMAS.get(word);
  if (lemma === undefined) {
    if (LEMMAS.size >= MEMO_LIMIT) LEMMAS.clear();
    lemma = computeVerbLemma(word);
    LEMMAS.set(word, lemma);
  }
  return lemma;
}

function computeVerbLemma(word: string): string {
  const w = word.toLowerCase().replace(/’/g, "'");
  const irregular = IRREGULAR[w];
  if (irregular) return irregular;
  if (known.has(w)) return w;
  const candidates: string[] = [];
  if (w.endsWith("ies")) candidates.push(`${w.slice(0, -3)}y`);
  if (w.endsWith("ied")) candidates.push(`${w.slice(0, -3)}y`);
  if (/(sh|ch|x|ss|z)es$/.test(w)) candidates.push(w.slice(0, -2));
  else if (w.endsWith("es")) candidates.push(w.slice(0, -1), w.slice(0, -2));
  if (w.endsWith("s") && !w.endsWith("ss")) candidates.push(w.slice(0, -1));
  if (w.endsWith("ed")) {
    const stem = w.slice(0, -2);
    if (/([b-df-hj-np-tv-z])\1$/.test(stem)) candidates.push(stem.slice(0, -1));
    // "imposed", "produced", "refused": a stem that cannot end an English verb takes its "e".
    if (/([csvzgu]|[^aeiou][aeiou][nrt])$/.test(stem) && !/(en|er|it|et)$/.test(stem))
      candidates.push(`${stem}e`, stem);
    else candidates.push(stem, `${stem}e`);
  }
  if (w.endsWith("ing")) {
    const stem = w.slice(0, -3);
    candidates.push(stem, `${stem}e`);
    if (/([b-df-hj-np-tv-z])\1$/.test(stem)) candidates.push(stem.slice(0, -1));
  }
  for (const c of candidates) if (known.has(c)) return c;
  return candidates[0] ?? w;
}

/** True when a verb form reads as a past participle ("imposed", "taken", "bought"). */
export function isParticiple(word: string): boolean {
  const w = word.toLowerCase();
  return (
    /ed$/.test(w) || (IRREGULAR[w] !== undefined && !/^(is|are|was|were|am|has|does|'s)$/.test(w) && !/ing$/.test(w))
  );
}

/** Singular of a lower-case noun: "duties" → "duty", "controls" → "control", "levies" → "levy". */
export function nounSingular(word: string): string {
  let singular = SINGULARS.get(word);
  if (singular === undefined) {
    if (SINGULARS.size >= MEMO_LIMIT) SINGULARS.clear();
    singular = computeSingular(word);
    SINGULARS.set(word, singular);
  }
  return singular;
}

function computeSingular(word: string): string {
  const w = word.toLowerCase();
  if (w.length <= 3 || w.endsWith("ss") || w.endsWith("us") || w.endsWith("is")) return w;
  if (w.endsWith("ies")) return `${w.slice(0, -3)}y`;
  if (/(ches|shes|xes|sses)$/.test(w)) return w.slice(0, -2);
  if (w.endsWith("s")) return w.slice(0, -1);
  return w;
}
