// Exports of a knowledge graph (or of a subgraph) as files: GEXF (1.3 and 1.2draft), GraphML, JSON,
// CSV, Cypher and the two CSV files of Neo4j's bulk import, with the media type and extension of
// each for downloads. The one entry point the API and the CLI call; it only turns a graph into text
// and never reads or writes files.

import path from "node:path";
import { InvalidInputError } from "../errors.ts";
import type { KnowledgeGraph } from "../graph/model.ts";
import { exportCsv } from "./csv.ts";
import { exportCypher } from "./cypher.ts";
import { exportGexf } from "./gexf.ts";
import { exportGraphml } from "./graphml.ts";
import { exportJson } from "./json.ts";
import { exportNeo4jNodes, exportNeo4jRelationships } from "./neo4j.ts";

export { CSV_COLUMNS, exportCsv, guardCsvFormula } from "./csv.ts";
export { CYPHER_CONSTRAINT, cypherString, exportCypher } from "./cypher.ts";
export { exportGexf, type GexfOptions, type GexfVersion, rgbColor } from "./gexf.ts";
export { exportGraphml } from "./graphml.ts";
export { exportJson } from "./json.ts";
export {
  exportNeo4jNodes,
  exportNeo4jRelationships,
  NEO4J_ARRAY_DELIMITER,
  NEO4J_FILES,
  NEO4J_ID_SPACE,
  neo4jImportCommand,
  neo4jNodeChunks,
  neo4jRelationshipChunks,
} from "./neo4j.ts";

/**
 * The export formats, as the GraphQL enum `ExportFormat` spells them. `GEXF` is GEXF 1.3 (Gephi
 * 0.9.3+, networkx 3.6+); `GEXF12` is GEXF 1.2draft, for networkx before 3.6 and older tools;
 * `NEO4J_NODES` and `NEO4J_RELATIONSHIPS` are the two files of `neo4j-admin database import full`.
 */
export const EXPORT_FORMATS = [
  "GEXF",
  "GRAPHML",
  "JSON",
  "CSV",
  "CYPHER",
  "GEXF12",
  "NEO4J_NODES",
  "NEO4J_RELATIONSHIPS",
] as const;

/** One export format. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** How a downloaded export is named and typed. */
export interface ExportMedia {
  /** File extension with its leading dot (".gexf"). */
  extension: string;
  /** Value of the Content-Type header. */
  contentType: string;
  /** What a download's name adds before the extension ("-nodes" for knowledge-graph-nodes.csv). */
  suffix?: string;
}

/** File extension and media type of each format, for `GET /export` and `kg export --out`. */
export const EXPORT_MEDIA: Record<ExportFormat, ExportMedia> = {
  GEXF: { extension: ".gexf", contentType: "application/gexf+xml" },
  GEXF12: { extension: ".gexf", contentType: "application/gexf+xml" },
  GRAPHML: { extension: ".graphml", contentType: "application/graphml+xml" },
  JSON: { extension: ".json", contentType: "application/json" },
  CSV: { extension: ".csv", contentType: "text/csv" },
  CYPHER: { extension: ".cypher", contentType: "text/plain" },
  NEO4J_NODES: { extension: ".csv", contentType: "text/csv", suffix: "-nodes" },
  NEO4J_RELATIONSHIPS: { extension: ".csv", contentType: "text/csv", suffix: "-relationships" },
};

const WRITERS: Record<ExportFormat, (graph: KnowledgeGraph) => string> = {
  GEXF: (graph) => exportGexf(graph, { version: "1.3" }),
  GEXF12: (graph) => exportGexf(graph, { version: "1.2" }),
  GRAPHML: exportGraphml,
  JSON: exportJson,
  CSV: exportCsv,
  CYPHER: exportCypher,
  NEO4J_NODES: exportNeo4jNodes,
  NEO4J_RELATIONSHIPS: exportNeo4jRelationships,
};

/** True when `value` is one of `EXPORT_FORMATS` (exact, upper case). */
export function isExportFormat(value: unknown): value is ExportFormat {
  return typeof value === "string" && (EXPORT_FORMATS as readonly string[]).includes(value);
}

/**
 * Reads a format name as users type it ("gexf", "GraphML", " csv "), case-insensitively.
 * Throws `InvalidInputError` for anything else.
 */
export function parseExportFormat(value: string): ExportFormat {
  const format = value.trim().toUpperCase();
  if (isExportFormat(format)) return format;
  const names = EXPORT_FORMATS.map((f) => f.toLowerCase()).join(", ");
  throw new InvalidInputError(`export: format should be one of ${names}, found ${JSON.stringify(value)}.`);
}

/** The format each file extension stands for (lower case, leading dot). `.gexf` is GEXF 1.3. */
export const FORMAT_BY_EXTENSION: Readonly<Record<string, ExportFormat>> = {
  ".gexf": "GEXF",
  ".graphml": "GRAPHML",
  ".json": "JSON",
  ".csv": "CSV",
  ".cypher": "CYPHER",
  ".cql": "CYPHER",
};

/** The extension of a file name, lower case with its dot ("" when it has none). */
function extensionOf(file: string): string {
  return path.extname(file).toLowerCase();
}

/** The format a file name's extension stands for (`x.gexf` → GEXF, `x.cql` → CYPHER), or null. */
export function formatForFile(file: string): ExportFormat | null {
  return FORMAT_BY_EXTENSION[extensionOf(file)] ?? null;
}

/**
 * The format to write `file` in: `format` when given, else the one its extension stands for, else
 * `fallback`. Throws `InvalidInputError` when `format` and a known extension disagree (`--format
 * csv --out x.gexf`); GEXF12 goes with `.gexf`.
 */
export function exportFormatFor(
  format: ExportFormat | undefined,
  file: string | undefined,
  fallback: ExportFormat = "JSON",
): ExportFormat {
  const inferred = file === undefined ? null : formatForFile(file);
  if (format === undefined) return inferred ?? fallback;
  if (inferred !== null && EXPORT_MEDIA[format].extension !== EXPORT_MEDIA[inferred].extension) {
    throw new InvalidInputError(
      `export: the format should match the file's extension ${extensionOf(file!)} (${inferred.toLowerCase()}), found ${format.toLowerCase()}.`,
    );
  }
  return format;
}

/**
 * Serialises a knowledge graph in one of the export formats. Every format carries the evidence of
 * every edge; the same graph always gives the same text. Throws `InvalidInputError` for a format
 * outside `EXPORT_FORMATS`.
 */
export function exportGraph(graph: KnowledgeGraph, format: ExportFormat): string {
  if (!isExportFormat(format)) {
    throw new InvalidInputError(
      `export: format should be one of ${EXPORT_FORMATS.join(", ")}, found ${JSON.stringify(format)}.`,
    );
  }
  return WRITERS[format](graph);
}
