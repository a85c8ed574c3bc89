// Starts the API: opens the live graph of a data directory, creates the yoga app and listens with
// node:http (port 0 picks a free port). Returns the URL, the token and a close() that stops
// listening and drops open connections. No CLI concerns (printing, signals) here: see cli/commands/serve.ts.

import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { ConfigError } from "../graph/errors.ts";
import { LiveGraph } from "../graph/live.ts";
import { generateToken } from "./auth.ts";
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
   * Resolves (to the number of hubs ranked) once the neighbours of the graph's hubs are ranked:
   * the server answers before that, hub queries just take longer until then.
   */
  warmed: Promise<number>;
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
  const live = await LiveGraph.open(options.dataDir ?? SERVER_DEFAULTS.dataDir);
  const app = createApp({
    live,
    token,
    webDir: options.webDir ?? SERVER_DEFAULTS.webDir,
    maxBodyBytes: options.maxBodyBytes,
    log,
  });
  const server = createServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  server.on("error", (error) => log(`error: ${error.message}`));
  const warmed = live.warmNeighbourRanks();
  const address = server.address() as AddressInfo;
  // A wildcard bind is reached through the loopback address.
  const reachable = address.address === "0.0.0.0" ? "127.0.0.1" : address.address === "::" ? "::1" : address.address;
  const hostname = reachable.includes(":") ? `[${reachable}]` : reachable;
  return {
    url: `http://${hostname}:${address.port}`,
    token,
    warmed,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
