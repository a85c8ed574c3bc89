// Round 19 of issue 13 (entities): goods the lexicon does not know, named in a list with a good it
// knows, read as a class of list items rather than phrasings: a quantifier opening the item is left
// out of the name ("and other household gadgets"), a kind's modifier that is no good alone names one
// inside a list ("renewable energy systems", "agricultural equipment"), a mass noun heads an item
// after a qualifier ("precision machinery"), a range "from A to B" is a list, and a sector word
// ("energy") is a good only when listed next to another good. Sentences written
// for these tests (not copied from any article), positives and refusals.

import { describe, expect, it } from "vitest";
import { entityNames, factTable } from "../../_helpers/documents.ts";

const products = (text: string) => entityNames(text, "Product");

describe("stages/03-mentions (a name of elements only, round 19)", () => {
  it("reads capitalised elements listed as what a firm makes as a good, not a firm", () => {
    const text = "Korvane Metals specializes in producing Samarium Cobalt and Neodymium Iron Boron alloys.";
    expect(entityNames(text, "Company")).not.toContain("Samarium Cobalt");
    expect(entityNames(text, "Product")).toContain("samarium cobalt");
  });
  it("keeps a firm whose name has a word of its own", () => {
    expect(
      entityNames("Shares of Cobalt Blue Holdings rose after Cobalt Blue Holdings said output grew.", "Company"),
    ).toContain("Cobalt Blue Holdings");
  });
});

describe("stages/03-mentions (listed goods, round 19)", () => {
  factTable(
    products,
    [
      ["The metal goes into batteries, laptops and other household gadgets.", "household gadgets"],
      ["Ports in the south ship soybeans, wine and various frozen desserts.", "frozen desserts"],
      ["The levy covers steel, tractors and agricultural equipment.", "agricultural equipment"],
      ["Cobalt is used in smartphones, drones and renewable energy systems.", "renewable energy systems"],
      ["Austria exports watches, precision machinery and pharmaceuticals.", "precision machinery"],
      ["The alloy is found in everything from smartphones to hearing aids.", "hearing aids"],
      [
        "The magnets go into products ranging from wind turbines and laptops to electric toothbrushes.",
        "electric toothbrushes",
      ],
      ["The duties hit items ranging from garden hoses to solar panels.", "garden hoses"],
      // A sector word listed with goods is a good.
      ["The two sides hope to settle deals on copper wire, lumber and energy.", "energy"],
      ["Jakarta pledged to buy more American energy, wheat and soybeans.", "energy"],
    ],
    [
      // A quantifier alone, a resource class, people, a class of raw goods: no good.
      ["The country sells coffee, cocoa and natural resources.", "natural resources"],
      ["The firm hired engineers, drones and military contractors.", "military contractors"],
      ["Exports of semiconductors and other items fell.", "other items"],
      // A sector word alone or as a modifier is no good, even in a trade sentence.
      ["Energy exports and tariffs dominated the talks.", "energy"],
      ["The minister spoke about wheat exports and energy security.", "energy"],
      ["Tariffs will raise energy costs for households.", "energy"],
      // A range of times or places is no list of goods.
      ["Tariffs on cars rose from January to March.", "march"],
      ["The rule applies from smartphones sold in Ohio to Texas.", "texas"],
    ],
    ["finds", "finds no"],
  );
});
