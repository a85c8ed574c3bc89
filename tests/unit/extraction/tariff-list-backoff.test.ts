// A tariff on a list of states with no maker written: the one other state the sentence writes
// (itself, one of its people or bodies), else the document's one state imposing tariffs; never one
// of the taxed states, never a threat. Sentences written for this test.

import { describe } from "vitest";
import { readText } from "../../_helpers/documents.ts";
import { itReadsRows, type ReadingRow } from "../../_helpers/rows.ts";

/** The document's relations as "source PREDICATE target" lines. */
const lines = (text: string): string[] => readText(text, { date: "2025-06-02" }).lines;

type Row = [text: string, expected: string];

const FOUND: Row[] = [
  [
    "Judges in the United States reviewed the steel tariffs on Brazil, Peru and Chile on Monday.",
    "United States IMPOSED_TARIFF Peru",
  ],
  [
    "Judges in the United States reviewed the steel tariffs on Brazil, Peru and Chile on Monday.",
    "United States IMPOSED_TARIFF Chile",
  ],
];

const NOT_FOUND: Row[] = [
  // Two other states written: no one maker.
  [
    "Japan and the United States discussed the steel tariffs on Brazil, Peru and Chile on Monday.",
    "Japan IMPOSED_TARIFF Peru",
  ],
  [
    "Japan and the United States discussed the steel tariffs on Brazil, Peru and Chile on Monday.",
    "United States IMPOSED_TARIFF Peru",
  ],
  // A threat needs its maker.
  [
    "Judges in the United States said steel tariffs on Brazil, Peru and Chile could follow.",
    "United States IMPOSED_TARIFF Peru",
  ],
];

describe("a tariff on a list of states with no maker written", () => {
  itReadsRows(
    [
      ...FOUND.map(([text, fact]): ReadingRow => [text, fact, null]),
      ...NOT_FOUND.map(([text, fact]): ReadingRow => [text, null, fact]),
    ],
    lines,
  );
});
