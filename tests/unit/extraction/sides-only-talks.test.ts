// Meetings, round 25 of issue 13: talks named only after their two states, held nowhere and with
// no two people at them, are the states' negotiating, not a meeting; talks held somewhere stay.
// Every sentence here is written for these tests.

import { describe, expect, it } from "vitest";
import { readText } from "../../_helpers/documents.ts";

const analyse = (text: string) => readText(text, { date: "2025-06-12" });

describe("rules/sides-only-talks: talks of two states only are no meeting", () => {
  const dropped: string[] = [
    "Norway and Chile resumed talks on a free trade agreement in December, the ministry said.",
    "Norway's trade talks with Chile resumed on Tuesday. The talks covered salmon and copper.",
  ];
  for (const text of dropped)
    it(`files no meeting in ${JSON.stringify(text.slice(0, 60))}`, () => {
      const read = analyse(text);
      expect(read.meetings, JSON.stringify(read.lines)).toEqual([]);
      expect(read.lines).toEqual(expect.arrayContaining(["Norway NEGOTIATED_WITH Chile"]));
    });

  const kept: string[] = ["Norway and Chile held trade talks in Oslo on Tuesday. The talks covered salmon and copper."];
  for (const text of kept)
    it(`keeps the talks in ${JSON.stringify(text.slice(0, 60))}`, () => {
      const read = analyse(text);
      expect(read.lines, JSON.stringify(read.lines)).toEqual(
        expect.arrayContaining(["Norway PARTICIPATED_IN Oslo trade talks", "Oslo trade talks DISCUSSED salmon"]),
      );
    });
});
