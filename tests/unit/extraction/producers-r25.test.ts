// Round 25 of issue 13 (producers): a firm's holdings are its output (rules/output-basket.ts): a
// noun of what a firm owns or makes (holdings, assets, portfolio, operations, products, output,
// capacity) owned by one firm right before a verb of make-up, and two goods or more listed after
// it: the firm makes them; "lead" is a metal inside a list of metals. Every sentence is written
// for this test; the firms are invented.

import { describe, expect, it } from "vitest";
import { entityNames } from "../../_helpers/documents.ts";
import { itGivesFacts } from "../../_helpers/rows.ts";

const B = "Brindle Mining";

describe("producers r25: a firm's holdings listed as goods", () => {
  itGivesFacts(
    [
      [
        `${B} is based in Perth. Its holdings include copper, zinc and iron ore in Chile.`,
        [`${B} PRODUCES copper`, `${B} PRODUCES zinc`, `${B} PRODUCES iron ore`],
      ],
      [`${B}'s portfolio spans lithium, nickel and cobalt.`, [`${B} PRODUCES lithium`, `${B} PRODUCES cobalt`]],
      [
        `${B} is building a refinery in Spain. Its production capacity includes 400 tons of dysprosium and 80 tons of terbium.`,
        [`${B} PRODUCES dysprosium`, `${B} PRODUCES terbium`],
      ],
    ],
    [
      // One good is no list.
      [`${B} is based in Perth. Its holdings include copper mines and ports.`, `${B} PRODUCES copper`],
      // Two firms before "its": neither is sure.
      [`${B} and Corvane Resources met. Its holdings include copper and zinc.`, `${B} PRODUCES copper`],
      // A flow to a buyer is trade.
      [`${B}'s products include nickel and cobalt to Japan.`, `${B} PRODUCES nickel`],
    ],
  );
});

describe("producers r25: lead inside a list of metals", () => {
  const minerals = (text: string) => entityNames(text, "Mineral", { date: "2025-09-12" });
  it("reads lead between two metals", () => {
    expect(minerals("The smelter treats zinc, lead, silver and copper.")).toContain("lead");
  });
  it("reads no lead at a list's edge or as a verb", () => {
    expect(minerals("Copper and lead the gains, analysts said.")).not.toContain("lead");
    expect(minerals("Zinc and copper will lead exports this year.")).not.toContain("lead");
  });
});
