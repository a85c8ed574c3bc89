// Lazy evidence of a loaded graph (codec.ts): an edge's evidence stays in the text read until its
// first read, yet every way of reading the attributes sees what the saved graph had: property
// reads, key order, spreads, Object.assign, JSON, graphology's export and setters; reading through
// chunks much smaller than a line; the empty `attributes` record made on first read and kept.
// Likewise a node's mentions and the documents read from them.

import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadCorpus } from "../../../src/extraction/corpus.ts";
import type { EntityMention, Evidence, Extraction } from "../../../src/extraction/types.ts";
import { buildGraph } from "../../../src/graph/build.ts";
import { isEvidencePending, isMentionsPending } from "../../../src/graph/codec.ts";

import { loadGraph, parseGraph, saveGraph, serializeGraph } from "../../../src/graph/store.ts";
import { SEED_CORPUS, seedFile } from "../../_helpers/seeds.ts";

const extraction = JSON.parse(readFileSync(seedFile("extraction.json"), "utf8")) as Extraction;
const { documents } = await loadCorpus([SEED_CORPUS]);
const graph = buildGraph(extraction, documents, { builtAt: "2025-01-01T00:00:00.000Z" });
const dir = mkdtempSync(path.join(tmpdir(), "kg-lazy-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = path.join(dir, "graph.json");
saveGraph(graph, file);

describe("codec", () => {
  describe("lazy evidence of a loaded graph", () => {
    it("keeps every edge's evidence undecoded after the load, and decodes it on first read", () => {
      const loaded = loadGraph(file);
      expect(loaded.size).toBe(graph.size);
      expect(loaded.size).toBeGreaterThan(10);
      for (const edge of loaded.edges()) expect(isEvidencePending(loaded.getEdgeAttributes(edge))).toBe(true);
      const first = loaded.edges()[0]!;
      const attributes = loaded.getEdgeAttributes(first);
      expect(attributes.evidence).toStrictEqual(graph.getEdgeAttributes(first).evidence);
      expect(isEvidencePending(attributes)).toBe(false);
      // Decoded once: the same array on every read, so changes to it stay.
      expect(attributes.evidence).toBe(attributes.evidence);
      expect(isEvidencePending(loaded.getEdgeAttributes(loaded.edges()[1]!))).toBe(true);
      // Edges that were not loaded have nothing pending.
      expect(isEvidencePending(graph.getEdgeAttributes(first))).toBe(false);
    });

    it("shows the same attributes as the saved graph to keys, spreads, assign, JSON and export", () => {
      const loaded = loadGraph(file);
      for (const edge of graph.edges()) {
        const expected = graph.getEdgeAttributes(edge);
        const actual = loaded.getEdgeAttributes(edge);
        expect(Object.getPrototypeOf(actual)).toBe(Object.prototype);
        expect(Object.keys(actual)).toEqual(Object.keys(expected));
        expect(Reflect.ownKeys(actual)).toEqual(Object.keys(expected));
        expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
        const spread = { ...actual };
        expect(Object.getOwnPropertyDescriptor(spread, "evidence")?.value).toStrictEqual(expected.evidence);
        expect(Object.assign({}, actual)).toStrictEqual(expected);
        expect(actual).toStrictEqual(expected);
      }
      expect(loaded.export()).toStrictEqual(graph.export());
      expect(structuredClone(loaded.getEdgeAttributes(graph.edges()[0]!))).toStrictEqual(
        graph.getEdgeAttributes(graph.edges()[0]!),
      );
    });

    it("decodes the same evidence through chunks far smaller than a line, and from parseGraph", () => {
      const tiny = loadGraph(file, { chunkSize: 7 });
      const parsed = parseGraph(serializeGraph(graph));
      for (const edge of graph.edges()) {
        expect(tiny.getEdgeAttribute(edge, "evidence")).toStrictEqual(graph.getEdgeAttribute(edge, "evidence"));
        expect(parsed.getEdgeAttribute(edge, "evidence")).toStrictEqual(graph.getEdgeAttribute(edge, "evidence"));
      }
    });

    it("stores what is set, through the attributes object and through graphology, before or after a read", () => {
      const loaded = loadGraph(file);
      const [a, b, c] = loaded.edges();
      const replacement: Evidence[] = [{ document: "d", sentence: "s", start: 0, end: 1, rule: "r" }];
      loaded.setEdgeAttribute(a!, "evidence", replacement);
      expect(loaded.getEdgeAttribute(a!, "evidence")).toBe(replacement);
      expect(isEvidencePending(loaded.getEdgeAttributes(a!))).toBe(false);
      const attributes = loaded.getEdgeAttributes(b!);
      attributes.evidence.push(replacement[0]!);
      expect(loaded.getEdgeAttribute(b!, "evidence")).toStrictEqual([
        ...graph.getEdgeAttribute(b!, "evidence"),
        replacement[0],
      ]);
      loaded.mergeEdgeAttributes(c!, { evidence: replacement });
      expect(loaded.getEdgeAttribute(c!, "evidence")).toBe(replacement);
      // Saved again, the file has what was set (and the untouched edges as they were).
      const again = parseGraph(serializeGraph(loaded));
      expect(again.getEdgeAttribute(a!, "evidence")).toStrictEqual(replacement);
      expect(again.getEdgeAttribute(b!, "evidence")).toHaveLength(graph.getEdgeAttribute(b!, "evidence").length + 1);
      const untouched = loaded.edges()[3]!;
      expect(again.getEdgeAttribute(untouched, "evidence")).toStrictEqual(
        graph.getEdgeAttribute(untouched, "evidence"),
      );
    });

    it("makes an empty attributes record on first read and keeps what is written to it", () => {
      const loaded = loadGraph(file);
      const edge = graph.edges().find((key) => Object.keys(graph.getEdgeAttribute(key, "attributes")).length === 0)!;
      expect(edge).toBeDefined();
      const record = loaded.getEdgeAttribute(edge, "attributes");
      expect(record).toStrictEqual({});
      record.note = "kept";
      expect(loaded.getEdgeAttribute(edge, "attributes")).toBe(record);
      expect(parseGraph(serializeGraph(loaded)).getEdgeAttribute(edge, "attributes")).toStrictEqual({ note: "kept" });
      const other = { role: "chair" };
      loaded.setEdgeAttribute(edge, "attributes", other);
      expect(loaded.getEdgeAttribute(edge, "attributes")).toBe(other);
    });

    it("decodes a non-empty attributes record on first read, apart from the evidence, and keeps it", () => {
      const loaded = loadGraph(file);
      const edge = graph.edges().find((key) => Object.keys(graph.getEdgeAttribute(key, "attributes")).length > 0)!;
      expect(edge).toBeDefined();
      const attributes = loaded.getEdgeAttributes(edge);
      const record = attributes.attributes;
      expect(record).toStrictEqual(graph.getEdgeAttribute(edge, "attributes"));
      expect(attributes.attributes).toBe(record);
      // The evidence stays in the text until it is read itself.
      expect(isEvidencePending(attributes)).toBe(true);
      expect(attributes.evidence).toStrictEqual(graph.getEdgeAttribute(edge, "evidence"));
      expect(isEvidencePending(attributes)).toBe(false);
      expect(attributes.attributes).toBe(record);
      // Set before any read: what is set is kept, the other value still decodes from the text.
      const otherKey = graph
        .edges()
        .filter((key) => key !== edge)
        .at(-1)!;
      const other = loaded.getEdgeAttributes(otherKey);
      const evidence: Evidence[] = [{ document: "d", sentence: "s", start: 0, end: 1, rule: "r" }];
      other.evidence = evidence;
      expect(other.evidence).toBe(evidence);
      expect(other.attributes).toStrictEqual(graph.getEdgeAttribute(otherKey, "attributes"));
    });

    it("saves a loaded graph to the same bytes, whether or not its evidence was read", () => {
      const text = readFileSync(file, "utf8");
      expect(serializeGraph(loadGraph(file))).toBe(text);
      const read = loadGraph(file);
      for (const edge of read.edges()) void read.getEdgeAttribute(edge, "evidence");
      expect(serializeGraph(read)).toBe(text);
      const nodesRead = loadGraph(file);
      for (const node of nodesRead.nodes()) void nodesRead.getNodeAttribute(node, "documents");
      expect(serializeGraph(nodesRead)).toBe(text);
    });
  });

  describe("lazy mentions of a loaded graph", () => {
    it("keeps every node's mentions undecoded after the load, with their count, and decodes them on first read", () => {
      const loaded = loadGraph(file);
      expect(loaded.order).toBe(graph.order);
      for (const node of loaded.nodes()) {
        const attributes = loaded.getNodeAttributes(node);
        expect(isMentionsPending(attributes)).toBe(true);
        expect(attributes.mentionCount).toBe(graph.getNodeAttribute(node, "mentions").length);
      }
      const [first, second] = loaded.nodes();
      const attributes = loaded.getNodeAttributes(first!);
      expect(attributes.mentions).toStrictEqual(graph.getNodeAttribute(first!, "mentions"));
      expect(isMentionsPending(attributes)).toBe(false);
      expect(attributes.mentions).toBe(attributes.mentions);
      // The documents alone decode the mentions too, and are those of the mentions.
      const other = loaded.getNodeAttributes(second!);
      expect(other.documents).toStrictEqual(graph.getNodeAttribute(second!, "documents"));
      expect(isMentionsPending(other)).toBe(false);
      expect(other.mentions).toStrictEqual(graph.getNodeAttribute(second!, "mentions"));
      expect(isMentionsPending(graph.getNodeAttributes(first!))).toBe(false);
    });

    it("shows the same node attributes as the saved graph to keys, spreads, JSON, clones and export", () => {
      const loaded = loadGraph(file);
      for (const node of graph.nodes()) {
        const expected = graph.getNodeAttributes(node);
        const actual = loaded.getNodeAttributes(node);
        expect(Object.getPrototypeOf(actual)).toBe(Object.prototype);
        expect(Object.keys(actual)).toEqual(Object.keys(expected));
        expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
        expect({ ...actual }).toStrictEqual({ ...expected });
        expect(actual).toStrictEqual(expected);
      }
      const node = graph.nodes()[0]!;
      expect(structuredClone(loadGraph(file).getNodeAttributes(node))).toStrictEqual(graph.getNodeAttributes(node));
      expect(loadGraph(file).export()).toStrictEqual(graph.export());
    });

    it("stores what is set, before or after a read, and saves it", () => {
      const loaded = loadGraph(file);
      const [a, b, c] = loaded.nodes();
      const mention: EntityMention = { document: "d", start: 0, end: 1, sentence: "s", text: "t", rule: "r" };
      loaded.setNodeAttribute(a!, "mentions", [mention]);
      loaded.setNodeAttribute(a!, "documents", ["d"]);
      expect(loaded.getNodeAttribute(a!, "mentions")).toStrictEqual([mention]);
      loaded.getNodeAttribute(b!, "mentions").push(mention);
      loaded.mergeNodeAttributes(c!, { documents: ["z"] });
      expect(loaded.getNodeAttribute(c!, "documents")).toStrictEqual(["z"]);
      expect(loaded.getNodeAttribute(c!, "mentions")).toStrictEqual(graph.getNodeAttribute(c!, "mentions"));
      const again = parseGraph(serializeGraph(loaded));
      expect(again.getNodeAttribute(a!, "mentions")).toStrictEqual([mention]);
      expect(again.getNodeAttribute(b!, "mentions")).toHaveLength(graph.getNodeAttribute(b!, "mentions").length + 1);
      expect(again.getNodeAttribute(c!, "documents")).toStrictEqual(["z"]);
      // Mentions set before any read leave the documents those of the mentions loaded.
      const d = loaded.nodes()[3]!;
      loaded.setNodeAttribute(d, "mentions", [mention]);
      expect(loaded.getNodeAttribute(d, "documents")).toStrictEqual(graph.getNodeAttribute(d, "documents"));
    });

    it("decodes the same mentions through chunks far smaller than a line", () => {
      const tiny = loadGraph(file, { chunkSize: 7 });
      for (const node of graph.nodes()) {
        expect(tiny.getNodeAttribute(node, "mentions")).toStrictEqual(graph.getNodeAttribute(node, "mentions"));
        expect(tiny.getNodeAttribute(node, "documents")).toStrictEqual(graph.getNodeAttribute(node, "documents"));
      }
    });
  });
});
