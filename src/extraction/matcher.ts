// A phrase matcher over token-aligned character offsets: phrases are indexed by their first two
// characters, and a match must start at a token start and end at a token end. Used by the mention
// stage for every gazetteer. Pure data structure, no knowledge of entity types.

import type { Token } from "./stages/02-tokens.ts";

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

/** A dictionary of phrases, case-sensitive or not, matched against tokenised text. */
export class PhraseMatcher<T> {
  private readonly buckets = new Map<string, PhraseEntry<T>[]>();

  constructor(
    entries: Iterable<PhraseEntry<T>>,
    private readonly caseSensitive: boolean,
  ) {
    for (const e of entries) {
      const phrase = caseSensitive ? e.phrase : e.phrase.toLowerCase();
      const key = phrase.slice(0, 2);
      let bucket = this.buckets.get(key);
      if (!bucket) this.buckets.set(key, (bucket = []));
      bucket.push({ phrase, value: e.value });
    }
    // Longest phrase first, so the first hit at a position is the longest one.
    for (const b of this.buckets.values()) b.sort((a, b2) => b2.phrase.length - a.phrase.length);
  }

  /** Longest match starting at token `i`, or null. `endIndex` maps a character end to its token. */
  matchAt(text: string, tokens: Token[], i: number, endIndex: Map<number, number>): PhraseMatch<T> | null {
    const tok = tokens[i];
    if (!tok) return null;
    const head = text.slice(tok.start, tok.start + 2);
    const bucket = this.buckets.get(this.caseSensitive ? head : head.toLowerCase());
    if (!bucket) return null;
    for (const e of bucket) {
      const end = tok.start + e.phrase.length;
      const te = endIndex.get(end);
      if (te === undefined || tokens[te]!.sentence !== tok.sentence) continue;
      const surface = text.slice(tok.start, end);
      if ((this.caseSensitive ? surface : surface.toLowerCase()) === e.phrase) {
        return { ts: i, te: te + 1, value: e.value, phrase: surface };
      }
    }
    return null;
  }
}

/** Maps each token's end offset to its index (for token-aligned matching). */
export function indexTokenEnds(tokens: Token[]): Map<number, number> {
  const m = new Map<number, number>();
  for (const t of tokens) m.set(t.end, t.i);
  return m;
}
