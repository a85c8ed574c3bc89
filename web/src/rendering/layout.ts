// ForceAtlas2 in a web worker (graphology's supervisor) with a time budget: a run stops by itself
// after `budgetMs`. Positions are written to the graph by the supervisor; nothing else here
// writes to it.

import { inferSettings } from "graphology-layout-forceatlas2";
import FA2LayoutSupervisor from "graphology-layout-forceatlas2/worker";
import type { Attributes } from "graphology-types";
import type { ViewGraph } from "../state/graph/types.ts";

/** Default time budget of a layout run. */
export const LAYOUT_BUDGET_MS = 5000;

/** Starts, stops and times out the layout of one graph. */
export class LayoutRunner {
  private readonly supervisor: FA2LayoutSupervisor<Attributes, Attributes>;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly onChange: (running: boolean) => void;

  constructor(graph: ViewGraph, onChange: (running: boolean) => void = () => {}) {
    this.onChange = onChange;
    const settings = { ...inferSettings(graph), slowDown: 10 };
    this.supervisor = new FA2LayoutSupervisor(graph, { settings, getEdgeWeight: null });
  }

  /** True while the worker iterates. */
  get running(): boolean {
    return this.supervisor.isRunning();
  }

  /** Starts (or restarts) a run that stops by itself after `budgetMs`. */
  start(budgetMs: number = LAYOUT_BUDGET_MS): void {
    this.clearTimer();
    this.supervisor.start();
    this.timer = setTimeout(() => this.stop(), budgetMs);
    this.onChange(true);
  }

  /** Stops the run (positions stay where they are). */
  stop(): void {
    this.clearTimer();
    if (this.supervisor.isRunning()) this.supervisor.stop();
    this.onChange(false);
  }

  /** Stops and frees the worker. */
  kill(): void {
    this.clearTimer();
    this.supervisor.kill();
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
