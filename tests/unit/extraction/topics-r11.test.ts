// Round 11 of the topics area (tariffs, export measures, what meetings discussed): general frames,
// not phrasings. A preposition that opens a clause ("after X threatened …") gives its object as the
// clause's subject, so a threat is its speaker's, not the main clause's subject's.
// Sentences written for these tests (not copied from any article), positives and refusals.

import { describe, expect, it } from "vitest";
import { analyseDocument } from "../../../src/extraction/index.ts";
import { testDocument } from "../../_helpers/documents.ts";

function analyse(text: string) {
  const a = analyseDocument(testDocument(text, { date: "2025-06-12" }));
  const names = new Map(a.entities.map((e) => [e.id, e.name]));
  return {
    entities: a.entities.map((e) => `${e.type} ${e.name}`),
    relations: a.relations.map((r) => `${names.get(r.source)} ${r.predicate} ${names.get(r.target)}`),
  };
}

describe("syntax/clauses: 'after' / 'before' opening a clause", () => {
  const cases: [string, string, string][] = [
    [
      "Mexican President Maria Lopez spoke on Monday. Trade Minister Paul Okafor and Finance Minister Ana Ruiz of Nigeria will travel to Mexico City to calm tensions after Lopez threatened 40% tariffs on Nigerian goods.",
      "Maria Lopez THREATENED_TARIFF Nigeria",
      "Paul Okafor THREATENED_TARIFF Nigeria",
    ],
    [
      "Japanese Prime Minister Kenji Sato spoke on Monday. Canadian envoy Mark Dubois flew home early before Sato threatened new duties on Canadian steel.",
      "Kenji Sato THREATENED_TARIFF Canada",
      "Mark Dubois THREATENED_TARIFF Canada",
    ],
  ];
  for (const [text, want, refused] of cases)
    it(`reads "${want}", not "${refused}"`, () => {
      const a = analyse(text);
      expect(a.relations).toContain(want);
      expect(a.relations).not.toContain(refused);
    });
});

describe("a denied tariff (a negated clause whose object or attachment is the tariff)", () => {
  const refused: [string, string][] = [
    [
      "Brazil and Canada held talks in Ottawa on Monday. Brazilian Trade Minister Rui Costa said Brazil is not answering with duties against Canada.",
      "Brazil IMPOSED_TARIFF Canada",
    ],
    [
      "Norway and India held talks in Oslo on Monday. Norway has not put any levies on Indian steel, officials said.",
      "Norway IMPOSED_TARIFF India",
    ],
  ];
  for (const [text, relation] of refused)
    it(`refuses "${relation}" in "${text}"`, () => {
      expect(analyse(text).relations).not.toContain(relation);
    });
  const kept: [string, string][] = [
    [
      "Brazil and Canada held talks in Ottawa on Monday. Brazil answered with duties against Canada, officials said.",
      "Brazil IMPOSED_TARIFF Canada",
    ],
    [
      "Norway and India held talks in Oslo on Monday. The tariffs Norway put on Indian steel did not stop trade.",
      "Norway IMPOSED_TARIFF India",
    ],
  ];
  for (const [text, relation] of kept)
    it(`keeps "${relation}" in "${text}"`, () => {
      expect(analyse(text).relations).toContain(relation);
    });
});

describe("tariff targets coordinated, makers past a time phrase", () => {
  const cases: [string, string[], string[]][] = [
    [
      "Peru and Chile held talks in Lima on Monday. U.S. President Donald Trump earlier this month declared a 30% tariff on imports from Peru and Chile.",
      ["United States IMPOSED_TARIFF Peru", "United States IMPOSED_TARIFF Chile"],
      ["Chile IMPOSED_TARIFF Peru", "Peru IMPOSED_TARIFF Chile"],
    ],
    [
      "Egypt and Kenya held talks in Cairo on Monday. Kenyan President Grace Wanjiru on Tuesday announced duties on Egyptian cement.",
      ["Kenya IMPOSED_TARIFF Egypt"],
      [],
    ],
  ];
  for (const [text, wanted, refused] of cases)
    it(`reads ${wanted.join(", ")} in "${text}"`, () => {
      const a = analyse(text);
      for (const w of wanted) expect(a.relations).toContain(w);
      for (const r of refused) expect(a.relations).not.toContain(r);
    });
});

describe("discussed-topic: raising an amount is no topic", () => {
  const refused: [string, string][] = [
    ["Vietnam raised its output of tungsten last year.", "Vietnam DISCUSSED tungsten"],
    ["Argentina raised the price of lithium carbonate in March.", "Argentina DISCUSSED lithium carbonate"],
    ["Vietnamese Minister Linh Tran did not raise concerns over tungsten.", "Linh Tran DISCUSSED tungsten"],
  ];
  for (const [text, relation] of refused)
    it(`refuses "${relation}" in "${text}"`, () => {
      expect(analyse(text).relations).not.toContain(relation);
    });
  const kept: [string, string][] = [
    ["Vietnamese Minister Linh Tran raised concerns over tungsten.", "Linh Tran DISCUSSED tungsten"],
    ["Argentina addressed lithium supplies at length.", "Argentina DISCUSSED lithium"],
    ["Kenya voiced worries about the cobalt export ban.", "Kenya DISCUSSED cobalt"],
  ];
  for (const [text, relation] of kept)
    it(`keeps "${relation}" in "${text}"`, () => {
      expect(analyse(text).relations).toContain(relation);
    });
});

describe("policies: a state's strategy, programme or decree named by its words", () => {
  const cases: [string, string][] = [
    ["Bolivia adopted a national lithium strategy last year.", "Policy Bolivia national lithium strategy"],
    ["Ghana's bauxite development programme attracted investors.", "Policy Ghana bauxite development programme"],
  ];
  for (const [text, entity] of cases)
    it(`finds ${entity} in "${text}"`, () => {
      expect(analyse(text).entities).toContain(entity);
    });
  const refused: [string, string][] = [
    ["The company's growth strategy relies on copper.", "Policy"],
    ["A strategy for the region is needed, analysts said.", "Policy"],
  ];
  for (const [text, type] of refused)
    it(`names no ${type} in "${text}"`, () => {
      expect(analyse(text).entities.filter((e) => e.startsWith(`${type} `))).toEqual([]);
    });
});

describe("threatened or imposed: a tariff still to start, a conditional blow", () => {
  const cases: [string, string, string][] = [
    [
      "Peru and Mexico trade barbs. Mexican President Luis Vega said he would slap a 30% tariff on Peru starting July 1.",
      "Luis Vega THREATENED_TARIFF Peru",
      "Mexico IMPOSED_TARIFF Peru",
    ],
    [
      "Peru and Mexico trade barbs. Peru's exports could be hit by 30% Mexican tariffs from July.",
      "Mexico THREATENED_TARIFF Peru",
      "Mexico IMPOSED_TARIFF Peru",
    ],
    [
      "Peru and Mexico trade barbs. Peru was hit by Mexican tariffs last year.",
      "Mexico IMPOSED_TARIFF Peru",
      "Mexico THREATENED_TARIFF Peru",
    ],
    [
      "Peru and Mexico trade barbs. Mexico said it would cut tariffs on Peruvian goods from 30% to 10%.",
      "Mexico IMPOSED_TARIFF Peru",
      "Mexico THREATENED_TARIFF Peru",
    ],
  ];
  for (const [text, want, refused] of cases)
    it(`reads "${want}", not "${refused}", in "${text}"`, () => {
      const a = analyse(text);
      expect(a.relations).toContain(want);
      expect(a.relations).not.toContain(refused);
    });
});

describe("policies: a capitalised name before a plain 'deal' or 'agreement'", () => {
  const cases: [string, string][] = [
    ["Both sides honoured the Phase Two deal last year.", "Policy Phase Two deal"],
    ["Officials are drafting a Digital Trade agreement with Oslo.", "Policy Digital Trade agreement"],
  ];
  for (const [text, entity] of cases)
    it(`finds ${entity} in "${text}"`, () => {
      expect(analyse(text).entities).toContain(entity);
    });
  const refused: string[] = [
    "Officials said the March agreement still held.",
    "Investors cheered the Friday deal between the firms.",
  ];
  for (const text of refused)
    it(`names no Policy in "${text}"`, () => {
      expect(analyse(text).entities.filter((e) => e.startsWith("Policy "))).toEqual([]);
    });
});

describe("threats: an infinitive on a noun of threat, a tariff on a condition", () => {
  const cases: [string, string, string][] = [
    [
      "Chile and Mexico trade barbs. Mexican President Luis Vega spoke. Vega's threat to triple tariffs on Chile alarmed exporters.",
      "Mexico THREATENED_TARIFF Chile",
      "Mexico IMPOSED_TARIFF Chile",
    ],
    [
      "Chile and Mexico trade barbs. Mexican President Luis Vega spoke. Vega said Chile will face higher tariffs unless it cuts its subsidies.",
      "Mexico THREATENED_TARIFF Chile",
      "Mexico IMPOSED_TARIFF Chile",
    ],
    [
      "Chile and Mexico trade barbs. Mexico tripled tariffs on Chile in May, so exporters suffered.",
      "Mexico IMPOSED_TARIFF Chile",
      "Mexico THREATENED_TARIFF Chile",
    ],
  ];
  for (const [text, want, refused] of cases)
    it(`reads "${want}", not "${refused}", in "${text}"`, () => {
      const a = analyse(text);
      expect(a.relations).toContain(want);
      expect(a.relations).not.toContain(refused);
    });
});

describe("threats: the person who warns that a state could face tariffs", () => {
  const story = "Chile and Mexico trade barbs. Mexican President Luis Vega spoke on Monday.";
  it("gives the warning person the threat, with his state", () => {
    const a = analyse(`${story} Vega warned that Chile could face tariffs of up to 60%.`);
    expect(a.relations).toContain("Luis Vega THREATENED_TARIFF Chile");
    expect(a.relations).toContain("Mexico THREATENED_TARIFF Chile");
  });
  it("gives no threat to a person who only reports it", () => {
    const a = analyse(`${story} Vega said that Chile could face tariffs of up to 60%.`);
    expect(a.relations).not.toContain("Luis Vega THREATENED_TARIFF Chile");
  });
  it("gives no threat to a person who did not warn", () => {
    const a = analyse(`${story} Vega never warned that Chile could face tariffs.`);
    expect(a.relations).not.toContain("Luis Vega THREATENED_TARIFF Chile");
  });
});
