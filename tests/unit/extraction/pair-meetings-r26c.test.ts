// One traveller meeting two people in one city on two occasions: two pair meetings, not one
// meeting of the place with all three at it (round 26c of issue 13, meetings; `findMet` in
// stages/05-meetings.ts with events/pair-meetings.ts). Every sentence here is written for these tests.

import { describe, expect, it } from "vitest";
import { anotherPairMeeting, pairMeetingKey } from "../../../src/extraction/events/pair-meetings.ts";
import type { LocalEntity } from "../../../src/extraction/rules/types.ts";
import { readText, type TextReading } from "../../_helpers/documents.ts";

const analyse = (text: string): TextReading => readText(text, { date: "2025-06-12" });

const LEAD =
  "Chilean trade minister Ana Rojas, Canadian trade minister Paul Dubois and Indian commerce minister Ravi Menon attended the ministerial meeting. ";

describe("pair meetings r26c: a second pair met in the same city has its own meeting", () => {
  const rows: { text: string; has: string[]; not: string[] }[] = [
    {
      text: `${LEAD}Rojas met Dubois in Vienna on Monday. Rojas met Menon in Vienna on Wednesday.`,
      has: ["Ravi Menon PARTICIPATED_IN Rojas-Menon meeting", "Rojas-Menon meeting HELD_IN Vienna"],
      not: ["Ravi Menon PARTICIPATED_IN Rojas-Dubois meeting"],
    },
    {
      text: `${LEAD}Dubois met Rojas in Vienna on Monday. Menon met Rojas in Vienna on Tuesday.`,
      has: ["Ravi Menon PARTICIPATED_IN Menon-Rojas meeting"],
      not: ["Ravi Menon PARTICIPATED_IN Dubois-Rojas meeting"],
    },
  ];
  it.each(rows)("reads $text", ({ text, has, not }) => {
    const { lines } = analyse(text);
    for (const line of has) expect(lines, line).toContain(line);
    for (const line of not) expect(lines, line).not.toContain(line);
  });

  // The same pair met again in the city stays at its one meeting.
  it("keeps one meeting for one pair met twice in a city", () => {
    const { meetings } = analyse(
      `${LEAD}Rojas met Dubois in Vienna on Monday. Rojas met Dubois in Vienna again on Tuesday.`,
    );
    expect(meetings.filter((m) => /Rojas|Dubois/.test(m.name)).length, JSON.stringify(meetings)).toBe(1);
  });

  const meeting = (mergeKey: string) => ({ attributes: { mergeKey } }) as unknown as LocalEntity;
  const keys: [LocalEntity | undefined, string, boolean][] = [
    [meeting("leaders@Dubois+Rojas"), pairMeetingKey("Rojas", "Menon"), true],
    [meeting("leaders@Dubois+Rojas"), pairMeetingKey("Rojas", "Dubois"), false],
    [meeting("talks@Vienna"), pairMeetingKey("Rojas", "Menon"), false],
    [undefined, pairMeetingKey("Rojas", "Menon"), false],
  ];
  it.each(keys)("anotherPairMeeting(%j, %s) is %s", (placed, key, expected) => {
    expect(anotherPairMeeting(placed, key)).toBe(expected);
  });
});
