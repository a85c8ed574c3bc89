// The clause layer: one sentence's tokens and part-of-speech tags (stage 2) and its entity
// mentions (stage 3) read into noun phrases, coordinated lists, prepositional phrases, verb groups
// and clauses (subject, verb group with negation and modality, objects, attachments). Chunking
// over the tags, not a parser: one pass to chunk, one to group, one to build clauses, each linear
// in the sentence's tokens. A mention is always inside one noun phrase, whatever its tags.
// Pure: no knowledge of predicates or entity types (see ../rules/predicates.ts for those).

import { MONTHS, WEEKDAYS } from "../events/dates.ts";
import { TITLE_HEADS } from "../lexicon/titles.ts";
import { MAX_LIST_ITEMS } from "../limits.ts";
import { lowerCaseTexts, TICKER, type Token } from "../stages/02-tokens.ts";
import { BE_FORMS, isParticiple, verbLemma } from "./lemma.ts";
import { ACT_NOUNS } from "./noun-frames.ts";

/** Anything with a token range [ts, te): the mentions of the sentence. */
export interface Spanned {
  ts: number;
  te: number;
}

/** A noun phrase: its tokens, its head, and the mentions in it by role. */
export interface Chunk<M extends Spanned> {
  ts: number;
  te: number;
  /** Index of the head token (the last of the phrase). */
  head: number;
  /** Lower-case head word. */
  headWord: string;
  /** The mention covering the head ("the Commerce Department" → the department). */
  entity?: M;
  /** A mention before "'s" ("China's commerce ministry" → China). */
  possessor?: M;
  /** A possessive pronoun ("its", "their") in place of a possessor. */
  pronounPossessor?: string;
  /** Mentions in the phrase other than the head and the possessor, in text order. */
  modifiers: M[];
  /** The phrase set off by commas after this one ("X, the country's top negotiator,"). */
  appositive?: Chunk<M>;
  /** The phrase this one is in apposition to. */
  antecedent?: Chunk<M>;
  /** The prepositional phrases that follow the phrase directly, in order. */
  pps: PP<M>[];
  /** The first item of the coordinated list this phrase closes ("X's capacity and output"). */
  listHead?: Chunk<M>;
  /** A share under 40% ("12%", "12 per cent"): no majority, so no good's dominance through it. */
  minorShare?: boolean;
}

/** A coordinated list of noun phrases ("A, B and C", "A as well as B"); one item when plain. */
export interface Arg<M extends Spanned> {
  items: Chunk<M>[];
  ts: number;
  te: number;
}

/** A prepositional phrase: the preposition (lower case, "such as" is one) and its object. */
export interface PP<M extends Spanned> {
  prep: string;
  at: number;
  arg: Arg<M>;
}

/** A verb group: auxiliaries, modals, negation and control verbs around a head verb. */
export interface VerbGroup {
  ts: number;
  te: number;
  /** Index of the head token (the last verb). */
  head: number;
  /** Lemma of the head verb ("threatened to impose" → "impose"). */
  lemma: string;
  /** Lemmas of the verbs before the head in the group ("threaten" in "threatened to impose"). */
  control: string[];
  /** The modal auxiliary, lower case ("would", "will", "may"), if any. */
  modal?: string;
  negated: boolean;
  /** "were restricted", "was imposed by", "tariffs imposed by X on Y". */
  passive: boolean;
  /** The group starts with "to" ("… to produce magnets"). */
  infinitive: boolean;
}

/** One clause: a verb group, its subject and objects as written, and its logical agent/patient. */
export interface Clause<M extends Spanned> {
  verb: VerbGroup;
  /** The subject as written (for a relative clause, the phrase it hangs on). */
  subject?: Arg<M>;
  objects: Arg<M>[];
  pps: PP<M>[];
  /** Who acts: the subject, or the "by" phrase of a passive. */
  agent?: Arg<M>;
  /** What is acted on: the first object, or the subject of a passive. */
  patient?: Arg<M>;
  /** True for "X, which mines Y" (subject = X). */
  relative: boolean;
  /** Token range of the clause, from its subject (or verb) to its last attachment. */
  ts: number;
  te: number;
}

export interface SentenceReading<M extends Spanned> {
  chunks: Chunk<M>[];
  clauses: Clause<M>[];
  /** The clause each chunk belongs to (as subject, object or inside an attachment). */
  clauseOf: Map<Chunk<M>, Clause<M>>;
  /** The chunk that holds a PP whose object contains this chunk ("controls on [gallium]"). */
  parentOf: Map<Chunk<M>, { chunk: Chunk<M>; prep: string }>;
}

const PREPOSITIONS: ReadonlySet<string> = new Set([
  "with",
  "in",
  "at",
  "by",
  "from",
  "on",
  "to",
  "for",
  "over",
  "of",
  "into",
  "against",
  "between",
  "among",
  "about",
  "outside",
  "including",
  "through",
  "under",
  "across",
  "toward",
  "towards",
  "after",
  "before",
  "during",
  "via",
  "like",
  "per",
  "than",
  "worth",
  "within",
]);

/** Words that end a clause segment: subordinators and closing punctuation. */
const BREAKS: ReadonlySet<string> = new Set([
  ";",
  ":",
  "(",
  ")",
  "—",
  "–",
  '"',
  "“",
  "”",
  "because",
  "while",
  "although",
  "though",
  "whereas",
  "if",
  "unless",
  "when",
  "as",
  "since",
  "but",
  "so",
  "where",
  "whether",
]);

/** Nouns of relying on someone: "dependence on X, which …" tells of X, not of the dependence. */
const DEPENDENCE_NOUNS: ReadonlySet<string> = new Set([
  "reliance",
  "dependence",
  "dependency",
  "overreliance",
  "overdependence",
]);
/** Adjectives of relying on someone, right before "on": "reliant on X, which …". */
const DEPENDENCE_ADJECTIVES = /^(?:reliant|dependent|dependant|over-reliant|overreliant|over-dependent)$/i;
const RELATIVES: ReadonlySet<string> = new Set(["which", "who", "whom", "that"]);
const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(["its", "their", "his", "her", "our"]);
const NEGATIONS: ReadonlySet<string> = new Set(["not", "n't", "never", "no"]);
const MODALS: ReadonlySet<string> = new Set([
  "will",
  "would",
  "could",
  "can",
  "may",
  "might",
  "shall",
  "should",
  "must",
  "'ll",
  "wo",
  "ca",
]);
const NP_TAGS: ReadonlySet<string> = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM", "SYM"]);
// Tag classes and patterns of the passes, made once: a regular expression written inside a loop is
// a new object each time it is evaluated (garbage on every token).
const VERB_TAGS: ReadonlySet<string> = new Set(["VERB", "AUX"]);
const NUMBER_TAGS: ReadonlySet<string> = new Set(["NUM", "SYM"]);
const SUBJECT_TAGS: ReadonlySet<string> = new Set(["PRON", "PROPN"]);
const DET_PRON_TAGS: ReadonlySet<string> = new Set(["DET", "PRON"]);
const ADVERB_NEXT_TAGS: ReadonlySet<string> = new Set(["VERB", "AUX", "ADV", "PART"]);
const OBJECT_START_TAGS: ReadonlySet<string> = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM"]);
const NOMINAL_TAGS: ReadonlySet<string> = new Set(["NOUN", "ADJ", "PROPN", "NUM"]);
const MODIFIER_TAGS: ReadonlySet<string> = new Set(["DET", "ADJ", "ADV", "NUM", "SYM", "PRON"]);
const NOMINAL_OR_PUNCT_TAGS: ReadonlySet<string> = new Set(["NOUN", "ADJ", "PROPN", "PUNCT"]);
const NAME_TAGS: ReadonlySet<string> = new Set(["NOUN", "ADJ", "PROPN"]);
const ADJ_NOUN_NUM_TAGS: ReadonlySet<string> = new Set(["ADJ", "NOUN", "NUM"]);
const CURRENCY_OR_PERCENT = /^[$€£¥%]$/;
const ARTICLE = /^(the|a|an)$/i;
const LOWER_INITIAL = /^\p{Ll}/u;
/** A participle's ending ("issued", "threatened", "integrated", "taken"). */
function participleEnding(w: string): boolean {
  return w.endsWith("ed") || w.endsWith("en");
}

/**
 * Words wink tags as nouns that are verbs after a subject ("Lynas mines rare earths", "which
 * refines it"): the third-person forms of the lemmas given by the caller (the predicate lexicon).
 */
let verbForms: ReadonlySet<string> = new Set();
/** The same lemmas bare: verbs after a plural pronoun ("They mine nickel", "we refine it"). */
let verbLemmas: ReadonlySet<string> = new Set();
/** Pronouns a bare present-tense verb follows. */
const PLURAL_PRONOUNS: ReadonlySet<string> = new Set(["they", "we"]);

/** Sets the verb lemmas whose "-s" forms read as verbs after a subject or a relative pronoun. */
export function setVerbLexicon(given: Iterable<string>): void {
  const lemmas = [...given];
  const forms = new Set<string>();
  for (const l of lemmas) {
    forms.add(/(s|sh|ch|x|z)$/.test(l) ? `${l}es` : /[^aeiou]y$/.test(l) ? `${l.slice(0, -1)}ies` : `${l}s`);
  }
  verbForms = forms;
  verbLemmas = new Set(lemmas);
}

// `appositionLike` needs the tokens; `group` is called from `readSentence` only, which sets this.
let tokensOf: Token[] = [];

// The state of pass 1 over one sentence, set by `readSentence`: module variables rather than
// closures, so that reading a sentence allocates no functions (the pass runs on every sentence
// that holds a trigger word).
/** The sentence's mentions in text order, and the index of the first one not yet behind. */
let pMentions: readonly Spanned[] = [];
let pMi = 0;
/** End (exclusive) of the sentence's tokens. */
let pB = 0;
/** Lower-case form of each token of the document (stage 2's `lowerCaseTexts`). */
let pLower: readonly string[] = [];

/** An over-the-counter ticker: four capitals and F or Y ("ACMGF", "SMMYY"), no mention's word. */
const OTC_TICKER = /^[A-Z]{4}[FY]$/;

/** Whether token `k` is an exchange ticker written after a name ("XYZ.N", "601234.SS", "ACMGF"). */
function bareTicker(k: number): boolean {
  const text = tokensOf[k]!.text;
  return TICKER.test(text) || (OTC_TICKER.test(text) && !pMentions.some((m) => m.ts <= k && k < m.te));
}

/** Lower-case text of token `k`, "" past the document's end. */
function lowerAt(k: number): string {
  return pLower[k] ?? "";
}

/** The mention covering token `k`, if any; `k` never decreases within one sentence. */
function mentionAt(k: number): Spanned | undefined {
  while (pMi < pMentions.length && pMentions[pMi]!.te <= k) pMi++;
  const m = pMentions[pMi];
  return m && m.ts <= k && k < m.te ? m : undefined;
}

/** Double quotation marks (single ones double as apostrophes). */
const DOUBLE_QUOTES: ReadonlySet<string> = new Set(["“", "”", '"']);

/** Tags of the words a quoted noun holds. */
const QUOTED_NOUN_TAGS: ReadonlySet<string> = new Set(["ADJ", "NOUN", "PROPN"]);

/**
 * A short quoted noun ("a “metals alliance” with Y", "seeking a \"strategic partnership\" with Y"):
 * when token `k` opens double quotes closed within six words that are all adjectives, nouns or
 * names (hyphens too), the last a noun or a name, the index of the closing mark; else -1. The
 * marks are then read as part of the phrase, so that its head and attachments are the plain ones.
 */
function quotedNounEnd(k: number): number {
  if (!DOUBLE_QUOTES.has(tokensOf[k]?.text ?? "")) return -1;
  for (let j = k + 1; j < pB && j <= k + 7; j++) {
    const t = tokensOf[j]!;
    if (DOUBLE_QUOTES.has(t.text)) {
      const last = tokensOf[j - 1]!.pos;
      return j > k + 1 && (last === "NOUN" || last === "PROPN") ? j : -1;
    }
    if (!QUOTED_NOUN_TAGS.has(t.pos) && t.text !== "-") return -1;
  }
  return -1;
}

/** Whether a phrase holds the opening mark of a short quoted noun. */
function quotedWithin(c: { ts: number; te: number }): boolean {
  for (let k = c.ts; k < c.te; k++) if (DOUBLE_QUOTES.has(tokensOf[k]!.text)) return true;
  return false;
}

/** True when a noun phrase may start at token `k` of the sentence. */
function npStart(k: number): boolean {
  if (k >= pB) return false;
  if (mentionAt(k)) return true;
  const t = tokensOf[k]!;
  const w = lowerAt(k);
  if (RELATIVES.has(w) && w !== "that") return false;
  if (POSSESSIVE_PRONOUNS.has(w)) return true;
  if (t.pos === "PRON") return true;
  if (t.pos === "SYM") return CURRENCY_OR_PERCENT.test(t.text);
  if (quotedNounEnd(k) > 0) return true;
  return NP_TAGS.has(t.pos);
}

/** True when the last unit read can be a subject (a name, a pronoun) or is a relative pronoun. */
function afterSubject<M extends Spanned>(units: Unit<M>[]): boolean {
  const last = units.at(-1);
  return (
    last?.k === "rel" ||
    (last?.k === "np" && (last.chunk.entity !== undefined || SUBJECT_TAGS.has(tokensOf[last.chunk.head]?.pos ?? "")))
  );
}

/**
 * Verbs of intention whose third-person form the tagger often takes for a noun ("X plans to invest",
 * "the firm aims to build"): before "to" and a verb they head the verb group, and the phrase before
 * them is its subject.
 */
const INTENTION_FORMS: ReadonlySet<string> = new Set([
  "plans",
  "aims",
  "intends",
  "seeks",
  "hopes",
  "wants",
  "expects",
]);
/** Their bare forms, read so only after a plural noun ("the measures aim to curb …"). */
const INTENTION_LEMMAS: ReadonlySet<string> = new Set(["plan", "aim", "intend", "seek", "hope", "want", "expect"]);

/**
 * Whether token `k` is a verb of intention before "to" and a verb: its "-s" form, or its bare form
 * after a plural common noun. Read from the tags only.
 */
function intentionAt(k: number): boolean {
  const w = lowerAt(k);
  if (lowerAt(k + 1) !== "to" || !VERB_TAGS.has(tokensOf[k + 2]?.pos ?? "")) return false;
  if (INTENTION_FORMS.has(w)) return true;
  const before = tokensOf[k - 1];
  return INTENTION_LEMMAS.has(w) && before?.pos === "NOUN" && /[\p{Ll}]s$/u.test(before.text);
}

/**
 * Whether a verb of intention at `k` opens the verb group after the phrase before it: right after a
 * name or a noun ("X plans to …", "the company plans to …"), after a bracketed aside that follows
 * the phrase ("X (TSX: XX) plans to …"), or after "which" or "who".
 */
function intentionVerb<M extends Spanned>(k: number, units: Unit<M>[]): boolean {
  if (!intentionAt(k) || mentionAt(k)) return false;
  const last = units.at(-1);
  if (last?.k === "rel") return /^(?:which|who)$/.test(lowerAt(k - 1));
  return last?.k === "np" && (last.chunk.te === k || tokensOf[k - 1]?.text === ")");
}

/** Tags a bare verb after a list of names takes before its object: "control 90%", "supply the". */
const BARE_OBJECT_TAGS: ReadonlySet<string> = new Set(["DET", "NUM"]);

/**
 * Whether a bare registry verb at `k` follows a list of names ending in "and <name>" and comes
 * before a determiner, a number or an approximation ("Russia, China and North Korea control 90%";
 * not "the US and China trade war").
 */
function bareVerbAfterNames(k: number, phraseStart: number): boolean {
  return (
    verbLemmas.has(lowerAt(k)) &&
    tokensOf[k - 1]?.pos === "PROPN" &&
    lowerAt(phraseStart - 1) === "and" &&
    // "A and B", "A, B, and C".
    (tokensOf[phraseStart - 2]?.pos === "PROPN" ||
      (lowerAt(phraseStart - 2) === "," && tokensOf[phraseStart - 3]?.pos === "PROPN")) &&
    (BARE_OBJECT_TAGS.has(tokensOf[k + 1]?.pos ?? "") || approximationAt(k + 1))
  );
}

/** True when the last unit read is "they" or "we" ("They mine nickel"). */
function afterPluralPronoun<M extends Spanned>(units: Unit<M>[]): boolean {
  const last = units.at(-1);
  return last?.k === "np" && last.chunk.ts === last.chunk.head && PLURAL_PRONOUNS.has(lowerAt(last.chunk.head));
}

const LINKING_PARTICIPLES: ReadonlySet<string> = new Set(["related", "linked", "tied", "relating"]);
const APPROXIMATIONS: ReadonlySet<string> = new Set([
  "about",
  "around",
  "over",
  "nearly",
  "almost",
  "roughly",
  "approximately",
  "some",
]);
/** Fractions an approximation may qualify ("about half", "nearly two-thirds"). */
const FRACTIONS: ReadonlySet<string> = new Set(["half", "two-thirds", "three-quarters", "one-third", "one-quarter"]);

/** Two-word approximations ("more than 70%", "at least half", "up to $2 billion"): first word → second. */
const APPROXIMATION_PAIRS: ReadonlyMap<string, string> = new Map([
  ["more", "than"],
  ["less", "than"],
  ["fewer", "than"],
  ["at", "least"],
  ["up", "to"],
]);

/** The number of words of an approximation before a number or fraction at token `k` (0: none). */
function approximationWords(k: number): number {
  const w = lowerAt(k);
  const words = APPROXIMATIONS.has(w) ? 1 : k + 1 < pB && APPROXIMATION_PAIRS.get(w) === lowerAt(k + 1) ? 2 : 0;
  if (!words || k + words >= pB) return 0;
  const n = k + words;
  return NUMBER_TAGS.has(tokensOf[n]?.pos ?? "") || FRACTIONS.has(lowerAt(n)) ? words : 0;
}

/** Whether an approximation opens a phrase at token `k` ("about 12%", "more than 70%", "about half"). */
function approximationAt(k: number): boolean {
  return k < pB && approximationWords(k) > 0;
}

const TIME_STARTS: ReadonlySet<string> = new Set(["last", "next", "earlier", "later"]);
/** Determiners that may stand inside a noun phrase, after its first word. */
const INNER_DETERMINERS: ReadonlySet<string> = new Set([
  "the",
  "a",
  "an",
  "this",
  "these",
  "those",
  "that",
  "its",
  "their",
  "both",
  "each",
]);
/** Determiners that start a new phrase even after a noun. */
const PHRASE_DETERMINERS: ReadonlySet<string> = new Set(["the", "a", "an", "that"]);

type Unit<M extends Spanned> =
  | { k: "np"; chunk: Chunk<M> }
  | { k: "vg"; vg: VerbGroup }
  | { k: "prep"; word: string; at: number }
  | { k: "conj"; word: string; at: number }
  | { k: "comma"; at: number }
  | { k: "rel"; at: number }
  | { k: "break"; at: number }
  | { k: "other"; at: number };

/**
 * Reads sentence [a, b) of `tokens` into chunks and clauses. `mentions` are the sentence's
 * mentions in text order (their ranges must not overlap).
 */
export function readSentence<M extends Spanned>(
  tokens: Token[],
  a: number,
  b: number,
  mentions: M[],
): SentenceReading<M> {
  tokensOf = tokens;
  pLower = lowerCaseTexts(tokens);
  pMentions = mentions;
  pMi = 0;
  pB = b;
  try {
    return buildClauses(tokens, group(chunk(tokens, a, b, mentions)));
  } finally {
    tokensOf = [];
    pLower = [];
    pMentions = [];
  }
}

/**
 * Whether the words after token `i` ("including") are a list set off by commas before the clause's
 * verb: "firms, including X, Y and Z, have invested" (not "sold to makers, including X and Y.").
 * Read from the tags only (the mention cursor moves forward only).
 */
function subjectAsideAt(i: number): boolean {
  for (let j = i + 1; j < pB && j <= i + 30; j++) {
    const t = tokensOf[j]!;
    const w = pLower[j]!;
    if (w === ",") {
      const k = tokensOf[j + 1]?.pos === "ADV" ? j + 2 : j + 1;
      const pos = tokensOf[k]?.pos;
      if (pos === "VERB" || pos === "AUX") return true;
    } else if (((t.pos === "VERB" || t.pos === "AUX") && !/^[A-Z]/.test(t.text)) || BREAKS.has(w) || w === ".")
      return false;
  }
  return false;
}

/** Long dashes. */
const DASHES: ReadonlySet<string> = new Set(["—", "–"]);

/** Whether a passive participle and "by" start at token `k` ("partly funded by", "backed by"). */
function passiveAsideAt(k: number): boolean {
  if (tokensOf[k]?.pos === "ADV") k++;
  const t = tokensOf[k];
  return t !== undefined && t.pos !== "NOUN" && isParticiple(t.text) && lowerAt(k + 1) === "by";
}

/** Pass 1: tokens → noun phrases, verb groups, prepositions, conjunctions, punctuation. */
function chunk<M extends Spanned>(tokens: Token[], a: number, b: number, _mentions: M[]): Unit<M>[] {
  const units: Unit<M>[] = [];
  let i = a;
  let dashAside = false;
  const lower = lowerAt;
  while (i < b) {
    const t = tokens[i]!;
    const w = lowerAt(i);
    // "(NYSE: MP)", "($257.2m)", "(OSC)": a short bracketed aside is left out of the clauses.
    if (w === "(" && !mentionAt(i)) {
      let close = i + 1;
      while (close < b && close - i <= 12 && tokens[close]!.text !== ")") close++;
      if (close < b && tokens[close]!.text === ")") {
        i = close + 1;
        continue;
      }
    }
    // "X Corp XYZ.N, the world's …", "Y Group 601234.SS": an exchange ticker written right after a
    // name is left out, so that the name and its apposition meet.
    const prior = units.at(-1);
    if (prior?.k === "np" && prior.chunk.te === i && prior.chunk.entity && bareTicker(i)) {
      i++;
      continue;
    }
    // The closing mark of a short quoted noun the phrase before holds ("a “metals alliance” with").
    if (prior?.k === "np" && prior.chunk.te === i && DOUBLE_QUOTES.has(t.text) && quotedWithin(prior.chunk)) {
      i++;
      continue;
    }
    // "stakes in companies including X and Y": "including" right after a phrase is its preposition,
    // whatever the tagger made of it.
    // "Chinese firms, including X and Y, have invested": after the phrase's comma too, when the
    // list is an aside in the subject (closed by a comma before the clause's verb).
    const before = units.at(-1)?.k === "comma" && subjectAsideAt(i) ? units.at(-2) : units.at(-1);
    if (w === "including" && before?.k === "np" && !mentionAt(i)) {
      units.push({ k: "prep", word: "including", at: i });
      i++;
      continue;
    }
    // "curbs on advanced AI chips", "exports of refined cobalt": a participle right after a
    // preposition, before a noun, opens the preposition's noun phrase (the tagger's verb is an adjective).
    if (prepositionParticiple(units, i)) {
      const c = nounPhrase<M>(tokens, i, b);
      units.push({ k: "np", chunk: c });
      i = c.te;
      continue;
    }
    // "Lynas mines rare earths", "Congo supplies over 70% of …": a registry verb's "-s" form after
    // a subject, before a phrase (an approximation may open it).
    const verbish =
      (t.pos === "VERB" ||
        t.pos === "AUX" ||
        ((verbForms.has(w) || (verbLemmas.has(w) && afterPluralPronoun(units))) &&
          afterSubject(units) &&
          (npStart(i + 1) || approximationAt(i + 1))) ||
        // "China, which accounts for 80% of …", "X, which mines Y": a registry verb's "-s" form
        // right after "which" or "who" ("that imports from X will …" may open a reported clause).
        (verbForms.has(w) && units.at(-1)?.k === "rel" && /^(?:which|who)$/.test(lowerAt(i - 1))) ||
        (units.at(-1)?.k === "np" && bareVerbAfterNames(i, (units.at(-1) as { chunk: Chunk<M> }).chunk.ts)) ||
        // "X plans to invest", "X (TSX: XX) aims to build", "which plans to invest": a verb of
        // intention before "to" and a verb, whatever the tagger made of it.
        intentionVerb(i, units) ||
        // "… finalize a deal and work closely with Y": a word after "and" that a manner adverb
        // follows is a verb coordinated with the clause's, not a noun of its object's list.
        (t.pos === "NOUN" &&
          units.at(-1)?.k === "conj" &&
          tokens[i + 1]?.pos === "ADV" &&
          /^[\p{Ll}]+ly$/u.test(tokens[i + 1]!.text) &&
          units.some((u) => u.k === "vg"))) &&
      !mentionAt(i);
    const infinitive = w === "to" && VERB_TAGS.has(tokens[i + 1]?.pos ?? "") && units.at(-1)?.k !== "vg";
    // "never met": the negation opens the verb group before its verb.
    const never = w === "never" && VERB_TAGS.has(tokens[i + 1]?.pos ?? "") && !mentionAt(i);
    if (verbish || infinitive || never || (t.pos === "PART" && (w === "not" || w === "n't") && !mentionAt(i))) {
      const vg = verbGroup(tokens, i, b);
      units.push({ k: "vg", vg });
      i = vg.te;
      continue;
    }
    if (w === "as" && lower(i + 1) === "well" && lower(i + 2) === "as") {
      units.push({ k: "conj", word: "as well as", at: i });
      i += 3;
      continue;
    }
    if (w === "such" && lower(i + 1) === "as") {
      units.push({ k: "prep", word: "including", at: i });
      i += 2;
      continue;
    }
    // "technologies related to rare earths": the participle and "to" attach like "of".
    if (LINKING_PARTICIPLES.has(w) && lower(i + 1) === "to" && units.at(-1)?.k === "np") {
      units.push({ k: "prep", word: "of", at: i });
      i += 2;
      continue;
    }
    if (w === "along" && lower(i + 1) === "with") {
      units.push({ k: "conj", word: "and", at: i });
      i += 2;
      continue;
    }
    if (RELATIVES.has(w) && !mentionAt(i)) {
      const last = units.at(-1);
      const prevNp = last?.k === "np" || (last?.k === "comma" && units.at(-2)?.k === "np");
      const next = tokens[i + 1];
      if (w !== "that" || (prevNp && next && !DET_PRON_TAGS.has(next.pos))) {
        units.push({ k: "rel", at: i });
        i++;
        continue;
      }
      if (w === "that" && !(next && NP_TAGS.has(next.pos) && last?.k !== "vg")) {
        units.push({ k: "break", at: i });
        i++;
        continue;
      }
    }
    // "is by far the largest producer": the adverbial leaves the verb's complement whole.
    if (w === "by" && lower(i + 1) === "far" && units.at(-1)?.k === "vg") {
      i += 2;
      continue;
    }
    // "about 12%", "over $400 million": an approximation starts the phrase, it is no preposition.
    const approx = approximationAt(i);
    if (approx || npStart(i)) {
      const c = nounPhrase<M>(tokens, i, b);
      units.push({ k: "np", chunk: c });
      i = c.te;
      continue;
    }
    // "X—partly funded by Y—has …": dashes around a passive participle with its "by" phrase after
    // a phrase set it off as commas do, so the phrase before stays the next verb's subject.
    if (DASHES.has(w) && (dashAside || (units.at(-1)?.k === "np" && passiveAsideAt(i + 1)))) {
      dashAside = !dashAside;
      units.push({ k: "comma", at: i });
    } else if (w === ",") units.push({ k: "comma", at: i });
    else if (w === "and" || w === "or" || w === "&" || w === "plus" || w === "nor")
      units.push({ k: "conj", word: w, at: i });
    else if (BREAKS.has(w)) units.push({ k: "break", at: i });
    else if (PREPOSITIONS.has(w) || t.pos === "ADP") units.push({ k: "prep", word: w, at: i });
    else units.push({ k: "other", at: i });
    i++;
  }
  return units;
}

/** Forms of "have" that make a perfect with a participle ("has mined"). */
const HAVE_FORMS: ReadonlySet<string> = new Set(["has", "have", "had", "having"]);

/**
 * Whether token `k`, which the tagger took for an adjective, is the participle of a registry verb
 * in the group begun at `verbs`: after "have" ("has never mined cobalt"), or after "be" before an
 * attachment or the clause's end ("is mined by X", "was refined in Y"; not "is refined copper").
 */
function lexiconParticiple(tokens: Token[], k: number, verbs: readonly number[]): boolean {
  const t = tokens[k]!;
  if (t.pos !== "ADJ" || !verbs.length || !isParticiple(t.text) || !verbLemmas.has(verbLemma(t.text))) return false;
  const aux = lowerAt(verbs.at(-1)!);
  if (HAVE_FORMS.has(aux)) return true;
  const next = tokens[k + 1]?.pos ?? "";
  return BE_FORMS.has(aux) && (next === "ADP" || next === "PUNCT" || next === "ADV" || next === "");
}

/**
 * Whether token `k` is a participle the tagger took for a verb right after a preposition and before
 * a noun ("on advanced AI chips", "of refined cobalt", "from processed ore"): an adjective opening the
 * preposition's noun phrase. `units` (when given) must end with that preposition.
 */
function prepositionParticiple<M extends Spanned>(units: Unit<M>[] | null, k: number): boolean {
  const t = tokensOf[k];
  if (t?.pos !== "VERB" || mentionAt(k) || !/^[\p{Ll}]+(?:ed|en)$/u.test(t.text)) return false;
  const prep = k - 1;
  const pw = lowerAt(prep);
  if (pw === "to" || !(PREPOSITIONS.has(pw) || tokensOf[prep]?.pos === "ADP")) return false;
  if (units && !(units.at(-1)?.k === "prep" && (units.at(-1) as { at: number }).at === prep)) return false;
  const next = tokensOf[k + 1]?.pos ?? "";
  return next === "NOUN" || next === "PROPN" || (next === "ADJ" && NAME_TAGS.has(tokensOf[k + 2]?.pos ?? ""));
}

/** A verb group from token `i`: auxiliaries, adverbs, "to", negation and verbs, ending at the last verb. */
function verbGroup(tokens: Token[], i: number, b: number): VerbGroup {
  const ts = i;
  let head = i;
  let k = i;
  const verbs: number[] = [];
  let modal: string | undefined;
  let negated = false;
  while (k < b && !mentionAt(k)) {
    const t = tokens[k]!;
    const w = lowerAt(k);
    // A negation first: "never met" opens its group with the adverb, not a verb.
    if (NEGATIONS.has(w) && t.pos !== "VERB" && t.pos !== "AUX") {
      negated = true;
    } else if (
      t.pos === "VERB" ||
      t.pos === "AUX" ||
      (k === ts && t.pos !== "PART" && w !== "to") ||
      lexiconParticiple(tokens, k, verbs)
    ) {
      if (t.pos === "AUX" && MODALS.has(w)) modal ??= w;
      else verbs.push(k);
      head = k;
    } else {
      const next = tokens[k + 1]?.pos ?? "";
      const toVerb = w === "to" && (next === "VERB" || next === "AUX");
      const adverb = t.pos === "ADV" && ADVERB_NEXT_TAGS.has(next);
      if (!toVerb && !adverb) break;
    }
    k++;
  }
  // A loop, not a closure: a closure reading `head` would cost a context on every call.
  const headVerbs: number[] = [];
  for (const v of verbs) if (v <= head) headVerbs.push(v);
  const last = headVerbs.at(-1) ?? head;
  // The word before the head (adverbs and "not" skipped) decides the voice: "were (not) restricted".
  let before = last - 1;
  while (before >= ts && (tokens[before]!.pos === "ADV" || NEGATIONS.has(lowerAt(before)))) before--;
  const headWord = tokens[last]!.text;
  const passive = before >= ts && BE_FORMS.has(lowerAt(before)) && isParticiple(headWord);
  const control: string[] = [];
  for (const v of headVerbs.slice(0, -1)) {
    const l = verbLemma(tokens[v]!.text);
    if (l !== "be" && l !== "have" && l !== "do") control.push(l);
  }
  if (modal === "wo") modal = "will";
  if (modal === "ca") modal = "can";
  const infinitive = lowerAt(ts) === "to";
  return {
    ts,
    te: Math.max(k, ts + 1),
    head: last,
    lemma: verbLemma(headWord),
    control,
    modal,
    negated,
    passive,
    infinitive,
  };
}

/** A noun phrase from token `i`: determiners, adjectives, nouns, numbers, "'s", whole mentions. */
function nounPhrase<M extends Spanned>(tokens: Token[], i: number, b: number): Chunk<M> {
  const ms: M[] = [];
  let k = i;
  let possessor: M | undefined;
  let pronounPossessor: string | undefined;
  let pendingPossessor: M | undefined;
  let quoteEnd = -1;
  // "more than 70%", "at least half": a two-word approximation opens the phrase.
  if (approximationWords(k) === 2) k += 2;
  while (k < b) {
    const m = mentionAt(k) as M | undefined;
    if (m) {
      if (!ms.includes(m)) ms.push(m);
      k = Math.max(k + 1, m.te);
      pendingPossessor = m;
      continue;
    }
    const t = tokens[k]!;
    const lw = lowerAt(k);
    const w = lw.includes("’") ? lw.replace(/’/g, "'") : lw;
    if (w === "'s" || w === "'") {
      if (pendingPossessor && pendingPossessor.te === k) possessor = pendingPossessor;
      k++;
      continue;
    }
    pendingPossessor = undefined;
    // A short quoted noun inside the phrase: the opening mark is read as part of it and the phrase
    // ends before the closing one (the chunker skips that).
    if (quoteEnd < 0 && (k === i || NP_TAGS.has(tokens[k - 1]!.pos))) {
      const end = quotedNounEnd(k);
      if (end > 0) {
        quoteEnd = end;
        k++;
        continue;
      }
    }
    if (k === quoteEnd) break;
    // A ticker after a name ends the phrase (the chunker skips it).
    if (k > i && bareTicker(k)) break;
    if (POSSESSIVE_PRONOUNS.has(w) && k === i) {
      pronounPossessor = w;
      k++;
      continue;
    }
    if (t.pos === "PRON") {
      // A pronoun is a phrase of its own ("it"); after a noun it starts something else ("that").
      if (k === i) k++;
      break;
    }
    // "Albemarle mines lithium": a registry verb's "-s" form after a name ends the phrase.
    if (
      k > i &&
      verbForms.has(w) &&
      // After a name, or a definite description the mention stage resolved ("the firm extracts …").
      (tokens[k - 1]!.pos === "PROPN" || (ms.at(-1)?.te === k && ms.at(-1)!.ts === i && lowerAt(i) === "the")) &&
      (OBJECT_START_TAGS.has(tokens[k + 1]?.pos ?? "") ||
        approximationAt(k + 1) ||
        // "X supplies its chips to …".
        POSSESSIVE_PRONOUNS.has(lowerAt(k + 1)))
    ) {
      break;
    }
    // "Russia, China and North Korea control 90% of it": a bare registry verb after a list of names.
    if (k > i && bareVerbAfterNames(k, i)) break;
    // "X plans to invest", "the company aims to build": a verb of intention after a name or a noun
    // ends the phrase (not "its ambitious plans to", "announced plans to": no name or noun before).
    if (k > i && NAME_TAGS.has(tokens[k - 1]!.pos) && tokens[k - 1]!.pos !== "ADJ" && intentionAt(k)) break;
    // "a newly issued class", "its threatened tariffs", "a vertically integrated chain", "the world's
    // leading zinc producer": a participle between a determiner (or adverb) and a noun is an
    // adjective ("leading" the one "-ing" form read so, after a determiner or a possessive).
    // Any "-ing" form after a determiner or a possessive, and a participle before an
    // amount, too: "the remaining $5.5 billion", "its growing output", "the agreed $2 billion".
    if (
      (k > i || prepositionParticiple(null, k)) &&
      t.pos === "VERB" &&
      (participleEnding(w) ||
        (w.endsWith("ing") &&
          (tokens[k - 1]!.pos === "DET" ||
            tokens[k - 1]!.pos === "PART" ||
            POSSESSIVE_PRONOUNS.has(lowerAt(k - 1))))) &&
      (NOMINAL_TAGS.has(tokens[k + 1]?.pos ?? "") || CURRENCY_OR_PERCENT.test(tokens[k + 1]?.text ?? ""))
    ) {
      const before = tokens[k - 1]!.pos;
      if (MODIFIER_TAGS.has(before) || before === "PART" || k === i) {
        k++;
        continue;
      }
    }
    if (
      k > i &&
      t.pos === "ADV" &&
      tokens[k + 1]?.pos === "VERB" &&
      participleEnding(tokens[k + 1]!.text) &&
      NOMINAL_OR_PUNCT_TAGS.has(tokens[k + 2]?.pos ?? "")
    ) {
      k += 2;
      continue;
    }
    // "its wholly-owned subsidiary", "a majority-owned unit": an adverb joined by a hyphen
    // to a participle before a noun stays in the phrase.
    if (
      k > i &&
      t.pos === "ADV" &&
      tokens[k + 1]?.text === "-" &&
      tokens[k + 2]?.pos === "VERB" &&
      participleEnding(tokens[k + 2]!.text) &&
      NOMINAL_OR_PUNCT_TAGS.has(tokens[k + 3]?.pos ?? "")
    ) {
      k += 3;
      continue;
    }
    // "a 30 per cent tax": "per cent" is the number's unit.
    if (k > i && w === "per" && lowerAt(k + 1) === "cent" && tokens[k - 1]!.pos === "NUM") {
      k += 2;
      continue;
    }
    // "copper last week": a time phrase starts after the noun phrase.
    if (k > i && TIME_STARTS.has(w)) break;
    // "firms such as X": "such as" opens the list named after the phrase.
    if (k > i && w === "such" && lowerAt(k + 1) === "as") break;
    // "rare earth-related measures": a participle after a hyphen is part of the phrase.
    if (w === "-" && k > i && tokens[k + 1]?.pos === "VERB" && NAME_TAGS.has(tokens[k + 2]?.pos ?? "")) {
      k += 2;
      continue;
    }
    // "rare-earth", "U.S.-made": hyphens and "%" stay inside the phrase.
    if (w === "-" || w === "%" || NP_TAGS.has(t.pos)) {
      if (RELATIVES.has(w) && w !== "that") break;
      if (t.pos === "DET" && k > i && !INNER_DETERMINERS.has(w)) break;
      if (t.pos === "DET" && k > i && PHRASE_DETERMINERS.has(w)) break;
      k++;
      continue;
    }
    // "about 60%", "over $400 million", "the only producer": an adverb before a number or noun stays in.
    const next = tokens[k + 1]?.pos ?? "";
    if (
      (t.pos === "ADV" || k === i) &&
      ((k === i && (NUMBER_TAGS.has(next) || approximationAt(k))) || (k > i && ADJ_NOUN_NUM_TAGS.has(next)))
    ) {
      k++;
      continue;
    }
    break;
  }
  const te = Math.max(k, i + 1);
  const head = te - 1;
  // Loops, not closures: a closure reading `head` or `possessor` would cost a context on every call.
  let entity: M | undefined;
  for (const m of ms) {
    if (m.ts <= head && head < m.te) {
      entity = m;
      break;
    }
  }
  const modifiers: M[] = [];
  for (const m of ms) if (m !== entity && m !== possessor) modifiers.push(m);
  return {
    ts: i,
    te,
    head,
    headWord: lowerAt(head),
    entity,
    possessor,
    pronounPossessor,
    modifiers,
    pps: [],
    minorShare: minorShareAt(head),
  };
}

/** Whether the head at `head` closes a share under 40% ("12%", "12 percent", "12 per cent"). */
function minorShareAt(head: number): boolean {
  const w = lowerAt(head);
  const n = w === "%" || w === "percent" ? head - 1 : w === "cent" && lowerAt(head - 1) === "per" ? head - 2 : -1;
  if (n < 0) return false;
  const value = Number.parseFloat(tokensOf[n]?.text ?? "");
  return Number.isFinite(value) && value < 40;
}

type Item<M extends Spanned> =
  | { k: "arg"; arg: Arg<M> }
  | { k: "pp"; pp: PP<M> }
  | Exclude<Unit<M>, { k: "np" } | { k: "prep" }>;

/** A phrase that may stand in apposition: "the country's top negotiator", "a unit of X", "Australia's biggest miner". */
function appositionLike<M extends Spanned>(tokens: Token[], c: Chunk<M>): boolean {
  const first = tokens[c.ts]!;
  if (ARTICLE.test(first.text)) return true;
  if (c.possessor) return true;
  return !c.entity && LOWER_INITIAL.test(tokens[c.head]!.text);
}

/**
 * Whether `name`, after a comma, names the thing the description `c` before it tells of: "with the
 * Peruvian state fund, Quillon Minerals", "a rival producer, Talmore": a phrase with an article and
 * a common noun for head, naming nothing itself, and a bare name after it.
 */
function namesDescription<M extends Spanned>(tokens: Token[], c: Chunk<M>, name: Chunk<M>): boolean {
  if (c.entity || c.possessor || c.pronounPossessor || !ARTICLE.test(tokens[c.ts]!.text)) return false;
  if (!LOWER_INITIAL.test(tokens[c.head]!.text)) return false;
  const e = name.entity;
  return !!e && e.te === name.te && name.ts >= e.ts && !name.possessor && !name.modifiers.length;
}

/** Words of a calendar date: months, weekdays, and "early", "mid", "late" before them. */
const CALENDAR_WORDS: ReadonlySet<string> = new Set([...MONTHS, ...WEEKDAYS, "early", "mid", "late", "the", "of"]);

/** A phrase that is only a date: "2023", "March 2023", "June 12", "Monday" (no name in it). */
function calendarChunk<M extends Spanned>(c: Chunk<M>): boolean {
  if (c.entity || c.modifiers.length || c.possessor) return false;
  for (let k = c.ts; k < c.te; k++) {
    const w = lowerAt(k);
    if (!CALENDAR_WORDS.has(w) && !/^\d{1,2}(?:st|nd|rd|th)?$|^(?:1[89]|20)\d\d$/.test(w)) return false;
  }
  return c.te > c.ts;
}

/** A phrase that is only a time word: "today", "yesterday", or a calendar date. */
function timeChunk<M extends Spanned>(c: Chunk<M>): boolean {
  return (c.te - c.ts === 1 && /^(?:today|yesterday|tonight|now)$/.test(lowerAt(c.ts))) || calendarChunk(c);
}

/** Pronouns that are only ever a subject: never an item of a list of noun phrases. */
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(["it", "they", "he", "she", "we", "i"]);

function subjectPronoun<M extends Spanned>(c: Chunk<M>): boolean {
  return c.te - c.ts === 1 && SUBJECT_PRONOUNS.has(lowerAt(c.ts));
}

/** A coordinated list from unit `start` (a noun phrase) of `units`; returns the next unit index. */
function readArg<M extends Spanned>(units: Unit<M>[], start: number): { arg: Arg<M>; next: number } {
  let first = (units[start] as { k: "np"; chunk: Chunk<M> }).chunk;
  const list: Chunk<M>[] = [first];
  let next = start + 1;
  // Tentative list members after commas; kept only if a conjunction closes the list.
  for (;;) {
    const a = units[next];
    const b1 = units[next + 1];
    // "a producer of zinc and it also banned …": a subject pronoun after the conjunction opens a clause.
    if (a?.k === "conj" && b1?.k === "np" && a.word !== "nor" && !subjectPronoun(b1.chunk)) {
      // "its copper and cobalt output", "gallium and germanium exports": goods coordinated before
      // one head noun are one phrase (the head's, the goods its modifiers), not a list of two.
      if (a.word === "and" && list.length === 1 && coordinatedGoodsBeforeHead(first, b1.chunk, true)) {
        first = joinedPhrase(first, b1.chunk);
        list[0] = first;
        next += 2;
        continue;
      }
      list.push(b1.chunk);
      next += 2;
      continue;
    }
    if (a?.k === "conj" && a.word === "and" && units[next + 1]?.k === "other" && units[next + 2]?.k === "np") {
      list.push((units[next + 2] as { k: "np"; chunk: Chunk<M> }).chunk);
      next += 3;
      continue;
    }
    // "In March 2023, A and B signed …": a date opening the sentence is no list's first item.
    if (a?.k === "comma" && b1?.k === "np" && list.length === 1 && calendarChunk(first) && !calendarChunk(b1.chunk))
      break;
    if (a?.k === "comma" && b1?.k === "np") {
      // "A, Minister of Economy, Trade and Industry of X and B, …": a long title, commas and all.
      const run = titleRun(units, next, list.at(-1)!);
      if (run) {
        const last = list.at(-1)!;
        last.appositive = b1.chunk;
        b1.chunk.antecedent = last;
        for (let p = next + 2; units[p]?.k === "prep" && units[p + 1]?.k === "np"; p += 2) {
          const np = (units[p + 1] as { k: "np"; chunk: Chunk<M> }).chunk;
          const prep = units[p] as { word: string; at: number };
          b1.chunk.pps.push({ prep: prep.word, at: prep.at, arg: { items: [np], ts: np.ts, te: np.te } });
        }
        list.push(run.name);
        next = run.next;
        continue;
      }
      // Scan ahead: ", B, C and D" is a list; ", the minister," an apposition.
      let j = next;
      const pending: Chunk<M>[] = [];
      // At most MAX_LIST_ITEMS ahead: a longer run of commas is read as separate phrases.
      while (
        units[j]?.k === "comma" &&
        units[j + 1]?.k === "np" &&
        pending.length < MAX_LIST_ITEMS &&
        // "X, a producer, today announced …": a time word before the verb is no list item.
        !(pending.length && timeChunk((units[j + 1] as { k: "np"; chunk: Chunk<M> }).chunk))
      ) {
        pending.push((units[j + 1] as { k: "np"; chunk: Chunk<M> }).chunk);
        j += 2;
      }
      const closer = units[j];
      const closerNext = units[j + 1];
      // "A, the trade minister, and B, …": one description between two names the conjunction
      // joins is the first name's apposition, not a list item of its own.
      const joined = closer?.k === "comma" ? units[j + 2] : closerNext;
      const joiner = closer?.k === "comma" ? units[j + 1] : closer;
      if (
        pending.length === 1 &&
        joiner?.k === "conj" &&
        joiner.word === "and" &&
        joined?.k === "np" &&
        apposedTitle(list.at(-1)!, pending[0]!, joined.chunk)
      ) {
        const last = list.at(-1)!;
        last.appositive = pending[0]!;
        pending[0]!.antecedent = last;
        list.push(joined.chunk);
        next = closer?.k === "comma" ? j + 3 : j + 2;
        continue;
      }
      // Goods coordinated by "and" before one head noun after a one-item list are one phrase.
      if (closer?.k === "conj" && closer.word === "and" && closerNext?.k === "np" && list.length === 1) {
        // "X, China's largest gold and copper producer, …": the phrase a description of the name
        // before it, one apposed phrase, not a list.
        if (
          pending.length === 1 &&
          first.entity &&
          units[j + 2]?.k === "comma" &&
          coordinatedGoodsBeforeHead(pending[0]!, closerNext.chunk)
        ) {
          units.splice(j - 1, 3, { k: "np", chunk: joinedPhrase(pending[0]!, closerNext.chunk) });
          continue;
        }
        // "its iron ore, aluminium and copper operations": bare goods before one head noun.
        if (
          pending.every(bareGood) &&
          coordinatedGoodsBeforeHead(pending.at(-1)!, closerNext.chunk, true) &&
          coordinatedGoodsBeforeHead(first, closerNext.chunk, true)
        ) {
          for (const c of pending) first = joinedPhrase(first, { ...c, pps: [] });
          first = joinedPhrase(first, closerNext.chunk);
          list[0] = first;
          next = j + 2;
          continue;
        }
      }
      if (closer?.k === "conj" && closerNext?.k === "np") {
        list.push(...pending, closerNext.chunk);
        next = j + 2;
        continue;
      }
      if (closer?.k === "comma" && units[j + 1]?.k === "conj" && units[j + 2]?.k === "np") {
        list.push(...pending, (units[j + 2] as { k: "np"; chunk: Chunk<M> }).chunk);
        next = j + 3;
        continue;
      }
      const appos = pending[0]!;
      const last = list.at(-1)!;
      if (
        pending.length === 1 &&
        // "A, <title>, and B, Executive Vice-President of X held …": the second name's title,
        // though the verb follows it with no comma.
        ((last.entity && list.length > 1 && titleHeaded(appos)) ||
          ((last.entity ? appositionLike(tokensOf, appos) : namesDescription(tokensOf, last, appos)) &&
            !subjectOfVerbAt(units, next + 2)))
      ) {
        last.appositive = appos;
        appos.antecedent = last;
        // The appositive's own attachments ("the only producer of X outside China") stay with it.
        next += 2;
        let p = next;
        for (;;) {
          // "the largest producer outside of China": a compound preposition is one.
          if (units[p]?.k === "prep" && units[p + 1]?.k === "prep" && (units[p + 1] as { word: string }).word === "of")
            p++;
          if (units[p]?.k !== "prep" || units[p + 1]?.k !== "np") break;
          const inner = readArg(units, p + 1);
          appos.pps.push({
            prep: (units[p] as { word: string }).word,
            at: (units[p] as { at: number }).at,
            arg: inner.arg,
          });
          p = inner.next;
        }
        next = p;
        if (units[next]?.k === "comma") {
          next++;
          // "X, a magnet maker, and Y, the largest miner, signed …": a name the conjunction
          // after the apposition's closing comma joins is the list's next item, not a new phrase.
          const conj = units[next];
          const named = units[next + 1];
          if (
            last.entity &&
            // Only a list no verb comes before (a sentence's subject): not "signed with X, a miner,
            // and Y said …", where the name opens a clause of its own.
            !units.slice(0, start).some((x) => x.k === "vg") &&
            conj?.k === "conj" &&
            conj.word === "and" &&
            named?.k === "np" &&
            named.chunk.entity &&
            named.chunk.ts === named.chunk.entity.ts
          ) {
            list.push(named.chunk);
            next += 2;
            continue;
          }
        }
        break;
      }
    }
    break;
  }
  for (const item of list.slice(1)) item.listHead = first;
  const arg: Arg<M> = { items: list, ts: first.ts, te: list.at(-1)!.te };
  return { arg, next };
}

/**
 * A description's first good and the phrase after "and" ("China's largest gold" + "copper
 * producer"): the first opens with a determiner or a possessor and ends on a lower-case name (a
 * good); the second opens with a lower-case name and ends on a common noun no name covers.
 */
function coordinatedGoodsBeforeHead<M extends Spanned>(a: Chunk<M>, b: Chunk<M>, bare = false): boolean {
  // Within a clause (`bare`), the first good may stand alone, after "its" or after a state's name
  // ("Chinese copper and gold producer X").
  const described =
    !!a.possessor ||
    ARTICLE.test(tokensOf[a.ts]!.text) ||
    (bare && (!!a.pronounPossessor || a.ts === a.entity?.ts || a.modifiers.some((m) => m.ts === a.ts)));
  if (!described || !a.entity || a.entity.te !== a.te || !/^[\p{Ll}]/u.test(tokensOf[a.head]!.text)) return false;
  const opens = b.modifiers.some((m) => m.ts === b.ts && m.te < b.te);
  if (!opens || !/^[\p{Ll}]/u.test(tokensOf[b.ts]!.text)) return false;
  // The head may be a description the mention stage resolved ("miner"): a common noun all the same.
  const common = !b.entity || (b.entity.ts === b.head && b.entity.te === b.te);
  // "gold producer X": a description's head noun before the name it titles.
  const titled =
    bare &&
    // Not after another owner's goods ("X's batteries and chip maker Y": two phrases).
    !a.possessor &&
    !a.pronounPossessor &&
    !!b.entity &&
    b.entity.te === b.te &&
    b.entity.ts > b.ts &&
    /^[\p{Lu}]/u.test(tokensOf[b.entity.ts]!.text);
  const head = titled ? b.entity!.ts - 1 : b.head;
  return (common || titled) && tokensOf[head]!.pos === "NOUN" && /^[\p{Ll}]/u.test(tokensOf[head]!.text);
}

/** A phrase that is a lower-case good's name alone ("aluminium", "iron ore"). */
function bareGood<M extends Spanned>(c: Chunk<M>): boolean {
  return (
    !!c.entity &&
    c.entity.ts === c.ts &&
    c.entity.te === c.te &&
    !c.pps.length &&
    /^[\p{Ll}]/u.test(tokensOf[c.ts]!.text)
  );
}

/** The phrase "A and B" read as one (B's head, A's possessor, A's names as modifiers). */
function joinedPhrase<M extends Spanned>(a: Chunk<M>, b: Chunk<M>): Chunk<M> {
  const modifiers = [...a.modifiers, ...(a.entity ? [a.entity] : []), ...b.modifiers];
  return { ...b, ts: a.ts, possessor: a.possessor, pronounPossessor: a.pronounPossessor, modifiers };
}

/** A phrase opening with an office title ("Minister of …", "the Executive Vice-President …"), no name after it. */
function titleHeaded<M extends Spanned>(c: Chunk<M>): boolean {
  const k = ARTICLE.test(tokensOf[c.ts]!.text) ? c.ts + 1 : c.ts;
  // "Secretary Rubio": a title before a name is the name's, not an apposition; the phrase's head
  // is the title word (or a hyphened part of one): "Executive Vice-President", "Minister".
  if (k >= c.te || !/^[\p{Lu}]/u.test(tokensOf[k]!.text)) return false;
  // "the Minister of Trade, Industry and Energy of X" read as one name: an office of a body.
  if (c.entity && c.entity.ts === k && TITLE_HEADS.has(tokensOf[k]!.text) && lowerAt(k + 1) === "of") return true;
  if (c.entity && c.entity.te >= c.te) return false;
  return tokensOf[c.head]!.text.split("-").some((w) => TITLE_HEADS.has(w));
}

/**
 * "A, Minister of Economy, Trade and Industry of X and B": from the comma at unit `at`, a title
 * phrase after the name `name` running (prepositions, commas, "and") up to ", and" / "and" before
 * a phrase opening with a name; at most 24 tokens and no verb on the way. The next name and the
 * unit after it, or null.
 */
function titleRun<M extends Spanned>(
  units: Unit<M>[],
  at: number,
  name: Chunk<M>,
): { name: Chunk<M>; next: number } | null {
  if (!name.entity || name.entity.te !== name.te || name.pps.length) return null;
  const desc = (units[at + 1] as { k: "np"; chunk: Chunk<M> }).chunk;
  if (!titleHeaded(desc)) return null;
  for (let p = at + 2; p < units.length; p++) {
    const u = units[p]!;
    if (u.k === "np" && u.chunk.te - desc.ts > 24) return null;
    if (u.k === "conj" && u.word === "and") {
      const n = units[p + 1];
      if (n?.k === "np" && n.chunk.entity && n.chunk.entity.ts === n.chunk.ts && n.chunk.entity.te === n.chunk.te) {
        // The name is followed by its own apposition's comma or by the verb.
        const after = units[p + 2];
        if (after?.k === "comma" || after?.k === "vg") return p > at + 2 ? { name: n.chunk, next: p + 2 } : null;
      }
      continue;
    }
    if (u.k !== "np" && u.k !== "prep" && u.k !== "comma") return null;
  }
  return null;
}

/**
 * Whether `desc`, between the names `name` and `other` ("A, the trade minister, and B"), is the
 * first name's apposition: both ends bare names (a mention ending each phrase and starting the
 * second), the description naming nothing itself, with an article, a possessor or a lower-case
 * head ("the trade minister", "Acme's chief"), or an office title ("Minister of Trade, Industry").
 */
function apposedTitle<M extends Spanned>(name: Chunk<M>, desc: Chunk<M>, other: Chunk<M>): boolean {
  if (!name.entity || name.entity.te !== name.te || name.pps.length) return false;
  if (!other.entity || other.entity.ts !== other.ts) return false;
  const first = tokensOf[desc.ts]!.text;
  if (TITLE_HEADS.has(first) || TITLE_HEADS.has(first.split("-")[0]!)) return true;
  if (desc.entity && desc.entity.ts <= desc.ts) return false;
  if (!ARTICLE.test(first) && !desc.possessor) return false;
  return LOWER_INITIAL.test(tokensOf[desc.head]!.text);
}

/**
 * Whether the phrase ending before unit `p` (past its attachments) is followed at once by a verb
 * group: "Besides copper, the ministers discussed …", "… a stake in X, the firm said": a phrase after
 * a comma that its verb follows with no closing comma is that verb's subject, not an apposition.
 */
function subjectOfVerbAt<M extends Spanned>(units: Unit<M>[], p: number): boolean {
  while (units[p]?.k === "prep" && units[p + 1]?.k === "np") p += 2;
  const vg = units[p];
  if (vg?.k !== "vg" || !finiteVerb(tokensOf, vg.vg)) return false;
  // "X, a firm based in Y, said": a participle the sentence's verb follows after a comma is the
  // apposition's own.
  for (let q = p + 1; q + 1 < units.length; q++) {
    const next = units[q + 1]!;
    if (units[q]!.k === "comma" && next.k === "vg" && finiteVerb(tokensOf, next.vg)) return false;
  }
  return true;
}

/** Pass 2: noun phrases into coordinated lists and appositions; prepositions with their objects. */
function group<M extends Spanned>(units: Unit<M>[]): Item<M>[] {
  const items: Item<M>[] = [];
  let u = 0;
  while (u < units.length) {
    const unit = units[u]!;
    if (unit.k === "np") {
      const { arg, next } = readArg(units, u);
      items.push({ k: "arg", arg });
      u = next;
      continue;
    }
    if (unit.k === "prep") {
      // "on most imports": one adverb between a preposition and its object.
      if (units[u + 1]?.k === "other" && units[u + 2]?.k === "np") units.splice(u + 1, 1);
      const nx = units[u + 1];
      if (nx?.k === "np") {
        const { arg, next } = readArg(units, u + 1);
        items.push({ k: "pp", pp: { prep: unit.word, at: unit.at, arg } });
        u = next;
        continue;
      }
      items.push({ k: "other", at: unit.at });
      u++;
      continue;
    }
    items.push(unit);
    u++;
  }
  return items;
}

/** The phrase before ", <attachments>," ending at the comma `j`, if the comma closes such an aside. */
function parentheticalSubject<M extends Spanned>(items: Item<M>[], j: number): Arg<M> | undefined {
  let p = j - 1;
  if (items[p]?.k !== "pp") return undefined;
  while (p >= 0 && items[p]!.k === "pp") p--;
  if (items[p]?.k !== "comma") return undefined;
  const head = items[p - 1];
  return head?.k === "arg" ? head.arg : undefined;
}

/**
 * The phrase before a participle clause set off by commas that ends at the comma `items[j]`: "X,
 * listed in Hong Kong, is …", "X, based in Perth, said …", "X, held at Y, produced …", "X, agreed
 * three months ago, gives …" (a bare past participle, regular or irregular, no auxiliary, and its
 * attachments and time phrases; the verb after the closing comma is the phrase's). Undefined otherwise.
 */
function reducedRelativeSubject<M extends Spanned>(tokens: Token[], items: Item<M>[], j: number): Arg<M> | undefined {
  let p = j - 1;
  // "X, agreed three months ago, gives …": a time phrase among the participle's attachments.
  while (
    p >= 0 &&
    (items[p]!.k === "pp" ||
      items[p]!.k === "other" ||
      (items[p]!.k === "arg" && timeArg((items[p] as { arg: Arg<M> }).arg)))
  )
    p--;
  const vg = items[p];
  if (vg?.k !== "vg" || vg.vg.ts !== vg.vg.head) return undefined;
  const word = tokens[vg.vg.head]!.text;
  // "X, held at Y, produced …", "X, led by Y, said …": irregular participles too.
  const past = isParticiple(word) && !BE_FORMS.has(word.toLowerCase());
  if (!past) return undefined;
  if (items[p - 1]?.k !== "comma") return undefined;
  const head = items[p - 2];
  return head?.k === "arg" ? head.arg : undefined;
}

/**
 * The phrase an object relative stands for: "the X mine, which it acquired", "the stake which the
 * fund bought". `j` is the subject's unit, right after "which" / "whom"; the phrase is the one
 * before the relative (back over attachments to their phrase, except a listing's "including X",
 * whose names are the phrase). Undefined when the subject does not follow such a relative.
 */
function objectRelativeHead<M extends Spanned>(
  tokens: readonly Token[],
  items: readonly Item<M>[],
  j: number,
): Arg<M> | undefined {
  let r = j - 1;
  while (r >= 0 && items[r]!.k === "other") r--;
  const rel = items[r];
  if (rel?.k !== "rel" || !/^(?:which|whom)$/i.test(tokens[rel.at]!.text)) return undefined;
  let p = r - 1;
  if (items[p]?.k === "comma") p--;
  const last = items[p];
  if (last?.k === "pp" && (last.pp.prep === "including" || last.pp.prep === "such as")) return last.pp.arg;
  while (p >= 0 && items[p]!.k === "pp") p--;
  const head = items[p];
  return head?.k === "arg" ? head.arg : undefined;
}

/**
 * The phrase before ", <quantity> of which / whom" when the relative pronoun `items[j]` closes one
 * ("X, 90 percent of which is owned by Y,", "the firms, most of which …"). Undefined otherwise.
 */
function quantityOfRelative<M extends Spanned>(items: Item<M>[], j: number): Arg<M> | undefined {
  const of = items[j - 1];
  if (of?.k !== "other" || lowerAt(of.at) !== "of") return undefined;
  const quantity = items[j - 2];
  if (quantity?.k !== "arg") return undefined;
  // Read as one phrase with its apposition ("X, 90 percent"): X.
  if (quantity.arg.items.length === 1 && quantity.arg.items[0]!.appositive) return quantity.arg;
  if (items[j - 3]?.k !== "comma") return undefined;
  const head = items[j - 4];
  return head?.k === "arg" ? head.arg : undefined;
}

/** Adds the phrases of `arg` (and their appositives) to `chunks`. */
function addChunks<M extends Spanned>(chunks: Chunk<M>[], arg: Arg<M>): void {
  for (const c of arg.items) {
    chunks.push(c);
    if (!c.appositive) continue;
    chunks.push(c.appositive);
    // "X, one of the world's largest magnet producers,": the apposition's attachments are phrases too.
    for (const p of c.appositive.pps) for (const x of p.arg.items) if (!chunks.includes(x)) chunks.push(x);
  }
}

/** Files the phrases of `arg` (and their appositives) under `clause`, unless already filed. */
function own<M extends Spanned>(clauseOf: Map<Chunk<M>, Clause<M>>, clause: Clause<M>, arg: Arg<M> | undefined): void {
  for (const c of arg?.items ?? []) {
    if (!clauseOf.has(c)) clauseOf.set(c, clause);
    if (c.appositive && !clauseOf.has(c.appositive)) clauseOf.set(c.appositive, clause);
  }
}

/** Head words of a time phrase ("this month", "last week", "Tuesday"). */
const TIME_HEADS: ReadonlySet<string> = new Set([
  "week",
  "weeks",
  "month",
  "months",
  "year",
  "years",
  "day",
  "days",
  "morning",
  "afternoon",
  "evening",
  "night",
  "weekend",
  "today",
  "yesterday",
  ...WEEKDAYS,
]);

/** A bare time phrase: one phrase, no name in it, headed by a time word. */
function timeArg<M extends Spanned>(arg: Arg<M>): boolean {
  const c = arg.items[0];
  return arg.items.length === 1 && !!c && !c.entity && TIME_HEADS.has(c.headWord);
}

/** Prepositions that also open a clause: "after X threatened …", "before the two sides signed …". */
const SUBORDINATING_PREPS: ReadonlySet<string> = new Set(["after", "before"]);

/** Verbs whose object does the infinitive after it ("urged China to buy", "says China to buy"). */
const OBJECT_INFINITIVE_LEMMAS: ReadonlySet<string> = new Set([
  "want",
  "urge",
  "press",
  "pressure",
  "push",
  "ask",
  "expect",
  "allow",
  "force",
  "tell",
  "encourage",
  "persuade",
  "say",
  "require",
  "permit",
  "invite",
  "enable",
]);

/** A verb group that can have a subject of its own: not an infinitive, nor a bare "-ing" form. */
function finiteVerb(tokens: Token[], vg: VerbGroup): boolean {
  if (vg.infinitive) return false;
  return !(vg.ts === vg.head && /ing$/i.test(tokens[vg.head]?.text ?? ""));
}

/** Heads of a state's government, which "of" and the state's name follow ("the government of Peru"). */
const GOVERNMENT_HEADS: ReadonlySet<string> = new Set(["government", "governments", "administration"]);

/** Whether item `n` is an adverb ("mainly", "chiefly") and an attachment follows it. */
function adverbThenPp<M extends Spanned>(tokens: Token[], items: Item<M>[], n: number): boolean {
  const it = items[n];
  return it?.k === "other" && tokens[it.at]?.pos === "ADV" && items[n + 1]?.k === "pp";
}

/** Pass 3: clauses around each verb group; prepositional phrases attached to phrase and clause. */
function buildClauses<M extends Spanned>(tokens: Token[], items: Item<M>[]): SentenceReading<M> {
  const chunks: Chunk<M>[] = [];
  const clauses: Clause<M>[] = [];
  const clauseOf = new Map<Chunk<M>, Clause<M>>();
  const parentOf = new Map<Chunk<M>, { chunk: Chunk<M>; prep: string }>();
  // Attach each PP to the phrase before it (the last item of the list, or the PP chain's phrase).
  let lastPhrase: Chunk<M> | undefined;
  // The phrase of the attachment just before, if the item before was one.
  let lastInner: Chunk<M> | undefined;
  for (let n = 0; n < items.length; n++) {
    const it = items[n]!;
    // "Chinese firms, including X and Y,": the comma keeps the phrase the list hangs on.
    const next = items[n + 1];
    if (it.k === "comma" && next?.k === "pp" && lowerAt(next.pp.at) === "including") continue;
    if (it.k === "arg") {
      addChunks(chunks, it.arg);
      const last = it.arg.items.at(-1)!;
      lastPhrase = last.appositive?.pps.length ? last.appositive : last;
      lastInner = undefined;
    } else if (it.k === "pp") {
      addChunks(chunks, it.pp.arg);
      for (const c of it.pp.arg.items) for (const p of c.appositive?.pps ?? []) addChunks(chunks, p.arg);
      // "a deal with the government of Peru": "of" after a government attaches to it, not to the
      // phrase the attachments hang on.
      if (it.pp.prep === "of" && lastInner && GOVERNMENT_HEADS.has(lastInner.headWord)) lastPhrase = lastInner;
      // "a response to China's implementation of controls": "of" after an act noun is the act's.
      else if (it.pp.prep === "of" && lastInner && ACT_NOUNS.has(lastInner.headWord) && !lastInner.entity)
        lastPhrase = lastInner;
      lastInner = it.pp.arg.items.at(-1);
      if (lastPhrase) {
        lastPhrase.pps.push(it.pp);
        for (const c of it.pp.arg.items) parentOf.set(c, { chunk: lastPhrase, prep: it.pp.prep });
      }
      // "controls on exports of gallium": "of" attaches to "exports"; other preps to the same head.
      const inner = it.pp.arg.items.at(-1)!;
      if (it.pp.prep === "of" || it.pp.prep === "on" || it.pp.prep === "including" || !lastPhrase) lastPhrase = inner;
    } else if (it.k !== "other") lastPhrase = lastInner = undefined;
  }
  for (const c of chunks)
    for (const p of c.pps) for (const x of p.arg.items) parentOf.set(x, { chunk: c, prep: p.prep });
  let openRelative: Arg<M> | undefined;
  let previous: Clause<M> | undefined;
  for (let k = 0; k < items.length; k++) {
    const it = items[k]!;
    if (it.k !== "vg") continue;
    let subject: Arg<M> | undefined;
    let relative = false;
    let j = k - 1;
    // "X will expand its plant to produce magnets": an infinitive's subject is the clause's before.
    if (it.vg.infinitive && previous) {
      // "… a loan to X to develop its mine": the one the previous clause gives to does it.
      const to = previous.pps.find((p) => (p.prep === "to" || p.prep === "for") && p.arg.items.some((c) => c.entity));
      // "X urged China to buy Y", "Trump says China to buy Y": a name right after a verb of
      // asking, letting or saying, right before the infinitive, is the one who does it.
      const object = previous.objects[0];
      const asked =
        !to &&
        object !== undefined &&
        OBJECT_INFINITIVE_LEMMAS.has(previous.verb.lemma) &&
        object.te === it.vg.ts &&
        object.items.every((c) => c.entity !== undefined);
      subject = to?.arg ?? (asked ? object : previous.subject);
      relative = to || asked ? false : previous.relative;
      j = -1;
    }
    while (j >= 0 && items[j]!.k === "other") j--;
    let prev = j >= 0 ? items[j] : undefined;
    // "X, which last week secured …", "the firm that earlier this year bought …": a time phrase
    // between the relative pronoun and its verb is no subject.
    if (!subject && prev?.k === "arg" && timeArg(prev.arg)) {
      let p = j - 1;
      while (p >= 0 && items[p]!.k === "other") p--;
      if (items[p]?.k === "rel") {
        j = p;
        prev = items[p];
      }
    }
    // "the X mine, which it acquired in 2023": an object relative, whose pronoun is the verb's patient.
    let relativePatient: Arg<M> | undefined;
    if (subject) {
      // Set above (an infinitive).
    } else if (prev?.k === "arg") {
      subject = prev.arg;
      relativePatient = objectRelativeHead(tokens, items, j);
      // "X earlier this month declared …", "X on Tuesday announced …": a time phrase between the
      // subject and its verb is no subject.
      if (timeArg(prev.arg)) {
        let p = j - 1;
        while (p >= 0 && items[p]!.k === "other") p--;
        const before = items[p];
        if (before?.k === "arg" && !timeArg(before.arg)) subject = before.arg;
        else if (before?.k === "pp" && /^(on|in|at)$/.test(before.pp.prep) && timeArg(before.pp.arg)) {
          while (p >= 0 && (items[p]!.k === "pp" || items[p]!.k === "other")) p--;
          if (items[p]?.k === "arg") subject = (items[p] as { arg: Arg<M> }).arg;
        }
      }
      // "X, which mines Y, received …" closed by a comma is handled below; a plain subject here.
    } else if (prev?.k === "pp" && SUBORDINATING_PREPS.has(prev.pp.prep) && finiteVerb(tokens, it.vg)) {
      // "… after X threatened tariffs", "before the ministers signed": the preposition opens a
      // clause of its own, whose subject is its object.
      subject = prev.pp.arg;
    } else if (prev?.k === "pp") {
      // "The head of the agency said": back over the attachments to their phrase.
      let p = j;
      while (p >= 0 && items[p]!.k === "pp") p--;
      const head = items[p];
      if (head?.k === "arg") subject = head.arg;
    } else if (prev?.k === "rel" && quantityOfRelative(items, j)) {
      // "X, 90 percent of which is owned by Y, plays …": the relative tells of a part of X; the
      // verb after the closing comma is X's.
      openRelative = quantityOfRelative(items, j);
    } else if (prev?.k === "rel") {
      let p = j - 1;
      if (items[p]?.k === "comma") p--;
      // "the latest by X, which has …", "leverage against neighbouring X, which has invested": a
      // thing's "which" after a named phrase in a "by", "from", "against" or "with" attachment
      // stands for it; otherwise ("the head of the agency, who") for the phrase the
      // attachments hang on.
      const last = items[p];
      // "reliance on X, which dominates …": a noun of dependence is not what the clause tells of.
      const before = items[p - 1];
      // "is reliant / dependent on X, which …": the adjectives of relying tell of X as well.
      const dependence =
        last?.k === "pp" &&
        last.pp.prep === "on" &&
        ((before?.k === "arg" && before.arg.items.some((c) => DEPENDENCE_NOUNS.has(c.headWord))) ||
          DEPENDENCE_ADJECTIVES.test(tokens[last.pp.at - 1]?.text ?? ""));
      const named =
        last?.k === "pp" &&
        (last.pp.prep === "by" ||
          last.pp.prep === "from" ||
          last.pp.prep === "against" ||
          last.pp.prep === "with" ||
          last.pp.prep === "for" ||
          last.pp.prep === "to" ||
          // "partnerships outside of X, which …"
          (last.pp.prep === "of" && /^outside$/i.test(tokens[last.pp.at - 1]?.text ?? "")) ||
          dependence) &&
        /^(?:which|that)$/i.test(tokens[prev.at]!.text) &&
        last.pp.arg.items.every((c) => c.entity || c.possessor || c.modifiers.length);
      if (!named) while (p >= 0 && items[p]!.k === "pp") p--;
      // "… occurs in X, which has given …", "assembled in X, which is facing …": attachments of a
      // verb, no phrase before them, so "which" stands for the last one's object (not a time).
      const verbAttachment =
        !named &&
        last?.k === "pp" &&
        items[p]?.k === "vg" &&
        /^which$/i.test(tokens[prev.at]!.text) &&
        !timeArg(last.pp.arg);
      // Of a list there ("between A and B, which plans …"), the nearest name.
      const lastItem = verbAttachment ? (last as { pp: PP<M> }).pp.arg.items.at(-1)! : undefined;
      const head = named
        ? { k: "arg" as const, arg: (last as { pp: PP<M> }).pp.arg }
        : lastItem
          ? { k: "arg" as const, arg: { items: [lastItem], ts: lastItem.ts, te: lastItem.te } }
          : items[p];
      if (head?.k === "arg") {
        subject = head.arg;
        relative = true;
        if (items[j - 1]?.k === "comma") openRelative = head.arg;
      }
    } else if (prev?.k === "comma" && !openRelative && parentheticalSubject(items, j)) {
      // "X, in partnership with Y, will scale …": back over the attachments set off by commas.
      subject = parentheticalSubject(items, j);
    } else if (prev?.k === "comma" && !openRelative && reducedRelativeSubject(tokens, items, j)) {
      // "X, listed in Hong Kong, is controlled by Y": back over a participle set off by commas.
      subject = reducedRelativeSubject(tokens, items, j);
    } else if (prev?.k === "comma" && openRelative) {
      subject = openRelative;
      openRelative = undefined;
    } else if (prev?.k === "conj" && previous) {
      // "China imposed controls and threatened tariffs": the subject is shared.
      subject = previous.subject;
      relative = previous.relative;
    } else if (prev?.k === "comma" && previous?.subject && items[j - 1]?.k !== "arg") {
      subject = previous.subject;
    }
    const objects: Arg<M>[] = [];
    const pps: PP<M>[] = [];
    let end = it.vg.te;
    let n = k + 1;
    for (; n < items.length; n++) {
      const x = items[n]!;
      if (x.k === "arg") {
        // An argument right before another verb is that verb's subject ("said X would …").
        let q = n + 1;
        while (items[q]?.k === "other") q++;
        const nextVerb = items[q];
        // "a partnership set to begin in May": a participle with its own infinitive modifies the noun.
        const reduced =
          nextVerb?.k === "vg" && nextVerb.vg.control.length > 0 && isParticiple(tokens[nextVerb.vg.ts]!.text);
        if (nextVerb?.k === "vg" && !nextVerb.vg.infinitive && !reduced) break;
        objects.push(x.arg);
        end = x.arg.te;
        for (const c of x.arg.items) if (c.appositive) end = Math.max(end, c.appositive.te);
      } else if (x.k === "pp") {
        pps.push(x.pp);
        end = x.pp.arg.te;
      } else {
        const skip =
          x.k === "other" ||
          (x.k === "comma" && items[n + 1]?.k === "pp") ||
          // "shipped it abroad, mainly to X": an adverb between the comma and the attachment.
          (x.k === "comma" && adverbThenPp(tokens, items, n + 1)) ||
          (x.k === "conj" && items[n + 1]?.k === "arg" && items[n + 2]?.k !== "vg");
        if (!skip) break;
      }
    }
    const vg = it.vg;
    const by = pps.find((p) => p.prep === "by");
    // "tariffs imposed by X": a participle right after its noun, with "by", is a passive; not a verb
    // with its own object ("Peru reduced copper output by 5%": an amount, no agent).
    if (
      !vg.passive &&
      prev?.k === "arg" &&
      vg.ts === vg.head &&
      isParticiple(tokens[vg.head]!.text) &&
      by &&
      !objects.some((o) => o.te <= by.at)
    ) {
      vg.passive = true;
    }
    // Only a verb with no object of its own, not followed by another ("which it said would …").
    if (relativePatient && (objects.length || vg.passive || items[n]?.k === "vg")) relativePatient = undefined;
    const clause: Clause<M> = {
      verb: vg,
      subject,
      objects,
      pps,
      agent: vg.passive ? by?.arg : subject,
      patient: vg.passive ? subject : (objects[0] ?? relativePatient),
      relative,
      ts: subject ? Math.min(subject.ts, vg.ts) : vg.ts,
      te: Math.max(end, vg.te),
    };
    clauses.push(clause);
    for (const o of objects) own(clauseOf, clause, o);
    for (const p of pps) own(clauseOf, clause, p.arg);
    if (subject && !relative) own(clauseOf, clause, subject);
    previous = clause;
  }
  // Chunks inside attachments of owned chunks belong to the same clause.
  for (const c of chunks) {
    let p = parentOf.get(c);
    let guard = 0;
    while (p && !clauseOf.has(c) && guard++ < 20) {
      const cl = clauseOf.get(p.chunk);
      if (cl) clauseOf.set(c, cl);
      p = parentOf.get(p.chunk);
    }
  }
  return { chunks, clauses, clauseOf, parentOf };
}
