// A phrase matcher over token-aligned character offsets: phrases are indexed by their first word,
// and a match must start at a token start and end at a token end. Used by the mention stage for
// every gazetteer. Pure data structure, no knowledge of entity types.

import { newTextSlot, type TextFacts, type Token, tokenFacts } from "./stages/02-tokens.ts";

export interface PhraseEntry<T> {
  phrase: string;
  value: T;
}

export interface PhraseMatch<T> {
  /** First and last+1 token index. */
  ts: number;
  te: number;
  value: T;
  phrase: string;
}

const WORD = /^[\p{L}\p{N}]+/u;

/** The run of letters and digits a phrase or token starts with ("U.S." → "U"), or its first character. */
function firstWord(s: string): string {
  // Most tokens are plain ASCII words or numbers: the whole token, without the regex.
  let ascii = s.length > 0;
  for (let i = 0; i < s.length && ascii; i++) {
    const c = s.charCodeAt(i);
    ascii = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  }
  if (ascii) return s;
  return WORD.exec(s)?.[0] ?? s.slice(0, 1);
}

/** The phrases sharing their first word, by length then by (normalised) text. */
interface Bucket<T> {
  maxLength: number;
  byLength: Map<number, Map<string, PhraseEntry<T>>>;
}

/** A dictionary of phrases, case-sensitive or not, matched against tokenised text. */
export class PhraseMatcher<T> {
  private readonly buckets = new Map<string, Bucket<T>>();
  /**
   * The answers of `matchAt` for the last token list and text (one document's): the stages ask
   * the same start again and again. Entries are shared, so callers must not change a match.
   */
  private memoTokens: Token[] | null = null;
  private memoText = "";
  private memo: (PhraseMatch<T> | null | undefined)[] = [];
  /** The memo's tokens' facts (stage 2's `tokenFacts`). */
  private memoFacts: readonly TextFacts[] = [];
  /** The slot of each token text's facts holding its bucket (null: none), found once: most tokens open no phrase. */
  private readonly slot = newTextSlot();

  constructor(
    entries: Iterable<PhraseEntry<T>>,
    private readonly caseSensitive: boolean,
  ) {
    for (const e of entries) {
      const phrase = caseSensitive ? e.phrase : e.phrase.toLowerCase();
      const key = firstWord(phrase);
      let bucket = this.buckets.get(key);
      if (!bucket) this.buckets.set(key, (bucket = { maxLength: 0, byLength: new Map() }));
      bucket.maxLength = Math.max(bucket.maxLength, phrase.length);
      let sameLength = bucket.byLength.get(phrase.length);
      if (!sameLength) bucket.byLength.set(phrase.length, (sameLength = new Map()));
      // The first entry of a phrase wins, as it would in a list searched in order.
      if (!sameLength.has(phrase)) sameLength.set(phrase, { phrase, value: e.value });
    }
  }

  /**
   * Longest match starting at token `i` and ending at a token end of the same sentence, or null.
   * It tries each candidate end (longest first) with one lookup, so its cost does not grow with
   * the size of the dictionary.
   */
  matchAt(text: string, tokens: Token[], i: number): PhraseMatch<T> | null {
    if (this.memoTokens !== tokens || this.memoText !== text) {
      this.memoTokens = tokens;
      this.memoText = text;
      this.memoFacts = tokenFacts(tokens);
      // Filled up front: answers stored at scattered indexes keep the array's fast elements
      // (writes into an empty array at a large index would turn it into a slow dictionary).
      this.memo = new Array<PhraseMatch<T> | null | undefined>(tokens.length).fill(undefined);
    }
    let hit = this.memo[i];
    if (hit === undefined) {
      hit = this.find(text, tokens, i);
      if (i >= 0 && i < tokens.length) this.memo[i] = hit;
    }
    return hit;
  }

  /** The bucket of the phrases a token written `text` may open, or null (`facts`: the text's). */
  private bucketOf(text: string, facts: TextFacts): Bucket<T> | null {
    let bucket = facts.slots[this.slot] as Bucket<T> | null | undefined;
    if (bucket === undefined) {
      const head = firstWord(text);
      bucket = this.buckets.get(this.caseSensitive ? head : head.toLowerCase()) ?? null;
      facts.slots[this.slot] = bucket;
    }
    return bucket;
  }

  private find(text: string, tokens: Token[], i: number): PhraseMatch<T> | null {
    const tok = tokens[i];
    if (!tok) return null;
    const bucket = this.bucketOf(tok.text, this.memoFacts[i]!);
    if (!bucket) return null;
    let last = i;
    while (
      last + 1 < tokens.length &&
      tokens[last + 1]!.sentence === tok.sentence &&
      tokens[last + 1]!.end - tok.start <= bucket.maxLength
    ) {
      last++;
    }
    for (let te = last; te >= i; te--) {
      const length = tokens[te]!.end - tok.start;
      const candidates = bucket.byLength.get(length);
      if (!candidates) continue;
      const surface = text.slice(tok.start, tokens[te]!.end);
      const entry = candidates.get(this.caseSensitive ? surface : surface.toLowerCase());
      if (entry) return { ts: i, te: te + 1, value: entry.value, phrase: surface };
    }
    return null;
  }
}
