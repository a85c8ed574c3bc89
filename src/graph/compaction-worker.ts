// Worker-thread entry of the live graph's compaction: receives the snapshot `LiveGraph.compact`
// took, runs `compactGraphData` (merge, extraction, graph with its metrics, both files' bytes) and
// posts the bytes back, transferred. The supervisor is compaction.ts. Never import this file for values.

import { parentPort } from "node:worker_threads";
import type { CompactionRequest, CompactionResponse } from "./compaction.ts";
import { compactGraphData } from "./live.ts";

const port = parentPort;
if (!port) {
  throw new Error("graph/compaction-worker: the module should run in a worker thread, found the main thread.");
}

port.on("message", (request: CompactionRequest) => {
  let response: CompactionResponse;
  let transfer: ArrayBuffer[] = [];
  try {
    const result = compactGraphData(request.input);
    response = { type: "result", result };
    transfer = [...result.graph, result.extraction].map((bytes) => bytes.buffer as ArrayBuffer);
  } catch (error) {
    const err = error instanceof Error ? error : new Error(String(error));
    response = { type: "error", message: err.message, stack: err.stack };
  }
  port.postMessage(response, transfer);
});
