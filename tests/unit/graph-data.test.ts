// The checked-in graph-data/ is what the checked-in code builds: `npm start` on a fresh clone serves
// it without a rebuild, and the API tests (which copy it) start from a graph the extractor agrees
// with. When this fails, run `node bin/kg.js build --force` and commit graph-data/.

import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { hashExtractor } from "../../src/cli/commands/build.ts";
import { loadCorpus } from "../../src/extraction/corpus.ts";
import { analyseDocument, mergeAnalyses } from "../../src/extraction/index.ts";
import { serializeExtraction } from "../../src/graph/live.ts";
import { loadGraph } from "../../src/graph/store.ts";

const DATA = fileURLToPath(new URL("../../graph-data/", import.meta.url));
const REBUILD = "graph-data/ is stale: run `node bin/kg.js build --force` and commit it";

interface Manifest {
  extractor: string;
  documents: { id: string; file: string; sha256: string }[];
}

const manifest = JSON.parse(readFileSync(path.join(DATA, "manifest.json"), "utf8")) as Manifest;

describe("graph-data/", () => {
  it("was built by the current extraction and graph code", () => {
    expect(manifest.extractor, REBUILD).toBe(hashExtractor());
  });

  it("was built from the documents it holds", () => {
    for (const document of manifest.documents) {
      const sha = createHash("sha256")
        .update(readFileSync(path.join(DATA, document.file)))
        .digest("hex");
      expect(sha, `${REBUILD} (${document.file} changed)`).toBe(document.sha256);
    }
  });

  it("holds the extraction the current extractor gives, and a graph of the same entities and relations", async () => {
    const corpus = await loadCorpus([path.join(DATA, "documents")]);
    const extraction = mergeAnalyses(corpus.documents.map(analyseDocument));
    expect(readFileSync(path.join(DATA, "extraction.json"), "utf8") === serializeExtraction(extraction), REBUILD).toBe(
      true,
    );
    const graph = loadGraph(path.join(DATA, "graph.json"));
    expect(graph.nodes().sort()).toEqual(extraction.entities.map((entity) => entity.id).sort());
    expect(graph.size).toBeGreaterThan(0);
  });
});
