// Round 19 of issue 13, the DISCUSSED area: a person or a state discusses what a verb of the
// discussing class takes as its object (discuss, raise, stress, highlight, mention, propose…) or
// what a verb of speaking takes after "about" / "regarding"; goods and measures only, not firms.
// Sentences written for these tests (not copied from any article), with positives and refusals.

import { describe } from "vitest";
import { factTable, readText } from "../../_helpers/documents.ts";

const lines = (text: string) => readText(text, { date: "2025-06-12" }).lines;

describe("rules/predicates: the discussing class of verbs (round 19)", () => {
  factTable(
    lines,
    [
      ["Mining minister Lena Ortiz highlighted lithium in her remarks on Tuesday.", "Lena Ortiz DISCUSSED lithium"],
      ["Trade envoy Pablo Sena stressed soybeans when he addressed farmers.", "Pablo Sena DISCUSSED soybeans"],
      ["Senator Ana Ruiz testified about cobalt before the committee.", "Ana Ruiz DISCUSSED cobalt"],
      [
        "Deputy minister Ivo Brandt mentioned semiconductors twice in the interview.",
        "Ivo Brandt DISCUSSED semiconductors",
      ],
    ],
    [
      // A firm is no topic a person discusses.
      [
        "Trade envoy Pablo Sena discussed Brightwave Mining Corp with reporters.",
        "Pablo Sena DISCUSSED Brightwave Mining Corp",
      ],
      // Raising an amount is no topic.
      ["Mining minister Lena Ortiz raised the royalty on lithium to 9 percent.", "Lena Ortiz DISCUSSED lithium"],
      // Speaking "to" someone names the hearer, not the matter.
      ["Senator Ana Ruiz spoke to cobalt miners on Friday.", "Ana Ruiz DISCUSSED cobalt"],
    ],
  );
});
