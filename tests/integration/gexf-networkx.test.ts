// GEXF read by the real networkx: a server on a temporary copy of the seeds, its whole-graph GEXF
// (GET /export) and a subgraph's (GraphQL `subgraph { export }`), in GEXF 1.3 and 1.2draft, loaded
// with every Python that has networkx (Debian's python3-networkx, installed by .ci/run, and any
// other python3 on the PATH); the node and edge counts must be the API's `stats` (or the
// subgraph's), and the attributes those of the graph. networkx before 3.6 reads only GEXF 1.2draft.

import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeGraph } from "../../src/graph/model.ts";
import { loadGraph } from "../../src/graph/store.ts";
import { startTestServer, type TestServer } from "../_helpers/server.ts";

/** Reads GEXF files with networkx and prints, per file, its nodes and edges with their attributes as JSON. */
const READER = `
import json, sys
import networkx as nx
out = {"version": nx.__version__, "files": []}
for name in sys.argv[1:]:
    try:
        g = nx.read_gexf(name)
    except Exception as error:
        out["files"].append({"error": type(error).__name__ + ": " + str(error)})
        continue
    edges = []
    for u, v, data in g.edges(data=True):
        edges.append({"source": u, "target": v, "data": data})
    out["files"].append({
        "directed": g.is_directed(),
        "nodes": {n: data for n, data in g.nodes(data=True)},
        "edges": edges,
    })
print(json.dumps(out, default=str))
`;

interface NxFile {
  error?: string;
  directed: boolean;
  nodes: Record<string, Record<string, unknown> & { viz?: NxViz }>;
  edges: { source: string; target: string; data: Record<string, unknown> }[];
}
interface NxViz {
  color?: { r: number; g: number; b: number; a?: number };
  size?: number;
  position?: { x: number; y: number; z: number };
}
interface NxRun {
  python: string;
  version: string;
  files: NxFile[];
}

/** Every Python 3 on this machine that imports networkx, one per networkx version (Debian's first). */
function networkxPythons(): { python: string; version: string }[] {
  const found = new Map<string, string>();
  for (const python of ["/usr/bin/python3", "python3"]) {
    const run = spawnSync(python, ["-c", "import networkx; print(networkx.__version__)"], { encoding: "utf8" });
    const version = run.status === 0 ? run.stdout.trim() : "";
    if (version && !found.has(version)) found.set(version, python);
  }
  return [...found].map(([version, python]) => ({ python, version }));
}

function readWithNetworkx(python: string, files: string[]): NxRun {
  const run = spawnSync(python, ["-c", READER, ...files], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`${python} failed: ${run.stderr}`);
  const parsed = JSON.parse(run.stdout) as Omit<NxRun, "python">;
  return { python, ...parsed };
}

/** True when a networkx version reads GEXF 1.3 (added in networkx 3.6). */
function readsGexf13(version: string): boolean {
  const [major = 0, minor = 0] = version.split(".").map((part) => Number.parseInt(part, 10));
  return major > 3 || (major === 3 && minor >= 6);
}

/** `#rrggbb` as networkx's viz colour. */
function rgb(hex: string): { r: number; g: number; b: number } {
  return {
    r: Number.parseInt(hex.slice(1, 3), 16),
    g: Number.parseInt(hex.slice(3, 5), 16),
    b: Number.parseInt(hex.slice(5, 7), 16),
  };
}

/** Checks one file read by networkx against the graph it was exported from (`keys`: the exported part). */
function expectSameGraph(read: NxFile, graph: KnowledgeGraph, nodes: string[], edges: string[]): void {
  expect(read.error).toBeUndefined();
  expect(read.directed).toBe(true);
  expect(Object.keys(read.nodes).sort()).toEqual([...nodes].sort());
  expect(read.edges.length).toBe(edges.length);
  for (const key of nodes) {
    const source = graph.getNodeAttributes(key);
    const data = read.nodes[key]!;
    expect(data.label).toBe(source.label);
    expect(data.name).toBe(source.name);
    expect(data.type).toBe(source.type);
    expect(data.mentionCount).toBe(source.mentionCount);
    expect(data.degree).toBe(source.degree);
    expect(data.pagerank).toBeCloseTo(source.pagerank, 12);
    expect(data.community).toBe(source.community);
    expect(data.aliases ?? "").toBe(source.aliases.join("; "));
    expect(JSON.parse(data.attributes as string)).toEqual(source.attributes);
    expect(data.viz?.color).toMatchObject(rgb(source.color));
    expect(data.viz?.size).toBeCloseTo(source.size, 5);
    expect(data.viz?.position?.x).toBeCloseTo(source.x, 3);
    expect(data.viz?.position?.y).toBeCloseTo(source.y, 3);
  }
  const byId = new Map(read.edges.map((edge) => [edge.data.id as string, edge]));
  expect([...byId.keys()].sort()).toEqual([...edges].sort());
  for (const key of edges) {
    const source = graph.getEdgeAttributes(key);
    const edge = byId.get(key)!;
    expect([edge.source, edge.target]).toEqual([graph.source(key), graph.target(key)]);
    expect(edge.data.predicate).toBe(source.predicate);
    expect(edge.data.label).toBe(source.label);
    expect(edge.data.weight).toBeCloseTo(source.confidence, 12);
    expect(edge.data.symmetric).toBe(source.symmetric);
    expect(JSON.parse(edge.data.evidence as string)).toEqual(source.evidence);
    expect(edge.data.evidence_count).toBe(source.evidence.length);
  }
}

let server: TestServer;
let graph: KnowledgeGraph;
let dir: string;
const pythons = networkxPythons();

beforeAll(async () => {
  server = await startTestServer();
  graph = await loadGraph(path.join(server.dataDir, "graph.json"));
  dir = mkdtempSync(path.join(tmpdir(), "kg-networkx-"));
});

afterAll(async () => {
  await server?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("export/gexf", () => {
  describe("read by networkx", () => {
    it("has a Python with networkx to read with (apt-get install python3-networkx)", () => {
      expect(
        pythons,
        "no python3 on this machine imports networkx: install Debian's python3-networkx (.ci/run does)",
      ).not.toEqual([]);
    });

    it("loads the whole graph and a subgraph, GEXF 1.3 and 1.2draft, with the API's counts and the graph's attributes", async () => {
      const stats = await server.graphql<{ stats: { nodes: number; edges: number } }>("{ stats { nodes edges } }");
      const { nodes, edges } = stats.body.data!.stats;
      expect([nodes, edges]).toEqual([graph.order, graph.size]);

      const sub = await server.graphql<{
        subgraph: { nodes: { id: string }[]; relations: { id: string }[]; gexf: string; gexf12: string };
      }>(
        `{ subgraph(seeds: ["Scott Bessent"], depth: 1) {
             nodes { id } relations { id } gexf: export(format: GEXF) gexf12: export(format: GEXF12) } }`,
      );
      const subgraph = sub.body.data!.subgraph;
      const subNodes = subgraph.nodes.map((n) => n.id);
      const subEdges = subgraph.relations.map((r) => r.id);
      expect(subNodes.length).toBeGreaterThan(1);
      expect(subEdges.length).toBeGreaterThan(0);
      expect(subNodes.length).toBeLessThan(nodes);

      const files: Record<string, string> = {
        "whole.gexf": await (await fetch(`${server.url}/export?format=gexf`)).text(),
        "whole-12.gexf": await (await fetch(`${server.url}/export?format=gexf12`)).text(),
        "sub.gexf": subgraph.gexf,
        "sub-12.gexf": subgraph.gexf12,
      };
      for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
      const names = Object.keys(files).map((name) => path.join(dir, name));

      for (const { python } of pythons) {
        const run = readWithNetworkx(python, names);
        const [whole13, whole12, sub13, sub12] = run.files as [NxFile, NxFile, NxFile, NxFile];
        // networkx before 3.6 knows GEXF 1.1draft and 1.2draft only; 3.6 reads 1.3 too.
        if (readsGexf13(run.version)) {
          expectSameGraph(whole13, graph, graph.nodes(), graph.edges());
          expectSameGraph(sub13, graph, subNodes, subEdges);
        } else {
          expect(whole13.error).toMatch(/No <graph> element/);
        }
        expectSameGraph(whole12, graph, graph.nodes(), graph.edges());
        expectSameGraph(sub12, graph, subNodes, subEdges);
      }
    });
  });
});
