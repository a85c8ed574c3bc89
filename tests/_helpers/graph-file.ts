// The layout of a graph file as saveGraph writes it, for tests that edit or count its lines.

import { GRAPH_FILE_SECTIONS } from "../../src/graph/store.ts";

export type GraphFileSection = (typeof GRAPH_FILE_SECTIONS)[number];

/** The lines of a graph file, its counts, and the 0-based line of the first record of each section. */
export function graphFileLayout(text: string): {
  lines: string[];
  counts: Record<string, number>;
  first: Record<GraphFileSection, number>;
} {
  const lines = text.split("\n");
  const counts = JSON.parse(`${lines[0]!.slice(0, -1)}}`).counts as Record<string, number>;
  const first: Record<string, number> = {};
  let line = 1;
  for (const name of GRAPH_FILE_SECTIONS) {
    first[name] = line + 1;
    line += counts[name] === 0 ? 1 : counts[name]! + 2;
  }
  return { lines, counts, first: first as Record<GraphFileSection, number> };
}
