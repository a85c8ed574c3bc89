// Issue 13 (speed): a document's side tables (src/extraction/document-caches.ts) are emptied when
// its analysis ends, so that V8's young-generation collector does not promote their values; the
// analysis stays the same when the tables were emptied in between.

import { describe, expect, it } from "vitest";
import { DocumentCache, DocumentSet, forgetDocuments } from "../../../src/extraction/document-caches.ts";
import { analyseDocument } from "../../../src/extraction/index.ts";

describe("document tables", () => {
  it("forget their entries when a document's analysis ends", () => {
    const cache = new DocumentCache<object, number>();
    const marks = new DocumentSet<object>();
    const key = {};
    cache.set(key, 1);
    marks.add(key);
    expect(cache.get(key)).toBe(1);
    expect(marks.has(key)).toBe(true);
    forgetDocuments();
    expect(cache.has(key)).toBe(false);
    expect(marks.has(key)).toBe(false);
  });

  it("leave the analysis of a document the same, read twice", () => {
    const doc = {
      id: "d1",
      fileName: "d1.txt",
      title: "Talks",
      date: "2026-01-05",
      source: "test",
      authors: [],
      text: "Japanese Prime Minister Taro Sato met Indian Prime Minister Ravi Kumar in Tokyo on Monday. The two leaders discussed rare earths. Japan imposed tariffs on Chinese steel.",
    };
    const first = JSON.stringify(analyseDocument(doc));
    expect(JSON.stringify(analyseDocument(doc))).toBe(first);
  });
});
