// Round 9 of the goods phrasings: a two-word approximation ("more than 70%", "at least half", "up
// to 40%") opens a noun phrase the way "about" and "over" do, so a share written with it is read
// as the verb's object ("supplies more than 70% of the world's cobalt").
// A producer, output or export-measure phrase that closes a list of goods ("copper, cobalt and zinc
// producer X", "its gallium, germanium and graphite export controls") is about every bare good of
// the list, not only the one inside the phrase (role "goods-before").
// An export measure followed by a verb of covering names its goods after the verb, past relative
// clauses on the measure whose maker it reads ("the export bans that China imposed …, which
// included A, B and C"; "Beijing's export ban covers A and B").
// The firm on the other side of an offtake sells its own output, when the direction is plain: the
// one signing is a state, or the firm's name says what it digs; lists on both sides pair in order.
// A law's year is part of its name ("the Defense Production Act of 1950"), and the law named
// again without it is the same law.
// "AI chip" in the singular, before another noun ("AI chip exports"), is the AI chips product.
// Sentences written for these tests (not copied from any article), positives and refusals.

import { describe, expect, it } from "vitest";
import { analyseDocument } from "../../../src/extraction/index.ts";
import { testDocument } from "../../_helpers/documents.ts";

function lines(text: string): string[] {
  const a = analyseDocument(testDocument(text, { date: "2025-06-12" }));
  const names = new Map(a.entities.map((e) => [e.id, e.name]));
  return a.relations.map((r) => `${names.get(r.source)} ${r.predicate} ${names.get(r.target)}`);
}

function policies(text: string): string[] {
  return analyseDocument(testDocument(text, { date: "2025-06-12" }))
    .entities.filter((e) => e.type === "Policy")
    .map((e) => e.name);
}

function only(predicate: string, text: string): string[] {
  return lines(text).filter((l) => l.includes(` ${predicate} `));
}

describe("syntax/clauses", () => {
  describe("nounPhrase (a two-word approximation opens the phrase)", () => {
    const positives: [string, string][] = [
      ["The DRC supplies more than 70% of the world's cobalt.", "DR Congo DOMINATES cobalt"],
      [
        "Indonesia, which refines more than 60 percent of global nickel output, banned ore exports.",
        "Indonesia DOMINATES nickel",
      ],
      ["Guinea accounts for more than half of global bauxite exports.", "Guinea DOMINATES bauxite"],
      ["China processes at least 90% of the world's rare earths, officials said.", "China DOMINATES rare earths"],
    ];
    for (const [text, line] of positives)
      it(`finds ${line} in "${text}"`, () => {
        expect(only("DOMINATES", text)).toContain(line);
      });
    const refusals: string[] = [
      "Chile mines less than 30% of the world's copper.",
      "Peru supplies fewer than 10 percent of the world's zinc.",
      "Vietnam exports up to 20% of its rice to the Philippines.",
    ];
    for (const text of refusals)
      it(`gives no dominance in "${text}"`, () => {
        expect(only("DOMINATES", text)).toEqual([]);
      });
  });
});

describe("syntax/predicates", () => {
  describe("listedGoodsBefore (the goods of the list a trigger phrase closes)", () => {
    const positives: [string, string, string][] = [
      ["PRODUCES", "Copper, cobalt and zinc producer Glencore cut its forecast.", "Glencore PRODUCES cobalt"],
      ["PRODUCES", "Copper, cobalt and zinc producer Glencore cut its forecast.", "Glencore PRODUCES copper"],
      ["PRODUCES", "Brazilian iron ore and nickel miner Vale said profit rose.", "Vale PRODUCES iron ore"],
      ["PRODUCES", "Steel and aluminium maker Nippon Steel posted a loss.", "Nippon Steel PRODUCES steel"],
      [
        "RESTRICTED_EXPORT",
        "China tightened its gallium, germanium and graphite export controls.",
        "China RESTRICTED_EXPORT gallium",
      ],
    ];
    for (const [predicate, text, line] of positives)
      it(`finds ${line} in "${text}"`, () => {
        expect(only(predicate, text)).toContain(line);
      });
    it("leaves a firm of the list out of the goods", () => {
      const found = only("PRODUCES", "Albemarle and lithium producer SQM rose on Monday.");
      expect(found).toContain("SQM PRODUCES lithium");
      expect(found.filter((l) => !l.endsWith(" lithium"))).toEqual([]);
    });
    it("keeps a good qualified by another firm's name out", () => {
      expect(only("PRODUCES", "Tesla's batteries and chip maker Infineon were cited.")).not.toContain(
        "Infineon PRODUCES batteries",
      );
    });
    it("reads the list only for goods rows, not for the buyer of exports", () => {
      expect(only("PURCHASES", "A 25% tariff on cars, steel and aluminum exports to the U.S. stays.")).not.toContain(
        "United States PURCHASES cars",
      );
    });
  });
});

describe("rules/predicates", () => {
  describe("MEASURE_VERBS (strengthening, toughening, reinstating a measure is making it)", () => {
    const positives: [string, string][] = [
      [
        "Indonesia and Japan met in May. Indonesia said it was strengthening export controls on nickel ore and bauxite.",
        "Indonesia RESTRICTED_EXPORT bauxite",
      ],
      [
        "Zambia has toughened its export restrictions on copper concentrate.",
        "Zambia RESTRICTED_EXPORT copper concentrate",
      ],
      ["Myanmar reinstated an export ban on rare earths in March.", "Myanmar RESTRICTED_EXPORT rare earths"],
    ];
    for (const [text, line] of positives)
      it(`finds ${line} in "${text}"`, () => {
        expect(only("RESTRICTED_EXPORT", text)).toContain(line);
      });
    it("does not read strengthened ties as a measure", () => {
      expect(only("RESTRICTED_EXPORT", "Peru strengthened ties with Chile on copper.")).toEqual([]);
    });
  });
});

describe("rules/trade", () => {
  describe("coveredByMeasure (the goods an export measure covers)", () => {
    const positives: [string, string][] = [
      [
        "The metal export bans that China imposed on the US in December, which included gallium, antimony and so-called superhard materials, were tougher.",
        "China RESTRICTED_EXPORT superhard materials",
      ],
      ["China's export ban covers gallium and germanium.", "China RESTRICTED_EXPORT germanium"],
      [
        "Zimbabwe's new export quota, which took effect in May, includes lithium and tin.",
        "Zimbabwe RESTRICTED_EXPORT tin",
      ],
      [
        "The export curbs that Indonesia announced in January cover nickel ore and bauxite.",
        "Indonesia RESTRICTED_EXPORT bauxite",
      ],
    ];
    for (const [text, line] of positives)
      it(`finds ${line} in "${text}"`, () => {
        expect(only("RESTRICTED_EXPORT", text)).toContain(line);
      });
    const refusals: string[] = [
      "The EU's import ban covers Russian oil.",
      "The export controls, which the US says protect security, include chips.",
      "Chile's export data covers copper and lithium.",
    ];
    for (const text of refusals)
      it(`gives no export restriction in "${text}"`, () => {
        expect(only("RESTRICTED_EXPORT", text)).toEqual([]);
      });
  });

  describe("offtakeSellers (the seller of an offtake produces the goods)", () => {
    const positives: [string, string][] = [
      [
        "Japan signed offtake agreements for lithium and graphite with Andean Brine Corp and Tanzanian Flake Graphite.",
        "Andean Brine Corp PRODUCES lithium",
      ],
      [
        "Japan signed offtake agreements for lithium and graphite with Andean Brine Corp and Tanzanian Flake Graphite.",
        "Tanzanian Flake Graphite PRODUCES graphite",
      ],
      ["Ford signed a nickel offtake deal with Kalgoorlie Nickel Mining.", "Kalgoorlie Nickel Mining PRODUCES nickel"],
      [
        "The European Union struck an offtake deal for cobalt with Katanga Cobalt Ltd.",
        "Katanga Cobalt Ltd. PRODUCES cobalt",
      ],
    ];
    for (const [text, line] of positives)
      it(`finds ${line} in "${text}"`, () => {
        expect(only("PRODUCES", text)).toContain(line);
      });
    it("pairs a list of goods with a list of sellers in order, not crosswise", () => {
      const found = only(
        "PRODUCES",
        "Japan signed offtake agreements for lithium and graphite with Andean Brine Corp and Tanzanian Flake Graphite.",
      );
      expect(found).not.toContain("Andean Brine Corp PRODUCES graphite");
      expect(found).not.toContain("Tanzanian Flake Graphite PRODUCES lithium");
    });
    it("leaves a firm-to-firm offtake whose seller is not plain out", () => {
      expect(
        only("PRODUCES", "Piedmont Holdings signed a lithium offtake agreement with Rivian Automotive Inc."),
      ).toEqual([]);
    });
  });
});

describe("stages/03-mentions", () => {
  describe("nameHead (a law's year is in its name)", () => {
    it("keeps the year of a law in its name", () => {
      expect(policies("Washington invoked the Defense Production Act of 1950 to fund magnet plants.")).toEqual([
        "Defense Production Act of 1950",
      ]);
      expect(policies("The controls date back to the Export Administration Act of 1979.")).toContain(
        "Export Administration Act of 1979",
      );
    });
    it("reads the law named again without its year as the same law", () => {
      expect(
        policies(
          "Duties were set under the Trade Expansion Act of 1962. Critics say the Trade Expansion Act gives the president wide powers.",
        ),
      ).toEqual(["Trade Expansion Act of 1962"]);
    });
    it("does not take a year after another name's head", () => {
      expect(policies("The Summit of 2019 was held in Osaka.")).toEqual([]);
    });
  });
});

describe("lexicon/commodities", () => {
  describe("PRODUCTS (AI chips in the singular)", () => {
    const positives: [string, string][] = [
      ["South Korea restricted AI chip exports to Russia in 2023.", "South Korea RESTRICTED_EXPORT AI chips"],
      [
        "The Netherlands imposed export controls on every advanced GPU model.",
        "Netherlands RESTRICTED_EXPORT AI chips",
      ],
    ];
    for (const [text, line] of positives)
      it(`finds ${line} in "${text}"`, () => {
        expect(only("RESTRICTED_EXPORT", text)).toContain(line);
      });
    it("keeps plain chips apart from AI chips", () => {
      expect(only("RESTRICTED_EXPORT", "Japan restricted memory chip exports to Russia.")).not.toContain(
        "Japan RESTRICTED_EXPORT AI chips",
      );
    });
  });
});
