// Meetings, round 24 of issue 13: a meeting the text only guesses at ("a possible meeting between X
// and Y", "he might also meet Y", "said he hoped to meet Y") is no event; a planned one ("will meet",
// "is expected to meet") still is. Every sentence here is written for these tests.

import { describe, expect, it } from "vitest";
import { hedgedEvent } from "../../../src/extraction/events/hedged.ts";
import { tokenizeText } from "../../../src/extraction/stages/02-tokens.ts";
import { readText } from "../../_helpers/documents.ts";

const analyse = (text: string) => readText(text, { date: "2025-06-12" });

describe("events/hedged: a guessed meeting is no event", () => {
  const refused: string[] = [
    "Analysts said more could come from a possible meeting between President Ana Lima and President Paulo Matos later this year.",
    "President Ana Lima said she hoped to meet President Paulo Matos before the end of the year.",
    "President Ana Lima implied that she might also meet President Paulo Matos in Geneva this week.",
    "Both governments are planning for a potential face-to-face summit between Lima and Matos next year.",
  ];
  for (const text of refused)
    it(`files no meeting of the pair in ${JSON.stringify(text.slice(0, 60))}`, () => {
      const read = analyse(text);
      expect(
        read.lines.filter((l) => / PARTICIPATED_IN .*(Lima|Matos)/.test(l)),
        JSON.stringify(read.lines),
      ).toEqual([]);
    });

  const kept: string[] = [
    "President Ana Lima will meet President Paulo Matos in Geneva on Friday.",
    "President Ana Lima is expected to meet President Paulo Matos in Geneva next week.",
    "President Ana Lima held a meeting with President Paulo Matos in Geneva on Friday.",
  ];
  for (const text of kept)
    it(`files the pair's meeting in ${JSON.stringify(text.slice(0, 60))}`, () => {
      const read = analyse(text);
      expect(read.lines, JSON.stringify(read.lines)).toEqual(
        expect.arrayContaining([expect.stringMatching(/^Ana Lima PARTICIPATED_IN /)]),
      );
    });

  it("reads the hedge word by word", () => {
    const words = (text: string) => tokenizeText(text).tokens;
    const at = (text: string, w: string) => words(text).findIndex((t) => t.text === w);
    const a = "a possible in - person meeting";
    expect(hedgedEvent(words(a), at(a, "meeting"))).toBe(true);
    const b = "he would meet";
    expect(hedgedEvent(words(b), at(b, "meet"))).toBe(false);
    const c = "the meeting";
    expect(hedgedEvent(words(c), at(c, "meeting"))).toBe(false);
  });
});
