// Export restrictions whose maker the sentence does not write: the backoff to the document's one
// restricting state (the source the precise rules gave, else the one state whose officials the
// document names), only where the precise rules found no restriction in the sentence, no state or
// person is named in it, and the clause before the measure neither negates, supposes nor lifts it.
// Sentences written for this test.

import { describe } from "vitest";
import { readText } from "../../_helpers/documents.ts";
import { itReadsRows, type ReadingRow } from "../../_helpers/rows.ts";

/** The document's relations as "source PREDICATE target" lines. */
const lines = (text: string): string[] => readText(text, { date: "2025-06-02" }).lines;

type Row = [text: string, expected: string];

const FOUND: Row[] = [
  // The document's restrictor from the precise rules; a bare measure with goods after it.
  [
    "Indonesia imposed export controls on nickel in March. Older restrictions, including those adopted in 2022 on bauxite, stay in place.",
    "Indonesia RESTRICTED_EXPORT bauxite",
  ],
  // The one state whose officials the document names; goods as the subject of "face".
  [
    "Chinese officials met on Monday. Officials also unveiled export controls on antimony. Tungsten and indium will also face new restrictions.",
    "China RESTRICTED_EXPORT antimony",
  ],
  [
    "Chinese officials met on Monday. Officials also unveiled export controls on antimony. Tungsten and indium will also face new restrictions.",
    "China RESTRICTED_EXPORT tungsten",
  ],
];

const NOT_FOUND: Row[] = [
  // Lifted or supposed measures are none (the measure three sentences after the last one read, past
  // the reach of the last measure's makers).
  [
    "Indonesia imposed export controls on nickel in March. Prices rose. Miners protested. Officials may later lift restrictions on bauxite.",
    "Indonesia RESTRICTED_EXPORT bauxite",
  ],
  // Two states' officials: no one restrictor.
  [
    "Chinese officials and Japanese officials met. Officials also unveiled export controls on antimony.",
    "China RESTRICTED_EXPORT antimony",
  ],
  // Another state named in the sentence.
  [
    "Indonesia imposed export controls on nickel in March. Restrictions on bauxite hurt Australia.",
    "Indonesia RESTRICTED_EXPORT bauxite",
  ],
  // The goods qualify another head: the technologies are restricted, not the metal.
  [
    "Indonesia imposed export controls on nickel in March. Prices rose. Miners protested. Wider restrictions on technologies for refining cobalt followed.",
    "Indonesia RESTRICTED_EXPORT cobalt",
  ],
];

describe("export restrictions with no maker written: the document's one restrictor", () => {
  itReadsRows(
    [
      ...FOUND.map(([text, fact]): ReadingRow => [text, fact, null]),
      ...NOT_FOUND.map(([text, fact]): ReadingRow => [text, null, fact]),
    ],
    lines,
  );
});
