// What every view and controller gets: the store, the graph controller and a few app-level
// actions (select, focus, open the reader). Wiring only; the actions live in main.ts.

import type { Store } from "../store.ts";
import type { GraphController } from "./controllers/graph.ts";

/** App-level actions the views call. */
export interface AppActions {
  /** Selects an entity, opens its details and flies the camera to it. */
  selectEntity(id: string): void;
  /** Selects a relation and opens its details. */
  selectRelation(id: string): void;
  /** Opens a document in the reader, scrolled to `offset` when given. */
  openDocument(id: string, offset?: number): void;
  /** Reloads the overview graph from the API; `emphasise` ids are drawn highlighted afterwards. */
  reload(emphasise?: readonly string[]): Promise<void>;
}

/** The context handed to views. */
export interface AppContext {
  store: Store;
  graph: GraphController;
  actions: AppActions;
}
