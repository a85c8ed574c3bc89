// An ingest's extraction runs off the event loop: while a long document is analysed in the
// LiveGraph's worker thread, timers keep firing (the server keeps answering /healthz and reads).
// Counts ticks only; no assertion on durations.

import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { LiveGraph, rebuildGraphData } from "../../src/graph/live.ts";
import { SEED_CORPUS } from "../_helpers/seeds.ts";

const dir = mkdtempSync(path.join(tmpdir(), "kg-live-worker-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const COUNTRIES = ["Canada", "Chile", "Brazil", "Japan", "Norway", "Peru", "Kenya", "Poland"];

/** A long article: `n` sentences naming ministers and countries. */
function longText(n: number): string {
  const sentences: string[] = [];
  for (let i = 0; i < n; i++) {
    const a = COUNTRIES[i % COUNTRIES.length];
    const b = COUNTRIES[(i * 3 + 1) % COUNTRIES.length];
    sentences.push(`${a} and ${b} discussed lithium supplies in Geneva on Monday, officials said after meeting ${i}.`);
  }
  return sentences.join(" ");
}

describe("graph/live", () => {
  describe("LiveGraph.ingestDocument", () => {
    it("keeps the event loop turning while a long document is analysed", async () => {
      cpSync(SEED_CORPUS, path.join(dir, "documents"), { recursive: true });
      await rebuildGraphData(dir);
      const live = await LiveGraph.open(dir);
      let ticks = 0;
      let ticksDuringCommit = 0;
      const timer = setInterval(() => {
        ticks++;
      }, 10);
      try {
        const result = await live.ingestDocument({ text: longText(2000), title: "A long one" });
        ticksDuringCommit = ticks;
        expect(result.document.title).toBe("A long one");
        expect(live.graph.getAttribute("documents")).toHaveLength(6);
      } finally {
        clearInterval(timer);
        await live.close();
      }
      // Analysed in this thread, the ingest would leave the timer no turn at all until it ends.
      expect(ticksDuringCommit).toBeGreaterThanOrEqual(10);
    });
  });
});
