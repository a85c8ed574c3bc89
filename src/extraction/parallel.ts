// Supervisor of the parallel extraction: runs the pure `analyseDocument` step in a pool of worker
// threads (worker.ts), keeps the analyses in input order and merges them once, so that the result
// is byte-identical to `extractCorpus`. It must not know any stage: only scheduling and messaging.

import { availableParallelism } from "node:os";
import type { Worker } from "node:worker_threads";
import { ConfigError, KgError } from "../errors.ts";
import { analyseDocument, type DocumentAnalysis, mergeAnalyses } from "./index.ts";
import { spawnWorker } from "./spawn-worker.ts";
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
  /**
   * Called after each document is analysed, with the documents done, their total, and the
   * characters of text analysed so far (for a progress display). Never called after a failure.
   */
  onProgress?: (done: number, total: number, chars: number) => void;
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
  const progress = progressCounter(docs, options.onProgress);
  if (poolSize === 0 || totalChars < minParallelChars) {
    return docs.map((doc, index) => {
      const analysis = analyseDocument(doc);
      progress(index);
      return analysis;
    });
  }
  return analyseInWorkers(docs, poolSize, useMainThread, progress);
}

function progressCounter(
  docs: readonly SourceDocument[],
  onProgress: ParallelOptions["onProgress"],
): (index: number) => void {
  let done = 0;
  let chars = 0;
  return (index) => {
    done++;
    chars += docs[index]!.text.length;
    onProgress?.(done, docs.length, chars);
  };
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
  const onProgress = options.onProgress ?? (() => {});
  return { workers, minParallelChars, useMainThread: options.useMainThread ?? true, onProgress };
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
  progress: (index: number) => void,
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
    // Every document is back, so no worker is busy: they wait, warm, for the next call.
    const succeed = () => {
      settled = true;
      for (const worker of pool) releaseWorker(worker);
      resolve(results as DocumentAnalysis[]);
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
      progress(index);
      if (done === docs.length) succeed();
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
        const worker = takeWorker();
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

/**
 * One long-lived worker thread that analyses single documents off the event loop (the live graph's
 * ingestion), so that a large document does not stall the requests served meanwhile. Started on
 * the first call; it does not keep the process alive. A crashed worker rejects what it was
 * analysing and is started again on the next call.
 */
export class AnalysisWorker {
  private worker: Worker | null = null;
  private next = 0;
  private readonly pending = new Map<number, { resolve: (a: DocumentAnalysis) => void; reject: (e: Error) => void }>();

  /** Analyses one document in the worker: what `analyseDocument(doc)` returns. Rejects with `KgError` on failure. */
  analyse(doc: SourceDocument): Promise<DocumentAnalysis> {
    return new Promise<DocumentAnalysis>((resolve, reject) => {
      const index = this.next++;
      this.pending.set(index, { resolve, reject });
      try {
        const request: AnalyseRequest = { type: "analyse", index, doc };
        this.start().postMessage(request);
      } catch (error) {
        this.pending.delete(index);
        reject(
          new KgError(`extraction/parallel: document "${doc.id}" could not be sent to a worker: ${describe(error)}`, {
            cause: error,
          }),
        );
      }
    });
  }

  /** Stops the worker (pending analyses are rejected). The next `analyse` starts a new one. */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    this.failAll("the worker was closed");
    if (worker) await worker.terminate();
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = spawnWorker(WORKER_URL);
    worker.unref();
    worker.on("message", (response: AnalyseResponse) => {
      const waiting = this.pending.get(response.index);
      if (!waiting) return;
      this.pending.delete(response.index);
      if (response.type === "result") waiting.resolve(response.analysis);
      else {
        const cause = Object.assign(new Error(response.message), { stack: response.stack });
        waiting.reject(new KgError(`extraction/parallel: the worker failed: ${response.message}`, { cause }));
      }
    });
    const crash = (message: string) => {
      if (this.worker === worker) this.worker = null;
      this.failAll(message);
    };
    worker.on("error", (error) => crash(`the worker crashed: ${error.message}`));
    worker.on("messageerror", (error) => crash(`the worker sent an unreadable message: ${error.message}`));
    worker.on("exit", (code) => crash(`the worker exited with code ${code}`));
    this.worker = worker;
    return worker;
  }

  private failAll(message: string): void {
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const { reject } of waiting) reject(new KgError(`extraction/parallel: ${message}.`));
  }
}

/**
 * Workers of earlier calls, idle and unreferenced (they do not keep the process alive). A new
 * worker runs unoptimised code: until V8 has compiled the pipeline's hot functions (about 1 MB of
 * text), it needs twice the CPU time of a warm thread, and the compilation runs on V8's background
 * threads, which compete with the analysing threads for the cores. So a later call (a run of the
 * bench, a rebuild in the same process) reuses these instead of starting cold ones.
 */
const idleWorkers: Worker[] = [];
/** At most this many idle workers are kept (the largest default pool). */
const MAX_IDLE_WORKERS = 4;

/** Number of idle workers kept by earlier calls (for tests and the bench). */
export function idleWorkerCount(): number {
  return idleWorkers.length;
}

/** Stops the idle workers kept by earlier calls; the next call starts new ones. */
export async function closeIdleWorkers(): Promise<void> {
  const workers = idleWorkers.splice(0);
  await Promise.all(workers.map((worker) => worker.terminate()));
}

function takeWorker(): Worker {
  const worker = idleWorkers.pop();
  if (!worker) return spawnWorker(WORKER_URL);
  forgetListeners(worker);
  worker.ref();
  return worker;
}

/** Removes a call's listeners (not `removeAllListeners`: the Worker's own ones must stay). */
function forgetListeners(worker: Worker): void {
  for (const event of ["message", "error", "messageerror", "exit"]) worker.removeAllListeners(event);
}

function releaseWorker(worker: Worker): void {
  forgetListeners(worker);
  if (idleWorkers.length >= MAX_IDLE_WORKERS) {
    void worker.terminate();
    return;
  }
  worker.unref();
  // An idle worker that dies is forgotten; its error has nobody to reject.
  const forget = () => {
    const at = idleWorkers.indexOf(worker);
    if (at >= 0) idleWorkers.splice(at, 1);
  };
  worker.on("error", forget);
  worker.on("exit", forget);
  idleWorkers.push(worker);
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
