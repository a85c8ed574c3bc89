// Tests of the explorer's URL domain (the shareable view state, web/src/state/url) and timeline
// domain (web/src/state/timeline).

import { describe, expect, it } from "vitest";
import { EMPTY_FILTERS } from "../../../web/src/state/filters/utils.ts";
import { buildViewGraph } from "../../../web/src/state/graph/index.ts";
import {
  collectTimelineItems,
  computeTimelineDomain,
  dateToPosition,
  positionsToRange,
  positionToDate,
} from "../../../web/src/state/timeline/index.ts";
import { INITIAL_VIEW_STATE, parseViewState, serializeViewState } from "../../../web/src/state/url/index.ts";
import type { ViewState } from "../../../web/src/state/url/types.ts";
import { seedExplorerData } from "./_data.ts";

describe("web/state/url", () => {
  describe("parseViewState", () => {
    it("drops unknown and malformed values", () => {
      const view = parseViewState(
        "?types=Person,Wizard&predicates=NOPE&since=yesterday&depth=9&focus=x&size=huge&panel=admin",
      );
      expect(view.filters.types).toEqual(["Person"]);
      expect(view.filters.predicates).toEqual([]);
      expect(view.filters.from).toBeNull();
      expect(view.focus).toEqual({ kind: "ego", node: "x", depth: 1 });
      expect(view.sizeMode).toBe("pagerank");
      expect(view.panel).toBeNull();
    });
    it("gives the initial state for an empty query", () => {
      expect(parseViewState("")).toEqual(INITIAL_VIEW_STATE);
      expect(serializeViewState(INITIAL_VIEW_STATE)).toBe("");
    });
    it("round-trips a full state through the query string", () => {
      const view: ViewState = {
        selection: { kind: "edge", id: "person:a|HOLDS_POSITION|country:b" },
        filters: {
          ...EMPTY_FILTERS,
          types: ["Person", "Country"],
          predicates: ["MET_WITH"],
          document: "001_doc",
          from: "2025-01-01",
          to: "2025-12-31",
          hideIsolated: true,
        },
        focus: { kind: "path", from: "Scott Bessent", to: "He Lifeng" },
        sizeMode: "degree",
        panel: "filters",
        document: "001_doc",
      };
      const query = serializeViewState(view);
      expect(query.startsWith("?edge=")).toBe(true);
      expect(parseViewState(query)).toEqual(view);
      const ego: ViewState = { ...INITIAL_VIEW_STATE, focus: { kind: "ego", node: "person:scott-bessent", depth: 2 } };
      expect(parseViewState(serializeViewState(ego))).toEqual(ego);
    });
  });
});

describe("web/state/timeline", () => {
  it("has no domain without dated items", () => {
    expect(computeTimelineDomain([])).toBeNull();
  });
  it("collects dated meetings and relations in date order and maps dates to positions and back", () => {
    const graph = buildViewGraph(seedExplorerData());
    const items = collectTimelineItems(graph);
    expect(items.length).toBeGreaterThan(0);
    for (let i = 1; i < items.length; i++) expect(items[i - 1]!.date <= items[i]!.date).toBe(true);
    expect(items.some((item) => item.kind === "node")).toBe(true);
    const domain = computeTimelineDomain(items)!;
    expect(domain.from < items[0]!.date).toBe(true);
    expect(dateToPosition(domain.from, domain)).toBe(0);
    expect(dateToPosition(domain.to, domain)).toBe(1);
    const middle = items[0]!.date;
    expect(positionToDate(dateToPosition(middle, domain), domain)).toBe(middle);
    expect(positionsToRange(1, 0, domain)).toEqual({ from: domain.from, to: domain.to });
    expect(positionToDate(-3, domain)).toBe(domain.from);
  });
});
