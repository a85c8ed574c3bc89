// The highlight domain: where names occur in a sentence and how a text splits into plain and
// marked segments. Pure; the views build text nodes and <mark> elements from the segments.

import type { HighlightRange, TextSegment } from "./types.ts";

export type * from "./types.ts";

const WORD = /[\p{L}\p{N}]/u;

function isBoundary(text: string, index: number): boolean {
  const char = text[index];
  return char === undefined || !WORD.test(char);
}

/**
 * The ranges where any of `names` occurs in `text` as whole words, case-sensitively (so "US"
 * does not match "us"); longer names win over shorter ones they overlap. Sorted by start.
 */
export function findNameRanges(text: string, names: readonly { name: string; entity?: string }[]): HighlightRange[] {
  const candidates = [...names]
    .filter((item) => item.name.trim().length > 0)
    .sort((a, b) => b.name.length - a.name.length || (a.name < b.name ? -1 : 1));
  const taken: HighlightRange[] = [];
  for (const { name, entity } of candidates) {
    let from = 0;
    for (;;) {
      const start = text.indexOf(name, from);
      if (start < 0) break;
      const end = start + name.length;
      from = start + 1;
      if (!isBoundary(text, start - 1) || !isBoundary(text, end)) continue;
      if (taken.some((range) => range.start < end && start < range.end)) continue;
      taken.push(entity === undefined ? { start, end } : { start, end, entity });
    }
  }
  return taken.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * Splits `text` at the ranges: plain and marked segments in order, concatenating back to `text`.
 * Ranges are clamped to the text; overlapping ones merge into the first.
 */
export function splitHighlights(text: string, ranges: readonly HighlightRange[]): TextSegment[] {
  const sorted = ranges
    .map((range) => ({ ...range, start: Math.max(0, range.start), end: Math.min(text.length, range.end) }))
    .filter((range) => range.end > range.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: TextSegment[] = [];
  let cursor = 0;
  for (const range of sorted) {
    if (range.end <= cursor) continue;
    const start = Math.max(range.start, cursor);
    if (start > cursor) segments.push({ text: text.slice(cursor, start), mark: false });
    const segment: TextSegment = { text: text.slice(start, range.end), mark: true };
    if (range.entity !== undefined) segment.entity = range.entity;
    segments.push(segment);
    cursor = range.end;
  }
  if (cursor < text.length || segments.length === 0) segments.push({ text: text.slice(cursor), mark: false });
  return segments;
}

/** Ranges of absolute `mentions` that fall inside [offset, offset + length), made relative to offset. */
export function relativeRanges(mentions: readonly HighlightRange[], offset: number, length: number): HighlightRange[] {
  return mentions
    .filter((mention) => mention.start >= offset && mention.end <= offset + length)
    .map((mention) => ({ ...mention, start: mention.start - offset, end: mention.end - offset }));
}
