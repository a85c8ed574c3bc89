// The timeline domain: dated meetings and relations, the axis' extent and the mapping between
// dates and positions on it. Pure functions of the graph and of numbers.

import type { ViewGraph } from "../graph/types.ts";
import type { TimelineDomain, TimelineItem } from "./types.ts";

export type * from "./types.ts";

const DAY = 86_400_000;

function toDays(date: string): number {
  return Math.floor(Date.parse(`${date.slice(0, 10)}T00:00:00Z`) / DAY);
}

function fromDays(days: number): string {
  return new Date(days * DAY).toISOString().slice(0, 10);
}

/** Every dated node and edge, by date then kind then id. */
export function collectTimelineItems(graph: ViewGraph): TimelineItem[] {
  const items: TimelineItem[] = [];
  graph.forEachNode((node, attributes) => {
    if (attributes.date) items.push({ kind: "node", id: node, date: attributes.date, label: attributes.label });
  });
  graph.forEachEdge((edge, attributes, source, target) => {
    if (!attributes.date) return;
    const label = `${graph.getNodeAttribute(source, "label")} ${attributes.predicate} ${graph.getNodeAttribute(target, "label")}`;
    items.push({ kind: "edge", id: edge, date: attributes.date, label });
  });
  return items.sort((a, b) =>
    a.date !== b.date
      ? a.date < b.date
        ? -1
        : 1
      : a.kind !== b.kind
        ? a.kind < b.kind
          ? -1
          : 1
        : a.id < b.id
          ? -1
          : 1,
  );
}

/** The extent of the items, widened by a day on each side; null without items. */
export function computeTimelineDomain(items: readonly TimelineItem[]): TimelineDomain | null {
  if (items.length === 0) return null;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const item of items) {
    const days = toDays(item.date);
    if (Number.isNaN(days)) continue;
    min = Math.min(min, days);
    max = Math.max(max, days);
  }
  if (!Number.isFinite(min)) return null;
  return { from: fromDays(min - 1), to: fromDays(max + 1) };
}

/** Where `date` lies on the axis, 0 (from) to 1 (to), clamped. */
export function dateToPosition(date: string, domain: TimelineDomain): number {
  const from = toDays(domain.from);
  const span = Math.max(1, toDays(domain.to) - from);
  return Math.min(1, Math.max(0, (toDays(date) - from) / span));
}

/** The date at `position` (0..1, clamped) on the axis, to the day. */
export function positionToDate(position: number, domain: TimelineDomain): string {
  const from = toDays(domain.from);
  const span = Math.max(1, toDays(domain.to) - from);
  return fromDays(from + Math.round(Math.min(1, Math.max(0, position)) * span));
}

/** The ISO range between two axis positions, in order. */
export function positionsToRange(a: number, b: number, domain: TimelineDomain): TimelineDomain {
  const [low, high] = a <= b ? [a, b] : [b, a];
  return { from: positionToDate(low, domain), to: positionToDate(high, domain) };
}
