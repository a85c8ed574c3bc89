// `kg export`: writes the graph of DIR/graph.json, or the neighbourhood of some seed entities, as
// GEXF, GraphML, JSON, CSV or Cypher, to a file or to stdout. Reading, subgraphs and the formats
// belong to src/graph and src/export; this file only wires options to them and never exits.

import { existsSync, mkdirSync, statSync } from "node:fs";
import path from "node:path";
import { type Command, InvalidArgumentError } from "commander";
import { InvalidInputError, NotFoundError } from "../../errors.ts";
import {
  EXPORT_FORMATS,
  type ExportFormat,
  exportFormatFor,
  exportGraph,
  FORMAT_BY_EXTENSION,
  NEO4J_FILES,
  neo4jImportCommand,
  neo4jNodeChunks,
  neo4jRelationshipChunks,
  parseExportFormat,
} from "../../export/index.ts";
import type { KnowledgeGraph } from "../../graph/model.ts";
import { writeFileAtomic, writeTextAtomic } from "../../graph/store.ts";
import { userMessage } from "../messages.ts";
import { readExtractionFile } from "./summary.ts";

/** Options of `kg export`, as commander parses them. */
export interface ExportOptions {
  /** The data directory holding graph.json (or extraction.json, built on the fly when graph.json is missing). */
  data: string;
  /**
   * Entity ids or names (any alias, case-insensitive), one `--seeds` each or comma-separated;
   * absent for the whole graph. A value that names an entity as a whole is that entity, commas and all.
   */
  seeds?: string[];
  /** How many hops around the seeds the subgraph reaches. */
  depth: number;
  /** Largest number of entities in the subgraph (seeds and the closest first). */
  limit?: number;
  /**
   * The format; by default the one `out`'s extension stands for, else JSON. `NEO4J` is the bulk
   * import bundle: both files of `neo4j-admin database import full` written into the directory `out`.
   */
  format?: ExportFormat | typeof NEO4J_BUNDLE;
  /** Write the export to this file instead of stdout. */
  out?: string;
}

/** `--format neo4j`: the nodes and relationships files of Neo4j's bulk import, in a directory. */
export const NEO4J_BUNDLE = "NEO4J";

/** What `runExport` produced. */
export interface ExportResult {
  text: string;
  format: ExportFormat;
  /** Entities and relations in the exported graph. */
  nodes: number;
  edges: number;
}

/** The seed list of `--seeds`: comma-separated, trimmed, empty items dropped. */
export function parseSeeds(value: string): string[] {
  return value
    .split(",")
    .map((seed) => seed.trim())
    .filter((seed) => seed.length > 0);
}

/** Commander's collector for a repeatable option: each occurrence appended. */
function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/**
 * The graph of a data directory: DIR/graph.json when it exists, opened read-only as the server
 * opens it (the live ingests since the last compaction replayed, see `LiveGraph.open`), else the graph built from
 * DIR/extraction.json (without document texts), with a note on stderr. Throws `NotFoundError` when
 * neither exists.
 */
export async function loadDataGraph(dataDir: string): Promise<KnowledgeGraph> {
  const graphFile = path.join(dataDir, "graph.json");
  if (existsSync(graphFile)) {
    const { LiveGraph } = await import("../../graph/live.ts");
    // Read-only: a server may be saving a change to the same folder right now.
    const live = await LiveGraph.open(dataDir, { worker: false, readOnly: true });
    await live.close();
    return live.graph;
  }
  const extractionFile = path.join(dataDir, "extraction.json");
  if (!existsSync(extractionFile)) {
    throw new NotFoundError(`export: ${graphFile} should exist, found nothing. Run \`kg build\` first.`);
  }
  process.stderr.write(`kg export: ${graphFile} not found; building the graph from ${extractionFile}\n`);
  const extraction = readExtractionFile(extractionFile, "export");
  // The builder (layout and metrics) is loaded on demand, like the extraction pipeline.
  const { buildGraph } = await import("../../graph/build.ts");
  return buildGraph(extraction, [], { builtAt: "" });
}

/**
 * The part of the graph to export: the whole graph without seeds, else the seeds (ids or names,
 * resolved as the API does) and their neighbourhood within `depth` hops, capped at `limit` nodes.
 * Each seed value is one entity when it names one as a whole ("Smith, Jones & Co"), else a
 * comma-separated list of them. Throws `NotFoundError` for a seed that names no entity.
 */
export async function selectGraph(
  graph: KnowledgeGraph,
  seeds: string[],
  options: { depth: number; limit?: number },
): Promise<KnowledgeGraph> {
  if (seeds.length === 0) return graph;
  const { GraphIndex, resolveEntity, subgraph } = await import("../../graph/query.ts");
  const index = new GraphIndex(graph);
  const keys = [
    ...new Set(
      seeds.flatMap((value) => {
        if (value.includes(",")) {
          try {
            return [resolveEntity(graph, index, value.trim())];
          } catch (error) {
            // Not one name: a comma-separated list, resolved item by item below.
            if (!(error instanceof NotFoundError)) throw error;
          }
        }
        return parseSeeds(value).map((seed) => resolveEntity(graph, index, seed));
      }),
    ),
  ];
  return subgraph(graph, keys, {
    depth: options.depth,
    ...(options.limit !== undefined ? { limit: options.limit } : {}),
  });
}

/** What `runNeo4jExport` wrote. */
export interface Neo4jExportResult {
  /** The two files, with their sizes in bytes. */
  files: { path: string; bytes: number }[];
  nodes: number;
  edges: number;
  /** The command that imports them, run from Neo4j's home. */
  command: string;
}

/** The checks of the options every export makes: at least one seed when --seeds is given. */
function seedsOf(options: ExportOptions): string[] {
  const seeds = options.seeds ?? [];
  if (options.seeds !== undefined && seeds.every((value) => parseSeeds(value).length === 0)) {
    throw new InvalidInputError(
      `export: --seeds should name at least one entity, found ${JSON.stringify(options.seeds.join(" "))}.`,
    );
  }
  return seeds;
}

/**
 * `--format neo4j`: writes `nodes.csv` and `relationships.csv` for `neo4j-admin database import
 * full` into the directory `options.out` (created when missing), each atomically and streamed in
 * chunks, so that a graph of millions of relations never has to be one string.
 */
export async function runNeo4jExport(options: ExportOptions): Promise<Neo4jExportResult> {
  const dir = options.out;
  if (dir === undefined) {
    throw new InvalidInputError(
      "export: --format neo4j should come with --out DIR (a directory for its two files), found no --out.",
    );
  }
  if (existsSync(dir) && !statSync(dir).isDirectory()) {
    throw new InvalidInputError(`export: --out should be a directory for --format neo4j, found the file ${dir}.`);
  }
  const seeds = seedsOf(options);
  const graph = await loadDataGraph(options.data);
  const selected = await selectGraph(graph, seeds, {
    depth: options.depth,
    ...(options.limit !== undefined ? { limit: options.limit } : {}),
  });
  mkdirSync(dir, { recursive: true });
  const nodes = path.join(dir, NEO4J_FILES.nodes);
  const relationships = path.join(dir, NEO4J_FILES.relationships);
  const files = [
    { path: nodes, bytes: writeTextAtomic(nodes, neo4jNodeChunks(selected)) },
    { path: relationships, bytes: writeTextAtomic(relationships, neo4jRelationshipChunks(selected)) },
  ];
  return { files, nodes: selected.order, edges: selected.size, command: neo4jImportCommand(dir) };
}

/** Loads the data directory's graph, selects the subgraph and serialises it. */
export async function runExport(options: ExportOptions): Promise<ExportResult> {
  if (options.format === NEO4J_BUNDLE) {
    throw new InvalidInputError("export: --format neo4j writes a directory; runNeo4jExport writes it.");
  }
  const format = exportFormatFor(options.format, options.out);
  const seeds = seedsOf(options);
  const graph = await loadDataGraph(options.data);
  const selected = await selectGraph(graph, seeds, {
    depth: options.depth,
    ...(options.limit !== undefined ? { limit: options.limit } : {}),
  });
  return {
    text: exportGraph(selected, format),
    format,
    nodes: selected.order,
    edges: selected.size,
  };
}

function parseFormatOption(value: string): ExportFormat | typeof NEO4J_BUNDLE {
  if (value.trim().toUpperCase() === NEO4J_BUNDLE) return NEO4J_BUNDLE;
  try {
    return parseExportFormat(value);
  } catch (error) {
    // commander turns InvalidArgumentError into a usage error (exit 2).
    throw new InvalidArgumentError(userMessage((error as Error).message));
  }
}

function parseCountOption(value: string): number {
  const n = Number(value);
  if (value.trim() === "" || !Number.isInteger(n) || n < 0)
    throw new InvalidArgumentError("A whole number is expected.");
  return n;
}

/** Registers `kg export [--seeds NAME]... [--depth N] [--limit N] [--format F] [--out FILE] [--data DIR]`. */
export function registerExport(program: Command): Command {
  const formats = EXPORT_FORMATS.map((f) => f.toLowerCase()).join(", ");
  const extensions = Object.entries(FORMAT_BY_EXTENSION)
    .map(([extension, format]) => `${extension} → ${format.toLowerCase()}`)
    .join(", ");
  return program
    .command("export")
    .description("export the graph, or the neighbourhood of some entities, as GEXF, GraphML, JSON, CSV or Cypher")
    .option(
      "-s, --seeds <names>",
      "an entity id or name (any alias), or a comma-separated list; repeat for more; default: the whole graph",
      collect,
    )
    .option("--depth <n>", "hops around the seeds", parseCountOption, 1)
    .option("--limit <n>", "largest number of entities (seeds and the closest first)", parseCountOption)
    .option(
      "-f, --format <format>",
      `one of ${formats}, or neo4j (gexf is GEXF 1.3, gexf12 GEXF 1.2draft; neo4j writes the two files of neo4j-admin's bulk import into the directory --out); default: from --out's extension, else json`,
      parseFormatOption,
    )
    .option("-o, --out <file>", "write to this file instead of stdout")
    .option("-d, --data <dir>", "data directory holding graph.json", "graph-data")
    .addHelpText(
      "after",
      [
        "",
        "Every format carries each relation's evidence (document, sentence, offsets, rule).",
        "Without --format, --out's extension gives the format, else json:",
        `  ${extensions}.`,
        "A --seeds value that names an entity as a whole is that entity, commas and all.",
        "",
        "Examples:",
        '  $ kg export --seeds "Scott Bessent" --seeds China --depth 1 --out bessent.gexf',
        "  $ kg export --seeds China --format gexf12 --out china-networkx2.gexf",
        "  $ kg export --format cypher > graph.cypher",
        "  $ kg export --format neo4j --out neo4j-import/",
        "  $ kg export --seeds person:scott-bessent --format csv",
      ].join("\n"),
    )
    .action(async (options: ExportOptions, command: Command) => {
      if (options.format === NEO4J_BUNDLE) {
        if (options.out === undefined) {
          command.error("error: --format neo4j writes two files: give it a directory with --out DIR.", {
            exitCode: 2,
            code: "kg.usage",
          });
        }
        const result = await runNeo4jExport(options);
        process.stdout.write(
          [
            `exported ${result.nodes} entities and ${result.edges} relations for neo4j-admin:`,
            ...result.files.map((f) => `  ${f.path} (${f.bytes} bytes)`),
            "import them into a new database (Neo4j 5, from Neo4j's home, the database stopped):",
            result.command,
            "",
          ].join("\n"),
        );
        return;
      }
      try {
        exportFormatFor(options.format, options.out);
      } catch (error) {
        // A format that contradicts the file's extension is bad usage (exit 2), like an unknown format.
        if (error instanceof InvalidInputError) {
          command.error(`error: ${userMessage(error.message)}`, { exitCode: 2, code: "kg.usage" });
        }
        throw error;
      }
      const result = await runExport(options);
      if (options.out === undefined) {
        process.stdout.write(result.text);
        return;
      }
      writeFileAtomic(options.out, result.text);
      process.stdout.write(
        `exported ${result.nodes} entities and ${result.edges} relations as ${result.format} to ${options.out}\n`,
      );
    });
}
