// The legend over the graph: one entry per entity type present (colour, name, count); pressing an
// entry shows or hides that type. Built per data load, kept in sync with the type filter.

import { ENTITY_TYPES, type EntityType } from "../../../../src/extraction/types.ts";
import { TYPE_COLORS } from "../../../../src/graph/model.ts";
import { toggleInList } from "../../state/filters/utils.ts";
import type { AppState } from "../../store.ts";
import type { AppContext } from "../context.ts";
import { el, replaceChildren } from "../dom.ts";

/** Mounts the legend into `container`. */
export function mountLegend(context: AppContext, container: HTMLElement): { update(state: AppState): void } {
  let builtFor = -1;
  let entries = new Map<EntityType, HTMLButtonElement>();
  const build = () => {
    const counts = new Map<EntityType, number>();
    context.graph.graph?.forEachNode((_node, attributes) =>
      counts.set(attributes.entityType, (counts.get(attributes.entityType) ?? 0) + 1),
    );
    entries = new Map();
    const items = ENTITY_TYPES.filter((type) => counts.has(type)).map((type) => {
      const swatch = el("span", { className: "swatch", attrs: { "aria-hidden": "true" } });
      swatch.style.background = TYPE_COLORS[type];
      const entry = el(
        "button",
        {
          type: "button",
          title: `Show or hide ${type} nodes`,
          attrs: { "data-type": type, "aria-pressed": "true" },
          onClick: () =>
            context.store.updateView((view) => ({
              ...view,
              filters: { ...view.filters, types: toggleInList(view.filters.types, type, ENTITY_TYPES) },
            })),
        },
        [swatch, `${type} `, el("span", { className: "muted", text: String(counts.get(type) ?? 0) })],
      );
      entries.set(type, entry);
      return el("li", {}, [entry]);
    });
    // A <details> so that narrow screens can fold the legend away (folded there at start).
    const details = el("details", {}, [
      el("summary", { text: "Legend" }),
      el("ul", { attrs: { "aria-label": "Entity types" } }, items),
    ]);
    details.open = window.matchMedia("(min-width: 761px)").matches;
    replaceChildren(container, [details]);
  };
  return {
    update(state) {
      if (builtFor !== state.dataVersion) {
        builtFor = state.dataVersion;
        build();
      }
      const shown = state.view.filters.types;
      for (const [type, entry] of entries)
        entry.setAttribute("aria-pressed", String(shown === null || shown.includes(type)));
    },
  };
}
