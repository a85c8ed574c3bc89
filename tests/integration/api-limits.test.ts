// The API's limits over real HTTP: the query cost (defaults, variables and list sizes counted; the
// documented queries pass, the explosive ones are refused before they run), the work budget (time,
// response size, /healthz answering while a heavy query runs), the Host check, CORS, the server's
// timeouts and connection cap, and strict number and date arguments.

import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { connect, type Socket } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateGraph } from "../../scripts/bench/graph.ts";
import { exampleTabs } from "../../src/api/examples.ts";
import { startServer } from "../../src/api/server.ts";
import { LiveGraph } from "../../src/graph/live.ts";
import { saveGraph } from "../../src/graph/store.ts";
import { startTestServer, type TestServer } from "../_helpers/server.ts";

type ErrorBody = { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };

let seeds: TestServer;
let bigDir: string;
let bigHubs: string[];

beforeAll(async () => {
  seeds = await startTestServer();
  // A generated graph big enough for deep walks and exports to be real work.
  bigDir = mkdtempSync(path.join(tmpdir(), "kg-api-limits-"));
  const graph = generateGraph({ entities: 3000, relations: 15000, seed: 5 });
  saveGraph(graph, path.join(bigDir, "graph.json"));
  bigHubs = graph
    .nodes()
    .sort((a, b) => graph.degree(b) - graph.degree(a))
    .slice(0, 5);
});

afterAll(async () => {
  await seeds?.stop();
  rmSync(bigDir, { recursive: true, force: true });
});

async function post(url: string, query: string, variables?: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as ErrorBody };
}

/** The ```graphql blocks of the README's GraphQL API section. */
function readmeQueries(): string[] {
  const readme = readFileSync("README.md", "utf8");
  const start = readme.indexOf("## GraphQL API");
  const end = readme.indexOf("\n## ", start + 1);
  const section = readme.slice(start, end);
  return [...section.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]!.replace(/#[^\n]*/g, ""));
}

describe("api limits", () => {
  describe("query cost", () => {
    it("refuses neighbours of neighbours five deep before running it, naming the limit", async () => {
      let selection = "id";
      for (let i = 0; i < 5; i++) selection = `id neighbors(depth: 5) { ${selection} }`;
      const { status, body } = await post(seeds.url, `{ entity(name: "China") { ${selection} } }`);
      expect(status).toBe(400);
      expect(body.data ?? null).toBeNull();
      expect(body.errors?.[0]?.extensions?.code).toBe("QUERY_TOO_COSTLY");
      expect(body.errors?.[0]?.message).toMatch(/cost should be at most 200000 \(the cost limit\), found \d+/);
    });

    it("counts a page size given by a variable, and the default of an omitted one", async () => {
      const query = `query($n: Int) { entity(name: "China") { neighbors(first: $n) { neighbors(first: $n) {
        neighbors(first: $n) { neighbors(first: $n) { id } } } } } }`;
      expect((await post(seeds.url, query, { n: 100 })).body.errors?.[0]?.extensions?.code).toBe("QUERY_TOO_COSTLY");
      // Omitted, `first` is its default (100): the same cost.
      const omitted = `{ entity(name: "China") { neighbors { neighbors { neighbors { neighbors { id } } } } } }`;
      expect((await post(seeds.url, omitted)).body.errors?.[0]?.extensions?.code).toBe("QUERY_TOO_COSTLY");
      // A small page is cheap enough.
      const small = await post(seeds.url, query, { n: 2 });
      expect(small.body.errors).toBeUndefined();
    });

    it("refuses documents' entities' documents' entities", async () => {
      const { body } = await post(seeds.url, `{ documents { entities { documents { entities { id name } } } } }`);
      expect(body.errors?.[0]?.extensions?.code).toBe("QUERY_TOO_COSTLY");
    });

    it("passes a full page of relations, with and without evidence", async () => {
      const plain = await post(
        seeds.url,
        `{ relations(first: 1000) { edges { node { id source { id } target { id } } } } }`,
      );
      expect(plain.body.errors).toBeUndefined();
      const withEvidence = await post(
        seeds.url,
        `{ relations(first: 1000) { edges { node { id predicate source { id name } target { id name }
          evidence { document sentence start end rule } } } } }`,
      );
      expect(withEvidence.body.errors).toBeUndefined();
    });

    it("passes every GraphiQL example tab and every query the README documents", async () => {
      const live = await LiveGraph.open(seeds.dataDir);
      const tabs = exampleTabs(live.graph).filter((tab) => !tab.query.includes("mutation"));
      expect(tabs.length).toBeGreaterThan(3);
      for (const tab of tabs) {
        const { body } = await post(seeds.url, tab.query, tab.variables ? JSON.parse(tab.variables) : undefined);
        expect(body.errors, tab.query).toBeUndefined();
      }
      const documented = readmeQueries();
      expect(documented.length).toBeGreaterThan(1);
      for (const query of documented) {
        const { body } = await post(seeds.url, query);
        expect(body.errors, query).toBeUndefined();
      }
    });

    it("refuses three aliases of a deep subgraph export on a large graph, and passes one shallow export", async () => {
      const server = await startServer({ dataDir: bigDir, port: 0, log: () => undefined });
      try {
        const seedsList = JSON.stringify(bigHubs);
        const alias = (name: string) => `${name}: subgraph(seeds: ${seedsList}, depth: 5) { export(format: GEXF) }`;
        const { body } = await post(server.url, `{ ${alias("a")} ${alias("b")} ${alias("c")} }`);
        expect(body.errors?.[0]?.extensions?.code).toBe("QUERY_TOO_COSTLY");
        const shallow = await post(
          server.url,
          `{ subgraph(seeds: ["${bigHubs[0]}"], depth: 1, limit: 50) { export(format: GEXF) } }`,
        );
        expect(shallow.body.errors).toBeUndefined();
      } finally {
        await server.close();
      }
    });
  });

  describe("work budget", () => {
    const heavy = `{ entities(first: 1000) { edges { node { a: neighborCount(depth: 5) b: neighborCount(depth: 4) } } } }`;

    it("stops a query past its time budget with BUDGET_EXCEEDED, and keeps serving", async () => {
      const server = await startServer({ dataDir: bigDir, port: 0, maxCost: 1e12, timeBudgetMs: 1, log: () => {} });
      try {
        const { body } = await post(server.url, heavy);
        expect(body.data ?? null).toBeNull();
        expect(body.errors).toHaveLength(1);
        expect(body.errors?.[0]?.extensions?.code).toBe("BUDGET_EXCEEDED");
        expect(body.errors?.[0]?.message).toMatch(/time budget of 1 ms/);
        expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
      } finally {
        await server.close();
      }
    });

    it("stops an answer past the response size cap with RESPONSE_TOO_LARGE", async () => {
      const server = await startTestServer({ maxResponseBytes: 10_000 });
      try {
        const { body } = await post(server.url, `{ documents { id text } }`);
        expect(body.data ?? null).toBeNull();
        expect(body.errors?.[0]?.extensions?.code).toBe("RESPONSE_TOO_LARGE");
        expect(body.errors?.[0]?.message).toMatch(/at most 10000 bytes/);
        expect((await post(server.url, `{ stats { nodes } }`)).body.errors).toBeUndefined();
      } finally {
        await server.stop();
      }
    });

    it("answers /healthz while a heavy query runs", async () => {
      const server = await startServer({
        dataDir: bigDir,
        port: 0,
        maxCost: 1e12,
        timeBudgetMs: 600_000,
        log: () => {},
      });
      try {
        let heavyDone = false;
        const running = post(server.url, heavy).then(
          () => {
            heavyDone = true;
          },
          () => {
            heavyDone = true;
          },
        );
        // Let the heavy query reach the server and start before asking for /healthz.
        await new Promise((resolve) => setTimeout(resolve, 200));
        const health = await fetch(`${server.url}/healthz`);
        expect(health.status).toBe(200);
        expect(heavyDone).toBe(false);
        await server.close();
        await running;
      } finally {
        await server.close().catch(() => undefined);
      }
    });
  });

  describe("Host and CORS", () => {
    function rawGet(url: string, headers: Record<string, string>) {
      return new Promise<{ status: number; body: string }>((resolve, reject) => {
        const request = httpRequest(`${url}/healthz`, { headers }, (response) => {
          let body = "";
          response.on("data", (chunk: Buffer) => {
            body += chunk.toString();
          });
          response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
        });
        request.on("error", reject);
        request.end();
      });
    }

    it("answers a request for another host (DNS rebinding) with 421 and a JSON error", async () => {
      const refused = await rawGet(seeds.url, { host: "evil.example" });
      expect(refused.status).toBe(421);
      const body = JSON.parse(refused.body) as ErrorBody;
      expect(body.errors?.[0]?.extensions?.code).toBe("HOST_NOT_ALLOWED");
      expect(body.errors?.[0]?.message).toContain("evil.example");
      const port = new URL(seeds.url).port;
      for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `LOCALHOST:${port}`]) {
        expect((await rawGet(seeds.url, { host })).status).toBe(200);
      }
    });

    it("accepts a host named in allowedHosts", async () => {
      const server = await startTestServer({ allowedHosts: ["kg.internal"] });
      try {
        expect((await rawGet(server.url, { host: "kg.internal" })).status).toBe(200);
        expect((await rawGet(server.url, { host: "evil.example" })).status).toBe(421);
      } finally {
        await server.stop();
      }
    });

    it("gives a foreign origin no CORS headers, preflight or not", async () => {
      const preflight = await fetch(`${seeds.url}/graphql`, {
        method: "OPTIONS",
        headers: {
          origin: "https://evil.example",
          "access-control-request-method": "POST",
          "access-control-request-headers": "authorization, content-type",
        },
      });
      expect(preflight.headers.get("access-control-allow-origin")).toBeNull();
      expect(preflight.headers.get("access-control-allow-credentials")).toBeNull();
      const { headers, body } = await post(seeds.url, `{ stats { nodes } }`, undefined, {
        origin: "https://evil.example",
      });
      expect(body.errors).toBeUndefined();
      expect(headers.get("access-control-allow-origin")).toBeNull();
    });

    it("allows an origin named in corsOrigins", async () => {
      const server = await startTestServer({ corsOrigins: ["http://localhost:5173"] });
      try {
        const preflight = await fetch(`${server.url}/graphql`, {
          method: "OPTIONS",
          headers: { origin: "http://localhost:5173", "access-control-request-method": "POST" },
        });
        expect(preflight.headers.get("access-control-allow-origin")).toBe("http://localhost:5173");
        const other = await fetch(`${server.url}/graphql`, {
          method: "OPTIONS",
          headers: { origin: "https://evil.example", "access-control-request-method": "POST" },
        });
        expect(other.headers.get("access-control-allow-origin")).toBeNull();
      } finally {
        await server.stop();
      }
    });
  });

  describe("server timeouts and connections", () => {
    /** Resolves with what the server sent once it closes `socket`, or "still open" after `guardMs`. */
    function closed(socket: Socket, guardMs: number): Promise<string> {
      return new Promise((resolve) => {
        let received = "";
        const guard = setTimeout(() => resolve("still open"), guardMs);
        socket.on("data", (chunk: Buffer) => {
          received += chunk.toString();
        });
        socket.on("close", () => {
          clearTimeout(guard);
          resolve(received);
        });
        socket.on("error", () => undefined);
      });
    }

    it("cuts off a client that sends its headers too slowly", async () => {
      const server = await startTestServer({ headersTimeoutMs: 300, requestTimeoutMs: 600 });
      const { hostname, port } = new URL(server.url);
      const socket = connect(Number(port), hostname);
      try {
        await new Promise<void>((resolve) => socket.once("connect", () => resolve()));
        socket.write(`GET /healthz HTTP/1.1\r\nHost: ${hostname}:${port}\r\nX-Slow: `);
        // The guard is far beyond the timeout: only a server without one leaves the socket open.
        const outcome = await closed(socket, 20_000);
        expect(outcome).not.toBe("still open");
        expect(outcome === "" || outcome.startsWith("HTTP/1.1 408")).toBe(true);
      } finally {
        socket.destroy();
        await server.stop();
      }
    });

    it("refuses connections beyond maxConnections", async () => {
      const server = await startTestServer({ maxConnections: 1 });
      const { hostname, port } = new URL(server.url);
      const first = connect(Number(port), hostname);
      const second = connect(Number(port), hostname);
      try {
        await new Promise<void>((resolve) => first.once("connect", () => resolve()));
        const outcome = await closed(second, 20_000);
        expect(outcome).toBe("");
      } finally {
        first.destroy();
        second.destroy();
        await server.stop();
      }
    });
  });

  describe("strict arguments", () => {
    it("answers meetings between impossible dates with BAD_USER_INPUT", async () => {
      for (const from of ["2025-13-45", "2025-02-30", "2025-00"]) {
        const { body } = await post(seeds.url, `query($from: String) { meetings(from: $from) { date } }`, { from });
        expect(body.errors?.[0]?.extensions?.code, from).toBe("BAD_USER_INPUT");
      }
      const { body } = await post(seeds.url, `{ meetings(from: "2024-02-29") { date } }`);
      expect(body.errors).toBeUndefined();
    });

    it("refuses /export numbers that are not plain decimal integers with 400 and a JSON error", async () => {
      for (const query of ["depth=0x5", "limit=1e3", "depth=%205", "depth=5.0", "limit=+5", "depth=-1"]) {
        const response = await fetch(`${seeds.url}/export?seeds=China&${query}`);
        expect(response.status, query).toBe(400);
        const body = (await response.json()) as ErrorBody;
        expect(body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      }
      expect((await fetch(`${seeds.url}/export?seeds=China&depth=2&limit=10`)).status).toBe(200);
    });
  });
});
