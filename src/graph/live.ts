// The live graph behind the API: loads DIR/graph.json, ingests and removes documents one at a time
// (the others are never re-extracted: their cached analyses are merged again with the new one and
// only the difference is applied to the graph in place), and persists every change atomically.
// Also the driver that writes DIR/analyses/ and DIR/graph.json after a full build.

import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { listCorpusFiles, loadCorpus } from "../extraction/corpus.ts";
import { analyseDocument, type DocumentAnalysis, mergeAnalyses } from "../extraction/index.ts";
import { parseDate } from "../extraction/read/metadata.ts";
import { readDocument } from "../extraction/stages/01-read.ts";
import type { DocumentMeta, Extraction, SourceDocument } from "../extraction/types.ts";
import { buildGraph, edgeAttributesOf, graphAttributesOf, nodeAttributesOf } from "./build.ts";
import { ConfigError, InvalidInputError, KgError, NotFoundError } from "./errors.ts";
import { compareStrings, edgeKey, ingestedDocumentId, nodeKey } from "./keys.ts";
import { assignMetrics } from "./metrics.ts";
import type { KnowledgeGraph } from "./model.ts";
import { GraphIndex } from "./query.ts";
import { neighbourRanksOf } from "./ranks.ts";
import { loadGraph, saveGraph, writeFileAtomic } from "./store.ts";

/** Files and folders of a data directory. */
export const DATA_FILES = {
  documents: "documents",
  analyses: "analyses",
  extraction: "extraction.json",
  graph: "graph.json",
} as const;

/** Version of the cached analyses' format (DIR/analyses/<id>.json); another version is recomputed. */
export const ANALYSIS_CACHE_VERSION = 1;

/** Largest text `ingestDocument` accepts by default, in UTF-8 bytes (1 MiB). */
export const DEFAULT_MAX_INGEST_BYTES = 1024 * 1024;

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
}

/** A document to ingest. */
export interface IngestInput {
  /** The article's text (plain text, Markdown or HTML, as a file of the corpus would hold). */
  text: string;
  /** Headline, written as the file's first line (3–25 words, capitalised, no final period). */
  title?: string;
  /** Outlet, written as a "Source:" line. */
  source?: string;
  /** Publication date, ISO YYYY-MM-DD, written as a "Published On:" line. */
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

/** The extraction as `kg extract --json` writes it: five arrays, 2-space indentation, final newline. */
export function serializeExtraction(extraction: Extraction): string {
  const { documents, entities, relations, statements, merges } = extraction;
  return `${JSON.stringify({ documents, entities, relations, statements, merges }, null, 2)}\n`;
}

function analysisFile(dataDir: string, id: string): string {
  return path.join(dataDir, DATA_FILES.analyses, `${id}.json`);
}

function writeAnalysis(dataDir: string, id: string, sha: string, analysis: DocumentAnalysis): void {
  const cached: CachedAnalysis = { version: ANALYSIS_CACHE_VERSION, sha256: sha, analysis };
  writeFileAtomic(analysisFile(dataDir, id), `${JSON.stringify(cached)}\n`);
}

function readCachedAnalysis(dataDir: string, id: string, sha: string): DocumentAnalysis | null {
  const file = analysisFile(dataDir, id);
  if (!existsSync(file)) return null;
  try {
    const cached = JSON.parse(readFileSync(file, "utf8")) as Partial<CachedAnalysis>;
    if (cached.version !== ANALYSIS_CACHE_VERSION || cached.sha256 !== sha || !cached.analysis) return null;
    return cached.analysis;
  } catch {
    // A damaged cache entry is only a cache miss: the document is analysed again.
    return null;
  }
}

function documentId(file: string): string {
  const name = path.basename(file);
  return name.replace(/\.[^.]*$/, "") || name;
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
  const diff: GraphDiff = {
    addedNodes: [],
    updatedNodes: [],
    removedNodes: [],
    addedEdges: [],
    updatedEdges: [],
    removedEdges: [],
  };
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
  for (const [key, entity] of nodes) {
    const fresh = nodeAttributesOf(entity);
    if (!graph.hasNode(key)) {
      graph.addNode(key, fresh);
      diff.addedNodes.push(key);
      continue;
    }
    const current = graph.getNodeAttributes(key);
    const { label, name, type, aliases, mentionCount, documents, mentions, attributes } = fresh;
    const content = { label, name, type, aliases, mentionCount, documents, mentions, attributes };
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
    if (JSON.stringify(before) !== JSON.stringify(content)) {
      graph.replaceNodeAttributes(key, { ...current, ...content });
      diff.updatedNodes.push(key);
    }
  }
  for (const [key, relation] of edges) {
    const fresh = edgeAttributesOf(relation);
    if (!graph.hasEdge(key)) {
      graph.addDirectedEdgeWithKey(key, relation.source, relation.target, fresh);
      diff.addedEdges.push(key);
    } else if (JSON.stringify(graph.getEdgeAttributes(key)) !== JSON.stringify(fresh)) {
      graph.replaceEdgeAttributes(key, fresh);
      diff.updatedEdges.push(key);
    }
  }
  const documents = extraction.documents.map((document) => ({ id: document.id, text: texts.get(document.id) ?? "" }));
  graph.replaceAttributes(graphAttributesOf(extraction, documents, builtAt));
  for (const list of Object.values(diff)) list.sort(compareStrings);
  return diff;
}

/** Options of `buildGraphData` and `rebuildGraphData`. */
export interface BuildGraphDataOptions {
  /** Recorded as the graph's `builtAt` (default: now). */
  builtAt?: string;
  /** Seed of the communities and the layout. */
  seed?: number;
}

/**
 * The driver of a full build, after the extraction: writes DIR/analyses/<id>.json (one cached
 * analysis per document, keyed by the SHA-256 of its file, dropping the entries of documents that
 * are gone), builds the graph and writes DIR/graph.json. `analyses` and `documents` are in corpus
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
    const bytes = readFileSync(path.join(dataDir, DATA_FILES.documents, document.fileName));
    writeAnalysis(dataDir, document.id, sha256(bytes), analysis);
    kept.add(`${document.id}.json`);
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

function singleLine(value: string | undefined, what: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "string") {
    throw new InvalidInputError(`ingest: ${what} should be a string, found ${typeof value}.`);
  }
  const line = value.replace(/\s+/g, " ").trim();
  return line === "" ? undefined : line;
}

/**
 * The graph of a data directory, kept in memory and on disk in step. Mutations run one at a time,
 * in call order; reads (`graph`, `index`) always see a whole state.
 */
export class LiveGraph {
  /** The data directory: documents/, analyses/, extraction.json, graph.json. */
  readonly dataDir: string;
  private readonly liveGraph: KnowledgeGraph;
  private readonly liveIndex: GraphIndex;
  private readonly options: { maxBytes: number; seed: number };
  private queue: Promise<unknown> = Promise.resolve();
  /** Analyses already read or made, by document id, with the hash of the file they belong to. */
  private readonly analyses = new Map<string, { sha256: string; analysis: DocumentAnalysis }>();

  private constructor(dataDir: string, graph: KnowledgeGraph, options: { maxBytes: number; seed: number }) {
    this.dataDir = dataDir;
    this.liveGraph = graph;
    this.liveIndex = new GraphIndex(graph);
    this.options = options;
  }

  /**
   * Loads DIR/graph.json (written by `kg build`). Throws `NotFoundError` when it is missing and
   * `InvalidInputError` when it is damaged or of another version, unless `rebuild` is set.
   */
  static async open(dataDir: string, options: LiveGraphOptions = {}): Promise<LiveGraph> {
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_INGEST_BYTES;
    const seed = options.seed ?? 1;
    if (!Number.isInteger(maxBytes) || maxBytes <= 0) {
      throw new ConfigError(`live: maxBytes should be a positive integer, found ${String(maxBytes)}.`);
    }
    if (!Number.isInteger(seed)) throw new ConfigError(`live: seed should be an integer, found ${String(seed)}.`);
    const file = path.join(dataDir, DATA_FILES.graph);
    let graph: KnowledgeGraph;
    try {
      graph = loadGraph(file);
    } catch (error) {
      if (!options.rebuild || !(error instanceof NotFoundError || error instanceof InvalidInputError)) throw error;
      graph = (await rebuildGraphData(dataDir, { seed })).graph;
    }
    return new LiveGraph(dataDir, graph, { maxBytes, seed });
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
   * Ranks the neighbours of the graph's hubs ahead of their first query (ranks.ts), in slices
   * between other work; a change of the graph drops them, and `commit` starts this again. Resolves
   * to the number of nodes ranked; never rejects.
   */
  warmNeighbourRanks(): Promise<number> {
    return neighbourRanksOf(this.liveGraph)
      .warm()
      .catch(() => 0);
  }

  /**
   * Adds a document: validates it (`InvalidInputError` for an empty or oversized text, a bad date,
   * or a title/source the reader would not find again), writes it as DIR/documents/<id>.txt (id
   * `ingest_` + content hash), analyses it alone, merges it with the cached analyses of the other
   * documents, applies the difference to the graph (existing nodes keep their positions) and
   * saves everything. Ingesting the same content twice changes nothing the second time.
   */
  ingestDocument(input: IngestInput): Promise<IngestResult> {
    return this.exclusive(() => this.ingest(input));
  }

  /**
   * Removes a document (its file and cached analysis), merges the others again and applies the
   * difference. Throws `NotFoundError` for an unknown document id.
   */
  removeDocument(id: string): Promise<RemoveResult> {
    return this.exclusive(() => this.remove(id));
  }

  private exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private composeFile(input: IngestInput): { content: string; title?: string; source?: string; date?: string } {
    if (input === null || typeof input !== "object" || typeof input.text !== "string") {
      throw new InvalidInputError("ingest: text should be a string, found none.");
    }
    const text = input.text.replace(/\r\n?/g, "\n");
    if (text.trim() === "") throw new InvalidInputError("ingest: text should not be empty, found only blanks.");
    const bytes = Buffer.byteLength(text, "utf8");
    if (bytes > this.options.maxBytes) {
      throw new InvalidInputError(`ingest: text should be at most ${this.options.maxBytes} bytes, found ${bytes}.`);
    }
    const title = singleLine(input.title, "title");
    const source = singleLine(input.source, "source");
    const date = singleLine(input.date, "date");
    if (date !== undefined && (!ISO_DATE.test(date) || parseDate(date) !== date)) {
      throw new InvalidInputError(`ingest: date should be an ISO date (YYYY-MM-DD), found "${date}".`);
    }
    const head: string[] = [];
    if (title !== undefined && text.trimStart().split("\n")[0]?.trim() !== title) head.push(title);
    if (source !== undefined) head.push(`Source: ${source}`);
    if (date !== undefined) head.push(`Published On: ${date}`);
    const content = head.length > 0 ? `${head.join("\n")}\n\n${text.trim()}\n` : `${text.trim()}\n`;
    return {
      content,
      ...(title !== undefined ? { title } : {}),
      ...(source !== undefined ? { source } : {}),
      ...(date !== undefined ? { date } : {}),
    };
  }

  /** The analyses of every document under DIR/documents/, in corpus order, from the cache when it is current. */
  private async corpus(): Promise<CorpusEntry[]> {
    const files = await listCorpusFiles([path.join(this.dataDir, DATA_FILES.documents)]);
    const entries: CorpusEntry[] = [];
    const seen = new Set<string>();
    for (const file of files) {
      const id = documentId(file);
      if (seen.has(id)) continue;
      const bytes = readFileSync(file);
      const sha = sha256(bytes);
      const remembered = this.analyses.get(id);
      let analysis = remembered?.sha256 === sha ? remembered.analysis : readCachedAnalysis(this.dataDir, id, sha);
      let text: string | undefined;
      if (analysis === null) {
        let document: SourceDocument;
        try {
          document = readDocument(file, bytes);
        } catch (error) {
          // As in loadCorpus: an unreadable file is left out, not fatal.
          if (error instanceof KgError) continue;
          throw error;
        }
        analysis = analyseDocument(document);
        text = document.text;
        writeAnalysis(this.dataDir, id, sha, analysis);
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
      const text = entry.text ?? known.get(entry.id) ?? readDocument(entry.file, readFileSync(entry.file)).text;
      texts.set(entry.id, text);
    }
    return texts;
  }

  /** Merges the entries, applies the difference to the live graph, recomputes metrics and saves. */
  private commit(entries: readonly CorpusEntry[]): { diff: GraphDiff; extraction: Extraction } {
    const extraction = mergeAnalyses(entries.map((entry) => entry.analysis));
    const texts = this.texts(entries);
    const diff = applyExtraction(this.liveGraph, extraction, texts, new Date().toISOString());
    assignMetrics(this.liveGraph, { seed: this.options.seed, keepPositions: true });
    writeFileAtomic(path.join(this.dataDir, DATA_FILES.extraction), serializeExtraction(extraction));
    saveGraph(this.liveGraph, path.join(this.dataDir, DATA_FILES.graph));
    void this.warmNeighbourRanks();
    return { diff, extraction };
  }

  private async ingest(input: IngestInput): Promise<IngestResult> {
    const composed = this.composeFile(input);
    const id = ingestedDocumentId(composed.content);
    const fileName = `${id}.txt`;
    const bytes = Buffer.from(composed.content, "utf8");
    const document = readDocument(fileName, bytes);
    const mismatch = (what: string, expected: string | undefined, found: string | null) => {
      if (expected !== undefined && expected !== found) {
        throw new InvalidInputError(
          `ingest: ${what} should be read back as "${expected}", found ${found === null ? "none" : `"${found}"`}.`,
        );
      }
    };
    mismatch("title (a headline of 3 to 25 words, capitalised, no final period)", composed.title, document.title);
    mismatch("source (an outlet name of 1 to 5 words, capitalised)", composed.source, document.source);
    mismatch("date", composed.date, document.date);
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

    const file = path.join(this.dataDir, DATA_FILES.documents, fileName);
    const analysis = analyseDocument(document);
    writeFileAtomic(file, bytes);
    writeAnalysis(this.dataDir, id, sha256(bytes), analysis);
    this.analyses.set(id, { sha256: sha256(bytes), analysis });
    let committed: { diff: GraphDiff; extraction: Extraction };
    try {
      committed = this.commit(await this.corpus());
    } catch (error) {
      // The document is not part of the graph: leave no file that a later merge would pick up.
      rmSync(file, { force: true });
      rmSync(analysisFile(this.dataDir, id), { force: true });
      this.analyses.delete(id);
      throw error;
    }
    const { diff, extraction } = committed;
    const meta = extraction.documents.find((d) => d.id === id) ?? analysis.document;
    return {
      document: meta,
      addedNodes: diff.addedNodes,
      updatedNodes: diff.updatedNodes,
      addedEdges: diff.addedEdges,
      updatedEdges: diff.updatedEdges,
      removedNodes: diff.removedNodes,
      removedEdges: diff.removedEdges,
    };
  }

  private async remove(id: string): Promise<RemoveResult> {
    const entries = await this.corpus();
    const entry = entries.find((e) => e.id === id);
    const inGraph = this.liveGraph.getAttribute("documents").some((d) => d.id === id);
    if (!entry && !inGraph) {
      throw new NotFoundError(`live: the document should be one of the graph's, found "${id}".`);
    }
    if (entry) rmSync(entry.file, { force: true });
    rmSync(analysisFile(this.dataDir, id), { force: true });
    this.analyses.delete(id);
    const { diff } = this.commit(entries.filter((e) => e.id !== id));
    return { removedNodes: diff.removedNodes, removedEdges: diff.removedEdges, updatedNodes: diff.updatedNodes };
  }
}
