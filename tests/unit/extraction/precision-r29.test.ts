// Precision of the production rows, on sentences written for this test (none taken from any
// corpus): a state's refining or processing of a good (a hold on a stage of the chain, which the
// gold reads as dominance at most) makes no PRODUCES; a firm's still does, and a state's mining,
// making or output stays.

import { describe } from "vitest";
import { itGivesFacts } from "../../_helpers/rows.ts";

describe("a state that refines or processes a good does not produce it; a firm does", () => {
  itGivesFacts(
    [
      ["Peru mines about a tenth of the world's copper.", ["Peru PRODUCES copper"]],
      ["Acme Metals Corp. refines cobalt at its plant in Finland.", ["Acme Metals Corp. PRODUCES cobalt"]],
      ["Most of the world's graphite is mined in Mozambique.", ["Mozambique PRODUCES graphite"]],
    ],
    [
      ["Indonesia processes nearly half of the world's cobalt.", "Indonesia PRODUCES cobalt"],
      ["Nearly all of the world's gallium is refined in Germany.", "Germany PRODUCES gallium"],
      ["Malaysia, the world's largest tin processor, raised its fees.", "Malaysia PRODUCES tin"],
    ],
  );
});
