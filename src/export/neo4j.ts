// Neo4j bulk export: the two CSV files `neo4j-admin database import full` reads — nodes with
// `id:ID(Entity)` and `:LABEL`, relationships with `:START_ID(Entity)`, `:END_ID(Entity)` and
// `:TYPE` — with typed property columns (`:int`, `:double`, `:boolean`, `:string[]`) named as the
// Cypher export names them, so the same queries run on a database loaded either way. For graphs
// that outgrow one machine: a million relations load in seconds where the Cypher script's
// statements take hours. Text comes in chunks of lines (generators), so a caller can stream files
// larger than a JavaScript string; no I/O here.

import type { KnowledgeGraph } from "../graph/model.ts";
import { EDGE_PROPERTIES, NODE_PROPERTIES } from "./cypher.ts";
import {
  evidenceJson,
  extraColumnNames,
  extraColumns,
  flattenEdge,
  flattenNode,
  recordJson,
  sortedEdges,
  sortedNodes,
  toWellFormed,
} from "./flatten.ts";

/**
 * The array delimiter of the files (U+001F, the ASCII unit separator): names and sentences hold
 * ";" (neo4j-admin's default), never this control character, which is removed from the items.
 * Pass it to neo4j-admin as `--array-delimiter=U+001F`.
 */
export const NEO4J_ARRAY_DELIMITER = "\u001f";

/** The file names `kg export --format neo4j` writes in its directory. */
export const NEO4J_FILES = { nodes: "nodes.csv", relationships: "relationships.csv" } as const;

/** The ID space of the entity ids (`:ID(Entity)`), which the relationship ends refer to. */
export const NEO4J_ID_SPACE = "Entity";

/** Lines per chunk the generators yield: large enough for fast writes, small enough to stream. */
const LINES_PER_CHUNK = 2000;

/** A JSON text (evidence, attributes): no raw line break or lone surrogate in it, only quotes to double. */
interface Json {
  json: string;
}

type CellValue = string | number | boolean | string[] | Json | null;

/**
 * A string field: always quoted, quotes doubled (RFC 4180, neo4j-admin's default quoting). Line
 * breaks become spaces, so that the import needs no `--multiline-fields` (which makes it read
 * single-threaded); the JSON columns keep every character exactly.
 */
function quoted(value: string): string {
  if (!NEEDS_WORK.test(value)) return `"${value}"`;
  return `"${toWellFormed(value).replace(LINE_BREAKS, " ").replaceAll('"', '""')}"`;
}

// What `quoted` changes: quotes, line breaks, surrogates (lone ones become U+FFFD). Tested first,
// since most names and sentences hold none of them.
const NEEDS_WORK = /["\r\n\u0085\u2028\u2029\uD800-\uDFFF]/;
const LINE_BREAKS = /\r\n|[\r\n\u0085\u2028\u2029]/g;

function arrayItem(value: string): string {
  return value.includes(NEO4J_ARRAY_DELIMITER) ? value.replaceAll(NEO4J_ARRAY_DELIMITER, "") : value;
}

/** One field. null and empty arrays are empty fields (no property); numbers never quoted. */
function field(value: CellValue): string {
  if (value === null) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "true" : "false";
  if (Array.isArray(value)) return value.length ? quoted(value.map(arrayItem).join(NEO4J_ARRAY_DELIMITER)) : "";
  if (typeof value === "object") return `"${value.json.replaceAll('"', '""')}"`;
  return quoted(value);
}

function headerLine(names: string[]): string {
  return names.map((name) => (/^[\w:()[\]]+$/.test(name) ? name : quoted(name))).join(",");
}

function* chunked(header: string, rows: Iterable<string>): Generator<string> {
  let lines: string[] = [header];
  for (const row of rows) {
    lines.push(row);
    if (lines.length >= LINES_PER_CHUNK) {
      yield `${lines.join("\n")}\n`;
      lines = [];
    }
  }
  if (lines.length) yield `${lines.join("\n")}\n`;
}

/** The name a node's extra fact or a relation attribute takes as a column (a string property). */
function extraHeader(name: string): string {
  return name.includes(":") ? name.replaceAll(":", "_") : name;
}

/** The nodes header for the given extra fact columns. */
function nodeHeaders(extras: string[]): string[] {
  return [
    `id:ID(${NEO4J_ID_SPACE})`,
    ":LABEL",
    "name",
    "label",
    "type",
    "aliases:string[]",
    "mention_count:int",
    "documents:string[]",
    "degree:int",
    "pagerank:double",
    "community:int",
    "x:double",
    "y:double",
    "size:double",
    "color",
    "attributes",
    ...extras.map(extraHeader),
  ];
}

/** One node's fields, in the order of `nodeHeaders`. */
function nodeRow(graph: KnowledgeGraph, key: string, extras: string[]): string {
  const n = flattenNode(graph, key);
  const extra = new Map(extraColumns(n.attributes, NODE_PROPERTIES));
  const values: CellValue[] = [
    n.id,
    n.type ? ["Entity", n.type] : ["Entity"],
    n.name,
    n.label,
    n.type,
    n.aliases,
    n.mentionCount,
    n.documents,
    n.degree,
    n.pagerank,
    n.community,
    n.x,
    n.y,
    n.size,
    n.color || null,
    { json: recordJson(n.attributes) },
    ...extras.map((name) => extra.get(name) ?? null),
  ];
  return values.map(field).join(",");
}

/** The relationships header for the given extra attribute columns. */
function edgeHeaders(extras: string[]): string[] {
  return [
    `:START_ID(${NEO4J_ID_SPACE})`,
    `:END_ID(${NEO4J_ID_SPACE})`,
    ":TYPE",
    "id",
    "label",
    "predicate",
    "confidence:double",
    "symmetric:boolean",
    "size:double",
    "color",
    "attributes",
    ...extras.map(extraHeader),
    "evidence",
    "evidence_count:int",
    "evidence_documents:string[]",
    "evidence_sentences:string[]",
    "evidence_rules:string[]",
  ];
}

/** One relation's fields, in the order of `edgeHeaders`. */
function edgeRow(graph: KnowledgeGraph, key: string, extras: string[]): string {
  const e = flattenEdge(graph, key);
  const extra = new Map(extraColumns(e.attributes, EDGE_PROPERTIES));
  const values: CellValue[] = [
    e.source,
    e.target,
    e.predicate || "RELATED_TO",
    e.id,
    e.label,
    e.predicate,
    e.confidence,
    e.symmetric,
    e.size,
    e.color || null,
    { json: recordJson(e.attributes) },
    ...extras.map((name) => extra.get(name) ?? null),
    { json: evidenceJson(e.evidence) },
    e.evidence.length,
    e.evidenceDocuments,
    e.evidenceSentences,
    e.evidenceRules,
  ];
  return values.map(field).join(",");
}

function* rows(keys: string[], row: (key: string) => string): Generator<string> {
  for (const key of keys) yield row(key);
}

function extraNames(keys: string[], attributes: (key: string) => unknown, reserved: ReadonlySet<string>): string[] {
  const records = keys.map((key) => {
    const value = attributes(key);
    return value && typeof value === "object" ? (value as Record<string, string>) : {};
  });
  return extraColumnNames(records, reserved);
}

/**
 * The nodes file in chunks of lines: the header, then one row per entity in key order. Labels are
 * `Entity` and the entity's type; properties as the Cypher export sets them, typed in the header.
 */
export function* neo4jNodeChunks(graph: KnowledgeGraph): Generator<string> {
  const keys = sortedNodes(graph);
  const extras = extraNames(keys, (key) => graph.getNodeAttribute(key, "attributes"), NODE_PROPERTIES);
  yield* chunked(
    headerLine(nodeHeaders(extras)),
    rows(keys, (key) => nodeRow(graph, key, extras)),
  );
}

/**
 * The relationships file in chunks of lines: the header, then one row per relation in key order,
 * type = predicate, with the evidence as JSON and its documents, sentences and rules as arrays.
 */
export function* neo4jRelationshipChunks(graph: KnowledgeGraph): Generator<string> {
  const keys = sortedEdges(graph);
  const extras = extraNames(keys, (key) => graph.getEdgeAttribute(key, "attributes"), EDGE_PROPERTIES);
  yield* chunked(
    headerLine(edgeHeaders(extras)),
    rows(keys, (key) => edgeRow(graph, key, extras)),
  );
}

/** The nodes file as one string (for the API and small graphs). */
export function exportNeo4jNodes(graph: KnowledgeGraph): string {
  return [...neo4jNodeChunks(graph)].join("");
}

/** The relationships file as one string (for the API and small graphs). */
export function exportNeo4jRelationships(graph: KnowledgeGraph): string {
  return [...neo4jRelationshipChunks(graph)].join("");
}

/**
 * The command that loads the two files into a new database `database`, run from Neo4j's home with
 * the files in `dir` (Neo4j 5: `neo4j-admin database import full`).
 */
export function neo4jImportCommand(dir: string, database = "neo4j"): string {
  const file = (name: string) => (dir ? `${dir.replace(/\/+$/, "")}/${name}` : name);
  return [
    `bin/neo4j-admin database import full ${database}`,
    `  --nodes=${file(NEO4J_FILES.nodes)}`,
    `  --relationships=${file(NEO4J_FILES.relationships)}`,
    "  --array-delimiter=U+001F",
    "  --overwrite-destination=true",
  ].join(" \\\n");
}
