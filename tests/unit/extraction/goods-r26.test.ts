// Round 26 of issue 13 (goods): a common lower-case word glued to the sentence's full stop is a
// word and a period, not an abbreviation ("iron ore." is no "Ore." for Oregon); a list item opened
// by a word that joins it to the list ("including", "meaning", "notably") names its good without
// that word. Every sentence is written for this test.

import { describe, expect, it } from "vitest";
import { tokenizeText } from "../../../src/extraction/stages/02-tokens.ts";
import { entityNames } from "../../_helpers/documents.ts";

const minerals = (text: string) => entityNames(text, "Mineral", { date: "2025-09-12" });
const products = (text: string) => entityNames(text, "Product", { date: "2025-09-12" });
const texts = (text: string) => tokenizeText(text).tokens.map((t) => t.text);

describe("goods r26: a lower-case word before the sentence's full stop", () => {
  const split: [string, string][] = [
    ["Harlow Mining will ship more iron ore. Prices fell in May.", "ore"],
    ["Harlow Mining will ship more iron ore.", "ore"],
    ["The trucks hauled the nickel ore. “It is late,” she said.", "ore"],
  ];
  for (const [text, word] of split)
    it(`reads "${word}" and "." in "${text}"`, () => {
      const ts = texts(text);
      expect(ts).toContain(word);
      expect(ts[ts.indexOf(word) + 1]).toBe(".");
    });
  it("finds the good that ends the sentence", () => {
    expect(minerals("Harlow Mining will ship more iron ore. Prices fell in May.")).toContain("iron ore");
  });
  const kept: [string, string][] = [
    // Abbreviations written in lower case stay whole.
    ["The final is Brazil vs. Japan on Sunday.", "vs."],
    ["The bar weighs 10 oz. Traders bought it.", "oz."],
    // A word before a lower-case word goes on: no sentence ends there.
    ["Rates of 5 p.c. rose.", "p.c."],
  ];
  for (const [text, token] of kept)
    it(`keeps "${token}" in "${text}"`, () => {
      expect(texts(text)).toContain(token);
    });
});

describe("goods r26: a list item opened by a joining word", () => {
  const finds: [string, string][] = [
    ["Duties fall on soybeans, wheat and other crops, including derivatives.", "derivatives"],
    ["Duties fall on soybeans, wheat and other crops, notably oilseeds.", "oilseeds"],
  ];
  for (const [text, name] of finds)
    it(`finds "${name}" in "${text}"`, () => {
      const ps = products(text);
      expect(ps).toContain(name);
      expect(ps.some((p) => /^(?:including|notably) /.test(p))).toBe(false);
    });
});
