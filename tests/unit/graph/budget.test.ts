// The request work budget (graph/budget.ts): a spent deadline, an abort and a response over the cap
// each throw their error, and keep throwing it; restart gives time again but never undoes an abort.

import { describe, expect, it } from "vitest";
import { BudgetExceededError, ResponseTooLargeError, WorkBudget } from "../../../src/graph/budget.ts";

/** Waits (a bounded busy loop) until the clock has moved past now. */
function clockMoves(): void {
  const start = performance.now();
  for (let i = 0; i < 1e7 && performance.now() <= start; i++);
}

describe("graph/budget", () => {
  describe("WorkBudget", () => {
    it("throws BudgetExceededError once its time is spent, then at every check", () => {
      const budget = new WorkBudget({ timeMs: 0 });
      clockMoves();
      expect(() => budget.check()).toThrow(BudgetExceededError);
      expect(() => budget.tick()).toThrow(BudgetExceededError);
      expect(() => budget.step()).toThrow(BudgetExceededError);
    });

    it("throws BudgetExceededError once aborted, and restart does not undo it", () => {
      const controller = new AbortController();
      const budget = new WorkBudget({ timeMs: 60_000, signal: controller.signal });
      expect(() => budget.check()).not.toThrow();
      controller.abort();
      expect(() => budget.check()).toThrow(BudgetExceededError);
      budget.restart();
      expect(() => budget.check()).toThrow(BudgetExceededError);
    });

    it("gives the time again on restart", () => {
      const budget = new WorkBudget({ timeMs: 0 });
      clockMoves();
      expect(() => budget.check()).toThrow(BudgetExceededError);
      (budget as unknown as { timeMs: number }).timeMs = 60_000;
      budget.restart();
      expect(() => budget.check()).not.toThrow();
    });

    it("throws ResponseTooLargeError past the byte cap", () => {
      const budget = new WorkBudget({ timeMs: 60_000, maxBytes: 100 });
      budget.addBytes(100);
      expect(() => budget.addBytes(1)).toThrow(ResponseTooLargeError);
      expect(() => budget.check()).toThrow(ResponseTooLargeError);
    });

    it("never runs out when unlimited", () => {
      const budget = WorkBudget.unlimited();
      for (let i = 0; i < 10_000; i++) budget.tick();
      expect(() => budget.check()).not.toThrow();
    });
  });
});
