// Round 21 of issue 13, the DISCUSSED area: parties settling a matter in contention over a good
// ("X and Y resolved issues around Z", "iron out differences over Z") discussed it, where the
// sentence names no meeting one can find again (discussed-contention); a sentence naming no meeting
// but the place of one of the document's meetings gives its topics to that meeting, not to the
// document's main one held elsewhere (talks-topics). Sentences written for these tests (not copied
// from any article).

import { describe } from "vitest";
import { factTable, readText } from "../../_helpers/documents.ts";

const lines = (text: string) => readText(text, { date: "2025-06-12" }).lines;

const TWO_MEETINGS = [
  "Chile says it reached a framework with Peru as Ruiz set to meet Vidal",
  "",
  "Chile says it reached a framework with Peru as Ruiz set to meet Vidal",
  "A Peruvian delegation led by Foreign Minister Jorge Salas meets a Chilean team headed by Trade Minister Marta Soto in Arica on the sidelines of a regional forum.",
  "Chilean and Peruvian officials have reached a framework for the upcoming leaders' summit, Soto said on Sunday after two days of talks in Chile.",
  "Soto told reporters in Arica that the two sides discussed fishmeal, lithium and the overall relationship.",
].join("\n");

describe("rules/discussed-contention: parties settling issues over a good discussed it (round 21)", () => {
  factTable(
    lines,
    [
      ["The United States and Peru resolved issues around copper shipments last week.", "Peru DISCUSSED copper"],
      [
        "The United States and Peru resolved issues around copper shipments last week.",
        "United States DISCUSSED copper",
      ],
      ["Chile and Peru want to iron out differences over lithium and copper.", "Chile DISCUSSED lithium"],
      ["Chile and Peru want to iron out differences over lithium and copper.", "Peru DISCUSSED copper"],
      ["Chile settled its dispute with Peru over lithium exports.", "Chile DISCUSSED lithium"],
    ],
    [
      // A matter with no good: nothing.
      ["Chile resolved the issue of funding for its copper agency.", "Chile DISCUSSED copper"],
      // A sentence naming a meeting one can find again: its topics are the meeting's.
      [
        "Trade ministers of Chile and Peru met in Lima on Monday and resolved issues around copper shipments.",
        "Chile DISCUSSED copper",
      ],
      // Not settled: raising an output is no matter discussed.
      ["Chile raised its output of copper last year.", "Chile DISCUSSED copper"],
    ],
  );
});

describe("rules/talks: a sentence naming a meeting's place speaks of that meeting (round 21)", () => {
  factTable(
    lines,
    [[TWO_MEETINGS, "Arica trade talks DISCUSSED lithium"]],
    [[TWO_MEETINGS, "Ruiz-Vidal meeting DISCUSSED lithium"]],
  );
});
