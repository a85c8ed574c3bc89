// Round 14b of issue 13 (produce), on sentences written for this test (none taken from any corpus).
// Cues kept for their consistency over the studied gold (dominance): a state's hold on a market
// named by a generic noun ("the sector", "the supply chain") is a hold on the good named before
// it; a state dominating a market its object names by a generic noun dominates the goods of the
// clause; shares coordinated after a first majority share are the same holder's; past-tense share
// verbs ("accounted for") read as the present ones.

import { describe } from "vitest";
import { readText } from "../../_helpers/documents.ts";
import { itReadsRows, type ReadingRow } from "../../_helpers/rows.ts";

const lines = (text: string) => readText(text, { date: "2025-10-02" }).lines;

describe("a state dominating a market named by a generic noun dominates the clause's goods", () => {
  const rows: ReadingRow[] = [
    ["Peru dominates the world trade in refining of tellurium, traders say.", null, null],
    ["Norway dominates the global industry for mining and refining vanadium.", "Norway DOMINATES vanadium", null],
    ["With Chile firmly dominating the rhenium supply chain, buyers look elsewhere.", "Chile DOMINATES rhenium", null],
    // Firms or a people, not the state; talks, not a market; a good after "while" is another's.
    ["Analysts say rhenium firms dominate the sector in Chile.", null, "Chile DOMINATES rhenium"],
    ["Peru dominated the talks on tellurium quotas in May.", null, "Peru DOMINATES tellurium"],
    [
      "Norway dominates the vanadium market, while Peru mines indium.",
      "Norway DOMINATES vanadium",
      "Norway DOMINATES indium",
    ],
  ];
  itReadsRows(rows, lines);
});

describe("a state's hold on a market named by a generic noun is a hold on the good named before", () => {
  const rows: ReadingRow[] = [
    [
      "Buyers want a second source of vanadium amid fears about Norway's dominance of the sector.",
      "Norway DOMINATES vanadium",
      null,
    ],
    // A good named after the hold, in a clause of its own: no reading.
    [
      "The plan aims to curb Peru's grip on a supply chain that feeds tellurium plants.",
      null,
      "Peru DOMINATES tellurium",
    ],
    // Not a market: the talks.
    ["Vanadium buyers complained about Norway's dominance of the talks.", null, "Norway DOMINATES vanadium"],
  ];
  itReadsRows(rows, lines);
});

describe("shares coordinated after a first majority share are the same holder's", () => {
  const rows: ReadingRow[] = [
    [
      "Peru accounted for 55% of global tellurium output, 62% of refined rhenium production and 91% of indium output.",
      "Peru DOMINATES indium",
      null,
    ],
    [
      "Peru accounted for 55% of global tellurium output, 62% of refined rhenium production and 91% of indium output.",
      "Peru DOMINATES rhenium",
      null,
    ],
    // A minor share in the chain is passed over.
    [
      "Norway accounted for 70% of world vanadium output and 12% of refined indium production.",
      "Norway DOMINATES vanadium",
      "Norway DOMINATES indium",
    ],
    // A clause of its own after the first share: not a conjunct.
    [
      "Norway accounted for 70% of world vanadium output, while Peru held 80% of indium production.",
      null,
      "Norway DOMINATES indium",
    ],
  ];
  itReadsRows(rows, lines);
});
