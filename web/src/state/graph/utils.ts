// Pure helpers of the graph domain: GraphQL enum names, dates as written, display sizes and
// fallback positions. No DOM and no graph writes.

import { ENTITY_TYPES, type EntityType, PREDICATES, type Predicate } from "../../../../src/extraction/types.ts";

const TYPE_BY_ENUM = new Map<string, EntityType>(ENTITY_TYPES.map((type) => [toEnumName(type), type]));
const PREDICATE_SET = new Set<string>(PREDICATES);

/** "Person" → "PERSON", "MET_WITH" → "MET_WITH": the GraphQL spelling of an ontology name. */
export function toEnumName(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .replace(/[^A-Za-z0-9]+/g, "_")
    .toUpperCase();
}

/** The entity type of a GraphQL enum value ("PERSON") or of an ontology name ("Person"), else null. */
export function parseEntityType(value: string): EntityType | null {
  return TYPE_BY_ENUM.get(toEnumName(value)) ?? null;
}

/** The predicate of a GraphQL enum value, else null. */
export function parsePredicate(value: string): Predicate | null {
  const name = toEnumName(value);
  return PREDICATE_SET.has(name) ? (name as Predicate) : null;
}

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

function monthIndex(word: string): number {
  const lower = word.toLowerCase().replace(/\.$/, "");
  if (lower.length < 3) return -1;
  return MONTHS.findIndex((month) => month.startsWith(lower) && (lower.length >= 3 || month === lower));
}

function iso(year: number, month: number, day: number): string | null {
  if (month < 0 || month > 11 || day < 1 || day > 31 || year < 1000 || year > 9999) return null;
  const date = new Date(Date.UTC(year, month, day));
  if (date.getUTCMonth() !== month) return null;
  return date.toISOString().slice(0, 10);
}

/**
 * An ISO date (YYYY-MM-DD) for a date as written ("2025-10-27", "November 1", "June 5th, 2025",
 * "9 April", "May 2025", "2025-06", "2025"), taking the year from `reference` (an ISO date) when the text has none.
 * Month-only dates give the first of the month. Weekdays and other relative dates give null.
 */
export function normaliseDate(text: string | null | undefined, reference: string | null = null): string | null {
  if (!text) return null;
  const value = text.trim();
  if (/^\d{4}$/.test(value)) return iso(Number(value), 0, 1);
  const isoMatch = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(value);
  if (isoMatch) return iso(Number(isoMatch[1]), Number(isoMatch[2]) - 1, Number(isoMatch[3] ?? "1"));
  const refYear = reference && /^\d{4}/.test(reference) ? Number(reference.slice(0, 4)) : null;
  const words = value
    .replace(/,/g, " ")
    .split(/\s+/)
    .filter((word) => word.length > 0);
  let month = -1;
  let day: number | null = null;
  let year: number | null = null;
  for (const word of words) {
    const number = /^(\d{1,4})(?:st|nd|rd|th)?$/i.exec(word);
    if (number) {
      const n = Number(number[1]);
      if (n >= 1000) year = n;
      else if (day === null && n >= 1 && n <= 31) day = n;
      else return null;
      continue;
    }
    const index = monthIndex(word);
    if (index >= 0 && month < 0) {
      month = index;
      continue;
    }
    if (/^(of|the|on|in)$/i.test(word)) continue;
    return null;
  }
  if (month < 0) return null;
  const fullYear = year ?? refYear;
  if (fullYear === null) return null;
  return iso(fullYear, month, day ?? 1);
}

/** Display size for a value in [0, max]: 3..20 pixels on a square-root scale. */
export function scaleSize(value: number, max: number): number {
  if (!(max > 0) || !(value > 0)) return 3;
  return Math.round((3 + 17 * Math.sqrt(Math.min(value, max) / max)) * 100) / 100;
}

/** A deterministic fallback position (a sunflower spiral) for the i-th node without one. */
export function spiralPosition(index: number): { x: number; y: number } {
  const angle = index * 2.399963229728653;
  const radius = Math.sqrt(index + 0.5) * 10;
  return {
    x: Math.round(radius * Math.cos(angle) * 1000) / 1000,
    y: Math.round(radius * Math.sin(angle) * 1000) / 1000,
  };
}

/** Colour of edges at rest. */
export const EDGE_COLOR = "#c3c9d2";
