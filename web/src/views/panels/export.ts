// The export panel: what is on screen (whole graph, focused ego network or path, or the filtered
// entities) as GEXF (1.3 or 1.2), GraphML, JSON, CSV, Cypher or the two files of Neo4j's bulk import
// from the API, or as a PNG of the canvas.

import {
  API_EXPORT_FORMATS,
  type ApiExportFormat,
  type ExportRequest,
  fetchExport,
  MAX_EXPORT_SEEDS,
} from "../../api/queries.ts";
import { renderPng } from "../../rendering/export-png.ts";
import { isEmptyFilter } from "../../state/filters/utils.ts";
import type { AppState } from "../../store.ts";
import type { AppContext } from "../context.ts";
import { button, downloadBlob, el } from "../dom.ts";
import { panelHeader } from "./common.ts";

const LABELS: Record<ApiExportFormat, string> = {
  GEXF: "GEXF (Gephi)",
  GEXF12: "GEXF 1.2 (networkx, older Gephi)",
  GRAPHML: "GraphML",
  JSON: "JSON (graphology)",
  CSV: "CSV",
  CYPHER: "Cypher (Neo4j)",
  NEO4J_NODES: "Neo4j bulk import: nodes",
  NEO4J_RELATIONSHIPS: "Neo4j bulk import: relationships",
};

/** What the current view exports, and how to say it. */
export function describeExport(context: AppContext, state: AppState): { request: ExportRequest; label: string } {
  const { focus, filters } = state.view;
  const graph = context.graph.graph;
  const name = (id: string) => (graph?.hasNode(id) ? graph.getNodeAttribute(id, "label") : id);
  if (focus?.kind === "ego") {
    return {
      request: { kind: "seeds", seeds: [focus.node], depth: focus.depth, predicates: filters.predicates },
      label: `the neighbours of ${name(focus.node)} to depth ${focus.depth}`,
    };
  }
  if (focus?.kind === "path") {
    const nodes = state.path?.nodes ?? [];
    return {
      request: { kind: "seeds", seeds: nodes, depth: 0, predicates: null },
      label: `the path (${nodes.length} entities)`,
    };
  }
  if (!isEmptyFilter(filters)) {
    const visible = [...(context.graph.visible?.nodes ?? [])].sort();
    return {
      request: { kind: "seeds", seeds: visible, depth: 0, predicates: filters.predicates },
      label: `the ${visible.length} filtered entities and the relations among them${visible.length > MAX_EXPORT_SEEDS ? ` (at most ${MAX_EXPORT_SEEDS} can be exported: narrow the filters)` : ""}`,
    };
  }
  return { request: { kind: "all" }, label: "the whole graph" };
}

/** Mounts the export panel. */
export function mountExportPanel(context: AppContext): { element: HTMLElement; update(state: AppState): void } {
  const what = el("p", { id: "export-what" });
  const message = el("p", { className: "message", attrs: { role: "status" }, id: "export-message" });
  message.hidden = true;
  const show = (text: string, error = false) => {
    message.hidden = false;
    message.className = error ? "message error" : "message";
    message.textContent = text;
  };
  const formatButtons = API_EXPORT_FORMATS.map((format) =>
    button(
      LABELS[format],
      async () => {
        const { request } = describeExport(context, context.store.state);
        show(`Exporting ${format}…`);
        try {
          const { blob, fileName } = await fetchExport(request, format);
          downloadBlob(blob, fileName);
          show(`Downloaded ${fileName} (${blob.size} bytes).`);
        } catch (error) {
          show((error as Error).message, true);
        }
      },
      { attrs: { "data-format": format } },
    ),
  );
  const png = button(
    "PNG image",
    async () => {
      const sigma = context.graph.sigma;
      if (!sigma) return;
      try {
        const blob = await renderPng(sigma);
        downloadBlob(blob, "news-kg.png");
        show(`Downloaded news-kg.png (${blob.size} bytes).`);
      } catch (error) {
        show((error as Error).message, true);
      }
    },
    { attrs: { "data-format": "PNG" } },
  );
  const element = el("div", { className: "export", attrs: { "data-panel": "export" } }, [
    panelHeader(context, "Export"),
    what,
    el("h3", { text: "Graph files (from the API)" }),
    el("div", { className: "row" }, formatButtons),
    el("h3", { text: "Image" }),
    el("div", { className: "row" }, [png]),
    message,
  ]);
  return {
    element,
    update(state) {
      what.textContent = `Exports ${describeExport(context, state).label}.`;
    },
  };
}
