// The loading domain: the progress of loading the graph (the overview's bytes as they download,
// or the pages of a paged load) and what the indicator and the overview note say. Pure; the view
// renders it.

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

/** Below this many bytes of overview JSON, the download is too short to show a bar. */
export const DOWNLOAD_PROGRESS_MIN_BYTES = 256 * 1024;

/** 1234567 → "1.2 MB", 12345 → "12 kB". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;
  return `${Math.max(0, Math.round(bytes / 1000))} kB`;
}

/**
 * What the indicator shows while the overview downloads (`received` bytes of `total`, null when
 * the server did not say): nothing for a small overview, else "Loading the graph… 1.2 of 6.7 MB".
 */
export function describeDownload(received: number, total: number | null): LoadProgressView | null {
  if (total === null) {
    return received < DOWNLOAD_PROGRESS_MIN_BYTES
      ? null
      : { text: `Loading the graph… ${formatBytes(received)}`, value: null, max: null };
  }
  if (total < DOWNLOAD_PROGRESS_MIN_BYTES) return null;
  return {
    text: `Loading the graph… ${formatBytes(received)} of ${formatBytes(total)}`,
    value: Math.min(received, total),
    max: total,
  };
}

/** The note of a partial overview: "showing 5,000 of 100,000 entities", or null when all are shown. */
export function describeOverview(shown: number, total: number | null): string | null {
  if (total === null || shown >= total) return null;
  return `showing ${formatCount(shown)} of ${formatCount(total)} entities (highest PageRank; search finds every one)`;
}
