// A tariff on a list of states with no maker written: the one other state the sentence writes
// (itself, one of its people or bodies), else the document's one state imposing tariffs; never one
// of the taxed states, never a threat. Sentences written for this test.

import { describe, expect, it } from "vitest";
import { analyseDocument } from "../../../src/extraction/index.ts";
import type { SourceDocument } from "../../../src/extraction/types.ts";

function doc(text: string): SourceDocument {
  return { id: "t", fileName: "t.txt", title: "", date: "2025-06-02", source: null, authors: [], text };
}

/** The document's relations as "source PREDICATE target" lines. */
function lines(text: string): string[] {
  const a = analyseDocument(doc(text));
  const name = new Map(a.entities.map((e) => [e.id, e.name]));
  return a.relations.map((r) => `${name.get(r.source)} ${r.predicate} ${name.get(r.target)}`);
}

type Row = [text: string, expected: string];

const FOUND: Row[] = [
  [
    "Judges in the United States reviewed the steel tariffs on Brazil, Peru and Chile on Monday.",
    "United States IMPOSED_TARIFF Peru",
  ],
  [
    "Judges in the United States reviewed the steel tariffs on Brazil, Peru and Chile on Monday.",
    "United States IMPOSED_TARIFF Chile",
  ],
];

const NOT_FOUND: Row[] = [
  // Two other states written: no one maker.
  [
    "Japan and the United States discussed the steel tariffs on Brazil, Peru and Chile on Monday.",
    "Japan IMPOSED_TARIFF Peru",
  ],
  [
    "Japan and the United States discussed the steel tariffs on Brazil, Peru and Chile on Monday.",
    "United States IMPOSED_TARIFF Peru",
  ],
  // A threat needs its maker.
  [
    "Judges in the United States said steel tariffs on Brazil, Peru and Chile could follow.",
    "United States IMPOSED_TARIFF Peru",
  ],
];

describe("a tariff on a list of states with no maker written", () => {
  for (const [text, expected] of FOUND)
    it(`"${text}" gives ${expected}`, () => {
      expect(lines(text)).toContain(expected);
    });
  for (const [text, unwanted] of NOT_FOUND)
    it(`"${text}" gives no ${unwanted}`, () => {
      expect(lines(text)).not.toContain(unwanted);
    });
});
