// The search domain: autocomplete over entity names and aliases. Pure: building the index and
// ranking are plain functions of their inputs.

import type { SearchEntry, SearchIndex, Suggestion } from "./types.ts";

export type * from "./types.ts";

/** Lower case, accents and dots removed, spaces collapsed: "U.S." → "us", "Côte" → "cote". */
export function normaliseForSearch(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[.\u2019']/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Prepares the index (once per graph). */
export function buildSearchIndex(entries: readonly SearchEntry[]): SearchIndex {
  return { entries, keys: entries.map((entry) => [entry.name, ...entry.aliases].map(normaliseForSearch)) };
}

function scoreKey(key: string, query: string): number {
  if (key === query) return 1;
  if (key.startsWith(query)) return 0.8;
  if (key.includes(` ${query}`)) return 0.6;
  if (key.includes(query)) return 0.4;
  return 0;
}

/**
 * Suggestions for `text`, best first: an exact name or alias, then a prefix, then a word
 * prefix, then a substring; a name beats an alias at the same level; ties go to the higher
 * weight, then the name. Empty text gives no suggestion.
 */
export function suggestEntities(index: SearchIndex, text: string, limit = 8): Suggestion[] {
  const query = normaliseForSearch(text);
  if (query.length === 0 || limit <= 0) return [];
  const found: Suggestion[] = [];
  const weights: number[] = [];
  index.entries.forEach((entry, position) => {
    const keys = index.keys[position] ?? [];
    let best = 0;
    let alias: string | null = null;
    keys.forEach((key, k) => {
      const score = scoreKey(key, query) - (k === 0 ? 0 : 0.05);
      if (score > best) {
        best = score;
        alias = k === 0 ? null : (entry.aliases[k - 1] ?? null);
      }
    });
    if (best > 0) {
      found.push({ id: entry.id, name: entry.name, type: entry.type, alias, score: Math.round(best * 100) / 100 });
      weights.push(entry.weight);
    }
  });
  const order = found.map((_, i) => i);
  order.sort((a, b) => {
    const sa = found[a] as Suggestion;
    const sb = found[b] as Suggestion;
    return (
      sb.score - sa.score ||
      (weights[b] ?? 0) - (weights[a] ?? 0) ||
      (sa.name < sb.name ? -1 : sa.name > sb.name ? 1 : 0) ||
      (sa.id < sb.id ? -1 : 1)
    );
  });
  return order.slice(0, limit).map((i) => found[i] as Suggestion);
}
