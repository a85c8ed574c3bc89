// Round 16 of issue 13, the topics area: postponements whose measure comes after a time adjunct
// ("suspend for one year, beginning <date>, the X"), a quoted name inside the measure's phrase, and
// an export measure on something no gazetteer types, named as written. Sentences written for these
// tests (not copied from any article), with positives and refusals.

import { describe } from "vitest";
import { itGivesFacts, itTypesRows } from "../../_helpers/rows.ts";

describe("rules/trade: POSTPONED after a time adjunct (round 16)", () => {
  itGivesFacts(
    [
      // The measure after "for <duration>", "for the same period", a dated aside.
      [
        "Peru will suspend for two years, starting March 3, 2026, the enforcement of the Mining Royalty Act.",
        ["Peru POSTPONED Mining Royalty Act"],
      ],
      [
        "In return, Canada will pause for the same period its “Foreign Buyers Act” rules on shippers.",
        ["Canada POSTPONED Foreign Buyers Act"],
      ],
      // Round 18b: a good's technology is a good: its export measure is named after it, as the
      // annotators name one ("<good> technology export restrictions").
      [
        "Chile will suspend for one year export restrictions on magnet technology.",
        ["Chile POSTPONED magnet technology export restrictions"],
      ],
      [
        "Norway has delayed its export controls on rare earths by six months.",
        ["Norway POSTPONED rare earth export restrictions"],
      ],
    ],
    [
      // Refused, not delayed.
      [
        "Peru refused to suspend for two years, starting March 3, 2026, the enforcement of the Mining Royalty Act.",
        "Peru POSTPONED Mining Royalty Act",
      ],
      // A possibility only.
      [
        "Chile may suspend for one year export restrictions on magnet technology.",
        "Chile POSTPONED magnet technology export restrictions",
      ],
      // A delay of shipments is no measure put off.
      ["Chile delayed for a week shipments of copper to Peru.", "Chile POSTPONED copper"],
    ],
  );
});

describe("lexicon: a capitalised name ending in Regulations is a Policy (round 16)", () => {
  itTypesRows(
    "Policy",
    [
      [
        "The rule widens the reach of Canada's Export Control Regulations to partly owned firms.",
        "Export Control Regulations",
      ],
      ["Officials in Chile said the Mining Safety Regulations would apply from March.", "Mining Safety Regulations"],
    ],
    [
      // Lower case: a common noun, no name.
      ["Officials in Chile said the new mining regulations would apply from March.", "mining regulations"],
    ],
  );
});
