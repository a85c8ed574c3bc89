// Limits of the API in one place: request body and query size, GraphQL Armor's depth, alias and token
// limits, the cost limit (cost.ts computes costs), the work budget of a request (time, response
// size), the server's timeouts and connection cap, and the bounds of numeric arguments, with the
// checks that turn a value outside them into a BAD_USER_INPUT error. Constants and checks only.

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
 * GraphQL Armor settings: the shape limits (depth, aliases, tokens, directives), which reject an
 * operation before it runs and say which limit it broke. Armor's own cost limit counts only literal
 * `first:` arguments: cost.ts replaces it.
 */
export const ARMOR_CONFIG: ArmorConfig = {
  maxDepth: { n: 10, ignoreIntrospection: true, exposeLimits: true },
  maxAliases: { n: 30, exposeLimits: true },
  maxTokens: { n: 5000, exposeLimits: true },
  maxDirectives: { n: 20, exposeLimits: true },
  costLimit: { enabled: false },
  // Field suggestions help people writing queries by hand; the schema is public anyway.
  blockFieldSuggestion: { enabled: false },
};

/**
 * The work one request may do. `maxCost` is checked before execution (cost.ts: each field 1, list
 * fields times the most items they can return); the time budget and the response cap while it runs.
 */
export const WORK_LIMITS = {
  /** Largest query cost (a page of 1000 relations with source, target and evidence fits). */
  maxCost: 200_000,
  /** Milliseconds a request may work (GraphQL execution, /export) before BUDGET_EXCEEDED. */
  timeBudgetMs: 15_000,
  /** Largest GraphQL answer, in bytes (estimated while it is built) before RESPONSE_TOO_LARGE. */
  maxResponseBytes: 64 * 1024 * 1024,
} as const;

/** Timeouts and the connection cap of the node:http server (server.ts). */
export const SERVER_LIMITS = {
  /** Milliseconds a client has to send the request headers (node's headersTimeout). */
  headersTimeoutMs: 10_000,
  /** Milliseconds a client has to send the whole request, body included (node's requestTimeout). */
  requestTimeoutMs: 30_000,
  /** Milliseconds an idle keep-alive connection stays open (node's keepAliveTimeout). */
  keepAliveTimeoutMs: 5_000,
  /** Milliseconds of socket inactivity before it is closed (node's server.timeout). */
  socketTimeoutMs: 60_000,
  /** Most connections open at once; more are refused (node's maxConnections). */
  maxConnections: 256,
} as const;

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
