// The live graph behind the API: loads DIR/graph.json, ingests and removes documents one at a time
// (the others are never re-extracted: their cached analyses are merged again with the new one and
// only the difference is applied to the graph in place), and persists every change as one durable
// step through the journal (journal.ts). Refuses mutations when the folder cannot reproduce its
// graph. Also the driver that writes DIR/analyses/ and DIR/graph.json after a full build.

import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { ConfigError, ConflictError, InvalidInputError, KgError, NotFoundError } from "../errors.ts";
import {
  applyMetaFile,
  type DocumentMetaFile,
  listCorpusFiles,
  loadCorpus,
  metaFileOf,
  readFileNoFollow,
  readMetaFile,
} from "../extraction/corpus.ts";
import { analyseDocument, type DocumentAnalysis, mergeAnalyses } from "../extraction/index.ts";
import { AnalysisWorker } from "../extraction/parallel.ts";
import { parseDate } from "../extraction/read/metadata.ts";
import { readDocument } from "../extraction/stages/01-read.ts";
import { CorpusMerge } from "../extraction/stages/08-merge.ts";
import type { DocumentMeta, Entity, Extraction, Relation, SourceDocument } from "../extraction/types.ts";
import {
  buildGraph,
  edgeAttributesOf,
  edgeSize,
  graphAttributesOf,
  graphDocumentOf,
  nodeAttributesOf,
} from "./build.ts";
import { encodeGraph, GraphDecoder } from "./codec.ts";
import { CompactionWorker } from "./compaction.ts";
import {
  applyJournal,
  discardJournal,
  JOURNAL_VERSION,
  type Journal,
  recoverDataDir,
  writeJournal,
} from "./journal.ts";
import { compareStrings, edgeKey, ingestedDocumentId, nodeKey } from "./keys.ts";
import { assignLocalMetrics, assignMetrics } from "./metrics.ts";
import type { KnowledgeGraph } from "./model.ts";
import { GraphIndex } from "./query.ts";
import { neighbourRanksOf } from "./ranks.ts";
import {
  DEFAULT_CHUNK_SIZE,
  loadGraph,
  saveGraph,
  syncDirectory,
  tempFileFor,
  writeFileAtomic,
  writeTextDurable,
} from "./store.ts";

/** Files and folders of a data directory. */
export const DATA_FILES = {
  documents: "documents",
  analyses: "analyses",
  extraction: "extraction.json",
  graph: "graph.json",
} as const;

/** Version of the cached analyses' format (DIR/analyses/<id>.json); another version is recomputed. */
export const ANALYSIS_CACHE_VERSION = 1;

/** Longest title or source `ingestDocument` accepts, in characters. */
export const MAX_INGEST_META_CHARS = 300;

/** Largest text `ingestDocument` accepts by default, in UTF-8 bytes (1 MiB). */
export const DEFAULT_MAX_INGEST_BYTES = 1024 * 1024;

/** Documents ingested since graph.json was written after which a compaction is due, by default. */
export const DEFAULT_COMPACT_AFTER = 1000;

/** What `prepareIngest` analyses to start the analysis worker (an article of the kind it reads). */
const WARM_UP_TEXT =
  "Trade Talks Resume\n\nUS Treasury Secretary Jane Doe met Chinese Vice Premier John Roe in Geneva on Monday to discuss tariffs and rare earth export controls.\n";

/** Milliseconds without a mutation before a due compaction runs, by default. */
export const DEFAULT_COMPACT_IDLE_MS = 2000;

/** Options of `LiveGraph.open`. */
export interface LiveGraphOptions {
  /** Largest ingested text in UTF-8 bytes (a positive integer). Default `DEFAULT_MAX_INGEST_BYTES`. */
  maxBytes?: number;
  /** Seed of the communities and the layout. Default 1, as `buildGraph`'s. */
  seed?: number;
  /**
   * When DIR/graph.json is missing, damaged or of another format version, rebuild it from
   * DIR/documents/ (see `rebuildGraphData`) instead of throwing. Default false.
   */
  rebuild?: boolean;
  /**
   * Read the folder without writing to it (`kg export` beside a running server): no recovery of an
   * unfinished change (the server's), no cache written, mutations refused. The ingests graph.json
   * lacks are replayed all the same. Default false.
   */
  readOnly?: boolean;
  /**
   * Analyse ingested documents in a worker thread, so that a long text does not block the event
   * loop (requests served meanwhile). Default true; false analyses them in this thread.
   */
  worker?: boolean;
  /**
   * Ingested documents not yet in graph.json after which a compaction is due (see `compact`): it
   * runs once no mutation came for `compactIdleMs`, or at once past four times this many. A
   * positive integer; default `DEFAULT_COMPACT_AFTER`.
   */
  compactAfter?: number;
  /** Milliseconds without a mutation before a due compaction runs. Default `DEFAULT_COMPACT_IDLE_MS`. */
  compactIdleMs?: number;
}

/** A document to ingest. */
export interface IngestInput {
  /** The article's text (plain text, Markdown or HTML, as a file of the corpus would hold). */
  text: string;
  /**
   * Title: any single line of at most `MAX_INGEST_META_CHARS` characters, stored as given in the
   * document's sidecar (DIR/documents/<id>.meta.json), never added to the text. Default: what the
   * reader finds in the text (its headline).
   */
  title?: string;
  /** Outlet, stored like the title. Default: what the reader finds in the text. */
  source?: string;
  /** Publication date, ISO YYYY-MM-DD, stored like the title. Default: what the reader finds in the text. */
  date?: string;
}

/** What an ingestion changed. Node and edge keys, sorted. */
export interface IngestResult {
  document: DocumentMeta;
  addedNodes: string[];
  updatedNodes: string[];
  addedEdges: string[];
  updatedEdges: string[];
  /** Nodes and edges the new merge no longer has (an entity merged into another one, a relation re-keyed). */
  removedNodes: string[];
  removedEdges: string[];
}

/** What a removal changed. Node and edge keys, sorted. */
export interface RemoveResult {
  removedNodes: string[];
  removedEdges: string[];
  updatedNodes: string[];
}

/** The difference applied to a graph by `applyExtraction`. Keys, sorted. */
export interface GraphDiff {
  addedNodes: string[];
  updatedNodes: string[];
  removedNodes: string[];
  addedEdges: string[];
  updatedEdges: string[];
  removedEdges: string[];
}

interface CachedAnalysis {
  version: number;
  /** SHA-256 of the document file's bytes the analysis was made from. */
  sha256: string;
  analysis: DocumentAnalysis;
  /**
   * For a live ingest: its place in the order of ingestion since graph.json was last written. A
   * document under DIR/documents/ that graph.json lacks is replayed at open, in this order, when
   * its cached analysis has one and matches its bytes (an acknowledged ingest not yet compacted).
   */
  seq?: number;
}

interface CorpusEntry {
  id: string;
  file: string;
  sha256: string;
  analysis: DocumentAnalysis;
  /** The cleaned text, when it was read (else the graph's copy is used). */
  text?: string;
}

function sha256(bytes: Uint8Array | string): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/**
 * What a cached analysis is keyed by: the SHA-256 of the document file's bytes, followed by its
 * sidecar's bytes when it has one (the metadata changes the analysis' document).
 */
function fingerprintOf(bytes: Uint8Array, metaBytes: Uint8Array | null): string {
  if (metaBytes === null) return sha256(bytes);
  return createHash("sha256").update(bytes).update("\0meta\0").update(metaBytes).digest("hex");
}

function cachedAnalysisText(sha: string, analysis: DocumentAnalysis, seq?: number): string {
  const cached: CachedAnalysis = {
    version: ANALYSIS_CACHE_VERSION,
    sha256: sha,
    analysis,
    ...(seq !== undefined ? { seq } : {}),
  };
  return `${JSON.stringify(cached)}\n`;
}

/** The extraction as `kg extract --json` writes it: five arrays, 2-space indentation, final newline. */
export function serializeExtraction(extraction: Extraction): string {
  const { documents, entities, relations, statements, merges } = extraction;
  return `${JSON.stringify({ documents, entities, relations, statements, merges }, null, 2)}\n`;
}

function analysisFile(dataDir: string, id: string): string {
  return path.join(dataDir, DATA_FILES.analyses, `${id}.json`);
}

function writeAnalysis(dataDir: string, id: string, sha: string, analysis: DocumentAnalysis): void {
  writeFileAtomic(analysisFile(dataDir, id), cachedAnalysisText(sha, analysis));
}

function readCachedAnalysis(dataDir: string, id: string, sha: string): DocumentAnalysis | null {
  return readCachedEntry(dataDir, id, sha)?.analysis ?? null;
}

/** The cache entry of document `id` when it is of this version and made from bytes of SHA-256 `sha`. */
function readCachedEntry(dataDir: string, id: string, sha: string): CachedAnalysis | null {
  const file = analysisFile(dataDir, id);
  if (!existsSync(file)) return null;
  try {
    const cached = JSON.parse(readFileSync(file, "utf8")) as Partial<CachedAnalysis>;
    if (cached.version !== ANALYSIS_CACHE_VERSION || cached.sha256 !== sha || !cached.analysis) return null;
    return cached as CachedAnalysis;
  } catch {
    // A damaged cache entry is only a cache miss: the document is analysed again.
    return null;
  }
}

function documentId(file: string): string {
  const name = path.basename(file);
  return name.replace(/\.[^.]*$/, "") || name;
}

/** A difference with nothing in it yet. */
function emptyDiff(): GraphDiff {
  return { addedNodes: [], updatedNodes: [], removedNodes: [], addedEdges: [], updatedEdges: [], removedEdges: [] };
}

/**
 * Adds the entity's node (x and y NaN, for the metrics to place) or replaces its content, keeping
 * its metrics and position; records which in `diff` (with `onlyChanged`, an unchanged node is left
 * alone and not recorded).
 */
function putNode(graph: KnowledgeGraph, key: string, entity: Entity, diff: GraphDiff, onlyChanged: boolean): void {
  const fresh = nodeAttributesOf(entity);
  if (!graph.hasNode(key)) {
    graph.addNode(key, fresh);
    diff.addedNodes.push(key);
    return;
  }
  const current = graph.getNodeAttributes(key);
  const { label, name, type, aliases, mentionCount, documents, mentions, attributes } = fresh;
  const content = { label, name, type, aliases, mentionCount, documents, mentions, attributes };
  if (onlyChanged) {
    const before = {
      label: current.label,
      name: current.name,
      type: current.type,
      aliases: current.aliases,
      mentionCount: current.mentionCount,
      documents: current.documents,
      mentions: current.mentions,
      attributes: current.attributes,
    };
    if (JSON.stringify(before) === JSON.stringify(content)) return;
  }
  graph.replaceNodeAttributes(key, { ...current, ...content });
  diff.updatedNodes.push(key);
}

/** Adds the relation's edge or replaces its attributes; records which in `diff` (as `putNode`). */
function putEdge(graph: KnowledgeGraph, key: string, relation: Relation, diff: GraphDiff, onlyChanged: boolean): void {
  const fresh = edgeAttributesOf(relation);
  if (!graph.hasEdge(key)) {
    graph.addDirectedEdgeWithKey(key, relation.source, relation.target, fresh);
    diff.addedEdges.push(key);
  } else if (!onlyChanged || JSON.stringify(graph.getEdgeAttributes(key)) !== JSON.stringify(fresh)) {
    graph.replaceEdgeAttributes(key, fresh);
    diff.updatedEdges.push(key);
  }
}

/**
 * Brings an existing node up to `entity` when the entity only grew since the node was made (its
 * first `mentionCount` mentions are the node's): the new mentions and documents appended in place,
 * names and attributes replaced. False (nothing done) when the node is missing or does not match.
 */
function appendToNode(graph: KnowledgeGraph, key: string, entity: Entity, diff: GraphDiff): boolean {
  if (!graph.hasNode(key)) return false;
  const current = graph.getNodeAttributes(key);
  const known = current.mentions.length;
  if (current.mentionCount !== known || entity.mentions.length < known) return false;
  const fresh = nodeAttributesOf({ ...entity, mentions: entity.mentions.slice(known) });
  for (const mention of fresh.mentions) current.mentions.push(mention);
  const documents = new Set(current.documents);
  const added = fresh.documents.filter((document) => !documents.has(document));
  const { label, name, type, aliases, attributes } = fresh;
  graph.replaceNodeAttributes(key, {
    ...current,
    label,
    name,
    type,
    aliases,
    attributes,
    mentionCount: current.mentions.length,
    mentions: current.mentions,
    documents: added.length > 0 ? [...current.documents, ...added].sort() : current.documents,
  });
  diff.updatedNodes.push(key);
  return true;
}

/**
 * Brings an existing edge up to `relation` when its evidence only grew (the edge's evidence is the
 * relation's first pieces): the new evidence appended in place, the rest replaced. False (nothing
 * done) when the edge is missing or does not match.
 */
function appendToEdge(graph: KnowledgeGraph, key: string, relation: Relation, diff: GraphDiff): boolean {
  if (!graph.hasEdge(key)) return false;
  const current = graph.getEdgeAttributes(key);
  const known = current.evidence.length;
  if (relation.evidence.length < known) return false;
  // The other attributes are computed from the relation itself (its last piece of evidence stands
  // in for the list, which is appended to instead).
  const fresh = edgeAttributesOf({ ...relation, evidence: relation.evidence.slice(-1) });
  for (const evidence of relation.evidence.slice(known)) current.evidence.push({ ...evidence });
  graph.replaceEdgeAttributes(key, { ...fresh, evidence: current.evidence, size: edgeSize(current.evidence.length) });
  diff.updatedEdges.push(key);
  return true;
}

/**
 * Applies an extraction to a graph in place: drops the nodes and edges it no longer has, adds the
 * new ones (x and y NaN, for `assignMetrics` with `keepPositions`), replaces the content of those
 * that changed (keeping their metrics and positions) and replaces the graph attributes. Metrics
 * are not recomputed here. Returns what changed; a change of metrics alone is no change.
 */
export function applyExtraction(
  graph: KnowledgeGraph,
  extraction: Extraction,
  texts: ReadonlyMap<string, string>,
  builtAt: string,
): GraphDiff {
  const diff = emptyDiff();
  const nodes = new Map(extraction.entities.map((entity) => [nodeKey(entity), entity]));
  const edges = new Map(extraction.relations.map((relation) => [edgeKey(relation), relation]));
  for (const key of graph.edges()) {
    if (!edges.has(key)) {
      graph.dropEdge(key);
      diff.removedEdges.push(key);
    }
  }
  for (const key of graph.nodes()) {
    if (!nodes.has(key)) {
      graph.dropNode(key);
      diff.removedNodes.push(key);
    }
  }
  for (const [key, entity] of nodes) putNode(graph, key, entity, diff, true);
  for (const [key, relation] of edges) putEdge(graph, key, relation, diff, true);
  const documents = extraction.documents.map((document) => ({ id: document.id, text: texts.get(document.id) ?? "" }));
  graph.replaceAttributes(graphAttributesOf(extraction, documents, builtAt));
  for (const list of Object.values(diff)) list.sort(compareStrings);
  return diff;
}

/** What a compaction folds in, as `LiveGraph.compact` snapshots it: the input of `compactGraphData`. */
export interface CompactionInput {
  /** The data directory, whose DIR/analyses/ holds the cached analyses. */
  dataDir: string;
  /**
   * Every document, in corpus order: the fingerprint its cached analysis (DIR/analyses/<id>.json)
   * must carry, or the analysis itself (given when the cache may not hold it).
   */
  documents: { id: string; sha256: string; analysis?: DocumentAnalysis }[];
  /** Each document's cleaned text, by id. */
  texts: [string, string][];
  /** The live graph's node positions when the snapshot was taken: the layout keeps them. */
  positions: { keys: string[]; x: Float64Array; y: Float64Array };
  /** Recorded as the graph's `builtAt`. */
  builtAt: string;
  /** Seed of the communities and the layout. */
  seed: number;
}

/** What `compactGraphData` computes: the bytes of the files a compaction writes. */
export interface CompactionResult {
  /** The bytes of graph.json, in blocks (UTF-8, concatenated in order). */
  graph: Uint8Array[];
  /** The bytes of extraction.json. */
  extraction: Uint8Array;
  /** The ids of the documents folded in, in the extraction's order. */
  documents: string[];
}

/**
 * The heavy half of a compaction, with no state of its own (it runs in a worker thread, see
 * compaction.ts, or in this one with `worker: false`): every document's analysis (read from the
 * cache unless given) merged in corpus order, extraction.json's text, and the graph `buildGraph`
 * makes of that extraction with the given positions kept and every metric recomputed, encoded as
 * graph.json. Throws `KgError` when a cached analysis is missing or was
 * made from other bytes (the folder changed since the snapshot).
 */
export function compactGraphData(input: CompactionInput): CompactionResult {
  const analyses = input.documents.map((document) => {
    if (document.analysis) return document.analysis;
    const cached = readCachedEntry(input.dataDir, document.id, document.sha256);
    if (cached === null) {
      throw new KgError(
        `live: the cached analysis of "${document.id}" should be the one of its document, found none or another (the folder changed during the compaction).`,
      );
    }
    return cached.analysis;
  });
  const extraction = CorpusMerge.of(analyses).extraction();
  const encoder = new TextEncoder();
  const extractionBytes = encoder.encode(serializeExtraction(extraction));
  const { keys, x, y } = input.positions;
  const positions = new Map(keys.map((key, i) => [key, i]));
  const graph = buildGraph(
    extraction,
    input.texts.map(([id, text]) => ({ id, text })),
    {
      builtAt: input.builtAt,
      seed: input.seed,
      positions: (key) => {
        const at = positions.get(key);
        return at === undefined ? undefined : { x: x[at]!, y: y[at]! };
      },
    },
  );
  return {
    graph: utf8Blocks(encodeGraph(graph), encoder),
    extraction: extractionBytes,
    documents: extraction.documents.map((document) => document.id),
  };
}

/** A turn of the event loop (what work done in slices awaits between them). */
function turn(): Promise<void> {
  return new Promise((resume) => setImmediate(resume));
}

/** Milliseconds `decodeGraphInSlices` works before it lets the event loop turn. */
const DECODE_SLICE_MS = 10;

/**
 * The graph of graph.json's bytes (`CompactionResult.graph`: blocks of whole lines), decoded a
 * slice of lines at a time with a turn of the event loop between slices, so that requests are
 * answered meanwhile. Throws `InvalidInputError` as `loadGraph` does.
 */
async function decodeGraphInSlices(blocks: readonly Uint8Array[], source: string): Promise<KnowledgeGraph> {
  const decoder = new GraphDecoder(source);
  let deadline = performance.now() + DECODE_SLICE_MS;
  let lines = 0;
  for (const block of blocks) {
    const text = Buffer.from(block.buffer, block.byteOffset, block.byteLength).toString("utf8");
    let start = 0;
    while (start < text.length) {
      let end = text.indexOf("\n", start);
      // A block holds whole lines: a text without its last line break is rejected by `finish`.
      if (end < 0) end = text.length;
      decoder.pushLine(text.slice(start, end));
      start = end + 1;
      if (++lines % 256 === 0 && performance.now() >= deadline) {
        await turn();
        deadline = performance.now() + DECODE_SLICE_MS;
      }
    }
  }
  return decoder.finish();
}

/** The UTF-8 bytes of the concatenated `parts`, in blocks of about `DEFAULT_CHUNK_SIZE` characters. */
function utf8Blocks(parts: Iterable<string>, encoder: TextEncoder): Uint8Array[] {
  const blocks: Uint8Array[] = [];
  let pending: string[] = [];
  let size = 0;
  for (const part of parts) {
    pending.push(part);
    size += part.length;
    if (size >= DEFAULT_CHUNK_SIZE) {
      blocks.push(encoder.encode(pending.join("")));
      pending = [];
      size = 0;
    }
  }
  if (pending.length > 0) blocks.push(encoder.encode(pending.join("")));
  return blocks;
}

/** Options of `buildGraphData` and `rebuildGraphData`. */
export interface BuildGraphDataOptions {
  /** Recorded as the graph's `builtAt` (default: now). */
  builtAt?: string;
  /** Seed of the communities and the layout. */
  seed?: number;
  /**
   * Ids of the documents whose analysis came from DIR/analyses/ unchanged (`cachedAnalysisOf`):
   * their cache entries are already right and are not written again.
   */
  cached?: ReadonlySet<string>;
}

/** A document file's bytes and its sidecar's, as read once by the caller. */
export interface DocumentFileBytes {
  bytes: Uint8Array;
  metaBytes: Uint8Array | null;
}

/**
 * The cached analysis of a document of DIR/documents/ (`document.fileName`), when DIR/analyses/
 * holds one for the file's current bytes and sidecar (`files`, as the caller read them; read here
 * when not given); null otherwise (no entry, another version, another file content, a damaged
 * entry). The caller decides whether the extraction code that wrote it is the current one
 * (`kg build` compares its manifest's extractor hash).
 */
export function cachedAnalysisOf(
  dataDir: string,
  document: SourceDocument,
  files?: DocumentFileBytes,
): DocumentAnalysis | null {
  let read = files;
  if (!read) {
    const file = path.join(dataDir, DATA_FILES.documents, document.fileName);
    if (!existsSync(file)) return null;
    read = { bytes: readFileSync(file), metaBytes: readMetaFile(file)?.bytes ?? null };
  }
  const analysis = readCachedAnalysis(dataDir, document.id, fingerprintOf(read.bytes, read.metaBytes));
  return analysis && analysis.document.id === document.id ? analysis : null;
}

/**
 * The driver of a full build, after the extraction: writes DIR/analyses/<id>.json (one cached
 * analysis per document, keyed by the SHA-256 of its file, dropping the entries of documents that
 * are gone; those in `options.cached` are already right), builds the graph and writes DIR/graph.json. `analyses` and `documents` are in corpus
 * order, one per document (`documents[i].fileName` names the file under DIR/documents/).
 * DIR/extraction.json is the caller's (`kg build` writes it with the manifest). Returns the graph.
 */
export async function buildGraphData(
  dataDir: string,
  extraction: Extraction,
  analyses: DocumentAnalysis[],
  documents: SourceDocument[],
  options: BuildGraphDataOptions = {},
): Promise<KnowledgeGraph> {
  if (analyses.length !== documents.length) {
    throw new ConfigError(
      `live: analyses should be one per document, found ${analyses.length} for ${documents.length} documents.`,
    );
  }
  const kept = new Set<string>();
  documents.forEach((document, i) => {
    const analysis = analyses[i]!;
    if (analysis.document.id !== document.id) {
      throw new ConfigError(
        `live: analyses should be in the documents' order, found "${analysis.document.id}" for "${document.id}".`,
      );
    }
    kept.add(`${document.id}.json`);
    if (options.cached?.has(document.id)) return;
    const file = path.join(dataDir, DATA_FILES.documents, document.fileName);
    const sidecar = readMetaFile(file);
    writeAnalysis(dataDir, document.id, fingerprintOf(readFileSync(file), sidecar?.bytes ?? null), analysis);
  });
  const analysesDir = path.join(dataDir, DATA_FILES.analyses);
  if (existsSync(analysesDir)) {
    for (const name of readdirSync(analysesDir)) {
      if (name.endsWith(".json") && !kept.has(name)) rmSync(path.join(analysesDir, name), { force: true });
    }
  }
  const graph = buildGraph(extraction, documents, options);
  saveGraph(graph, path.join(dataDir, DATA_FILES.graph));
  return graph;
}

/**
 * Extracts DIR/documents/ from scratch (every document read and analysed in this thread, the
 * cache ignored) and writes DIR/extraction.json, DIR/analyses/ and DIR/graph.json. Unreadable
 * files are skipped, as `loadCorpus` does. Returns the extraction and the graph.
 */
export async function rebuildGraphData(
  dataDir: string,
  options: BuildGraphDataOptions = {},
): Promise<{ extraction: Extraction; graph: KnowledgeGraph }> {
  const { documents } = await loadCorpus([path.join(dataDir, DATA_FILES.documents)]);
  const analyses = documents.map(analyseDocument);
  const extraction = mergeAnalyses(analyses);
  writeFileAtomic(path.join(dataDir, DATA_FILES.extraction), serializeExtraction(extraction));
  const graph = await buildGraphData(dataDir, extraction, analyses, documents, options);
  return { extraction, graph };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A title, source or date as given: trimmed, one line, at most `MAX_INGEST_META_CHARS`; blank is none. */
function metaField(value: string | undefined | null, what: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string") {
    throw new InvalidInputError(`ingest: ${what} should be a string, found ${typeof value}.`);
  }
  const line = value.trim();
  if (line === "") return undefined;
  if (/[\r\n\u2028\u2029]/.test(line)) {
    throw new InvalidInputError(
      `ingest: ${what} should be a single line, found ${line.split(/\r\n?|\n/).length} lines.`,
    );
  }
  if (line.length > MAX_INGEST_META_CHARS) {
    throw new InvalidInputError(
      `ingest: ${what} should be at most ${MAX_INGEST_META_CHARS} characters, found ${line.length}.`,
    );
  }
  return line;
}

/** `entries` in corpus order: by file name, as `kg build` reads the folder. */
function corpusOrder(entries: readonly CorpusEntry[]): CorpusEntry[] {
  return [...entries].sort((a, b) => compareStrings(path.basename(a.file), path.basename(b.file)));
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function preview(ids: readonly string[]): string {
  const shown = ids.slice(0, 3).map((id) => `"${id}"`);
  return ids.length > 3 ? `${shown.join(", ")} and ${ids.length - 3} more` : shown.join(", ");
}

/** A file a mutation writes: staged as a temporary file, renamed onto `target` at commit. */
interface StagedFile {
  target: string;
  content: string | Uint8Array;
}

/** What a compaction took at its start (see `LiveGraph.compact`). */
interface CompactionSnapshot {
  /** The live graph's epoch then: a removal since changes it, and the result is dropped. */
  epoch: number;
  /** The ingests pending then (those the compaction folds in). */
  pending: string[];
  /** The graph's documents then. */
  documents: string[];
  /** The analyses of `input.documents`, in the same order (this thread's copies). */
  analyses: DocumentAnalysis[];
  input: CompactionInput;
}

/** A document ready to ingest: its files' contents and what the reader makes of them. */
interface ComposedDocument {
  id: string;
  bytes: Buffer;
  metaBytes: Buffer | null;
  document: SourceDocument;
}

/**
 * The graph of a data directory, kept in memory and on disk in step. Mutations run one at a time,
 * in call order, each as one durable step (journal, staged files, commit); reads (`graph`,
 * `index`) always see a whole state. When the folder cannot reproduce the graph, mutations are
 * refused (`ConflictError`) and reads keep working.
 */
export class LiveGraph {
  /** The data directory: documents/, analyses/, extraction.json, graph.json. */
  readonly dataDir: string;
  private readonly liveGraph: KnowledgeGraph;
  private readonly liveIndex: GraphIndex;
  private readonly options: Required<Pick<LiveGraphOptions, "maxBytes" | "seed" | "compactAfter" | "compactIdleMs">>;
  private readonly worker: AnalysisWorker | null;
  /** Runs a compaction's heavy half off the event loop (null with `worker: false`: in this thread). */
  private readonly compactor: CompactionWorker | null;
  private queue: Promise<unknown> = Promise.resolve();
  /** Compactions run one after the other: the last one asked for. */
  private compacting: Promise<unknown> = Promise.resolve();
  /** A compaction is running (a due one is not scheduled meanwhile). */
  private compactionRunning = false;
  /**
   * Counts the changes that replace the live graph's state wholesale (a removal, a reload): a
   * compaction whose snapshot is older than one of them is dropped.
   */
  private epoch = 0;
  /** Documents whose analysis could not be saved to DIR/analyses/ (a compaction worker is given it). */
  private readonly unsaved = new Set<string>();
  /** Analyses already read or made, by document id, with the fingerprint of the files they belong to. */
  private readonly analyses = new Map<string, { sha256: string; analysis: DocumentAnalysis }>();
  /** Why mutations are refused, or null. */
  private refusal: string | null = null;
  /**
   * The cross-document merge behind the live graph (graph.json's documents, then the ingests since),
   * which an ingest extends; made at the first ingest (or at open, to replay ingests), dropped when
   * it may no longer match the graph.
   */
  private merge: CorpusMerge | null = null;
  /** Documents of the graph that graph.json does not hold yet: ingested since it was written. */
  private pendingIds: string[] = [];
  /** The `seq` of the next ingest (see `CachedAnalysis.seq`). */
  private nextSeq = 1;
  private compactTimer: NodeJS.Timeout | null = null;
  /** Opened with `readOnly`: nothing is written to the folder. */
  private readOnly = false;

  private constructor(
    dataDir: string,
    graph: KnowledgeGraph,
    options: Required<Pick<LiveGraphOptions, "maxBytes" | "seed" | "compactAfter" | "compactIdleMs">>,
    worker: boolean,
  ) {
    this.dataDir = dataDir;
    this.liveGraph = graph;
    this.liveIndex = new GraphIndex(graph);
    this.options = options;
    this.worker = worker ? new AnalysisWorker() : null;
    this.compactor = worker ? new CompactionWorker() : null;
  }

  /**
   * Recovers the data directory from an interrupted mutation (see `recoverDataDir`: an unfinished
   * journal rolled forward or back, temporary files removed), then loads DIR/graph.json (written by
   * `kg build`) and checks that DIR/documents/ holds exactly the graph's documents (else mutations
   * are refused, see `mutationsRefused`). Throws `NotFoundError` when graph.json is missing and
   * `InvalidInputError` when it is damaged or of another version, unless `rebuild` is set.
   */
  static async open(dataDir: string, options: LiveGraphOptions = {}): Promise<LiveGraph> {
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_INGEST_BYTES;
    const seed = options.seed ?? 1;
    if (!Number.isInteger(maxBytes) || maxBytes <= 0) {
      throw new ConfigError(`live: maxBytes should be a positive integer, found ${String(maxBytes)}.`);
    }
    if (!Number.isInteger(seed)) throw new ConfigError(`live: seed should be an integer, found ${String(seed)}.`);
    const compactAfter = options.compactAfter ?? DEFAULT_COMPACT_AFTER;
    if (!Number.isInteger(compactAfter) || compactAfter <= 0) {
      throw new ConfigError(`live: compactAfter should be a positive integer, found ${String(compactAfter)}.`);
    }
    const compactIdleMs = options.compactIdleMs ?? DEFAULT_COMPACT_IDLE_MS;
    if (!Number.isFinite(compactIdleMs) || compactIdleMs < 0) {
      throw new ConfigError(`live: compactIdleMs should be a non-negative number, found ${String(compactIdleMs)}.`);
    }
    if (!options.readOnly) recoverDataDir(dataDir);
    const file = path.join(dataDir, DATA_FILES.graph);
    let graph: KnowledgeGraph;
    try {
      graph = loadGraph(file);
    } catch (error) {
      if (!options.rebuild || !(error instanceof NotFoundError || error instanceof InvalidInputError)) throw error;
      graph = (await rebuildGraphData(dataDir, { seed })).graph;
    }
    const live = new LiveGraph(dataDir, graph, { maxBytes, seed, compactAfter, compactIdleMs }, options.worker ?? true);
    live.readOnly = options.readOnly ?? false;
    live.refusal = await live.replayIngests();
    if (live.readOnly) live.refusal ??= `live: ${dataDir} was opened read-only; mutations are refused.`;
    return live;
  }

  /** The live graph. Mutated in place by `ingestDocument` and `removeDocument`. */
  get graph(): KnowledgeGraph {
    return this.liveGraph;
  }

  /** The name index of the live graph, kept up to date with it. */
  get index(): GraphIndex {
    return this.liveIndex;
  }

  /**
   * Why mutations are refused (the message of the `ConflictError` they throw), or null when they
   * are allowed: the data folder cannot reproduce the graph, or a change could not be saved.
   */
  get mutationsRefused(): string | null {
    return this.refusal;
  }

  /**
   * Documents of the graph ingested since graph.json was last written (their files and analyses
   * are saved; graph.json and extraction.json catch up at the next compaction).
   */
  get pendingDocuments(): readonly string[] {
    return this.pendingIds;
  }

  /**
   * Stops the analysis worker, if one was started, the compaction worker, if one is running (its
   * compaction rejects, nothing written), and the timer of a due compaction (the ingests it would
   * have folded in are saved and replayed at the next open). The graph stays readable; a later
   * ingest starts the worker again.
   */
  async close(): Promise<void> {
    this.clearCompactTimer();
    await Promise.all([this.worker?.close(), this.compactor?.close()]);
  }

  /**
   * Makes ingests cheap from the first one: reads every document's cached analysis (analysing the
   * documents that have none) and merges them, as the first ingest would otherwise do, and starts
   * the analysis worker. Checks the folder like a mutation (refused: `ConflictError`).
   */
  async prepareIngest(): Promise<void> {
    await this.exclusive(async () => {
      this.assertMutable();
      await this.mergeState();
    });
    // The analysis worker started (and its code compiled) ahead of the first ingest too, outside
    // the queue of mutations: a removal or an answer of NOT_FOUND does not wait for it.
    await this.analyse(readDocument("warm-up.txt", Buffer.from(WARM_UP_TEXT, "utf8")));
  }

  /**
   * Rewrites graph.json and extraction.json from every document's analysis, in one durable step, and
   * recomputes every metric (PageRank, communities, layout with positions kept): afterwards the
   * graph equals a build of the folder, positions aside. Ingests only add to the graph and
   * save their own files (see `ingestDocument`); this folds them in. Runs on its own when
   * `compactAfter` ingests are pending. Resolves to the number of documents folded in (0: nothing
   * to do, or the result was dropped, see below). Throws `ConflictError` when mutations are refused.
   *
   * The heavy half (merge, extraction, metrics, encoding: `compactGraphData`) runs in a worker
   * thread unless `worker` is false: the queue of mutations only takes a snapshot at the start (the
   * documents, their texts, the node positions) and lands the result at the end, so that queries,
   * ingests and removals are served meanwhile. Landing saves both files through the journal, loads
   * the live graph from the new graph.json and merges in again the ingests acknowledged since the
   * snapshot (as a failed change's roll-back does). A removal since the snapshot drops the result
   * (the removal merged every document again). Compactions run one at a time, in call order.
   */
  compact(): Promise<number> {
    // None running: the snapshot takes its place in the queue of mutations now, in call order.
    const run = this.compactionRunning ? this.compacting.then(() => this.runCompaction()) : this.runCompaction();
    this.compacting = run.catch(() => undefined);
    return run;
  }

  private async runCompaction(): Promise<number> {
    this.compactionRunning = true;
    let folded: number;
    try {
      const compactor = this.compactor;
      if (compactor === null) {
        folded = await this.exclusive(async () => {
          const snapshot = await this.snapshotForCompaction();
          return snapshot === null ? 0 : this.landCompaction(snapshot, compactGraphData(snapshot.input));
        });
      } else {
        const snapshot = await this.exclusive(() => this.snapshotForCompaction());
        if (snapshot === null) return 0;
        let result: CompactionResult | null;
        try {
          result = await compactor.run(snapshot.input);
        } catch (error) {
          // A removal since the snapshot deletes a cached analysis the worker may have wanted.
          if (this.epoch === snapshot.epoch) throw error;
          result = null;
        }
        if (result === null) folded = 0;
        else {
          // What this thread needs of the result, made before landing in slices between other work:
          // the new graph, decoded, and the merge the next ingests extend (that of graph.json's documents).
          const graph = await decodeGraphInSlices(result.graph, "the compacted graph");
          const merge = await CorpusMerge.ofInSlices(snapshot.analyses, turn);
          folded = await this.exclusive(async () => this.landCompaction(snapshot, result, { graph, merge }));
        }
      }
    } finally {
      this.compactionRunning = false;
    }
    // Ingests that came during the compaction may make another one due.
    this.scheduleCompaction();
    return folded;
  }

  /** A compaction's start, in the queue: what `compactGraphData` needs (null: nothing pending). */
  private async snapshotForCompaction(): Promise<CompactionSnapshot | null> {
    this.clearCompactTimer();
    this.assertMutable();
    const pending = [...this.pendingIds];
    if (pending.length === 0) return null;
    const entries = await this.corpus();
    this.assertReproducible(entries);
    const sorted = corpusOrder(entries);
    const texts = this.texts(sorted);
    const keys: string[] = [];
    const x = new Float64Array(this.liveGraph.order);
    const y = new Float64Array(this.liveGraph.order);
    this.liveGraph.forEachNode((key, attributes) => {
      x[keys.length] = attributes.x;
      y[keys.length] = attributes.y;
      keys.push(key);
    });
    // In this thread the analyses in memory are used; a worker reads them from the cache (copying
    // them through a message would cost this thread as much as the merge).
    const inline = this.compactor === null;
    return {
      epoch: this.epoch,
      pending,
      documents: this.liveGraph.getAttribute("documents").map((document) => document.id),
      analyses: sorted.map((entry) => entry.analysis),
      input: {
        dataDir: this.dataDir,
        documents: sorted.map((entry) => ({
          id: entry.id,
          sha256: entry.sha256,
          ...(inline || this.unsaved.has(entry.id) ? { analysis: entry.analysis } : {}),
        })),
        texts: [...texts],
        positions: { keys, x, y },
        builtAt: new Date().toISOString(),
        seed: this.options.seed,
      },
    };
  }

  /**
   * A compaction's end, in the queue: drops the result when a removal came since the snapshot, else
   * saves both files through the journal, loads the live graph from the new graph.json (`made`,
   * when given: its content already decoded, and the merge of its documents) and merges in again
   * the ingests acknowledged since the snapshot. Returns the number of documents folded in.
   */
  private landCompaction(
    snapshot: CompactionSnapshot,
    result: CompactionResult,
    made?: { graph: KnowledgeGraph; merge: CorpusMerge },
  ): number {
    this.assertMutable();
    if (this.epoch !== snapshot.epoch) return 0;
    this.assertKeeps(snapshot.documents, new Set(result.documents));
    // Only ingests came since the snapshot (a removal changes the epoch): they follow its pending ones.
    const later = this.pendingIds.slice(snapshot.pending.length);
    const texts = new Map(this.liveGraph.getAttribute("documents").map((document) => [document.id, document.text]));
    this.persist(
      {
        op: "compact",
        document: "*",
        files: [{ target: path.join(this.dataDir, DATA_FILES.extraction), content: result.extraction }],
        deletes: [],
      },
      {
        before: texts,
        write: () => result.graph,
        committed: () => {
          this.pendingIds = later;
        },
      },
    );
    try {
      this.reload(texts, made?.graph, made?.merge);
    } catch (error) {
      this.refuse(
        `live: the compacted graph should have been loaded, found ${describeError(error)}; mutations are refused until the server restarts.`,
      );
    }
    // In this thread: the merge the next ingest extends, made now in a task of its own.
    void this.exclusive(async () => {
      if (this.merge === null && this.refusal === null) this.rebuildMerge();
    }).catch(() => undefined);
    void this.warmNeighbourRanks();
    return snapshot.pending.length;
  }

  /**
   * Builds the name index if it is not up to date (GraphIndex builds it on first use otherwise: at
   * once, so that the first search does not wait for it), then ranks the neighbours of the graph's
   * hubs ahead of their first query (ranks.ts), in slices between other work; a change of the graph
   * drops them, and `commit` starts this again. Resolves to the number of nodes ranked; never rejects.
   */
  warmNeighbourRanks(): Promise<number> {
    this.liveIndex.warm();
    return neighbourRanksOf(this.liveGraph)
      .warm()
      .catch(() => 0);
  }

  /**
   * Adds a document: validates it (`InvalidInputError` for an empty or oversized text, a bad date,
   * or a title/source that is not one line of at most `MAX_INGEST_META_CHARS`), analyses it (in a
   * worker thread unless `worker` is false), merges it with the cached analyses of the other
   * documents, applies the difference to the graph (existing nodes keep their positions) and saves
   * everything in one durable step: DIR/documents/<id>.txt (id `ingest_` + content hash; the text
   * as given), DIR/documents/<id>.meta.json (title, source, date when given), its analysis,
   * extraction.json and graph.json. On any failure nothing is left behind. Ingesting the same
   * content twice changes nothing the second time. Throws `ConflictError` when mutations are refused.
   */
  ingestDocument(input: IngestInput): Promise<IngestResult> {
    return this.exclusive(() => this.ingest(input));
  }

  /**
   * Removes a document (its file, sidecar and cached analysis), merges the others again and applies
   * the difference, in one durable step. Throws `NotFoundError` for an unknown document id and
   * `ConflictError` when mutations are refused.
   */
  removeDocument(id: string): Promise<RemoveResult> {
    return this.exclusive(() => this.remove(id));
  }

  private exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private refuse(reason: string): never {
    this.refusal ??= reason;
    throw new ConflictError(this.refusal);
  }

  /** Refuses mutations (throws) when a change's result would not keep every one of the graph's `documents`. */
  private assertKeeps(documents: readonly string[], kept: ReadonlySet<string>): void {
    const dropped = documents.filter((id) => !kept.has(id));
    if (dropped.length > 0) {
      this.refuse(
        `live: a change should keep every other document of the graph, found ${dropped.length} it would drop (${preview(dropped)}); mutations are refused, run \`kg build\` on the folder.`,
      );
    }
  }

  private assertMutable(): void {
    if (this.refusal !== null) throw new ConflictError(this.refusal);
  }

  /** Compares the ids under DIR/documents/ with the graph's documents: the reason to refuse mutations, or null. */
  private async checkDocumentFiles(): Promise<string | null> {
    const directory = path.join(this.dataDir, DATA_FILES.documents);
    const files = existsSync(directory) ? await listCorpusFiles([directory]) : [];
    return this.mismatch(new Set(files.map(documentId)), []);
  }

  /**
   * At open: the documents under DIR/documents/ that graph.json lacks but whose cached analysis
   * matches their bytes and carries a `seq` are acknowledged ingests not yet compacted: they are
   * merged into the graph again, in their order, exactly as when they were ingested. Then the
   * folder is checked (the reason to refuse mutations, or null).
   */
  private async replayIngests(): Promise<string | null> {
    const directory = path.join(this.dataDir, DATA_FILES.documents);
    const files = existsSync(directory) ? await listCorpusFiles([directory]) : [];
    const known = new Set(this.liveGraph.getAttribute("documents").map((document) => document.id));
    const replays: { id: string; seq: number; text: string }[] = [];
    for (const file of files) {
      const id = documentId(file);
      if (known.has(id)) continue;
      try {
        const bytes = readFileNoFollow(file);
        const sidecar = readMetaFile(file);
        const entry = readCachedEntry(this.dataDir, id, fingerprintOf(bytes, sidecar?.bytes ?? null));
        if (entry?.seq === undefined || entry.analysis.document.id !== id) continue;
        // Remembered, so that `corpus` below does not read and parse this analysis again.
        this.analyses.set(id, { sha256: entry.sha256, analysis: entry.analysis });
        let document = readDocument(file, bytes);
        if (sidecar) document = applyMetaFile(document, sidecar.meta);
        replays.push({ id, seq: entry.seq, text: document.text });
      } catch (error) {
        // Unreadable: not a replay; the check below refuses mutations.
        if (error instanceof KgError || (error instanceof Error && "code" in error)) continue;
        throw error;
      }
    }
    if (replays.length > 0) {
      replays.sort((a, b) => a.seq - b.seq);
      const entries = await this.corpus();
      const replayed = new Set(replays.map((replay) => replay.id));
      const reason = this.mismatch(new Set(entries.map((entry) => entry.id).filter((id) => !replayed.has(id))), []);
      if (reason !== null) return reason;
      this.merge = this.mergeOf(this.persistedIds());
      for (const replay of replays) {
        this.applyAdd(this.analyses.get(replay.id)!.analysis, replay.text);
        this.pendingIds.push(replay.id);
        this.nextSeq = replay.seq + 1;
      }
    }
    return this.checkDocumentFiles();
  }

  /** The ids of the documents graph.json holds, in its order. */
  private persistedIds(): string[] {
    const pending = new Set(this.pendingIds);
    return this.liveGraph
      .getAttribute("documents")
      .map((document) => document.id)
      .filter((id) => !pending.has(id));
  }

  /** The merge of these documents' analyses (all in `this.analyses`), in this order. */
  private mergeOf(ids: readonly string[]): CorpusMerge {
    return CorpusMerge.of(ids.map((id) => this.analyses.get(id)!.analysis));
  }

  /**
   * The merge behind the live graph, made at the first mutation that needs it: every document's
   * analysis read (or made) and the folder checked (`ConflictError` when it cannot reproduce the
   * graph), graph.json's documents merged in its order, then the pending ingests in theirs.
   */
  private async mergeState(): Promise<CorpusMerge> {
    if (this.merge) return this.merge;
    const entries = await this.corpus();
    this.assertReproducible(entries);
    this.rebuildMerge();
    return this.merge!;
  }

  /**
   * Merges one more document into the live graph in place: its entities and relations against the
   * merge behind the graph, nodes and edges added or updated (never removed), the document, its
   * statements and merges appended, local metrics (`assignLocalMetrics`). O(the document), not
   * O(the corpus).
   */
  private applyAdd(analysis: DocumentAnalysis, text: string): GraphDiff {
    const delta = this.merge!.add(analysis);
    const graph = this.liveGraph;
    const diff = emptyDiff();
    const touched = new Set<string>();
    // What the merge says it touched did change: no comparison needed. A node or edge that exists
    // only grows (the merge appends mentions and evidence): what is new is appended in place, so
    // that a hub's thousands of mentions are not copied at each ingest.
    for (const entity of delta.entities) {
      const key = nodeKey(entity);
      touched.add(key);
      if (!appendToNode(graph, key, entity, diff)) putNode(graph, key, entity, diff, false);
    }
    for (const relation of delta.relations) {
      const key = edgeKey(relation);
      touched.add(relation.source).add(relation.target);
      if (!appendToEdge(graph, key, relation, diff)) putEdge(graph, key, relation, diff, false);
    }
    // Appended in place (copying the lists would cost O(the corpus)); setting one attribute to
    // itself tells the graph's listeners (caches of the API) that the attributes changed.
    const attributes = graph.getAttributes();
    attributes.documents.push(graphDocumentOf(analysis.document, text));
    for (const statement of delta.statements) attributes.statements.push({ ...statement });
    for (const merge of delta.merges) attributes.merges.push({ ...merge });
    graph.setAttribute("documents", attributes.documents);
    assignLocalMetrics(graph, touched, diff.addedNodes, { seed: this.options.seed });
    for (const list of Object.values(diff)) list.sort(compareStrings);
    return diff;
  }

  /**
   * Saves a change as one durable step: the journal ("prepare"), the staged files (fsynced), the
   * journal ("commit"), the renames and deletes, the journal's removal. With `graph` (a removal or
   * a compaction), graph.json is staged last: `graph.write` gives its new content (a removal
   * changes the live graph in it), and `graph.committed` runs once the commit mark is written. A failure before the
   * commit removes the staged files (and restores the live graph from graph.json and the pending
   * ingests, their texts from `graph.before`) and throws; after it, mutations are refused (the next
   * `open` finishes the change).
   */
  private persist(
    change: { op: Journal["op"]; document: string; files: StagedFile[]; deletes: string[] },
    graph?: {
      write: () => Iterable<string | Uint8Array>;
      committed: () => void;
      before: ReadonlyMap<string, string>;
    },
  ): void {
    const staged = change.files.map((file) => ({ ...file, temp: tempFileFor(file.target) }));
    const graphFile = path.join(this.dataDir, DATA_FILES.graph);
    const graphTemp = graph ? tempFileFor(graphFile) : "";
    const journal: Journal = {
      version: JOURNAL_VERSION,
      op: change.op,
      document: change.document,
      state: "prepare",
      renames: [
        ...staged.map((file): [string, string] => [this.relative(file.temp), this.relative(file.target)]),
        ...(graph ? [[this.relative(graphTemp), this.relative(graphFile)] as [string, string]] : []),
      ],
      deletes: change.deletes.map((file) => this.relative(file)),
    };
    writeJournal(this.dataDir, journal);
    let mutated = false;
    try {
      for (const file of staged) writeTextDurable(file.temp, [file.content]);
      if (graph) {
        mutated = true;
        writeTextDurable(graphTemp, graph.write());
      }
      for (const directory of new Set([...staged.map((file) => path.dirname(file.temp)), this.dataDir])) {
        syncDirectory(directory);
      }
      writeJournal(this.dataDir, { ...journal, state: "commit" });
    } catch (error) {
      this.rollBack(journal, mutated, graph?.before);
      throw error;
    }
    graph?.committed();
    try {
      applyJournal(this.dataDir, { ...journal, state: "commit" });
    } catch (error) {
      this.refuse(
        `live: the last change should have been saved, found ${describeError(error)}; mutations are refused until the server restarts (it finishes the change).`,
      );
    }
  }

  private clearCompactTimer(): void {
    if (this.compactTimer !== null) clearTimeout(this.compactTimer);
    this.compactTimer = null;
  }

  /** After an ingest: a compaction once `compactAfter` are pending and no mutation came for a while (at once past 4×). */
  private scheduleCompaction(): void {
    const pending = this.pendingIds.length;
    if (pending < this.options.compactAfter || this.compactionRunning) return;
    this.clearCompactTimer();
    const run = () => {
      this.compactTimer = null;
      // A failed compaction leaves the folder as it was (or refuses mutations): nothing to report here.
      this.compact().catch(() => undefined);
    };
    if (pending >= 4 * this.options.compactAfter) {
      run();
      return;
    }
    this.compactTimer = setTimeout(run, this.options.compactIdleMs);
    this.compactTimer.unref();
  }

  private mismatch(ids: ReadonlySet<string>, changed: readonly string[]): string | null {
    const graphIds = this.liveGraph.getAttribute("documents").map((document) => document.id);
    const known = new Set(graphIds);
    const directory = path.join(this.dataDir, DATA_FILES.documents);
    const missing = graphIds.filter((id) => !ids.has(id));
    const extra = [...ids].filter((id) => !known.has(id)).sort(compareStrings);
    const advice =
      "mutations are refused so that no document of the graph is lost; restore the files, or run `kg build` on the folder to rebuild the graph from it.";
    if (missing.length > 0) {
      return `live: ${directory} should hold every document of the graph, found ${missing.length} of ${graphIds.length} missing or unreadable (${preview(missing)}); ${advice}`;
    }
    if (extra.length > 0) {
      return `live: ${directory} should hold only the graph's documents, found ${extra.length} more (${preview(extra)}); ${advice}`;
    }
    if (changed.length > 0) {
      return `live: the documents under ${directory} should be those the graph was built from, found ${changed.length} changed (${preview(changed)}); ${advice}`;
    }
    return null;
  }

  /** Refuses (and keeps refusing) when the entries are not the graph's documents with the graph's texts. */
  private assertReproducible(entries: readonly CorpusEntry[]): void {
    const texts = new Map(this.liveGraph.getAttribute("documents").map((document) => [document.id, document.text]));
    const changed = entries.filter((e) => e.text !== undefined && texts.has(e.id) && texts.get(e.id) !== e.text);
    const reason = this.mismatch(
      new Set(entries.map((entry) => entry.id)),
      changed.map((entry) => entry.id),
    );
    if (reason !== null) this.refuse(reason);
  }

  private analyse(document: SourceDocument): Promise<DocumentAnalysis> {
    return this.worker ? this.worker.analyse(document) : Promise.resolve(analyseDocument(document));
  }

  private composeDocument(input: IngestInput): ComposedDocument {
    if (input === null || typeof input !== "object" || typeof input.text !== "string") {
      throw new InvalidInputError("ingest: text should be a string, found none.");
    }
    const text = input.text.replace(/\r\n?/g, "\n");
    if (text.trim() === "") throw new InvalidInputError("ingest: text should not be empty, found only blanks.");
    const size = Buffer.byteLength(text, "utf8");
    if (size > this.options.maxBytes) {
      throw new InvalidInputError(`ingest: text should be at most ${this.options.maxBytes} bytes, found ${size}.`);
    }
    const title = metaField(input.title, "title");
    const source = metaField(input.source, "source");
    const date = metaField(input.date, "date");
    if (date !== undefined && (!ISO_DATE.test(date) || parseDate(date) !== date)) {
      throw new InvalidInputError(`ingest: date should be an ISO date (YYYY-MM-DD), found "${date}".`);
    }
    const meta: DocumentMetaFile = {
      ...(title !== undefined ? { title } : {}),
      ...(source !== undefined ? { source } : {}),
      ...(date !== undefined ? { date } : {}),
    };
    const content = `${text.trim()}\n`;
    const metaText = Object.keys(meta).length > 0 ? `${JSON.stringify(meta)}\n` : null;
    // The metadata is part of the identity: the same text with another title is another document.
    const id = ingestedDocumentId(metaText === null ? content : `${content}\0${metaText}`);
    const bytes = Buffer.from(content, "utf8");
    const document = applyMetaFile(readDocument(`${id}.txt`, bytes), meta);
    return { id, bytes, metaBytes: metaText === null ? null : Buffer.from(metaText, "utf8"), document };
  }

  /** The analyses of every document under DIR/documents/, in corpus order, from the cache when it is current. */
  private async corpus(): Promise<CorpusEntry[]> {
    const directory = path.join(this.dataDir, DATA_FILES.documents);
    const files = existsSync(directory) ? await listCorpusFiles([directory]) : [];
    const entries: CorpusEntry[] = [];
    const seen = new Set<string>();
    for (const file of files) {
      const id = documentId(file);
      if (seen.has(id)) continue;
      let bytes: Buffer;
      let sidecar: ReturnType<typeof readMetaFile>;
      try {
        bytes = readFileNoFollow(file);
        sidecar = readMetaFile(file);
      } catch (error) {
        // As in loadCorpus: an unreadable file (or a link swapped in) is left out; the check that follows refuses.
        if (error instanceof KgError || (error instanceof Error && "code" in error)) continue;
        throw error;
      }
      const sha = fingerprintOf(bytes, sidecar?.bytes ?? null);
      const remembered = this.analyses.get(id);
      let analysis = remembered?.sha256 === sha ? remembered.analysis : readCachedAnalysis(this.dataDir, id, sha);
      let text: string | undefined;
      if (analysis === null) {
        let document: SourceDocument;
        try {
          document = readDocument(file, bytes);
        } catch (error) {
          if (error instanceof KgError) continue;
          throw error;
        }
        if (sidecar) document = applyMetaFile(document, sidecar.meta);
        analysis = await this.analyse(document);
        text = document.text;
        try {
          if (this.readOnly) this.unsaved.add(id);
          else {
            writeAnalysis(this.dataDir, id, sha, analysis);
            this.unsaved.delete(id);
          }
        } catch {
          // Only a cache: the document is analysed again next time.
          this.unsaved.add(id);
        }
      }
      seen.add(id);
      this.analyses.set(id, { sha256: sha, analysis });
      entries.push({ id, file, sha256: sha, analysis, ...(text !== undefined ? { text } : {}) });
    }
    return entries;
  }

  /** The cleaned texts of the entries: the graph's copy, else read again from the file. */
  private texts(entries: readonly CorpusEntry[]): Map<string, string> {
    const known = new Map(this.liveGraph.getAttribute("documents").map((document) => [document.id, document.text]));
    const texts = new Map<string, string>();
    for (const entry of entries) {
      const text = entry.text ?? known.get(entry.id) ?? readDocument(entry.file, readFileNoFollow(entry.file)).text;
      texts.set(entry.id, text);
    }
    return texts;
  }

  private relative(file: string): string {
    return path.relative(this.dataDir, file).split(path.sep).join("/");
  }

  /**
   * Merges the entries and saves the result as one durable step (`persist`): the mutation's own
   * files, extraction.json, and graph.json once the difference is applied to the live graph and the
   * metrics recomputed. Any failure before the commit removes the staged files and restores the
   * live graph; a failure after it refuses further mutations (the next `open` finishes the commit).
   * Never saves a graph that drops a document other than `removed`.
   */
  private commit(
    entries: readonly CorpusEntry[],
    change: { op: Journal["op"]; document: string; files: StagedFile[]; deletes: string[] },
    removed: string | null,
  ): { diff: GraphDiff; extraction: Extraction } {
    const sorted = corpusOrder(entries);
    const merge = CorpusMerge.of(sorted.map((entry) => entry.analysis));
    const extraction = merge.extraction();
    const kept = new Set(extraction.documents.map((document) => document.id));
    this.assertKeeps(
      this.liveGraph
        .getAttribute("documents")
        .map((document) => document.id)
        .filter((id) => id !== removed),
      kept,
    );
    const texts = this.texts(entries);
    const before = new Map(this.liveGraph.getAttribute("documents").map((document) => [document.id, document.text]));
    const extractionFile = {
      target: path.join(this.dataDir, DATA_FILES.extraction),
      content: serializeExtraction(extraction),
    };
    let diff = emptyDiff();
    this.persist(
      { ...change, files: [...change.files, extractionFile] },
      {
        before,
        write: () => {
          diff = applyExtraction(this.liveGraph, extraction, texts, new Date().toISOString());
          assignMetrics(this.liveGraph, { seed: this.options.seed, keepPositions: true });
          return encodeGraph(this.liveGraph);
        },
        committed: () => {
          this.merge = merge;
          this.pendingIds = [];
          this.nextSeq = 1;
        },
      },
    );
    void this.warmNeighbourRanks();
    return { diff, extraction };
  }

  /**
   * Undoes a failed change: its staged files removed, and when the live graph was already changed,
   * the graph reloaded from graph.json and the pending ingests merged in again (their texts from
   * `texts`, the graph's documents before the change).
   */
  private rollBack(journal: Journal, mutated: boolean, texts: ReadonlyMap<string, string> = new Map()): void {
    try {
      discardJournal(this.dataDir, journal);
    } catch (error) {
      this.refusal ??= `live: a failed change should have been undone, found ${describeError(error)}; mutations are refused until the server restarts (it undoes the change).`;
    }
    if (!mutated) return;
    try {
      this.reload(texts);
    } catch (error) {
      this.refusal ??= `live: the graph should have been restored after a failed change, found ${describeError(error)}; mutations are refused until the server restarts.`;
    }
  }

  /**
   * Replaces the live graph with graph.json's (`saved`: its content, loaded here when not given),
   * then merges in again the ingests graph.json lacks (`pendingIds`), in their order (their texts
   * from `texts`), against `merge` (the merge of graph.json's documents in its order, made here
   * when not given and needed): the state `open` would reach.
   */
  private reload(
    texts: ReadonlyMap<string, string>,
    saved = loadGraph(path.join(this.dataDir, DATA_FILES.graph)),
    merge?: CorpusMerge,
  ): void {
    this.epoch++;
    this.liveGraph.clear();
    this.liveGraph.import(saved);
    this.liveGraph.replaceAttributes(saved.getAttributes());
    this.merge = merge ?? null;
    if (this.pendingIds.length > 0) {
      this.merge ??= this.mergeOf(this.persistedIds());
      for (const id of this.pendingIds) this.applyAdd(this.analyses.get(id)!.analysis, texts.get(id) ?? "");
    }
  }

  /** The merge behind the live graph, from the analyses in memory: graph.json's documents, then the pending ingests. */
  private rebuildMerge(): void {
    const merge = this.mergeOf(this.persistedIds());
    for (const id of this.pendingIds) merge.add(this.analyses.get(id)!.analysis);
    this.merge = merge;
  }

  private async ingest(input: IngestInput): Promise<IngestResult> {
    this.assertMutable();
    const composed = this.composeDocument(input);
    const { id } = composed;
    const existing = this.liveGraph.getAttribute("documents").find((d) => d.id === id);
    if (existing) {
      const { text: _text, ...meta } = existing;
      return {
        document: meta,
        addedNodes: [],
        updatedNodes: [],
        addedEdges: [],
        updatedEdges: [],
        removedNodes: [],
        removedEdges: [],
      };
    }
    const analysis = await this.analyse(composed.document);
    await this.mergeState();
    const file = path.join(this.dataDir, DATA_FILES.documents, `${id}.txt`);
    const sha = fingerprintOf(composed.bytes, composed.metaBytes);
    const seq = this.nextSeq;
    const files: StagedFile[] = [{ target: file, content: composed.bytes }];
    if (composed.metaBytes !== null) files.push({ target: metaFileOf(file), content: composed.metaBytes });
    files.push({ target: analysisFile(this.dataDir, id), content: cachedAnalysisText(sha, analysis, seq) });
    // Only the document's own files are written: graph.json and extraction.json catch up at the
    // next compaction, and `open` replays the ingests they lack.
    this.persist({ op: "ingest", document: id, files, deletes: [] });
    this.nextSeq = seq + 1;
    this.pendingIds.push(id);
    this.analyses.set(id, { sha256: sha, analysis });
    let diff: GraphDiff;
    try {
      diff = this.applyAdd(analysis, composed.document.text);
    } catch (error) {
      this.merge = null;
      this.refuse(
        `live: the saved ingest of "${id}" should have been merged into the graph, found ${describeError(error)}; mutations are refused until the server restarts (it merges the document again).`,
      );
    }
    this.scheduleCompaction();
    void this.warmNeighbourRanks();
    return {
      document: analysis.document,
      addedNodes: diff.addedNodes,
      updatedNodes: diff.updatedNodes,
      addedEdges: diff.addedEdges,
      updatedEdges: diff.updatedEdges,
      removedNodes: diff.removedNodes,
      removedEdges: diff.removedEdges,
    };
  }

  private async remove(id: string): Promise<RemoveResult> {
    if (!this.liveGraph.getAttribute("documents").some((d) => d.id === id)) {
      throw new NotFoundError(`live: the document should be one of the graph's, found "${id}".`);
    }
    this.assertMutable();
    // A compaction whose snapshot came before this removal is dropped.
    this.epoch++;
    const entries = await this.corpus();
    this.assertReproducible(entries);
    const entry = entries.find((e) => e.id === id)!;
    const deletes = [entry.file, metaFileOf(entry.file), analysisFile(this.dataDir, id)];
    const { diff } = this.commit(
      entries.filter((e) => e.id !== id),
      { op: "remove", document: id, files: [], deletes },
      id,
    );
    this.analyses.delete(id);
    this.unsaved.delete(id);
    return { removedNodes: diff.removedNodes, removedEdges: diff.removedEdges, updatedNodes: diff.updatedNodes };
  }
}
