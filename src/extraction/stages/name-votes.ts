// A name's type by a vote of all its mentions in the document. Stage 3 types each capitalised
// span by what stands around that one mention; a one-word name nothing around it typed is guessed
// a person's ("single-name"). Here every place the document writes that word casts a vote: a
// firm's cue at any one of them ("X's refinery", "X produces …", "X, which …", "X declined to
// comment", "Zentrix and X") types all of them a Company, unless a person's cue ("Mr X", "X told",
// "X, who") stands at any; a guess that opens one firm's longer name is that firm's. Then the places
// the document writes a firm's name, or its short form, that no mention covers (`firmRepeats`).
// Read by stage 3 (findMentions) after its own retyping; pure but for retyping the mentions.

import { FIRST_NAMES, PERSON_VERBS_AFTER } from "../lexicon/people.ts";
import { knowLemmas, verbLemma } from "../syntax/lemma.ts";
import { isHyphen, isPossessiveMark, isVocabularyWord, type Token } from "./02-tokens.ts";
import type { Mention } from "./03-mentions.ts";

/** What a firm owns after its possessive: "X's refinery", "X's production line", "X's contract". */
const FIRM_THINGS =
  /^(?:plants?|refiner(?:y|ies)|smelters?|factor(?:y|ies)|facilit(?:y|ies)|production|output|chips?|products?|devices?|smartphones?|suppliers?|customers?|shares|stock|revenues?|sales|profits?|earnings|subsidiar(?:y|ies)|contracts?|filings?|ceo|cfo|shareholders|stake|brand|operations)$/;

/** Verbs a firm is the subject of whatever follows: it makes, sells and runs things. */
const FIRM_VERBS: ReadonlySet<string> = new Set([
  "produce",
  "manufacture",
  "sell",
  "operate",
  "inaugurate",
  "refine",
  "smelt",
  "ship",
]);
knowLemmas(FIRM_VERBS);

/** Verbs of FIRM_VERBS a region is the subject of too. */
const REGION_VERBS: ReadonlySet<string> = new Set(["produce", "ship"]);

/** Verbs a firm is the subject of when a firm's thing follows: "opened a plant", "boosted output". */
const FIRM_THING_VERBS: ReadonlySet<string> = new Set([
  "open",
  "build",
  "increase",
  "boost",
  "cut",
  "halt",
  "expand",
  "sign",
  "launch",
  "list",
]);
knowLemmas(FIRM_THING_VERBS);

/** Objects that make FIRM_THING_VERBS a firm's: a plant, a line, output, a contract, shares. */
const FIRM_OBJECTS =
  /^(?:plants?|refiner(?:y|ies)|smelters?|factor(?:y|ies)|facilit(?:y|ies)|lines?|production|output|contracts?|shares|stores?|products?)$/;

/** Words between a subject and its verb that change nothing: adverbs and auxiliaries. */
const BETWEEN =
  /^(?:has|have|had|will|would|could|can|may|might|is|was|also|now|currently|already|still|reportedly|recently|last|this|year|week|month|then)$/;

/** Forms of address before a name. */
const ADDRESS = /^(?:Mr|Mrs|Ms|Dr|Mr\.|Mrs\.|Ms\.|Dr\.|Sir|Dame|Lord|Lady)$/;

/** Rules whose Person is a guess from the name's shape or a speech verb alone. */
const GUESSED = new Set(["single-name", "context-speaker", "context-according-to"]);

/** Firm's and person's cues at one place [i, e) the name is written. */
function cuesAt(
  tokens: readonly Token[],
  i: number,
  e: number,
  companies: ReadonlySet<number>,
): { firm: boolean; person: boolean } {
  const s = tokens[i]!.sentence;
  const at = (k: number) => (tokens[k]?.sentence === s ? tokens[k]!.text : "");
  const lower = (k: number) => at(k).toLowerCase();
  const prev = at(i - 1);
  const next = at(e);
  const none = { firm: false, person: false };
  if (ADDRESS.test(prev) || PERSON_VERBS_AFTER.test(next) || next === "who" || (next === "," && lower(e + 1) === "who"))
    return { firm: false, person: true };
  // Part of a longer name ("the Strategic Reserve", "Pyrenees-Atlantiques", "Apple Inc") or a
  // bracketed short form (stage 4 joins it to its long form): no vote.
  if (/^[\p{Lu}\d-]/u.test(prev) && !tokens[i]!.first) return none;
  if (/^[\p{Lu}\d-]/u.test(next) || prev === "(" || next === "-") return none;
  // "X's refinery", "X's new production line", "X's Ascend chips".
  if (isPossessiveMark(next)) {
    for (let k = e + 1; k <= e + 5; k++) {
      if (FIRM_THINGS.test(lower(k))) return { firm: true, person: false };
      if (!/^[\p{L}-]+$/u.test(at(k)) && !/^[()]$/.test(at(k))) break;
    }
  }
  // "X, which …": a thing, not a person.
  if (next === "," && lower(e + 1) === "which" && !/^the$/i.test(prev)) return { firm: true, person: false };
  // "X declined to comment", "X said in a statement", "a spokesperson for X".
  if (next === "declined" && lower(e + 1) === "to" && lower(e + 2) === "comment") return { firm: true, person: false };
  if (
    /^(?:said|says)$/.test(next) &&
    lower(e + 1) === "in" &&
    /^(?:a|an)$/.test(lower(e + 2)) &&
    (/^(?:statement|filing)$/.test(lower(e + 3)) ||
      (/^(?:statement|filing)$/.test(lower(e + 4)) && /^[\p{L}-]+$/u.test(at(e + 3))))
  )
    return { firm: true, person: false };
  if (prev === "for" && /^spokes(?:person|man|woman)$/.test(lower(i - 2))) return { firm: true, person: false };
  // "Zentrix and X", "Kestrova, X and Y": listed with a firm the document typed.
  for (const [k, glue] of [
    [i - 2, i - 1],
    [e + 1, e],
  ])
    if (companies.has(k!) && /^(?:and|,|or|&)$/.test(at(glue!))) return { firm: true, person: false };
  // Subject: "X produces …", "X currently produces …", "X has opened a new plant".
  let k = e;
  while (k < e + 3 && BETWEEN.test(lower(k))) k++;
  const verb = lower(k);
  if (k > i && verb && !/^(?:the|a|an|of|in|at|for|to)$/i.test(prev)) {
    const lemma = verbLemma(verb);
    // A region produces and ships too ("Kachin produced most of the rare earths"): a one-word name
    // only with a word between ("X currently produces"), as company-roles.ts reads it.
    const regionVerb = e - i === 1 && k === e && REGION_VERBS.has(lemma);
    if (FIRM_VERBS.has(lemma) && !regionVerb && at(k + 1) !== "by" && !/ing$/.test(verb))
      return { firm: true, person: false };
    if (FIRM_THING_VERBS.has(lemma) && !/ing$/.test(verb)) {
      for (let j = k + 1; j <= k + 5; j++) if (FIRM_OBJECTS.test(lower(j))) return { firm: true, person: false };
    }
  }
  // "X received 3,925 tons for its two mines", "X has acknowledged that some of its suppliers":
  // the subject of a clause whose "its" owns a firm's thing.
  if (k > i && verb && !/^(?:the|a|an|of|in|at|for|to|by|with|from)$/i.test(prev)) {
    for (let j = k; j < k + 14; j++) {
      const w = lower(j);
      if (!w || /^(?:[,;:.()—–"“”]|who|whose|while|but|his|her|their)$/.test(w)) break;
      if (w !== "its") continue;
      for (let n = j + 1; n <= j + 4; n++)
        if (FIRM_THINGS.test(lower(n)) || /^(?:mines|operations)$/.test(lower(n))) return { firm: true, person: false };
      break;
    }
  }
  return none;
}

/**
 * The cues at every place the document writes the name `name` (its words joined by spaces), taken
 * together: a firm's at any one, a person's at any one (reading stops at the first person's cue).
 */
function cuesOfName(
  tokens: readonly Token[],
  name: string,
  companies: ReadonlySet<number>,
): { firm: boolean; person: boolean } {
  const first = name.split(" ")[0]!;
  const n = name.split(" ").length;
  let firm = false;
  let person = false;
  for (let i = 0; i < tokens.length && !person; i++) {
    if (tokens[i]!.text !== first || (n > 1 && words(tokens, i, i + n) !== name)) continue;
    const cue = cuesAt(tokens, i, i + n, companies);
    firm ||= cue.firm;
    person ||= cue.person;
  }
  return { firm, person };
}

/** The last words of the people the document names in two words or more: their surnames. */
function surnamesOf(tokens: readonly Token[], out: readonly Mention[]): Set<string> {
  const surnames = new Set<string>();
  for (const m of out) if (m.type === "Person" && m.te - m.ts > 1) surnames.add(tokens[m.te - 1]!.text);
  return surnames;
}

/** Retypes mention `m` in place: its type, its name, no gazetteer key, and the rule that did it. */
function retype(m: Mention, type: Mention["type"], name: string, rule: string): void {
  m.type = type;
  m.name = name;
  m.key = "";
  m.rule = rule;
}

/** The words of [ts, te) joined by spaces. */
function words(tokens: readonly Token[], ts: number, te: number): string {
  let w = tokens[ts]!.text;
  for (let k = ts + 1; k < te; k++) w += ` ${tokens[k]?.text ?? ""}`;
  return w;
}

/**
 * "Cascade Lumen Corp … Cascade said": a one-word guess that is the first word of one firm's longer
 * name (of two words or more) is that firm's, English word or not, when the document writes it
 * inside a sentence (stage 3 joins words no dictionary knows by itself). Removes the joined groups.
 */
function joinFirstWords(
  tokens: readonly Token[],
  out: readonly Mention[],
  groups: Map<string, Mention[]>,
  surnames: ReadonlySet<string>,
): void {
  const byFirst = new Map<string, Mention | null>();
  for (const m of out) {
    if (m.type !== "Company" || m.te - m.ts < 2 || m.key !== "") continue;
    const w = tokens[m.ts]!.text;
    const other = byFirst.get(w);
    byFirst.set(w, other === undefined || other?.name === m.name ? m : null);
  }
  for (const [word, list] of groups) {
    const firm = byFirst.get(word);
    if (!firm || surnames.has(word) || FIRST_NAMES.has(word)) continue;
    if (list.every((m) => tokens[m.ts]!.first) && !tokens.some((t) => !t.first && t.text === word)) continue;
    for (const m of list) retype(m, "Company", firm.name, "vote-firm-first-word");
    groups.delete(word);
  }
}

/**
 * Retypes a Company each one-word name guessed a person's whose mentions, taken together, show a
 * firm's cue and no person's. Mutates the mentions in place.
 */
export function voteFirmNames(tokens: readonly Token[], out: Mention[]): void {
  const groups = new Map<string, Mention[]>();
  const surnames = surnamesOf(tokens, out);
  for (const m of out) {
    if (m.type !== "Person" || !GUESSED.has(m.rule) || m.te - m.ts > 3 || m.title) continue;
    if (m.te - m.ts > 1 && FIRST_NAMES.has(tokens[m.ts]!.text)) continue;
    const key = words(tokens, m.ts, m.te);
    const list = groups.get(key);
    if (list) list.push(m);
    else groups.set(key, [m]);
  }
  if (!groups.size) return;
  joinFirstWords(tokens, out, groups, surnames);
  // Tokens of firms the document typed (by one token: the first and the last of each name).
  const companies = new Set<number>();
  for (const m of out) if (m.type === "Company") companies.add(m.ts).add(m.te - 1);
  const firms = new Set<string>();
  // Twice: a name typed by the vote lists the next with it ("X and Y" where only X had a cue).
  for (let round = 0; round < 2; round++)
    for (const [word, list] of groups) {
      if (firms.has(word) || surnames.has(word) || FIRST_NAMES.has(word) || word.length < 2) continue;
      // An English word only ever opening a sentence ("Observers said …") is no name.
      if (isVocabularyWord(word.toLowerCase()) && list.every((m) => tokens[m.ts]!.first)) continue;
      const { firm, person } = cuesOfName(tokens, word, companies);
      if (firm && !person) {
        firms.add(word);
        for (const m of list) companies.add(m.ts);
      }
    }
  for (const [word, list] of groups) {
    if (!firms.has(word)) continue;
    for (const m of list) retype(m, "Company", m.text, "vote-firm-name");
  }
}

/** Legal forms and "Group" closing a firm's name, and prefixes opening it: "Solenne Fuels Inc", "JSC X". */
const FIRM_TAIL_WORDS =
  /^(?:Inc|Inc\.|Corp|Corp\.|Corporation|Co|Co\.|Ltd|Ltd\.|Limited|LLC|PLC|plc|Group|Holdings|Holding|SA|S\.A\.|AG|NV|N\.V\.|GmbH|Pty|,|\.)$/;
const FIRM_HEAD_WORDS = /^(?:JSC|PJSC|OJSC|PT|The)$/;

/** A firm's name as its words, and its short form without legal words at either end. */
function firmForms(tokens: readonly Token[], m: Mention): string[][] {
  const full: string[] = [];
  for (let k = m.ts; k < m.te; k++) full.push(tokens[k]!.text);
  let a = 0;
  let b = full.length;
  while (b - a > 1 && FIRM_TAIL_WORDS.test(full[b - 1]!)) b--;
  while (b - a > 1 && FIRM_HEAD_WORDS.test(full[a]!)) a++;
  return a > 0 || b < full.length ? [full, full.slice(a, b)] : [full];
}

/** A repeat of a firm's name that stage 3 left untyped: its words, and the firm's mention. */
export interface FirmRepeat {
  ts: number;
  te: number;
  of: Mention;
}

/**
 * "Solenne Fuels Inc … Solenne Fuels has agreed", "Neither Zentrix nor …", a headline's "Zentrix AI chip
 * sales" before the body's "Zentrix": the places the document writes a firm's name (or its short form
 * without legal words) that no mention covers. A one-word English name counts only when the document
 * writes it capitalised inside a sentence. In a headline the next word may be capitalised; elsewhere
 * only a model or initials ("Zentrix Z20 chips") or a possessive may follow.
 */
export function firmRepeats(
  tokens: readonly Token[],
  out: readonly Mention[],
  claimed: Uint8Array,
  headlines: ReadonlySet<number>,
): FirmRepeat[] {
  const byFirst = new Map<string, { words: string[]; of: Mention }[]>();
  for (const m of out) {
    if (m.type !== "Company" || m.key !== "") continue;
    for (const words of firmForms(tokens, m)) {
      const w = words[0]!;
      if (words.length === 1 && (w.length < 3 || !/^[\p{Lu}]/u.test(w))) continue;
      if (words.length === 1 && isVocabularyWord(w.toLowerCase()) && !tokens.some((t) => !t.first && t.text === w))
        continue;
      const list = byFirst.get(w) ?? [];
      if (!list.some((f) => f.words.join(" ") === words.join(" "))) list.push({ words, of: m });
      byFirst.set(w, list);
    }
  }
  const found: FirmRepeat[] = [];
  if (!byFirst.size) return found;
  for (let i = 0; i < tokens.length; i++) {
    const list = byFirst.get(tokens[i]!.text);
    if (!list || claimed[i]) continue;
    const t = tokens[i]!;
    const s = t.sentence;
    const headline = headlines.has(s);
    const prev = tokens[i - 1];
    // "Neither Zentrix", "Besides Kestrova": an English word opening the sentence is no part of the name.
    if (
      !headline &&
      prev?.sentence === s &&
      /^[\p{Lu}]/u.test(prev.text) &&
      !(prev.first && isVocabularyWord(prev.text.toLowerCase()))
    )
      continue;
    // The longest form written here.
    let best: { words: string[]; of: Mention } | undefined;
    for (const f of list) {
      const n = f.words.length;
      if (best && best.words.length >= n) continue;
      let ok = true;
      for (let k = 0; k < n && ok; k++)
        ok = tokens[i + k]?.text === f.words[k] && tokens[i + k]!.sentence === s && !claimed[i + k];
      if (ok) best = f;
    }
    if (!best) continue;
    const e = i + best.words.length;
    const next = tokens[e];
    // "Anglo-Teck", "Codelco-SQM alliance": a name inside a hyphened compound names the compound.
    if ((next?.sentence === s && isHyphen(next)) || (prev?.sentence === s && isHyphen(prev))) continue;
    if (
      !headline &&
      next?.sentence === s &&
      /^[\p{Lu}]/u.test(next.text) &&
      !/^(?=.*\d)[\p{Lu}][\p{Lu}\d]*$|^[\p{Lu}]{2,4}$/u.test(next.text)
    )
      continue;
    found.push({ ts: i, te: e, of: best.of });
    i = e - 1;
  }
  return found;
}

/** Rules that type a one-word firm from the words around one mention, not from the name itself. */
const CONTEXT_FIRM = /^(?:role-|context-|repeat-of-named$)/;

/**
 * "Jane Voss … Voss and two firms", "Mara Doyle … the Doyle-backed miner": a one-word name
 * typed a firm by the words around one mention is the person's when the document names a person
 * whose first or last word it is. Mutates the mentions in place.
 */
export function personWordsBack(tokens: readonly Token[], out: Mention[]): void {
  const personWords = new Set<string>();
  for (const m of out)
    if (m.type === "Person" && m.te - m.ts > 1) personWords.add(tokens[m.ts]!.text).add(tokens[m.te - 1]!.text);
  if (!personWords.size) return;
  for (const m of out) {
    if (m.type !== "Company" || m.te - m.ts !== 1 || !CONTEXT_FIRM.test(m.rule) || !personWords.has(m.text)) continue;
    retype(m, "Person", m.text, "surname-of-named-person");
  }
}

/** A capitalised span of two words or more stage 3 could not type (it pushes no mention for it). */
export interface Untyped {
  ts: number;
  te: number;
}

/** What stands between two members of one list: "A, B", "A and B", "A, and B", "A alongside B". */
const LIST_GLUE = /^(?:,|and|or|&|, and|, or|alongside|, alongside|along with|together with|as well as|, as well as)$/;

/** Marks opening a bulleted line. */
const BULLETS = /^(?:-|–|—|•|\*|·)$/;

/** Nouns of firms before "such as" or "including": "miners such as A, B and C". */
const FIRM_KINDS =
  /^(?:companies|firms|groups|miners|producers|makers|manufacturers|automakers|carmakers|chipmakers|suppliers|refiners|smelters|rivals|competitors|peers|customers|clients|brands|retailers|banks|lenders|developers|operators|startups|start-ups|corporations|conglomerates|exporters|importers|buyers|traders)$/;

/** Rules whose Company a list may not vouch for: itself a vote or a guess from one place. */
const WEAK_FIRM = /^(?:vote-|list-)/;

/** Singular finite verbs: the one name before them is a clause's subject, no list's last member. */
const SINGULAR_VERBS = /^(?:is|was|has|does)$/;

/**
 * The list vote. "Zentrix, Halvor Dynamics and Quillon Systems", "miners such as Halvor Dynamics and
 * Quillon", "Zentrix alongside Quillon Systems": the names of one coordinated list (members joined by
 * commas, "and", "or", "alongside" …, in one sentence) are of one kind. When a list holds a firm the
 * document typed and no member of any other type (a person's, a place's, a state's …), its unknown
 * members are firms too: the one-word names guessed a person's and the longer capitalised names stage 3
 * could not type, unless a person's cue stands at any place the document writes that name ("Mr X",
 * "X told", "X, who"). A list after a firms' noun and "such as"/"including"/"like" is a list of firms
 * whatever its members. A bulleted list ("- Zentrix", "- Halvor Dynamics", one name a line, line after
 * line) is one list too. Retypes the guesses in place; returns the untyped spans to push as firms.
 */
export function voteListNames(tokens: readonly Token[], out: Mention[], untyped: readonly Untyped[]): Untyped[] {
  type Item = { ts: number; te: number; m?: Mention };
  const items: Item[] = [];
  for (const m of out) items.push({ ts: m.ts, te: m.te, m });
  // "Lynas Rare Earths Partner to …" in a headline: a run opening with a firm's name the document
  // writes is that firm and words after it, no new name.
  const firmFirst = new Set<string>();
  for (const m of out) if (m.type === "Company") firmFirst.add(tokens[m.ts]!.text);
  for (const u of untyped)
    if (
      !(u.te - u.ts > 1 && firmFirst.has(tokens[u.ts]!.text)) &&
      u.te - u.ts <= 4 &&
      (u.te - u.ts >= 2 || !isVocabularyWord(tokens[u.ts]!.text.toLowerCase()))
    )
      items.push({ ts: u.ts, te: u.te });
  if (!items.some((x) => !x.m) && !out.some((m) => m.type === "Person" && GUESSED.has(m.rule))) return [];
  items.sort((a, b) => a.ts - b.ts || b.te - a.te);
  // Chains of items in text order, each joined to the previous one by list glue.
  const chains: Item[][] = [];
  let chain: Item[] = [];
  let last: Item | undefined;
  for (const x of items) {
    if (last && x.ts < last.te) continue;
    let glue = "";
    if (last && tokens[last.te]?.sentence === tokens[x.ts]!.sentence)
      for (let k = last.te; k < x.ts; k++)
        glue += k === last.te || tokens[k]!.text === "," ? tokens[k]!.text : ` ${tokens[k]!.text}`;
    // "during the war and Acme is confident": a name after "and" with a singular verb of its
    // own opens a clause, no list.
    const clause = /\band$/.test(glue) && SINGULAR_VERBS.test(tokens[x.te]?.text ?? "");
    if (last && LIST_GLUE.test(glue.toLowerCase()) && !clause) chain.push(x);
    else {
      if (chain.length > 1) chains.push(chain);
      chain = [x];
    }
    last = x;
  }
  if (chain.length > 1) chains.push(chain);
  // A bulleted list: lines "- A", "- B", … each a name alone, one line after the other.
  const bullet = (x: Item) =>
    BULLETS.test(tokens[x.ts - 1]?.text ?? "") &&
    tokens[x.ts - 1]!.sentence === tokens[x.ts]!.sentence &&
    tokens[x.ts - 2]?.sentence !== tokens[x.ts]!.sentence &&
    tokens[x.te]?.sentence !== tokens[x.ts]!.sentence;
  chain = [];
  for (const x of items) {
    if (!bullet(x)) continue;
    const prior = chain[chain.length - 1];
    if (prior && tokens[x.ts]!.sentence === tokens[prior.ts]!.sentence + 1) chain.push(x);
    else {
      if (chain.length > 1) chains.push(chain);
      chain = [x];
    }
  }
  if (chain.length > 1) chains.push(chain);
  const unknown = (x: Item) => !x.m || (x.m.type === "Person" && GUESSED.has(x.m.rule) && !x.m.title);
  const votes = new Map<string, Item[]>();
  for (const c of chains) {
    const known = c.filter((x) => !unknown(x));
    const s = tokens[c[0]!.ts]!.sentence;
    const at = (k: number) => (tokens[k]?.sentence === s ? tokens[k]!.text.toLowerCase() : "");
    const h = c[0]!.ts;
    const kinds =
      (/^(?:including|like)$/.test(at(h - 1)) && FIRM_KINDS.test(at(h - 2))) ||
      (at(h - 2) === "such" && at(h - 1) === "as" && FIRM_KINDS.test(at(h - 3)));
    const firms = known.some((x) => x.m!.type === "Company" && !WEAK_FIRM.test(x.m!.rule));
    if (!(kinds || (firms && known.every((x) => x.m!.type === "Company")))) continue;
    for (const x of c) {
      if (!unknown(x)) continue;
      const key = words(tokens, x.ts, x.te);
      const list = votes.get(key);
      if (list) list.push(x);
      else votes.set(key, [x]);
    }
  }
  const surnames = surnamesOf(tokens, out);
  const found: Untyped[] = [];
  for (const [key, xs] of votes) {
    const n = xs[0]!.te - xs[0]!.ts;
    const first = tokens[xs[0]!.ts]!.text;
    if (n === 1 && (surnames.has(key) || FIRST_NAMES.has(key))) continue;
    if (n > 1 && FIRST_NAMES.has(first)) continue;
    if (cuesOfName(tokens, key, new Set()).person) continue;
    for (const x of xs) if (!x.m) found.push({ ts: x.ts, te: x.te });
    if (n > 1) continue;
    for (const m of out)
      if (m.type === "Person" && GUESSED.has(m.rule) && !m.title && m.te - m.ts === 1 && m.text === key)
        retype(m, "Company", m.text, "list-firm-name");
  }
  return found;
}
