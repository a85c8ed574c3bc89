// A ministry's other name forms (round 25 of issue 13, parts; stages/agency-nouns.ts
// `ministryForms`, called by stage 4), on names and sentences written for this test (none taken
// from any corpus): "Commerce Ministry" also answers to "Ministry of Commerce" and "commerce
// ministry". Refused: a name with its state in brackets (another state's body would answer to the
// bare form across the corpus), "Foreign Ministry" (its formal name is another), other bodies.

import { describe, expect, it } from "vitest";
import { analyseDocument } from "../../../src/extraction/index.ts";
import { ministryForms } from "../../../src/extraction/stages/agency-nouns.ts";
import { testDocument } from "../../_helpers/documents.ts";

describe("ministry-forms r25: a ministry answers to the other forms of its name", () => {
  it.each([
    ["Commerce Ministry", ["Ministry of Commerce", "commerce ministry"]],
    ["Trade and Industry Ministry", ["Ministry of Trade and Industry", "trade and industry ministry"]],
    ["Energy Ministry", ["Ministry of Energy", "energy ministry"]],
    ["commerce ministry (Peru)", []],
    ["Commerce Ministry (Peru)", []],
    ["Foreign Ministry", []],
    ["Ministry of Commerce", []],
    ["Commerce Department", []],
  ])("gives %s the forms %j", (name, forms) => {
    expect(ministryForms(name)).toEqual(forms);
  });

  it("gives a capitalised ministry its formal name as an alias", () => {
    const ministry = analyseDocument(
      testDocument("Peru's Energy Ministry said on Monday that copper royalties would rise."),
    ).entities.find((e) => e.type === "Agency");
    expect(ministry?.aliases).toContain("Ministry of Energy");
  });
});
