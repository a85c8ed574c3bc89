// Limits of the API in one place: request body and query size, GraphQL Armor's depth, alias, token
// and cost limits, and the bounds of numeric arguments, with the checks that turn a value outside
// them into a BAD_USER_INPUT error. Constants and checks only; yoga.ts wires them in.

import type { EnvelopArmorPlugin } from "@escape.tech/graphql-armor";
import { DEFAULT_MAX_INGEST_BYTES } from "../graph/live.ts";
import { badUserInputError } from "./errors.ts";

/** Largest request body accepted (bytes): room for a 1 MiB document to ingest. */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;

/** Largest GraphQL document (the `query` string, not the variables), in characters. */
export const MAX_QUERY_CHARS = 100_000;

/** Largest text ingestDocument accepts (bytes of UTF-8): the LiveGraph's own limit, 1 MiB. */
export const MAX_DOCUMENT_BYTES = DEFAULT_MAX_INGEST_BYTES;

type ArmorConfig = NonNullable<Parameters<typeof EnvelopArmorPlugin>[0]>;

/**
 * GraphQL Armor settings, as two plugin configurations applied in this order: the shape limits
 * (depth, aliases, tokens, directives) first, so a deep or wide query is told which limit it broke,
 * then the cost limit. Every limit rejects the operation before it runs.
 */
export const ARMOR_CONFIGS: readonly ArmorConfig[] = [
  {
    maxDepth: { n: 10, ignoreIntrospection: true, exposeLimits: true },
    maxAliases: { n: 30, exposeLimits: true },
    maxTokens: { n: 5000, exposeLimits: true },
    maxDirectives: { n: 20, exposeLimits: true },
    costLimit: { enabled: false },
    // Field suggestions help people writing queries by hand; the schema is public anyway.
    blockFieldSuggestion: { enabled: false },
  },
  {
    maxDepth: { enabled: false },
    maxAliases: { enabled: false },
    maxTokens: { enabled: false },
    maxDirectives: { enabled: false },
    costLimit: { maxCost: 20_000, objectCost: 2, scalarCost: 1, depthCostFactor: 1.5, exposeLimits: true },
    blockFieldSuggestion: { enabled: false },
  },
];

/** Page sizes of the connections (entities, relations): `first`/`last` above the maximum are capped. */
export const PAGE_SIZES = { defaultSize: 20, maxSize: 1000 } as const;

/** `Entity.neighbors(first)`: how many neighbours by default and at most (a hub has thousands). */
export const NEIGHBORS_PAGE = { defaultSize: 100, maxSize: 10_000 } as const;

/** Bounds of numeric arguments, inclusive. */
export const ARGUMENT_BOUNDS = {
  depth: [0, 5],
  maxLength: [1, 10],
  first: [0, 1000],
  limit: [1, 10_000],
  neighborsFirst: [0, NEIGHBORS_PAGE.maxSize],
} as const satisfies Record<string, readonly [number, number]>;

/** Returns `value` when it lies in [min, max]; otherwise throws BAD_USER_INPUT naming the argument. */
export function checkRange(name: string, value: number, [min, max]: readonly [number, number]): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badUserInputError(`api: ${name} should be an integer from ${min} to ${max}, found ${value}.`);
  }
  return value;
}
