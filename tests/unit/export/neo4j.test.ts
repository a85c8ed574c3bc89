// The Neo4j bulk export (src/export/neo4j.ts and `kg export --format neo4j`) checked against the
// rules of `neo4j-admin database import full` (Neo4j 5 operations manual, "CSV header format"):
// nodes with exactly one `:ID(space)` and a `:LABEL` column, relationships with `:START_ID(space)`,
// `:END_ID(space)` and `:TYPE`; property types from the tool's list, arrays split on the given
// delimiter; RFC 4180 quoting (the tool's default, not legacy quoting); one line per record (no
// --multiline-fields); unique node ids and relationship ends that exist. Read back with csv-parse,
// on the seeds' graph, a graph of hostile text and an empty graph; then the CLI writes the files.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Command, CommanderError } from "commander";
import { parse as parseCsv } from "csv-parse/sync";
import { afterAll, describe, expect, it, vi } from "vitest";
import { registerExport, runNeo4jExport } from "../../../src/cli/commands/export.ts";
import {
  exportGraph,
  exportNeo4jNodes,
  exportNeo4jRelationships,
  NEO4J_ARRAY_DELIMITER,
  neo4jImportCommand,
  neo4jRelationshipChunks,
} from "../../../src/export/index.ts";
import { createGraph, type KnowledgeGraph } from "../../../src/graph/model.ts";
import { saveGraph } from "../../../src/graph/store.ts";
import { HOSTILE, hostileGraph, seedGraph } from "./_graph.ts";

// The property types neo4j-admin accepts (scalar, or as an array with "[]").
const TYPES = new Set([
  "int",
  "long",
  "float",
  "double",
  "boolean",
  "byte",
  "short",
  "char",
  "string",
  "point",
  "date",
  "localtime",
  "time",
  "localdatetime",
  "datetime",
  "duration",
]);
const FIELDS = new Set(["ID", "LABEL", "START_ID", "END_ID", "TYPE", "IGNORE"]);

interface HeaderEntry {
  name: string;
  /** ID, LABEL, START_ID, END_ID, TYPE, or a property type ("string", "int[]"). */
  kind: string;
  space?: string;
}

/** Parses one header entry as neo4j-admin does: `name:type`, `:FIELD`, `name:ID(space)`. */
function headerEntry(entry: string): HeaderEntry {
  const match = /^([^:]*)(?::([A-Za-z_]+)(?:\(([^)]+)\))?(\[\])?)?$/.exec(entry);
  if (!match) throw new Error(`bad header entry ${entry}`);
  const [, name = "", rawType, space, array] = match;
  if (rawType === undefined) return { name, kind: "string" };
  if (FIELDS.has(rawType)) return { name, kind: rawType, ...(space ? { space } : {}) };
  const type = rawType.toLowerCase();
  if (!TYPES.has(type) || space) throw new Error(`unknown type in ${entry}`);
  return { name, kind: `${type}${array ?? ""}` };
}

/** Checks a value against its header type; returns the parsed value. */
function typed(kind: string, value: string): unknown {
  if (value === "") return null;
  if (kind.endsWith("[]")) return value.split(NEO4J_ARRAY_DELIMITER).map((item) => typed(kind.slice(0, -2), item));
  if (kind === "int" || kind === "long") {
    expect(value).toMatch(/^-?\d+$/);
    return Number(value);
  }
  if (kind === "double" || kind === "float") {
    // What Java's Double.parseDouble reads: no NaN or Infinity here, an optional exponent.
    expect(value).toMatch(/^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/);
    return Number(value);
  }
  if (kind === "boolean") {
    expect(value).toMatch(/^(true|false)$/);
    return value === "true";
  }
  return value;
}

interface ImportFile {
  header: HeaderEntry[];
  rows: Record<string, unknown>[];
}

/** Reads one file as neo4j-admin would, checking every rule on the way. */
function readImportFile(text: string): ImportFile {
  // One record per line: the import runs without --multiline-fields.
  const lines = text.split("\n");
  expect(lines.at(-1)).toBe("");
  const records = parseCsv(text, { relax_column_count: false, record_delimiter: "\n" }) as string[][];
  expect(records.length).toBe(lines.length - 1);
  const [head, ...body] = records;
  const header = head!.map(headerEntry);
  const names = header.map((h) => h.name).filter(Boolean);
  expect(new Set(names).size).toBe(names.length);
  const rows = body.map((record) => {
    expect(record.length).toBe(header.length);
    const row: Record<string, unknown> = {};
    header.forEach((h, i) => {
      const value = record[i]!;
      const key = h.name || `:${h.kind}`;
      row[key] =
        h.kind === "LABEL" ? value.split(NEO4J_ARRAY_DELIMITER) : FIELDS.has(h.kind) ? value : typed(h.kind, value);
    });
    return row;
  });
  return { header, rows };
}

function readNodes(graph: KnowledgeGraph): ImportFile {
  const file = readImportFile(exportNeo4jNodes(graph));
  const ids = file.header.filter((h) => h.kind === "ID");
  expect(ids).toEqual([{ name: "id", kind: "ID", space: "Entity" }]);
  expect(file.header.filter((h) => h.kind === "LABEL")).toHaveLength(1);
  return file;
}

function readRelationships(graph: KnowledgeGraph): ImportFile {
  const file = readImportFile(exportNeo4jRelationships(graph));
  for (const field of ["START_ID", "END_ID", "TYPE"]) {
    expect(file.header.filter((h) => h.kind === field)).toHaveLength(1);
  }
  expect(file.header.find((h) => h.kind === "START_ID")?.space).toBe("Entity");
  expect(file.header.find((h) => h.kind === "END_ID")?.space).toBe("Entity");
  return file;
}

const work = mkdtempSync(path.join(tmpdir(), "kg-neo4j-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("export/neo4j", () => {
  describe("exportNeo4jNodes and exportNeo4jRelationships", () => {
    const graph = seedGraph();
    const nodes = readNodes(graph);
    const relationships = readRelationships(graph);

    it("writes one node per entity, unique ids, labels Entity and the type, typed properties", () => {
      expect(nodes.rows.map((r) => r.id).sort()).toEqual(graph.nodes().sort());
      for (const row of nodes.rows) {
        const a = graph.getNodeAttributes(row.id as string);
        expect(row[":LABEL"]).toEqual(["Entity", a.type]);
        expect(row.name).toBe(a.name);
        expect(row.mention_count).toBe(a.mentionCount);
        expect(row.pagerank).toBe(a.pagerank);
        expect(row.x).toBe(a.x);
        expect(row.aliases).toEqual(a.aliases.length ? a.aliases : null);
        expect(JSON.parse(row.attributes as string)).toEqual(a.attributes);
      }
    });

    it("writes one relationship per relation between existing ids, typed by predicate, evidence whole", () => {
      const ids = new Set(nodes.rows.map((r) => r.id));
      expect(relationships.rows.map((r) => r.id).sort()).toEqual(graph.edges().sort());
      for (const row of relationships.rows) {
        const key = row.id as string;
        expect(ids.has(row[":START_ID"])).toBe(true);
        expect(ids.has(row[":END_ID"])).toBe(true);
        expect(row[":START_ID"]).toBe(graph.source(key));
        expect(row[":TYPE"]).toBe(graph.getEdgeAttribute(key, "predicate"));
        expect(row[":TYPE"]).toMatch(/^[A-Z_]+$/);
        const evidence = graph.getEdgeAttribute(key, "evidence");
        expect(JSON.parse(row.evidence as string)).toEqual(evidence);
        expect(row.evidence_count).toBe(evidence.length);
        expect(row.evidence_rules).toEqual([...new Set(evidence.map((e) => e.rule))].sort());
      }
    });

    it("gives the relation attributes their own columns, as the Cypher export names them", () => {
      const withTitle = relationships.rows.find((r) => r.title);
      expect(withTitle).toBeDefined();
      expect(withTitle!.title).toBe(graph.getEdgeAttribute(withTitle!.id as string, "attributes").title);
      expect(exportGraph(graph, "CYPHER")).toContain(`r.title = `);
    });

    it("is deterministic and the same through the API's format names", () => {
      expect(exportNeo4jNodes(graph)).toBe(exportNeo4jNodes(seedGraph()));
      expect(exportGraph(graph, "NEO4J_RELATIONSHIPS")).toBe(exportNeo4jRelationships(graph));
    });

    it("streams the relationships in chunks that join to the whole file", () => {
      const chunks = [...neo4jRelationshipChunks(graph)];
      expect(chunks.length).toBeGreaterThan(0);
      expect(chunks.join("")).toBe(exportNeo4jRelationships(graph));
    });
  });

  describe("hostile text", () => {
    const graph = hostileGraph();
    const nodes = readNodes(graph);
    const relationships = readRelationships(graph);

    it("keeps quotes, commas, semicolons and markup; line breaks become spaces outside the JSON columns", () => {
      const evil = nodes.rows.find((r) => r.id === "person:evil")!;
      expect(evil.name).toBe(HOSTILE.name.replace(/\n/g, " "));
      // ";" is data here, not the array delimiter.
      expect(evil.aliases).toContain(HOSTILE.alias);
      const edge = relationships.rows[0]!;
      // The JSON columns keep every character, controls and lone surrogates included (as \u escapes).
      expect(JSON.parse(edge.evidence as string)).toEqual(
        graph.getEdgeAttribute("person:evil|AFFILIATED_WITH|company:acme", "evidence"),
      );
      expect(edge.title).toBe(HOSTILE.name.replace(/\n/g, " "));
    });

    it("removes the array delimiter from the items it would split", () => {
      const g = createGraph();
      g.addNode("person:x", {
        ...graph.getNodeAttributes("person:evil"),
        aliases: [`a${NEO4J_ARRAY_DELIMITER}b`, "c"],
      });
      expect(readNodes(g).rows[0]!.aliases).toEqual(["ab", "c"]);
    });
  });

  describe("an empty graph", () => {
    it("writes the two headers and nothing else", () => {
      const graph = createGraph();
      expect(readNodes(graph).rows).toEqual([]);
      expect(readRelationships(graph).rows).toEqual([]);
    });
  });

  describe("neo4jImportCommand", () => {
    it("names both files, the delimiter and a new database", () => {
      expect(neo4jImportCommand("out/")).toBe(
        [
          "bin/neo4j-admin database import full neo4j",
          "  --nodes=out/nodes.csv",
          "  --relationships=out/relationships.csv",
          "  --array-delimiter=U+001F",
          "  --overwrite-destination=true",
        ].join(" \\\n"),
      );
    });
  });

  describe("kg export --format neo4j", () => {
    const data = path.join(work, "data");
    const graph = seedGraph();
    saveGraph(graph, path.join(data, "graph.json"));

    async function run(...args: string[]): Promise<string> {
      const program = new Command().exitOverride();
      registerExport(program);
      const out: string[] = [];
      const spy = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
        out.push(String(chunk));
        return true;
      });
      try {
        await program.parseAsync(["node", "kg", "export", ...args]);
      } finally {
        spy.mockRestore();
      }
      return out.join("");
    }

    it("writes nodes.csv and relationships.csv into the directory and prints the import command", async () => {
      const dir = path.join(work, "bundle");
      const stdout = await run("--format", "neo4j", "--out", dir, "--data", data);
      expect(readFileSync(path.join(dir, "nodes.csv"), "utf8")).toBe(exportNeo4jNodes(graph));
      expect(readFileSync(path.join(dir, "relationships.csv"), "utf8")).toBe(exportNeo4jRelationships(graph));
      expect(stdout).toContain(`exported ${graph.order} entities and ${graph.size} relations for neo4j-admin`);
      expect(stdout).toContain(neo4jImportCommand(dir));
    });

    it("writes the subgraph around seeds", async () => {
      const dir = path.join(work, "china");
      const result = await runNeo4jExport({ data, depth: 1, seeds: ["China"], format: "NEO4J", out: dir });
      expect(result.nodes).toBeLessThan(graph.order);
      expect(readImportFile(readFileSync(path.join(dir, "nodes.csv"), "utf8")).rows).toHaveLength(result.nodes);
    });

    it("is a usage error without --out, and refuses a file as --out", async () => {
      const stderr = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
      try {
        await expect(run("--format", "neo4j", "--data", data)).rejects.toThrow(CommanderError);
      } finally {
        stderr.mockRestore();
      }
      const file = path.join(work, "a-file");
      writeFileSync(file, "x");
      await expect(run("--format", "neo4j", "--out", file, "--data", data)).rejects.toThrow(
        /--out should be a directory/,
      );
      expect(readFileSync(file, "utf8")).toBe("x");
    });
  });
});
