// A firm building a costed facility in a region (round 24 of issue 13, deals; rules/build-sites.ts),
// on sentences written for this test (none taken from any corpus): the builder of "build / construct
// / open a $N plant in Y", read as the agent of the verb, of the clause an infinitive completes
// ("plans to invest $N to build a plant in Y"), or the firm opening a plan word the tagger took for a
// noun ("X (TSX: XX) plans to …"), invested in the region Y. Refused: no amount, a site instead of a
// region, a plan abandoned, a lender's loan for the building, a state body building.

import { describe } from "vitest";
import { itGivesFacts } from "../../_helpers/rows.ts";

describe("build-sites r24: a firm building a costed facility in a region invests there", () => {
  itGivesFacts(
    [
      [
        "Kessel Mining Corp plans to invest $277 million to build a nickel separation facility in Ohio.",
        ["Kessel Mining Corp INVESTED_IN Ohio"],
      ],
      [
        "Brannock Metals (TSX: BRM) plans to spend $90 million to build a magnet plant in Ontario, it said.",
        ["Brannock Metals INVESTED_IN Ontario"],
      ],
      [
        "Tarrow Ltd is constructing a $288 million processing plant in Texas with state support.",
        ["Tarrow Ltd INVESTED_IN Texas"],
      ],
    ],
    [
      // No amount: a plant named, no investment read.
      [
        "Kessel Mining Corp plans to build a nickel separation facility in Ohio.",
        "Kessel Mining Corp INVESTED_IN Ohio",
      ],
      // A lender's loan for the building: the builder is not the one who put money in here.
      [
        "Velloway Capital received a $100 million loan from a bank to build a magnet plant in Ohio.",
        "Velloway Capital INVESTED_IN Ohio",
      ],
      // A plan only possible.
      [
        "Brannock Metals could spend $90 million to build a magnet plant in Ontario.",
        "Brannock Metals INVESTED_IN Ontario",
      ],
    ],
  );
});

// The investment frame's agent read through a plan word the tagger took for a noun (round 24,
// deals; since round 24b the clause layer reads the plan word as the verb group, syntax/clauses.ts
// `intentionVerb`): "X (TSX: XX) plans to invest $N in Y".
describe("plan holder r24: the firm before a plan word taken for a noun invests", () => {
  itGivesFacts(
    [
      [
        "Brannock Metals (TSX: BRM) plans to invest $90 million in Tarrow Ltd, it said.",
        ["Brannock Metals INVESTED_IN Tarrow Ltd"],
      ],
    ],
    [
      // A person's plan is no firm's investment.
      [
        "Analysts said John Smith plans to invest $90 million in Tarrow Ltd, it said.",
        "John Smith INVESTED_IN Tarrow Ltd",
      ],
    ],
  );
});
