// The vehicle money goes through (round 25 of issue 13, money; rules/investment-vehicles.ts and the
// "received / secured … from X" row of rules/predicates.ts), on sentences written for this test
// (none taken from any corpus): a firm, agency or body named right after "through" or "via" in a
// sentence where an investment was read invests in what it went into, beside the clause's investor;
// money a firm secured "through" a body comes from that body. Refused: a phrase after "through" that
// is a loan from someone else, a list after a colon, an act done by someone, a place.

import { describe } from "vitest";
import { itGivesFacts } from "../../_helpers/rows.ts";

describe("investment vehicles r25: money through a firm or a body", () => {
  itGivesFacts(
    [
      [
        "Kessel Lithium completed the acquisition of a 40 percent interest in Brannock Minerals, paying $342 million through its wholly owned subsidiary, Kessel International.",
        ["Kessel Lithium INVESTED_IN Brannock Minerals", "Kessel International INVESTED_IN Brannock Minerals"],
      ],
      [
        "Velloway Capital, through Tarrow Holdings, has invested $300 million in Quillon Metals.",
        ["Velloway Capital INVESTED_IN Quillon Metals", "Tarrow Holdings INVESTED_IN Quillon Metals"],
      ],
      [
        "Quillon Metals secured a $1.3 billion loan through the Export-Import Bank of the United States.",
        ["Export-Import Bank of the United States INVESTED_IN Quillon Metals"],
      ],
    ],
    [
      // A loan from another lender: the phrase after "through" names no vehicle.
      [
        "Velloway Capital invested $300 million in Quillon Metals through a loan from Tarrow Holdings.",
        "Tarrow Holdings INVESTED_IN Quillon Metals",
      ],
      // A list after a colon: the firms the money went to, not through.
      [
        "The Export-Import Bank of the United States invested $80 million in Quillon Metals through two start-ups: Brannock Minerals and Tarrow Holdings.",
        "Brannock Minerals INVESTED_IN Quillon Metals",
      ],
      // A place the money goes through is no investor.
      [
        "Velloway Capital invested $300 million in Quillon Metals through Ontario.",
        "Ontario INVESTED_IN Quillon Metals",
      ],
    ],
  );
});
