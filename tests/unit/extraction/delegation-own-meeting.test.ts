// Meetings, round 25 of issue 13: people a sentence lists in a delegation take part in the one
// meeting that sentence names (past the summit it is held on the sidelines of), not in the
// document's main event named elsewhere. Every sentence here is written for these tests.

import { describe, expect, it } from "vitest";
import { readText } from "../../_helpers/documents.ts";

const analyse = (text: string) => readText(text, { date: "2025-06-12" });

describe("rules/delegation-members: the sentence's own meeting first", () => {
  const text = [
    "President Nora Eklund of Norway and President Paul Varga of Chile will meet in Santiago on Friday.",
    "The two leaders are expected to discuss copper and salmon.",
    "Norwegian delegation, led by Trade Minister Erik Dahl, holds talks with Chilean team in Oslo on sidelines of Nordic summit.",
  ].join(" ");

  it("puts the delegation at the talks its sentence names, not at the leaders' meeting", () => {
    const read = analyse(text);
    const dahl = read.lines.filter((l) => l.startsWith("Erik Dahl PARTICIPATED_IN"));
    expect(
      dahl.filter((l) => /Eklund|Varga|Santiago/.test(l)),
      JSON.stringify(read.lines),
    ).toEqual([]);
    expect(dahl.length, JSON.stringify(read.lines)).toBeGreaterThan(0);
  });
});
