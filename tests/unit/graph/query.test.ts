// The read functions of graph/query.ts on the seed corpus: lookup by name and alias, search
// ranking, listings, relations, neighbourhoods, subgraphs, paths, meetings, negotiations,
// statements and counts. Neighbourhoods, subgraphs and paths are also compared with slow
// reference implementations, on the seeds and on a generated graph with hubs.

import { readFileSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";
import { generateGraph, sampleEntities } from "../../../scripts/bench/graph.ts";
import { InvalidInputError, NotFoundError } from "../../../src/errors.ts";
import { loadCorpus } from "../../../src/extraction/corpus.ts";
import type { Extraction, Predicate } from "../../../src/extraction/types.ts";
import { buildGraph, nodeAttributesOf } from "../../../src/graph/build.ts";
import { createGraph, type KnowledgeGraph } from "../../../src/graph/model.ts";
import {
  countNeighbors,
  findEntity,
  GraphIndex,
  graphStats,
  listEntities,
  meetings,
  type NeighborsOptions,
  negotiations,
  neighbors,
  normalizeLookup,
  normalizeMeetingDate,
  relationsOf,
  resolveEntity,
  SEARCH_SCORES,
  searchEntities,
  shortestPath,
  statementsOf,
  subgraph,
} from "../../../src/graph/query.ts";
import { SEED_CORPUS, seedFile } from "../../_helpers/seeds.ts";

const extraction = JSON.parse(readFileSync(seedFile("extraction.json"), "utf8")) as Extraction;
const { documents } = await loadCorpus([SEED_CORPUS]);
const graph = buildGraph(extraction, documents, { builtAt: "2025-01-01T00:00:00.000Z" });
const index = new GraphIndex(graph);

const BESSENT = "person:scott-bessent";
const HE = "person:he-lifeng";
const US = "country:united-states";
const CHINA = "country:china";

// A generated graph of a few thousand edges, with hubs (scripts/bench/graph.ts), to compare the
// walks and paths with the reference implementations below beyond the seeds.
const random = generateGraph({ entities: 600, relations: 3000, seed: 11 });

/** The option sets the comparisons run through. */
const VARIANTS: NeighborsOptions[] = [
  {},
  { depth: 2 },
  { depth: 2, limit: 7 },
  { depth: 3, limit: 40 },
  { depth: 2, types: ["Person", "Country"] },
  { depth: 2, predicates: ["PARTICIPATED_IN", "MET_WITH", "HOLDS_POSITION"], limit: 12 },
  // A hub's first hop comes ranked ahead (graph/ranks.ts): cut short, filtered, or not enough.
  { limit: 5 },
  { types: ["Person"], limit: 3 },
  { depth: 2, limit: 300 },
  { depth: 3, types: ["Person"], limit: 60 },
];

// Reference implementations: the slow, obvious way, with graphology's plain listings.

/** The nodes at each distance from the seeds (walking edges of `predicates` either way), as sets. */
function referenceHops(g: KnowledgeGraph, seeds: readonly string[], depth: number, predicates?: Predicate[]) {
  const seen = new Set(seeds);
  const hops: string[][] = [[...seen]];
  for (let hop = 1; hop <= depth; hop++) {
    const next = new Set<string>();
    for (const node of hops[hop - 1]!) {
      for (const edge of g.edges(node)) {
        if (predicates && !predicates.includes(g.getEdgeAttribute(edge, "predicate"))) continue;
        const other = g.opposite(node, edge);
        if (!seen.has(other)) next.add(other);
      }
    }
    for (const node of next) seen.add(node);
    hops.push([...next]);
  }
  return hops;
}

function byKey(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function referenceNeighbors(g: KnowledgeGraph, id: string, options: NeighborsOptions): string[] {
  const { depth = 1, types, predicates, limit } = options;
  const pagerank = (key: string) => g.getNodeAttribute(key, "pagerank");
  const listed = referenceHops(g, [id], depth, predicates)
    .slice(1)
    .flatMap((hop) =>
      hop
        .filter((key) => !types || types.includes(g.getNodeAttribute(key, "type")))
        .sort((a, b) => pagerank(b) - pagerank(a) || byKey(a, b)),
    );
  return limit === undefined ? listed : listed.slice(0, limit);
}

function referenceSubgraph(
  g: KnowledgeGraph,
  seeds: readonly string[],
  options: NeighborsOptions,
): { nodes: string[]; edges: string[] } {
  const { depth = 1, types, predicates, limit } = options;
  const [first = [], ...rest] = referenceHops(g, seeds, depth, predicates);
  const ordered = [
    ...first,
    ...rest.flatMap((hop) =>
      hop.filter((key) => !types || types.includes(g.getNodeAttribute(key, "type"))).sort(byKey),
    ),
  ];
  const nodes = limit === undefined ? ordered : ordered.slice(0, Math.max(limit, first.length));
  const kept = new Set(nodes);
  const edges = g
    .filterEdges(
      (_edge, attributes, source, target) =>
        kept.has(source) && kept.has(target) && (!predicates || predicates.includes(attributes.predicate)),
    )
    .sort(byKey);
  return { nodes, edges };
}

/** Hops from every node to `to`, edges read both ways (plain breadth-first search, no limit). */
function undirectedDistances(g: KnowledgeGraph, to: string): Map<string, number> {
  const distances = new Map([[to, 0]]);
  const queue = [to];
  for (let i = 0; i < queue.length; i++) {
    const node = queue[i]!;
    for (const neighbor of g.neighbors(node)) {
      if (!distances.has(neighbor)) {
        distances.set(neighbor, distances.get(node)! + 1);
        queue.push(neighbor);
      }
    }
  }
  return distances;
}

/** The shortest path of smallest keys hop by hop, and the smallest edge key of each hop. */
function referencePath(g: KnowledgeGraph, distances: Map<string, number>, from: string, maxLength: number) {
  const length = distances.get(from);
  if (length === undefined || length > maxLength) return null;
  const nodes = [from];
  for (let left = length - 1; left >= 0; left--) {
    const candidates = g.neighbors(nodes.at(-1)!).filter((neighbor) => distances.get(neighbor) === left);
    nodes.push(candidates.sort(byKey)[0]!);
  }
  const edges = nodes
    .slice(1)
    .map((node, i) => [...g.edges(nodes[i]!, node), ...g.edges(node, nodes[i]!)].sort(byKey)[0]!);
  return { nodes, edges };
}

describe("graph/query", () => {
  describe("normalizeLookup", () => {
    it("drops dots, accents, case and punctuation", () => {
      expect(normalizeLookup("U.S.")).toBe("us");
      expect(normalizeLookup("  Trump–Xi  Meeting ")).toBe("trump xi meeting");
      expect(normalizeLookup("Café")).toBe("cafe");
      expect(normalizeLookup("")).toBe("");
    });
  });

  describe("findEntity / resolveEntity", () => {
    it("returns null or throws NotFoundError for what the graph does not hold", () => {
      expect(findEntity(graph, index, {})).toBeNull();
      expect(findEntity(graph, index, { id: "person:nobody" })).toBeNull();
      expect(findEntity(graph, index, { name: "Nobody At All" })).toBeNull();
      expect(() => resolveEntity(graph, index, "Nobody At All")).toThrow(NotFoundError);
    });

    it("finds by id, exact name, alias and case- and dot-insensitive alias", () => {
      expect(findEntity(graph, index, { id: BESSENT })).toBe(BESSENT);
      expect(findEntity(graph, index, { name: "Scott Bessent" })).toBe(BESSENT);
      expect(findEntity(graph, index, { name: "Bessent" })).toBe(BESSENT);
      expect(findEntity(graph, index, { name: "bessent" })).toBe(BESSENT);
      expect(findEntity(graph, index, { name: "u.s." })).toBe(US);
      expect(findEntity(graph, index, { name: "US" })).toBe(US);
      expect(findEntity(graph, index, { name: "Beijing" })).toBe(CHINA);
      expect(resolveEntity(graph, index, HE)).toBe(HE);
      expect(resolveEntity(graph, index, "Vice Premier He Lifeng")).toBe(HE);
    });

    it("prefers the entity whose name it is over one that has it as an alias, then the most mentioned", () => {
      const copy = graph.copy();
      const copyIndex = new GraphIndex(copy);
      copy.addNode(
        "person:bessent",
        nodeAttributesOf({ id: "person:bessent", name: "Bessent", type: "Person", aliases: [], mentions: [] }),
      );
      expect(findEntity(copy, copyIndex, { name: "bessent" })).toBe("person:bessent");
      copy.addNode(
        "person:other-scott",
        nodeAttributesOf({
          id: "person:other-scott",
          name: "Scott B",
          type: "Person",
          aliases: ["S.B."],
          mentions: [],
        }),
      );
      copy.mergeNodeAttributes(BESSENT, { aliases: [...graph.getNodeAttribute(BESSENT, "aliases"), "SB"] });
      // Both answer to "sb" as an alias; Bessent is mentioned more.
      expect(findEntity(copy, copyIndex, { name: "sb" })).toBe(BESSENT);
      copyIndex.dispose();
    });

    it("follows the graph's changes", () => {
      const copy = graph.copy();
      const copyIndex = new GraphIndex(copy);
      expect(findEntity(copy, copyIndex, { name: "Jane Negotiator" })).toBeNull();
      copy.addNode(
        "person:jane-negotiator",
        nodeAttributesOf({
          id: "person:jane-negotiator",
          name: "Jane Negotiator",
          type: "Person",
          aliases: ["J.N."],
          mentions: [],
        }),
      );
      expect(findEntity(copy, copyIndex, { name: "jn" })).toBe("person:jane-negotiator");
      copy.dropNode("person:jane-negotiator");
      expect(findEntity(copy, copyIndex, { name: "Jane Negotiator" })).toBeNull();
    });
  });

  describe("GraphIndex", () => {
    it("reads the graph's nodes on its first lookup (or warm), not when it is made, and once until a change", () => {
      const copy = graph.copy();
      const reads = vi.spyOn(copy, "forEachNode");
      const copyIndex = new GraphIndex(copy);
      expect(reads).toHaveBeenCalledTimes(0);
      expect(copyIndex.lookup("Scott Bessent")).toEqual([BESSENT]);
      expect(reads).toHaveBeenCalledTimes(1);
      copyIndex.warm();
      expect(copyIndex.match("bessent").map((entry) => entry.id)).toContain(BESSENT);
      expect(reads).toHaveBeenCalledTimes(1);
      copy.dropNode(BESSENT);
      copyIndex.warm();
      expect(reads).toHaveBeenCalledTimes(2);
      expect(copyIndex.lookup("Scott Bessent")).toEqual([]);
      expect(reads).toHaveBeenCalledTimes(2);
      copyIndex.dispose();
    });
  });

  describe("searchEntities", () => {
    it("rejects a negative count and finds nothing for blank text", () => {
      expect(() => searchEntities(graph, index, "bess", -1)).toThrow(InvalidInputError);
      expect(searchEntities(graph, index, "  ")).toEqual([]);
      expect(searchEntities(graph, index, "zzzqqq")).toEqual([]);
    });

    it("ranks Scott Bessent first for 'bess'", () => {
      expect(searchEntities(graph, index, "bess")[0]?.id).toBe(BESSENT);
    });

    it("ranks a prefix of an alias below a word prefix of an entity's own name", () => {
      // The seeds' talks in Kuala Lumpur also answer to their people's names ("Bessent-He talks").
      const results = searchEntities(graph, index, "bess", 50);
      const talks = results.find((r) => graph.getNodeAttribute(r.id, "type") === "Meeting");
      expect(talks?.score).toBe(SEARCH_SCORES.aliasPrefix);
      expect(results.find((r) => r.id === BESSENT)?.score).toBe(SEARCH_SCORES.wordPrefix);
      const exactAlias = graph.findNode((_, a) => a.aliases.length > 0 && a.type !== "Meeting");
      const alias = graph.getNodeAttribute(exactAlias!, "aliases")[0]!;
      expect(searchEntities(graph, index, alias, 50).find((r) => r.id === exactAlias)?.score).toBe(SEARCH_SCORES.exact);
    });

    it("ranks exact > prefix > word prefix > substring, ties by PageRank then id", () => {
      const results = searchEntities(graph, index, "rare earth", 50);
      expect(results[0]).toEqual({ id: "mineral:rare-earths", score: SEARCH_SCORES.exact });
      for (let i = 1; i < results.length; i++) {
        const [a, b] = [results[i - 1]!, results[i]!];
        expect(a.score).toBeGreaterThanOrEqual(b.score);
        if (a.score === b.score) {
          const [pa, pb] = [graph.getNodeAttribute(a.id, "pagerank"), graph.getNodeAttribute(b.id, "pagerank")];
          expect(pa > pb || (pa === pb && a.id < b.id)).toBe(true);
        }
      }
      const scores = new Map(results.map((r) => [r.id, r.score]));
      expect(scores.get("policy:rare-earth-export-licensing-regime")).toBe(SEARCH_SCORES.prefix);
      expect(scores.get("company:usa-rare-earth")).toBe(SEARCH_SCORES.wordPrefix);
      expect(searchEntities(graph, index, "rare earth", 2)).toHaveLength(2);
    });
  });

  describe("listEntities", () => {
    it("rejects an unknown type or order", () => {
      expect(() => listEntities(graph, { type: "Planet" as never })).toThrow(InvalidInputError);
      expect(() => listEntities(graph, { orderBy: "SIZE" as never })).toThrow(InvalidInputError);
    });

    it("filters by type and search, ordered by name by default", () => {
      const people = listEntities(graph, { type: "Person" });
      expect(people.length).toBe(extraction.entities.filter((e) => e.type === "Person").length);
      const names = people.map((key) => graph.getNodeAttribute(key, "name").toLowerCase());
      expect(names).toEqual([...names].sort());
      expect(listEntities(graph, { type: "Person", search: "bess" })).toEqual([BESSENT]);
      expect(listEntities(graph, { search: "zzzqqq" })).toEqual([]);
    });

    it("orders by degree, PageRank or mentions, highest first", () => {
      for (const [order, field] of [
        ["DEGREE", "degree"],
        ["PAGERANK", "pagerank"],
        ["MENTIONS", "mentionCount"],
      ] as const) {
        const values = listEntities(graph, { orderBy: order }).map((key) => graph.getNodeAttribute(key, field));
        expect(values).toEqual([...values].sort((a, b) => b - a));
      }
      expect(listEntities(graph, { orderBy: "MENTIONS" })[0]).toBe(CHINA);
    });
  });

  describe("relationsOf", () => {
    it("throws NotFoundError for an unknown id", () => {
      expect(() => relationsOf(graph, "person:nobody")).toThrow(NotFoundError);
    });

    it("splits outgoing and incoming edges, symmetric ones counting as both", () => {
      const all = relationsOf(graph, CHINA);
      const out = relationsOf(graph, CHINA, { direction: "OUT" });
      const incoming = relationsOf(graph, CHINA, { direction: "IN" });
      expect(all).toHaveLength(graph.degree(CHINA));
      const negotiated = `${CHINA}|NEGOTIATED_WITH|${US}`;
      expect(out).toContain(negotiated);
      expect(incoming).toContain(negotiated);
      expect(relationsOf(graph, US, { direction: "OUT" })).toContain(negotiated);
      expect(incoming).toContain(`${HE}|HOLDS_POSITION|${CHINA}`);
      expect(out).not.toContain(`${HE}|HOLDS_POSITION|${CHINA}`);
      expect(new Set([...out, ...incoming])).toEqual(new Set(all));
      expect(all).toEqual([...all].sort());
    });

    it("filters by predicate", () => {
      const held = relationsOf(graph, CHINA, { predicate: "HOLDS_POSITION" });
      expect(held.length).toBeGreaterThan(0);
      for (const key of held) expect(graph.getEdgeAttribute(key, "predicate")).toBe("HOLDS_POSITION");
    });
  });

  describe("neighbors", () => {
    it("throws NotFoundError for an unknown id and InvalidInputError for a bad depth or limit", () => {
      expect(() => neighbors(graph, "person:nobody")).toThrow(NotFoundError);
      expect(() => neighbors(graph, HE, { depth: -1 })).toThrow(InvalidInputError);
      expect(() => neighbors(graph, HE, { limit: -1 })).toThrow(InvalidInputError);
      expect(() => neighbors(graph, HE, { limit: 1.5 })).toThrow(InvalidInputError);
    });

    it("returns nothing at depth 0 or with limit 0, and the adjacent nodes at depth 1", () => {
      expect(neighbors(graph, HE, { depth: 0 })).toEqual([]);
      expect(neighbors(graph, HE, { limit: 0 })).toEqual([]);
      const first = neighbors(graph, HE);
      expect(new Set(first)).toEqual(new Set(graph.neighbors(HE)));
      expect(first).not.toContain(HE);
      expect(first).toContain(CHINA);
    });

    it("reaches further with depth, nearest first, and filters by type and predicate", () => {
      const first = neighbors(graph, HE);
      const second = neighbors(graph, HE, { depth: 2 });
      expect(second.slice(0, first.length)).toEqual(first);
      expect(second).toContain(BESSENT);
      const people = neighbors(graph, HE, { depth: 2, types: ["Person"] });
      expect(people).toContain(BESSENT);
      for (const key of people) expect(graph.getNodeAttribute(key, "type")).toBe("Person");
      expect(neighbors(graph, HE, { predicates: ["HOLDS_POSITION"] })).toEqual([CHINA]);
    });

    it("lists each hop by PageRank (highest first), then id, and cuts at limit", () => {
      const all = neighbors(graph, US, { depth: 2 });
      expect(all).toEqual(referenceNeighbors(graph, US, { depth: 2 }));
      const hop = neighbors(graph, US);
      const ranks = hop.map((key) => graph.getNodeAttribute(key, "pagerank"));
      expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
      for (const limit of [1, 3, hop.length, hop.length + 2, all.length + 5]) {
        expect(neighbors(graph, US, { depth: 2, limit })).toEqual(all.slice(0, limit));
      }
    });

    it("answers like the reference walk on the seeds and on a generated graph", () => {
      for (const [g, keys] of [
        [graph, graph.nodes()],
        [random, sampleEntities(random, 40, 3)],
      ] as const) {
        for (const key of keys) {
          for (const options of VARIANTS) {
            expect(neighbors(g, key, options)).toEqual(referenceNeighbors(g, key, options));
          }
        }
      }
    });
  });

  describe("countNeighbors", () => {
    it("throws like neighbors", () => {
      expect(() => countNeighbors(graph, "person:nobody")).toThrow(NotFoundError);
      expect(() => countNeighbors(graph, HE, { depth: -1 })).toThrow(InvalidInputError);
    });

    it("counts what neighbors lists without a limit, whatever the limit", () => {
      expect(countNeighbors(graph, HE, { depth: 0 })).toBe(0);
      for (const [g, keys] of [
        [graph, graph.nodes()],
        [random, sampleEntities(random, 40, 4)],
      ] as const) {
        for (const key of keys) {
          for (const options of VARIANTS) {
            const count = countNeighbors(g, key, options);
            expect(count).toBe(referenceNeighbors(g, key, { ...options, limit: undefined }).length);
            expect(countNeighbors(g, key, { ...options, limit: 1 })).toBe(count);
          }
        }
      }
    });
  });

  describe("subgraph", () => {
    it("throws NotFoundError for an unknown seed and InvalidInputError for a bad limit", () => {
      expect(() => subgraph(graph, ["person:nobody"])).toThrow(NotFoundError);
      expect(() => subgraph(graph, [HE], { limit: -2 })).toThrow(InvalidInputError);
    });

    it("holds only the seeds at depth 0, and the edges between them", () => {
      const sub = subgraph(graph, [HE, BESSENT], { depth: 0 });
      expect(new Set(sub.nodes())).toEqual(new Set([HE, BESSENT]));
      expect(new Set(sub.edges())).toEqual(new Set(graph.edges(HE, BESSENT).concat(graph.edges(BESSENT, HE))));
    });

    it("holds the neighbourhood and every edge among its nodes, with copied attributes", () => {
      const sub = subgraph(graph, [HE]);
      expect(new Set(sub.nodes())).toEqual(new Set([HE, ...neighbors(graph, HE)]));
      graph.forEachEdge((key, _a, source, target) => {
        expect(sub.hasEdge(key)).toBe(sub.hasNode(source) && sub.hasNode(target));
      });
      sub.setNodeAttribute(HE, "name", "changed");
      expect(graph.getNodeAttribute(HE, "name")).toBe("He Lifeng");
      const documentIds = new Set(sub.getAttribute("documents").map((d) => d.id));
      for (const id of graph.getNodeAttribute(HE, "documents")) expect(documentIds.has(id)).toBe(true);
      for (const statement of sub.getAttribute("statements")) {
        expect(sub.hasNode(statement.speaker) || (statement.via !== null && sub.hasNode(statement.via))).toBe(true);
      }
    });

    it("copies attributes deeply: changing the copy's lists leaves the graph as it was", () => {
      const sub = subgraph(graph, [HE]);
      const edge = sub.edges()[0]!;
      expect(sub.getNodeAttributes(HE)).toEqual(graph.getNodeAttributes(HE));
      expect(sub.getEdgeAttributes(edge)).toEqual(graph.getEdgeAttributes(edge));
      sub.getNodeAttribute(HE, "aliases").push("changed");
      sub.getEdgeAttribute(edge, "evidence")[0]!.sentence = "changed";
      sub.getAttribute("documents")[0]!.title = "changed";
      expect(graph.getNodeAttribute(HE, "aliases")).not.toContain("changed");
      expect(graph.getEdgeAttribute(edge, "evidence")[0]!.sentence).not.toBe("changed");
      expect(graph.getAttribute("documents").some((document) => document.title === "changed")).toBe(false);
    });

    it("caps the node count, keeping the seeds and the nearest nodes (by key within a hop)", () => {
      const sub = subgraph(graph, [HE], { depth: 2, limit: 5 });
      expect(sub.order).toBe(5);
      expect(sub.hasNode(HE)).toBe(true);
      const order = referenceSubgraph(graph, [HE], { depth: 2 }).nodes;
      expect(new Set(sub.nodes())).toEqual(new Set(order.slice(0, 5)));
      expect(subgraph(graph, [HE, BESSENT], { limit: 1 }).order).toBe(2);
    });

    it("walks and keeps only the edges of the given predicates", () => {
      const sub = subgraph(graph, [CHINA], { predicates: ["HOLDS_POSITION"] });
      expect(sub.order).toBeGreaterThan(1);
      sub.forEachEdge((_key, attributes) => expect(attributes.predicate).toBe("HOLDS_POSITION"));
      for (const node of sub.nodes()) if (node !== CHINA) expect(sub.getNodeAttribute(node, "type")).toBe("Person");
    });

    it("answers like the reference cut on the seeds and on a generated graph: nodes in walk order, edges by key", () => {
      for (const [g, keys] of [
        [graph, graph.nodes().filter((_key, i) => i % 3 === 0)],
        [random, sampleEntities(random, 30, 5)],
      ] as const) {
        keys.forEach((key, i) => {
          const seeds = i % 4 === 3 ? [key, keys[(i + 1) % keys.length]!, key] : [key];
          for (const options of [...VARIANTS, { depth: 2, limit: 25 }, { depth: 1, limit: 0 }]) {
            const sub = subgraph(g, seeds, options);
            const expected = referenceSubgraph(g, seeds, options);
            expect(sub.nodes()).toEqual(expected.nodes);
            expect(sub.edges()).toEqual(expected.edges);
          }
        });
      }
    });
  });

  describe("shortestPath", () => {
    it("throws NotFoundError for unknown ends", () => {
      expect(() => shortestPath(graph, "person:nobody", HE)).toThrow(NotFoundError);
      expect(() => shortestPath(graph, HE, "person:nobody")).toThrow(NotFoundError);
    });

    it("gives a one-node path from a node to itself", () => {
      expect(shortestPath(graph, HE, HE)).toEqual({ nodes: [HE], edges: [] });
    });

    // Two people of the seeds who took part in one meeting but have no relation of their own.
    function peopleTwoHopsApart(): [string, string, string] {
      for (const meeting of graph.filterNodes((_key, a) => a.type === "Meeting")) {
        const people = graph.inNeighbors(meeting).filter((n) => graph.getNodeAttribute(n, "type") === "Person");
        for (const a of people) {
          for (const b of people) if (a < b && !graph.areNeighbors(a, b)) return [a, b, meeting];
        }
      }
      throw new Error("the seed graph should hold two people two hops apart");
    }

    it("joins two people through a meeting, whatever the edge directions, one edge per hop", () => {
      const [a, b] = peopleTwoHopsApart();
      const path = shortestPath(graph, a, b);
      expect(path).not.toBeNull();
      expect(path!.nodes[0]).toBe(a);
      expect(path!.nodes.at(-1)).toBe(b);
      expect(path!.nodes).toHaveLength(3);
      expect(path!.edges).toHaveLength(2);
      path!.edges.forEach((edge, i) => {
        expect(new Set(graph.extremities(edge))).toEqual(new Set([path!.nodes[i], path!.nodes[i + 1]]));
      });
      expect(shortestPath(graph, b, a)!.nodes).toHaveLength(3);
      // Two people who met: one hop.
      expect(shortestPath(graph, BESSENT, HE)!.edges).toHaveLength(graph.areNeighbors(BESSENT, HE) ? 1 : 2);
    });

    it("returns null beyond maxLength or between unconnected nodes", () => {
      const [a, b] = peopleTwoHopsApart();
      expect(shortestPath(graph, a, b, 1)).toBeNull();
      expect(shortestPath(graph, a, b, 0)).toBeNull();
      expect(shortestPath(graph, BESSENT, "country:brazil", 10)).toBeNull();
    });

    it("picks the path of smallest keys, hop by hop, like the reference, between every two seed entities", () => {
      const keys = graph.nodes();
      for (const to of keys) {
        const distances = undirectedDistances(graph, to);
        for (const from of keys) {
          for (const maxLength of [2, 4]) {
            expect(shortestPath(graph, from, to, maxLength)).toEqual(referencePath(graph, distances, from, maxLength));
          }
        }
      }
    });

    it("answers like the reference on a generated graph, hubs included", () => {
      const froms = sampleEntities(random, 150, 6);
      const tos = sampleEntities(random, 150, 7);
      let found = 0;
      froms.forEach((from, i) => {
        const to = tos[i]!;
        const distances = undirectedDistances(random, to);
        for (const maxLength of [1, 3, 6]) {
          const path = shortestPath(random, from, to, maxLength);
          expect(path).toEqual(referencePath(random, distances, from, maxLength));
          if (path !== null && path.edges.length > 1) found++;
        }
      });
      // The comparison must have covered paths of several hops, not only nulls.
      expect(found).toBeGreaterThan(50);
    });
  });

  describe("insertion order", () => {
    it("does not change the answers of neighbors, subgraph and shortestPath", () => {
      const reversed = createGraph();
      reversed.replaceAttributes(structuredClone(random.getAttributes()));
      for (const key of random.nodes().reverse()) reversed.addNode(key, random.getNodeAttributes(key));
      for (const edge of random.edges().reverse()) {
        reversed.addDirectedEdgeWithKey(edge, random.source(edge), random.target(edge), random.getEdgeAttributes(edge));
      }
      const keys = sampleEntities(random, 30, 8);
      keys.forEach((key, i) => {
        const other = keys[(i + 7) % keys.length]!;
        expect(neighbors(reversed, key, { depth: 2, limit: 40 })).toEqual(
          neighbors(random, key, { depth: 2, limit: 40 }),
        );
        const a = subgraph(reversed, [key], { depth: 2, limit: 60 });
        const b = subgraph(random, [key], { depth: 2, limit: 60 });
        expect([a.nodes(), a.edges()]).toEqual([b.nodes(), b.edges()]);
        expect(shortestPath(reversed, key, other, 6)).toEqual(shortestPath(random, key, other, 6));
      });
    });
  });

  describe("meetings", () => {
    it("rejects dates that are not ISO", () => {
      expect(() => meetings(graph, { from: "June 2025" })).toThrow(InvalidInputError);
    });

    it("lists the London, Geneva and Kuala Lumpur talks with their places and participants", () => {
      const all = meetings(graph);
      expect(all).toHaveLength(graph.filterNodes((_k, a) => a.type === "Meeting").length);
      const byId = new Map(all.map((m) => [m.id, m]));
      const london = byId.get("meeting:london-trade-talks")!;
      expect(london.place).toBe("place:london");
      expect(london.places).toContain("place:lancaster-house");
      expect(london.participants).toEqual(expect.arrayContaining([BESSENT, HE, US, CHINA]));
      expect(london.topics).toContain("mineral:rare-earths");
      expect(byId.get("meeting:geneva-trade-talks")!.place).toBe("place:geneva");
      const kl = byId.get("meeting:kuala-lumpur-trade-talks")!;
      expect(kl.place).toBe("place:kuala-lumpur");
      expect(kl.summit).toBe("meeting:asean-summit");
      expect(kl.participants).toEqual(expect.arrayContaining([BESSENT, HE]));
    });

    it("filters by place (or an enclosing place) and participant, by name or id", () => {
      expect(meetings(graph, { place: "London" }).map((m) => m.id)).toEqual(["meeting:london-trade-talks"]);
      expect(meetings(graph, { place: "place:geneva" }).map((m) => m.id)).toEqual(["meeting:geneva-trade-talks"]);
      expect(meetings(graph, { place: "South Korea" }).map((m) => m.id)).toContain("meeting:trump-xi-meeting");
      const withBessent = meetings(graph, { participant: "Bessent" }).map((m) => m.id);
      expect(withBessent).toEqual(
        expect.arrayContaining(["meeting:london-trade-talks", "meeting:kuala-lumpur-trade-talks"]),
      );
      expect(withBessent).not.toContain("meeting:trump-xi-meeting");
      expect(meetings(graph, { participant: "Nobody At All" })).toEqual([]);
    });

    it("normalises dates and filters on them", () => {
      const copy = graph.copy();
      // Only the two meetings dated below have a date (the extraction dates others from the text).
      copy.forEachNode((id, a) => {
        if (a.type !== "Meeting" || !a.attributes?.date) return;
        const { date: _, ...rest } = a.attributes as Record<string, string>;
        copy.mergeNodeAttributes(id, { attributes: rest });
      });
      copy.mergeNodeAttributes("meeting:london-trade-talks", { attributes: { date: "June 9, 2025", place: "London" } });
      copy.mergeNodeAttributes("meeting:geneva-trade-talks", { attributes: { date: "May 2025", place: "Geneva" } });
      const dated = meetings(copy, { from: "2025-06-01" });
      expect(dated.map((m) => [m.id, m.date, m.dateText])).toEqual([
        ["meeting:london-trade-talks", "2025-06-09", "June 9, 2025"],
      ]);
      expect(meetings(copy, { from: "2025", to: "2025-12" }).map((m) => m.id)).toEqual([
        "meeting:geneva-trade-talks",
        "meeting:london-trade-talks",
      ]);
      expect(meetings(copy, { to: "2025-05-31" }).map((m) => m.id)).toEqual(["meeting:geneva-trade-talks"]);
      // Dated meetings come first, in date order.
      expect(
        meetings(copy)
          .slice(0, 2)
          .map((m) => m.id),
      ).toEqual(["meeting:geneva-trade-talks", "meeting:london-trade-talks"]);
    });
  });

  describe("normalizeMeetingDate", () => {
    it("reads full dates, dates without a year given the documents' year, months and years", () => {
      expect(normalizeMeetingDate("Oct 27, 2025", null)).toBe("2025-10-27");
      expect(normalizeMeetingDate("June 5th", "2025")).toBe("2025-06-05");
      expect(normalizeMeetingDate("5 June", "2024")).toBe("2024-06-05");
      expect(normalizeMeetingDate("June 5th", null)).toBeNull();
      expect(normalizeMeetingDate("February 30", "2025")).toBeNull();
      expect(normalizeMeetingDate("May 2025", null)).toBe("2025-05");
      expect(normalizeMeetingDate("Thursday", "2025")).toBeNull();
      expect(normalizeMeetingDate("in 2024", null)).toBe("2024");
    });
  });

  describe("negotiations", () => {
    const all = negotiations(graph);
    const of = (meeting: string) => all.find((n) => n.meeting === meeting)!;

    it("gives the London talks with each side's negotiators and titles", () => {
      const london = of("meeting:london-trade-talks");
      const party = (entity: string) => london.parties.find((p) => p.entity === entity);
      expect(party(BESSENT)).toEqual({ entity: BESSENT, side: US, role: "Treasury Secretary" });
      expect(party(HE)).toEqual({ entity: HE, side: CHINA, role: "Vice Premier" });
      expect(party("person:jamieson-greer")?.side).toBe(US);
      expect(party("person:li-chenggang")?.side).toBe(CHINA);
      expect(london.topics).toContain("mineral:rare-earths");
      expect(london.evidence.length).toBeGreaterThan(0);
      for (const evidence of london.evidence) expect(evidence.sentence.length).toBeGreaterThan(0);
    });

    it("gives the Kuala Lumpur talks with the two countries as counterparts", () => {
      const kl = of("meeting:kuala-lumpur-trade-talks");
      // The two countries; the heads of the two delegations too, when the extraction pairs them.
      expect(kl.counterparts).toEqual(expect.arrayContaining([[CHINA, US]]));
      expect(kl.parties.map((p) => p.entity)).toEqual(expect.arrayContaining([BESSENT, HE, US, CHINA]));
      expect(kl.topics).toContain("policy:kuala-lumpur-framework");
    });

    it("gives the Geneva talks between the two countries", () => {
      const geneva = of("meeting:geneva-trade-talks");
      expect(geneva.parties.map((p) => p.entity)).toEqual(expect.arrayContaining([US, CHINA]));
    });

    it("leaves out meetings with fewer than two parties", () => {
      for (const view of all) expect(view.parties.length).toBeGreaterThanOrEqual(2);
      expect(all.some((n) => n.meeting === "meeting:trump-asia-tour")).toBe(false);
    });

    it("filters by participant (or side) and topic", () => {
      const withHe = negotiations(graph, { participant: "He Lifeng" }).map((n) => n.meeting);
      expect(withHe).toEqual(
        expect.arrayContaining(["meeting:london-trade-talks", "meeting:kuala-lumpur-trade-talks"]),
      );
      expect(withHe).not.toContain("meeting:trump-xi-meeting");
      const forChina = negotiations(graph, { participant: "China" }).map((n) => n.meeting);
      expect(forChina).toContain("meeting:trump-xi-meeting");
      const soy = negotiations(graph, { topic: "soybeans" }).map((n) => n.meeting);
      expect(soy).toEqual(["meeting:kuala-lumpur-trade-talks"]);
      expect(negotiations(graph, { participant: "Nobody At All" })).toEqual([]);
    });
  });

  describe("statementsOf", () => {
    it("filters by speaker name or id and by text", () => {
      const bessent = statementsOf(graph, { speaker: "Bessent" });
      expect(bessent.length).toBeGreaterThan(0);
      for (const s of bessent) expect(s.speaker).toBe(BESSENT);
      expect(statementsOf(graph, { speaker: BESSENT })).toEqual(bessent);
      const framework = statementsOf(graph, { search: "FRAMEWORK" });
      expect(framework.length).toBeGreaterThan(0);
      for (const s of framework) expect(s.quote.toLowerCase()).toContain("framework");
      expect(statementsOf(graph, { speaker: "Nobody At All" })).toEqual([]);
      expect(statementsOf(graph)).toHaveLength(extraction.statements.length);
    });
  });

  describe("graphStats", () => {
    it("counts nodes, edges and documents, by type and predicate", () => {
      const stats = graphStats(graph);
      expect(stats.nodes).toBe(extraction.entities.length);
      expect(stats.edges).toBe(extraction.relations.length);
      expect(stats.documents).toBe(extraction.documents.length);
      expect(Object.values(stats.byType).reduce((a, b) => a + b, 0)).toBe(stats.nodes);
      expect(Object.values(stats.byPredicate).reduce((a, b) => a + b, 0)).toBe(stats.edges);
      expect(stats.byType.Person).toBe(extraction.entities.filter((e) => e.type === "Person").length);
      expect(stats.builtAt).toBe("2025-01-01T00:00:00.000Z");
    });
  });
});
