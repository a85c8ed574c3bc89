// Metals whose plain-English sense dominates ("gold", "silver", "tin", "iron", "lead") read as
// minerals by how the news names a metal: joined by a hyphen to another metal, bracketed after a
// site's name, before a stage of making, or ("lead") inside a list of goods or after a verb of
// mining. Every sentence is written for this test; the firms and sites are invented.

import { describe } from "vitest";
import { itTypesRows } from "../../_helpers/rows.ts";

describe("extraction", () => {
  describe("plain-English metals named as goods", () => {
    itTypesRows(
      "Mineral",
      [
        ["Drilling resumed at the Varnok (gold) and Telmi (copper) deposits last month.", "gold"],
        ["The accord also covers medicines, gold smelting and farm machinery.", "gold"],
        ["The valley is famous for its iron mining and its wool.", "iron"],
        ["Brindle Metals mines and refines lead, zinc dross and copper matte at the site.", "lead"],
        ["The new list adds boron, copper, lead, coking coal and potash.", "lead"],
        ["The province hosts a silver-zinc deposit owned by Corvane Metals.", "silver"],
      ],
      [
        // "lead" as a verb or a role, whatever metals stand near it.
        ["Copper and zinc prices could lead to higher costs for Brindle Metals.", "lead"],
        ["Corvane Metals will take the lead, with copper and zinc output up.", "lead"],
        // The parts of an alloy name a made good, not the metal.
        ["The ban covers samarium-iron alloys and their powders.", "iron"],
        // A bracketed word after a lower-case word is an aside, not a site's good.
        ["The price of the bar (gold) rose on Monday.", "gold"],
      ],
    );
  });
});
