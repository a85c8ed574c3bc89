// Types of the shareable view state: everything the URL holds. Types only.

import type { FilterState } from "../filters/types.ts";
import type { Focus } from "../focus/types.ts";
import type { SizeMode } from "../graph/types.ts";

/** The side panels. */
export const PANELS = ["details", "filters", "meetings", "timeline", "export", "ingest"] as const;
export type PanelName = (typeof PANELS)[number];

/** The selected node or edge. */
export interface Selection {
  kind: "node" | "edge";
  id: string;
}

/** The part of the explorer's state that a shared link reproduces. */
export interface ViewState {
  selection: Selection | null;
  filters: FilterState;
  focus: Focus | null;
  sizeMode: SizeMode;
  /** The open side panel, or null when it is closed. */
  panel: PanelName | null;
  /** The document open in the reader, or null. */
  document: string | null;
}
