// The loading domain: the progress of the paged load of the graph (entities and relations arrive
// 1,000 at a time, side by side) and what the indicator says about it. Pure; the view renders it.

import type { LoadProgress, LoadProgressView, PagedCollection, PagedCount } from "./types.ts";

export type * from "./types.ts";

/** Nothing received yet. */
export const INITIAL_LOAD_PROGRESS: LoadProgress = {
  entities: { loaded: 0, total: null },
  relations: { loaded: 0, total: null },
};

/** The progress after a page of `collection`: `loaded` items so far out of `total`. */
export function recordPage(
  progress: LoadProgress,
  collection: PagedCollection,
  loaded: number,
  total: number,
): LoadProgress {
  return { ...progress, [collection]: { loaded, total } };
}

/** 12500 → "12,500" (the same in every locale, unlike toLocaleString). */
export function formatCount(count: number): string {
  return String(Math.trunc(count)).replace(/\B(?=(\d{3})+$)/g, ",");
}

function isComplete(count: PagedCount): boolean {
  return count.total !== null && count.loaded >= count.total;
}

function isPending(count: PagedCount): boolean {
  return count.total !== null && count.loaded < count.total;
}

function describe(count: PagedCount, noun: string): string {
  return `${formatCount(count.loaded)} of ${formatCount(count.total ?? 0)} ${noun}`;
}

/**
 * What the indicator shows, or null when there is nothing to show: before the first page, once
 * everything is in, and for a graph whose collections each fit in one page of `pageSize`.
 */
export function describeLoadProgress(progress: LoadProgress, pageSize: number): LoadProgressView | null {
  const { entities, relations } = progress;
  const large = (entities.total ?? 0) > pageSize || (relations.total ?? 0) > pageSize;
  if (!large || (isComplete(entities) && isComplete(relations))) return null;
  const parts: string[] = [];
  if (isPending(entities)) parts.push(describe(entities, "entities"));
  if (isPending(relations)) parts.push(describe(relations, "relations"));
  const text =
    parts.length > 0
      ? `Loading ${parts.join(" and ")}…`
      : `Loading the ${entities.total === null ? "entities" : "relations"}…`;
  const known = entities.total !== null && relations.total !== null;
  return {
    text,
    value: known ? entities.loaded + relations.loaded : null,
    max: known ? (entities.total ?? 0) + (relations.total ?? 0) : null,
  };
}
