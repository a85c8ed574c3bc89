// Round 13 of issue 13 (deals), on sentences written for this test (none taken from any corpus):
// the document's open deal (a firm, project or place told as receiving an amount) is the receiver of
// the amounts later sentences give with no receiver written ("X committed $N", "A and B pledged",
// "contributions from A, B and C", "X led the round"); an amount received "from" named givers; a
// subsidiary in apposition to a pronoun's or a description's noun ("its wholly owned subsidiary, Y");
// capital committed "to form Y"; an investment fund launched with a partner; "X Consortium" a firm;
// "Y's largest shareholder, X" and "X, one of the miner's investors"; "completed the purchase of Y".

import { describe } from "vitest";
import { readText } from "../../_helpers/documents.ts";
import { itReadsRows, type ReadingRow } from "../../_helpers/rows.ts";

const lines = (text: string) => readText(text, { date: "2025-10-02" }).lines;

const OPEN_DEAL_ROWS: ReadingRow[] = [
  // An amount received from named givers.
  [
    "Ostby Nickel Corp has received $90 million from Harbour Capital and Larch Metals Corp this year.",
    "Larch Metals Corp INVESTED_IN Ostby Nickel Corp",
    null,
  ],
  // Amounts given later with no receiver written go to the open deal.
  [
    "The Red Cliff Copper Project in Zambia has secured $120 million from three lenders. Harbour Bank committed $50 million, while Larch Metals Corp pledged $70 million.",
    "Larch Metals Corp INVESTED_IN Red Cliff Copper Project",
    null,
  ],
  [
    "Ostby Nickel Corp raised $40 million last month. Kestrel Ventures led the round.",
    "Kestrel Ventures INVESTED_IN Ostby Nickel Corp",
    null,
  ],
  // No deal open: an amount pledged with no receiver relates nobody.
  [
    "Larch Metals Corp opened a plant in Ohio. Harbour Mining Corp pledged $70 million.",
    null,
    "Harbour Mining Corp INVESTED_IN Larch Metals Corp",
  ],
  // An amount earned is no deal: revenue received from a buyer.
  [
    "Ostby Nickel Corp received $30 million in revenue from Larch Metals Corp. Harbour Mining Corp committed $5 million.",
    null,
    "Harbour Mining Corp INVESTED_IN Ostby Nickel Corp",
  ],
  // A receiver written in the giving clause is that receiver's, not the open deal's.
  [
    "Ostby Nickel Corp has received $90 million from lenders. Larch Metals Corp also invested $20 million in Peru.",
    null,
    "Larch Metals Corp INVESTED_IN Ostby Nickel Corp",
  ],
  // A stake taken with no receiver written, after a deal is open: the open deal's.
  [
    "The Red Cliff Copper Project will receive $150 million in loans from the Zambian government. The Japanese government will also take an equity stake.",
    "Japan INVESTED_IN Red Cliff Copper Project",
    null,
  ],
  // No deal open before: the stake has no receiver.
  [
    "The Red Cliff Copper Project opened in May. The Japanese government will also take an equity stake.",
    null,
    "Japan INVESTED_IN Red Cliff Copper Project",
  ],
  // A state's money in a site (a project, a mine) is read whoever's territory it is in.
  [
    "The Serra Azul Nickel Project will receive $90 million from lenders. The Brazilian government will also take an equity stake.",
    "Brazil INVESTED_IN Serra Azul Nickel Project",
    null,
  ],
];

const SUBSIDIARY_ROWS: ReadingRow[] = [
  [
    "Harbour Mining Corp paid $80 million through its wholly owned subsidiary, Ostby Nickel Holdings.",
    "Harbour Mining Corp INVESTED_IN Ostby Nickel Holdings",
    null,
  ],
  [
    "Larch Metals Corp said the company's Chilean subsidiary, Kestrel Exploration and Mining, would run the mine.",
    "Larch Metals Corp INVESTED_IN Kestrel Exploration and Mining",
    null,
  ],
  // Two firms named before "its": which one owns is not read.
  [
    "Larch Metals Corp and Harbour Mining Corp met in Lima. Its subsidiary, Ostby Nickel Holdings, will run the mine.",
    null,
    "Larch Metals Corp INVESTED_IN Ostby Nickel Holdings",
  ],
];

const FOUNDING_ROWS: ReadingRow[] = [
  // Money committed to found a firm: each giver invested in it; a consortium's name is a firm's.
  [
    "Kestrel Ventures and Larch Metals Corp have each committed capital to form the Borealis Mineral Consortium, with $2 billion planned.",
    "Larch Metals Corp INVESTED_IN Borealis Mineral Consortium",
    null,
  ],
  // Capital spent on something no firm names is no investment in a firm.
  [
    "Larch Metals Corp committed $40 million in capital to expand its smelter in Ohio.",
    null,
    "Larch Metals Corp INVESTED_IN Ohio",
  ],
  // An investment fund launched with another: partners.
  [
    "Harbour Mining Corp launched a $900 million investment fund with Ostby Nickel Holdings on Monday.",
    "Harbour Mining Corp PARTNERED_WITH Ostby Nickel Holdings",
    null,
  ],
  // A fund named inside the "with" phrase is no partnership of the talks' sides.
  [
    "Peru and Chile are in early talks to build a smelter, with Chile's sovereign wealth fund expected to join.",
    null,
    "Chile PARTNERED_WITH Peru",
  ],
];

const HOLDER_ROWS: ReadingRow[] = [
  // A holder named in apposition to a firm's shareholder or investor noun.
  [
    "Ostby Nickel Holdings' largest shareholder, Harbour Capital, voted against the plan.",
    "Harbour Capital INVESTED_IN Ostby Nickel Holdings",
    null,
  ],
  [
    "Larch Metals Corp opened a mine in Peru. Harbour Capital, one of the miner's biggest investors, praised it.",
    "Harbour Capital INVESTED_IN Larch Metals Corp",
    null,
  ],
  // A firm's customers are no holders.
  [
    "Larch Metals Corp's customers, Harbour Capital and Kestrel Ventures, complained about prices.",
    null,
    "Harbour Capital INVESTED_IN Larch Metals Corp",
  ],
  // A firm bought, told as done, needs no amount; a takeover dropped is none.
  [
    "Harbour Capital completed the purchase of Larch Metals Corp on Monday.",
    "Harbour Capital INVESTED_IN Larch Metals Corp",
    null,
  ],
  [
    "Harbour Capital abandoned its takeover of Larch Metals Corp on Monday.",
    null,
    "Harbour Capital INVESTED_IN Larch Metals Corp",
  ],
];

describe("extraction", () => {
  describe("a holder in apposition, a firm bought", () => {
    itReadsRows(HOLDER_ROWS, lines);
  });
  describe("money committed to found a firm", () => {
    itReadsRows(FOUNDING_ROWS, lines);
  });
  describe("the open deal's givers", () => {
    itReadsRows(OPEN_DEAL_ROWS, lines);
  });
  describe("a subsidiary in apposition", () => {
    itReadsRows(SUBSIDIARY_ROWS, lines);
  });
});
