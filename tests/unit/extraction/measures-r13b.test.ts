// Trade measures, round 13b: guesses dropped for precision on held-out text. A tariff's maker is no
// longer the story's other side unless that side (or one of its people) is written in the sentence;
// a threat needs its maker written; an export measure with no good written after it takes none
// from the rest of the sentence. Sentences written for this test, with the readings kept beside them.

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

type Row = [text: string, line: string];

/** Readings that stay: the maker written in the sentence (a demonym before the tariff is the sweep's). */
const KEPT: Row[] = [
  ["Ghana and Kenya held talks in Accra. Kenyan tariffs on Ghanaian cocoa rose to 12%.", "Kenya IMPOSED_TARIFF Ghana"],
  [
    "Ghana and Kenya held talks in Accra. Kenyan officials warned of new tariffs on Ghanaian cocoa.",
    "Kenya THREATENED_TARIFF Ghana",
  ],
  [
    "Peru and Chile signed a fishing accord last year. Peru kept the tariffs on Chilean wine at 15% in March.",
    "Peru IMPOSED_TARIFF Chile",
  ],
  [
    "Ghana and Kenya held talks in Accra. Ghana threatened tariffs on Kenyan tea last week.",
    "Ghana THREATENED_TARIFF Kenya",
  ],
  [
    "Norway and Peru held trade talks in Lima. The duties Norway put on Peruvian fish stayed in force.",
    "Norway IMPOSED_TARIFF Peru",
  ],
  ["Peru and Chile met in May. Chilean copper faces a 12% tariff, Peru said.", "Peru IMPOSED_TARIFF Chile"],
  [
    "Morocco exports most of the world's phosphate. Since April, it has required licences to export the mineral.",
    "Morocco RESTRICTED_EXPORT phosphate",
  ],
];

/** Guesses refused: no maker written, only the story's pair; no good written after the measure. */
const REFUSED: Row[] = [
  [
    "Peru and Chile signed a fishing accord last year. Tariffs on Chilean wine climbed to 15% in March.",
    "Peru IMPOSED_TARIFF Chile",
  ],
  [
    "Ghana and Kenya held talks in Accra. Exporters fear that tariffs on Kenyan tea could be threatened next.",
    "Ghana THREATENED_TARIFF Kenya",
  ],
  [
    "Ghana and Kenya held talks in Accra. Exporters fear that tariffs on Kenyan tea could be threatened next.",
    "Ghana IMPOSED_TARIFF Kenya",
  ],
  ["Peru and Chile met in May. Chilean copper faces a 12% tariff.", "Peru IMPOSED_TARIFF Chile"],
  [
    "Morocco exports most of the world's phosphate and has recently widened export curbs.",
    "Morocco RESTRICTED_EXPORT phosphate",
  ],
];

describe("trade measures, round 13b: precision", () => {
  for (const [text, line] of KEPT)
    it(`keeps "${line}" in "${text}"`, () => {
      expect(lines(text)).toContain(line);
    });
  for (const [text, line] of REFUSED)
    it(`refuses "${line}" in "${text}"`, () => {
      expect(lines(text)).not.toContain(line);
    });
});
