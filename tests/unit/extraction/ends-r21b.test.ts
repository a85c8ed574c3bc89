// Company ends of investments (round 21b of issue 13), on sentences written for this test (none
// taken from any corpus): an over-the-counter ticker after a firm's name ("Acme Mining Group
// ACMGF, …": four capitals and F or Y) is no word of the name; a name of five capitals that is a
// known body, or a name's own word, stays.

import { describe } from "vitest";
import { itTypesRows } from "../../_helpers/rows.ts";

describe("extraction", () => {
  describe("an over-the-counter ticker after a firm's name (round 21b)", () => {
    itTypesRows(
      "Company",
      [
        [
          "Vorlund Mining Group VLMGF, Ruritania's largest copper producer, agreed to buy the Kestrel mine.",
          "Vorlund Mining Group",
        ],
        ["Shares of Tamsin Metals TAMMY rose 4% after the results on Friday.", "Tamsin Metals"],
      ],
      [
        [
          "Vorlund Mining Group VLMGF, Ruritania's largest copper producer, agreed to buy the Kestrel mine.",
          "Vorlund Mining Group VLMGF",
        ],
        // Four capitals alone, or a fifth letter other than F or Y: no such ticker.
        [
          "Vorlund Mining Group VLMG, Ruritania's largest copper producer, agreed to buy the mine.",
          "Vorlund Mining Group",
        ],
      ],
    );
  });
});
