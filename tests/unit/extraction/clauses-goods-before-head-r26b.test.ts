// Goods coordinated before one head noun (round 26b of issue 13, phrases; `readArg` and
// `coordinatedGoodsBeforeHead` in syntax/clauses.ts), on sentences written for this test (none taken
// from any corpus): "its copper and cobalt output", "its iron ore, aluminium and copper output",
// "Australian lithium and nickel miner X" are one phrase (the head's, the goods its modifiers), not a
// list whose first item ("Australian lithium") is a party of its own; and a bare over-the-counter
// ticker after a name ("Acme Mining Group ACMGF, …") is skipped so the name stays the subject.
// Refused: the state before the description as a party, another owner's goods joined to a titled name.

import { describe } from "vitest";
import { itGivesFacts } from "../../_helpers/rows.ts";

describe("goods before one head r26b: 'A and B <noun>' is one phrase", () => {
  itGivesFacts(
    [
      [
        "Brannock Metals said its copper and cobalt output rose 5% this year.",
        ["Brannock Metals PRODUCES copper", "Brannock Metals PRODUCES cobalt"],
      ],
      [
        "Halvex Mining sells its iron ore, aluminium and copper output to Japan.",
        ["Halvex Mining PRODUCES iron ore", "Halvex Mining PRODUCES copper"],
      ],
      [
        "Australian lithium and nickel miner Halvex Mining signed a deal with Brannock Metals.",
        ["Halvex Mining PARTNERED_WITH Brannock Metals", "Halvex Mining PRODUCES nickel"],
      ],
      [
        "Chinese copper and gold producer Halvex Mining will buy a controlling stake in Brannock Metals.",
        ["Halvex Mining INVESTED_IN Brannock Metals"],
      ],
      // A bare over-the-counter ticker after the name leaves it the clause's subject.
      [
        "Acme Mining Group ACMGF, a lithium explorer, said on Monday it signed a deal with Brannock Metals.",
        ["Acme Mining Group PARTNERED_WITH Brannock Metals"],
      ],
      // A list of firms is still a list.
      [
        "Halvex Mining and Brannock Metals signed a supply deal with Corvane Devices.",
        ["Halvex Mining PARTNERED_WITH Corvane Devices", "Brannock Metals PARTNERED_WITH Corvane Devices"],
      ],
    ],
    [
      // The state before the description is the firm's origin, not a party of its own.
      [
        "Australian lithium and nickel miner Halvex Mining signed a deal with Brannock Metals.",
        "Australia PARTNERED_WITH Brannock Metals",
      ],
      [
        "Chinese copper and gold producer Halvex Mining will buy a controlling stake in Brannock Metals.",
        "China INVESTED_IN Brannock Metals",
      ],
      // Another owner's goods before a titled name are a phrase of their own.
      ["Corvane's batteries and chip maker Halvex Devices were cited.", "Halvex Devices PRODUCES batteries"],
    ],
  );
});
