// Starts the API: opens the live graph of a data directory, creates the yoga app and listens with
// node:http (port 0 picks a free port) with header, request and idle timeouts and a connection cap.
// Returns the URL, the token and a close() that aborts the work in flight, stops listening and drops
// open connections. No CLI concerns (printing, signals) here: see cli/commands/serve.ts.

import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { hostname, networkInterfaces } from "node:os";
import { fileURLToPath } from "node:url";
import { ConfigError } from "../errors.ts";
import { LiveGraph } from "../graph/live.ts";
import { generateToken } from "./auth.ts";
import { SERVER_LIMITS } from "./limits.ts";
import { warmOverview } from "./overview.ts";
import { createApp } from "./yoga.ts";

/** Defaults of `startServer`. */
export const SERVER_DEFAULTS = {
  dataDir: "graph-data",
  port: 4000,
  host: "127.0.0.1",
  /** The explorer's build output, web/dist of this repository. */
  webDir: fileURLToPath(new URL("../../web/dist", import.meta.url)),
} as const;

/** Options of `startServer`. */
export interface ServerOptions {
  /** Data directory with graph.json (default graph-data). */
  dataDir?: string;
  /** TCP port (default 4000; 0 picks a free one). */
  port?: number;
  /** Interface to bind (default 127.0.0.1, this machine only). */
  host?: string;
  /** Bearer token for mutations (default: a random one, returned). */
  token?: string;
  /** Built explorer served at / (default web/dist). */
  webDir?: string;
  /** Largest request body in bytes (default 2 MiB). */
  maxBodyBytes?: number;
  /** Receives warnings and internal errors, one line each (default: stderr). */
  log?: (line: string) => void;
  /** Largest query cost (default 200 000; see WORK_LIMITS in limits.ts). */
  maxCost?: number;
  /** Milliseconds a request may work before BUDGET_EXCEEDED (default 15 000). */
  timeBudgetMs?: number;
  /** Largest GraphQL answer in bytes (default 64 MiB). */
  maxResponseBytes?: number;
  /** Origins allowed to call the API from a browser (CORS); default none: same-origin only. */
  corsOrigins?: readonly string[];
  /**
   * Host names requests may be addressed to besides the bound address and the loopback names
   * (and, on a wildcard bind, this machine's name and addresses); others get 421.
   */
  allowedHosts?: readonly string[];
  /** Milliseconds to send the request headers (default 10 000). */
  headersTimeoutMs?: number;
  /** Milliseconds to send the whole request (default 30 000). */
  requestTimeoutMs?: number;
  /** Milliseconds an idle keep-alive connection stays open (default 5 000). */
  keepAliveTimeoutMs?: number;
  /** Milliseconds of socket inactivity before it is closed (default 60 000). */
  socketTimeoutMs?: number;
  /** Most connections open at once (default 256). */
  maxConnections?: number;
}

/** A running server. */
export interface RunningServer {
  /** Base URL, e.g. http://127.0.0.1:4000 (GraphQL at `${url}/graphql`). */
  url: string;
  /** The token mutations need. */
  token: string;
  /** Stops listening, closes open connections and resolves when the server is down. */
  close(): Promise<void>;
  /**
   * Resolves (to the number of hubs ranked) once the explorer's default overview is built and the
   * neighbours of the graph's hubs are ranked:
   * the server answers before that, hub queries just take longer until then.
   */
  warmed: Promise<number>;
}

function validateMs(name: string, value: number): number {
  if (!Number.isInteger(value) || value <= 0) {
    throw new ConfigError(`server: ${name} should be a positive integer, found ${String(value)}.`);
  }
  return value;
}

/** The names a request to a server bound to `host` may carry in its Host header, besides `extra`. */
function hostNames(host: string, extra: readonly string[]): string[] {
  const names = [host, ...extra];
  if (host === "0.0.0.0" || host === "::") {
    names.push(hostname());
    for (const addresses of Object.values(networkInterfaces())) {
      for (const address of addresses ?? []) names.push(address.address);
    }
  }
  return names;
}

function validatePort(port: number): number {
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`server: port should be an integer from 0 to 65535, found ${String(port)}.`);
  }
  return port;
}

/** Opens the live graph of `dataDir` and serves the API on `host:port`. */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const port = validatePort(options.port ?? SERVER_DEFAULTS.port);
  const host = options.host ?? SERVER_DEFAULTS.host;
  const token = options.token ?? generateToken();
  if (token.length === 0) throw new ConfigError("server: token should not be empty, found an empty string.");
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const headersTimeout = validateMs("headersTimeoutMs", options.headersTimeoutMs ?? SERVER_LIMITS.headersTimeoutMs);
  const requestTimeout = validateMs("requestTimeoutMs", options.requestTimeoutMs ?? SERVER_LIMITS.requestTimeoutMs);
  const keepAliveTimeout = validateMs(
    "keepAliveTimeoutMs",
    options.keepAliveTimeoutMs ?? SERVER_LIMITS.keepAliveTimeoutMs,
  );
  const socketTimeout = validateMs("socketTimeoutMs", options.socketTimeoutMs ?? SERVER_LIMITS.socketTimeoutMs);
  const maxConnections = validateMs("maxConnections", options.maxConnections ?? SERVER_LIMITS.maxConnections);
  const live = await LiveGraph.open(options.dataDir ?? SERVER_DEFAULTS.dataDir);
  const stopping = new AbortController();
  const app = createApp({
    live,
    token,
    webDir: options.webDir ?? SERVER_DEFAULTS.webDir,
    maxBodyBytes: options.maxBodyBytes,
    log,
    maxCost: options.maxCost,
    timeBudgetMs: options.timeBudgetMs,
    maxResponseBytes: options.maxResponseBytes,
    corsOrigins: options.corsOrigins,
    allowedHosts: hostNames(host, options.allowedHosts ?? []),
    signal: stopping.signal,
  });
  const server = createServer(
    {
      headersTimeout: Math.min(headersTimeout, requestTimeout),
      requestTimeout,
      keepAliveTimeout,
      // Node checks the header and request timeouts this often (default 30 s): a fraction of the shortest.
      connectionsCheckingInterval: Math.max(
        10,
        Math.min(1000, Math.floor(Math.min(headersTimeout, requestTimeout) / 4)),
      ),
    },
    app,
  );
  server.timeout = socketTimeout;
  server.maxConnections = maxConnections;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  server.on("error", (error) => log(`error: ${error.message}`));
  // The explorer's first request (the overview of the top entities) is built while nobody waits,
  // then the neighbours of the hubs are ranked in slices.
  const warmed = new Promise<void>((resolve) => setImmediate(resolve))
    .then(() => warmOverview(live.graph))
    .then(() => live.warmNeighbourRanks());
  // Ingests are cheap from the first one once every cached analysis is merged; a folder that
  // cannot take mutations says so at the first one (ConflictError), so nothing to report here.
  live.prepareIngest().catch(() => undefined);
  const address = server.address() as AddressInfo;
  // A wildcard bind is reached through the loopback address.
  const reachable = address.address === "0.0.0.0" ? "127.0.0.1" : address.address === "::" ? "::1" : address.address;
  const hostname = reachable.includes(":") ? `[${reachable}]` : reachable;
  return {
    url: `http://${hostname}:${address.port}`,
    token,
    warmed,
    close: async () => {
      await new Promise<void>((resolve, reject) => {
        // Work in flight stops at its next budget check instead of running on with no one to answer.
        stopping.abort();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
      // The analysis worker (started at once to make the first ingest cheap) and a due compaction's timer.
      await live.close();
    },
  };
}
