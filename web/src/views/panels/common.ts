// Small view pieces shared by the panels: an entity link, a type badge, text with highlighted
// spans (text nodes and <mark>, never innerHTML) and a panel header. DOM building only.

import type { EntityType } from "../../../../src/extraction/types.ts";
import { TYPE_COLORS } from "../../../../src/graph/model.ts";
import type { EntityRef } from "../../api/types.ts";
import { findNameRanges, splitHighlights } from "../../state/highlight/index.ts";
import type { HighlightRange } from "../../state/highlight/types.ts";
import type { AppContext } from "../context.ts";
import { button, el } from "../dom.ts";

/** A coloured dot and the type's name. */
export function typeBadge(type: EntityType): HTMLElement {
  const swatch = el("span", { className: "swatch", attrs: { "aria-hidden": "true" } });
  swatch.style.background = TYPE_COLORS[type];
  return el("span", { className: "type-badge" }, [swatch, type]);
}

/** A button naming an entity that selects it. */
export function entityLink(context: AppContext, entity: EntityRef): HTMLButtonElement {
  return button(entity.name, () => context.actions.selectEntity(entity.id), {
    className: "link entity-link",
    title: `${entity.type}: ${entity.name}`,
    attrs: { "data-entity": entity.id },
  });
}

/** A paragraph-like element holding `text` with `ranges` wrapped in <mark>. */
export function highlightedText(
  tag: "blockquote" | "span" | "div" | "p",
  text: string,
  ranges: readonly HighlightRange[],
  onMark?: (entity: string) => void,
): HTMLElement {
  const container = document.createElement(tag);
  for (const segment of splitHighlights(text, ranges)) {
    if (!segment.mark) {
      container.appendChild(document.createTextNode(segment.text));
      continue;
    }
    const mark = document.createElement("mark");
    mark.textContent = segment.text;
    const entity = segment.entity;
    if (entity !== undefined) {
      mark.dataset.entity = entity;
      if (onMark) {
        mark.className = "entity-link";
        mark.tabIndex = 0;
        mark.setAttribute("role", "button");
        mark.addEventListener("click", () => onMark(entity));
        mark.addEventListener("keydown", (event) => {
          if (event.key === "Enter" || event.key === " ") {
            event.preventDefault();
            onMark(entity);
          }
        });
      }
    }
    container.appendChild(mark);
  }
  return container;
}

/** The ranges naming `entities` (names and aliases) in a sentence. */
export function entityRanges(sentence: string, entities: readonly EntityRef[]): HighlightRange[] {
  const names: { name: string; entity: string }[] = [];
  for (const entity of entities) {
    names.push({ name: entity.name, entity: entity.id });
    for (const alias of entity.aliases) names.push({ name: alias, entity: entity.id });
  }
  return findNameRanges(sentence, names);
}

/** A panel header: a title and a close button. */
export function panelHeader(
  context: AppContext,
  title: Node | string,
  extra: readonly HTMLElement[] = [],
): HTMLElement {
  const heading = el("h2", { id: "panel-title" }, [title]);
  const close = button("×", () => context.store.updateView((view) => ({ ...view, panel: null })), {
    title: "Close the panel",
    attrs: { "aria-label": "Close the panel" },
  });
  return el("div", { className: "panel-header" }, [el("div", {}, [heading, ...extra]), close]);
}
