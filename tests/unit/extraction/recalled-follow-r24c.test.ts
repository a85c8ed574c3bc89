// Talks a report recalls through "follow"/"following" ("the talks follow negotiations in Oslo last
// month") are background: the delegations and negotiators the report names later are put at the
// talks it reports, not at the recalled ones. Sentences written for this test.

import { describe, expect, it } from "vitest";
import { readText, type TextReading } from "../../_helpers/documents.ts";

const analyse = (text: string): TextReading => readText(text, { date: "2025-06-12" });

function meetingWith(read: TextReading, words: string[]): string | undefined {
  return read.meetings.find((m) => words.every((w) => m.surface.includes(w.toLowerCase())))?.name;
}

describe("stages/05-meetings: talks recalled by follow/following", () => {
  // [text, the reported talks' city, the recalled talks' city, negotiators]
  const cases: [string, string, string, string[]][] = [
    [
      "U.S. and Mexico hold trade talks in the U.K.\n\nThe talks, which may continue on Jun. 10, follow negotiations in Geneva last month that eased a steel dispute. High-level delegations from the United States and Mexico met in London on Jun. 9 to shore up a fragile truce. A Mexican delegation led by Economy Minister Rosa Vidal held talks with U.S. Commerce Secretary Paul Roy and Trade Representative Mark Dunn at a palace near the river.",
      "London",
      "Geneva",
      ["Rosa Vidal", "Paul Roy", "Mark Dunn"],
    ],
  ];
  it.each(cases)("puts the negotiators at the reported talks: %s", (text, reported, recalled, people) => {
    const read = analyse(text);
    const main = meetingWith(read, [reported, "talks"]);
    const old = meetingWith(read, [recalled, "talks"]);
    expect(main).toBeDefined();
    expect(old).toBeDefined();
    expect(read.lines).toContain(`${main} HELD_IN United Kingdom`);
    expect(read.lines).not.toContain(`${old} HELD_IN United Kingdom`);
    for (const p of people) {
      expect(read.lines).toContain(`${p} PARTICIPATED_IN ${main}`);
      expect(read.lines).not.toContain(`${p} PARTICIPATED_IN ${old}`);
    }
  });

  it("still reads talks that follow nothing recalled as the reported ones", () => {
    const read = analyse(
      "Negotiators from Chile and Peru opened trade talks in Oslo on Monday. Minister Rosa Vidal led the Chilean delegation at the Oslo talks.",
    );
    const main = meetingWith(read, ["Oslo", "talks"]);
    expect(main).toBeDefined();
    expect(read.lines).toContain(`Rosa Vidal PARTICIPATED_IN ${main}`);
  });
});
