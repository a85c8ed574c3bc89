// The order of a hop and the ranked neighbourhoods of the graph's hubs. `selectFirst` is that order
// (highest PageRank, then smallest key), as `neighbors` ranks each hop of its walk. For a node with
// at least `RANKED_MIN_DEGREE` relations, its distinct neighbours (either direction) in that order,
// computed once and kept until the graph changes: a hub's first page of
// neighbours is then a slice instead of a pass over thousands of edges and a selection. Follows the
// graph's events like GraphIndex; `warm` computes the lists ahead, a few milliseconds at a time.

import { compareStrings } from "./keys.ts";
import type { KnowledgeGraph } from "./model.ts";

/** Nodes with at least this many relations (graphology's degree, multi edges counted) get a ranked list. */
export const RANKED_MIN_DEGREE = 64;

/** Longest stretch `warm` computes before it lets other work (requests) run, in milliseconds. */
export const WARM_SLICE_MS = 4;

// Changes that can alter a node's neighbours or their PageRank. Edge attribute updates cannot.
const EVENTS = [
  "nodeAdded",
  "nodeDropped",
  "edgeAdded",
  "edgeDropped",
  "cleared",
  "edgesCleared",
  "nodeAttributesUpdated",
  "eachNodeAttributesUpdated",
] as const;

/**
 * The ranked neighbourhoods of one graph. Every change made through graphology's methods drops
 * them all (changes are rare: a document ingested or removed); the next `of` or `warm` rebuilds.
 * Call `dispose()` when a short-lived instance is done with a long-lived graph.
 */
export class NeighbourRanks {
  /** The graph these lists are of. */
  readonly graph: KnowledgeGraph;
  private lists = new Map<string, readonly string[] | null>();
  private generation = 0;
  private readonly reset = (): void => {
    this.lists = new Map();
    this.generation++;
  };

  constructor(graph: KnowledgeGraph) {
    this.graph = graph;
    for (const event of EVENTS) graph.on(event, this.reset);
  }

  /** Stops following the graph and forgets the lists. */
  dispose(): void {
    for (const event of EVENTS) this.graph.removeListener(event, this.reset);
    this.reset();
  }

  /** Number of lists held (nodes ranked since the last change). */
  get size(): number {
    return this.lists.size;
  }

  /**
   * The distinct neighbours of `node`, ranked, when it has at least `RANKED_MIN_DEGREE` relations;
   * null for a node with fewer (a pass over its edges is as fast as a lookup), for a node some of
   * whose neighbours have a PageRank that is not a number (no total order), and for an unknown node.
   * The list is shared: do not change it.
   */
  of(node: string): readonly string[] | null {
    const cached = this.lists.get(node);
    if (cached !== undefined) return cached;
    if (!this.graph.hasNode(node) || this.graph.degree(node) < RANKED_MIN_DEGREE) return null;
    const list = this.rank(node);
    this.lists.set(node, list);
    return list;
  }

  /**
   * Ranks every node with at least `RANKED_MIN_DEGREE` relations ahead of its first query, highest
   * degree first, yielding to other work every `WARM_SLICE_MS`. Stops early when the graph changes
   * (the lists it made are dropped anyway). Resolves to the number of nodes ranked.
   */
  async warm(): Promise<number> {
    const generation = this.generation;
    const hubs: { node: string; degree: number }[] = [];
    this.graph.forEachNode((node) => {
      const degree = this.graph.degree(node);
      if (degree >= RANKED_MIN_DEGREE) hubs.push({ node, degree });
    });
    hubs.sort((a, b) => b.degree - a.degree || compareStrings(a.node, b.node));
    let ranked = 0;
    let sliceStart = performance.now();
    for (const { node } of hubs) {
      if (performance.now() - sliceStart >= WARM_SLICE_MS) {
        await new Promise<void>((resolve) => setImmediate(resolve));
        sliceStart = performance.now();
      }
      if (this.generation !== generation) break;
      this.of(node);
      ranked++;
    }
    return ranked;
  }

  private rank(node: string): readonly string[] | null {
    const keys: string[] = [];
    const ranks: number[] = [];
    this.graph.forEachNeighbor(node, (neighbour, attributes) => {
      keys.push(neighbour);
      ranks.push(attributes.pagerank);
    });
    if (ranks.some(Number.isNaN)) return null;
    return selectFirst(keys, ranks, keys.length);
  }
}

/**
 * The first `count` of `keys` (distinct node keys): by `ranks` (highest first) then key, or by key
 * alone when `ranks` is null; `ranks` should hold no NaN (it has no place in the order). Selects with a bounded heap, so a hub's 10 000 neighbours are not all
 * sorted to keep 100 of them.
 */
export function selectFirst(keys: readonly string[], ranks: readonly number[] | null, count: number): string[] {
  if (count <= 0 || keys.length === 0) return [];
  // True when item i comes before item j.
  const before = (i: number, j: number): boolean => {
    if (ranks !== null && ranks[i] !== ranks[j]) return ranks[i]! > ranks[j]!;
    return keys[i]! < keys[j]!;
  };
  let chosen: number[];
  if (count >= keys.length) chosen = keys.map((_key, i) => i);
  else {
    // A heap of the best `count` so far, its root the last of them in the order.
    const heap = Array.from({ length: count }, (_value, i) => i);
    const siftDown = (start: number): void => {
      let i = start;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let last = i;
        if (left < count && before(heap[last]!, heap[left]!)) last = left;
        if (right < count && before(heap[last]!, heap[right]!)) last = right;
        if (last === i) return;
        [heap[i], heap[last]] = [heap[last]!, heap[i]!];
        i = last;
      }
    };
    for (let i = (count >> 1) - 1; i >= 0; i--) siftDown(i);
    for (let i = count; i < keys.length; i++) {
      if (before(i, heap[0]!)) {
        heap[0] = i;
        siftDown(0);
      }
    }
    chosen = heap;
  }
  return chosen.sort((i, j) => (i === j ? 0 : before(i, j) ? -1 : 1)).map((i) => keys[i]!);
}

// One instance per graph, for the query functions (which take a graph only).
const shared = new WeakMap<KnowledgeGraph, NeighbourRanks>();

/** The shared `NeighbourRanks` of `graph` (made on first use). */
export function neighbourRanksOf(graph: KnowledgeGraph): NeighbourRanks {
  let ranks = shared.get(graph);
  if (!ranks) shared.set(graph, (ranks = new NeighbourRanks(graph)));
  return ranks;
}
