// Round 15b of issue 13 (lists): a relation a rule read on one item of a coordinated list holds for
// the list's other items ("A, B and C", "A as well as B", a short form in brackets inside the list,
// a headline's comma list), not for a pair after "between", nor across "respectively", nor for a
// name the list does not join. Every sentence is written for this test.

import { describe } from "vitest";
import { itGivesFacts } from "../../_helpers/rows.ts";

describe("lists r15b: the market a tariffed list's exports go to imposes the tariff", () => {
  itGivesFacts(
    [
      [
        "Peru, Chile and Bolivia will face 20% tariffs on exports to Japan.",
        ["Japan IMPOSED_TARIFF Peru", "Japan IMPOSED_TARIFF Chile", "Japan IMPOSED_TARIFF Bolivia"],
      ],
      [
        "Norway revealed agreements with Peru and Chile, which will face 19% tariffs on exports to Japan.",
        ["Japan IMPOSED_TARIFF Peru", "Japan IMPOSED_TARIFF Chile", "Norway NEGOTIATED_WITH Chile"],
      ],
      ["Peru faces tariffs on copper shipments to Japan.", ["Japan IMPOSED_TARIFF Peru"]],
    ],
    [
      ["Peru will not face tariffs on exports to Japan.", "Japan IMPOSED_TARIFF Peru"],
      // The goods' buyers, not a state: no one imposes.
      ["Peru will face tariffs on exports to customers in Japan.", "Japan IMPOSED_TARIFF Peru"],
    ],
  );
});

describe("lists r15b: every item of a coordinated list", () => {
  itGivesFacts(
    [
      [
        "Norway signed trade agreements with Peru and Chile.",
        ["Norway NEGOTIATED_WITH Peru", "Norway NEGOTIATED_WITH Chile"],
      ],
      ["Norway reached deals with Peru as well as Chile.", ["Norway NEGOTIATED_WITH Chile"]],
      [
        "Norway signed trade agreements with the United Arab Emirates (UAE), Peru and Chile.",
        ["Norway NEGOTIATED_WITH Peru", "Norway NEGOTIATED_WITH Chile"],
      ],
      ["Norway signs trade deals with Peru, Chile, Bolivia", ["Norway NEGOTIATED_WITH Bolivia"]],
      // A list-mate already paired with the first item does not stop the list.
      ["Norway's talks with Peru and Chile ended on Friday.", ["Norway NEGOTIATED_WITH Chile"]],
      // The sides of a joint declaration.
      [
        "The pacts came with a joint declaration by Peru and Chile ending a border dispute.",
        ["Peru NEGOTIATED_WITH Chile"],
      ],
      [
        "Norway and Chile, as well as Peru, signed a partnership deal with Japan.",
        ["Chile PARTNERED_WITH Japan", "Peru PARTNERED_WITH Japan"],
      ],
    ],
    [
      // A pair after "between" is each the other's side, not the third party's.
      ["Norway said the talks between Peru and Chile had resumed.", "Norway NEGOTIATED_WITH Chile"],
      // A declaration that is not joint is no deal.
      ["A declaration by Peru and Chile condemned the attack.", "Peru NEGOTIATED_WITH Chile"],
      // "respectively" pairs two lists item by item.
      ["Peru and Chile signed trade agreements with Norway and Japan, respectively.", "Peru NEGOTIATED_WITH Japan"],
      // Two names with a comma only: no list ("Lima, Peru").
      ["Norway signed a trade agreement with Peru, Chile said.", "Norway NEGOTIATED_WITH Chile"],
      // A name in another clause is not coordinated with the one the rule read.
      ["Norway reached a trade deal with Peru and its minister met Chile's minister.", "Norway NEGOTIATED_WITH Chile"],
    ],
  );
});
