// The corpus loader: lists the documents under files and directories, reads each through stage 1
// (applying its `<id>.meta.json` sidecar, the metadata given at ingestion) and collects the
// failures. One bad file never stops the others: it is reported in `errors`. Symbolic links inside
// a directory are refused, never followed. The only file-system code of the extraction; no text
// handling here (that is stages/01-read.ts's).

import { closeSync, constants, openSync, readFileSync } from "node:fs";
import { open, readdir, stat } from "node:fs/promises";
import path from "node:path";
import { InvalidInputError, KgError, NotFoundError } from "../errors.ts";
import { assertDocumentSize, type ReadOptions, readDocument, resolveReadOptions } from "./stages/01-read.ts";
import type { SourceDocument } from "./types.ts";

/** Extensions of the files a directory contributes to a corpus. */
export const CORPUS_EXTENSIONS: readonly string[] = [".txt", ".md", ".html", ".htm"];

/** Suffix of a document's metadata sidecar: `<id>.meta.json` beside `<id>.txt`. */
export const META_SUFFIX = ".meta.json";

/**
 * A document's metadata sidecar (`<id>.meta.json`): what the user gave at ingestion, applied over
 * what the reader found in the text. Each field is optional; the text itself is never changed.
 */
export interface DocumentMetaFile {
  title?: string;
  source?: string;
  /** ISO date, YYYY-MM-DD. */
  date?: string;
}

/** The sidecar path of a document file: same directory, `<file name without extension>.meta.json`. */
export function metaFileOf(file: string): string {
  const name = path.basename(file);
  return path.join(path.dirname(file), `${name.replace(/\.[^.]*$/, "") || name}${META_SUFFIX}`);
}

/**
 * Reads and checks the sidecar of a document file: its bytes and content, or null when there is
 * none. Throws `InvalidInputError` naming it when it is a symbolic link, not a JSON object, or has
 * a field that is not a non-empty single-line string.
 */
export function readMetaFile(file: string): { bytes: Buffer; meta: DocumentMetaFile } | null {
  const metaFile = metaFileOf(file);
  let bytes: Buffer;
  try {
    bytes = readFileNoFollow(metaFile);
  } catch (error) {
    const code = codeOf(error);
    if (code === "ENOENT") return null;
    if (code === "ELOOP") {
      throw new InvalidInputError(`corpus: ${metaFile} should be a regular file, found a symbolic link.`);
    }
    throw new InvalidInputError(`corpus: ${metaFile} should be readable, found ${code ?? String(error)}.`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(bytes.toString("utf8"));
  } catch {
    throw new InvalidInputError(`corpus: ${metaFile} should be a JSON object, found text that is not JSON.`);
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
    throw new InvalidInputError(`corpus: ${metaFile} should be a JSON object, found ${JSON.stringify(parsed)}.`);
  }
  const meta: DocumentMetaFile = {};
  for (const field of ["title", "source", "date"] as const) {
    const value = (parsed as Record<string, unknown>)[field];
    if (value === undefined) continue;
    if (typeof value !== "string" || value.trim() === "" || /[\r\n]/.test(value)) {
      throw new InvalidInputError(
        `corpus: ${field} in ${metaFile} should be a non-empty single-line string, found ${JSON.stringify(value)}.`,
      );
    }
    meta[field] = value;
  }
  return { bytes, meta };
}

/**
 * The bytes of a file, opened without following a symbolic link: throws (code `ELOOP`) when `file`
 * is one, so that a link swapped into a folder is never read through.
 */
export function readFileNoFollow(file: string): Buffer {
  const fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW);
  try {
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** The document with the sidecar's fields in place of what the reader found; the text is untouched. */
export function applyMetaFile(document: SourceDocument, meta: DocumentMetaFile): SourceDocument {
  return {
    ...document,
    ...(meta.title !== undefined ? { title: meta.title } : {}),
    ...(meta.source !== undefined ? { source: meta.source } : {}),
    ...(meta.date !== undefined ? { date: meta.date } : {}),
  };
}

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
 * regular `.txt`, `.md`, `.html` and `.htm` files, not recursively, sorted by name; symbolic links
 * are left out, `loadCorpus` reports them). Paths listed twice appear once. Throws
 * `NotFoundError` when a path does not exist.
 */
export async function listCorpusFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const entry of paths) files.push(...(await listPath(entry)).filter((f) => !f.link).map((f) => f.file));
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
  const files: ListedFile[] = [];
  for (const entry of paths) {
    try {
      files.push(...(await listPath(entry)));
    } catch (error) {
      errors.push({ file: entry, message: messageOf(error, entry) });
    }
  }
  const owners = new Map<string, string>();
  const seen = new Set<string>();
  for (const { file, link, listed } of files) {
    if (seen.has(file)) continue;
    seen.add(file);
    if (link) {
      const message = `corpus: ${file} should be a regular file inside the folder, found a symbolic link (not followed).`;
      errors.push({ file, message });
      continue;
    }
    try {
      const document = await readCorpusFile(file, readOptions, listed);
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

interface ListedFile {
  file: string;
  /** A symbolic link found in a directory: refused, never followed. */
  link: boolean;
  /** Found in a directory (not named by the caller): opened without following links. */
  listed: boolean;
}

async function listPath(entry: string): Promise<ListedFile[]> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(entry);
  } catch (error) {
    if (codeOf(error) === "ENOENT")
      throw new NotFoundError(`corpus: ${entry} should be a file or a directory, found nothing.`);
    throw error;
  }
  if (!info.isDirectory()) return [{ file: entry, link: false, listed: false }];
  const entries = await readdir(entry, { withFileTypes: true });
  return entries
    .filter(
      (dirent) =>
        (dirent.isFile() || dirent.isSymbolicLink()) &&
        CORPUS_EXTENSIONS.includes(path.extname(dirent.name).toLowerCase()),
    )
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((dirent) => ({ file: path.join(entry, dirent.name), link: dirent.isSymbolicLink(), listed: true }));
}

async function readCorpusFile(file: string, options: Required<ReadOptions>, listed: boolean): Promise<SourceDocument> {
  // A file found in a directory is opened without following a link (one swapped in after the listing included).
  const flags = listed ? constants.O_RDONLY | constants.O_NOFOLLOW : constants.O_RDONLY;
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(file, flags);
  } catch (error) {
    if (codeOf(error) === "ELOOP") {
      throw new InvalidInputError(
        `corpus: ${file} should be a regular file inside the folder, found a symbolic link (not followed).`,
      );
    }
    throw error;
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) {
      const found = info.isDirectory() ? "a directory" : "a special file";
      throw new InvalidInputError(`corpus: ${file} should be a regular file, found ${found}.`);
    }
    // Checked before reading, so that a huge file is never loaded into memory.
    assertDocumentSize(file, info.size, options);
    const document = readDocument(file, await handle.readFile(), options);
    const sidecar = listed ? readMetaFile(file) : null;
    return sidecar ? applyMetaFile(document, sidecar.meta) : document;
  } finally {
    await handle.close();
  }
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
