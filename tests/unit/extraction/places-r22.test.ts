// Places and bodies (round 22, issue 13): the state of a government body no phrase places, as a
// backoff (a ministry the country other than the United States the story names clearly most, a
// department named as the press names the United States' to the United States). Texts written
// for the test.

import { describe } from "vitest";
import { readText } from "../../_helpers/documents.ts";
import { itReadsRows, type ReadingRow } from "../../_helpers/rows.ts";

const partOf = (text: string) => readText(text).lines.filter((l) => l.includes(" PART_OF "));

describe("extraction places r22", () => {
  describe("a body's state as a backoff", () => {
    const rows: ReadingRow[] = [
      [
        "The United States raised duties on Vietnam last week. Vietnam said the United States was wrong. The Ministry of Industry said the duties were unfair.",
        "Ministry of Industry PART_OF Vietnam",
        "Ministry of Industry PART_OF United States",
      ],
      [
        "Peru and the United States held talks. The Ministry of Mines will publish the figures.",
        "Ministry of Mines PART_OF Peru",
        null,
      ],
      // Two other states named as often: no ministry is given to either.
      [
        "Chile and Peru signed a pact with the United States. The Ministry of Mines welcomed it.",
        null,
        "Ministry of Mines PART_OF Chile",
      ],
      [
        "Canada and the United States agreed on a plan. The Department of Labor will fund two schools.",
        "Department of Labor PART_OF United States",
        null,
      ],
      [
        "Japan bought bonds from the United States. The Treasury said the sale went well.",
        "Treasury PART_OF United States",
        null,
      ],
      // A story that never names the United States gives its departments to no one.
      [
        "Kenya and Uganda met in Nairobi. The Department of Trade said talks went well.",
        null,
        "Department of Trade PART_OF Kenya",
      ],
    ];
    itReadsRows(rows, partOf);
  });
});
