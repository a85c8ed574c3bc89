// Stage 4 (resolve) on places read from their context alone ("X, Peru", "in X") that the document
// shows are something else: a person's surname joins the person, a name ending in a company's legal
// form is a company; and the places that stay places. Texts written for the test.

import { describe, expect, it } from "vitest";
import { analyseDocument } from "../../../src/extraction/index.ts";
import { readText, testDocument } from "../../_helpers/documents.ts";

function entities(text: string): string[] {
  return analyseDocument(testDocument(text))
    .entities.filter((e) => ["Place", "Person", "Company"].includes(e.type))
    .map((e) => `${e.type}: ${e.name}`);
}

describe("extraction resolve", () => {
  describe("resolveMentions (places read from their context)", () => {
    it.each([
      [
        "a headline's surname before a comma and a country is the person",
        "Morales, Peru agree on copper levy. President Ines Morales met the miners in Lima on Monday.",
        ["Person: Ines Morales", "Place: Lima"],
      ],
      [
        "a surname before a comma and a region is the person named in full",
        "Okafor, Lagos state sign port accord. Governor Chidi Okafor said the port would open in May.",
        ["Person: Chidi Okafor", "Place: Lagos"],
      ],
    ])("reads %s", (_what, text, expected) => {
      const found = entities(text);
      for (const x of expected) expect(found).toContain(x);
      expect(found.filter((x) => x.startsWith("Place: ") && !expected.includes(x))).toEqual([]);
    });

    it.each([
      ["a town before its country", "Farmers in Ridgefield, Canada welcomed the decision.", "Place: Ridgefield"],
      [
        "a town named like a person's first name",
        "Mining minister Adela Brooks toured the plant on Monday. Workers in Adela, Canada welcomed the minister.",
        "Place: Adela",
      ],
    ])("keeps %s", (_what, text, expected) => {
      expect(entities(text)).toContain(expected);
    });
  });

  describe("placeHierarchyRule (a state's body with no state named)", () => {
    const partOf = (text: string) => readText(text).lines.filter((l) => l.includes(" PART_OF "));
    it("gives a body the document's main country when that country is named near it", () => {
      expect(
        partOf(
          "The United States will lease more land for mining. The Bureau of Land Management said the United States would open the tracts in May.",
        ),
      ).toContain("Bureau of Land Management PART_OF United States");
    });

    it("gives it none when the main country is named only far from it", () => {
      expect(
        partOf(
          "The United States will buy more ore. The United States said prices would fall. Officials in the United States welcomed it. Shares of Daehan Copper rose on Monday. Analysts expected more buying. Its allies include Hanwha Group and the National Pension Service, filings showed.",
        ),
      ).toEqual([]);
    });
  });
});
