// Test helper: a temporary copy of the seed fixture's data (tests/_helpers/seeds.ts: documents,
// analyses, extraction.json, manifest.json and graph.json, built from tests/fixtures/corpus/) and an
// API server started on it on a free port. Never reads or writes the real graph-data/.

import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { type RunningServer, type ServerOptions, startServer } from "../../src/api/server.ts";
import { seedData } from "./seeds.ts";

/** Copies the seeds' built data (documents, analyses, extraction, manifest, graph) into a new temporary directory. */
export async function copySeedData(): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), "kg-api-"));
  cpSync(seedData(), dir, { recursive: true });
  return dir;
}

/** A server on a temporary copy of the seeds' data, with helpers to query it. */
export interface TestServer extends RunningServer {
  /** The temporary data directory. */
  dataDir: string;
  /** Log lines the server wrote (warnings, internal errors). */
  logs: string[];
  /** POSTs a GraphQL operation as JSON and returns the status and the parsed body. */
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<{ status: number; body: GraphQLBody<T> }>;
  /** Stops the server and deletes the temporary directory. */
  stop(): Promise<void>;
}

/** A GraphQL response body. */
export interface GraphQLBody<T> {
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown>; path?: (string | number)[] }[];
}

/** Starts a server on port 0 over a fresh copy of the seeds' data. */
export async function startTestServer(
  options: Omit<ServerOptions, "dataDir" | "port" | "log"> = {},
): Promise<TestServer> {
  const dataDir = await copySeedData();
  const logs: string[] = [];
  const server = await startServer({ ...options, dataDir, port: 0, host: "127.0.0.1", log: (line) => logs.push(line) });
  return {
    ...server,
    dataDir,
    logs,
    async graphql(query, variables, headers = {}) {
      const response = await fetch(`${server.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/json", ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, body: (await response.json()) as GraphQLBody<never> };
    },
    async stop() {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
