// Co-signers of one partnership instrument (round 24 of issue 13, deals; syntax/predicates.ts, the
// registry's `pairs` for PARTNERED_WITH), on sentences written for this test (none taken from any
// corpus): "A and B signed a deal with C" makes A and B partners as well as each of them C's; with no
// "with" phrase "A and B signed a deal" paired them already. Refused: a single signer, a deal only
// weighed.

import { describe } from "vitest";
import { itGivesFacts } from "../../_helpers/rows.ts";

describe("co-signers r24: the coordinated signers of a deal with a third party are partners", () => {
  itGivesFacts(
    [
      [
        "Brannock Metals and Kessel Mining Corp signed an exclusive supply agreement with Velloway Capital in 2019.",
        [
          "Brannock Metals PARTNERED_WITH Kessel Mining Corp",
          "Brannock Metals PARTNERED_WITH Velloway Capital",
          "Kessel Mining Corp PARTNERED_WITH Velloway Capital",
        ],
      ],
      [
        "Orvane Group and Tarrow Ltd signed a memorandum of understanding with Kessel Mining Corp on Monday.",
        ["Orvane Group PARTNERED_WITH Tarrow Ltd"],
      ],
    ],
    [
      // One signer: no pair of signers.
      [
        "Brannock Metals signed an agreement with Velloway Capital and praised Kessel Mining Corp.",
        "Brannock Metals PARTNERED_WITH Kessel Mining Corp",
      ],
      // A deal only weighed gives no partners.
      [
        "Brannock Metals and Kessel Mining Corp could sign a deal with Velloway Capital next year.",
        "Brannock Metals PARTNERED_WITH Kessel Mining Corp",
      ],
    ],
  );
});
