// The fast path of edge records (codec.ts, GraphDecoder.scanEdge): the edge lines saveGraph writes
// are read character by character, without JSON.parse, and give exactly what the general path
// (JSON.parse and the field checks) gives: same attributes for every kind of number, string and
// attributes record; a damaged line is refused at open with the general path's message; valid JSON
// the fast path does not read (spaces, escapes, exponents, extra attributes) is read by the other.
// All of it twice: on the main thread's text, and on the bytes the load worker scans (edge-scan.ts,
// GraphDecoder.pushEdgeRows), which small files do not use unless asked.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { InvalidInputError } from "../../../src/errors.ts";
import { loadCorpus } from "../../../src/extraction/corpus.ts";
import type { Evidence, Extraction } from "../../../src/extraction/types.ts";
import { buildGraph, EDGE_COLOR, edgeSize } from "../../../src/graph/build.ts";
import { GraphDecoder } from "../../../src/graph/codec.ts";
import { scanEdgeRows } from "../../../src/graph/edge-scan.ts";
import { createGraph, GRAPH_FORMAT_VERSION, type KnowledgeGraph } from "../../../src/graph/model.ts";
import {
  GRAPH_FILE_SECTIONS,
  type LoadGraphOptions,
  loadGraph,
  saveGraph,
  serializeGraph,
} from "../../../src/graph/store.ts";
import { graphFileLayout } from "../../_helpers/graph-file.ts";
import { SEED_CORPUS, seedFile } from "../../_helpers/seeds.ts";

/**
 * How the loads below read the edges (set by each run of the tests, see the end): on the main
 * thread, through the load worker, or "rows": what the worker does (scanEdgeRows, then
 * GraphDecoder.pushEdgeRows, as LoadPipe feeds them), in this thread, for the tests that load many
 * files (a worker takes up to a second to start on a busy machine).
 */
let withWorker: boolean | "rows" = false;

function load(file: string, options: LoadGraphOptions = {}): KnowledgeGraph {
  return withWorker === "rows" ? loadRows(file) : loadGraph(file, { worker: withWorker, ...options });
}

/** loadGraph with the load worker's work done in this thread: text up to the edges, then rows. */
function loadRows(file: string): KnowledgeGraph {
  const bytes = readFileSync(file);
  const decoder = new GraphDecoder(file);
  const opening = Buffer.from('"edges":[\n');
  const at = bytes.indexOf(opening);
  const start = at < 0 ? bytes.length : at + opening.length;
  decoder.pushLines(bytes.toString("utf8", 0, start));
  expect(decoder.inEdgeRecords).toBe(at >= 0);
  const length = bytes.lastIndexOf(10) + 1;
  if (start < length) {
    const chunk = Buffer.from(bytes.subarray(start, length));
    const { rows, count } = scanEdgeRows(chunk, chunk.length);
    decoder.pushEdgeRows(chunk, rows, count);
  }
  if (length < bytes.length) throw new InvalidInputError(`store: ${file} ends without a line break.`);
  return decoder.finish();
}

const extraction = JSON.parse(readFileSync(seedFile("extraction.json"), "utf8")) as Extraction;
const { documents } = await loadCorpus([SEED_CORPUS]);
const seedGraph = buildGraph(extraction, documents, { builtAt: "2025-01-01T00:00:00.000Z" });
const dir = mkdtempSync(path.join(tmpdir(), "kg-edge-scan-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

let fileCounter = 0;
function write(text: string): string {
  const file = path.join(dir, `case-${fileCounter++}.json`);
  writeFileSync(file, text);
  return file;
}

/** The file's text with each edge line passed through `edit` (its trailing comma kept apart). */
function editEdges(text: string, edit: (record: string, index: number) => string, only?: number): string {
  const { lines, counts, first } = graphFileLayout(text);
  for (let i = 0; i < counts.edges!; i++) {
    if (only !== undefined && i !== only) continue;
    const line = lines[first.edges + i]!;
    const comma = line.endsWith(",");
    const edited = edit(comma ? line.slice(0, -1) : line, i);
    lines[first.edges + i] = comma ? `${edited},` : edited;
  }
  return lines.join("\n");
}

/** A string reference in a record's text: an index or a JSON string (escapes included). */
const REF = String.raw`(\d+|"(?:[^"\\]|\\.)*")`;

/** The same record with a space after its opening bracket: valid JSON the fast path leaves to JSON.parse. */
const spaced = (record: string) => `[ ${record.slice(1)}`;

/** The message of the InvalidInputError that loading `file` throws, with the file's name as FILE. */
function loadError(file: string, label = ""): string {
  let caught: unknown;
  try {
    load(file);
  } catch (error) {
    caught = error;
  }
  expect(caught, label).toBeInstanceOf(InvalidInputError);
  const message = (caught as Error).message;
  expect(message).toContain(file);
  return message.replaceAll(file, "FILE");
}

/** Every edge of `actual` as in `expected`: key, ends, attributes (values, key order, -0 and NaN). */
function expectSameEdges(actual: KnowledgeGraph, expected: KnowledgeGraph): void {
  expect(actual.edges()).toEqual(expected.edges());
  for (const key of expected.edges()) {
    const a = actual.getEdgeAttributes(key);
    const e = expected.getEdgeAttributes(key);
    expect(Object.keys(a)).toEqual(Object.keys(e));
    expect(a).toStrictEqual(e);
    expect(Object.is(a.confidence, e.confidence), `${key}: ${a.confidence} vs ${e.confidence}`).toBe(true);
    expect(Object.keys(a.attributes)).toEqual(Object.keys(e.attributes));
    expect(actual.source(key)).toBe(expected.source(key));
    expect(actual.target(key)).toBe(expected.target(key));
  }
}

/** A small deterministic generator (a linear congruential one), for the numbers below. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/** Confidences of every shape JSON writes: short and long decimals, integers, -0, NaN, exponents. */
function confidences(): number[] {
  const next = random(7);
  const values = [0, 1, 0.5, 0.6, 0.65, 0.85, 0.1 + 0.2, Number.NaN, 1e-7, 5e-324, 1e21, -0.25, 2 ** 53];
  values.push(123456789012345, 1234567890123456, 0.000123456789012345, 0.1, 0.7, 0.9999999999999999);
  for (let digits = 1; digits <= 15; digits++) {
    for (let i = 0; i < 20; i++) {
      values.push(Number(next().toFixed(digits)));
      values.push(Number(((next() - 0.5) * 10 ** (i % 8)).toPrecision(digits)));
    }
  }
  return values;
}

/** A graph whose edges carry the values above, attributes records of both kinds of strings, several evidence. */
function valueGraph(): KnowledgeGraph {
  const values = confidences();
  const g = createGraph();
  const node = (key: string) =>
    g.addNode(key, {
      label: key,
      name: key,
      type: "Person",
      aliases: [],
      mentionCount: 0,
      documents: [],
      mentions: [],
      attributes: {},
      degree: 1,
      pagerank: 0,
      community: 0,
      x: 0,
      y: 0,
      size: 1,
      color: "#e6194b",
    });
  for (let i = 0; i <= values.length; i++) node(`person:n${i}`);
  values.forEach((confidence, i) => {
    const evidence: Evidence[] = [];
    for (let k = 0; k <= i % 3; k++) {
      evidence.push({
        document: `doc-${i % 5}`,
        sentence:
          i % 4 === 0
            ? "A sentence used by many edges."
            : i % 4 === 1
              ? `Sentence ${i}.${k}, é 中文 😀`
              : `"Quoted" ${i}.${k} \\ back/slash \t tab \n line \u2028 \ud800 lone`,
        start: k * 10,
        end: k * 10 + 9 + i,
        rule: k === 1 ? `rule-once-${i}` : "rule",
      });
    }
    const attributes: Record<string, string> =
      i % 3 === 0 ? {} : i % 3 === 1 ? { role: "chair" } : { "a key": "x", date: "2024", role: `role ${i}` };
    g.addDirectedEdgeWithKey(`person:n${i}|MET_WITH|person:n${i + 1}`, `person:n${i}`, `person:n${i + 1}`, {
      predicate: "MET_WITH",
      attributes,
      confidence,
      evidence,
      symmetric: true,
      label: "MET_WITH",
      size: edgeSize(evidence.length),
      color: EDGE_COLOR,
    });
  });
  g.replaceAttributes({
    version: GRAPH_FORMAT_VERSION,
    documents: [],
    statements: [],
    merges: [],
    builtAt: "2025-01-01T00:00:00.000Z",
  });
  return g;
}

describe.each([
  { thread: "on the main thread", worker: false },
  { thread: "scanned by the load worker", worker: true },
])("codec, edge records $thread", ({ worker }) => {
  beforeAll(() => {
    withWorker = worker;
  });
  // The damaged lines, each a file of its own: the worker's work without the worker (see withWorker).
  const damaged = worker ? () => (withWorker = "rows") : () => {};
  afterEach(() => {
    withWorker = worker;
  });

  describe("GraphDecoder edge records", () => {
    it("reads the edge records saveGraph writes without JSON.parse (the records before them with it)", () => {
      const file = path.join(dir, "seed.json");
      saveGraph(seedGraph, file);
      const { counts } = graphFileLayout(readFileSync(file, "utf8"));
      expect(counts.edges).toBeGreaterThan(50);
      const parse = vi.spyOn(JSON, "parse");
      const rows = vi.spyOn(GraphDecoder.prototype, "pushEdgeRows");
      const loaded = load(file);
      // The header, then one JSON.parse per record of the sections before the edges.
      const before = GRAPH_FILE_SECTIONS.filter((name) => name !== "edges").reduce((n, name) => n + counts[name]!, 0);
      expect(parse).toHaveBeenCalledTimes(1 + before);
      parse.mockRestore();
      // With the worker, every edge but the last (which has no comma) comes as a row.
      const scanned = rows.mock.calls.reduce((n, call) => n + call[2], 0);
      expect(scanned).toBe(worker ? counts.edges! - 1 : 0);
      expectSameEdges(loaded, seedGraph);
    });

    it("gives the attributes the general path gives, for numbers, strings and records of every shape", () => {
      const graph = valueGraph();
      const text = serializeGraph(graph);
      const fast = load(write(text));
      expectSameEdges(fast, graph);
      // Every edge through JSON.parse instead: the same graph.
      expectSameEdges(load(write(editEdges(text, spaced))), fast);
      expectSameEdges(fast, load(write(text), { chunkSize: 3 }));
      // Numbers JSON.stringify never writes, as JSON.parse reads them: -0, -0.0, 0.50.
      for (const number of ["-0", "-0.0", "0.50", "-12.5"]) {
        const edited = editEdges(text, (r) => r.replace(/^\[(\d+),(\d+),(\d+),[^,]+/, `[$1,$2,$3,${number}`), 0);
        const confidence = load(write(edited)).getEdgeAttribute(graph.edges()[0]!, "confidence");
        expect(Object.is(confidence, JSON.parse(number))).toBe(true);
      }
    });

    it("refuses at open every damaged edge line, with the message the general path gives", () => {
      damaged();
      const text = serializeGraph(valueGraph());
      const { counts } = graphFileLayout(text);
      const nodes = counts.nodes!;
      const strings = counts.strings!;
      // Edits of the record's text that JSON.parse reads but the checks refuse.
      const refused: ((record: string) => string)[] = [
        (r) => r.replace(/^\[\d+/, `[${nodes}`),
        (r) => r.replace(/^\[(\d+),\d+/, `[$1,${nodes + 5}`),
        (r) => r.replace(/^\[(\d+),\d+/, "[$1,$1"),
        (r) => r.replace(/^\[(\d+),(\d+),\d+/, `[$1,$2,${strings}`),
        (r) => r.replace(/^\[(\d+),(\d+),\d+/, "[$1,$2,-1"),
        (r) => r.replace(/^\[(\d+),(\d+),(\d+),[^,]+/, '[$1,$2,$3,"0.5"'),
        (r) => r.replace(/,\[\[.*$/s, ",[]]"),
        (r) => r.replace(new RegExp(`,\\[\\[${REF},`), `,[[${strings + 1},`),
        (r) => r.replace(new RegExp(`,\\[\\[${REF},${REF},\\d+`), ",[[$1,$2,1.5"),
        (r) => r.replace(new RegExp(`,\\[\\[${REF},${REF},\\d+`), ",[[$1,$2,null"),
        (r) => r.replace(/\]\]$/, ",[0,0]]]"),
        (r) => r.replace(/\]$/, ",[1]]"),
        (r) => r.replace(/\]$/, ',{"predicate":"MET_WITH"}]'),
        (r) => r.replace(/^\[(\d+),(\d+),(\d+),([^,]+),0,/, "[$1,$2,$3,$4,[0],"),
      ];
      // Edge 3 × i: one without attributes (see valueGraph).
      const line = (i: number) => `line ${graphFileLayout(text).first.edges + 3 * i + 1} `;
      for (const [i, edit] of refused.entries()) {
        const message = loadError(write(editEdges(text, edit, 3 * i)), `edit ${i}`);
        expect(message).toContain(line(i));
        // The general path, handed the same record: the same refusal.
        expect(loadError(write(editEdges(text, (r) => spaced(edit(r)), 3 * i)))).toBe(message);
      }
      // Text that is no JSON (JSON.parse's own message, with the line).
      const broken: ((record: string) => string)[] = [
        (r) => r.replace(/^\[\d+/, "[01"),
        (r) => r.replace(/^\[(\d+),(\d+),(\d+),[^,]+/, "[$1,$2,$3,.5"),
        (r) => r.replace(/^\[(\d+),(\d+),(\d+),[^,]+/, "[$1,$2,$3,1."),
        (r) => r.replace(/^\[(\d+),(\d+),(\d+),[^,]+/, "[$1,$2,$3,nul"),
        (r) => r.replace(new RegExp(`,\\[\\[${REF},`), ',[["a\tb",'),
        (r) => r.replace(new RegExp(`,\\[\\[${REF},`), ',[["a\\qb",'),
        (r) => r.replace(new RegExp(`,\\[\\[${REF},`), ',[["a\\u12G4",'),
        (r) => `${r}]`,
        (r) => `${r},`,
        (r) => r.slice(0, -1),
        // A string left open: the fast path, which finds each record's end itself, stops at the line break.
        (r) => r.replace(/,(\d+)\]\]\]$/, ',"$1]]]'),
      ];
      for (const [i, edit] of broken.entries()) {
        expect(loadError(write(editEdges(text, edit, 3 * i)), `broken ${i}`)).toContain(line(i));
      }
      // The last record, without a comma: one more, or garbage after it.
      const last = counts.edges! - 1;
      expect(loadError(write(editEdges(text, (r) => `${r},`, last)))).toContain("record");
      expect(loadError(write(editEdges(text, (r) => `${r} x`, last)))).toContain("JSON");
    });

    it("reads the valid JSON it leaves to the general path: spaces, escapes, exponents, extra attributes", () => {
      const graph = valueGraph();
      const text = serializeGraph(graph);
      const variants = editEdges(text, (r, i) => {
        if (i % 4 === 0) return r.replace(",", " , ");
        if (i % 4 === 1) return r.replace(/"([^"\\]*)"/, (_m, s: string) => JSON.stringify(s).replace(/e/g, "\\u0065"));
        if (i % 4 === 2) return r.replace(/^\[(\d+),(\d+),(\d+),(0|[1-9]\d*)(\.\d+)?,/, "[$1,$2,$3,$4$5e0,");
        return r;
      });
      expect(variants).not.toBe(text);
      expectSameEdges(load(write(variants)), graph);
    });
  });
});
