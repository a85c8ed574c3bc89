// Metrics and display attributes computed over a built graph: degree, PageRank, seeded Louvain
// communities, ForceAtlas2 + noverlap layout, size and colour. Deterministic: every computation
// runs on a copy of the graph whose nodes and edges are sorted by key, and floats are rounded, so
// the result depends on the graph's content, not on the order it was built in. No I/O here.

import { DirectedGraph, UndirectedGraph } from "graphology";
import louvainModule from "graphology-communities-louvain";
import forceAtlas2Module from "graphology-layout-forceatlas2";
import noverlapModule from "graphology-layout-noverlap";
import pagerankModule from "graphology-metrics/centrality/pagerank.js";
import { ConfigError } from "../errors.ts";
import { compareStrings } from "./keys.ts";
import { type KnowledgeGraph, TYPE_COLORS } from "./model.ts";

// These packages are CommonJS with `export default` typings: under NodeNext the default import is
// typed as the module object, while at run time it is the function itself.
function interop<T>(module: { default: T }): T {
  return (module as { default?: T }).default ?? (module as unknown as T);
}
const louvain = interop(louvainModule);
const forceAtlas2 = interop(forceAtlas2Module);
const noverlap = interop(noverlapModule);
const pagerank = interop(pagerankModule);

/** Options of `assignMetrics`. */
export interface MetricsOptions {
  /** Seed of the Louvain random walk and of the initial positions. Default 1. */
  seed?: number;
  /** ForceAtlas2 iterations of a full layout. Default 300 (100 above 2,000 nodes). */
  iterations?: number;
  /**
   * Keep the positions nodes already have: only nodes whose x or y is not a finite number are
   * placed (at their placed neighbours' centroid), then refined by a short ForceAtlas2 run in which
   * the other nodes do not move. Used after live ingestion so the explorer does not jump.
   */
  keepPositions?: boolean;
}

/** Smallest and largest node size (from PageRank). */
export const NODE_SIZE_RANGE = [3, 20] as const;

/** Significant digits kept in computed floats, so that saved graphs are stable. */
export const FLOAT_DIGITS = 6;

/** Rounds to `FLOAT_DIGITS` significant digits; never returns -0. */
export function roundFloat(value: number): number {
  if (!Number.isFinite(value) || value === 0) return 0;
  return Number(value.toPrecision(FLOAT_DIGITS)) || 0;
}

/** A small seeded PRNG (mulberry32): same seed, same sequence, values in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A point of the disc of radius `radius` chosen by the node key and the seed alone. */
function seededPoint(key: string, seed: number, radius: number): { x: number; y: number } {
  const random = mulberry32(hashString(`${seed}:${key}`));
  const r = radius * Math.sqrt(random());
  const angle = 2 * Math.PI * random();
  return { x: r * Math.cos(angle), y: r * Math.sin(angle) };
}

/**
 * Places each of `pending` at the centroid of its placed neighbours, nudged by an offset seeded by
 * its key; a node whose neighbours are all unplaced waits for them (placed ones count at once).
 * Returns the nodes still unplaced: those with no placed neighbour at all.
 */
function placeBesideNeighbours(
  pending: string[],
  how: {
    placedNeighbours: (key: string) => string[];
    position: (key: string) => { x: number; y: number };
    place: (key: string, x: number, y: number) => void;
    seed: number;
    nudge: number;
  },
): string[] {
  let progress = true;
  while (pending.length > 0 && progress) {
    progress = false;
    const waiting: string[] = [];
    for (const key of pending) {
      const around = how.placedNeighbours(key);
      if (around.length === 0) {
        waiting.push(key);
        continue;
      }
      const offset = seededPoint(key, how.seed, how.nudge);
      let x = 0;
      let y = 0;
      for (const neighbour of around) {
        const point = how.position(neighbour);
        x += point.x;
        y += point.y;
      }
      how.place(key, x / around.length + offset.x, y / around.length + offset.y);
      progress = true;
    }
    pending = waiting;
  }
  return pending;
}

function resolveMetricsOptions(options: MetricsOptions, order: number): Required<MetricsOptions> {
  const resolved = {
    seed: options.seed ?? 1,
    iterations: options.iterations ?? (order > 2000 ? 100 : 300),
    keepPositions: options.keepPositions ?? false,
  };
  if (!Number.isInteger(resolved.seed)) {
    throw new ConfigError(`metrics: seed should be an integer, found ${String(resolved.seed)}.`);
  }
  if (!Number.isInteger(resolved.iterations) || resolved.iterations < 0) {
    throw new ConfigError(
      `metrics: iterations should be a non-negative integer, found ${String(resolved.iterations)}.`,
    );
  }
  return resolved;
}

interface Projections {
  /** Directed, weighted: a symmetric relation counts both ways (for PageRank). */
  directed: DirectedGraph;
  /** Undirected, weighted by the number of relations between two nodes (for Louvain and the layout). */
  undirected: UndirectedGraph;
}

/** Simple weighted projections of the graph, with nodes and edges added in key order. */
function project(graph: KnowledgeGraph): Projections {
  const directed = new DirectedGraph();
  const undirected = new UndirectedGraph();
  for (const key of [...graph.nodes()].sort(compareStrings)) {
    directed.addNode(key);
    undirected.addNode(key);
  }
  const addWeight = (target: DirectedGraph | UndirectedGraph, from: string, to: string) => {
    target.updateEdge(from, to, (attributes) => ({ weight: ((attributes.weight as number | undefined) ?? 0) + 1 }));
  };
  const edges = graph.mapEdges((edge, attributes, source, target) => ({ edge, source, target, attributes }));
  edges.sort((a, b) => compareStrings(a.edge, b.edge));
  for (const { source, target, attributes } of edges) {
    addWeight(directed, source, target);
    if (attributes.symmetric) addWeight(directed, target, source);
    addWeight(undirected, source, target);
  }
  return { directed, undirected };
}

/** Louvain communities renumbered by size (largest first), then by smallest member key. */
function computeCommunities(undirected: UndirectedGraph, seed: number): Map<string, number> {
  const raw = louvain(undirected, { getEdgeWeight: "weight", rng: mulberry32(seed) });
  const members = new Map<number, string[]>();
  for (const key of undirected.nodes()) {
    const community = raw[key] ?? 0;
    const list = members.get(community);
    if (list) list.push(key);
    else members.set(community, [key]);
  }
  const groups = [...members.values()].map((list) => list.sort(compareStrings));
  groups.sort((a, b) => b.length - a.length || compareStrings(a[0]!, b[0]!));
  const result = new Map<string, number>();
  groups.forEach((group, community) => {
    for (const key of group) result.set(key, community);
  });
  return result;
}

function computeSizes(pageranks: Map<string, number>): Map<string, number> {
  const values = [...pageranks.values()];
  const min = Math.min(...values);
  const max = Math.max(...values);
  const [low, high] = NODE_SIZE_RANGE;
  const sizes = new Map<string, number>();
  for (const [key, value] of pageranks) {
    const share = max > min ? Math.sqrt((value - min) / (max - min)) : 0.25;
    sizes.set(key, roundFloat(low + (high - low) * share));
  }
  return sizes;
}

/**
 * Positions for every node of `undirected` (which carries `size` on its nodes): a full layout from
 * seeded positions, or, with `keepPositions`, the existing positions plus placed new nodes.
 */
function computeLayout(
  graph: KnowledgeGraph,
  undirected: UndirectedGraph,
  options: Required<MetricsOptions>,
): Map<string, { x: number; y: number }> {
  const radius = 10 * Math.sqrt(Math.max(undirected.order, 1));
  const fixed = new Set<string>();
  if (options.keepPositions) {
    graph.forEachNode((key, attributes) => {
      if (Number.isFinite(attributes.x) && Number.isFinite(attributes.y)) {
        fixed.add(key);
        undirected.mergeNodeAttributes(key, { x: attributes.x, y: attributes.y, fixed: true });
      }
    });
  }
  const placed = (key: string) => Number.isFinite(undirected.getNodeAttribute(key, "x") as number | undefined);
  let pending = undirected.filterNodes((key) => !fixed.has(key));
  if (options.keepPositions && fixed.size > 0) {
    pending = placeBesideNeighbours(pending, {
      placedNeighbours: (key) => undirected.filterNeighbors(key, placed),
      position: (key) => ({
        x: undirected.getNodeAttribute(key, "x") as number,
        y: undirected.getNodeAttribute(key, "y") as number,
      }),
      place: (key, x, y) => undirected.mergeNodeAttributes(key, { x, y }),
      seed: options.seed,
      nudge: radius / 20,
    });
  }
  for (const key of pending) undirected.mergeNodeAttributes(key, seededPoint(key, options.seed, radius));

  const moving = undirected.order - fixed.size;
  if (moving > 0 && undirected.order > 1) {
    const iterations = fixed.size > 0 ? Math.ceil(options.iterations / 6) : options.iterations;
    forceAtlas2.assign(undirected, {
      iterations,
      getEdgeWeight: "weight",
      settings: forceAtlas2.inferSettings(undirected),
    });
    noverlap.assign(undirected, { maxIterations: 100, settings: { margin: 2, ratio: 1.2 } });
  }
  const positions = new Map<string, { x: number; y: number }>();
  undirected.forEachNode((key, attributes) => {
    const x = fixed.has(key) ? graph.getNodeAttribute(key, "x") : roundFloat(attributes.x as number);
    const y = fixed.has(key) ? graph.getNodeAttribute(key, "y") : roundFloat(attributes.y as number);
    positions.set(key, { x, y });
  });
  return positions;
}

/**
 * Computes and writes every node's degree, PageRank, community, position, size and colour. Same
 * graph content and options, same values, whatever order the nodes and edges were added in.
 * Throws `ConfigError` on bad options.
 */
export function assignMetrics(graph: KnowledgeGraph, options: MetricsOptions = {}): void {
  const resolved = resolveMetricsOptions(options, graph.order);
  if (graph.order === 0) return;
  const { directed, undirected } = project(graph);
  const ranks = pagerank(directed, { getEdgeWeight: "weight", maxIterations: 1000, tolerance: 1e-10 });
  const pageranks = new Map(directed.nodes().map((key) => [key, roundFloat(ranks[key] ?? 0)]));
  const communities = computeCommunities(undirected, resolved.seed);
  const sizes = computeSizes(pageranks);
  undirected.forEachNode((key) => {
    undirected.setNodeAttribute(key, "size", sizes.get(key));
  });
  const positions = computeLayout(graph, undirected, resolved);
  graph.updateEachNodeAttributes((key, attributes) => ({
    ...attributes,
    degree: graph.degree(key),
    pagerank: pageranks.get(key) ?? 0,
    community: communities.get(key) ?? 0,
    x: positions.get(key)?.x ?? 0,
    y: positions.get(key)?.y ?? 0,
    size: sizes.get(key) ?? NODE_SIZE_RANGE[0],
    color: TYPE_COLORS[attributes.type],
  }));
}

/**
 * Metrics after a live ingest, without going over the whole graph: `degree` of the touched nodes
 * (`touched`, which includes every end of a new or changed relation), and for the new nodes
 * (`added`, x and y not finite) a provisional PageRank (the teleport floor 0.15 / n, that of a node
 * no other node points to), the community most of their neighbours have (new neighbours count once
 * they have one, in key order; else a new community), the
 * smallest size and a position at their placed neighbours' centroid (nudged by a seeded offset),
 * else at a seeded point. The next `assignMetrics` (a compaction, a build) replaces them all.
 * Deterministic: the same graph and keys give the same values.
 */
export function assignLocalMetrics(
  graph: KnowledgeGraph,
  touched: Iterable<string>,
  added: readonly string[],
  options: { seed?: number } = {},
): void {
  const seed = options.seed ?? 1;
  for (const key of touched) {
    if (graph.hasNode(key)) graph.setNodeAttribute(key, "degree", graph.degree(key));
  }
  if (added.length === 0) return;
  const radius = 10 * Math.sqrt(Math.max(graph.order, 1));
  const nudge = radius / 20;
  const placed = (key: string) => Number.isFinite(graph.getNodeAttribute(key, "x"));
  // A new community's number, found (a pass over the nodes) only when one is needed.
  let nextCommunity = -1;
  const newCommunity = (): number => {
    if (nextCommunity < 0) {
      nextCommunity = 0;
      graph.forEachNode((_key, attributes) => {
        if (attributes.community >= nextCommunity) nextCommunity = attributes.community + 1;
      });
    }
    return nextCommunity++;
  };
  // New nodes take their community in key order, from their neighbours that have one by then.
  const waiting = new Set(added);
  for (const key of [...added].sort(compareStrings)) {
    const counts = new Map<number, number>();
    graph.forEachNeighbor(key, (neighbour, attributes) => {
      if (!waiting.has(neighbour)) counts.set(attributes.community, (counts.get(attributes.community) ?? 0) + 1);
    });
    let community = -1;
    let best = 0;
    for (const [value, count] of counts) {
      if (count > best || (count === best && value < community)) [community, best] = [value, count];
    }
    graph.mergeNodeAttributes(key, {
      degree: graph.degree(key),
      pagerank: roundFloat(0.15 / graph.order),
      community: community >= 0 ? community : newCommunity(),
      size: NODE_SIZE_RANGE[0],
      color: TYPE_COLORS[graph.getNodeAttribute(key, "type")],
    });
    waiting.delete(key);
  }
  const pending = placeBesideNeighbours([...added].sort(compareStrings), {
    placedNeighbours: (key) => graph.filterNeighbors(key, placed),
    position: (key) => ({ x: graph.getNodeAttribute(key, "x"), y: graph.getNodeAttribute(key, "y") }),
    place: (key, x, y) => graph.mergeNodeAttributes(key, { x: roundFloat(x), y: roundFloat(y) }),
    seed,
    nudge,
  });
  for (const key of pending) {
    const point = seededPoint(key, seed, radius);
    graph.mergeNodeAttributes(key, { x: roundFloat(point.x), y: roundFloat(point.y) });
  }
}
