// A government's own cabinet meeting is no meeting of parties (round 26 of issue 13, meetings;
// `findPlacedEvent` in stages/05-meetings.ts). Every sentence here is written for these tests.

import { describe, expect, it } from "vitest";
import { readText, type TextReading } from "../../_helpers/documents.ts";

const analyse = (text: string): TextReading => readText(text, { date: "2025-06-12" });

describe("cabinet meetings r26: a government's cabinet meeting at a place files no meeting", () => {
  const none: string[] = [
    "Speaking after a Cabinet meeting at the Presidential Palace in Lima, the president said the mine would open soon.",
    "The minister told reporters after a cabinet meeting in Santiago that exports would rise.",
  ];
  it.each(none)("files no meeting for %j", (text) => {
    const read = analyse(text);
    expect(read.meetings, JSON.stringify(read.meetings)).toEqual([]);
  });

  // The same sentences with another kind of meeting still file it.
  const kept: string[] = [
    "Speaking after a trade meeting at the Presidential Palace in Lima, the president said the mine would open soon.",
    "The minister told reporters after a bilateral meeting in Santiago that exports would rise.",
  ];
  it.each(kept)("still files the meeting of %j", (text) => {
    const read = analyse(text);
    expect(read.meetings.length, JSON.stringify(read.meetings)).toBeGreaterThan(0);
  });
});
