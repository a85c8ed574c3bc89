// The ranked neighbourhoods of hubs (graph/ranks.ts): the order neighbors() gives a hop, kept per
// node until the graph changes, dropped by every kind of change, and what neighbors() and
// countNeighbors() answer through them while the graph changes.

import { describe, expect, it } from "vitest";
import type { KnowledgeGraph } from "../../../src/graph/model.ts";
import { countNeighbors, neighbors } from "../../../src/graph/query.ts";
import { NeighbourRanks, neighbourRanksOf, RANKED_MIN_DEGREE } from "../../../src/graph/ranks.ts";
import { hubGraph, hubsOf, referenceRanking } from "../../_helpers/hubs.ts";

function leafOf(graph: KnowledgeGraph): string {
  return graph.findNode((node) => graph.degree(node) > 0 && graph.degree(node) < RANKED_MIN_DEGREE)!;
}

describe("NeighbourRanks", () => {
  it("ranks a hub's neighbours like neighbors() ranks a hop, and leaves small nodes to the walk", () => {
    const graph = hubGraph();
    const ranks = new NeighbourRanks(graph);
    const hubs = hubsOf(graph);
    expect(hubs.length).toBeGreaterThan(3);
    for (const hub of hubs) expect(ranks.of(hub)).toEqual(referenceRanking(graph, hub));
    expect(ranks.of(leafOf(graph))).toBeNull();
    expect(ranks.of("person:nobody")).toBeNull();
    expect(ranks.size).toBe(hubs.length);
    // Asked again, the same list comes back without ranking again.
    expect(ranks.of(hubs[0]!)).toBe(ranks.of(hubs[0]!));
    ranks.dispose();
  });

  it("drops its lists on every change that can alter a neighbourhood or its order", () => {
    const graph = hubGraph();
    const ranks = new NeighbourRanks(graph);
    const hub = hubsOf(graph)[0]!;
    const changes: ((g: KnowledgeGraph) => void)[] = [
      (g) => {
        g.addNode("person:newcomer", { ...g.getNodeAttributes(leafOf(g)), name: "Newcomer", pagerank: 1 });
        g.addDirectedEdgeWithKey(`${hub}|MET_WITH|person:newcomer`, hub, "person:newcomer", {
          ...g.getEdgeAttributes(g.edges(hub)[0]!),
          predicate: "MET_WITH",
        });
      },
      (g) => g.setNodeAttribute(referenceRanking(g, hub).at(-1)!, "pagerank", 2),
      (g) => g.updateEachNodeAttributes((_node, attributes) => ({ ...attributes, pagerank: -attributes.pagerank })),
      (g) => g.dropEdge(g.edges(hub)[0]!),
      (g) => g.dropNode(referenceRanking(g, hub)[0]!),
    ];
    for (const change of changes) {
      const before = ranks.of(hub);
      change(graph);
      expect(ranks.size).toBe(0);
      const after = ranks.of(hub);
      expect(after).toEqual(referenceRanking(graph, hub));
      expect(after).not.toEqual(before);
    }
    graph.clear();
    expect(ranks.of(hub)).toBeNull();
    ranks.dispose();
  });

  it("gives up on a hub whose neighbours' PageRank is not a number (neighbors() walks it instead)", () => {
    const graph = hubGraph();
    const hub = hubsOf(graph)[0]!;
    graph.setNodeAttribute(graph.neighbors(hub)[0]!, "pagerank", Number.NaN);
    expect(new NeighbourRanks(graph).of(hub)).toBeNull();
    expect(new Set(neighbors(graph, hub))).toEqual(new Set(graph.neighbors(hub)));
  });

  it("warm() ranks every hub, biggest first, and stops following the graph once disposed", async () => {
    const graph = hubGraph();
    const ranks = new NeighbourRanks(graph);
    const hubs = hubsOf(graph);
    await expect(ranks.warm()).resolves.toBe(hubs.length);
    expect(ranks.size).toBe(hubs.length);
    ranks.dispose();
    expect(ranks.size).toBe(0);
    ranks.of(hubs[0]!);
    graph.dropEdge(graph.edges(hubs[0]!)[0]!);
    // Disposed: the change is not seen, the list made before it stays.
    expect(ranks.size).toBe(1);
  });

  it("keeps neighbors() and countNeighbors() right through the shared instance while the graph changes", () => {
    const graph = hubGraph();
    const hub = hubsOf(graph)[0]!;
    const shared = neighbourRanksOf(graph);
    expect(neighbourRanksOf(graph)).toBe(shared);
    expect(neighbors(graph, hub, { limit: 5 })).toEqual(referenceRanking(graph, hub).slice(0, 5));
    expect(countNeighbors(graph, hub)).toBe(referenceRanking(graph, hub).length);
    expect(shared.size).toBeGreaterThan(0);
    const top = referenceRanking(graph, hub)[0]!;
    graph.setNodeAttribute(
      referenceRanking(graph, hub).at(-1)!,
      "pagerank",
      graph.getNodeAttribute(top, "pagerank") + 1,
    );
    expect(neighbors(graph, hub, { limit: 5 })).toEqual(referenceRanking(graph, hub).slice(0, 5));
    graph.dropNode(referenceRanking(graph, hub)[0]!);
    expect(neighbors(graph, hub)).toEqual(referenceRanking(graph, hub));
    expect(countNeighbors(graph, hub)).toBe(referenceRanking(graph, hub).length);
    const people = referenceRanking(graph, hub).filter((key) => graph.getNodeAttribute(key, "type") === "Person");
    expect(neighbors(graph, hub, { types: ["Person"] })).toEqual(people);
    expect(countNeighbors(graph, hub, { types: ["Person"] })).toBe(people.length);
  });
});
