// Company and market facts on sentences written for this test (none taken from any corpus):
// investments (stakes, loans, offtakes, backers, shareholders), production, partnerships,
// purchases and dominance, in the phrasings of wire copy and business press about other
// countries' miners; then the company names found without a gazetteer; then sentences where a
// fact must be refused.

import { describe, expect, it } from "vitest";
import { analyseDocument } from "../../../src/extraction/index.ts";
import { readText, testDocument } from "../../_helpers/documents.ts";

const doc = (text: string) => testDocument(text, { date: "2025-06-02" });

type Fact = [text: string, source: string, predicate: string, target: string, attrs?: Record<string, string>];

const facts = (text: string) => readText(text, { date: "2025-06-02" }).facts;

const FOUND: Fact[] = [
  // Investments.
  [
    "Japanese trading house Kaito & Co. took a 20% stake in Wattle Lithium Ltd for $80 million.",
    "Kaito & Co.",
    "INVESTED_IN",
    "Wattle Lithium Ltd",
    { amount: "$80 million", kind: "equity" },
  ],
  [
    "The Department of Defense will take a 10% equity stake in Sierra Magnetics Inc.",
    "Department of Defense",
    "INVESTED_IN",
    "Sierra Magnetics Inc.",
    { kind: "equity" },
  ],
  [
    "Kinshasa Cobalt SA secured a five-year cobalt offtake from Stellar Battery Corp.",
    "Stellar Battery Corp.",
    "INVESTED_IN",
    "Kinshasa Cobalt SA",
    { kind: "offtake" },
  ],
  [
    "Brightwater Graphite Ltd has secured up to $300 million in financing from the Export-Import Bank of Korea.",
    "Export-Import Bank of Korea",
    "INVESTED_IN",
    "Brightwater Graphite Ltd",
    { amount: "$300 million" },
  ],
  [
    "A $250 million investment by the Pentagon in Sierra Magnetics Inc. was announced on Monday.",
    "Pentagon",
    "INVESTED_IN",
    "Sierra Magnetics Inc.",
    { amount: "$250 million" },
  ],
  [
    "Sierra Magnetics Inc., backed by Harbour Capital and Larch Partners, makes magnets in Ohio.",
    "Harbour Capital",
    "INVESTED_IN",
    "Sierra Magnetics Inc.",
  ],
  [
    "The Pentagon is set to become the largest shareholder in graphite miner Brightwater Graphite Ltd on Friday.",
    "Pentagon",
    "INVESTED_IN",
    "Brightwater Graphite Ltd",
  ],
  [
    "Osprey Mining said on Monday it had agreed to sell a 25% stake in its Chilean unit Andes Cobre SpA to Mitsui Metals Corp.",
    "Mitsui Metals Corp.",
    "INVESTED_IN",
    "Andes Cobre SpA",
    { kind: "equity" },
  ],
  // Production.
  [
    "Kestrel Resources, which mines nickel in Sulawesi, posted a record profit.",
    "Kestrel Resources",
    "PRODUCES",
    "nickel",
  ],
  ["Wattle Lithium Ltd is Australia's second-largest lithium producer.", "Wattle Lithium Ltd", "PRODUCES", "lithium"],
  ["Chile exports copper and molybdenum to Asia.", "Chile", "PRODUCES", "molybdenum"],
  [
    "Zambia's cobalt production rose to 40,000 tonnes a year.",
    "Zambia",
    "PRODUCES",
    "cobalt",
    { quantity: "40,000 tonnes a year" },
  ],
  // Partnerships.
  [
    "Andes Cobre SpA and Pacific Rim Mining formed a joint venture to develop a copper mine.",
    "Andes Cobre SpA",
    "PARTNERED_WITH",
    "Pacific Rim Mining",
  ],
  [
    "Perth-based lithium miner Wattle Lithium Ltd said it had signed an offtake agreement with battery maker Hanbit Cells.",
    "Wattle Lithium Ltd",
    "PARTNERED_WITH",
    "Hanbit Cells",
  ],
  [
    "Tamarack Mining Corp and Osprey Energy Ltd will jointly build a nickel smelter.",
    "Tamarack Mining Corp",
    "PARTNERED_WITH",
    "Osprey Energy Ltd",
  ],
  [
    "The mine is run by a consortium of Tamarack Mining Corp, Osprey Energy Ltd and Larch Metals Inc.",
    "Osprey Energy Ltd",
    "PARTNERED_WITH",
    "Larch Metals Inc.",
  ],
  [
    "The Australian government will become Kestrel Resources' largest shareholder.",
    "Australia",
    "INVESTED_IN",
    "Kestrel Resources",
  ],
  [
    "Brightwater Graphite Ltd was awarded a $40 million grant by the Department of Energy.",
    "Department of Energy",
    "INVESTED_IN",
    "Brightwater Graphite Ltd",
    { amount: "$40 million", kind: "grant" },
  ],
  [
    "Harbour Metals purchased the Kalbarri deposit last year for $5 million in cash.",
    "Harbour Metals",
    "INVESTED_IN",
    "Kalbarri",
    { amount: "$5 million" },
  ],
  [
    "The second project, the Kalbarri project in the Northern Territory, will receive a USD $100 million equity investment from the Australian government.",
    "Australia",
    "INVESTED_IN",
    "Kalbarri",
    { kind: "equity" },
  ],
  [
    "Tamarack Mining Corp and its partner Osprey Energy Ltd said they had signed a letter of intent with the Department of Energy.",
    "Osprey Energy Ltd",
    "PARTNERED_WITH",
    "Department of Energy",
  ],
  // Purchases.
  [
    "China agreed to buy 12 million tonnes of soybeans from Brazil.",
    "China",
    "PURCHASES",
    "soybeans",
    { from: "Brazil" },
  ],
  ["India resumed imports of coking coal from Australia.", "India", "PURCHASES", "coal", { from: "Australia" }],
  // Dominance.
  [
    "Indonesia accounts for about half of global nickel output.",
    "Indonesia",
    "DOMINATES",
    "nickel",
    { share: "about half" },
  ],
];

/** Company names found by their shape or context alone (invented names). */
const COMPANIES: [text: string, name: string][] = [
  ["Swiss watchmakers Harlow Group and Bellmont saw their shares rise.", "Bellmont"],
  ["The talks included Tamsin Aluminium, a smelter owner.", "Tamsin Aluminium"],
  ["Orders fell at Brightwater Batteries GmbH.", "Brightwater Batteries GmbH"],
  ["PT Kestrel Nickel Tbk raised output.", "PT Kestrel Nickel Tbk"],
  // A company named with a cue once, then bare ("Quorra" alone, before the full name).
  ["Quorra expects output to rise. Australian miner Quorra Rare Earths said prices fell.", "Quorra Rare Earths"],
];

/** Sentences that must not give the fact. */
const REFUSED: Fact[] = [
  // The seller of a stake invests nothing.
  [
    "Osprey Mining agreed to sell a 30% stake in Andes Cobre SpA to Mitsui Metals Corp.",
    "Osprey Mining",
    "INVESTED_IN",
    "Andes Cobre SpA",
  ],
  // A place where a project stands is not what is invested in.
  [
    "The Department of Energy took a stake in a Greenland rare earths project.",
    "Department of Energy",
    "INVESTED_IN",
    "Greenland",
  ],
  // A wish or a duty is no deal signed.
  ["Chile should sign the agreement with Peru soon.", "Chile", "PARTNERED_WITH", "Peru"],
  [
    "Tamarack Mining Corp wants to sign a deal with Osprey Energy Ltd.",
    "Tamarack Mining Corp",
    "PARTNERED_WITH",
    "Osprey Energy Ltd",
  ],
  // Rival states settling a trade dispute are not partners.
  ["Chile and Peru signed a trade deal on Friday.", "Chile", "PARTNERED_WITH", "Peru"],
  ["Chile and Peru haven’t sealed any agreement yet.", "Chile", "PARTNERED_WITH", "Peru"],
  // "Brazil's biggest producer": the possessor is where the producer works.
  ["Verde Terra, Brazil's first rare earth producer, opened a plant.", "Brazil", "PRODUCES", "rare earths"],
  // A country's production named after it is where, not who.
  ["Imports will boost US production of magnets.", "United States", "PRODUCES", "magnets"],
  // Taking control of a venture is no market share.
  [
    "Kestrel Resources will run the lithium venture until Andes Cobre SpA assumes control in 2030.",
    "Andes Cobre SpA",
    "DOMINATES",
    "lithium",
  ],
  // A list of topics after "imports" is not what was bought.
  ["Talks made progress on soybean imports, rare earths and fentanyl.", "China", "PURCHASES", "rare earths"],
];

describe("company-general", () => {
  describe("analyseDocument", () => {
    for (const [text, source, predicate, target, attrs] of FOUND) {
      it(`finds ${source} ${predicate} ${target} in "${text}"`, () => {
        const all = facts(text);
        const found = all.filter(
          (f) => f.line === `${source} ${predicate} ${target}` || f.line === `${target} ${predicate} ${source}`,
        );
        expect(found.length, all.map((f) => f.line).join("; ")).toBeGreaterThan(0);
        for (const [k, v] of Object.entries(attrs ?? {})) expect(found[0]!.attributes[k]).toBe(v);
      });
    }

    for (const [text, name] of COMPANIES) {
      it(`types ${name} as a Company in "${text}"`, () => {
        const a = analyseDocument(doc(text));
        const found = a.entities.filter((e) => e.name === name).map((e) => e.type);
        expect(found, a.entities.map((e) => `${e.name}:${e.type}`).join("; ")).toEqual(["Company"]);
      });
    }

    it("gives one company for a name and its bare first word", () => {
      const a = analyseDocument(
        doc("Quorra expects output to rise. Australian miner Quorra Rare Earths said prices fell."),
      );
      expect(a.entities.filter((e) => e.type === "Person").map((e) => e.name)).toEqual([]);
      expect(a.entities.find((e) => e.name === "Quorra Rare Earths")?.mentions.length).toBe(2);
    });

    it("reads no memorandum's abbreviation as a name", () => {
      const a = analyseDocument(doc("Tamarack Mining Corp signs MoU with Osprey Energy Ltd."));
      expect(a.entities.map((e) => e.name)).not.toContain("MoU");
    });

    for (const [text, source, predicate, target] of REFUSED) {
      it(`finds no ${source} ${predicate} ${target} in "${text}"`, () => {
        const lines = facts(text).map((f) => f.line);
        expect(lines).not.toContain(`${source} ${predicate} ${target}`);
        expect(lines).not.toContain(`${target} ${predicate} ${source}`);
      });
    }
  });
});
