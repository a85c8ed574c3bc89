// Numbered rounds of talks, round 23b of issue 13. Every sentence here is written for these tests.

import { describe, expect, it } from "vitest";
import { readText, type TextReading } from "../../_helpers/documents.ts";

const analyse = (text: string): TextReading => readText(text, { date: "2025-06-12" });

describe("events/rounds, round 23b: 'the Nth round of <modifiers> talks' describes the talks", () => {
  // [text, the description the talks are also named by]
  const named: [string, string][] = [
    ["The ninth round of CEPA talks between Chile and Korea will open in Lima next week.", "ninth round of CEPA talks"],
    ["Chile and Japan held a third round of trade talks in Lima on Tuesday.", "third round of trade talks"],
    [
      "Peru and Korea began the fifth round of high-level negotiations in Seoul on Monday.",
      "fifth round of high-level negotiations",
    ],
    ["Chile and Japan held a sixth round of talks in Lima on Tuesday.", "sixth round of talks"],
  ];
  it.each(named)("names the talks of %j by %j", (text, phrase) => {
    const read = analyse(text);
    expect(
      read.meetings.some((m) => m.surface.includes(phrase.toLowerCase())),
      JSON.stringify(read.meetings),
    ).toBe(true);
  });

  // Only vague words before the noun, or a name between "of" and it: no description.
  const unnamed: [string, RegExp][] = [
    ["Chile and Japan opened a new round of trade talks in Lima on Tuesday.", /round of/],
    ["A round of Lima talks between Chile and Japan ended on Tuesday.", /round of/],
    ["Chile and Japan said the latest round of trade talks in Lima ended on Tuesday.", /round of/],
  ];
  it.each(unnamed)("adds no description to the talks of %j", (text, words) => {
    const read = analyse(text);
    expect(
      read.meetings.some((m) => words.test(m.surface)),
      JSON.stringify(read.meetings),
    ).toBe(false);
  });
});

describe("stages/05-meetings roundOfTalks, round 23b: 'another round in <place>' is a round of its own", () => {
  it("holds the next round in its own place, apart from this week's talks", () => {
    const read = analyse(
      "The eighth round of trade talks between Chile and Korea opens this week in Santiago, followed by another round in Seoul.",
    );
    const seoul = read.meetings.filter((m) => m.surface.includes("seoul"));
    expect(seoul, JSON.stringify(read.meetings)).toHaveLength(1);
    expect(seoul[0]!.surface, JSON.stringify(read.meetings)).not.toContain("santiago");
  });

  // No place written with it, or not a sentence about negotiating: no round of talks.
  const none: string[] = [
    "Chile and Korea agreed on tariffs and said another round would follow.",
    "The golfer from Chile played another round in Augusta on Sunday.",
  ];
  it.each(none)("reads no talks in %j", (text) => {
    const read = analyse(text);
    expect(read.meetings, JSON.stringify(read.meetings)).toHaveLength(0);
  });
});
