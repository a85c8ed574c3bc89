// Round 20 of the producer readings. A firm's sites and lines of business named by what they yield,
// with the firm written after them ("the zinc and lead operations of X", "graphite plants are being
// built at X"), as the possessive row reads "X's zinc mines"; a state after "of" is where the sites
// are, not who works them; a site "developed / built by X" is X's, one "financed / bought by X" is not.
// And "reliance / dependence on X, which dominates Y": the relative pronoun after a noun of
// dependence stands for X (the clause layer's reading), so the dominance rows read X. Sentences written for these tests (not copied from any article),
// positives and refusals.

import { describe } from "vitest";
import { analyseDocument } from "../../../src/extraction/index.ts";
import { factTable, testDocument } from "../../_helpers/documents.ts";

function relations(text: string): string[] {
  const a = analyseDocument(testDocument(text, { date: "2025-06-12" }));
  const names = new Map(a.entities.map((e) => [e.id, e.name]));
  return a.relations.map((r) => `${names.get(r.source)} ${r.predicate} ${names.get(r.target)}`);
}

describe("rules/predicates: the Y operations / mines / plants of firm X; Y plants at firm X", () => {
  const positives: [string, string][] = [
    [
      "Investors are eyeing the zinc and silver operations of Australian miner Quenridge Resources.",
      "Quenridge Resources PRODUCES zinc",
    ],
    [
      "Investors are eyeing the zinc and silver operations of Australian miner Quenridge Resources.",
      "Quenridge Resources PRODUCES silver",
    ],
    ["Graphite plants are being built at Harlow Metals and Tessaly Mining.", "Tessaly Mining PRODUCES graphite"],
    ["The cobalt refinery of Harlow Metals restarted last week.", "Harlow Metals PRODUCES cobalt"],
    ["Graphite plants are being developed by Harlow Metals in the north.", "Harlow Metals PRODUCES graphite"],
  ];
  const refusals: [string, string][] = [
    ["The copper mines of Peru employ thousands of workers.", "Peru PRODUCES copper"],
    ["The lithium recycling plant of Harlow Metals opened in May.", "Harlow Metals PRODUCES lithium"],
    ["Harlow Metals bought shares in the nickel trading business.", "Harlow Metals PRODUCES nickel"],
    ["The lithium project is financed by Tessaly Capital.", "Tessaly Capital PRODUCES lithium"],
    ["The zinc mine was bought by Tessaly Mining last year.", "Tessaly Mining PRODUCES zinc"],
  ];
  factTable(relations, positives, refusals);
});

describe("syntax/clauses: 'dependence on X, which …' — the relative tells of X", () => {
  const positives: [string, string][] = [
    ["The plan aims to cut reliance on Brazil, which dominates the market for niobium.", "Brazil DOMINATES niobium"],
    ["Buyers fear dependence on Chile, which controls 60% of the supply of iodine.", "Chile DOMINATES iodine"],
  ];
  const refusals: [string, string][] = [
    ["The tariffs on Brazil, which dominates the market for niobium, rose.", "Brazil DOMINATES niobium"],
    ["The plan aims to cut reliance on imports, which dominate the market for niobium.", "Brazil DOMINATES niobium"],
  ];
  factTable(relations, positives, refusals);
});
