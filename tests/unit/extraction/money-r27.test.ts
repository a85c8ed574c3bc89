// Money given with its receiver unwritten or written in a purpose clause (round 27 of issue 13,
// money; rules/investment-frame.ts, rules/predicates.ts and the purpose clause of
// syntax/predicates.ts), on sentences written for this test (none taken from any corpus): an
// amount measured by "$N in subsidies from X" and a money phrase whose giver follows a participle of
// giving ("the $500 million loan, provided by X") go to the document's open deal or firm; money
// committed "to extend the life of / to upgrade Y" goes to Y, and such money is no longer the open
// deal's; a firm's costed expansion at a site invests in the site, and so does its costed facility
// in a region written as one noun phrase ("X's planned $7.4 billion smelter in Y"). Refused: the open deal for money
// whose purpose names its receiver, a state named only as the owner of an unnamed firm, an
// expansion or a facility with no amount, a facility scrapped, a participle that is no giving.

import { describe } from "vitest";
import { itGivesFacts } from "../../_helpers/rows.ts";

/** Three sentences that make Tarrow Lithium the firm the document is about. */
const FIRM =
  "Tarrow Lithium plans a new refinery in Ohio. Tarrow Lithium said the refinery would open in 2028. Tarrow Lithium shares rose 4 percent. ";

describe("money r27: givers of unwritten receivers, purposes and costed expansions", () => {
  itGivesFacts(
    [
      [
        `${FIRM}The financing will include $210 million in subsidies from the Department of Commerce.`,
        ["Department of Commerce INVESTED_IN Tarrow Lithium"],
      ],
      [
        `${FIRM}The $500 million loan, provided by the Export-Import Bank of the United States, doubles the first offer.`,
        ["Export-Import Bank of the United States INVESTED_IN Tarrow Lithium"],
      ],
      [
        "Korvath Mining has committed $300 million to extend the life of the Selwyn mine.",
        ["Korvath Mining INVESTED_IN Selwyn"],
      ],
      [
        "Korvath Mining approved a $2 billion expansion at its Selwyn mine in Zambia.",
        ["Korvath Mining INVESTED_IN Selwyn"],
      ],
      // A firm's own costed facility in a region, as one noun phrase (rules/build-sites.ts).
      [
        "The decision to back Tarrow Zinc's planned $7.4 billion smelter in Tennessee surprised analysts.",
        ["Tarrow Zinc INVESTED_IN Tennessee"],
      ],
    ],
    [
      // The purpose names the receiver: the open deal of the sentence before is not it.
      [
        "The Brannock lithium project has received C$40 million in funding from the Government of Manitoba. Korvath Mining has committed $300 million to extend the life of the Selwyn mine.",
        "Korvath Mining INVESTED_IN Brannock",
      ],
      // A state named only as the owner of a firm the sentence does not name.
      ["China's state firm committed $300 million to extend the life of the Selwyn mine.", "China INVESTED_IN Selwyn"],
      // No amount: an expansion is no money put in.
      ["Korvath Mining approved an expansion at its Selwyn mine in Zambia.", "Korvath Mining INVESTED_IN Selwyn"],
      // A firm's facility with no cost, or one scrapped.
      ["Tarrow Zinc's smelter in Tennessee is the oldest in the state.", "Tarrow Zinc INVESTED_IN Tennessee"],
      ["Tarrow Zinc's scrapped $2 billion plant in Ohio cost it dearly.", "Tarrow Zinc INVESTED_IN Ohio"],
      // A participle that gives nothing.
      [
        `${FIRM}The $500 million loan, opposed by the Export-Import Bank of the United States, doubles the first offer.`,
        "Export-Import Bank of the United States INVESTED_IN Tarrow Lithium",
      ],
    ],
  );
});
