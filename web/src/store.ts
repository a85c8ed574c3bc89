// The explorer's one mutable place: the view state (what the URL shares) and the runtime state
// (loading status, hover, what was just added), with subscribers. Changes go through `update`
// with a producer; views and controllers react in `subscribe`.

import type { PathResult } from "./api/types.ts";
import type { DocumentRecord } from "./state/graph/types.ts";
import type { ViewState } from "./state/url/types.ts";

/** Async status, as STYLE.md spells it. */
export type AsyncStatus = { type: "idle" } | { type: "loading" } | { type: "error"; message: string };

/** Everything the views read. */
export interface AppState {
  view: ViewState;
  /** Loading of the overview graph. */
  status: AsyncStatus;
  /** Bumped each time the overview graph is (re)loaded, so views can rebuild. */
  dataVersion: number;
  /** The documents of the loaded graph. */
  documents: readonly DocumentRecord[];
  hovered: string | null;
  /** Entities to draw highlighted (just ingested, or a search hit). */
  emphasised: readonly string[];
  /** The path of a path focus once the API has found it (null while unknown or when there is none). */
  path: PathResult | null;
  /** Finding the path of a path focus: loading, failed, or idle (found, or none when `path` is null). */
  pathStatus: AsyncStatus;
}

type Listener = (state: AppState, previous: AppState) => void;

/** A minimal observable store. */
export class Store {
  private current: AppState;
  private readonly listeners = new Set<Listener>();

  constructor(initial: AppState) {
    this.current = initial;
  }

  /** The current state (treat as read-only). */
  get state(): AppState {
    return this.current;
  }

  /** Replaces the state with `producer(state)` and notifies subscribers when it changed. */
  update(producer: (state: AppState) => AppState): void {
    const previous = this.current;
    const next = producer(previous);
    if (next === previous) return;
    this.current = next;
    for (const listener of [...this.listeners]) listener(next, previous);
  }

  /** Sets the view state through a producer of it. */
  updateView(producer: (view: ViewState) => ViewState): void {
    this.update((state) => {
      const view = producer(state.view);
      return view === state.view ? state : { ...state, view };
    });
  }

  /** Calls `listener` after each change; returns the unsubscribe function. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
