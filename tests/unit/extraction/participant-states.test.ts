// Meetings, round 25 of issue 13: talks whose people all represent one state bring that state to
// the talks; talks with people of two states, and leaders' meetings, are left to the side rules.
// Every sentence here is written for these tests.

import { describe, expect, it } from "vitest";
import { readText } from "../../_helpers/documents.ts";

const analyse = (text: string) => readText(text, { date: "2025-06-12" });

describe("rules/participant-states: one side's people bring their state to talks", () => {
  it("puts the one state of the talks' people at them", () => {
    const read = analyse(
      "Norwegian Trade Minister Erik Dahl held trade talks in Geneva on Tuesday. Dahl said the talks were constructive.",
    );
    expect(read.lines, JSON.stringify(read.lines)).toEqual(
      expect.arrayContaining([
        "Erik Dahl PARTICIPATED_IN Geneva trade talks",
        "Norway PARTICIPATED_IN Geneva trade talks",
      ]),
    );
  });

  it("adds no state to two officials' meeting", () => {
    const read = analyse(
      "Norwegian Trade Minister Erik Dahl met Chilean Trade Minister Rosa Vidal in Geneva on Tuesday.",
    );
    expect(
      read.lines.filter((l) => /^(Norway|Chile) PARTICIPATED_IN/.test(l)),
      JSON.stringify(read.lines),
    ).toEqual([]);
  });

  it("adds no state to a person who represents none", () => {
    const read = analyse("Analyst Erik Dahl attended trade talks in Geneva on Tuesday.");
    expect(
      read.lines.filter((l) => /^Norway PARTICIPATED_IN/.test(l)),
      JSON.stringify(read.lines),
    ).toEqual([]);
  });
});
