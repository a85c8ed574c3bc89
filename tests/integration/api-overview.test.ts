// GET /overview over real HTTP: the explorer's columnar overview of the seeds' graph (the same
// entities and relations as GraphQL gives), gzip when accepted (raw bytes read through node:http),
// `?limit=N` on a generated graph (the top N by PageRank and exactly the relations among them, with
// the totals), bad limits and methods refused, and a fresh answer after an ingest.

import { mkdtempSync, rmSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateGraph } from "../../scripts/bench/graph.ts";
import { DEFAULT_OVERVIEW_LIMIT, type Overview } from "../../src/api/overview.ts";
import { type RunningServer, startServer } from "../../src/api/server.ts";
import type { KnowledgeGraph } from "../../src/graph/model.ts";
import { saveGraph } from "../../src/graph/store.ts";
import { setApiBase } from "../../web/src/api/client.ts";
import { fetchOverview, overviewToExplorerData } from "../../web/src/api/overview.ts";
import { loadOverview } from "../../web/src/api/queries.ts";
import { startTestServer, type TestServer } from "../_helpers/server.ts";

let seeds: TestServer;
let big: RunningServer;
let bigDir: string;
let bigGraph: KnowledgeGraph;

beforeAll(async () => {
  seeds = await startTestServer();
  bigDir = mkdtempSync(path.join(tmpdir(), "kg-api-overview-"));
  bigGraph = generateGraph({ entities: 1200, relations: 4000, seed: 3, documentTexts: false });
  saveGraph(bigGraph, path.join(bigDir, "graph.json"));
  big = await startServer({ dataDir: bigDir, port: 0, host: "127.0.0.1", log: () => undefined });
}, 120_000);

afterAll(async () => {
  await seeds?.stop();
  await big?.close();
  rmSync(bigDir, { recursive: true, force: true });
});

/** A raw GET through node:http (no automatic decompression): status, headers and body bytes. */
function rawGet(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      );
      response.on("error", reject);
    });
    request.on("error", reject);
    request.end();
  });
}

async function overview(base: string, query = ""): Promise<Overview> {
  const response = await rawGet(`${base}/overview${query}`);
  expect(response.status).toBe(200);
  expect(response.headers["content-encoding"]).toBeUndefined();
  return JSON.parse(response.body.toString("utf8")) as Overview;
}

/** The relation ids of an overview (`source|PREDICATE|target` unless `edges.ids` says otherwise). */
function relationIds(data: Overview): string[] {
  return data.edges.source.map(
    (source, i) =>
      data.edges.ids[String(i)] ??
      `${data.nodes.id[source]}|${data.predicates[data.edges.predicate[i] as number]}|${data.nodes.id[data.edges.target[i] as number]}`,
  );
}

describe("api", () => {
  describe("GET /overview", () => {
    it("gives every entity and relation of the seeds, as GraphQL does, in columns", async () => {
      const data = await overview(seeds.url);
      const { body } = await seeds.graphql<{
        entities: {
          totalCount: number;
          edges: {
            node: {
              id: string;
              name: string;
              type: string;
              x: number;
              y: number;
              pagerank: number;
              documents: { id: string }[];
            };
          }[];
        };
        relations: { totalCount: number; edges: { node: { id: string } }[] };
        documents: { id: string }[];
      }>(`{ entities(first: 1000, orderBy: PAGERANK) { totalCount edges { node { id name type x y pagerank documents { id } } } }
            relations(first: 1000) { totalCount edges { node { id } } } documents { id } }`);
      expect(body.errors).toBeUndefined();
      const entities = body.data!.entities;
      expect(data.format).toBe("news-kg-overview/1");
      expect(data.limit).toBeNull();
      expect(data.totals).toEqual({
        entities: entities.totalCount,
        relations: body.data!.relations.totalCount,
        documents: body.data!.documents.length,
      });
      // Entities in PageRank order, as `orderBy: PAGERANK` lists them.
      expect(data.nodes.id).toEqual(entities.edges.map((edge) => edge.node.id));
      entities.edges.forEach(({ node }, i) => {
        expect(data.nodes.name[i]).toBe(node.name);
        expect(data.types[data.nodes.type[i] as number]?.toUpperCase()).toBe(node.type.replace(/_/g, ""));
        expect(data.nodes.x[i]).toBeCloseTo(node.x, 3);
        expect(data.nodes.y[i]).toBeCloseTo(node.y, 3);
        expect(data.nodes.pagerank[i]).toBeCloseTo(node.pagerank, 5);
        expect((data.nodes.documents[i] ?? []).map((d) => data.documents.id[d]).sort()).toEqual(
          node.documents.map((d) => d.id).sort(),
        );
      });
      expect(relationIds(data).sort()).toEqual(body.data!.relations.edges.map((edge) => edge.node.id).sort());
      expect(data.edges.documents.every((list) => list.length > 0)).toBe(true);
      // Every column has one entry per entity or relation.
      for (const column of [
        "name",
        "type",
        "aliases",
        "x",
        "y",
        "size",
        "color",
        "degree",
        "documents",
        "date",
      ] as const) {
        expect(data.nodes[column]).toHaveLength(data.nodes.id.length);
      }
      for (const column of ["target", "predicate", "confidence", "date", "documents"] as const) {
        expect(data.edges[column]).toHaveLength(data.edges.source.length);
      }
    });

    it("gives the explorer the same records as its paged GraphQL load (dates, documents, sizes)", async () => {
      setApiBase(seeds.url);
      const paged = await loadOverview();
      const compact = overviewToExplorerData(await fetchOverview(null));
      const round = (value: number | null) => (value === null ? null : Number(value.toPrecision(5)));
      const entities = (list: typeof paged.entities) =>
        [...list]
          .map((entity) => ({
            ...entity,
            x: round(entity.x),
            y: round(entity.y),
            size: round(entity.size),
            pagerank: round(entity.pagerank),
          }))
          .sort((a, b) => (a.id < b.id ? -1 : 1));
      // The overview carries only the `date` attribute of a relation (the one the explorer reads).
      const relations = (list: typeof paged.relations) =>
        [...list]
          .map((relation) => ({
            ...relation,
            attributes: relation.attributes.date === undefined ? {} : { date: relation.attributes.date },
            confidence: round(relation.confidence),
          }))
          .sort((a, b) => (a.id < b.id ? -1 : 1));
      expect(compact.entities.length).toBeGreaterThan(50);
      expect(entities(compact.entities)).toEqual(entities(paged.entities));
      expect(relations(compact.relations)).toEqual(relations(paged.relations));
      expect(compact.relations.some((relation) => relation.date !== null)).toBe(true);
      expect(compact.documents).toEqual(paged.documents);
      expect(compact.total).toEqual({ entities: paged.entities.length, relations: paged.relations.length });
    });

    it("dates the meetings as `meetings { date }` does", async () => {
      const data = await overview(seeds.url);
      const { body } = await seeds.graphql<{ meetings: { entity: { id: string }; date: string | null }[] }>(
        "{ meetings { entity { id } date } }",
      );
      const dated = body.data!.meetings;
      expect(dated.some((meeting) => meeting.date !== null)).toBe(true);
      for (const meeting of dated) {
        expect(data.nodes.date[data.nodes.id.indexOf(meeting.entity.id)]).toBe(meeting.date);
      }
    });

    it("is gzip-compressed when the client accepts it, the same JSON once inflated", async () => {
      const plain = await rawGet(`${big.url}/overview`);
      const zipped = await rawGet(`${big.url}/overview`, { "accept-encoding": "gzip, deflate, br" });
      expect(zipped.status).toBe(200);
      expect(zipped.headers["content-encoding"]).toBe("gzip");
      expect(zipped.headers.vary).toBe("accept-encoding");
      expect(zipped.headers["content-type"]).toBe("application/json; charset=utf-8");
      const inflated = gunzipSync(zipped.body);
      expect(inflated.equals(plain.body)).toBe(true);
      expect(zipped.headers["x-uncompressed-length"]).toBe(String(inflated.byteLength));
      expect(zipped.body.byteLength).toBeLessThan(inflated.byteLength / 3);
      // gzip;q=0 refuses it.
      const refused = await rawGet(`${big.url}/overview`, { "accept-encoding": "gzip;q=0, identity" });
      expect(refused.headers["content-encoding"]).toBeUndefined();
      expect(refused.body.equals(plain.body)).toBe(true);
    });

    it("gives the top N entities by PageRank with ?limit=N, exactly the relations among them, and the totals", async () => {
      const data = await overview(big.url, "?limit=100");
      expect(data.limit).toBe(100);
      expect(data.totals).toEqual({
        entities: 1200,
        relations: 4000,
        documents: bigGraph.getAttribute("documents").length,
      });
      const expectedTop = bigGraph
        .nodes()
        .map((key) => ({
          key,
          rank: bigGraph.getNodeAttribute(key, "pagerank"),
          name: bigGraph.getNodeAttribute(key, "name").toLowerCase(),
        }))
        .sort((a, b) => b.rank - a.rank || (a.name < b.name ? -1 : a.name > b.name ? 1 : a.key < b.key ? -1 : 1))
        .slice(0, 100)
        .map((entry) => entry.key);
      expect(data.nodes.id).toEqual(expectedTop);
      const top = new Set(expectedTop);
      const among = bigGraph.filterEdges((_edge, _attributes, source, target) => top.has(source) && top.has(target));
      expect(among.length).toBeGreaterThan(0);
      expect(among.length).toBeLessThan(4000);
      expect(relationIds(data).sort()).toEqual(among.sort());
      // A limit above the graph's size gives the whole graph.
      const all = await overview(big.url, "?limit=5000");
      expect(all.nodes.id).toHaveLength(1200);
      expect(all.edges.source).toHaveLength(4000);
    });

    it("is built for the explorer's default limit before the first request: served within a budget too short to build it", async () => {
      // 6,000 entities: the default overview (5,000) is a real selection, and building one takes far
      // more than the 1 ms budget each request gets here.
      const dir = mkdtempSync(path.join(tmpdir(), "kg-api-overview-warm-"));
      saveGraph(
        generateGraph({ entities: 6000, relations: 20000, seed: 5, documentTexts: false }),
        path.join(dir, "graph.json"),
      );
      const server = await startServer({
        dataDir: dir,
        port: 0,
        host: "127.0.0.1",
        log: () => undefined,
        timeBudgetMs: 1,
      });
      try {
        await server.warmed;
        const ready = await rawGet(`${server.url}/overview?limit=${DEFAULT_OVERVIEW_LIMIT}`, {
          "accept-encoding": "gzip",
        });
        expect(ready.status).toBe(200);
        const data = JSON.parse(gunzipSync(ready.body).toString("utf8")) as Overview;
        expect(data.nodes.id).toHaveLength(DEFAULT_OVERVIEW_LIMIT);
        expect(data.totals.entities).toBe(6000);
        // Any other limit is built on request, and runs out of this budget.
        expect((await rawGet(`${server.url}/overview?limit=${DEFAULT_OVERVIEW_LIMIT - 1}`)).status).toBe(503);
      } finally {
        await server.close();
        rmSync(dir, { recursive: true, force: true });
      }
    }, 120_000);

    it("refuses a bad limit with 400, another method with 405 and another Host with 421", async () => {
      for (const limit of ["0", "abc", "1e3", "-5", "0x10"]) {
        const response = await fetch(`${seeds.url}/overview?limit=${limit}`);
        expect(response.status).toBe(400);
        const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
        expect(body.errors[0]?.extensions.code).toBe("BAD_USER_INPUT");
        expect(body.errors[0]?.message).toContain("limit should be an integer from 1");
      }
      const post = await fetch(`${seeds.url}/overview`, { method: "POST" });
      expect(post.status).toBe(405);
      const port = new URL(seeds.url).port;
      const rebinding = await rawGet(`${seeds.url}/overview`, { host: `evil.example:${port}` });
      expect(rebinding.status).toBe(421);
    });

    it("answers with the graph as it is after an ingest (no stale copy)", async () => {
      const before = await overview(seeds.url);
      const { body } = await seeds.graphql<{ ingestDocument: { addedNodes: { id: string }[] } }>(
        `mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { addedNodes { id } } }`,
        {
          input: {
            text: "Canadian Finance Minister Maria Lopez met Chilean Mining Minister Jorge Tapia in Ottawa on Monday. The two ministers held talks on lithium and copper supply chains.",
            title: "Overview test",
            date: "2025-11-03",
          },
        },
        { authorization: `Bearer ${seeds.token}` },
      );
      expect(body.errors).toBeUndefined();
      const added = body.data!.ingestDocument.addedNodes.map((node) => node.id);
      expect(added.length).toBeGreaterThan(0);
      const after = await overview(seeds.url);
      expect(after.totals.documents).toBe(before.totals.documents + 1);
      for (const id of added) expect(after.nodes.id).toContain(id);
    }, 60_000);
  });
});
