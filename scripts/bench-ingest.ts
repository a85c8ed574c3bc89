// `npm run bench:ingest`: how long a live ingest (`LiveGraph.ingestDocument`, what POST /documents
// and the `ingestDocument` mutation run) takes into a large corpus, against the same ingests into
// the five seeds, measured in the same run. Builds two data folders in a temporary directory with
// `kg build` (the seeds; N synthetic articles of scripts/bench/corpus.ts), opens each as the server
// does, and ingests the same K new synthetic articles into each, one at a time, timing each call.
// Then compacts each folder once while GraphQL queries are sent to an API server over the same live
// graph, one after the other, timing each answer (the compaction runs in a worker thread: the
// answers show whether the event loop stayed free). Rewrites the "## Live ingest" section of
// BENCHMARKS.md. Options: --articles (10000), --ingests (10), --seed (42), --out FILE.

import "./bench/production.ts";
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { createApp } from "../src/api/yoga.ts";
import type { SourceDocument } from "../src/extraction/types.ts";
import { LiveGraph } from "../src/graph/live.ts";
import { fmt, median, percentile, replaceSection } from "./bench/common.ts";
import { generateCorpus } from "./bench/corpus.ts";

const ROOT = path.resolve(import.meta.dirname, "..");
const SECTION = "## Live ingest";
const TARGET_P50_MS = 100;
const TARGET_P99_MS = 500;
const TARGET_RATIO = 2;
/** Milliseconds between the end of one query and the next, during the compaction. */
const QUERY_PAUSE_MS = 25;

const { values } = parseArgs({
  options: {
    articles: { type: "string", default: "10000" },
    ingests: { type: "string", default: "10" },
    seed: { type: "string", default: "42" },
    out: { type: "string", default: "BENCHMARKS.md" },
  },
});
const articles = Math.max(1, Math.round(Number(values.articles)));
const ingests = Math.max(1, Math.round(Number(values.ingests)));
const seed = Math.round(Number(values.seed));
const outFile = path.resolve(ROOT, values.out);

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

/** `count` synthetic articles of 2–4 kB (the size of a news article), seeded. */
function syntheticArticles(count: number, articleSeed: number): SourceDocument[] {
  const docs = generateCorpus({ bytes: count * 3500, seed: articleSeed, minDocBytes: 2048, maxDocBytes: 4096 });
  while (docs.length < count) docs.push(...generateCorpus({ bytes: 350_000, seed: articleSeed + docs.length }));
  return docs.slice(0, count);
}

/** Writes `docs` as DIR/documents/<id>.txt (headline, then the text) and builds DIR with `kg build`. */
function buildFolder(dataDir: string, docs: SourceDocument[] | null): number {
  const documents = path.join(dataDir, "documents");
  mkdirSync(documents, { recursive: true });
  if (docs === null) cpSync(path.join(ROOT, "graph-data", "documents"), documents, { recursive: true });
  else for (const doc of docs) writeFileSync(path.join(documents, doc.fileName), `${doc.text}\n`);
  const started = performance.now();
  execFileSync(process.execPath, [path.join(ROOT, "bin", "kg.js"), "build", "--data", dataDir], {
    stdio: ["ignore", "ignore", "inherit"],
  });
  return (performance.now() - started) / 1000;
}

interface Row {
  name: string;
  documents: number;
  entities: number;
  relations: number;
  buildSeconds: number;
  openSeconds: number;
  prepareSeconds: number;
  compactSeconds: number;
  ms: number[];
  /** Wall-clock ms of each GraphQL query answered during the compaction. */
  queryMs: number[];
}

/**
 * Compacts `live` while a client sends GraphQL queries to an API server over it, one after the
 * other (`QUERY_PAUSE_MS` apart), until the compaction resolves. Returns the compaction's seconds and each answer's ms.
 */
async function compactUnderQueries(live: LiveGraph): Promise<{ seconds: number; queryMs: number[] }> {
  const server = createServer(createApp({ live, token: "bench-ingest-token-0123456789", webDir: null }));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const id = live.graph.nodes()[0]!;
  const body = JSON.stringify({ query: "query ($id: ID) { entity(id: $id) { id name degree } }", variables: { id } });
  const queryMs: number[] = [];
  try {
    let done = false;
    const started = performance.now();
    const compaction = live.compact().finally(() => {
      done = true;
    });
    while (!done) {
      const t = performance.now();
      const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/json" },
        body,
      });
      const answer = (await response.json()) as { data?: { entity?: { id: string } | null } };
      if (answer.data?.entity?.id !== id)
        throw new Error(`bench-ingest: the query should find "${id}", found another answer.`);
      // An answer that came after the compaction's end is not one served during it.
      if (!done) queryMs.push(performance.now() - t);
      // Paced, as a reader would query: back to back, the client would take the cores the compaction needs.
      await new Promise((resume) => setTimeout(resume, QUERY_PAUSE_MS));
    }
    await compaction;
    return { seconds: (performance.now() - started) / 1000, queryMs };
  } finally {
    server.closeAllConnections();
    server.close();
  }
}

/** Opens `dataDir` as the server does and ingests `docs` one at a time, timing each call. */
async function measure(name: string, dataDir: string, buildSeconds: number, docs: SourceDocument[]): Promise<Row> {
  let t = performance.now();
  const live = await LiveGraph.open(dataDir);
  const openSeconds = (performance.now() - t) / 1000;
  t = performance.now();
  await live.prepareIngest();
  const prepareSeconds = (performance.now() - t) / 1000;
  const row: Row = {
    name,
    documents: live.graph.getAttribute("documents").length,
    entities: live.graph.order,
    relations: live.graph.size,
    buildSeconds,
    openSeconds,
    prepareSeconds,
    compactSeconds: Number.NaN,
    ms: [],
    queryMs: [],
  };
  try {
    for (const doc of docs) {
      t = performance.now();
      await live.ingestDocument({
        text: doc.text,
        title: doc.title,
        ...(doc.source ? { source: doc.source } : {}),
        ...(doc.date ? { date: doc.date } : {}),
      });
      row.ms.push(performance.now() - t);
      log(`bench-ingest: ${name}: ingest ${row.ms.length}/${docs.length} ${fmt(row.ms.at(-1)!, 0)} ms`);
    }
    const compaction = await compactUnderQueries(live);
    row.compactSeconds = compaction.seconds;
    row.queryMs = compaction.queryMs;
    log(
      `bench-ingest: ${name}: compaction ${fmt(row.compactSeconds, 1)} s, ${row.queryMs.length} queries answered meanwhile, p50 ${fmt(median(row.queryMs), 0)} ms, max ${fmt(Math.max(...row.queryMs), 0)} ms`,
    );
  } finally {
    await live.close();
  }
  return row;
}

const loadBefore = loadavg()[0]!;
const work = mkdtempSync(path.join(tmpdir(), "kg-bench-ingest-"));
const rows: Row[] = [];
try {
  // The articles to ingest: another seed than the large corpus, so that none is already in it.
  const fresh = syntheticArticles(ingests, seed + 1_000_003);
  const seedsDir = path.join(work, "seeds");
  const seedsBuild = buildFolder(seedsDir, null);
  log(`bench-ingest: built the seeds in ${fmt(seedsBuild, 1)} s`);
  const largeDir = path.join(work, "large");
  const large = syntheticArticles(articles, seed);
  const largeBuild = buildFolder(largeDir, large);
  log(`bench-ingest: built ${articles} synthetic articles in ${fmt(largeBuild, 1)} s`);
  rows.push(await measure("the five seeds (baseline)", seedsDir, seedsBuild, fresh));
  rows.push(await measure(`${articles.toLocaleString("en-US")} synthetic articles`, largeDir, largeBuild, fresh));
} finally {
  rmSync(work, { recursive: true, force: true });
}

const [baseline, big] = rows as [Row, Row];
const p50 = median(big.ms);
const p99 = percentile(big.ms, 99);
const ratio = p50 / median(baseline.ms);
const cpu = cpus();
const lines = [
  SECTION,
  "",
  `Run of ${new Date().toISOString()} by \`npm run bench:ingest -- --articles ${articles} --ingests ${ingests} --seed ${seed}\`.`,
  "",
  `- Machine: ${cpu.length} × ${cpu[0]?.model.trim() ?? "unknown CPU"}, ${fmt(totalmem() / 2 ** 30, 0)} GB, Node ${process.version}; load average (1 min) ${fmt(loadBefore, 1)} at the start, ${fmt(loadavg()[0]!, 1)} at the end${Math.max(loadBefore, loadavg()[0]!) > cpu.length ? ` (above ${cpu.length}, other processes shared the cores: read the ratio to the seeds, measured alongside)` : ""}.`,
  `- Each folder is built by \`kg build\`, opened with \`LiveGraph.open\` and prepared with \`prepareIngest\` (as \`kg serve\` does at start: every cached analysis read and merged once), then the same ${ingests} new synthetic articles (2–4 kB each) are ingested one at a time with \`ingestDocument\` (what POST /documents and the \`ingestDocument\` mutation call: analysis in the worker thread, the document merged into the graph against the merge's indexes, local metrics, its files saved in one durable step), then compacted once with \`compact\` (graph.json and extraction.json rewritten, every metric recomputed: what runs after \`compactAfter\` ingests, when idle; its heavy half in a worker thread) while a client sends a GraphQL query (\`entity(id)\`) to an API server over the same live graph, one after the other, ${QUERY_PAUSE_MS} ms apart: "queries during" counts those answered before the compaction ended, with their p50 and max wait (what a query waits at worst while the compaction runs). Times are wall-clock per call, in ms.`,
  "",
  "| corpus | documents | entities | relations | kg build s | open s | prepare s | ingests | p50 ms | p99 ms | max ms | × seeds (p50) | compaction s | queries during | query p50 ms | query max ms |",
  "| --- | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: |",
  ...rows.map(
    (row) =>
      `| ${row.name} | ${row.documents} | ${row.entities} | ${row.relations} | ${fmt(row.buildSeconds, 1)} | ${fmt(row.openSeconds, 2)} | ${fmt(row.prepareSeconds, 2)} | ${row.ms.length} | ${fmt(median(row.ms), 0)} | ${fmt(percentile(row.ms, 99), 0)} | ${fmt(Math.max(...row.ms), 0)} | ${fmt(median(row.ms) / median(baseline.ms))}× | ${fmt(row.compactSeconds, 1)} | ${row.queryMs.length} | ${fmt(median(row.queryMs), 0)} | ${fmt(row.queryMs.length > 0 ? Math.max(...row.queryMs) : Number.NaN, 0)} |`,
  ),
  "",
  "| target | result | status |",
  "| --- | --- | --- |",
  `| ingest into ${articles.toLocaleString("en-US")} articles: p50 ≤ ${TARGET_P50_MS} ms | ${fmt(p50, 0)} ms | ${p50 <= TARGET_P50_MS ? "met" : "not met"} |`,
  `| ingest into ${articles.toLocaleString("en-US")} articles: p99 ≤ ${TARGET_P99_MS} ms | ${fmt(p99, 0)} ms | ${p99 <= TARGET_P99_MS ? "met" : "not met"} |`,
  `| ingest into ${articles.toLocaleString("en-US")} articles ≤ ${TARGET_RATIO}× the same ingest into the seeds (p50) | ${fmt(ratio)}× | ${ratio <= TARGET_RATIO ? "met" : "not met"} |`,
  "",
];
const section = lines.join("\n");
process.stdout.write(`${section}\n`);
const existing = existsSync(outFile) ? readFileSync(outFile, "utf8") : "";
writeFileSync(outFile, `${replaceSection(existing, SECTION, section).trimEnd()}\n`);
log(`bench-ingest: wrote the "${SECTION}" section of ${path.relative(ROOT, outFile)}.`);
