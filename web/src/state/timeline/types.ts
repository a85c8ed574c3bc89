// Types of the timeline domain: dated items on an axis and the axis' extent. Types only.

/** One dated thing: a meeting (node) or a relation (edge). */
export interface TimelineItem {
  kind: "node" | "edge";
  id: string;
  /** ISO date. */
  date: string;
  label: string;
}

/** The axis' extent, ISO dates, from ≤ to. */
export interface TimelineDomain {
  from: string;
  to: string;
}
