// The graph controller: owns the view graph, the sigma renderer and the layout runner; turns the
// store's state into a RenderState (visibility, hover, selection, emphasis) and sigma events into
// store updates. It writes to the graph only when new data arrives (and the layout moves nodes).

import Sigma from "sigma";
import { LayoutRunner } from "../../rendering/layout.ts";
import { PLAIN_RENDER_STATE, type RenderState } from "../../rendering/reducers.ts";
import { BIG_GRAPH_NODES, createSigmaSettings, isBigGraph, sizeSettings } from "../../rendering/settings.ts";
import { computeVisibility, isEmptyFilter } from "../../state/filters/index.ts";
import type { Scope, Visibility } from "../../state/filters/types.ts";
import { computeEgoScope, computePathScope } from "../../state/focus/index.ts";
import { buildViewGraph } from "../../state/graph/index.ts";
import type { ExplorerData, ViewEdgeAttributes, ViewGraph, ViewNodeAttributes } from "../../state/graph/types.ts";
import type { AppState, Store } from "../../store.ts";
import { attachBitmapPan, type BitmapPan } from "./bitmap-pan.ts";

/** Counts shown in the status line. */
export interface GraphCounts {
  nodes: number;
  edges: number;
  visibleNodes: number;
  visibleEdges: number;
}

/** Options of the graph controller. */
export interface GraphControllerOptions {
  /**
   * Whether drags of a big graph's stage move the drawn frame and set the camera once at the end
   * (bitmap-pan.ts; the default), or redraw at each move as on small graphs (`?pan=redraw`).
   */
  bitmapPan?: boolean;
}

/** Drives sigma from the store. */
export class GraphController {
  readonly container: HTMLElement;
  private readonly store: Store;
  private graphValue: ViewGraph | null = null;
  private sigmaValue: Sigma<ViewNodeAttributes, ViewEdgeAttributes> | null = null;
  private layout: LayoutRunner | null = null;
  private panner: BitmapPan | null = null;
  private bitmapPan: boolean;
  private renderState: RenderState = PLAIN_RENDER_STATE;
  private visibility: Visibility | null = null;
  /** Relations a progressive load adds next (see `setData`). */
  private edgesToCome = 0;
  /** Whether the renderer is set up for a big graph (see `sizeSettings`), once it exists. */
  private drawnBig: boolean | null = null;
  private readonly layoutListeners = new Set<(running: boolean) => void>();
  private readonly countListeners = new Set<(counts: GraphCounts) => void>();

  constructor(container: HTMLElement, store: Store, options: GraphControllerOptions = {}) {
    this.container = container;
    this.store = store;
    this.bitmapPan = options.bitmapPan ?? true;
    store.subscribe((state, previous) => this.onState(state, previous));
  }

  /** The graph shown, once loaded. */
  get graph(): ViewGraph | null {
    return this.graphValue;
  }

  /** The renderer, once loaded. */
  get sigma(): Sigma<ViewNodeAttributes, ViewEdgeAttributes> | null {
    return this.sigmaValue;
  }

  /** The current visible sets (null when everything is visible or nothing is loaded). */
  get visible(): Visibility | null {
    return this.visibility;
  }

  /**
   * Shows new overview data; nodes already shown keep their positions. `edgesToCome`: the relations
   * a progressive load adds next (its nodes come first), so that the renderer is set up once for
   * the graph's final size.
   */
  setData(data: ExplorerData, edgesToCome = 0): ViewGraph {
    const previous = this.graphValue ?? undefined;
    const graph = buildViewGraph(data, previous ? { previous } : {});
    if (this.layout?.running) this.layout.stop();
    this.layout?.kill();
    this.graphValue = graph;
    this.edgesToCome = edgesToCome;
    if (this.sigmaValue) {
      this.sigmaValue.setGraph(graph);
    } else {
      const edges = Math.max(graph.size, edgesToCome);
      const settings = createSigmaSettings(() => this.renderState, edges);
      this.drawnBig = isBigGraph(edges);
      this.sigmaValue = new Sigma<ViewNodeAttributes, ViewEdgeAttributes>(graph, this.container, settings);
      this.bindEvents(this.sigmaValue);
      this.panner = attachBitmapPan(this.sigmaValue);
      this.syncPanMode();
      // The benchmark reads this mark: time from navigation to the first frame with the graph.
      this.sigmaValue.once("afterRender", () => performance.mark("kg:first-render"));
    }
    this.layout = new LayoutRunner(graph, (running) => {
      for (const listener of this.layoutListeners) listener(running);
    });
    this.recompute(this.store.state);
    return graph;
  }

  /**
   * Turns bitmap panning of big graphs on or off (bitmap-pan.ts; `?pan=redraw` starts with it off,
   * and the benchmark pans both ways on the same page). Small graphs always redraw.
   */
  setBitmapPan(on: boolean): void {
    this.bitmapPan = on;
    this.syncPanMode();
  }

  /** Bitmap panning where it is asked for and the graph drawn is big. */
  private syncPanMode(): void {
    if (this.panner) this.panner.enabled = this.bitmapPan && this.drawnBig === true;
  }

  /** How a drag of the stage pans now: by moving the drawn frame, or by redrawing at each move. */
  get panMode(): "bitmap" | "redraw" {
    return this.panner?.enabled ? "bitmap" : "redraw";
  }

  /** Listens to layout start/stop. */
  onLayout(listener: (running: boolean) => void): void {
    this.layoutListeners.add(listener);
  }

  /** Listens to the visible counts. */
  onCounts(listener: (counts: GraphCounts) => void): void {
    this.countListeners.add(listener);
  }

  /** Starts or stops ForceAtlas2; returns whether it now runs. */
  toggleLayout(): boolean {
    if (!this.layout) return false;
    if (this.layout.running) this.layout.stop();
    else this.layout.start();
    return this.layout.running;
  }

  /** True while the layout runs. */
  get layoutRunning(): boolean {
    return this.layout?.running ?? false;
  }

  /** Moves the camera to a node (animated) without changing the selection. */
  flyTo(node: string, ratio = 0.35): void {
    const sigma = this.sigmaValue;
    const graph = this.graphValue;
    if (!sigma || !graph?.hasNode(node)) return;
    // From the graph's coordinates (the display cache may hold raw ones until the next render).
    const { x, y } = graph.getNodeAttributes(node);
    const target = sigma.viewportToFramedGraph(sigma.graphToViewport({ x, y }));
    sigma.getCamera().animate({ x: target.x, y: target.y, ratio }, { duration: 500 });
  }

  /** Zooms in (factor < 1) or out (factor > 1), or resets the camera (factor 0). */
  zoom(factor: number): void {
    const camera = this.sigmaValue?.getCamera();
    if (!camera) return;
    if (factor === 0) camera.animatedReset({ duration: 300 });
    else if (factor < 1) camera.animatedZoom({ duration: 200 });
    else camera.animatedUnzoom({ duration: 200 });
  }

  /** Pans the camera by a fraction of the view. */
  pan(dx: number, dy: number): void {
    const camera = this.sigmaValue?.getCamera();
    if (!camera) return;
    const state = camera.getState();
    camera.animate({ x: state.x + dx * state.ratio, y: state.y + dy * state.ratio }, { duration: 150 });
  }

  private bindEvents(sigma: Sigma<ViewNodeAttributes, ViewEdgeAttributes>): void {
    sigma.on("enterNode", ({ node }) => this.store.update((state) => ({ ...state, hovered: node })));
    sigma.on("leaveNode", () => this.store.update((state) => (state.hovered ? { ...state, hovered: null } : state)));
    sigma.on("clickNode", ({ node }) =>
      this.store.updateView((view) => ({ ...view, selection: { kind: "node", id: node }, panel: "details" })),
    );
    sigma.on("clickEdge", ({ edge }) =>
      this.store.updateView((view) => ({ ...view, selection: { kind: "edge", id: edge }, panel: "details" })),
    );
    sigma.on("clickStage", () =>
      this.store.update((state) =>
        state.view.selection || state.emphasised.length > 0
          ? { ...state, emphasised: [], view: { ...state.view, selection: null } }
          : state,
      ),
    );
  }

  private onState(state: AppState, previous: AppState): void {
    if (!this.graphValue) return;
    const view = state.view;
    const old = previous.view;
    const visibilityChanged = view.filters !== old.filters || view.focus !== old.focus || state.path !== previous.path;
    const appearanceChanged =
      visibilityChanged ||
      view.selection !== old.selection ||
      view.sizeMode !== old.sizeMode ||
      state.hovered !== previous.hovered ||
      state.emphasised !== previous.emphasised;
    const hoverOnly =
      state.hovered !== previous.hovered &&
      !visibilityChanged &&
      view.selection === old.selection &&
      view.sizeMode === old.sizeMode &&
      state.emphasised === previous.emphasised;
    if (visibilityChanged) this.recompute(state);
    else if (hoverOnly && this.graphValue.order > BIG_GRAPH_NODES) this.refreshHover(state);
    else if (appearanceChanged) this.refreshAppearance(state);
  }

  private scopeOf(state: AppState, graph: ViewGraph): Scope | null {
    const focus = state.view.focus;
    if (focus?.kind === "ego") {
      const predicates = state.view.filters.predicates ? new Set<string>(state.view.filters.predicates) : null;
      return (
        computeEgoScope(graph, focus.node, focus.depth, (edge) =>
          predicates ? predicates.has(graph.getEdgeAttribute(edge, "predicate")) : true,
        ) ?? { nodes: new Set() }
      );
    }
    if (focus?.kind === "path") {
      return state.path ? computePathScope(graph, state.path.nodes, state.path.edges) : { nodes: new Set() };
    }
    return null;
  }

  private recompute(state: AppState): void {
    const graph = this.graphValue;
    if (!graph) return;
    const scope = this.scopeOf(state, graph);
    this.visibility =
      scope || !isEmptyFilter(state.view.filters) ? computeVisibility(graph, state.view.filters, scope) : null;
    const counts: GraphCounts = {
      nodes: graph.order,
      edges: graph.size,
      visibleNodes: this.visibility ? this.visibility.nodes.size : graph.order,
      visibleEdges: this.visibility ? this.visibility.edges.size : graph.size,
    };
    this.fitRendererTo(Math.max(counts.visibleEdges, this.edgesToCome));
    this.refreshAppearance(state);
    for (const listener of this.countListeners) listener(counts);
  }

  /**
   * Sets the renderer up for the number of edges drawn (sizeSettings): a focus or filter that leaves
   * few edges of a big graph brings arrows and edge clicks back. Only when that changes.
   */
  private fitRendererTo(edgeCount: number): void {
    const big = isBigGraph(edgeCount);
    if (!this.sigmaValue || big === this.drawnBig) return;
    this.drawnBig = big;
    this.sigmaValue.setSettings(sizeSettings(edgeCount));
    this.syncPanMode();
  }

  private hoverSets(
    graph: ViewGraph,
    node: string | null,
  ): { hovered: string | null; nodes: Set<string>; edges: Set<string> } {
    const hovered = node !== null && graph.hasNode(node) ? node : null;
    const nodes = new Set<string>();
    const edges = new Set<string>();
    if (hovered !== null) {
      nodes.add(hovered);
      graph.forEachEdge(hovered, (edge, _attributes, source, target) => {
        edges.add(edge);
        nodes.add(source === hovered ? target : source);
      });
    }
    return { hovered, nodes, edges };
  }

  /**
   * Hover on a big graph: the neighbourhood lights up but the rest does not fade, so only the
   * items of the old and new neighbourhoods are reduced again (a partial refresh).
   */
  private refreshHover(state: AppState): void {
    const graph = this.graphValue;
    const sigma = this.sigmaValue;
    if (!graph || !sigma) return;
    const before = this.renderState;
    const { hovered, nodes, edges } = this.hoverSets(graph, state.hovered);
    this.renderState = { ...before, hovered, hoveredNodes: nodes, hoveredEdges: edges, fadeOthers: false };
    const touchedNodes = new Set([...before.hoveredNodes, ...nodes]);
    const touchedEdges = new Set([...before.hoveredEdges, ...edges]);
    sigma.refresh({
      partialGraph: { nodes: [...touchedNodes], edges: [...touchedEdges] },
      skipIndexation: true,
      schedule: true,
    });
  }

  private refreshAppearance(state: AppState): void {
    const graph = this.graphValue;
    const sigma = this.sigmaValue;
    if (!graph || !sigma) return;
    const { hovered, nodes: hoveredNodes, edges: hoveredEdges } = this.hoverSets(graph, state.hovered);
    const selection = state.view.selection;
    const pathEdges = state.view.focus?.kind === "path" && state.path ? new Set(state.path.edges) : new Set<string>();
    const emphasisedNodes = new Set(state.emphasised);
    if (state.view.focus?.kind === "path" && state.path) for (const node of state.path.nodes) emphasisedNodes.add(node);
    if (state.view.focus?.kind === "ego") emphasisedNodes.add(state.view.focus.node);
    this.renderState = {
      visibleNodes: this.visibility?.nodes ?? null,
      visibleEdges: this.visibility?.edges ?? null,
      hovered,
      hoveredNodes,
      hoveredEdges,
      selectedNode: selection?.kind === "node" ? selection.id : null,
      selectedEdge: selection?.kind === "edge" ? selection.id : null,
      emphasisedNodes,
      emphasisedEdges: pathEdges,
      sizeMode: state.view.sizeMode,
      fadeOthers: graph.order <= BIG_GRAPH_NODES,
    };
    sigma.refresh({ schedule: true });
  }
}
