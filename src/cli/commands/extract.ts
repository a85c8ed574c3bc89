// `kg extract`: reads files or directories, extracts them and prints the extraction (JSON or a
// summary). Also holds the CLI's shared I/O helpers (reading a corpus, serialising, atomic writes).
// No extraction logic here: that is src/extraction's; no exit codes either: that is ../index.ts's.

import type { Command } from "commander";
import { InvalidInputError } from "../../errors.ts";
import type { Corpus } from "../../extraction/corpus.ts";
import type { Extraction, SourceDocument } from "../../extraction/types.ts";
import { writeTextAtomic } from "../../graph/store.ts";
import { formatSummary } from "./summary.ts";

/** Options of `kg extract`, as commander parses them. */
export interface ExtractOptions {
  /** Print the extraction as JSON instead of a summary. */
  json?: boolean;
  /** Also write the JSON extraction to this file. */
  out?: string;
}

/**
 * Reads files and directories through `loadCorpus`, reporting each unreadable file on stderr.
 * Throws `InvalidInputError` when no document at all could be read.
 */
export async function readCorpus(paths: string[], command: string): Promise<Corpus> {
  // The pipeline is imported on demand so that --help, usage errors and `kg summary` start fast.
  const { loadCorpus } = await import("../../extraction/corpus.ts");
  const { documents, errors } = await loadCorpus(paths);
  for (const error of errors) process.stderr.write(`kg ${command}: skipped ${error.file}: ${error.message}\n`);
  if (documents.length === 0) {
    throw new InvalidInputError(
      `${command}: the input should hold at least one readable document, found none in ${paths.join(", ")}.`,
    );
  }
  return { documents, errors };
}

/**
 * Runs the extraction pipeline, loaded on demand like the reader. Corpora of a megabyte or more
 * are analysed in worker threads as well as this one (`extractCorpusParallel`); the output is the
 * same either way.
 */
export async function extractDocuments(documents: SourceDocument[]): Promise<Extraction> {
  const { extractCorpusParallel } = await import("../../extraction/parallel.ts");
  return extractCorpusParallel(documents);
}

/**
 * Serialises an extraction as the output contract: the five arrays in a fixed order, 2-space
 * indentation and a final newline. The pipeline's output is deterministic, so this text is too.
 */
export function serializeExtraction(extraction: Extraction): string {
  const { documents, entities, relations, statements, merges } = extraction;
  return `${JSON.stringify({ documents, entities, relations, statements, merges }, null, 2)}\n`;
}

/** "1 document", "2 documents": a count with the right form of its noun. */
export function plural(count: number, singular: string, plural: string): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

/**
 * Writes a file through a fsynced temporary file in the same directory, a rename and the
 * directory's fsync (graph/store.ts), so readers never see half of it and it survives a crash.
 */
export function writeFileAtomic(file: string, content: string): void {
  writeTextAtomic(file, [content]);
}

/** Registers `kg extract FILE_OR_DIR... [--json] [--out FILE]`. */
export function registerExtract(program: Command): Command {
  return program
    .command("extract")
    .description("extract entities, relations and statements from news articles")
    .argument("<paths...>", "files (.txt, .md, .html, .htm) or directories holding them")
    .option("--json", "print the extraction as one JSON object instead of a summary")
    .option("-o, --out <file>", "also write the JSON extraction to this file")
    .addHelpText(
      "after",
      [
        "",
        "Unreadable files are reported on stderr and skipped; the command fails only when none can be read.",
        "",
        "Examples:",
        "  $ kg extract graph-data/documents",
        "  $ kg extract graph-data/documents --json > extraction.json",
        "  $ kg extract article.html --out extraction.json",
      ].join("\n"),
    )
    .action(async (paths: string[], options: ExtractOptions) => {
      const { documents, errors } = await readCorpus(paths, "extract");
      const extraction = await extractDocuments(documents);
      const json = options.json || options.out ? serializeExtraction(extraction) : "";
      if (options.out) writeFileAtomic(options.out, json);
      if (options.json) process.stdout.write(json);
      else process.stdout.write(formatSummary(extraction, { unreadable: errors.length }));
    });
}
