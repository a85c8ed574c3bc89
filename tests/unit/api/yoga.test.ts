// The API's server object in-process (app.fetch, no port): the committed SDL, the bearer check,
// the enum spelling, masking of internal errors, the body limit, neighbours of a hub, the static
// explorer files, /healthz and the GraphiQL example queries.

import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateGraph } from "../../../scripts/bench/graph.ts";
import { checkBearer } from "../../../src/api/context.ts";
import { exampleTabs } from "../../../src/api/examples.ts";
import { entityTypeFromGraphQL, toGraphQLEnumName } from "../../../src/api/schema/enums.ts";
import { printSchemaSdl } from "../../../src/api/schema/index.ts";
import { type App, createApp } from "../../../src/api/yoga.ts";
import { ENTITY_TYPES } from "../../../src/extraction/types.ts";
import { LiveGraph } from "../../../src/graph/live.ts";
import { neighbors } from "../../../src/graph/query.ts";
import { saveGraph } from "../../../src/graph/store.ts";
import { copySeedData } from "../../_helpers/server.ts";

const TOKEN = "unit-test-token-0123456789";
let dataDir: string;
let live: LiveGraph;
let app: App;
const logs: string[] = [];

beforeAll(async () => {
  dataDir = await copySeedData();
  live = await LiveGraph.open(dataDir);
  app = createApp({ live, token: TOKEN, webDir: null, log: (line) => logs.push(line) });
});

afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

async function graphql(app: App, query: string, variables?: unknown, headers: Record<string, string> = {}) {
  const response = await app.fetch("http://localhost/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: response.status,
    body: (await response.json()) as {
      data?: unknown;
      errors?: { message: string; extensions?: Record<string, unknown> }[];
    },
  };
}

describe("api/schema", () => {
  describe("printSchemaSdl", () => {
    it("equals the committed schema/schema.graphql", () => {
      const committed = readFileSync("schema/schema.graphql", "utf8");
      const current = printSchemaSdl();
      expect(current === committed, "schema/schema.graphql is stale: run `npm run schema:print` and commit it").toBe(
        true,
      );
    });

    it("uses the contract's names", () => {
      const sdl = printSchemaSdl();
      for (const line of [
        "entity(id: ID, name: String): Entity",
        "search(",
        "path(",
        "subgraph(",
        "ingestDocument(input: IngestDocumentInput!): IngestResult!",
        "removeDocument(id: ID!): RemoveResult!",
        "export(format: ExportFormat!): String!",
        "totalCount: Int!",
      ]) {
        expect(sdl).toContain(line);
      }
    });
  });

  describe("toGraphQLEnumName", () => {
    it("spells entity types in UPPER_SNAKE and reads them back", () => {
      expect(toGraphQLEnumName("Person")).toBe("PERSON");
      expect(toGraphQLEnumName("PlaceName")).toBe("PLACE_NAME");
      expect(entityTypeFromGraphQL("HUMAN")).toBeNull();
      for (const type of ENTITY_TYPES) expect(entityTypeFromGraphQL(toGraphQLEnumName(type))).toBe(type);
    });
  });
});

describe("api/context", () => {
  describe("checkBearer", () => {
    it("rejects a missing, malformed or wrong header", () => {
      expect(checkBearer(null, TOKEN)).toBe(false);
      expect(checkBearer("", TOKEN)).toBe(false);
      expect(checkBearer(TOKEN, TOKEN)).toBe(false);
      expect(checkBearer(`Basic ${TOKEN}`, TOKEN)).toBe(false);
      expect(checkBearer(`Bearer ${TOKEN}x`, TOKEN)).toBe(false);
      expect(checkBearer(`Bearer ${TOKEN.toUpperCase()}`, TOKEN)).toBe(false);
      expect(checkBearer("Bearer anything", "")).toBe(false);
    });

    it("accepts the token with any case of the scheme", () => {
      expect(checkBearer(`Bearer ${TOKEN}`, TOKEN)).toBe(true);
      expect(checkBearer(`bearer ${TOKEN}`, TOKEN)).toBe(true);
    });
  });
});

describe("api/yoga", () => {
  describe("createApp", () => {
    it("masks internal errors as 'Unexpected error.' and logs them", async () => {
      const original = live.ingestDocument;
      live.ingestDocument = async () => {
        throw new Error("disk on fire at /secret/path");
      };
      try {
        const { body } = await graphql(
          app,
          `mutation { ingestDocument(input: { text: "Some text about trade." }) { document { id } } }`,
          undefined,
          { authorization: `Bearer ${TOKEN}` },
        );
        expect(body.errors?.[0]?.message).toBe("Unexpected error.");
        expect(JSON.stringify(body)).not.toContain("disk on fire");
        expect(logs.some((line) => line.includes("disk on fire"))).toBe(true);
      } finally {
        live.ingestDocument = original;
      }
    });

    it("does not log the client's own mistakes", async () => {
      const before = logs.length;
      const { body } = await graphql(app, `{ path(from: "Nobody At All", to: "China") { length } }`);
      expect(body.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
      expect(logs).toHaveLength(before);
    });

    it("enforces the body limit itself: 400 for a bad Content-Length, 413 past the limit, declared or not", async () => {
      const small = createApp({ live, token: TOKEN, webDir: null, maxBodyBytes: 200 });
      const post = (body: string, headers: Record<string, string> = {}) =>
        small.fetch("http://localhost/graphql", {
          method: "POST",
          headers: { "content-type": "application/json", ...headers },
          body,
        });
      const query = JSON.stringify({ query: "{ stats { nodes } }" });
      const ok = await post(query);
      expect(ok.status).toBe(200);
      expect(await ok.json()).toEqual({ data: { stats: { nodes: live.graph.order } } });
      const bad = await post(query, { "content-length": "12abc" });
      expect(bad.status).toBe(400);
      expect(((await bad.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe(
        "BAD_REQUEST",
      );
      const large = JSON.stringify({ query: "{ stats { nodes } }", variables: { padding: "x".repeat(300) } });
      expect((await post(large)).status).toBe(413);
      expect((await post(large, { "content-length": String(large.length) })).status).toBe(413);
    });

    it("answers neighbors with the first 100 by default, and neighborCount with them all", async () => {
      const dir = mkdtempSync(path.join(tmpdir(), "kg-hubs-"));
      try {
        const graph = generateGraph({ entities: 300, relations: 3000, seed: 3 });
        saveGraph(graph, path.join(dir, "graph.json"));
        const hubs = await LiveGraph.open(dir);
        const hub = hubs.graph.nodes().sort((a, b) => hubs.graph.degree(b) - hubs.graph.degree(a))[0]!;
        const { body } = await graphql(
          createApp({ live: hubs, token: TOKEN, webDir: null }),
          `query($id: ID!) { entity(id: $id) { neighborCount neighbors { id } page: neighbors(first: 150) { id } } }`,
          { id: hub },
        );
        expect(body.errors).toBeUndefined();
        const entity = (
          body.data as { entity: { neighborCount: number; neighbors: { id: string }[]; page: { id: string }[] } }
        ).entity;
        expect(entity.neighborCount).toBe(hubs.graph.neighbors(hub).length);
        expect(entity.neighborCount).toBeGreaterThan(150);
        expect(entity.neighbors.map((n) => n.id)).toEqual(neighbors(hubs.graph, hub, { limit: 100 }));
        expect(entity.page.map((n) => n.id)).toEqual(neighbors(hubs.graph, hub, { limit: 150 }));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it("answers /healthz with the counts", async () => {
      const response = await app.fetch("http://localhost/healthz");
      expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
      expect(await response.json()).toEqual({
        status: "ok",
        nodes: live.graph.order,
        edges: live.graph.size,
        documents: 5,
      });
      const post = await app.fetch("http://localhost/healthz", { method: "POST", body: "{}" });
      expect(post.status).toBe(405);
    });

    it("serves a page pointing to /graphql when the explorer is not built", async () => {
      const home = await app.fetch("http://localhost/");
      expect(home.status).toBe(200);
      expect(home.headers.get("content-type")).toBe("text/html; charset=utf-8");
      expect(await home.text()).toContain('href="/graphql"');
      expect((await app.fetch("http://localhost/app.js")).status).toBe(404);
    });

    it("serves the built explorer with content types and index.html for client routes", async () => {
      const web = mkdtempSync(path.join(tmpdir(), "kg-web-"));
      mkdirSync(path.join(web, "assets"));
      writeFileSync(path.join(web, "index.html"), "<!doctype html><title>explorer</title>");
      writeFileSync(path.join(web, "assets", "app.js"), "console.log('explorer');");
      writeFileSync(path.join(web, "assets", "app.css"), "body { margin: 0 }");
      writeFileSync(path.join(web, "assets", "logo.svg"), "<svg/>");
      const served = createApp({ live, token: TOKEN, webDir: web });
      try {
        const cases = [
          ["/", "text/html; charset=utf-8", "<title>explorer</title>"],
          ["/assets/app.js", "text/javascript; charset=utf-8", "console.log"],
          ["/assets/app.css", "text/css; charset=utf-8", "margin"],
          ["/assets/logo.svg", "image/svg+xml", "<svg/>"],
          ["/entity/person:scott-bessent", "text/html; charset=utf-8", "<title>explorer</title>"],
        ] as const;
        for (const [url, type, content] of cases) {
          const response = await served.fetch(`http://localhost${url}`);
          expect(response.status).toBe(200);
          expect(response.headers.get("content-type")).toBe(type);
          expect(response.headers.get("x-content-type-options")).toBe("nosniff");
          expect(await response.text()).toContain(content);
        }
        expect((await served.fetch("http://localhost/assets/missing.js")).status).toBe(404);
        const head = await served.fetch("http://localhost/assets/app.js", { method: "HEAD" });
        expect(head.status).toBe(200);
        expect(await head.text()).toBe("");
      } finally {
        rmSync(web, { recursive: true, force: true });
      }
    });
  });
});

describe("api/examples", () => {
  describe("exampleTabs", () => {
    it("gives tabs for an empty graph without names", async () => {
      const empty = await LiveGraph.open(dataDir);
      empty.graph.clear();
      const tabs = exampleTabs(empty.graph);
      expect(tabs.length).toBeGreaterThan(3);
    });

    it("gives queries that run on the graph, and no token", async () => {
      const tabs = exampleTabs(live.graph);
      expect(tabs.some((tab) => tab.query.includes("negotiations"))).toBe(true);
      for (const tab of tabs) {
        expect(JSON.stringify(tab)).not.toContain(TOKEN);
        if (tab.query.includes("mutation")) continue;
        const { body } = await graphql(app, tab.query, tab.variables ? JSON.parse(tab.variables) : undefined);
        expect(body.errors).toBeUndefined();
        expect(body.data).toBeTruthy();
      }
    });
  });
});
