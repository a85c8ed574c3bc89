// Sigma settings of the explorer: labels readable at every zoom, edges and labels hidden while
// the camera moves on big graphs, the reducers wired in. Settings only; no DOM, no state.

import { EdgeArrowProgram, EdgeLineProgram, EdgeRectangleProgram } from "sigma/rendering";
import type { Settings } from "sigma/settings";
import type { ViewEdgeAttributes, ViewNodeAttributes } from "../state/graph/types.ts";
import { createEdgeReducer, createNodeReducer, type RenderState } from "./reducers.ts";

/** Above this many edges, edges and labels are hidden while the camera moves. */
export const BIG_GRAPH_EDGES = 2000;

/** Whether `edgeCount` drawn edges make a big graph, which `sizeSettings` draws the cheap way. */
export function isBigGraph(edgeCount: number): boolean {
  return edgeCount > BIG_GRAPH_EDGES;
}

/** Above this many nodes, hovering lights up the neighbourhood without fading the rest (a partial refresh). */
export const BIG_GRAPH_NODES = 3000;

/** Arrows and thick lines drawn as triangles: legible on graphs a reader follows edge by edge. */
const DETAILED_EDGES = { arrow: EdgeArrowProgram, line: EdgeRectangleProgram };

/**
 * One-pixel GL lines for every edge of a big graph: a sixth of the vertices of a rectangle and no
 * arrow heads, which are too small to read at an overview's zoom anyway.
 */
const OVERVIEW_EDGES = { arrow: EdgeLineProgram, line: EdgeLineProgram };

/**
 * The settings that depend on the number of edges drawn, applied again when it crosses the
 * threshold: on big graphs edges are plain lines without labels (unreadable at an overview's zoom,
 * and each costs a canvas text), edges and labels are hidden while the camera moves, and edges are
 * not picked under the pointer (picking draws every edge a second time each frame; a relation is
 * then opened from its entity's panel).
 */
export function sizeSettings(edgeCount: number): Partial<Settings<ViewNodeAttributes, ViewEdgeAttributes>> {
  const big = isBigGraph(edgeCount);
  return {
    edgeProgramClasses: big ? OVERVIEW_EDGES : DETAILED_EDGES,
    enableEdgeEvents: !big,
    renderEdgeLabels: !big,
    hideEdgesOnMove: big,
    hideLabelsOnMove: big,
  };
}

/** The sigma settings for a graph of `edgeCount` edges whose appearance `read` describes. */
export function createSigmaSettings(
  read: () => RenderState,
  edgeCount: number,
): Partial<Settings<ViewNodeAttributes, ViewEdgeAttributes>> {
  return {
    nodeReducer: createNodeReducer(read),
    edgeReducer: createEdgeReducer(read),
    defaultEdgeType: "arrow",
    ...sizeSettings(edgeCount),
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
