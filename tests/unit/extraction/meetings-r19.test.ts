// Meetings, round 19 of issue 13: event KINDS as a class, a backoff after the precise readings. A
// journey word (visit, trip, travel, tour, journey, fly, head; "a trade mission / delegation to Y")
// with a destination after "to" and a concrete traveller (a person owning it or its clause's
// subject, or a named state's or firm's group: "a Norwegian team", "executives from X") is a visit;
// an encounter noun (meeting, summit, talks, call, conversation, dialogue …) "with" a person, owned
// by another person of another state, is their meeting. Refused: wishes and doubts ("might
// travel"), denials, "further meetings with", a misread verb before the noun, a journey to the place
// of the document's own talks, a traveller going home. Every sentence here is written for these
// tests: positives and refusals.

import { describe, expect, it } from "vitest";
import { factTable, meetingWith, readText, type TextReading } from "../../_helpers/documents.ts";

const analyse = (text: string): TextReading => readText(text, { date: "2025-06-12" });
const lines = (text: string): readonly string[] => analyse(text).lines;

describe("stages/05-meetings, round 19: journeys as a class", () => {
  const rows: [string, string[], string][] = [
    [
      "Chancellor Ingrid Solberg will continue her two-day working visit to Portugal with a dinner on Friday.",
      ["Solberg", "visit", "Portugal"],
      "Portugal",
    ],
    [
      "President Marcus Ebbesen said on Monday that he plans to travel to Vietnam in October.",
      ["Ebbesen", "visit", "Vietnam"],
      "Vietnam",
    ],
    [
      "Executives from Halvorsen Minerals visited Chile in March to look at lithium projects.",
      ["Halvorsen", "visit", "Chile"],
      "Chile",
    ],
    ["Norway plans a trade mission to Kenya in the autumn.", ["trade", "mission", "Kenya"], "Kenya"],
  ];
  for (const [text, words, place] of rows)
    it(`reads a visit in ${JSON.stringify(text.slice(0, 60))}`, () => {
      const read = analyse(text);
      const meeting = meetingWith(read, words);
      expect(meeting, JSON.stringify(read.meetings)).toBeDefined();
      expect(read.lines, JSON.stringify(read.lines)).toContain(`${meeting} HELD_IN ${place}`);
    });

  const refused: [string, string][] = [
    ["President Marcus Ebbesen said he might travel to Vietnam later this year.", "Vietnam"],
    ["President Marcus Ebbesen did not travel to Vietnam after all.", "Vietnam"],
    ["Travel to Vietnam has become cheaper for tourists this year.", "Vietnam"],
  ];
  for (const [text, place] of refused)
    it(`reads no visit in ${JSON.stringify(text.slice(0, 60))}`, () => {
      const read = analyse(text);
      expect(
        read.lines.some((l) => l.endsWith(`HELD_IN ${place}`)),
        JSON.stringify(read.lines),
      ).toBe(false);
    });
});

describe("stages/05-meetings, round 19: encounters as a class", () => {
  const rows: [string, string[]][] = [
    [
      "Prime Minister Ingrid Solberg of Norway used her first summit with President Tomas Varga of Hungary to press for a power line.",
      ["Solberg", "Varga", "summit"],
    ],
    [
      "Chancellor Ingrid Solberg of Norway described her phone conversation with President Tomas Varga of Hungary as frank.",
      ["Solberg", "Varga", "call"],
    ],
  ];
  for (const [text, words] of rows)
    it(`reads an encounter in ${JSON.stringify(text.slice(0, 60))}`, () => {
      const read = analyse(text);
      const meeting = meetingWith(read, words);
      expect(meeting, JSON.stringify(read.meetings)).toBeDefined();
      expect(read.lines, JSON.stringify(read.lines)).toContain(`Ingrid Solberg PARTICIPATED_IN ${meeting}`);
      expect(read.lines, JSON.stringify(read.lines)).toContain(`Tomas Varga PARTICIPATED_IN ${meeting}`);
    });

  factTable(
    lines,
    [],
    [
      [
        "Prime Minister Ingrid Solberg of Norway hinted at further meetings with President Tomas Varga of Hungary in Budapest.",
        "Ingrid Solberg PARTICIPATED_IN Solberg-Varga meeting",
      ],
      [
        "Prime Minister Ingrid Solberg of Norway writes negotiations with President Tomas Varga of Hungary into her memoir.",
        "Ingrid Solberg PARTICIPATED_IN Solberg-Varga talks",
      ],
    ],
  );
});
