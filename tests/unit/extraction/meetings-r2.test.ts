// Meetings, round 2 of issue 13: the names a meeting answers to once every rule has run (its
// parties' short forms, "EU-China talks" for talks in a city whose sides a headline gave). Every
// sentence here is written for these tests (not copied from any article).

import { describe, expect, it } from "vitest";
import { analyseDocument } from "../../../src/extraction/index.ts";
import { testDocument } from "../../_helpers/documents.ts";

function analyse(text: string) {
  const doc = testDocument(text, { date: "2025-06-12" });
  return analyseDocument(doc);
}

function meetings(text: string): string[] {
  const a = analyse(text);
  return a.entities.filter((e) => e.type === "Meeting").map((e) => [e.name, ...e.aliases].join(" | ").toLowerCase());
}

/** Whether one meeting's names hold every one of `words` as whole words. */
function hasMeeting(text: string, words: string[]): boolean {
  return meetings(text).some((s) => words.every((w) => new RegExp(`\\b${w.toLowerCase()}\\b`).test(s)));
}

describe("stages/05-meetings", () => {
  describe("finishMeetings", () => {
    // [text, words one meeting's names hold]
    const rows: [string, string[]][] = [
      [
        "EU-Japan talks in Tokyo end without a deal on battery metals\n\nNegotiators from the European Union and Japan ended two days of talks in Tokyo on Friday without agreeing on lithium supplies.",
        ["EU", "Japan", "Tokyo"],
      ],
      [
        "Officials of India and the European Union held trade talks on Monday on a free trade agreement covering cars and wine.",
        ["India", "EU", "talks"],
      ],
      [
        "Negotiators from the United States and Indonesia held talks in Jakarta on Tuesday over nickel export rules.",
        ["US", "Indonesia", "talks"],
      ],
    ];
    it.each(rows)("names the meeting of %j with its parties' short forms", (text, words) => {
      expect(hasMeeting(text, words), JSON.stringify(meetings(text))).toBe(true);
    });

    it("names a leaders' meeting after surnames with no day read into a name", () => {
      const text =
        "OTTAWA — A meeting between Prime Minister Claire Dubois and President Mateo Ruiz Wednesday ended with a pledge to settle lumber duties.";
      expect(hasMeeting(text, ["Dubois", "Ruiz"]), JSON.stringify(meetings(text))).toBe(true);
      expect(meetings(text).some((s) => s.includes("wednesday"))).toBe(false);
    });

    it("adds no short form to a meeting of no long-named party", () => {
      const text = "Chile and Japan held talks in Santiago on Monday on copper supplies.";
      expect(meetings(text).some((s) => /\b(eu|us|uk)\b/.test(s))).toBe(false);
    });
  });

  describe("findMeetings (organisations' meetings)", () => {
    // [text, words one meeting's names hold]
    const rows: [string, string[]][] = [
      [
        "Trade ministers from the Group of Twenty (G20) convened in Rio de Janeiro this week to weigh a response to export curbs on graphite.",
        ["G20", "ministers", "meeting"],
      ],
      [
        "Finance ministers of the G7 gathered in Ottawa on Thursday as lithium prices slid.",
        ["G7", "finance", "meeting"],
      ],
      [
        "After a meeting of the so-called Quad grouping in Tokyo, the Indian foreign minister said the four would map cobalt supplies.",
        ["Quad", "meeting"],
      ],
    ];
    it.each(rows)("finds and names the meeting of %j", (text, words) => {
      expect(hasMeeting(text, words), JSON.stringify(meetings(text))).toBe(true);
    });

    it("reads no meeting from a group that convened nowhere", () => {
      const text = "Finance ministers from the G7 convened a working group on critical minerals.";
      expect(meetings(text)).toEqual([]);
    });
  });

  describe("topicsRule (rules/talks)", () => {
    function discussed(text: string): string[] {
      const a = analyse(text);
      const names = new Map(a.entities.map((e) => [e.id, e.name]));
      return a.relations.filter((r) => r.predicate === "DISCUSSED").map((r) => names.get(r.target) ?? "");
    }
    const lead = "Officials of Chile and Japan held two days of talks in Santiago on Monday. ";
    it.each([
      [`${lead}He said they touched on concerns over Japan's purchases of copper.`, "copper"],
      [`${lead}"We talked about lithium and cobalt," the Chilean minister said.`, "lithium"],
    ])("reads a topic of the talks from %j", (text, topic) => {
      expect(discussed(text)).toContain(topic);
    });

    it("reads no topic from a talk about something else than the talks", () => {
      expect(discussed("The analyst talked about copper prices on television on Monday.")).toEqual([]);
    });
  });

  describe("findMeetings (visits read from the verb)", () => {
    it.each([
      [
        "The deadline was set in March when Australian Prime Minister Helen Carter visited Indonesia with a delegation of miners.",
        ["Carter", "visit", "Indonesia"],
      ],
      [
        "Chilean President Lucia Ortega visited the United Arab Emirates to sign a copper supply pact.",
        ["Ortega", "visit"],
      ],
    ])("finds the visit of %j", (text, words) => {
      expect(hasMeeting(text, words), JSON.stringify(meetings(text))).toBe(true);
    });

    it("reads no visit from a country visited by no one named", () => {
      const text = "Inspectors who visited the United States found no breach of the nickel rules.";
      expect(meetings(text)).toEqual([]);
    });
  });

  describe("findMeetings (talks' parties)", () => {
    it("reads the speaker of 'X said after talks with Y' and a leader named in an apposition", () => {
      const text =
        "Australia will lift its duties on nickel, Prime Minister Helen Carter said after talks with Indonesian leaders, including President Budi Santoso.";
      expect(hasMeeting(text, ["Carter", "Santoso"]), JSON.stringify(meetings(text))).toBe(true);
    });

    it("makes no talks of a speaker who only reports talks of others", () => {
      const text =
        "Prime Minister Helen Carter said the ministers would hold talks with Indonesian officials on nickel next month.";
      expect(meetings(text).some((s) => s.includes("carter"))).toBe(false);
    });
  });

  describe("findMeetings (leaders who speak on a day)", () => {
    it("reads two leaders who will speak on a day as their call", () => {
      const text =
        "Brazilian President Paulo Mendes and Chilean President Lucia Ortega will speak on Friday to settle the copper deal.";
      expect(hasMeeting(text, ["Mendes", "Ortega", "call"]), JSON.stringify(meetings(text))).toBe(true);
    });

    it("reads no call from leaders who spoke at an event", () => {
      const text = "Brazilian President Paulo Mendes and Chilean President Lucia Ortega spoke at length about copper.";
      expect(meetings(text).some((s) => s.includes("call"))).toBe(false);
    });
  });
});
