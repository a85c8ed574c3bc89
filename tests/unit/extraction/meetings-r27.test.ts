// Round 27 of issue 13, meetings: a "where" clause places a group's meeting verb
// (`findGroupMeeting` in stages/05-meetings.ts), and a capitalised event name opened by a state's
// name, or joined by "and" before its event head, is one name (`typeWholeSpan` and `bodyAfterAnd`
// in stages/03-mentions.ts). Every sentence here is written for these tests.

import { describe, expect, it } from "vitest";
import { readText, type TextReading } from "../../_helpers/documents.ts";

const analyse = (text: string): TextReading => readText(text, { date: "2025-06-12" });

describe("meetings r27: a where clause places two states' officials who met", () => {
  const placed: [string, string[]][] = [
    [
      "The plan was unveiled on Tuesday in Lima, where Chilean and Peruvian officials met to review copper exports.",
      ["Chile PARTICIPATED_IN", "Peru PARTICIPATED_IN", "HELD_IN Lima"],
    ],
    [
      "Ministers signed the statement in Nairobi, where Kenyan and Ugandan negotiators met for two days.",
      ["Kenya PARTICIPATED_IN", "Uganda PARTICIPATED_IN", "HELD_IN Nairobi"],
    ],
  ];
  it.each(placed)("files the meeting of %j", (text, parts) => {
    const { lines } = analyse(text);
    for (const part of parts)
      expect(
        lines.some((l) => l.includes(part)),
        JSON.stringify(lines),
      ).toBe(true);
  });

  // No "where" hanging the verb on the place, or a verb the clause does not report as done.
  const none: string[] = [
    "The plan was unveiled on Tuesday in Lima, while Chilean and Peruvian officials said exports would rise.",
    "Chilean and Peruvian officials never met in the end.",
  ];
  it.each(none)("files no meeting for %j", (text) => {
    const read = analyse(text);
    expect(read.meetings, JSON.stringify(read.meetings)).toEqual([]);
  });
});

describe("meetings r27: a state's name and an 'and' inside an event's capitalised name", () => {
  const named: [string, string][] = [
    [
      "Speaking at the Kenya Energy and Infrastructure Forum in Nairobi, the minister praised the refinery.",
      "kenya energy and infrastructure forum",
    ],
    ["Delegates gathered for the Ghana Gold Investment Summit in Accra on Monday.", "ghana gold investment summit"],
    ["Firms attended the annual Trade and Investment Conference in Lusaka.", "trade and investment conference"],
  ];
  it.each(named)("names the event of %j whole", (text, name) => {
    const read = analyse(text);
    expect(
      read.meetings.some((m) => m.surface.includes(name)),
      JSON.stringify(read.meetings),
    ).toBe(true);
  });

  // A firm's name stays a firm's: only an event's head closes the name.
  const notOne: [string, string][] = [
    ["Zambia Mining and Smelting Corporation said output rose.", "zambia mining and smelting"],
    ["Kenya Mining Corporation said output rose.", "kenya mining corporation"],
  ];
  it.each(notOne)("does not name one event %j", (text, name) => {
    const read = analyse(text);
    expect(
      read.meetings.some((m) => m.surface.includes(name)),
      JSON.stringify(read.meetings),
    ).toBe(false);
  });
});

describe("meetings r27: a meeting or summit between a state's side and another side", () => {
  const read: [string, string[]][] = [
    [
      "The talks come ahead of a scheduled meeting between Trade Minister Ana Duarte and senior Japanese officials, set to take place in Lisbon next week.",
      ["Ana Duarte PARTICIPATED_IN", "Japan PARTICIPATED_IN", "HELD_IN Lisbon"],
    ],
    [
      "The fifth summit between Kenya and Tanzania ended on Monday with a joint statement.",
      ["Kenya PARTICIPATED_IN", "Tanzania PARTICIPATED_IN"],
    ],
  ];
  it.each(read)("files the meeting of %j", (text, parts) => {
    const { lines } = analyse(text);
    for (const part of parts)
      expect(
        lines.some((l) => l.includes(part)),
        JSON.stringify(lines),
      ).toBe(true);
  });

  // A row is no meeting; "the meeting between …" with no place tells the document's event again.
  const none: string[] = [
    "A diplomatic row between Kenya and Tanzania deepened on Monday.",
    "An official said the meeting between Minister Ana Duarte and Japanese officials was useful.",
  ];
  it.each(none)("files no meeting for %j", (text) => {
    const { lines } = analyse(text);
    expect(
      lines.filter((l) => l.includes("PARTICIPATED_IN")),
      JSON.stringify(lines),
    ).toEqual([]);
  });
});
