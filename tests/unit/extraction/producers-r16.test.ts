// Round 16 of the producer phrasings, mechanisms rather than phrasings: a bare model designation
// after a firm's possessive or before an apposition headed by a product's noun is a Product ("the
// firm's K40", "the K40, the older version of its chip,"); a brand before a good's name stays the
// firm's name when an acronym opens the good ("Zentro AI chips" is Zentro and AI chips); a firm's
// name used as a modifier of a branded good makes it ("orders of Zentro AI chips"); a firm that is
// the subject of its sentence and whose output the sentence measures produces the good measured
// ("X reported record production, with output reaching N tonnes of Y"); "exportation" is an
// export noun as "export" is ("halted the exportation of Y"); a state's adjective before an output
// noun names the producer ("Chinese production of Y", "Indonesian nickel output"); a share of one lot
// is no dominance ("will supply 65% of this metal to X").
// Sentences written for these tests (not copied from any article), positives and refusals.

import { describe, expect, it } from "vitest";
import { analyseDocument } from "../../../src/extraction/index.ts";
import { factTable, testDocument } from "../../_helpers/documents.ts";

function analyse(text: string) {
  const a = analyseDocument(testDocument(text, { date: "2025-06-12" }));
  const names = new Map(a.entities.map((e) => [e.id, e.name]));
  return {
    entities: a.entities.map((e) => `${e.type} ${e.name}`),
    relations: a.relations.map((r) => `${names.get(r.source)} ${r.predicate} ${names.get(r.target)}`),
  };
}

describe("stages/03-mentions: bare model designations", () => {
  const positives: [string, string][] = [
    ["Kestrel Motors Inc. said Kestrel Motors' new H30 sold poorly.", "Product H30"],
    ["Washington loosened controls on AI chips to China like Zentrix's K40.", "Product K40"],
    [
      "Regulators once focused on the K40, the older version of the firm's China-tailored AI chip, the paper said.",
      "Product K40",
    ],
  ];
  const refusals: [string, string][] = [
    ["Zentrix Corp. said Zentrix's Q3 results beat forecasts.", "Product Q3"],
    ["Zentrix Corp. said the firm's H1 profit rose.", "Product H1"],
    ["Delegates met at the G20, the annual summit of leaders, in Johannesburg.", "Product G20"],
    ["The firm said the K40 plant, which opened last year, is idle.", "Product K40"],
  ];
  factTable((text) => analyse(text).entities, positives, refusals, ["finds", "finds no"]);
});

describe("rules/trade: a firm's name before its goods", () => {
  const positives: [string, string, string][] = [
    [
      "Beijing ordered firms to halt purchases of Zentro AI chips and cancel orders.",
      "Company Zentro",
      "Zentro PRODUCES Zentro AI chips",
    ],
    [
      "Sales of Kestrel Motors electric vehicles doubled, Kestrel Motors Inc. said.",
      "Company Kestrel Motors",
      "Kestrel Motors PRODUCES Kestrel Motors electric vehicles",
    ],
    [
      "Kestrel Motors Inc. said Kestrel Motors' new H30 sold poorly.",
      "Product H30",
      "Kestrel Motors Inc. PRODUCES H30",
    ],
  ];
  for (const [text, entity, relation] of positives)
    it(`reads ${relation} in "${text}"`, () => {
      const a = analyse(text);
      expect(a.entities).toContain(entity);
      expect(a.relations).toContain(relation);
    });
  const refusals: [string, string][] = [
    ["Apple Inc. said Apple chip imports rose.", "Apple Inc. PRODUCES semiconductors"],
    ["Zentro Corp. said Zentro smartphone sales in Peru fell.", "Zentro Corp. PRODUCES smartphones"],
  ];
  for (const [text, relation] of refusals)
    it(`does not read ${relation} in "${text}"`, () => {
      expect(analyse(text).relations).not.toContain(relation);
    });
});

describe("rules/trade: the subject firm's measured output", () => {
  const positives: [string, string][] = [
    [
      "Kestrel Lithium reported record annual production at its Ridgeback mine in Brazil, with fourth-quarter output reaching 9,000 tonnes of spodumene concentrate.",
      "Kestrel Lithium PRODUCES spodumene concentrate",
    ],
    [
      "Orvane Mining is now targeting an ambitious copper production goal of 250,000 tons per year by 2030.",
      "Orvane Mining PRODUCES copper",
    ],
    [
      "Halden Metals began commercial production in 2023 and plans to lift annual output to 5,000 metric tons of rare earth oxides by 2027.",
      "Halden Metals PRODUCES rare earth oxide",
    ],
  ];
  const refusals: [string, string][] = [
    [
      "Goldman Sachs expects global copper output to reach 25 million tonnes next year.",
      "Goldman Sachs PRODUCES copper",
    ],
    ["Tesla Inc. agreed to buy 20,000 tonnes of lithium output from Kestrel Lithium.", "Tesla Inc. PRODUCES lithium"],
    [
      "Halden Metals said China's output of 90,000 tonnes of rare earths dwarfs its own.",
      "Halden Metals PRODUCES rare earths",
    ],
    [
      "Orvane Labs seeks to develop lasers to improve one stage of chip production known as lithography.",
      "Orvane Labs PRODUCES semiconductors",
    ],
  ];
  factTable((text) => analyse(text).relations, positives, refusals);
});

describe("rules/predicates: exportation is an export", () => {
  const positives: [string, string][] = [
    ["Zimbabwe halted the exportation of lithium ore in 2021.", "Zimbabwe RESTRICTED_EXPORT lithium ore"],
    [
      "The bill copies what Zimbabwe did in 2019 when it stopped the exportation of lithium ore, and bauxite in 2021.",
      "Zimbabwe RESTRICTED_EXPORT bauxite",
    ],
  ];
  const refusals: [string, string][] = [
    ["Zimbabwe resumed the exportation of lithium ore in 2021.", "Zimbabwe RESTRICTED_EXPORT lithium ore"],
  ];
  factTable((text) => analyse(text).relations, positives, refusals);
});

describe("rules/predicates: a state's adjective before an output noun", () => {
  const positives: [string, string][] = [
    ["Chinese production of heavy rare earths rose last year.", "China PRODUCES heavy rare earths"],
    ["Indonesian nickel output hit a record in May.", "Indonesia PRODUCES nickel"],
  ];
  const refusals: [string, string][] = [
    [
      "The plant will make batteries for American production of electric vehicles.",
      "United States PRODUCES electric vehicles",
    ],
    ["Chinese buyers snapped up Peruvian copper.", "China PRODUCES copper"],
  ];
  factTable((text) => analyse(text).relations, positives, refusals);
});

describe("rules/predicates: a share of one lot is no dominance", () => {
  it("reads no dominance from a share of this lot", () => {
    expect(
      analyse("Kestrel Corp. and Halden Corp. will supply up to 65% of this heavy rare earth to Japan.").relations,
    ).not.toContain("Kestrel Corp. DOMINATES heavy rare earths");
  });
  it("still reads a share of the world's supply", () => {
    expect(analyse("China refines 90% of the world's rare earths.").relations).toContain("China DOMINATES rare earths");
  });
});
