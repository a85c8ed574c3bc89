// Round 23b of issue 13, the Policy area: a trade truce a sentence's one meeting makes, extends or
// takes up is the Policy "tariff truce" (the name readers give it whatever the text calls it) and
// that meeting's topic (topic-truce-at-meeting). Sentences written for these tests (not copied from
// any article).

import { describe } from "vitest";
import { factTable, readText } from "../../_helpers/documents.ts";

const lines = (text: string) => readText(text, { date: "2025-06-12" }).lines;

const doc = (sentence: string) =>
  [
    "Norway and Peru hold trade talks",
    "",
    "Norwegian Trade Minister Kari Berg and Peruvian Trade Minister Ana Vera met in Oslo on Monday.",
    sentence,
  ].join("\n");

const EXTENDED = doc(
  "At their talks in Oslo on Monday, the two sides agreed to extend a fragile trade truce for 90 days.",
);
const LED_TO = doc("Their meeting in Oslo on Monday led to a 90-day truce, which brought tariffs down to 10%.");
const ARMS = doc(
  "At their talks in Oslo on Monday, the two sides agreed to extend the border truce and pull back troops.",
);
const PRAISED = doc("At their talks in Oslo on Monday, the ministers said the trade truce had been fragile.");
const NO_TRADE = doc("At their talks in Oslo on Monday, the two sides agreed to extend the truce for 90 days.");

describe("rules/truces: a trade truce made at a meeting is the Policy 'tariff truce', the meeting's topic (round 23b)", () => {
  factTable(
    lines,
    [
      [EXTENDED, "Oslo trade talks DISCUSSED tariff truce"],
      [LED_TO, "meeting in Oslo DISCUSSED tariff truce"],
    ],
    [
      // A truce among troops is a ceasefire.
      [ARMS, "Oslo trade talks DISCUSSED tariff truce"],
      // Named, not made, extended or taken up there.
      [PRAISED, "Oslo trade talks DISCUSSED tariff truce"],
      // No word of trade in the sentence.
      [NO_TRADE, "Oslo trade talks DISCUSSED tariff truce"],
    ],
  );
});
