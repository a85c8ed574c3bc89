// Round 6 of the goods phrasings: who supplies, buys and makes what, read from the clause when an
// approximation opens the object ("supplies over 70% of …"), when "by far" stands between a
// copula and its complement, and from agent nouns and shipments on the buying side. Sentences
// written for these tests (not copied from any article), positives and refusals.

import { describe, expect, it } from "vitest";
import { analyseDocument } from "../../../src/extraction/index.ts";
import { testDocument } from "../../_helpers/documents.ts";

function lines(text: string): string[] {
  const a = analyseDocument(testDocument(text, { date: "2025-06-12" }));
  const names = new Map(a.entities.map((e) => [e.id, e.name]));
  return a.relations.map((r) => `${names.get(r.source)} ${r.predicate} ${names.get(r.target)}`);
}

describe("syntax/clauses", () => {
  describe("readSentence (a registry verb's '-s' form before an approximation)", () => {
    const positives: [string, string][] = [
      ["Guinea supplies over 20% of the world's bauxite.", "Guinea DOMINATES bauxite"],
      ["Indonesia mines about half of the world's nickel.", "Indonesia DOMINATES nickel"],
      ["Peru, which produces nearly 10% of global copper, held elections.", "Peru DOMINATES copper"],
      ["Kazakhstan refines roughly 40% of the world's uranium.", "Kazakhstan DOMINATES uranium"],
    ];
    for (const [text, line] of positives)
      it(`finds ${line} in "${text}"`, () => {
        expect(lines(text)).toContain(line);
      });
    it("does not read an approximation after a plural noun as a verb's object", () => {
      // "mines" is a noun here: "Peru's mines over 50 years old" gives no production share.
      expect(lines("Peru's copper mines over 50 years old will close.")).not.toContain("Peru DOMINATES copper");
    });
  });

  describe("readSentence ('by far' between a copula and its complement)", () => {
    const positives: [string, string][] = [
      ["Guinea is by far the world's largest producer of bauxite.", "Guinea DOMINATES bauxite"],
      ["Australia is by far the biggest exporter of lithium.", "Australia DOMINATES lithium"],
      ["Chile remains by far the top copper producer.", "Chile PRODUCES copper"],
    ];
    for (const [text, line] of positives)
      it(`finds ${line} in "${text}"`, () => {
        expect(lines(text)).toContain(line);
      });
    it("keeps a second rank a second rank", () => {
      expect(lines("Peru is by far the second-largest producer of copper.")).not.toContain("Peru DOMINATES copper");
    });
  });
});
