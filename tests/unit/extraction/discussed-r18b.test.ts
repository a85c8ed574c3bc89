// Round 18b of issue 13, the DISCUSSED area: precision of the talks' topics. A policy is a topic of
// talks only when the clause names it (a capitalised title); a common-noun agreement ("a reciprocal
// trade agreement") is no policy a reader can tell apart. Sentences written for these tests (not
// copied from any article), with positives and refusals.

import { describe } from "vitest";
import { factTable, readText } from "../../_helpers/documents.ts";

const lines = (text: string) => readText(text, { date: "2025-06-12" }).lines;

describe("rules/talks: a policy is a topic of talks only when named (round 18b)", () => {
  factTable(
    lines,
    [
      [
        "Peru and Korea held talks in Lima on Tuesday. The talks focused on the Pacific Fisheries Accord and copper.",
        "Lima trade talks DISCUSSED Pacific Fisheries Accord",
      ],
      [
        "Peru and Korea held talks in Lima on Tuesday. The two sides discussed the Section 232 investigation.",
        "Lima trade talks DISCUSSED Section 232 investigation",
      ],
      [
        "Peru and Korea held talks in Lima on Tuesday. The talks covered the Andes Free Trade Agreement.",
        "Lima trade talks DISCUSSED Andes Free Trade Agreement",
      ],
      // The other topics of the clause stay.
      [
        "Peru and Korea held talks in Lima on Tuesday. The talks focused on a reciprocal trade agreement and copper.",
        "Lima trade talks DISCUSSED copper",
      ],
    ],
    [
      [
        "Peru and Korea held talks in Lima on Tuesday. The talks focused on a reciprocal trade agreement and copper.",
        "Lima trade talks DISCUSSED reciprocal trade agreement",
      ],
      [
        "Peru and Korea held talks in Lima on Tuesday. The talks focused on a reciprocal trade agreement and copper.",
        "Lima trade talks DISCUSSED Korea-Peru reciprocal trade agreement",
      ],
    ],
  );
});
