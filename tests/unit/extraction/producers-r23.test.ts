// Producers read in round 23 of issue 13, on sentences written for this test (none taken from any
// corpus): the sites-of-a-firm row ("the copper operations of X") no longer reads mines, which a
// name after "of" or "at" places ("the cobalt mines of Katanga"), whatever that name is typed as.

import { describe } from "vitest";
import { itGivesFacts } from "../../_helpers/rows.ts";

describe("rules/predicates (a firm's sites named after it, not its mines)", () => {
  itGivesFacts(
    [
      [
        "Investors bought a stake in the Zambian copper and nickel operations of Varden Mining Corp.",
        ["Varden Mining Corp. PRODUCES copper", "Varden Mining Corp. PRODUCES nickel"],
      ],
      ["Buyers eyed the gold assets of Varden Mining Corp.", ["Varden Mining Corp. PRODUCES gold"]],
    ],
    [
      ["Officials toured the cobalt mines of Kestrel Mining Corp last week.", "Kestrel Mining Corp PRODUCES cobalt"],
      ["The copper mines at Kestrel Mining Corp were flooded.", "Kestrel Mining Corp PRODUCES copper"],
    ],
  );
});
