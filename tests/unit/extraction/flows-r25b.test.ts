// Flows of goods to a receiver named only by a modifier (round 25b of issue 13, flows;
// syntax/predicates.ts `sourceHeadOnly`, rules/predicates.ts), on sentences written for this test
// (none taken from any corpus). A flow rule (and the "between X and Y" partnership row) reading the receiving side from a "to" / "into" phrase
// reads it only where the state heads that phrase: a state named only as a modifier or a possessor
// of another head ("to Canadian refiners", "vital to Brazilian industries", "to Japan's <firm>")
// is not the buyer; its market, government or ports stand for it.

import { describe } from "vitest";
import { itGivesFacts } from "../../_helpers/rows.ts";

describe("flows r25b: a receiver named only by a modifier", () => {
  itGivesFacts(
    [
      // The state heads the phrase, or a head that stands for it.
      ["Peru exported copper to Japan last year.", ["Japan PURCHASES copper"]],
      ["Exports of magnets to the Canadian market rose 35% in November.", ["Canada PURCHASES magnets"]],
      ["Brazil's exports of soybeans to China fell sharply in May.", ["China PURCHASES soybeans"]],
      ["Officials praised the partnership between Peru and Canada on Monday.", ["Peru PARTNERED_WITH Canada"]],
    ],
    [
      // A national adjective on another head: the makers or industries, not the state.
      ["Peru resumed copper shipments to Canadian refiners in May.", "Canada PURCHASES copper"],
      ["Chile keeps up exports of lithium vital to Korean industries.", "South Korea PURCHASES lithium"],
      // A possessor of a firm: the firm receives them, not its state.
      ["Peru shipped copper to Japan's Sumiko Metals last week.", "Japan PURCHASES copper"],
      // The same for a pair "between" two sides: the makers or officials of two states are no pair of states.
      [
        "Officials praised the cooperation between Peruvian and Canadian miners on Monday.",
        "Canada PARTNERED_WITH Peru",
      ],
      [
        "The report urged closer collaboration between U.S. and Mexican authorities.",
        "Mexico PARTNERED_WITH United States",
      ],
    ],
  );
});
