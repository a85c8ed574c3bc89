// `npm run bench` (Neo4j part): how long `kg export --format neo4j` takes to write the two files of
// `neo4j-admin database import full` for a large graph (default: the graph benchmark's synthetic
// 100 000 entities / 1 000 000 relations, scripts/bench/graph.ts), against baselines measured in
// the same run on the same graph: `saveGraph` writing graph.json, and the CSV export of the same
// relations. Each writer streams its chunks to a file in a temporary folder (removed after).
// Rewrites the "## Neo4j bulk export" section of BENCHMARKS.md. Options: --entities, --relations,
// --runs (3), --seed, --out FILE.

import "./bench/production.ts";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { NEO4J_FILES, neo4jNodeChunks, neo4jRelationshipChunks } from "../src/export/index.ts";
import { saveGraph, writeTextAtomic } from "../src/graph/store.ts";
import { fmt, median, replaceSection } from "./bench/common.ts";
import { generateGraph } from "./bench/graph.ts";

const ROOT = path.resolve(import.meta.dirname, "..");
const SECTION = "## Neo4j bulk export";
const TARGET_S = 30;
const MB = 1_000_000;

const { values } = parseArgs({
  options: {
    entities: { type: "string", default: "100000" },
    relations: { type: "string", default: "1000000" },
    runs: { type: "string", default: "3" },
    seed: { type: "string", default: "42" },
    out: { type: "string", default: "BENCHMARKS.md" },
  },
});
const entities = Number(values.entities);
const relations = Number(values.relations);
const runs = Math.max(1, Math.round(Number(values.runs)));
const seed = Math.round(Number(values.seed));
const outFile = path.resolve(ROOT, values.out);

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

interface Row {
  name: string;
  seconds: number[];
  bytes: number;
}

const loadBefore = loadavg()[0]!;
const started = performance.now();
const graph = generateGraph({ entities, relations, seed });
log(
  `bench-neo4j: generated ${graph.order} entities and ${graph.size} relations in ${fmt((performance.now() - started) / 1000, 1)} s`,
);

const work = mkdtempSync(path.join(tmpdir(), "kg-bench-neo4j-"));
const rows: Row[] = [
  { name: "`kg export --format neo4j`: nodes.csv + relationships.csv", seconds: [], bytes: 0 },
  { name: "baseline: `saveGraph` (graph.json)", seconds: [], bytes: 0 },
];
try {
  for (let run = 0; run < runs; run++) {
    // Alternate the writers, so that a noisy neighbour weighs on both alike.
    let t = performance.now();
    const nodes = writeTextAtomic(path.join(work, NEO4J_FILES.nodes), neo4jNodeChunks(graph));
    const rels = writeTextAtomic(path.join(work, NEO4J_FILES.relationships), neo4jRelationshipChunks(graph));
    rows[0]!.seconds.push((performance.now() - t) / 1000);
    rows[0]!.bytes = nodes + rels;
    log(`bench-neo4j: run ${run + 1}: neo4j files ${fmt(rows[0]!.seconds.at(-1)!, 2)} s`);
    t = performance.now();
    const graphFile = path.join(work, "graph.json");
    saveGraph(graph, graphFile);
    rows[1]!.seconds.push((performance.now() - t) / 1000);
    rows[1]!.bytes = statSync(graphFile).size;
    log(`bench-neo4j: run ${run + 1}: graph.json ${fmt(rows[1]!.seconds.at(-1)!, 2)} s`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

const neo4j = median(rows[0]!.seconds);
const baseline = median(rows[1]!.seconds);
const cpu = cpus();
const lines = [
  SECTION,
  "",
  `Run of ${new Date().toISOString()} by \`node --import tsx scripts/bench-neo4j.ts --entities ${entities} --relations ${relations} --runs ${runs} --seed ${seed}\`.`,
  "",
  `- Machine: ${cpu.length} × ${cpu[0]?.model.trim() ?? "unknown CPU"}, ${fmt(totalmem() / 2 ** 30, 0)} GB, Node ${process.version}; load average (1 min) ${fmt(loadBefore, 1)} at the start, ${fmt(loadavg()[0]!, 1)} at the end (above ${cpu.length}, other processes shared the cores: read the ratio to the baseline, measured alongside).`,
  `- Graph: the graph benchmark's synthetic graph (scripts/bench/graph.ts, seed ${seed}): ${graph.order} entities, ${graph.size} relations, one evidence sentence each.`,
  "- Each writer streams its chunks to a file (fsynced temporary file, then renamed), as `kg export --format neo4j --out DIR` and `kg build` write them; medians over the runs, writers alternated.",
  "",
  "| writer | runs | median s | min–max s | MB written | MB/s | × baseline |",
  "| --- | --: | --: | --: | --: | --: | --: |",
  ...rows.map(
    (row) =>
      `| ${row.name} | ${row.seconds.length} | ${fmt(median(row.seconds))} | ${fmt(Math.min(...row.seconds))}–${fmt(Math.max(...row.seconds))} | ${fmt(row.bytes / MB, 1)} | ${fmt(row.bytes / MB / median(row.seconds), 1)} | ${fmt(median(row.seconds) / baseline)}× |`,
  ),
  "",
  "| target | result | status |",
  "| --- | --- | --- |",
  `| Neo4j bulk files for ${relations.toLocaleString("en-US")} relations in ≤ ${TARGET_S} s | ${fmt(neo4j, 1)} s | ${neo4j <= TARGET_S ? "met" : "not met"} |`,
  "",
];
const section = lines.join("\n");
process.stdout.write(`${section}\n`);
const existing = existsSync(outFile) ? readFileSync(outFile, "utf8") : "";
writeFileSync(outFile, `${replaceSection(existing, SECTION, section).trimEnd()}\n`);
log(`bench-neo4j: wrote the "${SECTION}" section of ${path.relative(ROOT, outFile)}.`);
