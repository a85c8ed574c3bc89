// Round 25 of issue 13 (discourse): a definite description of a good ("the metal", "the battery
// metal", "the mineral") stands for the one mineral named just before it, for every predicate
// that takes a good (syntax/discourse.ts GOOD_DESCRIPTIONS). Every sentence is written for this
// test; the firms are invented.

import { describe } from "vitest";
import { itGivesFacts } from "../../_helpers/rows.ts";

describe("discourse r25: a good's description", () => {
  itGivesFacts(
    [
      [
        "Brindle Mining has not dug tungsten since 2012. Vietnam restricted exports of the metal in May.",
        ["Vietnam RESTRICTED_EXPORT tungsten"],
      ],
      ["Antimony prices doubled this year. Bolivia is a large producer of the metal.", ["Bolivia PRODUCES antimony"]],
      [
        "Cobalt demand keeps rising. Japan will resume purchases of the battery metal from Zambia.",
        ["Japan PURCHASES cobalt"],
      ],
      [
        "Duties on drones rose in May. Drones come from Vietnam, the leading manufacturer of the product.",
        ["Vietnam PRODUCES drones"],
      ],
    ],
    [
      // Two minerals before it: the description stands for neither.
      ["Peru mines copper and zinc. Chile restricted exports of the metal.", "Chile RESTRICTED_EXPORT copper"],
      ["Peru mines copper and zinc. Chile restricted exports of the metal.", "Chile RESTRICTED_EXPORT zinc"],
      // A mineral named three sentences back is out of reach.
      [
        "Peru mines tin. Its output rose. Prices fell in May. Chile is a large producer of the metal.",
        "Chile PRODUCES tin",
      ],
    ],
  );
});

describe("producers r25: a making agent standing alone makes the passage's good", () => {
  itGivesFacts(
    [
      [
        "Canada has not mined antimony since 1990, and Bolivia is by far the world's largest producer.",
        ["Bolivia PRODUCES antimony"],
      ],
      ["Prices of cobalt rose in May. Zambia is the world's second-largest miner.", ["Zambia PRODUCES cobalt"]],
    ],
    [
      // A supplier or an exporter may sell others' goods.
      ["Prices of cobalt rose in May. Zambia remains the main supplier.", "Zambia PRODUCES cobalt"],
      // A producer of a named good makes that good, not the passage's.
      ["Peru makes no antimony. Bolivia is a producer of tin.", "Bolivia PRODUCES antimony"],
    ],
  );
});
