// Names, round 14 (issue 13, held-out text), in lines and sentences written for the test. Bylines
// in the forms pages print them: a name run on into its outlet ("By Ana Ruiz Harbor News"), a name,
// a comma and an outlet named with an outlet's word ("Ana Ruiz, Harbor News on"), the page's stamp
// after the name ("By Ana Ruiz Posted : …"), authors each with a city or outlet split at
// semicolons, and "<Outlet> Staff <Name>". A byline's author the text never mentions is no bearer
// of another article's lone surname.

import { describe, expect, it } from "vitest";
import { analyseDocument } from "../../../src/extraction/index.ts";
import { parseByline } from "../../../src/extraction/read/metadata.ts";
import { CorpusMerge } from "../../../src/extraction/stages/08-merge.ts";
import { testDocument } from "../../_helpers/documents.ts";

describe("names, round 14", () => {
  describe("bylines", () => {
    it.each([
      ["By Ana Ruiz Harbor News", ["Ana Ruiz"], "Harbor News"],
      ["Tomas Varga, Lakeside Daily on", ["Tomas Varga"], "Lakeside Daily"],
      ["By Min-ji Seo Posted : March 3, 2025, 09:10 Updated : March 3, 2025, 10:00", ["Min-ji Seo"], null],
      ["Pia Lund, Oslo; Karl Brun, Nordic Wire", ["Pia Lund", "Karl Brun"], null],
      ["Coast Radio Staff Lena Marsh", ["Lena Marsh"], "Coast Radio"],
    ])("reads %s", (line, authors, source) => {
      const byline = parseByline(line);
      expect(byline?.authors).toEqual(authors);
      expect(byline?.source ?? null).toEqual(source);
    });

    it.each([
      "Oslo; Bergen",
      "Prices rose; traders, buyers waited",
      "By Northern Press Daily",
      "Ministers met on Monday, Harbor News reported",
    ])("reads no byline in %s", (line) => {
      expect(parseByline(line)?.authors ?? []).toEqual([]);
    });
  });

  describe("merge", () => {
    it("gives no byline author another article's lone surname", () => {
      const analyses = [
        analyseDocument(
          testDocument("Steel prices fell in Ghent on Monday.", {
            id: "d0",
            fileName: "d0.txt",
            source: "Harbor News",
            authors: ["Ivo Brandt"],
          }),
        ),
        analyseDocument(
          testDocument("“We will not back down,” Premier Brandt said in Tallinn on Friday.", {
            id: "d1",
            fileName: "d1.txt",
          }),
        ),
      ];
      const extraction = CorpusMerge.of(analyses).extraction();
      const name = new Map(extraction.entities.map((e) => [e.id, e.name]));
      expect(extraction.statements.map((s) => name.get(s.speaker))).not.toContain("Ivo Brandt");
    });
  });
});
