// Round 18b of issue 13 (goods): mechanisms, not phrasings. Know-how traded and restricted as a good
// is a Product named by the process it performs and what it works on ("cobalt smelting
// technologies"); "<noun> makers X and Y" makes the firms producers of the document's one good whose
// name ends with that noun. Every sentence is written for this test; the firms are invented.

import { describe, expect, it } from "vitest";
import { entityNames, factTable, readText } from "../../_helpers/documents.ts";

const read = (text: string) => readText(text, { date: "2025-09-12" }).lines;
const products = (text: string) => entityNames(text, "Product", { date: "2025-09-12" });

describe("goods r18b: a process's technology is a good", () => {
  const finds: [string, string][] = [
    [
      "Vietnam barred the export of cobalt smelting and purification technologies last week.",
      "cobalt smelting and purification technologies",
    ],
    ["Peru will share its refining technologies with Bolivia under the pact.", "refining technologies"],
    ["The list now adds anode powder synthesis technology to its entries.", "anode powder synthesis technology"],
    // Coordinated processes after no good: the last names the class.
    ["The two firms plan to work on mining and smelting technologies in Zambia.", "smelting technologies"],
    // A good alone names one only as an export's object.
    ["Brazil lifted its export curbs on niobium technology on Monday.", "niobium technology"],
  ];
  for (const [text, name] of finds)
    it(`finds "${name}" in "${text}"`, () => {
      expect(products(text)).toContain(name);
    });
  const none: [string, string][] = [
    // An adjective before the phrase makes it one technique.
    ["The plant uses novel lithium extraction technology from Chile.", "extraction technology"],
    ["The plant uses novel lithium extraction technology from Chile.", "lithium extraction technology"],
    // A good before the head outside an export's object is no class of goods.
    ["Thieves stole niobium technology from a lab in Brazil.", "niobium technology"],
    ["Mines rely on modern technology to cut costs.", "modern technology"],
  ];
  for (const [text, name] of none)
    it(`finds no "${name}" in "${text}"`, () => {
      expect(products(text)).not.toContain(name);
    });
});

describe("goods r18b: '<noun> makers X and Y' make the document's good of that noun", () => {
  factTable(
    read,
    [
      [
        "Chile restricted exports of mining equipment. The rule hurts equipment makers Dorvane Corp and Kessly Tools.",
        "Dorvane Corp PRODUCES mining equipment",
      ],
      [
        "Chile restricted exports of mining equipment. The rule hurts equipment makers Dorvane Corp and Kessly Tools.",
        "Kessly Tools PRODUCES mining equipment",
      ],
      [
        "Japan buys rare earth magnets from abroad. Orlenta Magnetics, the magnet maker, won the contract.",
        "Orlenta Magnetics PRODUCES magnets",
      ],
    ],
    [
      // Two goods share the noun: no one good.
      [
        "Chile restricted exports of mining equipment and medical equipment. Equipment makers Dorvane Corp objected.",
        "Dorvane Corp PRODUCES mining equipment",
      ],
      // A noun no good of the document ends with.
      ["Chile restricted exports of copper. Software makers Dorvane Corp objected.", "Dorvane Corp PRODUCES copper"],
    ],
  );
});
