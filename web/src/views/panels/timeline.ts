// The timeline: dated meetings and relations on a time axis (SVG); dragging across the axis sets
// the date range filter, and the list below selects items. Positions come from state/timeline.

import {
  collectTimelineItems,
  computeTimelineDomain,
  dateToPosition,
  positionsToRange,
} from "../../state/timeline/index.ts";
import type { TimelineDomain, TimelineItem } from "../../state/timeline/types.ts";
import type { AppState } from "../../store.ts";
import type { AppContext } from "../context.ts";
import { button, el, replaceChildren } from "../dom.ts";
import { panelHeader } from "./common.ts";

const SVG = "http://www.w3.org/2000/svg";
const HEIGHT = 110;
const AXIS_Y = 80;

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  return element;
}

function drawAxis(
  items: readonly TimelineItem[],
  domain: TimelineDomain,
  range: { from: string | null; to: string | null },
  width: number,
) {
  const w = Math.max(200, Math.round(width));
  const root = svg("svg", {
    viewBox: `0 0 ${w} ${HEIGHT}`,
    class: "timeline-axis",
    role: "img",
    "aria-label": `Timeline from ${domain.from} to ${domain.to}; drag to filter by dates`,
  });
  if (range.from !== null || range.to !== null) {
    const x1 = dateToPosition(range.from ?? domain.from, domain) * w;
    const x2 = dateToPosition(range.to ?? domain.to, domain) * w;
    root.appendChild(svg("rect", { x: x1, y: 0, width: Math.max(2, x2 - x1), height: HEIGHT, fill: "#e8efff" }));
  }
  root.appendChild(svg("line", { x1: 0, y1: AXIS_Y, x2: w, y2: AXIS_Y, stroke: "#8a94a6", "stroke-width": 1 }));
  const stacks = new Map<number, number>();
  for (const item of items) {
    const x = Math.round(dateToPosition(item.date, domain) * w);
    const level = stacks.get(x) ?? 0;
    stacks.set(x, level + 1);
    const circle = svg("circle", {
      cx: x,
      cy: AXIS_Y - 8 - Math.min(level, 7) * 9,
      r: 4,
      fill: item.kind === "node" ? "#f032e6" : "#4a5568",
    });
    const title = svg("title", {});
    title.textContent = `${item.date}: ${item.label}`;
    circle.appendChild(title);
    root.appendChild(circle);
  }
  for (const [date, anchor] of [
    [domain.from, "start"],
    [domain.to, "end"],
  ] as const) {
    const text = svg("text", {
      x: anchor === "start" ? 4 : w - 4,
      y: HEIGHT - 8,
      "text-anchor": anchor,
      "font-size": 12,
      fill: "#5b6472",
    });
    text.textContent = date;
    root.appendChild(text);
  }
  return root;
}

/** Mounts the timeline panel. */
export function mountTimelinePanel(context: AppContext): {
  element: HTMLElement;
  update(state: AppState, previous: AppState | null): void;
} {
  const element = el("div", { className: "timeline", attrs: { "data-panel": "timeline" } });
  let items: TimelineItem[] = [];
  let domain: TimelineDomain | null = null;
  let builtFor = -1;
  let axisHolder: HTMLElement = el("div");
  let rangeLine: HTMLElement = el("p");

  const setRange = (from: string | null, to: string | null) =>
    context.store.updateView((view) => ({ ...view, filters: { ...view.filters, from, to } }));

  const bindDrag = (holder: HTMLElement, currentDomain: TimelineDomain) => {
    let start: number | null = null;
    const position = (event: PointerEvent) => {
      const box = holder.getBoundingClientRect();
      return box.width > 0 ? (event.clientX - box.left) / box.width : 0;
    };
    holder.addEventListener("pointerdown", (event) => {
      start = position(event);
      holder.setPointerCapture(event.pointerId);
    });
    holder.addEventListener("pointerup", (event) => {
      if (start === null) return;
      const range = positionsToRange(start, position(event), currentDomain);
      start = null;
      setRange(range.from, range.to);
    });
  };

  const build = (state: AppState) => {
    const graph = context.graph.graph;
    items = graph ? collectTimelineItems(graph) : [];
    domain = computeTimelineDomain(items);
    axisHolder = el("div", { id: "timeline-axis" });
    rangeLine = el("p", { className: "muted", attrs: { "aria-live": "polite" } });
    const list = el(
      "ul",
      { className: "facts" },
      items.map((item) =>
        el("li", { className: "fact" }, [
          el("span", { className: "muted", text: `${item.date} ` }),
          button(
            item.label,
            () =>
              item.kind === "node" ? context.actions.selectEntity(item.id) : context.actions.selectRelation(item.id),
            { className: "link" },
          ),
        ]),
      ),
    );
    replaceChildren(element, [
      panelHeader(context, "Timeline"),
      domain
        ? el("p", { className: "muted", text: "Drag across the axis to show only what is dated in that range." })
        : el("p", { className: "muted", text: "Nothing in the graph is dated." }),
      axisHolder,
      el("div", { className: "row" }, [
        rangeLine,
        button("Clear range", () => setRange(null, null), { id: "clear-range" }),
      ]),
      el("h3", { text: `Dated items (${items.length})` }),
      list,
    ]);
    if (domain) bindDrag(axisHolder, domain);
    sync(state);
  };

  const sync = (state: AppState) => {
    const { from, to } = state.view.filters;
    rangeLine.textContent = from || to ? `Range: ${from ?? "…"} to ${to ?? "…"}` : "No date range.";
    if (domain) replaceChildren(axisHolder, [drawAxis(items, domain, { from, to }, axisHolder.clientWidth || 380)]);
  };

  return {
    element,
    update(state, previous) {
      if (builtFor !== state.dataVersion) {
        builtFor = state.dataVersion;
        build(state);
      } else if (!previous || previous.view.filters !== state.view.filters) {
        sync(state);
      }
    },
  };
}
