// The API's expected errors: GraphQLErrors with an `extensions.code` clients can switch on, and the
// mapping of the project's typed errors (graph/errors.ts) onto them. Anything else is an internal
// error and is masked as "Unexpected error." by yoga (see yoga.ts); nothing here logs.

import { PothosError, PothosValidationError } from "@pothos/core";
import { ConflictError, InvalidInputError, NotFoundError } from "../graph/errors.ts";
import { GraphQLError } from "./graphql.ts";

/** The `extensions.code` values the API returns. */
export const ERROR_CODES = {
  notFound: "NOT_FOUND",
  badUserInput: "BAD_USER_INPUT",
  unauthenticated: "UNAUTHENTICATED",
  conflict: "CONFLICT",
} as const;

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
  if (error instanceof InvalidInputError || error instanceof PothosValidationError) {
    return { code: ERROR_CODES.badUserInput, message: error.message };
  }
  return null;
}

/**
 * Turns an error thrown while executing into what the client may see: NotFoundError becomes
 * NOT_FOUND, ConflictError (a data folder that refuses mutations) CONFLICT, InvalidInputError and Pothos argument errors (a bad cursor) become BAD_USER_INPUT,
 * GraphQLErrors raised on purpose pass as they are; anything else returns null (the caller masks it).
 */
export function exposeError(error: unknown): GraphQLError | null {
  const original = error instanceof GraphQLError && error.originalError ? error.originalError : error;
  const expected = expectedError(original);
  if (expected) {
    const located = error instanceof GraphQLError ? error : null;
    return new GraphQLError(expected.message, {
      nodes: located?.nodes,
      source: located?.source,
      positions: located?.positions,
      path: located?.path,
      extensions: { code: expected.code },
    });
  }
  // Pothos' own errors are GraphQLErrors too, but other than validation they are bugs: mask them.
  if (original instanceof GraphQLError && !(original instanceof PothosError)) return error as GraphQLError;
  return null;
}

/** True for errors that are the client's doing (they are answered, not logged). */
export function isExpectedError(error: unknown): boolean {
  const original = error instanceof GraphQLError && error.originalError ? error.originalError : error;
  return expectedError(original) !== null;
}
