// Parallel extraction must give exactly the sequential result: same seeds in, same JSON out,
// whatever the number of workers. No timings here (see scripts/bench.ts).

import { beforeAll, describe, expect, it } from "vitest";
import { ConfigError, KgError } from "../../../src/errors.ts";
import { loadCorpus } from "../../../src/extraction/corpus.ts";
import { extractCorpus } from "../../../src/extraction/index.ts";
import { closeIdleWorkers, extractCorpusParallel, idleWorkerCount } from "../../../src/extraction/parallel.ts";
import type { SourceDocument } from "../../../src/extraction/types.ts";
import { SEED_CORPUS } from "../../_helpers/seeds.ts";

const SEED_DIR = SEED_CORPUS;

describe("extraction/parallel", () => {
  describe("extractCorpusParallel", () => {
    let seeds: SourceDocument[] = [];
    beforeAll(async () => {
      seeds = (await loadCorpus([SEED_DIR])).documents;
    });

    it("rejects a worker count that is not a positive integer", async () => {
      await expect(extractCorpusParallel(seeds, { workers: 0 })).rejects.toBeInstanceOf(ConfigError);
      await expect(extractCorpusParallel(seeds, { workers: 1.5 })).rejects.toBeInstanceOf(ConfigError);
    });

    it("rejects, without hanging, when a document cannot reach a worker", async () => {
      const broken = { ...seeds[0]!, authors: [() => "not cloneable"] } as unknown as SourceDocument;
      const run = extractCorpusParallel([...seeds, broken], { workers: 2, minParallelChars: 0, useMainThread: false });
      await expect(run).rejects.toBeInstanceOf(KgError);
      await expect(run).rejects.toThrow(/could not be sent/);
    });

    it("returns the sequential result for an empty corpus", async () => {
      const expected = JSON.stringify(extractCorpus([]));
      expect(JSON.stringify(await extractCorpusParallel([]))).toBe(expected);
      expect(JSON.stringify(await extractCorpusParallel([], { workers: 2, minParallelChars: 0 }))).toBe(expected);
    });

    it("finds the seed documents", () => {
      expect(seeds.length).toBeGreaterThanOrEqual(5);
    });

    it.each([1, 2, 3])("equals the sequential result on the seeds with %i worker(s)", async (workers) => {
      const expected = JSON.stringify(extractCorpus(seeds));
      const actual = await extractCorpusParallel(seeds, { workers, minParallelChars: 0 });
      expect(JSON.stringify(actual)).toBe(expected);
    });

    // One wink-nlp instance learns the out-of-vocabulary words it reads ("George's" after
    // "St. George's,") and would tokenise them whole afterwards; 02-tokens forgets them after each
    // document, so `analyseDocument` does not depend on the documents read before it in its thread.
    it("equals the sequential result when one document's words would change another's tokens", async () => {
      const doc = (id: string, text: string): SourceDocument => {
        return { id, fileName: `${id}.txt`, title: id, date: null, source: null, authors: [], text };
      };
      const docs = [
        doc("a", "Coastal Metals, which is based in St. George's, controls 30% of global ruthenium capacity."),
        doc("b", "Shares of Northstar Corp. rose 3.1% in St. George's trading after the announcement."),
      ];
      const expected = JSON.stringify(extractCorpus(docs));
      const actual = await extractCorpusParallel(docs, { workers: 2, minParallelChars: 0 });
      expect(JSON.stringify(actual)).toBe(expected);
    });

    it("equals the sequential result when the input is small enough to stay in this thread", async () => {
      const expected = JSON.stringify(extractCorpus(seeds));
      expect(JSON.stringify(await extractCorpusParallel(seeds))).toBe(expected);
    });

    // New workers run cold code (V8 has not optimised it yet): a call keeps its workers for the next.
    it("keeps its workers for the next call, which gives the sequential result with them", async () => {
      await closeIdleWorkers();
      const expected = JSON.stringify(extractCorpus(seeds));
      await extractCorpusParallel(seeds, { workers: 2, minParallelChars: 0, useMainThread: false });
      expect(idleWorkerCount()).toBe(2);
      const again = await extractCorpusParallel(seeds, { workers: 2, minParallelChars: 0, useMainThread: false });
      expect(JSON.stringify(again)).toBe(expected);
      expect(idleWorkerCount()).toBe(2);
      await closeIdleWorkers();
      expect(idleWorkerCount()).toBe(0);
    });

    it("does not keep the workers of a call that failed", async () => {
      await closeIdleWorkers();
      const unsendable = { ...seeds[0]!, id: "unsendable", date: (() => {}) as unknown as string };
      await expect(extractCorpusParallel([unsendable], { workers: 1, minParallelChars: 0 })).rejects.toThrow(KgError);
      expect(idleWorkerCount()).toBe(0);
    });
  });
});
