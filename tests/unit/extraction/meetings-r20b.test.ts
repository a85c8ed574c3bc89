// Meetings, round 20b of issue 13: an event named by its host ("a Zenith-hosted forum") when no
// place names it, and a group's name written with "+1" kept before the event noun ("a C3+1 business
// conference at the Grand Hall"). Every sentence here is written for these tests.

import { describe, expect, it } from "vitest";
import { readText, type TextReading } from "../../_helpers/documents.ts";
import { itNamesMeetings, type MeetingNameRow } from "../../_helpers/rows.ts";

const analyse = (text: string): TextReading => readText(text, { date: "2025-06-12" });

describe("stages/05-meetings, round 20b: an event named by its host", () => {
  const found: MeetingNameRow[] = [
    [
      "Speaking at a Reuters-hosted forum, Treasury Secretary Paulo Matos said the curbs undermine supply chains.",
      "Reuters-hosted forum",
      "Paulo Matos PARTICIPATED_IN Reuters-hosted forum",
    ],
    [
      "Minister Ana Lima spoke on Monday at a Reuters-sponsored energy conference in Lisbon.",
      "Reuters-sponsored energy conference",
      "Reuters-sponsored energy conference HELD_IN Lisbon",
    ],
  ];
  itNamesMeetings(found, analyse);

  const refused: string[] = [
    // A hyphen-less participle is a verb of the clause, not a host's name.
    "Reuters hosted a forum on Monday where ministers spoke.",
    // A lower-case word before the participle names no host.
    "The state-sponsored forum drew few ministers.",
  ];
  for (const text of refused)
    it(`names no hosted event in ${JSON.stringify(text.slice(0, 60))}`, () => {
      const read = analyse(text);
      expect(
        read.meetings.some((m) => /-(hosted|sponsored)/.test(m.name)),
        JSON.stringify(read.meetings),
      ).toBe(false);
    });
});

describe("stages/05-meetings, round 20b: a group's name with +1 before the event noun", () => {
  it("keeps the +1 in the placed event's name", () => {
    const read = analyse(
      "Deputy Minister Paulo Matos said at a C3+1 business conference at the Grand Hall on Thursday that trade grew.",
    );
    expect(
      read.meetings.some((m) => m.name.startsWith("C3+1 business conference")),
      JSON.stringify(read.meetings),
    ).toBe(true);
  });
  it("names no group when the noun has none before it", () => {
    const read = analyse(
      "Deputy Minister Paulo Matos said at a business conference at the Grand Hall on Thursday that trade grew.",
    );
    expect(
      read.meetings.some((m) => m.name.includes("+1")),
      JSON.stringify(read.meetings),
    ).toBe(false);
  });
});

describe("stages/05-meetings, round 20b: a follow-up meeting planned in a state", () => {
  const text =
    "Finance Minister Paulo Matos will hold talks with Vice Premier Wei Lan on Monday, with a subsequent in-person meeting planned in Chile next week.";
  it("files the planned meeting in the state, with the clause's two people", () => {
    const read = analyse(text);
    expect(read.lines, JSON.stringify(read.lines)).toContain("meeting in Chile HELD_IN Chile");
    expect(read.lines).toContain("Paulo Matos PARTICIPATED_IN meeting in Chile");
    expect(read.lines).toContain("Wei Lan PARTICIPATED_IN meeting in Chile");
  });
  it("gives the planned meeting no people when it follows nothing", () => {
    const read = analyse(
      "Finance Minister Paulo Matos praised Vice Premier Wei Lan on Monday, and a meeting is planned in Chile next week.",
    );
    expect(read.lines.some((l) => l.includes("PARTICIPATED_IN meeting in Chile"))).toBe(false);
  });
  it("reads no meeting in a state past an unrelated participle", () => {
    const read = analyse("Minister Ana Lima said a meeting held months ago in Chile failed.");
    expect(read.lines).not.toContain("meeting in Chile HELD_IN Chile");
  });
});

describe("stages/05-meetings, round 20b: a meeting with a state's delegation", () => {
  it("files the delegation's meeting with its host, state and venue", () => {
    const read = analyse(
      "After meeting with Chile's trade negotiation delegation at the Casa Rosada, President Paulo Matos said the deal was done.",
    );
    const name = read.meetings.find((m) => m.name.includes("meeting with Chile delegation"))?.name;
    expect(name, JSON.stringify(read.meetings)).toBeDefined();
    expect(name).toMatch(/^Matos /);
    expect(read.lines, JSON.stringify(read.lines)).toContain(`Chile PARTICIPATED_IN ${name}`);
    expect(read.lines).toContain(`Paulo Matos PARTICIPATED_IN ${name}`);
  });
  it("files no delegation meeting for a delegation of no named state", () => {
    const read = analyse(
      "After meeting with the trade delegation on Monday, President Paulo Matos said the deal was done.",
    );
    expect(
      read.meetings.some((m) => m.name.includes("delegation")),
      JSON.stringify(read.meetings),
    ).toBe(false);
  });
});

describe("stages/05-meetings, round 20b: an unplaced forum of two parties", () => {
  it("names the two bodies' forum and files the person who addressed it", () => {
    const read = analyse(
      "Earlier on Monday, Paulo Matos told a separate EU-ASEAN forum that the two blocs must work together.",
    );
    expect(
      read.meetings.map((m) => m.name),
      JSON.stringify(read.meetings),
    ).toContain("EU-ASEAN forum");
    expect(read.lines, JSON.stringify(read.lines)).toContain("Paulo Matos PARTICIPATED_IN EU-ASEAN forum");
    expect(
      read.lines.some((l) => l.startsWith("European Union PARTICIPATED_IN") || l.startsWith("ASEAN PARTICIPATED_IN")),
    ).toBe(false);
  });
  it("files no participant who only mentions the forum", () => {
    const read = analyse("Paulo Matos said the EU-ASEAN forum would matter.");
    expect(read.lines, JSON.stringify(read.lines)).not.toContain("Paulo Matos PARTICIPATED_IN EU-ASEAN forum");
  });
});
