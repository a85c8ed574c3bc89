// A meeting told by its verb ("A met B's prime minister C on the sidelines of the summit") is part
// of the summit when "sidelines" closes the same clause, however long the names between; and then
// held where the summit is. A clause break between them keeps them apart.
// Every sentence here is written for these tests (not copied from any article): positives and
// refusals.

import { describe, expect, it } from "vitest";
import { meetingWith, readText, type TextReading } from "../../_helpers/documents.ts";

const analyse = (text: string): TextReading => readText(text, { date: "2025-11-03" });

describe("stages/05-meetings", () => {
  describe("sidelines (a meeting of the clause that 'on the sidelines of' closes)", () => {
    const rows: [string, string[], string, string][] = [
      [
        "Chilean President Gabriel Boric met New Zealand Prime Minister Christopher Luxon on the sidelines of the APEC summit in Lima on Friday.",
        ["Boric", "Luxon"],
        "APEC Summit",
        "Lima",
      ],
      [
        "Kenyan President William Ruto met with South African President Cyril Ramaphosa on the margins of the G20 summit in Johannesburg.",
        ["Ruto", "Ramaphosa"],
        "G20 Summit",
        "Johannesburg",
      ],
    ];
    it.each(rows)("puts the meeting of %# in the summit and at its place", (text, words, summit, place) => {
      const read = analyse(text);
      const name = meetingWith(read, words);
      expect(name, JSON.stringify(read.meetings)).toBeDefined();
      expect(read.lines, JSON.stringify(read.lines)).toContain(`${name} PART_OF ${summit}`);
      expect(read.lines, JSON.stringify(read.lines)).toContain(`${name} HELD_IN ${place}`);
    });

    it("keeps a meeting of another clause out of the summit", () => {
      const read = analyse(
        "Chilean President Gabriel Boric met New Zealand Prime Minister Christopher Luxon in Santiago; ministers later talked on the sidelines of the APEC summit in Lima.",
      );
      const name = meetingWith(read, ["Boric", "Luxon"]);
      expect(name, JSON.stringify(read.meetings)).toBeDefined();
      expect(read.lines, JSON.stringify(read.lines)).not.toContain(`${name} PART_OF APEC Summit`);
    });
  });
});

describe("stages/05-meetings (venues)", () => {
  describe("venueCities (a venue the text places in a city)", () => {
    const rows: [string, string[], string, string][] = [
      [
        "Prime Minister Mark Carney hosted Prime Minister Christopher Luxon at the Rideau Hall in Ottawa on Monday.",
        ["Carney", "Luxon"],
        "Rideau Hall",
        "Ottawa",
      ],
      [
        "President Emmanuel Macron welcomed Chancellor Friedrich Merz at the Elysee Palace in Paris on Sunday.",
        ["Macron", "Merz"],
        "Elysee Palace",
        "Paris",
      ],
    ];
    it.each(rows)("holds the meeting of %# at the venue and in its city", (text, words, venue, city) => {
      const read = readText(text, { date: "2025-11-03" });
      const name = meetingWith(read, words);
      expect(name, JSON.stringify(read.meetings)).toBeDefined();
      expect(read.lines, JSON.stringify(read.lines)).toContain(`${name} HELD_IN ${venue}`);
      expect(read.lines, JSON.stringify(read.lines)).toContain(`${name} HELD_IN ${city}`);
    });

    it("does not take a place named after the venue for another reason", () => {
      const read = readText(
        "President Gustavo Petro received President Daniel Noboa at the Casa de Narino. In Quito, protesters marched.",
        { date: "2025-11-03" },
      );
      const name = meetingWith(read, ["Petro", "Noboa"]);
      expect(name, JSON.stringify(read.meetings)).toBeDefined();
      expect(read.lines, JSON.stringify(read.lines)).not.toContain(`${name} HELD_IN Quito`);
    });
  });
});
