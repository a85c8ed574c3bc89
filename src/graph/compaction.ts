// Supervisor of the live graph's compaction in a worker thread (compaction-worker.ts): sends the
// snapshot `LiveGraph.compact` took, receives graph.json's and extraction.json's bytes (transferred,
// not copied). One worker per compaction, stopped after it, so that its memory (a second copy of
// the analyses and of the graph) is given back. Only messaging here: the work is
// `compactGraphData` (live.ts), the same function the in-thread path calls.

import type { Worker } from "node:worker_threads";
import { KgError } from "../errors.ts";
import { spawnWorker } from "../extraction/spawn-worker.ts";
import type { CompactionInput, CompactionResult } from "./live.ts";

/** The message a compaction worker receives. */
export interface CompactionRequest {
  type: "compact";
  input: CompactionInput;
}

/** A compaction worker's answer. */
export type CompactionResponse =
  | { type: "result"; result: CompactionResult }
  | { type: "error"; message: string; stack?: string };

const WORKER_URL = new URL("./compaction-worker.ts", import.meta.url);

/**
 * Runs `compactGraphData` in a worker thread, one compaction at a time. The worker does not keep
 * the process alive; `close` stops the one running (its compaction rejects).
 */
export class CompactionWorker {
  private running: { worker: Worker; fail: (message: string) => void } | null = null;

  /** What `compactGraphData(input)` returns, computed in a new worker. Rejects with `KgError` on failure. */
  run(input: CompactionInput): Promise<CompactionResult> {
    if (this.running) {
      return Promise.reject(new KgError("live: one compaction should run at a time, found another one running."));
    }
    return new Promise<CompactionResult>((resolve, reject) => {
      let worker: Worker;
      try {
        worker = spawnWorker(WORKER_URL);
      } catch (error) {
        reject(new KgError(`live: the compaction worker should start, found ${describe(error)}.`, { cause: error }));
        return;
      }
      worker.unref();
      let settled = false;
      const settle = (outcome: () => void) => {
        if (settled) return;
        settled = true;
        if (this.running?.worker === worker) this.running = null;
        void worker.terminate().finally(outcome);
      };
      const fail = (message: string, cause?: unknown) =>
        settle(() => reject(new KgError(`live: the compaction worker ${message}`, { cause })));
      this.running = { worker, fail: (message) => fail(message) };
      worker.on("message", (response: CompactionResponse) => {
        if (response.type === "result") settle(() => resolve(response.result));
        else fail(`failed: ${response.message}`, Object.assign(new Error(response.message), { stack: response.stack }));
      });
      worker.on("error", (error) => fail(`crashed: ${error.message}`, error));
      worker.on("messageerror", (error) => fail(`sent an unreadable message: ${error.message}`, error));
      worker.on("exit", (code) => fail(`exited with code ${code} before its answer.`));
      const { x, y } = input.positions;
      try {
        const request: CompactionRequest = { type: "compact", input };
        worker.postMessage(request, [x.buffer as ArrayBuffer, y.buffer as ArrayBuffer]);
      } catch (error) {
        fail(`could not be sent the snapshot: ${describe(error)}`, error);
      }
    });
  }

  /** Stops the compaction running, if any (it rejects; nothing was written). */
  async close(): Promise<void> {
    this.running?.fail("was stopped (the live graph was closed).");
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
