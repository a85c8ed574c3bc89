// People named after a long title that the span reading cut at "for", "and" or a comma (round 26c
// of issue 13): "Commissioner for Trade and Institutional Relations X Y", "Group Executive X Y".
// The name is the span's last two words after a remit ending with a portfolio word. Every sentence
// was written for this test; rows that refuse a false reading stand next to the positive ones.

import { describe, expect, it } from "vitest";
import { analyseDocument } from "../../../src/extraction/index.ts";
import { testDocument } from "../../_helpers/documents.ts";

/** "Name:Type" of every entity. */
function entitiesOf(text: string): string[] {
  return analyseDocument(testDocument(text, { date: "2025-09-12" })).entities.map((e) => `${e.name}:${e.type}`);
}

describe("a person after a long title (round 26c)", () => {
  const found: [text: string, person: string][] = [
    [
      "The agreement was welcomed by the Commissioner for Trade and Interinstitutional Relations Marek Novak.",
      "Marek Novak",
    ],
    [
      "The panel was opened by Assistant Secretary of State for Economic, Energy, and Business Affairs Caleb Warren, officials said.",
      "Caleb Warren",
    ],
    [
      "The bill was backed by the Chairman of the Finance Committee on Economic Development Petro Hrytsenko.",
      "Petro Hrytsenko",
    ],
    ["The lender sent its Group Executive Thabo Dlamini to the signing.", "Thabo Dlamini"],
  ];
  for (const [text, person] of found)
    it(`reads ${person} as a person`, () => {
      expect(entitiesOf(text)).toContain(`${person}:Person`);
    });

  // No post before the remit, or the last words are words of the language: no person.
  const refused: [text: string, not: string][] = [
    ["Exports of Rare Earth Magnets rose in the Economic Development Zone last year.", ":Person"],
    ["The Minister for Trade and Industry Affairs Office issued a statement.", ":Person"],
    ["Shares of Global Mining Resources Holdings rose on Monday.", ":Person"],
    ["Readers of the Economic Affairs Quarterly Review wrote in.", ":Person"],
  ];
  for (const [text, not] of refused)
    it(`finds no person in ${JSON.stringify(text.slice(0, 50))}`, () => {
      expect(entitiesOf(text).filter((e) => e.endsWith(not))).toEqual([]);
    });
});
