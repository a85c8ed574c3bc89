// Round 8 of the goods phrasings: a buyer is a real buyer only when the clause tells the purchase
// as done — not asked for by the clause it hangs on ("urged Japan to buy", "wants China to buy",
// "demanded that China buy"), not ended ("stopped buying"), not a condition ("if India buys"); the
// object of a verb of asking or letting is the infinitive's agent ("pressed India to buy").
// A dominance whose good is not written after its trigger ("China is by far the world's largest
// producer.", "controls 80% of the market", "its grip on the metal") is of the good the passage is
// about: named earlier in the sentence, else first in the sentence before.
// Sentences written for these tests (not copied from any article), positives and refusals.

import { describe, expect, it } from "vitest";
import { analyseDocument } from "../../../src/extraction/index.ts";
import { testDocument } from "../../_helpers/documents.ts";

function lines(text: string): string[] {
  const a = analyseDocument(testDocument(text, { date: "2025-06-12" }));
  const names = new Map(a.entities.map((e) => [e.id, e.name]));
  return a.relations.map((r) => `${names.get(r.source)} ${r.predicate} ${names.get(r.target)}`);
}

function purchases(text: string): string[] {
  return lines(text).filter((l) => l.includes(" PURCHASES "));
}

describe("syntax/predicates", () => {
  describe("unrealClause (a purchase asked for, ended or conditional)", () => {
    const refusals: string[] = [
      "Trump wants China to buy more American soybeans.",
      "Washington has urged Japan to purchase more liquefied natural gas.",
      "The US has pressed India to stop buying Russian oil.",
      "Trump demanded that China buy more American soybeans.",
      "Brussels asked Vietnam to import more European pork.",
      "If India buys Russian oil, it will face tariffs.",
      "India has stopped buying Russian oil.",
      "Canberra is lobbying Seoul to purchase Australian lithium.",
    ];
    for (const text of refusals)
      it(`gives no purchase in "${text}"`, () => {
        expect(purchases(text)).toEqual([]);
      });
    const positives: [string, string][] = [
      ["China agreed to buy 12 million tons of soybeans this year.", "China PURCHASES soybeans"],
      ["China bought 2 million tons of US soybeans in May.", "China PURCHASES soybeans"],
      ["Japan said it would buy more US rice.", "Japan PURCHASES rice"],
      ["Vietnam imported more European pork in March.", "Vietnam PURCHASES pork"],
    ];
    for (const [text, line] of positives)
      it(`finds ${line} in "${text}"`, () => {
        expect(purchases(text)).toContain(line);
      });
  });

  describe("logical (object control: the object of a verb of asking acts in the infinitive)", () => {
    it("reads the one pressed or allowed, not the one pressing, as the buyer or maker", () => {
      expect(lines("The US has pressed India to stop buying Russian oil.")).not.toContain(
        "United States PURCHASES crude oil",
      );
      expect(lines("Ottawa allowed Larch Metals Inc to mine nickel in Ontario.")).toContain(
        "Larch Metals Inc PRODUCES nickel",
      );
    });
  });
});

describe("syntax/predicates (the passage's good)", () => {
  describe("topicGood (a dominance whose good is elided or an anaphor)", () => {
    const positives: [string, string][] = [
      [
        "Tungsten hardens steel. Peru has not mined the metal since 2015 and China is by far the world's dominant producer.",
        "China DOMINATES tungsten",
      ],
      ["Antimony is used in flame retardants. China controls 80% of the market.", "China DOMINATES antimony"],
      ["Gallium prices rose in May. China's grip on the metal is near total.", "China DOMINATES gallium"],
      ["Lithium prices fell. Australia, the dominant producer, cut output.", "Australia DOMINATES lithium"],
    ];
    for (const [text, line] of positives)
      it(`finds ${line} in "${text}"`, () => {
        expect(lines(text)).toContain(line);
      });
    it("keeps a written good over the passage's", () => {
      const found = lines("Cobalt prices fell. China is the world's dominant producer of solar panels.");
      expect(found).toContain("China DOMINATES solar panels");
      expect(found).not.toContain("China DOMINATES cobalt");
    });
    it("does not take the passage's good for a grip with nothing after it, nor for an indefinite market", () => {
      expect(lines("Gallium prices rose in May. China's grip is near total.")).not.toContain("China DOMINATES gallium");
      expect(lines("Nickel prices fell. China dominates a critical global market.")).not.toContain(
        "China DOMINATES nickel",
      );
    });
  });
});

describe("rules/predicates (purchase rows)", () => {
  describe("PREDICATE_ENTRIES (order, sell / supply to, offtake)", () => {
    const positives: [string, string][] = [
      ["Indonesia ordered 50 Boeing jets last year.", "Indonesia PURCHASES Boeing jets"],
      ["Malaysia sells palm oil to India.", "India PURCHASES palm oil"],
      ["Canada signed offtake agreements for scandium and graphite with Rio Tinto.", "Canada PURCHASES scandium"],
      ["Canada signed offtake agreements for scandium and graphite with Rio Tinto.", "Canada PURCHASES graphite"],
      ["Japan has secured an offtake deal for lithium from Argentina.", "Japan PURCHASES lithium"],
    ];
    for (const [text, line] of positives)
      it(`finds ${line} in "${text}"`, () => {
        expect(purchases(text)).toContain(line);
      });
    it("gives no purchase for a sale asked for, a firm's own offtake deal, or an order of another kind", () => {
      expect(purchases("Washington urged Malaysia to sell palm oil to India.")).toEqual([]);
      expect(purchases("Larch Metals Inc signed an offtake agreement for nickel with Osprey Mining Ltd.")).toEqual([]);
      expect(purchases("Trump ordered the Commerce Department to review chip exports.")).toEqual([]);
    });
    it("reads a buyer, not a consumer: consuming a good is no purchase of it", () => {
      expect(purchases("China is the world's largest consumer of soybeans.")).toEqual([]);
      expect(purchases("China, the world's largest consumer of copper, cut imports from Chile.")).toEqual([]);
      expect(purchases("China is the largest buyer of US soybeans.")).toContain("China PURCHASES soybeans");
    });
  });
});

describe("syntax/clauses", () => {
  describe("readSentence (the attachments of an apposition are phrases too)", () => {
    const positives: [string, string][] = [
      [
        "Larch Metals Inc, one of the world's largest magnet producers, cut prices.",
        "Larch Metals Inc PRODUCES magnets",
      ],
      ["Peru, one of the biggest copper exporters, held elections.", "Peru PRODUCES copper"],
      ["Peru is one of the largest producers of copper.", "Peru PRODUCES copper"],
    ];
    for (const [text, line] of positives)
      it(`finds ${line} in "${text}"`, () => {
        expect(lines(text)).toContain(line);
      });
    it("keeps 'one of the largest' from a dominance", () => {
      expect(lines("Peru is one of the largest producers of copper.")).not.toContain("Peru DOMINATES copper");
      expect(lines("Peru, one of the biggest copper exporters, held elections.")).not.toContain(
        "Peru DOMINATES copper",
      );
    });
  });
});

describe("syntax/predicates (a verb joined to an infinitive)", () => {
  describe("logical (the infinitive's agent is the joined verb's)", () => {
    const positives: [string, string][] = [
      [
        "The deal includes Indonesia's pledge to buy 50 Boeing jets and boost imports of agricultural products.",
        "Indonesia PURCHASES agricultural products",
      ],
      [
        "The accord holds Vietnam's commitment to purchase American corn and increase imports of US pork.",
        "Vietnam PURCHASES pork",
      ],
    ];
    for (const [text, line] of positives)
      it(`finds ${line} in "${text}"`, () => {
        expect(purchases(text)).toContain(line);
      });
    it("does not give the joined verb's act to the sentence's subject", () => {
      expect(
        purchases(
          "The deal includes Indonesia's pledge to buy 50 Boeing jets and boost imports of agricultural products.",
        ),
      ).not.toContain("United States PURCHASES agricultural products");
    });
  });
});

describe("syntax/predicates (a gerund after 'for')", () => {
  describe("logical (the one acted on does the act given as the reason)", () => {
    const cases: [string, string, string][] = [
      [
        "The US imposed a 25 per cent penalty on Indian goods entering the American market for buying Russian crude oil.",
        "India PURCHASES crude oil",
        "United States PURCHASES crude oil",
      ],
      [
        "Washington placed sanctions on China for buying Iranian oil.",
        "China PURCHASES crude oil",
        "United States PURCHASES crude oil",
      ],
      ["Japan praised Korea for buying American corn.", "South Korea PURCHASES corn", "Japan PURCHASES corn"],
    ];
    for (const [text, right, wrong] of cases)
      it(`finds ${right}, not ${wrong}, in "${text}"`, () => {
        const found = purchases(text);
        expect(found).toContain(right);
        expect(found).not.toContain(wrong);
      });
  });
});

describe("rules/trade", () => {
  describe("productionRule (a firm's seat is no producer)", () => {
    it("does not read the state a firm is based in as the producer", () => {
      expect(
        lines("USSM, based in the US state of Missouri, is focused on producing and recycling critical minerals."),
      ).not.toContain("United States PRODUCES critical minerals");
      expect(lines("Zentrix, headquartered in Canada, began producing lithium hydroxide.")).not.toContain(
        "Canada PRODUCES lithium hydroxide",
      );
    });
    it("still reads the firm itself", () => {
      expect(lines("Larch Metals Inc, based in Canada, is producing nickel.")).toContain(
        "Larch Metals Inc PRODUCES nickel",
      );
    });
  });
});

describe("syntax/predicates (a definite description opening a sentence)", () => {
  describe("logical ('the country' for the sentence before's subject)", () => {
    it("reads 'the country' as the country the sentence before opens with", () => {
      expect(
        lines(
          "Australia has emerged as a key alternative supplier. The country is the world's fourth-largest rare earth producer.",
        ),
      ).toContain("Australia PRODUCES rare earths");
    });
    it("takes only a country, and not one a relative clause picks out", () => {
      expect(lines("Larch Metals Inc reported profits. The country mines nickel.")).not.toContain(
        "Larch Metals Inc PRODUCES nickel",
      );
      expect(lines("Peru held elections. The country that won the tender mines nickel.")).not.toContain(
        "Peru PRODUCES nickel",
      );
    });
  });
});

describe("rules/predicates (production rows)", () => {
  describe("PREDICATE_ENTRIES (output by X; shutting or pausing production)", () => {
    const positives: [string, string][] = [
      ["Larch Metals Inc shut down production of nickel at its Ontario plant.", "Larch Metals Inc PRODUCES nickel"],
      ["Copper output by Chile fell 5% in May.", "Chile PRODUCES copper"],
      ["Osprey Mining Ltd paused production of cobalt in March.", "Osprey Mining Ltd PRODUCES cobalt"],
    ];
    for (const [text, line] of positives)
      it(`finds ${line} in "${text}"`, () => {
        expect(lines(text)).toContain(line);
      });
    it("gives no producer for a passive's agent that is not the output's", () => {
      expect(lines("Tariffs on steel imposed by Peru hurt output.")).not.toContain("Peru PRODUCES steel");
    });
  });
});

describe("rules/predicates (cargoes booked)", () => {
  describe("PREDICATE_ENTRIES (book / receive / take cargoes, shipments, tonnes of Y)", () => {
    const positives: [string, string][] = [
      ["Larch Foods Inc booked three U.S. soybean cargoes on Monday.", "Larch Foods Inc PURCHASES soybeans"],
      ["Japan received two shipments of US liquefied natural gas in May.", "Japan PURCHASES liquefied natural gas"],
    ];
    for (const [text, line] of positives)
      it(`finds ${line} in "${text}"`, () => {
        expect(purchases(text)).toContain(line);
      });
    it("gives no purchase for a booking that is no cargo, nor for one asked for", () => {
      expect(purchases("Larch Foods Inc booked record soybean sales this week.")).toEqual([]);
      expect(purchases("Washington urged Japan to receive more shipments of US corn.")).toEqual([]);
    });
  });
});

describe("syntax/predicates (a phrase's own attachment)", () => {
  describe("roleEntities ('own:to': sales of Y to X)", () => {
    const positives: [string, string][] = [
      ["US soybean sales to China fell sharply.", "China PURCHASES soybeans"],
      ["Sales of US soybeans to China collapsed.", "China PURCHASES soybeans"],
    ];
    for (const [text, line] of positives)
      it(`finds ${line} in "${text}"`, () => {
        expect(purchases(text)).toContain(line);
      });
    it("reads no buyer from the clause's 'to', nor a barred sale", () => {
      expect(
        purchases(
          "Larch Metals Inc will pay 15 percent of its revenues from chip sales in China to the US government.",
        ),
      ).toEqual([]);
      expect(purchases("Washington banned chip sales to China.")).toEqual([]);
    });
  });
});
