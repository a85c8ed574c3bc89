// Stage 8 (merge) on lone surnames across documents: an article that names a person by surname
// only ("Trump said…") joins the full name the corpus gives, also when another, rarely named person
// bears the same surname; and stays out when no bearer stands out. Texts written for the test.

import { describe, expect, it } from "vitest";
import { analyseDocument } from "../../../src/extraction/index.ts";
import { CorpusMerge } from "../../../src/extraction/stages/08-merge.ts";
import { testDocument } from "../../_helpers/documents.ts";

/** The merged corpus of `texts` (one document each, in order): its people and who said what. */
function corpus(texts: readonly string[]): { people: string[]; said: string[] } {
  const analyses = texts.map((text, i) => analyseDocument(testDocument(text, { id: `d${i}`, fileName: `d${i}.txt` })));
  const extraction = CorpusMerge.of(analyses).extraction();
  const name = new Map(extraction.entities.map((e) => [e.id, e.name]));
  return {
    people: extraction.entities.filter((e) => e.type === "Person").map((e) => e.name),
    said: extraction.statements.map((s) => `${name.get(s.speaker)}: ${s.quote}`),
  };
}

const NAMED = [
  "President Ada Brenner met the visiting delegation in Vienna on Monday.",
  "Chancellor Ada Brenner announced new tariffs on steel on Tuesday.",
  "Critics said Ada Brenner had moved too fast on the tariffs.",
];
const RARE = "Her brother Tomas Brenner opened a bakery in Graz.";
const LONE = "“We will not back down,” President Brenner said on Friday. Brenner left for Geneva after the vote.";

describe("extraction merge", () => {
  describe("CorpusMerge.of (lone surnames)", () => {
    it("gives a lone surname to the one full name that bears it", () => {
      const { said } = corpus([...NAMED, LONE]);
      expect(said).toEqual(["Ada Brenner: We will not back down"]);
    });

    it("gives it to the bearer the corpus names far more often when another bearer is named once", () => {
      const { people, said } = corpus([...NAMED, RARE, LONE]);
      expect(said).toEqual(["Ada Brenner: We will not back down"]);
      expect(people).toContain("Tomas Brenner");
    });

    it("gives it to no one when no bearer stands out", () => {
      const { people, said } = corpus([NAMED[0]!, RARE, LONE]);
      expect(said).toEqual([]);
      expect(people).toEqual(["Ada Brenner", "Tomas Brenner"]);
    });

    it("does not read a shared first name as a surname", () => {
      const { said } = corpus([...NAMED, "Brenner Holt, a farmer, spoke at the rally.", LONE]);
      expect(said).toEqual(["Ada Brenner: We will not back down"]);
    });
  });
});
