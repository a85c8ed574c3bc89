// The query cost analysis (api/cost.ts) on the seeds' graph: literal, variable and default sizes
// count the same, fragments count like the fields they hold, and lists nested in lists multiply.

import { parse } from "graphql/index.js";
import { describe, expect, it } from "vitest";
import { generateGraph } from "../../../scripts/bench/graph.ts";
import { graphBounds, operationCost } from "../../../src/api/cost.ts";
import { schema } from "../../../src/api/schema/index.ts";

const graph = generateGraph({ entities: 600, relations: 3000, seed: 11 });
const bounds = graphBounds(graph);

function cost(query: string, variables?: Record<string, unknown>, operationName?: string): number {
  return operationCost({ schema, document: parse(query), variables, operationName, bounds });
}

describe("api/cost", () => {
  describe("operationCost", () => {
    it("returns 0 for an operation it cannot find or variables that do not coerce", () => {
      expect(cost(`query A { stats { nodes } } query B { stats { edges } }`)).toBe(0);
      expect(cost(`query A { stats { nodes } }`, {}, "C")).toBe(0);
      expect(cost(`query($n: Int!) { entities(first: $n) { totalCount } }`, { n: "ten" })).toBe(0);
    });

    it("counts one per field of a single object", () => {
      expect(cost(`{ stats { nodes edges } }`)).toBe(3);
    });

    it("counts a page size the same whether literal, variable or default", () => {
      const literal = cost(`{ entity(name: "x") { neighbors(first: 100) { id name } } }`);
      const variable = cost(`query($n: Int) { entity(name: "x") { neighbors(first: $n) { id name } } }`, { n: 100 });
      const omitted = cost(`{ entity(name: "x") { neighbors { id name } } }`);
      expect(variable).toBe(literal);
      expect(omitted).toBe(literal);
      expect(cost(`{ entity(name: "x") { neighbors(first: 10) { id name } } }`)).toBeLessThan(literal);
    });

    it("counts fragments like the fields they hold", () => {
      const inline = cost(`{ relations(first: 50) { edges { node { id source { id name } } } } }`);
      const spread = cost(
        `query { relations(first: 50) { edges { node { ...R } } } } fragment R on Relation { id source { id name } }`,
      );
      const typed = cost(`{ relations(first: 50) { edges { node { ... on Relation { id source { id name } } } } } }`);
      expect(spread).toBe(inline);
      expect(typed).toBe(inline);
    });

    it("multiplies nested lists by the graph's own bounds", () => {
      const one = cost(`{ documents { entities { id } } }`);
      const two = cost(`{ documents { entities { documents { entities { id } } } } }`);
      expect(one).toBeGreaterThanOrEqual(bounds.documents * bounds.maxEntitiesPerDocument);
      expect(two).toBeGreaterThan(one * bounds.maxDocumentsPerEntity * bounds.maxEntitiesPerDocument * 0.9);
    });

    it("caps a connection page at 1000 and at the number of items", () => {
      const big = cost(`{ relations(first: 100000) { edges { node { id } } } }`);
      const max = cost(`{ relations(first: 1000) { edges { node { id } } } }`);
      expect(big).toBe(max);
    });
  });

  describe("graphBounds", () => {
    it("follows the graph when it changes", () => {
      const copy = graph.copy();
      const before = graphBounds(copy).relations;
      copy.dropEdge(copy.edges()[0]!);
      expect(graphBounds(copy).relations).toBe(before - 1);
    });
  });
});
