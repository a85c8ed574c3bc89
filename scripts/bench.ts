// `npm run bench`: extraction throughput on a synthetic news corpus (scripts/bench/corpus.ts) with
// the seed articles mixed in, against a wink-nlp tokenise+tag baseline measured in the same run,
// and on pathological texts of 1 MiB (no space, one list sentence, capitalised words).
// Prints a table and rewrites the "## Extraction throughput" section of BENCHMARKS.md, keeping
// the other sections. Options: --size MB (5), --runs N (3), --workers N, --seed N, --budget S, --out FILE.

import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { Worker } from "node:worker_threads";
import model from "wink-eng-lite-web-model";
import winkNLP from "wink-nlp";
import { loadCorpus } from "../src/extraction/corpus.ts";
import { extractCorpus } from "../src/extraction/index.ts";
import { closeIdleWorkers, extractCorpusParallel, resolveParallelOptions } from "../src/extraction/parallel.ts";
import type { Extraction, SourceDocument } from "../src/extraction/types.ts";
import { generateCorpus } from "./bench/corpus.ts";

const ROOT = resolve(import.meta.dirname, "..");
const SECTION = "## Extraction throughput";
const MB = 1_000_000;
const TARGET_MB_PER_S = 1;
const TARGET_RSS_MB = 1024;
/** The parallel = sequential check runs on this much of the corpus (after the timings). */
const CHECK_BYTES = MB;

interface Measurement {
  name: string;
  bytes: number;
  /** Wall-clock milliseconds of each run. */
  runs: number[];
  /**
   * CPU milliseconds of each run (this process, all its threads: V8's compiler and collector
   * included), for the one-thread measurements. Unlike wall-clock time, it holds when other
   * processes share the cores.
   */
  cpu?: number[];
}

const { values } = parseArgs({
  options: {
    size: { type: "string", default: "5" },
    runs: { type: "string", default: "3" },
    workers: { type: "string" },
    seed: { type: "string", default: "42" },
    budget: { type: "string", default: "40" },
    out: { type: "string", default: "BENCHMARKS.md" },
  },
});
const sizeMb = positive("size", values.size);
const maxRuns = Math.round(positive("runs", values.runs));
const workers =
  values.workers === undefined ? resolveParallelOptions({}).workers : Math.round(positive("workers", values.workers));
/** Threads analysing documents in the parallel runs: the workers and this thread. */
const threads = workers + 1;
const poolLabel = `${workers} worker${workers === 1 ? "" : "s"} + main thread`;
const seed = Math.round(Number(values.seed));
// Once a measurement has used its budget it stops repeating, so that the whole run stays short.
const budgetMs = positive("budget", values.budget) * 1000;
const outFile = resolve(ROOT, values.out);

const startedAt = new Date();
/** The young-generation flag this process runs with (`npm run bench` passes one), if any. */
const youngGeneration = process.execArgv.find((f) => f.startsWith("--max-semi-space-size"));
/** The 1-minute load average at the start: above the core count, other processes shared them. */
const loadAtStart = loadavg()[0] ?? 0;
const seeds = (await loadCorpus([join(ROOT, "graph-data/documents")])).documents;
const corpus = generateCorpus({ bytes: sizeMb * MB, seed, realDocuments: seeds });
const corpusBytes = bytesOf(corpus);
const seedBytes = bytesOf(seeds);
log(`corpus: ${fmt(corpusBytes / MB)} MB in ${corpus.length} documents (${seeds.length} seeds), seed ${seed}`);

// Warm-up: JIT and lazily built lexicons, outside every timing.
extractCorpus(seeds);

const seedsAlone = measure("extractCorpus, seeds only", seedBytes, Math.max(maxRuns, 5), () => extractCorpus(seeds));
// Results are dropped as soon as a run ends, and the baseline's wink instances are made only
// afterwards, so that the RSS high-water marks are the extraction's.
const sequential = measure("extractCorpus, 1 thread", corpusBytes, maxRuns, () => extractCorpus(corpus));
const rssAfterSequential = maxRssMb();
// A call keeps its workers, idle, for the next one. New workers run unoptimised code until V8 has
// compiled the hot functions, so they are measured apart: with workers started for each run (a
// one-shot `kg extract`), then with the workers of the previous call (warm, like this thread).
const parallelCold = await measureAsync(
  `extractCorpusParallel, ${poolLabel}, new workers each run`,
  corpusBytes,
  maxRuns,
  () => extractCorpusParallel(corpus, { workers }),
  closeIdleWorkers,
);
await extractCorpusParallel(corpus, { workers });
const parallel = await measureAsync(`extractCorpusParallel, ${poolLabel}, workers reused`, corpusBytes, maxRuns, () =>
  extractCorpusParallel(corpus, { workers }),
);
const rssPeak = maxRssMb();
const startup = await measureAsync(
  `worker pool start-up (2 seeds, ${workers} new worker${workers === 1 ? "" : "s"}, no main thread)`,
  0,
  maxRuns,
  () => extractCorpusParallel(seeds.slice(0, 2), { workers, minParallelChars: 0, useMainThread: false }),
  closeIdleWorkers,
);
await closeIdleWorkers();

// Pathological texts of 1 MiB, one document each: they must extract at the corpus's speed.
const MIB = 1024 * 1024;
const capitalised = ["Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel", "India", "Lima"];
const pathological = (
  [
    ["no space", "abcdefghij".repeat(MIB / 8).slice(0, MIB)],
    [
      "one list sentence",
      `${Array.from({ length: MIB / 3 }, (_, i) => String.fromCharCode(65 + (i % 26))).join(", ")}.`,
    ],
    ["capitalised words", Array.from({ length: MIB / 6 }, (_, i) => capitalised[(i * 7) % 10]).join(" ")],
  ] as const
).map(([name, text]) => {
  const doc: SourceDocument = {
    id: name,
    fileName: `${name}.txt`,
    title: "",
    date: null,
    source: null,
    authors: [],
    text,
  };
  return measure(`pathological, ${name} (1 document, ${fmt(text.length / MB)} MB)`, text.length, maxRuns, () =>
    extractCorpus([doc]),
  );
});

// The floor the pipeline stands on: wink-nlp reading, tagging and splitting, nothing else.
const winkBaseline = winkNLP(model, ["sbd", "pos"]);
const winkDefault = winkNLP(model);
const readWithWink = (nlp: typeof winkBaseline, docs: SourceDocument[]) => {
  let count = 0;
  for (const doc of docs) {
    const read = nlp.readDoc(doc.text);
    count += read.tokens().out(nlp.its.pos).length + read.sentences().out().length;
  }
  return count;
};
readWithWink(winkBaseline, seeds);
readWithWink(winkDefault, seeds);
const baseline = measure("wink-nlp tokenise+POS+sentences (baseline)", corpusBytes, maxRuns, () =>
  readWithWink(winkBaseline, corpus),
);
const winkFull = measure("wink-nlp default pipe (adds NER, negation, sentiment)", corpusBytes, maxRuns, () =>
  readWithWink(winkDefault, corpus),
);

const checked = prefixOf(corpus, CHECK_BYTES);
const differences = compareExtractions(
  extractCorpus(checked),
  await extractCorpusParallel(checked, { workers, minParallelChars: 0 }),
);
log(
  `parallel = sequential on the first ${checked.length} documents: ${differences.length ? `NO (${differences.join(", ")})` : "yes"}`,
);
const parallelism = await measureCpuParallelism(threads);
const report = renderSection();
log(`\n${report}`);
writeFileSync(outFile, replaceSection(existsSync(outFile) ? readFileSync(outFile, "utf8") : "", report));
log(`wrote ${values.out}`);

// ---------------------------------------------------------------------------------------------

function renderSection(): string {
  const cpu = cpus();
  const row = (m: Measurement, ratio = true) => {
    const speeds = m.runs.map((ms) => mbPerS(m.bytes, ms));
    const cells = [
      m.name,
      String(m.runs.length),
      fmt(median(m.runs) / 1000, 3),
      m.bytes > 0 ? fmt(median(speeds)) : "–",
      m.bytes > 0 ? `${fmt(Math.min(...speeds))}–${fmt(Math.max(...speeds))}` : "–",
      ratio && m.bytes > 0 ? `${fmt(speedOf(m) / speedOf(baseline))}×` : "–",
    ];
    return `| ${cells.join(" | ")} |`;
  };
  const endToEnd = speedOf(parallel);
  const oneThread = speedOf(sequential);
  const met = (ok: boolean) => (ok ? "met" : "**not met**");
  return [
    SECTION,
    "",
    `Run of ${startedAt.toISOString()} by \`npm run bench -- --size ${sizeMb} --runs ${maxRuns}\`.`,
    "",
    `- Machine: ${cpu.length} × ${cpu[0]?.model.trim() ?? "unknown CPU"}, Node ${process.version}, ${process.platform}/${process.arch}${youngGeneration ? `; this thread runs with \`${youngGeneration}\` (as \`npm run extract\` and \`graph:build\` do; the workers get their larger young generation in code)` : ""}.`,
    `- Corpus: ${fmt(corpusBytes / MB)} MB (1 MB = 10⁶ bytes of UTF-8 text) in ${corpus.length} documents: synthetic news articles of 2–10 KB (seed ${seed}) and the ${seeds.length} seed articles (${fmt(seedBytes / 1000, 1)} KB).`,
    `- CPU check: a busy loop run in ${threads} threads at once does ${fmt(parallelism)}× the work of 1 thread per unit of time (${threads}× would be ideal); this bounds any parallel speed-up below.`,
    `- Wall-clock medians over the runs (a run stops repeating after ${budgetMs / 1000} s); "× baseline" divides a median MB/s by the wink-nlp baseline's, measured in the same run.`,
    "",
    "| measurement | runs | median s | median MB/s | min–max MB/s | × baseline |",
    "| --- | --: | --: | --: | --: | --: |",
    row(baseline),
    row(winkFull),
    row(sequential),
    row(parallel),
    row(parallelCold),
    row(seedsAlone),
    row(startup, false),
    ...pathological.map((m) => row(m)),
    "",
    `- End to end (parallel, ${poolLabel}, workers reused) = ${fmt(endToEnd / speedOf(baseline))}× tokenise-and-tag; 1 thread = ${fmt(oneThread / speedOf(baseline))}×; parallel speed-up ${fmt(endToEnd / oneThread)}× (${fmt(speedOf(parallelCold) / oneThread)}× with new workers each run).`,
    "- A call to `extractCorpusParallel` keeps its workers, idle, for the next call. New workers run unoptimised code: until V8 has compiled the hot functions (about 1 MB of text per thread) a thread needs two to three times the CPU time, much of it on V8's background compiler threads, which compete for the cores; the 1-thread runs after the first are warm, like reused workers.",
    `- CPU time (one thread, this process's CPU seconds per MB, medians): baseline ${fmt(cpuPerMb(baseline), 3)} s, extractCorpus ${fmt(cpuPerMb(sequential), 3)} s: the extraction costs ${fmt(cpuPerMb(sequential) / cpuPerMb(baseline))}× the baseline's CPU (1 thread = ${fmt(cpuPerMb(baseline) / cpuPerMb(sequential))}× in CPU time). Wall-clock ratios hold only on an otherwise idle machine; this one holds when other processes share the cores (1-minute load average ${fmt(loadAtStart, 1)} at the start, for ${cpu.length} cores).`,
    `- Parallel output identical to sequential (JSON, first ${checked.length} documents, ${fmt(bytesOf(checked) / MB)} MB): ${differences.length ? `**NO**, differs in ${differences.join(", ")}` : "yes"}.`,
    `- Peak RSS (process high-water mark, workers included): ${fmt(rssAfterSequential, 0)} MB after the single-thread runs, ${fmt(rssPeak, 0)} MB after the parallel runs.`,
    "",
    "| target | result | status |",
    "| --- | --- | --- |",
    `| end to end ≥ ${TARGET_MB_PER_S} MB/s | ${fmt(endToEnd)} MB/s parallel, ${fmt(oneThread)} MB/s 1 thread | ${met(endToEnd >= TARGET_MB_PER_S)} |`,
    `| peak memory < 1 GB | ${fmt(rssPeak, 0)} MB | ${met(rssPeak < TARGET_RSS_MB)} |`,
    "",
  ].join("\n");
}

// Replaces the section that starts with SECTION up to the next "## " heading; other sections stay.
function replaceSection(existing: string, section: string): string {
  if (!existing.trim()) {
    return `# Benchmarks\n\nFigures written by the benchmark scripts; each owns one section.\n\n${section}`;
  }
  const lines = existing.split("\n");
  const start = lines.findIndex((line) => line.trim() === SECTION);
  if (start < 0) return `${existing.trimEnd()}\n\n${section}`;
  let end = lines.findIndex((line, i) => i > start && line.startsWith("## "));
  if (end < 0) end = lines.length;
  const after = lines.slice(end).join("\n");
  return `${lines.slice(0, start).join("\n")}${start > 0 ? "\n" : ""}${section}${after ? `\n${after}` : ""}`;
}

function measure(name: string, bytes: number, runs: number, fn: () => unknown): Measurement {
  const times: number[] = [];
  const cpu: number[] = [];
  let spent = 0;
  while (times.length < runs && (times.length === 0 || spent < budgetMs)) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    const ms = performance.now() - t0;
    const c = process.cpuUsage(c0);
    times.push(ms);
    cpu.push((c.user + c.system) / 1000);
    spent += ms;
  }
  return logMeasurement({ name, bytes, runs: times, cpu });
}

/** `before` runs ahead of each run, outside its timing. */
async function measureAsync(
  name: string,
  bytes: number,
  runs: number,
  fn: () => Promise<unknown>,
  before?: () => Promise<unknown>,
) {
  const times: number[] = [];
  let spent = 0;
  while (times.length < runs && (times.length === 0 || spent < budgetMs)) {
    await before?.();
    const t0 = performance.now();
    await fn();
    const ms = performance.now() - t0;
    times.push(ms);
    spent += ms;
  }
  return logMeasurement({ name, bytes, runs: times });
}

function logMeasurement(m: Measurement): Measurement {
  const speed = m.bytes > 0 ? `, ${fmt(speedOf(m))} MB/s` : "";
  const cpu = m.cpu ? ` (CPU ${m.cpu.map((ms) => fmt(ms / 1000, 3)).join(" / ")} s)` : "";
  log(`${m.name}: ${m.runs.map((ms) => fmt(ms / 1000, 3)).join(" / ")} s${speed}${cpu}`);
  return m;
}

/** Median CPU seconds per MB of a one-thread measurement. */
function cpuPerMb(m: Measurement): number {
  return median(m.cpu ?? []) / 1000 / (m.bytes / MB);
}

// The documents from the start of the corpus that hold at least `bytes` of text.
function prefixOf(docs: SourceDocument[], bytes: number): SourceDocument[] {
  let total = 0;
  const prefix: SourceDocument[] = [];
  for (const doc of docs) {
    if (total >= bytes) break;
    prefix.push(doc);
    total += Buffer.byteLength(doc.text, "utf8");
  }
  return prefix;
}

// The top-level fields whose JSON differs between two extractions.
function compareExtractions(a: Extraction, b: Extraction): string[] {
  return (Object.keys(a) as (keyof Extraction)[]).filter((key) => JSON.stringify(a[key]) !== JSON.stringify(b[key]));
}

// Runs a fixed floating-point loop in 1 thread, then in n threads at once, each timing itself:
// n × t(1) / t(n) is how many cores the machine really gives (shared vCPUs give less than n).
async function measureCpuParallelism(n: number): Promise<number> {
  const code = `const { parentPort } = require("node:worker_threads");
    const t0 = performance.now(); let x = 0;
    for (let i = 0; i < 1e8; i++) x += Math.sqrt(i) * 1.000001;
    parentPort.postMessage([performance.now() - t0, x]);`;
  const run = async (threads: number) => {
    const times = await Promise.all(
      Array.from({ length: threads }, () => {
        const worker = new Worker(code, { eval: true });
        return new Promise<number>((done, fail) => {
          worker.once("message", ([ms]: [number, number]) => done(ms)).once("error", fail);
        }).finally(() => worker.terminate());
      }),
    );
    return Math.max(...times);
  };
  const one = await run(1);
  const many = await run(n);
  const factor = (n * one) / many;
  log(`CPU check: 1 thread ${fmt(one / 1000, 3)} s, ${n} threads ${fmt(many / 1000, 3)} s each → ${fmt(factor)}×`);
  return factor;
}

function positive(name: string, raw: string | undefined): number {
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) {
    console.error(`bench: --${name} should be a positive number, found ${raw}.`);
    process.exit(2);
  }
  return value;
}

function bytesOf(docs: SourceDocument[]): number {
  return docs.reduce((sum, doc) => sum + Buffer.byteLength(doc.text, "utf8"), 0);
}

function speedOf(m: Measurement): number {
  return median(m.runs.map((ms) => mbPerS(m.bytes, ms)));
}

function mbPerS(bytes: number, ms: number): number {
  return bytes / MB / (ms / 1000);
}

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function maxRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

function fmt(x: number, digits = 2): string {
  return x.toFixed(digits);
}

function log(line: string): void {
  console.log(line);
}
