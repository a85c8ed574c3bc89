// The corpus loader: lists the documents under files and directories, reads each through stage 1
// and collects the failures. One bad file never stops the others: it is reported in `errors`.
// The only file-system code of the extraction; no text handling here (that is stages/01-read.ts's).

import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { InvalidInputError, KgError, NotFoundError } from "../graph/errors.ts";
import { assertDocumentSize, type ReadOptions, readDocument, resolveReadOptions } from "./stages/01-read.ts";
import type { SourceDocument } from "./types.ts";

/** Extensions of the files a directory contributes to a corpus. */
export const CORPUS_EXTENSIONS: readonly string[] = [".txt", ".md", ".html", ".htm"];

/** Options of `loadCorpus`. */
export interface LoadCorpusOptions {
  /** Options passed to `readDocument` for every file. */
  read?: ReadOptions;
}

/** A file that could not be read, and why. */
export interface CorpusError {
  /** The path of the file (or of the missing path) as listed. */
  file: string;
  message: string;
}

/** The documents read from a corpus and the files that could not be read. */
export interface Corpus {
  documents: SourceDocument[];
  errors: CorpusError[];
}

/**
 * The files of a corpus: each path is a file (taken whatever its extension) or a directory (its
 * `.txt`, `.md`, `.html` and `.htm` files, not recursively, sorted by name). Paths listed twice
 * appear once. Throws `NotFoundError` when a path does not exist.
 */
export async function listCorpusFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const entry of paths) files.push(...(await listPath(entry)));
  return [...new Set(files)];
}

/**
 * Reads every document under `paths` (see `listCorpusFiles`). Never rejects because of a file: a
 * missing path, an unreadable, binary or oversized file, or a second file with the same id goes to
 * `errors` with a message naming it, and the other files are still read. Throws `ConfigError` on
 * bad options only.
 */
export async function loadCorpus(paths: readonly string[], options: LoadCorpusOptions = {}): Promise<Corpus> {
  const readOptions = resolveReadOptions(options.read);
  const documents: SourceDocument[] = [];
  const errors: CorpusError[] = [];
  const files: string[] = [];
  for (const entry of paths) {
    try {
      files.push(...(await listPath(entry)));
    } catch (error) {
      errors.push({ file: entry, message: messageOf(error, entry) });
    }
  }
  const owners = new Map<string, string>();
  for (const file of new Set(files)) {
    try {
      const document = await readCorpusFile(file, readOptions);
      const owner = owners.get(document.id);
      if (owner !== undefined) {
        const message = `corpus: ${file} should have a unique id, found "${document.id}", already used by ${owner}.`;
        errors.push({ file, message });
        continue;
      }
      owners.set(document.id, file);
      documents.push(document);
    } catch (error) {
      errors.push({ file, message: messageOf(error, file) });
    }
  }
  return { documents, errors };
}

async function listPath(entry: string): Promise<string[]> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(entry);
  } catch (error) {
    if (codeOf(error) === "ENOENT")
      throw new NotFoundError(`corpus: ${entry} should be a file or a directory, found nothing.`);
    throw error;
  }
  if (!info.isDirectory()) return [entry];
  const entries = await readdir(entry, { withFileTypes: true });
  return entries
    .filter(
      (dirent) =>
        (dirent.isFile() || dirent.isSymbolicLink()) &&
        CORPUS_EXTENSIONS.includes(path.extname(dirent.name).toLowerCase()),
    )
    .map((dirent) => dirent.name)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((name) => path.join(entry, name));
}

async function readCorpusFile(file: string, options: Required<ReadOptions>): Promise<SourceDocument> {
  const info = await stat(file);
  if (!info.isFile()) {
    const found = info.isDirectory() ? "a directory" : "a special file";
    throw new InvalidInputError(`corpus: ${file} should be a regular file, found ${found}.`);
  }
  // Checked before reading, so that a huge file is never loaded into memory.
  assertDocumentSize(file, info.size, options);
  return readDocument(file, await readFile(file), options);
}

function codeOf(error: unknown): string | undefined {
  return error !== null && typeof error === "object" && "code" in error ? String(error.code) : undefined;
}

function messageOf(error: unknown, file: string): string {
  if (error instanceof KgError) return error.message;
  const code = codeOf(error);
  if (code !== undefined) return `corpus: ${file} should be readable, found ${code}.`;
  return `corpus: ${file} could not be read: ${error instanceof Error ? error.message : String(error)}.`;
}
