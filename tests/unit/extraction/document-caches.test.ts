// Issue 13 (speed): a document's side tables (src/extraction/document-caches.ts) are emptied when
// its analysis ends, so that V8's young-generation collector does not promote their values; the
// analysis stays the same when the tables were emptied in between; and no module of the extractor
// keeps a plain WeakMap or WeakSet at its top level (a new rule's side table would be promoted again)
// but the ones that outlive a document on purpose.

import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
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

/** Top-level WeakMaps and WeakSets that are not per-document, each with why it outlives a document. */
const LONG_LIVED = new Map([
  ["syntax/predicates.ts INDEXES", "the triggers of a rule's rows, built once per list of rows"],
  ["syntax/predicates.ts STATE_SOURCE_TYPES", "per registry entry, built once"],
  ["stages/08-merge.ts TRADE_AGREEMENTS", "the corpus merge's marks, after every document's analysis"],
]);

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(file);
    else if (entry.name.endsWith(".ts")) yield file;
  }
}

describe("the extractor's side tables", () => {
  it("are document tables, but for the few that outlive a document on purpose", () => {
    const root = path.resolve(import.meta.dirname, "../../../src/extraction");
    const plain: string[] = [];
    for (const file of sourceFiles(root)) {
      const name = path.relative(root, file).split(path.sep).join("/");
      if (name === "document-caches.ts") continue;
      for (const m of readFileSync(file, "utf8").matchAll(/^(?:export )?const (\w+)\s*=\s*new Weak(?:Map|Set)\b/gm)) {
        plain.push(`${name} ${m[1]}`);
      }
    }
    expect(plain.filter((table) => !LONG_LIVED.has(table))).toEqual([]);
    expect(plain.sort()).toEqual([...LONG_LIVED.keys()].sort());
  });
});
