// Starting the project's worker threads from their TypeScript entries, under tsx or not: the
// extraction's analyses (parallel.ts) and, for graph/, the live graph's compaction and the graph
// loader's scan, which need not import the pipeline parallel.ts imports.

import { Worker, type WorkerOptions } from "node:worker_threads";

// The worker runs the TypeScript sources. Neither the parent's tsx loader (registered by
// `node --import tsx`, by `register()` in bin/kg.js, or absent under vitest) nor `--import tsx` in
// the worker's execArgv makes a `.ts` worker entry loadable on Node 20 (tsx issue #354: the entry
// is resolved before the preloaded hooks apply). So the worker starts from a small script that
// registers tsx through its API, then imports the entry. tsx is resolved from this file, so the
// cwd does not matter; the worker inherits this process's flags as Node filters them. `data` is the
// worker's `workerData` and what it moves there (`transferList`).
export function spawnWorker(
  url: URL,
  data?: { workerData: unknown; transferList?: WorkerOptions["transferList"] },
): Worker {
  const options: WorkerOptions = { resourceLimits: WORKER_LIMITS, ...data };
  if (!url.pathname.endsWith(".ts")) return new Worker(url, options);
  const tsxApi = import.meta.resolve("tsx/esm/api");
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); });`;
  return new Worker(bootstrap, { ...options, eval: true });
}

/**
 * A larger young generation than V8's default: an analysis (extraction/parallel.ts) allocates many short-lived objects, and
 * fewer scavenges cost less CPU (garbage collection was about a tenth of a worker's time). The old
 * generation keeps the process's default limit.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 96 };
