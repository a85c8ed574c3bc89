// Round 28 of issue 13, the DISCUSSED area: a good a word of discussing takes up (within a few
// words after it), in a sentence naming one meeting or the sentence right after it, is the
// meeting's topic (goods-at-meeting); and an agreement a clause adopts or launches at the
// document's own summit, undated, is the summit's topic when the agreement has a name of its own
// (topic-agreement-outcome), also a quoted one the clause reading leaves without an object.
// Sentences written for these tests (not copied from any article).

import { describe } from "vitest";
import { factTable, readText } from "../../_helpers/documents.ts";

const lines = (text: string) => readText(text, { date: "2025-06-12" }).lines;
const MET = "Chilean Trade Minister Ana Vera met Peruvian Trade Minister Luis Soto in Lima on Monday";
const doc = (...sentences: string[]) => `Chile and Peru trade ministers meet\n\n${sentences.join(" ")}`;

describe("rules/meeting-agenda: a good taken up at a meeting (round 28)", () => {
  factTable(
    lines,
    [
      [
        doc(`${MET}.`, "The two ministers discussed avocados and wine exports."),
        "Vera-Soto meeting DISCUSSED avocados",
      ],
      [doc(`${MET}, where they also discussed salmon exports.`), "Vera-Soto meeting DISCUSSED salmon"],
    ],
    [
      // No word of discussing in the good's sentence.
      [doc(`${MET}.`, "Peru exports avocados to Chile."), "Vera-Soto meeting DISCUSSED avocados"],
      // The good before the word of discussing.
      [
        doc(`${MET}.`, "Avocados sold well in Lima, and the ministers discussed the weather."),
        "Vera-Soto meeting DISCUSSED avocados",
      ],
      // Too far from the word of discussing.
      [
        doc(
          `${MET}.`,
          "The ministers discussed the long and difficult history of the two neighbours before lunch with wine.",
        ),
        "Vera-Soto meeting DISCUSSED wine",
      ],
      // A word of negotiating names the good in passing.
      [
        doc(`${MET}.`, "Negotiations went on for hours over a dinner of avocados."),
        "Vera-Soto meeting DISCUSSED avocados",
      ],
      // The word of discussing negated.
      [doc(`${MET}.`, "They never discussed avocados."), "Vera-Soto meeting DISCUSSED avocados"],
    ],
  );
});

const SUMMIT =
  "Andean leaders gather for 5th Summit\n\nLeaders of four Andean states gathered for the 5th Summit of the Andean Forum.";

describe("rules/agreement-outcomes: a named agreement adopted at the story's own summit (round 28)", () => {
  factTable(
    lines,
    [
      [
        `${SUMMIT} Following the meeting, the Cusco Declaration was adopted by the heads of state.`,
        "5th Summit DISCUSSED Cusco Declaration",
      ],
      // A quoted name the clause reading leaves without an object.
      [
        `${SUMMIT} At the summit, the leaders adopted the “Cusco Declaration” documenting its outcome.`,
        "5th Summit DISCUSSED Cusco Declaration",
      ],
    ],
    [
      // An agreement with no name of its own.
      [
        `${SUMMIT} Following the meeting, the 3rd Free Trade Agreement was adopted by the heads of state.`,
        "5th Summit DISCUSSED 3rd Free Trade Agreement",
      ],
      // Not made: hoped for.
      [
        `${SUMMIT} Following the meeting, the leaders hope to adopt the Cusco Declaration.`,
        "5th Summit DISCUSSED Cusco Declaration",
      ],
    ],
  );
});
