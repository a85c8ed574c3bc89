// GET /overview: the explorer's whole picture of the graph in one compact answer. Columnar JSON
// (one array per field, entities by PageRank, relations as indexes into the entity arrays and the
// predicate list), gzip-compressed when the client accepts it, optionally cut to the top N entities
// by PageRank and the relations among them, with the graph's totals. Built once per version of the
// graph and limit, kept until the graph changes. Reads the live graph only.

import { promisify } from "node:util";
import { gzip } from "node:zlib";
import { InvalidInputError } from "../errors.ts";
import { ENTITY_TYPES, type EntityType, PREDICATES, type Predicate } from "../extraction/types.ts";
import { BudgetExceededError, type WorkBudget } from "../graph/budget.ts";
import { compareStrings } from "../graph/keys.ts";
import type { EdgeAttributes, KnowledgeGraph } from "../graph/model.ts";
import { normalizeMeetingDate } from "../graph/query.ts";
import { ERROR_CODES } from "./errors.ts";
import { jsonError, parseInteger } from "./routes.ts";

const gzipAsync = promisify(gzip);

/** Version tag of the overview's layout (`format` of the answer). */
export const OVERVIEW_FORMAT = "news-kg-overview/1";

/** The overview as sent: parallel arrays, one entry per entity or relation. */
export interface Overview {
  format: typeof OVERVIEW_FORMAT;
  builtAt: string;
  /** Counts of the whole graph. */
  totals: { entities: number; relations: number; documents: number };
  /** The `limit` asked for, or null for the whole graph. */
  limit: number | null;
  /** Entity types and predicates; `nodes.type` and `edges.predicate` index these. */
  types: readonly EntityType[];
  predicates: readonly Predicate[];
  /** Every document's metadata (`nodes.documents` and `edges.documents` index these). */
  documents: { id: string[]; title: string[]; date: (string | null)[]; source: (string | null)[] };
  /** The entities shown, highest PageRank first (ties by name, then id). */
  nodes: {
    id: string[];
    name: string[];
    type: number[];
    aliases: string[][];
    x: number[];
    y: number[];
    size: number[];
    /** `colors` indexes: node colours are few (one per type). */
    color: number[];
    colors: string[];
    pagerank: number[];
    degree: number[];
    community: number[];
    mentionCount: number[];
    documents: number[][];
    /** A Meeting's ISO date (as `meetings { date }` gives it), else null. */
    date: (string | null)[];
  };
  /** The relations whose two ends are shown. */
  edges: {
    source: number[];
    target: number[];
    predicate: number[];
    confidence: number[];
    /** The `date` attribute as extracted, else null. */
    date: (string | null)[];
    documents: number[][];
    /** Relation ids that are not `source|PREDICATE|target` (none in graphs built by kg), by edge index. */
    ids: Record<string, string>;
  };
}

/**
 * How many entities the explorer asks for by default (web/src/main.ts has the same number: the
 * explorer does not import server code); the server builds that overview ahead of the first request.
 */
export const DEFAULT_OVERVIEW_LIMIT = 5000;

/** Bounds of `?limit=N` (entities). */
export const OVERVIEW_LIMIT_BOUNDS = [1, 10_000_000] as const;

/** Significant digits kept of PageRank scores and layout numbers. */
const DIGITS = 6;

function round(value: number): number {
  return Number.isFinite(value) ? Number(value.toPrecision(DIGITS)) : 0;
}

/** The entity keys of `graph` by PageRank (highest first), then name, then key. */
function rankedNodes(graph: KnowledgeGraph, budget: WorkBudget | undefined): string[] {
  const entries: { key: string; rank: number; name: string }[] = [];
  graph.forEachNode((key, attributes) => {
    budget?.tick();
    entries.push({ key, rank: attributes.pagerank, name: attributes.name.toLowerCase() });
  });
  entries.sort((a, b) => b.rank - a.rank || compareStrings(a.name, b.name) || compareStrings(a.key, b.key));
  return entries.map((entry) => entry.key);
}

/**
 * The overview of `graph`: every entity (or the `limit` with the highest PageRank) and the
 * relations between them. Throws `BudgetExceededError` when `budget` runs out.
 */
export function buildOverview(graph: KnowledgeGraph, limit: number | null, budget?: WorkBudget): Overview {
  const documents = graph.getAttribute("documents");
  const documentIndex = new Map(documents.map((document, index) => [document.id, index]));
  const documentDates = new Map(documents.map((document) => [document.id, document.date ?? null]));
  const typeIndex = new Map<string, number>(ENTITY_TYPES.map((type, index) => [type, index]));
  const predicateIndex = new Map<string, number>(PREDICATES.map((predicate, index) => [predicate, index]));
  const ranked = rankedNodes(graph, budget);
  const shown = limit === null ? ranked : ranked.slice(0, limit);
  const position = new Map<string, number>();
  const colors: string[] = [];
  const colorIndex = new Map<string, number>();
  const nodes: Overview["nodes"] = {
    id: [],
    name: [],
    type: [],
    aliases: [],
    x: [],
    y: [],
    size: [],
    color: [],
    colors,
    pagerank: [],
    degree: [],
    community: [],
    mentionCount: [],
    documents: [],
    date: [],
  };
  const toDocuments = (ids: readonly string[]): number[] => {
    const list: number[] = [];
    for (const id of ids) {
      const index = documentIndex.get(id);
      if (index !== undefined) list.push(index);
    }
    return list;
  };
  for (const key of shown) {
    budget?.tick();
    const attributes = graph.getNodeAttributes(key);
    position.set(key, nodes.id.length);
    let color = colorIndex.get(attributes.color);
    if (color === undefined) {
      color = colors.length;
      colors.push(attributes.color);
      colorIndex.set(attributes.color, color);
    }
    nodes.id.push(key);
    nodes.name.push(attributes.name);
    nodes.type.push(typeIndex.get(attributes.type) ?? 0);
    nodes.aliases.push(attributes.aliases);
    nodes.x.push(round(attributes.x));
    nodes.y.push(round(attributes.y));
    nodes.size.push(round(attributes.size));
    nodes.color.push(color);
    nodes.pagerank.push(round(attributes.pagerank));
    nodes.degree.push(attributes.degree);
    nodes.community.push(attributes.community);
    nodes.mentionCount.push(attributes.mentionCount);
    nodes.documents.push(toDocuments(attributes.documents));
    nodes.date.push(attributes.type === "Meeting" ? meetingDate(attributes, documentDates) : null);
  }
  const edges: Overview["edges"] = {
    source: [],
    target: [],
    predicate: [],
    confidence: [],
    date: [],
    documents: [],
    ids: {},
  };
  const addEdge = (edge: string, attributes: EdgeAttributes, source: string, target: string) => {
    const from = position.get(source);
    const to = position.get(target);
    if (from === undefined || to === undefined) return;
    if (edge !== `${source}|${attributes.predicate}|${target}`) edges.ids[String(edges.source.length)] = edge;
    edges.source.push(from);
    edges.target.push(to);
    edges.predicate.push(predicateIndex.get(attributes.predicate) ?? 0);
    edges.confidence.push(round(attributes.confidence));
    edges.date.push(attributes.attributes.date ?? null);
    const evidence = attributes.evidence;
    if (evidence.length === 1) {
      const index = documentIndex.get((evidence[0] as { document: string }).document);
      edges.documents.push(index === undefined ? [] : [index]);
    } else {
      edges.documents.push(toDocuments([...new Set(evidence.map((item) => item.document))].sort(compareStrings)));
    }
  };
  if (limit === null || shown.length === graph.order) {
    graph.forEachEdge((edge, attributes, source, target) => {
      budget?.tick();
      addEdge(edge, attributes, source, target);
    });
  } else {
    for (const key of shown) {
      graph.forEachOutEdge(key, (edge, attributes, source, target) => {
        budget?.tick();
        addEdge(edge, attributes, source, target);
      });
    }
  }
  return {
    format: OVERVIEW_FORMAT,
    builtAt: graph.getAttribute("builtAt"),
    totals: { entities: graph.order, relations: graph.size, documents: documents.length },
    limit,
    types: ENTITY_TYPES,
    predicates: PREDICATES,
    documents: {
      id: documents.map((document) => document.id),
      title: documents.map((document) => document.title),
      date: documents.map((document) => document.date ?? null),
      source: documents.map((document) => document.source ?? null),
    },
    nodes,
    edges,
  };
}

/** A Meeting's ISO date, read as `meetings { date }` reads it (the year of its earliest dated document). */
function meetingDate(
  attributes: { attributes: Record<string, string>; documents: string[] },
  documentDates: ReadonlyMap<string, string | null>,
): string | null {
  const raw = attributes.attributes.date ?? attributes.attributes.dateText ?? null;
  if (raw === null) return null;
  let year: string | null = null;
  for (const id of attributes.documents) {
    const date = documentDates.get(id) ?? null;
    if (date !== null && (year === null || date < year)) year = date;
  }
  return normalizeMeetingDate(raw, year?.slice(0, 4) ?? null);
}

interface CachedOverview {
  json: Uint8Array<ArrayBuffer>;
  gzip: Promise<Uint8Array<ArrayBuffer>> | null;
}

// Answers by graph and limit, dropped when the graph changes (an ingest, a removal).
const cache = new WeakMap<KnowledgeGraph, Map<string, CachedOverview>>();
const CHANGES = [
  "nodeAdded",
  "nodeDropped",
  "edgeAdded",
  "edgeDropped",
  "cleared",
  "edgesCleared",
  "attributesUpdated",
  "nodeAttributesUpdated",
  "edgeAttributesUpdated",
  "eachNodeAttributesUpdated",
  "eachEdgeAttributesUpdated",
] as const;
/** zlib level: 4 compresses JSON almost as well as the default 6, in about half the time. */
const GZIP_LEVEL = 4;
/** Most answers kept per graph (one per limit asked). */
const CACHE_SIZE = 4;

function cacheOf(graph: KnowledgeGraph): Map<string, CachedOverview> {
  let entries = cache.get(graph);
  if (!entries) {
    const fresh = new Map<string, CachedOverview>();
    for (const event of CHANGES) graph.on(event, () => fresh.clear());
    cache.set(graph, (entries = fresh));
  }
  return entries;
}

/** True when an Accept-Encoding header takes gzip (a `q=0` refuses it). */
export function acceptsGzip(header: string | null): boolean {
  if (!header) return false;
  for (const part of header.split(",")) {
    const [coding, ...parameters] = part.trim().toLowerCase().split(";");
    if (coding?.trim() !== "gzip" && coding?.trim() !== "*") continue;
    const q = parameters.map((p) => p.trim()).find((p) => p.startsWith("q="));
    return q === undefined || Number(q.slice(2)) > 0;
  }
  return false;
}

/** The overview of `graph` for `limit` as JSON bytes, from the cache or built (and kept) now. */
function cachedOverview(graph: KnowledgeGraph, limit: number | null, budget?: WorkBudget): CachedOverview {
  const key = String(limit);
  const entries = cacheOf(graph);
  let entry = entries.get(key);
  if (!entry) {
    const json = new TextEncoder().encode(JSON.stringify(buildOverview(graph, limit, budget)));
    entry = { json, gzip: null };
    if (entries.size >= CACHE_SIZE) entries.delete(entries.keys().next().value as string);
    entries.set(key, entry);
  }
  return entry;
}

/** The gzip of a cached overview, compressed once (off the event loop) and shared by the requests that want it. */
function gzipOf(entry: CachedOverview): Promise<Uint8Array<ArrayBuffer>> {
  entry.gzip ??= gzipAsync(entry.json, { level: GZIP_LEVEL }).then(
    (compressed) => new Uint8Array(compressed.buffer as ArrayBuffer, compressed.byteOffset, compressed.byteLength),
    (error: unknown) => {
      entry.gzip = null;
      throw error;
    },
  );
  return entry.gzip;
}

/**
 * The explorer's first request, answered ahead of it: builds and compresses the overview of
 * `graph` for `limit` (the explorer's default, `DEFAULT_OVERVIEW_LIMIT`) into the cache, so that
 * opening the explorer on a big graph just after the server starts costs the transfer only. A change
 * of the graph drops it, as any cached answer. Resolves once done; never rejects.
 */
export async function warmOverview(graph: KnowledgeGraph, limit: number = DEFAULT_OVERVIEW_LIMIT): Promise<void> {
  try {
    await gzipOf(cachedOverview(graph, limit));
  } catch {
    // A failure here is the first request's to report.
  }
}

/**
 * GET /overview[?limit=N]: the overview as JSON (`Overview`), gzip-compressed when the request
 * accepts it; `X-Uncompressed-Length` gives the JSON's size either way (for a progress bar).
 * 400 for a bad limit, 503 when building it runs past the request's `budget`.
 */
export async function handleOverview(
  graph: KnowledgeGraph,
  url: URL,
  acceptEncoding: string | null,
  budget?: WorkBudget,
): Promise<Response> {
  try {
    const limitText = url.searchParams.get("limit");
    const limit = limitText === null ? null : parseInteger("limit", limitText, 0, OVERVIEW_LIMIT_BOUNDS);
    const entry = cachedOverview(graph, limit, budget);
    const headers: Record<string, string> = {
      "content-type": "application/json; charset=utf-8",
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
      "x-uncompressed-length": String(entry.json.byteLength),
      vary: "accept-encoding",
    };
    if (!acceptsGzip(acceptEncoding)) return new Response(entry.json, { status: 200, headers });
    const body = await gzipOf(entry);
    return new Response(body, { status: 200, headers: { ...headers, "content-encoding": "gzip" } });
  } catch (error) {
    if (error instanceof InvalidInputError) return jsonError(400, ERROR_CODES.badUserInput, error.message);
    if (error instanceof BudgetExceededError) return jsonError(503, ERROR_CODES.budgetExceeded, error.message);
    throw error;
  }
}
