// The mutations over real HTTP: ingestDocument and removeDocument need the bearer token, merge into
// the live graph (the new entities are queryable at once), persist graph.json and the document file,
// and undo each other.

import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer } from "../../src/api/server.ts";
import { LiveGraph } from "../../src/graph/live.ts";
import { loadGraph } from "../../src/graph/store.ts";
import { copySeedData, startTestServer, type TestServer } from "../_helpers/server.ts";

const ARTICLE = `Canada and Chile Agree on Lithium Cooperation at Ottawa Talks

Canadian Finance Minister Maria Lopez met Chilean Mining Minister Jorge Tapia in Ottawa on Monday. The two ministers held talks on lithium and copper supply chains.
"We have a shared interest in secure supply," Lopez told reporters.
Canada imposed a 25% tariff on Chilean copper in March.`;

const INGEST = `mutation($input: IngestDocumentInput!) {
  ingestDocument(input: $input) {
    document { id title date source text }
    addedNodes { id name type }
    updatedNodes { id }
    addedEdges { id predicate source { id } target { id } }
    updatedEdges { id }
    removedNodes
    removedEdges
  }
}`;

const REMOVE = `mutation($id: ID!) { removeDocument(id: $id) { document removedNodes removedEdges updatedNodes { id } } }`;

interface IngestData {
  ingestDocument: {
    document: { id: string; title: string; date: string | null; source: string | null; text: string };
    addedNodes: { id: string; name: string; type: string }[];
    updatedNodes: { id: string }[];
    addedEdges: { id: string; predicate: string; source: { id: string }; target: { id: string } }[];
    updatedEdges: { id: string }[];
    removedNodes: string[];
    removedEdges: string[];
  };
}

let server: TestServer;
let auth: Record<string, string>;

beforeAll(async () => {
  server = await startTestServer();
  auth = { authorization: `Bearer ${server.token}` };
});

afterAll(async () => {
  await server?.stop();
});

async function counts(): Promise<{ nodes: number; edges: number; documents: number }> {
  const { body } = await server.graphql<{ stats: { nodes: number; edges: number; documents: number } }>(
    `{ stats { nodes edges documents } }`,
  );
  return body.data!.stats;
}

const input = { text: ARTICLE, source: "Reuters", date: "2025-11-03" };

describe("api mutations", () => {
  let before: { nodes: number; edges: number; documents: number };
  let documentId = "";

  describe("ingestDocument", () => {
    it("refuses a request without the token and changes nothing", async () => {
      before = await counts();
      const files = readdirSync(path.join(server.dataDir, "documents"));
      const { status, body } = await server.graphql(INGEST, { input });
      expect(status).toBe(401);
      expect(body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
      expect(await counts()).toEqual(before);
      expect(readdirSync(path.join(server.dataDir, "documents"))).toEqual(files);
    });

    it("extracts the document, merges it and returns what was added", async () => {
      const { status, body } = await server.graphql<IngestData>(INGEST, { input }, auth);
      expect(body.errors).toBeUndefined();
      expect(status).toBe(200);
      const result = body.data!.ingestDocument;
      documentId = result.document.id;
      expect(result.document).toMatchObject({
        title: "Canada and Chile Agree on Lithium Cooperation at Ottawa Talks",
        date: "2025-11-03",
        source: "Reuters",
      });
      expect(result.document.text).toContain("Maria Lopez");
      const added = result.addedNodes.map((n) => n.name);
      expect(added).toContain("Maria Lopez");
      expect(added).toContain("Chile");
      expect(result.addedEdges.length).toBeGreaterThan(0);
      const after = await counts();
      // The seeds' graph is current (tests/unit/graph-data.test.ts), so a new, unrelated article only adds.
      expect(result.removedNodes).toEqual([]);
      expect(after.nodes).toBe(before.nodes + result.addedNodes.length - result.removedNodes.length);
      expect(after.edges).toBe(before.edges + result.addedEdges.length - result.removedEdges.length);
      expect(after.documents).toBe(before.documents + 1);
    });

    it("makes the new entities queryable at once, with their relations and evidence", async () => {
      const { body } = await server.graphql<{
        entity: {
          id: string;
          documents: { id: string }[];
          relations: {
            predicate: string;
            target: { name: string };
            title: string | null;
            evidence: { document: string }[];
          }[];
        };
      }>(
        `{ entity(name: "maria lopez") { id documents { id } relations(direction: OUT) { predicate target { name } title evidence { document } } } }`,
      );
      const entity = body.data!.entity;
      expect(entity.documents.map((d) => d.id)).toEqual([documentId]);
      const post = entity.relations.find((r) => r.predicate === "HOLDS_POSITION");
      expect(post?.target.name).toBe("Canada");
      expect(post?.title).toBe("Finance Minister");
      expect(post?.evidence[0]?.document).toBe(documentId);
    });

    it("lists the new relations in the unfiltered relations connection", async () => {
      const { body } = await server.graphql<{ relations: { totalCount: number; edges: { node: { id: string } }[] } }>(
        `{ relations(first: 1000) { totalCount edges { node { id } } } }`,
      );
      const ids = body.data!.relations.edges.map((edge) => edge.node.id);
      expect(body.data!.relations.totalCount).toBe((await counts()).edges);
      expect(ids.some((id) => id.startsWith("person:maria-lopez|"))).toBe(true);
    });

    it("persists the document file and its analysis, which a reopening replays until graph.json catches up", async () => {
      expect(existsSync(path.join(server.dataDir, "documents", `${documentId}.txt`))).toBe(true);
      expect(existsSync(path.join(server.dataDir, "analyses", `${documentId}.json`))).toBe(true);
      const saved = loadGraph(path.join(server.dataDir, "graph.json"));
      const reopened = await LiveGraph.open(server.dataDir, { worker: false });
      expect(saved.getAttribute("documents").map((d) => d.id)).not.toContain(documentId);
      expect(reopened.pendingDocuments).toContain(documentId);
      expect(reopened.graph.hasNode("person:maria-lopez")).toBe(true);
      expect(reopened.graph.getAttribute("documents").map((d) => d.id)).toContain(documentId);
    });

    it("accepts any single-line title, source and date, stored as given beside the text", async () => {
      const text = "Brazilian Energy Minister Paulo Souza met Argentine Economy Minister Ana Ruiz in Brasilia.";
      const given = { text, title: "probe", source: "my notes, p. 3", date: "2025-02-03" };
      const { body } = await server.graphql<IngestData>(INGEST, { input: given }, auth);
      expect(body.errors).toBeUndefined();
      const document = body.data!.ingestDocument.document;
      expect(document).toMatchObject({ title: "probe", source: "my notes, p. 3", date: "2025-02-03" });
      expect(document.text).toBe(text);
      const file = path.join(server.dataDir, "documents", `${document.id}.txt`);
      expect(readFileSync(file, "utf8")).toBe(`${text}\n`);
      const { body: read } = await server.graphql<{ document: { title: string } }>(
        `query($id: ID!) { document(id: $id) { title } }`,
        { id: document.id },
      );
      expect(read.data!.document.title).toBe("probe");
      const removed = await server.graphql(REMOVE, { id: document.id }, auth);
      expect(removed.body.errors).toBeUndefined();
    });

    it("answers a date that is not a date with BAD_USER_INPUT", async () => {
      const { body } = await server.graphql<IngestData>(INGEST, { input: { ...input, date: "2025-13-45" } }, auth);
      expect(body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    });

    it("adds nothing when the same document comes again", async () => {
      const { body } = await server.graphql<IngestData>(INGEST, { input }, auth);
      expect(body.data!.ingestDocument.document.id).toBe(documentId);
      expect(body.data!.ingestDocument.addedNodes).toEqual([]);
      expect(body.data!.ingestDocument.addedEdges).toEqual([]);
    });
  });

  describe("removeDocument", () => {
    it("refuses a request without the token", async () => {
      const { status, body } = await server.graphql(REMOVE, { id: documentId });
      expect(status).toBe(401);
      expect(body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
      const { body: still } = await server.graphql<{ entity: { id: string } | null }>(
        `{ entity(name: "Maria Lopez") { id } }`,
      );
      expect(still.data?.entity?.id).toBe("person:maria-lopez");
    });

    it("removes the document and what only it supported, on disk too", async () => {
      const { body } = await server.graphql<{
        removeDocument: { document: string; removedNodes: string[]; removedEdges: string[] };
      }>(REMOVE, { id: documentId }, auth);
      expect(body.errors).toBeUndefined();
      expect(body.data!.removeDocument.document).toBe(documentId);
      expect(body.data!.removeDocument.removedNodes).toContain("person:maria-lopez");
      const { body: gone } = await server.graphql<{ entity: unknown; document: unknown }>(
        `query($id: ID!) { entity(name: "Maria Lopez") { id } document(id: $id) { id } }`,
        { id: documentId },
      );
      expect(gone.data).toEqual({ entity: null, document: null });
      const { body: listed } = await server.graphql<{ relations: { edges: { node: { id: string } }[] } }>(
        `{ relations(first: 1000) { edges { node { id } } } }`,
      );
      expect(listed.data!.relations.edges.some((edge) => edge.node.id.includes("person:maria-lopez"))).toBe(false);
      expect(await counts()).toEqual(before);
      expect(existsSync(path.join(server.dataDir, "documents", `${documentId}.txt`))).toBe(false);
      expect(loadGraph(path.join(server.dataDir, "graph.json")).hasNode("person:maria-lopez")).toBe(false);
    });

    it("answers an unknown document with NOT_FOUND", async () => {
      const { body } = await server.graphql(REMOVE, { id: documentId }, auth);
      expect(body.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    });
  });
});

describe("api mutations on a data folder that cannot reproduce its graph", () => {
  let dir: string;
  let server: Awaited<ReturnType<typeof startServer>>;
  let graphBefore: string;

  beforeAll(async () => {
    // The probe's case: DIR holds graph.json (5 documents) and nothing else.
    const seeds = await copySeedData();
    dir = mkdtempSync(path.join(tmpdir(), "kg-api-graph-only-"));
    copyFileSync(path.join(seeds, "graph.json"), path.join(dir, "graph.json"));
    rmSync(seeds, { recursive: true, force: true });
    graphBefore = readFileSync(path.join(dir, "graph.json"), "utf8");
    server = await startServer({ dataDir: dir, port: 0, host: "127.0.0.1", token: "t0ken", log: () => {} });
  });

  afterAll(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function post<T>(query: string, variables?: Record<string, unknown>, token?: string) {
    const response = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: "application/json",
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
  }

  it("refuses an ingest with CONFLICT and a message that says why, and keeps the graph", async () => {
    const body = await post(INGEST, { input: { text: ARTICLE } }, "t0ken");
    expect(body.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect(body.errors?.[0]?.message).toMatch(/missing.*kg build/);
    expect(readFileSync(path.join(dir, "graph.json"), "utf8")).toBe(graphBefore);
    expect(existsSync(path.join(dir, "documents"))).toBe(false);
  });

  it("refuses a removal with CONFLICT", async () => {
    const { data } = await post<{ documents: { id: string }[] }>(`{ documents { id } }`);
    const body = await post(REMOVE, { id: data!.documents[0]!.id }, "t0ken");
    expect(body.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect(readFileSync(path.join(dir, "graph.json"), "utf8")).toBe(graphBefore);
  });

  it("keeps answering reads", async () => {
    const { data } = await post<{ stats: { documents: number; nodes: number } }>(`{ stats { documents nodes } }`);
    expect(data!.stats.documents).toBe(5);
    expect(data!.stats.nodes).toBeGreaterThan(50);
  });
});
