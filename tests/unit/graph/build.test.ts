// buildGraph on the seed corpus (the seed fixture's extraction.json and its documents): one node per
// entity, one edge per relation with evidence, symmetric predicates once, deterministic bytes.

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { InvalidInputError } from "../../../src/errors.ts";
import { loadCorpus } from "../../../src/extraction/corpus.ts";
import { type Extraction, SYMMETRIC_PREDICATES } from "../../../src/extraction/types.ts";
import { buildGraph, edgeAttributesOf, nodeAttributesOf } from "../../../src/graph/build.ts";
import { relationKey } from "../../../src/graph/keys.ts";
import { NODE_SIZE_RANGE } from "../../../src/graph/metrics.ts";
import { GRAPH_FORMAT_VERSION, TYPE_COLORS } from "../../../src/graph/model.ts";
import { serializeGraph } from "../../../src/graph/store.ts";
import { SEED_CORPUS, seedFile } from "../../_helpers/seeds.ts";

const extraction = JSON.parse(readFileSync(seedFile("extraction.json"), "utf8")) as Extraction;
const { documents } = await loadCorpus([SEED_CORPUS]);
const BUILT_AT = "2025-01-01T00:00:00.000Z";
const graph = buildGraph(extraction, documents, { builtAt: BUILT_AT });

const tiny = (): Extraction => ({
  documents: [{ id: "d", title: "T", date: null, source: null, authors: [] }],
  entities: [
    { id: "country:a", name: "A", type: "Country", aliases: [], mentions: [] },
    { id: "country:b", name: "B", type: "Country", aliases: [], mentions: [] },
  ],
  relations: [
    {
      id: "country:a|MET_WITH|country:b",
      source: "country:a",
      predicate: "MET_WITH",
      target: "country:b",
      attributes: {},
      confidence: 0.8,
      evidence: [{ document: "d", sentence: "A met B.", start: 0, end: 8, rule: "test" }],
    },
  ],
  statements: [],
  merges: [],
});

describe("graph/build", () => {
  describe("buildGraph", () => {
    it("rejects a relation without evidence, between unknown entities, or a repeated id", () => {
      const noEvidence = tiny();
      noEvidence.relations[0]!.evidence = [];
      expect(() => buildGraph(noEvidence, [])).toThrow(InvalidInputError);
      const unknown = tiny();
      unknown.relations[0]!.target = "country:zz";
      expect(() => buildGraph(unknown, [])).toThrow(InvalidInputError);
      const repeated = tiny();
      repeated.entities.push({ ...repeated.entities[0]! });
      expect(() => buildGraph(repeated, [])).toThrow(InvalidInputError);
      const loop = tiny();
      loop.relations[0]!.target = "country:a";
      expect(() => buildGraph(loop, [])).toThrow(InvalidInputError);
    });

    it("builds an empty graph from an empty extraction", () => {
      const empty = buildGraph({ documents: [], entities: [], relations: [], statements: [], merges: [] }, [], {
        builtAt: BUILT_AT,
      });
      expect(empty.order).toBe(0);
      expect(empty.size).toBe(0);
      expect(empty.getAttributes()).toEqual({
        version: GRAPH_FORMAT_VERSION,
        documents: [],
        statements: [],
        merges: [],
        builtAt: BUILT_AT,
      });
    });

    it("gives a document it has no text for an empty text", () => {
      const built = buildGraph(tiny(), [], { builtAt: BUILT_AT });
      expect(built.getAttribute("documents")).toEqual([
        { id: "d", title: "T", date: null, source: null, authors: [], text: "" },
      ]);
    });

    it("has one node per entity, keyed by its id, with its names, mentions and documents", () => {
      expect(graph.order).toBe(extraction.entities.length);
      expect(graph.nodes()).toEqual(extraction.entities.map((e) => e.id));
      for (const entity of extraction.entities) {
        const node = graph.getNodeAttributes(entity.id);
        expect(node.name).toBe(entity.name);
        expect(node.label).toBe(entity.name);
        expect(node.type).toBe(entity.type);
        expect(node.aliases).not.toContain(entity.name);
        expect(node.mentionCount).toBe(entity.mentions.length);
        expect(node.documents).toEqual([...new Set(entity.mentions.map((m) => m.document))].sort());
      }
      const bessent = graph.getNodeAttributes("person:scott-bessent");
      expect(bessent.aliases).toContain("Bessent");
      expect(bessent.documents.length).toBeGreaterThanOrEqual(3);
    });

    it("has one edge per relation, keyed by its id, and every edge has evidence", () => {
      expect(graph.size).toBe(extraction.relations.length);
      expect(graph.edges()).toEqual(extraction.relations.map((r) => r.id));
      graph.forEachEdge((key, attributes, source, target) => {
        expect(key).toBe(relationKey(source, attributes.predicate, target));
        expect(attributes.evidence.length).toBeGreaterThan(0);
        expect(attributes.label).toBe(attributes.predicate);
        expect(attributes.symmetric).toBe(SYMMETRIC_PREDICATES.has(attributes.predicate));
      });
    });

    it("stores symmetric predicates once, their endpoints in key order", () => {
      let symmetric = 0;
      graph.forEachEdge((_key, attributes, source, target) => {
        if (!attributes.symmetric) return;
        symmetric++;
        expect(source < target).toBe(true);
        const reverse = graph
          .outEdges(target, source)
          .filter((e) => graph.getEdgeAttribute(e, "predicate") === attributes.predicate);
        expect(reverse).toEqual([]);
      });
      expect(symmetric).toBeGreaterThan(0);
    });

    it("keeps the documents with their cleaned text, so evidence offsets point into it", () => {
      const texts = new Map(graph.getAttribute("documents").map((d) => [d.id, d.text]));
      expect([...texts.keys()]).toEqual(extraction.documents.map((d) => d.id));
      graph.forEachEdge((_key, attributes) => {
        for (const evidence of attributes.evidence) {
          expect(texts.get(evidence.document)!.slice(evidence.start, evidence.end)).toBe(evidence.sentence);
        }
      });
      expect(graph.getAttribute("statements")).toEqual(extraction.statements);
      expect(graph.getAttribute("merges")).toEqual(extraction.merges);
      expect(graph.getAttribute("builtAt")).toBe(BUILT_AT);
      expect(graph.getAttribute("version")).toBe(GRAPH_FORMAT_VERSION);
    });

    it("computes degree, PageRank, community, position, size and colour for every node", () => {
      let pagerankSum = 0;
      graph.forEachNode((key, attributes) => {
        expect(attributes.degree).toBe(graph.degree(key));
        expect(attributes.pagerank).toBeGreaterThan(0);
        pagerankSum += attributes.pagerank;
        expect(Number.isInteger(attributes.community)).toBe(true);
        expect(Number.isFinite(attributes.x) && Number.isFinite(attributes.y)).toBe(true);
        expect(attributes.size).toBeGreaterThanOrEqual(NODE_SIZE_RANGE[0]);
        expect(attributes.size).toBeLessThanOrEqual(NODE_SIZE_RANGE[1]);
        expect(attributes.color).toBe(TYPE_COLORS[attributes.type]);
      });
      expect(pagerankSum).toBeCloseTo(1, 3);
      // The most central entities of a US–China trade corpus outrank a person named once.
      const china = graph.getNodeAttributes("country:china");
      expect(china.pagerank).toBeGreaterThan(graph.getNodeAttribute("person:thomas-mathews", "pagerank"));
      expect(china.size).toBe(NODE_SIZE_RANGE[1]);
    });

    it("gives the same bytes when built twice with the same builtAt", () => {
      const again = buildGraph(JSON.parse(JSON.stringify(extraction)) as Extraction, documents, { builtAt: BUILT_AT });
      expect(serializeGraph(again)).toBe(serializeGraph(graph));
    });

    it("differs only in builtAt when built at another time", () => {
      const later = buildGraph(extraction, documents, { builtAt: "2026-06-01T00:00:00.000Z" });
      expect(serializeGraph(later).replace("2026-06-01T00:00:00.000Z", BUILT_AT)).toBe(serializeGraph(graph));
    });
  });

  describe("nodeAttributesOf / edgeAttributesOf", () => {
    it("leaves positions unset (NaN) and sorts aliases and attributes", () => {
      const node = nodeAttributesOf({
        id: "person:x",
        name: "X Y",
        type: "Person",
        aliases: ["Y", "X Y", "Mr Y"],
        mentions: [],
        attributes: { b: "2", a: "1" },
      });
      expect(Number.isNaN(node.x) && Number.isNaN(node.y)).toBe(true);
      expect(node.aliases).toEqual(["Mr Y", "Y"]);
      expect(Object.keys(node.attributes)).toEqual(["a", "b"]);
    });

    it("throws InvalidInputError for a relation without evidence and sizes edges by evidence", () => {
      const relation = tiny().relations[0]!;
      expect(() => edgeAttributesOf({ ...relation, evidence: [] })).toThrow(InvalidInputError);
      const one = edgeAttributesOf(relation);
      const many = edgeAttributesOf({ ...relation, evidence: Array(8).fill(relation.evidence[0]) });
      expect(one.size).toBe(1);
      expect(many.size).toBe(4);
      expect(one.symmetric).toBe(true);
    });
  });
});
