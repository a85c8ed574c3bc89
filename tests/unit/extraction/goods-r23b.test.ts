// Round 23b of issue 13 (goods): goods named as annotators name them. Common traded goods the
// lexicon lacked (Harmonized System vocabulary), the export controls' class "dual-use goods"
// whatever its head noun, a kind kept apart from its class ("photovoltaic panels",
// "alcoholic beverages", "nuclear-powered submarines"), and a mineral's scrap or wafers as a
// product of that mineral. Every sentence is written for this test.

import { describe, expect, it } from "vitest";
import { entityNames } from "../../_helpers/documents.ts";

const products = (text: string) => entityNames(text, "Product", { date: "2025-09-12" });

describe("goods r23b: goods named as the text names them", () => {
  const finds: [string, string][] = [
    ["Ghana banned exports of dual-use items to three buyers.", "dual-use goods"],
    ["The rules cover dual-use products and their software.", "dual-use goods"],
    ["Peru exports tomatoes and millet to its neighbours.", "tomatoes"],
    ["Peru exports tomatoes and millet to its neighbours.", "millet"],
    ["The cracker turns ethane and naphtha into plastics.", "naphtha"],
    ["Norway sells photovoltaic panels to Chile.", "photovoltaic panels"],
    ["Tariffs on alcoholic beverages rose in March.", "alcoholic beverages"],
    ["The navy will buy nuclear-powered submarines from Britain.", "nuclear-powered submarines"],
    ["The smelter buys tungsten scrap from Vietnam.", "tungsten scrap"],
    ["The plant makes silicon wafers for solar cells.", "silicon wafers"],
    ["Imports of catalytic converters and light bulbs fell.", "catalytic converters"],
    ["Imports of catalytic converters and light bulbs fell.", "light bulbs"],
    ["The firm sells high-bandwidth memory chips to Korea.", "high-bandwidth memory chips"],
    ["Exports of wood and logs to Japan rose by 10%.", "wood"],
    ["Exports of pipes and wires to Japan rose by 10%.", "pipes"],
  ];
  for (const [text, name] of finds)
    it(`finds "${name}" in "${text}"`, () => {
      expect(products(text)).toContain(name);
    });
  const none: [string, string][] = [
    // A kind stays apart from its class.
    ["Norway sells photovoltaic panels to Chile.", "solar panels"],
    ["Tariffs on alcoholic beverages rose in March.", "beverages"],
    // Words with an everyday sense need a sentence about trade.
    ["He walked through the wood to the lake.", "wood"],
    ["The wires carried the story on Monday.", "wires"],
  ];
  for (const [text, name] of none)
    it(`finds no "${name}" in "${text}"`, () => {
      expect(products(text)).not.toContain(name);
    });
});
