// The pieces of graph/live.ts and graph/keys.ts on small inputs: opening a data directory,
// applying an extraction's difference in place, the build driver's checks, and the keys.

import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ConfigError, ConflictError, InvalidInputError, NotFoundError } from "../../../src/errors.ts";
import { loadCorpus } from "../../../src/extraction/corpus.ts";
import { analyseDocument, mergeAnalyses } from "../../../src/extraction/index.ts";
import type { Extraction } from "../../../src/extraction/types.ts";
import { buildGraph } from "../../../src/graph/build.ts";
import { edgeKey, ingestedDocumentId, nodeKey, relationKey } from "../../../src/graph/keys.ts";
import {
  applyExtraction,
  buildGraphData,
  LiveGraph,
  rebuildGraphData,
  serializeExtraction,
} from "../../../src/graph/live.ts";
import { loadGraph } from "../../../src/graph/store.ts";
import { SEED_CORPUS, seedFile } from "../../_helpers/seeds.ts";

const temps: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "kg-live-unit-"));
  temps.push(dir);
  return dir;
}
afterAll(() => {
  for (const temp of temps) rmSync(temp, { recursive: true, force: true });
});

const evidence = [{ document: "d", sentence: "s", start: 0, end: 1, rule: "test" }];
const small = (): Extraction => ({
  documents: [{ id: "d", title: "T", date: null, source: null, authors: [] }],
  entities: [
    { id: "country:a", name: "A", type: "Country", aliases: [], mentions: [] },
    { id: "country:b", name: "B", type: "Country", aliases: [], mentions: [] },
    { id: "person:c", name: "C", type: "Person", aliases: [], mentions: [] },
  ],
  relations: [
    {
      id: "country:a|PARTNERED_WITH|country:b",
      source: "country:a",
      predicate: "PARTNERED_WITH",
      target: "country:b",
      attributes: {},
      confidence: 0.6,
      evidence,
    },
    {
      id: "person:c|REPRESENTS|country:a",
      source: "person:c",
      predicate: "REPRESENTS",
      target: "country:a",
      attributes: {},
      confidence: 0.8,
      evidence,
    },
  ],
  statements: [],
  merges: [],
});

describe("graph/keys", () => {
  it("keys nodes and edges by their ids and orders symmetric endpoints", () => {
    expect(nodeKey({ id: "person:x" })).toBe("person:x");
    expect(edgeKey({ id: "a|MET_WITH|b" })).toBe("a|MET_WITH|b");
    expect(relationKey("b", "MET_WITH", "a")).toBe("a|MET_WITH|b");
    expect(relationKey("b", "REPRESENTS", "a")).toBe("b|REPRESENTS|a");
  });

  it("derives ingested document ids from the content", () => {
    expect(ingestedDocumentId("text")).toBe(ingestedDocumentId("text"));
    expect(ingestedDocumentId("text")).not.toBe(ingestedDocumentId("text."));
    expect(ingestedDocumentId("text")).toMatch(/^ingest_[0-9a-f]{16}$/);
  });
});

describe("graph/live", () => {
  describe("LiveGraph.open", () => {
    it("rejects bad options with ConfigError", async () => {
      await expect(LiveGraph.open(tempDir(), { maxBytes: 0 })).rejects.toBeInstanceOf(ConfigError);
    });

    it("throws NotFoundError without graph.json and InvalidInputError for a damaged one", async () => {
      const dir = tempDir();
      await expect(LiveGraph.open(dir)).rejects.toBeInstanceOf(NotFoundError);
      writeFileSync(path.join(dir, "graph.json"), "{");
      await expect(LiveGraph.open(dir)).rejects.toBeInstanceOf(InvalidInputError);
    });

    it("rebuilds a missing or damaged graph.json from the documents when asked", async () => {
      const dir = tempDir();
      cpSync(SEED_CORPUS, path.join(dir, "documents"), { recursive: true });
      writeFileSync(path.join(dir, "graph.json"), JSON.stringify({ attributes: { version: 0 } }));
      const live = await LiveGraph.open(dir, { rebuild: true });
      expect(live.graph.order).toBeGreaterThan(50);
      expect(live.graph.getAttribute("documents")).toHaveLength(5);
      expect(loadGraph(path.join(dir, "graph.json")).order).toBe(live.graph.order);
      expect(readdirSync(path.join(dir, "analyses")).sort()).toEqual(
        readdirSync(path.join(dir, "documents"))
          .map((name) => name.replace(/\.txt$/, ".json"))
          .sort(),
      );
    });

    it("accepts a smaller maxBytes and rejects texts above it", async () => {
      const dir = tempDir();
      mkdirSync(path.join(dir, "documents"));
      writeFileSync(path.join(dir, "documents", "a.txt"), "Australia and Japan Met Again\n\nAustralia met Japan.\n");
      await rebuildGraphData(dir);
      const live = await LiveGraph.open(dir, { maxBytes: 10 });
      await expect(live.ingestDocument({ text: "more than ten bytes" })).rejects.toBeInstanceOf(InvalidInputError);
      await expect(live.ingestDocument({ text: "short" })).resolves.toMatchObject({ document: { title: "short" } });
    });
  });

  describe("LiveGraph mutations on a folder that cannot reproduce its graph", () => {
    /** A built copy of the seeds (documents/, analyses/, extraction.json, graph.json). */
    async function built(): Promise<string> {
      const dir = tempDir();
      cpSync(SEED_CORPUS, path.join(dir, "documents"), { recursive: true });
      await rebuildGraphData(dir, { builtAt: "2025-01-01T00:00:00.000Z" });
      return dir;
    }
    const TEXT = "Canadian Finance Minister Maria Lopez met Chilean Mining Minister Jorge Tapia in Ottawa.";

    it("refuses (ConflictError) when a document of the graph is missing, and writes nothing", async () => {
      const dir = await built();
      const [first] = readdirSync(path.join(dir, "documents")).sort();
      rmSync(path.join(dir, "documents", first!));
      const graphBefore = readFileSync(path.join(dir, "graph.json"), "utf8");
      const live = await LiveGraph.open(dir, { worker: false });
      expect(live.mutationsRefused).toMatch(/missing/);
      await expect(live.ingestDocument({ text: TEXT })).rejects.toBeInstanceOf(ConflictError);
      const id = live.graph.getAttribute("documents")[1]!.id;
      await expect(live.removeDocument(id)).rejects.toBeInstanceOf(ConflictError);
      expect(readFileSync(path.join(dir, "graph.json"), "utf8")).toBe(graphBefore);
      expect(live.graph.getAttribute("documents")).toHaveLength(5);
    });

    it("refuses when documents/ holds a document the graph does not have (an unacknowledged file)", async () => {
      const dir = await built();
      writeFileSync(path.join(dir, "documents", "ingest_0123456789abcdef.txt"), `${TEXT}\n`);
      const live = await LiveGraph.open(dir, { worker: false });
      expect(live.mutationsRefused).toMatch(/more/);
      await expect(live.ingestDocument({ text: TEXT })).rejects.toBeInstanceOf(ConflictError);
    });

    it("refuses when a document changed behind the graph's back, found at the first mutation", async () => {
      const dir = await built();
      rmSync(path.join(dir, "analyses"), { recursive: true });
      const [first] = readdirSync(path.join(dir, "documents")).sort();
      const file = path.join(dir, "documents", first!);
      writeFileSync(file, `${readFileSync(file, "utf8")}\nAn added sentence about Peru.\n`);
      const graphBefore = readFileSync(path.join(dir, "graph.json"), "utf8");
      const live = await LiveGraph.open(dir, { worker: false });
      expect(live.mutationsRefused).toBeNull();
      await expect(live.ingestDocument({ text: TEXT })).rejects.toBeInstanceOf(ConflictError);
      expect(live.mutationsRefused).toMatch(/changed/);
      expect(readFileSync(path.join(dir, "graph.json"), "utf8")).toBe(graphBefore);
      expect(readdirSync(path.join(dir, "documents"))).toHaveLength(5);
    });

    it("accepts mutations on a folder whose documents reproduce the graph, without analyses/", async () => {
      const dir = await built();
      rmSync(path.join(dir, "analyses"), { recursive: true });
      const live = await LiveGraph.open(dir, { worker: false });
      const { document } = await live.ingestDocument({ text: TEXT });
      expect(live.graph.getAttribute("documents").map((d) => d.id)).toContain(document.id);
      expect(live.graph.getAttribute("documents")).toHaveLength(6);
    });
  });

  describe("LiveGraph.ingestDocument metadata", () => {
    it("extracts the same from the text with or without a title, source and date", async () => {
      const text = [
        "Australian Resources Minister Madeleine King met Japanese Trade Minister Yoji Muto in Canberra on Tuesday.",
        "The two countries signed a partnership on critical minerals.",
      ].join("\n");
      const analysisOf = async (meta: { title?: string; source?: string }) => {
        const dir = tempDir();
        mkdirSync(path.join(dir, "documents"));
        writeFileSync(path.join(dir, "documents", "a.txt"), "Brazil and Chile Met Again\n\nBrazil met Chile.\n");
        await rebuildGraphData(dir);
        const live = await LiveGraph.open(dir, { worker: false });
        const { document } = await live.ingestDocument({ text, ...meta });
        const cached = JSON.parse(readFileSync(path.join(dir, "analyses", `${document.id}.json`), "utf8"));
        const { document: meta_, ...analysis } = cached.analysis;
        return { meta: meta_, analysis: JSON.stringify(analysis).replaceAll(document.id, "ID") };
      };
      const plain = await analysisOf({});
      const titled = await analysisOf({ title: "probe", source: "notes" });
      expect(titled.meta).toMatchObject({ title: "probe", source: "notes" });
      expect(plain.meta.title).not.toBe("probe");
      expect(titled.analysis).toBe(plain.analysis);
      expect(JSON.parse(titled.analysis).entities.length).toBeGreaterThan(2);
    });
  });

  describe("LiveGraph.open after a crash", () => {
    it("rolls back an ingest whose journal was not committed: staged files and temporary files removed", async () => {
      const dir = tempDir();
      mkdirSync(path.join(dir, "documents"));
      writeFileSync(path.join(dir, "documents", "a.txt"), "Brazil and Chile Met Again\n\nBrazil met Chile.\n");
      await rebuildGraphData(dir);
      const graphBefore = readFileSync(path.join(dir, "graph.json"), "utf8");
      writeFileSync(path.join(dir, "documents", ".ingest_x.txt.9.0.tmp"), "Peru met Chile.\n");
      writeFileSync(path.join(dir, "analyses", ".stale.json.9.1.tmp"), "{");
      const journal = {
        version: 1,
        op: "ingest",
        document: "ingest_x",
        state: "prepare",
        renames: [["documents/.ingest_x.txt.9.0.tmp", "documents/ingest_x.txt"]],
        deletes: [],
      };
      writeFileSync(path.join(dir, "journal.json"), JSON.stringify(journal));
      const live = await LiveGraph.open(dir, { worker: false });
      expect(live.mutationsRefused).toBeNull();
      expect(existsSync(path.join(dir, "journal.json"))).toBe(false);
      expect(readdirSync(path.join(dir, "documents"))).toEqual(["a.txt"]);
      expect(readdirSync(path.join(dir, "analyses"))).toEqual(["a.json"]);
      expect(readFileSync(path.join(dir, "graph.json"), "utf8")).toBe(graphBefore);
    });
  });

  describe("applyExtraction", () => {
    it("adds, updates and removes nodes and edges in place, reporting what changed", () => {
      const graph = buildGraph(small(), [], { builtAt: "t" });
      const same = applyExtraction(graph, small(), new Map(), "t2");
      expect(same).toEqual({
        addedNodes: [],
        updatedNodes: [],
        removedNodes: [],
        addedEdges: [],
        updatedEdges: [],
        removedEdges: [],
      });
      expect(graph.getAttribute("builtAt")).toBe("t2");

      const next = small();
      next.entities = next.entities.filter((e) => e.id !== "person:c");
      next.relations = next.relations.filter((r) => r.source !== "person:c");
      next.entities[0]!.aliases = ["Land A"];
      next.entities.push({ id: "country:d", name: "D", type: "Country", aliases: [], mentions: [] });
      next.relations[0]!.evidence = [...evidence, { ...evidence[0]!, start: 5, end: 6 }];
      next.relations.push({
        ...next.relations[0]!,
        id: "country:b|PARTNERED_WITH|country:d",
        source: "country:b",
        target: "country:d",
      });
      const x = graph.getNodeAttribute("country:a", "x");
      const diff = applyExtraction(graph, next, new Map([["d", "text"]]), "t3");
      expect(diff).toEqual({
        addedNodes: ["country:d"],
        updatedNodes: ["country:a"],
        removedNodes: ["person:c"],
        addedEdges: ["country:b|PARTNERED_WITH|country:d"],
        updatedEdges: ["country:a|PARTNERED_WITH|country:b"],
        removedEdges: ["person:c|REPRESENTS|country:a"],
      });
      expect(graph.getNodeAttribute("country:a", "aliases")).toEqual(["Land A"]);
      expect(graph.getNodeAttribute("country:a", "x")).toBe(x);
      expect(Number.isNaN(graph.getNodeAttribute("country:d", "x"))).toBe(true);
      expect(graph.getEdgeAttribute("country:a|PARTNERED_WITH|country:b", "evidence")).toHaveLength(2);
      expect(graph.getAttribute("documents")[0]!.text).toBe("text");
    });
  });

  describe("buildGraphData", () => {
    it("rejects analyses that do not match the documents with ConfigError", async () => {
      const dir = tempDir();
      await expect(
        buildGraphData(
          dir,
          small(),
          [],
          [{ id: "d", fileName: "d.txt", title: "", date: null, source: null, authors: [], text: "" }],
        ),
      ).rejects.toBeInstanceOf(ConfigError);
    });

    it("writes one cached analysis per document, drops stale ones, and writes graph.json", async () => {
      const dir = tempDir();
      cpSync(SEED_CORPUS, path.join(dir, "documents"), { recursive: true });
      mkdirSync(path.join(dir, "analyses"));
      writeFileSync(path.join(dir, "analyses", "gone.json"), "{}");
      const { documents } = await loadCorpus([path.join(dir, "documents")]);
      const analyses = documents.map(analyseDocument);
      const extraction = mergeAnalyses(analyses);
      const graph = await buildGraphData(dir, extraction, analyses, documents, { builtAt: "t" });
      expect(readdirSync(path.join(dir, "analyses")).sort()).toEqual(documents.map((d) => `${d.id}.json`).sort());
      expect(existsSync(path.join(dir, "graph.json"))).toBe(true);
      expect(loadGraph(path.join(dir, "graph.json")).order).toBe(graph.order);
      expect(graph.order).toBe(extraction.entities.length);
    });
  });

  describe("serializeExtraction", () => {
    it("writes the five arrays in order with a final newline", () => {
      const text = serializeExtraction(small());
      expect(Object.keys(JSON.parse(text))).toEqual(["documents", "entities", "relations", "statements", "merges"]);
      expect(text.endsWith("}\n")).toBe(true);
      expect(JSON.parse(readFileSync(seedFile("extraction.json"), "utf8"))).toEqual(
        JSON.parse(serializeExtraction(JSON.parse(readFileSync(seedFile("extraction.json"), "utf8")) as Extraction)),
      );
    });
  });
});
