// Round 12 of issue 13 (producers), on sentences written for this test (none taken from any
// corpus), positives and refusals. A description set off by commas after a firm ("X, a Canadian
// company that mines Y") is the firm, never the state its demonym names; a plural agent noun names
// each bare name its list adds ("nickel miners X and Y"); "<good> mining company" and "<good> major"
// name a producer; a legal form opening a name ("PT X Indonesia") keeps every word after it; a
// firm's first word guessed a place from "at" alone is the firm; a site named with its noun ("the X
// mine") is what a later bare "X" names; how goods travel ("bulk shipments") is no good; an amount's
// goods after "in" ("imports of $N in Y") and buyers named by where they are ("to customers in X").

import { describe, expect, it } from "vitest";
import { analyseDocument } from "../../../src/extraction/index.ts";
import { testDocument } from "../../_helpers/documents.ts";
import { itGivesFacts, itTypesRows } from "../../_helpers/rows.ts";

describe("PRODUCES: the firm a description is apposed to", () => {
  itGivesFacts(
    [
      [
        "Kestrel Minerals, a Canadian company that mines and refines cobalt, said on Monday it would expand.",
        ["Kestrel Minerals PRODUCES cobalt"],
      ],
      [
        "Harbin Alloy, a Chinese firm that makes titanium sponge, was fined last year.",
        ["Harbin Alloy PRODUCES titanium"],
      ],
    ],
    [
      [
        "Kestrel Minerals, a Canadian company that mines and refines cobalt, said on Monday it would expand.",
        "Canada PRODUCES cobalt",
      ],
      ["Harbin Alloy, a Chinese firm that makes titanium sponge, was fined last year.", "China PRODUCES titanium"],
    ],
  );
});

describe("PRODUCES: a plural agent noun and the names its list adds", () => {
  itGivesFacts(
    [
      [
        "Buyers include graphite makers Kestrel Anode and Ostby Carbon Group.",
        ["Ostby Carbon Group PRODUCES graphite"],
      ],
      [
        "Analysts pointed to zinc smelters Varro Metals Corp and Lintel Zinc Ltd on Friday.",
        ["Lintel Zinc Ltd PRODUCES zinc"],
      ],
    ],
    [
      // A singular noun names only the one name after it.
      ["Talks involved graphite maker Kestrel Anode and Ostby Carbon Group.", "Ostby Carbon Group PRODUCES graphite"],
    ],
  );
});

describe("PRODUCES: a firm named by what it digs", () => {
  itGivesFacts(
    [
      ["Ostby Carbon, an Australian graphite mining company, said output rose.", ["Ostby Carbon PRODUCES graphite"]],
      [
        "The court approved a venture between state-run copper major Corvex and Lumo Lithium.",
        ["Corvex PRODUCES copper"],
      ],
    ],
    [
      ["Officials said a major copper mine would open in Peru next year.", "Peru PRODUCES copper"],
      ["Ostby Carbon, an Australian graphite mining company, said output rose.", "Australia PRODUCES graphite"],
    ],
  );
});

describe("Company: legal forms opening a name, a firm's first word after 'at'", () => {
  itTypesRows(
    "Company",
    [
      ["The smelter is run by PT Kestrel Nickel Indonesia and a Chinese partner.", "PT Kestrel Nickel Indonesia"],
      ["Shares of PJSC Varnak rose 3% on Monday.", "PJSC Varnak"],
    ],
    [["The call starts at 9 a.m. PT Monday, the company said.", "PT Monday"]],
  );
  it("reads a firm's first word after 'at' as the firm, and its later repeats", () => {
    const a = analyseDocument(
      testDocument(
        "Lynwood Rare Earths Ltd said its plant at Lynwood Malaysia had started. Lynwood is the only producer of terbium outside China.",
        { date: "2025-06-12" },
      ),
    );
    expect(a.entities.filter((e) => e.type === "Place").map((e) => e.name)).not.toContain("Lynwood");
    const names = new Map(a.entities.map((e) => [e.id, e.name]));
    expect(a.relations.map((r) => `${names.get(r.source)} ${r.predicate} ${names.get(r.target)}`)).toContain(
      "Lynwood Rare Earths Ltd PRODUCES terbium",
    );
  });
});

describe("Place: a site named with its noun is what a later bare name names", () => {
  itTypesRows(
    "Place",
    [["Ostby Carbon runs the Tarvo mine in Mozambique. Operations at Tarvo resumed in May.", "Tarvo"]],
    [],
  );
  itTypesRows(
    "Company",
    [],
    [["Ostby Carbon runs the Tarvo mine in Mozambique. Operations at Tarvo resumed in May.", "Tarvo"]],
  );
});

describe("Product: how goods travel is no good", () => {
  itTypesRows(
    "Product",
    [],
    [
      ["Exports of frozen durian to China rose in May.", "durian"],
      ["The miner completed large bulk shipments to India.", "bulk"],
      ["Container shipments to Japan rose in May.", "container"],
    ],
  );
});

describe("PURCHASES: an amount's goods, buyers named by where they are", () => {
  itGivesFacts(
    [
      [
        "The package includes Chile's planned imports of $12 billion in farm products from the US.",
        ["Chile PURCHASES agricultural products"],
      ],
      ["Ostby Metals sells refined cobalt to customers in Japan and South Korea.", ["South Korea PURCHASES cobalt"]],
      ["The plant has shipped graphite to buyers in India since May.", ["India PURCHASES graphite"]],
    ],
    [["Ostby Metals sold its cobalt unit to investors in Japan.", "Japan PURCHASES cobalt"]],
  );
});

describe("DOMINATES and PURCHASES: clauses the tagger misreads", () => {
  itGivesFacts(
    [
      // A bare verb after a list of names, and "its production" standing for the passage's good.
      [
        "Our industry leans on antimony. Yet Peru, Bolivia, and Chile control 85% of its production.",
        ["Bolivia DOMINATES antimony", "Chile DOMINATES antimony"],
      ],
      // "supplies its chips": a registry verb's "-s" form before a possessive; the buyers listed after ", including".
      [
        "Varnak Semiconductor supplies its chips to several Indian phone makers, including Lumio and Karta, among others.",
        ["Lumio PURCHASES semiconductors", "Karta PURCHASES semiconductors"],
      ],
    ],
    [
      // "trade" before a noun after "the US and China" stays a noun phrase.
      ["The US and China trade war hurt soybean farmers.", "China PURCHASES soybeans"],
      // A list before a noun, not a bare verb: "the Peru and Chile control regime".
      ["Our industry leans on antimony. The Peru and Chile control regime was debated.", "Chile DOMINATES antimony"],
    ],
  );
});

describe("PRODUCES: goods listed after 'like', a resolved 'the firm' before a registry verb", () => {
  itGivesFacts(
    [
      [
        "Tarvo Metals runs a mine in Nevada. There, the firm extracts metals like tungsten and molybdenum for export.",
        ["Tarvo Metals PRODUCES tungsten", "Tarvo Metals PRODUCES molybdenum"],
      ],
      ["Varro Mining operates nickel assets in Sulawesi.", ["Varro Mining PRODUCES nickel"]],
    ],
    [
      // "like" lists goods only: players named after it are no pair of partners.
      [
        "The rule affects all cobalt producers, including major players like Varro Mining and Lintel Zinc, which run mines there.",
        "Varro Mining PARTNERED_WITH Lintel Zinc",
      ],
    ],
  );
});

describe("PURCHASES: goods listed after ', including' under the goods bought", () => {
  itGivesFacts(
    [
      [
        "Japan will purchase $8 billion of American farm goods, including corn and soybeans.",
        ["Japan PURCHASES corn", "Japan PURCHASES soybeans"],
      ],
    ],
    [
      // A list under another phrase of the sentence is not what was bought.
      ["Japan will purchase American corn, officials including Ito Kenji said.", "Japan PURCHASES Ito Kenji"],
    ],
  );
});
