// Meetings, round 15 of issue 13: a paraphrase table of the ways news tells that two leaders or two
// sides met, talked or spoke by phone, where and when, read as general frames (a speech verb past an
// adverbial, a pronoun repeating the sentence's subject, a relative clause on the subject, a host
// verb after a modal, "the <demonym> capital", an organisation's summit named after its bracketed
// short name), with the negatives they must refuse (denied meetings, one's own officials). Every
// sentence here is written for these tests (invented people).

import { describe, expect, it } from "vitest";
import { resolveDate } from "../../../src/extraction/events/dates.ts";
import { meetingWith, readText, type TextReading } from "../../_helpers/documents.ts";
import { itFilesMeetings, type MeetingRow } from "../../_helpers/rows.ts";

const analyse = (text: string): TextReading => readText(text, { date: "2025-06-12" });

describe("stages/05-meetings, round 15 (paraphrase table)", () => {
  describe("calls", () => {
    const rows: MeetingRow[] = [
      [
        "Brazilian President Paulo Matos spoke with French President Henri Delacroix by phone on Tuesday.",
        ["Matos", "Delacroix", "call"],
        ["Paulo Matos", "Henri Delacroix"],
      ],
      [
        "Brazilian President Paulo Matos spoke at length with French President Henri Delacroix by phone on Tuesday.",
        ["Matos", "Delacroix", "call"],
        ["Paulo Matos", "Henri Delacroix"],
      ],
      [
        "Brazilian President Paulo Matos spoke briefly with Indian Prime Minister Ravi Menon by telephone on Sunday.",
        ["Matos", "Menon", "call"],
        ["Paulo Matos", "Ravi Menon"],
      ],
      [
        "President Paulo Matos talked with Chinese leader Wei Lan by phone on Jun. 5 to calm relations.",
        ["Matos", "Wei", "call"],
        ["Paulo Matos", "Wei Lan"],
      ],
      [
        "US President Paulo Matos said he spoke with Indian Prime Minister Ravi Menon on Tuesday about energy purchases.",
        ["Matos", "Menon", "call"],
        ["Paulo Matos", "Ravi Menon"],
      ],
      [
        "Brazilian President Paulo Matos and Indian Prime Minister Ravi Menon talked by telephone on Monday.",
        ["Matos", "Menon", "call"],
        ["Paulo Matos", "Ravi Menon"],
      ],
      [
        "Indian Prime Minister Ravi Menon received a phone call from Brazilian President Paulo Matos on Monday.",
        ["Matos", "Menon", "call"],
        ["Paulo Matos", "Ravi Menon"],
      ],
      [
        "Brazilian President Paulo Matos spoke to Indian Prime Minister Ravi Menon by phone on Thursday.",
        ["Matos", "Menon", "call"],
        ["Paulo Matos", "Ravi Menon"],
      ],
      [
        "Brazilian President Paulo Matos held a video conference with Indian Prime Minister Ravi Menon on Thursday.",
        ["Matos", "Menon", "call"],
        ["Paulo Matos", "Ravi Menon"],
      ],
      [
        "Brazilian President Paulo Matos telephoned Indian Prime Minister Ravi Menon late on Sunday.",
        ["Matos", "Menon", "call"],
        ["Paulo Matos", "Ravi Menon"],
      ],
    ];
    itFilesMeetings(rows, analyse);

    it("files no call and no MET_WITH with one's own official", () => {
      const read = analyse("Brazilian President Paulo Matos spoke with his finance minister Joao Silva on Tuesday.");
      expect(meetingWith(read, ["Matos", "Silva"]), JSON.stringify(read.meetings)).toBeUndefined();
      expect(
        read.lines.some((l) => l.includes("MET_WITH")),
        JSON.stringify(read.lines),
      ).toBe(false);
    });

    it("files a call with one's counterpart", () => {
      const read = analyse(
        "Brazil's trade minister Joao Silva spoke with his Indian counterpart Arjun Rao by phone on Tuesday.",
      );
      expect(meetingWith(read, ["Silva", "Rao"]), JSON.stringify(read.meetings)).toBeDefined();
    });

    it("files no call with reporters spoken to by phone", () => {
      const read = analyse("Brazilian President Paulo Matos spoke to reporters by phone on Thursday.");
      expect(read.meetings, JSON.stringify(read.meetings)).toEqual([]);
    });

    it("files no call denied", () => {
      const read = analyse(
        "Brazilian President Paulo Matos said he had not spoken with Indian Prime Minister Ravi Menon since May.",
      );
      expect(meetingWith(read, ["Matos", "Menon"]), JSON.stringify(read.meetings)).toBeUndefined();
    });
  });

  describe("meetings in person", () => {
    const rows: MeetingRow[] = [
      [
        "Brazilian President Paulo Matos will host Indian Prime Minister Ravi Menon at the Alvorada Palace in Brasilia on Friday.",
        ["Matos", "Menon"],
        ["Paulo Matos", "Ravi Menon"],
        ["HELD_IN Alvorada Palace"],
      ],
      [
        "Brazilian President Paulo Matos, who met Indian Prime Minister Ravi Menon in Lisbon last week, said tariffs would fall.",
        ["Matos", "Menon"],
        ["Paulo Matos", "Ravi Menon"],
        ["HELD_IN Lisbon"],
      ],
      [
        "Brazilian President Paulo Matos heads to Mexico on Thursday to meet Mexican President Rosa Ibarra.",
        ["Matos", "Ibarra"],
        ["Paulo Matos", "Rosa Ibarra"],
        ["HELD_IN Mexico"],
      ],
      [
        "Brazilian President Paulo Matos and Indian Prime Minister Ravi Menon met at the Quirinale Palace in Rome.",
        ["Matos", "Menon"],
        ["Paulo Matos", "Ravi Menon"],
        ["HELD_IN Rome"],
      ],
    ];
    itFilesMeetings(rows, analyse);

    const journeys: MeetingRow[] = [
      [
        "Canadian Prime Minister Paulo Matos heads to Mexico on Thursday in an effort to diversify trade.",
        ["Matos", "visit", "Mexico"],
        ["Paulo Matos"],
        ["HELD_IN Mexico"],
      ],
      [
        "Brazilian President Paulo Matos headed to the United States on Sunday.",
        ["Matos", "visit"],
        ["Paulo Matos"],
        ["HELD_IN United States"],
      ],
    ];
    itFilesMeetings(journeys, analyse);

    for (const text of [
      "Brazilian President Paulo Matos might travel to Japan next year.",
      "Brazilian President Paulo Matos flew to Brazil on Sunday after the summit.",
      "Brazilian Trade Minister Joao Silva travelled to Japan on Sunday.",
    ])
      it(`files no visit for ${JSON.stringify(text)}`, () => {
        const read = analyse(text);
        expect(meetingWith(read, ["visit"]), JSON.stringify(read.meetings)).toBeUndefined();
      });

    const denied = [
      "Brazilian President Paulo Matos and Indian Prime Minister Ravi Menon did not meet in Lisbon.",
      "Brazilian President Paulo Matos and Indian Prime Minister Ravi Menon never met in Lisbon.",
      "Brazilian President Paulo Matos has never met Indian Prime Minister Ravi Menon.",
      "Brazilian President Paulo Matos refused to meet Indian Prime Minister Ravi Menon in Lisbon.",
      "Brazilian President Paulo Matos denied meeting Indian Prime Minister Ravi Menon in Lisbon.",
    ];
    for (const text of denied)
      it(`files no meeting and no MET_WITH for ${JSON.stringify(text)}`, () => {
        const read = analyse(text);
        expect(meetingWith(read, ["Matos", "Menon"]), JSON.stringify(read.meetings)).toBeUndefined();
        expect(
          read.lines.some((l) => l.includes("MET_WITH")),
          JSON.stringify(read.lines),
        ).toBe(false);
      });
  });

  describe("an unplaced leaders' meeting later called a call, a meeting on an event's margins, a capitalised determiner", () => {
    it("names the leaders' talks a call when the text calls them so", () => {
      const read = analyse(
        "Brazilian President Paulo Matos and French President Henri Delacroix on Monday held their first talks since agreeing to a truce last month. Matos said the telephone call was productive.",
      );
      const call = meetingWith(read, ["Matos", "Delacroix", "call"]);
      expect(call, JSON.stringify(read.meetings)).toBeDefined();
      expect(read.lines).toContain(`Paulo Matos PARTICIPATED_IN ${call}`);
    });

    it("leaves a placed leaders' meeting a meeting", () => {
      const read = analyse(
        "Brazilian President Paulo Matos and French President Henri Delacroix met in Lisbon on Monday. Separately, the call for lower tariffs grew louder.",
      );
      expect(meetingWith(read, ["Matos", "Delacroix", "call"]), JSON.stringify(read.meetings)).toBeUndefined();
    });

    it("places a meeting held on the margins of an event", () => {
      const read = analyse(
        "Today, the Prime Minister, Paulo Matos, met with the President of the Republic of India, Ravi Menon, on the margins of the G20 Leaders' Meeting in Lisbon.",
      );
      const meeting = meetingWith(read, ["Matos", "Menon"]);
      expect(meeting, JSON.stringify(read.meetings)).toBeDefined();
      expect(read.lines).toContain(`${meeting} HELD_IN Lisbon`);
    });

    it("makes no event of 'This Summit' opening a sentence", () => {
      const read = analyse(
        "This Summit is the chance to reset ties, the leaders said after the EU-India Summit in Lisbon.",
      );
      expect(read.meetings.map((m) => m.name)).not.toContain("This Summit");
      expect(meetingWith(read, ["EU-India", "summit"]), JSON.stringify(read.meetings)).toBeDefined();
    });
  });

  describe("talks placed by the capital a demonym names, and summits named after a bracketed short name", () => {
    const rows: MeetingRow[] = [
      [
        "Negotiators from Brazil and India met in the Japanese capital on Monday.",
        ["Tokyo", "talks"],
        ["Brazil", "India"],
        ["HELD_IN Tokyo"],
      ],
      [
        "Trade negotiators from Brazil and India concluded a fourth round of talks in the Indian capital on Friday.",
        ["New Delhi", "talks"],
        ["Brazil", "India"],
        ["HELD_IN New Delhi"],
      ],
      [
        "Brazil and India said on Sunday they had reached a deal following talks held on the sidelines of the Association of Southeast Asian Nations (ASEAN) Summit in the Malaysian capital.",
        ["Kuala Lumpur", "talks"],
        ["Brazil", "India"],
        ["HELD_IN Kuala Lumpur", "PART_OF ASEAN Summit"],
      ],
    ];
    itFilesMeetings(rows, analyse);

    const rounds: MeetingRow[] = [
      ["Brazil and India wrapped up the Lisbon round on Friday.", ["Lisbon", "talks"], ["Brazil", "India"]],
      [
        "Brazil and India concluded a negotiating round in Lisbon on Friday.",
        ["Lisbon", "talks"],
        ["Brazil", "India"],
        ["HELD_IN Lisbon"],
      ],
      [
        "Brazil and India concluded the fifth round in Lisbon on Friday to settle tariffs.",
        ["Lisbon", "talks"],
        ["Brazil", "India"],
        ["HELD_IN Lisbon"],
      ],
    ];
    itFilesMeetings(rounds, analyse);

    for (const text of [
      "The candidate won the first round in Paris on Sunday.",
      "Investors joined a new funding round in London on Monday.",
      "The next round of tariffs takes effect in Lisbon on Friday.",
    ])
      it(`files no talks for ${JSON.stringify(text)}`, () => {
        expect(analyse(text).meetings).toEqual([]);
      });

    it("places an organisation's meetings past a coordinated second body", () => {
      const read = analyse(
        "Finance ministers gathered for the annual meetings of the IMF and World Bank in Washington.",
      );
      const meetings = meetingWith(read, ["IMF", "meetings"]);
      expect(meetings, JSON.stringify(read.meetings)).toBeDefined();
      expect(read.lines).toContain(`${meetings} HELD_IN Washington`);
    });

    it("names the summit after the bracketed short name, placed in the capital", () => {
      const read = analyse(
        "Leaders gathered for the Shanghai Cooperation Organisation (SCO) Summit in the Chinese capital on Monday.",
      );
      const summit = meetingWith(read, ["SCO", "summit"]);
      expect(summit, JSON.stringify(read.meetings)).toBeDefined();
      expect(read.lines, JSON.stringify(read.lines)).toContain(`${summit} HELD_IN Beijing`);
    });

    it("makes no summit of a bracketed short name before another noun", () => {
      const read = analyse("The Shanghai Cooperation Organisation (SCO) members agreed on a new bank in Beijing.");
      expect(meetingWith(read, ["SCO", "summit"]), JSON.stringify(read.meetings)).toBeUndefined();
    });
  });

  describe("events/dates (undated documents, abbreviated months)", () => {
    it("keeps a weekday's words when the document has no date", () => {
      expect(resolveDate(["spoke", "on", "Tuesday"], null)).toEqual({ iso: "", text: "on Tuesday" });
    });

    it("reads an abbreviated month with its period", () => {
      expect(resolveDate(["on", "Jun.", "5"], "2025-06-12")?.iso).toBe("2025-06-05");
    });
  });
});
