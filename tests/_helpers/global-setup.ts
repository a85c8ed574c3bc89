// Vitest global setup: builds the seed fixture (tests/fixtures/corpus/, the five seed articles)
// once per run with the current code, as `kg build` does, into a temporary data directory that
// every test reads through tests/_helpers/seeds.ts, and deletes it at the end. Tests therefore never
// read graph-data/, whatever a user added to it or removed from it.

import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";

/** The committed seed documents. */
const CORPUS = fileURLToPath(new URL("../fixtures/corpus/", import.meta.url));
const KG = fileURLToPath(new URL("../../bin/kg.js", import.meta.url));

declare module "vitest" {
  export interface ProvidedContext {
    /** The data directory built from tests/fixtures/corpus/ (documents/, analyses/, extraction.json, graph.json, manifest.json). */
    seedData: string;
  }
}

export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(path.join(tmpdir(), "kg-seeds-"));
  cpSync(CORPUS, path.join(dir, "documents"), { recursive: true });
  const run = spawnSync(process.execPath, [KG, "build", "--data", dir], { encoding: "utf8" });
  if (run.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(
      `global-setup: kg build of the seed fixture should succeed, found exit ${run.status}: ${run.stderr}`,
    );
  }
  project.provide("seedData", dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
