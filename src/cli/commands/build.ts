// `kg build`: extracts DIR/documents/ into DIR/extraction.json and records the inputs in
// DIR/manifest.json. Both files are deterministic (no timestamps) and written atomically, and the
// work is skipped when neither the documents nor the extraction code have changed. It never edits
// the documents.

import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Command } from "commander";
import type { Extraction } from "../../extraction/types.ts";
import { extractDocuments, readCorpus, serializeExtraction, writeFileAtomic } from "./extract.ts";
import { formatTotals } from "./summary.ts";

/** Version of the manifest's format; a manifest of another version is rebuilt. */
export const MANIFEST_VERSION = 2;

/** The extraction code, hashed into the manifest so that a change to it triggers a rebuild. */
const EXTRACTION_SOURCES = fileURLToPath(new URL("../../extraction/", import.meta.url));

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
  /** SHA-256 of the extraction's source files (src/extraction/**): another extractor, another build. */
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

/** SHA-256 over the relative paths and contents of the extraction's source files, in path order. */
export function hashExtractor(dir = EXTRACTION_SOURCES): string {
  const hash = createHash("sha256");
  const files = (readdirSync(dir, { recursive: true }) as string[])
    .map((file) => file.split(path.sep).join("/"))
    .filter((file) => /\.(ts|js|json)$/.test(file))
    .sort();
  for (const file of files)
    hash
      .update(`${file}\0`)
      .update(readFileSync(path.join(dir, file)))
      .update("\0");
  return hash.digest("hex");
}

/**
 * True when DIR/manifest.json records exactly these documents and this extractor, and
 * DIR/extraction.json exists.
 */
function isUpToDate(dataDir: string, documents: ManifestDocument[], extractor: string): boolean {
  const manifestFile = path.join(dataDir, "manifest.json");
  if (!existsSync(manifestFile) || !existsSync(path.join(dataDir, "extraction.json"))) return false;
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
    .description("extract DIR/documents/ into DIR/extraction.json and DIR/manifest.json")
    .option("-d, --data <dir>", "data directory holding documents/", "graph-data")
    .option("-f, --force", "rebuild even when the documents are unchanged")
    .addHelpText(
      "after",
      [
        "",
        "The output is deterministic: rebuilding the same documents gives byte-identical files.",
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
      const extraction = await extractDocuments(documents);
      writeFileAtomic(extractionFile, serializeExtraction(extraction));
      const manifest = computeManifest(inputs, extraction, extractor);
      writeFileAtomic(path.join(options.data, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
      const skipped = errors.length > 0 ? ` (${errors.length} unreadable, see stderr)` : "";
      process.stdout.write(`built ${extractionFile}: ${formatTotals(extraction)}${skipped}\n`);
    });
}
