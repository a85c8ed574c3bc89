// Pure helpers of the filter domain: the empty filter state and small predicates over it.

import type { FilterState } from "./types.ts";

/** The filter state that shows everything. */
export const EMPTY_FILTERS: FilterState = Object.freeze({
  types: null,
  predicates: null,
  document: null,
  from: null,
  to: null,
  hideIsolated: false,
}) as FilterState;

/** True when the filters restrict nothing. */
export function isEmptyFilter(filters: FilterState): boolean {
  return (
    filters.types === null &&
    filters.predicates === null &&
    filters.document === null &&
    filters.from === null &&
    filters.to === null &&
    !filters.hideIsolated
  );
}

/** True when `date` (ISO) lies in the inclusive range; a missing bound is open. */
export function isInDateRange(date: string | null, from: string | null, to: string | null): boolean {
  if (from === null && to === null) return true;
  if (date === null) return false;
  return (from === null || date >= from) && (to === null || date <= to);
}

/** Returns `list` with `item` added or removed, keeping `order`; null (= all) when it ends up with every item. */
export function toggleInList<T extends string>(list: readonly T[] | null, item: T, order: readonly T[]): T[] | null {
  const current = new Set<T>(list ?? order);
  if (current.has(item)) current.delete(item);
  else current.add(item);
  const next = order.filter((value) => current.has(value));
  return next.length === order.length ? null : next;
}
