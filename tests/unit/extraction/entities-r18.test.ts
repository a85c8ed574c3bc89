// Entities, round 18 (issue 13): mechanisms found by asking why the area's readings fail on unread
// text (dev-r…): a possessive's owner only through a description of the body, never across a clause.
// Every sentence is written for this test; the people, firms and places are invented.
// Rows: [text, "Name<Type>" or "A PREDICATE B" that must be found]; negatives: must not be found.

import { describe } from "vitest";
import { analyseDocument } from "../../../src/extraction/index.ts";
import { factTable, readText, testDocument } from "../../_helpers/documents.ts";

function entities(text: string): string[] {
  return analyseDocument(testDocument(text)).entities.map((e) => `${e.name}<${e.type}>`);
}

const lines = (text: string) => readText(text, { date: "2025-06-12" }).lines;

describe("entities r18: a possessive owns a body only through the body's description", () => {
  factTable(
    lines,
    [
      ["Peru's energy ministry said the tender would reopen in May.", "energy ministry (Peru) PART_OF Peru"],
      ["Chile's lower house of Congress approved the royalty bill.", "Congress PART_OF Chile"],
    ],
    [
      [
        "Peru's government has complained to the Commerce Department about the tariff, officials said.",
        "Commerce Department PART_OF Peru",
      ],
      ["Norway's exporters wrote to the Trade Ministry before Chile replied.", "Trade Ministry PART_OF Norway"],
    ],
    ["gives", "gives no"],
  );
});
