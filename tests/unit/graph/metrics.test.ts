// assignMetrics: values that depend on the graph's content only (not on insertion order), seeded
// communities, rounded floats, and positions kept for existing nodes when new ones arrive.

import { readFileSync } from "node:fs";
import { UndirectedGraph } from "graphology";
import modularityModule from "graphology-metrics/graph/modularity.js";
import { describe, expect, it } from "vitest";
import { ConfigError } from "../../../src/errors.ts";
import type { Extraction } from "../../../src/extraction/types.ts";
import { buildGraph, edgeAttributesOf, nodeAttributesOf } from "../../../src/graph/build.ts";
import {
  assignLocalMetrics,
  assignMetrics,
  mulberry32,
  NODE_SIZE_RANGE,
  roundFloat,
} from "../../../src/graph/metrics.ts";
import { createGraph, type KnowledgeGraph } from "../../../src/graph/model.ts";
import { seedFile } from "../../_helpers/seeds.ts";

const extraction = JSON.parse(readFileSync(seedFile("extraction.json"), "utf8")) as Extraction;
const graph = buildGraph(extraction, [], { builtAt: "t" });

const metricsOf = (g: KnowledgeGraph) =>
  Object.fromEntries(
    g.mapNodes((key, a) => [key, [a.degree, a.pagerank, a.community, a.x, a.y, a.size, a.color]] as const),
  );

describe("graph/metrics", () => {
  describe("roundFloat / mulberry32", () => {
    it("rounds to 6 significant digits and never gives -0 or NaN", () => {
      expect(roundFloat(1.23456789)).toBe(1.23457);
      expect(roundFloat(-0.000123456789)).toBe(-0.000123457);
      expect(Object.is(roundFloat(-0), 0)).toBe(true);
      expect(roundFloat(Number.NaN)).toBe(0);
    });

    it("gives the same sequence for the same seed and another for another seed", () => {
      const a = mulberry32(7);
      const b = mulberry32(7);
      const c = mulberry32(8);
      const first = [a(), a(), a()];
      expect([b(), b(), b()]).toEqual(first);
      expect([c(), c(), c()]).not.toEqual(first);
      for (const value of first) expect(value >= 0 && value < 1).toBe(true);
    });
  });

  describe("assignMetrics", () => {
    it("rejects bad options with ConfigError", () => {
      expect(() => assignMetrics(graph.copy(), { iterations: -1 })).toThrow(ConfigError);
      expect(() => assignMetrics(graph.copy(), { seed: 1.5 })).toThrow(ConfigError);
    });

    it("does nothing on an empty graph", () => {
      const empty = createGraph();
      assignMetrics(empty);
      expect(empty.order).toBe(0);
    });

    it("gives the same values whatever order nodes and edges were added in", () => {
      const reversed: Extraction = {
        ...extraction,
        entities: [...extraction.entities].reverse(),
        relations: [...extraction.relations].reverse(),
      };
      const other = buildGraph(reversed, [], { builtAt: "t" });
      expect(metricsOf(other)).toEqual(metricsOf(graph));
    });

    it("numbers communities from 0 by size, largest first", () => {
      const sizes = new Map<number, number>();
      graph.forEachNode((_key, a) => sizes.set(a.community, (sizes.get(a.community) ?? 0) + 1));
      const numbers = [...sizes.keys()].sort((a, b) => a - b);
      expect(numbers).toEqual(numbers.map((_, i) => i));
      for (let i = 1; i < numbers.length; i++) expect(sizes.get(i)!).toBeLessThanOrEqual(sizes.get(i - 1)!);
      // The partition is a real one: better than every node alone, and than all nodes together.
      const undirected = new UndirectedGraph();
      graph.forEachNode((key) => undirected.addNode(key));
      graph.forEachEdge((_edge, _attributes, source, target) => undirected.mergeEdge(source, target));
      const communities = Object.fromEntries(graph.mapNodes((key, a) => [key, a.community]));
      // CommonJS module: the function is the default export under Node, `.default` under some loaders.
      const modularity = ((modularityModule as unknown as { default?: unknown }).default ?? modularityModule) as (
        graph: UndirectedGraph,
        options: { getNodeCommunity: (key: string) => number | undefined },
      ) => number;
      expect(modularity(undirected, { getNodeCommunity: (key: string) => communities[key] })).toBeGreaterThan(0.2);
    });

    it("stores rounded floats and sizes in range", () => {
      graph.forEachNode((_key, a) => {
        for (const value of [a.pagerank, a.x, a.y, a.size]) expect(value).toBe(roundFloat(value));
        expect(a.size).toBeGreaterThanOrEqual(NODE_SIZE_RANGE[0]);
        expect(a.size).toBeLessThanOrEqual(NODE_SIZE_RANGE[1]);
      });
    });

    it("changes the layout with the seed", () => {
      const other = buildGraph(extraction, [], { builtAt: "t", seed: 2 });
      expect(other.getNodeAttribute("country:china", "x")).not.toBe(graph.getNodeAttribute("country:china", "x"));
    });

    it("keeps existing positions and places a new node near its neighbours with keepPositions", () => {
      const live = graph.copy();
      const before = new Map(live.mapNodes((key, a) => [key, { x: a.x, y: a.y }] as const));
      live.addNode(
        "person:new-negotiator",
        nodeAttributesOf({
          id: "person:new-negotiator",
          name: "New Negotiator",
          type: "Person",
          aliases: [],
          mentions: [],
        }),
      );
      live.addDirectedEdgeWithKey(
        "person:new-negotiator|REPRESENTS|country:china",
        "person:new-negotiator",
        "country:china",
        edgeAttributesOf({
          id: "person:new-negotiator|REPRESENTS|country:china",
          source: "person:new-negotiator",
          predicate: "REPRESENTS",
          target: "country:china",
          attributes: {},
          confidence: 0.8,
          evidence: [{ document: "d", sentence: "s", start: 0, end: 1, rule: "test" }],
        }),
      );
      assignMetrics(live, { keepPositions: true });
      for (const [key, position] of before) {
        expect(live.getNodeAttribute(key, "x")).toBe(position.x);
        expect(live.getNodeAttribute(key, "y")).toBe(position.y);
      }
      const added = live.getNodeAttributes("person:new-negotiator");
      expect(Number.isFinite(added.x) && Number.isFinite(added.y)).toBe(true);
      const china = live.getNodeAttributes("country:china");
      const distance = Math.hypot(added.x - china.x, added.y - china.y);
      const xs = [...before.values()].map((p) => p.x);
      const spread = Math.max(...xs) - Math.min(...xs);
      expect(distance).toBeLessThan(spread / 4);
      expect(added.degree).toBe(1);
      expect(live.getNodeAttribute("country:china", "degree")).toBe(
        graph.getNodeAttribute("country:china", "degree") + 1,
      );
    });
  });

  describe("assignLocalMetrics", () => {
    /** A copy of the seeds' graph with a new person linked to China and a new one linked only to it. */
    function grown(): KnowledgeGraph {
      const copy = graph.copy() as KnowledgeGraph;
      const person = (name: string) => ({
        ...nodeAttributesOf({ id: name, name, type: "Person", aliases: [], mentions: [] }),
      });
      copy.addNode("person:new-one", person("New One"));
      copy.addNode("person:new-two", person("New Two"));
      const relation = (source: string, target: string) =>
        edgeAttributesOf({
          id: `${source}|REPRESENTS|${target}`,
          source,
          target,
          predicate: "REPRESENTS",
          attributes: {},
          confidence: 0.9,
          evidence: [{ document: "d", sentence: "s", start: 0, end: 1, rule: "r" }],
        });
      copy.addDirectedEdgeWithKey("e1", "person:new-one", "country:china", relation("person:new-one", "country:china"));
      copy.addDirectedEdgeWithKey(
        "e2",
        "person:new-two",
        "person:new-one",
        relation("person:new-two", "person:new-one"),
      );
      return copy;
    }

    it("places new nodes beside their neighbours, gives them the smallest size and their neighbours' community, and updates touched degrees", () => {
      const copy = grown();
      const china = copy.getNodeAttributes("country:china");
      assignLocalMetrics(
        copy,
        ["country:china", "person:new-one", "person:new-two"],
        ["person:new-one", "person:new-two"],
      );
      const one = copy.getNodeAttributes("person:new-one");
      const two = copy.getNodeAttributes("person:new-two");
      expect(copy.getNodeAttribute("country:china", "degree")).toBe(copy.degree("country:china"));
      expect(one.community).toBe(china.community);
      expect(two.community).toBe(one.community);
      expect([one.size, two.size]).toEqual([NODE_SIZE_RANGE[0], NODE_SIZE_RANGE[0]]);
      expect(one.pagerank).toBeGreaterThan(0);
      expect(one.degree).toBe(2);
      const spread = 10 * Math.sqrt(copy.order);
      expect(Math.hypot(one.x - china.x, one.y - china.y)).toBeLessThan(spread / 10);
      expect(Number.isFinite(two.x) && Number.isFinite(two.y)).toBe(true);
      // The other nodes keep every metric.
      expect(copy.getNodeAttributes("country:united-states")).toEqual(graph.getNodeAttributes("country:united-states"));
    });

    it("gives the same values for the same graph and keys", () => {
      const a = grown();
      const b = grown();
      assignLocalMetrics(a, ["person:new-one"], ["person:new-one", "person:new-two"], { seed: 3 });
      assignLocalMetrics(b, ["person:new-one"], ["person:new-two", "person:new-one"], { seed: 3 });
      expect(metricsOf(a)).toEqual(metricsOf(b));
    });
  });
});
