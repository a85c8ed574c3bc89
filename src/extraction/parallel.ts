// Supervisor of the parallel extraction: runs the pure `analyseDocument` step in a pool of worker
// threads (worker.ts), keeps the analyses in input order and merges them once, so that the result
// is byte-identical to `extractCorpus`. It must not know any stage: only scheduling and messaging.

import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { ConfigError, KgError } from "../graph/errors.ts";
import { analyseDocument, type DocumentAnalysis, mergeAnalyses } from "./index.ts";
import type { Extraction, SourceDocument } from "./types.ts";
import type { AnalyseRequest, AnalyseResponse } from "./worker.ts";

/** Options of `extractCorpusParallel`. */
export interface ParallelOptions {
  /**
   * Number of worker threads (a positive integer). Default: one less than
   * `os.availableParallelism()`, at least 1 and at most 4, since this thread works too.
   */
  workers?: number;
  /**
   * This thread analyses documents too, between handling the workers' messages. It starts at once,
   * while the workers are still loading the model. Default true.
   */
  useMainThread?: boolean;
  /**
   * Inputs whose texts hold fewer characters than this run in this thread, where starting
   * workers would cost more than it saves. Default: `DEFAULT_MIN_PARALLEL_CHARS`; 0 always uses workers.
   */
  minParallelChars?: number;
}

/**
 * Below this many characters of text, the corpus is extracted in this thread: starting a worker
 * (tsx, wink model, lexicons) costs about a second, which a smaller corpus does not win back
 * (see `npm run bench`, "worker pool start-up").
 */
export const DEFAULT_MIN_PARALLEL_CHARS = 1_000_000;

const WORKER_URL = new URL("./worker.ts", import.meta.url);

/**
 * Extracts a corpus with `analyseDocument` running in worker threads and `mergeAnalyses` once
 * in this thread. Same input, same output as `extractCorpus`, byte for byte. Rejects (and stops
 * every worker) when a worker fails; throws `ConfigError` on bad options.
 */
export async function extractCorpusParallel(
  docs: SourceDocument[],
  options: ParallelOptions = {},
): Promise<Extraction> {
  return mergeAnalyses(await analyseCorpusParallel(docs, options));
}

/**
 * The per-document half of `extractCorpusParallel`: one analysis per document, in input order
 * (what `docs.map(analyseDocument)` returns), for callers that keep the analyses (the graph's
 * ingestion cache). Same errors as `extractCorpusParallel`.
 */
export async function analyseCorpusParallel(
  docs: SourceDocument[],
  options: ParallelOptions = {},
): Promise<DocumentAnalysis[]> {
  const { workers, minParallelChars, useMainThread } = resolveParallelOptions(options);
  const poolSize = Math.min(workers, docs.length);
  const totalChars = docs.reduce((sum, doc) => sum + doc.text.length, 0);
  if (poolSize === 0 || totalChars < minParallelChars) return docs.map(analyseDocument);
  return analyseInWorkers(docs, poolSize, useMainThread);
}

/** Defaults plus validation of `ParallelOptions`. */
export function resolveParallelOptions(options: ParallelOptions): Required<ParallelOptions> {
  const workers = options.workers ?? Math.min(4, Math.max(1, availableParallelism() - 1));
  if (!Number.isInteger(workers) || workers < 1) {
    throw new ConfigError(`extraction/parallel: options.workers should be a positive integer, found ${workers}.`);
  }
  const minParallelChars = options.minParallelChars ?? DEFAULT_MIN_PARALLEL_CHARS;
  if (!Number.isFinite(minParallelChars) || minParallelChars < 0) {
    throw new ConfigError(
      `extraction/parallel: options.minParallelChars should be a non-negative number, found ${minParallelChars}.`,
    );
  }
  return { workers, minParallelChars, useMainThread: options.useMainThread ?? true };
}

/** Documents in flight per worker: a worker never waits for this thread to send the next one. */
const IN_FLIGHT = 3;

// A work queue, largest documents first: each thread takes the next document when it finishes one,
// so the long ones do not end up last on one thread. Settles once: on the last result, or on the
// first failure, after terminating every worker either way.
function analyseInWorkers(
  docs: SourceDocument[],
  poolSize: number,
  useMainThread: boolean,
): Promise<DocumentAnalysis[]> {
  const queue = docs.map((_, index) => index).sort((a, b) => docs[b]!.text.length - docs[a]!.text.length || a - b);
  const results = new Array<DocumentAnalysis | undefined>(docs.length);
  const pool: Worker[] = [];
  let next = 0;
  let done = 0;
  let settled = false;

  return new Promise<DocumentAnalysis[]>((resolve, reject) => {
    const settle = (outcome: () => void) => {
      settled = true;
      void Promise.all(pool.map((worker) => worker.terminate())).finally(outcome);
    };
    const fail = (message: string, cause?: unknown) => {
      if (!settled) settle(() => reject(new KgError(`extraction/parallel: ${message}`, { cause })));
    };
    const dispatch = (worker: Worker) => {
      const index = queue[next++];
      if (index === undefined) return;
      const request: AnalyseRequest = { type: "analyse", index, doc: docs[index]! };
      try {
        worker.postMessage(request);
      } catch (error) {
        fail(`document "${docs[index]!.id}" could not be sent to a worker: ${describe(error)}`, error);
      }
    };
    const complete = (index: number, analysis: DocumentAnalysis) => {
      results[index] = analysis;
      done++;
      if (done === docs.length) settle(() => resolve(results as DocumentAnalysis[]));
    };
    const receive = (w: number, worker: Worker, response: AnalyseResponse) => {
      if (settled) return;
      if (response.type === "error") {
        const cause = Object.assign(new Error(response.message), { stack: response.stack });
        fail(`worker ${w} failed on document "${docs[response.index]?.id}": ${response.message}`, cause);
        return;
      }
      complete(response.index, response.analysis);
      if (!settled) dispatch(worker);
    };
    // This thread's share: one document at a time, yielding between documents so that the
    // workers' results are received and their queues refilled.
    const analyseHere = async () => {
      while (!settled) {
        const index = queue[next++];
        if (index === undefined) return;
        try {
          complete(index, analyseDocument(docs[index]!));
        } catch (error) {
          fail(`the main thread failed on document "${docs[index]!.id}": ${describe(error)}`, error);
          return;
        }
        await new Promise((resume) => setImmediate(resume));
      }
    };

    try {
      for (let w = 0; w < poolSize && !settled; w++) {
        const worker = spawnWorker();
        pool.push(worker);
        worker.on("message", (response: AnalyseResponse) => receive(w, worker, response));
        worker.on("error", (error) => fail(`worker ${w} crashed: ${error.message}`, error));
        worker.on("messageerror", (error) => fail(`worker ${w} sent an unreadable message: ${error.message}`, error));
        worker.on("exit", (code) => fail(`worker ${w} exited with code ${code} before the end of the corpus.`));
        for (let k = 0; k < IN_FLIGHT; k++) dispatch(worker);
      }
    } catch (error) {
      fail(`workers could not start: ${describe(error)}`, error);
    }
    if (useMainThread) void analyseHere();
  });
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

// The worker runs the TypeScript sources. Neither the parent's tsx loader (registered by
// `node --import tsx`, by `register()` in bin/kg.js, or absent under vitest) nor `--import tsx` in
// the worker's execArgv makes a `.ts` worker entry loadable on Node 20 (tsx issue #354: the entry
// is resolved before the preloaded hooks apply). So the worker starts from a small script that
// registers tsx through its API, then imports worker.ts. tsx is resolved from this file, so the
// cwd does not matter; the worker inherits this process's flags as Node filters them.
function spawnWorker(): Worker {
  if (!WORKER_URL.pathname.endsWith(".ts")) return new Worker(WORKER_URL);
  const tsxApi = import.meta.resolve("tsx/esm/api");
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER_URL.href)}); });`;
  return new Worker(bootstrap, { eval: true });
}
