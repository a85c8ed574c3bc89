// JSON export: graphology's serialisation, imported back into a graph and compared whole.

import { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { exportJson } from "../../../src/export/json.ts";
import { createGraph, type KnowledgeGraph } from "../../../src/graph/model.ts";
import { hostileGraph, readSeedExtraction, reversedCopy, seedGraph } from "./_graph.ts";

function readBack(text: string): KnowledgeGraph {
  return MultiDirectedGraph.from(JSON.parse(text)) as KnowledgeGraph;
}

function expectSameGraph(read: KnowledgeGraph, source: KnowledgeGraph): void {
  expect(read.type).toBe("directed");
  expect(read.multi).toBe(true);
  expect(read.getAttributes()).toEqual(source.getAttributes());
  expect(read.nodes().sort()).toEqual(source.nodes().sort());
  expect(read.edges().sort()).toEqual(source.edges().sort());
  source.forEachNode((key, attributes) => expect(read.getNodeAttributes(key)).toEqual(attributes));
  source.forEachEdge((key, attributes, from, to) => {
    expect(read.source(key)).toBe(from);
    expect(read.target(key)).toBe(to);
    expect(read.getEdgeAttributes(key)).toEqual(attributes);
  });
}

describe("export/json", () => {
  describe("exportJson", () => {
    it("writes an empty graph that imports back empty, with its graph attributes", () => {
      const graph = createGraph();
      const read = readBack(exportJson(graph));
      expectSameGraph(read, graph);
      expect(read.order).toBe(0);
    });

    it("round-trips the seed graph whole: keys, endpoints, attributes and evidence", () => {
      const graph = seedGraph();
      const read = readBack(exportJson(graph));
      const extraction = readSeedExtraction();
      expect(read.order).toBe(extraction.entities.length);
      expect(read.size).toBe(extraction.relations.length);
      expectSameGraph(read, graph);
    });

    it("is pretty-printed, sorted by key and deterministic whatever the insertion order", () => {
      const graph = seedGraph();
      const text = exportJson(graph);
      expect(text.endsWith("}\n")).toBe(true);
      expect(text).toContain('\n  "nodes": [\n');
      const data = JSON.parse(text) as { nodes: { key: string }[]; edges: { key: string }[] };
      const nodeKeys = data.nodes.map((n) => n.key);
      expect(nodeKeys).toEqual([...nodeKeys].sort());
      const edgeKeys = data.edges.map((e) => e.key);
      expect(edgeKeys).toEqual([...edgeKeys].sort());
      expect(exportJson(reversedCopy(graph))).toBe(text);
    });

    it("round-trips hostile text exactly, control characters and lone surrogates included", () => {
      const graph = hostileGraph();
      const text = exportJson(graph);
      // No lone surrogate: the text survives encoding to UTF-8 and back.
      expect(Buffer.from(text, "utf8").toString("utf8")).toBe(text);
      expectSameGraph(readBack(text), graph);
    });
  });
});
