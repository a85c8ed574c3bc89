// Keyboard shortcuts: "/" focuses the search, Escape clears the selection (or closes the panel),
// + and - zoom, 0 resets the camera, arrows pan while the graph has focus, L starts or stops the
// layout. Ignored while typing in a field.

import type { AppContext } from "../context.ts";

/** Extra hooks the shortcuts need. */
export interface KeyboardHooks {
  focusSearch(): void;
  closeReader(): void;
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

/** Installs the shortcuts on the document. */
export function bindKeyboard(context: AppContext, hooks: KeyboardHooks): void {
  const { store, graph } = context;
  document.addEventListener("keydown", (event) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === "Escape") {
      if (isTyping(event.target) && (event.target as HTMLElement).id !== "search-input") return;
      // An open dialog (the reader) takes Escape for itself.
      if (document.querySelector("dialog[open]")) {
        hooks.closeReader();
        return;
      }
      if (store.state.view.selection) {
        store.update((state) => ({ ...state, emphasised: [], view: { ...state.view, selection: null } }));
      } else if (store.state.view.panel) {
        store.updateView((view) => ({ ...view, panel: null }));
      }
      return;
    }
    if (isTyping(event.target)) return;
    const onGraph = event.target === graph.container;
    switch (event.key) {
      case "/":
        event.preventDefault();
        hooks.focusSearch();
        break;
      case "+":
      case "=":
        graph.zoom(0.5);
        break;
      case "-":
        graph.zoom(2);
        break;
      case "0":
        graph.zoom(0);
        break;
      case "l":
      case "L":
        graph.toggleLayout();
        break;
      case "ArrowLeft":
      case "ArrowRight":
      case "ArrowUp":
      case "ArrowDown":
        if (!onGraph) return;
        event.preventDefault();
        graph.pan(
          event.key === "ArrowLeft" ? -0.1 : event.key === "ArrowRight" ? 0.1 : 0,
          event.key === "ArrowUp" ? 0.1 : event.key === "ArrowDown" ? -0.1 : 0,
        );
        break;
      default:
    }
  });
}
