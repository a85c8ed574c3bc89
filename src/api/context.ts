// The per-request GraphQL context: the live graph, the API token, whether the request carried it and
// the request's work budget.
// Building the context reads the Authorization header and compares it in constant time; it never
// logs or echoes the token. Resolvers decide what needs authorization (see auth.ts).

import { timingSafeEqual } from "node:crypto";
import { WorkBudget } from "../graph/budget.ts";
import type { LiveGraph } from "../graph/live.ts";

/** What every resolver receives. */
export interface Context {
  /** The graph the server answers from; mutations change it in place. */
  live: LiveGraph;
  /** The bearer token mutations require. */
  token: string;
  /** True when the request sent `Authorization: Bearer <token>` with the right token. */
  authorized: boolean;
  /** The request's work budget (time, response size, shutdown), checked by resolvers and walks; none outside a request. */
  budget?: WorkBudget;
}

/** True when `header` is `Bearer <token>` (scheme case-insensitive) and the token matches, in constant time. */
export function checkBearer(header: string | null | undefined, token: string): boolean {
  if (!header || token.length === 0) return false;
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header);
  if (!match?.[1]) return false;
  const given = Buffer.from(match[1], "utf8");
  const expected = Buffer.from(token, "utf8");
  // timingSafeEqual needs equal lengths; comparing against itself keeps the timing independent of the guess.
  if (given.length !== expected.length) {
    timingSafeEqual(expected, expected);
    return false;
  }
  return timingSafeEqual(given, expected);
}

/** Builds the context of one request, with a fresh budget (unlimited when none is given). */
export function createContext(live: LiveGraph, token: string, request: Request, budget?: WorkBudget): Context {
  return {
    live,
    token,
    authorized: checkBearer(request.headers.get("authorization"), token),
    budget: budget ?? WorkBudget.unlimited(),
  };
}
