// The graph's data model: attribute types of nodes, edges and the graph itself, and the one
// constructor of an empty knowledge graph. Types and a factory only; building, metrics, storage
// and queries live in their own modules. Nothing here imports from api/, cli/ or web/.

import { MultiDirectedGraph } from "graphology";
import type {
  DocumentMeta,
  EntityMention,
  EntityType,
  Evidence,
  Merge,
  Predicate,
  Statement,
} from "../extraction/types.ts";

/** Attributes of a node: one entity, merged across documents. The node key is the entity id. */
export interface NodeAttributes {
  /** Display name (sigma reads `label`). Same as `name`. */
  label: string;
  name: string;
  type: EntityType;
  /** Other names the entity goes by, sorted, without `name`. */
  aliases: string[];
  mentionCount: number;
  /** Ids of the documents that mention the entity, sorted. */
  documents: string[];
  mentions: EntityMention[];
  /** Extra facts about the entity (a Meeting's date, dateText, place). */
  attributes: Record<string, string>;
  /** Computed at build: total degree (in + out, multi edges counted). */
  degree: number;
  /** Computed at build: PageRank score. */
  pagerank: number;
  /** Computed at build: Louvain community (seeded, so stable across rebuilds). */
  community: number;
  /** Computed at build: ForceAtlas2 then noverlap positions. */
  x: number;
  y: number;
  /** Display size from PageRank, and colour from the type (read by sigma and the GEXF viz). */
  size: number;
  color: string;
}

/** Attributes of an edge: one relation. The edge key is the relation id. */
export interface EdgeAttributes {
  predicate: Predicate;
  /** title, rate, amount, share, date, role, meeting, topic… as extracted. */
  attributes: Record<string, string>;
  confidence: number;
  /** Never empty: an edge without evidence is a bug. */
  evidence: Evidence[];
  /** True for NEGOTIATED_WITH, MET_WITH, PARTNERED_WITH (stored once, read both ways). */
  symmetric: boolean;
  /** Display (sigma reads `label`, `size`, `color`). */
  label: string;
  size: number;
  color: string;
}

/** A document as the graph keeps it: its metadata and its cleaned text (offsets point into it). */
export interface GraphDocument extends DocumentMeta {
  text: string;
}

/** Attributes of the graph itself. */
export interface GraphAttributes {
  /** Version of the saved format; a graph.json of another version is rebuilt. */
  version: number;
  documents: GraphDocument[];
  statements: Statement[];
  merges: Merge[];
  /** ISO time of the build (kept out of the byte-for-byte comparison of rebuilds). */
  builtAt: string;
}

/** The knowledge graph: a graphology multi directed graph with the attributes above. */
export type KnowledgeGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** Version of graph-data/graph.json's format. */
export const GRAPH_FORMAT_VERSION = 2;

/** Creates an empty knowledge graph. */
export function createGraph(): KnowledgeGraph {
  const graph: KnowledgeGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>({
    allowSelfLoops: false,
  });
  graph.replaceAttributes({ version: GRAPH_FORMAT_VERSION, documents: [], statements: [], merges: [], builtAt: "" });
  return graph;
}

/** Node colour per entity type: one palette shared by the GEXF viz, the API and the explorer. */
export const TYPE_COLORS: Record<EntityType, string> = {
  Person: "#e6194b",
  Agency: "#4363d8",
  Country: "#3cb44b",
  Mineral: "#f58231",
  Company: "#911eb4",
  Meeting: "#f032e6",
  Place: "#469990",
  Organization: "#9a6324",
  Media: "#808000",
  Product: "#000075",
  Policy: "#a9a9a9",
};
