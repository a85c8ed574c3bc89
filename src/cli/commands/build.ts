// `kg build`: extracts DIR/documents/ into DIR/extraction.json, builds the graph (DIR/graph.json,
// with the per-document analyses cached in DIR/analyses/ for live ingestion) and records the inputs
// in DIR/manifest.json. Every file is deterministic and written atomically, and the work is skipped
// when neither the documents nor the extraction and graph code have changed. It never edits the
// documents.

import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Command } from "commander";
import type { Extraction } from "../../extraction/types.ts";
import { InvalidInputError } from "../../graph/errors.ts";
import { readCorpus, serializeExtraction, writeFileAtomic } from "./extract.ts";
import { formatTotals } from "./summary.ts";

/** Version of the manifest's format; a manifest of another version is rebuilt. */
export const MANIFEST_VERSION = 2;

/** The extraction and graph code, hashed into the manifest so that a change to it triggers a rebuild. */
const BUILD_SOURCES = [
  fileURLToPath(new URL("../../extraction/", import.meta.url)),
  fileURLToPath(new URL("../../graph/", import.meta.url)),
];

/** Options of `kg build`, as commander parses them. */
export interface BuildOptions {
  /** The data directory: documents/ in, extraction.json and manifest.json out. */
  data: string;
  /** Rebuild even when the manifest says the documents are unchanged. */
  force?: boolean;
}

/** One input document as recorded in the manifest. */
export interface ManifestDocument {
  id: string;
  /** Path of the file relative to the data directory, with `/` separators. */
  file: string;
  /** SHA-256 of the file's bytes, in hex. */
  sha256: string;
}

/** DIR/manifest.json: what a build read and how much it produced. */
export interface Manifest {
  version: number;
  /** SHA-256 of the extraction's and the graph's source files: other code, another build. */
  extractor: string;
  documents: ManifestDocument[];
  counts: { documents: number; entities: number; relations: number; statements: number; merges: number };
}

/** The manifest of an extraction built from the given documents. */
export function computeManifest(documents: ManifestDocument[], extraction: Extraction, extractor: string): Manifest {
  return {
    version: MANIFEST_VERSION,
    extractor,
    documents,
    counts: {
      documents: extraction.documents.length,
      entities: extraction.entities.length,
      relations: extraction.relations.length,
      statements: extraction.statements.length,
      merges: extraction.merges.length,
    },
  };
}

function hashFile(file: string): string {
  return createHash("sha256").update(readFileSync(file)).digest("hex");
}

/** SHA-256 over the relative paths and contents of the source files under `dirs`, in path order. */
export function hashExtractor(dirs: string | string[] = BUILD_SOURCES): string {
  const hash = createHash("sha256");
  for (const [n, dir] of [dirs].flat().entries()) {
    const files = (readdirSync(dir, { recursive: true }) as string[])
      .map((file) => file.split(path.sep).join("/"))
      .filter((file) => /\.(ts|js|json)$/.test(file))
      .sort();
    for (const file of files) {
      hash
        .update(`${n}/${file}\0`)
        .update(readFileSync(path.join(dir, file)))
        .update("\0");
    }
  }
  return hash.digest("hex");
}

/**
 * The build time recorded in graph.json: now, or SOURCE_DATE_EPOCH (seconds) when it is set, the
 * reproducible-builds convention for byte-identical rebuilds.
 */
export function buildTime(env: NodeJS.ProcessEnv = process.env): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch === undefined || epoch === "") return new Date().toISOString();
  const seconds = Number(epoch);
  if (!Number.isInteger(seconds) || seconds < 0) {
    throw new InvalidInputError(`build: SOURCE_DATE_EPOCH should be a whole number of seconds, found "${epoch}".`);
  }
  return new Date(seconds * 1000).toISOString();
}

/**
 * True when DIR/manifest.json records exactly these documents and this extractor, and
 * DIR/extraction.json and DIR/graph.json exist.
 */
function isUpToDate(dataDir: string, documents: ManifestDocument[], extractor: string): boolean {
  const manifestFile = path.join(dataDir, "manifest.json");
  for (const file of ["manifest.json", "extraction.json", "graph.json"]) {
    if (!existsSync(path.join(dataDir, file))) return false;
  }
  try {
    const manifest = JSON.parse(readFileSync(manifestFile, "utf8")) as Partial<Manifest>;
    return (
      manifest.version === MANIFEST_VERSION &&
      manifest.extractor === extractor &&
      JSON.stringify(manifest.documents) === JSON.stringify(documents)
    );
  } catch {
    // A damaged manifest is no reason to fail: the build rewrites it.
    return false;
  }
}

/** Registers `kg build [--data DIR] [--force]`. */
export function registerBuild(program: Command): Command {
  return program
    .command("build")
    .description("extract DIR/documents/ and build the graph: DIR/extraction.json, graph.json, manifest.json")
    .option("-d, --data <dir>", "data directory holding documents/", "graph-data")
    .option("-f, --force", "rebuild even when the documents are unchanged")
    .addHelpText(
      "after",
      [
        "",
        "The output is deterministic: rebuilding the same documents gives byte-identical files",
        "(graph.json records the build time: set SOURCE_DATE_EPOCH to fix it).",
        "",
        "Examples:",
        "  $ kg build",
        "  $ kg build --data /tmp/kg --force",
      ].join("\n"),
    )
    .action(async (options: BuildOptions) => {
      const documentsDir = path.join(options.data, "documents");
      const { documents, errors } = await readCorpus([documentsDir], "build");
      const inputs = documents.map((doc) => ({
        id: doc.id,
        file: `documents/${doc.fileName}`,
        sha256: hashFile(path.join(documentsDir, doc.fileName)),
      }));
      const extractionFile = path.join(options.data, "extraction.json");
      const extractor = hashExtractor();
      if (!options.force && isUpToDate(options.data, inputs, extractor)) {
        process.stdout.write(`up to date: ${extractionFile} (${inputs.length} documents unchanged)\n`);
        return;
      }
      const builtAt = buildTime();
      const { analyseCorpusParallel } = await import("../../extraction/parallel.ts");
      const { mergeAnalyses } = await import("../../extraction/index.ts");
      const { buildGraphData } = await import("../../graph/live.ts");
      const analyses = await analyseCorpusParallel(documents);
      const extraction = mergeAnalyses(analyses);
      writeFileAtomic(extractionFile, serializeExtraction(extraction));
      await buildGraphData(options.data, extraction, analyses, documents, { builtAt });
      const manifest = computeManifest(inputs, extraction, extractor);
      writeFileAtomic(path.join(options.data, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
      const skipped = errors.length > 0 ? ` (${errors.length} unreadable, see stderr)` : "";
      process.stdout.write(`built ${extractionFile} and graph.json: ${formatTotals(extraction)}${skipped}\n`);
    });
}
