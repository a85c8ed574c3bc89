// Round 26b of issue 13, DISCUSSED: an agreement a clause reaches, signs or announces, in a sentence
// pointing to one meeting (named there, or "after the talks" with a neighbour naming it), is that
// meeting's topic (topic-agreement-outcome). Sentences written for these tests (not copied from any
// article).

import { describe } from "vitest";
import { factTable, readText } from "../../_helpers/documents.ts";

const lines = (text: string) => readText(text, { date: "2025-06-12" }).lines;

const doc = (sentence: string) =>
  [
    "Norway and Peru seal fisheries pact",
    "",
    "Norwegian Trade Minister Kari Berg and Peruvian Trade Minister Ana Vera held talks in Oslo on Monday.",
    sentence,
  ].join("\n");

const AFTER_THE_TALKS = doc("The Pacific Fisheries Accord was reached after the talks, the ministry said.");
const AT_THE_MEETING = doc("The two sides reached the Pacific Fisheries Accord at the meeting, officials said.");
const PRAISED = doc("The Pacific Fisheries Accord was praised after the talks, the ministry said.");
const NO_MEETING = doc(
  "Officials said on Tuesday that the Pacific Fisheries Accord had been reached, the ministry said.",
);

describe("rules/agreement-outcomes: an agreement made at a meeting is the meeting's topic (round 26b)", () => {
  factTable(
    lines,
    [
      [AFTER_THE_TALKS, "Oslo trade talks DISCUSSED Pacific Fisheries Accord"],
      [AT_THE_MEETING, "Oslo trade talks DISCUSSED Pacific Fisheries Accord"],
    ],
    [
      // Named, not reached, signed or announced.
      [PRAISED, "Oslo trade talks DISCUSSED Pacific Fisheries Accord"],
      // Reached, but the sentence points to no meeting.
      [NO_MEETING, "Oslo trade talks DISCUSSED Pacific Fisheries Accord"],
    ],
  );
});
