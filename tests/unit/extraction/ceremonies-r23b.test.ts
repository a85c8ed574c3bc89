// Ceremonies that are no meeting, round 23b of issue 13. Every sentence here is written for these tests.

import { describe, expect, it } from "vitest";
import { readText, type TextReading } from "../../_helpers/documents.ts";

const analyse = (text: string): TextReading => readText(text, { date: "2025-06-12" });

describe("events/ceremonies, round 23b: a project's launch or groundbreaking ceremony is no meeting", () => {
  const none: string[] = [
    "The mining company held a launch ceremony at the new port of Valdora on Tuesday.",
    "A groundbreaking ceremony took place in Puerto Lindo for the lithium plant on Monday.",
    "Officials attended the ground-breaking ceremony in Puerto Lindo for the copper smelter.",
    "The inauguration ceremony of the refinery was held in Valdora last week.",
  ];
  it.each(none)("files no meeting for %j", (text) => {
    const read = analyse(text);
    expect(
      read.meetings.some((m) => /ceremony/.test(m.surface)),
      JSON.stringify(read.meetings),
    ).toBe(false);
  });

  // A signing ceremony, or a ceremony with no milestone word, stays an event.
  const kept: string[] = [
    "Chile and Korea held a signing ceremony in Santiago on Tuesday.",
    "The two presidents attended a ceremony in Santiago on Tuesday.",
  ];
  it.each(kept)("still files the ceremony of %j", (text) => {
    const read = analyse(text);
    expect(
      read.meetings.some((m) => /santiago/.test(m.surface)),
      JSON.stringify(read.meetings),
    ).toBe(true);
  });
});
