// What `kg` prints on failure: `kg: ` and the message, without the `<module>: ` prefix the
// messages carry for logs and tests (runCli on a data directory without a graph, and userMessage).

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { runCli } from "../../../src/cli/index.ts";
import { userMessage } from "../../../src/cli/messages.ts";

let empty: string;

beforeAll(() => {
  empty = mkdtempSync(path.join(tmpdir(), "kg-cli-"));
});

afterAll(() => {
  rmSync(empty, { recursive: true, force: true });
});

/** Runs `kg ARGS` in-process; returns the exit code and what went to stderr. */
async function kg(...args: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = "";
  const err = vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  const out = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
  try {
    return { code: await runCli(["node", "kg", ...args]), stderr };
  } finally {
    err.mockRestore();
    out.mockRestore();
  }
}

describe("cli/messages", () => {
  describe("userMessage", () => {
    it("drops a leading module name and colon, nested module names included", () => {
      expect(userMessage("store: /tmp/x/graph.json should exist, found nothing.")).toBe(
        "/tmp/x/graph.json should exist, found nothing.",
      );
      expect(userMessage("extraction/parallel: options.workers should be positive")).toBe(
        "options.workers should be positive",
      );
      expect(userMessage("query: ")).toBe("");
    });

    it("leaves other messages alone", () => {
      for (const message of [
        "ENOENT: no such file or directory",
        "Error: boom",
        "data/documents/a.txt: unreadable",
        "no prefix here: at all",
        "store:no space",
      ]) {
        expect(userMessage(message)).toBe(message);
      }
    });
  });

  describe("runCli", () => {
    it("prints failures as `kg: <message>` without the module prefix, exit code 1", async () => {
      const { code, stderr } = await kg("export", "--data", empty);
      expect(code).toBe(1);
      expect(stderr).toMatch(/^kg: \S*graph\.json should exist/m);
      expect(stderr).not.toMatch(/kg: [a-z/]+: /);
    });

    it("prints usage errors without the module prefix, exit code 2", async () => {
      const { code, stderr } = await kg("export", "--data", empty, "--format", "pdf");
      expect(code).toBe(2);
      expect(stderr).toContain("format should be one of");
      expect(stderr).not.toContain("export: format");
    });
  });
});
