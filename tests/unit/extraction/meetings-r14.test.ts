// Meetings, round 14 of issue 13 (misses of text the extractor had not seen, read for their general
// reason): "first … since" reports a new event, not a recalled one; a date phrase may stand between
// a coordinated subject and "held"; "are meeting in <city>" is a verb of a journey to talks there;
// a "he"/"she" before a participation verb stands for the one person named before it; an event
// attended on the way ("to attend the summit and begin a state visit") keeps the visit's subject.
// Every sentence here is written for these tests (invented people): positives and refusals.

import { describe, expect, it } from "vitest";
import { meetingWith, readText, type TextReading } from "../../_helpers/documents.ts";

const analyse = (text: string): TextReading => readText(text, { date: "2025-06-12" });
const show = (read: TextReading) => JSON.stringify({ meetings: read.meetings, lines: read.lines });

describe("stages/05-meetings, round 14", () => {
  describe("two leaders who held their first talks since …", () => {
    const rows = [
      "Brazilian President Paulo Matos and French President Henri Delacroix on Tuesday held their first talks since the grain dispute, covering steel and beef.",
      "Brazilian President Paulo Matos and French President Henri Delacroix held their first talks since March, officials said.",
    ];
    for (const text of rows)
      it(text, () => {
        const read = analyse(text);
        const meeting = meetingWith(read, ["matos", "delacroix"]);
        expect(meeting, show(read)).toBeDefined();
        expect(read.lines, show(read)).toContain(`Paulo Matos PARTICIPATED_IN ${meeting}`);
        expect(read.lines, show(read)).toContain(`Henri Delacroix PARTICIPATED_IN ${meeting}`);
      });

    it("still reads their first talks, recalled, as no meeting of theirs", () => {
      const read = analyse(
        "Brazilian President Paulo Matos and French President Henri Delacroix recalled that their first talks were tense.",
      );
      expect(meetingWith(read, ["matos", "delacroix"]), show(read)).toBeUndefined();
    });

    it("does not read a phrase that is no date as one between the subject and its verb", () => {
      const read = analyse(
        "Brazilian President Paulo Matos and French President Henri Delacroix in their speeches held out hope for talks.",
      );
      expect(meetingWith(read, ["matos", "delacroix"]), show(read)).toBeUndefined();
    });
  });

  describe("officials are meeting in a city for talks", () => {
    it("places the talks in the city", () => {
      const read = analyse(
        "Senior officials from Chile and Peru are meeting in Santiago this week for two days of trade discussions.",
      );
      const talks = meetingWith(read, ["santiago"]);
      expect(talks, show(read)).toBeDefined();
      expect(read.lines, show(read)).toContain(`${talks} HELD_IN Santiago`);
    });

    it("does not read a firm meeting its targets as a journey", () => {
      const read = analyse("The miner is meeting targets in Chile ahead of discussions with its lenders.");
      expect(
        read.lines.some((l) => l.includes(" HELD_IN Chile")),
        show(read),
      ).toBe(false);
    });
  });

  describe("a pronoun before a participation verb", () => {
    it("puts the one person named before it at the event", () => {
      const read = analyse(
        "Brazilian President Paulo Matos said tariffs would fall, in remarks he made while attending the Mercosur summit in Montevideo.",
      );
      const summit = meetingWith(read, ["mercosur", "summit"]);
      expect(summit, show(read)).toBeDefined();
      expect(read.lines, show(read)).toContain(`Paulo Matos PARTICIPATED_IN ${summit}`);
    });

    it("puts no one at it when two people are named before the pronoun", () => {
      const read = analyse(
        "Brazilian President Paulo Matos praised French President Henri Delacroix, in remarks he made while attending the Mercosur summit in Montevideo.",
      );
      const summit = meetingWith(read, ["mercosur", "summit"]);
      expect(
        read.lines.some((l) => l.endsWith(`PARTICIPATED_IN ${summit}`) && /Matos|Delacroix/.test(l)),
        show(read),
      ).toBe(false);
    });
  });

  describe("a visit begun after attending an event on the way", () => {
    it("gives the visit its traveller", () => {
      const read = analyse(
        "Brazilian President Paulo Matos flew to Busan to attend the APEC summit and begin a state visit to South Korea.",
      );
      const visit = meetingWith(read, ["visit", "south korea"]);
      expect(visit, show(read)).toBeDefined();
      expect(read.lines, show(read)).toContain(`Paulo Matos PARTICIPATED_IN ${visit}`);
    });

    it("gives it to the subject of its own clause, not the first one's", () => {
      const read = analyse(
        "Brazilian President Paulo Matos attended the regional summit, and French President Henri Delacroix began a state visit to South Korea.",
      );
      expect(
        read.lines.some((l) => l.startsWith("Paulo Matos PARTICIPATED_IN") && /visit/i.test(l)),
        show(read),
      ).toBe(false);
    });
  });
});
