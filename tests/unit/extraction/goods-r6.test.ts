// Round 6 of the goods phrasings: who supplies, buys and makes what, read from the clause when an
// approximation opens the object ("supplies over 70% of …"), when "by far" stands between a
// copula and its complement, and from agent nouns and shipments on the buying side. Sentences
// written for these tests (not copied from any article), positives and refusals.

import { describe, expect, it } from "vitest";
import { analyseDocument } from "../../../src/extraction/index.ts";
import { testDocument } from "../../_helpers/documents.ts";

function lines(text: string): string[] {
  const a = analyseDocument(testDocument(text, { date: "2025-06-12" }));
  const names = new Map(a.entities.map((e) => [e.id, e.name]));
  return a.relations.map((r) => `${names.get(r.source)} ${r.predicate} ${names.get(r.target)}`);
}

describe("syntax/clauses", () => {
  describe("readSentence (a registry verb's '-s' form before an approximation)", () => {
    const positives: [string, string][] = [
      ["Guinea supplies over 60% of the world's bauxite.", "Guinea DOMINATES bauxite"],
      ["Indonesia mines about half of the world's nickel.", "Indonesia DOMINATES nickel"],
      ["Peru, which produces nearly 45% of global copper, held elections.", "Peru DOMINATES copper"],
      ["Kazakhstan refines roughly 40% of the world's uranium.", "Kazakhstan DOMINATES uranium"],
    ];
    for (const [text, line] of positives)
      it(`finds ${line} in "${text}"`, () => {
        expect(lines(text)).toContain(line);
      });
    it("gives no dominance for a minority share", () => {
      expect(lines("Guinea supplies over 20% of the world's bauxite.")).not.toContain("Guinea DOMINATES bauxite");
      expect(lines("Peru mines about 12 percent of global copper.")).not.toContain("Peru DOMINATES copper");
    });
    it("does not read an approximation after a plural noun as a verb's object", () => {
      // "mines" is a noun here: "Peru's mines over 50 years old" gives no production share.
      expect(lines("Peru's copper mines over 50 years old will close.")).not.toContain("Peru DOMINATES copper");
    });
  });

  describe("readSentence ('by far' between a copula and its complement)", () => {
    const positives: [string, string][] = [
      ["Guinea is by far the world's largest producer of bauxite.", "Guinea PRODUCES bauxite"],
      ["Australia is by far the biggest exporter of lithium.", "Australia PRODUCES lithium"],
      ["Chile remains by far the top copper producer.", "Chile PRODUCES copper"],
    ];
    for (const [text, line] of positives)
      it(`finds ${line} in "${text}"`, () => {
        expect(lines(text)).toContain(line);
      });
    it("keeps a second rank a second rank", () => {
      expect(lines("Peru is by far the second-largest producer of copper.")).not.toContain("Peru DOMINATES copper");
    });
  });

  describe("readSentence (verbs the tagger reads as nouns, and amounts after 'by')", () => {
    it("reads a bare registry verb after 'they' or 'we' as the verb", () => {
      expect(lines("Larch Metals Inc and Osprey Mining Ltd met. They refine cobalt in Peru.")).toEqual(
        expect.arrayContaining(["Larch Metals Inc PRODUCES cobalt", "Osprey Mining Ltd PRODUCES cobalt"]),
      );
    });
    it("keeps a bare noun after a name a noun ('the Peru mine output')", () => {
      expect(lines("Peru mine output fell in May.")).not.toContain("Peru PRODUCES output");
    });
    it("does not read 'by N%' after a verb with an object as a passive's agent", () => {
      expect(lines("Peru reduced copper production by 5% this year.")).toContain("Peru PRODUCES copper");
    });
    it("still reads a participle with 'by' right after its noun as a passive", () => {
      expect(lines("Tariffs imposed by Peru on Chile took effect.")).toContain("Peru IMPOSED_TARIFF Chile");
    });
  });
});

describe("syntax/predicates", () => {
  describe("applyEntries (a pronoun opening a sentence)", () => {
    const positives: [string, string, string][] = [
      [
        "Larch Metals Inc is a Canadian miner. It extracts nickel and cobalt in Ontario.",
        "Larch Metals Inc PRODUCES nickel",
        "Larch Metals Inc PRODUCES cobalt",
      ],
      [
        "Osprey Mining Ltd reported results on Monday. It produces tellurium at a mine in Peru.",
        "Osprey Mining Ltd PRODUCES tellurium",
        "Osprey Mining Ltd PRODUCES tellurium",
      ],
      [
        "Osprey Mining Ltd and Larch Metals Inc signed a pact. They mine antimony in Bolivia.",
        "Osprey Mining Ltd PRODUCES antimony",
        "Larch Metals Inc PRODUCES antimony",
      ],
    ];
    for (const [text, a, b] of positives)
      it(`finds ${a} and ${b} in "${text}"`, () => {
        expect(lines(text)).toEqual(expect.arrayContaining([a, b]));
      });
    it("does not give 'it' to a list, nor 'they' to one name", () => {
      const found = lines("Osprey Mining Ltd and Larch Metals Inc signed a pact. It mines antimony in Bolivia.");
      expect(found.filter((l) => l.includes("PRODUCES"))).toEqual([]);
      expect(
        lines("Osprey Mining Ltd reported results. They mine antimony in Bolivia.").filter((l) =>
          l.includes("PRODUCES"),
        ),
      ).toEqual([]);
    });
    it("does not reach past a sentence that opens with a passive", () => {
      const found = lines("Osprey Mining Ltd was bought by Larch Metals Inc. It mines antimony in Bolivia.");
      expect(found.filter((l) => l.includes("PRODUCES"))).toEqual([]);
    });
  });
});

describe("syntax/predicates (the owner of an intent acts in its infinitive)", () => {
  describe("applyEntries", () => {
    const positives: [string, string][] = [
      ["The deal includes Norway's pledge to buy more Peruvian copper.", "Norway PURCHASES copper"],
      ["Peru welcomed Chile's decision to import more tellurium from Bolivia.", "Chile PURCHASES tellurium"],
      ["Analysts doubted Osprey Mining Ltd's plan to produce antimony by 2027.", "Osprey Mining Ltd PRODUCES antimony"],
    ];
    for (const [text, line] of positives)
      it(`finds ${line} in "${text}"`, () => {
        expect(lines(text)).toContain(line);
      });
    it("gives the infinitive to the owner of the intent, not to the clause's subject", () => {
      const found = lines("Peru welcomed Chile's decision to import more tellurium.");
      expect(found).not.toContain("Peru PURCHASES tellurium");
    });
    it("reads no owner from a noun that is no intent", () => {
      expect(lines("Peru cited Chile's mines to import more tellurium.")).not.toContain("Chile PURCHASES tellurium");
    });
  });
});

describe("rules/predicates", () => {
  describe("PREDICATE_ENTRIES (production started, stopped or cut)", () => {
    const positives: [string, string][] = [
      [
        "Kestrel Lithium Ltd began commercial production of lithium carbonate last month.",
        "Kestrel Lithium Ltd PRODUCES lithium carbonate",
      ],
      ["Larch Metals Inc halted its nickel output after the strike.", "Larch Metals Inc PRODUCES nickel"],
      ["Osprey Mining Ltd will start production of antimony in 2027.", "Osprey Mining Ltd PRODUCES antimony"],
      ["Peru cut copper production by 5% this year.", "Peru PRODUCES copper"],
    ];
    for (const [text, line] of positives)
      it(`finds ${line} in "${text}"`, () => {
        expect(lines(text)).toContain(line);
      });
    it("does not give a country's production to the one reporting on it", () => {
      expect(lines("Peru reported Chile's copper output fell.")).not.toContain("Peru PRODUCES copper");
    });
  });
});

function entities(text: string): string[] {
  return analyseDocument(testDocument(text, { date: "2025-06-12" })).entities.map((e) => `${e.type}:${e.name}`);
}

describe("stages/03-mentions", () => {
  describe("findListedGoods (unknown goods listed with a known product)", () => {
    const positives: [string, string][] = [
      ["Cobalt goes into smartphones, hearing aids and jet engines.", "Product:hearing aids"],
      ["Cobalt goes into smartphones, hearing aids and jet engines.", "Product:jet engines"],
      ["Tungsten is used in drill bits, light bulbs, and ammunition.", "Product:drill bits"],
      ["Tungsten is used in drill bits, light bulbs, and ammunition.", "Product:light bulbs"],
      ["Peru exports coffee, cut flowers and frozen avocados to Japan.", "Product:cut flowers"],
      ["Indium is found in touch screens, solar panels and dental alloys.", "Product:touch screens"],
      ["Gallium is needed for radar equipment and semiconductors.", "Product:radar equipment"],
    ];
    for (const [text, entity] of positives)
      it(`finds ${entity} in "${text}"`, () => {
        expect(entities(text)).toContain(entity);
      });
    const refusals: [string, string][] = [
      // Abstract plurals listed with a good are no goods.
      ["China cut tariffs on soybeans and lifted sanctions and export restrictions.", "Product:export restrictions"],
      ["Peru sells coffee and quinoa, officials and traders said.", "Product:traders"],
      ["The talks covered steel, aluminium and investment rules.", "Product:investment rules"],
      // A know-how is no good, and nothing is listed without a known product.
      ["Germanium is used in infrared technology, smartphones and drones.", "Product:infrared technology"],
      ["Chile listed its reforms, hopes and growth targets.", "Product:growth targets"],
    ];
    for (const [text, entity] of refusals)
      it(`does not find ${entity} in "${text}"`, () => {
        expect(entities(text)).not.toContain(entity);
      });
  });

  describe("findCommonTerms (a product's part named by the whole phrase)", () => {
    const positives: [string, string][] = [
      ["Nickel goes into electric vehicle batteries made in Hungary.", "Product:electric vehicle batteries"],
      ["The metals are crucial for wind turbine generators and jet engines.", "Product:wind turbine generators"],
      ["Peru imports smartphone displays from South Korea.", "Product:smartphone displays"],
    ];
    for (const [text, entity] of positives)
      it(`finds ${entity} in "${text}"`, () => {
        expect(entities(text)).toContain(entity);
      });
    it("keeps a plural product whole before another noun ('electric vehicles makers' is not a part)", () => {
      expect(entities("China exports electric vehicles and solar panels.")).toEqual(
        expect.arrayContaining(["Product:electric vehicles", "Product:solar panels"]),
      );
      expect(entities("Smartphone makers rallied as chip prices fell.")).not.toContain("Product:smartphone makers");
    });
  });

  describe("findCommonTerms (bare generic heads)", () => {
    it("does not take 'equipment' alone for a good", () => {
      expect(entities("Peru will buy equipment from Chile under the trade deal.")).not.toContain("Product:equipment");
    });
    it("keeps a qualified equipment ('mining equipment' listed with a good)", () => {
      expect(entities("Peru imports trucks, tires and mining equipment.")).toContain("Product:mining equipment");
    });
  });
});
