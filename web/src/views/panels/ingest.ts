// The "add an article" panel: title, source, date and text, sent with the API token (kept in the
// tab's sessionStorage only); the graph reloads and the new entities are drawn highlighted.

import { ingestDocument } from "../../api/queries.ts";
import type { AppState } from "../../store.ts";
import type { AppContext } from "../context.ts";
import { el, replaceChildren } from "../dom.ts";
import { panelHeader } from "./common.ts";

const TOKEN_KEY = "news-kg.token";

function field(label: string, control: HTMLElement): HTMLLabelElement {
  return el("label", {}, [label, control]);
}

/** Mounts the ingest panel. */
export function mountIngestPanel(context: AppContext): { element: HTMLElement; update(state: AppState): void } {
  const title = el("input", { type: "text", id: "ingest-title", attrs: { name: "title", maxlength: "1000" } });
  const source = el("input", { type: "text", id: "ingest-source", attrs: { name: "source" } });
  const date = el("input", { type: "date", id: "ingest-date", attrs: { name: "date" } });
  const text = el("textarea", { id: "ingest-text", attrs: { name: "text", required: "" } });
  const token = el("input", {
    type: "password",
    id: "ingest-token",
    attrs: { name: "token", autocomplete: "off", required: "" },
  });
  token.value = sessionStorage.getItem(TOKEN_KEY) ?? "";
  const submit = el("button", { type: "submit", text: "Add article", id: "ingest-submit" });
  const result = el("div", { id: "ingest-result", attrs: { "aria-live": "polite" } });
  const form = el("form", { className: "form", id: "ingest-form" }, [
    field("Title", title),
    field("Source", source),
    field("Date", date),
    field("Text", text),
    field("API token (printed by the server at start)", token),
    el("div", { className: "row" }, [submit]),
  ]);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (text.value.trim().length === 0) {
      replaceChildren(result, [
        el("p", { className: "message error", attrs: { role: "alert" }, text: "The text is empty." }),
      ]);
      return;
    }
    submit.disabled = true;
    replaceChildren(result, [el("p", { className: "message", text: "Extracting…" })]);
    try {
      sessionStorage.setItem(TOKEN_KEY, token.value);
      const outcome = await ingestDocument(
        { text: text.value, title: title.value, source: source.value, date: date.value },
        token.value.trim(),
      );
      await context.actions.reload(outcome.addedNodes);
      const graph = context.graph.graph;
      const links = outcome.addedNodes.map((id) =>
        el("li", {}, [
          el("button", {
            type: "button",
            className: "link",
            text: graph?.hasNode(id) ? graph.getNodeAttribute(id, "label") : id,
            attrs: { "data-entity": id },
            onClick: () => context.actions.selectEntity(id),
          }),
        ]),
      );
      replaceChildren(result, [
        el("p", {
          className: "message",
          attrs: { role: "status" },
          text: `Added “${outcome.document.title}”: ${outcome.addedNodes.length} new entities, ${outcome.updatedNodes.length} updated.`,
        }),
        el("ul", { className: "facts", id: "ingest-new" }, links),
      ]);
      text.value = "";
      title.value = "";
      source.value = "";
      date.value = "";
    } catch (error) {
      replaceChildren(result, [
        el("p", { className: "message error", attrs: { role: "alert" }, text: (error as Error).message }),
      ]);
    } finally {
      submit.disabled = false;
    }
  });
  const element = el("div", { className: "ingest", attrs: { "data-panel": "ingest" } }, [
    panelHeader(context, "Add an article"),
    el("p", {
      className: "muted",
      text: "The text is extracted and merged into the graph; new entities are highlighted.",
    }),
    form,
    result,
  ]);
  return { element, update() {} };
}
