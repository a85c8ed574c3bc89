// Round 10 of issue 13 (money), on sentences written for this test (none taken from any corpus):
// a good that only qualifies the firm, share or site bought ("a lithium miner") is no purchase of
// the good; the good itself bought still is.

import { describe } from "vitest";
import { readText } from "../../_helpers/documents.ts";
import { itReadsRows, type ReadingRow } from "../../_helpers/rows.ts";

const lines = (text: string) => readText(text, { date: "2025-10-02" }).lines;

const PURCHASE_ROWS: ReadingRow[] = [
  // The firm is bought, not its metal.
  [
    "Harbour Mining Corp agreed to buy a $2 billion Chilean lithium miner on Monday.",
    null,
    "Harbour Mining Corp PURCHASES lithium",
  ],
  [
    "Larch Metals Corp bought a controlling stake in a nickel and cobalt producer in Indonesia.",
    null,
    "Larch Metals Corp PURCHASES nickel",
  ],
  ["Ostby Group purchased two copper mines in Zambia last year.", null, "Ostby Group PURCHASES copper"],
  // The good itself bought.
  ["Japan bought more lithium from Chile in March.", "Japan PURCHASES lithium", null],
  ["India purchased copper and nickel from Zambia last year.", "India PURCHASES nickel", null],
];

describe("extraction", () => {
  describe("purchaseRule", () => {
    itReadsRows(PURCHASE_ROWS, lines);
  });
});
