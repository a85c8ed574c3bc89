// A partnership instrument's purpose (round 25 of issue 13, money; `purposeAfter` in
// syntax/predicates.ts), on sentences written for this test (none taken from any corpus): the words
// that make an instrument no partnership (trade, tariffs, a truce, a settlement …) are read in its
// purpose clause too ("a framework to resolve the trade dispute"), not only in the phrase and its
// first attachment. Cooperation instruments keep their partners.

import { describe } from "vitest";
import { itGivesFacts } from "../../_helpers/rows.ts";

describe("partnership purpose r25: an instrument for a trade dispute pairs no partners", () => {
  itGivesFacts(
    [
      [
        "Canada and Mexico signed a framework to develop critical minerals supply chains together.",
        ["Canada PARTNERED_WITH Mexico"],
      ],
      [
        "Kessel Mining signed an agreement with Tarrow Ltd to build a lithium refinery.",
        ["Kessel Mining PARTNERED_WITH Tarrow Ltd"],
      ],
    ],
    [
      [
        "The United States and Canada agreed on a framework to resolve the trade dispute after two days of talks.",
        "United States PARTNERED_WITH Canada",
      ],
      [
        "Canada signed an agreement with Mexico to lower tariffs on steel and aluminium.",
        "Canada PARTNERED_WITH Mexico",
      ],
    ],
  );
});
