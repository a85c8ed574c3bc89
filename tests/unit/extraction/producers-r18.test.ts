// Round 18 of the producer and restriction readings: mechanisms found on fresh text. A measure
// named again ("This prohibition shall apply to …") covers the goods listed after its verb, for
// the state that made it or, named nowhere near, the state the goods are dug in; ores and
// industrial minerals are goods of their own, and a plain-sense metal listed with any of them is
// a mineral. Sentences written for these tests (not copied from any article), positives and refusals.

import { describe } from "vitest";
import { analyseDocument } from "../../../src/extraction/index.ts";
import { factTable, testDocument } from "../../_helpers/documents.ts";

function relations(text: string): string[] {
  const a = analyseDocument(testDocument(text, { date: "2025-06-12" }));
  const names = new Map(a.entities.map((e) => [e.id, e.name]));
  return a.relations.map((r) => `${names.get(r.source)} ${r.predicate} ${names.get(r.target)}`);
}

function minerals(text: string): string[] {
  const a = analyseDocument(testDocument(text, { date: "2025-06-12" }));
  return a.entities.filter((e) => e.type === "Mineral").map((e) => e.name);
}

describe("rules/trade: a measure named again covers the goods after its verb", () => {
  const positives: [string, string][] = [
    [
      "Zambia banned exports of unrefined ore on Monday. The prohibition will apply to copper, cobalt and manganese.",
      "Zambia RESTRICTED_EXPORT cobalt",
    ],
    [
      "The exportation of raw ore from Ghana is hereby prohibited. This prohibition shall apply to all minerals extracted in Ghana, including but not limited to bauxite, manganese and gold.",
      "Ghana RESTRICTED_EXPORT manganese",
    ],
    [
      "The exportation of raw ore from Ghana is hereby prohibited. This prohibition shall apply to all minerals extracted in Ghana, including but not limited to bauxite, manganese and gold.",
      "Ghana RESTRICTED_EXPORT gold",
    ],
    [
      "Exports of unprocessed bauxite from Guinea are now prohibited, the decree says.",
      "Guinea RESTRICTED_EXPORT bauxite",
    ],
  ];
  const refusals: [string, string][] = [
    // No export measure read before: a ban on what is mined is not said to be on its exports.
    [
      "Officials said the ban applies to all minerals mined in Zambia, including copper and cobalt.",
      "Zambia RESTRICTED_EXPORT copper",
    ],
    // Denied: the measure does not reach the goods.
    [
      "Zambia banned exports of unrefined ore on Monday. The prohibition will not apply to copper or cobalt.",
      "Zambia RESTRICTED_EXPORT cobalt",
    ],
    // Goods bought from a state are not that state's restriction.
    [
      "Norway restricted imports of farmed salmon feed. The ban applies to soybeans grown in Brazil.",
      "Brazil RESTRICTED_EXPORT soybeans",
    ],
  ];
  factTable(relations, positives, refusals);
});

describe("lexicon/commodities: ores and industrial minerals are minerals", () => {
  const positives: [string, string][] = [
    ["The quarry ships gypsum, kaolin and vermiculite to cement makers.", "vermiculite"],
    ["Sierra Leone mines rutile, gold and diamonds in its south.", "rutile"],
    ["Sierra Leone mines rutile, gold and diamonds in its south.", "gold"],
    ["Sierra Leone mines rutile, gold and diamonds in its south.", "diamonds"],
  ];
  const refusals: [string, string][] = [
    ["The team won gold at the championships on Sunday.", "gold"],
    ["Jewellers sold polished diamonds at the fair.", "diamonds"],
  ];
  factTable(minerals, positives, refusals, ["finds", "finds no"]);
});

describe("rules/trade: a state named as the origin of trade buys nothing there", () => {
  const positives: [string, string][] = [
    ["Japan will buy more American beef and rice next year.", "Japan PURCHASES beef"],
    ["Mexico's steel imports from Korea rose sharply.", "Mexico PURCHASES steel"],
  ];
  const refusals: [string, string][] = [
    [
      "Beijing said it would impose duties of up to 10% on major Canadian farm imports such as pork, beef and canola.",
      "Canada PURCHASES pork",
    ],
    ["The deal could open new access for Australian beef exports to Japan.", "Australia PURCHASES beef"],
    ["Tariffs on Indian steel imports hurt mills.", "India PURCHASES steel"],
  ];
  factTable(relations, positives, refusals);
});

function goods(text: string): string[] {
  const a = analyseDocument(testDocument(text, { date: "2025-06-12" }));
  return a.entities.filter((e) => e.type === "Product" || e.type === "Mineral").map((e) => `${e.type}:${e.name}`);
}

describe("lexicon/commodities: a kind of a class is its own good, named as the text names it", () => {
  const positives: [string, string][] = [
    ["Ottawa raised duties on brandy, cheese and pickup trucks.", "Product:brandy"],
    ["Ottawa raised duties on brandy, cheese and pickup trucks.", "Product:cheese"],
    ["Ottawa raised duties on brandy, cheese and pickup trucks.", "Product:pickup trucks"],
    ["Qatar ships liquefied natural gas to Asian buyers.", "Product:liquefied natural gas"],
    ["The smelter sells nickel matte and ferronickel to steel mills.", "Product:nickel matte"],
    ["Exports of lithium-ion batteries and solar cells rose.", "Product:solar cells"],
  ];
  const refusals: [string, string][] = [
    ["Ottawa raised duties on brandy, cheese and pickup trucks.", "Product:spirits"],
    ["Ottawa raised duties on brandy, cheese and pickup trucks.", "Product:dairy products"],
    ["The smelter sells nickel matte and ferronickel to steel mills.", "Mineral:nickel matte"],
  ];
  factTable(goods, positives, refusals, ["finds", "finds no"]);
});

describe("syntax/predicates: a firm's own site is named by what it yields", () => {
  const positives: [string, string][] = [
    ["Work at Ostrava Metals' lithium project in Nevada was delayed.", "Ostrava Metals PRODUCES lithium"],
    ["Brightvale Corp's nickel refinery in Sulawesi was shut after a fire.", "Brightvale Corp PRODUCES nickel"],
  ];
  const refusals: [string, string][] = [
    // A recycling plant takes the good in.
    ["Drax Energy's battery recycling plant opened on Monday.", "Drax Energy PRODUCES batteries"],
    // A state's project is not read as the state producing.
    ["Chile's lithium project drew bids from abroad.", "Chile PRODUCES lithium"],
  ];
  factTable(relations, positives, refusals);
});

describe("stages/03-mentions: a good written right after its maker's name is that make", () => {
  const positives: [string, string][] = [
    ["Indonesia pledged to buy 50 Boeing jets as part of the deal.", "Boeing PRODUCES Boeing jets"],
    ["Indonesia pledged to buy 50 Boeing jets as part of the deal.", "Indonesia PURCHASES Boeing jets"],
    ["Sales of Tesla cars fell in Norway.", "Tesla PRODUCES Tesla cars"],
  ];
  const refusals: [string, string][] = [
    // A possessive keeps the class.
    ["Boeing's jets were grounded after the crash.", "Boeing PRODUCES Boeing jets"],
    // A mineral after a firm is no make.
    ["Glencore copper shipments rose.", "Glencore PRODUCES Glencore copper"],
  ];
  factTable(relations, positives, refusals);
});
