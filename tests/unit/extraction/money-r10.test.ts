// Round 10 of issue 13 (money), on sentences written for this test (none taken from any corpus):
// a good that only qualifies the firm, share or site bought ("a lithium miner") is no purchase of
// the good; the good itself bought still is. The investment frame reads the nouns of owning a firm
// ("the largest shareholder of Y", "took control of Y", "a controlling interest in Y", "full
// ownership of Y", "X, the owner of Y"), not a possessive whose owner is no entity found, nor the
// agent of an unrelated verb. A deal only reached is no partnership, nor is a deal with a region's
// government a partnership with its country.

import { describe } from "vitest";
import { readText } from "../../_helpers/documents.ts";
import { itReadsRows, type ReadingRow } from "../../_helpers/rows.ts";

const lines = (text: string) => readText(text, { date: "2025-10-02" }).lines;

const PURCHASE_ROWS: ReadingRow[] = [
  // The firm is bought, not its metal.
  [
    "Harbour Mining Corp agreed to buy a $2 billion Chilean lithium miner on Monday.",
    null,
    "Harbour Mining Corp PURCHASES lithium",
  ],
  [
    "Larch Metals Corp bought a controlling stake in a nickel and cobalt producer in Indonesia.",
    null,
    "Larch Metals Corp PURCHASES nickel",
  ],
  ["Ostby Group purchased two copper mines in Zambia last year.", null, "Ostby Group PURCHASES copper"],
  // The goods a measure falls on are no buyer's.
  [
    "Canada plans a 50 percent tariff on imported steel as Ottawa pledges support for mills.",
    null,
    "Canada PURCHASES steel",
  ],
  [
    "Mexico kept its 25% tariffs on steel and aluminum exports to Canada in place on Monday.",
    null,
    "Canada PURCHASES aluminum",
  ],
  ["Canada's imports of steel rose 5% in May despite a tariff on aluminum.", "Canada PURCHASES steel", null],
  // The good itself bought.
  ["Japan bought more lithium from Chile in March.", "Japan PURCHASES lithium", null],
  ["India purchased copper and nickel from Zambia last year.", "India PURCHASES nickel", null],
];

const OWNERSHIP_ROWS: ReadingRow[] = [
  [
    "Harbour Mining Corp holds a controlling interest in Ostby Nickel Corp, the filing showed.",
    "Harbour Mining Corp INVESTED_IN Ostby Nickel Corp",
    null,
  ],
  [
    "Larch Metals Corp is the second-largest shareholder of Kestrel Lithium Ltd and Van Dyke Tungsten Corp, filings show.",
    "Larch Metals Corp INVESTED_IN Van Dyke Tungsten Corp",
    null,
  ],
  [
    "Larch Metals Corp took control of Kestrel Lithium Ltd in 2021.",
    "Larch Metals Corp INVESTED_IN Kestrel Lithium Ltd",
    null,
  ],
  [
    "Regulators in Lima questioned Ostby Nickel Corp, the owner of Kestrel Lithium Ltd, on Monday.",
    "Ostby Nickel Corp INVESTED_IN Kestrel Lithium Ltd",
    null,
  ],
  // "the venture", "the company": the one firm named just before.
  [
    "Ostby Nickel Corp will build a zinc plant in Ohio. The Energy Department will take a 30% stake in the venture.",
    "Energy Department INVESTED_IN Ostby Nickel Corp",
    null,
  ],
  [
    "Kestrel Lithium Ltd opened a mine in Nevada last year. Japan has invested $200 million in the company since then.",
    "Japan INVESTED_IN Kestrel Lithium Ltd",
    null,
  ],
  // Investments from X, no verb giving them: the firm the sentence is about (a share amount counts).
  [
    "Kestrel Lithium Ltd has seen its shares jump 40% this year, driven by investments from Harbour Mining Corp, analysts said.",
    "Harbour Mining Corp INVESTED_IN Kestrel Lithium Ltd",
    null,
  ],
  // A ticker in parentheses does not end the list of investors.
  [
    "Kestrel Lithium Ltd has seen its shares rise 30% this year, driven by investments from Harbour Mining Corp (HMC) and the Energy Department, analysts said.",
    "Energy Department INVESTED_IN Kestrel Lithium Ltd",
    null,
  ],
  [
    "Peru's copper exports rose 12% in May, driven by investments from Harbour Mining Corp, analysts said.",
    null,
    "Harbour Mining Corp INVESTED_IN Peru",
  ],
  // A subsidy is money given.
  [
    "Kestrel Lithium Ltd received a $210 million subsidy from the Energy Department last year.",
    "Energy Department INVESTED_IN Kestrel Lithium Ltd",
    null,
  ],
  [
    "The Energy Department gave a $50 million subsidy to Kestrel Lithium Ltd in May.",
    "Energy Department INVESTED_IN Kestrel Lithium Ltd",
    null,
  ],
  [
    "Peru wants to cut subsidies to Kestrel Lithium Ltd worth $50 million.",
    null,
    "Peru INVESTED_IN Kestrel Lithium Ltd",
  ],
  // Two firms named before: which one is meant is not read.
  [
    "Ostby Nickel Corp and Kestrel Lithium Ltd will build a plant in Ohio. Japan will take a 30% stake in the venture.",
    null,
    "Japan INVESTED_IN Ostby Nickel Corp",
  ],
  // Not ownership: interest as attention, export control, a possessive owner not found, another verb's agent.
  [
    "Harbour Mining Corp expressed interest in Ostby Nickel Corp last week.",
    null,
    "Harbour Mining Corp INVESTED_IN Ostby Nickel Corp",
  ],
  [
    "Peru tightened export control of Kestrel Lithium Ltd shipments in May.",
    null,
    "Peru INVESTED_IN Kestrel Lithium Ltd",
  ],
  [
    "Peru approved Northvale's acquisition of Kestrel Lithium Ltd on Tuesday.",
    null,
    "Peru INVESTED_IN Kestrel Lithium Ltd",
  ],
  [
    "Japan had warned Ostby Nickel Corp, the owner of Kestrel Lithium Ltd, about the deadline.",
    null,
    "Japan INVESTED_IN Kestrel Lithium Ltd",
  ],
];

const PARTNER_ROWS: ReadingRow[] = [
  // Reached, not signed: the negotiators' outcome.
  [
    "The decision follows an agreement reached in May between Chilean President Gabriel Boric and Peruvian leaders.",
    null,
    "Chile PARTNERED_WITH Peru",
  ],
  ["Peru says it reached a broad framework with Chile on copper tariffs.", null, "Peru PARTNERED_WITH Chile"],
  // A region's government, not its country.
  [
    "Harbour Mining Corp signed an agreement with Indonesia's Sulawesi provincial government to build a smelter.",
    null,
    "Harbour Mining Corp PARTNERED_WITH Indonesia",
  ],
  // Signed: a partnership.
  [
    "Harbour Mining Corp signed an agreement with Indonesia's government to build a smelter.",
    "Harbour Mining Corp PARTNERED_WITH Indonesia",
    null,
  ],
  ["Chile and Peru signed a partnership agreement on lithium in May.", "Chile PARTNERED_WITH Peru", null],
];

describe("extraction", () => {
  describe("partnershipRule", () => {
    itReadsRows(PARTNER_ROWS, lines);
  });
  describe("investmentFrame", () => {
    itReadsRows(OWNERSHIP_ROWS, lines);
  });
  describe("purchaseRule", () => {
    itReadsRows(PURCHASE_ROWS, lines);
  });
});
