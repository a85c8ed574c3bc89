// Saving and loading graph-data/graph.json: graphology's export format with keys and attributes
// in a fixed order (same graph, same bytes), written atomically, validated when read. The only
// file-system code of the graph core besides live.ts; it does not build or query graphs.

import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ENTITY_TYPES, PREDICATES } from "../extraction/types.ts";
import { InvalidInputError, NotFoundError } from "./errors.ts";
import { createGraph, GRAPH_FORMAT_VERSION, type KnowledgeGraph } from "./model.ts";

/** Order of the node attributes in a saved graph (other attributes follow, sorted). */
export const NODE_ATTRIBUTE_ORDER = [
  "label",
  "name",
  "type",
  "aliases",
  "mentionCount",
  "documents",
  "mentions",
  "attributes",
  "degree",
  "pagerank",
  "community",
  "x",
  "y",
  "size",
  "color",
] as const;

/** Order of the edge attributes in a saved graph (other attributes follow, sorted). */
export const EDGE_ATTRIBUTE_ORDER = [
  "predicate",
  "attributes",
  "confidence",
  "evidence",
  "symmetric",
  "label",
  "size",
  "color",
] as const;

/** Order of the graph attributes in a saved graph (other attributes follow, sorted). */
export const GRAPH_ATTRIBUTE_ORDER = ["version", "builtAt", "documents", "statements", "merges"] as const;

type Plain = Record<string, unknown>;

function isPlain(value: unknown): value is Plain {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function sortedRecord(value: unknown): unknown {
  if (!isPlain(value)) return value;
  const sorted: Plain = {};
  for (const key of Object.keys(value).sort()) sorted[key] = value[key];
  return sorted;
}

/** `attributes` with the keys of `order` first, in that order, then the others sorted; `attributes.attributes` sorted too. */
function ordered(attributes: Plain, order: readonly string[]): Plain {
  const result: Plain = {};
  for (const key of order) if (key in attributes) result[key] = attributes[key];
  for (const key of Object.keys(attributes).sort()) if (!(key in result)) result[key] = attributes[key];
  if ("attributes" in result) result.attributes = sortedRecord(result.attributes);
  return result;
}

/**
 * The graph as text: graphology's `export()` object ({ options, attributes, nodes, edges }) with
 * attributes in a fixed order, 2-space indentation and a final newline. Same graph, same bytes.
 */
export function serializeGraph(graph: KnowledgeGraph): string {
  const data = {
    options: { type: "directed", multi: true, allowSelfLoops: false },
    attributes: ordered(graph.getAttributes() as unknown as Plain, GRAPH_ATTRIBUTE_ORDER),
    nodes: graph.mapNodes((key, attributes) => ({
      key,
      attributes: ordered(attributes as unknown as Plain, NODE_ATTRIBUTE_ORDER),
    })),
    edges: graph.mapEdges((key, attributes, source, target) => ({
      key,
      source,
      target,
      attributes: ordered(attributes as unknown as Plain, EDGE_ATTRIBUTE_ORDER),
    })),
  };
  return `${JSON.stringify(data, null, 2)}\n`;
}

let tempCounter = 0;

/** Writes a file through a temporary file in the same directory and a rename, so readers never see half of it. */
export function writeFileAtomic(file: string, content: string | Uint8Array): void {
  const directory = path.dirname(file);
  mkdirSync(directory, { recursive: true });
  const temp = path.join(directory, `.${path.basename(file)}.${process.pid}.${tempCounter++}.tmp`);
  try {
    writeFileSync(temp, content);
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/** Saves the graph to `file` (see `serializeGraph`), atomically. */
export function saveGraph(graph: KnowledgeGraph, file: string): void {
  writeFileAtomic(file, serializeGraph(graph));
}

function invalid(file: string, thing: string, expected: string, found: string): InvalidInputError {
  return new InvalidInputError(`store: ${thing} of ${file} should be ${expected}, found ${found}.`);
}

function describe(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === "object") return "an object";
  return String(value);
}

/** Checks the shape of a parsed graph file, naming the file and the first problem found. */
function validateGraphData(
  file: string,
  data: unknown,
): asserts data is { attributes: Plain; nodes: Plain[]; edges: Plain[] } {
  if (!isPlain(data)) throw invalid(file, "the content", "a graph object", describe(data));
  const attributes = data.attributes;
  if (!isPlain(attributes)) throw invalid(file, "attributes", "an object", describe(attributes));
  if (attributes.version !== GRAPH_FORMAT_VERSION) {
    throw invalid(file, "the format version", String(GRAPH_FORMAT_VERSION), describe(attributes.version));
  }
  for (const key of ["documents", "statements", "merges"]) {
    if (!Array.isArray(attributes[key]))
      throw invalid(file, `attributes.${key}`, "an array", describe(attributes[key]));
  }
  if (typeof attributes.builtAt !== "string") {
    throw invalid(file, "attributes.builtAt", "a string", describe(attributes.builtAt));
  }
  if (isPlain(data.options) && (data.options.type !== "directed" || data.options.multi !== true)) {
    throw invalid(
      file,
      "options",
      "a multi directed graph",
      `${describe(data.options.type)} multi=${describe(data.options.multi)}`,
    );
  }
  if (!Array.isArray(data.nodes)) throw invalid(file, "nodes", "an array", describe(data.nodes));
  if (!Array.isArray(data.edges)) throw invalid(file, "edges", "an array", describe(data.edges));
  data.nodes.forEach((node: unknown, i) => {
    const where = `nodes[${i}]`;
    if (!isPlain(node) || typeof node.key !== "string") throw invalid(file, where, "a node with a key", describe(node));
    const a = node.attributes;
    if (!isPlain(a)) throw invalid(file, `${where}.attributes`, "an object", describe(a));
    if (typeof a.name !== "string") throw invalid(file, `${where}.name`, "a string", describe(a.name));
    if (!ENTITY_TYPES.includes(a.type as never))
      throw invalid(file, `${where}.type`, "an entity type", describe(a.type));
    if (!Array.isArray(a.aliases) || !Array.isArray(a.documents) || !Array.isArray(a.mentions)) {
      throw invalid(file, `${where}`, "a node with aliases, documents and mentions arrays", "another shape");
    }
  });
  data.edges.forEach((edge: unknown, i) => {
    const where = `edges[${i}]`;
    if (
      !isPlain(edge) ||
      typeof edge.key !== "string" ||
      typeof edge.source !== "string" ||
      typeof edge.target !== "string"
    ) {
      throw invalid(file, where, "an edge with key, source and target", describe(edge));
    }
    const a = edge.attributes;
    if (!isPlain(a)) throw invalid(file, `${where}.attributes`, "an object", describe(a));
    if (!PREDICATES.includes(a.predicate as never))
      throw invalid(file, `${where}.predicate`, "a predicate", describe(a.predicate));
    if (!Array.isArray(a.evidence) || a.evidence.length === 0) {
      throw invalid(file, `${where}.evidence`, "a non-empty array", describe(a.evidence));
    }
  });
}

/**
 * Loads a graph saved by `saveGraph`. Throws `NotFoundError` when the file does not exist and
 * `InvalidInputError` (naming the file) when it is not valid JSON, is of another format version
 * than `GRAPH_FORMAT_VERSION`, or is not a well-formed knowledge graph.
 */
export function loadGraph(file: string): KnowledgeGraph {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    const code = error !== null && typeof error === "object" && "code" in error ? String(error.code) : "";
    if (code === "ENOENT") throw new NotFoundError(`store: ${file} should exist, found nothing.`);
    throw new InvalidInputError(`store: ${file} should be readable, found ${code || String(error)}.`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw invalid(
      file,
      "the content",
      "JSON",
      `a syntax error (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  validateGraphData(file, data);
  const graph = createGraph();
  try {
    graph.import({ attributes: data.attributes, nodes: data.nodes, edges: data.edges } as never);
  } catch (error) {
    throw invalid(
      file,
      "the graph",
      "importable",
      `an error (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  return graph;
}
