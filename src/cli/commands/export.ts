// `kg export`: writes the graph of DIR/graph.json, or the neighbourhood of some seed entities, as
// GEXF, GraphML, JSON, CSV or Cypher, to a file or to stdout. Reading, subgraphs and the formats
// belong to src/graph and src/export; this file only wires options to them and never exits.

import { existsSync } from "node:fs";
import path from "node:path";
import { type Command, InvalidArgumentError } from "commander";
import { EXPORT_FORMATS, type ExportFormat, exportGraph, parseExportFormat } from "../../export/index.ts";
import { InvalidInputError, NotFoundError } from "../../graph/errors.ts";
import type { KnowledgeGraph } from "../../graph/model.ts";
import { loadGraph, writeFileAtomic } from "../../graph/store.ts";
import { readExtractionFile } from "./summary.ts";

/** Options of `kg export`, as commander parses them. */
export interface ExportOptions {
  /** The data directory holding graph.json (or extraction.json, built on the fly when graph.json is missing). */
  data: string;
  /** Comma-separated entity ids or names (any alias, case-insensitive); absent for the whole graph. */
  seeds?: string;
  /** How many hops around the seeds the subgraph reaches. */
  depth: number;
  /** Largest number of entities in the subgraph (seeds and the closest first). */
  limit?: number;
  format: ExportFormat;
  /** Write the export to this file instead of stdout. */
  out?: string;
}

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

/**
 * The graph of a data directory: DIR/graph.json through `loadGraph` when it exists, else the graph
 * built from DIR/extraction.json (without document texts), with a note on stderr. Throws
 * `NotFoundError` when neither exists.
 */
export async function loadDataGraph(dataDir: string): Promise<KnowledgeGraph> {
  const graphFile = path.join(dataDir, "graph.json");
  if (existsSync(graphFile)) return loadGraph(graphFile);
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
 * Throws `NotFoundError` for a seed that names no entity.
 */
export async function selectGraph(
  graph: KnowledgeGraph,
  seeds: string[],
  options: { depth: number; limit?: number },
): Promise<KnowledgeGraph> {
  if (seeds.length === 0) return graph;
  const { GraphIndex, resolveEntity, subgraph } = await import("../../graph/query.ts");
  const index = new GraphIndex(graph);
  const keys = seeds.map((seed) => resolveEntity(graph, index, seed));
  return subgraph(graph, keys, {
    depth: options.depth,
    ...(options.limit !== undefined ? { limit: options.limit } : {}),
  });
}

/** Loads the data directory's graph, selects the subgraph and serialises it. */
export async function runExport(options: ExportOptions): Promise<ExportResult> {
  const graph = await loadDataGraph(options.data);
  const seeds = options.seeds === undefined ? [] : parseSeeds(options.seeds);
  if (options.seeds !== undefined && seeds.length === 0) {
    throw new InvalidInputError(
      `export: --seeds should name at least one entity, found ${JSON.stringify(options.seeds)}.`,
    );
  }
  const selected = await selectGraph(graph, seeds, {
    depth: options.depth,
    ...(options.limit !== undefined ? { limit: options.limit } : {}),
  });
  return {
    text: exportGraph(selected, options.format),
    format: options.format,
    nodes: selected.order,
    edges: selected.size,
  };
}

function parseFormatOption(value: string): ExportFormat {
  try {
    return parseExportFormat(value);
  } catch (error) {
    // commander turns InvalidArgumentError into a usage error (exit 2).
    throw new InvalidArgumentError((error as Error).message);
  }
}

function parseCountOption(value: string): number {
  const n = Number(value);
  if (value.trim() === "" || !Number.isInteger(n) || n < 0)
    throw new InvalidArgumentError("A whole number is expected.");
  return n;
}

/** Registers `kg export [--seeds LIST] [--depth N] [--limit N] [--format F] [--out FILE] [--data DIR]`. */
export function registerExport(program: Command): Command {
  const formats = EXPORT_FORMATS.map((f) => f.toLowerCase()).join(", ");
  return program
    .command("export")
    .description("export the graph, or the neighbourhood of some entities, as GEXF, GraphML, JSON, CSV or Cypher")
    .option("-s, --seeds <list>", "comma-separated entity ids or names (any alias); default: the whole graph")
    .option("--depth <n>", "hops around the seeds", parseCountOption, 1)
    .option("--limit <n>", "largest number of entities (seeds and the closest first)", parseCountOption)
    .option("-f, --format <format>", `one of ${formats}`, parseFormatOption, "JSON")
    .option("-o, --out <file>", "write to this file instead of stdout")
    .option("-d, --data <dir>", "data directory holding graph.json", "graph-data")
    .addHelpText(
      "after",
      [
        "",
        "Every format carries each relation's evidence (document, sentence, offsets, rule).",
        "",
        "Examples:",
        '  $ kg export --seeds "Scott Bessent,China" --depth 1 --format gexf --out bessent.gexf',
        "  $ kg export --format cypher > graph.cypher",
        "  $ kg export --seeds person:scott-bessent --format csv",
      ].join("\n"),
    )
    .action(async (options: ExportOptions) => {
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
