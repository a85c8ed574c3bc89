// Worker-thread entry of the parallel extraction: receives documents, posts their analyses back.
// It only runs the pure per-document step (`analyseDocument`); scheduling, ordering and the
// cross-document merge stay with the supervisor in parallel.ts. Never import this file for values.

import { parentPort } from "node:worker_threads";
import { analyseDocument, type DocumentAnalysis } from "./index.ts";
import type { SourceDocument } from "./types.ts";

/** A job sent to a worker: analyse the document at `index` of the input. */
export interface AnalyseRequest {
  type: "analyse";
  index: number;
  doc: SourceDocument;
}

/** A worker's answer to one `AnalyseRequest`. */
export type AnalyseResponse =
  | { type: "result"; index: number; analysis: DocumentAnalysis }
  | { type: "error"; index: number; message: string; stack?: string };

const port = parentPort;
if (!port) {
  throw new Error("extraction/worker: the module should run in a worker thread, found the main thread.");
}

port.on("message", (request: AnalyseRequest) => {
  let response: AnalyseResponse;
  try {
    response = { type: "result", index: request.index, analysis: analyseDocument(request.doc) };
  } catch (error) {
    const err = error instanceof Error ? error : new Error(String(error));
    response = { type: "error", index: request.index, message: err.message, stack: err.stack };
  }
  port.postMessage(response);
});
