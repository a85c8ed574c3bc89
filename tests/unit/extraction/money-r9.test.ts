// The investment frame (round 9 of issue 13), on sentences written for this test (none taken from
// any corpus): an investment trigger in a clause, its investor read from the clause roles ("X's
// investment", "an investment from X", the agent of "secured" being the one invested in, "Swiss
// firms" standing for their state, the firms listed after "including", a person for the state they
// serve) and its target from "in / into", the place an "in" phrase names, or the country of "U.S.
// investments"; then sentences where nothing must be read (a possibility, a condition, a sale, a
// negation). Purchases whose buyer is only the goods' origin ("cargoes of US soybeans") are dropped.

import { describe } from "vitest";
import { readText } from "../../_helpers/documents.ts";
import { itReadsRows, itTypesRows, type ReadingRow } from "../../_helpers/rows.ts";

const lines = (text: string) => readText(text, { date: "2025-10-02" }).lines;

const ROWS: ReadingRow[] = [
  // The one who secures money gets it from the body the money phrase names.
  [
    "Kestrel Copper Ltd secured $40 million in Department of Energy funding to build a refinery.",
    "Department of Energy INVESTED_IN Kestrel Copper Ltd",
    null,
  ],
  [
    "Ostby Nickel Corp has won a major funding boost from the Department of Energy, with a $30 million grant for its plant.",
    "Department of Energy INVESTED_IN Ostby Nickel Corp",
    null,
  ],
  // A country's firms invest for their country; the firms listed are the investors.
  [
    "Norwegian companies are planning to make direct investments in Chile worth $20 billion by 2030.",
    "Norway INVESTED_IN Chile",
    null,
  ],
  [
    "Korean firms including Harbour Mining Corp and Larch Metals Corp have invested over $2 billion in Peru's copper projects.",
    "Larch Metals Corp INVESTED_IN Peru",
    "South Korea INVESTED_IN Peru",
  ],
  // A firm's investments named by the country they go to.
  [
    "Halden Motors Corp has already announced around $4 billion in Mexican investments.",
    "Halden Motors Corp INVESTED_IN Mexico",
    null,
  ],
  // The subject of a relative clause joined by "and"; the place of the activity invested in.
  [
    "The rebels oppose Vietnam, which backs the junta and has invested heavily in bauxite mining in Laos.",
    "Vietnam INVESTED_IN Laos",
    null,
  ],
  // The place of a firm acquired is not a second target.
  [
    "Harbour Mining Corp acquired Ostby Nickel Corp in Lima last year.",
    "Harbour Mining Corp INVESTED_IN Ostby Nickel Corp",
    "Harbour Mining Corp INVESTED_IN Lima",
  ],
  // Not an investment: a possibility, a condition, a stake sold, a negation.
  ["Qatar could invest $1 trillion in Chile if the talks succeed.", null, "Qatar INVESTED_IN Chile"],
  [
    "Harbour Mining Corp agreed to sell a 30% stake in its copper project in Chile to Larch Metals Corp.",
    null,
    "Harbour Mining Corp INVESTED_IN Chile",
  ],
  [
    "Larch Metals Corp will not invest $5 million in Ostby Nickel Corp.",
    null,
    "Larch Metals Corp INVESTED_IN Ostby Nickel Corp",
  ],
  [
    "Norwegian companies complained about investment rules in Chile worth $20 billion.",
    null,
    "Norway INVESTED_IN Chile",
  ],
];

/** Purchases: the goods' origin named right before them is no buyer. */
const PURCHASE_ROWS: ReadingRow[] = [
  [
    "Halden Grain has purchased up to 30 cargoes of Brazilian soybeans for March delivery.",
    null,
    "Brazil PURCHASES soybeans",
  ],
  ["Egypt resumes Russian wheat imports after the truce.", "Egypt PURCHASES wheat", "Russia PURCHASES wheat"],
  ["Vietnam bought 2 million tonnes of Thai rice last year.", "Vietnam PURCHASES rice", "Thailand PURCHASES rice"],
  // The state's own imports keep it as the buyer.
  ["Canada accounted for 40% of U.S. aluminum imports last year.", "United States PURCHASES aluminum", null],
  ["Japan's lithium imports rose 20% last year.", "Japan PURCHASES lithium", null],
];

/** Partnerships: one formed, not one talked about, weighed or refused, nor a body with its own state. */
const PARTNER_ROWS: ReadingRow[] = [
  [
    "Harbour Mining Corp has partnered with Larch Metals Corp to build a cathode plant.",
    "Harbour Mining Corp PARTNERED_WITH Larch Metals Corp",
    null,
  ],
  [
    "Harbour Mining Corp and Larch Metals Corp have been in talks about a partnership, but no deal was signed.",
    null,
    "Harbour Mining Corp PARTNERED_WITH Larch Metals Corp",
  ],
  [
    "Last week Ostby Nickel Corp was weighing a cobalt partnership with Larch Metals Corp, a person said.",
    null,
    "Ostby Nickel Corp PARTNERED_WITH Larch Metals Corp",
  ],
  [
    "Kestrel Copper Ltd and Halden Cobalt Corp are discussing a possible alliance in Zambia.",
    null,
    "Kestrel Copper Ltd PARTNERED_WITH Halden Cobalt Corp",
  ],
  [
    "The United States wants more magnets made at home. The Energy Department said on Friday it had signed a preliminary letter of intent to give federal grants to Ostby Nickel Corp in return for shares.",
    null,
    "Energy Department PARTNERED_WITH United States",
  ],
];

describe("extraction", () => {
  describe("findMentions", () => {
    // A miner named for its metal or ore, a yard named for its trade: a firm, not a person.
    itTypesRows(
      "Company",
      [
        ["The loans went to Kestrel Lithium, La Plata Magnesium and Ostby Nickel Corp.", "La Plata Magnesium"],
        ["Output rose at Van Dyke Tungsten, the company said.", "Van Dyke Tungsten"],
        ["Harbour Mining Corp bought the Delta Shipyard last year.", "Delta Shipyard"],
        ["Shares of Otjikoto Iron Ore fell 3% on Monday.", "Otjikoto Iron Ore"],
      ],
      [["Output rose, said Maria Lopez, the company's spokeswoman.", "Maria Lopez"]],
    );
  });
  describe("partnershipRule", () => {
    itReadsRows(PARTNER_ROWS, lines);
  });
  describe("investmentFrame", () => {
    itReadsRows(ROWS, lines);
  });
  describe("purchaseRule", () => {
    itReadsRows(PURCHASE_ROWS, lines);
  });
});
