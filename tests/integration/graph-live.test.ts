// Live ingestion end to end, in a temporary copy of the seed documents: ingest articles, check
// the graph against a full rebuild of the same documents, persist and reopen, remove them again.
// Never writes to the real graph-data/.

import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { InvalidInputError, NotFoundError } from "../../src/errors.ts";
import type { Extraction } from "../../src/extraction/types.ts";
import { LiveGraph, rebuildGraphData } from "../../src/graph/live.ts";
import type { KnowledgeGraph } from "../../src/graph/model.ts";
import { findEntity, listEntities } from "../../src/graph/query.ts";
import { loadGraph, parseGraph, serializeGraph } from "../../src/graph/store.ts";
import { SEED_CORPUS } from "../_helpers/seeds.ts";

const BUILT_AT = "2025-01-01T00:00:00.000Z";
const temps: string[] = [];

function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "kg-live-"));
  temps.push(dir);
  return dir;
}

/** `value` with every array sorted (by its items' JSON), recursively: equal up to order. */
function unordered(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value
      .map(unordered)
      .map((item) => [JSON.stringify(item), item] as const)
      .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .map(([, item]) => item);
  }
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, unordered(item)]));
  }
  return value;
}

/**
 * The graph without positions and build time, nodes and edges sorted by key: what a rebuild must
 * equal. With `metrics` false, also without the metrics an ingest leaves provisional until the
 * next compaction (PageRank, community, size), and up to order: an ingest merges its document as
 * the corpus's last, a build in file-name order (documents, evidence, mentions, merge records).
 */
function content(graph: KnowledgeGraph, metrics = true) {
  const nodes = graph
    .mapNodes((key, { x: _x, y: _y, pagerank, community, size, ...rest }) =>
      metrics ? ([key, { ...rest, pagerank, community, size }] as const) : ([key, rest] as const),
    )
    .sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const edges = graph
    .mapEdges((key, attributes, source, target) => [key, source, target, attributes] as const)
    .sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const { builtAt: _builtAt, ...attributes } = graph.getAttributes();
  const result = { nodes, edges, attributes };
  return metrics ? result : unordered(result);
}

async function rebuildOf(dir: string): Promise<KnowledgeGraph> {
  const copy = tempDir();
  cpSync(path.join(dir, "documents"), path.join(copy, "documents"), { recursive: true });
  return (await rebuildGraphData(copy, { builtAt: BUILT_AT })).graph;
}

const PACT = {
  title: "Australia and Japan Sign Critical Minerals Pact",
  source: "Reuters",
  date: "2025-11-03",
  text: [
    "Australian Resources Minister Madeleine King met Japanese Trade Minister Yoji Muto in Canberra on Tuesday to discuss rare earths.",
    "The two countries signed a partnership on critical minerals, and Australia said it would expand production of lithium and rare earths.",
  ].join("\n"),
};

const OTTAWA = {
  text: [
    "Canada Joins Rare Earth Talks With the United States",
    "",
    "Canadian Energy Minister Tim Hodgson met Treasury Secretary Scott Bessent in Ottawa on Monday to discuss rare earths and magnets.",
    "China controls 90% of rare earth processing, Hodgson told reporters.",
  ].join("\n"),
};

describe("graph/live (integration)", () => {
  let dir: string;
  let live: LiveGraph;
  let original: string;
  let pactId: string;

  beforeAll(async () => {
    dir = tempDir();
    cpSync(SEED_CORPUS, path.join(dir, "documents"), { recursive: true });
    await rebuildGraphData(dir, { builtAt: BUILT_AT });
    original = readFileSync(path.join(dir, "graph.json"), "utf8");
    live = await LiveGraph.open(dir);
  });

  afterAll(() => {
    for (const temp of temps) rmSync(temp, { recursive: true, force: true });
  });

  it("rejects empty, blank, oversized and badly dated texts, multi-line or overlong titles, and writes nothing", async () => {
    const before = readdirSync(path.join(dir, "documents"));
    await expect(live.ingestDocument({ text: "" })).rejects.toBeInstanceOf(InvalidInputError);
    await expect(live.ingestDocument({ text: " \n\t " })).rejects.toBeInstanceOf(InvalidInputError);
    await expect(live.ingestDocument({ text: "a".repeat(1024 * 1024 + 1) })).rejects.toBeInstanceOf(InvalidInputError);
    await expect(live.ingestDocument({ ...PACT, date: "3 November 2025" })).rejects.toBeInstanceOf(InvalidInputError);
    await expect(live.ingestDocument({ ...PACT, date: "2025-02-30" })).rejects.toBeInstanceOf(InvalidInputError);
    await expect(live.ingestDocument({ ...PACT, title: "one\ntwo" })).rejects.toBeInstanceOf(InvalidInputError);
    await expect(live.ingestDocument({ ...PACT, title: "t".repeat(301) })).rejects.toBeInstanceOf(InvalidInputError);
    await expect(live.ingestDocument({ ...PACT, source: "a\rb" })).rejects.toBeInstanceOf(InvalidInputError);
    expect(readdirSync(path.join(dir, "documents"))).toEqual(before);
    expect(readFileSync(path.join(dir, "graph.json"), "utf8")).toBe(original);
  });

  it("ingests an article: new entities added, existing ones updated, not duplicated, positions kept", async () => {
    const positions = new Map(live.graph.mapNodes((key, a) => [key, [a.x, a.y]] as const));
    const countries = listEntities(live.graph, { type: "Country" }).length;
    const result = await live.ingestDocument(PACT);
    pactId = result.document.id;
    expect(pactId).toMatch(/^ingest_[0-9a-f]{16}$/);
    expect(result.document).toEqual({
      id: pactId,
      title: PACT.title,
      date: PACT.date,
      source: PACT.source,
      authors: [],
    });
    expect(result.addedNodes).toEqual(expect.arrayContaining(["person:madeleine-king", "person:yoji-muto"]));
    expect(result.updatedNodes).toEqual(
      expect.arrayContaining(["country:australia", "country:japan", "mineral:rare-earths"]),
    );
    expect(result.addedEdges.length).toBeGreaterThan(0);
    for (const key of result.addedNodes) expect(positions.has(key)).toBe(false);
    for (const key of result.updatedNodes) expect(positions.has(key)).toBe(true);

    const graph = live.graph;
    expect(listEntities(graph, { type: "Country" })).toHaveLength(countries);
    expect(graph.getNodeAttribute("country:australia", "documents")).toContain(pactId);
    expect(findEntity(graph, live.index, { name: "Madeleine King" })).toBe("person:madeleine-king");
    for (const [key, [x, y]] of positions) {
      expect(graph.getNodeAttribute(key, "x")).toBe(x);
      expect(graph.getNodeAttribute(key, "y")).toBe(y);
    }
    graph.forEachNode((_key, a) => expect(Number.isFinite(a.x) && Number.isFinite(a.y)).toBe(true));
    graph.forEachEdge((_key, a) => expect(a.evidence.length).toBeGreaterThan(0));
  });

  it("persists the document (the text as given, the metadata beside it) and its analysis, and leaves graph.json to the compaction", () => {
    const file = path.join(dir, "documents", `${pactId}.txt`);
    expect(readFileSync(file, "utf8")).toBe(`${PACT.text}\n`);
    expect(JSON.parse(readFileSync(path.join(dir, "documents", `${pactId}.meta.json`), "utf8"))).toEqual({
      title: PACT.title,
      source: PACT.source,
      date: PACT.date,
    });
    const cached = JSON.parse(readFileSync(path.join(dir, "analyses", `${pactId}.json`), "utf8"));
    expect(cached.seq).toBe(1);
    expect(cached.analysis.document.id).toBe(pactId);
    expect(live.pendingDocuments).toEqual([pactId]);
    expect(readFileSync(path.join(dir, "graph.json"), "utf8")).toBe(original);
    const before = JSON.parse(readFileSync(path.join(dir, "extraction.json"), "utf8")) as Extraction;
    expect(before.documents.map((d) => d.id)).not.toContain(pactId);
    expect(readdirSync(dir).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  it("equals a rebuild of all the documents, positions and provisional metrics aside", async () => {
    const rebuilt = await rebuildOf(dir);
    expect(content(live.graph, false)).toEqual(content(rebuilt, false));
  });

  it("reopens from disk to the same graph, replaying the ingests graph.json lacks", async () => {
    const reopened = await LiveGraph.open(dir);
    expect(reopened.pendingDocuments).toEqual([pactId]);
    expect(serializeGraph(reopened.graph)).toBe(serializeGraph(live.graph));
    await reopened.close();
  });

  it("compacts: graph.json and extraction.json then hold the ingest, and the graph equals a rebuild, positions aside", async () => {
    expect(await live.compact()).toBe(1);
    expect(live.pendingDocuments).toEqual([]);
    expect(await live.compact()).toBe(0);
    const extraction = JSON.parse(readFileSync(path.join(dir, "extraction.json"), "utf8")) as Extraction;
    expect(extraction.documents.map((d) => d.id)).toContain(pactId);
    expect(extraction.entities.map((e) => e.id)).toContain("person:madeleine-king");
    expect(readFileSync(path.join(dir, "graph.json"), "utf8")).toBe(serializeGraph(live.graph));
    expect(readdirSync(dir).filter((name) => name.endsWith(".tmp"))).toEqual([]);
    expect(content(live.graph)).toEqual(content(await rebuildOf(dir)));
    const reopened = await LiveGraph.open(dir);
    expect(reopened.pendingDocuments).toEqual([]);
    expect(serializeGraph(reopened.graph)).toBe(serializeGraph(live.graph));
  });

  it("changes nothing when the same content is ingested again", async () => {
    const before = serializeGraph(live.graph);
    const again = await live.ingestDocument(PACT);
    expect(again.document.id).toBe(pactId);
    expect([again.addedNodes, again.updatedNodes, again.addedEdges, again.updatedEdges]).toEqual([[], [], [], []]);
    expect(serializeGraph(live.graph)).toBe(before);
  });

  it("runs concurrent ingestions one after the other and still equals a rebuild", async () => {
    const second = {
      ...PACT,
      text: `${PACT.text}\nJapan will also buy Australian lithium.`,
      title: "Japan Buys Australian Lithium",
    };
    const [ottawa, other] = await Promise.all([live.ingestDocument(OTTAWA), live.ingestDocument(second)]);
    expect(ottawa.document.id).not.toBe(other.document.id);
    const ids = live.graph.getAttribute("documents").map((d) => d.id);
    expect(ids).toEqual(expect.arrayContaining([pactId, ottawa.document.id, other.document.id]));
    expect(ottawa.document.title).toBe("Canada Joins Rare Earth Talks With the United States");
    expect(live.graph.getNodeAttribute("person:scott-bessent", "documents")).toContain(ottawa.document.id);
    expect(content(live.graph, false)).toEqual(content(await rebuildOf(dir), false));
    for (const id of [ottawa.document.id, other.document.id]) await live.removeDocument(id);
  });

  it("throws NotFoundError when removing an unknown document", async () => {
    await expect(live.removeDocument("no-such-document")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("removes the article: back to the original graph, files gone", async () => {
    const result = await live.removeDocument(pactId);
    expect(result.removedNodes).toEqual(expect.arrayContaining(["person:madeleine-king", "person:yoji-muto"]));
    expect(result.updatedNodes).toContain("country:australia");
    expect(existsSync(path.join(dir, "documents", `${pactId}.txt`))).toBe(false);
    expect(existsSync(path.join(dir, "documents", `${pactId}.meta.json`))).toBe(false);
    expect(existsSync(path.join(dir, "analyses", `${pactId}.json`))).toBe(false);
    const back = loadGraph(path.join(dir, "graph.json"));
    const initial = parseGraph(original);
    expect(back.nodes()).toEqual(initial.nodes());
    expect(back.edges()).toEqual(initial.edges());
    // Positions never moved, so the graph is the original one, build time aside.
    const builtAt = live.graph.getAttribute("builtAt");
    expect(serializeGraph(live.graph).replace(builtAt, BUILT_AT)).toBe(original);
  });
});
