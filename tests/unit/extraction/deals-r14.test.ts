// Round 14 of issue 13 (deals), on sentences written for this test (none taken from any corpus):
// a subject with a list set off by commas ("Korean firms, including A, B and C, have invested in
// Y") keeps its subject and the list (the clause layer read "including" as a verb there).

import { describe } from "vitest";
import { readText } from "../../_helpers/documents.ts";
import { itReadsRows, type ReadingRow } from "../../_helpers/rows.ts";

const lines = (text: string) => readText(text, { date: "2025-10-02" }).lines;

const SUBJECT_ASIDE_ROWS: ReadingRow[] = [
  [
    "Japanese groups, including Ostby Nickel Corp and Larch Metals Corp, have invested in Peru's copper sector.",
    "Larch Metals Corp INVESTED_IN Peru",
    "Japan INVESTED_IN Peru",
  ],
  [
    "Several lenders, including Harbour Bank and Kestrel Capital, financed Ostby Nickel Corp last year.",
    "Kestrel Capital INVESTED_IN Ostby Nickel Corp",
    null,
  ],
  // The list in an object, closed by the sentence's end: not the subject of any verb.
  [
    "Ostby Nickel Corp sells its ore to several smelters, including Larch Metals Corp and Harbour Mining Corp.",
    null,
    "Larch Metals Corp INVESTED_IN Ostby Nickel Corp",
  ],
];

describe("deals r14: a subject's list set off by commas", () => {
  itReadsRows(SUBJECT_ASIDE_ROWS, lines);
});
