// JSON export: graphology's own serialisation (graph.export()), which Graph.from/import read back
// whole, attributes and evidence included. Writes a string; no I/O here.

import { compareStrings } from "../graph/keys.ts";
import type { KnowledgeGraph } from "../graph/model.ts";

/**
 * Serialises a knowledge graph as graphology's JSON (`{ attributes, options, nodes, edges }`),
 * pretty-printed with 2 spaces and a final newline. Nodes and edges are sorted by key, so the same
 * graph gives the same bytes however it was assembled; `MultiDirectedGraph.from(JSON.parse(text))`
 * gives the graph back.
 */
export function exportJson(graph: KnowledgeGraph): string {
  const data = graph.export();
  data.nodes.sort((a, b) => compareStrings(a.key, b.key));
  data.edges.sort((a, b) => compareStrings(a.key ?? "", b.key ?? ""));
  return `${JSON.stringify(data, null, 2)}\n`;
}
