// The seed fixture for tests: the five seed articles committed in tests/fixtures/corpus/ and their
// build by the current code (made once per run by tests/_helpers/global-setup.ts). Tests read these,
// never graph-data/, so a user's own articles there change no test result. Treat the built
// directory as read-only: copy it (copySeedData in server.ts) before changing anything.

import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { inject } from "vitest";
import type { Extraction } from "../../src/extraction/types.ts";

/** The seed documents (copies of graph-data/documents/ as committed with the five seeds). */
export const SEED_CORPUS = fileURLToPath(new URL("../fixtures/corpus/", import.meta.url));

/** The gold annotations of the seed documents. */
export const SEED_GOLD = fileURLToPath(new URL("../fixtures/gold/", import.meta.url));

/** The data directory built from the seed documents: documents/, analyses/, extraction.json, graph.json, manifest.json. */
export function seedData(): string {
  return inject("seedData");
}

/** A file of the built seed data directory ("extraction.json", "graph.json", "documents"). */
export function seedFile(name: string): string {
  return path.join(seedData(), name);
}

/** The seeds' extraction, as `kg build` wrote it. */
export function readSeedExtraction(): Extraction {
  return JSON.parse(readFileSync(seedFile("extraction.json"), "utf8")) as Extraction;
}
