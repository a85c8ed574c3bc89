// Round 18b of issue 13 (goods): mechanisms, not phrasings. Know-how traded and restricted as a good
// is a Product named by the process it performs and what it works on ("cobalt smelting
// technologies"); "<noun> makers X and Y" makes the firms producers of the document's one good whose
// name ends with that noun. Every sentence is written for this test; the firms are invented.

import { describe } from "vitest";
import { factTable, readText } from "../../_helpers/documents.ts";

const read = (text: string) => readText(text, { date: "2025-09-12" }).lines;

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
