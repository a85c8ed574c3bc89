// What an API client reads over real HTTP: entity arguments of relations take names like every other
// entity argument, the Predicate enum offers only predicates relations can have, and error messages
// carry no internal "<module>: " prefix, whichever layer raised them.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../_helpers/server.ts";

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  await server?.stop();
});

const MODULE_PREFIX = /^[a-z][a-z-]*: /;

describe("api messages", () => {
  describe("relations", () => {
    it("takes source and target as String variables, names or ids", async () => {
      const query = `query($source: String, $target: String) {
        relations(source: $source, target: $target) { totalCount edges { node { source { id } target { id } } } }
      }`;
      const byName = await server.graphql<{ relations: { totalCount: number } }>(query, { source: "China" });
      expect(byName.body.errors).toBeUndefined();
      expect(byName.body.data?.relations.totalCount).toBeGreaterThan(0);
      const byId = await server.graphql<{ relations: { totalCount: number } }>(query, { source: "country:china" });
      expect(byId.body.data?.relations.totalCount).toBe(byName.body.data?.relations.totalCount);
    });

    it("offers no STATED predicate (quotations are statements)", async () => {
      const { body } = await server.graphql<{ __type: { enumValues: { name: string }[] } }>(
        `{ __type(name: "Predicate") { enumValues { name } } }`,
      );
      const names = body.data?.__type.enumValues.map((value) => value.name) ?? [];
      expect(names).toContain("MET_WITH");
      expect(names).not.toContain("STATED");
      const statements = await server.graphql<{ statements: unknown[] }>(`{ statements { quote } }`);
      expect(statements.body.data?.statements.length).toBeGreaterThan(0);
    });
  });

  describe("error messages", () => {
    it("start without an internal module prefix, in GraphQL errors of every kind", async () => {
      const cases: [string, Record<string, unknown> | undefined, Record<string, string>?][] = [
        [`{ path(from: "No Such Entity Anywhere", to: "China") { length } }`, undefined],
        [`{ meetings(from: "2025-13-45") { date } }`, undefined],
        [`{ entity(name: "China") { neighbors(depth: 9) { id } } }`, undefined],
        [`{ entity }`, undefined],
        [`{ entities(after: "not a cursor") { totalCount } }`, undefined],
        [`mutation { removeDocument(id: "x") { document } }`, undefined],
        [`mutation { removeDocument(id: "x") { document } }`, undefined, { authorization: `Bearer ${server.token}` }],
      ];
      for (const [query, variables, headers] of cases) {
        const { body } = await server.graphql(query, variables, headers);
        expect(body.errors?.length, query).toBeGreaterThan(0);
        for (const error of body.errors ?? []) expect(error.message, query).not.toMatch(MODULE_PREFIX);
      }
    });

    it("start without an internal module prefix in the JSON errors of /export", async () => {
      for (const query of ["seeds=No%20Such%20Entity", "format=docx", "depth=9"]) {
        const response = await fetch(`${server.url}/export?${query}`);
        expect(response.status).toBeGreaterThanOrEqual(400);
        const body = (await response.json()) as { errors: { message: string }[] };
        expect(body.errors[0]?.message, query).not.toMatch(MODULE_PREFIX);
      }
    });
  });
});
