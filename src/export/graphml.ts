// GraphML export, written here (graphology-graphml only parses): typed <key> declarations, node
// and edge ids, XML escaping, the same flattened attributes as the GEXF export, and Gephi's
// conventional x/y/size/r/g/b/weight keys. Writes a string; no I/O here.

import type { KnowledgeGraph } from "../graph/model.ts";
import {
  evidenceJson,
  extraColumnNames,
  extraColumns,
  type FlatEdge,
  type FlatNode,
  flattenEdge,
  flattenNode,
  LIST_SEPARATOR,
  recordJson,
  SENTENCE_SEPARATOR,
  sortedEdges,
  sortedNodes,
  stripXmlInvalid,
  xmlKeys,
} from "./flatten.ts";

type KeyType = "string" | "int" | "double" | "boolean";
type Value = string | number | boolean | null;

interface KeyDecl {
  id: string;
  for: "node" | "edge";
  name: string;
  type: KeyType;
}

const NODE_KEYS: [string, KeyType][] = [
  ["label", "string"],
  ["name", "string"],
  ["type", "string"],
  ["aliases", "string"],
  ["mentionCount", "int"],
  ["documents", "string"],
  ["degree", "int"],
  ["pagerank", "double"],
  ["community", "int"],
  ["x", "double"],
  ["y", "double"],
  ["size", "double"],
  ["color", "string"],
  ["r", "int"],
  ["g", "int"],
  ["b", "int"],
  ["attributes", "string"],
];

const EDGE_KEYS: [string, KeyType][] = [
  ["label", "string"],
  ["predicate", "string"],
  ["confidence", "double"],
  ["weight", "double"],
  ["symmetric", "boolean"],
  ["size", "double"],
  ["color", "string"],
  ["r", "int"],
  ["g", "int"],
  ["b", "int"],
  ["attributes", "string"],
  ["evidence", "string"],
  ["evidence_count", "int"],
  ["evidence_documents", "string"],
  ["evidence_sentences", "string"],
  ["evidence_rules", "string"],
];

const NODE_RESERVED: ReadonlySet<string> = new Set(NODE_KEYS.map(([name]) => name));
const EDGE_RESERVED: ReadonlySet<string> = new Set(EDGE_KEYS.map(([name]) => name));

/** Escapes text content: &, <, > and carriage returns (which XML parsers would fold into line feeds). */
function escapeText(value: string): string {
  return stripXmlInvalid(value)
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll("\r", "&#xD;");
}

/** Escapes an attribute value, whitespace included (XML parsers would turn raw tabs and newlines into spaces). */
function escapeAttribute(value: string): string {
  return escapeText(value).replaceAll('"', "&quot;").replaceAll("\t", "&#x9;").replaceAll("\n", "&#xA;");
}

/** The 8-bit red, green and blue of a #rgb or #rrggbb colour, or null for any other colour text. */
function rgb(color: string): [number, number, number] | null {
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(color);
  const long = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  const parts = long ? long.slice(1) : short ? short.slice(1).map((c) => c + c) : null;
  return parts ? (parts.map((part) => Number.parseInt(part, 16)) as [number, number, number]) : null;
}

function colorValues(color: string): [string, Value][] {
  const channels = rgb(color);
  return [
    ["color", color],
    ["r", channels?.[0] ?? null],
    ["g", channels?.[1] ?? null],
    ["b", channels?.[2] ?? null],
  ];
}

function nodeValues(n: FlatNode): [string, Value][] {
  return [
    ["label", n.label],
    ["name", n.name],
    ["type", n.type],
    ["aliases", n.aliases.join(LIST_SEPARATOR)],
    ["mentionCount", n.mentionCount],
    ["documents", n.documents.join(LIST_SEPARATOR)],
    ["degree", n.degree],
    ["pagerank", n.pagerank],
    ["community", n.community],
    ["x", n.x],
    ["y", n.y],
    ["size", n.size],
    ...colorValues(n.color),
    ["attributes", recordJson(n.attributes)],
    ...extraColumns(n.attributes, NODE_RESERVED),
  ];
}

function edgeValues(e: FlatEdge): [string, Value][] {
  return [
    ["label", e.label],
    ["predicate", e.predicate],
    ["confidence", e.confidence],
    ["weight", e.confidence],
    ["symmetric", e.symmetric],
    ["size", e.size],
    ...colorValues(e.color),
    ["attributes", recordJson(e.attributes)],
    ["evidence", evidenceJson(e.evidence)],
    ["evidence_count", e.evidence.length],
    ["evidence_documents", e.evidenceDocuments.join(LIST_SEPARATOR)],
    ["evidence_sentences", e.evidenceSentences.join(SENTENCE_SEPARATOR)],
    ["evidence_rules", e.evidenceRules.join(LIST_SEPARATOR)],
    ...extraColumns(e.attributes, EDGE_RESERVED),
  ];
}

function dataLines(values: [string, Value][], ids: Map<string, string>): string[] {
  const lines: string[] = [];
  for (const [name, value] of values) {
    if (value === null) continue;
    const text = typeof value === "string" ? escapeText(value) : String(value);
    lines.push(`      <data key="${ids.get(name)}">${text}</data>`);
  }
  return lines;
}

/**
 * Serialises a knowledge graph as GraphML (directed, parallel edges allowed). Every attribute is
 * declared by a `<key>` with its `attr.name` and `attr.type` (string, int, double, boolean).
 * Nodes carry label, name, type, aliases and documents (joined with "; "), mentionCount, degree,
 * pagerank, community, x, y, size, color and its r/g/b channels (as Gephi reads them), attributes
 * (JSON) and each extra fact as its own key; edges carry an id, label, predicate, confidence (also
 * as `weight`), symmetric, size, color, attributes (JSON), each relation attribute as its own
 * key, evidence (JSON), evidence_count, evidence_documents, evidence_sentences (one per line) and
 * evidence_rules. Text is XML-escaped and stripped of the characters XML 1.0 forbids; nodes and
 * edges come in key order, so the same graph gives the same bytes.
 */
export function exportGraphml(graph: KnowledgeGraph): string {
  const nodes = sortedNodes(graph);
  const edges = sortedEdges(graph);
  const nodeIds = xmlKeys(nodes, "export/graphml");
  const edgeIds = xmlKeys(edges, "export/graphml");
  const flatNodes = nodes.map((key) => flattenNode(graph, key));
  const flatEdges = edges.map((key) => flattenEdge(graph, key));

  const declarations: KeyDecl[] = [];
  const nodeKeyIds = new Map<string, string>();
  const edgeKeyIds = new Map<string, string>();
  const declare = (kind: "node" | "edge", name: string, type: KeyType) => {
    const id = `d${declarations.length}`;
    declarations.push({ id, for: kind, name, type });
    (kind === "node" ? nodeKeyIds : edgeKeyIds).set(name, id);
  };
  for (const [name, type] of NODE_KEYS) declare("node", name, type);
  for (const name of extraColumnNames(
    flatNodes.map((n) => n.attributes),
    NODE_RESERVED,
  )) {
    declare("node", name, "string");
  }
  for (const [name, type] of EDGE_KEYS) declare("edge", name, type);
  for (const name of extraColumnNames(
    flatEdges.map((e) => e.attributes),
    EDGE_RESERVED,
  )) {
    declare("edge", name, "string");
  }

  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...declarations.map(
      (d) => `  <key id="${d.id}" for="${d.for}" attr.name="${escapeAttribute(d.name)}" attr.type="${d.type}"/>`,
    ),
    '  <graph id="G" edgedefault="directed">',
  ];
  for (const n of flatNodes) {
    lines.push(
      `    <node id="${escapeAttribute(nodeIds.get(n.id)!)}">`,
      ...dataLines(nodeValues(n), nodeKeyIds),
      "    </node>",
    );
  }
  for (const e of flatEdges) {
    const id = escapeAttribute(edgeIds.get(e.id)!);
    const source = escapeAttribute(nodeIds.get(e.source)!);
    const target = escapeAttribute(nodeIds.get(e.target)!);
    lines.push(
      `    <edge id="${id}" source="${source}" target="${target}">`,
      ...dataLines(edgeValues(e), edgeKeyIds),
      "    </edge>",
    );
  }
  lines.push("  </graph>", "</graphml>");
  return `${lines.join("\n")}\n`;
}
