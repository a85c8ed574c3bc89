// Sigma settings of the explorer: labels readable at every zoom, edges and labels hidden while
// the camera moves on big graphs, the reducers wired in. Settings only; no DOM, no state.

import type { Settings } from "sigma/settings";
import type { ViewEdgeAttributes, ViewNodeAttributes } from "../state/graph/types.ts";
import { createEdgeReducer, createNodeReducer, type RenderState } from "./reducers.ts";

/** Above this many edges, edges and labels are hidden while the camera moves. */
export const BIG_GRAPH_EDGES = 2000;

/** Above this many nodes, hovering lights up the neighbourhood without fading the rest (a partial refresh). */
export const BIG_GRAPH_NODES = 3000;

/** The sigma settings for a graph of `edgeCount` edges whose appearance `read` describes. */
export function createSigmaSettings(
  read: () => RenderState,
  edgeCount: number,
): Partial<Settings<ViewNodeAttributes, ViewEdgeAttributes>> {
  return {
    nodeReducer: createNodeReducer(read),
    edgeReducer: createEdgeReducer(read),
    defaultEdgeType: "arrow",
    renderEdgeLabels: true,
    enableEdgeEvents: true,
    hideEdgesOnMove: edgeCount > BIG_GRAPH_EDGES,
    hideLabelsOnMove: edgeCount > BIG_GRAPH_EDGES,
    labelFont: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
    labelSize: 13,
    labelWeight: "500",
    labelColor: { color: "#1f2937" },
    edgeLabelSize: 11,
    edgeLabelColor: { color: "#4a5568" },
    // Labels keep a constant screen size; the threshold and density keep them from piling up.
    labelRenderedSizeThreshold: 5,
    labelDensity: 0.8,
    labelGridCellSize: 90,
    minCameraRatio: 0.02,
    maxCameraRatio: 8,
    zIndex: true,
    stagePadding: 24,
  };
}
