// The API's error exposure (api/errors.ts): which errors reach clients with which code, and their
// messages without the internal "<module>: " prefix.

import { describe, expect, it } from "vitest";
import { exposeError, userMessage } from "../../../src/api/errors.ts";
import { NotFoundError } from "../../../src/errors.ts";
import { BudgetExceededError } from "../../../src/graph/budget.ts";
import { createGraph } from "../../../src/graph/model.ts";

describe("api/errors", () => {
  describe("userMessage", () => {
    it("drops one leading module prefix and nothing else", () => {
      expect(userMessage("query: x should be y, found z.")).toBe("x should be y, found z.");
      expect(userMessage("api: a: b")).toBe("a: b");
      expect(userMessage("Syntax Error: Unexpected Name.")).toBe("Syntax Error: Unexpected Name.");
      expect(userMessage("")).toBe("");
    });
  });

  describe("exposeError", () => {
    it("masks an internal error (returns null)", () => {
      expect(exposeError(new TypeError("x is undefined"))).toBeNull();
    });

    it("exposes the project's errors with their code and no prefix", () => {
      const notFound = exposeError(new NotFoundError("store: thing should exist, found none."));
      expect(notFound?.extensions.code).toBe("NOT_FOUND");
      expect(notFound?.message).toBe("thing should exist, found none.");
      expect(exposeError(new BudgetExceededError("budget: out of time."))?.extensions.code).toBe("BUDGET_EXCEEDED");
    });

    it("answers an entity or relation removed while a query ran with NOT_FOUND", () => {
      let thrown: unknown;
      try {
        createGraph().source("gone|MET_WITH|away");
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(Error);
      expect(exposeError(thrown)?.extensions.code).toBe("NOT_FOUND");
    });
  });
});
