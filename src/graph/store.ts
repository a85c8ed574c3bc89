// Saving and loading graph-data/graph.json (format version 2, see codec.ts): written as a stream of
// lines through a temporary file, fsync and a rename (then the directory's fsync), read back in
// chunks, line by line, validated as it goes. Also the durable-write helpers live.ts and journal.ts
// use. The only file-system code of the graph core besides those two; it does not build or query graphs.

import {
  closeSync,
  fstatSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readSync,
  renameSync,
  rmSync,
  writeSync,
} from "node:fs";
import path from "node:path";
import { InvalidInputError, NotFoundError } from "../errors.ts";
import { encodeGraph, GraphDecoder } from "./codec.ts";
import { LoadPipe } from "./load-pipe.ts";
import type { KnowledgeGraph } from "./model.ts";

export {
  EDGE_ATTRIBUTE_ORDER,
  GRAPH_ATTRIBUTE_ORDER,
  GRAPH_FILE_FORMAT,
  GRAPH_FILE_SECTIONS,
  NODE_ATTRIBUTE_ORDER,
  RECORD_FIELDS,
} from "./codec.ts";

/** Default `chunkSize` of `saveGraph` and `loadGraph`: 8 MiB. */
export const DEFAULT_CHUNK_SIZE = 8 * 1024 * 1024;

/** Options of `saveGraph`, `loadGraph` and `writeTextAtomic`. */
export interface GraphFileOptions {
  /**
   * Size of the blocks the file is written and read in: characters of text gathered before each
   * write, bytes read at a time (a longer line grows the read buffer). A positive integer; default
   * `DEFAULT_CHUNK_SIZE`. Memory use, not the file, depends on it.
   */
  chunkSize?: number;
}

function chunkSizeOf(options: GraphFileOptions): number {
  const size = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
  if (!Number.isInteger(size) || size <= 0) {
    throw new InvalidInputError(`store: chunkSize should be a positive integer, found ${String(size)}.`);
  }
  return size;
}

/**
 * The lines of the graph file of `graph`, each ending in "\n" (see codec.ts for the layout): what
 * `saveGraph` writes, one record at a time, so graphs of any size can be streamed. Throws
 * `InvalidInputError` when an edge's key is not `source|PREDICATE|target`.
 */
export function serializeGraphLines(graph: KnowledgeGraph): Generator<string> {
  return encodeGraph(graph);
}

/**
 * The graph file of `graph` as one string: same graph, same bytes. For graphs whose file fits in
 * a JavaScript string (about 512 MiB); `saveGraph` streams instead.
 */
export function serializeGraph(graph: KnowledgeGraph): string {
  let text = "";
  for (const line of encodeGraph(graph)) text += line;
  return text;
}

/**
 * Parses the text of a graph file (see `serializeGraph`). Throws `InvalidInputError` naming
 * `source` and the line for anything `loadGraph` would reject.
 */
export function parseGraph(text: string, source = "the graph text"): KnowledgeGraph {
  const decoder = new GraphDecoder(source);
  const complete = text.lastIndexOf("\n") + 1;
  decoder.pushLines(text.slice(0, complete));
  if (complete < text.length) rejectUnfinished(decoder, source);
  return decoder.finish();
}

function rejectUnfinished(decoder: GraphDecoder, source: string): never {
  throw new InvalidInputError(
    `store: line ${decoder.line + 1} of ${source} should end with a line break, found the end of the file (truncated?).`,
  );
}

let tempCounter = 0;

/** Temporary files are named `.<name>.<pid>.<n>.tmp`, beside the file they will replace. */
export const TEMP_FILE_PATTERN = /^\..+\.tmp$/;

/**
 * A new temporary file name beside `file` (`.<name>.<pid>.<n>.tmp`, matching `TEMP_FILE_PATTERN`),
 * creating the directory when it is missing. Nothing is written.
 */
export function tempFileFor(file: string): string {
  const directory = path.dirname(file);
  mkdirSync(directory, { recursive: true });
  return path.join(directory, `.${path.basename(file)}.${process.pid}.${tempCounter++}.tmp`);
}

/** Flushes a directory's entries (created, renamed, removed files) to the disk. */
export function syncDirectory(directory: string): void {
  let fd: number;
  try {
    fd = openSync(directory, "r");
  } catch {
    // A directory that cannot be opened for reading (Windows) cannot be fsynced either.
    return;
  }
  try {
    fsyncSync(fd);
  } catch (error) {
    // Some file systems do not support fsync on directories; the rename is then as durable as they allow.
    const code = error !== null && typeof error === "object" && "code" in error ? String(error.code) : "";
    if (code !== "EINVAL" && code !== "ENOTSUP" && code !== "EPERM" && code !== "EISDIR") throw error;
  } finally {
    closeSync(fd);
  }
}

/**
 * Removes the temporary files (`TEMP_FILE_PATTERN`) of `directory`, left by a process killed while
 * writing. Missing directories are ignored. Returns the names removed.
 */
export function removeTempFiles(directory: string): string[] {
  let names: string[];
  try {
    names = readdirSync(directory);
  } catch {
    return [];
  }
  const removed = names.filter((name) => TEMP_FILE_PATTERN.test(name));
  for (const name of removed) rmSync(path.join(directory, name), { force: true });
  if (removed.length > 0) syncDirectory(directory);
  return removed;
}

/**
 * Writes the concatenation of `parts` to `file` as UTF-8 (in blocks of about `chunkSize`
 * characters) and fsyncs it, replacing whatever was there: not atomic by itself, the building block
 * of the atomic writes and of live.ts's staged files. Returns the bytes written.
 */
export function writeTextDurable(
  file: string,
  parts: Iterable<string | Uint8Array>,
  options: GraphFileOptions = {},
): number {
  const chunkSize = chunkSizeOf(options);
  let fd: number | null = openSync(file, "w");
  let written = 0;
  try {
    let pending: string[] = [];
    let pendingSize = 0;
    const writeBytes = (descriptor: number, bytes: Uint8Array) => {
      for (let offset = 0; offset < bytes.length; ) offset += writeSync(descriptor, bytes, offset);
      written += bytes.length;
    };
    const flush = (descriptor: number) => {
      writeBytes(descriptor, Buffer.from(pending.join(""), "utf8"));
      pending = [];
      pendingSize = 0;
    };
    for (const part of parts) {
      if (typeof part !== "string") {
        flush(fd);
        writeBytes(fd, part);
        continue;
      }
      pending.push(part);
      pendingSize += part.length;
      if (pendingSize >= chunkSize) flush(fd);
    }
    flush(fd);
    fsyncSync(fd);
    closeSync(fd);
    fd = null;
    return written;
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/**
 * Writes a file through a fsynced temporary file in the same directory, a rename and the
 * directory's fsync: readers never see half of it, and once this returns it survives a crash.
 * On any error the temporary file is removed and `file` is left as it was.
 */
export function writeFileAtomic(file: string, content: string | Uint8Array): void {
  writeTextAtomic(file, [content]);
}

/**
 * Writes the concatenation of `parts` to `file` as UTF-8, atomically and durably (fsynced
 * temporary file, rename, fsync of the directory; on any error the temporary file is removed and
 * `file` is left as it was), in blocks of about `chunkSize` characters, so the text never has to
 * exist as one string. Returns the bytes written.
 */
export function writeTextAtomic(
  file: string,
  parts: Iterable<string | Uint8Array>,
  options: GraphFileOptions = {},
): number {
  chunkSizeOf(options);
  const temp = tempFileFor(file);
  try {
    const written = writeTextDurable(temp, parts, options);
    renameSync(temp, file);
    syncDirectory(path.dirname(file));
    return written;
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/**
 * Saves the graph to `file` (see `serializeGraphLines`), streamed and atomic. Throws
 * `InvalidInputError` (and leaves `file` as it was) when an edge's key is not `source|PREDICATE|target`.
 */
export function saveGraph(graph: KnowledgeGraph, file: string, options: GraphFileOptions = {}): void {
  writeTextAtomic(file, encodeGraph(graph), options);
}

function openForReading(file: string): number {
  try {
    return openSync(file, "r");
  } catch (error) {
    const code = error !== null && typeof error === "object" && "code" in error ? String(error.code) : "";
    if (code === "ENOENT") throw new NotFoundError(`store: ${file} should exist, found nothing.`);
    throw new InvalidInputError(`store: ${file} should be readable, found ${code || String(error)}.`);
  }
}

/** Options of `loadGraph`. */
export interface LoadGraphOptions extends GraphFileOptions {
  /**
   * Whether a worker thread reads and scans the edges section while the main thread builds the
   * graph (see load-pipe.ts): same graph, same errors, less time on the main thread for large files.
   * Default: for files of `LOAD_WORKER_MIN_BYTES` or more.
   */
  worker?: boolean;
}

/**
 * Files from this size are loaded with a worker (`LoadGraphOptions.worker`). Measured on 1M
 * relations (124 MB): the worker takes about 0.4 s of main-thread CPU off the load (its scan of
 * 99 MB of edges) but its start (tsx, its modules) costs about 0.2 s there and 0.3 s on other
 * threads; below about 64 MB it would cost more than it saves.
 */
export const LOAD_WORKER_MIN_BYTES = 64 * 1024 * 1024;

// The line that opens the edges section (at the start of a line), where the worker takes over.
const EDGES_OPENING = Buffer.from('"edges":[\n', "latin1");

/** The end of the line opening the edges section in `buffer[0, end)` (which starts a line), or -1. */
function edgesOpeningEnd(buffer: Buffer, end: number): number {
  for (let at = buffer.indexOf(EDGES_OPENING); at >= 0 && at < end; at = buffer.indexOf(EDGES_OPENING, at + 1)) {
    if (at + EDGES_OPENING.length > end) return -1;
    if (at === 0 || buffer[at - 1] === 10) return at + EDGES_OPENING.length;
  }
  return -1;
}

/**
 * Loads a graph saved by `saveGraph`, reading `file` in chunks and line by line (no string longer
 * than a chunk or a line); for a large file, a worker thread reads and scans the edges section
 * (see `LoadGraphOptions.worker`). Throws `NotFoundError` when the file does not exist and
 * `InvalidInputError` naming the file (and the line) when it is unreadable, of another format or
 * format version than `GRAPH_FORMAT_VERSION`, truncated, or holds a malformed record.
 */
export function loadGraph(file: string, options: LoadGraphOptions = {}): KnowledgeGraph {
  const chunkSize = chunkSizeOf(options);
  let buffer = Buffer.allocUnsafe(chunkSize);
  const decoder = new GraphDecoder(file);
  const fd = openForReading(file);
  let pipe: LoadPipe | null = null;
  try {
    const size = fstatSync(fd).size;
    if (options.worker ?? size >= LOAD_WORKER_MIN_BYTES) pipe = LoadPipe.start(file, size, chunkSize);
    // The file offset of buffer[0].
    let position = 0;
    let filled = 0;
    for (;;) {
      // A line longer than the buffer: grow it until the line fits.
      if (filled === buffer.length) {
        const larger = Buffer.allocUnsafe(buffer.length * 2);
        buffer.copy(larger, 0, 0, filled);
        buffer = larger;
      }
      let read: number;
      try {
        read = readSync(fd, buffer, filled, buffer.length - filled, position + filled);
      } catch (error) {
        const code = error !== null && typeof error === "object" && "code" in error ? String(error.code) : "";
        throw new InvalidInputError(`store: ${file} should be readable, found ${code || String(error)}.`);
      }
      if (read === 0) break;
      filled += read;
      const end = buffer.lastIndexOf(10, filled - 1) + 1;
      if (end === 0) continue;
      const opened = pipe ? edgesOpeningEnd(buffer, end) : -1;
      if (pipe && opened >= 0) {
        decoder.pushLines(buffer.toString("utf8", 0, opened));
        // The worker reads on from the edges' first record; this loop, from wherever it stopped.
        if (decoder.inEdgeRecords) position = pipe.run(decoder, position + opened);
        else position += opened;
        pipe.close();
        pipe = null;
        filled = 0;
        continue;
      }
      // A "\n" byte is never part of a multi-byte UTF-8 sequence: complete lines decode alone.
      decoder.pushLines(buffer.toString("utf8", 0, end));
      buffer.copy(buffer, 0, end, filled);
      filled -= end;
      position += end;
    }
    if (filled > 0) rejectUnfinished(decoder, file);
  } finally {
    pipe?.close();
    closeSync(fd);
  }
  return decoder.finish();
}
