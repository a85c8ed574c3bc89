// A byline's author through reading and extraction, on documents written for the test: the author
// is AFFILIATED_WITH the outlet when the document names it, and is never a node standing alone;
// an agency credited at the end of a story ("With inputs from Reuters") is not the outlet.

import { describe, expect, it } from "vitest";
import { analyseDocument, extractCorpus } from "../../../src/extraction/index.ts";
import { readDocument } from "../../../src/extraction/stages/01-read.ts";
import type { SourceDocument } from "../../../src/extraction/types.ts";

const STORY = "Trade ministers from Australia and Japan agreed on Monday to coordinate purchases of rare earths.";

function doc(text: string, authors: string[], source: string | null): SourceDocument {
  return { id: "t", fileName: "t.txt", title: "", date: null, source, authors, text };
}

function facts(analysis: ReturnType<typeof analyseDocument>): string[] {
  const name = new Map(analysis.entities.map((e) => [e.id, e.name]));
  return analysis.relations
    .filter((r) => r.predicate === "AFFILIATED_WITH")
    .map((r) => `${name.get(r.source)} ${r.predicate} ${name.get(r.target)} (${r.evidence[0]!.rule})`);
}

describe("extraction byline", () => {
  describe("analyseDocument", () => {
    it("makes an author the text never names AFFILIATED_WITH the named outlet", () => {
      const analysis = analyseDocument(doc(STORY, ["Jane Doe"], "The Wire"));
      expect(facts(analysis)).toEqual(["Jane Doe AFFILIATED_WITH The Wire (byline-author)"]);
      expect(analysis.entities.find((e) => e.name === "The Wire")?.type).toBe("Media");
      // The evidence is a sentence of the document, with its offsets.
      const ev = analysis.relations[0]!.evidence[0]!;
      expect(STORY.slice(ev.start, ev.end)).toBe(ev.sentence);
    });

    it("links the author to the outlet the text already names", () => {
      const analysis = analyseDocument(doc(`${STORY} Reuters first reported the talks.`, ["Jane Doe"], "Reuters"));
      expect(facts(analysis)).toEqual(["Jane Doe AFFILIATED_WITH Reuters (byline-author)"]);
      expect(analysis.entities.filter((e) => e.name === "Reuters")).toHaveLength(1);
    });

    it("keeps the text's own affiliation of an author alone", () => {
      const text = `${STORY}\nJ. Doe is a Wire News reporter covering Asia.`;
      const analysis = analyseDocument(doc(text, ["Jane Doe"], "Wire News"));
      expect(facts(analysis).filter((f) => f.startsWith("Jane Doe"))).toEqual([
        "Jane Doe AFFILIATED_WITH Wire News (affiliation-role-at-organisation)",
      ]);
    });

    it("leaves out an author the text never names when the outlet is not named", () => {
      const analysis = analyseDocument(doc(STORY, ["Jane Doe"], null));
      expect(analysis.entities.map((e) => e.name)).not.toContain("Jane Doe");
      expect(analysis.document.authors).toEqual(["Jane Doe"]);
    });

    it("keeps an author the text names, outlet or not", () => {
      const analysis = analyseDocument(doc(`${STORY} Jane Doe said the mood was calm.`, ["Jane Doe"], null));
      expect(analysis.entities.find((e) => e.name === "Jane Doe")?.mentions).toHaveLength(1);
    });
  });

  describe("extractCorpus", () => {
    it("reads a byline with its outlet into the affiliation, and a credit line into nothing", () => {
      const bylined = readDocument(
        "bylined.txt",
        new TextEncoder().encode(`Ministers Agree on Mineral Pact\nBy Jane Doe | The Wire\n\n${STORY}\n`),
      );
      const credited = readDocument(
        "credited.txt",
        new TextEncoder().encode(
          `Ministers Agree on Mineral Pact\n\n${STORY}\n\nWith inputs from Reuters\n\nPublished By:\n\nJohn Roe\n`,
        ),
      );
      expect([bylined.source, credited.source]).toEqual(["The Wire", null]);
      expect(credited.authors).toEqual(["John Roe"]);
      const extraction = extractCorpus([bylined, credited]);
      const name = new Map(extraction.entities.map((e) => [e.id, e.name]));
      expect(
        extraction.relations
          .filter((r) => r.predicate === "AFFILIATED_WITH")
          .map((r) => [name.get(r.source), name.get(r.target)]),
      ).toEqual([["Jane Doe", "The Wire"]]);
      expect(extraction.entities.map((e) => e.name)).not.toContain("John Roe");
      const ids = new Set(extraction.relations.flatMap((r) => [r.source, r.target]));
      for (const e of extraction.entities) if (e.mentions.length === 0) expect(ids.has(e.id)).toBe(true);
    });
  });
});
