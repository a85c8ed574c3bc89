// Round 28 (`dominance-production`): a dominance of a good's production is also its production, as
// the scorers' seeds gold reads "China's 90% market dominance in rare earth production"; a hold on
// the processing or the supply alone gives DOMINATES only. Sentences written for these tests (not
// copied from any article), with positives and refusals.

import { describe } from "vitest";
import { itGivesFacts } from "../../_helpers/rows.ts";

describe("dominance-production (a dominance of making the good is making it)", () => {
  const positives: [text: string, facts: string[]][] = [
    [
      "Ghana controls about 80% of global cocoa production, officials said.",
      ["Ghana DOMINATES cocoa", "Ghana PRODUCES cocoa"],
    ],
    ["Peru's dominance in copper mining worries buyers.", ["Peru DOMINATES copper", "Peru PRODUCES copper"]],
  ];
  itGivesFacts(positives);
  const refusals: [text: string, fact: string][] = [
    // Processing capacity and supply: DOMINATES only.
    ["Chile controls 85% of the world's lithium processing capacity.", "Chile PRODUCES lithium"],
    ["Brazil controls over 75% of the global supply of niobium.", "Brazil PRODUCES niobium"],
    // The noun of making belongs to another good of the sentence.
    ["Norway dominates 90% of aluminium production and 80% of nickel refining.", "Norway PRODUCES nickel"],
    // The production named comes before the dominant party: the buyers' making, not the state's.
    [
      "The shortage exposed the vulnerability of global car production to Norway's dominance in nickel.",
      "Norway PRODUCES nickel",
    ],
  ];
  itGivesFacts([], refusals);
});
