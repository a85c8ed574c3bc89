// Tests of the explorer's reducers (web/src/rendering/reducers.ts): visibility, hover, selection,
// emphasis and size mode, on attribute copies as sigma hands them over. No DOM, no WebGL.

import { describe, expect, it } from "vitest";
import {
  createEdgeReducer,
  createNodeReducer,
  FADED_COLOR,
  PLAIN_RENDER_STATE,
  type RenderState,
} from "../../../web/src/rendering/reducers.ts";
import { buildViewGraph } from "../../../web/src/state/graph/index.ts";
import { seedExplorerData } from "./_data.ts";

const graph = buildViewGraph(seedExplorerData());
const BESSENT = "person:scott-bessent";
const edge = graph.edges(BESSENT)[0]!;
const neighbour = graph.opposite(BESSENT, edge);
const stranger = graph.filterNodes((node) => node !== BESSENT && !graph.areNeighbors(node, BESSENT))[0]!;

function reduceNode(state: RenderState, node: string) {
  return createNodeReducer(() => state)(node, { ...graph.getNodeAttributes(node) });
}

function reduceEdge(state: RenderState, key: string) {
  return createEdgeReducer(() => state)(key, { ...graph.getEdgeAttributes(key) });
}

describe("web/rendering/reducers", () => {
  it("hides what is not visible and leaves the graph's attributes alone", () => {
    const state: RenderState = { ...PLAIN_RENDER_STATE, visibleNodes: new Set([BESSENT]), visibleEdges: new Set() };
    expect(reduceNode(state, stranger).hidden).toBe(true);
    expect(reduceNode(state, BESSENT).hidden).toBeUndefined();
    expect(reduceEdge(state, edge).hidden).toBe(true);
    expect(graph.getNodeAttributes(stranger)).not.toHaveProperty("hidden");
  });
  it("fades all but the hovered neighbourhood, or only lights it up on big graphs", () => {
    const state: RenderState = {
      ...PLAIN_RENDER_STATE,
      hovered: BESSENT,
      hoveredNodes: new Set([BESSENT, neighbour]),
      hoveredEdges: new Set([edge]),
    };
    expect(reduceNode(state, stranger).color).toBe(FADED_COLOR);
    expect(reduceNode(state, stranger).label).toBeNull();
    expect(reduceNode(state, neighbour)).toMatchObject({
      forceLabel: true,
      color: graph.getNodeAttribute(neighbour, "color"),
    });
    expect(reduceEdge(state, edge)).toMatchObject({
      forceLabel: true,
      label: graph.getEdgeAttribute(edge, "predicate"),
    });
    const big = { ...state, fadeOthers: false };
    expect(reduceNode(big, stranger).color).toBe(graph.getNodeAttribute(stranger, "color"));
    expect(reduceNode(big, stranger).forceLabel).toBe(false);
  });
  it("highlights the selection and emphasised nodes, and sizes by the chosen measure", () => {
    const state: RenderState = {
      ...PLAIN_RENDER_STATE,
      selectedNode: BESSENT,
      emphasisedNodes: new Set([stranger]),
      selectedEdge: edge,
    };
    expect(reduceNode(state, BESSENT)).toMatchObject({ highlighted: true, forceLabel: true, zIndex: 2 });
    expect(reduceNode(state, stranger).highlighted).toBe(true);
    expect(reduceNode(state, neighbour).highlighted).toBe(false);
    expect(reduceEdge(state, edge)).toMatchObject({ size: 3, forceLabel: true });
    expect(reduceNode({ ...state, sizeMode: "degree" }, BESSENT).size).toBe(
      graph.getNodeAttribute(BESSENT, "sizeDegree"),
    );
    expect(reduceNode(state, BESSENT).size).toBe(graph.getNodeAttribute(BESSENT, "sizePagerank"));
  });
});
