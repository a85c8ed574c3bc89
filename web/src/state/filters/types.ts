// Types of the filter domain: what the user narrows the graph to. Types only.

import type { EntityType, Predicate } from "../../../../src/extraction/types.ts";

/** The filters; each `null` means "no restriction". */
export interface FilterState {
  /** Entity types shown; null shows all. */
  types: EntityType[] | null;
  /** Predicates shown; null shows all. */
  predicates: Predicate[] | null;
  /** Only what this document mentions or evidences. */
  document: string | null;
  /** ISO date range (inclusive): only dated relations and entities in it, and their ends. */
  from: string | null;
  to: string | null;
  /** Hide nodes left without a visible edge. */
  hideIsolated: boolean;
}

/** A restriction of the graph to a set of nodes (ego network, path, meeting), with its edges. */
export interface Scope {
  nodes: ReadonlySet<string>;
  /** When given, only these edges; else every edge between two scope nodes. */
  edges?: ReadonlySet<string>;
}

/** What is visible after filters and scope. */
export interface Visibility {
  nodes: Set<string>;
  edges: Set<string>;
}
