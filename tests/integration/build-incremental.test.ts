// `kg build` after some documents changed: only those are extracted again, the others' analyses
// come from DIR/analyses/ (the cache the last build or a live ingest wrote), and the files are the
// same bytes a full build of the same documents writes. Another extraction code, or --force,
// extracts everything. Real `kg build` processes on copies of the seeds in temporary folders.

import { spawn } from "node:child_process";
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { SEED_CORPUS } from "../_helpers/seeds.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
const work = mkdtempSync(path.join(tmpdir(), "kg-build-incremental-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const CHANGED = "001_1f42aa484f1ceb62";
const UNCHANGED = "003_81341c49722d5974";
// A paragraph written for the test, appended to one seed.
const ADDED =
  "\n\nNorwegian Trade Minister Ingrid Solberg met Canadian Trade Minister Paul Tremblay in Oslo on Monday.\n";

function build(data: string, ...flags: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, "bin/kg.js"), "build", "--data", data, ...flags], {
      cwd: ROOT,
      env: { ...process.env, SOURCE_DATE_EPOCH: "1767225600" },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
    });
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

function copySeeds(name: string): string {
  const data = path.join(work, name);
  cpSync(SEED_CORPUS, path.join(data, "documents"), { recursive: true });
  return data;
}

const read = (data: string, file: string) => readFileSync(path.join(data, file), "utf8");

describe("kg build", () => {
  describe("after one document changed", () => {
    const data = copySeeds("incremental");
    const full = copySeeds("full");

    it("extracts only that document and writes the bytes of a full build", async () => {
      expect((await build(data)).status).toBe(0);
      const unchangedCache = path.join(data, "analyses", `${UNCHANGED}.json`);
      const cachedAt = statSync(unchangedCache).mtimeMs;
      appendFileSync(path.join(data, "documents", `${CHANGED}.txt`), ADDED);
      appendFileSync(path.join(full, "documents", `${CHANGED}.txt`), ADDED);
      const again = await build(data);
      expect(again.status, again.stderr).toBe(0);
      expect(again.stdout).toContain(
        `extracted 1 new or changed document; 4 unchanged analyses reused from ${path.join(data, "analyses")}/`,
      );
      expect(read(data, "extraction.json")).toContain("Ingrid Solberg");
      expect(statSync(unchangedCache).mtimeMs).toBe(cachedAt);
      const fresh = await build(full);
      expect(fresh.status, fresh.stderr).toBe(0);
      expect(fresh.stdout).not.toContain("reused");
      for (const file of ["extraction.json", "graph.json", "manifest.json", `analyses/${CHANGED}.json`]) {
        expect(read(data, file), file).toBe(read(full, file));
      }
    });

    it("takes an unchanged document's analysis from the cache, not from its text", async () => {
      // Rename an entity inside the cached analysis of an unchanged document: a build that reads
      // the cache shows the new name; one that extracted the document again would not.
      const cacheFile = path.join(data, "analyses", `${UNCHANGED}.json`);
      const cache = read(data, `analyses/${UNCHANGED}.json`);
      expect(cache).toContain('"name":"Jamieson Greer"');
      writeFileSync(cacheFile, cache.replaceAll('"name":"Jamieson Greer"', '"name":"Jamieson Greer (cached)"'));
      appendFileSync(path.join(data, "documents", `${CHANGED}.txt`), "\nThe talks ended on Tuesday.\n");
      const again = await build(data);
      expect(again.status, again.stderr).toBe(0);
      expect(again.stdout).toContain("extracted 1 new or changed document; 4 unchanged analyses reused");
      expect(read(data, "extraction.json")).toContain("Jamieson Greer (cached)");
    });

    it("extracts everything again with --force, or when the manifest records other extraction code", async () => {
      const forced = await build(data, "--force");
      expect(forced.status, forced.stderr).toBe(0);
      expect(forced.stdout).not.toContain("reused");
      expect(read(data, "extraction.json")).not.toContain("Jamieson Greer (cached)");
      const manifest = JSON.parse(read(data, "manifest.json"));
      writeFileSync(path.join(data, "manifest.json"), JSON.stringify({ ...manifest, extractor: "0".repeat(64) }));
      appendFileSync(path.join(data, "documents", `${CHANGED}.txt`), "\nThe ministers met again on Friday.\n");
      const other = await build(data);
      expect(other.status, other.stderr).toBe(0);
      expect(other.stdout).not.toContain("reused");
    });
  });
});
