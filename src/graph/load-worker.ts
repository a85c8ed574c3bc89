// Worker-thread entry of the graph loader (load-pipe.ts is its supervisor): once told where the
// edges section starts, reads the file from there in chunks of whole lines and scans each chunk's
// edge records into rows of numbers (edge-scan.ts), then posts the chunk's bytes and its rows to
// the main thread, transferred, not copied. It reads and scans ahead while the main thread builds
// the edges of the chunks before. Never import this file for values.

import { closeSync, openSync, readFileSync, readSync } from "node:fs";
import { receiveMessageOnPort, workerData } from "node:worker_threads";
import { scanEdgeRows } from "./edge-scan.ts";
import type { LoadWorkerData, LoadWorkerMessage, LoadWorkerStart } from "./load-pipe.ts";
import { MAX_CHUNKS_AHEAD, Signal } from "./load-pipe.ts";

const { file, port, signal, firstChunkSize, chunkSize } = workerData as LoadWorkerData;
const posted = new Int32Array(signal);

/** Posts a message and wakes the main thread, which waits on it (see LoadPipe.next). */
function post(message: LoadWorkerMessage, transfer: ArrayBuffer[] = []): void {
  port.postMessage(message, transfer);
  Atomics.add(posted, Signal.posted, 1);
  Atomics.notify(posted, Signal.posted);
}

/**
 * Waits until the main thread has taken all but MAX_CHUNKS_AHEAD - 1 of the `sent` chunks (their
 * bytes stay, their rows come back to be reused: memory for rows stays that of a few chunks),
 * then returns a rows array it gave back, if any.
 */
function rowsBack(sent: number): Int32Array | undefined {
  for (;;) {
    const consumed = Atomics.load(posted, Signal.consumed);
    if (sent - consumed < MAX_CHUNKS_AHEAD) break;
    if (Atomics.load(posted, Signal.stop) === 1) throw new Error("graph/load-worker: the main thread should take the chunks, found it stopped.");
    Atomics.wait(posted, Signal.consumed, consumed);
  }
  const back = receiveMessageOnPort(port);
  return back ? new Int32Array(back.message as ArrayBuffer) : undefined;
}

// The main thread stops waiting when the worker ends without having said so (see LoadPipe).
process.on("exit", () => {
  Atomics.store(posted, Signal.exited, 1);
  Atomics.notify(posted, Signal.posted);
});

port.once("message", (start: LoadWorkerStart) => {
  try {
    readFrom(start.offset);
  } catch (error) {
    post({ type: "error", message: error instanceof Error ? error.message : String(error) });
  }
  port.close();
});

function readFrom(offset: number): void {
  const fd = openSync(file, "r");
  try {
    let buffer = Buffer.from(new ArrayBuffer(firstChunkSize));
    let filled = 0;
    let position = offset;
    let sent = 0;
    for (;;) {
      // A line longer than the buffer: grow it until the line fits.
      if (filled === buffer.length) {
        const larger = Buffer.from(new ArrayBuffer(buffer.length * 2));
        buffer.copy(larger, 0, 0, filled);
        buffer = larger;
      }
      const read = readSync(fd, buffer, filled, buffer.length - filled, position);
      if (read === 0) break;
      filled += read;
      position += read;
      const end = buffer.lastIndexOf(10, filled - 1) + 1;
      if (end === 0) continue;
      const { rows, count } = scanEdgeRows(buffer, end, rowsBack(sent));
      const next = Buffer.from(new ArrayBuffer(Math.max(chunkSize, filled - end)));
      buffer.copy(next, 0, end, filled);
      post(
        { type: "chunk", bytes: buffer.buffer as ArrayBuffer, length: end, rows: rows.buffer as ArrayBuffer, count },
        [buffer.buffer as ArrayBuffer, rows.buffer as ArrayBuffer],
      );
      sent++;
      buffer = next;
      filled -= end;
    }
    post({ type: "end", cpuMs: threadCpuMs() });
  } finally {
    closeSync(fd);
  }
}

/** This thread's CPU time so far in ms, where Linux tells it (/proc/thread-self/stat), else NaN. */
function threadCpuMs(): number {
  try {
    const stat = readFileSync("/proc/thread-self/stat", "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // utime and stime, in clock ticks (100 per second on Linux).
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return Number.NaN;
  }
}
