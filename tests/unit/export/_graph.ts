// Test graphs for the export tests: the seed corpus's extraction (tests/_helpers/seeds.ts) as a
// KnowledgeGraph with simple deterministic metrics, and a small graph of hostile text. Built with
// createGraph() directly, so the export tests do not depend on the graph builder.

import { readFileSync } from "node:fs";
import { expect, vi } from "vitest";
import type { Entity, Extraction, Relation } from "../../../src/extraction/types.ts";
import { SYMMETRIC_PREDICATES } from "../../../src/extraction/types.ts";
import { createGraph, type KnowledgeGraph, TYPE_COLORS } from "../../../src/graph/model.ts";
import { seedFile } from "../../_helpers/seeds.ts";

/** The seed corpus's extraction (built from tests/fixtures/corpus/). */
export function readSeedExtraction(): Extraction {
  return JSON.parse(readFileSync(seedFile("extraction.json"), "utf8")) as Extraction;
}

function sortedUnique(values: string[]): string[] {
  return [...new Set(values)].sort();
}

/** Builds a knowledge graph from an extraction: nodes with circle positions, edges with their evidence. */
export function graphFromExtraction(extraction: Extraction): KnowledgeGraph {
  const graph = createGraph();
  const count = Math.max(1, extraction.entities.length);
  extraction.entities.forEach((entity: Entity, i) => {
    const angle = (2 * Math.PI * i) / count;
    graph.addNode(entity.id, {
      label: entity.name,
      name: entity.name,
      type: entity.type,
      aliases: sortedUnique(entity.aliases.filter((alias) => alias !== entity.name)),
      mentionCount: entity.mentions.length,
      documents: sortedUnique(entity.mentions.map((m) => m.document)),
      mentions: entity.mentions,
      attributes: { ...(entity.attributes ?? {}) },
      degree: 0,
      pagerank: 0,
      community: i % 5,
      // `|| 0`: no -0, which no text format keeps.
      x: Math.round(Math.cos(angle) * 1000) / 10 || 0,
      y: Math.round(Math.sin(angle) * 1000) / 10 - 7.25 || 0,
      size: 3 + (i % 7) * 1.5,
      color: TYPE_COLORS[entity.type],
    });
  });
  for (const relation of extraction.relations as Relation[]) {
    graph.addDirectedEdgeWithKey(relation.id, relation.source, relation.target, {
      predicate: relation.predicate,
      attributes: { ...relation.attributes },
      confidence: relation.confidence,
      evidence: relation.evidence,
      symmetric: SYMMETRIC_PREDICATES.has(relation.predicate),
      label: relation.predicate,
      size: 1 + relation.evidence.length / 2,
      color: "#cccccc",
    });
  }
  graph.forEachNode((key) => {
    graph.setNodeAttribute(key, "degree", graph.degree(key));
    graph.setNodeAttribute(key, "pagerank", (graph.degree(key) + 1) / (graph.order + graph.size * 2 + 1));
  });
  graph.replaceAttributes({
    version: 1,
    documents: extraction.documents.map((document) => ({ ...document, text: "" })),
    statements: extraction.statements,
    merges: extraction.merges,
    builtAt: "2025-01-01T00:00:00.000Z",
  });
  return graph;
}

/** The seed corpus as a knowledge graph. */
export function seedGraph(): KnowledgeGraph {
  return graphFromExtraction(readSeedExtraction());
}

/** Names and sentences meant to break file formats: markup, quotes, newlines, controls, injections. */
export const HOSTILE = {
  name: 'Dr. <b>"Evil"</b> & Sons \'Ltd\'\n\t\\ "}) DETACH DELETE n //',
  alias: '=HYPERLINK("http://x","y"); -2+3; @SUM(A1)',
  control: "Bell\u0007 null\u0000 escape\u001b vertical\u000b end",
  sentence: 'He said "stop, now"; then <script>alert(1)</script> & left.\r\nNext line\u0001 ]]> `tick`',
  formula: "=1+1",
  unicode: "Zhōu 周 — emoji 🚀, RTL \u202e, line sep \u2028 done",
  surrogate: "lone \ud800 high",
} as const;

/** A small graph whose names, aliases, attributes and evidence hold hostile text. */
export function hostileGraph(): KnowledgeGraph {
  const graph = createGraph();
  const base = {
    mentions: [],
    degree: 1,
    pagerank: 0.5,
    community: 0,
    size: 5,
  };
  graph.addNode("person:evil", {
    ...base,
    label: HOSTILE.name,
    name: HOSTILE.name,
    type: "Person",
    aliases: [HOSTILE.alias, HOSTILE.control, HOSTILE.unicode],
    mentionCount: 2,
    documents: ["doc-1"],
    attributes: { note: HOSTILE.sentence },
    x: -10.5,
    y: 3.25,
    color: "#e6194b",
  });
  graph.addNode("company:acme", {
    ...base,
    label: HOSTILE.formula,
    name: HOSTILE.formula,
    type: "Company",
    aliases: [],
    mentionCount: 1,
    documents: ["doc-1", "doc-2"],
    attributes: {},
    x: 0,
    y: -1e-7,
    color: "#911eb4",
  });
  graph.addDirectedEdgeWithKey("person:evil|AFFILIATED_WITH|company:acme", "person:evil", "company:acme", {
    predicate: "AFFILIATED_WITH",
    attributes: { title: HOSTILE.name, kind: "=cmd|' /C calc'!A0", "odd key<&>": HOSTILE.surrogate },
    confidence: 0.75,
    evidence: [
      { document: "doc-1", sentence: HOSTILE.sentence, start: 0, end: 10, rule: "rule-a" },
      {
        document: "doc-2",
        sentence: `${HOSTILE.control} ${HOSTILE.unicode} ${HOSTILE.surrogate}`,
        start: 5,
        end: 9,
        rule: "rule-b",
      },
      { document: "doc-1", sentence: HOSTILE.sentence, start: 0, end: 10, rule: "rule-c" },
    ],
    symmetric: false,
    label: "AFFILIATED_WITH",
    size: 2,
    color: "#cccccc",
  });
  return graph;
}

/**
 * Runs an XML parse (graphology-gexf and graphology-graphml parse with xmldom, which reports
 * well-formedness errors on the console and carries on) and fails if xmldom complained.
 */
export function parseStrictly<T>(parse: () => T): T {
  const complaints: string[] = [];
  const warn = vi.spyOn(console, "warn").mockImplementation((...args: unknown[]) => {
    complaints.push(args.map(String).join(" "));
  });
  const error = vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    complaints.push(args.map(String).join(" "));
  });
  try {
    const result = parse();
    expect(complaints).toEqual([]);
    return result;
  } finally {
    warn.mockRestore();
    error.mockRestore();
  }
}

/** Characters XML 1.0 cannot hold, to check that an XML export has none. */
export const XML_FORBIDDEN = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/** The same graph with its nodes and edges added in reverse order (same content, other insertion order). */
export function reversedCopy(graph: KnowledgeGraph): KnowledgeGraph {
  const copy = createGraph();
  copy.replaceAttributes(structuredClone(graph.getAttributes()));
  for (const key of graph.nodes().reverse()) copy.addNode(key, structuredClone(graph.getNodeAttributes(key)));
  for (const key of graph.edges().reverse()) {
    copy.addDirectedEdgeWithKey(
      key,
      graph.source(key),
      graph.target(key),
      structuredClone(graph.getEdgeAttributes(key)),
    );
  }
  return copy;
}

/** Splits a flattened list ("a; b"); an absent or empty cell is the empty list. */
export function splitList(value: unknown): string[] {
  return typeof value === "string" && value !== "" ? value.split("; ") : [];
}

/** The distinct evidence sentences of an edge, in evidence order (what the exports write). */
export function distinctSentences(graph: KnowledgeGraph, edge: string): string[] {
  return [...new Set(graph.getEdgeAttribute(edge, "evidence").map((e) => e.sentence))];
}
