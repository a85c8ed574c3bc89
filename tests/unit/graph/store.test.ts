// saveGraph / loadGraph / serializeGraph / parseGraph: the seed graph and hostile graphs round-trip
// exactly (and re-save to the same bytes), through chunks much smaller than a line; repeated
// strings are stored once; damaged files throw InvalidInputError naming the file and the line;
// writes are atomic and leave no temporary file.

import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { InvalidInputError, NotFoundError } from "../../../src/errors.ts";
import { loadCorpus } from "../../../src/extraction/corpus.ts";
import type { Extraction } from "../../../src/extraction/types.ts";
import { buildGraph, nodeAttributesOf } from "../../../src/graph/build.ts";
import { GraphDecoder, isEvidencePending } from "../../../src/graph/codec.ts";
import { createGraph, GRAPH_FORMAT_VERSION, type KnowledgeGraph } from "../../../src/graph/model.ts";
import {
  type LoadGraphOptions,
  loadGraph,
  parseGraph,
  saveGraph,
  serializeGraph,
  serializeGraphLines,
  writeFileAtomic,
  writeTextAtomic,
} from "../../../src/graph/store.ts";
import { type GraphFileSection, graphFileLayout } from "../../_helpers/graph-file.ts";
import { SEED_CORPUS, seedFile } from "../../_helpers/seeds.ts";

const extraction = JSON.parse(readFileSync(seedFile("extraction.json"), "utf8")) as Extraction;
const { documents } = await loadCorpus([SEED_CORPUS]);
const graph = buildGraph(extraction, documents, { builtAt: "2025-01-01T00:00:00.000Z" });
const dir = mkdtempSync(path.join(tmpdir(), "kg-store-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let fileCounter = 0;
function write(text: string): string {
  const file = path.join(dir, `case-${fileCounter++}.json`);
  writeFileSync(file, text);
  return file;
}

/** Loads `file` expecting an InvalidInputError; returns its message. */
function expectInvalid(file: string, options: LoadGraphOptions = {}): string {
  let caught: unknown;
  try {
    loadGraph(file, options);
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(InvalidInputError);
  const message = (caught as Error).message;
  expect(message).toContain(file);
  return message;
}

/** Every node, edge (with its ends) and graph attribute of `actual` equals `expected`'s, in the same order. */
function expectSameGraph(actual: KnowledgeGraph, expected: KnowledgeGraph): void {
  expect(actual.nodes()).toEqual(expected.nodes());
  expect(actual.edges()).toEqual(expected.edges());
  for (const key of expected.nodes()) {
    expect(actual.getNodeAttributes(key)).toStrictEqual(expected.getNodeAttributes(key));
    expect(Object.keys(actual.getNodeAttributes(key))).toEqual(Object.keys(expected.getNodeAttributes(key)));
  }
  for (const key of expected.edges()) {
    expect(actual.getEdgeAttributes(key)).toStrictEqual(expected.getEdgeAttributes(key));
    expect(Object.keys(actual.getEdgeAttributes(key))).toEqual(Object.keys(expected.getEdgeAttributes(key)));
    expect(actual.source(key)).toBe(expected.source(key));
    expect(actual.target(key)).toBe(expected.target(key));
  }
  expect(actual.getAttributes()).toStrictEqual(expected.getAttributes());
}

/** The graph file of `graph` with record `index` of `section` passed through `edit` (commas kept). */
function editRecord(section: GraphFileSection, index: number, edit: (record: unknown[]) => unknown): string {
  const { lines, first } = graphFileLayout(serializeGraph(graph));
  const at = first[section]! + index;
  const line = lines[at]!;
  const comma = line.endsWith(",");
  const edited = JSON.stringify(edit(JSON.parse(comma ? line.slice(0, -1) : line)));
  lines[at] = comma ? `${edited},` : edited;
  return lines.join("\n");
}

/** A graph with every awkward value the format must carry: hostile strings, NaN, overridden and unknown attributes. */
function hostileGraph(): KnowledgeGraph {
  const hostile = [
    'quote " and backslash \\',
    "new\nline and \r\n and \t tab",
    "line separators \u2028 \u2029",
    "lone surrogates \ud800 x \udc00",
    "emoji 😀 and accents éàü 中文",
    "nul \u0000 char",
    "],\n[",
  ];
  const g = createGraph();
  const mention = (text: string) => ({ document: "doc\n1", start: 0, end: 4, sentence: text, text, rule: "r\u2028" });
  g.addNode("person:a\u2028", {
    label: "A label that differs",
    name: hostile[0]!,
    type: "Person",
    aliases: [hostile[1]!, hostile[3]!],
    mentionCount: 2,
    documents: ["doc\n1"],
    mentions: [mention(hostile[2]!), mention(hostile[4]!)],
    attributes: { "key\n": hostile[5]!, "z\ud800": "v" },
    degree: 1,
    pagerank: 0.125,
    community: 3,
    x: Number.NaN,
    y: -0.5,
    size: 1e-7,
    color: "#123456",
  });
  g.addNode("country:b", {
    label: "B",
    name: "B",
    type: "Country",
    aliases: [],
    mentionCount: 5,
    documents: ["somewhere else"],
    mentions: [],
    attributes: {},
    degree: 1,
    pagerank: 0,
    community: 0,
    x: 1,
    y: 2,
    size: 3,
    color: "#3cb44b",
  });
  // Attributes outside the model, in sorted order: the order a loaded graph gives them.
  g.mergeNodeAttributes("country:b", { fixed: true, key: "not the key", note: { nested: [hostile[6]] } } as never);
  g.addDirectedEdgeWithKey("person:a\u2028|REPRESENTS|country:b", "person:a\u2028", "country:b", {
    predicate: "REPRESENTS",
    attributes: { role: hostile[3]!, "\ud800": hostile[6]! },
    confidence: 0.1 + 0.2,
    evidence: [
      { document: "doc\n1", sentence: hostile[2]!, start: 3, end: 9, rule: "r\u2028" },
      { document: "doc\n1", sentence: hostile[2]!, start: 30, end: 90, rule: "other" },
    ],
    symmetric: true,
    label: "custom label",
    size: 7,
    color: "#000000",
  });
  g.mergeEdgeAttributes("person:a\u2028|REPRESENTS|country:b", { source: "not the source", weight: 2 } as never);
  g.replaceAttributes({
    version: GRAPH_FORMAT_VERSION,
    documents: [
      {
        id: "doc\n1",
        title: hostile[4]!,
        date: null,
        source: hostile[1]!,
        authors: [hostile[3]!],
        text: hostile.join(" "),
      },
    ],
    statements: [
      {
        id: "doc\n1#s0",
        speaker: "person:a\u2028",
        quote: hostile[0]!,
        via: null,
        document: "doc\n1",
        start: 1,
        end: 2,
        sentence: hostile[2]!,
        rule: "q",
      },
    ],
    merges: [{ entity: "person:a\u2028", alias: hostile[3]!, reason: "test" }],
    builtAt: hostile[1]!,
  });
  g.setAttribute("extra" as never, { any: ["json", 1, null] } as never);
  return g;
}

describe("graph/store", () => {
  describe("loadGraph", () => {
    it("throws NotFoundError for a missing file", () => {
      expect(() => loadGraph(path.join(dir, "missing.json"))).toThrow(NotFoundError);
    });

    it("throws InvalidInputError for a bad chunk size", () => {
      const file = path.join(dir, "chunk-option.json");
      saveGraph(graph, file);
      expect(() => loadGraph(file, { chunkSize: 0 })).toThrow(InvalidInputError);
      expect(() => saveGraph(graph, file, { chunkSize: 1.5 })).toThrow(InvalidInputError);
    });

    it("throws InvalidInputError naming the file for an empty, truncated or cut-off file", () => {
      const text = serializeGraph(graph);
      expectInvalid(write(""));
      expectInvalid(write("\n"));
      // Cut at the end of a line (the file stops early), in the middle of one, and before the final line break.
      const lines = text.split("\n");
      const half = Math.floor(lines.length / 2);
      expect(expectInvalid(write(`${lines.slice(0, half).join("\n")}\n`))).toMatch(
        new RegExp(`should have ${lines.length - 1} lines, found ${half} lines`),
      );
      expect(expectInvalid(write(text.slice(0, Math.floor(text.length / 2))))).toContain("line ");
      expectInvalid(write(text.slice(0, -1)));
      expectInvalid(write(text.slice(0, -4)), { chunkSize: 16 });
    });

    it("throws InvalidInputError naming the line when the header claims more edges than an array can hold", () => {
      const text = serializeGraph(graph);
      const claimed = text.replace(`"edges":${graph.size}}`, `"edges":${2 ** 40}}`);
      expect(claimed).not.toBe(text);
      // The decoder reserves room for the edges the header announces: at most a bounded number.
      expect(expectInvalid(write(claimed))).toMatch(/line \d+ /);
    });

    it("throws InvalidInputError for another format or format version", () => {
      const text = serializeGraph(graph);
      const older = text.replace(`"version":${GRAPH_FORMAT_VERSION},`, `"version":${GRAPH_FORMAT_VERSION - 1},`);
      expect(older).not.toBe(text);
      expect(expectInvalid(write(older))).toContain("line 1 ");
      expectInvalid(write(text.replace(`"version":${GRAPH_FORMAT_VERSION},`, "")));
      expectInvalid(write(text.replace('"format":"news-kg-graph"', '"format":"other"')));
      // A version 1 file: graphology's export object, indented.
      const v1 = JSON.stringify(
        { options: { type: "directed" }, attributes: { version: 1 }, nodes: [], edges: [] },
        null,
        2,
      );
      expect(expectInvalid(write(`${v1}\n`))).toContain("line 1 ");
      expectInvalid(write(`${JSON.stringify({ attributes: { version: GRAPH_FORMAT_VERSION } })}\n`));
    });

    it("throws InvalidInputError naming the line for a bad line", () => {
      const { lines, first } = graphFileLayout(serializeGraph(graph));
      const at = first.nodes! + 3;
      const broken = [...lines];
      broken[at] = `${broken[at]!.slice(0, 20)},`;
      expect(expectInvalid(write(broken.join("\n")))).toContain(`line ${at + 1} `);
      const extra = [...lines.slice(0, -1), "[]", ""];
      expectInvalid(write(extra.join("\n")));
      const noComma = [...lines];
      noComma[first.strings!] = noComma[first.strings!]!.slice(0, -1);
      expect(expectInvalid(write(noComma.join("\n")))).toContain(`line ${first.strings! + 1} `);
      const blank = [...lines];
      blank.splice(first.edges!, 0, "");
      expectInvalid(write(blank.join("\n")));
      const layoutLine = [...lines];
      layoutLine[first.documents! - 1] = '"documents": [';
      expectInvalid(write(layoutLine.join("\n")));
    });

    it("throws InvalidInputError for malformed records", () => {
      const edge = (edit: (record: unknown[]) => unknown) => expectInvalid(write(editRecord("edges", 0, edit)));
      const node = (edit: (record: unknown[]) => unknown) => expectInvalid(write(editRecord("nodes", 0, edit)));
      // An edge pointing to an unknown node, to itself, or with an unknown predicate or string.
      edge((r) => [graph.order, ...r.slice(1)]);
      edge((r) => [r[0], -1, ...r.slice(2)]);
      edge((r) => [r[0], r[0], ...r.slice(2)]);
      edge((r) => [r[0], r[1], 0, ...r.slice(3)]);
      edge((r) => [...r.slice(0, 5), [[0, 10 ** 9, 0, 1, 0]]]);
      edge((r) => [...r.slice(0, 5), []]);
      edge((r) => [...r.slice(0, 5), [[0, 0, 0]]]);
      edge((r) => [...r.slice(0, 6), { predicate: "MET_WITH" }]);
      edge((r) => [...r.slice(0, 3), "0.5", ...r.slice(4)]);
      edge((r) => [...r.slice(0, 4), [1], ...r.slice(5)]);
      edge((r) => ({ source: r[0] }));
      node((r) => [...r.slice(0, 2), 10 ** 9, ...r.slice(3)]);
      node((r) => [r[0], 42, ...r.slice(2)]);
      node((r) => [...r.slice(0, 4), [[0, 1]], ...r.slice(5)]);
      node((r) => [...r.slice(0, 6), "many", ...r.slice(7)]);
      node((r) => r.slice(0, 5));
      // A node of a type outside the ontology: its type index points at a string that is no type.
      node((r) => [...r.slice(0, 2), (r[4] as number[][])[0]![3], ...r.slice(3)]);
      expectInvalid(write(editRecord("strings", 0, () => 42)));
      expectInvalid(write(editRecord("documents", 0, () => ({ title: "no id" }))));
    });

    it("throws InvalidInputError when a rebuilt edge key repeats (a key mismatch) or a node key repeats", () => {
      const text = serializeGraph(graph);
      const { lines, first } = graphFileLayout(text);
      const duplicated = [...lines];
      // The second edge becomes the first one again: same source, target and predicate, same key.
      duplicated[first.edges! + 1] = `${duplicated[first.edges!]!}`;
      const message = expectInvalid(write(duplicated.join("\n")));
      expect(message).toContain(`line ${first.edges! + 2} `);
      expect(message).toContain(graph.edges()[0]!);
      const nodes = [...lines];
      nodes[first.nodes! + 1] = nodes[first.nodes!]!;
      expectInvalid(write(nodes.join("\n")));
    });

    it("loads what saveGraph saved: same nodes, edges, attributes (evidence, mentions) and bytes", () => {
      const file = path.join(dir, "graph.json");
      saveGraph(graph, file);
      const loaded = loadGraph(file);
      expectSameGraph(loaded, graph);
      expect(serializeGraph(loaded)).toBe(readFileSync(file, "utf8"));
      saveGraph(loaded, file);
      expect(readFileSync(file, "utf8")).toBe(serializeGraph(graph));
    });

    it("derives each node's documents, once each and sorted, from mentions in any order", () => {
      const g = createGraph();
      const mentions = (documents: string[]) =>
        documents.map((document, i) => ({ document, start: i, end: i + 1, sentence: "s", text: "t", rule: "r" }));
      const few = ["doc-b", "doc-a", "doc-b", "doc-c", "doc-a"];
      const many = ["d9", "d1", "d5", "d1", "d3", "d9", "d0", "d7", "d2", "d5", "d8", "d4"];
      for (const [id, documents] of [
        ["person:few", few],
        ["person:many", many],
        ["person:one", ["doc-z"]],
        ["person:none", []],
      ] as const) {
        g.addNode(
          id,
          nodeAttributesOf({ id, name: id, type: "Person", aliases: [], mentions: mentions([...documents]) }),
        );
      }
      const loaded = parseGraph(serializeGraph(g));
      expect(loaded.getNodeAttribute("person:few", "documents")).toEqual(["doc-a", "doc-b", "doc-c"]);
      expect(loaded.getNodeAttribute("person:many", "documents")).toEqual([...new Set(many)].sort());
      expect(loaded.getNodeAttribute("person:one", "documents")).toEqual(["doc-z"]);
      expect(loaded.getNodeAttribute("person:none", "documents")).toEqual([]);
      expectSameGraph(loaded, g);
    });

    it("reads and writes through chunks far smaller than a line", () => {
      const text = serializeGraph(graph);
      expect(text.length).toBeGreaterThan(100 * 64);
      for (const chunkSize of [1, 7, 64, 4096]) {
        const file = path.join(dir, `chunks-${chunkSize}.json`);
        saveGraph(graph, file, { chunkSize });
        expect(readFileSync(file, "utf8")).toBe(text);
        expectSameGraph(loadGraph(file, { chunkSize }), graph);
      }
    });

    it("round-trips hostile strings, NaN, overridden derived attributes and unknown attributes", () => {
      const hostile = hostileGraph();
      const file = path.join(dir, "hostile.json");
      saveGraph(hostile, file, { chunkSize: 5 });
      const text = readFileSync(file, "utf8");
      expect(text).toBe(serializeGraph(hostile));
      // Every line is one record: no raw line break inside a string, and lone surrogates are escaped.
      const { lines, first } = graphFileLayout(text);
      expect(lines).toHaveLength(first.edges! + hostile.size + 2);
      expect(text).toContain("\\ud800");
      expect(/[\ud800-\udfff]/.test(text.replace(/[\ud800-\udbff][\udc00-\udfff]/g, ""))).toBe(false);
      for (const chunkSize of [1, 3, 1024]) {
        const loaded = loadGraph(file, { chunkSize });
        expectSameGraph(loaded, hostile);
        expect(loaded.getNodeAttribute("person:a\u2028", "x")).toBeNaN();
        expect(serializeGraph(loaded)).toBe(text);
      }
    });

    it("loads an empty graph", () => {
      const empty = createGraph();
      const file = path.join(dir, "empty-graph.json");
      saveGraph(empty, file);
      const loaded = loadGraph(file);
      expect(loaded.order).toBe(0);
      expect(loaded.size).toBe(0);
      expect(loaded.getAttributes()).toStrictEqual(empty.getAttributes());
    });
  });

  describe("loadGraph with the load worker (large files; asked for here)", () => {
    it("loads the same graph, its evidence pending then decoded from the bytes, through any chunk size", () => {
      const file = path.join(dir, "worker.json");
      saveGraph(graph, file);
      const rows = vi.spyOn(GraphDecoder.prototype, "pushEdgeRows");
      for (const chunkSize of [64, 4096, undefined]) {
        const loaded = loadGraph(file, { worker: true, chunkSize });
        for (const edge of loaded.edges()) expect(isEvidencePending(loaded.getEdgeAttributes(edge))).toBe(true);
        expectSameGraph(loaded, graph);
        expect(serializeGraph(loaded)).toBe(readFileSync(file, "utf8"));
      }
      expect(rows).toHaveBeenCalled();
      rows.mockRestore();
      const hostile = hostileGraph();
      const hostileFile = path.join(dir, "worker-hostile.json");
      saveGraph(hostile, hostileFile);
      expectSameGraph(loadGraph(hostileFile, { worker: true, chunkSize: 3 }), hostile);
    });

    it("loads an empty graph, and a graph without edges (the worker never starts reading)", () => {
      const empty = createGraph();
      const file = path.join(dir, "worker-empty.json");
      saveGraph(empty, file);
      expect(loadGraph(file, { worker: true }).order).toBe(0);
      const nodesOnly = graph.copy();
      nodesOnly.clearEdges();
      const nodesFile = path.join(dir, "worker-nodes.json");
      saveGraph(nodesOnly, nodesFile);
      expectSameGraph(loadGraph(nodesFile, { worker: true }), nodesOnly);
    });

    it("throws what the one-thread load throws for a truncated or cut-off file", () => {
      const text = serializeGraph(graph);
      const { first } = graphFileLayout(text);
      const lines = text.split("\n");
      const cuts = [
        `${lines.slice(0, first.edges + 5).join("\n")}\n`,
        `${lines.slice(0, first.edges + 5).join("\n")}\n[1,2`,
        text.slice(0, -1),
        text.slice(0, -4),
        `${text}\n`,
      ];
      for (const cut of cuts) {
        const file = write(cut);
        expect(expectInvalid(file, { worker: true })).toBe(expectInvalid(file, { worker: false }));
        expect(expectInvalid(file, { worker: true, chunkSize: 16 })).toBe(expectInvalid(file, { worker: false }));
      }
    });
  });

  describe("serializeGraph / serializeGraphLines / parseGraph", () => {
    it("gives the same bytes whatever order the attributes were set in", () => {
      const shuffled = graph.copy();
      shuffled.updateEachNodeAttributes((_key, a) => {
        const { color, size, ...rest } = a;
        return { size, color, ...rest };
      });
      expect(serializeGraph(shuffled)).toBe(serializeGraph(graph));
      expect([...serializeGraphLines(graph)].join("")).toBe(serializeGraph(graph));
    });

    it("writes one record per line, as a JSON document, with repeated strings once", () => {
      const text = serializeGraph(graph);
      const { lines, first } = graphFileLayout(text);
      expect(text.endsWith("]}\n")).toBe(true);
      // The whole file is also one JSON document, whose sections hold one element per record.
      const whole = JSON.parse(text);
      expect(whole.format).toBe("news-kg-graph");
      expect(whole.version).toBe(GRAPH_FORMAT_VERSION);
      expect(whole.attributes.builtAt).toBe("2025-01-01T00:00:00.000Z");
      expect(whole.nodes).toHaveLength(graph.order);
      expect(whole.edges).toHaveLength(graph.size);
      expect(lines[first.nodes!]!.startsWith(JSON.stringify([graph.nodes()[0]]).slice(0, -1))).toBe(true);
      expect(lines).toHaveLength(first.edges! + graph.size + 2);
      // A sentence supporting several facts is stored once in the string table.
      const counts = new Map<string, number>();
      graph.forEachEdge((_key, a) => {
        for (const e of a.evidence) counts.set(e.sentence, (counts.get(e.sentence) ?? 0) + 1);
      });
      const quoted = new Set(graph.getAttribute("statements").map((statement) => statement.sentence));
      const [shared] = [...counts].find(([sentence, n]) => n > 1 && !quoted.has(sentence)) ?? [];
      expect(shared).toBeDefined();
      expect(text.split(JSON.stringify(shared)).length - 1).toBe(1);
      // Edge keys are not stored: they are rebuilt from source, predicate and target.
      expect(text).not.toContain(JSON.stringify(graph.edges()[0]));
    });

    it("parses what it serialised, and rejects a damaged text naming the source", () => {
      const text = serializeGraph(graph);
      expectSameGraph(parseGraph(text), graph);
      expect(() => parseGraph(text.slice(0, -2), "pasted graph")).toThrow(/pasted graph/);
      expect(() => parseGraph(text.slice(0, -2))).toThrow(InvalidInputError);
    });
  });

  describe("writeFileAtomic / writeTextAtomic / saveGraph", () => {
    it("leaves only the target file, creating the directory", () => {
      const target = path.join(dir, "atomic", "nested", "graph.json");
      saveGraph(graph, target);
      saveGraph(graph, target, { chunkSize: 100 });
      expect(readdirSync(path.dirname(target))).toEqual(["graph.json"]);
      expect(writeTextAtomic(path.join(dir, "atomic", "text.txt"), ["é", "a\n"])).toBe(4);
    });

    it("leaves no temporary file when the rename fails", () => {
      const target = path.join(dir, "blocked", "out.json");
      mkdirSync(target, { recursive: true });
      expect(() => writeFileAtomic(target, "content")).toThrow();
      expect(() => saveGraph(graph, target, { chunkSize: 1000 })).toThrow();
      expect(readdirSync(path.dirname(target))).toEqual(["out.json"]);
    });

    it("rejects an edge whose key is not source|PREDICATE|target or without evidence, leaving the old file", () => {
      const target = path.join(dir, "keys", "graph.json");
      saveGraph(graph, target);
      const before = readFileSync(target, "utf8");
      const odd = graph.copy();
      const [edge] = graph.edges();
      odd.addDirectedEdgeWithKey("some other key", graph.source(edge!), graph.target(edge!), {
        ...structuredClone(graph.getEdgeAttributes(edge!)),
      });
      expect(() => saveGraph(odd, target)).toThrow(InvalidInputError);
      expect(readFileSync(target, "utf8")).toBe(before);
      const bare = graph.copy();
      bare.setEdgeAttribute(edge!, "evidence", []);
      expect(() => saveGraph(bare, target)).toThrow(InvalidInputError);
      expect(readFileSync(target, "utf8")).toBe(before);
      expect(readdirSync(path.dirname(target))).toEqual(["graph.json"]);
    });
  });
});
