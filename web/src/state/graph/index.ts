// The graph domain: turns the API's light records into the graphology graph sigma renders.
// Pure producers: each call returns a new graph and never touches the DOM.

import { MultiDirectedGraph } from "graphology";
import { SYMMETRIC_PREDICATES } from "../../../../src/extraction/types.ts";
import { TYPE_COLORS } from "../../../../src/graph/model.ts";
import type { ExplorerData, ViewEdgeAttributes, ViewGraph, ViewNodeAttributes } from "./types.ts";
import { EDGE_COLOR, scaleSize, spiralPosition } from "./utils.ts";

export type * from "./types.ts";
export * from "./utils.ts";

/** Options of {@link buildViewGraph}. */
export interface BuildViewGraphOptions {
  /** A graph shown before: nodes it has keep their position there (so a reload does not jump). */
  previous?: ViewGraph;
}

/**
 * Builds the view graph from the overview records: one node per entity (position, size and
 * colour from the build, else a spiral position, a degree size and the type's colour), one edge
 * per relation whose ends are both present. Records are taken in the order given.
 */
export function buildViewGraph(data: ExplorerData, options: BuildViewGraphOptions = {}): ViewGraph {
  const graph: ViewGraph = new MultiDirectedGraph<ViewNodeAttributes, ViewEdgeAttributes>({ allowSelfLoops: true });
  let maxDegree = 0;
  let maxPagerank = 0;
  for (const entity of data.entities) {
    maxDegree = Math.max(maxDegree, entity.degree);
    maxPagerank = Math.max(maxPagerank, entity.pagerank);
  }
  const previous = options.previous;
  data.entities.forEach((entity, index) => {
    if (graph.hasNode(entity.id)) return;
    const kept = previous?.hasNode(entity.id) ? previous.getNodeAttributes(entity.id) : null;
    const fallback = entity.x === null || entity.y === null ? spiralPosition(index) : null;
    const sizePagerank = entity.size ?? scaleSize(entity.pagerank, maxPagerank);
    graph.addNode(entity.id, {
      label: entity.name,
      x: kept?.x ?? fallback?.x ?? (entity.x as number),
      y: kept?.y ?? fallback?.y ?? (entity.y as number),
      size: sizePagerank,
      color: entity.color ?? TYPE_COLORS[entity.type],
      entityType: entity.type,
      aliases: entity.aliases,
      degree: entity.degree,
      pagerank: entity.pagerank,
      community: entity.community,
      mentionCount: entity.mentionCount,
      documents: entity.documents,
      date: entity.date,
      sizePagerank,
      sizeDegree: scaleSize(entity.degree, maxDegree),
    });
  });
  for (const relation of data.relations) {
    if (graph.hasEdge(relation.id) || !graph.hasNode(relation.source) || !graph.hasNode(relation.target)) continue;
    graph.addDirectedEdgeWithKey(relation.id, relation.source, relation.target, {
      predicate: relation.predicate,
      type: SYMMETRIC_PREDICATES.has(relation.predicate) ? "line" : "arrow",
      label: relation.predicate,
      size: 1,
      color: EDGE_COLOR,
      attributes: relation.attributes,
      confidence: relation.confidence,
      documents: relation.documents,
      date: relation.date,
    });
  }
  return graph;
}

/** Ids of the nodes of `graph` that `previous` does not have, sorted. */
export function computeNewNodes(previous: ViewGraph, graph: ViewGraph): string[] {
  return graph.filterNodes((node) => !previous.hasNode(node)).sort();
}
