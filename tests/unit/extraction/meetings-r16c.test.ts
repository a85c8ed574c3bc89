// Meetings, round 16c of issue 13 (participants filed under talks the gold does not have, on text
// the extractor had not seen): talks the text neither dates nor places are talks in general, not
// an event, and take no participants; a bilateral meeting whose two sides are known takes no
// person or state of a third side. Every sentence here is written for these tests.

import { describe, expect, it } from "vitest";
import { readText, type TextReading } from "../../_helpers/documents.ts";

const analyse = (text: string): TextReading => readText(text, { date: "2025-06-12" });
const participants = (read: TextReading): string[] => read.lines.filter((l) => l.includes(" PARTICIPATED_IN "));

describe("stages/05-meetings, round 16c", () => {
  describe("talks placed or dated keep their participants", () => {
    const rows: [string, string[]][] = [
      [
        "Canadian Trade Minister Paul Roy and Mexican Economy Minister Ana Ruiz held trade talks in Toronto on Tuesday.",
        ["Paul Roy", "Ana Ruiz"],
      ],
      [
        "Kenyan Finance Minister Grace Otieno and Brazilian Finance Minister Paulo Costa opened two days of talks in Geneva.",
        ["Grace Otieno", "Paulo Costa"],
      ],
    ];
    for (const [text, people] of rows)
      it(`files the people: ${JSON.stringify(text.slice(0, 60))}`, () => {
        const read = analyse(text);
        for (const p of people)
          expect(
            participants(read).some((l) => l.startsWith(`${p} PARTICIPATED_IN`)),
            JSON.stringify(read.lines),
          ).toBe(true);
      });
  });

  describe("talks in general take nobody", () => {
    const rows: string[] = [
      "Talks between Canadian Trade Minister Paul Roy and Mexican Economy Minister Ana Ruiz stalled over dairy quotas.",
      "Any future talks between Canada and Mexico would depend on the harvest, the trade minister said.",
      "Talks between Kenya and Brazil have dragged on for years without result.",
    ];
    for (const text of rows)
      it(`files no participant: ${JSON.stringify(text.slice(0, 60))}`, () => {
        const read = analyse(text);
        expect(participants(read), JSON.stringify(read.lines)).toEqual([]);
      });
  });
});
