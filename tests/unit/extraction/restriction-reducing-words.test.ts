// Words of reducing ("curb", "limited") restrict exports only when exports are what they reduce:
// "curbed exports of X", "limited sales of Y", "curb X exports"; not "began limited purchases of
// X" (a buyer's purchases) nor "curb the use of Y". Round 28: the validation split's one wrong
// restriction of this reading was a "curb" with no export in its object. Sentences written for this test.

import { describe } from "vitest";
import { readText } from "../../_helpers/documents.ts";
import { itReadsRows, type ReadingRow } from "../../_helpers/rows.ts";

/** The document's relations as "source PREDICATE target" lines. */
const lines = (text: string): string[] => readText(text, { date: "2025-06-02" }).lines;

type Row = [text: string, expected: string];

const FOUND: Row[] = [
  ["Indonesia limited sales of nickel to foreign smelters last year.", "Indonesia RESTRICTED_EXPORT nickel"],
  ["Last month Chile curbed lithium exports to protect local refiners.", "Chile RESTRICTED_EXPORT lithium"],
  ["Since 2023 Zambia has limited shipments of copper to two ports.", "Zambia RESTRICTED_EXPORT copper"],
];

const NOT_FOUND: Row[] = [
  ["Report: Japan begins limited purchases of Australian lithium", "Japan RESTRICTED_EXPORT lithium"],
  ["India began limited buying of cobalt from the Congo this week.", "India RESTRICTED_EXPORT cobalt"],
  ["Vietnam wants to curb the use of coal in its power plants.", "Vietnam RESTRICTED_EXPORT coal"],
];

describe("export restrictions by a word of reducing: only when exports are reduced", () => {
  itReadsRows(
    [
      ...FOUND.map(([text, fact]): ReadingRow => [text, fact, null]),
      ...NOT_FOUND.map(([text, fact]): ReadingRow => [text, null, fact]),
    ],
    lines,
  );
});
