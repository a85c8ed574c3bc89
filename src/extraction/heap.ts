// A bound on a thread's garbage during an extraction. V8 lets a heap grow to a few times what is
// live before it collects the old generation: an analysis promotes much short-lived data (a
// document's tokens, readings and mentions outlive a scavenge or two), so a thread holding 60 MB of
// live data reached 350 MB of heap, and a parallel run (two threads, each with its own heap) more
// than a gigabyte of RSS. `HeapBound` collects the thread's garbage itself, between documents, once
// the heap has grown a fixed amount past what the previous collection left: the high-water mark is
// then what is live plus that amount. No output depends on it.

import { getHeapStatistics, setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/**
 * Growth of the used heap past what the last full collection left after which `HeapBound` collects
 * (between two documents). V8's own limit is usually higher (up to four times what is live).
 */
export const HEAP_SLACK_BYTES = 160 * 1024 * 1024;

/** The thread's full garbage collection (V8's `gc()`), or null where it cannot be had. */
let collect: (() => void) | null | undefined;

/**
 * V8's `gc()`: `--expose-gc` set for a moment makes a new context hold it (the flag is read when a
 * context is made), then unset, so that no other context gets a global `gc`.
 */
function collector(): (() => void) | null {
  if (collect !== undefined) return collect;
  collect = null;
  try {
    const exposed = typeof (globalThis as { gc?: unknown }).gc === "function";
    if (exposed) {
      collect = (globalThis as unknown as { gc: () => void }).gc;
    } else {
      setFlagsFromString("--expose-gc");
      try {
        const gc: unknown = runInNewContext("gc");
        if (typeof gc === "function") collect = gc as () => void;
      } finally {
        setFlagsFromString("--no-expose-gc");
      }
    }
  } catch {
    collect = null;
  }
  return collect;
}

/** A thread's heap kept within `slack` bytes of garbage past what is live: call `check` between documents. */
export class HeapBound {
  private floor: number;
  /** Full collections `check` made (for tests and the bench). */
  collections = 0;

  constructor(private readonly slack: number = HEAP_SLACK_BYTES) {
    this.floor = getHeapStatistics().used_heap_size;
  }

  /** Collects the garbage when the used heap has grown `slack` past the last collection's floor. */
  check(): void {
    const used = getHeapStatistics().used_heap_size;
    if (used < this.floor) {
      // V8 collected by itself: its result is the new floor.
      this.floor = used;
      return;
    }
    if (used - this.floor < this.slack) return;
    const gc = collector();
    if (!gc) return;
    gc();
    this.collections++;
    this.floor = getHeapStatistics().used_heap_size;
  }
}
