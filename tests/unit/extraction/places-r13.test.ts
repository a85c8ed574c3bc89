// Places and bodies (round 13, issue 13): a works named after its town ("the X Aluminium Plant"),
// a state's letters on a dollar sign (a currency, no body), England as one of the United
// Kingdom's nations, a region named like a state when its country's regions are listed with it.
// Texts written for the test.

import { describe, expect, it } from "vitest";
import { analyseDocument } from "../../../src/extraction/index.ts";
import { readText, testDocument } from "../../_helpers/documents.ts";

function entities(text: string): string[] {
  return analyseDocument(testDocument(text)).entities.map((e) => `${e.type}: ${e.name}`);
}

const partOf = (text: string) => readText(text).lines.filter((l) => l.includes(" PART_OF "));

describe("extraction places r13", () => {
  describe("a works named after its town", () => {
    it.each([
      ["a plant", "Zinc will be recovered at the Ulsan Copper Plant, the firm said.", "Place: Ulsan Copper Plant"],
      ["a smelter", "Output rose at the Perth Nickel Smelter last year.", "Place: Perth Nickel Smelter"],
      ["a mill", "The firm ships its ore to the Blue Ridge Mill every week.", "Place: Blue Ridge Mill"],
    ])("keeps %s whole", (_what, text, expected) => {
      const found = entities(text);
      expect(found).toContain(expected);
      expect(found.filter((x) => x === "Place: Ulsan" || x === "Place: Perth")).toEqual([]);
    });

    it("places a mill in the state it is said to be in", () => {
      expect(partOf("The firm ships its ore to its Blue Ridge Mill in Nevada.")).toContain(
        "Blue Ridge Mill PART_OF Nevada",
      );
    });

    it("leaves a firm named after a mill a firm", () => {
      expect(entities("The mine is owned by Acme Steel Mill Co, the filing showed.")).toContain(
        "Company: Acme Steel Mill Co",
      );
    });
  });

  describe("a state's letters on a dollar sign", () => {
    it.each([
      ["an Australian amount", "The miner will spend AU$350 million on the new shaft."],
      ["a New Zealand amount", "The council lent NZ$40 million to the port."],
    ])("read in %s name no body", (_what, text) => {
      expect(entities(text).filter((x) => /^(?:Organization|Agency|Country): /.test(x))).toEqual([]);
    });

    it("still reads the bloc's letters alone", () => {
      expect(entities("The AU said the summit would discuss trade.")).toContain("Organization: African Union");
    });
  });

  describe("England", () => {
    it("is a place of the United Kingdom after a city", () => {
      expect(partOf("Negotiators met in London, England, on Tuesday.")).toContain("London PART_OF England");
    });

    it("is no second name of the United Kingdom", () => {
      expect(entities("Exports from England rose, Britain said.")).toContain("Place: England");
    });
  });

  describe("a region named like a state", () => {
    it.each([
      ["listed with its country's regions", "Factories in Texas, Georgia and Ohio will close."],
      ["after a city of its country", "The battery plant is in Savannah, Georgia."],
      ["after 'state of'", "The US state of Georgia offered tax breaks to the carmaker."],
    ])("is the region %s", (_what, text) => {
      const found = entities(text);
      expect(found).toContain("Place: Georgia");
      expect(found).not.toContain("Country: Georgia");
    });

    it.each([
      ["beside its neighbours", "Georgia and Armenia signed a transit deal with Turkey."],
      ["alone", "Georgia said it would export more wine to Europe."],
    ])("stays the state %s", (_what, text) => {
      expect(entities(text)).toContain("Country: Georgia");
    });
  });
});
