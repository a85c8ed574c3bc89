// Tests of the explorer's filter and focus domains (web/src/state/filters, web/src/state/focus)
// on the seeds' graph.

import { describe, expect, it } from "vitest";
import { computeVisibility } from "../../../web/src/state/filters/index.ts";
import { EMPTY_FILTERS, isEmptyFilter, isInDateRange, toggleInList } from "../../../web/src/state/filters/utils.ts";
import { computeEgoScope, computePathScope, parseEgoDepth } from "../../../web/src/state/focus/index.ts";
import { buildViewGraph } from "../../../web/src/state/graph/index.ts";
import { seedExplorerData } from "./_data.ts";

const graph = buildViewGraph(seedExplorerData());

describe("web/state/filters", () => {
  describe("toggleInList / isInDateRange / isEmptyFilter", () => {
    it("treats null as every item and gives null back when every item is in", () => {
      const order = ["a", "b", "c"] as const;
      expect(toggleInList<"a" | "b" | "c">(null, "b", order)).toEqual(["a", "c"]);
      expect(toggleInList<"a" | "b" | "c">(["a", "c"], "b", order)).toBeNull();
      expect(toggleInList<"a" | "b" | "c">(["a"], "a", order)).toEqual([]);
    });
    it("keeps undated items out of a range and treats missing bounds as open", () => {
      expect(isInDateRange(null, "2025-01-01", null)).toBe(false);
      expect(isInDateRange(null, null, null)).toBe(true);
      expect(isInDateRange("2025-05-01", "2025-05-01", "2025-05-01")).toBe(true);
      expect(isInDateRange("2025-05-02", null, "2025-05-01")).toBe(false);
      expect(isEmptyFilter(EMPTY_FILTERS)).toBe(true);
      expect(isEmptyFilter({ ...EMPTY_FILTERS, hideIsolated: true })).toBe(false);
    });
  });

  describe("computeVisibility", () => {
    it("shows nothing for an empty scope and everything without filters", () => {
      expect(computeVisibility(graph, EMPTY_FILTERS, { nodes: new Set() })).toEqual({
        nodes: new Set(),
        edges: new Set(),
      });
      const all = computeVisibility(graph, EMPTY_FILTERS);
      expect(all.nodes.size).toBe(graph.order);
      expect(all.edges.size).toBe(graph.size);
    });
    it("hides the types left out and every edge touching them", () => {
      const visible = computeVisibility(graph, { ...EMPTY_FILTERS, types: ["Person", "Country"] });
      expect(visible.nodes.size).toBeGreaterThan(0);
      for (const node of visible.nodes)
        expect(["Person", "Country"]).toContain(graph.getNodeAttribute(node, "entityType"));
      for (const edge of visible.edges) {
        expect(visible.nodes.has(graph.source(edge)) && visible.nodes.has(graph.target(edge))).toBe(true);
      }
      expect(visible.nodes.has("person:scott-bessent")).toBe(true);
      expect(visible.nodes.size).toBe(
        graph.filterNodes((_n, a) => ["Person", "Country"].includes(a.entityType)).length,
      );
    });
    it("keeps only the predicates asked for, and hides isolated nodes on request", () => {
      const visible = computeVisibility(graph, {
        ...EMPTY_FILTERS,
        predicates: ["HOLDS_POSITION"],
        hideIsolated: true,
      });
      expect(visible.edges.size).toBeGreaterThan(0);
      for (const edge of visible.edges) expect(graph.getEdgeAttribute(edge, "predicate")).toBe("HOLDS_POSITION");
      for (const node of visible.nodes) {
        expect([...visible.edges].some((edge) => graph.source(edge) === node || graph.target(edge) === node)).toBe(
          true,
        );
      }
      expect(visible.nodes.has("person:scott-bessent")).toBe(true);
    });
    it("keeps what one document mentions and, with a date range, only what is dated in it", () => {
      const document = "001_1f42aa484f1ceb62";
      const byDocument = computeVisibility(graph, { ...EMPTY_FILTERS, document });
      for (const node of byDocument.nodes) expect(graph.getNodeAttribute(node, "documents")).toContain(document);
      for (const edge of byDocument.edges) expect(graph.getEdgeAttribute(edge, "documents")).toContain(document);
      const dated = computeVisibility(graph, { ...EMPTY_FILTERS, from: "2025-10-01", to: "2025-12-31" });
      expect(dated.edges.size).toBeGreaterThan(0);
      for (const edge of dated.edges) {
        const date = graph.getEdgeAttribute(edge, "date");
        expect(date !== null && date >= "2025-10-01" && date <= "2025-12-31").toBe(true);
      }
      const none = computeVisibility(graph, { ...EMPTY_FILTERS, from: "1990-01-01", to: "1990-12-31" });
      expect(none.edges.size).toBe(0);
    });
  });
});

describe("web/state/focus", () => {
  describe("parseEgoDepth", () => {
    it("falls back on anything but 1, 2 or 3", () => {
      expect(parseEgoDepth("7")).toBe(1);
      expect(parseEgoDepth(null, 2)).toBe(2);
      expect(parseEgoDepth("3")).toBe(3);
    });
  });
  describe("computeEgoScope", () => {
    it("gives null for an unknown node and the node alone at depth 0", () => {
      expect(computeEgoScope(graph, "person:nobody", 1)).toBeNull();
      expect(computeEgoScope(graph, "person:scott-bessent", 0)?.nodes).toEqual(new Set(["person:scott-bessent"]));
    });
    it("grows with depth, reads edges both ways and walks only accepted edges", () => {
      const one = computeEgoScope(graph, "person:scott-bessent", 1);
      const two = computeEgoScope(graph, "person:scott-bessent", 2);
      expect(one?.nodes.has("country:united-states")).toBe(true);
      expect(one?.nodes.size).toBe(1 + new Set(graph.neighbors("person:scott-bessent")).size);
      expect(two!.nodes.size).toBeGreaterThan(one!.nodes.size);
      const onlyPositions = computeEgoScope(
        graph,
        "person:scott-bessent",
        3,
        (edge) => graph.getEdgeAttribute(edge, "predicate") === "HOLDS_POSITION",
      );
      for (const edge of onlyPositions!.edges ?? [])
        expect(graph.getEdgeAttribute(edge, "predicate")).toBe("HOLDS_POSITION");
      const visible = computeVisibility(graph, EMPTY_FILTERS, one);
      expect(visible.nodes).toEqual(one?.nodes);
    });
  });
  describe("computePathScope", () => {
    it("keeps only the path's items the graph has", () => {
      const edge = graph.edges("person:scott-bessent")[0]!;
      const scope = computePathScope(graph, [graph.source(edge), graph.target(edge), "nowhere"], [edge, "gone"]);
      expect(scope.nodes.size).toBe(2);
      expect([...(scope.edges ?? [])]).toEqual([edge]);
      expect(computeVisibility(graph, EMPTY_FILTERS, scope).edges).toEqual(new Set([edge]));
    });
  });
});
