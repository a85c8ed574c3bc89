// The details panel: the selected entity (name, type, aliases, relations grouped by predicate with
// their attributes, statements, documents) or the selected relation, each fact with its evidence
// sentence, the mentions highlighted and a link to the document. Data from the API on selection.

import type { Predicate } from "../../../../src/extraction/types.ts";
import { fetchEntityDetail, fetchRelationDetail } from "../../api/queries.ts";
import type { EntityDetail, EntityRef, EvidenceDetail, RelationDetail, StatementDetail } from "../../api/types.ts";
import { EGO_DEPTHS } from "../../state/focus/types.ts";
import type { Selection } from "../../state/url/types.ts";
import type { AppState } from "../../store.ts";
import type { AppContext } from "../context.ts";
import { button, el, replaceChildren } from "../dom.ts";
import { entityLink, entityRanges, highlightedText, panelHeader, typeBadge } from "./common.ts";

/** Attributes shown first, in this order; the others follow alphabetically. */
const ATTRIBUTE_ORDER = ["title", "role", "rate", "amount", "share", "date", "duration", "quantity", "kind", "from"];

function attributeChips(attributes: Record<string, string>): HTMLElement[] {
  const keys = Object.keys(attributes).sort((a, b) => {
    const ia = ATTRIBUTE_ORDER.indexOf(a);
    const ib = ATTRIBUTE_ORDER.indexOf(b);
    return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib) || (a < b ? -1 : 1);
  });
  return keys.map((key) =>
    el("span", { className: "attr", attrs: { "data-attribute": key } }, [
      el("span", { className: "attr-key", text: `${key}: ` }),
      attributes[key] ?? "",
    ]),
  );
}

function evidenceItem(context: AppContext, evidence: EvidenceDetail, entities: readonly EntityRef[]): HTMLElement {
  const quote = highlightedText("blockquote", evidence.sentence, entityRanges(evidence.sentence, entities), (id) =>
    context.actions.selectEntity(id),
  );
  const open = button(
    evidence.document.title,
    () => context.actions.openDocument(evidence.document.id, evidence.start),
    {
      className: "link",
      title: "Open the document with every mention highlighted",
      attrs: { "data-document": evidence.document.id },
    },
  );
  const meta = el("div", { className: "evidence-source" }, [
    el("span", { text: "in" }),
    open,
    evidence.document.date ? el("span", { text: evidence.document.date }) : null,
    el("span", { className: "muted", text: `rule ${evidence.rule}` }),
  ]);
  return el("div", { className: "evidence" }, [quote, meta]);
}

function relationItem(context: AppContext, relation: RelationDetail, from: string | null): HTMLElement {
  const outgoing = from === null || relation.source.id === from;
  const other = outgoing ? relation.target : relation.source;
  const head = el("div", { className: "fact-head" }, [
    from === null
      ? null
      : el("span", {
          className: "muted",
          text: outgoing ? "→" : "←",
          attrs: { "aria-label": outgoing ? "to" : "from" },
        }),
    entityLink(context, other),
    ...attributeChips(relation.attributes),
    button("details", () => context.actions.selectRelation(relation.id), {
      className: "link muted",
      title: "Show this relation",
    }),
  ]);
  const evidence = relation.evidence.map((item) => evidenceItem(context, item, [relation.source, relation.target]));
  return el("li", { className: "fact", attrs: { "data-relation": relation.id } }, [head, ...evidence]);
}

function statementItem(context: AppContext, statement: StatementDetail): HTMLElement {
  const at = statement.sentence.indexOf(statement.quote);
  const ranges = at >= 0 ? [{ start: at, end: at + statement.quote.length }] : [];
  const quote = highlightedText("blockquote", statement.sentence, ranges);
  const open = button(
    statement.document.title,
    () => context.actions.openDocument(statement.document.id, statement.start),
    {
      className: "link",
      attrs: { "data-document": statement.document.id },
    },
  );
  const meta = el("div", { className: "evidence-source" }, [
    el("span", { text: "in" }),
    open,
    statement.via ? el("span", {}, ["via ", entityLink(context, statement.via)]) : null,
  ]);
  return el("li", { className: "fact" }, [el("div", { className: "evidence" }, [quote, meta])]);
}

function focusControls(context: AppContext, entity: EntityDetail): HTMLElement {
  const depth = el("select", { attrs: { "aria-label": "Ego network depth" } });
  for (const value of EGO_DEPTHS)
    depth.appendChild(el("option", { text: `depth ${value}`, attrs: { value: String(value) } }));
  const current = context.store.state.view.focus;
  if (current?.kind === "ego") depth.value = String(current.depth);
  const focus = button("Focus neighbours", () =>
    context.store.updateView((view) => ({
      ...view,
      focus: { kind: "ego", node: entity.id, depth: Number(depth.value) as 1 | 2 | 3 },
    })),
  );
  focus.id = "focus-button";
  const fly = button("Show in graph", () => context.graph.flyTo(entity.id));
  const pathFrom = button("Path from here…", () => {
    context.store.updateView((view) => ({ ...view, panel: "filters" }));
    const input = document.getElementById("path-from") as HTMLInputElement | null;
    if (input) {
      input.value = entity.name;
      document.getElementById("path-to")?.focus();
    }
  });
  return el("div", { className: "row" }, [focus, depth, fly, pathFrom]);
}

function renderEntity(context: AppContext, entity: EntityDetail): HTMLElement[] {
  const byPredicate = new Map<Predicate, RelationDetail[]>();
  for (const relation of entity.relations) {
    const list = byPredicate.get(relation.predicate) ?? [];
    list.push(relation);
    byPredicate.set(relation.predicate, list);
  }
  const groups = [...byPredicate.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([predicate, relations]) =>
      el("section", { attrs: { "data-predicate": predicate } }, [
        el("h3", { text: `${predicate} (${relations.length})` }),
        el(
          "ul",
          { className: "facts" },
          relations.map((relation) => relationItem(context, relation, entity.id)),
        ),
      ]),
    );
  const parts: HTMLElement[] = [
    panelHeader(context, entity.name, [typeBadge(entity.type)]),
    entity.aliases.length > 0 ? el("p", { className: "aliases", text: `Also: ${entity.aliases.join(", ")}` }) : null,
    el("p", {
      className: "muted",
      text: `${entity.degree} relations · PageRank ${entity.pagerank.toFixed(4)} · ${entity.mentionCount} mentions`,
    }),
    focusControls(context, entity),
    ...groups,
  ].filter((part): part is HTMLElement => part !== null);
  if (entity.relations.length === 0) parts.push(el("p", { className: "muted", text: "No relations." }));
  if (entity.statements.length > 0) {
    parts.push(
      el("section", { attrs: { "data-section": "statements" } }, [
        el("h3", { text: `Statements (${entity.statements.length})` }),
        el(
          "ul",
          { className: "facts" },
          entity.statements.map((statement) => statementItem(context, statement)),
        ),
      ]),
    );
  }
  parts.push(
    el("section", { attrs: { "data-section": "documents" } }, [
      el("h3", { text: `Documents (${entity.documents.length})` }),
      el(
        "ul",
        { className: "facts" },
        entity.documents.map((document) =>
          el("li", { className: "fact" }, [
            button(document.title, () => context.actions.openDocument(document.id), {
              className: "link",
              attrs: { "data-document": document.id },
            }),
            document.date ? el("span", { className: "muted", text: ` ${document.date}` }) : null,
          ]),
        ),
      ),
    ]),
  );
  return parts;
}

function renderRelation(context: AppContext, relation: RelationDetail): HTMLElement[] {
  const title = el("span", {}, [relation.source.name, ` ${relation.predicate} `, relation.target.name]);
  return [
    panelHeader(context, title),
    el("div", { className: "fact-head" }, [
      entityLink(context, relation.source),
      el("span", { className: "muted", text: relation.predicate }),
      entityLink(context, relation.target),
    ]),
    el("div", { className: "fact-head" }, attributeChips(relation.attributes)),
    el("p", { className: "muted", text: `confidence ${relation.confidence}` }),
    el("h3", { text: `Evidence (${relation.evidence.length})` }),
    el(
      "div",
      { attrs: { "data-relation": relation.id } },
      relation.evidence.map((evidence) => evidenceItem(context, evidence, [relation.source, relation.target])),
    ),
  ];
}

/** Mounts the details panel; it follows the selection. */
export function mountDetailsPanel(context: AppContext): { element: HTMLElement; update(state: AppState): void } {
  const element = el("div", { className: "details", attrs: { "data-panel": "details" } });
  let shown: Selection | null | undefined;
  let request = 0;

  const load = async (selection: Selection | null): Promise<void> => {
    const ticket = ++request;
    if (!selection) {
      replaceChildren(element, [
        panelHeader(context, "Details"),
        el("p", { className: "muted", text: "Click a node or an edge, or search for an entity." }),
      ]);
      return;
    }
    replaceChildren(element, [panelHeader(context, "Loading…"), el("p", { className: "muted", text: "Loading…" })]);
    try {
      let parts: HTMLElement[];
      if (selection.kind === "node") {
        const entity = await fetchEntityDetail(selection.id);
        parts = entity ? renderEntity(context, entity) : [panelHeader(context, "Not found")];
      } else {
        const graph = context.graph.graph;
        const relation =
          graph?.hasEdge(selection.id) === true
            ? await fetchRelationDetail(
                selection.id,
                graph.source(selection.id),
                graph.getEdgeAttribute(selection.id, "predicate"),
              )
            : null;
        parts = relation ? renderRelation(context, relation) : [panelHeader(context, "Not found")];
      }
      if (ticket === request) replaceChildren(element, parts);
    } catch (error) {
      if (ticket !== request) return;
      replaceChildren(element, [
        panelHeader(context, "Details"),
        el("p", { className: "message error", attrs: { role: "alert" }, text: (error as Error).message }),
      ]);
    }
  };

  let shownVersion = -1;
  return {
    element,
    update(state) {
      const selection = state.view.selection;
      const same =
        shown !== undefined &&
        shownVersion === state.dataVersion &&
        (shown === selection ||
          (shown !== null && selection !== null && shown.kind === selection.kind && shown.id === selection.id));
      if (same || state.dataVersion === 0) return;
      shown = selection;
      shownVersion = state.dataVersion;
      void load(selection);
    },
  };
}
