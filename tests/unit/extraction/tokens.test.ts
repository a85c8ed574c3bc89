// Stage 2 (tokens and sentences) on texts written for the test, ordinary and pathological: tokens
// and sentences stay within their caps, offsets stay true to the text, ordinary text is untouched.

import { describe, expect, it } from "vitest";
import { MAX_SENTENCE_CHARS, MAX_SENTENCE_TOKENS, MAX_TOKEN_CHARS } from "../../../src/extraction/limits.ts";
import { isPossessiveMark, type TokenizedText, tokenizeText } from "../../../src/extraction/stages/02-tokens.ts";

/** "Aa, Ab, Ac, …": `n` distinct capitalised words in one sentence with no period. */
function listSentence(n: number): string {
  const words: string[] = [];
  for (let i = 0; i < n; i++) words.push(`A${i.toString(26).replace(/\d/g, (d) => "pqrstuvwxy"[Number(d)]!)}`);
  return `${words.join(", ")}.`;
}

/** Every structural promise of stage 2 on `text`. */
function expectWellFormed(text: string, tok: TokenizedText): void {
  for (const t of tok.tokens) {
    expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(t.text.length).toBeLessThanOrEqual(MAX_TOKEN_CHARS);
  }
  tok.sentences.forEach((s, i) => {
    expect(s.i).toBe(i);
    expect(s.tokenEnd - s.tokenStart).toBeLessThanOrEqual(MAX_SENTENCE_TOKENS);
    expect(s.text.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
    expect(s.text).toBe(text.slice(s.start, s.end));
    // The pieces tile the tokens: each starts where the one before ended.
    expect(s.tokenStart).toBe(i === 0 ? 0 : tok.sentences[i - 1]!.tokenEnd);
  });
  expect(tok.sentences.at(-1)?.tokenEnd ?? 0).toBe(tok.tokens.length);
}

describe("extraction/stages/02-tokens", () => {
  describe("tokenizeText", () => {
    it("gives nothing for blank text", () => {
      expect(tokenizeText(" \n\t ")).toEqual({ tokens: [], sentences: [] });
    });

    it("leaves an ordinary sentence whole", () => {
      const text =
        "Treasury Secretary Scott Bessent, who led the U.S. team, said on Sunday that talks with China's Vice Premier He Lifeng in Kuala Lumpur had produced a framework.";
      const tok = tokenizeText(text);
      expect(tok.sentences).toHaveLength(1);
      expect(tok.sentences[0]!.text).toBe(text);
      expect(tok.tokens[0]).toMatchObject({ text: "Treasury", first: true });
    });

    it("splits a list sentence far over the caps into bounded pieces, after commas", () => {
      const text = listSentence(5000);
      const tok = tokenizeText(text);
      expectWellFormed(text, tok);
      expect(tok.sentences.length).toBeGreaterThan(5000 / MAX_SENTENCE_TOKENS);
      for (const s of tok.sentences.slice(0, -1)) expect(s.text.endsWith(",")).toBe(true);
    });

    it("gives the pieces after the first no first word", () => {
      const tok = tokenizeText(listSentence(400));
      const firsts = tok.tokens.filter((t) => t.first);
      expect(firsts).toHaveLength(1);
      expect(firsts[0]!.sentence).toBe(0);
    });

    it("splits capitalised words with no punctuation at the caps", () => {
      const words = ["Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel"];
      const text = Array.from({ length: 3000 }, (_, i) => words[i % words.length]).join(" ");
      expectWellFormed(text, tokenizeText(text));
    });

    it("cuts a run of characters with no space into tokens of at most MAX_TOKEN_CHARS", () => {
      const text = `Before ${"abcdefghij".repeat(2000)} after.`;
      const tok = tokenizeText(text);
      expectWellFormed(text, tok);
      expect(tok.tokens[0]!.text).toBe("Before");
      expect(tok.tokens.at(-2)!.text.endsWith("after")).toBe(true);
      // Only the characters at the cuts are left out of the tokens.
      const covered = tok.tokens.reduce((n, t) => n + t.text.length, 0);
      expect(covered).toBeGreaterThan(20000 * 0.95);
    });

    it("ends a run of characters at any white space, and at nothing else", () => {
      const letters = (tok: TokenizedText) => tok.tokens.reduce((n, t) => n + (t.text.match(/[ab]/g)?.length ?? 0), 0);
      // 40 + 40 letters: no run over MAX_TOKEN_CHARS when the separator is white space, so no cut.
      for (const space of [" ", "\t", "\u00a0", "\u2003", "\u202f", "\u3000", "\ufeff"]) {
        const text = `${"a".repeat(40)}${space}${"b".repeat(40)}`;
        const tok = tokenizeText(text);
        expectWellFormed(text, tok);
        expect(letters(tok)).toBe(80);
      }
      // A zero-width space is no white space: one run of 81 characters, cut once (a letter left out).
      const text = `${"a".repeat(40)}\u200b${"b".repeat(40)}`;
      const tok = tokenizeText(text);
      expectWellFormed(text, tok);
      expect(letters(tok)).toBe(79);
    });

    it("keeps a long stretch of spaces inside a line out of the sentences' text", () => {
      const text = `Officials met in Geneva${" ".repeat(5000)}and agreed on a truce.`;
      const tok = tokenizeText(text);
      expectWellFormed(text, tok);
      expect(tok.sentences.map((s) => s.text)).toEqual(["Officials met in Geneva", "and agreed on a truce."]);
    });
  });

  describe("isPossessiveMark", () => {
    it("is false for no token and for the empty text", () => {
      expect(isPossessiveMark(undefined)).toBe(false);
      expect(isPossessiveMark("")).toBe(false);
    });

    it("accepts an apostrophe or right single quote, alone or before s, and nothing longer", () => {
      const marks = ["'", "’", "'s", "’s"];
      expect(marks.filter(isPossessiveMark)).toEqual(marks);
      expect(["‘s", "'S", "s", "'ss", "China's", "'s "].filter(isPossessiveMark)).toEqual([]);
    });
  });
});
