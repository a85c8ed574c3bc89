// A summit or meeting a sentence only recalls ("after the summit between X and Y", "following
// last month's meeting with Y") gives no NEGOTIATED_WITH from that sentence; a gerund ("after
// meeting with Y") and talks ("after talks with Y, X said") still do. Sentences written for these
// tests, not copied from any article.

import { describe, expect, it } from "vitest";
import { analyseDocument } from "../../../src/extraction/index.ts";
import { recallsMeeting } from "../../../src/extraction/rules/recalled-meetings.ts";
import { testDocument } from "../../_helpers/documents.ts";

function negotiated(text: string): string[] {
  const a = analyseDocument(testDocument(text, { date: "2025-06-12" }));
  const names = new Map(a.entities.map((e) => [e.id, e.name]));
  return a.relations
    .filter((r) => r.predicate === "NEGOTIATED_WITH")
    .map((r) => [names.get(r.source), names.get(r.target)].sort().join(" + "));
}

describe("rules/recalled-meetings", () => {
  const rows: [string, boolean][] = [
    ["Japan lifted its curbs on Korean steel after the summit between Fumio Kishida and Yoon Suk Yeol.", true],
    ["Chile eased duties following last month's meeting with Peru's leader.", true],
    ["Markets rose after the Kishida-Yoon meeting in Seoul.", true],
    ["Exports jumped following the recent summit between the two leaders.", true],
    ["Japan's trade minister said after meeting with his Korean counterpart that duties would fall.", false],
    ["After talks with Korean officials, the Japanese minister said duties would fall.", false],
    ["The talks ended following a two-day meeting in Geneva.", false],
    ["The ministers agreed on a date after the meeting of the joint committee.", false],
    ["Japan and Korea held a summit in Tokyo on Monday.", false],
  ];
  it.each(rows)("recallsMeeting(%j) = %s", (text, expected) => {
    expect(recallsMeeting(text)).toBe(expected);
  });

  it.each([
    // talks-pairs: the "between" phrase of a summit recalled.
    "South Korea withdrew additional tariffs on Japanese steel, effective March 3, after the summit between Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol.",
    // delegation-sides: "his counterpart" inside a summit recalled.
    "Japan bought at least four Korean chip cargoes after a summit between Prime Minister Fumio Kishida and his counterpart Yoon Suk Yeol.",
  ])("reads no negotiation from a summit recalled: %j", (text) => {
    const found = negotiated(text);
    expect(found).not.toContain("Fumio Kishida + Yoon Suk Yeol");
    expect(found).not.toContain("Japan + South Korea");
  });

  it("still reads talks held with a counterpart", () => {
    const found = negotiated(
      "Japanese Trade Minister Yoji Muto held talks with South Korean Trade Minister Ahn Duk-geun in Seoul on Monday.",
    );
    expect(found).toContain("Ahn Duk-geun + Yoji Muto");
  });
});
