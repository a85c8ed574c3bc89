// Meetings, round 16b of issue 13 (a group's meeting filed under the wrong event on text the
// extractor had not seen): a plural possessive inside a meeting's capitalised name ("the Foreign
// Ministers’ Meeting", "a Leaders' Summit"); a list of officials with long titles, coordinated by
// commas, as the subjects of "met"; people who "met in Z for the <named event>" (or, more than two
// of them, "at the <named event>") are at that event, not at a pair's meeting of their own. Every
// sentence here is written for these tests: positives and refusals.

import { describe, expect, it } from "vitest";
import { meetingWith, readText, type TextReading } from "../../_helpers/documents.ts";

const analyse = (text: string): TextReading => readText(text, { date: "2025-06-12" });

describe("stages/05-meetings, round 16b", () => {
  describe("a list of officials who met for a named event", () => {
    const rows: [string, string[], string[], string][] = [
      [
        "German Foreign Minister Anna Weber, Brazil’s Minister of External Relations Paulo Costa, and Kenyan Foreign Minister Grace Otieno met in Nairobi on Monday for the fifth Trilateral Foreign Ministers’ Meeting.",
        ["Ministers", "Meeting"],
        ["Anna Weber", "Paulo Costa", "Grace Otieno"],
        "Nairobi",
      ],
      [
        "French Finance Minister Luc Martin, Japan's Finance Minister Kenji Sato and Canadian Finance Minister Mary Brown met in Ottawa for the annual Finance Ministers' Dialogue.",
        ["Finance", "Ministers", "Dialogue"],
        ["Luc Martin", "Kenji Sato", "Mary Brown"],
        "Ottawa",
      ],
    ];
    for (const [text, words, people, place] of rows)
      it(`files everyone at the event: ${JSON.stringify(text.slice(0, 60))}`, () => {
        const read = analyse(text);
        const meeting = meetingWith(read, words);
        expect(meeting, JSON.stringify(read.meetings)).toBeDefined();
        for (const p of people)
          expect(read.lines, JSON.stringify(read.lines)).toContain(`${p} PARTICIPATED_IN ${meeting}`);
        expect(read.lines, JSON.stringify(read.lines)).toContain(`${meeting} HELD_IN ${place}`);
        // No second meeting named after two of them.
        expect(read.meetings.length, JSON.stringify(read.meetings)).toBe(1);
      });

    it("keeps a pair's meeting on the margins of a summit its own", () => {
      const read = analyse(
        "German Chancellor Anna Weber met Kenyan President Grace Otieno at the Global Leaders' Summit in Nairobi on Monday.",
      );
      const pair = read.meetings.find((m) => /Weber-Otieno|Otieno-Weber/.test(m.name));
      expect(pair, JSON.stringify(read.meetings)).toBeDefined();
    });

    it("reads no possessive into a name that is no meeting's", () => {
      const read = analyse("The Farmers' Union said the Workers’ Party would oppose the bill.");
      expect(read.meetings, JSON.stringify(read.meetings)).toEqual([]);
    });
  });

  describe("a body's delegation visiting a place", () => {
    it("names the visit after the body that sent the delegation", () => {
      const read = analyse(
        "A week later, a World Bank delegation arrived in Ghana and began reviewing candidate projects.",
      );
      const visit = meetingWith(read, ["World", "Bank", "delegation"]);
      expect(visit, JSON.stringify(read.meetings)).toBeDefined();
      expect(read.lines, JSON.stringify(read.lines)).toContain(`${visit} HELD_IN Ghana`);
    });

    it("does not name a visit after a firm the delegation only talks about", () => {
      const read = analyse("A delegation arrived in Ghana on Monday to discuss the Shell contract.");
      expect(meetingWith(read, ["Shell", "delegation"]), JSON.stringify(read.meetings)).toBeUndefined();
    });
  });

  describe("a person's visit at the head of a delegation", () => {
    it("names the visit a delegation's when the person leads one there", () => {
      const read = analyse(
        "Trade Minister Lena Vogt will lead a German business delegation to Canada on Monday. A delegation led by Trade Minister Lena Vogt is visiting Canada for meetings with Canadian officials.",
      );
      expect(meetingWith(read, ["Vogt", "delegation", "visit"]), JSON.stringify(read.meetings)).toBeDefined();
    });

    it("does not call a visit a delegation's when someone else led the delegation", () => {
      const read = analyse(
        "Trade Minister Lena Vogt is visiting Canada this week. A separate delegation led by Hans Keller arrived in Mexico.",
      );
      expect(meetingWith(read, ["Vogt", "delegation"]), JSON.stringify(read.meetings)).toBeUndefined();
    });
  });
});
