// Round 13 of issue 13 (producers), on sentences written for this test (none taken from any
// corpus). A share or a market names its good through "of / for / in" ("accounts for 70% of world
// Y output", "dominates supply growth for Y and Z"); a rank alone ("the world's top producer") is
// production, not dominance; a firm that supplies a good makes it, and the one it supplies with a
// good buys it; a capitalised word of a name ("X Copper Mines") is no verb of production; the agent
// of a clause that starts, stops or cuts output produces, not one that raises or boosts it (rows of
// earlier rounds that read "lifted output", "plans to increase output" were dropped with it).

import { describe } from "vitest";
import { readText } from "../../_helpers/documents.ts";
import { itReadsRows, type ReadingRow } from "../../_helpers/rows.ts";

const lines = (text: string) => readText(text, { date: "2025-10-02" }).lines;

describe("a share's or a market's good read through its phrases", () => {
  const rows: ReadingRow[] = [
    ["Chile accounts for 55% of the world's output of rhenium.", "Chile DOMINATES rhenium", null],
    ["Norway alone dominates the market for vanadium and tellurium.", "Norway DOMINATES tellurium", null],
    ["Peru now controls 65% of global supply of zinc, traders say.", "Peru DOMINATES zinc", null],
    // A small share is no dominance, nor is a share of someone's imports.
    ["Chile accounts for 20% of global copper output.", "Chile PRODUCES copper", "Chile DOMINATES copper"],
    ["Peru accounted for over 70% of Japan's zinc imports last year.", null, "Peru DOMINATES zinc"],
  ];
  itReadsRows(rows, lines);
});

// Round 14: the world's single largest producer (a state) is dominance again (producers-r14):
// the studied split's gold reads it so in six articles of eight.
describe("a rank alone is production, 'dominant' is dominance", () => {
  const rows: ReadingRow[] = [
    ["Norway, the world's biggest vanadium producer, cut exports.", "Norway PRODUCES vanadium", null],
    ["Peru is the top exporter of tellurium in the world.", null, "Peru DOMINATES tellurium"],
    ["Chile is the world's dominant supplier of rhenium.", "Chile DOMINATES rhenium", null],
  ];
  itReadsRows(rows, lines);
});

describe("a firm that supplies a good makes it; the one supplied buys it", () => {
  const rows: ReadingRow[] = [
    [
      "Harbour Metals has agreed to supply Kestrel Motors with high-purity cobalt from next year.",
      "Harbour Metals PRODUCES cobalt",
      null,
    ],
    [
      "Harbour Metals has agreed to supply Kestrel Motors with high-purity cobalt from next year.",
      "Kestrel Motors PURCHASES cobalt",
      null,
    ],
    ["Borel Resources Inc supplies lithium to battery makers in Korea.", "Borel Resources Inc PRODUCES lithium", null],
    ["Norway supplies Germany with natural gas.", "Germany PURCHASES natural gas", "Norway PRODUCES natural gas"],
    // Not a fact: a refusal.
    [
      "Osprey Mining Ltd said it would not supply copper to Tanager Metals Corp.",
      null,
      "Osprey Mining Ltd PRODUCES copper",
    ],
  ];
  itReadsRows(rows, lines);
});

describe("a firm starting or stopping its output produces; one boosting output may be its lender", () => {
  const rows: ReadingRow[] = [
    ["Chile halted lithium output at two salt flats in June.", "Chile PRODUCES lithium", null],
    ["Harbour Metals began commercial production of cobalt last year.", "Harbour Metals PRODUCES cobalt", null],
    ["Borel Resources Inc suspended output of lithium at two sites.", "Borel Resources Inc PRODUCES lithium", null],
    [
      "Kestrel Capital's loan will help boost production of lithium at the site.",
      null,
      "Kestrel Capital PRODUCES lithium",
    ],
    [
      "Kestrel Capital will boost production of nickel with a new credit line.",
      null,
      "Kestrel Capital PRODUCES nickel",
    ],
  ];
  itReadsRows(rows, lines);
});

describe("a word of a name is no verb of production", () => {
  const rows: ReadingRow[] = [
    ["Peru's Andes Copper Mines, one of the region's large copper assets, is growing.", null, "Peru PRODUCES copper"],
    ["Peru mines copper in the Andes.", "Peru PRODUCES copper", null],
  ];
  itReadsRows(rows, lines);
});
