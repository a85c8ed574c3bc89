// The focus domain: the node set of an ego network (breadth-first, both directions) and the
// scope of a path. Pure reads of the graph.

import type { Scope } from "../filters/types.ts";
import type { ViewGraph } from "../graph/types.ts";
import { EGO_DEPTHS, type EgoDepth } from "./types.ts";

export type * from "./types.ts";
export { EGO_DEPTHS } from "./types.ts";

/** A depth parsed from text: 1, 2 or 3, else `fallback`. */
export function parseEgoDepth(value: string | null | undefined, fallback: EgoDepth = 1): EgoDepth {
  const depth = Number(value);
  return (EGO_DEPTHS as readonly number[]).includes(depth) ? (depth as EgoDepth) : fallback;
}

/**
 * The ego network of `node`: itself and every node within `depth` hops, edges read in both
 * directions; `acceptEdge` (e.g. the predicate filter) limits which edges are walked. Returns
 * the nodes and the walked edges among them, or null when the node is not in the graph.
 */
export function computeEgoScope(
  graph: ViewGraph,
  node: string,
  depth: number,
  acceptEdge: (edge: string) => boolean = () => true,
): Scope | null {
  if (!graph.hasNode(node)) return null;
  const nodes = new Set<string>([node]);
  let frontier = [node];
  for (let level = 0; level < depth && frontier.length > 0; level++) {
    const next: string[] = [];
    for (const current of frontier) {
      graph.forEachEdge(current, (edge, _attributes, source, target) => {
        if (!acceptEdge(edge)) return;
        const other = source === current ? target : source;
        if (nodes.has(other)) return;
        nodes.add(other);
        next.push(other);
      });
    }
    frontier = next;
  }
  const edges = new Set<string>();
  for (const current of nodes) {
    graph.forEachOutEdge(current, (edge, _attributes, _source, target) => {
      if (nodes.has(target) && acceptEdge(edge)) edges.add(edge);
    });
  }
  return { nodes, edges };
}

/** The scope of a path: its nodes and edges, keeping only those the graph has. */
export function computePathScope(graph: ViewGraph, nodes: readonly string[], edges: readonly string[]): Scope {
  return {
    nodes: new Set(nodes.filter((node) => graph.hasNode(node))),
    edges: new Set(edges.filter((edge) => graph.hasEdge(edge))),
  };
}
