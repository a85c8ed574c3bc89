// Round 17 of the producer and buyer readings: precision conditions found on fresh text. A gerund
// that completes a common noun ("tools for refining Y", "methods crucial to making Y") names a kind
// of act nobody in the sentence does: no producer and no buyer is read from it.
// Sentences written for these tests (not copied from any article), positives and refusals.

import { describe } from "vitest";
import { analyseDocument } from "../../../src/extraction/index.ts";
import { factTable, testDocument } from "../../_helpers/documents.ts";

function relations(text: string): string[] {
  const a = analyseDocument(testDocument(text, { date: "2025-06-12" }));
  const names = new Map(a.entities.map((e) => [e.id, e.name]));
  return a.relations.map((r) => `${names.get(r.source)} ${r.predicate} ${names.get(r.target)}`);
}

describe("syntax/predicates: a gerund completing a noun has no doer", () => {
  const positives: [string, string][] = [
    ["Chile mines copper in three northern regions.", "Chile PRODUCES copper"],
    ["Codelta refines copper at three coastal plants.", "Codelta PRODUCES copper"],
    ["Chile wants to be a leader in mining lithium.", "Chile PRODUCES lithium"],
  ];
  const refusals: [string, string][] = [
    // A state's refining is its processing, no production of the good (precision-r29.test.ts).
    ["Chile refines copper at three coastal plants.", "Chile PRODUCES copper"],
    [
      "Japan tightened licensing rules on equipment essential to making semiconductors.",
      "Japan PRODUCES semiconductors",
    ],
    ["Vietnam restricted the sale of methods for refining nickel abroad.", "Vietnam PRODUCES nickel"],
    ["Korea set aside funds for research on methods of making batteries.", "South Korea PRODUCES batteries"],
  ];
  factTable(relations, positives, refusals);
});

describe("rules/trade: what a dominated good is used for is not dominated", () => {
  const positives: [string, string][] = [
    ["Indonesia dominates the world market for nickel and cobalt, officials said.", "Indonesia DOMINATES cobalt"],
    ["China dominates the supply chain for tungsten, analysts say.", "China DOMINATES tungsten"],
  ];
  const refusals: [string, string][] = [
    [
      "China dominates the global trade in gallium, used in radar chips and solar panels.",
      "China DOMINATES solar panels",
    ],
    ["Chile dominates the market for lithium needed for batteries.", "Chile DOMINATES batteries"],
    [
      "China dominates the refining of graphite, a mineral essential to electric vehicles.",
      "China DOMINATES electric vehicles",
    ],
  ];
  factTable(relations, positives, refusals);
});

describe("syntax/predicates: an act a good is needed or used for has no doer", () => {
  const positives: [string, string][] = [["Peru wants to produce more copper next year.", "Peru PRODUCES copper"]];
  const refusals: [string, string][] = [
    ["Vietnam limited exports of tungsten, needed to make drill bits and armour.", "Vietnam PRODUCES armour"],
    ["Beijing curbed sales of antimony, used to make ammunition.", "China PRODUCES ammunition"],
  ];
  factTable(relations, positives, refusals);
});

describe("syntax/predicates: a state's adjective before one producer is the firm's home", () => {
  const positives: [string, string][] = [
    ["Indonesian nickel smelters have raised output this year.", "Indonesia PRODUCES nickel"],
  ];
  const refusals: [string, string][] = [
    ["Korean investors bought a stake in a Canadian graphite miner.", "Canada PRODUCES graphite"],
    ["Two banks will lend to a Brazilian lithium producer.", "Brazil PRODUCES lithium"],
  ];
  factTable(relations, positives, refusals);
});

describe("rules/trade, syntax/predicates: a state's producers named by frame", () => {
  const positives: [string, string][] = [
    ["As one of the biggest tin producers in Asia, Malaysia has tightened its rules.", "Malaysia PRODUCES tin"],
    ["As the world's second producer of cobalt, Indonesia wants a say on prices.", "Indonesia PRODUCES cobalt"],
    ["Mexico's steel makers fear the new quotas.", "Mexico PRODUCES steel"],
  ];
  const refusals: [string, string][] = [
    ["As a large buyer of copper, Japan wants stable prices.", "Japan PRODUCES copper"],
    ["As copper producers struggle with costs, Peru has offered help.", "Peru PRODUCES copper"],
    ["Chile's biggest lithium miner Andera cut its forecast.", "Chile PRODUCES lithium"],
  ];
  factTable(relations, positives, refusals);
});

describe("rules/predicates: output secured from another firm is bought, not made", () => {
  const positives: [string, string][] = [
    [
      "Norvale Motors signed a long-term offtake contract with Keystone Lithium to secure half its output of lithium.",
      "Norvale Motors PURCHASES lithium",
    ],
  ];
  const refusals: [string, string][] = [
    [
      "Norvale Motors signed a long-term offtake contract with Keystone Lithium to secure half its output of lithium.",
      "Norvale Motors PRODUCES lithium",
    ],
    ["Harlow Mining raised its output of cobalt last year.", "Harlow Mining PURCHASES cobalt"],
  ];
  factTable(relations, positives, refusals);
});

describe("rules/predicates: a state exporting a mineral produces it, not any good it ships", () => {
  const positives: [string, string][] = [["Bolivia exported 40,000 tonnes of tin last year.", "Bolivia PRODUCES tin"]];
  const refusals: [string, string][] = [
    ["Mexico exported 300,000 cars to Canada in 2024.", "Mexico PRODUCES cars"],
    ["Singapore exports refined fuels to its neighbours.", "Singapore PRODUCES refined fuels"],
  ];
  factTable(relations, positives, refusals);
});

describe("rules/trade: an export measure only considered restricts nothing", () => {
  const positives: [string, string][] = [
    ["Peru imposed export controls on copper concentrate in March.", "Peru RESTRICTED_EXPORT copper concentrate"],
  ];
  const refusals: [string, string][] = [
    [
      "The EU is also weighing new rules for aluminium, as well as export duties on scrap metal.",
      "European Union RESTRICTED_EXPORT scrap metal",
    ],
    ["Ghana is considering export curbs on bauxite, officials said.", "Ghana RESTRICTED_EXPORT bauxite"],
  ];
  factTable(relations, positives, refusals);
});
