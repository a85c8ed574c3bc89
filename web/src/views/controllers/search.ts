// The search box: an ARIA combobox with autocomplete over names and aliases (state/search);
// arrows move through suggestions, Enter or a click selects the entity and flies to it. When the
// graph shown is only part of the whole (a large graph's overview), the API's search is asked too,
// so every entity can be found.

import type { ViewGraph } from "../../state/graph/types.ts";
import { buildSearchIndex, suggestEntities } from "../../state/search/index.ts";
import type { SearchEntry, SearchIndex, Suggestion } from "../../state/search/types.ts";
import type { AppContext } from "../context.ts";
import { el, replaceChildren } from "../dom.ts";

/** Entities the API finds for a text, best first (a search over the whole graph). */
export type RemoteSearch = (text: string) => Promise<{ entity: SearchEntry; score: number }[]>;

/** The search controller: call `setGraph` after each data load. */
export interface SearchController {
  setGraph(graph: ViewGraph): void;
  /** Also asks `remote` (null: only the graph shown is searched). */
  setRemote(remote: RemoteSearch | null): void;
  focus(): void;
}

/** Milliseconds of typing pause before the API is asked. */
const REMOTE_DELAY_MS = 120;

/** Mounts the search combobox into `container`. */
export function mountSearch(context: AppContext, container: HTMLElement): SearchController {
  const input = el("input", {
    type: "search",
    id: "search-input",
    attrs: {
      role: "combobox",
      "aria-label": "Search entities by name or alias",
      "aria-autocomplete": "list",
      "aria-expanded": "false",
      "aria-controls": "search-suggestions",
      placeholder: "Search entities (name or alias)…  [/]",
      autocomplete: "off",
      spellcheck: "false",
    },
  });
  const list = el("ul", { className: "suggestions", id: "search-suggestions", attrs: { role: "listbox" } });
  list.hidden = true;
  replaceChildren(container, [input, list]);

  let index: SearchIndex = buildSearchIndex([]);
  let suggestions: Suggestion[] = [];
  let active = -1;

  const close = () => {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  };

  const choose = (suggestion: Suggestion | undefined) => {
    if (!suggestion) return;
    input.value = suggestion.name;
    close();
    context.actions.selectEntity(suggestion.id);
  };

  const render = () => {
    if (suggestions.length === 0) {
      replaceChildren(
        list,
        input.value.trim()
          ? [el("li", { className: "muted", text: "No match", attrs: { role: "option", "aria-disabled": "true" } })]
          : [],
      );
    } else {
      replaceChildren(
        list,
        suggestions.map((suggestion, position) => {
          const item = el(
            "li",
            {
              id: `search-option-${position}`,
              attrs: { role: "option", "aria-selected": String(position === active), "data-entity": suggestion.id },
            },
            [
              el("span", {}, [suggestion.name]),
              el("span", {
                className: "suggestion-meta",
                text: suggestion.alias ? `${suggestion.type} · “${suggestion.alias}”` : suggestion.type,
              }),
            ],
          );
          item.addEventListener("mousedown", (event) => {
            event.preventDefault();
            choose(suggestion);
          });
          return item;
        }),
      );
    }
    const open = input.value.trim().length > 0;
    list.hidden = !open;
    input.setAttribute("aria-expanded", String(open));
    if (active >= 0) input.setAttribute("aria-activedescendant", `search-option-${active}`);
    else input.removeAttribute("aria-activedescendant");
  };

  let remote: RemoteSearch | null = null;
  let remoteTicket = 0;
  let remoteTimer: ReturnType<typeof setTimeout> | undefined;
  const askRemote = (text: string) => {
    const ticket = ++remoteTicket;
    clearTimeout(remoteTimer);
    if (!remote || text.trim().length === 0) return;
    const ask = remote;
    remoteTimer = setTimeout(() => {
      ask(text)
        .then((hits) => {
          if (ticket !== remoteTicket || input.value !== text) return;
          // Ranked as the local search ranks (which also finds the alias that matched), the API's order after.
          const found = suggestEntities(
            buildSearchIndex(hits.map((hit) => ({ ...hit.entity, weight: hit.score }))),
            text,
            8,
          );
          const seen = new Set(found.map((suggestion) => suggestion.id));
          for (const hit of hits) {
            if (seen.has(hit.entity.id)) continue;
            seen.add(hit.entity.id);
            found.push({ id: hit.entity.id, name: hit.entity.name, type: hit.entity.type, alias: null, score: 0 });
          }
          const local = suggestions.filter((suggestion) => !seen.has(suggestion.id));
          suggestions = [...found, ...local].slice(0, 8);
          active = suggestions.length > 0 ? 0 : -1;
          render();
        })
        .catch(() => undefined);
    }, REMOTE_DELAY_MS);
  };

  input.addEventListener("input", () => {
    suggestions = suggestEntities(index, input.value, 8);
    active = suggestions.length > 0 ? 0 : -1;
    render();
    askRemote(input.value);
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (suggestions.length === 0) return;
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      active = (active + step + suggestions.length) % suggestions.length;
      render();
    } else if (event.key === "Enter") {
      event.preventDefault();
      if (suggestions.length === 0) suggestions = suggestEntities(index, input.value, 8);
      choose(suggestions[Math.max(0, active)]);
    } else if (event.key === "Escape" && !list.hidden) {
      // Closing the suggestions is all Escape does here; with them closed it reaches the app.
      event.preventDefault();
      close();
    }
  });
  input.addEventListener("blur", () => close());

  return {
    setGraph(graph) {
      const entries = graph.mapNodes((node, attributes) => ({
        id: node,
        name: attributes.label,
        aliases: attributes.aliases,
        type: attributes.entityType,
        weight: attributes.pagerank,
      }));
      index = buildSearchIndex(entries);
    },
    setRemote(search) {
      remote = search;
    },
    focus() {
      input.focus();
      input.select();
    },
  };
}
