// The walks of graph/query.ts as steps (neighborsSteps, countNeighborsSteps, subgraphSteps): with a
// budget that asks to yield at every check they pause, and still return what the one-go functions
// return; a spent budget stops them.

import { describe, expect, it } from "vitest";
import { generateGraph } from "../../../scripts/bench/graph.ts";
import { BudgetExceededError, WorkBudget } from "../../../src/graph/budget.ts";
import {
  countNeighbors,
  countNeighborsSteps,
  neighbors,
  neighborsSteps,
  type Steps,
  subgraph,
  subgraphSteps,
} from "../../../src/graph/query.ts";

const graph = generateGraph({ entities: 2000, relations: 8000, seed: 7 });
const start = graph.nodes()[0]!;

/** Runs steps to the end, counting the pauses. */
function drive<T>(steps: Steps<T>): { value: T; pauses: number } {
  let pauses = 0;
  for (;;) {
    const next = steps.next();
    if (next.done) return { value: next.value, pauses };
    pauses++;
  }
}

const eager = () => new WorkBudget({ timeMs: 60_000, yieldEveryMs: 0 });

describe("graph/query steps", () => {
  describe("neighborsSteps", () => {
    it("pauses on a deep walk and returns what neighbors returns", () => {
      const { value, pauses } = drive(neighborsSteps(graph, start, { depth: 4, limit: 5000, budget: eager() }));
      expect(pauses).toBeGreaterThan(0);
      expect(value).toEqual(neighbors(graph, start, { depth: 4, limit: 5000 }));
    });

    it("throws BudgetExceededError once the budget is spent", () => {
      const controller = new AbortController();
      controller.abort();
      const budget = new WorkBudget({ timeMs: 60_000, signal: controller.signal });
      expect(() => drive(neighborsSteps(graph, start, { depth: 5, budget }))).toThrow(BudgetExceededError);
    });
  });

  describe("countNeighborsSteps", () => {
    it("pauses and counts what countNeighbors counts", () => {
      const { value, pauses } = drive(countNeighborsSteps(graph, start, { depth: 5, budget: eager() }));
      expect(pauses).toBeGreaterThan(0);
      expect(value).toBe(countNeighbors(graph, start, { depth: 5 }));
    });
  });

  describe("subgraphSteps", () => {
    it("pauses and builds the graph subgraph builds", () => {
      const { value, pauses } = drive(subgraphSteps(graph, [start], { depth: 3, budget: eager() }));
      expect(pauses).toBeGreaterThan(0);
      const expected = subgraph(graph, [start], { depth: 3 });
      expect(value.nodes()).toEqual(expected.nodes());
      expect(value.edges()).toEqual(expected.edges());
    });
  });
});
