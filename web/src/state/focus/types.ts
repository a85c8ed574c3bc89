// Types of the focus domain: an ego network around one node or a path between two. Types only.

/** Depths an ego network can have. */
export const EGO_DEPTHS = [1, 2, 3] as const;
export type EgoDepth = (typeof EGO_DEPTHS)[number];

/** Focus on a node and its neighbours up to `depth` hops (edges read both ways). */
export interface EgoFocus {
  kind: "ego";
  node: string;
  depth: EgoDepth;
}

/** Focus on the shortest path between two entities (found by the API). */
export interface PathFocus {
  kind: "path";
  from: string;
  to: string;
}

export type Focus = EgoFocus | PathFocus;
