// The explorer's entry point: reads the view state from the URL, loads the graph from the API,
// mounts the renderer, the toolbar, the panels and the reader, and keeps the URL in step with the
// state. Wiring only: domain logic lives in state/, appearance in rendering/, DOM in views/.

import "./styles.css";
import { ApiError } from "./api/client.ts";
import { fetchNeighbourhood, fetchOverview, overviewToExplorerData } from "./api/overview.ts";
import { fetchPath, rememberDocuments, searchEntities } from "./api/queries.ts";
import type { ExplorerData } from "./state/graph/types.ts";
import { describeDownload, describeOverview, formatCount } from "./state/loading/index.ts";
import { INITIAL_VIEW_STATE, parseViewState, serializeViewState } from "./state/url/index.ts";
import type { PanelName, ViewState } from "./state/url/types.ts";
import { type AppState, Store } from "./store.ts";
import type { AppActions, AppContext } from "./views/context.ts";
import { GraphController, type GraphCounts } from "./views/controllers/graph.ts";
import { bindKeyboard } from "./views/controllers/keyboard.ts";
import { showLoadProgress } from "./views/controllers/load-progress.ts";
import { mountSearch } from "./views/controllers/search.ts";
import { button, el, replaceChildren } from "./views/dom.ts";
import { mountDetailsPanel } from "./views/panels/details.ts";
import { mountExportPanel } from "./views/panels/export.ts";
import { mountFiltersPanel } from "./views/panels/filters.ts";
import { mountIngestPanel } from "./views/panels/ingest.ts";
import { mountLegend } from "./views/panels/legend.ts";
import { mountMeetingsPanel } from "./views/panels/meetings.ts";
import { mountReader } from "./views/panels/reader.ts";
import { mountTimelinePanel } from "./views/panels/timeline.ts";

/** From this many entities, the first load shows the nodes before the relations are drawn. */
const PROGRESSIVE_MIN_ENTITIES = 2000;

/**
 * Most entities the overview draws: a larger graph shows its top entities by PageRank (and the
 * relations among them), the others come with search and on demand. `?overviewLimit=N` changes it.
 */
// The server builds this overview ahead of the first request (src/api/overview.ts has the same number).
const DEFAULT_OVERVIEW_LIMIT = 5000;
const overviewLimit = (() => {
  const asked = new URLSearchParams(window.location.search).get("overviewLimit");
  return asked !== null && /^\d{1,9}$/.test(asked) && Number(asked) > 0 ? Number(asked) : DEFAULT_OVERVIEW_LIMIT;
})();

function required<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`explorer: the page should have #${id}, found none.`);
  return element as T;
}

const initialView: ViewState = { ...INITIAL_VIEW_STATE, ...parseViewState(window.location.search) };
const store = new Store({
  view: initialView,
  status: { type: "loading" },
  dataVersion: 0,
  documents: [],
  hovered: null,
  emphasised: [],
  path: null,
  pathStatus: { type: "idle" },
});

const graphContainer = required("graph");
// Focusable, so that the arrow keys pan the camera (see controllers/keyboard.ts).
graphContainer.tabIndex = 0;
// `?pan=redraw`: drags redraw the graph at each move even on big graphs (the benchmark's baseline).
const bitmapPan = new URLSearchParams(window.location.search).get("pan") !== "redraw";
const graphController = new GraphController(graphContainer, store, { bitmapPan });
const statusLine = required<HTMLParagraphElement>("status");
// "showing 5,000 of 100,000 entities" when the overview is the top of a larger graph.
const overviewNote = el("p", { className: "status overview-note", id: "overview-note", attrs: { role: "note" } });
overviewNote.hidden = true;
statusLine.after(overviewNote);
const panelHost = required<HTMLElement>("panel");
const focusBanner = required<HTMLParagraphElement>("focus-banner");
const stage = required<HTMLElement>("stage");

const actions: AppActions = {
  selectEntity(id) {
    store.update((state) => ({
      ...state,
      view: { ...state.view, selection: { kind: "node", id }, panel: "details" },
    }));
    void showEntity(id);
  },
  selectRelation(id) {
    store.updateView((view) => ({ ...view, selection: { kind: "edge", id }, panel: "details" }));
  },
  openDocument(id, offset) {
    store.updateView((view) => ({ ...view, document: id }));
    void reader.open(id, offset);
  },
  async reload(emphasise = []) {
    await load(emphasise);
  },
};
const context: AppContext = { store, graph: graphController, actions };
// A handle for the browser tests and the benchmark (read-only use).
(window as unknown as { __explorer: AppContext }).__explorer = context;
const reader = mountReader(context, required<HTMLDialogElement>("reader"));
const search = mountSearch(context, required("search"));
const legend = mountLegend(context, required("legend"));

// Panels: mounted lazily, kept while the page lives so their state survives switching.
type PanelView = { element: HTMLElement; update(state: AppState, previous: AppState | null): void };
const PANEL_FACTORIES: Record<PanelName, (context: AppContext) => PanelView> = {
  details: mountDetailsPanel,
  filters: mountFiltersPanel,
  meetings: mountMeetingsPanel,
  timeline: mountTimelinePanel,
  export: mountExportPanel,
  ingest: mountIngestPanel,
};
const PANEL_LABELS: Record<PanelName, string> = {
  details: "Details",
  filters: "Filters",
  meetings: "Meetings",
  timeline: "Timeline",
  export: "Export",
  ingest: "Add article",
};
const panels = new Map<PanelName, PanelView>();
const panelButtons = new Map<PanelName, HTMLButtonElement>();
for (const name of Object.keys(PANEL_LABELS) as PanelName[]) {
  const toggle = button(
    PANEL_LABELS[name],
    () => store.updateView((view) => ({ ...view, panel: view.panel === name ? null : name })),
    { attrs: { "aria-pressed": "false", "aria-controls": "panel", "data-open-panel": name } },
  );
  panelButtons.set(name, toggle);
}
replaceChildren(required("panel-buttons"), [...panelButtons.values()]);

function showPanel(state: AppState, previous: AppState | null): void {
  const name = state.view.panel;
  for (const [panel, toggle] of panelButtons) toggle.setAttribute("aria-pressed", String(panel === name));
  if (name === null || state.status.type === "loading") {
    panelHost.hidden = true;
    return;
  }
  let view = panels.get(name);
  if (!view) {
    view = PANEL_FACTORIES[name](context);
    panels.set(name, view);
  }
  if (panelHost.firstElementChild !== view.element) replaceChildren(panelHost, [view.element]);
  panelHost.hidden = false;
  view.update(state, previous);
}

// Graph controls over the canvas.
const layoutButton = button("Start layout", () => graphController.toggleLayout(), {
  id: "layout-toggle",
  title: "Run ForceAtlas2 in a worker for a few seconds",
  attrs: { "aria-pressed": "false" },
});
graphController.onLayout((running) => {
  layoutButton.textContent = running ? "Stop layout" : "Start layout";
  layoutButton.setAttribute("aria-pressed", String(running));
});
const sizeSelect = el("select", { id: "size-mode", attrs: { "aria-label": "Node size" } }, [
  el("option", { text: "Size: PageRank", attrs: { value: "pagerank" } }),
  el("option", { text: "Size: degree", attrs: { value: "degree" } }),
]);
sizeSelect.addEventListener("change", () =>
  store.updateView((view) => ({ ...view, sizeMode: sizeSelect.value === "degree" ? "degree" : "pagerank" })),
);
replaceChildren(required("graph-controls"), [
  button("+", () => graphController.zoom(0.5), { title: "Zoom in (+)", attrs: { "aria-label": "Zoom in" } }),
  button("−", () => graphController.zoom(2), { title: "Zoom out (-)", attrs: { "aria-label": "Zoom out" } }),
  button("Reset", () => graphController.zoom(0), { title: "Reset the camera (0)" }),
  layoutButton,
  sizeSelect,
]);

function describeCounts(counts: GraphCounts): string {
  return counts.visibleNodes === counts.nodes && counts.visibleEdges === counts.edges
    ? `${counts.nodes} entities · ${counts.edges} relations`
    : `Showing ${counts.visibleNodes} of ${counts.nodes} entities · ${counts.visibleEdges} of ${counts.edges} relations`;
}
graphController.onCounts((counts) => {
  if (store.state.status.type !== "idle") return;
  statusLine.className = "status";
  statusLine.textContent = describeCounts(counts);
  statusLine.dataset.visibleNodes = String(counts.visibleNodes);
  statusLine.dataset.visibleEdges = String(counts.visibleEdges);
  statusLine.dataset.totalNodes = String(counts.nodes);
  statusLine.dataset.totalEdges = String(counts.edges);
});

function showFocusBanner(state: AppState): void {
  const focus = state.view.focus;
  if (!focus) {
    focusBanner.hidden = true;
    return;
  }
  const graph = graphController.graph;
  const name = (id: string) => (graph?.hasNode(id) ? graph.getNodeAttribute(id, "label") : id);
  let text: string;
  if (focus.kind === "ego") text = `Neighbours of ${name(focus.node)}, depth ${focus.depth}`;
  else if (state.pathStatus.type === "loading") text = `Finding a path from ${focus.from} to ${focus.to}…`;
  else if (state.pathStatus.type === "error") text = `Path: ${state.pathStatus.message}`;
  else if (state.path) text = `Path: ${state.path.nodes.map(name).join(" → ")}`;
  else text = `No path from ${focus.from} to ${focus.to} within 6 hops.`;
  replaceChildren(focusBanner, [
    el("span", { id: "focus-text", text }),
    button("Clear focus", () => store.update((s) => ({ ...s, path: null, view: { ...s.view, focus: null } }))),
  ]);
  focusBanner.hidden = false;
}

// Path focus: ask the API when the endpoints change.
let pathTicket = 0;
async function resolvePath(from: string, to: string): Promise<void> {
  const ticket = ++pathTicket;
  store.update((state) => ({ ...state, path: null, pathStatus: { type: "loading" } }));
  try {
    const path = await fetchPath(from, to);
    if (ticket === pathTicket) store.update((state) => ({ ...state, path, pathStatus: { type: "idle" } }));
  } catch (error) {
    if (ticket === pathTicket) {
      store.update((state) => ({
        ...state,
        path: null,
        pathStatus: { type: "error", message: (error as Error).message },
      }));
    }
  }
}

// The URL follows the view state; selection and focus changes make history entries.
let applyingHistory = false;
store.subscribe((state, previous) => {
  if (state.view !== previous.view && !applyingHistory) {
    const query = serializeViewState(state.view);
    const url = `${window.location.pathname}${query}${window.location.hash}`;
    const meaningful = state.view.selection !== previous.view.selection || state.view.focus !== previous.view.focus;
    if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
      if (meaningful) window.history.pushState(null, "", url);
      else window.history.replaceState(null, "", url);
    }
  }
  const focus = state.view.focus;
  const oldFocus = previous.view.focus;
  if (
    focus?.kind === "path" &&
    (oldFocus?.kind !== "path" || oldFocus.from !== focus.from || oldFocus.to !== focus.to)
  ) {
    void resolvePath(focus.from, focus.to);
  }
  if (state.view.document !== previous.view.document) {
    if (state.view.document === null) reader.close();
  }
  showPanel(state, previous);
  legend.update(state);
  showFocusBanner(state);
});
window.addEventListener("popstate", () => {
  applyingHistory = true;
  try {
    const view = parseViewState(window.location.search);
    store.updateView(() => view);
    if (view.document) void reader.open(view.document);
  } finally {
    applyingHistory = false;
  }
});

bindKeyboard(context, { focusSearch: () => search.focus(), closeReader: () => reader.close() });

/** The records shown: the overview, and the neighbourhoods opened since. */
let shownData: ExplorerData | null = null;

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * Adds an entity the overview left out, with its neighbourhood (from the API), to the view; true
 * when the view has it afterwards.
 */
async function ensureEntity(id: string): Promise<boolean> {
  const graph = graphController.graph;
  if (!graph || !shownData) return false;
  if (graph.hasNode(id)) return true;
  const around = await fetchNeighbourhood(id, shownData.documents);
  if (!around || !shownData) return false;
  if (graphController.graph?.hasNode(id)) return true;
  shownData = {
    ...shownData,
    entities: [...shownData.entities, ...around.entities],
    relations: [...shownData.relations, ...around.relations],
  };
  search.setGraph(graphController.setData(shownData));
  return true;
}

/** Shows an entity: flies to it, after adding it with its neighbourhood when the overview left it out. */
async function showEntity(id: string): Promise<void> {
  try {
    await ensureEntity(id);
    graphController.flyTo(id);
  } catch (error) {
    statusLine.className = "status error";
    statusLine.textContent = (error as Error).message;
  }
}

/** Most entities just added by an ingest that are fetched when the overview leaves them out. */
const MAX_EMPHASISED_FETCHED = 20;

async function load(emphasise: readonly string[] = []): Promise<void> {
  const first = store.state.dataVersion === 0;
  store.update((state) => ({ ...state, status: { type: "loading" } }));
  if (first) statusLine.textContent = "Loading the graph…";
  try {
    // One request; the indicator counts its bytes (state/loading says when it shows).
    const answer = await fetchOverview(overviewLimit, {
      onProgress: (received, total) => showLoadProgress(stage, describeDownload(received, total)),
    });
    const data = overviewToExplorerData(answer);
    if (first) performance.mark("kg:data-loaded");
    rememberDocuments(data.documents);
    // A first big load draws the nodes, then the relations a frame later.
    if (first && data.entities.length >= PROGRESSIVE_MIN_ENTITIES && data.relations.length > 0) {
      graphController.setData({ ...data, relations: [] }, data.relations.length);
      showLoadProgress(stage, {
        text: `Drawing ${formatCount(data.relations.length)} relations…`,
        value: null,
        max: null,
      });
      statusLine.textContent = `${formatCount(data.entities.length)} entities; drawing the relations…`;
      await nextFrame();
    }
    shownData = data;
    store.update((state) => ({ ...state, status: { type: "idle" }, documents: data.documents }));
    const graph = graphController.setData(data);
    if (first) graphController.sigma?.once("afterRender", () => performance.mark("kg:complete-render"));
    search.setGraph(graph);
    const note = describeOverview(data.entities.length, data.total?.entities ?? null);
    search.setRemote(
      note === null
        ? null
        : async (text) =>
            (await searchEntities(text, 8)).map((hit) => ({
              score: hit.score,
              entity: {
                id: hit.entity.id,
                name: hit.entity.name,
                aliases: hit.entity.aliases,
                type: hit.entity.type,
                weight: hit.score,
              },
            })),
    );
    overviewNote.textContent = note ?? "";
    overviewNote.hidden = note === null;
    overviewNote.dataset.shown = String(data.entities.length);
    overviewNote.dataset.total = String(data.total?.entities ?? data.entities.length);
    // Entities an ingest just added are shown even when they are not among the top ones.
    for (const id of emphasise.slice(0, MAX_EMPHASISED_FETCHED)) await ensureEntity(id).catch(() => false);
    store.update((state) => ({ ...state, dataVersion: state.dataVersion + 1, emphasised: [...emphasise] }));
    document.body.dataset.ready = "true";
  } catch (error) {
    const message = error instanceof ApiError ? error.message : `explorer: loading failed: ${(error as Error).message}`;
    store.update((state) => ({ ...state, status: { type: "error", message } }));
    statusLine.className = "status error";
    statusLine.textContent = message;
    document.body.dataset.ready = "error";
  } finally {
    showLoadProgress(stage, null);
  }
}

void load().then(() => {
  const { view } = store.state;
  if (view.focus?.kind === "path") void resolvePath(view.focus.from, view.focus.to);
  if (view.selection?.kind === "node") void showEntity(view.selection.id);
  if (view.document) void reader.open(view.document);
  showFocusBanner(store.state);
});
