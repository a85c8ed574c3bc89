// Posts, round 27c of issue 13: in a sentence of a team or delegation, a country a preposition
// governs ("a trip to the Netherlands") is the place gone to, not the nationality of the official
// named after it. Every sentence here is written for these tests.

import { describe, expect, it } from "vitest";
import { readText } from "../../_helpers/documents.ts";

const analyse = (text: string) => readText(text, { date: "2025-06-12" });

const rows: { text: string; person: string; not?: string; holds?: string }[] = [
  {
    // The destination of the trip is not the sender's state.
    text: "Ghana hopes for a deal from its trip to the Netherlands, where a large delegation was sent by President Kofi Mensah. Ghana and the Netherlands will sign a cocoa pact. The Netherlands praised Ghana.",
    person: "Kofi Mensah",
    not: "Netherlands",
  },
  {
    // Negative row: the side named before the leader of its team is theirs.
    text: "Chile's delegation, led by Mining Minister Tomas Rojas, met the Japanese team in Tokyo. Chile and Japan discussed lithium. Chile hopes for a deal.",
    person: "Tomas Rojas",
    holds: "Chile",
  },
];

describe("rules/delegation-members: a country a preposition governs is no side's nationality", () => {
  for (const row of rows)
    it(`${row.person}: ${row.not ? `not ${row.not}` : row.holds}`, () => {
      const read = analyse(row.text);
      const posts = read.lines.filter(
        (l) => l.startsWith(`${row.person} HOLDS_POSITION`) || l.startsWith(`${row.person} REPRESENTS`),
      );
      if (row.not)
        expect(
          posts.filter((l) => l.includes(row.not!)),
          JSON.stringify(read.lines),
        ).toEqual([]);
      if (row.holds)
        expect(
          posts.some((l) => l.includes(row.holds!)),
          JSON.stringify(read.lines),
        ).toBe(true);
    });
});
