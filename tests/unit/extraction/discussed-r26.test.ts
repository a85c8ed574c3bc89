// Round 26 of issue 13, the DISCUSSED area: a mineral in a sentence naming one meeting, or in the
// sentence right after it, where that sentence carries a word of discussing, is the meeting's topic
// (mineral-at-meeting). Sentences written for these tests (not copied from any article).

import { describe } from "vitest";
import { factTable, readText } from "../../_helpers/documents.ts";

const lines = (text: string) => readText(text, { date: "2025-06-12" }).lines;
const MET = "Chilean Trade Minister Ana Vera met Peruvian Trade Minister Luis Soto in Lima on Monday";
const doc = (...sentences: string[]) => `Chile and Peru trade ministers meet\n\n${sentences.join(" ")}`;

describe("rules/meeting-topic-cues: a mineral named where a meeting's topics are told (round 26)", () => {
  factTable(
    lines,
    [
      [
        doc(`${MET}.`, "Rare earths remain a sensitive issue between the two neighbours."),
        "Vera-Soto meeting DISCUSSED rare earths",
      ],
      [
        doc(`${MET}.`, "Concerns over lithium supplies dominated, a spokesman said."),
        "Vera-Soto meeting DISCUSSED lithium",
      ],
      [doc(`${MET}, where cobalt quotas were also tackled.`), "Vera-Soto meeting DISCUSSED cobalt"],
    ],
    [
      // The word of discussing negated, or passive with another agent.
      [doc(`${MET}.`, "Lithium was not discussed."), "Vera-Soto meeting DISCUSSED lithium"],
      [doc(`${MET}.`, "Lithium was discussed by analysts in Santiago."), "Vera-Soto meeting DISCUSSED lithium"],
      // The mineral in another clause than the word of discussing.
      [
        doc(`${MET}.`, "The talks covered wine tariffs, while copper prices fell."),
        "Vera-Soto meeting DISCUSSED copper",
      ],
      // No word of discussing in the mineral's sentence.
      [doc(`${MET}.`, "Lithium and copper prices rose sharply last year."), "Vera-Soto meeting DISCUSSED lithium"],
      // The word of discussing two sentences after the meeting's.
      [
        doc(`${MET}.`, "Copper exports rose.", "Analysts raised concerns over cobalt."),
        "Vera-Soto meeting DISCUSSED cobalt",
      ],
    ],
  );
});
