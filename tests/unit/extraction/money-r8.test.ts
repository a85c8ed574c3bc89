// Company recognition and investment (round 8 of issue 13), on sentences written for this test
// (none taken from any corpus): partnership suffixes that name a firm (LLP, Pvt, SARL, Srl, OOO),
// a joint venture's owners named in apposition ("Z, a joint venture between X and Y"), a share of a
// firm owned in a relative clause ("X, 60% of which is owned by Y"); then sentences where nothing
// must be read.

import { describe } from "vitest";
import { readText } from "../../_helpers/documents.ts";
import { itReadsRows, itTypesRows, type ReadingRow } from "../../_helpers/rows.ts";

const lines = (text: string) => readText(text, { date: "2025-10-02" }).lines;

const ROWS: ReadingRow[] = [
  // Partnership suffixes: the firm is typed, and the verb's frame reads it.
  [
    "Halden Kell will acquire 60% of Ostby Copper LLP and Marrow Processing LLP, the filing said.",
    "Halden Kell INVESTED_IN Marrow Processing LLP",
    null,
  ],
];

describe("extraction", () => {
  describe("companyByRole", () => {
    itTypesRows(
      "Company",
      [
        ["The mine is run by Tobol Processing LLP, a local operator.", "Tobol Processing LLP"],
        ["Ostby Minerals Pvt Ltd will build a smelter in Odisha.", "Ostby Minerals Pvt Ltd"],
        ["Ferrante Metalli Srl supplies copper rod to carmakers.", "Ferrante Metalli Srl"],
        ["Volga Tekh OOO said it would double output.", "Volga Tekh OOO"],
      ],
      [
        // A lone suffix-like word is no firm.
        ["Talks with Peru on a SAS flight schedule ended.", "Peru"],
      ],
    );
  });
  describe("investment", () => {
    itReadsRows(ROWS, lines);
  });
});
