// `kg serve` as a separate process: it prints the GraphQL URL and a generated token (never one from
// KG_API_TOKEN), serves until SIGTERM, then closes cleanly with exit code 0, even while a heavy
// query runs; without a graph it says to run `kg build` first.

import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateGraph } from "../../scripts/bench/graph.ts";
import { defaultPort, resolveToken } from "../../src/cli/commands/serve.ts";
import { saveGraph } from "../../src/graph/store.ts";
import { copySeedData } from "../_helpers/server.ts";

// The program holds only `serve`, so the test does not depend on the CLI's other commands.
const SCRIPT = `
import { Command } from "commander";
import { registerServe } from "./src/cli/commands/serve.ts";
const program = new Command("kg").exitOverride();
registerServe(program);
await program.parseAsync(process.argv);
`;

let dataDir: string;

beforeAll(async () => {
  dataDir = await copySeedData();
});

afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

interface Served {
  child: ChildProcess;
  url: string;
  /** The token as printed, or null when none was printed. */
  token: string | null;
  output: () => string;
  exit: Promise<number | null>;
}

/** The test's environment with `changes` applied (undefined removes a variable). */
function childEnv(changes: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  delete env.PORT;
  return env;
}

/** Starts `kg serve` on a free port and resolves once it has printed its banner. */
function serve(env: Record<string, string | undefined>, args: string[] = ["--data", dataDir]): Promise<Served> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "--input-type=module", "-e", SCRIPT, "kg", "serve", "--port", "0", ...args],
    { env: childEnv(env), stdio: ["ignore", "pipe", "pipe"] },
  );
  let stdout = "";
  let stderr = "";
  const exit = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    child.stderr!.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.stdout!.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      const url = /GraphQL API: (http:\/\/\S+)\/graphql/.exec(stdout)?.[1];
      const token = /API token \(for mutations\): ([A-Za-z0-9_-]{32})$/m.exec(stdout)?.[1] ?? null;
      if (url && stdout.includes("Press Ctrl-C")) resolve({ child, url, token, output: () => stdout, exit });
    });
    exit.then((code) => reject(new Error(`kg serve exited with ${code}: ${stderr}`)));
  });
}

async function mutationStatus(url: string, token: string): Promise<string | undefined> {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: `mutation { removeDocument(id: "no-such-document") { document } }` }),
  });
  const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
  return body.errors?.[0]?.extensions?.code;
}

describe("cli serve", () => {
  describe("resolveToken", () => {
    it("generates a token when KG_API_TOKEN is unset or blank, else uses it", () => {
      for (const env of [{}, { KG_API_TOKEN: "  " }]) {
        const { token, generated } = resolveToken(env);
        expect(generated).toBe(true);
        expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
      }
      expect(resolveToken({ KG_API_TOKEN: "secret" })).toEqual({ token: "secret", generated: false });
    });
  });

  describe("defaultPort", () => {
    it("reads PORT and falls back to 4000 when it is unset or not a port", () => {
      expect(defaultPort({})).toBe(4000);
      expect(defaultPort({ PORT: "http" })).toBe(4000);
      expect(defaultPort({ PORT: "70000" })).toBe(4000);
      expect(defaultPort({ PORT: "8080" })).toBe(8080);
    });
  });

  describe("kg serve", () => {
    it("serves with the KG_API_TOKEN token, never prints it, and stops cleanly on SIGTERM", async () => {
      const served = await serve({ KG_API_TOKEN: "cli-test-token" });
      try {
        expect(served.token).toBeNull();
        expect(served.output()).not.toContain("cli-test-token");
        expect(served.output()).toContain("KG_API_TOKEN");
        expect(served.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
        const health = await fetch(`${served.url}/healthz`);
        expect(((await health.json()) as { status: string }).status).toBe("ok");
        // The right token passes authorization and reaches the mutation's own NOT_FOUND.
        expect(await mutationStatus(served.url, "cli-test-token")).toBe("NOT_FOUND");
        expect(await mutationStatus(served.url, "wrong-token")).toBe("UNAUTHENTICATED");
      } finally {
        served.child.kill("SIGTERM");
      }
      expect(await served.exit).toBe(0);
      expect(served.output()).toContain("kg serve: stopped");
    });

    it("generates and prints a token when KG_API_TOKEN is unset", async () => {
      const served = await serve({ KG_API_TOKEN: undefined });
      try {
        expect(served.token).toMatch(/^[A-Za-z0-9_-]{32}$/);
        expect(await mutationStatus(served.url, served.token!)).toBe("NOT_FOUND");
      } finally {
        served.child.kill("SIGINT");
      }
      expect(await served.exit).toBe(0);
    });

    it("stops on SIGTERM while a heavy query runs", async () => {
      const bigDir = mkdtempSync(path.join(tmpdir(), "kg-serve-heavy-"));
      saveGraph(generateGraph({ entities: 3000, relations: 15000, seed: 5 }), path.join(bigDir, "graph.json"));
      // Limits raised so that the query is allowed and would run for minutes.
      const served = await serve({ KG_API_TOKEN: undefined }, [
        "--data",
        bigDir,
        "--max-cost",
        "1000000000000",
        "--time-budget",
        "600000",
      ]);
      try {
        const fields = ["a", "b", "c", "d", "e"].map((alias) => `${alias}: neighborCount(depth: 5)`).join(" ");
        const heavy = fetch(`${served.url}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query: `{ entities(first: 1000) { edges { node { ${fields} } } } }` }),
        }).catch(() => null);
        // Once /healthz answers, the server is up; give the query a moment to start running.
        expect((await fetch(`${served.url}/healthz`)).status).toBe(200);
        await new Promise((resolve) => setTimeout(resolve, 300));
        served.child.kill("SIGTERM");
        // Bounded wait: a server stuck in the query would still run long after it.
        const guard = new Promise<"stuck">((resolve) => setTimeout(() => resolve("stuck"), 20_000).unref());
        const outcome = await Promise.race([served.exit, guard]);
        expect(outcome).toBe(0);
        await heavy;
      } finally {
        served.child.kill("SIGKILL");
        rmSync(bigDir, { recursive: true, force: true });
      }
    });

    it("says to run kg build first when the data folder has no graph", async () => {
      const empty = mkdtempSync(path.join(tmpdir(), "kg-serve-empty-"));
      try {
        await expect(serve({}, ["--data", empty])).rejects.toThrow(/kg build --data/);
      } finally {
        rmSync(empty, { recursive: true, force: true });
      }
    });
  });
});
