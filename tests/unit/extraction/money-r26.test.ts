// Money and trade rows of round 26 of issue 13, on sentences written for this test.

import { describe } from "vitest";
import { itGivesFacts } from "../../_helpers/rows.ts";

// A state's reliance on a good with no "for": the good right after "on", past adjectives,
// participles and the state it comes from, is one the state buys.
describe("purchases: a state's reliance on a good (round 26)", () => {
  itGivesFacts(
    [
      ["The plan would cut Peru's reliance on Chinese cobalt.", ["Peru PURCHASES cobalt"]],
      [
        "Analysts warned of the United States' dependence on imported refined graphite.",
        ["United States PURCHASES graphite"],
      ],
    ],
    [
      ["The plan would cut Peru's reliance on Chinese processing of cobalt ore.", "Peru PURCHASES cobalt"],
      ["The plan would cut reliance on Chinese cobalt, Peru said.", "Peru PURCHASES cobalt"],
      ["Peru's reliance on tariffs against cobalt grew.", "Peru PURCHASES cobalt"],
    ],
  );
});
