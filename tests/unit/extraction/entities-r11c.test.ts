// Companies read in round 11c, in sentences written for the test: "added" and "lost" after a
// name make a stock move only before an amount, in every reader of stock moves ("Ms Ortega added,
// …" is speech); a word written wholly as element symbols ("NdFeB", "LiFePO4") is a chemical
// formula, not a camel-case brand; a firm-headed name right before a lower-case "bill" ends the
// bill's title ("… for Small-Scale Gold Mining bill") and is no firm; "compounds", "mixtures"
// and "inputs" listed with goods are a chemist's or a trade's class, not a good.

import { describe, expect, it } from "vitest";
import { analyseDocument } from "../../../src/extraction/index.ts";
import { isChemicalFormula } from "../../../src/extraction/lexicon/commodities.ts";
import { testDocument } from "../../_helpers/documents.ts";

const typed = (text: string) =>
  analyseDocument(testDocument(text, { date: "2025-10-02" })).entities.map((e) => `${e.type}:${e.name}`);

describe("extraction entities, round 11c", () => {
  describe("stock moves: 'added' and 'lost' only before an amount", () => {
    it.each([
      [
        "an acronym and a surname speaking",
        "“These deals matter for the plants,” NTA Whitcombe added.",
        "NTA Whitcombe",
      ],
      ["a hyphenated name after a comma", "Talks will go on next week, Port-Royal added.", "Port-Royal"],
      [
        "a title and a hyphenated surname",
        "“We will keep buying,” Ambassador Lefevre-Saint added.",
        "Ambassador Lefevre-Saint",
      ],
    ])("types no company for %s", (_what, text, name) => {
      expect(typed(text)).not.toContain(`Company:${name}`);
    });
    it.each([
      ["a gain of a share price", "Quorvex Minerals added 4% in Sydney trading on Monday.", "Company:Quorvex Minerals"],
      [
        "a fall of a share price",
        "Trelmont Holdings fell 7% after the ban was announced.",
        "Company:Trelmont Holdings",
      ],
    ])("still types the firm for %s", (_what, text, there) => {
      expect(typed(text)).toContain(there);
    });
  });

  describe("chemical formulas are not brands", () => {
    it.each([
      ["NdFeB", true],
      ["LiFePO4", true],
      ["GaN", true],
      ["SmCo", true],
      ["TikTok", false],
      ["OpenAI", false],
      ["PayPal", false],
      ["BioNTech", false],
    ])("isChemicalFormula(%s) is %s", (word, formula) => {
      expect(isChemicalFormula(word)).toBe(formula);
    });
    it("types no company for a formula before a product noun", () => {
      const names = typed("The plant will turn out 5,000 tonnes of NdFeB magnet alloy a year, the ministry said.");
      expect(names).not.toContain("Company:NdFeB");
    });
    it("still types a camel-case brand", () => {
      expect(typed("Shares of VoltaGrid rose 3% after the contract.")).toContain("Company:VoltaGrid");
    });
  });

  describe("a bill's title is not a firm", () => {
    it.each([
      [
        "a mining bill",
        "Lawmakers backed the Revised Tax Regime for Small-Scale Gold Mining bill on Monday.",
        "Small-Scale Gold Mining",
      ],
      [
        "a shipping bill",
        "The senator tabled the Fair Wages in Coastal Shipping bill, which unions oppose.",
        "Coastal Shipping",
      ],
    ])("types no company for %s", (_what, text, name) => {
      expect(typed(text)).not.toContain(`Company:${name}`);
    });
    it("still types a firm named before other words", () => {
      expect(typed("Harlow Gold Mining said its bill for the upgrade was paid.")).toContain(
        "Company:Harlow Gold Mining",
      );
    });
  });

  describe("class words listed with goods are no goods", () => {
    it("types no product for compounds and mixtures", () => {
      const names = typed(
        "The rules cover europium oxide, europium alloys, and compounds and mixtures containing europium.",
      );
      expect(names).toContain("Product:europium alloys");
      expect(names).not.toContain("Product:compounds");
      expect(names).not.toContain("Product:mixtures");
    });
    it("keeps the goods of a list that ends with 'other inputs'", () => {
      const names = typed("The list covers batteries, magnets, solar panels and other inputs.");
      expect(names).toEqual(expect.arrayContaining(["Product:batteries", "Product:magnets", "Product:solar panels"]));
      expect(names).not.toContain("Product:inputs");
    });
  });
});
