// Builds the knowledge graph from an extraction: one node per entity, one edge per relation
// (symmetric predicates once, as the extraction orders them), the documents, statements and merges
// as graph attributes, then the metrics. Pure: no I/O (store.ts saves, live.ts drives).

import { InvalidInputError } from "../errors.ts";
import type { DocumentMeta, Entity, EntityMention, Extraction, Relation } from "../extraction/types.ts";
import { SYMMETRIC_PREDICATES } from "../extraction/types.ts";
import { edgeKey, nodeKey } from "./keys.ts";
import { assignMetrics, roundFloat } from "./metrics.ts";
import {
  createGraph,
  type EdgeAttributes,
  GRAPH_FORMAT_VERSION,
  type GraphAttributes,
  type GraphDocument,
  type KnowledgeGraph,
  type NodeAttributes,
  TYPE_COLORS,
} from "./model.ts";

/** Options of `buildGraph`. */
export interface BuildGraphOptions {
  /** ISO time recorded as the graph's `builtAt` (default: now). Fix it to compare rebuilds byte for byte. */
  builtAt?: string;
  /** Seed of the communities and the layout (see `assignMetrics`). Default 1. */
  seed?: number;
  /** ForceAtlas2 iterations (see `assignMetrics`). */
  iterations?: number;
  /**
   * Positions to keep, by node key (a compaction keeps the live graph's): those nodes start there
   * and the layout places the others around them (`assignMetrics`'s `keepPositions`).
   */
  positions?: (key: string) => { x: number; y: number } | undefined;
}

/** Colour of every edge (sigma and the GEXF viz read it). */
export const EDGE_COLOR = "#b4b4b4";

function sortedRecord(record: Record<string, string> | undefined): Record<string, string> {
  const sorted: Record<string, string> = {};
  for (const key of Object.keys(record ?? {}).sort()) sorted[key] = record![key]!;
  return sorted;
}

/** The display size of an edge with `count` pieces of evidence: 1 to 4, growing with the log. */
export function edgeSize(count: number): number {
  return roundFloat(Math.min(4, 1 + Math.log2(count)));
}

/** The ids of the documents of `mentions`, once each, sorted: a node's `documents`. */
export function mentionDocuments(mentions: readonly EntityMention[]): string[] {
  if (mentions.length === 1) return [mentions[0]!.document];
  if (mentions.length === 0) return [];
  return [...new Set(mentions.map((mention) => mention.document))].sort();
}

/**
 * The attributes of an entity's node, metrics not yet computed (0; x and y NaN, so that
 * `assignMetrics` with `keepPositions` knows the node is new).
 */
export function nodeAttributesOf(entity: Entity): NodeAttributes {
  const documents = mentionDocuments(entity.mentions);
  return {
    label: entity.name,
    name: entity.name,
    type: entity.type,
    aliases: [...new Set(entity.aliases)].filter((alias) => alias !== entity.name).sort(),
    mentionCount: entity.mentions.length,
    documents,
    mentions: entity.mentions.map((mention) => ({ ...mention })),
    attributes: sortedRecord(entity.attributes),
    degree: 0,
    pagerank: 0,
    community: 0,
    x: Number.NaN,
    y: Number.NaN,
    size: 0,
    color: TYPE_COLORS[entity.type],
  };
}

/** The attributes of a relation's edge; its size grows with the evidence (1 to 4). */
export function edgeAttributesOf(relation: Relation): EdgeAttributes {
  if (relation.evidence.length === 0) {
    throw new InvalidInputError(`build: relation ${relation.id} should have evidence, found none.`);
  }
  return {
    predicate: relation.predicate,
    attributes: sortedRecord(relation.attributes),
    confidence: relation.confidence,
    evidence: relation.evidence.map((evidence) => ({ ...evidence })),
    symmetric: SYMMETRIC_PREDICATES.has(relation.predicate),
    label: relation.predicate,
    size: edgeSize(relation.evidence.length),
    color: EDGE_COLOR,
  };
}

/** The graph attributes of an extraction: its documents (with their text), statements and merges. */
export function graphAttributesOf(
  extraction: Extraction,
  documents: readonly Pick<GraphDocument, "id" | "text">[],
  builtAt: string,
): GraphAttributes {
  const texts = new Map(documents.map((document) => [document.id, document.text]));
  return {
    version: GRAPH_FORMAT_VERSION,
    documents: extraction.documents.map((meta) => graphDocumentOf(meta, texts.get(meta.id) ?? "")),
    statements: extraction.statements.map((statement) => ({ ...statement })),
    merges: extraction.merges.map((merge) => ({ ...merge })),
    builtAt,
  };
}

/** A document as the graph keeps it: its metadata and cleaned text. */
export function graphDocumentOf(meta: DocumentMeta, text: string): GraphDocument {
  return {
    id: meta.id,
    title: meta.title,
    date: meta.date,
    source: meta.source,
    authors: [...meta.authors],
    text,
  };
}

/**
 * Builds the graph of an extraction. `documents` supplies each document's cleaned text (matched by
 * id; a document it lacks gets an empty text). Throws `InvalidInputError` on a relation without
 * evidence, a relation between unknown entities, or a repeated entity or relation id.
 */
export function buildGraph(
  extraction: Extraction,
  documents: readonly Pick<GraphDocument, "id" | "text">[],
  options: BuildGraphOptions = {},
): KnowledgeGraph {
  const graph = createGraph();
  for (const entity of extraction.entities) {
    const key = nodeKey(entity);
    if (graph.hasNode(key)) throw new InvalidInputError(`build: entity ids should be unique, found "${key}" twice.`);
    const position = options.positions?.(key);
    graph.addNode(
      key,
      position ? { ...nodeAttributesOf(entity), x: position.x, y: position.y } : nodeAttributesOf(entity),
    );
  }
  for (const relation of extraction.relations) {
    const key = edgeKey(relation);
    for (const end of [relation.source, relation.target]) {
      if (!graph.hasNode(end)) {
        throw new InvalidInputError(`build: relation ${key} should connect known entities, found "${end}".`);
      }
    }
    if (relation.source === relation.target) {
      throw new InvalidInputError(`build: relation ${key} should connect two entities, found a loop.`);
    }
    if (graph.hasEdge(key)) throw new InvalidInputError(`build: relation ids should be unique, found "${key}" twice.`);
    graph.addDirectedEdgeWithKey(key, relation.source, relation.target, edgeAttributesOf(relation));
  }
  graph.replaceAttributes(graphAttributesOf(extraction, documents, options.builtAt ?? new Date().toISOString()));
  assignMetrics(graph, {
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
    ...(options.iterations !== undefined ? { iterations: options.iterations } : {}),
    ...(options.positions ? { keepPositions: true } : {}),
  });
  return graph;
}
