// Round 11b of issue 13 (facts: PRODUCES and INVESTED_IN), on sentences written for this test
// (none taken from any corpus). "X, a copper and zinc producer," is read by the clause layer as a
// list "X, a copper and zinc producer"; when the list's other items are bare goods closing on the
// agent noun, the list's head is the producer, as in an apposition. "X is among Y's investors"
// (a copula with "among") names the group X belongs to, as "X is one of Y's investors" does; a
// rank among others is still no world dominance. "X committed $N to support the development of
// Y": the object of the infinitive purpose clause after the money clause is what is invested in.

import { describe } from "vitest";
import { itGivesFacts } from "../../_helpers/rows.ts";

describe("production: an apposition whose goods are coordinated", () => {
  itGivesFacts(
    [
      [
        "Keltrex Mining, a copper and zinc producer, posted gains.",
        ["Keltrex Mining PRODUCES copper", "Keltrex Mining PRODUCES zinc"],
      ],
      [
        "Orsova Metals, a nickel and cobalt miner, cut its forecast.",
        ["Orsova Metals PRODUCES nickel", "Orsova Metals PRODUCES cobalt"],
      ],
      ["Keltrex Mining, a copper producer, posted gains.", ["Keltrex Mining PRODUCES copper"]],
    ],
    [
      // A buyer of one good and a producer of another: the first good is not produced.
      ["Keltrex Mining, a copper buyer and zinc producer, posted gains.", "Keltrex Mining PRODUCES copper"],
      // A list of firms, the last of them a producer: the first firm is no producer by it.
      ["Keltrex Mining, Vantrix and a zinc producer signed the pact.", "Keltrex Mining PRODUCES zinc"],
    ],
  );
});

describe("investment: X is among Y's investors", () => {
  itGivesFacts(
    [
      [
        "Pexolan Capital is among Keltrex Mining's major institutional investors.",
        ["Pexolan Capital INVESTED_IN Keltrex Mining"],
      ],
      [
        "Pexolan Capital remains among the largest shareholders in Keltrex Mining.",
        ["Pexolan Capital INVESTED_IN Keltrex Mining"],
      ],
    ],
    [
      // Not a copula: sitting among investors is no stake.
      [
        "Pexolan Capital sat among Keltrex Mining's investors at the meeting.",
        "Pexolan Capital INVESTED_IN Keltrex Mining",
      ],
      // Critics of the investors are not investors.
      [
        "Pexolan Capital is among the critics of Keltrex Mining's investors.",
        "Pexolan Capital INVESTED_IN Keltrex Mining",
      ],
      // A rank among the exporters is no world dominance.
      ["Peru is among the biggest exporters of raw zinc.", "Peru DOMINATES zinc"],
    ],
  );
});

describe("investment: money pledged for a purpose clause ('to develop Y')", () => {
  itGivesFacts(
    [
      [
        "Ford Motor has committed over $500 million to support the development of Keltrex Mining.",
        ["Ford Motor INVESTED_IN Keltrex Mining"],
      ],
      ["Ford Motor pledged $500 million to build the Quorra Mine.", ["Ford Motor INVESTED_IN Quorra Mine"]],
      ["Ford Motor invested $500 million to expand the Quorra Mine.", ["Ford Motor INVESTED_IN Quorra Mine"]],
    ],
    [
      // No money: a pledge of support is no investment.
      ["Ford Motor pledged to support Keltrex Mining.", "Ford Motor INVESTED_IN Keltrex Mining"],
      // Fines paid are not money put in.
      ["Ford Motor paid $500 million in fines to support Keltrex Mining.", "Ford Motor INVESTED_IN Keltrex Mining"],
    ],
  );
});
