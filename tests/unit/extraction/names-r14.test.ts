// Names, round 14 (issue 13, held-out text), in lines and sentences written for the test. Bylines
// in the forms pages print them: a name run on into its outlet ("By Ana Ruiz Harbor News"), a name,
// a comma and an outlet named with an outlet's word ("Ana Ruiz, Harbor News on"), the page's stamp
// after the name ("By Ana Ruiz Posted : …"), authors each with a city or outlet split at
// semicolons, and "<Outlet> Staff <Name>". A byline's author the text never mentions is no bearer
// of another article's lone surname. Posts: a firm's post written straight after the firm in an
// apposition ("X, Acme Mining CEO, said"), "executive director" and "vice president" among the
// leadership posts, an organisation named after a plural's possessive and "group" ("the coal
// miners' group X"). Names: a body's "of … and" stops before a state ("X's Ministry of Defense and
// Y's Department of …"); a numbered or documented instrument after "in" is no place; a name, a
// comma and a state that opens the main clause ("Under the X Pact, Canada is committed") is no
// place in that state. A lower-case body's head opening a post ("commission spokeswoman X") names
// the document's one body of that head; a bloc body's officer speaks for the bloc only in a
// document with a meeting or a sentence of talks, as a state's official does. "state media X" is
// an outlet; "X rebels", "the Y militia" an organisation.

import { describe, expect, it } from "vitest";
import { analyseDocument } from "../../../src/extraction/index.ts";
import { parseByline } from "../../../src/extraction/read/metadata.ts";
import { CorpusMerge } from "../../../src/extraction/stages/08-merge.ts";
import { readText, testDocument } from "../../_helpers/documents.ts";

function entities(text: string): string[] {
  return analyseDocument(testDocument(text)).entities.map((e) => `${e.name}<${e.type}>`);
}

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

  describe("posts", () => {
    it.each([
      [
        "Borealis Mining agreed to buy a stake in Kestrel Resources. “This is a strong deal,” Maria Olsen, Borealis Mining CEO, said on Monday.",
        "Maria Olsen HOLDS_POSITION Borealis Mining",
      ],
      [
        "Ridgeline Copper opened a new smelter. “We are proud,” Tom Reyes, Ridgeline Copper CEO said.",
        "Tom Reyes HOLDS_POSITION Ridgeline Copper",
      ],
      [
        "The coal miners' group NMA asked for more time. NMA executive director Jan Pohl said the rules were unclear.",
        "Jan Pohl HOLDS_POSITION NMA",
      ],
    ])("reads %s", (text, line) => {
      expect(readText(text).lines).toContain(line);
    });

    it.each([
      [
        "Borealis Mining agreed to buy a stake in Kestrel Resources. Maria Olsen, who sold her Borealis Mining shares, said the deal was poor.",
        "Maria Olsen HOLDS_POSITION Borealis Mining",
      ],
      [
        "Ridgeline Copper opened a new smelter. Tom Reyes, a Ridgeline Copper customer, said prices would fall.",
        "Tom Reyes HOLDS_POSITION Ridgeline Copper",
      ],
    ])("reads no post in %s", (text, line) => {
      expect(readText(text).lines).not.toContain(line);
    });
  });

  describe("names", () => {
    it("reads an organisation after a plural's possessive and 'group'", () => {
      expect(entities("The coal miners' group NMA expressed hope that the quota would rise.")).toContain(
        "NMA<Organization>",
      );
      expect(entities("The firm's group Apex expressed hope that the quota would rise.")).not.toContain(
        "Apex<Organization>",
      );
    });

    it("stops a body's name before a state after 'and'", () => {
      const found = entities(
        "Ruritania's Ministry of Defense and Canada's Department of National Defence signed the memorandum.",
      );
      expect(found).toContain("Ministry of Defense<Agency>");
      expect(found).not.toContain("Ministry of Defense and Canada<Agency>");
      expect(entities("Officials of the Ministry of Trade and Industry met on Monday.")).toContain(
        "Ministry of Trade and Industry<Agency>",
      );
    });

    it("reads no place in an instrument or before a state that opens the clause", () => {
      const found = entities(
        "Tariffs were raised under the emergency declared in Executive Order 14999. Under the Ruritania Trade Pact, Canada is committed to cutting tariffs.",
      );
      expect(found.filter((e) => e.endsWith("<Place>"))).toEqual([]);
      expect(entities("The plant sits near Tarrabool, Western Australia.")).toContain("Tarrabool<Place>");
    });
  });

  describe("bodies' officials", () => {
    const PRESS =
      "The European Commission said it would answer the new duties on pork. “We will defend our farmers,” commission spokeswoman Ana Lind told a press conference in Brussels.";
    it("gives a lower-case body's post to the document's one body of that head", () => {
      const lines = readText(PRESS).lines;
      expect(lines).toContain("Ana Lind HOLDS_POSITION European Commission");
      expect(lines.filter((l) => l.startsWith("Ana Lind REPRESENTS"))).toEqual([]);
    });

    it("keeps a bloc official speaking for the bloc at talks", () => {
      const text =
        "EU and Ruritanian negotiators met in Brussels for trade talks on Monday. European Commission Vice President Ana Lind led the talks for the bloc.";
      expect(readText(text).lines).toContain("Ana Lind REPRESENTS European Union");
    });

    it("reads no body from a lower-case head the document does not name", () => {
      const text = "Ruritania raised duties on pork. “We will respond,” commission spokeswoman Ana Lind said.";
      expect(
        readText(text).lines.filter((l) => l.includes("Ana Lind HOLDS_POSITION") && l.includes("Commission")),
      ).toEqual([]);
    });
  });

  describe("armed groups", () => {
    it("reads an armed group's name before its noun", () => {
      expect(entities("Fighting between K12 rebels and the army displaced thousands.")).toContain("K12<Organization>");
      expect(entities("The Koro Defence militia withdrew from the town.")).toContain("Koro Defence<Organization>");
    });

    it("reads no armed group in a person's name before the noun", () => {
      expect(entities("Talks with Maria Olsen rebels could not end the strike.")).not.toContain(
        "Maria Olsen<Organization>",
      );
    });
  });

  describe("outlets", () => {
    it.each([
      ["Officials revoked 40 permits, according to state media Vesti Nord.", "Vesti Nord<Media>"],
      ["Exports rose in March, official media Zora said.", "Zora<Media>"],
    ])("reads the outlet in %s", (text, entity) => {
      expect(entities(text)).toContain(entity);
    });

    it("reads no outlet after 'social media'", () => {
      expect(
        entities("The minister wrote on social media Tuesday that talks went well.").filter((e) =>
          e.endsWith("<Media>"),
        ),
      ).toEqual([]);
    });
  });
});
