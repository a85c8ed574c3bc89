// Round 16b of the producer phrasings, frames rather than phrasings: the state an output noun is
// "in" makes the goods before the noun ("to lift copper and zinc output in Peru"); a firm named in
// apposition to (or after the copula with) a "company / firm / group" phrase makes the goods that
// phrase names before its noun ("X, a Denver-based magnet firm,"), unless the phrase names a
// trader, a financier, a recycler or an explorer.
// Sentences written for these tests (not copied from any article), positives and refusals.

import { describe, expect, it } from "vitest";
import { analyseDocument } from "../../../src/extraction/index.ts";
import { factTable, testDocument } from "../../_helpers/documents.ts";

function relations(text: string): string[] {
  const a = analyseDocument(testDocument(text, { date: "2025-06-12" }));
  const names = new Map(a.entities.map((e) => [e.id, e.name]));
  return a.relations.map((r) => `${names.get(r.source)} ${r.predicate} ${names.get(r.target)}`);
}

describe("rules/predicates: output in a country", () => {
  const positives: [string, string][] = [
    ["The loan is meant to raise copper and cobalt output in Zambia by 2030.", "Zambia PRODUCES cobalt"],
    ["Lower nickel production in Indonesia lifted prices last quarter.", "Indonesia PRODUCES nickel"],
  ];
  const refusals: [string, string][] = [
    ["Analysts said lithium prices in Chile fell as output slowed.", "Chile PRODUCES lithium"],
    ["Imports of steel rose while Chinese demand for tin output in Peru stayed weak.", "Peru PRODUCES steel"],
  ];
  factTable(relations, positives, refusals);
});

describe("rules/predicates: a firm named by the goods it makes", () => {
  const positives: [string, string][] = [
    [
      "Harbor Metals, a Denver-based rare earth company, said on Monday it had raised new funds.",
      "Harbor Metals PRODUCES rare earths",
    ],
    [
      "Varna Mining, the world's second-largest cobalt-producing company, reported results.",
      "Varna Mining PRODUCES cobalt",
    ],
  ];
  const refusals: [string, string][] = [
    ["Kolby Partners, a London-based copper trading firm, cut its staff.", "Kolby Partners PRODUCES copper"],
    ["Seren Holdings, a lithium investment company, bought two stakes.", "Seren Holdings PRODUCES lithium"],
    ["Ostra Ltd, a battery recycling company, opened an office in Texas.", "Ostra Ltd PRODUCES batteries"],
  ];
  factTable(relations, positives, refusals);
});

describe("stages/02-tokens, syntax/clauses: an exchange ticker after a firm's name", () => {
  it("keeps the sentence whole and the firm's name clean", () => {
    const a = analyseDocument(
      testDocument(
        "Quotas have support from Korvex Mining KVX.L, the world's second-largest cobalt-producing company.",
        {
          date: "2025-06-12",
        },
      ),
    );
    expect(a.entities.map((e) => e.name)).toContain("Korvex Mining");
    expect(a.entities.map((e) => e.name)).not.toContain("Korvex Mining KVX.L");
  });
  const positives: [string, string][] = [
    [
      "Quotas have support from Korvex Mining KVX.L, the world's second-largest cobalt-producing company.",
      "Korvex Mining PRODUCES cobalt",
    ],
    [
      "Investors backed Tallis Group 601234.SS, a Shanghai-based lithium company, on Friday.",
      "Tallis Group PRODUCES lithium",
    ],
  ];
  factTable(relations, positives);
  it("does not glue a sentence's end to the next capital word", () => {
    const a = analyseDocument(
      testDocument("Output rose at Korvex Mining. The firm said more.", { date: "2025-06-12" }),
    );
    expect(a.entities.map((e) => e.name)).toContain("Korvex Mining");
  });
});
