// Posts and affiliations of people on unseen phrasings (issue 13): titles before and after the
// name, the state from context, bodies named in the title, roles at organisations. Sentences
// written for the test; rows that refuse a false reading stand next to the positive ones.

import { describe, expect, it } from "vitest";
import { analyseDocument } from "../../../src/extraction/index.ts";
import { mergeAnalyses } from "../../../src/extraction/stages/08-merge.ts";
import { testDocument } from "../../_helpers/documents.ts";

function relationsOf(text: string, predicate: string, source?: string): string[] {
  const doc = testDocument(text, { date: "2025-07-30", source: source ?? null });
  const a = analyseDocument(doc);
  const name = new Map(a.entities.map((e) => [e.id, e.name]));
  return a.relations
    .filter((r) => r.predicate === predicate)
    .map((r) => `${name.get(r.source)} -> ${name.get(r.target)}`);
}

/** [text, expected "person -> holder"]. */
const HOLDS: [text: string, expected: string][] = [
  // A title after the name, with its country in the apposition.
  [
    "Trade talks resumed. Mirela Stanek, Poland's chief trade negotiator, said the gap had narrowed.",
    "Mirela Stanek -> Poland",
  ],
  ["Tariffs rose. Kenji Morita, Japan's finance minister, said the yen would hold.", "Kenji Morita -> Japan"],
  // A title after the name with the body at its end.
  [
    "Quotas fell, said Arif Santoso, the director general of minerals at Indonesia's Ministry of Energy.",
    "Arif Santoso -> Ministry of Energy",
  ],
  // A body of its own opening the title after the name.
  [
    "The EU agreed. It is a good deal, said Lotte Brandt, European Commission President, on Monday.",
    "Lotte Brandt -> European Commission",
  ],
  // A title before the name and the document's main country.
  [
    "Brazil cut tariffs on steel. Brazil also cut tariffs on cars. Brazil will review them in May. Trade Minister Paulo Reis said the cuts would stay.",
    "Paulo Reis -> Brazil",
  ],
  // The nearest country before the name wins over the other side.
  ["The Kenyan team headed by Trade Secretary Amina Odhiambo met the Nigerian side.", "Amina Odhiambo -> Kenya"],
  // A company's capitalised post after its possessive, and an acronym post before the name.
  ["Lars Holm, Norvik Resources' Chairman, backed the plan.", "Lars Holm -> Norvik Resources"],
  ["Talon Metals CEO Greta Lind said output would rise.", "Greta Lind -> Talon Metals"],
];

/** [text, "person -> target" that must not be found]. */
const REFUSED: [text: string, unexpected: string][] = [
  // Two countries named as often: no main country, so no guess.
  [
    "Chile and Peru signed. Chile and Peru agreed. Trade Minister Paulo Reis said the cuts would stay.",
    "Paulo Reis -> Chile",
  ],
  // A portfolio in the title is not the body holding the post.
  ["The U.S. Treasury said so. Treasury Secretary Jon Hale spoke to Britain.", "Jon Hale -> U.S. Treasury"],
  // An apposition that is not a title.
  ["Anna Berg, a mother of three, said Sweden would vote.", "Anna Berg -> Sweden"],
];

describe("extraction positions", () => {
  describe("HOLDS_POSITION", () => {
    for (const [text, expected] of HOLDS) {
      it(`finds ${expected} in "${text}"`, () => {
        expect(relationsOf(text, "HOLDS_POSITION")).toContain(expected);
      });
    }
    for (const [text, unexpected] of REFUSED) {
      it(`does not find ${unexpected} in "${text}"`, () => {
        expect(relationsOf(text, "HOLDS_POSITION")).not.toContain(unexpected);
      });
    }
  });
  describe("HOLDS_POSITION of a body's head", () => {
    it("reads '<bloc> chief <name>' as a post in the bloc, not an affiliation", () => {
      // "Santos" is also a city: after a first name it is the surname.
      const text = "The talks stalled, said ASEAN chief Maria Santos on Friday.";
      expect(relationsOf(text, "HOLDS_POSITION")).toContain("Maria Santos -> ASEAN");
      expect(relationsOf(text, "AFFILIATED_WITH")).toEqual([]);
    });
  });
  describe("AFFILIATED_WITH", () => {
    it("reads a role of a few words with 'of' before 'at' the body", () => {
      const found = relationsOf(
        "“Subsidies distort markets,” Tom Reyes, VP of research at the Harbor Policy Institute, told reporters.",
        "AFFILIATED_WITH",
      );
      expect(found).toContain("Tom Reyes -> Harbor Policy Institute");
    });
    it("gives a byline's authors to the wire credited in brackets in the source", () => {
      const analysis = analyseDocument({
        id: "t",
        fileName: "t.txt",
        title: "",
        date: "2025-07-30",
        source: "Orbit Daily (AFP)",
        authors: ["Jane Roe"],
        text: "Jane Roe reports. Tariffs rose on Friday.",
      });
      const name = new Map(analysis.entities.map((e) => [e.id, e.name]));
      const found = analysis.relations
        .filter((r) => r.predicate === "AFFILIATED_WITH")
        .map((r) => `${name.get(r.source)} -> ${name.get(r.target)}`);
      expect(found).toEqual(["Jane Roe -> AFP"]);
    });
    it("reads a role at a firm named after a few describing words", () => {
      const found = relationsOf(
        "“Prices will fall,” said Petra Novak, chief Europe economist at Dutch investment bank Vandermeer.",
        "AFFILIATED_WITH",
      );
      expect(found).toContain("Petra Novak -> Vandermeer");
    });
  });
});

describe("extraction people's names", () => {
  describe("analyseDocument", () => {
    function people(text: string): string[] {
      return analyseDocument({ id: "t", fileName: "t.txt", title: "", date: null, source: null, authors: [], text })
        .entities.filter((e) => e.type === "Person")
        .map((e) => e.name);
    }
    it("joins 'Ms van der Berg' written before the full name to the full name", () => {
      expect(people("Ms van der Berg spoke first. Later Anna van der Berg said the deal held.")).toEqual([
        "Anna van der Berg",
      ]);
    });
    it("joins a name with a middle initial and 'Mr' with the surname to one person", () => {
      expect(people("Paul R. Hanley signed. Paul Hanley spoke later, and Mr Hanley left.")).toHaveLength(1);
    });
    it("does not read an honorific as a post", () => {
      const a = analyseDocument({
        id: "t",
        fileName: "t.txt",
        title: "",
        date: null,
        source: null,
        authors: [],
        text: "Canada cut tariffs. Canada will talk. Canada waits. Mr Paul Hanley said Canada would wait.",
      });
      expect(a.relations.filter((r) => r.predicate === "HOLDS_POSITION")).toEqual([]);
    });
  });
  describe("mergeAnalyses", () => {
    function merged(text: string): string[] {
      const a = analyseDocument({ id: "t", fileName: "t.txt", title: "", date: null, source: null, authors: [], text });
      return mergeAnalyses([a])
        .entities.filter((e) => e.type === "Person")
        .map((e) => e.name);
    }
    it("keeps a one-word name a post names ('PM Kishida') when no full name is given", () => {
      expect(merged("Talks went on between PM Kishida and the visitors. Kishida smiled.")).toEqual(["Kishida"]);
    });
    it("drops a lone capitalised word with no post and no full name", () => {
      expect(merged("Exports rose. Westward went the ships, said Harlow. Harlow left.")).not.toContain("Westward");
    });
  });
});
