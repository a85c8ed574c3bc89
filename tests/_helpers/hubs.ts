// Test helper for the ranked hub neighbourhoods (src/graph/ranks.ts): a generated graph with hubs,
// its hubs, and the slow, obvious ranking the fast one is compared with.

import { generateGraph } from "../../scripts/bench/graph.ts";
import type { KnowledgeGraph } from "../../src/graph/model.ts";
import { RANKED_MIN_DEGREE } from "../../src/graph/ranks.ts";

/** A generated graph of 600 entities and 3 000 relations, with a few hubs (a new one each call). */
export function hubGraph(): KnowledgeGraph {
  return generateGraph({ entities: 600, relations: 3000, seed: 11 });
}

/** The nodes of `graph` that get a ranked list: at least `RANKED_MIN_DEGREE` relations. */
export function hubsOf(graph: KnowledgeGraph): string[] {
  return graph.filterNodes((node) => graph.degree(node) >= RANKED_MIN_DEGREE);
}

/** Every distinct neighbour of `node`, highest PageRank first, then smallest key. */
export function referenceRanking(graph: KnowledgeGraph, node: string): string[] {
  const pagerank = (key: string) => graph.getNodeAttribute(key, "pagerank");
  return [...new Set(graph.neighbors(node))].sort((a, b) => pagerank(b) - pagerank(a) || (a < b ? -1 : a > b ? 1 : 0));
}
