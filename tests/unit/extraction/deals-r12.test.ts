// Round 12 of issue 13 (deals), on sentences written for this test (none taken from any corpus):
// who invests when the text names them by a pronoun or a firm's description ("it has invested",
// "its stake", "they hold", "the company will invest": the agent the passage opens with); a venture
// or project named after its site ("a stake in the X joint venture"); a share of a mine named as a
// place ("X owns 38% of Y"), not of a market; and no partnership for the one who takes a stake in
// someone else's venture; "the latest by X, which has taken stakes in Y" (the relative clause is X's);
// an agency named as the investor invests for itself, not also its country.

import { describe } from "vitest";
import { readText } from "../../_helpers/documents.ts";
import { itReadsRows, type ReadingRow } from "../../_helpers/rows.ts";

const lines = (text: string) => readText(text, { date: "2025-10-02" }).lines;

const REFERENT_ROWS: ReadingRow[] = [
  // A pronoun after an opening phrase: the subject the sentence before opens with.
  [
    "Harbour Mining Corp opened a plant in Ohio. Since then, it has invested $200 million in Canada.",
    "Harbour Mining Corp INVESTED_IN Canada",
    null,
  ],
  [
    "Larch Metals Corp reported higher sales. The company will put $80 million into Ostby Nickel Corp next year.",
    "Larch Metals Corp INVESTED_IN Ostby Nickel Corp",
    null,
  ],
  // "its": the agent of an earlier clause of the sentence, else the opening subject before.
  [
    "Larch Metals Corp said the plan builds on its $300 million investment pledge in Peru.",
    "Larch Metals Corp INVESTED_IN Peru",
    null,
  ],
  [
    "Kestrel Lithium Ltd named a new chief executive. Analysts said the move builds on its plan to invest $90 million in Chile.",
    "Kestrel Lithium Ltd INVESTED_IN Chile",
    null,
  ],
  // "it" singular: not a list named before; no agent named before: nobody.
  [
    "Larch Metals Corp and Ostby Nickel Corp opened offices in Lima. Since then, it has invested $50 million in Peru.",
    null,
    "Larch Metals Corp INVESTED_IN Peru",
  ],
  [
    "Shares rose sharply on Monday. Since then, it has invested $50 million in Kestrel Lithium Ltd.",
    null,
    "Shares INVESTED_IN Kestrel Lithium Ltd",
  ],
  // A wish stays a wish whoever the pronoun stands for.
  [
    "Harbour Mining Corp opened a plant in Ohio. It could invest $200 million in Canada, analysts said.",
    null,
    "Harbour Mining Corp INVESTED_IN Canada",
  ],
];

const SITE_ROWS: ReadingRow[] = [
  // A venture or project named after its site.
  [
    "The Energy Department took a 5% stake in the Lake Carra joint venture last week.",
    "Energy Department INVESTED_IN Lake Carra",
    null,
  ],
  // A share of a mine named as a place; not a share of a market.
  [
    "Larch Metals Corp owns 38% of Lake Carra, a copper mine in Arizona.",
    "Larch Metals Corp INVESTED_IN Lake Carra",
    null,
  ],
  ["Larch Metals Corp owns 38% of the copper market in Arizona.", null, "Larch Metals Corp INVESTED_IN Arizona"],
  [
    "Larch Metals Corp holds 20 percent of Ostby Nickel Corp, filings show.",
    "Larch Metals Corp INVESTED_IN Ostby Nickel Corp",
    null,
  ],
];

const STAKE_PARTNER_ROWS: ReadingRow[] = [
  // The one taking a stake in a venture is not the venture's partner.
  [
    "The Energy Department also took a 5% stake in the Red Cliff joint venture with Ostby Nickel Corp.",
    null,
    "Energy Department PARTNERED_WITH Ostby Nickel Corp",
  ],
  // A venture formed with Y: a partnership.
  [
    "Larch Metals Corp, in a joint venture with Ostby Nickel Corp, will build a smelter in Ohio.",
    "Larch Metals Corp PARTNERED_WITH Ostby Nickel Corp",
    null,
  ],
];

const AGENCY_ROWS: ReadingRow[] = [
  // An agency named as the investor acts for itself: not also its country.
  [
    "The US Energy Department took a 10% stake in Ostby Nickel Corp on Friday.",
    "US Energy Department INVESTED_IN Ostby Nickel Corp",
    "United States INVESTED_IN Ostby Nickel Corp",
  ],
  [
    "Japan's Ministry of Economy, Trade and Industry provided a $40 million grant to Larch Metals Corp in May.",
    null,
    "Japan INVESTED_IN Larch Metals Corp",
  ],
  // The state itself named: the state.
  [
    "The Japanese government will take a 10% stake in Larch Metals Corp, officials said.",
    "Japan INVESTED_IN Larch Metals Corp",
    null,
  ],
];

const AGENCY_PARTNER_ROWS: ReadingRow[] = [
  // An agency signing with a firm is the firm's partner; its country is not.
  [
    "Larch Metals Corp and Japan's Ministry of Economy, Trade and Industry signed a supply agreement in 2019.",
    "Larch Metals Corp PARTNERED_WITH Ministry of Economy, Trade and Industry",
    "Larch Metals Corp PARTNERED_WITH Japan",
  ],
  // A government named: its state.
  [
    "Larch Metals Corp signed an agreement with the Indonesian government to build a smelter.",
    "Larch Metals Corp PARTNERED_WITH Indonesia",
    null,
  ],
];

const RELATIVE_ROWS: ReadingRow[] = [
  // "which" after a named agent's "by" phrase stands for the name.
  [
    "The deal is the latest by Harbour Mining Corp, which has taken stakes in Larch Metals Corp and Ostby Nickel Corp this year.",
    "Harbour Mining Corp INVESTED_IN Ostby Nickel Corp",
    null,
  ],
  [
    "The purchase was the third by the Japanese government, which has also taken a stake in Larch Metals Corp this year.",
    "Japan INVESTED_IN Larch Metals Corp",
    null,
  ],
  // A state investing in another country's region.
  [
    "Rebels seek leverage against Thailand, which has invested heavily in rubber farming in Laos's Luang Namtha province.",
    "Thailand INVESTED_IN Luang Namtha province",
    null,
  ],
  // Not after another preposition: "a unit of X, which …" is the unit.
  [
    "Ostby Nickel Corp is a unit of Harbour Mining Corp, which has taken a stake in Larch Metals Corp.",
    null,
    "Ostby Nickel Corp INVESTED_IN Larch Metals Corp",
  ],
];

describe("extraction", () => {
  describe("relative clause after a named agent", () => {
    itReadsRows(RELATIVE_ROWS, lines);
  });
  describe("partnership with an agency", () => {
    itReadsRows(AGENCY_PARTNER_ROWS, lines);
  });
  describe("investment by an agency", () => {
    itReadsRows(AGENCY_ROWS, lines);
  });
  describe("investmentFrame referents", () => {
    itReadsRows(REFERENT_ROWS, lines);
  });
  describe("investment sites", () => {
    itReadsRows(SITE_ROWS, lines);
  });
  describe("partnership under a stake", () => {
    itReadsRows(STAKE_PARTNER_ROWS, lines);
  });
});
