// The filter domain: which nodes and edges are visible under the filters and an optional scope.
// Pure: reads the graph, returns sets; appearance is the reducers' job.

import type { ViewGraph } from "../graph/types.ts";
import type { FilterState, Scope, Visibility } from "./types.ts";
import { isInDateRange } from "./utils.ts";

export type * from "./types.ts";
export * from "./utils.ts";

/**
 * The visible nodes and edges. A node passes when its type is shown, it is in the scope and
 * (with a document filter) the document mentions it; an edge passes when its predicate is shown,
 * both ends pass, it is in the scope and (with a document filter) it has evidence there. With a
 * date range, only edges dated in it pass, and a node stays when it is dated in it or ends such an
 * edge. `hideIsolated` then drops the nodes left without a visible edge.
 */
export function computeVisibility(graph: ViewGraph, filters: FilterState, scope: Scope | null = null): Visibility {
  const types = filters.types ? new Set<string>(filters.types) : null;
  const predicates = filters.predicates ? new Set<string>(filters.predicates) : null;
  const { document, from, to } = filters;
  const dated = from !== null || to !== null;
  const candidates = new Set<string>();
  graph.forEachNode((node, attributes) => {
    if (types && !types.has(attributes.entityType)) return;
    if (scope && !scope.nodes.has(node)) return;
    if (document !== null && !attributes.documents.includes(document)) return;
    candidates.add(node);
  });
  const edges = new Set<string>();
  const touched = new Set<string>();
  graph.forEachEdge((edge, attributes, source, target) => {
    if (!candidates.has(source) || !candidates.has(target)) return;
    if (predicates && !predicates.has(attributes.predicate)) return;
    if (scope?.edges && !scope.edges.has(edge)) return;
    if (document !== null && !attributes.documents.includes(document)) return;
    if (dated && !isInDateRange(attributes.date, from, to)) return;
    edges.add(edge);
    touched.add(source);
    touched.add(target);
  });
  const nodes = new Set<string>();
  for (const node of candidates) {
    if (touched.has(node)) nodes.add(node);
    else if (filters.hideIsolated) continue;
    else if (!dated || isInDateRange(graph.getNodeAttribute(node, "date"), from, to)) nodes.add(node);
  }
  return { nodes, edges };
}
