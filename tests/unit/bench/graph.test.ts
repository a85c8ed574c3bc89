// Tests of the graph benchmark's synthetic graph generator: deterministic, the requested counts,
// ontology-valid types and predicates, evidence on every edge, skewed degrees, and a graph that
// saveGraph/loadGraph round-trip (in many small chunks) and the queries answer. Small sizes only; no timings here.

import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { median, percentile, replaceSection } from "../../../scripts/bench/common.ts";
import {
  degreeStats,
  entityTypeCounts,
  generateGraph,
  MIN_ENTITIES,
  RELATION_PATTERNS,
  sampleEntities,
} from "../../../scripts/bench/graph.ts";
import { ENTITY_TYPES, type EntityType, PREDICATES, SYMMETRIC_PREDICATES } from "../../../src/extraction/types.ts";
import { relationKey } from "../../../src/graph/keys.ts";
import { createGraph, type KnowledgeGraph } from "../../../src/graph/model.ts";
import { neighbors, shortestPath } from "../../../src/graph/query.ts";
import { loadGraph, saveGraph, serializeGraph } from "../../../src/graph/store.ts";

// The endpoint types shared/ontology.md allows for each predicate, written out independently of the generator.
const ONTOLOGY: Record<string, [EntityType[], EntityType[]]> = {
  NEGOTIATED_WITH: [
    ["Person", "Country", "Agency"],
    ["Person", "Country", "Agency"],
  ],
  MET_WITH: [["Person"], ["Person"]],
  PARTICIPATED_IN: [["Person", "Country", "Agency", "Organization"], ["Meeting"]],
  HELD_IN: [["Meeting"], ["Place", "Country"]],
  PART_OF: [
    ["Meeting", "Agency", "Place"],
    ["Meeting", "Country", "Place"],
  ],
  HOLDS_POSITION: [["Person"], ["Agency", "Country", "Company", "Organization"]],
  AFFILIATED_WITH: [["Person"], ["Organization", "Company", "Media"]],
  REPRESENTS: [["Person"], ["Country"]],
  DISCUSSED: [
    ["Meeting", "Person", "Country"],
    ["Mineral", "Product", "Policy", "Company"],
  ],
  IMPOSED_TARIFF: [["Country"], ["Country"]],
  THREATENED_TARIFF: [["Person", "Country"], ["Country"]],
  RESTRICTED_EXPORT: [
    ["Country", "Agency"],
    ["Mineral", "Product"],
  ],
  POSTPONED: [["Country"], ["Policy"]],
  DOMINATES: [
    ["Country", "Company"],
    ["Mineral", "Product"],
  ],
  PRODUCES: [
    ["Country", "Company"],
    ["Mineral", "Product"],
  ],
  INVESTED_IN: [
    ["Agency", "Country", "Company"],
    ["Company", "Place"],
  ],
  PARTNERED_WITH: [
    ["Company", "Country"],
    ["Company", "Country"],
  ],
  PURCHASES: [
    ["Country", "Company"],
    ["Product", "Mineral"],
  ],
};

const temp = mkdtempSync(path.join(tmpdir(), "kg-bench-graph-test-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const small = generateGraph({ entities: 1000, relations: 10_000, seed: 7 });

function typeOf(graph: KnowledgeGraph, key: string): EntityType {
  return graph.getNodeAttribute(key, "type");
}

describe("bench/graph", () => {
  describe("generateGraph", () => {
    it("rejects options it cannot honour", () => {
      expect(() => generateGraph({ entities: MIN_ENTITIES - 1, relations: 10 })).toThrow(
        expect.objectContaining({ name: "ConfigError" }),
      );
      expect(() => generateGraph({ entities: 100, relations: -1 })).toThrow(
        expect.objectContaining({ name: "ConfigError" }),
      );
      expect(() => generateGraph({ entities: 100, relations: 100 * 101 })).toThrow(
        expect.objectContaining({ name: "ConfigError" }),
      );
      expect(() => generateGraph({ entities: 100, relations: 10, skew: 0.5 })).toThrow(
        expect.objectContaining({ name: "ConfigError" }),
      );
      expect(() => generateGraph({ entities: 100, relations: 10, locality: 2 })).toThrow(
        expect.objectContaining({ name: "ConfigError" }),
      );
    });

    it("makes nodes without edges when no relation is asked for", () => {
      const graph = generateGraph({ entities: MIN_ENTITIES, relations: 0 });
      expect(graph.order).toBe(MIN_ENTITIES);
      expect(graph.size).toBe(0);
      const types = new Set(graph.mapNodes((_key, attributes) => attributes.type));
      expect([...types].sort()).toEqual([...ENTITY_TYPES].sort());
    });

    it("is deterministic for a seed and differs across seeds", () => {
      const again = generateGraph({ entities: 1000, relations: 10_000, seed: 7 });
      expect(serializeGraph(again)).toBe(serializeGraph(small));
      const other = generateGraph({ entities: 1000, relations: 10_000, seed: 8 });
      expect(serializeGraph(other)).not.toBe(serializeGraph(small));
    });

    it("produces the requested counts, every type in its share", () => {
      expect(small.order).toBe(1000);
      expect(small.size).toBe(10_000);
      const counts = entityTypeCounts(1000);
      const found: Record<string, number> = {};
      small.forEachNode((_key, attributes) => {
        found[attributes.type] = (found[attributes.type] ?? 0) + 1;
      });
      expect(found).toEqual(counts);
      expect(Object.values(entityTypeCounts(100_000)).reduce((a, b) => a + b, 0)).toBe(100_000);
      expect(entityTypeCounts(100_000).Country).toBe(250);
    });

    it("uses ontology types and predicates between endpoint types the ontology allows", () => {
      for (const pattern of RELATION_PATTERNS) {
        const [sources, targets] = ONTOLOGY[pattern.predicate]!;
        expect(sources).toContain(pattern.source);
        expect(targets).toContain(pattern.target);
      }
      const predicates = new Set<string>();
      small.forEachEdge((key, attributes, source, target) => {
        expect(PREDICATES).toContain(attributes.predicate);
        predicates.add(attributes.predicate);
        const [sources, targets] = ONTOLOGY[attributes.predicate]!;
        const ends = [typeOf(small, source), typeOf(small, target)];
        // A symmetric relation is stored with its endpoints in key order, so either way round is valid.
        const valid = (a: EntityType, b: EntityType) => sources.includes(a) && targets.includes(b);
        expect(valid(ends[0]!, ends[1]!) || (attributes.symmetric && valid(ends[1]!, ends[0]!))).toBe(true);
        expect(key).toBe(relationKey(source, attributes.predicate, target));
        expect(attributes.symmetric).toBe(SYMMETRIC_PREDICATES.has(attributes.predicate));
        expect(source).not.toBe(target);
      });
      expect(predicates.size).toBeGreaterThanOrEqual(15);
      small.forEachNode((key, attributes) => {
        expect(ENTITY_TYPES).toContain(attributes.type);
        expect(key.startsWith(`${attributes.type.toLowerCase()}:`)).toBe(true);
      });
    });

    it("gives every edge one evidence item whose offsets point into its document's text", () => {
      const texts = new Map(small.getAttribute("documents").map((document) => [document.id, document.text]));
      small.forEachEdge((_key, attributes) => {
        expect(attributes.evidence).toHaveLength(1);
        const [evidence] = attributes.evidence;
        expect(texts.get(evidence!.document)!.slice(evidence!.start, evidence!.end)).toBe(evidence!.sentence);
      });
      small.forEachNode((_key, attributes) => {
        expect(attributes.mentions.length).toBeGreaterThanOrEqual(1);
        expect(attributes.mentions.length).toBeLessThanOrEqual(2);
        expect(attributes.mentionCount).toBe(attributes.mentions.length);
        for (const mention of attributes.mentions) {
          expect(texts.get(mention.document)!.slice(mention.start, mention.end)).toBe(attributes.name);
        }
      });
      for (const statement of small.getAttribute("statements")) {
        expect(texts.get(statement.document)!.slice(statement.start, statement.end)).toBe(statement.quote);
        expect(small.hasNode(statement.speaker)).toBe(true);
      }
    });

    it("leaves the document texts empty when asked to", () => {
      const lean = generateGraph({ entities: 100, relations: 500, documentTexts: false });
      expect(lean.getAttribute("documents").every((document) => document.text === "")).toBe(true);
      expect(lean.size).toBe(500);
    });

    it("skews the degrees: hubs far above the median, degree attributes real", () => {
      const graph = generateGraph({ entities: 10_000, relations: 100_000, seed: 3 });
      const stats = degreeStats(graph);
      expect(stats.mean).toBe(20);
      expect(stats.max).toBeGreaterThan(50 * stats.median);
      expect(stats.p99).toBeGreaterThan(5 * stats.median);
      graph.forEachNode((key, attributes) => {
        expect(attributes.degree).toBe(graph.degree(key));
        expect(Number.isFinite(attributes.x) && Number.isFinite(attributes.y)).toBe(true);
      });
    });
  });

  describe("sampleEntities", () => {
    it("returns nothing for an empty graph or count", () => {
      expect(sampleEntities(createGraph(), 5, 1)).toEqual([]);
      expect(sampleEntities(generateGraph({ entities: 50, relations: 0 }), 0, 1)).toEqual([]);
      expect(sampleEntities(generateGraph({ entities: 50, relations: 0 }), 3, 1)).toHaveLength(3);
    });

    it("is seeded and reaches the hubs", () => {
      const sample = sampleEntities(small, 200, 5);
      expect(sample).toEqual(sampleEntities(small, 200, 5));
      expect(sample).toHaveLength(200);
      expect(sample.every((key) => small.hasNode(key))).toBe(true);
      const all = degreeStats(small);
      const picked = degreeStats(small, sample);
      expect(picked.median).toBeGreaterThan(all.median);
      expect(picked.max).toBeGreaterThanOrEqual(all.p99);
    });
  });

  describe("saveGraph and loadGraph on a generated graph", () => {
    it("round-trip it in small chunks: same bytes, same neighbours and paths", () => {
      const file = path.join(temp, "graph.json");
      saveGraph(small, file, { chunkSize: 4096 });
      const text = readFileSync(file, "utf8");
      expect(text).toBe(serializeGraph(small));
      expect(statSync(file).size).toBeGreaterThan(10 * 4096);
      const loaded = loadGraph(file, { chunkSize: 4096 });
      expect(loaded.order).toBe(small.order);
      expect(loaded.size).toBe(small.size);
      expect(serializeGraph(loaded)).toBe(text);
      const [hub, other] = sampleEntities(small, 2, 11);
      expect(neighbors(loaded, hub!)).toEqual(neighbors(small, hub!));
      expect(neighbors(loaded, hub!).length).toBeGreaterThan(0);
      expect(shortestPath(loaded, hub!, other!)).toEqual(shortestPath(small, hub!, other!));
    });
  });
});

describe("bench/common", () => {
  it("computes medians and nearest-rank percentiles", () => {
    expect(median([])).toBeNaN();
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(percentile([], 50)).toBeNaN();
    const hundred = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(hundred, 99)).toBe(99);
    expect(percentile(hundred, 50)).toBe(50);
    expect(percentile([7], 99)).toBe(7);
  });

  it("replaces its own section and keeps the others", () => {
    expect(replaceSection("", "## B", "## B\n\nnew\n")).toBe(
      "# Benchmarks\n\nFigures written by the benchmark scripts; each owns one section.\n\n## B\n\nnew\n",
    );
    const file = "# Benchmarks\n\n## A\n\na\n\n## B\n\nold\n\n## C\n\nc\n";
    expect(replaceSection(file, "## B", "## B\n\nnew\n")).toBe(
      "# Benchmarks\n\n## A\n\na\n\n## B\n\nnew\n\n## C\n\nc\n",
    );
    expect(replaceSection("# Benchmarks\n\n## A\n\na\n", "## B", "## B\n\nnew\n")).toBe(
      "# Benchmarks\n\n## A\n\na\n\n## B\n\nnew\n",
    );
  });
});
