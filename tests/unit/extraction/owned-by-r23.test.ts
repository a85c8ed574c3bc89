// The passive of owning (round 23 of issue 13, invest; rules/owned-by.ts), on sentences written for
// this test (none taken from any corpus): "Y is (jointly, at least partially, N%) owned by A and B"
// where Y is a firm, a site named as a place ("the Y mine"), a description standing for the firm
// named before ("the company"), the subject of the clause before a verb joined by "and", or the
// thing the sentence's previous "owned by" owned ("N% owned by A and M% owned by B"); "co-owned by
// A and B" also makes the co-owners partners. Refused: a town or region the gazetteers know before a
// facility noun, "respectively" lists
// (./ownership.ts pairs them), "owned" with no "by".

import { describe } from "vitest";
import { itGivesFacts } from "../../_helpers/rows.ts";

describe("owned-by r23: the passive of owning read around its owned thing", () => {
  itGivesFacts(
    [
      [
        "Brannock Metals runs a smelter in Ohio. Analysts say the company is at least partially owned by Velloway Capital.",
        ["Velloway Capital INVESTED_IN Brannock Metals"],
      ],
      [
        "The Tessaly copper project is located in Ruritania and is jointly owned by Quorrel Corp (50%) and Brask Holdings (50%).",
        ["Quorrel Corp INVESTED_IN Tessaly", "Brask Holdings INVESTED_IN Tessaly"],
      ],
      [
        "Kessel Mining Corp is 60.5% owned by Orvane Group and 39.5% owned by Tarrow Ltd, and exports ore.",
        ["Orvane Group INVESTED_IN Kessel Mining Corp", "Tarrow Ltd INVESTED_IN Kessel Mining Corp"],
      ],
      [
        "The Tessaly mine is owned by Quorrel Corp and Brask Holdings.",
        ["Quorrel Corp INVESTED_IN Tessaly", "Brask Holdings INVESTED_IN Tessaly"],
      ],
      [
        "The Tessaly gold mine, co-owned by Quorrel Corp and Brask Holdings, will reopen next year.",
        ["Quorrel Corp INVESTED_IN Tessaly", "Quorrel Corp PARTNERED_WITH Brask Holdings"],
      ],
      [
        "Kessel Mining Corp, a joint venture co-owned since 1998 by Orvane Group and Tarrow Ltd, exports ore.",
        ["Orvane Group PARTNERED_WITH Tarrow Ltd"],
      ],
    ],
    [
      // A region the gazetteers know before a facility noun is no site.
      ["The country makes batteries at a Nevada facility owned by Quorrel Corp.", "Quorrel Corp INVESTED_IN Nevada"],
      // "respectively": each firm its own owner.
      [
        "Ores come from Kessel Mining Corp and Brannock Metals, owned by Orvane Group and Tarrow Ltd, respectively.",
        "Tarrow Ltd INVESTED_IN Kessel Mining Corp",
      ],
      // "owned" with no "by": no owner read.
      [
        "The Tessaly mine, long owned and run locally, sits next to Quorrel Corp's plant.",
        "Quorrel Corp INVESTED_IN Tessaly",
      ],
      // Plain joint owners are not partners unless written "co-owned".
      ["The Tessaly mine is owned by Quorrel Corp and Brask Holdings.", "Quorrel Corp PARTNERED_WITH Brask Holdings"],
    ],
  );
});

// Co-investors by a verb of pledging money (round 23, invest; rules/investment-frame.ts): two or
// more named parties that commit, pledge, contribute or provide money (an amount or a money noun)
// with a joint word ("each", "jointly", "together") are partners, also when the tagger reads "have
// each committed" as "have" and an adjective. Refused: no joint word, no money, a hedge.
describe("owned-by r23: co-investors who pledge money together", () => {
  itGivesFacts(
    [
      [
        "Quorrel Corp, Brask Holdings and Velloway Capital have each committed capital to form a new minerals fund.",
        ["Quorrel Corp PARTNERED_WITH Brask Holdings", "Brask Holdings PARTNERED_WITH Velloway Capital"],
      ],
      [
        "Quorrel Corp and Brask Holdings jointly pledged $400 million to the Tessaly smelter.",
        ["Quorrel Corp PARTNERED_WITH Brask Holdings"],
      ],
    ],
    [
      // No joint word: each may act alone.
      [
        "Quorrel Corp and Brask Holdings pledged $400 million to the Tessaly smelter.",
        "Quorrel Corp PARTNERED_WITH Brask Holdings",
      ],
      // No money: a commitment of another kind.
      [
        "Quorrel Corp and Brask Holdings have each committed to cutting emissions.",
        "Quorrel Corp PARTNERED_WITH Brask Holdings",
      ],
      // A hedge: not done.
      [
        "Quorrel Corp and Brask Holdings could each contribute $400 million to the Tessaly smelter.",
        "Quorrel Corp PARTNERED_WITH Brask Holdings",
      ],
    ],
  );
});

// Instruments of cooperation named by their parties (round 23, invest; rules/partnership-
// instruments.ts): a deal, pact, framework, memorandum or agreement named after two or more states
// with a word of minerals, metals, supply chains, security or a strategic partnership pairs them.
// Refused: trade, tariff, peace and investment agreements.
describe("owned-by r23: cooperation instruments named by their parties", () => {
  itGivesFacts(
    [
      ["Officials hailed the Chile-Japan critical minerals framework on Monday.", ["Chile PARTNERED_WITH Japan"]],
      ["The Brazil-Norway rare earths supply chain pact was praised by analysts.", ["Brazil PARTNERED_WITH Norway"]],
    ],
    [
      ["Officials hailed the Brazil-Norway free trade agreement on Monday.", "Brazil PARTNERED_WITH Norway"],
      ["The Brazil-Norway tariff deal was praised by analysts.", "Brazil PARTNERED_WITH Norway"],
      ["The Brazil-Norway $50 billion investment agreement was praised by analysts.", "Brazil PARTNERED_WITH Norway"],
    ],
  );
});
