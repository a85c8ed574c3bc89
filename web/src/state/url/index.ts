// The URL domain: the view state to a query string and back, so that a view can be shared.
// Pure: strings in, state out (and the reverse); unknown values are dropped, never thrown.

import { ENTITY_TYPES, type EntityType, PREDICATES, type Predicate } from "../../../../src/extraction/types.ts";
import { EMPTY_FILTERS } from "../filters/utils.ts";
import { parseEgoDepth } from "../focus/index.ts";
import { PANELS, type PanelName, type ViewState } from "./types.ts";

export type * from "./types.ts";
export { PANELS } from "./types.ts";

/** The state of a fresh explorer (no URL parameters). */
export const INITIAL_VIEW_STATE: ViewState = {
  selection: null,
  filters: EMPTY_FILTERS,
  focus: null,
  sizeMode: "pagerank",
  panel: null,
  document: null,
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function parseList<T extends string>(value: string | null, allowed: readonly T[]): T[] | null {
  if (value === null) return null;
  const wanted = new Set(value.split(","));
  return allowed.filter((item) => wanted.has(item));
}

function parseDate(value: string | null): string | null {
  return value !== null && ISO_DATE.test(value) ? value : null;
}

function nonEmpty(value: string | null): string | null {
  return value !== null && value.length > 0 ? value : null;
}

/** The view state a query string ("?node=…&types=…") describes; absent or invalid values take defaults. */
export function parseViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const node = nonEmpty(params.get("node"));
  const edge = nonEmpty(params.get("edge"));
  const focusNode = nonEmpty(params.get("focus"));
  const pathFrom = nonEmpty(params.get("pathFrom"));
  const pathTo = nonEmpty(params.get("pathTo"));
  const panel = params.get("panel");
  return {
    selection: node ? { kind: "node", id: node } : edge ? { kind: "edge", id: edge } : null,
    filters: {
      types: parseList<EntityType>(params.get("types"), ENTITY_TYPES),
      predicates: parseList<Predicate>(params.get("predicates"), PREDICATES),
      document: nonEmpty(params.get("doc")),
      from: parseDate(params.get("since")),
      to: parseDate(params.get("until")),
      hideIsolated: params.get("isolated") === "hide",
    },
    focus: focusNode
      ? { kind: "ego", node: focusNode, depth: parseEgoDepth(params.get("depth")) }
      : pathFrom && pathTo
        ? { kind: "path", from: pathFrom, to: pathTo }
        : null,
    sizeMode: params.get("size") === "degree" ? "degree" : "pagerank",
    panel: (PANELS as readonly string[]).includes(panel ?? "") ? (panel as PanelName) : null,
    document: nonEmpty(params.get("read")),
  };
}

/** The query string (with its "?", or "" when everything is default) of a view state; parameters in a fixed order. */
export function serializeViewState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.selection) params.set(state.selection.kind, state.selection.id);
  const { filters, focus } = state;
  if (filters.types !== null) params.set("types", filters.types.join(","));
  if (filters.predicates !== null) params.set("predicates", filters.predicates.join(","));
  if (filters.document !== null) params.set("doc", filters.document);
  if (filters.from !== null) params.set("since", filters.from);
  if (filters.to !== null) params.set("until", filters.to);
  if (filters.hideIsolated) params.set("isolated", "hide");
  if (focus?.kind === "ego") {
    params.set("focus", focus.node);
    params.set("depth", String(focus.depth));
  } else if (focus?.kind === "path") {
    params.set("pathFrom", focus.from);
    params.set("pathTo", focus.to);
  }
  if (state.sizeMode === "degree") params.set("size", "degree");
  if (state.panel !== null) params.set("panel", state.panel);
  if (state.document !== null) params.set("read", state.document);
  const text = params.toString();
  return text.length > 0 ? `?${text}` : "";
}
