// CSV export: one RFC 4180 table of nodes and edges told apart by a leading `kind` column, with the
// evidence of every edge as columns and as JSON. Text cells that a spreadsheet would run as a
// formula get a leading apostrophe (OWASP's advice). Writes a string; no I/O here.

import type { KnowledgeGraph } from "../graph/model.ts";
import {
  evidenceJson,
  flattenEdge,
  flattenNode,
  LIST_SEPARATOR,
  recordJson,
  SENTENCE_SEPARATOR,
  sortedEdges,
  sortedNodes,
  toWellFormed,
} from "./flatten.ts";

/** The columns of the CSV export, in order. */
export const CSV_COLUMNS = [
  "kind",
  "id",
  "label",
  "type",
  "aliases",
  "mention_count",
  "documents",
  "degree",
  "pagerank",
  "community",
  "x",
  "y",
  "source",
  "target",
  "predicate",
  "confidence",
  "attributes",
  "evidence_count",
  "evidence_documents",
  "evidence_sentences",
  "evidence_rules",
  "evidence",
] as const;

/** One CSV column name. */
export type CsvColumn = (typeof CSV_COLUMNS)[number];

type Cell = string | number | null;

// OWASP "CSV Injection": a cell starting with one of these is read as a formula by Excel,
// LibreOffice or Google Sheets (NUL added after OWASP ASVS 1.2.10).
const FORMULA_TRIGGERS = /^[=+\-@\t\r\0]/;

/**
 * Guards a text cell against formula injection: a value starting with =, +, -, @, tab, carriage
 * return or NUL gets a leading apostrophe, which spreadsheets read as "this is text". Numbers are
 * never guarded (a negative coordinate stays a number). Readers undo it by dropping an apostrophe
 * followed by one of those characters.
 */
export function guardCsvFormula(value: string): string {
  return FORMULA_TRIGGERS.test(value) ? `'${value}` : value;
}

/** Quotes a CSV field as RFC 4180 says: in double quotes, quotes doubled, when it holds a comma, quote, CR or LF. */
export function quoteCsvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

function cell(value: Cell): string {
  if (value === null) return "";
  if (typeof value === "number") return String(value);
  return quoteCsvField(guardCsvFormula(toWellFormed(value)));
}

function row(values: Partial<Record<CsvColumn, Cell>>): string {
  return CSV_COLUMNS.map((column) => cell(values[column] ?? null)).join(",");
}

/**
 * Serialises a knowledge graph as one CSV table (RFC 4180: CRLF line ends, a header row, fields
 * quoted when needed), nodes first then edges, each in key order. Node rows fill kind ("node"),
 * id, label, type, aliases and documents (joined with "; "), mention_count, degree, pagerank,
 * community, x, y and attributes (JSON of the node's extra facts); edge rows fill kind ("edge"),
 * id, label, source, target, predicate, confidence, attributes (JSON), evidence_count,
 * evidence_documents and evidence_rules (joined with "; "), evidence_sentences (one per line) and
 * evidence (JSON of the whole list). Text cells are guarded against formula injection
 * (`guardCsvFormula`).
 */
export function exportCsv(graph: KnowledgeGraph): string {
  const lines = [CSV_COLUMNS.join(",")];
  for (const key of sortedNodes(graph)) {
    const n = flattenNode(graph, key);
    lines.push(
      row({
        kind: "node",
        id: n.id,
        label: n.label,
        type: n.type,
        aliases: n.aliases.join(LIST_SEPARATOR),
        mention_count: n.mentionCount,
        documents: n.documents.join(LIST_SEPARATOR),
        degree: n.degree,
        pagerank: n.pagerank,
        community: n.community,
        x: n.x,
        y: n.y,
        attributes: recordJson(n.attributes),
      }),
    );
  }
  for (const key of sortedEdges(graph)) {
    const e = flattenEdge(graph, key);
    lines.push(
      row({
        kind: "edge",
        id: e.id,
        label: e.label,
        source: e.source,
        target: e.target,
        predicate: e.predicate,
        confidence: e.confidence,
        attributes: recordJson(e.attributes),
        evidence_count: e.evidence.length,
        evidence_documents: e.evidenceDocuments.join(LIST_SEPARATOR),
        evidence_sentences: e.evidenceSentences.join(SENTENCE_SEPARATOR),
        evidence_rules: e.evidenceRules.join(LIST_SEPARATOR),
        evidence: evidenceJson(e.evidence),
      }),
    );
  }
  return `${lines.join("\r\n")}\r\n`;
}
