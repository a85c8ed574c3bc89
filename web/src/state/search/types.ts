// Types of the search domain: the autocomplete index and its suggestions. Types only.

/** One searchable entity. */
export interface SearchEntry {
  id: string;
  name: string;
  aliases: readonly string[];
  /** Entity type, shown next to the suggestion. */
  type: string;
  /** Tie-breaker: higher first (PageRank). */
  weight: number;
}

/** The prepared index: entries with their normalised names. */
export interface SearchIndex {
  entries: readonly SearchEntry[];
  /** For each entry, its normalised name then its normalised aliases. */
  keys: readonly (readonly string[])[];
}

/** One suggestion, best first. */
export interface Suggestion {
  id: string;
  name: string;
  type: string;
  /** The alias that matched when it was not the name, else null ("U.S." for United States). */
  alias: string | null;
  score: number;
}
