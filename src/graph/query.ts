// Pure reads over a knowledge graph: name lookup, search, listings, neighbourhoods, paths, and the
// meeting and negotiation views the API serves. Every function returns plain data or node/edge
// keys and never writes to the graph it reads (subgraph returns a new graph). No I/O here, and
// nothing imports from api/, cli/ or web/.

import { InvalidInputError, NotFoundError } from "../errors.ts";
import { parseDate } from "../extraction/read/metadata.ts";
import {
  ENTITY_TYPES,
  type EntityType,
  type Evidence,
  PREDICATES,
  type Predicate,
  type Statement,
} from "../extraction/types.ts";
import type { WorkBudget } from "./budget.ts";
import { compareStrings } from "./keys.ts";
import { createGraph, type EdgeAttributes, type KnowledgeGraph, type NodeAttributes } from "./model.ts";
import { neighbourRanksOf, selectFirst } from "./ranks.ts";

/**
 * A computation in steps: it pauses (yields nothing) when its budget says the caller should give
 * the event loop a turn, and returns its result. `finishSteps` runs one to its end in one go.
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs `steps` to their end without pausing and returns the result. */
export function finishSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

// ---------------------------------------------------------------------------------------------
// Names and the lookup index

/**
 * The form names are compared in: accents removed, lowercased, dots and apostrophes dropped
 * ("U.S." ~ "US"), any other run of punctuation or spaces turned into one space.
 */
export function normalizeLookup(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[.'’‘`]/g, "")
    .replace(/[^\p{L}\p{N}%$&]+/gu, " ")
    .trim();
}

/**
 * Search scores: an exact name or alias beats a prefix, which beats a word prefix, which beats a
 * substring; a prefix or word prefix of an alias only ranks below those of an entity's own name
 * ("bess": Scott Bessent before the "Bessent-He talks" a meeting also answers to).
 */
export const SEARCH_SCORES = {
  exact: 1,
  prefix: 0.75,
  wordPrefix: 0.5,
  aliasPrefix: 0.45,
  aliasWordPrefix: 0.4,
  substring: 0.25,
} as const;

interface NameEntry {
  key: string;
  /** Normalised names, the entity's own name first (when it has one: see `own`). */
  names: string[];
  /** Whether `names[0]` is the entity's own name (false when its name normalises to nothing). */
  own: boolean;
}

const INDEX_EVENTS = ["nodeAdded", "nodeDropped", "nodeAttributesUpdated", "eachNodeAttributesUpdated", "cleared"];

/**
 * The name and alias lookup of a graph (lowercased and normalised by `normalizeLookup`). Built on
 * the first lookup (or `warm()`), not by the constructor: opening a graph of 100k entities does not
 * wait for it. It listens to the graph's node events and rebuilds itself on the next lookup after a
 * change; `refresh()` rebuilds it at once. Call `dispose()` when a short-lived index is done with a
 * long-lived graph.
 */
export class GraphIndex {
  /** The graph this index answers for. */
  readonly graph: KnowledgeGraph;
  private byName = new Map<string, string[]>();
  private entries: NameEntry[] = [];
  private dirty = true;
  private readonly markDirty = (): void => {
    this.dirty = true;
  };

  constructor(graph: KnowledgeGraph) {
    this.graph = graph;
    for (const event of INDEX_EVENTS) graph.on(event as "nodeAdded", this.markDirty);
  }

  /** Builds the index now if it is not up to date (else the next lookup would). */
  warm(): void {
    this.ensureFresh();
  }

  /** Rebuilds the index from the graph's current nodes. */
  refresh(): void {
    const byName = new Map<string, string[]>();
    const entries: NameEntry[] = [];
    this.graph.forEachNode((key, attributes) => {
      // The distinct non-empty normalised names, own name first (a node has only a few: no Set).
      const names: string[] = [];
      const own = normalizeLookup(attributes.name);
      if (own !== "") names.push(own);
      for (const alias of attributes.aliases) {
        const name = normalizeLookup(alias);
        if (name !== "" && !names.includes(name)) names.push(name);
      }
      entries.push({ key, names, own: own !== "" });
      for (const name of names) {
        const list = byName.get(name);
        if (list) list.push(key);
        else byName.set(name, [key]);
      }
    });
    this.byName = byName;
    this.entries = entries;
    this.dirty = false;
  }

  /** Stops listening to the graph. The index still answers, from its last state. */
  dispose(): void {
    for (const event of INDEX_EVENTS) this.graph.removeListener(event as "nodeAdded", this.markDirty);
  }

  /**
   * The node keys answering to `name` (its name or any alias, compared normalised), best first:
   * the exact name as written, then a normalised name, then an alias; ties by mention count
   * (highest first), then key.
   */
  lookup(name: string): string[] {
    this.ensureFresh();
    const normalized = normalizeLookup(name);
    const keys = this.byName.get(normalized) ?? [];
    const rank = (key: string): number => {
      const attributes = this.graph.getNodeAttributes(key);
      if (attributes.name === name.trim()) return 0;
      return normalizeLookup(attributes.name) === normalized ? 1 : 2;
    };
    return keys
      .filter((key) => this.graph.hasNode(key))
      .map((key) => ({ key, rank: rank(key), mentions: this.graph.getNodeAttribute(key, "mentionCount") }))
      .sort((a, b) => a.rank - b.rank || b.mentions - a.mentions || compareStrings(a.key, b.key))
      .map((entry) => entry.key);
  }

  /** Every node whose name or an alias matches `text`, with its best score (unordered). */
  match(text: string): { id: string; score: number }[] {
    this.ensureFresh();
    const query = normalizeLookup(text);
    if (query === "") return [];
    const results: { id: string; score: number }[] = [];
    for (const entry of this.entries) {
      let score = 0;
      for (let k = 0; k < entry.names.length; k++)
        score = Math.max(score, scoreName(entry.names[k]!, query, k === 0 && entry.own));
      if (score > 0 && this.graph.hasNode(entry.key)) results.push({ id: entry.key, score });
    }
    return results;
  }

  private ensureFresh(): void {
    if (this.dirty) this.refresh();
  }
}

/** The score of one normalised name for `query`; `own` when it is the entity's own name, not an alias. */
function scoreName(name: string, query: string, own: boolean): number {
  if (name === query) return SEARCH_SCORES.exact;
  if (name.startsWith(query)) return own ? SEARCH_SCORES.prefix : SEARCH_SCORES.aliasPrefix;
  if (` ${name}`.includes(` ${query}`)) return own ? SEARCH_SCORES.wordPrefix : SEARCH_SCORES.aliasWordPrefix;
  if (name.includes(query)) return SEARCH_SCORES.substring;
  return 0;
}

// One index per graph for the functions whose signature takes none; it follows the graph's events.
const sharedIndexes = new WeakMap<KnowledgeGraph, GraphIndex>();

function indexOf(graph: KnowledgeGraph, index?: GraphIndex): GraphIndex {
  if (index && index.graph === graph) return index;
  let shared = sharedIndexes.get(graph);
  if (!shared) sharedIndexes.set(graph, (shared = new GraphIndex(graph)));
  return shared;
}

function assertNode(graph: KnowledgeGraph, id: string, what: string): void {
  if (!graph.hasNode(id)) {
    throw new NotFoundError(`query: ${what} should be the id of an entity in the graph, found "${id}".`);
  }
}

function assertCount(value: number, what: string): void {
  if (!Number.isInteger(value) || value < 0) {
    throw new InvalidInputError(`query: ${what} should be a non-negative integer, found ${String(value)}.`);
  }
}

// ---------------------------------------------------------------------------------------------
// Entities

/** What `findEntity` looks for: an id, or a name (any alias, case-insensitive). The id wins when both are given. */
export interface FindEntityInput {
  id?: string;
  name?: string;
}

/**
 * The node key of the entity with this id, or answering to this name (any alias, compared
 * normalised: "u.s." finds the entity with the alias "U.S."), preferring the exact name, then an
 * alias, then the entity mentioned most; null when there is none.
 */
export function findEntity(graph: KnowledgeGraph, index: GraphIndex, input: FindEntityInput): string | null {
  if (input.id !== undefined) return graph.hasNode(input.id) ? input.id : null;
  if (input.name === undefined) return null;
  return indexOf(graph, index).lookup(input.name)[0] ?? null;
}

/** The node key of the entity with this id or name (see `findEntity`); throws `NotFoundError` when none. */
export function resolveEntity(graph: KnowledgeGraph, index: GraphIndex, idOrName: string): string {
  const key = findEntity(graph, index, { id: idOrName }) ?? findEntity(graph, index, { name: idOrName });
  if (key === null) {
    throw new NotFoundError(`query: the entity should be an id or a name in the graph, found "${idOrName}".`);
  }
  return key;
}

/**
 * Entities whose name or an alias matches `text`, best first: exact (score 1) > prefix > word
 * prefix > substring; ties by PageRank (highest first), then id. At most `first` results.
 */
export function searchEntities(
  graph: KnowledgeGraph,
  index: GraphIndex,
  text: string,
  first = 10,
): { id: string; score: number }[] {
  assertCount(first, "searchEntities first");
  const pagerank = (id: string) => graph.getNodeAttribute(id, "pagerank");
  return indexOf(graph, index)
    .match(text)
    .sort((a, b) => b.score - a.score || pagerank(b.id) - pagerank(a.id) || compareStrings(a.id, b.id))
    .slice(0, first);
}

/** Orders of `listEntities`: by name (A→Z), or by degree, PageRank or mentions (highest first). */
export const ENTITY_ORDERS = ["NAME", "DEGREE", "PAGERANK", "MENTIONS"] as const;
export type EntityOrder = (typeof ENTITY_ORDERS)[number];

/** Options of `listEntities`. */
export interface ListEntitiesOptions {
  /** Only entities of this type. */
  type?: EntityType;
  /** Only entities whose name or an alias contains this text (compared normalised). */
  search?: string;
  /** Default NAME. Ties by name, then id. */
  orderBy?: EntityOrder;
  /** The lookup index to use for `search` (default: one kept per graph). */
  index?: GraphIndex;
}

/** The node keys of the entities that pass the filters, in the asked order. Pagination is the caller's. */
export function listEntities(graph: KnowledgeGraph, options: ListEntitiesOptions = {}): string[] {
  const { type, search, orderBy = "NAME" } = options;
  if (type !== undefined && !ENTITY_TYPES.includes(type)) {
    throw new InvalidInputError(`query: type should be one of ${ENTITY_TYPES.join(", ")}, found "${String(type)}".`);
  }
  if (!ENTITY_ORDERS.includes(orderBy)) {
    throw new InvalidInputError(
      `query: orderBy should be one of ${ENTITY_ORDERS.join(", ")}, found "${String(orderBy)}".`,
    );
  }
  const matching =
    search !== undefined
      ? new Set(
          indexOf(graph)
            .match(search)
            .map((m) => m.id),
        )
      : null;
  const keys = graph.filterNodes(
    (key, attributes) => (type === undefined || attributes.type === type) && (matching === null || matching.has(key)),
  );
  const measure = (attributes: NodeAttributes): number =>
    orderBy === "DEGREE"
      ? attributes.degree
      : orderBy === "PAGERANK"
        ? attributes.pagerank
        : orderBy === "MENTIONS"
          ? attributes.mentionCount
          : 0;
  const sortable = keys.map((key) => {
    const attributes = graph.getNodeAttributes(key);
    return { key, value: measure(attributes), name: attributes.name.toLowerCase() };
  });
  sortable.sort((a, b) => b.value - a.value || compareStrings(a.name, b.name) || compareStrings(a.key, b.key));
  return sortable.map((entry) => entry.key);
}

// ---------------------------------------------------------------------------------------------
// Relations, neighbourhoods, subgraphs, paths

/** Directions of `relationsOf`, seen from the entity. Symmetric relations count as both. */
export const DIRECTIONS = ["OUT", "IN", "BOTH"] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** Options of `relationsOf`. */
export interface RelationsOfOptions {
  predicate?: Predicate;
  /** Default BOTH. */
  direction?: Direction;
}

/**
 * The edge keys of an entity's relations, sorted by key. A symmetric relation (MET_WITH…) is both
 * outgoing and incoming. Throws `NotFoundError` for an unknown id.
 */
export function relationsOf(graph: KnowledgeGraph, id: string, options: RelationsOfOptions = {}): string[] {
  const { predicate, direction = "BOTH" } = options;
  assertNode(graph, id, "relationsOf id");
  assertPredicates(predicate === undefined ? undefined : [predicate]);
  if (!DIRECTIONS.includes(direction)) {
    throw new InvalidInputError(
      `query: direction should be one of ${DIRECTIONS.join(", ")}, found "${String(direction)}".`,
    );
  }
  const keys: string[] = [];
  graph.forEachEdge(id, (edge, attributes, source) => {
    if (predicate !== undefined && attributes.predicate !== predicate) return;
    const outgoing = source === id;
    if (direction === "BOTH" || attributes.symmetric || (direction === "OUT") === outgoing) keys.push(edge);
  });
  return keys.sort(compareStrings);
}

function assertPredicates(predicates: readonly Predicate[] | undefined): void {
  for (const predicate of predicates ?? []) {
    if (!PREDICATES.includes(predicate)) {
      throw new InvalidInputError(`query: predicate should be one of the ontology's, found "${String(predicate)}".`);
    }
  }
}

function assertTypes(types: readonly EntityType[] | undefined): void {
  for (const type of types ?? []) {
    if (!ENTITY_TYPES.includes(type)) {
      throw new InvalidInputError(`query: type should be one of ${ENTITY_TYPES.join(", ")}, found "${String(type)}".`);
    }
  }
}

/**
 * Calls `visit` with each node joined to `node` by an edge of `predicates` (any when null), either
 * direction, and its attributes (read from the adjacency, not looked up again).
 */
function forEachAdjacent(
  graph: KnowledgeGraph,
  node: string,
  predicates: ReadonlySet<Predicate> | null,
  visit: (neighbor: string, attributes: NodeAttributes) => void,
): void {
  if (predicates === null) {
    graph.forEachNeighbor(node, visit);
    return;
  }
  graph.forEachEdge(node, (_edge, attributes, source, target, sourceAttributes, targetAttributes) => {
    if (!predicates.has(attributes.predicate)) return;
    if (source === node) visit(target, targetAttributes);
    else visit(source, sourceAttributes);
  });
}

/** How a hop's nodes are ordered: by key, or most relevant first (highest PageRank, then smallest key). */
type HopOrder = "key" | "relevance";

/**
 * Breadth-first from `seeds` through edges of `predicates` (any when null), either direction, at
 * most `depth` hops: calls `visit` once with each node the first time a hop reaches it (seeds
 * excluded), and `endHop` after each hop, which returns false to stop there. A hop is discovered
 * whole before `endHop` sees it, so what a hop holds does not depend on the order edges are stored in.
 * `firstHop`, when given, is hop 1 already known (every node next to the seeds, already visited):
 * the walk goes on from hop 2 without going through the seeds' edges.
 */
function* breadthFirst(
  graph: KnowledgeGraph,
  seeds: readonly string[],
  depth: number,
  predicates: ReadonlySet<Predicate> | null,
  visit: (node: string, attributes: NodeAttributes) => void,
  endHop: () => boolean,
  firstHop: readonly string[] | null = null,
  budget?: WorkBudget,
): Steps<void> {
  const seen = new Set(seeds);
  let frontier = [...seen];
  let hop = 1;
  if (firstHop !== null) {
    for (const node of firstHop) seen.add(node);
    frontier = [...firstHop];
    hop = 2;
  }
  for (; hop <= depth && frontier.length > 0; hop++) {
    const next: string[] = [];
    // On the last hop from a single node, graphology lists each neighbour once: no need to remember them.
    const once = hop === depth && frontier.length === 1 && predicates === null;
    const reach = (neighbor: string, attributes: NodeAttributes): void => {
      if (seen.has(neighbor)) return;
      if (!once) {
        seen.add(neighbor);
        next.push(neighbor);
      }
      visit(neighbor, attributes);
    };
    for (const node of frontier) {
      if (budget?.tick()) yield;
      forEachAdjacent(graph, node, predicates, reach);
    }
    if (!endHop()) return;
    frontier = next;
  }
}

/**
 * The walk behind `neighbors` and `subgraph`: the seeds (all of them, in the given order), then the
 * nodes one hop away, then two hops…, each hop's nodes in `order`, keeping only those `keep`
 * accepts (the walk itself goes through every node) and stopping as soon as `limit` nodes are kept.
 */
function* walk(
  graph: KnowledgeGraph,
  seeds: readonly string[],
  depth: number,
  predicates: ReadonlySet<Predicate> | null,
  keep: ((attributes: NodeAttributes) => boolean) | null,
  limit: number,
  order: HopOrder,
  budget?: WorkBudget,
): Steps<string[]> {
  const kept = [...new Set(seeds)];
  if (kept.length >= limit) return kept;
  // A hub's first hop, ranked ahead (ranks.ts): the walk goes on from there when it needs more.
  let firstHop: readonly string[] | null = null;
  if (order === "relevance" && kept.length === 1 && predicates === null && depth > 0) {
    firstHop = neighbourRanksOf(graph).of(kept[0]!);
    if (firstHop !== null) {
      for (const node of firstHop) {
        if (keep !== null && !keep(graph.getNodeAttributes(node))) continue;
        kept.push(node);
        if (kept.length >= limit) return kept;
      }
      if (depth === 1) return kept;
    }
  }
  let candidates: string[] = [];
  let ranks: number[] = [];
  const visit = (node: string, attributes: NodeAttributes): void => {
    if (keep !== null && !keep(attributes)) return;
    candidates.push(node);
    if (order === "relevance") ranks.push(attributes.pagerank);
  };
  const endHop = (): boolean => {
    for (const key of selectFirst(candidates, order === "relevance" ? ranks : null, limit - kept.length)) {
      kept.push(key);
    }
    candidates = [];
    ranks = [];
    return kept.length < limit;
  };
  yield* breadthFirst(graph, seeds, depth, predicates, visit, endHop, firstHop, budget);
  return kept;
}

/** A deep copy of plain data (objects, arrays, strings, numbers, booleans, null), as attributes are. */
function clonePlain<T>(value: T): T {
  if (typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) return value.map(clonePlain) as T;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) copy[key] = clonePlain((value as Record<string, unknown>)[key]);
  return copy as T;
}

/** Options of `neighbors` and `countNeighbors`. */
export interface NeighborsOptions {
  /** How many hops (default 1). */
  depth?: number;
  /** Only return entities of these types (the walk itself goes through any type). */
  types?: EntityType[];
  /** Only walk edges of these predicates. */
  predicates?: Predicate[];
  /** At most this many entities (default: all); `countNeighbors` tells how many there are. */
  limit?: number;
  /** The request's work budget, checked as the walk goes (default: none). */
  budget?: WorkBudget;
}

function typeFilter(types: readonly EntityType[] | undefined) {
  if (types === undefined) return null;
  const wanted = new Set<EntityType>(types);
  return (attributes: NodeAttributes): boolean => wanted.has(attributes.type);
}

/**
 * The node keys within `depth` hops of `id` (both directions), without `id` itself: nearest first,
 * then within a hop the most relevant first (highest PageRank, then smallest key), at most `limit`.
 * Only the hops needed to fill `limit` are walked. Throws `NotFoundError` for an unknown id and
 * `InvalidInputError` for a bad depth, limit, type or predicate.
 */
export function neighbors(graph: KnowledgeGraph, id: string, options: NeighborsOptions = {}): string[] {
  return finishSteps(neighborsSteps(graph, id, options));
}

/** `neighbors` as steps: pauses whenever `options.budget` says the caller should yield. */
export function* neighborsSteps(graph: KnowledgeGraph, id: string, options: NeighborsOptions = {}): Steps<string[]> {
  const { depth = 1, types, predicates, limit, budget } = options;
  assertNode(graph, id, "neighbors id");
  assertCount(depth, "neighbors depth");
  if (limit !== undefined) assertCount(limit, "neighbors limit");
  assertTypes(types);
  assertPredicates(predicates);
  const keep = typeFilter(types);
  const max = limit === undefined ? Number.POSITIVE_INFINITY : limit + 1;
  const predicateSet = predicates ? new Set(predicates) : null;
  return (yield* walk(graph, [id], depth, predicateSet, keep, max, "relevance", budget)).slice(1);
}

/**
 * How many entities `neighbors` finds without a limit (same depth, types and predicates), counted
 * without ranking them. Throws like `neighbors`.
 */
export function countNeighbors(graph: KnowledgeGraph, id: string, options: NeighborsOptions = {}): number {
  return finishSteps(countNeighborsSteps(graph, id, options));
}

/** `countNeighbors` as steps: pauses whenever `options.budget` says the caller should yield. */
export function* countNeighborsSteps(graph: KnowledgeGraph, id: string, options: NeighborsOptions = {}): Steps<number> {
  const { depth = 1, types, predicates, budget } = options;
  assertNode(graph, id, "countNeighbors id");
  assertCount(depth, "countNeighbors depth");
  assertTypes(types);
  assertPredicates(predicates);
  const keep = typeFilter(types);
  if (depth === 1 && predicates === undefined) {
    const ranked = neighbourRanksOf(graph).of(id);
    if (ranked !== null) {
      if (keep === null) return ranked.length;
      let kept = 0;
      for (const node of ranked) if (keep(graph.getNodeAttributes(node))) kept++;
      return kept;
    }
  }
  let count = 0;
  const visit = (_node: string, attributes: NodeAttributes): void => {
    if (keep === null || keep(attributes)) count++;
  };
  yield* breadthFirst(graph, [id], depth, predicates ? new Set(predicates) : null, visit, () => true, null, budget);
  return count;
}

/** Options of `subgraph`. */
export interface SubgraphOptions extends NeighborsOptions {
  /** Largest number of nodes: the seeds are always kept, then the nearest nodes, by key within a hop. */
  limit?: number;
}

/**
 * A new graph holding the seeds, the nodes within `depth` hops of them (of `types` when given) and
 * every edge among them (of `predicates` when given), with copies of the attributes. Nodes are
 * added in walk order: the seeds as given, then hop by hop, by key within a hop; edges by key. Its
 * graph attributes keep only the documents, statements and merges about its nodes. Walks only as
 * far as `limit` needs and reads only the edges of the nodes it keeps. Throws `NotFoundError` for
 * an unknown seed.
 */
export function subgraph(graph: KnowledgeGraph, seeds: string[], options: SubgraphOptions = {}): KnowledgeGraph {
  return finishSteps(subgraphSteps(graph, seeds, options));
}

/** `subgraph` as steps: pauses whenever `options.budget` says the caller should yield. */
export function* subgraphSteps(
  graph: KnowledgeGraph,
  seeds: string[],
  options: SubgraphOptions = {},
): Steps<KnowledgeGraph> {
  const { depth = 1, types, predicates, limit, budget } = options;
  for (const seed of seeds) assertNode(graph, seed, "subgraph seed");
  assertCount(depth, "subgraph depth");
  if (limit !== undefined) assertCount(limit, "subgraph limit");
  assertTypes(types);
  assertPredicates(predicates);
  const predicateSet = predicates ? new Set(predicates) : null;
  const ordered = yield* walk(
    graph,
    seeds,
    depth,
    predicateSet,
    typeFilter(types),
    limit ?? Number.POSITIVE_INFINITY,
    "key",
    budget,
  );
  const kept = new Set(ordered);

  const result = createGraph();
  const documents = new Set<string>();
  const edges: { key: string; source: string; target: string; attributes: EdgeAttributes }[] = [];
  for (const key of ordered) {
    if (budget?.tick()) yield;
    const attributes = graph.getNodeAttributes(key);
    result.addNode(key, clonePlain(attributes));
    for (const document of attributes.documents) documents.add(document);
  }
  // Every edge among kept nodes is an out-edge of exactly one of them. A hub's out-edges are many
  // more than the kept nodes: ask for its edges to each of them instead.
  const collect = (edge: string, attributes: EdgeAttributes, source: string, target: string): void => {
    if (!kept.has(target)) return;
    if (predicateSet !== null && !predicateSet.has(attributes.predicate)) return;
    edges.push({ key: edge, source, target, attributes });
  };
  for (const key of ordered) {
    if (budget?.tick()) yield;
    if (graph.outDegree(key) <= ordered.length) graph.forEachOutEdge(key, collect);
    else for (const other of ordered) graph.forEachOutEdge(key, other, collect);
  }
  edges.sort((a, b) => compareStrings(a.key, b.key));
  for (const edge of edges) {
    if (budget?.tick()) yield;
    result.addDirectedEdgeWithKey(edge.key, edge.source, edge.target, clonePlain(edge.attributes));
    for (const evidence of edge.attributes.evidence) documents.add(evidence.document);
  }
  const source = graph.getAttributes();
  result.replaceAttributes({
    version: source.version,
    documents: clonePlain(source.documents.filter((document) => documents.has(document.id))),
    statements: clonePlain(source.statements.filter((s) => kept.has(s.speaker) || (s.via !== null && kept.has(s.via)))),
    merges: clonePlain(source.merges.filter((merge) => kept.has(merge.entity))),
    builtAt: source.builtAt,
  });
  return result;
}

/** A path: its nodes from start to end, and one edge key per hop. */
export interface GraphPath {
  nodes: string[];
  edges: string[];
}

/** The smallest key of the edges between `a` and `b`, either way round. */
function firstEdgeBetween(graph: KnowledgeGraph, a: string, b: string): string {
  let best: string | null = null;
  const consider = (edge: string) => {
    if (best === null || edge < best) best = edge;
  };
  graph.forEachOutEdge(a, b, consider);
  graph.forEachOutEdge(b, a, consider);
  return best!;
}

/** The smallest key among the neighbours of `node` that `accept` takes (there is one). */
function smallestNeighbor(graph: KnowledgeGraph, node: string, accept: (neighbor: string) => boolean): string {
  let best: string | null = null;
  graph.forEachNeighbor(node, (neighbor) => {
    if ((best === null || neighbor < best) && accept(neighbor)) best = neighbor;
  });
  return best!;
}

/**
 * A shortest path from `from` to `to` treating every edge as undirected, at most `maxLength` hops,
 * or null when there is none. Among equally short paths, the one whose nodes' keys are smallest,
 * compared hop by hop from `from`; for each hop, the edge with the smallest key. Searches from both
 * ends a hop at a time, widening the side whose frontier has fewer edges, and never sorts a
 * neighbourhood. Throws `NotFoundError` for an unknown id, and whatever `budget` throws once it runs out.
 */
export function shortestPath(
  graph: KnowledgeGraph,
  from: string,
  to: string,
  maxLength = 4,
  budget?: WorkBudget,
): GraphPath | null {
  assertNode(graph, from, "shortestPath from");
  assertNode(graph, to, "shortestPath to");
  assertCount(maxLength, "shortestPath maxLength");
  if (from === to) return { nodes: [from], edges: [] };

  // Distances from `from` (forward) and to `to` (backward), one full hop at a time.
  const forward = new Map([[from, 0]]);
  const backward = new Map([[to, 0]]);
  let forwardFrontier = [from];
  let backwardFrontier = [to];
  let forwardRadius = 0;
  let backwardRadius = 0;
  let met = false;
  const cost = (frontier: readonly string[]) => frontier.reduce((sum, node) => sum + graph.degree(node), 0);
  while (
    !met &&
    forwardRadius + backwardRadius < maxLength &&
    forwardFrontier.length > 0 &&
    backwardFrontier.length > 0
  ) {
    const widenForward = cost(forwardFrontier) <= cost(backwardFrontier);
    const [distances, other, frontier] = widenForward
      ? [forward, backward, forwardFrontier]
      : [backward, forward, backwardFrontier];
    const radius = (widenForward ? forwardRadius : backwardRadius) + 1;
    const next: string[] = [];
    for (const node of frontier) {
      budget?.tick();
      graph.forEachNeighbor(node, (neighbor) => {
        if (distances.has(neighbor)) return;
        distances.set(neighbor, radius);
        next.push(neighbor);
        if (other.has(neighbor)) met = true;
      });
    }
    if (widenForward) {
      forwardFrontier = next;
      forwardRadius = radius;
    } else {
      backwardFrontier = next;
      backwardRadius = radius;
    }
  }
  if (!met) return null;

  // Every shortest path crosses the forward frontier at a node the backward search reached. Going
  // back from those, mark the nodes of the forward side that lie on a shortest path, hop by hop.
  const length = forwardRadius + backwardRadius;
  const onPath: Set<string>[] = [];
  onPath[forwardRadius] = new Set(forwardFrontier.filter((node) => backward.has(node)));
  for (let hop = forwardRadius; hop > 0; hop--) {
    const previous = new Set<string>();
    for (const node of onPath[hop]!) {
      graph.forEachNeighbor(node, (neighbor) => {
        if (forward.get(neighbor) === hop - 1) previous.add(neighbor);
      });
    }
    onPath[hop - 1] = previous;
  }
  // Then walk from `from`, taking at each hop the smallest key that still leads to `to` in time.
  const nodes = [from];
  for (let hop = 1; hop <= length; hop++) {
    const accept =
      hop <= forwardRadius
        ? (neighbor: string) => onPath[hop]!.has(neighbor)
        : (neighbor: string) => backward.get(neighbor) === length - hop;
    nodes.push(smallestNeighbor(graph, nodes[hop - 1]!, accept));
  }
  const edges = nodes.slice(1).map((node, i) => firstEdgeBetween(graph, nodes[i]!, node));
  return { nodes, edges };
}

// ---------------------------------------------------------------------------------------------
// Meetings and negotiations

/** One meeting, as the API and the explorer show it. */
export interface MeetingView {
  /** Node key of the Meeting. */
  id: string;
  /** ISO date (YYYY-MM-DD, or YYYY-MM / YYYY when that is all the text gives), or null. */
  date: string | null;
  /** The date as written ("June 5th", "Thursday"), or null. */
  dateText: string | null;
  /** Node key of the Place or Country it was held in (HELD_IN), else the place as written, else null. */
  place: string | null;
  /** Every HELD_IN target, best first (the one named as the place, then the most evidenced). */
  places: string[];
  /** Node key of the Meeting it is part of (PART_OF), e.g. the summit of sideline talks. */
  summit: string | null;
  /** Node keys of the PARTICIPATED_IN sources, sorted. */
  participants: string[];
  /** Node keys of what was discussed (DISCUSSED targets, relations' `topic`), or topics as written. */
  topics: string[];
}

/** Filters of `meetings`. Names or ids; a name that finds no entity matches no meeting. */
export interface MeetingsFilter {
  /** The meeting was held there, or somewhere PART_OF it ("South Korea" finds a meeting in one of its cities). */
  place?: string;
  participant?: string;
  /** ISO dates (YYYY, YYYY-MM or YYYY-MM-DD), inclusive; meetings without a date are left out. */
  from?: string;
  to?: string;
  /** The lookup index to use (default: one kept per graph). */
  index?: GraphIndex;
}

const ISO_PARTIAL = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
// biome-ignore format: a word list reads better packed
const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH_WORD =
  "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
const MONTH_DAY = new RegExp(`\\b${MONTH_WORD}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b`, "i");
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_WORD}`, "i");
const MONTH_YEAR = new RegExp(`\\b${MONTH_WORD}\\s+((?:19|20)\\d{2})\\b`, "i");
const YEAR_ONLY = /\b((?:19|20)\d{2})\b/;

/**
 * The ISO form of a date as written: a full date ("June 5, 2025"); a day and month dated with
 * `year` (the year of the documents that report it); a month and year ("2025-06"); a year alone;
 * else null (weekdays and relative dates are not guessed).
 */
export function normalizeMeetingDate(text: string, year: string | null): string | null {
  const full = parseDate(text);
  if (full !== null) return full;
  const pad = (n: number) => String(n).padStart(2, "0");
  const monthOf = (word: string) => MONTHS[word.toLowerCase().slice(0, 3)]!;
  const monthYear = MONTH_YEAR.exec(text);
  if (monthYear) return `${monthYear[2]}-${pad(monthOf(monthYear[1]!))}`;
  const monthDay = MONTH_DAY.exec(text);
  const dayMonth = monthDay ? null : DAY_MONTH.exec(text);
  if (year !== null && (monthDay || dayMonth)) {
    const month = monthOf(monthDay ? monthDay[1]! : dayMonth![2]!);
    const day = Number(monthDay ? monthDay[2] : dayMonth![1]);
    const check = new Date(Date.UTC(Number(year), month - 1, day));
    if (day >= 1 && check.getUTCMonth() === month - 1) return `${year}-${pad(month)}-${pad(day)}`;
  }
  return YEAR_ONLY.exec(text)?.[1] ?? null;
}

/** True for an ISO date that exists: YYYY, YYYY-MM with a month 01 to 12, or a real YYYY-MM-DD. */
function isIsoPartial(value: string): boolean {
  if (!ISO_PARTIAL.test(value)) return false;
  const [year, month, day] = value.split("-").map(Number);
  if (month === undefined) return true;
  if (month < 1 || month > 12) return false;
  if (day === undefined) return true;
  const check = new Date(Date.UTC(year!, month - 1, day));
  return day >= 1 && check.getUTCMonth() === month - 1;
}

function assertIsoFilter(value: string | undefined, what: string): void {
  if (value !== undefined && !isIsoPartial(value)) {
    throw new InvalidInputError(
      `query: ${what} should be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), found "${value}".`,
    );
  }
}

/** True when the (possibly partial) ISO date `date` overlaps [from, to]. */
function inRange(date: string, from: string | undefined, to: string | undefined): boolean {
  if (from !== undefined && date < from.slice(0, date.length)) return false;
  if (to !== undefined && date.slice(0, to.length) > to) return false;
  return true;
}

function edgesOf(
  graph: KnowledgeGraph,
  node: string,
  direction: "in" | "out",
  predicate: Predicate,
): { edge: string; other: string; attributes: EdgeAttributes }[] {
  const list: { edge: string; other: string; attributes: EdgeAttributes }[] = [];
  const visit = (edge: string, attributes: EdgeAttributes, source: string, target: string) => {
    if (attributes.predicate === predicate)
      list.push({ edge, other: direction === "out" ? target : source, attributes });
  };
  if (direction === "out") graph.forEachOutEdge(node, visit);
  else graph.forEachInEdge(node, visit);
  return list.sort((a, b) => compareStrings(a.edge, b.edge));
}

/** The year of the earliest dated document that mentions the node, or null. */
function documentYear(graph: KnowledgeGraph, node: string): string | null {
  const dates = new Map(graph.getAttribute("documents").map((document) => [document.id, document.date]));
  const years = graph
    .getNodeAttribute(node, "documents")
    .map((id) => dates.get(id) ?? null)
    .filter((date): date is string => date !== null)
    .sort(compareStrings);
  return years[0]?.slice(0, 4) ?? null;
}

/** Edges of the talk predicates whose `meeting` attribute names a Meeting node: meeting key → edge keys. */
function talkEdgesByMeeting(graph: KnowledgeGraph, index: GraphIndex): Map<string | null, string[]> {
  const byMeeting = new Map<string | null, string[]>();
  graph.forEachEdge((edge, attributes) => {
    if (!TALK_PREDICATES.has(attributes.predicate)) return;
    const name = attributes.attributes.meeting;
    const meeting =
      name === undefined ? null : (meetingNamed(graph, index, name) ?? (graph.hasNode(name) ? name : null));
    const list = byMeeting.get(meeting);
    if (list) list.push(edge);
    else byMeeting.set(meeting, [edge]);
  });
  return byMeeting;
}

function meetingNamed(graph: KnowledgeGraph, index: GraphIndex, name: string): string | null {
  return index.lookup(name).find((key) => graph.getNodeAttribute(key, "type") === "Meeting") ?? null;
}

/** A topic as written: the node key of the entity it names when there is one, else the text. */
function topicKey(index: GraphIndex, topic: string): string {
  return index.lookup(topic)[0] ?? topic;
}

/** The view of one Meeting node. */
function meetingView(graph: KnowledgeGraph, index: GraphIndex, id: string, talkEdges: readonly string[]): MeetingView {
  const attributes = graph.getNodeAttributes(id);
  const dateText = attributes.attributes.dateText ?? attributes.attributes.date ?? null;
  const rawDate = attributes.attributes.date ?? dateText;
  const date = rawDate === null ? null : normalizeMeetingDate(rawDate, documentYear(graph, id));
  const rawPlace = attributes.attributes.place ?? null;
  const named = rawPlace === null ? "" : normalizeLookup(rawPlace);
  const places = edgesOf(graph, id, "out", "HELD_IN")
    .map(({ other, attributes: edge }) => ({
      key: other,
      isNamed: named !== "" && normalizeLookup(graph.getNodeAttribute(other, "name")) === named ? 0 : 1,
      evidence: edge.evidence.length,
    }))
    .sort((a, b) => a.isNamed - b.isNamed || b.evidence - a.evidence || compareStrings(a.key, b.key))
    .map((place) => place.key);
  const summit =
    edgesOf(graph, id, "out", "PART_OF").find(({ other }) => graph.getNodeAttribute(other, "type") === "Meeting")
      ?.other ?? null;
  const participants = [...new Set(edgesOf(graph, id, "in", "PARTICIPATED_IN").map(({ other }) => other))];
  const topics = new Set(edgesOf(graph, id, "out", "DISCUSSED").map(({ other }) => other));
  for (const edge of talkEdges) {
    const topic = graph.getEdgeAttributes(edge).attributes.topic;
    if (topic !== undefined) topics.add(topicKey(index, topic));
  }
  return {
    id,
    date,
    dateText,
    place: places[0] ?? rawPlace,
    places,
    summit,
    participants: participants.sort(compareStrings),
    topics: [...topics].sort(compareStrings),
  };
}

/** The places a place is part of (PART_OF, a few levels up), itself included. */
function enclosingPlaces(graph: KnowledgeGraph, place: string): Set<string> {
  const found = new Set([place]);
  let frontier = [place];
  for (let level = 0; level < 4 && frontier.length > 0; level++) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const { other } of edgesOf(graph, node, "out", "PART_OF")) {
        if (!found.has(other)) {
          found.add(other);
          next.push(other);
        }
      }
    }
    frontier = next;
  }
  return found;
}

function byDateThenId<T>(date: (item: T) => string | null, id: (item: T) => string | null) {
  return (a: T, b: T): number => {
    const da = date(a);
    const db = date(b);
    if (da !== db) return da === null ? 1 : db === null ? -1 : compareStrings(da, db);
    const ia = id(a);
    const ib = id(b);
    if (ia === ib) return 0;
    return ia === null ? 1 : ib === null ? -1 : compareStrings(ia, ib);
  };
}

/**
 * The Meeting nodes as views, by date (undated last), then id. `place` and `participant` take
 * names or ids; `from`/`to` must be ISO dates (else `InvalidInputError`).
 */
export function meetings(graph: KnowledgeGraph, filter: MeetingsFilter = {}): MeetingView[] {
  assertIsoFilter(filter.from, "meetings from");
  assertIsoFilter(filter.to, "meetings to");
  const index = indexOf(graph, filter.index);
  const talks = talkEdgesByMeeting(graph, index);
  const placeKey =
    filter.place === undefined
      ? null
      : (findEntity(graph, index, { id: filter.place }) ?? index.lookup(filter.place)[0] ?? null);
  const placeText = filter.place === undefined ? "" : normalizeLookup(filter.place);
  const participant =
    filter.participant === undefined
      ? null
      : (findEntity(graph, index, { id: filter.participant }) ?? index.lookup(filter.participant)[0] ?? "");
  const views: MeetingView[] = [];
  graph.forEachNode((id, attributes) => {
    if (attributes.type !== "Meeting") return;
    const view = meetingView(graph, index, id, talks.get(id) ?? []);
    if (filter.place !== undefined) {
      const enclosing = new Set(view.places.flatMap((place) => [...enclosingPlaces(graph, place)]));
      const rawMatches = view.places.length === 0 && view.place !== null && normalizeLookup(view.place) === placeText;
      if (!(placeKey !== null && enclosing.has(placeKey)) && !rawMatches) return;
    }
    if (participant !== null && !view.participants.includes(participant)) return;
    if (filter.from !== undefined || filter.to !== undefined) {
      if (view.date === null || !inRange(view.date, filter.from, filter.to)) return;
    }
    views.push(view);
  });
  return views.sort(
    byDateThenId(
      (view) => view.date,
      (view) => view.id,
    ),
  );
}

/** Predicates that say two parties talked. */
const TALK_PREDICATES: ReadonlySet<Predicate> = new Set(["NEGOTIATED_WITH", "MET_WITH"]);

/** One party to a negotiation. */
export interface NegotiationParty {
  /** Node key of the party (a person, country, agency…). */
  entity: string;
  /** Node key of the country or body it acts for (REPRESENTS, then HOLDS_POSITION, then AFFILIATED_WITH; a country is its own side), or null. */
  side: string | null;
  /** Its title (HOLDS_POSITION) or its role at the meeting (PARTICIPATED_IN `role`), or null. */
  role: string | null;
}

/** "Who negotiated what": one meeting with its parties, who faced whom, the topics and the evidence. */
export interface NegotiationView {
  /** Node key of the Meeting, or null for talks the text ties to no meeting. */
  meeting: string | null;
  /** Sorted by entity key. */
  parties: NegotiationParty[];
  /** NEGOTIATED_WITH pairs [source, target], sorted. */
  counterparts: [string, string][];
  /** As in `MeetingView.topics`. */
  topics: string[];
  /** Evidence of the participations and talks, by document and offset. */
  evidence: Evidence[];
}

/** Filters of `negotiations`: names or ids; a name that finds no entity matches nothing. */
export interface NegotiationsFilter {
  /** A party, or the side a party acts for. */
  participant?: string;
  /** A topic's name or id (a topic whose name contains the text matches too). */
  topic?: string;
  /** The lookup index to use (default: one kept per graph). */
  index?: GraphIndex;
}

function bestTarget(
  graph: KnowledgeGraph,
  node: string,
  predicate: Predicate,
  prefer?: string | null,
): { other: string; attributes: EdgeAttributes } | null {
  const candidates = edgesOf(graph, node, "out", predicate).sort(
    (a, b) =>
      Number(b.other === prefer) - Number(a.other === prefer) ||
      b.attributes.evidence.length - a.attributes.evidence.length ||
      compareStrings(a.edge, b.edge),
  );
  return candidates[0] ?? null;
}

function partyOf(graph: KnowledgeGraph, entity: string, meeting: string | null): NegotiationParty {
  const type = graph.getNodeAttribute(entity, "type");
  let side: string | null = null;
  if (type === "Country") side = entity;
  else if (type === "Agency") side = bestTarget(graph, entity, "PART_OF")?.other ?? null;
  else {
    side =
      bestTarget(graph, entity, "REPRESENTS")?.other ??
      bestTarget(graph, entity, "HOLDS_POSITION")?.other ??
      bestTarget(graph, entity, "AFFILIATED_WITH")?.other ??
      null;
  }
  const title = bestTarget(graph, entity, "HOLDS_POSITION", side)?.attributes.attributes.title;
  const participation =
    meeting === null
      ? undefined
      : edgesOf(graph, entity, "out", "PARTICIPATED_IN").find(({ other }) => other === meeting)?.attributes.attributes
          .role;
  return { entity, side, role: title ?? participation ?? null };
}

function evidenceKey(evidence: Evidence): string {
  return `${evidence.document}|${evidence.start}|${evidence.end}|${evidence.rule}`;
}

function negotiationView(
  graph: KnowledgeGraph,
  index: GraphIndex,
  meeting: string | null,
  talkEdges: readonly string[],
): NegotiationView | null {
  const entities = new Set<string>();
  const evidence = new Map<string, Evidence>();
  const addEvidence = (list: readonly Evidence[]) => {
    for (const item of list) if (!evidence.has(evidenceKey(item))) evidence.set(evidenceKey(item), item);
  };
  const topics = new Set<string>();
  if (meeting !== null) {
    for (const { other, attributes } of edgesOf(graph, meeting, "in", "PARTICIPATED_IN")) {
      entities.add(other);
      addEvidence(attributes.evidence);
    }
    for (const { other } of edgesOf(graph, meeting, "out", "DISCUSSED")) topics.add(other);
  }
  const counterparts: [string, string][] = [];
  for (const edge of talkEdges) {
    const attributes = graph.getEdgeAttributes(edge);
    const source = graph.source(edge);
    const target = graph.target(edge);
    entities.add(source);
    entities.add(target);
    addEvidence(attributes.evidence);
    if (attributes.predicate === "NEGOTIATED_WITH") counterparts.push([source, target]);
    if (attributes.attributes.topic !== undefined) topics.add(topicKey(index, attributes.attributes.topic));
  }
  if (entities.size < 2) return null;
  return {
    meeting,
    parties: [...entities].sort(compareStrings).map((entity) => partyOf(graph, entity, meeting)),
    counterparts: counterparts.sort((a, b) => compareStrings(a[0], b[0]) || compareStrings(a[1], b[1])),
    topics: [...topics].sort(compareStrings),
    evidence: [...evidence.values()].sort(
      (a, b) => compareStrings(a.document, b.document) || a.start - b.start || compareStrings(a.rule, b.rule),
    ),
  };
}

/**
 * Who negotiated what: one view per meeting with at least two parties (PARTICIPATED_IN sources and
 * the ends of NEGOTIATED_WITH/MET_WITH relations whose `meeting` attribute names it, or which join
 * two of its participants), plus one view with a null meeting for talks tied to none. Ordered like
 * `meetings`.
 */
export function negotiations(graph: KnowledgeGraph, filter: NegotiationsFilter = {}): NegotiationView[] {
  const index = indexOf(graph, filter.index);
  const talks = talkEdgesByMeeting(graph, index);
  const participantsOf = new Map<string, Set<string>>();
  graph.forEachNode((id, attributes) => {
    if (attributes.type !== "Meeting") return;
    participantsOf.set(id, new Set(edgesOf(graph, id, "in", "PARTICIPATED_IN").map(({ other }) => other)));
  });
  // Talks named with no meeting join every meeting both their parties took part in.
  const unattached: string[] = [];
  for (const edge of talks.get(null) ?? []) {
    const source = graph.source(edge);
    const target = graph.target(edge);
    let attached = false;
    for (const [meeting, participants] of participantsOf) {
      if (!participants.has(source) || !participants.has(target)) continue;
      attached = true;
      const list = talks.get(meeting);
      if (list) list.push(edge);
      else talks.set(meeting, [edge]);
    }
    if (!attached) unattached.push(edge);
  }
  const views: NegotiationView[] = [];
  for (const meeting of participantsOf.keys()) {
    const view = negotiationView(graph, index, meeting, (talks.get(meeting) ?? []).sort(compareStrings));
    if (view) views.push(view);
  }
  const loose = negotiationView(graph, index, null, unattached.sort(compareStrings));
  if (loose) views.push(loose);

  const participant =
    filter.participant === undefined
      ? null
      : (findEntity(graph, index, { id: filter.participant }) ?? index.lookup(filter.participant)[0] ?? "");
  const topicKeyWanted =
    filter.topic === undefined
      ? null
      : (findEntity(graph, index, { id: filter.topic }) ?? index.lookup(filter.topic)[0] ?? null);
  const topicText = filter.topic === undefined ? "" : normalizeLookup(filter.topic);
  const topicMatches = (topic: string): boolean => {
    if (topic === topicKeyWanted) return true;
    const names = graph.hasNode(topic)
      ? [graph.getNodeAttribute(topic, "name"), ...graph.getNodeAttribute(topic, "aliases")]
      : [topic];
    return topicText !== "" && names.some((name) => normalizeLookup(name).includes(topicText));
  };
  const dates = new Map<string, string | null>();
  const dateOf = (view: NegotiationView): string | null => {
    if (view.meeting === null) return null;
    if (!dates.has(view.meeting)) dates.set(view.meeting, meetingView(graph, index, view.meeting, []).date);
    return dates.get(view.meeting) ?? null;
  };
  return views
    .filter(
      (view) =>
        (participant === null || view.parties.some((p) => p.entity === participant || p.side === participant)) &&
        (filter.topic === undefined || view.topics.some(topicMatches)),
    )
    .sort(byDateThenId(dateOf, (view) => view.meeting));
}

// ---------------------------------------------------------------------------------------------
// Statements and statistics

/** Filters of `statementsOf`. */
export interface StatementsFilter {
  /** The speaker's id or name; a name that finds no entity matches nothing. */
  speaker?: string;
  /** Text the quote contains (compared normalised). */
  search?: string;
  /** The lookup index to use (default: one kept per graph). */
  index?: GraphIndex;
}

/** The statements (quotes) that pass the filters, in document order, as copies. */
export function statementsOf(graph: KnowledgeGraph, filter: StatementsFilter = {}): Statement[] {
  const index = indexOf(graph, filter.index);
  const speaker =
    filter.speaker === undefined
      ? null
      : (findEntity(graph, index, { id: filter.speaker }) ?? index.lookup(filter.speaker)[0] ?? "");
  const text = filter.search === undefined ? "" : normalizeLookup(filter.search);
  return graph
    .getAttribute("statements")
    .filter(
      (s) => (speaker === null || s.speaker === speaker) && (text === "" || normalizeLookup(s.quote).includes(text)),
    )
    .map((s) => ({ ...s }));
}

/** Counts of a graph. */
export interface GraphStats {
  nodes: number;
  edges: number;
  documents: number;
  /** Entities per type, in the ontology's order, types present only. */
  byType: Record<string, number>;
  /** Relations per predicate, in the ontology's order, predicates present only. */
  byPredicate: Record<string, number>;
  builtAt: string;
}

/** Node, edge and document counts, by type and by predicate. */
export function graphStats(graph: KnowledgeGraph): GraphStats {
  const types = new Map<string, number>();
  const predicates = new Map<string, number>();
  graph.forEachNode((_key, attributes) => types.set(attributes.type, (types.get(attributes.type) ?? 0) + 1));
  graph.forEachEdge((_key, attributes) =>
    predicates.set(attributes.predicate, (predicates.get(attributes.predicate) ?? 0) + 1),
  );
  const byType: Record<string, number> = {};
  for (const type of ENTITY_TYPES) if (types.has(type)) byType[type] = types.get(type)!;
  const byPredicate: Record<string, number> = {};
  for (const predicate of PREDICATES)
    if (predicates.has(predicate)) byPredicate[predicate] = predicates.get(predicate)!;
  return {
    nodes: graph.order,
    edges: graph.size,
    documents: graph.getAttribute("documents").length,
    byType,
    byPredicate,
    builtAt: graph.getAttribute("builtAt"),
  };
}
