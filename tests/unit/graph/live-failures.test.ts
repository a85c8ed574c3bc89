// A failed ingest, compaction or removal leaves nothing behind: a write that throws (injected by
// mocking node:fs for the modules under test) at each step of a mutation, then the data folder and
// the live graph must be exactly as before, and the next ingest and removal must work.

import * as fs from "node:fs";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { LiveGraph, rebuildGraphData } from "../../../src/graph/live.ts";
import { serializeGraph } from "../../../src/graph/store.ts";
import { SEED_CORPUS } from "../../_helpers/seeds.ts";

/** The path pattern whose write throws (after `skip` matching writes have passed), or null. */
const fault: { pattern: RegExp | null; skip: number } = vi.hoisted(() => ({ pattern: null, skip: 0 }));

vi.mock("node:fs", async (importOriginal) => {
  const actual = await importOriginal<typeof import("node:fs")>();
  const check = (file: unknown) => {
    if (fault.pattern && typeof file === "string" && fault.pattern.test(file) && fault.skip-- <= 0) {
      throw Object.assign(new Error(`injected failure writing ${file}`), { code: "EIO" });
    }
  };
  const openSync = ((file: fs.PathLike, flags?: fs.OpenMode, mode?: fs.Mode) => {
    if (flags === "w") check(file);
    return actual.openSync(file, flags ?? "r", mode);
  }) as typeof actual.openSync;
  const writeFileSync = ((file: fs.PathOrFileDescriptor, ...rest: unknown[]) => {
    check(file);
    return (actual.writeFileSync as (...args: unknown[]) => void)(file, ...rest);
  }) as typeof actual.writeFileSync;
  return { ...actual, openSync, writeFileSync, default: { ...actual, openSync, writeFileSync } };
});

const ARTICLE = {
  title: "probe",
  text: [
    "Canadian Finance Minister Maria Lopez met Chilean Mining Minister Jorge Tapia in Ottawa on Monday.",
    "The two ministers held talks on lithium and copper supply chains.",
  ].join("\n"),
};

const temps: string[] = [];
afterAll(() => {
  for (const temp of temps) rmSync(temp, { recursive: true, force: true });
});

/** Every file of the folder (relative path → content), temporary files included. */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const file = path.join(dir, name);
    if (fs.statSync(file).isFile()) files.set(name, readFileSync(file, "utf8"));
  }
  return files;
}

describe("graph/live", () => {
  describe("ingestDocument and removeDocument when a write fails", () => {
    let dir: string;
    let live: LiveGraph;

    beforeAll(async () => {
      dir = mkdtempSync(path.join(tmpdir(), "kg-live-fail-"));
      temps.push(dir);
      cpSync(SEED_CORPUS, path.join(dir, "documents"), { recursive: true });
      await rebuildGraphData(dir, { builtAt: "2025-01-01T00:00:00.000Z" });
      live = await LiveGraph.open(dir, { worker: false });
    });

    // Each step of an ingest that writes: the document, its sidecar, its analysis, and the
    // journal (its "prepare" and "commit" records alike).
    const steps: [string, RegExp, number][] = [
      ["the document file", /documents[\\/]\.ingest_[0-9a-f]+\.txt\./, 0],
      ["the metadata sidecar", /\.meta\.json\./, 0],
      ["the analysis", /analyses[\\/]\.ingest_/, 0],
      ["the journal's prepare record", /\.journal\.json\./, 0],
      ["the journal's commit record", /\.journal\.json\./, 1],
    ];

    for (const [step, pattern, skip] of steps) {
      it(`leaves the folder and the graph as they were when writing ${step} fails`, async () => {
        const files = snapshot(dir);
        const graph = serializeGraph(live.graph);
        fault.pattern = pattern;
        fault.skip = skip;
        try {
          await expect(live.ingestDocument(ARTICLE)).rejects.toThrow(/injected failure/);
        } finally {
          fault.pattern = null;
        }
        expect(snapshot(dir)).toEqual(files);
        expect(serializeGraph(live.graph)).toBe(graph);
        expect(live.mutationsRefused).toBeNull();
      });
    }

    // Each step of a compaction that writes: the extraction, the graph and the journal.
    const compactionSteps: [string, RegExp, number][] = [
      ["extraction.json", /\.extraction\.json\./, 0],
      ["graph.json", /\.graph\.json\./, 0],
      ["the journal's prepare record", /\.journal\.json\./, 0],
      ["the journal's commit record", /\.journal\.json\./, 1],
    ];

    for (const [step, pattern, skip] of compactionSteps) {
      it(`leaves the folder, the graph and the pending ingest as they were when a compaction's write of ${step} fails`, async () => {
        if (live.pendingDocuments.length === 0) await live.ingestDocument({ ...ARTICLE, title: "pending" });
        const pending = [...live.pendingDocuments];
        const files = snapshot(dir);
        const graph = serializeGraph(live.graph);
        fault.pattern = pattern;
        fault.skip = skip;
        try {
          await expect(live.compact()).rejects.toThrow(/injected failure/);
        } finally {
          fault.pattern = null;
        }
        expect(snapshot(dir)).toEqual(files);
        expect(serializeGraph(live.graph)).toBe(graph);
        expect(live.pendingDocuments).toEqual(pending);
        expect(live.mutationsRefused).toBeNull();
      });
    }

    it("compacts after the failed compactions", async () => {
      expect(await live.compact()).toBe(1);
      expect(live.pendingDocuments).toEqual([]);
      const reopened = await LiveGraph.open(dir, { worker: false });
      expect(serializeGraph(reopened.graph)).toBe(serializeGraph(live.graph));
    });

    it("ingests and removes normally after the failures", async () => {
      const before = live.graph.getAttribute("documents").length;
      const { document } = await live.ingestDocument(ARTICLE);
      expect(document.title).toBe("probe");
      expect(live.graph.getAttribute("documents")).toHaveLength(before + 1);
      const reopened = await LiveGraph.open(dir, { worker: false });
      expect(serializeGraph(reopened.graph)).toBe(serializeGraph(live.graph));
      await live.removeDocument(document.id);
      expect(live.graph.getAttribute("documents")).toHaveLength(before);
    });

    it("leaves the document in place when a removal's write fails", async () => {
      const { document } = await live.ingestDocument(ARTICLE);
      const files = snapshot(dir);
      const graph = serializeGraph(live.graph);
      fault.pattern = /\.graph\.json\./;
      fault.skip = 0;
      try {
        await expect(live.removeDocument(document.id)).rejects.toThrow(/injected failure/);
      } finally {
        fault.pattern = null;
      }
      expect(snapshot(dir)).toEqual(files);
      expect(serializeGraph(live.graph)).toBe(graph);
      await live.removeDocument(document.id);
      expect(live.graph.getAttribute("documents").some((d) => d.id === document.id)).toBe(false);
    });
  });
});
