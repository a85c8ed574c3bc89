// Hubs over HTTP: a server started on a generated graph with hubs ranks their neighbours in the
// background (RunningServer.warmed), and `entity { neighbors neighborCount }` answers for every hub
// as the slow reference ranking says. (ranks.test.ts covers the lists being dropped on changes.)

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningServer, startServer } from "../../src/api/server.ts";
import { DATA_FILES } from "../../src/graph/live.ts";
import { saveGraph } from "../../src/graph/store.ts";
import { hubGraph, hubsOf, referenceRanking } from "../_helpers/hubs.ts";

const graph = hubGraph();
const hubs = hubsOf(graph);

describe("hubs over HTTP", () => {
  let dir: string;
  let server: RunningServer;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "kg-hubs-"));
    saveGraph(graph, path.join(dir, DATA_FILES.graph));
    server = await startServer({ dataDir: dir, port: 0, host: "127.0.0.1", webDir: dir, log: () => undefined });
  });

  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function neighboursOf(id: string, first: number): Promise<{ ids: string[]; count: number }> {
    const response = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: "query($id: ID!, $first: Int) { entity(id: $id) { neighborCount neighbors(first: $first) { id } } }",
        variables: { id, first },
      }),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      data: { entity: { neighborCount: number; neighbors: { id: string }[] } };
    };
    return { ids: body.data.entity.neighbors.map((n) => n.id), count: body.data.entity.neighborCount };
  }

  it("ranks every hub once it listens, and answers a hub's page of neighbours like the reference", async () => {
    expect(hubs.length).toBeGreaterThan(3);
    await expect(server.warmed).resolves.toBe(hubs.length);
    for (const hub of hubs) {
      const expected = referenceRanking(graph, hub);
      await expect(neighboursOf(hub, 10)).resolves.toEqual({ ids: expected.slice(0, 10), count: expected.length });
    }
  });
});
