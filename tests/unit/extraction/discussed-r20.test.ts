// Round 20 of issue 13, the DISCUSSED area: what a participant discussed in a sentence naming the
// participant's meeting is a topic of that meeting too (topic-participant-meeting), not of the host
// summit of a sideline meeting nor of a meeting the speaker took no part in. Sentences written for
// these tests (not copied from any article).

import { describe } from "vitest";
import { factTable, readText } from "../../_helpers/documents.ts";

const lines = (text: string) => readText(text, { date: "2025-06-12" }).lines;

describe("rules/topic-frames: a participant's topic is the meeting's (round 20)", () => {
  factTable(
    lines,
    [
      [
        "Chilean President Ana Ruiz met Norwegian Prime Minister Lars Holm in Oslo on Monday. At the meeting, Ruiz announced the Chile-Norway copper framework.",
        "Ruiz-Holm meeting DISCUSSED Chile-Norway copper framework",
      ],
      [
        "Chilean President Ana Ruiz met Norwegian Prime Minister Lars Holm on the sidelines of the G20 summit in Rio on Monday, where Ruiz announced the Chile-Norway copper framework.",
        "Ruiz-Holm meeting DISCUSSED Chile-Norway copper framework",
      ],
    ],
    [
      // The host summit of a sideline meeting is only where it happened.
      [
        "Chilean President Ana Ruiz met Norwegian Prime Minister Lars Holm on the sidelines of the G20 summit in Rio on Monday, where Ruiz announced the Chile-Norway copper framework.",
        "G20 Summit DISCUSSED Chile-Norway copper framework",
      ],
      // A meeting the speaker took no part in gets none of his topics.
      [
        "Chilean President Ana Ruiz met Norwegian Prime Minister Lars Holm in Oslo on Monday. Ruiz met Peruvian minister Jorge Vidal in Lima in May, where Vidal announced the Chile-Peru copper framework.",
        "Ruiz-Holm meeting DISCUSSED Chile-Peru copper framework",
      ],
    ],
  );
});
