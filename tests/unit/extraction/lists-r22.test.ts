// Lists of state parties read in round 22 of issue 13, on sentences written for this test (none
// taken from any corpus): a relation read on one state of a list goes to a bloc listed with the
// states too ("imports from Canada, the European Union, Japan and Chile"), and on past it.

import { describe } from "vitest";
import { itGivesFacts } from "../../_helpers/rows.ts";

describe("rules/lists (states and a bloc in one list)", () => {
  itGivesFacts(
    [
      [
        "Brazil imposed anti-dumping duties on imports of steel from Canada, the European Union, Japan and Chile.",
        [
          "Brazil IMPOSED_TARIFF Canada",
          "Brazil IMPOSED_TARIFF European Union",
          "Brazil IMPOSED_TARIFF Japan",
          "Brazil IMPOSED_TARIFF Chile",
        ],
      ],
      [
        "Peru announced provisional anti-dumping duties on imports of glass from Canada, the European Union, and Chile.",
        ["Peru IMPOSED_TARIFF European Union", "Peru IMPOSED_TARIFF Chile"],
      ],
    ],
    [
      // A body that is no state party ends the list.
      [
        "Brazil imposed anti-dumping duties on imports of steel from Canada, the World Bank and Chile.",
        "Brazil IMPOSED_TARIFF World Bank",
      ],
    ],
  );
});
