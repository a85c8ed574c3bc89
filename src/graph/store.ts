// Saving and loading graph-data/graph.json (format version 2, see codec.ts): written as a stream of
// lines through a temporary file and a rename, read back in chunks, line by line, validated as it
// goes. The only file-system code of the graph core besides live.ts; it does not build or query graphs.

import { closeSync, mkdirSync, openSync, readSync, renameSync, rmSync, writeFileSync, writeSync } from "node:fs";
import path from "node:path";
import { encodeGraph, GraphDecoder } from "./codec.ts";
import { InvalidInputError, NotFoundError } from "./errors.ts";
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
  pushLines(decoder, text.slice(0, complete));
  if (complete < text.length) rejectUnfinished(decoder, source);
  return decoder.finish();
}

function pushLines(decoder: GraphDecoder, text: string): void {
  let start = 0;
  while (start < text.length) {
    const end = text.indexOf("\n", start);
    decoder.pushLine(text.slice(start, end));
    start = end + 1;
  }
}

function rejectUnfinished(decoder: GraphDecoder, source: string): never {
  throw new InvalidInputError(
    `store: line ${decoder.line + 1} of ${source} should end with a line break, found the end of the file (truncated?).`,
  );
}

let tempCounter = 0;

function tempFileFor(file: string): string {
  const directory = path.dirname(file);
  mkdirSync(directory, { recursive: true });
  return path.join(directory, `.${path.basename(file)}.${process.pid}.${tempCounter++}.tmp`);
}

/** Writes a file through a temporary file in the same directory and a rename, so readers never see half of it. */
export function writeFileAtomic(file: string, content: string | Uint8Array): void {
  const temp = tempFileFor(file);
  try {
    writeFileSync(temp, content);
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/**
 * Writes the concatenation of `parts` to `file` as UTF-8, atomically (temporary file and rename;
 * on any error the temporary file is removed and `file` is left as it was), in blocks of about
 * `chunkSize` characters, so the text never has to exist as one string. Returns the bytes written.
 */
export function writeTextAtomic(file: string, parts: Iterable<string>, options: GraphFileOptions = {}): number {
  const chunkSize = chunkSizeOf(options);
  const temp = tempFileFor(file);
  let fd: number | null = null;
  let written = 0;
  try {
    fd = openSync(temp, "w");
    let pending: string[] = [];
    let pendingSize = 0;
    const flush = (descriptor: number) => {
      const bytes = Buffer.from(pending.join(""), "utf8");
      for (let offset = 0; offset < bytes.length; ) offset += writeSync(descriptor, bytes, offset);
      written += bytes.length;
      pending = [];
      pendingSize = 0;
    };
    for (const part of parts) {
      pending.push(part);
      pendingSize += part.length;
      if (pendingSize >= chunkSize) flush(fd);
    }
    flush(fd);
    closeSync(fd);
    fd = null;
    renameSync(temp, file);
    return written;
  } catch (error) {
    if (fd !== null) closeSync(fd);
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

/**
 * Loads a graph saved by `saveGraph`, reading `file` in chunks and line by line (no string longer
 * than a chunk or a line). Throws `NotFoundError` when the file does not exist and
 * `InvalidInputError` naming the file (and the line) when it is unreadable, of another format or
 * format version than `GRAPH_FORMAT_VERSION`, truncated, or holds a malformed record.
 */
export function loadGraph(file: string, options: GraphFileOptions = {}): KnowledgeGraph {
  let buffer = Buffer.allocUnsafe(chunkSizeOf(options));
  const decoder = new GraphDecoder(file);
  const fd = openForReading(file);
  try {
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
        read = readSync(fd, buffer, filled, buffer.length - filled, null);
      } catch (error) {
        const code = error !== null && typeof error === "object" && "code" in error ? String(error.code) : "";
        throw new InvalidInputError(`store: ${file} should be readable, found ${code || String(error)}.`);
      }
      if (read === 0) break;
      filled += read;
      const end = buffer.lastIndexOf(10, filled - 1) + 1;
      if (end === 0) continue;
      // A "\n" byte is never part of a multi-byte UTF-8 sequence: complete lines decode alone.
      pushLines(decoder, buffer.toString("utf8", 0, end));
      buffer.copy(buffer, 0, end, filled);
      filled -= end;
    }
    if (filled > 0) rejectUnfinished(decoder, file);
  } finally {
    closeSync(fd);
  }
  return decoder.finish();
}
