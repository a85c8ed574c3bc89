// Live ingests between compactions, in temporary copies of the seed documents: the growing merge
// against the corpus merge, the compaction that comes on its own, the compaction in a worker thread
// (queries, ingests and removals served while it runs; the same files as in this thread), and the
// commands that read the folder (`kg export`, `kg build`) seeing the ingests graph.json does not hold yet.

import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/api/yoga.ts";
import { loadCorpus } from "../../src/extraction/corpus.ts";
import { analyseDocument } from "../../src/extraction/index.ts";
import { CorpusMerge } from "../../src/extraction/stages/08-merge.ts";
import { LiveGraph, rebuildGraphData } from "../../src/graph/live.ts";
import { loadGraph, serializeGraph } from "../../src/graph/store.ts";
import { testDocument } from "../_helpers/documents.ts";
import { SEED_CORPUS } from "../_helpers/seeds.ts";

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, "../..");
const temps: string[] = [];

afterAll(() => {
  for (const temp of temps) rmSync(temp, { recursive: true, force: true });
});

async function seedFolder(): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), "kg-compaction-"));
  temps.push(dir);
  cpSync(SEED_CORPUS, path.join(dir, "documents"), { recursive: true });
  await rebuildGraphData(dir, { builtAt: "2025-01-01T00:00:00.000Z" });
  return dir;
}

const ARTICLE = {
  title: "Probe",
  text: [
    "Canadian Energy Minister Tim Hodgson met Treasury Secretary Scott Bessent in Ottawa on Monday to discuss rare earths.",
    "Hodgson said Canada would expand production of nickel and cobalt.",
  ].join("\n"),
};

const OTHER = {
  title: "Second probe",
  text: [
    "Chilean Mining Minister Aurora Williams met Japanese Trade Minister Yoji Muto in Santiago on Tuesday.",
    "The two ministers discussed lithium and copper supply chains.",
  ].join("\n"),
};

/** graph.json's text without its `builtAt` (the time of the compaction). */
function graphText(dir: string): string {
  return readFileSync(path.join(dir, "graph.json"), "utf8").replace(/"builtAt":"[^"]*"/, '"builtAt":"-"');
}

/** The ids of the documents of a graph, sorted. */
function documentIds(graph: { getAttribute(name: "documents"): { id: string }[] }): string[] {
  return graph
    .getAttribute("documents")
    .map((document) => document.id)
    .sort();
}

/** An API server (real HTTP on port 0) over `live`; `query` posts a GraphQL query to it. */
async function serve(live: LiveGraph): Promise<{ server: Server; query: (text: string) => Promise<unknown> }> {
  const server = createServer(createApp({ live, token: "compaction-test-token-0123456789", webDir: null }));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const query = async (text: string) => {
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify({ query: text }),
    });
    return response.json();
  };
  return { server, query };
}

/** Every file under `dir` with its size and modification time. */
function listing(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .map((name) => {
      const stat = statSync(path.join(dir, name));
      return `${name} ${stat.size} ${stat.mtimeMs}`;
    })
    .sort();
}

/** Waits (bounded) until `done` holds, checking every 50 ms. */
async function until(done: () => boolean): Promise<void> {
  for (let i = 0; i < 400 && !done(); i++) await new Promise((resolve) => setTimeout(resolve, 50));
}

describe("extraction/stages/08-merge", () => {
  describe("CorpusMerge.ofInSlices", () => {
    it("gives what CorpusMerge.of gives, pausing between slices", async () => {
      const { documents } = await loadCorpus([SEED_CORPUS]);
      const analyses = documents.map(analyseDocument);
      let pauses = 0;
      const sliced = await CorpusMerge.ofInSlices(
        analyses,
        async () => {
          pauses++;
        },
        0,
      );
      expect(pauses).toBeGreaterThan(analyses.length);
      expect(sliced.extraction()).toEqual(CorpusMerge.of(analyses).extraction());
    });
  });

  describe("CorpusMerge.add", () => {
    it("gives the corpus merge's entities and relations when the added document comes last", async () => {
      const { documents } = await loadCorpus([SEED_CORPUS]);
      const extra = testDocument(ARTICLE.text, { id: "zz-extra" });
      const analyses = [...documents, extra].map(analyseDocument);
      const whole = CorpusMerge.of(analyses).extraction();
      const grown = CorpusMerge.of(analyses.slice(0, -1));
      const delta = grown.add(analyses.at(-1)!);
      const after = grown.extraction();
      expect(after.entities).toEqual(whole.entities);
      expect(after.relations).toEqual(whole.relations);
      expect(after.statements).toEqual(whole.statements);
      expect(after.documents.map((d) => d.id)).toEqual(whole.documents.map((d) => d.id));
      // The delta is what the document touched: Bessent (known) and Hodgson (new), with their relations.
      const ids = delta.entities.map((e) => e.id);
      expect(ids).toEqual(expect.arrayContaining(["person:scott-bessent", "person:tim-hodgson"]));
      expect(ids.length).toBeLessThan(after.entities.length / 4);
      for (const relation of delta.relations) {
        expect(relation.evidence.some((evidence) => evidence.document === "zz-extra")).toBe(true);
      }
      expect(delta.relations.length).toBeGreaterThan(0);
    });
  });
});

describe("graph/live", () => {
  describe("compaction", () => {
    it("runs on its own once compactAfter ingests are pending and no mutation came", async () => {
      const dir = await seedFolder();
      const live = await LiveGraph.open(dir, { worker: false, compactAfter: 2, compactIdleMs: 0 });
      const first = await live.ingestDocument(ARTICLE);
      expect(live.pendingDocuments).toEqual([first.document.id]);
      const second = await live.ingestDocument({ ...ARTICLE, title: "Probe 2" });
      await until(() => live.pendingDocuments.length === 0);
      expect(live.pendingDocuments).toEqual([]);
      const saved = loadGraph(path.join(dir, "graph.json"));
      expect(saved.getAttribute("documents").map((d) => d.id)).toEqual(
        expect.arrayContaining([first.document.id, second.document.id]),
      );
      await live.close();
    });

    it("rejects a compactAfter that is not a positive integer", async () => {
      const dir = await seedFolder();
      await expect(LiveGraph.open(dir, { compactAfter: 0 })).rejects.toThrow(
        /compactAfter should be a positive integer/,
      );
      await expect(LiveGraph.open(dir, { compactIdleMs: -1 })).rejects.toThrow(/compactIdleMs should be/);
    });
  });

  describe("compaction in a worker thread", () => {
    it("answers queries and accepts an ingest while it runs; the ingest is kept after it", async () => {
      const dir = await seedFolder();
      const live = await LiveGraph.open(dir);
      const { server, query } = await serve(live);
      try {
        // The analysis worker warmed up, so that the ingest below is not slowed by its start.
        await live.prepareIngest();
        const first = await live.ingestDocument(ARTICLE);
        let settled = false;
        const compaction = live.compact().finally(() => {
          settled = true;
        });
        // Queued after the compaction's snapshot: it is acknowledged while the compaction runs.
        const second = await live.ingestDocument(OTHER);
        expect(settled).toBe(false);
        const answer = await query('{ entity(id: "person:tim-hodgson") { id name } }');
        expect(settled).toBe(false);
        expect(answer).toEqual({ data: { entity: { id: "person:tim-hodgson", name: "Tim Hodgson" } } });
        expect(await compaction).toBe(1);

        // graph.json holds the first ingest; the second is pending, in the live graph and replayed at open.
        expect(live.pendingDocuments).toEqual([second.document.id]);
        const saved = loadGraph(path.join(dir, "graph.json"));
        expect(documentIds(saved)).toContain(first.document.id);
        expect(documentIds(saved)).not.toContain(second.document.id);
        expect(documentIds(live.graph)).toEqual([...documentIds(saved), second.document.id].sort());
        for (const key of second.addedNodes) expect(live.graph.hasNode(key), key).toBe(true);
        const reopened = await LiveGraph.open(dir, { worker: false });
        expect(reopened.pendingDocuments).toEqual([second.document.id]);
        expect(documentIds(reopened.graph)).toEqual(documentIds(live.graph));
        expect(reopened.graph.order).toBe(live.graph.order);
        expect(reopened.graph.size).toBe(live.graph.size);
        // And the next compaction folds it in.
        expect(await live.compact()).toBe(1);
        expect(documentIds(loadGraph(path.join(dir, "graph.json")))).toContain(second.document.id);
      } finally {
        server.close();
        await live.close();
      }
    });

    it("drops its result when a document is removed while it runs; the graph is the removal's", async () => {
      const dir = await seedFolder();
      const live = await LiveGraph.open(dir);
      try {
        await live.prepareIngest();
        const first = await live.ingestDocument(ARTICLE);
        const second = await live.ingestDocument(OTHER);
        let settled = false;
        const compaction = live.compact().finally(() => {
          settled = true;
        });
        await live.removeDocument(first.document.id);
        expect(settled).toBe(false);
        // Dropped: the removal merged every document again and saved graph.json itself.
        expect(await compaction).toBe(0);
        expect(live.pendingDocuments).toEqual([]);
        expect(documentIds(live.graph)).not.toContain(first.document.id);
        expect(documentIds(live.graph)).toContain(second.document.id);
        expect(live.graph.hasNode("person:tim-hodgson")).toBe(false);
        const saved = loadGraph(path.join(dir, "graph.json"));
        expect(documentIds(saved)).toEqual(documentIds(live.graph));
        expect(saved.order).toBe(live.graph.order);
        expect(saved.size).toBe(live.graph.size);
        const reopened = await LiveGraph.open(dir, { worker: false });
        expect(reopened.mutationsRefused).toBeNull();
        expect(documentIds(reopened.graph)).toEqual(documentIds(live.graph));
      } finally {
        await live.close();
      }
    });

    it("writes the same graph.json and extraction.json as the compaction in this thread", async () => {
      const inThread = await seedFolder();
      const inWorker = await seedFolder();
      const a = await LiveGraph.open(inThread, { worker: false });
      const b = await LiveGraph.open(inWorker);
      try {
        for (const live of [a, b]) {
          await live.ingestDocument(ARTICLE);
          await live.ingestDocument(OTHER);
        }
        expect(await a.compact()).toBe(2);
        expect(await b.compact()).toBe(2);
      } finally {
        await a.close();
        await b.close();
      }
      expect(graphText(inWorker)).toBe(graphText(inThread));
      expect(readFileSync(path.join(inWorker, "extraction.json"), "utf8")).toBe(
        readFileSync(path.join(inThread, "extraction.json"), "utf8"),
      );
      // The live graphs are what was saved (the worker's decoded in slices), and the merge states
      // the next ingest extends are the same (the worker's made in slices).
      const masked = (live: LiveGraph) => serializeGraph(live.graph).replace(/"builtAt":"[^"]*"/, '"builtAt":"-"');
      expect(masked(b)).toBe(masked(a));
      expect(masked(a)).toBe(graphText(inThread));
      expect(b.pendingDocuments).toEqual([]);
      const third = { ...ARTICLE, title: "Third probe" };
      expect(await b.ingestDocument(third)).toEqual(await a.ingestDocument(third));
      expect(masked(b)).toBe(masked(a));
      await a.close();
      await b.close();
    });
  });

  describe("LiveGraph.open with readOnly", () => {
    it("replays the pending ingests, writes nothing (not even a journal's recovery) and refuses mutations", async () => {
      const dir = await seedFolder();
      const live = await LiveGraph.open(dir, { worker: false });
      const { document } = await live.ingestDocument(ARTICLE);
      await live.close();
      // A change in flight in another process: its journal must be left to that process.
      const journal = JSON.stringify({
        version: 1,
        op: "ingest",
        document: "x",
        state: "prepare",
        renames: [],
        deletes: [],
      });
      writeFileSync(path.join(dir, "journal.json"), journal);
      rmSync(path.join(dir, "analyses", "000_77ba8ad2264d3dac.json"));
      const before = listing(dir);
      const reader = await LiveGraph.open(dir, { worker: false, readOnly: true });
      expect(reader.pendingDocuments).toEqual([document.id]);
      expect(reader.graph.hasNode("person:tim-hodgson")).toBe(true);
      await expect(reader.ingestDocument({ ...ARTICLE, title: "again" })).rejects.toThrow(/read-only/);
      expect(listing(dir)).toEqual(before);
      expect(readFileSync(path.join(dir, "journal.json"), "utf8")).toBe(journal);
    });
  });

  describe("the folder's readers between compactions", () => {
    it("kg export sees the pending ingest; kg build folds it into graph.json and extraction.json", async () => {
      const dir = await seedFolder();
      const live = await LiveGraph.open(dir, { worker: false });
      const { document } = await live.ingestDocument(ARTICLE);
      await live.close();
      expect(loadGraph(path.join(dir, "graph.json")).hasNode("person:tim-hodgson")).toBe(false);

      const out = path.join(dir, "export.json");
      await run(process.execPath, [
        path.join(ROOT, "bin", "kg.js"),
        "export",
        "--data",
        dir,
        "--format",
        "json",
        "--out",
        out,
      ]);
      const exported = readFileSync(out, "utf8");
      expect(exported).toContain("person:tim-hodgson");

      await run(process.execPath, [path.join(ROOT, "bin", "kg.js"), "build", "--data", dir]);
      const saved = loadGraph(path.join(dir, "graph.json"));
      expect(saved.hasNode("person:tim-hodgson")).toBe(true);
      expect(saved.getAttribute("documents").map((d) => d.id)).toContain(document.id);
      const extraction = JSON.parse(readFileSync(path.join(dir, "extraction.json"), "utf8")) as {
        documents: { id: string }[];
      };
      expect(extraction.documents.map((d) => d.id)).toContain(document.id);
      const reopened = await LiveGraph.open(dir, { worker: false });
      expect(reopened.pendingDocuments).toEqual([]);
    });
  });
});
