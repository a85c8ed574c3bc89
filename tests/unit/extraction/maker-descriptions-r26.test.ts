// A firm described by what it makes (round 26 of issue 13, products; rules/maker-descriptions.ts,
// `makerDescription` in syntax/discourse.ts), on sentences written for this test (none taken from
// any corpus): "the lithium miner", "the tablet maker", "the Chilean copper producer" as a clause's
// subject stands for the one firm named before, which makes the goods of the description. Refused:
// a state before the description, a description naming no good, a firm named nowhere before.

import { describe } from "vitest";
import { itGivesFacts } from "../../_helpers/rows.ts";

describe("maker descriptions r26: a firm described by what it makes makes it", () => {
  itGivesFacts(
    [
      [
        "Halvex Mining cut its forecast on Monday. The lithium miner blamed weak demand in Europe.",
        ["Halvex Mining PRODUCES lithium"],
      ],
      [
        "Shares of Corvane Devices fell 4% after the smartphone maker said sales slowed.",
        ["Corvane Devices PRODUCES smartphones"],
      ],
      // The sentence's own subject is a pair: the description after it is the one firm named in it.
      [
        "Halvex Mining and Corvane Devices signed a deal. The two companies will build a factory in Texas, with magnet lines tailored for Corvane Devices products, the smartphone maker said Tuesday.",
        ["Corvane Devices PRODUCES smartphones"],
      ],
      [
        "Brannock Metals reported a loss. The Chilean copper producer said prices were low.",
        ["Brannock Metals PRODUCES copper"],
      ],
    ],
    [
      // A firm's description stands for no state.
      ["Chile cut its forecast. The copper producer blamed weak demand.", "Chile PRODUCES copper"],
      // No good in the description.
      ["Halvex Mining cut its forecast. The Australian miner blamed weak demand.", "Halvex Mining PRODUCES Australia"],
      // No firm named before.
      ["The lithium miner blamed weak demand in Europe.", "Halvex Mining PRODUCES lithium"],
    ],
  );
});
