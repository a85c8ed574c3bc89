// Policy recall, round 4: instruments named by their words and parties rather than by a capitalised
// name. Sentences written for this test (other countries, goods and outlets' wordings), with the
// phrasings that must name nothing: a plain "deal", a firm's supply deal, a strategic alliance of
// two states, a title-case headline.

import { describe, expect, it } from "vitest";
import { analyseDocument } from "../../../src/extraction/index.ts";
import type { SourceDocument } from "../../../src/extraction/types.ts";

function doc(text: string): SourceDocument {
  return { id: "t", fileName: "t.txt", title: "", date: "2025-06-02", source: null, authors: [], text };
}

/** The document's Policy entities as "name" and "name = alias" lines. */
function policies(text: string): string[] {
  const a = analyseDocument(doc(text));
  return a.entities
    .filter((e) => e.type === "Policy")
    .flatMap((e) => [e.name, ...[...e.aliases].map((x) => `${e.name} = ${x}`)]);
}

/** The document's relations as "source PREDICATE target" lines. */
function lines(text: string): string[] {
  const a = analyseDocument(doc(text));
  const name = new Map(a.entities.map((e) => [e.id, e.name]));
  return a.relations.map((r) => `${name.get(r.source)} ${r.predicate} ${name.get(r.target)}`);
}

type Row = [text: string, expected: string];

/** Agreements of two parties joined by a hyphen, or one before and one after "with"; one party before words. */
const AGREEMENTS: Row[] = [
  [
    "Washington and Tokyo agreed a US-Japan critical minerals framework.",
    "United States-Japan critical minerals framework",
  ],
  ["Canberra hopes the Australia-India rare earths pact will be signed in March.", "Australia-India rare earths pact"],
  ["Canada's trade deal with China covers canola and electric vehicles.", "Canada-China trade deal"],
  ["Chile's new lithium agreement with South Korea takes effect next year.", "Chile-South Korea lithium agreement"],
  ["The Quad critical minerals initiative was launched in July.", "Quad critical minerals initiative"],
  ["Officials said an EU steel accord could be reached by the autumn.", "European Union steel accord"],
];

/** Agreements of two coordinated states: a kind word or a good before the noun, or a verb of making it. */
const COORDINATED: Row[] = [
  ["Chile and Japan signed a critical minerals framework on Tuesday.", "Chile-Japan critical minerals framework"],
  ["Australia and India launched a lithium initiative in Perth.", "Australia-India lithium initiative"],
  ["Indonesia signed an agreement with the United States in July.", "Indonesia-United States agreement"],
  ["Kenya and Ethiopia have struck a deal after months of talks.", "Kenya-Ethiopia deal"],
];

/** Laws of a state: its name (or possessor) and the law's words. */
const LAWS: Row[] = [
  ["Guinea's new mining code raised royalties on bauxite.", "Guinea mining code"],
  ["Zambia's copper royalty law was amended in parliament on Tuesday.", "Zambia copper royalty law"],
  ["Mexico's tariff bill would raise duties on cars from Asia.", "Mexico tariff bill"],
];

/** Export and import bans, quotas and embargoes: named after the good, else after the state. */
const MEASURES: Row[] = [
  ["Congo extended its cobalt export ban by three months.", "cobalt export ban"],
  ["Zimbabwe imposed a ban on raw lithium ore exports in 2022.", "lithium ore export ban"],
  ["The Philippines approved a ban on raw nickel ore exports last week.", "nickel ore export ban"],
  [
    "Officials said the EU deforestation import ban would be delayed by a year.",
    "European Union deforestation import ban",
  ],
  ["Kazakhstan announced an embargo on exports of tungsten concentrate.", "tungsten concentrate export embargo"],
  ["Myanmar suspended an export ban to Thailand that covered tin.", "Myanmar export ban"],
];

/** Capitalised instruments after a name read as a country, or at the start of a line. */
const CAPITALISED: Row[] = [
  ["The Investment Canada Act review was completed on Monday.", "Investment Canada Act"],
  [
    "Japan and the European Union launched a new Japan-EU Competitiveness Alliance on Friday.",
    "Japan-EU Competitiveness Alliance",
  ],
  [
    "Ministers from Seoul and Ottawa renewed the Canada-South Korea Partnership in April.",
    "Canada-South Korea Partnership",
  ],
  ["Defense Production Act funds will go to a magnet plant in Texas.", "Defense Production Act"],
];

/** Numbered instruments, percentage rules and quoted instrument names. */
const NUMBERED_AND_QUOTED: Row[] = [
  ["Vietnam's trade ministry issued Circular 04 on tungsten shipments.", "Circular 04"],
  ["Indonesia issued Regulation No. 11 of 2024 on mineral exports.", "Regulation 11"],
  ["Beijing published Announcement 61 on Thursday, adding holmium to the list.", "Announcement 61"],
  ["The measure copies the 50 per cent rule of the sanctions office.", "50% rule"],
  ["Officials promised “general licenses” for exports of gallium.", "general licenses"],
  ['Both sides praised the "phase-one deal" signed in January.', "phase-one deal"],
];

/** Restrictions read through the exports as subject, and a measure named before ("the restrictions cover …"). */
const RESTRICTIONS: Row[] = [
  [
    "China tightened its rules. Exports of gallium, germanium and antimony now require a licence from Beijing.",
    "China RESTRICTED_EXPORT germanium",
  ],
  ["Chinese exports of graphite will require special permits from next month.", "China RESTRICTED_EXPORT graphite"],
  ["Exports of cobalt from Congo were halted in February.", "DR Congo RESTRICTED_EXPORT cobalt"],
  ["Zimbabwe's lithium exports were suspended for four months.", "Zimbabwe RESTRICTED_EXPORT lithium"],
  [
    "Vietnam announced new export controls on Friday. The restrictions cover tungsten and bismuth.",
    "Vietnam RESTRICTED_EXPORT bismuth",
  ],
  [
    "China unveiled new export controls last week. Analysts said the curbs target dysprosium and terbium.",
    "China RESTRICTED_EXPORT terbium",
  ],
  [
    // The model is the product (company-r4: "H20 chips" is the Product H20).
    "The United States barred the chipmaker from selling its H20 chips to China.",
    "United States RESTRICTED_EXPORT H20",
  ],
  ["Japan restricted sales of chipmaking equipment to China in July.", "Japan RESTRICTED_EXPORT chipmaking equipment"],
  ["China halted sales of rare earth magnets to the United States.", "China RESTRICTED_EXPORT magnets"],
];

/** Tariffs named before, as the subject of a verb of reaching: the states after it, for the tariffs' maker. */
const TARIFFS_REACH: Row[] = [
  [
    "Turkey raised tariffs on cars from China. The new tariffs will also hit Japan, India and Vietnam.",
    "Türkiye IMPOSED_TARIFF Vietnam",
  ],
  [
    "Canada imposed a 25% surtax on steel from China. Officials said these duties mainly affect South Korea as well.",
    "Canada IMPOSED_TARIFF South Korea",
  ],
  [
    "The US put 30% tariffs on goods from Brazil. Economists said the tariffs could also impact Argentina.",
    "United States IMPOSED_TARIFF Argentina",
  ],
];

/** Tariffs that reach nobody named, or whose maker the text does not give. */
const NO_TARIFF_REACH: Row[] = [
  ["Tariffs hit Japan hard, economists said.", "Japan IMPOSED_TARIFF"],
  ["The tariffs will not affect Chile, officials in Santiago said.", "IMPOSED_TARIFF"],
];

/** States buying goods: compound imports, "imported into", "purchase of … by", dependence on another for a good. */
const PURCHASES: Row[] = [
  ["Australia supplied half of the EU's lithium imports in 2024.", "European Union PURCHASES lithium"],
  ["Most of the cobalt imported into Japan is refined in China.", "Japan PURCHASES cobalt"],
  ["The deal includes a large purchase of American corn by Vietnam.", "Vietnam PURCHASES corn"],
  ["Imports of nickel ore by China hit a record in May.", "China PURCHASES nickel ore"],
  ["India is heavily dependent on China for solar panels.", "India PURCHASES solar panels"],
  ["South Korea's reliance on China for graphite worries Seoul.", "South Korea PURCHASES graphite"],
];

/** No buying: a dependence denied, imports of another's, goods bought by a firm named after "by". */
const NO_PURCHASES: Row[] = [
  ["The US is not dependent on China for copper.", "United States PURCHASES"],
  ["Chile's copper exports to China rose in May.", "Chile PURCHASES"],
];

/** Exports that rise, are not restricted, or measures on imports: no restriction. */
const NO_RESTRICTION: Row[] = [
  ["Exports of copper from Chile rose 5% in March.", "Chile RESTRICTED_EXPORT"],
  ["Gallium exports from China do not require a licence.", "China RESTRICTED_EXPORT"],
  ["Exports of soybeans to China were halted by the trade war.", "China RESTRICTED_EXPORT"],
  ["Japan imposed new import curbs. The restrictions cover steel.", "Japan RESTRICTED_EXPORT"],
  ["The US will not ban sales of soybeans to China.", "United States RESTRICTED_EXPORT"],
  ["Nvidia stopped selling H20 chips to China after the rules.", "Nvidia RESTRICTED_EXPORT"],
];

/** Phrasings that must name no Policy (or not this one). */
const NONE: Row[] = [
  ["The two leaders said the deal was close.", ""],
  ["Apple signed a supply deal with Samsung last month.", ""],
  ["The strategic alliance between the United States and Saudi Arabia deepened.", ""],
  ["Officials hope to sign a minerals deal with South Africa.", "sign"],
  ["A temporary truce between Washington and Beijing held through the summer.", ""],
  ["Japan, U.S. Likely to Create Joint Document of $550 Billion Investment Agreement", ""],
  ["The company's phone deal with a carrier in Brazil ended.", ""],
  ['He called it "a very good deal" for farmers.', ""],
  ['Negotiators reached a "political agreement" in Jakarta.', ""],
  ["Resolution 2025 was adopted by the board.", ""],
  ["Peru and Brazil have a strategic partnership.", ""],
  ["Kenya and Ethiopia discussed a deal on Monday.", ""],
  ["Officials fear an export ban, traders in Jakarta said.", ""],
];

describe("extraction", () => {
  describe("instrumentRule", () => {
    for (const [text, expected] of [...AGREEMENTS, ...LAWS]) {
      it(`"${text}" names ${expected}`, () => {
        expect(policies(text)).toContain(expected);
      });
    }
  });

  describe("partiesAgreementRule", () => {
    for (const [text, expected] of COORDINATED) {
      it(`"${text}" names ${expected}`, () => {
        expect(policies(text)).toContain(expected);
      });
    }
  });

  describe("measureInstrumentRule", () => {
    for (const [text, expected] of MEASURES) {
      it(`"${text}" names ${expected}`, () => {
        expect(policies(text)).toContain(expected);
      });
    }
    it("puts the ban off for the state that suspended it, with the duration", () => {
      const text = "Congo suspended its cobalt export ban for four months in February.";
      const a = analyseDocument(doc(text));
      const name = new Map(a.entities.map((e) => [e.id, e.name]));
      const r = a.relations.find((x) => x.predicate === "POSTPONED");
      expect(r && `${name.get(r.source)} ${name.get(r.target)}`).toBe("DR Congo cobalt export ban");
      expect(r?.attributes.duration).toBe("four months");
    });
    it("keeps the words as written as an alias", () => {
      expect(policies("Indonesia reinstated its ban on bauxite exports in June.")).toContain(
        "bauxite export ban = ban on bauxite exports",
      );
    });
  });

  describe("namedPolicyRule", () => {
    for (const [text, expected] of CAPITALISED) {
      it(`"${text}" names ${expected}`, () => {
        expect(policies(text)).toContain(expected);
      });
    }
    it("leaves the state names of a retyped alliance to the states", () => {
      expect(
        lines("Japan and the European Union launched a new Japan-EU Competitiveness Alliance on Friday."),
      ).not.toContain("Japan PART_OF Japan-EU Competitiveness Alliance");
    });
  });

  describe("numbered and quoted instruments", () => {
    for (const [text, expected] of NUMBERED_AND_QUOTED) {
      it(`"${text}" names ${expected}`, () => {
        expect(policies(text)).toContain(expected);
      });
    }
  });

  describe("restrictionRule", () => {
    for (const [text, expected] of RESTRICTIONS) {
      it(`"${text}" gives ${expected}`, () => {
        expect(lines(text)).toContain(expected);
      });
    }
    for (const [text, unwanted] of NO_RESTRICTION) {
      it(`"${text}" gives no ${unwanted}`, () => {
        expect(lines(text).filter((l) => l.startsWith(unwanted))).toEqual([]);
      });
    }
  });

  describe("tariffRule", () => {
    for (const [text, expected] of TARIFFS_REACH) {
      it(`"${text}" gives ${expected}`, () => {
        expect(lines(text)).toContain(expected);
      });
    }
    for (const [text, unwanted] of NO_TARIFF_REACH) {
      it(`"${text}" gives no ${unwanted}`, () => {
        expect(lines(text).filter((l) => l.startsWith(unwanted) || l.includes(` ${unwanted} `))).toEqual([]);
      });
    }
  });

  describe("purchaseRule", () => {
    for (const [text, expected] of PURCHASES) {
      it(`"${text}" gives ${expected}`, () => {
        expect(lines(text)).toContain(expected);
      });
    }
    for (const [text, unwanted] of NO_PURCHASES) {
      it(`"${text}" gives no ${unwanted}`, () => {
        expect(lines(text).filter((l) => l.startsWith(unwanted))).toEqual([]);
      });
    }
  });

  describe("no instrument", () => {
    for (const [text, part] of NONE) {
      it(`"${text}" names no Policy${part ? ` with "${part}"` : ""}`, () => {
        const found = policies(text);
        expect(part ? found.filter((x) => x.includes(part)) : found).toEqual([]);
      });
    }
  });
});
