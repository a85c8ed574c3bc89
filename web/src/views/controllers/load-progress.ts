// The loading progress indicator over the graph ("Loading 3,000 of 12,500 relations…"): a
// progressbar with the text and a bar, updated per page and removed once the graph is in. Renders
// what state/loading describes; no logic of its own.

import type { LoadProgressView } from "../../state/loading/index.ts";
import { el } from "../dom.ts";

/** The indicator's id (one per page). */
export const LOAD_PROGRESS_ID = "load-progress";

/** Shows `view` in `host` (creating the indicator on first use), or removes the indicator for null. */
export function showLoadProgress(host: HTMLElement, view: LoadProgressView | null): void {
  let indicator = host.querySelector<HTMLElement>(`#${LOAD_PROGRESS_ID}`);
  if (view === null) {
    indicator?.remove();
    return;
  }
  if (!indicator) {
    indicator = el("div", {
      id: LOAD_PROGRESS_ID,
      className: "load-progress",
      attrs: { role: "progressbar", "aria-label": "Loading the graph", "aria-valuemin": "0" },
    });
    indicator.append(el("span", { className: "load-progress-text" }), el("span", { className: "load-progress-bar" }));
    host.append(indicator);
  }
  const [text, bar] = [...indicator.children] as HTMLElement[];
  if (text) text.textContent = view.text;
  indicator.setAttribute("aria-valuetext", view.text);
  if (view.value === null || view.max === null || view.max === 0) {
    indicator.removeAttribute("aria-valuenow");
    indicator.removeAttribute("aria-valuemax");
    bar?.style.setProperty("--progress", "0%");
    indicator.classList.add("indeterminate");
  } else {
    indicator.setAttribute("aria-valuenow", String(view.value));
    indicator.setAttribute("aria-valuemax", String(view.max));
    bar?.style.setProperty("--progress", `${Math.min(100, (100 * view.value) / view.max).toFixed(1)}%`);
    indicator.classList.remove("indeterminate");
  }
}
