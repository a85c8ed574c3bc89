// Entities and people on the second round of unseen phrasings (issue 13): bylines and the wire
// that employs their authors, people introduced by their posts, and the names of bodies, places,
// policies and products. Every sentence was written for this test; rows that refuse a false
// reading stand next to the positive ones.

import { describe, expect, it } from "vitest";
import { analyseDocument } from "../../../src/extraction/index.ts";
import { parseByline } from "../../../src/extraction/read/metadata.ts";
import type { SourceDocument } from "../../../src/extraction/types.ts";

function analyse(text: string, source: string | null = null, authors: string[] = []) {
  const doc: SourceDocument = { id: "t", fileName: "t.txt", title: "", date: "2025-09-12", source, authors, text };
  return analyseDocument(doc);
}

/** "source -> target" for every relation of the predicate. */
function relationsOf(text: string, predicate: string, source: string | null = null, authors: string[] = []): string[] {
  const a = analyse(text, source, authors);
  const name = new Map(a.entities.map((e) => [e.id, e.name]));
  return a.relations
    .filter((r) => r.predicate === predicate)
    .map((r) => `${name.get(r.source)} -> ${name.get(r.target)}`);
}

describe("extraction", () => {
  describe("parseByline", () => {
    it("reads names, a slash and the outlet", () => {
      expect(parseByline("Ana Ruiz & Tom Baker / Reuters")).toEqual({
        authors: ["Ana Ruiz", "Tom Baker"],
        source: "Reuters",
        date: null,
      });
    });
    it("refuses a slash line whose left part is not names", () => {
      expect(parseByline("Prices fell in the morning / Markets")).toBeNull();
    });
  });

  describe("bylineRule", () => {
    it("gives the authors to the wire of the dateline, not to the site that republished it", () => {
      const text = "OSLO (AP) — Norway and Chile signed a copper pact on Monday. The pact covers refining.";
      const found = relationsOf(text, "AFFILIATED_WITH", "Valley Evening Gazette", ["Ana Ruiz", "Tom Baker"]);
      expect(found).toContain("Ana Ruiz -> AP");
      expect(found).toContain("Tom Baker -> AP");
      expect(found.some((r) => r.includes("Valley Evening Gazette"))).toBe(false);
    });
    it("keeps the site when no wire is credited", () => {
      const text = "Norway and Chile signed a copper pact on Monday. The pact covers refining.";
      expect(relationsOf(text, "AFFILIATED_WITH", "Valley Evening Gazette", ["Ana Ruiz"])).toEqual([
        "Ana Ruiz -> Valley Evening Gazette",
      ]);
    });
  });
});
