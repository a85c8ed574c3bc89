// The passive of owning in a relative clause (round 24 of issue 13, deals; rules/owned-by.ts), on
// sentences written for this test (none taken from any corpus): "Y, which is (N%) owned by A" and
// "Y, N percent of which is owned by A" give A INVESTED_IN Y as "Y is owned by A" does. Refused: a
// relative clause with no comma before it, and "which" owning no firm.

import { describe } from "vitest";
import { itGivesFacts } from "../../_helpers/rows.ts";

describe("owned-by r24: a relative clause of owning set off by a comma", () => {
  itGivesFacts(
    [
      [
        "Kessel Mining Corp, which is 57% owned by Orvane Group, plans a new smelter.",
        ["Orvane Group INVESTED_IN Kessel Mining Corp"],
      ],
      [
        "Brannock Metals, 90 percent of which is owned by Tarrow Ltd, exports ore.",
        ["Tarrow Ltd INVESTED_IN Brannock Metals"],
      ],
      [
        "Analysts expect Kessel Mining Corp, which is jointly owned by Orvane Group and Tarrow Ltd, to grow.",
        ["Orvane Group INVESTED_IN Kessel Mining Corp", "Tarrow Ltd INVESTED_IN Kessel Mining Corp"],
      ],
    ],
    [
      // A state named before the relative clause is no firm owned.
      ["Ruritania, which is owned by nobody, taxes Tarrow Ltd.", "Tarrow Ltd INVESTED_IN Ruritania"],
      // "of which" with no share before it is no owning phrase of the name before the comma.
      [
        "Brannock Metals sold three mines, of which one is owned by Tarrow Ltd.",
        "Tarrow Ltd INVESTED_IN Brannock Metals",
      ],
    ],
  );
});
