// Entities of every type on unseen phrasings (issue 13): gazetteers, generic lexicons, head words,
// facility nouns, list and listing contexts. Sentences written for the test, not taken from any
// corpus; rows that refuse a false reading stand next to the positive ones.

import { describe, expect, it } from "vitest";
import { analyseDocument } from "../../../src/extraction/index.ts";
import type { SourceDocument } from "../../../src/extraction/types.ts";

function doc(text: string): SourceDocument {
  return { id: "t", fileName: "t.txt", title: "", date: "2025-07-30", source: null, authors: [], text };
}

function entitiesOf(text: string) {
  return analyseDocument(doc(text)).entities;
}

/** [text, entity name, entity type, surface form it must be mentioned as]. */
const FOUND: [text: string, name: string, type: string, surface: string][] = [
  // Products and minerals from generic lexicons.
  ["The ministry banned sales of drones and submarines to the rebels.", "drones", "Product", "drones"],
  ["Tariffs will hit consumer electronics made abroad.", "consumer electronics", "Product", "consumer electronics"],
  ["The plant builds jet engines for airliners.", "jet engines", "Product", "jet engines"],
  ["The firm makes lithium-ion batteries in Ohio.", "lithium-ion batteries", "Product", "lithium-ion batteries"],
  ["Buyers pledged to import more agricultural products.", "agricultural products", "Product", "agricultural products"],
  ["Curbs now cover superhard materials as well.", "superhard materials", "Mineral", "superhard materials"],
  ["The refinery will ship terbium oxide next year.", "terbium oxide", "Mineral", "terbium oxide"],
  ["The island exports nickel ore to smelters.", "nickel ore", "Mineral", "nickel ore"],
  ["Peru also exports gold and silver to Switzerland.", "gold", "Mineral", "gold"],
  ["Peru also exports gold and silver to Switzerland.", "silver", "Mineral", "silver"],
  ["Output of NdPr oxide rose by a tenth.", "neodymium-praseodymium oxide", "Mineral", "NdPr oxide"],
  // Trade blocs from the gazetteer of international organisations, by name and long form.
  ["Brazil wants Mercosur to finish its deal with Canada.", "Mercosur", "Organization", "Mercosur"],
  ["Ministers of the Southern Common Market met in Asuncion.", "Mercosur", "Organization", "Southern Common Market"],
  ["The GCC and Japan resumed their free trade talks.", "Gulf Cooperation Council", "Organization", "GCC"],
  // Places: prefixes, facility nouns, regions, venues, datelines, towns.
  ["Delegates stayed at a hotel near Lake Constance.", "Lake Constance", "Place", "Lake Constance"],
  ["Brine is pumped from the Salar de Uyuni.", "Salar de Uyuni", "Place", "Salar de Uyuni"],
  ["The Mt Holland lithium mine reopened.", "Mt Holland", "Place", "Mt Holland lithium mine"],
  ["Magnets will be made at the Fortitude plant in Ohio.", "Fortitude plant", "Place", "Fortitude plant"],
  ["The Kestrel copper project won approval.", "Kestrel", "Place", "Kestrel copper project"],
  ["The mine lies in the remote Jujuy province.", "Jujuy", "Place", "Jujuy province"],
  ["The leaders met at Osan airbase on Friday.", "Osan airbase", "Place", "Osan airbase"],
  ["The two leaders spoke in the Oval Office on Friday.", "Oval Office", "Place", "Oval Office"],
  ["Talks ran late at the Hanoi National Museum on Friday.", "Hanoi National Museum", "Place", "Hanoi National Museum"],
  ["The plant in Esperance, Western Australia, will reopen.", "Esperance", "Place", "Esperance"],
  ["The plant opened a line in Kalgoorlie last year.", "Kalgoorlie", "Place", "Kalgoorlie"],
  ["PERTH, March 3 — Miners cheered the new loans.", "Perth", "Place", "PERTH"],
  ["Talks were held in Edinburgh, Scotland, last week.", "Scotland", "Place", "Scotland"],
  // Companies by context.
  ["Halvorsen Minerals (ASX: HVM) raised A$40 million.", "Halvorsen Minerals", "Company", "Halvorsen Minerals"],
  ["Korvex (TSX, NYSE American: KRX) signed the deal.", "Korvex", "Company", "Korvex"],
  [
    "Firms such as Japan's Tanaka, Chile's Norvia Copper and Peru's Quimsa bid for the licences.",
    "Quimsa",
    "Company",
    "Quimsa",
  ],
  [
    "Brandt Elements, a Denver-based start-up making magnets, raised funds.",
    "Brandt Elements",
    "Company",
    "Brandt Elements",
  ],
  ["said Maria Ortiz, an economist at investment bank Parvel.", "Parvel", "Company", "Parvel"],
  ["Officials visited Zentrix, the software company whose servers were hacked.", "Zentrix", "Company", "Zentrix"],
  // Agencies: heads and known bodies.
  [
    "Data from the U.S. Geological Survey show imports rose.",
    "U.S. Geological Survey",
    "Agency",
    "U.S. Geological Survey",
  ],
  [
    "The U.S. Army Corps of Engineers must approve the road.",
    "U.S. Army Corps of Engineers",
    "Agency",
    "U.S. Army Corps of Engineers",
  ],
  [
    "The loan comes from the Development Finance Corporation.",
    "U.S. International Development Finance Corporation",
    "Agency",
    "Development Finance Corporation",
  ],
  // Organisations the gazetteer knows in full are not typed by their head word.
  ["Finance ministers of the Group of Seven met on Friday.", "G7", "Organization", "Group of Seven"],
];

/** [text, name that must not be an entity of that type]. */
const REFUSED: [text: string, name: string, type: string][] = [
  // A place word opening a firm's name does not make it a place.
  ["Rio Tinto said output rose.", "Rio Tinto", "Place"],
  // A country or region before a facility noun stays the country ("a Texas plant" is in Texas).
  ["The company will build a Texas plant next year.", "Texas plant", "Place"],
  // A company's name before a facility noun is the company's plant, not a new place name.
  ["MP Materials plant output rose last year.", "MP Materials plant", "Place"],
  // Gold and silver alone are the colour, the medal or the money, not minerals.
  ["The team won gold at the games.", "gold", "Mineral"],
  // A person's name before a comma and a country is not a place.
  ["Said John Miller, Australia's trade envoy.", "John Miller", "Place"],
  // Lexicon terms and lone company words capitalised inside a long title are not firms.
  [
    "They signed the Framework for Supply in the Mining and Processing of Critical Minerals and Rare Earths.",
    "Critical Minerals",
    "Company",
  ],
  [
    "They signed the Framework for Supply in the Mining and Processing of Critical Minerals and Rare Earths.",
    "Mining",
    "Company",
  ],
  // A list after a noun that is not a company noun is not a list of companies.
  ["Leaders such as Brazil's Lula and Chile's Boric attended.", "Boric", "Company"],
];

describe("extraction entities", () => {
  describe("analyseDocument", () => {
    for (const [text, name, type, surface] of FOUND) {
      it(`finds ${type} ${name} in "${text}"`, () => {
        const entities = entitiesOf(text);
        const entity = entities.find((e) => e.name === name && e.type === type);
        expect(entity, entities.map((e) => `${e.type}:${e.name}`).join(", ")).toBeDefined();
        expect(entity!.mentions.map((m) => m.text)).toContain(surface);
      });
    }
    for (const [text, name, type] of REFUSED) {
      it(`does not take ${name} for a ${type} in "${text}"`, () => {
        const entities = entitiesOf(text);
        expect(entities.filter((e) => e.name === name && e.type === type)).toEqual([]);
      });
    }
  });
});

describe("extraction policies named in stage 3", () => {
  describe("analyseDocument", () => {
    const rows: [text: string, name: string][] = [
      ["The Canada-Mexico trade deal will cut duties.", "Canada-Mexico trade deal"],
      ["Officials said the Japan-EU free trade agreement holds.", "Japan-EU free trade agreement"],
      ["Exporters still pay the ‘Reciprocity Week’ tariffs.", "Reciprocity Week tariffs"],
      ["Steelmakers welcomed the Section 301 tariffs.", "Section 301 tariffs"],
      ["The firm receives grants under the Clean Water and Energy Act.", "Clean Water and Energy Act"],
      ["Two drone makers were added to the entity list on Friday.", "entity list"],
    ];
    for (const [text, name] of rows) {
      it(`finds Policy ${name} in "${text}"`, () => {
        const entities = entitiesOf(text);
        expect(entities.map((e) => `${e.type}:${e.name}`)).toContain(`Policy:${name}`);
      });
    }
    it("does not name a policy from plain tariffs or an unquoted country before them", () => {
      const entities = entitiesOf("Canada tariffs and US tariffs rose. The new tariffs hurt Brazil and Chile.");
      expect(entities.filter((e) => e.type === "Policy")).toEqual([]);
    });
  });
});

describe("extraction agencies and outlets", () => {
  describe("analyseDocument", () => {
    it("joins a body's forms in one document: country prefix, inverted name, 'of the', renamed body", () => {
      const entities = entitiesOf(
        "The US Department of War signed the loan. The Department of Defense said the War Department would pay. " +
          "Later the U.S. Department of the Treasury and the Treasury Department agreed.",
      ).filter((e) => e.type === "Agency");
      expect(entities.map((e) => e.name).sort()).toEqual(["U.S. Department of the Treasury", "US Department of War"]);
    });
    it("keeps two countries' bodies of the same name apart", () => {
      const entities = entitiesOf(
        "Japan's Ministry of Finance and India's Ministry of Finance met. The Indian Ministry of Finance said no.",
      ).filter((e) => e.type === "Agency");
      expect(entities.length).toBeGreaterThanOrEqual(1);
      expect(entities.every((e) => e.name.includes("Ministry of Finance"))).toBe(true);
    });
    it("reads a body named with 'on' and 'for' whole", () => {
      const entities = entitiesOf("Chile's National Agency on Support for Small Business said it would help.");
      expect(entities.map((e) => `${e.type}:${e.name}`)).toContain(
        "Agency:National Agency on Support for Small Business",
      );
    });
    it("types a news agency as an outlet and a dateline's bracketed name as an outlet", () => {
      const entities = entitiesOf(
        "A Trend News Agency correspondent reported the deal. HANOI, May 2 (Viet Wire) – Vietnam signed it.",
      );
      const names = entities.map((e) => `${e.type}:${e.name}`);
      expect(names).toContain("Media:Trend News Agency");
      expect(names).toContain("Media:Viet Wire");
      expect(names).not.toContain("Agency:Trend News Agency");
    });
    it("types the document's source as an outlet where the text names it", () => {
      const analysis = analyseDocument({
        ...doc("Metalix understands the loan is final. Officials at Metalix declined to comment."),
        source: "Metalix",
      });
      expect(analysis.entities.map((e) => `${e.type}:${e.name}`)).toContain("Media:Metalix");
    });
    it("does not take a bracketed country or a bracket without a dash for an outlet", () => {
      const entities = entitiesOf("Tariffs (China) – rose. Exports (Zentrix Corp) fell.");
      expect(entities.filter((e) => e.type === "Media")).toEqual([]);
    });
  });
});

describe("extraction place hierarchy", () => {
  describe("analyseDocument", () => {
    function partOf(text: string): string[] {
      const a = analyseDocument(doc(text));
      const name = new Map(a.entities.map((e) => [e.id, e.name]));
      return a.relations
        .filter((r) => r.predicate === "PART_OF")
        .map((r) => `${name.get(r.source)} < ${name.get(r.target)}`);
    }
    it("puts a facility in the place it is said to be in, past 'located' and a direction", () => {
      expect(partOf("The Halden lithium project, located in the northern Jujuy province, won approval.")).toContain(
        "Halden < Jujuy",
      );
    });
    it("puts a known region in its country when the sentence names both", () => {
      expect(partOf("Miners in Western Australia, the heart of Australia's industry, cheered.")).toContain(
        "Western Australia < Australia",
      );
    });
    it("puts a state's mission and a prefixed body in their country", () => {
      const found = partOf(
        "A spokesman for the Chinese embassy spoke. US officials said the US Geological Survey disagreed with China.",
      );
      expect(found).toContain("Chinese embassy < China");
      expect(found).toContain("US Geological Survey < United States");
    });
    it("does not put a region in a country named only as a modifier, nor Hong Kong in China", () => {
      const found = partOf("US production in Texas rose. Hong Kong and China traded more.");
      expect(found).not.toContain("Texas < United States");
      expect(found).not.toContain("Hong Kong < China");
    });
  });
});
