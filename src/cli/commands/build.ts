// `kg build`: extracts DIR/documents/ into DIR/extraction.json, builds the graph (DIR/graph.json,
// with the per-document analyses cached in DIR/analyses/ for live ingestion) and records the inputs
// in DIR/manifest.json. Every file is deterministic and written atomically, and the work is skipped
// when neither the documents nor the extraction and graph code have changed and the outputs are
// whole; when only some documents changed (and the code did not), only those are extracted again,
// the others' analyses coming from DIR/analyses/. It first finishes or undoes a mutation a crashed server left (the journal); it never
// edits the documents otherwise. Progress goes to stderr.

import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Command } from "commander";
import { InvalidInputError } from "../../errors.ts";
import type { Extraction } from "../../extraction/types.ts";
import { createProgress } from "../progress.ts";
import { plural, readCorpus, serializeExtraction, writeFileAtomic } from "./extract.ts";
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
  /** SHA-256 of its metadata sidecar (`<id>.meta.json`, written by an ingestion), when it has one. */
  metaSha256?: string;
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

function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
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

/** DIR/manifest.json when it is there and of this version; null otherwise (never an error). */
function readManifest(dataDir: string): Partial<Manifest> | null {
  try {
    const manifest = JSON.parse(readFileSync(path.join(dataDir, "manifest.json"), "utf8")) as Partial<Manifest>;
    return manifest.version === MANIFEST_VERSION ? manifest : null;
  } catch {
    return null;
  }
}

/**
 * True when DIR/manifest.json records exactly these documents and this extractor, and
 * DIR/extraction.json and DIR/graph.json are whole: extraction.json parses with its five arrays
 * and these documents, graph.json loads (every record checked, see `loadGraph`) with these
 * documents. Anything else (a truncated or garbled file) calls for a rebuild.
 */
async function isUpToDate(dataDir: string, documents: ManifestDocument[], extractor: string): Promise<boolean> {
  const manifestFile = path.join(dataDir, "manifest.json");
  for (const file of ["manifest.json", "extraction.json", "graph.json"]) {
    if (!existsSync(path.join(dataDir, file))) return false;
  }
  const ids = JSON.stringify(documents.map((document) => document.id));
  try {
    const manifest = JSON.parse(readFileSync(manifestFile, "utf8")) as Partial<Manifest>;
    const current =
      manifest.version === MANIFEST_VERSION &&
      manifest.extractor === extractor &&
      JSON.stringify(manifest.documents) === JSON.stringify(documents);
    if (!current) return false;
    const extraction = JSON.parse(readFileSync(path.join(dataDir, "extraction.json"), "utf8")) as Partial<Extraction>;
    const arrays = (["documents", "entities", "relations", "statements", "merges"] as const).every((key) =>
      Array.isArray(extraction[key]),
    );
    if (!arrays || JSON.stringify(extraction.documents!.map((document) => document.id)) !== ids) return false;
    const { loadGraph } = await import("../../graph/store.ts");
    const graph = loadGraph(path.join(dataDir, "graph.json"));
    return JSON.stringify(graph.getAttribute("documents").map((document) => document.id)) === ids;
  } catch {
    // A damaged manifest or output is no reason to fail: the build rewrites it.
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
      // A mutation a killed server left half done is finished or undone before the folder is read.
      const { recoverDataDir } = await import("../../graph/journal.ts");
      const { readMetaFile } = await import("../../extraction/corpus.ts");
      const recovery = recoverDataDir(options.data);
      if (recovery.journal) {
        process.stderr.write(
          recovery.journal.op === "compact"
            ? `kg build: ${recovery.action} an unfinished compaction\n`
            : `kg build: ${recovery.action} an unfinished ${recovery.journal.op} of "${recovery.journal.document}"\n`,
        );
      }
      const documentsDir = path.join(options.data, "documents");
      const { documents, errors } = await readCorpus([documentsDir], "build");
      // Each file and sidecar is read once: its bytes feed the manifest's hashes and, below, the
      // lookup of its cached analysis.
      const files = documents.map((doc) => {
        const file = path.join(documentsDir, doc.fileName);
        return { bytes: readFileSync(file), metaBytes: readMetaFile(file)?.bytes ?? null };
      });
      const inputs = documents.map((doc, i): ManifestDocument => {
        const { bytes, metaBytes } = files[i]!;
        return {
          id: doc.id,
          file: `documents/${doc.fileName}`,
          sha256: sha256Hex(bytes),
          ...(metaBytes ? { metaSha256: sha256Hex(metaBytes) } : {}),
        };
      });
      const extractionFile = path.join(options.data, "extraction.json");
      const extractor = hashExtractor();
      if (!options.force && (await isUpToDate(options.data, inputs, extractor))) {
        const unchanged = plural(inputs.length, "document", "documents");
        process.stdout.write(`up to date: ${extractionFile} (${unchanged} unchanged)\n`);
        return;
      }
      const builtAt = buildTime();
      const { analyseCorpusParallel } = await import("../../extraction/parallel.ts");
      const { mergeAnalyses } = await import("../../extraction/index.ts");
      const { buildGraphData, cachedAnalysisOf } = await import("../../graph/live.ts");
      // The analyses cached by the last build (or a live ingest) serve again when the extraction
      // code is the one that wrote them: only new and changed documents are extracted.
      const sameCode = !options.force && readManifest(options.data)?.extractor === extractor;
      const analyses = documents.map((doc, i) => (sameCode ? cachedAnalysisOf(options.data, doc, files[i]) : null));
      const cached = new Set(documents.filter((_, i) => analyses[i]).map((doc) => doc.id));
      const changed = documents.filter((doc) => !cached.has(doc.id));
      const progress = createProgress({ label: "kg build" });
      const fresh = await analyseCorpusParallel(changed, { onProgress: progress.update });
      progress.finish();
      let next = 0;
      const all = analyses.map((analysis) => analysis ?? fresh[next++]!);
      const extraction = mergeAnalyses(all);
      writeFileAtomic(extractionFile, serializeExtraction(extraction));
      await buildGraphData(options.data, extraction, all, documents, { builtAt, cached });
      if (cached.size > 0) {
        process.stdout.write(
          `extracted ${plural(changed.length, "new or changed document", "new or changed documents")}; ${plural(cached.size, "unchanged analysis", "unchanged analyses")} reused from ${path.join(options.data, "analyses")}/\n`,
        );
      }
      const manifest = computeManifest(inputs, extraction, extractor);
      writeFileAtomic(path.join(options.data, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
      const skipped = errors.length > 0 ? ` (${errors.length} unreadable, see stderr)` : "";
      process.stdout.write(`built ${extractionFile} and graph.json: ${formatTotals(extraction)}${skipped}\n`);
    });
}
