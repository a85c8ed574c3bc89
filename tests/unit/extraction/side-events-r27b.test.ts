// Round 27b of issue 13, meetings: an event held "on the sidelines of" a summit is its own meeting,
// part of the summit, not merged into it (`sideEventAt` in stages/05-meetings.ts); "a summit in X
// between A and the <group> countries -- B, C and D" lists its parties (events/between-list.ts).
// Every sentence here is written for these tests.

import { describe, expect, it } from "vitest";
import { meetingWith, readText, type TextReading } from "../../_helpers/documents.ts";

const analyse = (text: string): TextReading => readText(text, { date: "2025-06-12" });

describe("side events r27b: an event on the sidelines of a summit stays apart from it", () => {
  const rows: string[] = [
    "The deals were signed at an investment forum held on the sidelines of a three-day summit in Lima.",
    "Ministers spoke at a business conference on the margins of the summit in Nairobi on Tuesday.",
  ];
  it.each(rows)("files two meetings, the side event part of the summit, for %j", (text) => {
    const read = analyse(text);
    const side = read.meetings.find((m) => /\b(forum|conference)\b/.test(m.name));
    const summit = read.meetings.find((m) => /\bsummit\b/.test(m.name));
    expect(side && summit && side !== summit, JSON.stringify(read.meetings)).toBe(true);
    expect(read.lines).toContain(`${side!.name} PART_OF ${summit!.name}`);
    const city = /Lima/.test(text) ? "Lima" : "Nairobi";
    expect(read.lines).toContain(`${side!.name} HELD_IN ${city}`);
    expect(read.lines).toContain(`${summit!.name} HELD_IN ${city}`);
  });

  // No sidelines phrase: one conference in the city, as before.
  it("keeps a conference held in a city its own single event", () => {
    const read = analyse("The deals were signed at an investment conference held in Lima on Monday.");
    expect(read.meetings.length, JSON.stringify(read.meetings)).toBe(1);
    expect(meetingWith(read, ["conference"])).toBeDefined();
  });
});

describe("between-list r27b: a summit between a state and a listed group of states", () => {
  const parties: [string, string[]][] = [
    [
      "Leaders gathered for a summit in Astana between China and the Central Asian states -- Kazakhstan, Uzbekistan and Tajikistan.",
      ["China", "Kazakhstan", "Uzbekistan", "Tajikistan"],
    ],
    [
      "The ministers will hold a summit between Australia and the Pacific island nations: Fiji, Samoa and Tonga in Suva next month.",
      ["Australia", "Fiji", "Samoa", "Tonga"],
    ],
  ];
  it.each(parties)("files every listed state as a party of %j", (text, states) => {
    const read = analyse(text);
    const summit = read.meetings.find((m) => /\bsummit\b/.test(m.name));
    expect(summit, JSON.stringify(read.meetings)).toBeDefined();
    for (const s of states) expect(read.lines).toContain(`${s} PARTICIPATED_IN ${summit!.name}`);
  });

  // A group noun with no list after it names no listed states.
  it("files no listed states when the group is not listed", () => {
    const read = analyse(
      "Leaders gathered for a summit in Astana between China and the Central Asian states on Monday.",
    );
    expect(read.lines.filter((l) => /^(Kazakhstan|Uzbekistan|Tajikistan) PARTICIPATED_IN/.test(l))).toEqual([]);
  });
  // A list of firms after the group noun is no list of states.
  it("files no party from a list of firms", () => {
    const read = analyse(
      "Executives met at a summit in Tokyo between Japan and the largest carmakers -- Toyota, Honda and Nissan.",
    );
    expect(read.lines.filter((l) => /^(Toyota|Honda|Nissan)\b.* PARTICIPATED_IN .*summit/.test(l))).toEqual([]);
  });
});
