// saveGraph / loadGraph / serializeGraph: a round trip that gives the same bytes, atomic writes,
// and typed errors for missing, damaged, old-version or malformed files.

import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Extraction } from "../../../src/extraction/types.ts";
import { buildGraph } from "../../../src/graph/build.ts";
import { InvalidInputError, NotFoundError } from "../../../src/graph/errors.ts";
import { GRAPH_FORMAT_VERSION } from "../../../src/graph/model.ts";
import { loadGraph, saveGraph, serializeGraph, writeFileAtomic } from "../../../src/graph/store.ts";

const extraction = JSON.parse(readFileSync("graph-data/extraction.json", "utf8")) as Extraction;
const graph = buildGraph(extraction, [{ id: extraction.documents[0]!.id, text: "Some text." }], {
  builtAt: "2025-01-01T00:00:00.000Z",
});
const dir = mkdtempSync(path.join(tmpdir(), "kg-store-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function expectInvalid(file: string): void {
  let caught: unknown;
  try {
    loadGraph(file);
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(InvalidInputError);
  expect((caught as Error).message).toContain(file);
}

type Plain = Record<string, unknown>;
interface GraphData {
  options: Plain;
  attributes: Plain;
  nodes: { key: string; attributes: Plain }[];
  edges: { key: string; source: string; target: string; attributes: Plain }[];
}

function writeVariant(name: string, edit: (data: GraphData) => void): string {
  const data = JSON.parse(serializeGraph(graph)) as GraphData;
  edit(data);
  const file = path.join(dir, name);
  writeFileSync(file, JSON.stringify(data));
  return file;
}

describe("graph/store", () => {
  describe("loadGraph", () => {
    it("throws NotFoundError for a missing file", () => {
      expect(() => loadGraph(path.join(dir, "missing.json"))).toThrow(NotFoundError);
    });

    it("throws InvalidInputError naming the file for a damaged file", () => {
      const file = path.join(dir, "damaged.json");
      writeFileSync(file, serializeGraph(graph).slice(0, 5000));
      expectInvalid(file);
      const empty = path.join(dir, "empty.json");
      writeFileSync(empty, "");
      expectInvalid(empty);
    });

    it("throws InvalidInputError for another format version", () => {
      expectInvalid(writeVariant("old.json", (data) => (data.attributes.version = GRAPH_FORMAT_VERSION - 1)));
      expectInvalid(writeVariant("noversion.json", (data) => Reflect.deleteProperty(data.attributes, "version")));
    });

    it("throws InvalidInputError for a malformed graph", () => {
      expectInvalid(writeVariant("no-evidence.json", (data) => (data.edges[0]!.attributes.evidence = [])));
      expectInvalid(writeVariant("bad-type.json", (data) => (data.nodes[0]!.attributes.type = "Planet")));
      expectInvalid(writeVariant("dangling.json", (data) => (data.edges[0]!.target = "person:nobody")));
      expectInvalid(writeVariant("no-nodes.json", (data) => Reflect.deleteProperty(data, "nodes")));
      expectInvalid(writeVariant("undirected.json", (data) => (data.options.type = "undirected")));
    });

    it("loads what saveGraph saved: same nodes, edges, attributes and bytes", () => {
      const file = path.join(dir, "graph.json");
      saveGraph(graph, file);
      const loaded = loadGraph(file);
      expect(loaded.nodes()).toEqual(graph.nodes());
      expect(loaded.edges()).toEqual(graph.edges());
      for (const key of graph.nodes()) expect(loaded.getNodeAttributes(key)).toEqual(graph.getNodeAttributes(key));
      for (const key of graph.edges()) {
        expect(loaded.getEdgeAttributes(key)).toEqual(graph.getEdgeAttributes(key));
        expect(loaded.source(key)).toBe(graph.source(key));
      }
      expect(loaded.getAttributes()).toEqual(graph.getAttributes());
      expect(serializeGraph(loaded)).toBe(readFileSync(file, "utf8"));
    });
  });

  describe("serializeGraph", () => {
    it("writes attributes in a fixed order whatever order they were set in", () => {
      const shuffled = graph.copy();
      shuffled.updateEachNodeAttributes((_key, a) => {
        const { color, size, ...rest } = a;
        return { size, color, ...rest };
      });
      expect(serializeGraph(shuffled)).toBe(serializeGraph(graph));
      const text = serializeGraph(graph);
      expect(text.endsWith("}\n")).toBe(true);
      const first = JSON.parse(text).nodes[0];
      expect(Object.keys(first.attributes).slice(0, 3)).toEqual(["label", "name", "type"]);
    });
  });

  describe("writeFileAtomic / saveGraph", () => {
    it("leaves only the target file, creating the directory", () => {
      const target = path.join(dir, "atomic", "nested", "graph.json");
      saveGraph(graph, target);
      saveGraph(graph, target);
      expect(readdirSync(path.dirname(target))).toEqual(["graph.json"]);
    });

    it("leaves no temporary file when the rename fails", () => {
      const target = path.join(dir, "blocked", "out.json");
      mkdirSync(target, { recursive: true });
      expect(() => writeFileAtomic(target, "content")).toThrow();
      expect(readdirSync(path.dirname(target))).toEqual(["out.json"]);
    });
  });
});
