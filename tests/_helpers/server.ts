// Test helper: a temporary copy of graph-data/ (documents, extraction.json, manifest.json and
// graph.json; the graph is built from the extraction when graph.json does not exist yet) and an API
// server started on it on a free port. Never writes to the real graph-data/.

import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type RunningServer, type ServerOptions, startServer } from "../../src/api/server.ts";
import { loadCorpus } from "../../src/extraction/corpus.ts";
import type { Extraction } from "../../src/extraction/types.ts";
import { buildGraph } from "../../src/graph/build.ts";
import { saveGraph } from "../../src/graph/store.ts";

/** The repository's graph-data/. */
export const SEED_DATA = fileURLToPath(new URL("../../graph-data/", import.meta.url));

/** Copies the seeds' data into a new temporary directory (graph.json included, built if missing). */
export async function copySeedData(): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), "kg-api-"));
  for (const name of ["documents", "analyses", "extraction.json", "manifest.json", "graph.json"]) {
    const source = path.join(SEED_DATA, name);
    if (existsSync(source)) cpSync(source, path.join(dir, name), { recursive: true });
  }
  if (!existsSync(path.join(dir, "graph.json"))) {
    const extraction = JSON.parse(readFileSync(path.join(dir, "extraction.json"), "utf8")) as Extraction;
    const corpus = await loadCorpus([path.join(dir, "documents")]);
    saveGraph(buildGraph(extraction, corpus.documents), path.join(dir, "graph.json"));
  }
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
