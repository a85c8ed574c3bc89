// Round 25 of issue 13 (goods): a good named by what it is made of, a run of two or more
// elements or their formula before a product's head ("NdFeB magnets", "neodymium iron boron
// magnets") is one Product named with its elements hyphenated; a good opening a hyphenated
// compound of relation ("fentanyl-related tariffs") is no mention of the good. Every sentence is
// written for this test.

import { describe, expect, it } from "vitest";
import { entityNames } from "../../_helpers/documents.ts";

const products = (text: string) => entityNames(text, "Product", { date: "2025-09-12" });

describe("goods r25: a good named by its composition", () => {
  const finds: [string, string][] = [
    ["Kestrel Alloys will make NdFeB magnets in Ohio.", "neodymium-iron-boron magnets"],
    ["The grant will lift NdFeB magnet output in Ohio.", "neodymium-iron-boron magnets"],
    ["The loan backs Neodymium Iron Boron (NdFeB) magnet production.", "neodymium-iron-boron magnets"],
    ["The loan backs neodymium iron boron, or NdFeB, magnet lines.", "neodymium-iron-boron magnets"],
    ["Oxides are turned into neodymium-iron-boron magnets there.", "neodymium-iron-boron magnets"],
    ["The plant will also make samarium cobalt magnets.", "samarium-cobalt magnets"],
    ["The plant will also make SmCo magnets.", "samarium-cobalt magnets"],
  ];
  for (const [text, name] of finds)
    it(`finds "${name}" in "${text}"`, () => {
      expect(products(text)).toContain(name);
    });
  const none: [string, string][] = [
    // One element's good is the lexicon's.
    ["The plant will make rare earth magnets.", "rare-earth magnets"],
    ["The plant will make neodymium magnets.", "neodymium magnets"],
    // An acronym in capitals is no formula; elements in a list are no composition.
    ["US magnets are scarce this year.", "uranium-sulfur magnets"],
    ["Kestrel Alloys sells copper and gold magnets.", "copper-gold magnets"],
    // The composition without a product's head names no good.
    ["NdFeB prices rose in March.", "neodymium-iron-boron magnets"],
  ];
  for (const [text, name] of none)
    it(`finds no "${name}" in "${text}"`, () => {
      expect(products(text)).not.toContain(name);
    });
});

describe("goods r25: a good opening a hyphenated compound of relation", () => {
  it('reads no good in "X-related tariffs" or "X-linked controls"', () => {
    expect(products("Ottawa cut its fentanyl-related tariffs on Monday.")).not.toContain("fentanyl");
    expect(products("Officials discussed steel-linked duties and quotas.")).not.toContain("steel");
  });
  it("keeps the good before a head of goods, and the good written alone", () => {
    expect(products("Airlines halted purchases of aircraft-related equipment and parts.")).toContain("aircraft");
    expect(products("Ottawa cut tariffs tied to fentanyl on Monday.")).toContain("fentanyl");
  });
});
