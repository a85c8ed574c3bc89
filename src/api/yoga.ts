// The API as a yoga server object, without listening: GraphQL at /graphql (GraphiQL with example
// tabs), GET /healthz, GET /overview, GET /export and the explorer's static files at /. Wires the limits (body
// size, query size, GraphQL Armor, query cost, the work budget), the Host check, CORS (same-origin
// unless allowed), CSRF prevention, error masking and the auth context. server.ts puts it behind
// node:http; tests call `app.fetch`.

import { format } from "node:util";
import { useGraphQlJit } from "@envelop/graphql-jit";
import { EnvelopArmorPlugin } from "@escape.tech/graphql-armor";
import { useCSRFPrevention } from "@graphql-yoga/plugin-csrf-prevention";
import {
  type CORSOptions,
  createGraphQLError,
  createYoga,
  maskError,
  type Plugin,
  type YogaServerInstance,
} from "graphql-yoga";
import { BudgetExceededError, ResponseTooLargeError, WorkBudget } from "../graph/budget.ts";
import type { LiveGraph } from "../graph/live.ts";
import { type Context, createContext } from "./context.ts";
import { graphBounds, useCostLimit } from "./cost.ts";
import { exposeError, isExpectedError, userMessage } from "./errors.ts";
import { exampleTabs } from "./examples.ts";
import { createGraphiQLRenderer } from "./graphiql.ts";
import { GraphQLError } from "./graphql.ts";
import { ARMOR_CONFIG, MAX_BODY_BYTES, MAX_QUERY_CHARS, WORK_LIMITS } from "./limits.ts";
import { handleOverview } from "./overview.ts";
import { handleExport, handleHealth, jsonError } from "./routes.ts";
import { schema } from "./schema/index.ts";
import { serveStatic } from "./static.ts";
import { instrumentSchema } from "./work.ts";

/** Where GraphQL is served. */
export const GRAPHQL_PATH = "/graphql";

/** Options of `createApp`. */
export interface AppOptions {
  /** The graph to serve; mutations change it. */
  live: LiveGraph;
  /** The bearer token mutations require. */
  token: string;
  /** Directory of the built explorer served at / (null or missing: a page saying it is not built). */
  webDir?: string | null;
  /** Largest request body in bytes (default `MAX_BODY_BYTES`, 2 MiB); larger gets 413. */
  maxBodyBytes?: number;
  /** Receives warnings and internal errors, one line each (default: dropped). */
  log?: (line: string) => void;
  /** Largest query cost, checked before execution (default `WORK_LIMITS.maxCost`, 200 000). */
  maxCost?: number;
  /** Milliseconds a request may work before BUDGET_EXCEEDED (default `WORK_LIMITS.timeBudgetMs`, 15 s). */
  timeBudgetMs?: number;
  /** Largest GraphQL answer in bytes before RESPONSE_TOO_LARGE (default `WORK_LIMITS.maxResponseBytes`, 64 MiB). */
  maxResponseBytes?: number;
  /**
   * Host names (no port) requests may be addressed to, besides the loopback names (localhost,
   * 127.0.0.1, ::1): any other Host header gets 421, against DNS rebinding. Null or missing accepts
   * any host (an app called in-process); startServer always gives the list.
   */
  allowedHosts?: readonly string[] | null;
  /** Origins (e.g. `http://localhost:5173`) allowed to call the API from a browser; default none (same-origin). */
  corsOrigins?: readonly string[];
  /** Aborts every request's work: the server is stopping. */
  signal?: AbortSignal;
}

/** Host names every app accepts: this machine's loopback names. */
export const LOOPBACK_HOSTS: readonly string[] = ["localhost", "127.0.0.1", "[::1]", "::1"];

/** The host name of a URL as compared with the allow-list: lowercase, IPv6 without brackets, no final dot. */
export function normalizeHost(host: string): string {
  return host
    .toLowerCase()
    .replace(/^\[(.*)\]$/, "$1")
    .replace(/\.$/, "");
}

/** The yoga server object of the API (a fetch handler and a node:http request listener). */
export type App = YogaServerInstance<Record<string, unknown>, Context>;

const BODY_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

function tooLarge(limit: number, found: string): Response {
  // The rest of the body is never read, so the connection cannot carry another request.
  return jsonError(
    413,
    "PAYLOAD_TOO_LARGE",
    `api: the request body should be at most ${limit} bytes, found ${found}.`,
    {
      connection: "close",
    },
  );
}

/** Reads a body stream, giving up as soon as it passes `limit` bytes (null then). */
async function readLimited(stream: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array<ArrayBuffer> | null> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/** Host check, body limit and the routes beside /graphql, answered before yoga parses anything. */
function useRoutes(options: AppOptions, limit: number): Plugin<Record<string, unknown>> {
  const hosts =
    options.allowedHosts == null
      ? null
      : new Set([...LOOPBACK_HOSTS, ...options.allowedHosts].map((host) => normalizeHost(host)));
  return {
    async onRequest({ request, url, endResponse, setRequest, fetchAPI }) {
      if (hosts !== null && !hosts.has(normalizeHost(url.hostname))) {
        return endResponse(
          jsonError(
            421,
            "HOST_NOT_ALLOWED",
            `api: the Host header should name this server (${[...hosts].join(", ")}), found "${url.hostname}".`,
            { connection: "close" },
          ),
        );
      }
      if (BODY_METHODS.has(request.method) && request.body) {
        const declared = request.headers.get("content-length");
        if (declared !== null && !/^\d+$/.test(declared)) {
          return endResponse(
            jsonError(400, "BAD_REQUEST", `api: Content-Length should be a number of bytes, found "${declared}".`),
          );
        }
        if (declared !== null && Number(declared) > limit) return endResponse(tooLarge(limit, `${declared} bytes`));
        if (declared === null) {
          const body = await readLimited(request.body, limit);
          if (body === null) return endResponse(tooLarge(limit, `more than ${limit} bytes`));
          setRequest(new fetchAPI.Request(request.url, { method: request.method, headers: request.headers, body }));
        }
      }
      if (url.pathname === GRAPHQL_PATH) return;
      if (url.pathname === "/healthz") {
        return endResponse(request.method === "GET" ? handleHealth(options.live) : methodNotAllowed());
      }
      if (url.pathname === "/overview") {
        return endResponse(
          request.method === "GET"
            ? await handleOverview(options.live.graph, url, request.headers.get("accept-encoding"), newBudget(options))
            : methodNotAllowed(),
        );
      }
      if (url.pathname === "/export") {
        return endResponse(
          request.method === "GET" ? await handleExport(options.live, url, newBudget(options)) : methodNotAllowed(),
        );
      }
      return endResponse(await serveStatic(options.webDir ?? null, request, url.pathname));
    },
  };
}

function methodNotAllowed(): Response {
  return jsonError(405, "METHOD_NOT_ALLOWED", "api: the method should be GET, found another.", { allow: "GET" });
}

/** Rejects a GraphQL document longer than `MAX_QUERY_CHARS` before it is parsed. */
function useQuerySizeLimit(): Plugin<Record<string, unknown>> {
  return {
    onParams({ params }) {
      const length = typeof params.query === "string" ? params.query.length : 0;
      if (length > MAX_QUERY_CHARS) {
        throw createGraphQLError(
          userMessage(`api: the query should be at most ${MAX_QUERY_CHARS} characters, found ${length}.`),
          {
            extensions: { code: "QUERY_TOO_LARGE", http: { status: 413 } },
          },
        );
      }
    },
  };
}

function newBudget(options: AppOptions): WorkBudget {
  return new WorkBudget({
    timeMs: options.timeBudgetMs ?? WORK_LIMITS.timeBudgetMs,
    maxBytes: options.maxResponseBytes ?? WORK_LIMITS.maxResponseBytes,
    signal: options.signal,
  });
}

/**
 * Once the budget stops a request, every field still running fails the same way: answer with the
 * first of those errors alone, and no partial data.
 */
function useBudgetErrors(): Plugin<Record<string, unknown>> {
  const isBudgetError = (error: unknown) =>
    error instanceof GraphQLError &&
    (error.originalError instanceof BudgetExceededError || error.originalError instanceof ResponseTooLargeError);
  return {
    onExecute() {
      return {
        onExecuteDone({ result, setResult }) {
          if (!("errors" in result) || !result.errors) return;
          const stop = result.errors.find(isBudgetError);
          if (stop) setResult({ data: null, errors: [stop] });
        },
      };
    },
  };
}

/** CORS: no Access-Control headers (so browsers keep other sites out) unless the origin is allowed. */
function corsFor(origins: readonly string[] | undefined): (request: Request) => CORSOptions {
  const allowed = new Set(origins ?? []);
  return (request) => {
    const origin = request.headers.get("origin");
    if (origin === null || !allowed.has(origin)) return false;
    return {
      origin: [origin],
      credentials: true,
      methods: ["GET", "POST", "OPTIONS"],
      allowedHeaders: ["content-type", "authorization", "x-graphql-yoga-csrf"],
    };
  };
}

/** Builds the API's yoga server object over a live graph, without listening. */
export function createApp(options: AppOptions): App {
  const limit = options.maxBodyBytes ?? MAX_BODY_BYTES;
  const log = options.log ?? (() => undefined);
  const write =
    (level: string) =>
    (...args: unknown[]) =>
      log(`${level}: ${format(...args)}`);
  return createYoga<Record<string, unknown>, Context>({
    schema: instrumentSchema(schema),
    graphqlEndpoint: GRAPHQL_PATH,
    context: ({ request }) => createContext(options.live, options.token, request, newBudget(options)),
    cors: corsFor(options.corsOrigins),
    maskedErrors: { maskError: (error, message) => exposeError(error) ?? maskError(error, message, false) },
    graphiql: () => ({
      title: "news-kg GraphQL",
      defaultTabs: exampleTabs(options.live.graph),
      defaultEditorToolsVisibility: "variables",
      endpoint: GRAPHQL_PATH,
    }),
    // The page and its assets come from the web build (yoga's default loads them from a CDN).
    renderGraphiQL: createGraphiQLRenderer(options.webDir ?? null),
    landingPage: false,
    // useRoutes enforces the body limit before yoga sees the request; yoga's own would pipe every
    // body through a TransformStream, which cost a third of a small query's time.
    maxRequestBodySize: false,
    multipart: false,
    batching: false,
    logging: {
      debug: () => undefined,
      info: () => undefined,
      warn: write("warn"),
      // Yoga logs every error it rewrites; the client's own mistakes are not worth a line.
      error: (...args: unknown[]) => {
        if (!(args.length === 1 && isExpectedError(args[0]))) write("error")(...args);
      },
    },
    plugins: [
      useRoutes(options, limit),
      useQuerySizeLimit(),
      EnvelopArmorPlugin(ARMOR_CONFIG),
      useCostLimit({
        maxCost: options.maxCost ?? WORK_LIMITS.maxCost,
        bounds: () => graphBounds(options.live.graph),
      }),
      useBudgetErrors(),
      useCSRFPrevention(),
      useGraphQlJit(),
    ],
  });
}
