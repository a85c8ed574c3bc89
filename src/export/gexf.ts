// GEXF 1.3 export (Gephi's format) through graphology-gexf's writer: viz colour, size and position
// so Gephi opens the graph laid out, lists and records flattened into scalar attributes, and the
// evidence of every edge as JSON and as plain sentences. Writes a string; no I/O here.

import { MultiDirectedGraph } from "graphology";
import { write } from "graphology-gexf";
import type { KnowledgeGraph } from "../graph/model.ts";
import {
  evidenceJson,
  extraColumns,
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

type Scalar = string | number | boolean;

/** What graphology-gexf's writer reads from a formatted node or edge. */
interface GexfElement {
  label: string;
  kind?: string;
  weight?: number;
  viz: { color?: string; size?: number; x?: number; y?: number; thickness?: number };
  attributes: Record<string, Scalar>;
}

/** Node attribute names the GEXF file declares itself; a node's extra facts with these names get `attr_`. */
const NODE_COLUMNS: ReadonlySet<string> = new Set([
  "label",
  "name",
  "type",
  "aliases",
  "mentionCount",
  "documents",
  "degree",
  "pagerank",
  "community",
  "attributes",
  "color",
  "size",
  "x",
  "y",
  "z",
  "shape",
  "thickness",
]);

/** Edge attribute names the GEXF file declares itself; a relation attribute with these names gets `attr_`. */
const EDGE_COLUMNS: ReadonlySet<string> = new Set([
  "label",
  "kind",
  "weight",
  "predicate",
  "confidence",
  "symmetric",
  "attributes",
  "evidence",
  "evidence_count",
  "evidence_documents",
  "evidence_sentences",
  "evidence_rules",
  "color",
  "size",
  "x",
  "y",
  "z",
  "shape",
  "thickness",
]);

function viz(color: string, size: number | null, x?: number | null, y?: number | null): GexfElement["viz"] {
  const out: GexfElement["viz"] = {};
  if (color) out.color = stripXmlInvalid(color);
  if (size !== null) out.size = size;
  if (x !== undefined && x !== null) out.x = x;
  if (y !== undefined && y !== null) out.y = y;
  return out;
}

function scalars(entries: [string, Scalar | null][]): Record<string, Scalar> {
  const out: Record<string, Scalar> = {};
  for (const [name, value] of entries) {
    if (value === null) continue;
    out[stripXmlInvalid(name)] = typeof value === "string" ? stripXmlInvalid(value) : value;
  }
  return out;
}

/**
 * Serialises a knowledge graph as GEXF 1.3. Nodes carry `viz:color`, `viz:size` and
 * `viz:position` from their color, size, x and y, and the attributes name, type, aliases (joined
 * with "; "), mentionCount, documents (joined), degree, pagerank, community, attributes (JSON) and
 * each extra fact as its own column. Edges carry their predicate as `label` and `kind`, their
 * confidence as `weight`, and the attributes predicate, confidence, symmetric, attributes (JSON),
 * each relation attribute as its own column, evidence (JSON), evidence_count,
 * evidence_documents, evidence_sentences (one per line) and evidence_rules. Characters XML 1.0
 * forbids are removed from text (the JSON columns escape them, so they round-trip exactly).
 * Nodes and edges are written in key order, so the same graph always gives the same bytes.
 */
export function exportGexf(graph: KnowledgeGraph): string {
  const nodes = sortedNodes(graph);
  const edges = sortedEdges(graph);
  const nodeIds = xmlKeys(nodes, "export/gexf");
  const edgeIds = xmlKeys(edges, "export/gexf");

  const out = new MultiDirectedGraph<GexfElement, GexfElement>({ allowSelfLoops: true });
  out.replaceAttributes({
    creator: "news-kg",
    description: `Knowledge graph of the news: ${nodes.length} entities, ${edges.length} relations`,
  });

  for (const key of nodes) {
    const n = flattenNode(graph, key);
    out.addNode(nodeIds.get(key)!, {
      label: stripXmlInvalid(n.label),
      viz: viz(n.color, n.size, n.x, n.y),
      attributes: scalars([
        ["name", n.name],
        ["type", n.type],
        ["aliases", n.aliases.join(LIST_SEPARATOR)],
        ["mentionCount", n.mentionCount],
        ["documents", n.documents.join(LIST_SEPARATOR)],
        ["degree", n.degree],
        ["pagerank", n.pagerank],
        ["community", n.community],
        ["attributes", recordJson(n.attributes)],
        ...extraColumns(n.attributes, NODE_COLUMNS),
      ]),
    });
  }

  for (const key of edges) {
    const e = flattenEdge(graph, key);
    const element: GexfElement = {
      label: stripXmlInvalid(e.label),
      viz: viz(e.color, null),
      attributes: scalars([
        ["predicate", e.predicate],
        ["confidence", e.confidence],
        ["symmetric", e.symmetric],
        ["attributes", recordJson(e.attributes)],
        ...extraColumns(e.attributes, EDGE_COLUMNS),
        ["evidence", evidenceJson(e.evidence)],
        ["evidence_count", e.evidence.length],
        ["evidence_documents", e.evidenceDocuments.join(LIST_SEPARATOR)],
        ["evidence_sentences", e.evidenceSentences.join(SENTENCE_SEPARATOR)],
        ["evidence_rules", e.evidenceRules.join(LIST_SEPARATOR)],
      ]),
    };
    // `kind` lets Gephi keep parallel edges of different predicates between the same two nodes.
    if (e.predicate) element.kind = stripXmlInvalid(e.predicate);
    if (e.confidence !== null) element.weight = e.confidence;
    if (e.size !== null) element.viz.thickness = e.size;
    out.addDirectedEdgeWithKey(edgeIds.get(key)!, nodeIds.get(e.source)!, nodeIds.get(e.target)!, element);
  }

  return write(out, {
    version: "1.3",
    pretty: true,
    formatNode: (_key, attributes) => ({ ...attributes }),
    formatEdge: (_key, attributes) => ({ ...attributes }),
  });
}
