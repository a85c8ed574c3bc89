// The API's public surface: the server (startServer), the in-process app (createApp), the schema
// and the token helper. A barrel only: no code of its own.

export { generateToken } from "./auth.ts";
export { type Context, checkBearer } from "./context.ts";
export { ERROR_CODES } from "./errors.ts";
export { MAX_BODY_BYTES, MAX_DOCUMENT_BYTES, MAX_QUERY_CHARS } from "./limits.ts";
export { printSchemaSdl, schema } from "./schema/index.ts";
export { type RunningServer, SERVER_DEFAULTS, type ServerOptions, startServer } from "./server.ts";
export { type App, type AppOptions, createApp, GRAPHQL_PATH } from "./yoga.ts";
