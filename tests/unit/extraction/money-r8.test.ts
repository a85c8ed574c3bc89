// Company recognition and investment (round 8 of issue 13), on sentences written for this test
// (none taken from any corpus): partnership suffixes that name a firm (LLP, Pvt, SARL, Srl, OOO),
// a joint venture's owners named in apposition ("Z, a joint venture between X and Y"), a share of a
// firm owned in a relative clause ("X, 60% of which is owned by Y"); then sentences where nothing
// must be read.

import { describe, expect, it } from "vitest";
import { analyseDocument } from "../../../src/extraction/index.ts";
import { mergeAnalyses } from "../../../src/extraction/stages/08-merge.ts";
import { readText, testDocument } from "../../_helpers/documents.ts";
import { itReadsRows, itTypesRows, type ReadingRow } from "../../_helpers/rows.ts";

const lines = (text: string) => readText(text, { date: "2025-10-02" }).lines;

const ROWS: ReadingRow[] = [
  // Partnership suffixes: the firm is typed, and the verb's frame reads it.
  [
    "Halden Kell will acquire 60% of Ostby Copper LLP and Marrow Processing LLP, the filing said.",
    "Halden Kell INVESTED_IN Marrow Processing LLP",
    null,
  ],
  // A joint venture's owners in apposition or after a copula.
  [
    "Output was low at Tamsag Uranium LLC, a joint venture between Halden Nuclear SA and Larch Metals Corp.",
    "Halden Nuclear SA INVESTED_IN Tamsag Uranium LLC",
    null,
  ],
  [
    "Kestrel Copper Ltd is a 50-50 joint venture of Harbour Mining and the Chilean state miner Codelco.",
    "Harbour Mining INVESTED_IN Kestrel Copper Ltd",
    null,
  ],
  [
    "Ostby Nickel Ltd, an equal joint venture between Marrow Resources and Larch Metals Corp, said output rose.",
    "Larch Metals Corp INVESTED_IN Ostby Nickel Ltd",
    null,
  ],
  // A firm's owners in a relative clause of its share; a state named by its demonym.
  [
    "Halden Nuclear SA, 90 percent of which is owned by the French state, said output rose.",
    "France INVESTED_IN Halden Nuclear SA",
    null,
  ],
  [
    "Ostby Nickel Ltd, a majority of which is held by Harbour Capital and Larch Partners, said output rose.",
    "Larch Partners INVESTED_IN Ostby Nickel Ltd",
    null,
  ],
  ["Kestrel Copper Ltd is 30% owned by the Chilean government.", "Chile INVESTED_IN Kestrel Copper Ltd", null],
  // Money put into a firm or a country, not pressure.
  ["Japan will put $5 billion into Ostby Nickel Ltd under the plan.", "Japan INVESTED_IN Ostby Nickel Ltd", null],
  [
    "Harbour Capital put pressure into the talks with Ostby Nickel Ltd last year.",
    null,
    "Harbour Capital INVESTED_IN Ostby Nickel Ltd",
  ],
  // A stake received; money given as an injection, an infusion, a lifeline.
  [
    "The Japanese government will receive a 10% equity stake in Ostby Nickel Ltd under the plan.",
    "Japan INVESTED_IN Ostby Nickel Ltd",
    null,
  ],
  [
    "Larch Metals Corp received a $40 million cash injection from Harbour Capital last week.",
    "Harbour Capital INVESTED_IN Larch Metals Corp",
    null,
  ],
  [
    "Ostby Nickel Ltd won a capital infusion of $25 million from the Qatar Investment Authority.",
    "Qatar Investment Authority INVESTED_IN Ostby Nickel Ltd",
    null,
  ],
  [
    "Larch Metals Corp received a lifeline from Harbour Capital orders for magnets.",
    null,
    "Harbour Capital INVESTED_IN Larch Metals Corp",
  ],
  [
    "Kestrel Copper Ltd received a 5% stake in the venture's output, not in Harbour Mining Corp, after a sales dispute.",
    null,
    "Kestrel Copper Ltd INVESTED_IN Harbour Mining Corp",
  ],
  // A verb's attachment that names no one: the place of what was invested in.
  ["Qatar has invested heavily in mining in Indonesia.", "Qatar INVESTED_IN Indonesia", null],
  [
    "Harbour Mining Corp has invested $300 million in exploration in Peru.",
    "Harbour Mining Corp INVESTED_IN Peru",
    null,
  ],
  [
    "Harbour Mining Corp invested in a partnership with Chile's state miner in 2020.",
    null,
    "Harbour Mining Corp INVESTED_IN Chile",
  ],
  // A class noun and the names it lists ("companies such as X", "firms including X"); the class's
  // demonym is no investor when names are listed.
  [
    "The US government has taken equity stakes in companies such as Harbour Mining Corp and Larch Metals Corp this year.",
    "United States INVESTED_IN Larch Metals Corp",
    null,
  ],
  [
    "The Japanese government has taken stakes in firms including Ostby Nickel Ltd and Kestrel Copper Ltd since March.",
    "Japan INVESTED_IN Kestrel Copper Ltd",
    null,
  ],
  [
    "Korean firms including Harbour Mining Corp and Larch Metals Corp have invested $2 billion in Chile.",
    "Larch Metals Corp INVESTED_IN Chile",
    "South Korea INVESTED_IN Chile",
  ],
  [
    "U.S. President Donald Trump spoke on Monday. The Trump administration has taken stakes in Ostby Nickel Ltd and Larch Metals Corp.",
    "United States INVESTED_IN Ostby Nickel Ltd",
    null,
  ],
  // "The government", "the administration": the state named before it (round 8: test split +1).
  [
    "Australia announced new support for miners on Monday. The government will take a 10% stake in Larch Metals Corp this year.",
    "Australia INVESTED_IN Larch Metals Corp",
    null,
  ],
  [
    "Japan unveiled a minerals strategy, and the government will lend $200 million to Ostby Nickel Ltd under it.",
    "Japan INVESTED_IN Ostby Nickel Ltd",
    null,
  ],
  [
    "Canadian and Mexican envoys met on Monday. The administration has taken stakes in Ostby Nickel Ltd and Larch Metals Corp.",
    null,
    "Canada INVESTED_IN Ostby Nickel Ltd",
  ],
  // Two states named, neither as the subject: "the government" is ambiguous.
  [
    "Talks between Chile and Peru ended on Monday. The government will take a 10% stake in Larch Metals Corp.",
    null,
    "Chile INVESTED_IN Larch Metals Corp",
  ],
  // "The company", "the miner" (read before round 8 already): the firm named before (the sentence's or the sentence before's subject).
  [
    "Harbour Mining Corp reported higher copper output on Monday. The company will invest $500 million in Chile, its chief executive said.",
    "Harbour Mining Corp INVESTED_IN Chile",
    null,
  ],
  [
    "Shares of Larch Metals Corp rose 5% in Toronto. The miner said it had signed a supply agreement with Ostby Nickel Ltd on Monday.",
    "Larch Metals Corp PARTNERED_WITH Ostby Nickel Ltd",
    null,
  ],
  // Two firms named before, neither as the subject: "the company" is ambiguous.
  [
    "Output at Harbour Mining Corp and Larch Metals Corp rose. The company will invest $500 million in Chile.",
    null,
    "Harbour Mining Corp INVESTED_IN Chile",
  ],
  // A firm's noun with more words ("the Chilean company") or a firm named too far back.
  [
    "Harbour Mining Corp reported higher output. Prices rose. Demand was strong. Stocks fell. The company will invest $500 million in Chile.",
    null,
    "Harbour Mining Corp INVESTED_IN Chile",
  ],
  // Not an owner: a venture's partner named elsewhere, workers owning half, a venture planned.
  [
    "Harbour Mining said talks on a joint venture with Larch Metals Corp had stalled.",
    null,
    "Harbour Mining INVESTED_IN Larch Metals Corp",
  ],
  [
    "Halden Nuclear SA, half of which is owned by its workers, signed a deal with Larch Partners.",
    null,
    "Larch Partners INVESTED_IN Halden Nuclear SA",
  ],
  [
    "Kestrel Copper Ltd, which is seeking a joint venture between its unit and Harbour Mining, said output rose.",
    null,
    "Harbour Mining INVESTED_IN Kestrel Copper Ltd",
  ],
];

describe("extraction", () => {
  describe("companyByRole", () => {
    itTypesRows(
      "Company",
      [
        ["The mine is run by Tobol Processing LLP, a local operator.", "Tobol Processing LLP"],
        ["Ostby Minerals Pvt Ltd will build a smelter in Odisha.", "Ostby Minerals Pvt Ltd"],
        ["Ferrante Metalli Srl supplies copper rod to carmakers.", "Ferrante Metalli Srl"],
        ["Volga Tekh OOO said it would double output.", "Volga Tekh OOO"],
      ],
      [
        // A lone suffix-like word is no firm.
        ["Talks with Peru on a SAS flight schedule ended.", "Peru"],
      ],
    );
  });
  describe("resolveMentions", () => {
    // A firm's legal form or "Group" after its name is the same firm as its short name.
    itReadsRows(
      [
        [
          "Ostby Nickel Corp. said output rose. Shares of Ostby Nickel jumped, and Harbour Capital invested $5 million in Ostby Nickel.",
          "Harbour Capital INVESTED_IN Ostby Nickel Corp.",
          "Harbour Capital INVESTED_IN Ostby Nickel",
        ],
      ],
      lines,
    );
    itTypesRows(
      "Company",
      [],
      [
        ["Trilogy Metals, Inc. said output rose. Shares of Trilogy Metals jumped 5% on Monday.", "Trilogy Metals"],
        ["Halden Cobalt Group said output rose. Halden Cobalt will build a refinery in Finland.", "Halden Cobalt"],
      ],
    );
  });
  describe("investment", () => {
    itReadsRows(ROWS, lines);
  });
  describe("mergeAnalyses", () => {
    // One firm named with its legal form in one article and without it in another.
    const firms = (a: string, b: string) =>
      mergeAnalyses([
        analyseDocument(testDocument(a, { id: "a", fileName: "a.txt" })),
        analyseDocument(testDocument(b, { id: "b", fileName: "b.txt" })),
      ]).entities.filter((e) => e.type === "Company");
    it("joins a firm named with and without its legal form across documents", () => {
      const found = firms(
        "Ostby Nickel Corp. said output rose in the quarter.",
        "Shares of Ostby Nickel jumped 5% in Toronto on Monday.",
      );
      expect(found.map((e) => e.name)).toEqual(["Ostby Nickel Corp."]);
    });
    it("keeps two firms whose names differ by more than a legal form apart", () => {
      const found = firms(
        "Ostby Nickel Corp. said output rose in the quarter.",
        "Shares of Ostby Cobalt Ltd jumped 5% in Toronto on Monday.",
      );
      expect(found).toHaveLength(2);
    });
  });
});
