// Stage 2: sentences, tokens and part-of-speech tags from wink-nlp, with character offsets into
// the cleaned text. Sentences never cross a line break (headlines and list items have no period),
// and tokens and sentences are bounded (see ../limits.ts), so that every later stage works on
// pieces of bounded size.
// Pure: text in, arrays out; the wink model is loaded once per thread (again after a few dozen
// megabytes, see `renewWhenGrown`), and what it learns from one document is forgotten before the
// next (see `forgetLearnedWords`), though a word learned again gets back its earlier entry (see
// `rememberLearnedWords`).

import model from "wink-eng-lite-web-model";
import winkNLP from "wink-nlp";
import { DocumentCache } from "../document-caches.ts";
import { COMPANY_NOUNS } from "../lexicon/titles.ts";
import { MAX_SENTENCE_CHARS, MAX_SENTENCE_TOKENS, MAX_TOKEN_CHARS } from "../limits.ts";

/** The slice of wink's unpacked model that `forgetLearnedWords` needs. */
interface WinkLexemes {
  features: { lexeme: { hash: Record<string, number>; list: string[] } };
}

let lexemes: WinkLexemes["features"]["lexeme"] | undefined;

/** The part of wink's token cache that `rememberLearnedWords` replaces. */
interface WinkCache {
  add(text: string, category: number): number;
}
type FeatureFn = (config: unknown) => Record<string, (word: string, category: number, cache: WinkCache) => unknown>;

// wink unpacks its model by calling `core()`; wrapping it gives us a handle on the vocabulary.
// Its feature functions receive wink's token cache, which `rememberLearnedWords` takes over.
const tappedModel = {
  ...model,
  core(): unknown {
    const core = (model.core as () => WinkLexemes)();
    lexemes = core.features.lexeme;
    return core;
  },
  featureFn(config: unknown): ReturnType<FeatureFn> {
    const features = (model.featureFn as unknown as FeatureFn)(config);
    const tapped: ReturnType<FeatureFn> = {};
    for (const [name, fn] of Object.entries(features)) {
      tapped[name] = (word, category, cache) => {
        if (cache !== tappedCache) rememberLearnedWords(cache);
        return fn(word, category, cache);
      };
    }
    return tapped;
  },
};

/**
 * A word wink learned in an earlier document: its lexeme index, the token category it was learned
 * with, and the index of its lower-case form (`ownNormal`: made by the same call, with the same
 * category).
 */
interface LearnedWord {
  index: number;
  category: number;
  normal: number;
  ownNormal: boolean;
}
/** The cache whose `add` remembers learned words, and what it remembers (one wink instance's). */
let tappedCache: WinkCache | undefined;
let learnedWords = new Map<string, LearnedWord>();
/** Words of earlier documents put back into the lookup table for this document (forgotten after it). */
let restoredWords: string[] = [];

/**
 * wink learns every unknown word of a document: a new lexeme entry with its features (shape,
 * prefix, suffix, case, abbreviation, default tag), computed from the word and its token category
 * alone. `forgetLearnedWords` removes the words from the lookup table after each document, so the
 * next document would learn them again, features and all. Instead, a word learned before with the
 * same category gets its earlier entry back, as long as its lower-case form's entry is the one a
 * new entry would point to (the same one, or one the same call made and no other since). The
 * tokens, tags and sentences are the same: only the (out-of-vocabulary) index numbers differ, and
 * nothing reads those but as identities within the document.
 */
function rememberLearnedWords(cache: WinkCache): void {
  tappedCache = cache;
  learnedWords = new Map();
  const add = cache.add;
  cache.add = (text: string, category: number): number => {
    const vocabulary = lexemes;
    if (!vocabulary) return add(text, category);
    const { hash, list } = vocabulary;
    if (hash[text] === undefined) {
      const seen = learnedWords.get(text);
      if (seen && seen.category === category) {
        if (seen.normal === seen.index) {
          hash[text] = seen.index;
          restoredWords.push(text);
          return seen.index;
        }
        const lower = list[seen.normal]!;
        const current = hash[lower];
        if (current === seen.normal || (current === undefined && seen.ownNormal)) {
          hash[text] = seen.index;
          restoredWords.push(text);
          if (current === undefined) {
            hash[lower] = seen.normal;
            restoredWords.push(lower);
          }
          return seen.index;
        }
      }
    }
    const before = list.length;
    const index = add(text, category);
    if (index >= before) {
      const normal = hash[text.toLowerCase()] ?? index;
      learnedWords.set(text, { index, category, normal, ownNormal: normal > index });
    }
    return index;
  };
}
// Only the pipes the pipeline reads: sentence boundaries and part of speech (NER, negation and
// sentiment would cost 40% more time for nothing).
let nlp = winkNLP(tappedModel as typeof model, ["sbd", "pos"]);
let its = nlp.its;
/** Size of the model's own vocabulary: entries past it were learned from documents. */
const MODEL_VOCABULARY = lexemes?.list.length ?? 0;
/**
 * Words learned (and forgotten, see `forgetLearnedWords`) after which wink is made again from its
 * model: its arrays keep every word a thread ever learned (about 17,000 a megabyte), which a
 * long-lived process (the server, a worker kept for the next call) would carry forever, and the
 * collector scan. A new instance costs a few hundred milliseconds, once every few dozen megabytes.
 */
const RENEW_AFTER_LEARNED = 500_000;

/** Makes wink again from its model once the learned words pass `RENEW_AFTER_LEARNED`. */
function renewWhenGrown(): void {
  if (!lexemes || lexemes.list.length - MODEL_VOCABULARY <= RENEW_AFTER_LEARNED) return;
  nlp = winkNLP(tappedModel as typeof model, ["sbd", "pos"]);
  its = nlp.its;
  // The new instance's cache is taken over on its first learned word.
  tappedCache = undefined;
  learnedWords = new Map();
}

/**
 * True when `word` (as written, usually lower case) is in the model's own English vocabulary:
 * "prices", "exports", "sales" are; names the model never saw ("Lynas", "Glencore") are not.
 */
export function isVocabularyWord(word: string): boolean {
  const index = lexemes?.hash[word];
  return index !== undefined && index < MODEL_VOCABULARY;
}

/** Lower-case abbreviations written with a full stop, kept whole before a capital ("vs. Japan"). */
const LOWER_ABBREVIATIONS: ReadonlySet<string> = new Set(
  "vs etc approx incl cf al no nos co corp inc ltd oz ft lb lbs mt kg km mln bn st ca".split(" "),
);

/**
 * True when wink's token `values[i]` is a common lower-case word glued to a full stop ("ore.",
 * "in.") that a capital or the text's end follows: a word and the sentence's period, not an
 * abbreviation.
 */
function endsSentenceNotAbbreviation(value: string, values: string[], spaces: string[], i: number): boolean {
  if (value.length < 3 || !value.endsWith(".") || !/^[a-z]+\.$/.test(value)) return false;
  const word = value.slice(0, -1);
  if (LOWER_ABBREVIATIONS.has(word) || !isVocabularyWord(word)) return false;
  let k = i + 1;
  while (k < values.length && !values[k]!.trim()) k++;
  if (k >= values.length) return true;
  if (!(spaces[k] ?? "") && k === i + 1) return false;
  return /^[\p{Lu}"“‘'(]/u.test(values[k]!);
}

/**
 * wink adds every unknown word of a document to its vocabulary, and its tokenizer splits
 * differently ("St." + "George's") once a word is known. Left alone, a document's tokens would
 * depend on which documents the thread read before it, and parallel runs would differ from
 * sequential ones. Removing the new words from the lookup table after each document restores the
 * model's own vocabulary; the entries stay in wink's arrays, so indexes already handed out remain
 * valid.
 */
function forgetLearnedWords(known: number): void {
  if (!lexemes) return;
  const { hash, list } = lexemes;
  for (let i = known; i < list.length; i++) {
    const word = list[i];
    if (word !== undefined && hash[word] === i) delete hash[word];
  }
  for (const word of restoredWords) delete hash[word];
  restoredWords = [];
}

export interface Token {
  /** Index in the document's token array. */
  i: number;
  text: string;
  start: number;
  end: number;
  /** Universal POS tag from wink (PROPN, NOUN, VERB, ADP, PUNCT…). */
  pos: string;
  /** Index of the sentence the token belongs to. */
  sentence: number;
  /**
   * True when the token is the first word of its sentence (after bullets, numbers, a label); the
   * pieces of a sentence split at `MAX_SENTENCE_TOKENS` have none after the first.
   */
  first: boolean;
  /** True inside a leading label such as "Market Skepticism:" (a heading run into the text). */
  label: boolean;
}

export interface Sentence {
  i: number;
  start: number;
  end: number;
  text: string;
  /** Token index range [tokenStart, tokenEnd). */
  tokenStart: number;
  tokenEnd: number;
  /** True when the sentence is a piece of a longer one split at the caps (see ../limits.ts). */
  cut: boolean;
}

export interface TokenizedText {
  tokens: Token[];
  sentences: Sentence[];
}

/** The non-blank tokens of a text before they are cut into sentences: texts and start offsets. */
interface RawTokens {
  text: string[];
  start: number[];
}

/** Tokenises and tags `text`; offsets are exact (wink's tokenisation is lossless). */
export function tokenizeText(text: string): TokenizedText {
  if (!text.trim()) return { tokens: [], sentences: [] };
  renewWhenGrown();
  const known = lexemes?.list.length ?? 0;
  // wink reads `read`, the text with overlong runs cut: same length, so offsets hold for both.
  // It also reads letters outside Latin-1 as their base letters (see `foldForWink`); the tokens
  // keep the text's own letters.
  const read = foldForWink(cutLongRuns(text));
  const folded = read !== text;
  const doc = nlp.readDoc(read);
  const values = doc.tokens().out() as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  // One call for every sentence's span (`each` would make a sentence object, a dozen closures, per sentence).
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  forgetLearnedWords(known);
  // The non-blank tokens, in parallel arrays (one object per token is made once, below).
  const rawText: string[] = [];
  const rawStart: number[] = [];
  const rawPos: string[] = [];
  const rawNewline: boolean[] = [];
  // wink token index → index in the raw arrays (whitespace tokens such as "\n" are dropped), or -1
  // for a token glued onto the one before (see `gluesAcrossPeriod`).
  const rawIndex: number[] = [];
  let offset = 0;
  let newline = false;
  // wink index of the last non-blank token pushed.
  let lastWink = -1;
  for (let i = 0; i < values.length; i++) {
    const sp = spaces[i] ?? "";
    offset += sp.length;
    const value = values[i] ?? "";
    // wink normalises nothing, but guard against drift so offsets stay true to the text.
    const at = read.startsWith(value, offset) ? offset : read.indexOf(value, offset);
    const start = at < 0 ? offset : at;
    offset = start + value.length;
    rawIndex.push(rawText.length);
    if (!value.trim()) {
      newline ||= value.includes("\n");
      continue;
    }
    // "Canada-U" "." "S.", "CAFTA3" "." "0": a period with no space on either side is inside a
    // word, not a sentence's end; the three tokens become one ("U.S.", "CAFTA3.0").
    const n = rawText.length;
    if (n >= 2 && rawText[n - 1] === "." && rawStart[n - 1] === start - 1 && !sp && !newline) {
      const before = rawText[n - 2]!;
      if (rawStart[n - 2]! + before.length === start - 1 && gluesAcrossPeriod(before, value)) {
        rawText[n - 2] = `${before}.${value}`;
        rawText.pop();
        rawStart.pop();
        rawPos.pop();
        rawNewline.pop();
        rawIndex[lastWink] = -1;
        rawIndex[i] = -1;
        continue;
      }
    }
    // "Report-Nov" ".": wink reads an abbreviation after a hyphen as a word and a full stop; the
    // period goes back on it ("Nov."), so that "8" after it does not open a sentence.
    if (value === "." && n >= 2 && !sp && !newline && rawStart[n - 1]! + rawText[n - 1]!.length === start) {
      const word = rawText[n - 1]!;
      const dash = rawText[n - 2]!;
      if (
        word.length > 1 &&
        (dash === "-" || dash === "–") &&
        rawStart[n - 2]! + 1 === rawStart[n - 1] &&
        isVocabularyWord(`${word}.`)
      ) {
        rawText[n - 1] = `${word}.`;
        rawIndex[i] = -1;
        continue;
      }
    }
    // "… iron ore. It …": wink reads a common lower-case word before a full stop as an abbreviation
    // ("ore." as Oregon's "Ore."); before a capital or the text's end the period is the sentence's.
    if (endsSentenceNotAbbreviation(value, values, spaces, i)) {
      lastWink = i;
      const word = value.slice(0, -1);
      rawText.push(folded ? text.slice(start, start + word.length) : word, ".");
      rawStart.push(start, start + word.length);
      rawPos.push(tags[i] === "PROPN" ? "NOUN" : (tags[i] ?? "X"), "PUNCT");
      rawNewline.push(newline || sp.includes("\n"), false);
      newline = false;
      continue;
    }
    lastWink = i;
    rawText.push(folded ? text.slice(start, start + value.length) : value);
    rawStart.push(start);
    rawPos.push(tags[i] ?? "X");
    rawNewline.push(newline || sp.includes("\n"));
    newline = false;
  }
  const count = rawText.length;
  const sentenceStarts = new Set<number>();
  for (const [a] of spans) {
    const at = rawIndex[a] ?? count;
    if (at < 0 || continuesAfterPeriod(rawText, rawStart, at)) continue;
    // '… tariffs.” However': a quotation mark written against the period closes the sentence
    // before (whichever way it is curled), and the next one starts after it.
    if (isClosingQuote(rawText, rawStart, at) && !rawNewline[at]) sentenceStarts.add(at + 1);
    else sentenceStarts.add(at);
  }
  for (let i = 0; i < count; i++)
    if (rawNewline[i] || opensAfterAbbreviation(rawText, rawPos, i)) sentenceStarts.add(i);
  sentenceStarts.add(0);
  const starts = [...sentenceStarts].sort((a, b) => a - b);
  const raw: RawTokens = { text: rawText, start: rawStart };
  const pieces: { a: number; b: number; continued: boolean; cut: boolean }[] = [];
  for (let s = 0; s < starts.length; s++) {
    const b = starts[s + 1] ?? count;
    let a = starts[s]!;
    if (a >= b) continue;
    let continued = false;
    while (a < b) {
      const end = pieceEnd(raw, a, b);
      pieces.push({ a, b: end, continued, cut: continued || end < b });
      a = end;
      continued = true;
    }
  }
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  for (const { a, b, continued, cut } of pieces) {
    const si = sentences.length;
    let firstWord = a;
    while (firstWord < b && !LETTER_FIRST.test(rawText[firstWord]!)) firstWord++;
    if (continued) firstWord = -1;
    const labelEnd = continued ? -1 : findLabelEnd(rawText, firstWord, b);
    for (let i = a; i < b; i++) {
      const text = rawText[i]!;
      const start = rawStart[i]!;
      const first = i === firstWord || (labelEnd > 0 && i === labelEnd + 1);
      tokens.push({
        i,
        text,
        start,
        end: start + text.length,
        pos: rawPos[i]!,
        sentence: si,
        first,
        label: i < labelEnd,
      });
    }
    const start = rawStart[a]!;
    const end = rawStart[b - 1]! + rawText[b - 1]!.length;
    sentences.push({ i: si, start, end, text: text.slice(start, end), tokenStart: a, tokenEnd: b, cut });
  }
  return { tokens, sentences };
}

/**
 * What the stages ask of a token text, found once per distinct text per thread: its lower case,
 * and one slot per other per-text answer (a phrase matcher's bucket, the predicates' forms; see
 * `newTextSlot`), so that a token costs one lookup by its text, not one per question.
 */
export interface TextFacts {
  lower: string;
  slots: unknown[];
}
/** The facts of each token text read so far in this thread (bounded; see `tokenFacts`). */
const FACTS_OF = new Map<string, TextFacts>();
/** Token texts whose facts `FACTS_OF` remembers before it starts again. */
const MAX_FACT_TEXTS = 100_000;
const FACTS = new DocumentCache<readonly Token[], TextFacts[]>();
const LOWER_CASE = new DocumentCache<readonly Token[], string[]>();
/** Slots handed out so far (`newTextSlot`). */
let textSlots = 0;

/** A new slot in every token text's `TextFacts.slots`, for one per-text answer (undefined until set). */
export function newTextSlot(): number {
  return textSlots++;
}

/** The facts of each token of a document (`tokens[k].text`'s at `k`), made once per document. */
export function tokenFacts(tokens: readonly Token[]): readonly TextFacts[] {
  let facts = FACTS.get(tokens);
  if (!facts) {
    if (FACTS_OF.size >= MAX_FACT_TEXTS) FACTS_OF.clear();
    facts = new Array<TextFacts>(tokens.length);
    const lower = new Array<string>(tokens.length);
    for (let k = 0; k < tokens.length; k++) {
      const text = tokens[k]!.text;
      let f = FACTS_OF.get(text);
      if (f === undefined) FACTS_OF.set(text, (f = { lower: text.toLowerCase(), slots: [] }));
      facts[k] = f;
      lower[k] = f.lower;
    }
    FACTS.set(tokens, facts);
    LOWER_CASE.set(tokens, lower);
  }
  return facts;
}

/**
 * The lower-case text of each token of a document (`tokens[k].text.toLowerCase()` at `k`), made
 * once per document and shared by the stages. `toLowerCase` makes a new string on every call, even
 * for a word already in lower case: a pass that lower-cases every token leaves a string of garbage
 * per token, and the passes are many. Here each distinct text is lower-cased once per thread.
 * Read it, never change it; tokens are never changed after stage 2.
 */
export function lowerCaseTexts(tokens: readonly Token[]): readonly string[] {
  let lower = LOWER_CASE.get(tokens);
  if (!lower) {
    tokenFacts(tokens);
    lower = LOWER_CASE.get(tokens)!;
  }
  return lower;
}

/**
 * The text of token `k` when it lies in sentence `s`, else "" (a module function for the rules'
 * per-call `at` closures, each of which tsx wraps in a naming call).
 */
export function textInSentence(tokens: readonly Token[], s: number, k: number): string {
  const t = tokens[k];
  return t !== undefined && t.sentence === s ? t.text : "";
}

/**
 * The index of the first token at or after `from` (before `end`) whose text `words` holds, or `end`.
 * A loop over the tokens whose body a closure reads variables of goes from one such token to the
 * next with it (`for (let i = nextTokenIn(…); i < n; i = nextTokenIn(…, i + 1, …))`): V8 makes a
 * new context for such a body on each pass, and most tokens would only be passed over.
 */
export function nextTokenIn(
  tokens: readonly Token[],
  from: number,
  words: { has(text: string): boolean },
  end = tokens.length,
): number {
  let i = from;
  while (i < end && !words.has(tokens[i]!.text)) i++;
  return i;
}

/** `nextTokenIn` over lower-case texts (`lowerCaseTexts`): the first index at or after `from` whose word `words` holds. */
export function nextWordIn(
  lower: readonly string[],
  from: number,
  words: { has(word: string): boolean },
  end = lower.length,
): number {
  let i = from;
  while (i < end && !words.has(lower[i]!)) i++;
  return i;
}

const POSSESSIVE_MARK = /^['’]s?$/;

/** True when a token's text is a possessive mark: an apostrophe or right single quote, alone or before "s". */
export function isPossessiveMark(text: string | undefined): boolean {
  return text !== undefined && POSSESSIVE_MARK.test(text);
}

/** True when a token is a dash written as a token of its own: a hyphen, an en dash, U+2010 or U+2011. */
export function isHyphen(t: Token | undefined): boolean {
  return !!t && (t.text === "-" || t.text === "–" || t.text === "\u2010" || t.text === "\u2011");
}

/**
 * A stock-exchange ticker as news agencies write it after a firm's name ("GLEN.L", "601234.SS"):
 * one token (`gluesAcrossPeriod` keeps its period inside).
 */
export const TICKER = /^(?:[A-Z]{2,6}|\d{3,6})\.[A-Z]{1,2}$/;

/**
 * True when the tokens `before` and `after`, written with a period between them and no space
 * ("Canada-U" "." "S.", "CAFTA3" "." "0"), are one word: an abbreviation's letters after a single
 * letter ("U.S." in "Canada-U.S.-Mexico", "anti-U.S."), a decimal after a digit ("RCEP2.0",
 * "v2.5"), or an exchange ticker (`TICKER`). Web addresses ("Outlet.com") stay in pieces: the outlet's name is the word before the
 * period. Called only at such periods: cheap tests first.
 */
function gluesAcrossPeriod(before: string, after: string): boolean {
  const last = before.charCodeAt(before.length - 1);
  const next = after.charCodeAt(0);
  // "601234.SS", "GLEN.L": an exchange ticker after a firm's name is one word.
  if (TICKER.test(`${before}.${after}`)) return true;
  if (last >= 48 && last <= 57) return next >= 48 && next <= 57;
  return /^(?:[\p{L}]\.)+$/u.test(after) && /(?:^|[^\p{L}])[\p{L}]$/u.test(before);
}

/**
 * True when token `k` is a lone quotation mark written against the token before it and followed by
 * a space (or nothing): it closes what came before.
 */
function isClosingQuote(text: string[], start: number[], k: number): boolean {
  const quote = text[k];
  if (k === 0 || (quote !== "“" && quote !== "”" && quote !== '"' && quote !== "’")) return false;
  if (start[k - 1]! + text[k - 1]!.length !== start[k]) return false;
  return k + 1 >= text.length || start[k + 1]! > start[k]! + 1;
}

/**
 * True when the token `k` that wink starts a sentence with goes on the sentence before: it opens
 * with a lower-case letter or a digit, and the period before it belongs to a word, an abbreviation
 * ("Report-Nov." "8,", "Inc." "said") or a web address written with no space ("Outlet" "." "com").
 * A sentence of news never opens in lower case; a line break still ends one (see `tokenizeText`).
 */
function continuesAfterPeriod(text: string[], start: number[], k: number): boolean {
  const c = text[k]?.charCodeAt(0) ?? 0;
  if (k === 0 || !((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) return false;
  const before = text[k - 1]!;
  if (before === ".")
    return k >= 2 && start[k - 1] === start[k]! - 1 && start[k - 2]! + text[k - 2]!.length === start[k - 1];
  return before.length > 1 && before.endsWith(".") && /[\p{L}]\.$/u.test(before);
}

/**
 * True when token `k` opens a sentence that wink ran on after "the U.S." (a dotted abbreviation
 * after "the", whose period also ends the sentence): a firm's class noun with a name after it
 * ("… in the U.S. Shipbuilder Acme Marine bought …"), or a proper name that is no word of the
 * vocabulary with a verb after it ("… to the U.S. Rossi said …"). A body or a post after the
 * abbreviation ("the U.S. Treasury said", "the U.S. President Jane Roe") is a common word
 * capitalised, and stays in the sentence.
 */
function opensAfterAbbreviation(text: string[], pos: string[], k: number): boolean {
  if (k < 2 || text[k - 2]?.toLowerCase() !== "the" || !/^(?:[\p{Lu}]\.){2,}$/u.test(text[k - 1]!)) return false;
  const word = text[k]!;
  const next = text[k + 1] ?? "";
  if (!/^[\p{Lu}][\p{Ll}]+$/u.test(word)) return false;
  if (COMPANY_NOUNS.has(word.toLowerCase())) return /^[\p{Lu}]/u.test(next);
  return (
    !isVocabularyWord(word.toLowerCase()) &&
    /^[\p{Ll}]+$/u.test(next) &&
    (pos[k + 1] === "VERB" || pos[k + 1] === "AUX")
  );
}

/** Latin letters outside Latin-1 with no base letter under NFD decomposition: the letter they read as. */
const UNDECOMPOSED: Record<string, string> = {
  ł: "l",
  Ł: "L",
  đ: "d",
  Đ: "D",
  ı: "i",
  ħ: "h",
  Ħ: "H",
  ŧ: "t",
  Ŧ: "T",
  œ: "o",
  Œ: "O",
  ŋ: "n",
  Ŋ: "N",
};
/** Latin letters past Latin-1: Extended-A and -B and Extended Additional (Vietnamese). */
const EXTENDED_LATIN = /[\u0100-\u024f\u1e00-\u1eff]/;
const EXTENDED_LATIN_ALL = /[\u0100-\u024f\u1e00-\u1eff]/g;

/**
 * `text` with each Latin letter past Latin-1 replaced by its base letter ("š" → "s", "ł" → "l",
 * "ệ" → "e"), one code unit for one, so that offsets hold. wink's tokenizer cuts a word at such a
 * letter ("Maroš Šefčovič" → "Maro" "š" "Š" "ef" "č" "ovi" "č"), which loses the names of much of
 * Europe, Turkey and Vietnam; it reads the folded word whole, and tags it as it would "Sefcovic".
 */
function foldForWink(text: string): string {
  if (!EXTENDED_LATIN.test(text)) return text;
  return text.replace(EXTENDED_LATIN_ALL, (c) => {
    const base = c.normalize("NFD")[0]!;
    if (base !== c && base.charCodeAt(0) < 128) return base;
    return UNDECOMPOSED[c] ?? (c === c.toLowerCase() ? "x" : "X");
  });
}

/**
 * `text` with every run of more than `MAX_TOKEN_CHARS` non-space characters cut by a space every
 * `MAX_TOKEN_CHARS` characters; same length, so offsets are those of `text`.
 */
function cutLongRuns(text: string): string {
  if (!hasLongRun(text)) return text;
  const long = new RegExp(`\\S{${MAX_TOKEN_CHARS + 1},}`, "g");
  const cut = new RegExp(`(\\S{${MAX_TOKEN_CHARS}})\\S`, "g");
  return text.replace(long, (run) => run.replace(cut, "$1 "));
}

/**
 * True when `text` holds a run of more than `MAX_TOKEN_CHARS` characters that are not white space
 * (what the regular expression \S matches, code unit by code unit): one pass, no backtracking.
 */
function hasLongRun(text: string): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c > 32 && c < 127) || !isSpaceCode(c)) {
      if (++run > MAX_TOKEN_CHARS) return true;
    } else run = 0;
  }
  return false;
}

/** The code units of JavaScript's white space class \s. */
function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * Where the piece of sentence [a, b) that starts at `a` ends: `b` when the rest is within
 * `MAX_SENTENCE_TOKENS` and `MAX_SENTENCE_CHARS`, else after the last comma, semicolon or dash (and
 * a closing mark right after it) of the second half of the longest piece that is, else at that
 * longest piece's end.
 */
function pieceEnd(raw: RawTokens, a: number, b: number): number {
  const { text, start } = raw;
  let end = a + 1;
  const limit = Math.min(b, a + MAX_SENTENCE_TOKENS);
  while (end < limit && start[end]! + text[end]!.length - start[a]! <= MAX_SENTENCE_CHARS) end++;
  if (end === b) return b;
  for (let k = end - 1; k > a + (end - a) / 2; k--) {
    if (!CUT_MARK.test(text[k]!)) continue;
    // A closing quotation mark or bracket goes with its comma: '…," he said' is not cut at '"'.
    return k + 2 <= end && CLOSING_MARK.test(text[k + 1]!) ? k + 2 : k + 1;
  }
  return end;
}

// The patterns of the per-token loops, made once: a regular expression written in a loop is a new
// object each time it is evaluated.
const LETTER_FIRST = /^[\p{L}]/u;
const CUT_MARK = /^[,;—–]$/;
const CLOSING_MARK = /^["”’')\]]$/;
const LABEL_WORD_FIRST = /^[\p{Lu}\d&-]/u;
const LABEL_LINK_WORD = /^(of|and|for|the|to)$/;

/** Index of the ":" ending a leading label of at most six capitalised words, or -1. */
function findLabelEnd(texts: string[], a: number, b: number): number {
  for (let i = a; i < Math.min(b, a + 7); i++) {
    const t = texts[i]!;
    if (t === ":") return i > a && i + 1 < b ? i : -1;
    if (!LABEL_WORD_FIRST.test(t) && !LABEL_LINK_WORD.test(t)) return -1;
  }
  return -1;
}
