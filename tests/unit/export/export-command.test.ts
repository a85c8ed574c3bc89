// `kg export` through its commander registration: graph.json or extraction.json in a temporary data
// directory, seeds resolved by name, files written and read back, stdout output, and bad options.

import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Command, CommanderError } from "commander";
import { MultiDirectedGraph } from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { parseSeeds, registerExport, runExport } from "../../../src/cli/commands/export.ts";
import { saveGraph } from "../../../src/graph/store.ts";
import { parseStrictly, readSeedExtraction, seedGraph } from "./_graph.ts";

let root: string;
let graphDir: string;
let extractionDir: string;
let emptyDir: string;
let commaDir: string;

/** The seed graph with a company whose name has a comma, linked to China. */
function graphWithCommaName() {
  const graph = seedGraph();
  graph.addNode("company:smith-jones", {
    ...structuredClone(graph.getNodeAttributes("country:china")),
    label: "Smith, Jones & Co",
    name: "Smith, Jones & Co",
    type: "Company",
    aliases: [],
    attributes: {},
  });
  const [edge] = graph.edges();
  graph.addDirectedEdgeWithKey(
    "company:smith-jones|PARTNERED_WITH|country:china",
    "company:smith-jones",
    "country:china",
    {
      ...structuredClone(graph.getEdgeAttributes(edge!)),
      predicate: "PARTNERED_WITH",
      label: "PARTNERED_WITH",
    },
  );
  return graph;
}

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), "kg-export-"));
  graphDir = path.join(root, "with-graph");
  extractionDir = path.join(root, "with-extraction");
  emptyDir = path.join(root, "empty");
  commaDir = path.join(root, "with-comma");
  for (const dir of [graphDir, extractionDir, emptyDir, commaDir]) mkdirSync(dir);
  saveGraph(seedGraph(), path.join(graphDir, "graph.json"));
  saveGraph(graphWithCommaName(), path.join(commaDir, "graph.json"));
  writeFileSync(path.join(extractionDir, "extraction.json"), `${JSON.stringify(readSeedExtraction())}\n`);
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

/** Runs `kg export ARGS` through a fresh program; returns what it wrote to stdout and stderr. */
async function run(args: string[]): Promise<{ stdout: string; stderr: string }> {
  const program = new Command("kg").exitOverride().configureOutput({ writeErr: () => {}, writeOut: () => {} });
  registerExport(program);
  let stdout = "";
  let stderr = "";
  const out = vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  const err = vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  try {
    await program.parseAsync(["node", "kg", "export", ...args]);
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
  return { stdout, stderr };
}

describe("cli/export", () => {
  describe("parseSeeds", () => {
    it("splits on commas, trims and drops empty items", () => {
      expect(parseSeeds(" Scott Bessent , China,, ")).toEqual(["Scott Bessent", "China"]);
      expect(parseSeeds(" , ")).toEqual([]);
    });
  });

  describe("kg export", () => {
    it("rejects an unknown format and a negative depth as usage errors", async () => {
      for (const args of [
        ["--format", "pdf"],
        ["--depth", "-1"],
        ["--depth", "one"],
      ]) {
        const error = await run(["--data", graphDir, ...args]).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(CommanderError);
        expect((error as CommanderError).code).toBe("commander.invalidArgument");
      }
    });

    it("fails with NotFoundError for an unknown seed or a directory without a graph", async () => {
      await expect(run(["--data", graphDir, "--seeds", "Nobody At All"])).rejects.toMatchObject({
        name: "NotFoundError",
      });
      await expect(run(["--data", emptyDir])).rejects.toMatchObject({ name: "NotFoundError" });
    });

    it("fails with InvalidInputError for --seeds naming nothing", async () => {
      await expect(run(["--data", graphDir, "--seeds", " , "])).rejects.toMatchObject({ name: "InvalidInputError" });
    });

    it("writes the whole graph as JSON to stdout by default", async () => {
      const { stdout } = await run(["--data", graphDir]);
      const graph = MultiDirectedGraph.from(JSON.parse(stdout));
      const source = seedGraph();
      expect(graph.nodes().sort()).toEqual(source.nodes().sort());
      expect(graph.edges().sort()).toEqual(source.edges().sort());
    });

    it("writes the subgraph around seeds named by name to --out as GEXF", async () => {
      const file = path.join(root, "bessent.gexf");
      const { stdout } = await run([
        "--data",
        graphDir,
        "--seeds",
        "Scott Bessent,China",
        "--depth",
        "1",
        "--format",
        "gexf",
        "--out",
        file,
      ]);
      const parsed = parseStrictly(() => parseGexf(MultiDirectedGraph, readFileSync(file, "utf8")));
      const source = seedGraph();
      // Depth 1: the seeds, their neighbours (either direction), and every edge among those nodes.
      const expected = new Set(["person:scott-bessent", "country:china"]);
      for (const seed of ["person:scott-bessent", "country:china"]) {
        for (const n of source.neighbors(seed)) expected.add(n);
      }
      expect(parsed.nodes().sort()).toEqual([...expected].sort());
      const edges = source.filterEdges((_e, _a, s, t) => expected.has(s) && expected.has(t));
      expect(parsed.edges().sort()).toEqual(edges.sort());
      expect(stdout).toBe(`exported ${expected.size} entities and ${edges.length} relations as GEXF to ${file}\n`);
    });

    it("takes the format from --out's extension when --format is absent", async () => {
      const cases: [string, (text: string) => void][] = [
        ["x.gexf", (text) => expect(text).toContain('<gexf version="1.3"')],
        ["x.GraphML", (text) => expect(text).toContain("<graphml ")],
        ["x.json", (text) => expect(JSON.parse(text)).toHaveProperty("nodes")],
        ["x.csv", (text) => expect(text.startsWith("kind,id,")).toBe(true)],
        ["x.cypher", (text) => expect(text).toContain("MERGE (n:Entity")],
        ["x.cql", (text) => expect(text).toContain("MERGE (n:Entity")],
        ["x.txt", (text) => expect(JSON.parse(text)).toHaveProperty("edges")],
      ];
      for (const [name, check] of cases) {
        const file = path.join(root, name);
        await run(["--data", graphDir, "--seeds", "China", "--depth", "0", "--out", file]);
        check(readFileSync(file, "utf8"));
      }
    });

    it("writes GEXF 1.2draft with --format gexf12, to a .gexf file too", async () => {
      const file = path.join(root, "networkx2.gexf");
      await run(["--data", graphDir, "--seeds", "China", "--format", "gexf12", "--out", file]);
      expect(readFileSync(file, "utf8")).toContain('<gexf version="1.2" xmlns="http://www.gexf.net/1.2draft"');
    });

    it("refuses a --format that contradicts --out's extension as a usage error, writing nothing", async () => {
      const file = path.join(root, "conflict.gexf");
      const error = await run(["--data", graphDir, "--format", "csv", "--out", file]).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(CommanderError);
      expect((error as CommanderError).exitCode).toBe(2);
      expect((error as CommanderError).message).toContain(".gexf");
      expect((error as CommanderError).message).not.toMatch(/^error: export:/);
      expect(existsSync(file)).toBe(false);
    });

    it("takes --seeds repeatedly, and the comma form still", async () => {
      const repeated = await runExport({ data: graphDir, seeds: ["Scott Bessent", "China"], depth: 0 });
      const comma = await runExport({ data: graphDir, seeds: ["Scott Bessent,China"], depth: 0 });
      expect(repeated.nodes).toBe(2);
      expect(comma.text).toBe(repeated.text);
      const { stdout } = await run(["--data", graphDir, "--seeds", "Scott Bessent", "-s", "China", "--depth", "0"]);
      expect(stdout).toBe(repeated.text);
    });

    it("reads a --seeds value that names an entity as a whole as that entity, commas and all", async () => {
      const result = await runExport({ data: commaDir, seeds: ["Smith, Jones & Co"], depth: 0, format: "CSV" });
      expect(result.nodes).toBe(1);
      expect(result.text).toContain("node,company:smith-jones,");
      const both = await runExport({ data: commaDir, seeds: ["Smith, Jones & Co", "China"], depth: 0 });
      expect(both.nodes).toBe(2);
      expect(both.edges).toBe(1);
      await expect(runExport({ data: commaDir, seeds: ["Smith, Nobody"], depth: 0 })).rejects.toMatchObject({
        name: "NotFoundError",
      });
    });

    it("caps the subgraph with --limit, keeping the seeds", async () => {
      const result = await runExport({
        data: graphDir,
        seeds: ["person:scott-bessent"],
        depth: 2,
        limit: 3,
        format: "CSV",
      });
      expect(result.nodes).toBe(3);
      expect(result.text).toContain("\r\nnode,person:scott-bessent,");
    });

    it("builds the graph from extraction.json when graph.json is missing, and says so", async () => {
      const { stdout, stderr } = await run(["--data", extractionDir, "--format", "cypher", "--seeds", "China"]);
      expect(stderr).toContain("graph.json not found");
      expect(stdout).toContain('MERGE (n:Entity:Country {id: "country:china"})');
      const again = await run(["--data", extractionDir, "--format", "cypher", "--seeds", "China"]);
      expect(again.stdout).toBe(stdout);
    });
  });
});
