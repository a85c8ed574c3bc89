// GEXF export (Gephi's format) through graphology-gexf's writer, in GEXF 1.3 (Gephi 0.9.3+,
// networkx 3.6+) or GEXF 1.2draft (every Gephi, every networkx): viz colour (as r, g, b, which every
// reader takes), size and position so Gephi opens the graph laid out, lists and records flattened
// into scalar attributes, and the evidence of every edge as JSON and as plain sentences. Writes a
// string; no I/O here.

import { MultiDirectedGraph } from "graphology";
import { write } from "graphology-gexf";
import { ConfigError } from "../errors.ts";
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
  viz: { color?: string; size?: number; x?: number; y?: number; z?: number; thickness?: number };
  attributes: Record<string, Scalar>;
}

/** The GEXF versions written: "1.3" (the current one) and "1.2" (1.2draft, the one networkx before 3.6 reads). */
export type GexfVersion = "1.3" | "1.2";

/** Options of `exportGexf`. */
export interface GexfOptions {
  /** GEXF version; default "1.3". */
  version?: GexfVersion;
}

/**
 * Node attribute names the GEXF file declares itself, or that networkx's reader sets from the
 * file (`label`, `viz`, `pid`); a node's extra facts with these names get `attr_`.
 */
const NODE_COLUMNS: ReadonlySet<string> = new Set([
  "label",
  "viz",
  "pid",
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

const HEX_COLOR = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i;

/**
 * A `#rgb` or `#rrggbb` colour as the `rgb(r,g,b)` text graphology-gexf writes as `r`, `g` and
 * `b` attributes (given `#…` it writes GEXF 1.3's `hex`, which networkx and GEXF 1.2 do not
 * read); null for anything else, which is left out.
 */
export function rgbColor(color: string): string | null {
  const match = HEX_COLOR.exec(color.trim());
  if (!match) return null;
  const hex = match[1]!.length === 3 ? [...match[1]!].map((c) => c + c).join("") : match[1]!;
  const [r, g, b] = [0, 2, 4].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r},${g},${b})`;
}

function viz(color: string, size: number | null, x?: number | null, y?: number | null): GexfElement["viz"] {
  const out: GexfElement["viz"] = {};
  const rgb = rgbColor(color);
  if (rgb) out.color = rgb;
  if (size !== null) out.size = size;
  if (x !== undefined && x !== null) out.x = x;
  if (y !== undefined && y !== null) out.y = y;
  return out;
}

/** The root element graphology-gexf writes for version "1.2" (its viz namespace is wrong: `http:///…/1.1draft/viz`). */
const GRAPHOLOGY_GEXF_12_ROOT =
  '<gexf version="1.2" xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http:///www.gexf.net/1.1draft/viz">';

/** The root element of GEXF 1.2draft, with the namespaces networkx and Gephi look for. */
const GEXF_12_ROOT =
  '<gexf version="1.2" xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz"' +
  ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
  ' xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd">';

function scalars(entries: [string, Scalar | null][]): Record<string, Scalar> {
  const out: Record<string, Scalar> = {};
  for (const [name, value] of entries) {
    if (value === null) continue;
    out[stripXmlInvalid(name)] = typeof value === "string" ? stripXmlInvalid(value) : value;
  }
  return out;
}

/**
 * Serialises a knowledge graph as GEXF 1.3 (default) or 1.2draft (`{ version: "1.2" }`). Nodes
 * carry `viz:color` (`r`, `g`, `b`), `viz:size` and `viz:position` from their color, size, x and y
 * (with `z="0"` in 1.2, where the schema requires it), and the attributes name, type, aliases (joined
 * with "; "), mentionCount, documents (joined), degree, pagerank, community, attributes (JSON) and
 * each extra fact as its own column. Edges carry their predicate as `label` and, in 1.3, `kind`
 * (1.2 has no `kind`: Gephi may merge parallel edges between the same two entities), their
 * confidence as `weight`, and the attributes predicate, confidence, symmetric, attributes (JSON),
 * each relation attribute as its own column, evidence (JSON), evidence_count,
 * evidence_documents, evidence_sentences (one per line) and evidence_rules. Characters XML 1.0
 * forbids are removed from text (the JSON columns escape them, so they round-trip exactly).
 * Nodes and edges are written in key order, so the same graph always gives the same bytes.
 */
export function exportGexf(graph: KnowledgeGraph, options: GexfOptions = {}): string {
  const version = options.version ?? "1.3";
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
    const nodeViz = viz(n.color, n.size, n.x, n.y);
    if (version === "1.2" && (nodeViz.x !== undefined || nodeViz.y !== undefined)) {
      nodeViz.x ??= 0;
      nodeViz.y ??= 0;
      nodeViz.z = 0;
    }
    out.addNode(nodeIds.get(key)!, {
      label: stripXmlInvalid(n.label),
      viz: nodeViz,
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
    if (e.predicate && version === "1.3") element.kind = stripXmlInvalid(e.predicate);
    if (e.confidence !== null) element.weight = e.confidence;
    if (e.size !== null) element.viz.thickness = e.size;
    out.addDirectedEdgeWithKey(edgeIds.get(key)!, nodeIds.get(e.source)!, nodeIds.get(e.target)!, element);
  }

  const text = write(out, {
    version,
    pretty: true,
    formatNode: (_key, attributes) => ({ ...attributes }),
    formatEdge: (_key, attributes) => ({ ...attributes }),
  });
  if (version === "1.3") return text;
  if (!text.includes(GRAPHOLOGY_GEXF_12_ROOT)) {
    throw new ConfigError(
      "export/gexf: graphology-gexf's GEXF 1.2 root element should be the known one, found another.",
    );
  }
  return text.replace(GRAPHOLOGY_GEXF_12_ROOT, GEXF_12_ROOT);
}
