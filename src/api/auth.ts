// Authorization of the API: queries are public, mutations need `Authorization: Bearer <token>`.
// Also makes the token a server is started with (KG_API_TOKEN or a random one). Never logs a token.

import { randomBytes } from "node:crypto";
import type { Context } from "./context.ts";
import { unauthenticatedError } from "./errors.ts";

/** A fresh random API token (24 random bytes, base64url: 32 characters). */
export function generateToken(): string {
  return randomBytes(24).toString("base64url");
}

/** Throws UNAUTHENTICATED (HTTP 401) unless the request carried the right bearer token. */
export function requireAuthorization(ctx: Context, what: string): void {
  if (!ctx.authorized) {
    throw unauthenticatedError(
      `api: ${what} should be sent with the header "Authorization: Bearer <token>" (the token the server printed at start or KG_API_TOKEN), found no valid token.`,
    );
  }
}
