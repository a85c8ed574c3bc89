// The API's expected errors: GraphQLErrors with an `extensions.code` clients can switch on, and the
// mapping of the project's typed errors (src/errors.ts) onto them. Anything else is an internal
// error and is masked as "Unexpected error." by yoga (see yoga.ts); nothing here logs.

import { PothosError, PothosValidationError } from "@pothos/core";
import { ConflictError, InvalidInputError, NotFoundError } from "../errors.ts";
import { BudgetExceededError, ResponseTooLargeError } from "../graph/budget.ts";
import { GraphQLError } from "./graphql.ts";

/** The `extensions.code` values the API returns. */
export const ERROR_CODES = {
  notFound: "NOT_FOUND",
  badUserInput: "BAD_USER_INPUT",
  unauthenticated: "UNAUTHENTICATED",
  /** A mutation on a data folder that cannot reproduce its graph (live.ts). */
  conflict: "CONFLICT",
  /** Refused before running: the query's cost is over the cost limit (cost.ts). */
  queryTooCostly: "QUERY_TOO_COSTLY",
  /** Stopped while running: the time budget is spent, or the server is stopping. */
  budgetExceeded: "BUDGET_EXCEEDED",
  /** Stopped while running: the answer would be over the response size cap. */
  responseTooLarge: "RESPONSE_TOO_LARGE",
} as const;

// The "<module>: " that starts the project's messages (STYLE.md) says where an error comes from:
// useful in logs, noise to an API client.
const MODULE_PREFIX = /^[a-z][a-z-]*: /;

/** `message` as a client sees it: without the internal "<module>: " prefix ("query: ", "api: "…). */
export function userMessage(message: string): string {
  return message.replace(MODULE_PREFIX, "");
}

/** A thing asked for by id or name does not exist (`NOT_FOUND`). */
export function notFoundError(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ERROR_CODES.notFound } });
}

/** An argument cannot be used (`BAD_USER_INPUT`). */
export function badUserInputError(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ERROR_CODES.badUserInput } });
}

/** A mutation without the right bearer token (`UNAUTHENTICATED`, HTTP 401). */
export function unauthenticatedError(message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: {
      code: ERROR_CODES.unauthenticated,
      http: { status: 401, headers: { "WWW-Authenticate": 'Bearer realm="kg"' } },
    },
  });
}

/** The code and message a client may see for an error that is not a GraphQLError of ours, or null. */
function expectedError(error: unknown): { code: string; message: string } | null {
  if (error instanceof NotFoundError) return { code: ERROR_CODES.notFound, message: error.message };
  if (error instanceof ConflictError) return { code: ERROR_CODES.conflict, message: error.message };
  if (error instanceof BudgetExceededError) return { code: ERROR_CODES.budgetExceeded, message: error.message };
  if (error instanceof ResponseTooLargeError) return { code: ERROR_CODES.responseTooLarge, message: error.message };
  if (error instanceof InvalidInputError || error instanceof PothosValidationError) {
    return { code: ERROR_CODES.badUserInput, message: error.message };
  }
  // A query yields between fields (work.ts): an ingest or removal committed meanwhile can take away
  // an entity or relation the query had already listed. graphology then says the key is not found.
  if (error instanceof Error && error.name === "NotFoundGraphError") {
    return {
      code: ERROR_CODES.notFound,
      message:
        "api: the entity or relation should still exist, found it removed by a change of the graph while the query ran.",
    };
  }
  return null;
}

/**
 * Turns an error thrown while executing into what the client may see: NotFoundError becomes
 * NOT_FOUND, ConflictError (a data folder that refuses mutations) CONFLICT, InvalidInputError and Pothos argument errors (a bad cursor) become BAD_USER_INPUT, the
 * work budget's errors become BUDGET_EXCEEDED and RESPONSE_TOO_LARGE, GraphQLErrors raised on purpose
 * pass with their code; anything else returns null (the caller masks it). Every message loses its
 * internal "<module>: " prefix here, the one place errors reach clients.
 */
export function exposeError(error: unknown): GraphQLError | null {
  const original = error instanceof GraphQLError && error.originalError ? error.originalError : error;
  const expected = expectedError(original);
  if (expected) {
    const located = error instanceof GraphQLError ? error : null;
    return new GraphQLError(userMessage(expected.message), {
      nodes: located?.nodes,
      source: located?.source,
      positions: located?.positions,
      path: located?.path,
      extensions: { code: expected.code },
    });
  }
  // Pothos' own errors are GraphQLErrors too, but other than validation they are bugs: mask them.
  if (original instanceof GraphQLError && !(original instanceof PothosError)) {
    const exposed = error as GraphQLError;
    const message = userMessage(exposed.message);
    if (message === exposed.message) return exposed;
    return new GraphQLError(message, {
      nodes: exposed.nodes,
      source: exposed.source,
      positions: exposed.positions,
      path: exposed.path,
      originalError: exposed.originalError,
      extensions: exposed.extensions,
    });
  }
  return null;
}

/** True for errors that are the client's doing (they are answered, not logged). */
export function isExpectedError(error: unknown): boolean {
  const original = error instanceof GraphQLError && error.originalError ? error.originalError : error;
  return expectedError(original) !== null;
}
