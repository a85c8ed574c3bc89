// Types of the loading domain: how far the paged load of the graph has got.

/** One paged collection: items received so far and the total the API announced (null: no page yet). */
export interface PagedCount {
  loaded: number;
  total: number | null;
}

/** The two collections the explorer pages through when it loads the graph. */
export type PagedCollection = "entities" | "relations";

/** Progress of a graph load. */
export type LoadProgress = Readonly<Record<PagedCollection, PagedCount>>;

/** What the progress indicator shows: its text and, when both totals are known, value and max. */
export interface LoadProgressView {
  text: string;
  value: number | null;
  max: number | null;
}
