// Smoke tests of the benchmark's synthetic corpus: deterministic, big enough, and varied
// (the benchmark is meaningless on one article repeated).

import { describe, expect, it } from "vitest";
import { createRandom, generateCorpus } from "../../../scripts/bench/corpus.ts";
import type { SourceDocument } from "../../../src/extraction/types.ts";

const bytesOf = (docs: SourceDocument[]) => docs.reduce((sum, doc) => sum + Buffer.byteLength(doc.text), 0);

describe("bench/corpus", () => {
  describe("createRandom", () => {
    it("repeats its sequence for a seed and differs across seeds", () => {
      const draw = (seed: number) => Array.from({ length: 5 }, createRandom(seed).next);
      expect(draw(7)).toEqual(draw(7));
      expect(draw(7)).not.toEqual(draw(8));
    });
  });

  describe("generateCorpus", () => {
    it("returns nothing when no size is asked for", () => {
      expect(generateCorpus({ bytes: 0 })).toEqual([]);
    });

    it("is deterministic for a seed", () => {
      expect(generateCorpus({ bytes: 50_000, seed: 3 })).toEqual(generateCorpus({ bytes: 50_000, seed: 3 }));
      expect(generateCorpus({ bytes: 50_000, seed: 3 })).not.toEqual(generateCorpus({ bytes: 50_000, seed: 4 }));
    });

    it("reaches the requested size with articles of 2 to 10 KB", () => {
      const docs = generateCorpus({ bytes: 300_000 });
      expect(bytesOf(docs)).toBeGreaterThanOrEqual(300_000);
      for (const doc of docs) {
        expect(Buffer.byteLength(doc.text)).toBeGreaterThanOrEqual(2048);
        expect(Buffer.byteLength(doc.text)).toBeLessThanOrEqual(10_240);
        expect(doc.text.startsWith(`${doc.title}\n`)).toBe(true);
      }
      expect(new Set(docs.map((doc) => doc.id)).size).toBe(docs.length);
    });

    it("varies its sentences: fewer than 5% duplicates", () => {
      const docs = generateCorpus({ bytes: 300_000 });
      const sentences = docs.flatMap((doc) => doc.text.split(/(?<=[a-z0-9%)]\.["”]?)\s+|\n/));
      const duplicates = sentences.length - new Set(sentences).size;
      expect(sentences.length).toBeGreaterThan(1000);
      expect(duplicates / sentences.length).toBeLessThan(0.05);
      expect(new Set(docs.map((doc) => doc.title)).size).toBeGreaterThan(docs.length * 0.9);
    });

    it("mixes the real documents in once each, counted in the size", () => {
      const real: SourceDocument = {
        id: "real",
        fileName: "real.txt",
        title: "Real",
        date: null,
        source: null,
        authors: [],
        text: `Real\n${"Some words. ".repeat(2000)}`,
      };
      const docs = generateCorpus({ bytes: 60_000, realDocuments: [real] });
      expect(docs.filter((doc) => doc.id === "real")).toEqual([real]);
      expect(bytesOf(docs)).toBeGreaterThanOrEqual(60_000);
      expect(bytesOf(docs) - bytesOf([real])).toBeLessThan(60_000);
    });
  });
});
