// The heap bound of an extraction thread: it collects the thread's garbage once the used heap has
// grown a given amount past the last collection, and not before. No timings here.

import { getHeapStatistics } from "node:v8";
import { describe, expect, it } from "vitest";
import { HEAP_SLACK_BYTES, HeapBound } from "../../../src/extraction/heap.ts";

const MB = 1024 * 1024;

/** About `mb` megabytes of short arrays that are garbage as soon as the call returns. */
function makeGarbage(mb: number): number {
  let kept = 0;
  // 1,000-element arrays of numbers: about 8 KB each.
  for (let i = 0; i < mb * 128; i++) {
    const a = new Array<number>(1000).fill(i);
    kept += a[999]!;
  }
  return kept;
}

describe("extraction/heap", () => {
  describe("HeapBound.check", () => {
    it("collects the garbage once the used heap has grown past the slack", () => {
      const bound = new HeapBound(8 * MB);
      // Held until the check, so that no scavenge can free it first.
      const held: number[][] = [];
      for (let i = 0; i < 16 * 128; i++) held.push(new Array<number>(1000).fill(i));
      const before = getHeapStatistics().used_heap_size;
      held.length = 0;
      bound.check();
      expect(bound.collections).toBe(1);
      expect(getHeapStatistics().used_heap_size).toBeLessThan(before - 8 * MB);
    });

    it("does not collect while the growth stays within the slack", () => {
      const bound = new HeapBound(1024 * MB);
      makeGarbage(4);
      bound.check();
      expect(bound.collections).toBe(0);
    });

    it("keeps collecting as the garbage grows again, each time past the new floor", () => {
      const bound = new HeapBound(8 * MB);
      for (let round = 0; round < 3; round++) {
        const held: number[][] = [];
        for (let i = 0; i < 16 * 128; i++) held.push(new Array<number>(1000).fill(i));
        held.length = 0;
        bound.check();
      }
      expect(bound.collections).toBe(3);
    });

    it("adds no global gc to this context", () => {
      const before = typeof (globalThis as { gc?: unknown }).gc;
      const bound = new HeapBound(0);
      makeGarbage(1);
      bound.check();
      expect(bound.collections).toBe(1);
      expect(typeof (globalThis as { gc?: unknown }).gc).toBe(before);
      expect(HEAP_SLACK_BYTES).toBeGreaterThan(0);
    });
  });
});
