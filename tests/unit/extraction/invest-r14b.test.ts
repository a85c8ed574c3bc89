// Round 14b of issue 13 (invest), on sentences written for this test (none taken from any corpus):
// a date opening a sentence ("In March 2023,", "On Monday,") is not the first item of a list, so
// the names after its comma stay the clause's coordinated subject ("In 2021, A and B signed a
// joint venture"); a list of dates stays a list, and a single subject after the date reads as before.

import { describe } from "vitest";
import { readText } from "../../_helpers/documents.ts";
import { itReadsRows, type ReadingRow } from "../../_helpers/rows.ts";

const lines = (text: string) => readText(text, { date: "2025-10-02" }).lines;

const FRONTED_DATE_ROWS: ReadingRow[] = [
  [
    "In 2021, Quarry Pine Resources and Tamsin Alloys Corp signed an agreement to build a cobalt refinery.",
    "Quarry Pine Resources PARTNERED_WITH Tamsin Alloys Corp",
    null,
  ],
  [
    "On Thursday, Quarry Pine Resources and Tamsin Alloys Corp announced a partnership on cobalt.",
    "Quarry Pine Resources PARTNERED_WITH Tamsin Alloys Corp",
    null,
  ],
  [
    "In late September 2024, Quarry Pine Resources and Tamsin Alloys Corp formed a joint venture.",
    "Quarry Pine Resources PARTNERED_WITH Tamsin Alloys Corp",
    null,
  ],
  // One subject after the date: read as before.
  [
    "In May 2022, Quarry Pine Resources invested $40 million in Tamsin Alloys Corp to expand its mine.",
    "Quarry Pine Resources INVESTED_IN Tamsin Alloys Corp",
    null,
  ],
  // Two sides of a dispute, not of a deal: the date changes nothing there.
  ["In 2023, Peru and Norway traded accusations over fishing quotas.", null, "Peru PARTNERED_WITH Norway"],
  // The names stay objects of the preposition when no date comes first.
  ["The ministry signed supply agreements with Peru, Norway and Chile last year.", null, "Peru PARTNERED_WITH Norway"],
];

describe("invest r14b: a date opening the sentence is no list item", () => {
  itReadsRows(FRONTED_DATE_ROWS, lines);
});
