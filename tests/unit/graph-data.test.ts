// The checked-in graph-data/ is what the checked-in code builds from the seed articles: `npm start`
// on a fresh clone serves it without a rebuild. It is compared with the build of the seed fixture
// (tests/fixtures/corpus/, built by tests/_helpers/global-setup.ts), and only while
// graph-data/documents/ holds exactly those articles, as committed: once a user adds or removes
// articles, graph-data/ is theirs (no other test reads it) and this check stands aside. When it
// fails, run `node bin/kg.js build --force` and commit graph-data/.

import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadGraph } from "../../src/graph/store.ts";
import { SEED_CORPUS, SEED_GOLD, seedFile } from "../_helpers/seeds.ts";

const DATA = fileURLToPath(new URL("../../graph-data/", import.meta.url));
const REBUILD = "graph-data/ is stale: run `node bin/kg.js build --force` and commit it";

/** The files of a directory, sorted ([] when it does not exist). */
function filesOf(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).sort() : [];
}

/** True when both directories hold the same file names with the same bytes. */
function sameFiles(a: string, b: string): boolean {
  const names = filesOf(a);
  return (
    JSON.stringify(names) === JSON.stringify(filesOf(b)) &&
    names.every((name) => readFileSync(path.join(a, name)).equals(readFileSync(path.join(b, name))))
  );
}

/** graph-data/documents/ as committed: the seed fixture, no more, no less. */
const committedDocuments = sameFiles(path.join(DATA, "documents"), SEED_CORPUS);

describe("graph-data/", () => {
  describe("the seed fixture", () => {
    it("holds one document per gold annotation file (tests/fixtures/corpus/ and tests/fixtures/gold/)", () => {
      const documents = filesOf(SEED_CORPUS).map((name) => name.replace(/\.[^.]+$/, ""));
      const gold = filesOf(SEED_GOLD).map((name) => name.replace(/\.json$/, ""));
      expect(documents).toHaveLength(5);
      expect(documents).toEqual(gold);
    });
  });

  // Skipped only on a working tree whose graph-data/documents/ a user changed (never in CI).
  describe.runIf(committedDocuments)("as committed (its documents are the seed fixture)", () => {
    it("holds the extraction and the manifest the current code builds from its documents", () => {
      for (const name of ["extraction.json", "manifest.json"]) {
        const committed = readFileSync(path.join(DATA, name), "utf8");
        expect(committed === readFileSync(seedFile(name), "utf8"), `${REBUILD} (${name} differs)`).toBe(true);
      }
    });

    it("holds the graph the current code builds, its build time aside", () => {
      const committed = loadGraph(path.join(DATA, "graph.json"));
      const built = loadGraph(seedFile("graph.json"));
      built.setAttribute("builtAt", committed.getAttribute("builtAt"));
      expect(committed.export(), REBUILD).toEqual(built.export());
    });
  });
});
