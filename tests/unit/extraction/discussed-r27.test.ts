// Round 27 of issue 13, the DISCUSSED area: a firm in a sentence naming one meeting, or in the
// sentence right after it, where that sentence carries a word of discussing, is the meeting's topic
// unless the firm takes part in the meeting, stands in brackets, or an infinitive follows it
// (firm-at-meeting); and "citing" gives a reason, not a topic: a state citing uses of a good did not
// discuss the good (discussed-topic). Sentences written for these tests (not copied from any article).

import { describe } from "vitest";
import { factTable, readText } from "../../_helpers/documents.ts";

const lines = (text: string) => readText(text, { date: "2025-06-12" }).lines;
const MET = "Chilean Trade Minister Ana Vera met Peruvian Trade Minister Luis Soto in Lima on Monday";
const doc = (...sentences: string[]) => `Chile and Peru trade ministers meet\n\n${sentences.join(" ")}`;

describe("rules/meeting-topic-cues: a firm taken up at a meeting (round 27)", () => {
  factTable(
    lines,
    [
      [
        doc(`${MET}.`, "The future of Andes Copper Corp topped the agenda, a spokesman said."),
        "Vera-Soto meeting DISCUSSED Andes Copper Corp",
      ],
      [
        doc(`${MET}, where the sale of Pacifico Holdings Ltd was also discussed.`),
        "Vera-Soto meeting DISCUSSED Pacifico Holdings Ltd",
      ],
    ],
    [
      // No word of discussing in the firm's sentence.
      [
        doc(`${MET}.`, "Shares of Andes Copper Corp rose sharply last year."),
        "Vera-Soto meeting DISCUSSED Andes Copper Corp",
      ],
      // The firm acts: an infinitive follows it.
      [
        doc(`${MET}.`, "Licences for Andes Copper Corp to export cathodes were among the issues."),
        "Vera-Soto meeting DISCUSSED Andes Copper Corp",
      ],
      // The word of discussing negated.
      [doc(`${MET}.`, "Andes Copper Corp was not discussed."), "Vera-Soto meeting DISCUSSED Andes Copper Corp"],
    ],
  );
});

describe("rules/predicates: citing is no discussing (round 27)", () => {
  factTable(
    lines,
    [
      [
        "Peru raises copper issue\n\nPeru raised concerns over copper tariffs with Chile on Monday.",
        "Peru DISCUSSED copper",
      ],
    ],
    [
      [
        "Peru lists silver\n\nPeru added silver to its list of strategic minerals, citing its uses in batteries and solar panels.",
        "Peru DISCUSSED batteries",
      ],
      [
        "Peru lists silver\n\nPeru cited batteries and solar panels as the main uses of silver.",
        "Peru DISCUSSED batteries",
      ],
    ],
  );
});
