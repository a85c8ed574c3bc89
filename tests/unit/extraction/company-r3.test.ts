// Company facts of round 3 on sentences written for this test (none taken from any corpus):
// takeovers ("X's acquisition of Y"), stakes handed over ("the deal gives X a stake in Y"),
// warrants and shares received, ownership ("Y, owned by X", "Y's parent X", "X's unit Y"), what a
// firm or state works ("X's copper assets", "Y's nickel industry"); then sentences where the fact
// must be refused (a blocked takeover, a stock move, a state's purchase of goods).

import { describe, expect, it } from "vitest";
import { analyseDocument } from "../../../src/extraction/index.ts";
import { readText, testDocument } from "../../_helpers/documents.ts";
import { itTypesRows } from "../../_helpers/rows.ts";

const doc = (text: string) => testDocument(text, { date: "2025-09-12" });

type Fact = [text: string, source: string, predicate: string, target: string, attrs?: Record<string, string>];

const facts = (text: string) => readText(text, { date: "2025-09-12" }).facts;

const FOUND: Fact[] = [
  // Takeovers.
  [
    "Glencore Nickel's $2 billion takeover of Pilbara Cobalt Ltd closed on Friday.",
    "Glencore Nickel",
    "INVESTED_IN",
    "Pilbara Cobalt Ltd",
    { amount: "$2 billion", kind: "acquisition" },
  ],
  [
    "Ottawa cleared Borealis Mining's acquisition of Yukon Tungsten Corp. on Tuesday.",
    "Borealis Mining",
    "INVESTED_IN",
    "Yukon Tungsten Corp.",
    { kind: "acquisition" },
  ],
  ["Kaito & Co.'s purchase of Wattle Lithium Ltd closed in May.", "Kaito & Co.", "INVESTED_IN", "Wattle Lithium Ltd"],
  [
    "Kaito & Co. agreed to buy Wattle Lithium Ltd for $1 billion.",
    "Kaito & Co.",
    "INVESTED_IN",
    "Wattle Lithium Ltd",
    { amount: "$1 billion", kind: "acquisition" },
  ],
  ["Vela Magnetics Inc. was acquired by Kaito & Co. in 2023.", "Kaito & Co.", "INVESTED_IN", "Vela Magnetics Inc."],
  // Stakes and interests held ("has", "retains"), loans under review.
  ["Kaito & Co. has a 15% stake in Wattle Lithium Ltd.", "Kaito & Co.", "INVESTED_IN", "Wattle Lithium Ltd."],
  ["Kaito & Co. retains a 40% stake in Wattle Lithium Ltd.", "Kaito & Co.", "INVESTED_IN", "Wattle Lithium Ltd."],
  ["Kaito & Co. holds a 30% interest in the Andina project.", "Kaito & Co.", "INVESTED_IN", "Andina"],
  [
    "The Export-Import Bank is reviewing a $120 million loan to Wattle Lithium Ltd.",
    "Export-Import Bank of the United States",
    "INVESTED_IN",
    "Wattle Lithium Ltd.",
    { amount: "$120 million", kind: "loan" },
  ],
  // Money put into a firm or a country.
  [
    "Kaito & Co. will inject $200 million into Wattle Lithium Ltd.",
    "Kaito & Co.",
    "INVESTED_IN",
    "Wattle Lithium Ltd.",
    { amount: "$200 million" },
  ],
  [
    "Saudi Arabia has committed $600 billion in investments in the United States.",
    "Saudi Arabia",
    "INVESTED_IN",
    "United States",
    { amount: "$600 billion" },
  ],
  [
    "Harbour Capital led a $50 million funding round for Wattle Lithium Ltd.",
    "Harbour Capital",
    "INVESTED_IN",
    "Wattle Lithium Ltd.",
  ],
  // A stake handed over.
  [
    "The deal gives the U.S. government a 10 percent stake in Seoul Zinc Corp.",
    "United States",
    "INVESTED_IN",
    "Seoul Zinc Corp.",
    { kind: "equity" },
  ],
  [
    "Under the plan, Jakarta will hand Danantara Holdings a 51% stake in Sulawesi Nickel Tbk.",
    "Danantara Holdings",
    "INVESTED_IN",
    "Sulawesi Nickel Tbk",
  ],
  // Warrants and shares received.
  [
    "The Pentagon will receive warrants in Vela Magnetics Inc. as part of the loan.",
    "Pentagon",
    "INVESTED_IN",
    "Vela Magnetics Inc.",
    { kind: "equity" },
  ],
  [
    "The Energy Department gets shares of Northwind Lithium Corp. under the revised loan terms.",
    "Energy Department",
    "INVESTED_IN",
    "Northwind Lithium Corp.",
  ],
  // Ownership.
  [
    "Wattle Lithium Ltd, which is wholly owned by Kaito & Co., exports spodumene.",
    "Kaito & Co.",
    "INVESTED_IN",
    "Wattle Lithium Ltd",
    { kind: "ownership" },
  ],
  ["Ridgeline Holdings owns Kestrel Metals and two smelters.", "Ridgeline Holdings", "INVESTED_IN", "Kestrel Metals"],
  ["Wattle Lithium Ltd's parent Kaito & Co. declined to comment.", "Kaito & Co.", "INVESTED_IN", "Wattle Lithium Ltd"],
  [
    "Kaito & Co., the owner of Wattle Lithium Ltd, declined to comment.",
    "Kaito & Co.",
    "INVESTED_IN",
    "Wattle Lithium Ltd",
  ],
  [
    "Zhenhai Mining Group's Congolese unit Kivu Copper SA mines cobalt.",
    "Zhenhai Mining Group",
    "INVESTED_IN",
    "Kivu Copper SA",
    { kind: "ownership" },
  ],
  [
    "Kivu Copper SA, an affiliate of Zhenhai Mining Group, ships cobalt to China.",
    "Zhenhai Mining Group",
    "INVESTED_IN",
    "Kivu Copper SA",
  ],
  [
    "Kestrel Metals sells copper through its subsidiary Andes Cobre SpA.",
    "Kestrel Metals",
    "INVESTED_IN",
    "Andes Cobre SpA",
  ],
  // Funding a firm's site funds the firm.
  [
    "The Australian government backed Kestrel Rare Earths' new mine in Queensland.",
    "Australia",
    "INVESTED_IN",
    "Kestrel Rare Earths",
  ],
  ["Japan's JBIC will finance the Osprey Mining copper project in Peru.", "Japan", "INVESTED_IN", "Osprey Mining"],
  [
    "Canada supported Osprey Mining's refinery expansion with a C$50 million grant.",
    "Canada",
    "INVESTED_IN",
    "Osprey Mining",
    { amount: "C$50 million" },
  ],
  // A company noun that names the goods ("watchmaker", "chipmaker"), when the goods are named too.
  [
    "Tariffs hit exports of watches and chocolate. Swiss watchmakers Horlogia Group and Montreval fell.",
    "Montreval",
    "PRODUCES",
    "watches",
  ],
  ["Chipmaker Zentrix said demand for semiconductors rose.", "Zentrix", "PRODUCES", "semiconductors"],
  ["Vorstahl, the German steelmaker, cut prices of steel in May.", "Vorstahl", "PRODUCES", "steel"],
  // A producer's noun after "as".
  ["The ban hit Zambia as a leading copper exporter.", "Zambia", "PRODUCES", "copper"],
  ["Chile's role as the world's largest producer of copper is at risk.", "Chile", "PRODUCES", "copper"],
  [
    "Analysts see Kestrel Metals as the only Western refiner of heavy rare earths.",
    "Kestrel Metals",
    "PRODUCES",
    "heavy rare earths",
  ],
  // What a firm works (round 12b: a state's "copper industry" no longer reads as the state producing).
  ["Teal Resources' copper assets in Peru have drawn bidders.", "Teal Resources", "PRODUCES", "copper"],
  ["Kestrel Metals' nickel operations in Sulawesi expanded last year.", "Kestrel Metals", "PRODUCES", "nickel"],
];

const REFUSED: [text: string, line: string][] = [
  // A blocked takeover did not happen.
  [
    "Regulators blocked Delta Mining's acquisition of Pilbara Cobalt Ltd.",
    "Delta Mining INVESTED_IN Pilbara Cobalt Ltd",
  ],
  // A state buying goods is a purchase, not a takeover of a firm.
  ["Peru's purchase of soybeans rose in June.", "Peru INVESTED_IN soybeans"],
  // A stock move names no investor.
  ["Sierra Magnetics Inc. shares rose 12% on Monday.", "Sierra Magnetics Inc. INVESTED_IN Sierra Magnetics Inc."],
  // Owning a mine is production (another rule), not a stake in a firm.
  ["Kaito & Co. owns a copper mine in Peru.", "Kaito & Co. INVESTED_IN Peru"],
  // Backing a firm's bid or plan is no investment in it.
  ["Canada backed Osprey Mining's bid for Larch Metals Inc.", "Canada INVESTED_IN Osprey Mining"],
  ["Peru backed Osprey Mining's plan to build a smelter.", "Peru INVESTED_IN Osprey Mining"],
  // A maker's noun mints no goods of its own: no cars are named here.
  ["Korean carmaker Hanro Motors opened a plant in Peru.", "Hanro Motors PRODUCES cars"],
  // The maker's noun is not next to the firm.
  // (Round 23: "X, which sells Y" types X a firm, and a firm sells its own output: the row buys.)
  ["Chipmakers in Taiwan welcomed Zentrix, which buys semiconductors.", "Zentrix PRODUCES semiconductors"],
  // A wish to buy a firm is no purchase of it; goods bought from a firm buy no share in it.
  ["Kaito & Co. wants to buy Wattle Lithium Ltd.", "Kaito & Co. INVESTED_IN Wattle Lithium Ltd."],
  ["Kaito & Co. will buy magnets from Wattle Lithium Ltd.", "Kaito & Co. INVESTED_IN Wattle Lithium Ltd."],
  // Cold water poured into talks is no money.
  ["China poured cold water into the talks with Peru.", "China INVESTED_IN Peru"],
  // A buyer after "as" produces nothing; "as well as" is no apposition.
  ["Peru sees China as a major buyer of copper.", "China PRODUCES copper"],
  ["Chile as well as major copper producers objected.", "Chile PRODUCES copper"],
  // An interest in buying is no stake; a stake in an outcome neither.
  ["Kaito & Co. has an interest in buying Wattle Lithium Ltd.", "Kaito & Co. INVESTED_IN Wattle Lithium Ltd."],
  ["China has a stake in the outcome of the talks with Peru.", "China INVESTED_IN Peru"],
  ["Chinese companies have a fair investment environment in the US.", "China INVESTED_IN United States"],
  // A charging or trading business produces nothing of the good it names.
  ["Volta Power's lithium trading business was sold.", "Volta Power PRODUCES lithium"],
];

/** Goods named as the text names them: a word of its own is an entity of its own ("automobiles", not "cars"). */
const GOODS: [text: string, names: string[]][] = [
  [
    "Germanium goes into integrated circuits, LEDs and fibre optics that Vietnam exports.",
    ["integrated circuits", "LEDs", "fiber optics"],
  ],
  [
    "Seoul raised tariffs on automobiles, household appliances and SUVs from Mexico.",
    ["automobiles", "appliances", "SUVs"],
  ],
  [
    "Exports of canola meal, rapeseed oil and canola seeds to Japan fell.",
    ["canola meal", "canola oil", "canola seed"],
  ],
  ["The smelter in Chile will also produce sulphuric acid.", ["sulfuric acid"]],
  [
    "Taiwan ships central processing units and electronic goods to Peru.",
    ["central processing units", "electronic goods"],
  ],
  ["India cut duties on medicines and gin from Britain.", ["medicines", "gin"]],
];

/** Companies named with no suffix, after a fund's or state ownership's words. */
const COMPANIES: [text: string, name: string][] = [
  // A sovereign wealth fund is a body of state since round 12b (entities-r12b.test.ts).
  ["The refinery is owned by the Qatari investment fund Qirat and by Emirate Steel.", "Qirat"],
  ["Norway's pension fund Fjordkapital sold its shares in the miner.", "Fjordkapital"],
  ["Brazil's state-owned Petrobrasa signed the supply deal in Brasilia.", "Petrobrasa"],
  ["China's state-run SINOGRAIN booked three cargoes of U.S. soybeans.", "SINOGRAIN"],
  // A brand before a manufactured good's plural noun.
  ["Indonesia pledged to buy 50 Boeing jets and more U.S. wheat.", "Boeing"],
  ["China will buy 100 Airbus planes next year.", "Airbus"],
  ["Sales of Tesla cars fell in Europe in May.", "Tesla"],
  // A legal suffix after a comma stays in the name.
  ["Washington took a stake in Arctic Metals, Inc. last week.", "Arctic Metals, Inc."],
  ["Investors include Kestrel Holdings, Ltd. and Osprey Mining.", "Kestrel Holdings, Ltd."],
  ["Shares of Larch, Inc. rose 4% on Monday.", "Larch, Inc."],
];
/** Names that must not become companies. */
const NOT_COMPANIES: [text: string, name: string][] = [
  // A fund's own name with its head word is an Organization, not a company after "fund".
  ["The International Monetary Fund warned on Tuesday.", "International Monetary Fund"],
  // A news agency keeps its type.
  ["The state-run Xinhua news agency reported the deal.", "Xinhua"],
  // A model is no brand; a verb after a name is no good.
  ["Nvidia will export H20 chips to China.", "H20"],
  ["US says talks went well as Trump jets to KL.", "Trump"],
  // A legal suffix alone is no firm.
  ["Washington took a stake in Arctic Metals, Inc. last week.", "Inc."],
];

describe("extraction", () => {
  describe("companies named after a fund's or state ownership's words, round 3", () => {
    itTypesRows("Company", COMPANIES, NOT_COMPANIES);
  });

  describe("products named as written, round 3", () => {
    for (const [text, names] of GOODS) {
      it(`finds ${names.join(", ")} in "${text}"`, () => {
        const products = analyseDocument(doc(text))
          .entities.filter((e) => e.type === "Product")
          .map((e) => e.name);
        for (const n of names) expect(products, products.join("; ")).toContain(n);
      });
    }
  });

  describe("partners named before 'the two companies', round 3", () => {
    const PAIRS: [text: string, a: string, b: string][] = [
      [
        "Kaito & Co. will buy lithium from Wattle Lithium Ltd. The two companies will also work together on a refinery in Perth.",
        "Kaito & Co.",
        "Wattle Lithium Ltd.",
      ],
      [
        "Osprey Mining and Larch Metals Inc. reported results on Monday. Shares rose. In a filing, the companies said they had signed a memorandum of understanding on a smelter.",
        "Osprey Mining",
        "Larch Metals Inc.",
      ],
      [
        "Seoul carmaker Hanro Motors sent executives to Kivu Copper SA in Kinshasa. Both companies agreed to form a joint venture for cobalt refining.",
        "Hanro Motors",
        "Kivu Copper SA",
      ],
      // Two firms developing a site together.
      [
        "Cove Holdings will develop a large tungsten deposit in Kazakhstan with the state mining firm Tau Minerals JSC.",
        "Cove Holdings",
        "Tau Minerals JSC",
      ],
      ["Kaito & Co. will develop the deposit with Wattle Lithium Ltd.", "Kaito & Co.", "Wattle Lithium Ltd."],
      // Two firms bound by a supply deal.
      [
        "Kaito & Co. has struck a $500 million deal to buy lithium from Wattle Lithium Ltd.",
        "Kaito & Co.",
        "Wattle Lithium Ltd.",
      ],
      [
        "Kaito & Co. agreed to sell its copper output to Wattle Lithium Ltd under a ten-year contract.",
        "Kaito & Co.",
        "Wattle Lithium Ltd",
      ],
      [
        "Hanro Motors will buy all the cobalt produced by Kivu Copper SA under an offtake agreement.",
        "Hanro Motors",
        "Kivu Copper SA",
      ],
    ];
    const NONE: [text: string, why: string][] = [
      [
        "Osprey Mining and Larch Metals Inc. are rivals in Peru. The two companies signed no agreement.",
        "no agreement",
      ],
      [
        "Osprey Mining and Larch Metals Inc. reported results. The two companies are locked in a dispute over the joint venture.",
        "a dispute",
      ],
      [
        "Kaito & Co. bought Wattle Lithium Ltd. The two companies said the acquisition would close together.",
        "a takeover",
      ],
      ["Osprey Mining reported results. The companies in the index rose together.", "one firm named"],
      ["Kaito & Co. sold lithium to Wattle Lithium Ltd, but no contract was signed.", "no contract"],
      ["Kaito & Co. operates the mine with Wattle Lithium Ltd's approval.", "an approval"],
      ["Kaito & Co. wants to develop the mine with Wattle Lithium Ltd.", "a wish"],
      ["Kaito & Co. built the plant with help from Japan.", "help from a state"],
      ["Kaito & Co. bought lithium from Wattle Lithium Ltd after a trade deal between Japan and Peru.", "a trade deal"],
    ];
    const partners = (text: string) => {
      const a = analyseDocument(doc(text));
      const name = new Map(a.entities.map((e) => [e.id, e.name]));
      return a.relations
        .filter((r) => r.predicate === "PARTNERED_WITH")
        .map((r) => [name.get(r.source), name.get(r.target)].sort().join(" + "));
    };
    for (const [text, a, b] of PAIRS) {
      it(`pairs ${a} with ${b} in "${text}"`, () => {
        expect(partners(text)).toContain([a, b].sort().join(" + "));
      });
    }
    for (const [text, why] of NONE) {
      it(`finds no partnership (${why}) in "${text}"`, () => {
        expect(partners(text)).toEqual([]);
      });
    }
  });

  describe("company facts, round 3", () => {
    for (const [text, source, predicate, target, attrs] of FOUND) {
      it(`finds ${source} ${predicate} ${target} in "${text}"`, () => {
        const all = facts(text);
        const hit = all.find((f) => f.line === `${source} ${predicate} ${target}`);
        expect(hit, all.map((f) => f.line).join("; ")).toBeDefined();
        for (const [k, v] of Object.entries(attrs ?? {})) expect(hit!.attributes[k]).toBe(v);
      });
    }
    for (const [text, line] of REFUSED) {
      it(`refuses ${line} in "${text}"`, () => {
        expect(facts(text).map((f) => f.line)).not.toContain(line);
      });
    }
  });
});
