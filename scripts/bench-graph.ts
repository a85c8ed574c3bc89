// `npm run bench` (second part): the graph and the GraphQL API at scale. Generates a synthetic graph
// (scripts/bench/graph.ts), saves it, times its load, then times entity { neighbors }, 2-hop subgraph
// and path queries done directly on graphology (graph/query.ts), through GraphQL in-process and over
// HTTP, and the throughput under concurrent load (autocannon). Rewrites only the "## Graph and API"
// section of BENCHMARKS.md. Options: --entities, --relations, --samples, --duration, --connections,
// --budget, --seed, --out, --keep; --load-only times only the load against its floor (fresh
// processes, alternating, --runs of each; wall and CPU time, so that a loaded machine can still
// compare) and writes nothing; --reuse DIR (with --load-only) loads the graph.json that a run with
// --keep left in DIR instead of generating one. Child processes of this same script generate the
// graph, load it and run the server (--role generate|load|floor|serve); without a large heap and
// gc() the script runs itself again with them. Nothing here asserts a target: it measures and reports.

import "./bench/production.ts";
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import http from "node:http";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import path from "node:path";
import { PerformanceObserver } from "node:perf_hooks";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { getHeapStatistics } from "node:v8";
import autocannon from "autocannon";
import { MultiDirectedGraph } from "graphology";
import { parse } from "graphql";
import { compileQuery, isCompiledQuery } from "graphql-jit";
import type { Context } from "../src/api/context.ts";
import { schema } from "../src/api/schema/index.ts";
import { startServer } from "../src/api/server.ts";
import { createApp } from "../src/api/yoga.ts";
import { dictionaryAdjacency } from "../src/graph/codec.ts";
import { DATA_FILES, LiveGraph } from "../src/graph/live.ts";
import { LoadPipe } from "../src/graph/load-pipe.ts";
import { GRAPH_FORMAT_VERSION, type KnowledgeGraph } from "../src/graph/model.ts";
import { countNeighbors, graphStats, neighbors, shortestPath, subgraph } from "../src/graph/query.ts";
import { RANKED_MIN_DEGREE } from "../src/graph/ranks.ts";
import { saveGraph } from "../src/graph/store.ts";
import { fmt, median, percentile, replaceSection } from "./bench/common.ts";
import { type DegreeStats, degreeStats, generateGraph, MIN_ENTITIES, sampleEntities } from "./bench/graph.ts";

const ROOT = path.resolve(import.meta.dirname, "..");
const SCRIPT = fileURLToPath(import.meta.url);
const SECTION = "## Graph and API";
const MB = 1_000_000;
const MIB = 1024 * 1024;
const HEAP_MB = 8192;
// The young generation `npm start` gives the server (package.json): on a heap of a gigabyte each
// young-generation collection costs about 3 ms however little survives, so fewer, larger ones.
const SEMI_SPACE_MB = 64;
/** Warm-up of each query kind before it is timed: this many rounds, or this long, whichever ends first. */
const WARM_UP = { requests: 3000, ms: 3000 } as const;
const TARGETS = { loadS: 5, loadFloorRatio: 1.5, rssAfterLoadGb: 1.2, oneHopP99Ms: 10, overhead: 3 } as const;
const SUBGRAPH_LIMIT = 500;
/** `first` of the 1-hop query: the API's default page of neighbours. */
const NEIGHBORS_FIRST = 100;
const PATH_MAX_LENGTH = 4;
const TOKEN = "bench-graph-token";
const RESULT_PREFIX = "BENCH-RESULT ";
/** "plain": graphology as it comes; "dictionary": each node's adjacency made as the decoder makes it. */
type FloorAdjacency = "plain" | "dictionary";
const FLOOR_ADJACENCIES: readonly FloorAdjacency[] = ["plain", "dictionary"];
/** Floor processes per kind of adjacency (their median is reported). */
const FLOOR_RUNS = 5;
/** The keys the fresh load process leaves for the floor processes. */
const FLOOR_KEYS_FILE = "floor-keys.json";

const { values } = parseArgs({
  options: {
    entities: { type: "string", default: "100000" },
    relations: { type: "string", default: "1000000" },
    samples: { type: "string", default: "200" },
    duration: { type: "string", default: "10" },
    connections: { type: "string", default: "10" },
    budget: { type: "string", default: "8" },
    seed: { type: "string", default: "42" },
    out: { type: "string", default: "BENCHMARKS.md" },
    keep: { type: "boolean", default: false },
    "load-only": { type: "boolean", default: false },
    reuse: { type: "string" },
    runs: { type: "string", default: "3" },
    role: { type: "string" },
    adjacency: { type: "string" },
    data: { type: "string" },
  },
});

const hasGc = typeof (globalThis as { gc?: unknown }).gc === "function";
if (values.role === "generate") runGenerateChild(values.data!);
else if (values.role === "load") await runLoadChild(values.data!);
else if (values.role === "floor") await runFloorChild(values.data!, values.adjacency as FloorAdjacency);
else if (values.role === "serve") await runServeChild(values.data!);
else if (
  (!hasGc || getHeapStatistics().heap_size_limit < 0.9 * HEAP_MB * MIB) &&
  process.env.KG_BENCH_GRAPH_REEXEC !== "1"
) {
  // A million relations need a few GB of heap: run again with room (and gc() for clean memory figures).
  const args = [
    ...process.execArgv,
    `--max-old-space-size=${HEAP_MB}`,
    `--max-semi-space-size=${SEMI_SPACE_MB}`,
    "--expose-gc",
    ...process.argv.slice(1),
  ];
  const run = spawnSync(process.execPath, args, {
    stdio: "inherit",
    env: { ...process.env, KG_BENCH_GRAPH_REEXEC: "1" },
  });
  process.exit(run.status ?? 1);
} else await main();

// ---------------------------------------------------------------------------------------------

interface LoadFigures {
  /** LiveGraph.open: loadGraph (read in chunks, parse and validate line by line, build the graph); the name index is built after, by warmNeighbourRanks. */
  openMs: number;
  rssMb: number;
  heapMb: number;
  /** Process high-water mark of the resident set. */
  peakRssMb: number;
  /** After the load: ranking the hubs' neighbours (LiveGraph.warmNeighbourRanks), not part of openMs. */
  warmMs: number;
  /** Number of hubs ranked. */
  hubs: number;
  /** The fresh process only: time spent in garbage collections during the load (perf_hooks "gc" entries). */
  gcMs?: number;
  /** The fresh process only: CPU time of the process (all its threads) during the load. */
  cpuMs?: number;
  /** The fresh process only: CPU time of the main thread alone during the load (Linux), and of the load worker (graph/load-pipe.ts). */
  mainCpuMs?: number;
  workerCpuMs?: number;
}

/**
 * What a floor process reports: the node and edge keys of the loaded graph, in the same order, added
 * to an empty graphology graph with no attributes, in a process that read nothing else. What
 * graphology itself takes: the floor of any load.
 */
interface FloorFigures {
  adjacency: FloorAdjacency;
  floorMs: number;
  /** CPU time of the process (all its threads) during the insertions, and the part in GC. */
  cpuMs?: number;
  gcMs?: number;
  /** CPU time of the main thread alone (Linux). */
  mainCpuMs?: number;
}

/** What the generating process reports. */
interface GenerateFigures {
  generateMs: number;
  writeMs: number;
  fileBytes: number;
  stats: ReturnType<typeof graphStats>;
  degrees: DegreeStats;
}

interface Timing {
  name: string;
  mode: string;
  times: number[];
}

interface QueryKind {
  name: string;
  label: string;
  query: string;
  variables: (sample: string, index: number) => Record<string, unknown>;
  direct: (graph: KnowledgeGraph, sample: string, index: number) => unknown;
  /** Size of the answer (entities + relations), to check GraphQL answers what the direct call does. */
  directSize: (result: unknown) => number;
  graphqlSize: (data: Record<string, unknown>) => number;
}

async function main(): Promise<void> {
  if (values["load-only"]) return loadOnly();
  const entities = integer("entities", values.entities, MIN_ENTITIES);
  const relations = integer("relations", values.relations, 0);
  const samples = integer("samples", values.samples);
  const duration = integer("duration", values.duration);
  const connections = integer("connections", values.connections);
  const budgetMs = integer("budget", values.budget) * 1000;
  const seed = integer("seed", values.seed, Number.MIN_SAFE_INTEGER);
  const outFile = path.resolve(ROOT, values.out!);
  const startedAt = new Date();
  const dir = mkdtempSync(path.join(tmpdir(), "kg-bench-graph-"));
  try {
    // 1. Generate and save, in a process of its own so that this one starts with a clean heap.
    const generated = await runChild<GenerateFigures>("generate", dir, [
      `--entities=${entities}`,
      `--relations=${relations}`,
      `--seed=${seed}`,
    ]);
    const { degrees } = generated;
    log(
      `generated ${generated.stats.nodes} entities, ${generated.stats.edges} relations in ${fmt(generated.generateMs / 1000)} s; degree median ${degrees.median}, p99 ${degrees.p99}, max ${degrees.max}`,
    );
    log(
      `wrote ${DATA_FILES.graph} with saveGraph: ${fmt(generated.fileBytes / MB, 1)} MB in ${fmt(generated.writeMs / 1000)} s`,
    );

    // 2. Load in fresh processes, alternating with the floor: graphology alone, in fresh processes
    // that read only the keys (each kind of adjacency); then this process (which serves the
    // in-process queries). The first fresh load writes the floor's keys.
    const freshLoads: LoadFigures[] = [];
    const floors: FloorFigures[] = [];
    for (let run = 0; run < FLOOR_RUNS; run++) {
      const load = await runChild<LoadFigures>("load", dir);
      freshLoads.push(load);
      log(
        `load in a fresh process: ${fmt(load.openMs / 1000)} s (${fmt((load.gcMs ?? 0) / 1000)} s of it in GC), RSS ${fmt(load.rssMb, 0)} MiB`,
      );
      for (const adjacency of FLOOR_ADJACENCIES) {
        floors.push(await runChild<FloorFigures>("floor", dir, [`--adjacency=${adjacency}`]));
      }
    }
    // The fresh process whose load is the median stands for them in the memory figures.
    const fresh = [...freshLoads].sort((a, b) => a.openMs - b.openMs)[Math.floor(freshLoads.length / 2)]!;
    rmSync(path.join(dir, FLOOR_KEYS_FILE), { force: true });
    const floorMs = Object.fromEntries(
      FLOOR_ADJACENCIES.map((adjacency) => [
        adjacency,
        floors.filter((f) => f.adjacency === adjacency).map((f) => f.floorMs),
      ]),
    ) as Record<FloorAdjacency, number[]>;
    log(
      `graphology alone, same keys, fresh processes (median of ${FLOOR_RUNS}): ${fmt(median(floorMs.plain) / 1000)} s as it comes, ${fmt(median(floorMs.dictionary) / 1000)} s with dictionary-mode adjacency`,
    );
    const measured = await measureInProcess(dir, samples, seed, budgetMs);
    const { sample, warmUpSample, kinds } = measured;
    const oneHop = kinds[0]!;
    // The graph of this process is garbage now: collect it before the HTTP client runs.
    collectGarbage();

    // 6. The server in its own process: HTTP latency, then throughput under concurrent load.
    const server = await startServerChild(dir);
    const httpAgent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    log(`server process: loaded and listening in ${fmt(server.figures.openMs / 1000)} s at ${server.url}`);
    let overHttpResults: { timings: Timing[]; cannon: autocannon.Result };
    try {
      const httpTimings: Timing[] = [];
      for (const kind of kinds) {
        await warmUp(warmUpSample, (key, i) => overHttp(server.url, kind, key, i, httpAgent));
        const times: number[] = [];
        let spent = 0;
        for (let i = 0; i < sample.length && (spent < budgetMs / 2 || times.length < 3); i++) {
          const t = performance.now();
          await overHttp(server.url, kind, sample[i]!, i, httpAgent);
          const ms = performance.now() - t;
          times.push(ms);
          spent += ms;
        }
        httpTimings.push({ name: kind.name, mode: "HTTP", times });
        log(`${kind.label} over HTTP: ${times.length} samples, p50 ${fmt(median(times))} ms`);
      }
      let next = 0;
      const cannon = await autocannon({
        url: `${server.url}/graphql`,
        connections,
        duration,
        requests: [
          {
            method: "POST",
            headers: { "content-type": "application/json" },
            setupRequest: (request) => ({
              ...request,
              body: JSON.stringify({
                query: oneHop.query,
                variables: oneHop.variables(sample[next++ % sample.length]!, next),
              }),
            }),
          },
        ],
      });
      log(
        `autocannon, ${connections} connections, ${duration} s: ${fmt(cannon.requests.average, 0)} req/s, p50 ${cannon.latency.p50} ms, p99 ${cannon.latency.p99} ms, ${cannon.non2xx} non-2xx, ${cannon.errors} errors`,
      );
      overHttpResults = { timings: httpTimings, cannon };
    } finally {
      httpAgent.destroy();
      await server.stop();
    }

    const section = renderSection({
      startedAt,
      entities,
      relations,
      samples,
      duration,
      connections,
      seed,
      generated,
      ...measured,
      floorMs,
      loads: {
        fresh,
        freshOpenMs: freshLoads.map((l) => l.openMs),
        mainOpenMs: measured.mainOpenMs,
        serverOpenMs: server.figures.openMs,
        server: server.figures,
      },
      timings: [...measured.timings, ...overHttpResults.timings],
      cannon: overHttpResults.cannon,
      budgetMs,
    });
    log(`\n${section}`);
    writeFileSync(outFile, replaceSection(existsSync(outFile) ? readFileSync(outFile, "utf8") : "", SECTION, section));
    log(`wrote ${values.out}`);
  } finally {
    if (values.keep) log(`kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * `--load-only`: the load in fresh processes against graphology's floor (dictionary adjacency),
 * alternating, `--runs` of each, medians and their ratio; the load average before and after. For
 * iterating on the decoder; writes no report.
 */
async function loadOnly(): Promise<void> {
  const runs = integer("runs", values.runs);
  const dir = values.reuse ? path.resolve(values.reuse) : mkdtempSync(path.join(tmpdir(), "kg-bench-graph-"));
  const keep = values.keep || values.reuse !== undefined;
  try {
    if (!values.reuse) {
      const generated = await runChild<GenerateFigures>("generate", dir, [
        `--entities=${integer("entities", values.entities, MIN_ENTITIES)}`,
        `--relations=${integer("relations", values.relations, 0)}`,
        `--seed=${integer("seed", values.seed, Number.MIN_SAFE_INTEGER)}`,
      ]);
      log(
        `generated ${generated.stats.nodes} entities, ${generated.stats.edges} relations; ${fmt(generated.fileBytes / MB, 1)} MB`,
      );
    }
    log(
      `load average before: ${loadavg()
        .map((n) => fmt(n, 2))
        .join(", ")}`,
    );
    const loads: LoadFigures[] = [];
    const floors: FloorFigures[] = [];
    const s = (ms: number | undefined) => fmt((ms ?? Number.NaN) / 1000, 2);
    for (let run = 0; run < runs; run++) {
      const load = await runChild<LoadFigures>("load", dir);
      loads.push(load);
      const floor = await runChild<FloorFigures>("floor", dir, ["--adjacency=dictionary"]);
      floors.push(floor);
      log(
        `run ${run + 1}: load ${s(load.openMs)} s (CPU ${s(load.cpuMs)} s: main thread ${s(load.mainCpuMs)} s, load worker ${s(load.workerCpuMs)} s; GC ${s(load.gcMs)} s, RSS ${fmt(load.rssMb, 0)} MiB, peak ${fmt(load.peakRssMb, 0)} MiB), floor ${s(floor.floorMs)} s (CPU ${s(floor.cpuMs)} s: main thread ${s(floor.mainCpuMs)} s; GC ${s(floor.gcMs)} s): ${fmt(load.openMs / floor.floorMs)}× (CPU ${fmt((load.cpuMs ?? 0) / (floor.cpuMs ?? 1))}×, main thread ${fmt((load.mainCpuMs ?? 0) / (floor.mainCpuMs ?? 1))}×)`,
      );
    }
    const loadMs = median(loads.map((l) => l.openMs));
    const floorMs = median(floors.map((f) => f.floorMs));
    const loadCpu = median(loads.map((l) => l.cpuMs ?? 0));
    const floorCpu = median(floors.map((f) => f.cpuMs ?? 0));
    const loadMain = median(loads.map((l) => l.mainCpuMs ?? Number.NaN));
    const floorMain = median(floors.map((f) => f.mainCpuMs ?? Number.NaN));
    const average = loadavg()
      .map((n) => fmt(n, 2))
      .join(", ");
    log(
      `median load ${s(loadMs)} s, floor ${s(floorMs)} s: ${fmt(loadMs / floorMs)}× (CPU ${s(loadCpu)} s / ${s(floorCpu)} s: ${fmt(loadCpu / floorCpu)}×; main thread ${s(loadMain)} s / ${s(floorMain)} s: ${fmt(loadMain / floorMain)}×); RSS after load ${fmt(median(loads.map((l) => l.rssMb)), 0)} MiB; load average after: ${average}`,
    );
  } finally {
    rmSync(path.join(dir, FLOOR_KEYS_FILE), { force: true });
    if (keep) log(`kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Steps 2 (load in this process) to 5: the graph is loaded here, queried directly and through the
 * yoga app in-process, and dropped on return, so that the HTTP client that follows does not pay
 * for a heap of a million relations (its garbage collections would show in the HTTP latencies).
 */
async function measureInProcess(dir: string, samples: number, seed: number, budgetMs: number) {
  collectGarbage();
  let t0 = performance.now();
  const live = await LiveGraph.open(dir);
  const mainOpenMs = performance.now() - t0;
  log(`load in this process: ${fmt(mainOpenMs / 1000)} s`);
  const mainWarm = await timeWarm(live);
  log(`ranked the neighbours of ${mainWarm.hubs} hubs in ${fmt(mainWarm.ms / 1000)} s`);
  const graph = live.graph;
  const logs: string[] = [];
  const app = createApp({ live, token: TOKEN, webDir: null, log: (line) => logs.push(line) });

  // 3. Samples, seeded, half of them reached through edges so that hubs are included.
  const sample = sampleEntities(graph, samples, seed + 1);
  const targets = sampleEntities(graph, samples, seed + 2);
  const warmUpSample = sampleEntities(graph, samples, seed + 3);
  const sampleDegrees = degreeStats(graph, sample);
  const kinds = queryKinds(targets);

  // 4. Direct vs GraphQL in-process, sample by sample.
  const timings: Timing[] = [];
  const mismatches = new Map<string, number>();
  const neighbourCounts: number[] = [];
  const rawHop: number[] = [];
  const neighbourTotals: number[] = [];
  for (const kind of kinds) {
    // Each kind starts on a collected heap: it pays neither for the load's garbage nor for the kind before.
    collectGarbage();
    const direct: number[] = [];
    const graphql: number[] = [];
    const executed: number[] = [];
    // The GraphQL execution alone: the query compiled once by graphql-jit (as the API's plugin does),
    // run against the schema and its resolvers with an API context, its result serialised; no request.
    const compiled = compileQuery(schema, parse(kind.query));
    if (!isCompiledQuery(compiled)) throw new Error(`bench-graph: ${kind.name} should compile.`);
    const context: Context = { live, token: TOKEN, authorized: false };
    const execute = async (key: string, i: number) =>
      compiled.stringify(await compiled.query(undefined, context, kind.variables(key, i)));
    await warmUp(warmUpSample, async (key, i) => {
      kind.direct(graph, key, i);
      await inProcess(app, kind, key, i);
      await execute(key, i);
    });
    let spent = 0;
    let mismatched = 0;
    for (let i = 0; i < sample.length && (spent < budgetMs || direct.length < 3); i++) {
      const key = sample[i]!;
      // Alternate which runs first: the first to touch a node's data pays the cache misses.
      let directMs = 0;
      let graphqlMs = 0;
      let result: unknown;
      let data: Record<string, unknown> = {};
      for (const graphqlFirst of i % 2 ? [true, false] : [false, true]) {
        const t = performance.now();
        if (graphqlFirst) {
          data = await inProcess(app, kind, key, i);
          graphqlMs = performance.now() - t;
        } else {
          result = kind.direct(graph, key, i);
          directMs = performance.now() - t;
        }
      }
      const te = performance.now();
      await execute(key, i);
      executed.push(performance.now() - te);
      if (kind.name === "neighbors") {
        // graphology's own neighbour listing, as many as the query answers, without ranking them.
        const t = performance.now();
        graph
          .neighbors(key)
          .slice(0, NEIGHBORS_FIRST)
          .map((n) => ({
            id: n,
            name: graph.getNodeAttribute(n, "name"),
            type: graph.getNodeAttribute(n, "type"),
          }));
        rawHop.push(performance.now() - t);
        neighbourTotals.push(countNeighbors(graph, key));
      }
      direct.push(directMs);
      graphql.push(graphqlMs);
      spent += directMs + graphqlMs;
      if (kind.name === "neighbors") neighbourCounts.push(kind.directSize(result));
      if (kind.directSize(result) !== kind.graphqlSize(data)) mismatched++;
    }
    mismatches.set(kind.name, mismatched);
    timings.push(
      { name: kind.name, mode: "direct", times: direct },
      { name: kind.name, mode: "in-process", times: graphql },
      { name: kind.name, mode: "executed", times: executed },
    );
    log(
      `${kind.label}: ${direct.length} samples, direct p50 ${fmt(median(direct))} ms, GraphQL execution alone p50 ${fmt(median(executed))} ms, GraphQL in-process p50 ${fmt(median(graphql))} ms${mismatched ? `, ${mismatched} answers differ` : ""}`,
    );
  }
  const warnings = logs.length;

  // The fixed cost of a GraphQL request in-process: a query that reads nothing.
  collectGarbage();
  const fixedCost: number[] = [];
  for (let i = 0; i < WARM_UP.requests + 1000; i++) {
    const t = performance.now();
    await postInProcess(app, JSON.stringify({ query: "{ __typename }" }));
    if (i >= WARM_UP.requests) fixedCost.push(performance.now() - t);
  }
  log(`GraphQL in-process, { __typename }: p50 ${fmt(median(fixedCost), 3)} ms`);

  // 5. Direct throughput of the 1-hop query in this process.
  const oneHop = kinds[0]!;
  let ops = 0;
  t0 = performance.now();
  while (performance.now() - t0 < 3000) oneHop.direct(graph, sample[ops++ % sample.length]!, ops);
  const directOpsPerS = ops / ((performance.now() - t0) / 1000);
  log(`direct ${oneHop.label}: ${fmt(directOpsPerS, 0)} ops/s in 1 thread`);

  return {
    mainOpenMs,
    mainWarm,
    sample,
    warmUpSample,
    kinds,
    sampleDegrees,
    timings,
    mismatches,
    neighbourCounts,
    rawHop,
    neighbourTotals,
    warnings,
    fixedCost,
    directOpsPerS,
  };
}

function queryKinds(targets: readonly string[]): QueryKind[] {
  const entityList = (graph: KnowledgeGraph, keys: string[]) =>
    keys.map((key) => ({
      id: key,
      name: graph.getNodeAttribute(key, "name"),
      type: graph.getNodeAttribute(key, "type"),
    }));
  const length = (value: unknown) => (Array.isArray(value) ? value.length : 0);
  return [
    {
      name: "neighbors",
      label: `entity { neighbors(first: ${NEIGHBORS_FIRST}) } (1 hop)`,
      query: `query Neighbors($id: ID!) { entity(id: $id) { id neighbors(first: ${NEIGHBORS_FIRST}) { id name type } } }`,
      variables: (id) => ({ id }),
      direct: (graph, id) => entityList(graph, neighbors(graph, id, { limit: NEIGHBORS_FIRST })),
      directSize: length,
      graphqlSize: (data) => length((data.entity as { neighbors?: unknown } | null)?.neighbors),
    },
    {
      name: "subgraph",
      label: `subgraph (2 hops, limit ${SUBGRAPH_LIMIT})`,
      query: `query Subgraph($seed: String!) { subgraph(seeds: [$seed], depth: 2, limit: ${SUBGRAPH_LIMIT}) { nodes { id name type } relations { id predicate } } }`,
      variables: (seed) => ({ seed }),
      direct: (graph, seed) => {
        const part = subgraph(graph, [seed], { depth: 2, limit: SUBGRAPH_LIMIT });
        return {
          nodes: entityList(graph, part.nodes()),
          relations: part.mapEdges((id, attributes) => ({ id, predicate: attributes.predicate })),
        };
      },
      directSize: (result) => {
        const { nodes, relations } = result as { nodes: unknown[]; relations: unknown[] };
        return nodes.length + relations.length;
      },
      graphqlSize: (data) => {
        const part = data.subgraph as { nodes: unknown[]; relations: unknown[] } | null;
        return part ? part.nodes.length + part.relations.length : -1;
      },
    },
    {
      name: "path",
      label: `path (at most ${PATH_MAX_LENGTH} hops)`,
      query: `query Path($from: String!, $to: String!) { path(from: $from, to: $to, maxLength: ${PATH_MAX_LENGTH}) { length nodes { id name } relations { id predicate } } }`,
      variables: (from, index) => ({ from, to: targets[index % targets.length] }),
      direct: (graph, from, index) => {
        const found = shortestPath(graph, from, targets[index % targets.length]!, PATH_MAX_LENGTH);
        return found === null
          ? null
          : {
              length: found.edges.length,
              nodes: found.nodes.map((id) => ({ id, name: graph.getNodeAttribute(id, "name") })),
              relations: found.edges.map((id) => ({ id, predicate: graph.getEdgeAttribute(id, "predicate") })),
            };
      },
      directSize: (result) => (result === null ? -1 : (result as { length: number }).length),
      graphqlSize: (data) => (data.path === null ? -1 : (data.path as { length: number }).length),
    },
  ];
}

function graphqlBody(kind: QueryKind, sample: string, index: number): string {
  return JSON.stringify({ query: kind.query, variables: kind.variables(sample, index) });
}

function answerOf(kind: QueryKind, text: string): Record<string, unknown> {
  const body = JSON.parse(text) as { data?: Record<string, unknown>; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) {
    throw new Error(`bench-graph: ${kind.name} should answer without errors, found ${body.errors?.[0]?.message}.`);
  }
  return body.data;
}

// GraphQL through the yoga app's fetch handler, called as yoga documents it (URL and init: yoga builds
// its own Request, as it does for node:http): parsed, validated, executed and serialised.
async function postInProcess(app: ReturnType<typeof createApp>, body: string): Promise<string> {
  const response = await app.fetch("http://bench.local/graphql", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body,
  });
  return response.text();
}

async function inProcess(
  app: ReturnType<typeof createApp>,
  kind: QueryKind,
  sample: string,
  index: number,
): Promise<Record<string, unknown>> {
  return answerOf(kind, await postInProcess(app, graphqlBody(kind, sample, index)));
}

// One keep-alive connection, as a client of the API would hold: node:http rather than fetch, whose
// own overhead (undici's streams and promises, ~2 ms a request here) is not the server's.
function postHttp(url: string, body: string, agent: http.Agent): Promise<string> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      `${url}/graphql`,
      {
        method: "POST",
        agent,
        headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
        response.on("error", reject);
      },
    );
    request.on("error", reject);
    request.end(body);
  });
}

async function overHttp(url: string, kind: QueryKind, sample: string, index: number, agent: http.Agent): Promise<void> {
  answerOf(kind, await postHttp(url, graphqlBody(kind, sample, index), agent));
}

// ---------------------------------------------------------------------------------------------
// Child processes

function childArgs(role: string, dir: string, extra: string[] = []): string[] {
  return [
    ...process.execArgv,
    `--max-old-space-size=${HEAP_MB}`,
    `--max-semi-space-size=${SEMI_SPACE_MB}`,
    "--expose-gc",
    SCRIPT,
    `--role=${role}`,
    `--data=${dir}`,
    ...extra,
  ];
}

/** Runs this script in another role and returns the figures it prints. */
function runChild<T>(role: "generate" | "load" | "floor", dir: string, extra: string[] = []): Promise<T> {
  const child = spawn(process.execPath, childArgs(role, dir, extra), { stdio: ["ignore", "pipe", "inherit"] });
  return new Promise((resolve, reject) => {
    let result: T | null = null;
    createInterface({ input: child.stdout! }).on("line", (line) => {
      if (line.startsWith(RESULT_PREFIX)) result = JSON.parse(line.slice(RESULT_PREFIX.length)) as T;
    });
    child.once("error", reject);
    child.once("close", (code) =>
      result ? resolve(result) : reject(new Error(`bench-graph: the ${role} process should report, exited ${code}.`)),
    );
  });
}

async function startServerChild(dir: string): Promise<{ url: string; figures: LoadFigures; stop(): Promise<void> }> {
  const child: ChildProcess = spawn(process.execPath, childArgs("serve", dir), {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const exited = new Promise<void>((resolve) => child.once("close", () => resolve()));
  const ready = await new Promise<{ url: string; figures: LoadFigures }>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on("line", (line) => {
      if (line.startsWith(RESULT_PREFIX)) resolve(JSON.parse(line.slice(RESULT_PREFIX.length)));
    });
    child.once("error", reject);
    child.once("close", (code) =>
      reject(new Error(`bench-graph: the server process exited ${code} before listening.`)),
    );
  });
  return {
    ...ready,
    stop: async () => {
      child.kill("SIGTERM");
      await exited;
    },
  };
}

function memoryFigures(openMs: number, warm: { ms: number; hubs: number }): LoadFigures {
  collectGarbage();
  const memory = process.memoryUsage();
  return {
    openMs,
    warmMs: warm.ms,
    hubs: warm.hubs,
    rssMb: memory.rss / MIB,
    heapMb: memory.heapUsed / MIB,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
}

function runGenerateChild(dir: string): void {
  const entities = integer("entities", values.entities);
  const relations = integer("relations", values.relations, 0);
  const seed = integer("seed", values.seed, Number.MIN_SAFE_INTEGER);
  const file = path.join(dir, DATA_FILES.graph);
  let t0 = performance.now();
  // Document texts are left empty, as in the earlier runs, so that load figures stay comparable.
  const graph = generateGraph({ entities, relations, seed, documentTexts: false });
  const generateMs = performance.now() - t0;
  t0 = performance.now();
  saveGraph(graph, file);
  const figures: GenerateFigures = {
    generateMs,
    writeMs: performance.now() - t0,
    fileBytes: statSync(file).size,
    stats: graphStats(graph),
    degrees: degreeStats(graph),
  };
  console.log(`${RESULT_PREFIX}${JSON.stringify(figures)}`);
}

async function runLoadChild(dir: string): Promise<void> {
  collectGarbage();
  let gcMs = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) gcMs += entry.duration;
  });
  observer.observe({ entryTypes: ["gc"] });
  const cpu0 = process.cpuUsage();
  const main0 = mainThreadCpuMs();
  LoadPipe.lastWorkerCpuMs = Number.NaN;
  const t0 = performance.now();
  const live = await LiveGraph.open(dir);
  const openMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const mainCpuMs = mainThreadCpuMs() - main0;
  // The entries are delivered later, on a timer turn of the event loop (setImmediate is too soon).
  await new Promise((resolve) => setTimeout(resolve, 100));
  observer.disconnect();
  const figures: LoadFigures = {
    ...memoryFigures(openMs, await timeWarm(live)),
    gcMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
    mainCpuMs,
    workerCpuMs: LoadPipe.lastWorkerCpuMs,
  };
  if (live.graph.order === 0) log("bench-graph: the loaded graph is empty.");
  // The keys for the floor processes: nodes in order, then each edge as [key, source, target index].
  const graph = live.graph;
  const nodes = graph.nodes();
  const indexOf = new Map(nodes.map((node, i) => [node, i]));
  const edges: (string | number)[] = [];
  graph.forEachEdge((edge, _attributes, source, target) => {
    edges.push(edge, indexOf.get(source)!, indexOf.get(target)!);
  });
  writeFileSync(path.join(dir, FLOOR_KEYS_FILE), JSON.stringify({ nodes, edges }));
  console.log(`${RESULT_PREFIX}${JSON.stringify(figures)}`);
}

/**
 * The floor of a load: the keys the load process left, added to an empty graphology graph as the
 * decoder adds them (nodes first, each edge's ends taken from the node keys by index), with no
 * attributes. `dictionary` first turns each node's adjacency into dictionary mode as the decoder does.
 */
async function runFloorChild(dir: string, adjacency: FloorAdjacency): Promise<void> {
  if (!FLOOR_ADJACENCIES.includes(adjacency)) {
    console.error(`bench-graph: --adjacency should be one of ${FLOOR_ADJACENCIES.join(", ")}, found ${adjacency}.`);
    process.exit(2);
  }
  const { nodes, edges } = JSON.parse(readFileSync(path.join(dir, FLOOR_KEYS_FILE), "utf8")) as {
    nodes: string[];
    edges: (string | number)[];
  };
  collectGarbage();
  let gcMs = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) gcMs += entry.duration;
  });
  observer.observe({ entryTypes: ["gc"] });
  const cpu0 = process.cpuUsage();
  const main0 = mainThreadCpuMs();
  const t0 = performance.now();
  const graph = new MultiDirectedGraph({ allowSelfLoops: false });
  const prepare = adjacency === "dictionary" ? dictionaryAdjacency(graph) : null;
  for (const node of nodes) {
    graph.addNode(node);
    prepare?.(node);
  }
  for (let i = 0; i < edges.length; i += 3) {
    graph.addDirectedEdgeWithKey(edges[i], nodes[edges[i + 1] as number], nodes[edges[i + 2] as number]);
  }
  const floorMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const mainCpuMs = mainThreadCpuMs() - main0;
  // The entries are delivered later, on a timer turn of the event loop.
  await new Promise((resolve) => setTimeout(resolve, 100));
  observer.disconnect();
  const figures: FloorFigures = { adjacency, floorMs, cpuMs: (cpu.user + cpu.system) / 1000, gcMs, mainCpuMs };
  if (graph.size !== edges.length / 3) log("bench-graph: the floor graph lost edges.");
  console.log(`${RESULT_PREFIX}${JSON.stringify(figures)}`);
}

/**
 * CPU time of this process's main thread so far, in ms (Linux: /proc, in clock ticks of 10 ms), else
 * NaN. process.cpuUsage counts every thread: V8's GC helpers, the load worker.
 */
function mainThreadCpuMs(): number {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return Number.NaN;
  }
}

/**
 * Runs `run` on the warm-up entities in turn, `WARM_UP.requests` times or for `WARM_UP.ms`, whichever
 * ends first (at least twice). Other entities than the measured ones, so that those are not already
 * in the CPU caches; long enough for V8 to optimise the code paths (yoga's took about 2 000 requests
 * to reach its steady speed).
 */
async function warmUp(keys: readonly string[], run: (key: string, index: number) => Promise<unknown>): Promise<void> {
  const start = performance.now();
  for (let i = 0; i < WARM_UP.requests && (i < 2 || performance.now() - start < WARM_UP.ms); i++) {
    await run(keys[i % keys.length]!, i);
  }
}

async function timeWarm(live: LiveGraph): Promise<{ ms: number; hubs: number }> {
  const t0 = performance.now();
  const hubs = await live.warmNeighbourRanks();
  return { ms: performance.now() - t0, hubs };
}

async function runServeChild(dir: string): Promise<void> {
  const t0 = performance.now();
  const server = await startServer({
    dataDir: dir,
    port: 0,
    host: "127.0.0.1",
    token: TOKEN,
    webDir: dir,
    log: (line) => process.stderr.write(`server: ${line}\n`),
  });
  const openMs = performance.now() - t0;
  const warmStart = performance.now();
  const hubs = await server.warmed;
  // memoryFigures collects the garbage of the load before the server is reported ready.
  const figures = memoryFigures(openMs, { ms: performance.now() - warmStart, hubs });
  console.log(`${RESULT_PREFIX}${JSON.stringify({ url: server.url, figures })}`);
  process.once("SIGTERM", () => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}

// ---------------------------------------------------------------------------------------------
// Report

interface Report {
  startedAt: Date;
  entities: number;
  relations: number;
  samples: number;
  duration: number;
  connections: number;
  seed: number;
  generated: GenerateFigures;
  sampleDegrees: DegreeStats;
  floorMs: Record<FloorAdjacency, number[]>;
  loads: {
    /** The fresh process of median load time. */
    fresh: LoadFigures;
    /** Load time of each fresh process, run alternately with the floor's. */
    freshOpenMs: number[];
    mainOpenMs: number;
    serverOpenMs: number;
    server: LoadFigures;
  };
  timings: Timing[];
  rawHop: number[];
  neighbourCounts: number[];
  /** countNeighbors of the 1-hop samples: how many neighbours there are beyond the first page. */
  neighbourTotals: number[];
  /** In-process times of `{ __typename }`. */
  fixedCost: number[];
  mainWarm: { ms: number; hubs: number };
  mismatches: Map<string, number>;
  warnings: number;
  directOpsPerS: number;
  cannon: autocannon.Result;
  budgetMs: number;
}

function renderSection(r: Report): string {
  const cpu = cpus();
  const g = r.generated;
  const find = (name: string, mode: string) => r.timings.find((t) => t.name === name && t.mode === mode)!;
  const p50 = (t: Timing) => median(t.times);
  const p99 = (t: Timing) => percentile(t.times, 99);
  const labels: Record<string, string> = {
    neighbors: `\`entity { neighbors(first: ${NEIGHBORS_FIRST}) }\`, 1 hop`,
    subgraph: `\`subgraph\`, 2 hops, limit ${SUBGRAPH_LIMIT}`,
    path: `\`path\`, ≤ ${PATH_MAX_LENGTH} hops`,
  };
  const rows: string[] = [];
  const raw: Timing = {
    name: "neighbors",
    mode: `graphology \`graph.neighbors()\`, first ${NEIGHBORS_FIRST} unranked`,
    times: r.rawHop,
  };
  for (const name of ["neighbors", "subgraph", "path"]) {
    const direct = find(name, "direct");
    const modes = [
      ...(name === "neighbors" ? [raw] : []),
      { ...direct, mode: "direct (graph/query.ts)" },
      { ...find(name, "executed"), mode: "GraphQL execution alone (graphql-jit, no request)" },
      { ...find(name, "in-process"), mode: "GraphQL in-process (`app.fetch`)" },
      { ...find(name, "HTTP"), mode: "GraphQL over HTTP" },
    ];
    for (const t of modes) {
      const ratio = t.times === direct.times ? "1.00×" : `${fmt(p50(t) / p50(direct))}×`;
      // Sample i is the same entity in every mode, so the differences are paired.
      const added = median(t.times.slice(0, direct.times.length).map((ms, i) => ms - direct.times[i]!));
      rows.push(
        `| ${labels[name]} | ${t.mode} | ${t.times.length} | ${fmt(p50(t), 3)} | ${fmt(p99(t), 3)} | ${fmt(Math.max(...t.times), 1)} | ${ratio} | ${t.times === direct.times ? "–" : fmt(added, 3)} |`,
      );
    }
  }
  const loads = [r.loads.fresh.openMs, r.loads.mainOpenMs, r.loads.serverOpenMs];
  const loadS = median(loads) / 1000;
  const floorS = median(r.floorMs.dictionary) / 1000;
  // Issue 14's ratio: fresh processes only, each load run just before a floor of the same keys.
  const freshS = median(r.loads.freshOpenMs) / 1000;
  const floorRatio = freshS / floorS;
  const rssGb = (r.loads.fresh.rssMb * 2 ** 20) / 1e9;
  const plainFloorS = median(r.floorMs.plain) / 1000;
  const gcS = (r.loads.fresh.gcMs ?? Number.NaN) / 1000;
  const hopHttp = find("neighbors", "HTTP");
  const hopInProcess = find("neighbors", "in-process");
  // sampleEntities draws the even-numbered samples uniformly, the odd ones through edges.
  const uniformHalf = (t: Timing) => t.times.filter((_ms, i) => i % 2 === 0);
  const overhead = (name: string) => p50(find(name, "in-process")) / p50(find(name, "direct"));
  const met = (ok: boolean) => (ok ? "met" : "**not met**");
  const degreeLine = (d: DegreeStats) =>
    `median ${d.median}, mean ${fmt(d.mean, 1)}, p90 ${d.p90}, p99 ${d.p99}, max ${d.max}`;
  const mismatched = [...r.mismatches].filter(([, n]) => n > 0).map(([name, n]) => `${name}: ${n}`);
  const c = r.cannon;
  const byType = Object.entries(g.stats.byType)
    .map(([type, n]) => `${type} ${n}`)
    .join(", ");
  return [
    SECTION,
    "",
    `Run of ${r.startedAt.toISOString()} by \`node --import tsx scripts/bench-graph.ts --entities ${r.entities} --relations ${r.relations} --samples ${r.samples} --duration ${r.duration} --connections ${r.connections} --seed ${r.seed}\`.`,
    "",
    `- Machine: ${cpu.length} × ${cpu[0]?.model.trim() ?? "unknown CPU"}, ${fmt(totalmem() / 2 ** 30, 0)} GB, Node ${process.version}, ${process.platform}/${process.arch}; processes run with \`--max-old-space-size=${HEAP_MB} --max-semi-space-size=${SEMI_SPACE_MB}\` (the young generation \`npm start\` gives the server).`,
    `- Graph (scripts/bench/graph.ts, seed ${r.seed}): ${g.stats.nodes} entities (${byType}), ${g.stats.edges} relations of ${Object.keys(g.stats.byPredicate).length} predicates, one evidence sentence each, 1–2 mentions per entity, ${g.stats.documents} documents (texts left empty). Endpoints picked by a power law within their type, 70 % of targets in the source's planted community. Degree: ${degreeLine(g.degrees)}. \`pagerank\` is the degree share (not computed), positions are random (no layout).`,
    `- Generated in ${fmt(g.generateMs / 1000, 1)} s; graph.json (format version ${GRAPH_FORMAT_VERSION}: one record per line, strings interned) ${fmt(g.fileBytes / MB, 1)} MB written by \`saveGraph\` (streamed) in ${fmt(g.writeMs / 1000, 1)} s.`,
    `- Load (\`LiveGraph.open\`: \`loadGraph\` reads the file in chunks, parses and validates it line by line and adds each node and edge; the name index is built after it, with the hubs' ranks), 3 runs: ${loads.map((ms) => fmt(ms / 1000, 2)).join(" s, ")} s (the fresh process of median load time, the measuring process, the server process); the ${r.loads.freshOpenMs.length} fresh processes, each run just before the floor's: ${r.loads.freshOpenMs.map((ms) => fmt(ms / 1000, 2)).join(" s, ")} s. Memory after load in the fresh process, after GC: RSS ${fmt(r.loads.fresh.rssMb, 0)} MiB, heap ${fmt(r.loads.fresh.heapMb, 0)} MiB; peak RSS during the load ${fmt(r.loads.fresh.peakRssMb, 0)} MiB. Server process after start: RSS ${fmt(r.loads.server.rssMb, 0)} MiB.`,
    `- Of the fresh process's load, ${fmt(gcS, 2)} s went to garbage collection (perf_hooks \`gc\` entries): the graph's objects are all alive, so each young-generation collection copies them.`,
    `- The floor of any load, in fresh processes that read only the keys (${FLOOR_RUNS} each, alternating; medians): the same ${g.stats.nodes} node keys and ${g.stats.edges} edge keys, in the same order, added to an empty graphology \`MultiDirectedGraph\` with no attributes: ${fmt(plainFloorS, 2)} s (${r.floorMs.plain.map((ms) => fmt(ms / 1000, 2)).join(", ")}) as graphology comes, ${fmt(floorS, 2)} s (${r.floorMs.dictionary.map((ms) => fmt(ms / 1000, 2)).join(", ")}) with each node's adjacency in dictionary mode first, as the decoder makes it (src/graph/codec.ts). The fresh processes' load (median ${fmt(freshS, 2)} s) takes ${fmt(floorRatio)}× the latter: what is left for reading, parsing, validating and the attributes is ${fmt(freshS - floorS, 2)} s.`,
    `- After the load, \`LiveGraph.warmNeighbourRanks\` ranks the neighbours of the ${r.loads.fresh.hubs} entities with at least ${RANKED_MIN_DEGREE} relations (src/graph/ranks.ts), between requests: ${[r.loads.fresh.warmMs, r.mainWarm.ms, r.loads.server.warmMs].map((ms) => fmt(ms / 1000, 2)).join(" s, ")} s in the three processes; every query below runs after it.`,
    `- Queries: ${r.samples} sampled entities (seeded; half uniform, half an end of a random relation, so hubs are in): degree ${degreeLine(r.sampleDegrees)}; the sampled entities have a median of ${median(r.neighbourTotals)} and at most ${Math.max(...r.neighbourTotals)} neighbours (\`neighborCount\`), of which the 1-hop query answers the ${NEIGHBORS_FIRST} of highest PageRank: a median of ${median(r.neighbourCounts)} and at most ${Math.max(...r.neighbourCounts)} entities. Each query kind stops after about ${r.budgetMs / 1000} s of direct + in-process time (${r.budgetMs / 2000} s over HTTP), hence fewer samples for the slow ones. Each query kind starts on a collected heap (\`gc()\`), as does the server process once loaded, and is warmed up first on ${r.samples} other sampled entities, for ${WARM_UP.requests} requests or ${WARM_UP.ms / 1000} s, whichever ends first, in each mode (V8 optimises yoga's code paths only after a couple of thousand requests). Direct and in-process run alternately on the same sample; in-process calls \`app.fetch(url, init)\` and parses the JSON answer; "execution alone" runs the query compiled by graphql-jit (as the API's plugin compiles it) with an API context and serialises its result, without a request; HTTP goes to the server process, one request at a time over one keep-alive connection (\`node:http\`; \`fetch\` would add about 2 ms of its own per request). The fixed cost of a GraphQL request in-process (\`{ __typename }\`, ${r.fixedCost.length} requests) is ${fmt(median(r.fixedCost), 3)} ms at p50. Times in ms; "× direct" divides a p50 by the direct p50; "+ ms" is the median over the samples of the time added to the direct call on the same entity.`,
    `- Checks: GraphQL answered the same number of entities/relations as the direct call for every sample${mismatched.length ? ` **except** ${mismatched.join(", ")}` : ""}; ${r.warnings} warnings or errors logged by the in-process API.`,
    "",
    "| query | mode | samples | p50 ms | p99 ms | max ms | × direct | + ms |",
    "| --- | --- | --: | --: | --: | --: | --: | --: |",
    ...rows,
    "",
    `Throughput of \`entity { neighbors(first: ${NEIGHBORS_FIRST}) }\` (the sampled entities in turn) under concurrent load: autocannon, ${c.connections} connections for ${r.duration} s against the server process: ${fmt(c.requests.average, 0)} req/s (${c.requests.total} requests), latency p50 ${c.latency.p50} ms, p99 ${c.latency.p99} ms, ${c.non2xx} non-2xx, ${c.errors} errors. The same query done directly in one thread: ${fmt(r.directOpsPerS, 0)} ops/s (${fmt(r.directOpsPerS / Math.max(c.requests.average, 1), 1)}× the server).`,
    "",
    "| target | result | status |",
    "| --- | --- | --- |",
    `| load ≤ ${TARGETS.loadS} s | ${fmt(loadS)} s (median of 3); graphology alone needs ${fmt(floorS)} s for the same keys, and GC ${fmt(gcS)} s | ${met(loadS <= TARGETS.loadS)} |`,
    `| load ≤ ${TARGETS.loadFloorRatio}× graphology's insert floor (same keys, dictionary adjacency, fresh processes alternating, same run) | ${fmt(floorRatio)}× (median ${fmt(freshS)} s against ${fmt(floorS)} s) | ${met(floorRatio <= TARGETS.loadFloorRatio)} |`,
    `| RSS after load ≤ ${TARGETS.rssAfterLoadGb} GB | ${fmt(rssGb)} GB (${fmt(r.loads.fresh.rssMb, 0)} MiB, after GC, the fresh process of median load) | ${met(rssGb <= TARGETS.rssAfterLoadGb)} |`,
    `| 1-hop query p99 ≤ ${TARGETS.oneHopP99Ms} ms | ${fmt(p99(hopHttp))} ms over HTTP (${fmt(percentile(uniformHalf(hopHttp), 99))} ms on the uniformly drawn half of the samples), ${fmt(p99(hopInProcess))} ms in-process; ${c.latency.p99} ms under load | ${met(p99(hopHttp) <= TARGETS.oneHopP99Ms)} |`,
    ...["neighbors", "subgraph", "path"].map(
      (name) =>
        `| GraphQL overhead ≤ ${TARGETS.overhead}× direct: ${labels[name]} | ${fmt(overhead(name))}× (p50 in-process / p50 direct); the execution alone ${fmt(p50(find(name, "executed")) / p50(find(name, "direct")))}× | ${met(overhead(name) <= TARGETS.overhead)} |`,
    ),
    "",
  ].join("\n");
}

// ---------------------------------------------------------------------------------------------

function integer(name: string, raw: string | undefined, min = 1): number {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) {
    console.error(`bench-graph: --${name} should be an integer ≥ ${min}, found ${raw}.`);
    process.exit(2);
  }
  return value;
}

function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function log(line: string): void {
  console.log(line);
}
