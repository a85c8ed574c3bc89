// Worker-thread entry of the graph loader (load-pipe.ts is its supervisor): once told where the
// edges section starts, reads the file from there, in chunks of whole lines, into the memory it
// shares with the main thread, and scans each chunk's edge records into rows of numbers
// (edge-scan.ts), then posts where the chunk is and its rows (transferred, not copied). It reads and scans ahead while the main thread builds
// the edges of the chunks before. Never import this file for values.

import { closeSync, openSync, readFileSync, readSync } from "node:fs";
import { receiveMessageOnPort, workerData } from "node:worker_threads";
import { scanEdgeRows } from "./edge-scan.ts";
import type { LoadWorkerData, LoadWorkerMessage, LoadWorkerStart } from "./load-pipe.ts";
import { MAX_CHUNKS_AHEAD, Signal } from "./load-pipe.ts";

const { file, bytes, port, signal, firstChunkSize, chunkSize } = workerData as LoadWorkerData;
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
    if (Atomics.load(posted, Signal.stop) === 1)
      throw new Error("graph/load-worker: the main thread should take the chunks, found it stopped.");
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
    // The file's bytes, each at its offset (the main thread reads those before `offset` itself).
    const all = Buffer.from(bytes);
    let start = offset;
    let filled = offset;
    let sent = 0;
    let size = firstChunkSize;
    for (;;) {
      const read = filled < all.length ? readSync(fd, all, filled, Math.min(size, all.length - filled), filled) : 0;
      if (read === 0) break;
      filled += read;
      // The chunk is the whole lines read: a line longer than a read waits for the next reads.
      const end = all.lastIndexOf(10, filled - 1) + 1;
      if (end <= start) continue;
      size = chunkSize;
      const { rows, count } = scanEdgeRows(all.subarray(start, end), end - start, rowsBack(sent));
      post({ type: "chunk", start, length: end - start, rows: rows.buffer as ArrayBuffer, count }, [
        rows.buffer as ArrayBuffer,
      ]);
      sent++;
      start = end;
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
