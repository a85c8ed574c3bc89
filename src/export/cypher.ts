// Cypher export: a script of MERGE statements that loads the graph into Neo4j (cypher-shell,
// Neo4j Browser), one statement per line, every string escaped, the evidence of every edge as JSON
// and as a list of sentences. Writes a string; no I/O and no database access here.

import type { KnowledgeGraph } from "../graph/model.ts";
import {
  evidenceJson,
  extraColumns,
  flattenEdge,
  flattenNode,
  recordJson,
  sortedEdges,
  sortedNodes,
} from "./flatten.ts";

type CypherValue = string | number | boolean | null | CypherValue[];

/** Property names the export sets on nodes; a node's extra facts with these names get `attr_`. */
export const NODE_PROPERTIES: ReadonlySet<string> = new Set([
  "id",
  "name",
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
  "size",
  "color",
  "attributes",
]);

/** Property names the export sets on relationships; relation attributes with these names get `attr_`. */
export const EDGE_PROPERTIES: ReadonlySet<string> = new Set([
  "id",
  "label",
  "predicate",
  "confidence",
  "symmetric",
  "size",
  "color",
  "attributes",
  "evidence",
  "evidence_count",
  "evidence_documents",
  "evidence_sentences",
  "evidence_rules",
]);

const SIMPLE_ESCAPES: Record<string, string> = {
  "\\": "\\\\",
  '"': '\\"',
  "\n": "\\n",
  "\r": "\\r",
  "\t": "\\t",
  "\b": "\\b",
  "\f": "\\f",
};

// Backslash and double quote, control characters (C0, DEL, C1), the Unicode line and paragraph
// separators, and lone surrogates (which UTF-8 cannot encode).
const NEEDS_ESCAPE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: escaping control characters is the point.
  /[\\"\u0000-\u001f\u007f-\u009f\u2028\u2029]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * A Cypher string literal in double quotes: backslash and quote escaped, line breaks and tabs as
 * \n \r \t, other control characters, U+2028/U+2029 and lone surrogates as \uXXXX. Other
 * characters (accents, CJK, emoji) are kept as they are: the script is UTF-8.
 */
export function cypherString(value: string): string {
  const body = value.replace(
    NEEDS_ESCAPE,
    (char) => SIMPLE_ESCAPES[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
  return `"${body}"`;
}

/**
 * A label, relationship type or property name: as is when it is a plain identifier, else in
 * backticks with backticks doubled.
 */
export function cypherName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `\`${name.replaceAll("`", "``")}\``;
}

function cypherNumber(value: number): string {
  // Cypher has no literal for NaN or infinities, and its exponent takes no "+" ("1e+21" → "1e21").
  return Number.isFinite(value) ? String(value).replace("e+", "e") : "null";
}

/** A Cypher literal: string, number, boolean, null or a list of them. */
export function cypherValue(value: CypherValue): string {
  if (value === null) return "null";
  if (typeof value === "string") return cypherString(value);
  if (typeof value === "number") return cypherNumber(value);
  if (typeof value === "boolean") return value ? "true" : "false";
  return `[${value.map(cypherValue).join(", ")}]`;
}

function assignments(variable: string, properties: [string, CypherValue][]): string {
  return properties
    .filter(([, value]) => value !== null)
    .map(([name, value]) => `${variable}.${cypherName(name)} = ${cypherValue(value)}`)
    .join(", ");
}

/** The constraint the script creates first, so that MERGE on an entity id is fast and ids stay unique. */
export const CYPHER_CONSTRAINT = "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;";

/**
 * Serialises a knowledge graph as a Cypher script for Neo4j: a comment line, the uniqueness
 * constraint on `Entity.id`, then one `MERGE (n:Entity:<Type> {id: …}) SET …;` per node and one
 * `MATCH (a:Entity {id: …}), (b:Entity {id: …}) MERGE (a)-[r:<PREDICATE> {id: …}]->(b) SET …;`
 * per edge, each on its own line, in key order. Nodes get name, label, type, aliases and
 * documents (lists), mention_count, degree, pagerank, community, x, y, size, color, attributes
 * (JSON) and each extra fact as its own property; relationships get label, predicate, confidence,
 * symmetric, size, color, attributes (JSON), each relation attribute as its own property, evidence
 * (JSON of the whole list), evidence_count, and evidence_documents, evidence_sentences and
 * evidence_rules as lists. Running the script twice leaves the database as after one run.
 */
export function exportCypher(graph: KnowledgeGraph): string {
  const nodes = sortedNodes(graph);
  const edges = sortedEdges(graph);
  const lines = [
    `// news-kg knowledge graph: ${nodes.length} entities, ${edges.length} relations. Run with cypher-shell -f FILE.`,
    CYPHER_CONSTRAINT,
  ];
  for (const key of nodes) {
    const n = flattenNode(graph, key);
    const labels = n.type ? `:Entity:${cypherName(n.type)}` : ":Entity";
    const set = assignments("n", [
      ["name", n.name],
      ["label", n.label],
      ["type", n.type],
      ["aliases", n.aliases],
      ["mention_count", n.mentionCount],
      ["documents", n.documents],
      ["degree", n.degree],
      ["pagerank", n.pagerank],
      ["community", n.community],
      ["x", n.x],
      ["y", n.y],
      ["size", n.size],
      ["color", n.color],
      ["attributes", recordJson(n.attributes)],
      ...extraColumns(n.attributes, NODE_PROPERTIES),
    ]);
    lines.push(`MERGE (n${labels} {id: ${cypherString(n.id)}}) SET ${set};`);
  }
  for (const key of edges) {
    const e = flattenEdge(graph, key);
    const set = assignments("r", [
      ["label", e.label],
      ["predicate", e.predicate],
      ["confidence", e.confidence],
      ["symmetric", e.symmetric],
      ["size", e.size],
      ["color", e.color],
      ["attributes", recordJson(e.attributes)],
      ...extraColumns(e.attributes, EDGE_PROPERTIES),
      ["evidence", evidenceJson(e.evidence)],
      ["evidence_count", e.evidence.length],
      ["evidence_documents", e.evidenceDocuments],
      ["evidence_sentences", e.evidenceSentences],
      ["evidence_rules", e.evidenceRules],
    ]);
    lines.push(
      `MATCH (a:Entity {id: ${cypherString(e.source)}}), (b:Entity {id: ${cypherString(e.target)}}) ` +
        `MERGE (a)-[r:${cypherName(e.predicate || "RELATED_TO")} {id: ${cypherString(e.id)}}]->(b) SET ${set};`,
    );
  }
  return `${lines.join("\n")}\n`;
}
