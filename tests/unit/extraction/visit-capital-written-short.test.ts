// Meetings, round 27c of issue 13: a visit to a capital written as the state ("visits Washington")
// is held in the city, also when the gazetteer spells the capital otherwise ("Washington, D.C."):
// the city as the text writes it, not the country. Every sentence here is written for these tests.

import { describe, expect, it } from "vitest";
import { readText } from "../../_helpers/documents.ts";

const analyse = (text: string) => readText(text, { date: "2025-06-12" });

const held = (lines: readonly string[], visit: RegExp) =>
  lines.filter((l) => visit.test(l) && / HELD_IN /.test(l)).map((l) => l.replace(/^.* HELD_IN /, ""));

describe("meetings: a visit to a capital written as its state", () => {
  const rows: { text: string; visit: RegExp; place: string; not: string }[] = [
    {
      text: "The report comes as Prime Minister Nora Eklund visits Washington this week. Sitting next to U.S. President Tom Hale in the White House, Eklund promised more investment.",
      visit: /^Eklund visit to Washington HELD_IN /,
      place: "Washington",
      not: "United States",
    },
    {
      text: "The talks come as President Paul Varga visits Beijing this week. Sitting next to Chinese officials in the Great Hall, Varga promised more trade.",
      visit: /^Varga visit to Beijing HELD_IN /,
      place: "Beijing",
      not: "China",
    },
  ];
  for (const row of rows)
    it(`holds the visit in ${row.place}, not in ${row.not}`, () => {
      const read = analyse(row.text);
      const places = held(read.lines, row.visit);
      expect(places, JSON.stringify(read.lines)).toContain(row.place);
      expect(places).not.toContain(row.not);
    });

  it("keeps a visit to a country in the country", () => {
    const read = analyse("Prime Minister Nora Eklund visits the United States this week.");
    expect(held(read.lines, /visit to United States HELD_IN /), JSON.stringify(read.lines)).toContain("United States");
  });
});
