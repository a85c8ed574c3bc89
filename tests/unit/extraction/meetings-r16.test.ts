// Meetings, round 16 of issue 13 (meetings never created or named without their body on text the
// extractor had not seen): a body's meeting named by the body's capitalised name with its lower-case
// joints ("the Council for Trade in Services meeting"), placed past a span of days ("on May 4 and 5
// in Geneva"); a named meeting written right after its organisation carries it in its name ("the
// OECD Ministerial Council Meeting"); a call two states' unnamed people held ("Senior Brazilian and
// Chinese officials held a video call on Friday") is the states' call, with the people who speak
// with each other the sentence after; "a recent trade meeting in Malaysia" (an indefinite event noun
// held in a state) is its own event there; "a pact signed between X and Y during the Z Summit" puts
// both states at the summit; a headline's "… at Kazan Summit" is the document's summit. Every sentence here is written for these tests: positives and
// refusals.

import { describe, expect, it } from "vitest";
import { meetingWith, readText, type TextReading } from "../../_helpers/documents.ts";

const analyse = (text: string): TextReading => readText(text, { date: "2025-06-12" });

describe("stages/05-meetings, round 16", () => {
  describe("a body's meeting named by the body and placed past its dates", () => {
    const rows: [string, string[], string][] = [
      [
        "Delegates took up the complaint at the Council for Trade in Services meeting on May 4 and 5 in Geneva.",
        ["Council", "Trade", "Services", "meeting"],
        "Geneva",
      ],
      [
        "Ruritania raised its objection at the Committee on Market Access meeting in Geneva on Tuesday.",
        ["Committee", "Market", "Access", "meeting"],
        "Geneva",
      ],
      [
        "The fishing subsidies file was on the agenda of the General Council meeting on March 3 in Geneva, Switzerland.",
        ["General", "Council", "meeting"],
        "Geneva",
      ],
    ];
    for (const [text, words, place] of rows)
      it(`names and places ${JSON.stringify(text.slice(0, 60))}`, () => {
        const read = analyse(text);
        const meeting = meetingWith(read, words);
        expect(meeting, JSON.stringify(read.meetings)).toBeDefined();
        expect(read.lines, JSON.stringify(read.lines)).toContain(`${meeting} HELD_IN ${place}`);
      });

    it("does not read a place past a date that is no span of days", () => {
      const read = analyse("The Trade Policy Review meeting on Monday and a dinner in Geneva were cancelled.");
      expect(
        read.lines.some((l) => / HELD_IN Geneva$/.test(l)),
        JSON.stringify(read.lines),
      ).toBe(false);
    });

    it("does not open a body's name on a lower-case joint", () => {
      const read = analyse("Officials spoke of Trade in Services meeting rooms in Geneva.");
      expect(
        read.meetings.some((m) => /^of /.test(m.name)),
        JSON.stringify(read.meetings),
      ).toBe(false);
    });
  });

  describe("a named meeting written right after its organisation", () => {
    it("carries the organisation in its name, without filing it as a participant", () => {
      const read = analyse(
        "The two ministers spoke on the sidelines of the OECD Ministerial Council Meeting, which ends on Thursday.",
      );
      const meeting = meetingWith(read, ["OECD", "Ministerial", "Council", "Meeting"]);
      expect(meeting, JSON.stringify(read.meetings)).toBeDefined();
      expect(read.lines).not.toContain(`OECD PARTICIPATED_IN ${meeting}`);
    });

    it("leaves a name that already holds its organisation as it is", () => {
      const read = analyse("Leaders gathered for the ASEAN Summit in Kuala Lumpur on Sunday.");
      expect(
        read.meetings.some((m) => /ASEAN ASEAN/.test(m.name)),
        JSON.stringify(read.meetings),
      ).toBe(false);
      expect(meetingWith(read, ["ASEAN", "Summit"]), JSON.stringify(read.meetings)).toBeDefined();
    });
  });

  describe("a call two states' unnamed people held", () => {
    it("files the states' call, their negotiation and the people speaking the sentence after", () => {
      const read = analyse(
        "Senior Brazilian and Chinese officials held a video call on Friday to take stock of the trade truce. Chinese Vice Premier Wang Tao spoke with Brazilian Trade Minister Paulo Matos, the ministry said.",
      );
      const call = meetingWith(read, ["video", "call"]);
      expect(call, JSON.stringify(read.meetings)).toBeDefined();
      for (const fact of [
        `Brazil PARTICIPATED_IN ${call}`,
        `China PARTICIPATED_IN ${call}`,
        `Wang Tao PARTICIPATED_IN ${call}`,
        `Paulo Matos PARTICIPATED_IN ${call}`,
      ])
        expect(read.lines, JSON.stringify(read.lines)).toContain(fact);
      expect(read.lines.some((l) => /^(Brazil NEGOTIATED_WITH China|China NEGOTIATED_WITH Brazil)$/.test(l))).toBe(
        true,
      );
    });

    it("reads a later 'call with X' with no caller named as that call, not a call of X with a leader named after", () => {
      const read = analyse(
        "Senior Brazilian and Chinese officials held a video call on Friday to take stock of the trade truce. “During today’s good call with Chinese Vice Premier Wang Tao, we reviewed the deal between President Lula and President Xi,” said Brazilian Finance Minister Ana Costa.",
      );
      const call = meetingWith(read, ["video", "call"]);
      expect(call, JSON.stringify(read.meetings)).toBeDefined();
      expect(read.lines, JSON.stringify(read.lines)).toContain(`Wang Tao PARTICIPATED_IN ${call}`);
      expect(read.lines.some((l) => /^(Lula|Luiz Inácio Lula da Silva) PARTICIPATED_IN /.test(l))).toBe(false);
      expect(
        read.meetings.some((m) => /Wang-Lula/.test(m.name)),
        JSON.stringify(read.meetings),
      ).toBe(false);
    });

    it("reads officials 'from' two states who 'had a call'", () => {
      const read = analyse("Officials from Kenya and Ghana had a call last week on cocoa tariffs.");
      const call = meetingWith(read, ["Kenya", "Ghana", "call"]);
      expect(call, JSON.stringify(read.meetings)).toBeDefined();
      expect(read.lines).toContain(`Ghana PARTICIPATED_IN ${call}`);
    });

    const refused = [
      // One state's people.
      "Brazilian officials held a video call on Friday with soybean farmers.",
      // Denied.
      "Senior Brazilian and Japanese officials did not hold a call on Friday.",
      // A named person opens the subject: the callers are people, read elsewhere.
      "Paulo Matos and Japanese officials held a call on Friday.",
      // An appeal, not a call held.
      "Kenyan and Ghanaian unions had a call for calm after the strike.",
    ];
    for (const text of refused)
      it(`files no states' call for ${JSON.stringify(text.slice(0, 50))}`, () => {
        const read = analyse(text);
        expect(
          read.lines.some((l) => / PARTICIPATED_IN .*call$/.test(l) && /^(Brazil|Japan|Kenya|Ghana) /.test(l)),
          JSON.stringify(read.lines),
        ).toBe(false);
      });
  });

  describe("an indefinite event noun held in a state", () => {
    const rows: [string, string[], string][] = [
      [
        "The spokesman was asked about a recent trade meeting in Malaysia.",
        ["trade", "meeting", "Malaysia"],
        "Malaysia",
      ],
      ["Miners will gather at an annual investment conference in Chile in May.", ["conference", "Chile"], "Chile"],
    ];
    for (const [text, words, place] of rows)
      it(`files ${JSON.stringify(text.slice(0, 50))}`, () => {
        const read = analyse(text);
        const meeting = meetingWith(read, words);
        expect(meeting, JSON.stringify(read.meetings)).toBeDefined();
        expect(read.lines).toContain(`${meeting} HELD_IN ${place}`);
      });

    const refused = [
      // Plural: many meetings, no one event.
      "He held several meetings with Xi in China last year.",
      // A definite noun points back to the document's event: no event of its own.
      "Officials said the meeting in Canada went well.",
    ];
    for (const text of refused)
      it(`files no event for ${JSON.stringify(text.slice(0, 50))}`, () => {
        const read = analyse(text);
        expect(
          read.meetings.some((m) => /^(meetings?|meeting) in /.test(m.name)),
          JSON.stringify(read.meetings),
        ).toBe(false);
      });
  });

  describe("two states joined by 'between' in the clause of a named event", () => {
    it("puts both at the event 'during' introduces", () => {
      const read = analyse(
        "The trade pact to be signed between Kenya and the United States during the 12th Commonwealth Summit next week will cut duties.",
      );
      const summit = meetingWith(read, ["Commonwealth", "Summit"]);
      expect(summit, JSON.stringify(read.meetings)).toBeDefined();
      expect(read.lines).toContain(`Kenya PARTICIPATED_IN ${summit}`);
      expect(read.lines).toContain(`United States PARTICIPATED_IN ${summit}`);
    });

    it("puts both at the event on whose sidelines they talk", () => {
      const read = analyse("Talks between Chile and Peru on the sidelines of the APEC Summit ended without a deal.");
      const summit = meetingWith(read, ["APEC", "Summit"]);
      expect(read.lines).toContain(`Peru PARTICIPATED_IN ${summit}`);
    });

    const refused: [string, string][] = [
      // A clause break: the pair is another clause's.
      ["Relations between Chile and Peru improved, analysts said during the APEC Summit.", "Chile"],
      // Demonyms of firms, not states acting.
      ["A deal between Chilean and Peruvian firms was signed during the APEC Summit.", "Chile"],
    ];
    for (const [text, state] of refused)
      it(`puts no state at the event for ${JSON.stringify(text.slice(0, 50))}`, () => {
        const read = analyse(text);
        expect(
          read.lines.some((l) => l.startsWith(`${state} PARTICIPATED_IN APEC`)),
          JSON.stringify(read.lines),
        ).toBe(false);
      });
  });

  describe("a headline's event after 'at'", () => {
    it("names it after the organisation the headline opens with and holds it in the place", () => {
      const read = analyse(
        "BRICS Backs Grain Exchange at Kazan Summit\n\nLeaders on Tuesday endorsed a plan for a grain exchange.",
      );
      const summit = meetingWith(read, ["BRICS", "summit", "Kazan"]);
      expect(summit, JSON.stringify(read.meetings)).toBeDefined();
      expect(read.lines).toContain(`${summit} HELD_IN Kazan`);
    });

    it("names it after the organisation before the noun", () => {
      const read = analyse("Leaders Sign Mineral Pact at G20 Summit\n\nThe pact was signed on Sunday.");
      expect(meetingWith(read, ["G20", "summit"]), JSON.stringify(read.meetings)).toBeDefined();
    });

    it("makes none from a body sentence, nor past another verb than 'at'", () => {
      for (const text of [
        "Leaders Praise Kazan Summit Outcome\n\nThe plan was endorsed on Tuesday.",
        "Grain traders met at Kazan on Monday. The summit talk was of prices.",
      ]) {
        const read = analyse(text);
        expect(
          read.meetings.some((m) => /Kazan summit/i.test(m.name)),
          JSON.stringify(read.meetings),
        ).toBe(false);
      }
    });
  });
});
