// The document reader: a modal dialog with a document's cleaned text, every mention highlighted
// (a <mark> per mention that selects its entity), scrolled to the passage asked for. The text is
// only ever set through text nodes.

import { fetchDocument } from "../../api/queries.ts";
import { splitHighlights } from "../../state/highlight/index.ts";
import type { AppContext } from "../context.ts";
import { button, el, replaceChildren } from "../dom.ts";

/** Controls the reader dialog. */
export interface Reader {
  open(id: string, offset?: number): Promise<void>;
  close(): void;
}

/** Wires the reader to its <dialog>. */
export function mountReader(context: AppContext, dialog: HTMLDialogElement): Reader {
  let request = 0;
  dialog.addEventListener("close", () => {
    if (context.store.state.view.document !== null) context.store.updateView((view) => ({ ...view, document: null }));
  });

  const close = () => {
    if (dialog.open) dialog.close();
  };

  const header = (title: string, meta: string) =>
    el("div", { className: "reader-head" }, [
      el("div", {}, [el("h2", { id: "reader-title", text: title }), el("p", { className: "muted", text: meta })]),
      button("Close", close, { attrs: { "aria-label": "Close the document" } }),
    ]);

  const open = async (id: string, offset?: number) => {
    const ticket = ++request;
    replaceChildren(dialog, [header("Loading…", "")]);
    if (!dialog.open) dialog.showModal();
    try {
      const doc = await fetchDocument(id);
      if (ticket !== request) return;
      if (!doc) {
        replaceChildren(dialog, [header("Not found", `No document “${id}”.`)]);
        return;
      }
      const meta = [doc.source, doc.date, `${doc.mentions.length} mentions`].filter(Boolean).join(" · ");
      const body = el("div", { className: "reader-text", attrs: { "data-document": doc.id } });
      const segments = splitHighlights(
        doc.text,
        doc.mentions.map((mention) => ({ start: mention.start, end: mention.end, entity: mention.entity })),
      );
      let position = 0;
      let anchor: HTMLElement | null = null;
      for (const segment of segments) {
        const end = position + segment.text.length;
        if (segment.mark) {
          const mark = el("mark", {
            text: segment.text,
            className: "entity-link",
            attrs: { tabindex: "0", role: "button" },
          });
          const entity = segment.entity;
          if (entity !== undefined) {
            mark.dataset.entity = entity;
            const choose = () => {
              close();
              context.actions.selectEntity(entity);
            };
            mark.addEventListener("click", choose);
            mark.addEventListener("keydown", (event) => {
              if (event.key === "Enter" || event.key === " ") {
                event.preventDefault();
                choose();
              }
            });
          }
          if (offset !== undefined && anchor === null && end > offset) anchor = mark;
          body.appendChild(mark);
        } else if (offset !== undefined && anchor === null && end > offset) {
          const cut = Math.max(0, offset - position);
          body.appendChild(document.createTextNode(segment.text.slice(0, cut)));
          anchor = el("span", { id: "reader-anchor" });
          body.appendChild(anchor);
          body.appendChild(document.createTextNode(segment.text.slice(cut)));
        } else {
          body.appendChild(document.createTextNode(segment.text));
        }
        position = end;
      }
      replaceChildren(dialog, [header(doc.title, meta), body]);
      anchor?.scrollIntoView({ block: "center" });
    } catch (error) {
      if (ticket !== request) return;
      replaceChildren(dialog, [
        header("Error", ""),
        el("p", { className: "message error", attrs: { role: "alert" }, text: (error as Error).message }),
      ]);
    }
  };

  return { open, close };
}
