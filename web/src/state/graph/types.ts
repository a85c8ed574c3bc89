// Types of the explorer's in-browser graph: the records the API data layer produces and the
// attributes of the graphology graph sigma renders. Types only; no DOM, no fetching.

import type { MultiDirectedGraph } from "graphology";
import type { EntityType, Predicate } from "../../../../src/extraction/types.ts";

/** How node sizes are computed: from PageRank (the build's `size`) or from degree. */
export type SizeMode = "pagerank" | "degree";

/** One entity as the explorer loads it for the overview (details are fetched on demand). */
export interface EntityRecord {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  degree: number;
  pagerank: number;
  community: number;
  mentionCount: number;
  /** Ids of the documents that mention the entity. */
  documents: string[];
  /** Layout position and display size/colour from the build; null when the API has none. */
  x: number | null;
  y: number | null;
  size: number | null;
  color: string | null;
  /** ISO date (YYYY-MM-DD) of a dated entity (a Meeting), else null. */
  date: string | null;
}

/** One relation as the explorer loads it for the overview. */
export interface RelationRecord {
  id: string;
  source: string;
  target: string;
  predicate: Predicate;
  /** title, rate, amount, share, date, role… as extracted. */
  attributes: Record<string, string>;
  confidence: number;
  /** Ids of the documents its evidence comes from. */
  documents: string[];
  /** ISO date of the relation when known (its own date, else its meeting's), else null. */
  date: string | null;
}

/** Metadata of one document. */
export interface DocumentRecord {
  id: string;
  title: string;
  date: string | null;
  source: string | null;
}

/** Everything the overview needs: the whole graph, light. */
export interface ExplorerData {
  entities: EntityRecord[];
  relations: RelationRecord[];
  documents: DocumentRecord[];
  /** The whole graph's counts when these records are only part of it (the top entities by PageRank). */
  total?: { entities: number; relations: number };
}

/** Attributes of a node of the view graph (sigma reads label, x, y, size, color). */
export interface ViewNodeAttributes {
  label: string;
  x: number;
  y: number;
  /** The size shown: one of sizePagerank/sizeDegree, picked by the reducer. */
  size: number;
  color: string;
  entityType: EntityType;
  aliases: string[];
  degree: number;
  pagerank: number;
  community: number;
  mentionCount: number;
  documents: string[];
  date: string | null;
  /** Display size from PageRank. */
  sizePagerank: number;
  /** Display size from degree. */
  sizeDegree: number;
}

/** Attributes of an edge of the view graph. */
export interface ViewEdgeAttributes {
  predicate: Predicate;
  /** Sigma's edge program: an arrow, or a line for symmetric predicates. */
  type: "arrow" | "line";
  label: string;
  size: number;
  color: string;
  attributes: Record<string, string>;
  confidence: number;
  documents: string[];
  date: string | null;
}

/** The graph the explorer renders. */
export type ViewGraph = MultiDirectedGraph<ViewNodeAttributes, ViewEdgeAttributes>;
