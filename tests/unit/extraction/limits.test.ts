// The extraction's size limits (src/extraction/limits.ts) through the whole per-document analysis,
// on ordinary and pathological texts written for the test: what a document stores is bounded per
// sentence and per entity, and grows at most linearly with the text. No timing is asserted.

import { describe, expect, it } from "vitest";
import { analyseDocument } from "../../../src/extraction/index.ts";
import {
  MAX_MENTIONS_PER_ENTITY,
  MAX_MENTIONS_PER_SENTENCE,
  MAX_PARTICIPANTS_PER_SENTENCE,
  MAX_RELATIONS_PER_SENTENCE,
  MAX_SENTENCE_CHARS,
  MAX_STATEMENTS_PER_SENTENCE,
} from "../../../src/extraction/limits.ts";
import type { SourceDocument } from "../../../src/extraction/types.ts";

function doc(text: string): SourceDocument {
  return { id: "t", fileName: "t.txt", title: "", date: "2025-07-30", source: null, authors: [], text };
}

const FIRST_NAMES = ["John", "Mary", "James", "Linda", "Robert", "Susan", "David", "Karen"];

/** The i-th of many distinct personal names: "John Kbovic", "Mary Kcovic", … */
function personName(i: number): string {
  let n = i;
  let surname = "";
  do {
    surname += "bcdfghjklmnpqrstvwxz"[n % 20];
    n = Math.floor(n / 20);
  } while (n > 0);
  return `${FIRST_NAMES[i % FIRST_NAMES.length]} K${surname}ovic`;
}

/** `unit(i)` repeated until the text has at least `bytes` characters. */
function repeat(bytes: number, unit: (i: number) => string, separator = " "): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < bytes; i++) {
    const part = unit(i);
    parts.push(part);
    length += part.length + separator.length;
  }
  return parts.join(separator);
}

const COUNTRIES = ["China", "Japan", "India", "France", "Germany", "Brazil", "Canada", "Mexico", "Chile", "Peru"];
const WORDS = ["Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel", "India", "Lima"];

/** Pathological texts by name: each is one long "sentence" or a dense repetition. */
const PATHOLOGICAL: Record<string, (bytes: number) => string> = {
  "no spaces": (bytes) => "abcdefghij".repeat(Math.ceil(bytes / 10)),
  "a list of letters": (bytes) => `${repeat(bytes, (i) => String.fromCharCode(65 + (i % 26)), ", ")}.`,
  "capitalised words": (bytes) => repeat(bytes, (i) => WORDS[(i * 7 + (i >> 3)) % WORDS.length]!),
  "a list of countries": (bytes) =>
    `Trump met ${repeat(bytes, (i) => COUNTRIES[i % COUNTRIES.length]!, ", ")} in talks in Geneva on May 5, said Xi.`,
  "a list of people": (bytes) => `Officials at the talks in Geneva included ${repeat(bytes, personName, ", ")}.`,
  "dense meetings and quotes": (bytes) =>
    repeat(
      bytes,
      (i) =>
        `Chinese negotiator ${personName(7 * i)}, U.S. Trade Representative ${personName(7 * i + 1)}, ${personName(7 * i + 2)} and ${personName(7 * i + 3)} met ${personName(7 * i + 4)} and ${personName(7 * i + 5)} during talks on rare earths, soybeans and cobalt in Geneva on May 5, and "We agree on most things," ${personName(7 * i)} said.`,
    ),
  "open quotation marks": (bytes) => repeat(bytes, () => "“We agree Trump said"),
};

/** Size of what a document's analysis stores, in characters of JSON. */
function outputSize(text: string): number {
  return JSON.stringify(analyseDocument(doc(text))).length;
}

describe("extraction/limits", () => {
  describe("analyseDocument", () => {
    it("stores at most MAX_MENTIONS_PER_ENTITY mentions of one entity", () => {
      const text = repeat(20_000, (i) => `China ${i % 2 ? "rose" : "fell"} again.`);
      const china = analyseDocument(doc(text)).entities.find((e) => e.name === "China")!;
      expect(china.mentions).toHaveLength(MAX_MENTIONS_PER_ENTITY);
      // The first ones, in text order.
      expect(china.mentions[0]!.start).toBe(0);
    });

    it("keeps at most MAX_MENTIONS_PER_SENTENCE mentions in a sentence", () => {
      const names = Array.from({ length: 45 }, (_, i) => COUNTRIES[i % COUNTRIES.length]);
      const text = `Envoys from ${names.join(", ")} met.`;
      const analysis = analyseDocument(doc(text));
      const mentions = analysis.entities.flatMap((e) => e.mentions);
      expect(new Set(mentions.map((m) => m.sentence)).size).toBe(1);
      expect(mentions.length).toBeLessThanOrEqual(MAX_MENTIONS_PER_SENTENCE);
      // The first ones, in text order: the last country named is dropped.
      expect(mentions.some((m) => m.start === text.indexOf("China"))).toBe(true);
      expect(mentions.some((m) => m.start === text.lastIndexOf(names.at(-1)!))).toBe(false);
    });

    it("gives every person of a list longer than a sentence's caps", () => {
      const names = Array.from({ length: 150 }, (_, i) => personName(i));
      const text = `Officials at the talks in Geneva included ${names.join(", ")}.`;
      const people = analyseDocument(doc(text)).entities.filter((e) => e.type === "Person");
      expect(people.map((e) => e.name).sort()).toEqual([...names].sort());
    });

    it("keeps at most MAX_RELATIONS_PER_SENTENCE relations from one sentence", () => {
      // Seventeen negotiators in one sentence within the caps: 72 pairs across the sides "met".
      const chinese = Array.from({ length: 9 }, (_, i) => `Chinese negotiator ${personName(i)}`);
      const american = Array.from({ length: 8 }, (_, i) => `U.S. negotiator ${personName(100 + i)}`);
      const text = `${chinese.join(", ")} met ${american.join(", ")} during talks in Geneva.`;
      const analysis = analyseDocument(doc(text));
      expect(new Set(analysis.entities.flatMap((e) => e.mentions.map((m) => m.sentence))).size).toBe(1);
      const perSentence = new Map<number, number>();
      for (const r of analysis.relations) {
        for (const ev of r.evidence) perSentence.set(ev.start, (perSentence.get(ev.start) ?? 0) + 1);
      }
      expect(Math.max(...perSentence.values())).toBeLessThanOrEqual(MAX_RELATIONS_PER_SENTENCE);
      const participants = analysis.relations.filter(
        (r) => r.predicate === "PARTICIPATED_IN" && r.evidence[0]!.rule === "talks-participants",
      );
      expect(participants.length).toBeLessThanOrEqual(MAX_PARTICIPANTS_PER_SENTENCE);
    });

    it("stores each relation found twice in the same place once", () => {
      const text = "China imposed export controls on gallium, export controls on gallium again.";
      const relations = analyseDocument(doc(text)).relations.filter((r) => r.predicate === "RESTRICTED_EXPORT");
      expect(relations).toHaveLength(1);
    });

    it("keeps at most MAX_STATEMENTS_PER_SENTENCE statements from one sentence", () => {
      // Twelve quotations in one sentence within the caps.
      const quotes = Array.from({ length: 12 }, (_, i) => `"We agree on ${WORDS[i % WORDS.length]},"`);
      const text = `${quotes.join(" ")} Treasury Secretary Scott Bessent said.`;
      expect(analyseDocument(doc(text)).statements).toHaveLength(MAX_STATEMENTS_PER_SENTENCE);
    });

    it("does not let a quotation mark left open swallow the next quotation", () => {
      const text = "He called the plan “odd. “We will win,” Treasury Secretary Scott Bessent said.";
      expect(analyseDocument(doc(text)).statements.map((s) => s.quote)).toEqual(["We will win"]);
    });

    for (const [name, make] of Object.entries(PATHOLOGICAL)) {
      it(`stores sentences within MAX_SENTENCE_CHARS and grows linearly on ${name}`, () => {
        const small = make(16_000);
        const large = make(64_000);
        const analysis = analyseDocument(doc(large));
        const sentences = [
          ...analysis.entities.flatMap((e) => e.mentions.map((m) => m.sentence)),
          ...analysis.relations.flatMap((r) => r.evidence.map((ev) => ev.sentence)),
          ...analysis.statements.map((s) => s.sentence),
        ];
        for (const s of sentences) expect(s.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
        // At most 96 characters of output per character of text (each relation stores its sentence;
        // a sentence dense with people, topics and quotes states ~20 facts), and four times the text at most
        // about four times the output (plus what a small text always costs).
        const largeSize = JSON.stringify(analysis).length;
        expect(largeSize).toBeLessThanOrEqual(96 * large.length);
        expect(largeSize).toBeLessThanOrEqual(5 * outputSize(small) + 10_000);
      });
    }
  });
});
