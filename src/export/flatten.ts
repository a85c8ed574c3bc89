// Shared helpers of the exports: the deterministic order of nodes and edges, and the flattening of
// their attributes (lists, records, evidence) into the scalar columns of GEXF, GraphML, CSV and
// Cypher. Pure functions of the graph; no file syntax (XML, CSV, Cypher quoting) and no I/O here.

import { InvalidInputError } from "../errors.ts";
import type { Evidence } from "../extraction/types.ts";
import { compareStrings } from "../graph/keys.ts";
import type { KnowledgeGraph } from "../graph/model.ts";

/** Separator of the flattened lists (aliases, documents, evidence documents and rules). */
export const LIST_SEPARATOR = "; ";

/** Separator of the evidence sentences in the flattened `evidence_sentences` text. */
export const SENTENCE_SEPARATOR = "\n";

/** A node's attributes flattened for the exports; numbers that are not finite become null. */
export interface FlatNode {
  /** The node key (entity id). */
  id: string;
  label: string;
  name: string;
  type: string;
  aliases: string[];
  mentionCount: number | null;
  documents: string[];
  degree: number | null;
  pagerank: number | null;
  community: number | null;
  x: number | null;
  y: number | null;
  size: number | null;
  color: string;
  /** The node's extra facts (a Meeting's date, place…), keys sorted. */
  attributes: Record<string, string>;
}

/** An edge's attributes flattened for the exports; the evidence is kept whole and summarised. */
export interface FlatEdge {
  /** The edge key (relation id). */
  id: string;
  source: string;
  target: string;
  label: string;
  predicate: string;
  confidence: number | null;
  symmetric: boolean;
  size: number | null;
  color: string;
  /** The relation's attributes (title, rate…), keys sorted. */
  attributes: Record<string, string>;
  /** Every piece of evidence, as stored on the edge. */
  evidence: Evidence[];
  /** Distinct document ids of the evidence, sorted. */
  evidenceDocuments: string[];
  /** Distinct sentences of the evidence, in evidence order. */
  evidenceSentences: string[];
  /** Distinct rule ids of the evidence, sorted. */
  evidenceRules: string[];
}

/** The node keys of a graph in code-unit order: every export writes nodes in this order. */
export function sortedNodes(graph: KnowledgeGraph): string[] {
  return graph.nodes().sort(compareStrings);
}

/** The edge keys of a graph in code-unit order: every export writes edges in this order. */
export function sortedEdges(graph: KnowledgeGraph): string[] {
  return graph.edges().sort(compareStrings);
}

function finite(value: unknown): number | null {
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

function text(value: unknown): string {
  return typeof value === "string" ? value : value === undefined || value === null ? "" : String(value);
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.map(text) : [];
}

function sortedRecord(value: unknown): Record<string, string> {
  const record: Record<string, string> = {};
  if (!value || typeof value !== "object") return record;
  const entries = Object.entries(value as Record<string, unknown>);
  for (const [key, item] of entries.sort(([a], [b]) => compareStrings(a, b))) record[key] = text(item);
  return record;
}

function distinct(values: string[]): string[] {
  return [...new Set(values)];
}

/** A node's attributes, flattened. Missing attributes (a node not yet measured) give null or empty values. */
export function flattenNode(graph: KnowledgeGraph, key: string): FlatNode {
  const a = graph.getNodeAttributes(key);
  return {
    id: key,
    label: text(a.label ?? a.name),
    name: text(a.name ?? a.label),
    type: text(a.type),
    aliases: strings(a.aliases),
    mentionCount: finite(a.mentionCount),
    documents: strings(a.documents),
    degree: finite(a.degree),
    pagerank: finite(a.pagerank),
    community: finite(a.community),
    x: finite(a.x),
    y: finite(a.y),
    size: finite(a.size),
    color: text(a.color),
    attributes: sortedRecord(a.attributes),
  };
}

/** An edge's attributes, flattened, with its evidence summarised (documents, sentences, rules). */
export function flattenEdge(graph: KnowledgeGraph, key: string): FlatEdge {
  const a = graph.getEdgeAttributes(key);
  const evidence = Array.isArray(a.evidence) ? a.evidence : [];
  return {
    id: key,
    source: graph.source(key),
    target: graph.target(key),
    label: text(a.label ?? a.predicate),
    predicate: text(a.predicate),
    confidence: finite(a.confidence),
    symmetric: a.symmetric === true,
    size: finite(a.size),
    color: text(a.color),
    attributes: sortedRecord(a.attributes),
    evidence,
    evidenceDocuments: distinct(evidence.map((e) => text(e.document))).sort(compareStrings),
    evidenceSentences: distinct(evidence.map((e) => text(e.sentence))),
    evidenceRules: distinct(evidence.map((e) => text(e.rule))).sort(compareStrings),
  };
}

// NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR: valid in JSON strings, but XML readers that follow
// XML 1.1's line-end rules (xmldom among them) turn them into line feeds or spaces.
const LINE_ENDS = /[\u0085\u2028\u2029]/g;

function escapeLineEnds(json: string): string {
  return json.replace(LINE_ENDS, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/**
 * JSON of the evidence list, as stored (field order of the extraction contract). Only ASCII-safe
 * escapes differ from JSON.stringify: U+0085, U+2028 and U+2029 are written as \uXXXX, so the JSON
 * survives any XML reader and parses back to exactly the same evidence.
 */
export function evidenceJson(evidence: Evidence[]): string {
  return escapeLineEnds(JSON.stringify(evidence));
}

/** JSON of a string record (keys already sorted by the flattening), escaped as `evidenceJson`. */
export function recordJson(record: Record<string, string>): string {
  return escapeLineEnds(JSON.stringify(record));
}

/**
 * The extra columns of a record (a relation's title, rate…; a Meeting's date, place…), sorted by
 * key: a key keeps its name unless it is one of the format's own columns, in which case it is
 * written as `attr_<key>`. The whole record also travels as JSON in the `attributes` column.
 */
export function extraColumns(record: Record<string, string>, reserved: ReadonlySet<string>): [string, string][] {
  return Object.keys(record)
    .sort(compareStrings)
    .map((key): [string, string] => [reserved.has(key) ? `attr_${key}` : key, record[key] ?? ""]);
}

/** The union of the extra column names over several records, in code-unit order. */
export function extraColumnNames(records: Record<string, string>[], reserved: ReadonlySet<string>): string[] {
  const names = new Set<string>();
  for (const record of records) for (const [name] of extraColumns(record, reserved)) names.add(name);
  return [...names].sort(compareStrings);
}

// Characters XML 1.0 forbids even as character references: C0 controls other than tab, line feed
// and carriage return, lone surrogates, U+FFFE and U+FFFF.
const XML_INVALID = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/**
 * Text made safe for XML: the characters XML 1.0 cannot hold (most C0 controls, lone surrogates,
 * U+FFFE/U+FFFF) are removed, and NEL, U+2028 and U+2029 become line feeds, as XML 1.1 readers
 * would read them anyway.
 */
export function stripXmlInvalid(value: string): string {
  return value.replace(XML_INVALID, "").replace(LINE_ENDS, "\n");
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Replaces lone surrogates (which UTF-8 cannot encode) with U+FFFD, as writing the text as UTF-8 would. */
export function toWellFormed(value: string): string {
  return value.replace(LONE_SURROGATE, "\uFFFD");
}

/**
 * Node or edge keys made XML-safe. Throws `InvalidInputError` when two keys become the same once
 * the forbidden characters are removed, since the file would then hold a duplicate id.
 */
export function xmlKeys(keys: string[], module: string): Map<string, string> {
  const safe = new Map<string, string>();
  const seen = new Map<string, string>();
  for (const key of keys) {
    const clean = stripXmlInvalid(key);
    const previous = seen.get(clean);
    if (previous !== undefined) {
      throw new InvalidInputError(
        `${module}: keys should stay distinct without XML-forbidden characters, found ${JSON.stringify(previous)} and ${JSON.stringify(key)}.`,
      );
    }
    seen.set(clean, key);
    safe.set(key, clean);
  }
  return safe;
}
