// The shared plumbing the rules read through, made cheaper for speed: the per-sentence mentions
// (`mentionsIn`, kept per document and refreshed when `ensureEntity` adds a mention), the
// duplicate check of `emitRelation`, and the document's word index (`sentencesWith`). Each row
// builds a real document context from sentences written for the test.

import { describe, expect, it } from "vitest";
import { emitRelation, ensureEntity, mentionsIn } from "../../../src/extraction/rules/emit.ts";
import "../../../src/extraction/rules/predicates.ts";
import type { RuleContext } from "../../../src/extraction/rules/types.ts";
import { tokenizeText } from "../../../src/extraction/stages/02-tokens.ts";
import { findMentions } from "../../../src/extraction/stages/03-mentions.ts";
import { resolveMentions } from "../../../src/extraction/stages/04-resolve.ts";
import { sentencesWith } from "../../../src/extraction/syntax/predicates.ts";

function contextOf(text: string): RuleContext {
  const tok = tokenizeText(text);
  const mentions = findMentions(text, tok);
  const resolution = resolveMentions("doc", mentions, tok.tokens, tok.sentences, []);
  return {
    doc: { id: "doc", fileName: "doc.txt", title: "", date: null, source: null, authors: [], text },
    text,
    tokens: tok.tokens,
    sentences: tok.sentences,
    mentions,
    resolution,
    relations: [],
  } as unknown as RuleContext;
}

const TEXT =
  "Canada and Mexico held talks in Ottawa on Tuesday. The ministers discussed steel quotas at the summit. " +
  "Officials said the MEETING ended early.";

describe("extraction/rules/emit", () => {
  describe("mentionsIn", () => {
    it("answers the same sentence twice with the same mentions", () => {
      const ctx = contextOf(TEXT);
      const first = mentionsIn(ctx, 0).map((x) => x.m.text);
      expect(first).toContain("Canada");
      expect(mentionsIn(ctx, 0).map((x) => x.m.text)).toEqual(first);
    });

    it("holds a mention that ensureEntity adds after the sentence was read", () => {
      const ctx = contextOf(TEXT);
      const s = ctx.sentences[1]!;
      const before = mentionsIn(ctx, 1).map((x) => x.m.text);
      // "the summit": the last two words before the period.
      const ts = s.tokenEnd - 3;
      expect(ctx.tokens[ts]!.text).toBe("the");
      const e = ensureEntity(ctx, "Meeting", "the summit", "summit-test", { ts, te: ts + 2 }, "test-rule");
      const after = mentionsIn(ctx, 1);
      expect(after.map((x) => x.m.text)).toEqual([...before, "the summit"]);
      expect(after.at(-1)!.e).toBe(e);
      // Another sentence's answer is untouched.
      expect(mentionsIn(ctx, 0).some((x) => x.m.text === "the summit")).toBe(false);
    });
  });

  describe("emitRelation", () => {
    it("adds a relation once, and again when an attribute differs", () => {
      const ctx = contextOf(TEXT);
      const [a, b] = mentionsIn(ctx, 0).map((x) => x.e);
      expect(a && b).toBeTruthy();
      emitRelation(ctx, a!, "NEGOTIATED_WITH", b!, 0, "r", { rate: "10%", date: "" });
      emitRelation(ctx, a!, "NEGOTIATED_WITH", b!, 0, "r", { rate: "10%" });
      expect(ctx.relations).toHaveLength(1);
      expect(ctx.relations[0]!.attributes).toEqual({ rate: "10%" });
      emitRelation(ctx, a!, "NEGOTIATED_WITH", b!, 0, "r", { rate: "20%" });
      emitRelation(ctx, a!, "NEGOTIATED_WITH", b!, 0, "r", { date: "10%" });
      emitRelation(ctx, a!, "NEGOTIATED_WITH", b!, 0, "r", { rate: "10%" }, 0.6);
      expect(ctx.relations).toHaveLength(4);
    });

    it("keeps apart attributes whose values hold the key separators", () => {
      const ctx = contextOf(TEXT);
      const [a, b] = mentionsIn(ctx, 0).map((x) => x.e);
      emitRelation(ctx, a!, "NEGOTIATED_WITH", b!, 0, "r", { rate: "1\u0001date\u00022" });
      emitRelation(ctx, a!, "NEGOTIATED_WITH", b!, 0, "r", { rate: "1", date: "2" });
      expect(ctx.relations).toHaveLength(2);
    });
  });
});

describe("extraction/syntax/predicates", () => {
  describe("sentencesWith", () => {
    it("lists the sentences holding one of the words in any case, in order, each once", () => {
      const ctx = contextOf(TEXT);
      expect(sentencesWith(ctx, new Set(["meeting", "talks", "summit"]))).toEqual([0, 1, 2]);
      expect(sentencesWith(ctx, new Set(["quotas"]))).toEqual([1]);
      expect(sentencesWith(ctx, new Set(["tariffs"]))).toEqual([]);
    });

    it("hands out a read-only list (a single word's is the index's own, not a copy)", () => {
      const ctx = contextOf(TEXT);
      const list = sentencesWith(ctx, new Set(["talks"]));
      // @ts-expect-error: the list is read-only
      expect(typeof list.push).toBe("function");
      expect(sentencesWith(ctx, new Set(["talks"]))).toBe(list);
    });
  });
});
