// Round 19 of the producer readings. A good made, mined or refined "in" a state, in the passive, is
// that state's production ("most of the world's X is refined in Y"); not a city or a site after "in",
// nor firms making a good in a state (the active tells another's plant). And the agent-noun production row ("Y producer X", "X, a major
// producer of Y") read "major" as the noun of "the copper major X" even where it is the adjective of
// a noun of the buying and using class ("a major buyer of Y", "a major importer of Y"): a buyer is
// no producer. Sentences written for these tests (not copied from any article), positives and refusals.

import { describe } from "vitest";
import { analyseDocument } from "../../../src/extraction/index.ts";
import { factTable, testDocument } from "../../_helpers/documents.ts";

function relations(text: string): string[] {
  const a = analyseDocument(testDocument(text, { date: "2025-06-12" }));
  const names = new Map(a.entities.map((e) => [e.id, e.name]));
  return a.relations.map((r) => `${names.get(r.source)} ${r.predicate} ${names.get(r.target)}`);
}

describe("rules/predicates: 'major' before a noun of buying is an adjective, not a producer", () => {
  const positives: [string, string][] = [
    ["Chile is a major producer of copper and exports most of it.", "Chile PRODUCES copper"],
    ["Quenridge Resources, a major producer of cobalt, posted a profit.", "Quenridge Resources PRODUCES cobalt"],
    ["South Korea is a major buyer of Australian lithium.", "South Korea PURCHASES lithium"],
    ["Japan, a major importer of Australian coal, raised its orders.", "Japan PURCHASES coal"],
  ];
  const refusals: [string, string][] = [
    ["South Korea is a major buyer of Australian lithium.", "South Korea PRODUCES lithium"],
    ["South Korea is a major buyer of lithium.", "South Korea PRODUCES lithium"],
    ["Japan, a major importer of Australian coal, raised its orders.", "Japan PRODUCES coal"],
    ["Vietnam has become a major customer of Chilean copper.", "Vietnam PRODUCES copper"],
  ];
  factTable(relations, positives, refusals);
});

describe("rules/predicates: a good made / mined / refined in a state (the passive)", () => {
  const positives: [string, string][] = [
    ["About 90% of the world's magnets are made in China.", "China PRODUCES magnets"],
    ["Nearly 80 percent of global tungsten is mined in China, analysts estimate.", "China PRODUCES tungsten"],
    ["Half of the laptops on sale in Europe are assembled in Vietnam.", "Vietnam PRODUCES laptops"],
  ];
  const refusals: [string, string][] = [
    ["Harlow Metals refined the cobalt at its new plant in Finland.", "Finland PRODUCES cobalt"],
    ["Regulators made it harder for Korean firms to produce chips in China.", "China PRODUCES semiconductors"],
    ["The magnets were not made in Japan, the customs office said.", "Japan PRODUCES magnets"],
    ["Lithium refined in Nevada will be sold to carmakers.", "Nevada PRODUCES lithium"],
  ];
  factTable(relations, positives, refusals);
});

describe("rules/predicates: a state or firm named the source of a good; a world rank in either order", () => {
  const positives: [string, string][] = [
    ["Peru is a leading source of zinc for smelters in Asia.", "Peru PRODUCES zinc"],
    ["Brazil remains the biggest global source of niobium.", "Brazil PRODUCES niobium"],
    ["Brazil remains the biggest global source of niobium.", "Brazil DOMINATES niobium"],
    ["Chile is the largest world supplier of copper, analysts say.", "Chile DOMINATES copper"],
  ];
  const refusals: [string, string][] = [
    ["Qatar became Japan's main source of liquefied natural gas.", "Japan PRODUCES liquefied natural gas"],
    ["The mine will become the country's first source of antimony, Canada said.", "Canada PRODUCES antimony"],
    ["Peru is a leading source of zinc for smelters in Asia.", "Peru DOMINATES zinc"],
    ["Chile is the second largest world supplier of copper.", "Chile DOMINATES copper"],
  ];
  factTable(relations, positives, refusals);
});
