// A meeting placed in a capital has the host state as a side only when the text names one of the
// host's people at it (a participant, or a person of the host in the meeting's sentence), or when
// the meeting is a summit (its host's leader chairs it) or a group's gathering. A visitor's meeting
// in a capital with none of the host's people is only placed there (round 22b).
// Every sentence here is written for these tests (not copied from any article): positives and
// refusals.

import { describe } from "vitest";
import { factTable, readText } from "../../_helpers/documents.ts";

const read = (text: string): string[] => readText(text, { date: "2025-06-02" }).lines;

describe("rules/delegations hostSides (the host of a meeting in its capital, named at it)", () => {
  factTable(
    read,
    [
      [
        "Chilean Foreign Minister Ana Soto wrapped up a meeting in Tokyo with Japanese Trade Minister Ken Sato on Thursday.",
        "Chile NEGOTIATED_WITH Japan",
      ],
      [
        "EU chief Ursula Brandt warned on Thursday that ties with Japan were strained, as she wrapped up a tense summit in Tokyo.",
        "European Union NEGOTIATED_WITH Japan",
      ],
    ],
    [
      [
        "EU chief Ursula Brandt warned on Thursday that ties with Japan were strained, as she wrapped up a tense meeting in Tokyo.",
        "European Union NEGOTIATED_WITH Japan",
      ],
      [
        "EU chief Ursula Brandt warned on Thursday that ties with Japan were strained, as she wrapped up a tense meeting in Tokyo.",
        "Japan PARTICIPATED_IN meeting in Tokyo",
      ],
    ],
  );
});
