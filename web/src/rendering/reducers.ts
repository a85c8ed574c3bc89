// Appearance of nodes and edges through sigma's reducers: visibility, hover neighbourhood,
// selection and emphasis. Reducers read a RenderState prepared once per change (sets, no
// graph reads beyond the attributes given) and never write to the graph.

import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type { SizeMode, ViewEdgeAttributes, ViewNodeAttributes } from "../state/graph/types.ts";

/** What the reducers read; rebuilt (not mutated per frame) when the view state changes. */
export interface RenderState {
  /** Visible nodes and edges; null shows everything. */
  visibleNodes: ReadonlySet<string> | null;
  visibleEdges: ReadonlySet<string> | null;
  /** The hovered node, its neighbours and its edges; other items fade. */
  hovered: string | null;
  hoveredNodes: ReadonlySet<string>;
  hoveredEdges: ReadonlySet<string>;
  selectedNode: string | null;
  selectedEdge: string | null;
  /** Nodes and edges drawn highlighted with their label (new entities, a path, a search hit). */
  emphasisedNodes: ReadonlySet<string>;
  emphasisedEdges: ReadonlySet<string>;
  sizeMode: SizeMode;
  /** While hovering, fade what is not in the neighbourhood (off on big graphs: that would need a full refresh). */
  fadeOthers: boolean;
}

const NONE: ReadonlySet<string> = new Set();

/** The render state that shows everything plainly. */
export const PLAIN_RENDER_STATE: RenderState = {
  visibleNodes: null,
  visibleEdges: null,
  hovered: null,
  hoveredNodes: NONE,
  hoveredEdges: NONE,
  selectedNode: null,
  selectedEdge: null,
  emphasisedNodes: NONE,
  emphasisedEdges: NONE,
  sizeMode: "pagerank",
  fadeOthers: true,
};

/** Colour of faded items. */
export const FADED_COLOR = "#e3e6eb";
const EDGE_HIGHLIGHT = "#4a5568";
const EDGE_SELECTED = "#d97706";

type NodeData = ViewNodeAttributes & Partial<NodeDisplayData>;
type EdgeData = ViewEdgeAttributes & Partial<EdgeDisplayData>;

/**
 * The node reducer for a render state source (read on every call, so swapping the state needs no
 * new reducer). Sigma hands reducers a shallow copy of the attributes, so the copy is adjusted
 * and returned: no allocation per node.
 */
export function createNodeReducer(read: () => RenderState): (node: string, data: ViewNodeAttributes) => NodeData {
  return (node, attributes) => {
    const data = attributes as NodeData;
    const state = read();
    data.size = state.sizeMode === "degree" ? data.sizeDegree : data.sizePagerank;
    if (state.visibleNodes && !state.visibleNodes.has(node)) {
      data.hidden = true;
      return data;
    }
    const isEmphasised = node === state.selectedNode || state.emphasisedNodes.has(node);
    if (state.hovered !== null && state.fadeOthers && !state.hoveredNodes.has(node) && !isEmphasised) {
      data.color = FADED_COLOR;
      data.label = null as unknown as string;
      data.zIndex = 0;
      return data;
    }
    data.highlighted = isEmphasised || node === state.hovered;
    data.forceLabel = isEmphasised || (state.hovered !== null && state.hoveredNodes.has(node));
    data.zIndex = isEmphasised ? 2 : 1;
    return data;
  };
}

/** The edge reducer for a render state source. Edge labels (predicates) show only on highlighted edges. */
export function createEdgeReducer(read: () => RenderState): (edge: string, data: ViewEdgeAttributes) => EdgeData {
  return (edge, attributes) => {
    const data = attributes as EdgeData;
    const state = read();
    if (state.visibleEdges && !state.visibleEdges.has(edge)) {
      data.hidden = true;
      return data;
    }
    if (edge === state.selectedEdge) {
      data.color = EDGE_SELECTED;
      data.size = 3;
      data.forceLabel = true;
      data.zIndex = 2;
    } else if (state.hoveredEdges.has(edge) || state.emphasisedEdges.has(edge)) {
      data.color = EDGE_HIGHLIGHT;
      data.size = 2;
      data.forceLabel = true;
      data.zIndex = 1;
    } else {
      if (state.hovered !== null && state.fadeOthers) data.color = FADED_COLOR;
      data.label = "";
      data.zIndex = 0;
    }
    return data;
  };
}
