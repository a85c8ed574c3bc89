// Bad requests to the API over real HTTP: each gets a clear error (status, code, message naming
// the limit) and is followed by a good query, proving the server keeps serving.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../_helpers/server.ts";

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  await server?.stop();
});

/** A good query and /healthz both answer: the server survived whatever came before. */
async function expectStillServing(): Promise<void> {
  const health = await fetch(`${server.url}/healthz`);
  expect(health.status).toBe(200);
  expect(((await health.json()) as { status: string }).status).toBe("ok");
  const { status, body } = await server.graphql<{ entity: { id: string } }>(`{ entity(name: "China") { id } }`);
  expect(status).toBe(200);
  expect(body.data?.entity.id).toBe("country:china");
}

/** POSTs a raw body to /graphql. */
function post(body: BodyInit, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${server.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body,
  });
}

type ErrorBody = { errors?: { message: string; extensions?: { code?: string } }[]; data?: unknown };

describe("api bad input", () => {
  describe("limits", () => {
    it("rejects a query nested 20 deep, naming the depth limit", async () => {
      let selection = "name";
      for (let i = 0; i < 20; i++) selection = `neighbors { ${selection} }`;
      const response = await post(JSON.stringify({ query: `{ entity(name: "China") { ${selection} } }` }));
      const body = (await response.json()) as ErrorBody;
      expect(body.data ?? null).toBeNull();
      expect(body.errors?.[0]?.message).toMatch(/depth limit of 10 exceeded/i);
      await expectStillServing();
    });

    it("rejects 500 aliases, naming the alias limit", async () => {
      const aliases = Array.from({ length: 500 }, (_, i) => `a${i}: stats { nodes }`).join(" ");
      const body = (await (await post(JSON.stringify({ query: `{ ${aliases} }` }))).json()) as ErrorBody;
      expect(body.errors?.[0]?.message).toMatch(/aliases limit of 30 exceeded, found 500/i);
      await expectStillServing();
    });

    it("rejects a query of too many tokens", async () => {
      const body = (await (
        await post(JSON.stringify({ query: `{ stats { ${"nodes ".repeat(6000)} } }` }))
      ).json()) as ErrorBody;
      expect(body.errors?.[0]?.message).toMatch(/token limit of 5000 exceeded/i);
      await expectStillServing();
    });

    it("rejects a query that would cost too much", async () => {
      const query = `{ entities(first: 100) { edges { node { neighbors(depth: 2) { name neighbors { name neighbors {
        name relations { id source { name } target { name } } } } } } } } }`;
      const body = (await (await post(JSON.stringify({ query }))).json()) as ErrorBody;
      expect(body.errors?.[0]?.extensions?.code).toBe("QUERY_TOO_COSTLY");
      expect(body.errors?.[0]?.message).toMatch(/cost should be at most 200000 \(the cost limit\)/i);
      await expectStillServing();
    });

    it("rejects a 2 MB query with 413", async () => {
      const response = await post(JSON.stringify({ query: `{ stats { nodes } } # ${"x".repeat(2_000_000)}` }));
      expect(response.status).toBe(413);
      const body = (await response.json()) as ErrorBody;
      expect(body.errors?.[0]?.extensions?.code).toBe("QUERY_TOO_LARGE");
      expect(body.errors?.[0]?.message).toMatch(/at most 100000 characters/);
      await expectStillServing();
    });

    it("rejects a body over 2 MiB with 413, whether its length is declared or not", async () => {
      const payload = JSON.stringify({ query: "{ stats { nodes } }", variables: { padding: "y".repeat(3_000_000) } });
      const declared = await post(payload);
      expect(declared.status).toBe(413);
      expect(((await declared.json()) as ErrorBody).errors?.[0]?.extensions?.code).toBe("PAYLOAD_TOO_LARGE");
      await expectStillServing();

      const bytes = new TextEncoder().encode(payload);
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          for (let i = 0; i < bytes.length; i += 65_536) controller.enqueue(bytes.slice(i, i + 65_536));
          controller.close();
        },
      });
      const chunked = await fetch(`${server.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: stream,
        duplex: "half",
      } as RequestInit);
      expect(chunked.status).toBe(413);
      expect(((await chunked.json()) as ErrorBody).errors?.[0]?.message).toMatch(/at most 2097152 bytes/);
      await expectStillServing();
    });
  });

  describe("malformed requests", () => {
    it("answers malformed JSON with 400", async () => {
      const response = await post('{"query": "{ stats { nodes } }"');
      expect(response.status).toBe(400);
      const body = (await response.json()) as ErrorBody;
      expect(body.errors?.[0]?.message).toMatch(/invalid JSON/i);
      await expectStillServing();
    });

    it("answers a syntax error and an unknown field with a validation error", async () => {
      const syntax = (await (await post(JSON.stringify({ query: "{ stats { nodes " }))).json()) as ErrorBody;
      expect(syntax.errors?.[0]?.message).toMatch(/Syntax Error/);
      const unknown = (await (await post(JSON.stringify({ query: "{ stats { vertices } }" }))).json()) as ErrorBody;
      expect(unknown.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
      await expectStillServing();
    });

    it("answers an unknown enum value and a bad cursor with clear errors", async () => {
      const enumValue = (await (
        await post(JSON.stringify({ query: "{ entities(type: HUMAN) { totalCount } }" }))
      ).json()) as ErrorBody;
      expect(enumValue.errors?.[0]?.message).toMatch(/HUMAN/);
      const cursor = await server.graphql(`{ entities(first: 2, after: "not-a-cursor") { totalCount } }`);
      expect(cursor.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      await expectStillServing();
    });

    it("answers an unknown entity with null or NOT_FOUND", async () => {
      const lookup = await server.graphql<{ entity: unknown }>(`{ entity(name: "No Such Entity Anywhere") { id } }`);
      expect(lookup.body.errors).toBeUndefined();
      expect(lookup.body.data?.entity).toBeNull();
      const path = await server.graphql(`{ path(from: "No Such Entity Anywhere", to: "China") { length } }`);
      expect(path.body.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
      expect(path.body.errors?.[0]?.message).toContain("No Such Entity Anywhere");
      await expectStillServing();
    });

    it("answers bad ISO dates and out-of-range numbers with BAD_USER_INPUT", async () => {
      const dates = await server.graphql(`{ meetings(from: "last week") { date } }`);
      expect(dates.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      const hops = await server.graphql(`{ path(from: "China", to: "Japan", maxLength: 99) { length } }`);
      expect(hops.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(hops.body.errors?.[0]?.message).toMatch(/maxLength should be an integer from 1 to 10, found 99/);
      for (const first of [-1, 10_001]) {
        // A variable: GraphQL Armor counts a literal `first` in the cost and would refuse 10001 first.
        const page = await server.graphql(
          `query($first: Int) { entity(name: "China") { neighbors(first: $first) { id } } }`,
          {
            first,
          },
        );
        expect(page.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
        expect(page.body.errors?.[0]?.message).toContain(`first should be an integer from 0 to 10000, found ${first}`);
      }
      await expectStillServing();
    });
  });

  describe("CSRF prevention", () => {
    it("refuses a GET query without the CSRF header and serves it with the header", async () => {
      const url = `${server.url}/graphql?query=${encodeURIComponent("{ stats { nodes } }")}`;
      const bare = await fetch(url);
      expect(bare.status).toBe(403);
      const withHeader = await fetch(url, { headers: { "x-graphql-yoga-csrf": "1" } });
      expect(withHeader.status).toBe(200);
      expect(((await withHeader.json()) as { data: { stats: { nodes: number } } }).data.stats.nodes).toBeGreaterThan(0);
      await expectStillServing();
    });

    it("refuses a text/plain POST (a form a browser could send cross-site)", async () => {
      const response = await fetch(`${server.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "text/plain" },
        body: JSON.stringify({ query: "{ stats { nodes } }" }),
      });
      expect(response.status).toBe(403);
      await expectStillServing();
    });
  });

  describe("authorization", () => {
    const mutation = `mutation { removeDocument(id: "no-such-document") { document } }`;

    it("refuses a mutation without a token with 401 UNAUTHENTICATED", async () => {
      const { status, body } = await server.graphql(mutation);
      expect(status).toBe(401);
      expect(body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
      expect(body.errors?.[0]?.message).toMatch(/Authorization: Bearer/);
      await expectStillServing();
    });

    it("refuses a wrong token, a token of the wrong length and another scheme", async () => {
      const last = server.token.slice(-1);
      const sameLength = `${server.token.slice(0, -1)}${last === "a" ? "b" : "a"}`;
      for (const authorization of [
        `Bearer ${sameLength}`,
        "Bearer short",
        `Basic ${server.token}`,
        `Bearer ${server.token} extra`,
      ]) {
        const { status, body } = await server.graphql(mutation, undefined, { authorization });
        expect(status).toBe(401);
        expect(body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
      }
      await expectStillServing();
    });

    it("lets the right token through to the mutation's own checks", async () => {
      const { body } = await server.graphql(mutation, undefined, { authorization: `Bearer ${server.token}` });
      expect(body.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
      await expectStillServing();
    });

    it("rejects an empty or oversized document with BAD_USER_INPUT", async () => {
      const ingest = `mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { document { id } } }`;
      const headers = { authorization: `Bearer ${server.token}` };
      const empty = await server.graphql(ingest, { input: { text: "   " } }, headers);
      expect(empty.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      const big = await server.graphql(ingest, { input: { text: "word ".repeat(220_000) } }, headers);
      expect(big.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(big.body.errors?.[0]?.message).toMatch(/at most 1048576 bytes, found 1100000/);
      await expectStillServing();
    });
  });

  describe("other routes", () => {
    it("answers a bad export format with 400 and an unknown seed with 404", async () => {
      const format = await fetch(`${server.url}/export?format=pdf`);
      expect(format.status).toBe(400);
      expect(((await format.json()) as ErrorBody).errors?.[0]?.message).toMatch(/gexf, graphml, json, csv, cypher/);
      const seed = await fetch(`${server.url}/export?seeds=No%20Such%20Entity&format=json`);
      expect(seed.status).toBe(404);
      expect(((await seed.json()) as ErrorBody).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
      const depth = await fetch(`${server.url}/export?seeds=China&depth=-1&format=json`);
      expect(depth.status).toBe(400);
      await expectStillServing();
    });

    it("refuses to leave the explorer's directory", async () => {
      const dir = mkdtempSync(path.join(tmpdir(), "kg-web-"));
      const web = path.join(dir, "dist");
      mkdirSync(web);
      writeFileSync(path.join(web, "index.html"), "<!doctype html><title>explorer</title>");
      writeFileSync(path.join(dir, "secret.txt"), "do not serve");
      const other = await startTestServer({ webDir: web });
      try {
        // fetch() normalises "..", so send the raw paths with node:http.
        for (const raw of ["/../secret.txt", "/%2e%2e/secret.txt", "/..%2fsecret.txt", "/%2e%2e%5csecret.txt"]) {
          const { status, body } = await rawGet(other.url, raw);
          expect(body).not.toContain("do not serve");
          expect([400, 404]).toContain(status);
        }
        const home = await fetch(`${other.url}/`);
        expect(await home.text()).toContain("<title>explorer</title>");
      } finally {
        await other.stop();
        rmSync(dir, { recursive: true, force: true });
      }
      await expectStillServing();
    });
  });
});

/** A GET with the path sent exactly as given. */
function rawGet(base: string, rawPath: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const request = httpRequest({ hostname, port, path: rawPath, method: "GET" }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => {
        body += chunk;
      });
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
    });
    request.on("error", reject);
    request.end();
  });
}
