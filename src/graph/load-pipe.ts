// The two-thread load of a large graph file (loadGraph in store.ts): a worker thread
// (load-worker.ts) reads the edges section and scans its records into rows of numbers (edge-scan.ts)
// while the main thread builds the edges of the chunks it already has (GraphDecoder.pushEdgeRows).
// loadGraph stays synchronous: the main thread waits for the worker's messages with Atomics.wait
// and takes them with receiveMessageOnPort, without the event loop. Whatever goes wrong on the
// worker's side (it cannot start, cannot read, stops) leaves the main thread to read the rest of
// the file itself from where it was, as the one-thread load does: same graph, same errors.

import { MessageChannel, type MessagePort, receiveMessageOnPort, type Worker } from "node:worker_threads";
import { spawnWorker } from "../extraction/spawn-worker.ts";
import type { GraphDecoder } from "./codec.ts";

/** The `workerData` of a load worker. */
export interface LoadWorkerData {
  file: string;
  /**
   * The file's size in bytes, shared: the worker reads the edges section into it, at the same
   * offsets, and the edges keep views of it for their evidence. One allocation at the start of the
   * load, while the heap is small: V8 counts it as external memory, and 100 MB of it arriving in
   * chunks during the load made V8 run one more full collection, on a heap of 300 MB.
   */
  bytes: SharedArrayBuffer;
  /** The worker's end of the channel: it receives `LoadWorkerStart`, posts `LoadWorkerMessage`s. */
  port: MessagePort;
  /** `Signal` slots (Int32). */
  signal: SharedArrayBuffer;
  /** Bytes of the first read (small, so that the main thread waits little for the first rows). */
  firstChunkSize: number;
  chunkSize: number;
}

/** Where the worker starts reading: the file offset of the edges section's first record. */
export interface LoadWorkerStart {
  offset: number;
}

/** What a load worker posts: a chunk of whole lines (bytes[start, start + length)) and its rows, the end of the file, or a failure. */
export type LoadWorkerMessage =
  | { type: "chunk"; start: number; length: number; rows: ArrayBuffer; count: number }
  | { type: "end"; cpuMs: number }
  | { type: "error"; message: string };

/** The Int32 slots of `LoadWorkerData.signal`. */
export const Signal = {
  /** Messages the worker has posted so far. */
  posted: 0,
  /** 1 once the worker has exited. */
  exited: 1,
  /** Chunks the main thread has taken so far (their rows posted back to the worker). */
  consumed: 2,
  /** 1 once the main thread wants no more chunks. */
  stop: 3,
} as const;

/** Chunks the worker reads ahead of the main thread, at most. */
export const MAX_CHUNKS_AHEAD = 3;

const WORKER_URL = new URL("./load-worker.ts", import.meta.url);

/** First read of the worker: 1 MiB (about 10 000 edges), then `chunkSize`. */
const FIRST_CHUNK_SIZE = 1024 * 1024;

/**
 * How long the main thread waits for a message before it reads the rest itself: long enough for a
 * worker starting on a busy machine, short enough that a worker that died silently costs little.
 */
const STALL_MS = 30_000;

/** A load worker, started early (it loads its code while the main thread reads the nodes). */
export class LoadPipe {
  /** The CPU time (ms) of the last worker that read to the end of its file (Linux only, else NaN): for benchmarks. */
  static lastWorkerCpuMs = Number.NaN;

  private readonly worker: Worker;
  private readonly port: MessagePort;
  private readonly posted: Int32Array;
  private readonly bytes: SharedArrayBuffer;

  private constructor(worker: Worker, port: MessagePort, posted: Int32Array, bytes: SharedArrayBuffer) {
    this.worker = worker;
    this.port = port;
    this.posted = posted;
    this.bytes = bytes;
  }

  /** Starts a worker for `file`, of `size` bytes; null when it cannot be started (the load then reads alone). */
  static start(file: string, size: number, chunkSize: number): LoadPipe | null {
    let bytes: SharedArrayBuffer;
    try {
      bytes = new SharedArrayBuffer(size);
    } catch {
      return null;
    }
    const { port1, port2 } = new MessageChannel();
    const signal = new SharedArrayBuffer(4 * 4);
    const data: LoadWorkerData = {
      file,
      bytes,
      port: port2,
      signal,
      firstChunkSize: Math.min(FIRST_CHUNK_SIZE, chunkSize),
      chunkSize,
    };
    let worker: Worker;
    try {
      worker = spawnWorker(WORKER_URL, { workerData: data, transferList: [port2] });
    } catch {
      port1.close();
      return null;
    }
    worker.unref();
    // An error of the worker's is seen as its silence (see next); this only keeps it from being thrown.
    worker.on("error", () => {});
    return new LoadPipe(worker, port1, new Int32Array(signal), bytes);
  }

  /**
   * Feeds `decoder` the file from `offset` (where the edges section's records start) as the worker
   * reads it, and returns the offset of the first byte it did not feed: the end of the file's last
   * whole line, or where the worker failed or fell silent (the caller reads on from there).
   */
  run(decoder: GraphDecoder, offset: number): number {
    this.port.postMessage({ offset } satisfies LoadWorkerStart);
    let position = offset;
    for (;;) {
      const message = this.next();
      if (message?.type === "end") LoadPipe.lastWorkerCpuMs = message.cpuMs;
      if (message === null || message.type !== "chunk" || message.start !== position) return position;
      decoder.pushEdgeRows(
        Buffer.from(this.bytes, message.start, message.length),
        new Int32Array(message.rows),
        message.count,
      );
      position += message.length;
      // The rows back to the worker, for its next chunks.
      this.port.postMessage(message.rows, [message.rows]);
      Atomics.add(this.posted, Signal.consumed, 1);
      Atomics.notify(this.posted, Signal.consumed);
    }
  }

  /** The worker's next message, or null when it has exited or has not posted for STALL_MS. */
  private next(): LoadWorkerMessage | null {
    const { posted, port } = this;
    for (;;) {
      const seen = Atomics.load(posted, Signal.posted);
      const received = receiveMessageOnPort(port);
      if (received) return received.message as LoadWorkerMessage;
      if (Atomics.load(posted, Signal.exited) === 1) {
        // Exited: whatever it posted before is already in the channel.
        const last = receiveMessageOnPort(port);
        return last ? (last.message as LoadWorkerMessage) : null;
      }
      if (Atomics.wait(posted, Signal.posted, seen, STALL_MS) === "timed-out") {
        const late = receiveMessageOnPort(port);
        return late ? (late.message as LoadWorkerMessage) : null;
      }
    }
  }

  /** Stops the worker (it may still be reading ahead) and closes the channel. */
  close(): void {
    Atomics.store(this.posted, Signal.stop, 1);
    Atomics.notify(this.posted, Signal.consumed);
    this.port.close();
    void this.worker.terminate();
  }
}
