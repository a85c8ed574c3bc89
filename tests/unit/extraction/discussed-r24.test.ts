// Round 24 of issue 13, the DISCUSSED area: an agreement named after its parties ("the Chile-Peru
// Free Trade Agreement") is the topic of those parties where a clause tells them negotiating,
// concluding or striking it in a document that reports no meeting (negotiated-agreement), and of
// the talks, calls and visits whose state sides are exactly its parties, in a sentence naming the
// meeting and an agreement (meeting-parties-agreement). Sentences written for these tests (not
// copied from any article).

import { describe } from "vitest";
import { factTable, readText } from "../../_helpers/documents.ts";

const lines = (text: string) => readText(text, { date: "2025-06-12" }).lines;
const doc = (...paragraphs: string[]) => paragraphs.join("\n\n");

const FTA = "When the Chile-Peru Free Trade Agreement enters into force, tariffs on fruit will fall.";

describe("rules/negotiated-agreements: the parties negotiating an agreement discussed it (round 24)", () => {
  factTable(
    lines,
    [
      [
        doc(
          "Chile and Peru finalise pact draft",
          "Chile and Peru have finalised the draft of a free trade agreement.",
          FTA,
        ),
        "Chile DISCUSSED Chile-Peru Free Trade Agreement",
      ],
      [
        doc(
          "Chile and Peru finalise pact draft",
          "Chile and Peru have finalised the draft of a free trade agreement.",
          FTA,
        ),
        "Peru DISCUSSED Chile-Peru Free Trade Agreement",
      ],
      [
        doc(
          "Norway seeks trade pact",
          "Norway is trying to strike a free trade agreement with Kenya, officials said on Monday.",
          "The Norway-Kenya Free Trade Agreement would cover fish and flowers.",
        ),
        "Kenya DISCUSSED Norway-Kenya Free Trade Agreement",
      ],
    ],
    [
      // A wish, not a negotiation under way.
      [
        doc(
          "Chile and Peru trade pact",
          "Chile and Peru should finalise a free trade agreement soon, analysts said.",
          FTA,
        ),
        "Chile DISCUSSED Chile-Peru Free Trade Agreement",
      ],
      // The agreement named, but nobody negotiating it.
      [
        doc("Chile and Peru trade pact", "Chile and Peru have praised a free trade agreement.", FTA),
        "Chile DISCUSSED Chile-Peru Free Trade Agreement",
      ],
      // A document reporting a meeting gives the agreement to the meeting.
      [
        doc(
          "Chile and Peru trade pact",
          "President Gabriel Boric met President Dina Boluarte in Lima on Monday.",
          "Chile and Peru have finalised the draft of a free trade agreement.",
          FTA,
        ),
        "Chile DISCUSSED Chile-Peru Free Trade Agreement",
      ],
    ],
  );
});

describe("rules/negotiated-agreements: a meeting of an agreement's parties discussed it (round 24)", () => {
  factTable(
    lines,
    [
      [
        doc(
          "Chile and Peru ministers meet",
          "Chilean Trade Minister Ana Vera met Peruvian Trade Minister Luis Soto in Lima on Monday, a month after the agreement was announced.",
          FTA,
        ),
        "Vera-Soto meeting DISCUSSED Chile-Peru Free Trade Agreement",
      ],
      // A sideline meeting of the two parties, the agreement only named near it (the studied gold
      // files such a meeting's topic).
      [
        'Chile and New Zealand are close to finishing the Chile-New Zealand digital trade agreement. "We are very close to the agreement," Chilean Foreign Minister Alberto van Klaveren said in Lima, where he met New Zealand Trade Minister Todd McClay on the sidelines of a meeting of the World Trade Organization.',
        "van Klaveren-McClay meeting DISCUSSED Chile-New Zealand digital trade agreement",
      ],
    ],
    [
      // Another pair of states met.
      [
        doc(
          "Chile and Bolivia ministers meet",
          "Chilean Trade Minister Ana Vera met Bolivian Trade Minister Luis Soto in Lima on Monday, a month after the agreement was announced.",
          FTA,
        ),
        "Vera-Soto meeting DISCUSSED Chile-Peru Free Trade Agreement",
      ],
      // The sentence naming the meeting speaks of no agreement.
      [
        doc(
          "Chile and Peru ministers meet",
          "Chilean Trade Minister Ana Vera met Peruvian Trade Minister Luis Soto in Lima on Monday.",
          FTA,
        ),
        "Vera-Soto meeting DISCUSSED Chile-Peru Free Trade Agreement",
      ],
    ],
  );
});
