// The filters panel: entity types, predicates, document, date range, isolated nodes, and the
// focus tools (ego network depth, shortest path between two entities). Controls are built once per
// data load and kept in sync with the store, so keyboard focus survives updates.

import { ENTITY_TYPES, type EntityType, PREDICATES, type Predicate } from "../../../../src/extraction/types.ts";
import { EMPTY_FILTERS, toggleInList } from "../../state/filters/utils.ts";
import { EGO_DEPTHS, type EgoDepth } from "../../state/focus/types.ts";
import type { AppState } from "../../store.ts";
import type { AppContext } from "../context.ts";
import { button, el, replaceChildren } from "../dom.ts";
import { panelHeader, typeBadge } from "./common.ts";

interface Controls {
  types: Map<EntityType, HTMLInputElement>;
  predicates: Map<Predicate, HTMLInputElement>;
  document: HTMLSelectElement;
  since: HTMLInputElement;
  until: HTMLInputElement;
  isolated: HTMLInputElement;
  focusLine: HTMLElement;
  depth: HTMLSelectElement;
  pathFrom: HTMLInputElement;
  pathTo: HTMLInputElement;
}

function checkbox(
  label: Node | string,
  count: number,
  onChange: () => void,
  name: string,
): [HTMLLabelElement, HTMLInputElement] {
  const input = el("input", { type: "checkbox", attrs: { name } });
  input.addEventListener("change", onChange);
  return [el("label", {}, [input, label, el("span", { className: "muted", text: ` ${count}` })]), input];
}

/** Mounts the filters panel. */
export function mountFiltersPanel(context: AppContext): {
  element: HTMLElement;
  update(state: AppState, previous: AppState | null): void;
} {
  const element = el("div", { className: "filters", attrs: { "data-panel": "filters" } });
  const { store } = context;
  let controls: Controls | null = null;
  let builtFor = -1;

  const setFilters = (producer: (filters: AppState["view"]["filters"]) => AppState["view"]["filters"]) =>
    store.updateView((view) => ({ ...view, filters: producer(view.filters) }));

  const build = (): Controls => {
    const graph = context.graph.graph;
    const typeCounts = new Map<string, number>();
    const predicateCounts = new Map<string, number>();
    graph?.forEachNode((_node, attributes) =>
      typeCounts.set(attributes.entityType, (typeCounts.get(attributes.entityType) ?? 0) + 1),
    );
    graph?.forEachEdge((_edge, attributes) =>
      predicateCounts.set(attributes.predicate, (predicateCounts.get(attributes.predicate) ?? 0) + 1),
    );
    const types = new Map<EntityType, HTMLInputElement>();
    const typeLabels = ENTITY_TYPES.filter((type) => typeCounts.has(type)).map((type) => {
      const [label, input] = checkbox(
        typeBadge(type),
        typeCounts.get(type) ?? 0,
        () => setFilters((filters) => ({ ...filters, types: toggleInList(filters.types, type, ENTITY_TYPES) })),
        `type-${type}`,
      );
      input.value = type;
      types.set(type, input);
      return label;
    });
    const predicates = new Map<Predicate, HTMLInputElement>();
    const predicateLabels = PREDICATES.filter((predicate) => predicateCounts.has(predicate)).map((predicate) => {
      const [label, input] = checkbox(
        predicate,
        predicateCounts.get(predicate) ?? 0,
        () =>
          setFilters((filters) => ({
            ...filters,
            predicates: toggleInList(filters.predicates, predicate, PREDICATES),
          })),
        `predicate-${predicate}`,
      );
      input.value = predicate;
      predicates.set(predicate, input);
      return label;
    });
    const documentSelect = el("select", { id: "filter-document" });
    documentSelect.appendChild(el("option", { text: "All documents", attrs: { value: "" } }));
    const documents = new Set<string>();
    graph?.forEachNode((_node, attributes) => {
      for (const id of attributes.documents) documents.add(id);
    });
    for (const record of context.store.state.documents) {
      documentSelect.appendChild(
        el("option", {
          text: record.date ? `${record.title} (${record.date})` : record.title,
          attrs: { value: record.id },
        }),
      );
      documents.delete(record.id);
    }
    for (const id of [...documents].sort())
      documentSelect.appendChild(el("option", { text: id, attrs: { value: id } }));
    documentSelect.addEventListener("change", () =>
      setFilters((filters) => ({ ...filters, document: documentSelect.value || null })),
    );
    const since = el("input", { type: "date", id: "filter-since" });
    const until = el("input", { type: "date", id: "filter-until" });
    since.addEventListener("change", () => setFilters((filters) => ({ ...filters, from: since.value || null })));
    until.addEventListener("change", () => setFilters((filters) => ({ ...filters, to: until.value || null })));
    const isolated = el("input", { type: "checkbox", id: "filter-isolated" });
    isolated.addEventListener("change", () =>
      setFilters((filters) => ({ ...filters, hideIsolated: isolated.checked })),
    );

    const focusLine = el("p", { className: "muted", attrs: { "aria-live": "polite" } });
    const depth = el("select", { id: "ego-depth", attrs: { "aria-label": "Ego network depth" } });
    for (const value of EGO_DEPTHS)
      depth.appendChild(el("option", { text: `depth ${value}`, attrs: { value: String(value) } }));
    depth.addEventListener("change", () =>
      store.updateView((view) =>
        view.focus?.kind === "ego"
          ? { ...view, focus: { ...view.focus, depth: Number(depth.value) as EgoDepth } }
          : view,
      ),
    );
    const pathFrom = el("input", {
      type: "text",
      id: "path-from",
      attrs: { placeholder: "from (name or alias)", autocomplete: "off" },
    });
    const pathTo = el("input", {
      type: "text",
      id: "path-to",
      attrs: { placeholder: "to (name or alias)", autocomplete: "off" },
    });
    const findPath = (event: Event) => {
      event.preventDefault();
      const from = pathFrom.value.trim();
      const to = pathTo.value.trim();
      if (!from || !to) return;
      store.update((state) => ({ ...state, path: null, view: { ...state.view, focus: { kind: "path", from, to } } }));
    };
    const pathForm = el("form", { className: "form", id: "path-form" }, [
      el("label", {}, ["From", pathFrom]),
      el("label", {}, ["To", pathTo]),
      el("div", { className: "row" }, [el("button", { type: "submit", text: "Find path", id: "find-path" })]),
    ]);
    pathForm.addEventListener("submit", findPath);

    replaceChildren(element, [
      panelHeader(context, "Filters"),
      el("div", { className: "row" }, [
        button("Show everything", () =>
          store.update((state) => ({
            ...state,
            path: null,
            view: { ...state.view, filters: EMPTY_FILTERS, focus: null },
          })),
        ),
      ]),
      el("h3", { text: "Entity types" }),
      el("div", { className: "checks", id: "filter-types" }, typeLabels),
      el("h3", { text: "Predicates" }),
      el("div", { className: "checks", id: "filter-predicates" }, predicateLabels),
      el("h3", { text: "Document and dates" }),
      el("div", { className: "form" }, [
        el("label", {}, ["Document", documentSelect]),
        el("div", { className: "row" }, [el("label", {}, ["Since", since]), el("label", {}, ["Until", until])]),
        el("label", { className: "row" }, [isolated, "Hide isolated nodes"]),
      ]),
      el("h3", { text: "Focus" }),
      focusLine,
      el("div", { className: "row" }, [
        el("label", {}, ["Ego network ", depth]),
        button(
          "Clear focus",
          () => store.update((state) => ({ ...state, path: null, view: { ...state.view, focus: null } })),
          {
            id: "clear-focus",
          },
        ),
      ]),
      el("h3", { text: "Shortest path" }),
      pathForm,
    ]);
    return { types, predicates, document: documentSelect, since, until, isolated, focusLine, depth, pathFrom, pathTo };
  };

  const sync = (state: AppState) => {
    if (!controls) return;
    const { filters, focus } = state.view;
    for (const [type, input] of controls.types) input.checked = filters.types === null || filters.types.includes(type);
    for (const [predicate, input] of controls.predicates) {
      input.checked = filters.predicates === null || filters.predicates.includes(predicate);
    }
    controls.document.value = filters.document ?? "";
    controls.since.value = filters.from ?? "";
    controls.until.value = filters.to ?? "";
    controls.isolated.checked = filters.hideIsolated;
    const graph = context.graph.graph;
    const name = (id: string) => (graph?.hasNode(id) ? graph.getNodeAttribute(id, "label") : id);
    if (focus?.kind === "ego") {
      controls.focusLine.textContent = `Neighbours of ${name(focus.node)} to depth ${focus.depth}.`;
      controls.depth.value = String(focus.depth);
      controls.depth.disabled = false;
    } else if (focus?.kind === "path") {
      controls.focusLine.textContent = state.path
        ? `Path ${state.path.nodes.map(name).join(" → ")} (${state.path.edges.length} hops).`
        : `Path from ${focus.from} to ${focus.to}: searching…`;
      controls.depth.disabled = true;
      if (document.activeElement !== controls.pathFrom) controls.pathFrom.value ||= focus.from;
      if (document.activeElement !== controls.pathTo) controls.pathTo.value ||= focus.to;
    } else {
      controls.focusLine.textContent = "No focus: select a node and press “Focus neighbours”, or find a path.";
      controls.depth.disabled = true;
    }
  };

  return {
    element,
    update(state) {
      if (builtFor !== state.dataVersion) {
        builtFor = state.dataVersion;
        controls = build();
      }
      sync(state);
    },
  };
}
