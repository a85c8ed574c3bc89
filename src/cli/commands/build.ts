// `kg build`: extracts DIR/documents/ into DIR/extraction.json and records the inputs in
// DIR/manifest.json. Both files are deterministic (no timestamps) and written atomically, and the
// work is skipped when the documents have not changed. It never edits the documents.

import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Command } from "commander";
import type { Extraction } from "../../extraction/types.ts";
import { extractDocuments, readCorpus, serializeExtraction, writeFileAtomic } from "./extract.ts";
import { formatTotals } from "./summary.ts";

/** Version of the manifest's format; a manifest of another version is rebuilt. */
export const MANIFEST_VERSION = 1;

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
  documents: ManifestDocument[];
  counts: { documents: number; entities: number; relations: number; statements: number; merges: number };
}

/** The manifest of an extraction built from the given documents. */
export function computeManifest(documents: ManifestDocument[], extraction: Extraction): Manifest {
  return {
    version: MANIFEST_VERSION,
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

/** True when DIR/manifest.json records exactly these documents and DIR/extraction.json exists. */
function isUpToDate(dataDir: string, documents: ManifestDocument[]): boolean {
  const manifestFile = path.join(dataDir, "manifest.json");
  if (!existsSync(manifestFile) || !existsSync(path.join(dataDir, "extraction.json"))) return false;
  try {
    const manifest = JSON.parse(readFileSync(manifestFile, "utf8")) as Partial<Manifest>;
    return manifest.version === MANIFEST_VERSION && JSON.stringify(manifest.documents) === JSON.stringify(documents);
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
      if (!options.force && isUpToDate(options.data, inputs)) {
        process.stdout.write(`up to date: ${extractionFile} (${inputs.length} documents unchanged)\n`);
        return;
      }
      const extraction = await extractDocuments(documents);
      writeFileAtomic(extractionFile, serializeExtraction(extraction));
      const manifest = computeManifest(inputs, extraction);
      writeFileAtomic(path.join(options.data, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
      const skipped = errors.length > 0 ? ` (${errors.length} unreadable, see stderr)` : "";
      process.stdout.write(`built ${extractionFile}: ${formatTotals(extraction)}${skipped}\n`);
    });
}
