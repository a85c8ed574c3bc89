// Meetings, round 21 of issue 13: a forum's name read as its event when the text says it is held
// or addressed ("the X Forum held in Y", "is being held", "Addressing the X Forum, …"), one event
// for names that differ only in their dashes, delegates of a visit kept off the document's meeting,
// and a fronted call with its other party ("After a call with X last week, Y said …"). Every
// sentence here is written for these tests.

import { describe, expect, it } from "vitest";
import { readText, type TextReading } from "../../_helpers/documents.ts";
import { itNamesMeetings, itReadsRows, type MeetingNameRow } from "../../_helpers/rows.ts";

const analyse = (text: string): TextReading => readText(text, { date: "2025-06-12" });

describe("stages/05-meetings, round 21: a forum written as held or addressed is an event", () => {
  const found: MeetingNameRow[] = [
    [
      "Minister Ana Lima held talks with investors at the sidelines of the Northland Growth Forum held in Lisbon.",
      "Northland Growth Forum",
      null,
    ],
    [
      "Today a large Northland Growth Forum is being held with many chief executives in Lisbon.",
      "Northland Growth Forum",
      null,
    ],
    [
      "Addressing the Northland Growth Forum, Prime Minister Paulo Matos said trade would double.",
      "Northland Growth Forum",
      "Paulo Matos PARTICIPATED_IN Northland Growth Forum",
    ],
    // A standing body's name is its meeting only where the text says it is held.
    ["Ministers met on the occasion of the World Economic Forum held in Davos.", "World Economic Forum", null],
  ];
  itNamesMeetings(found, analyse);

  const refused: [string, string][] = [
    // A standing body that publishes a report is not held.
    ["The World Economic Forum said in a report that trade would slow.", "World Economic Forum"],
    // "held" with an object is the body's own act, not its being held.
    ["The Northland Growth Forum held its board elections by post.", "Northland Growth Forum"],
  ];
  itReadsRows(
    refused.map(([text, name]) => [text, null, name]),
    (text) => analyse(text).meetings.map((m) => m.name),
  );
});

describe("stages/05-meetings, round 21: names that differ only in their dashes are one event", () => {
  it("folds the en-dash name into the hyphen one", () => {
    const read = analyse(
      "Delegates attended the Norway-Chile Business Forum in Oslo on Monday. Addressing the Norway–Chile Business Forum, Minister Ana Lima said trade would grow.",
    );
    const forums = read.meetings.filter((m) => /Norway.Chile Business Forum/.test(m.name));
    expect(forums.length, JSON.stringify(read.meetings)).toBe(1);
  });
});

describe("stages/05-meetings, round 21: a fronted call with its other party", () => {
  const context = "President Paulo Matos of Brazil and Ana Ferreira of Portugal spoke about tariffs.";
  it("puts the speaker and the other party on the call", () => {
    const read = analyse(
      `${context} After a long phone call with Ferreira last week, Matos said the two would meet in Geneva.`,
    );
    expect(read.lines, JSON.stringify(read.lines)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Paulo Matos PARTICIPATED_IN .*call/),
        expect.stringMatching(/^Ana Ferreira PARTICIPATED_IN .*call/),
      ]),
    );
  });
  it("reads no call when more than a date follows the other party", () => {
    const read = analyse(
      `${context} After a long phone call with Ferreira about the steel quotas, Matos said the two would meet in Geneva.`,
    );
    expect(
      read.lines.some((l) => /PARTICIPATED_IN .*call/.test(l)),
      JSON.stringify(read.lines),
    ).toBe(false);
  });
});

describe("stages/05-meetings, round 21: a summit between the two presidents", () => {
  const leaders = "President Paulo Matos of Brazil and President Ana Ferreira of Portugal traded barbs over tariffs.";
  it("is the meeting of the two heads of state named before, held in the place after it", () => {
    const read = analyse(
      `${leaders} Both sides hardened their positions as a summit looms between the two presidents in Lisbon later this month.`,
    );
    expect(read.lines, JSON.stringify(read.lines)).toEqual(
      expect.arrayContaining([
        "Paulo Matos PARTICIPATED_IN Matos-Ferreira summit",
        "Ana Ferreira PARTICIPATED_IN Matos-Ferreira summit",
        "Matos-Ferreira summit HELD_IN Lisbon",
      ]),
    );
  });
  it("is the meeting of the document's two states when no head of state is named", () => {
    const text = [
      "Brazil and Portugal clash over tariffs.",
      "Brazil raised duties on Portugal's wine on Monday.",
      "Portugal and Brazil have traded threats for weeks, and Brazil said more duties could follow.",
      "Both sides hardened their positions as a summit looms between the two presidents in Lisbon later this month.",
    ].join(" ");
    const read = analyse(text);
    expect(read.lines, JSON.stringify(read.lines)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Brazil PARTICIPATED_IN .*summit$/),
        expect.stringMatching(/^Portugal PARTICIPATED_IN .*summit$/),
        expect.stringMatching(/summit HELD_IN Lisbon$/),
      ]),
    );
  });
  const refused: string[] = [
    // A summit of others, not of "the two".
    "Brazil and Portugal clash over tariffs. Brazil raised duties on Portugal's wine. Portugal and Brazil traded threats. A summit between the three presidents is planned.",
    // A summit recalled, not one planned or held.
    "Brazil and Portugal clash over tariffs. Brazil raised duties on Portugal's wine. Portugal and Brazil traded threats. Their previous summit between the two presidents ended badly.",
  ];
  for (const text of refused)
    it(`reads no summit of the two in ${JSON.stringify(text.slice(-60))}`, () => {
      const read = analyse(text);
      expect(
        read.lines.some((l) => /PARTICIPATED_IN .*summit/.test(l)),
        JSON.stringify(read.lines),
      ).toBe(false);
    });
});
