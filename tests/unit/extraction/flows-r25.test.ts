// Flows of goods to a state (round 25 of issue 13, money; rules/predicates.ts, syntax/predicates.ts),
// on sentences written for this test (none taken from any corpus). A trigger noun's "of" phrase that
// the clause layer hung the next attachment on gives that attachment back to the noun ("exports of
// magnets to X": X receives them; "an investment of $N in Y"), and a flow of goods to a state that a
// clause approves, authorises, allows, licenses or speeds up is the exporter's measure, not a
// purchase by the state it names (as halting or banning it already was).

import { describe } from "vitest";
import { itGivesFacts } from "../../_helpers/rows.ts";

describe("flows r25: the 'of' phrase's attachment and decisions over flows", () => {
  itGivesFacts(
    [
      ["Exports of magnets to Canada rose 35% in November.", ["Canada PURCHASES magnets"]],
      ["Peru's shipments of copper to Japan doubled last year.", ["Japan PURCHASES copper"]],
      ["Brazil's exports of soybeans to China fell sharply in May.", ["China PURCHASES soybeans"]],
      // The noun's own attachment still reads as before.
      ["Peru's copper exports to Japan doubled last year.", ["Japan PURCHASES copper"]],
    ],
    [
      // A decision over the flow: the exporter acts, the state named receives nothing told.
      [
        "Beijing agreed to speed up exports of rare earths to the European Union.",
        "European Union PURCHASES rare earths",
      ],
      ["China would approve the exports of gallium to Canada under the deal.", "Canada PURCHASES gallium"],
      ["Peru will authorize shipments of copper to Japan next month.", "Japan PURCHASES copper"],
      // Stopping it, as before.
      ["China halted exports of gallium to Canada in December.", "Canada PURCHASES gallium"],
    ],
  );
});
