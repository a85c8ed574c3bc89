// `npm run bench` (explorer part): time from page load to the first frame with the graph, and the
// frame time while panning, in headless chromium (software WebGL), on the seeds' graph and on a
// synthetic graph (default 10 000 nodes, 50 000 edges), whole and as the explorer's default overview
// shows it (the top 5 000 entities by PageRank), and a large one (default 100 000 entities,
// 1 000 000 relations, scripts/bench/graph.ts) as the explorer shows it by default. The server is
// the real API on temporary data directories; the explorer is web/dist (built when stale).
// Rewrites the "## Explorer" section of BENCHMARKS.md, keeping the others. Options: --nodes N,
// --edges N, --large-nodes N, --large-edges N (0: no large graph), --runs N, --out FILE.

import "./bench/production.ts";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import type { Page } from "playwright-core";
import { startServer } from "../src/api/server.ts";
import { loadCorpus } from "../src/extraction/corpus.ts";
import { ENTITY_TYPES, type Extraction, PREDICATES, SYMMETRIC_PREDICATES } from "../src/extraction/types.ts";
import { buildGraph } from "../src/graph/build.ts";
import { createGraph, type KnowledgeGraph, TYPE_COLORS } from "../src/graph/model.ts";
import { saveGraph } from "../src/graph/store.ts";
import { launchBrowser } from "../tests/_helpers/browser.ts";
import { ensureWebBuild, WEB_DIST } from "../web/build.ts";
import { generateGraph } from "./bench/graph.ts";

const ROOT = path.resolve(import.meta.dirname, "..");
const SECTION = "## Explorer";
// Timings are medians over the runs; frame times pool the frames of every run.

const { values } = parseArgs({
  options: {
    nodes: { type: "string", default: "10000" },
    edges: { type: "string", default: "50000" },
    "large-nodes": { type: "string", default: "100000" },
    "large-edges": { type: "string", default: "1000000" },
    runs: { type: "string", default: "3" },
    seed: { type: "string", default: "7" },
    out: { type: "string", default: "BENCHMARKS.md" },
  },
});
const syntheticNodes = Number(values.nodes);
const syntheticEdges = Number(values.edges);
const largeNodes = Number(values["large-nodes"]);
const largeEdges = Number(values["large-edges"]);
const runs = Math.max(1, Math.round(Number(values.runs)));
const seed = Math.round(Number(values.seed));
const outFile = path.resolve(ROOT, values.out);
if (!(syntheticNodes >= 2) || !(syntheticEdges >= 1) || syntheticEdges > syntheticNodes * (syntheticNodes - 1)) {
  throw new Error(
    `bench-web: --nodes should be ≥ 2 and --edges between 1 and nodes², found ${values.nodes}, ${values.edges}.`,
  );
}

if (
  largeNodes !== 0 &&
  !(Number.isInteger(largeNodes) && largeNodes >= 100 && Number.isInteger(largeEdges) && largeEdges >= 1)
) {
  throw new Error(
    `bench-web: --large-nodes should be 0 (none) or an integer ≥ 100, and --large-edges a positive integer, found ${values["large-nodes"]}, ${values["large-edges"]}.`,
  );
}

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

/** A small seeded generator (mulberry32), so the synthetic graph is the same each run. */
function random(seedValue: number): () => number {
  let state = seedValue >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A synthetic knowledge graph: clustered positions, mostly intra-cluster edges, one evidence each. */
function syntheticGraph(nodeCount: number, edgeCount: number): KnowledgeGraph {
  const next = random(seed);
  const graph = createGraph();
  const documents = Array.from({ length: 50 }, (_, i) => ({
    id: `synthetic_${String(i).padStart(3, "0")}`,
    title: `Synthetic article ${i}`,
    date: `2025-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`,
    source: "Synthetic Wire",
    authors: [],
    text: `Synthetic article ${i}. Entity names are made up for the benchmark.`,
  }));
  graph.setAttribute("documents", documents);
  graph.setAttribute("builtAt", "2025-01-01T00:00:00.000Z");
  const clusters = Math.max(1, Math.round(Math.sqrt(nodeCount) / 2));
  const ids: string[] = [];
  const clusterOf: number[] = [];
  for (let i = 0; i < nodeCount; i++) {
    const type = ENTITY_TYPES[i % ENTITY_TYPES.length] as (typeof ENTITY_TYPES)[number];
    const id = `${type.toLowerCase()}:synthetic-${i}`;
    const cluster = Math.floor(next() * clusters);
    const angle = (cluster / clusters) * 2 * Math.PI;
    const spread = Math.sqrt(-2 * Math.log(next() + 1e-9)) * 40;
    const theta = next() * 2 * Math.PI;
    const document = documents[i % documents.length]?.id as string;
    graph.addNode(id, {
      label: `Entity ${i}`,
      name: `Entity ${i}`,
      type,
      aliases: [`E${i}`],
      mentionCount: 1,
      documents: [document],
      mentions: [
        { document, start: 0, end: 9, sentence: `Synthetic article ${i % 50}.`, text: "Synthetic", rule: "synthetic" },
      ],
      attributes: {},
      degree: 0,
      pagerank: 0,
      community: cluster,
      x: Math.round((Math.cos(angle) * 1000 + Math.cos(theta) * spread) * 100) / 100,
      y: Math.round((Math.sin(angle) * 1000 + Math.sin(theta) * spread) * 100) / 100,
      size: 3,
      color: TYPE_COLORS[type],
    });
    ids.push(id);
    clusterOf.push(cluster);
  }
  const byCluster: string[][] = Array.from({ length: clusters }, () => []);
  ids.forEach((id, i) => {
    byCluster[clusterOf[i] as number]?.push(id);
  });
  const predicates = PREDICATES.filter((predicate) => predicate !== "STATED");
  while (graph.size < edgeCount) {
    const i = Math.floor(next() * nodeCount);
    const source = ids[i] as string;
    const local = byCluster[clusterOf[i] as number] as string[];
    const target = (
      next() < 0.8 && local.length > 1 ? local[Math.floor(next() * local.length)] : ids[Math.floor(next() * nodeCount)]
    ) as string;
    const predicate = predicates[Math.floor(next() * predicates.length)] as (typeof predicates)[number];
    const key = `${source}|${predicate}|${target}`;
    if (source === target || graph.hasEdge(key)) continue;
    const document = documents[Math.floor(next() * documents.length)]?.id as string;
    graph.addDirectedEdgeWithKey(key, source, target, {
      predicate,
      attributes: {},
      confidence: 0.8,
      evidence: [{ document, sentence: "A synthetic sentence.", start: 0, end: 21, rule: "synthetic" }],
      symmetric: SYMMETRIC_PREDICATES.has(predicate),
      label: predicate,
      size: 1,
      color: "#c3c9d2",
    });
  }
  let maxDegree = 1;
  graph.forEachNode((node) => {
    maxDegree = Math.max(maxDegree, graph.degree(node));
  });
  graph.updateEachNodeAttributes((node, attributes) => {
    const degree = graph.degree(node);
    return {
      ...attributes,
      degree,
      pagerank: Math.round((degree / (graph.size * 2)) * 1e6) / 1e6,
      size: Math.round((3 + 12 * Math.sqrt(degree / maxDegree)) * 100) / 100,
    };
  });
  return graph;
}

/** A data directory holding `graph`. */
function syntheticData(graph: KnowledgeGraph): string {
  const dir = mkdtempSync(path.join(tmpdir(), "kg-bench-web-"));
  saveGraph(graph, path.join(dir, "graph.json"));
  return dir;
}

/** A copy of graph-data/ (graph.json built from the extraction when missing). */
async function seedData(): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), "kg-bench-web-"));
  for (const name of ["documents", "analyses", "extraction.json", "manifest.json", "graph.json"]) {
    const source = path.join(ROOT, "graph-data", name);
    if (existsSync(source)) cpSync(source, path.join(dir, name), { recursive: true });
  }
  if (!existsSync(path.join(dir, "graph.json"))) {
    const extraction = JSON.parse(readFileSync(path.join(dir, "extraction.json"), "utf8")) as Extraction;
    const corpus = await loadCorpus([path.join(dir, "documents")]);
    saveGraph(buildGraph(extraction, corpus.documents), path.join(dir, "graph.json"));
  }
  return dir;
}

interface Run {
  /** ms from navigation start to the overview data loaded. */
  loaded: number;
  /** ms from navigation start to the first frame with the graph (its nodes, on big graphs). */
  firstRender: number;
  /** ms from navigation start to the first frame with every node and edge. */
  completeRender: number;
  /** Frame intervals (ms) while panning, as the explorer pans by default. */
  frames: number[];
  /** ms from the release of that drag to the frame after the first render that follows. */
  release: number;
  /** Frame intervals (ms) while panning the same page with sigma redrawing at each move (`?pan=redraw`). */
  redrawFrames: number[];
}

/** Records animation-frame intervals in the page until `window.__kgStopFrames()` is called (plain JavaScript text). */
const FRAME_RECORDER = `(() => {
  const intervals = [];
  let previous = -1;
  let recording = true;
  const step = (time) => {
    if (previous >= 0) intervals.push(time - previous);
    previous = time;
    if (recording) requestAnimationFrame(step);
  };
  requestAnimationFrame(step);
  // The drag's frames only: the release is timed apart (RELEASE_RECORDER).
  window.addEventListener("mouseup", () => (recording = false), { capture: true, once: true });
  window.__kgStopFrames = () => {
    recording = false;
    return intervals;
  };
})()`;

/**
 * Pans as a user does, dragging the stage with the mouse for about `durationMs` (so sigma knows the
 * camera moves and hides edges and labels on big graphs), and returns the frame intervals and the
 * time the release took to show (see RELEASE_RECORDER).
 */
async function panFrames(page: Page, durationMs: number): Promise<{ intervals: number[]; release: number }> {
  const box = await page.locator("#graph").boundingBox();
  if (!box) throw new Error("bench-web: the graph should be on the page, found no box.");
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  await page.evaluate(FRAME_RECORDER);
  await page.evaluate(RELEASE_RECORDER);
  const started = Date.now();
  for (let step = 0; Date.now() - started < durationMs; step++) {
    const t = step / 10;
    await page.mouse.move(cx + Math.sin(t) * box.width * 0.25, cy + Math.cos(t) * box.height * 0.25);
    await page.waitForTimeout(30);
  }
  await page.mouse.up();
  const intervals = (await page.evaluate("window.__kgStopFrames()")) as number[];
  const release = (await page.evaluate("window.__kgRelease")) as number | null;
  return { intervals, release: release ?? Number.NaN };
}

/**
 * Times the release of a drag (plain JavaScript text): from the mouse-up to the frame after the
 * first render that follows it (with bitmap panning, the one drawing the new camera, edges and
 * labels included; with sigma's pan, the first frame of its inertia glide, edges still hidden).
 */
const RELEASE_RECORDER = `(() => {
  const sigma = window.__explorer.graph.sigma;
  window.__kgRelease = new Promise((resolve) => {
    window.addEventListener("mouseup", () => {
      const start = performance.now();
      sigma.once("afterRender", () => requestAnimationFrame(() => resolve(performance.now() - start)));
    }, { capture: true, once: true });
    // No render after the release (a drag held still before it, or sigma's pan without inertia): none.
    setTimeout(() => resolve(null), 20000);
  });
})()`;

async function measure(
  label: string,
  dataDir: string,
  query = "",
): Promise<{ runs: Run[]; nodes: number; edges: number; shown: number }> {
  const server = await startServer({ dataDir, port: 0, host: "127.0.0.1", webDir: WEB_DIST, log: () => {} });
  // As a user who opens the explorer on a running server: once its start-up work is done.
  await server.warmed;
  const browser = await launchBrowser();
  const results: Run[] = [];
  let nodes = 0;
  let edges = 0;
  let shown = 0;
  try {
    const health = (await (await fetch(`${server.url}/healthz`)).json()) as { nodes: number; edges: number };
    nodes = health.nodes;
    edges = health.edges;
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.goto(`${server.url}/${query}`);
      await page.waitForFunction(() => performance.getEntriesByName("kg:complete-render").length > 0, undefined, {
        timeout: 600_000,
      });
      const marks = (await page.evaluate(`({
        loaded: performance.getEntriesByName("kg:data-loaded")[0]?.startTime ?? NaN,
        firstRender: performance.getEntriesByName("kg:first-render")[0]?.startTime ?? NaN,
        completeRender: performance.getEntriesByName("kg:complete-render")[0]?.startTime ?? NaN,
      })`)) as Omit<Run, "frames">;
      shown = (await page.evaluate("window.__explorer.graph.graph.order")) as number;
      const mode = (await page.evaluate("window.__explorer.graph.panMode")) as string;
      const { intervals: frames, release } = await panFrames(page, 3000);
      // The baseline on the same page: sigma's own pan, a WebGL frame per move (what `?pan=redraw` does).
      await page.waitForTimeout(1000);
      await page.evaluate("window.__explorer.graph.setBitmapPan(false)");
      const { intervals: redrawFrames } = await panFrames(page, 3000);
      await page.evaluate("window.__explorer.graph.setBitmapPan(true)");
      results.push({ ...marks, frames, release, redrawFrames });
      log(
        `${label} run ${run + 1}: first render ${fmt(marks.firstRender)} ms, data ${fmt(marks.loaded)} ms, complete ${fmt(marks.completeRender)} ms, pan (${mode}) frame median ${fmt(median(frames), 1)} ms p95 ${fmt(percentile(frames, 95), 1)} ms, release ${fmt(release)} ms; redrawing each move: median ${fmt(median(redrawFrames), 1)} ms p95 ${fmt(percentile(redrawFrames, 95), 1)} ms`,
      );
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { runs: results, nodes, edges, shown };
}

function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

function fmt(value: number, digits = 0): string {
  return Number.isFinite(value) ? value.toFixed(digits) : "–";
}

function row(label: string, result: { runs: Run[]; nodes: number; edges: number; shown: number }): string {
  const frames = result.runs.flatMap((run) => run.frames);
  const redraw = result.runs.flatMap((run) => run.redrawFrames);
  const loaded = median(result.runs.map((run) => run.loaded));
  const first = median(result.runs.map((run) => run.firstRender));
  const complete = median(result.runs.map((run) => run.completeRender));
  const fps = 1000 / median(frames);
  const release = median(result.runs.map((run) => run.release).filter((value) => Number.isFinite(value)));
  return `| ${label} | ${result.nodes} | ${result.edges} | ${result.shown} | ${result.runs.length} | ${fmt(first)} | ${fmt(loaded)} | ${fmt(complete)} | ${fmt(median(frames), 1)} | ${fmt(percentile(frames, 95), 1)} | ${fmt(fps, 0)} | ${fmt(release)} | ${fmt(median(redraw), 1)} | ${fmt(percentile(redraw, 95), 1)} |`;
}

await ensureWebBuild();
const startedAt = new Date();
// The machine may be shared: its load, at the start and the end, says how far to trust the timings.
const loadAtStart = loadavg()[0] ?? Number.NaN;
log("seeds…");
const seedsDir = await seedData();
const synthetic = syntheticGraph(syntheticNodes, syntheticEdges);
const syntheticDir = syntheticData(synthetic);
let seeds: Awaited<ReturnType<typeof measure>>;
let big: Awaited<ReturnType<typeof measure>>;
let top: Awaited<ReturnType<typeof measure>>;
let large: Awaited<ReturnType<typeof measure>> | null = null;
try {
  seeds = await measure("seeds", seedsDir);
  log("synthetic, every entity…");
  big = await measure("synthetic", syntheticDir, `?overviewLimit=${syntheticNodes}`);
  log("synthetic, the explorer's default overview…");
  top = await measure("synthetic, default overview", syntheticDir);
} finally {
  rmSync(seedsDir, { recursive: true, force: true });
  rmSync(syntheticDir, { recursive: true, force: true });
}
if (largeNodes > 0) {
  log(`large synthetic graph (${largeNodes} entities, ${largeEdges} relations), the explorer's default overview…`);
  // Written and dropped before the server loads it, so that only one copy is in memory.
  const largeDir = mkdtempSync(path.join(tmpdir(), "kg-bench-web-"));
  saveGraph(
    generateGraph({ entities: largeNodes, relations: largeEdges, seed: 42, documentTexts: false }),
    path.join(largeDir, "graph.json"),
  );
  try {
    large = await measure("large synthetic, default overview", largeDir);
  } finally {
    rmSync(largeDir, { recursive: true, force: true });
  }
}

const section = [
  SECTION,
  "",
  `Run of ${startedAt.toISOString()} by \`node --import tsx scripts/bench-web.ts --nodes ${syntheticNodes} --edges ${syntheticEdges} --large-nodes ${largeNodes} --large-edges ${largeEdges} --runs ${runs}\`.`,
  "",
  `- Machine: ${cpus().length} × ${cpus()[0]?.model.trim() ?? "CPU"}, Node ${process.version}, load average (1 min) ${fmt(loadAtStart, 1)} at the start and ${fmt(loadavg()[0] ?? Number.NaN, 1)} at the end; headless Debian chromium with software WebGL (SwiftShader): read the figures as relative, a GPU is many times faster.`,
  "- From navigation start: first render is sigma's first frame, the first useful one (on graphs of 2 000 entities or more, the nodes alone, drawn a frame before the relations); data is the overview loaded and decoded (one `GET /overview` request, gzip); complete is the first frame with every node and edge shown. The synthetic graph is measured whole (`?overviewLimit=N`) and as the explorer shows it by default (the top 5 000 entities by PageRank and the relations among them); `shown` is the number of entities drawn. The large graph (scripts/bench/graph.ts, seed 42: power-law degrees, random positions) is measured as the explorer shows it by default; the server's start (loading graph.json, building the default overview, ranking the hubs' neighbours: `warmed`) is not in these figures: each page is opened once it is done.",
  "- Panning: the mouse drags the stage for 3 s (a move every ~30 ms); frame time is the interval between animation frames meanwhile. Above 2 000 edges the explorer pans by moving the frame already drawn (a CSS transform, no WebGL frame) and draws the new camera once, when the drag ends or pauses (web/src/views/controllers/bitmap-pan.ts): that frame is not among the pan frames; `release` is the time from the mouse-up to the frame after it (median of the runs; on small graphs, to the first frame of sigma's inertia glide). The last two columns pan the same page again the way sigma does by default and the small graphs always do: a WebGL frame per move, edges and labels hidden while the camera moves above 2 000 edges (`?pan=redraw`).",
  "",
  "| graph | nodes | edges | shown | runs | first render ms | data loaded ms | complete render ms | pan frame ms (median) | pan frame ms (p95) | pan fps | release ms | redrawing each move: frame ms (median) | redrawing each move: frame ms (p95) |",
  "| --- | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: |",
  row("seeds", seeds),
  row("synthetic", big),
  row("synthetic, default overview", top),
  ...(large ? [row("large synthetic, default overview", large)] : []),
  "",
].join("\n");

const previous = existsSync(outFile) ? readFileSync(outFile, "utf8") : "# Benchmarks\n";
const start = previous.indexOf(`${SECTION}\n`);
let next: string;
if (start < 0) next = `${previous.trimEnd()}\n\n${section}`;
else {
  const after = previous.indexOf("\n## ", start + SECTION.length);
  next = `${previous.slice(0, start)}${section}${after < 0 ? "" : previous.slice(after)}`;
}
writeFileSync(outFile, next.endsWith("\n") ? next : `${next}\n`);
process.stdout.write(`${section}\n`);
