// Tests of the explorer's graph domain (web/src/state/graph) and of the API mapping
// (web/src/api/mapping.ts) on the seeds' extraction shaped as API answers.

import { describe, expect, it } from "vitest";
import { toAttributeMap, toExplorerData } from "../../../web/src/api/mapping.ts";
import { buildViewGraph, computeNewNodes } from "../../../web/src/state/graph/index.ts";
import {
  normaliseDate,
  parseEntityType,
  parsePredicate,
  scaleSize,
  spiralPosition,
  toEnumName,
} from "../../../web/src/state/graph/utils.ts";
import { EXTRACTION, seedApiAnswers, seedExplorerData } from "./_data.ts";

describe("web/state/graph", () => {
  describe("toEnumName / parseEntityType / parsePredicate", () => {
    it("rejects unknown names with null", () => {
      expect(parseEntityType("WIZARD")).toBeNull();
      expect(parsePredicate("LIKES")).toBeNull();
      expect(parseEntityType("")).toBeNull();
    });
    it("maps GraphQL enum values back to the ontology's names", () => {
      expect(toEnumName("Person")).toBe("PERSON");
      expect(parseEntityType("PERSON")).toBe("Person");
      expect(parseEntityType("Organization")).toBe("Organization");
      expect(parsePredicate("MET_WITH")).toBe("MET_WITH");
    });
  });

  describe("normaliseDate", () => {
    it("gives null for empty, relative or unreadable dates", () => {
      expect(normaliseDate(null)).toBeNull();
      expect(normaliseDate("")).toBeNull();
      expect(normaliseDate("Thursday", "2025-10-27")).toBeNull();
      expect(normaliseDate("next week", "2025-10-27")).toBeNull();
      expect(normaliseDate("November 31", "2025-10-27")).toBeNull();
      expect(normaliseDate("November 1")).toBeNull();
    });
    it("reads ISO dates, month-day dates with the reference's year and month-only dates", () => {
      expect(normaliseDate("2025-10-27")).toBe("2025-10-27");
      expect(normaliseDate("2025-06")).toBe("2025-06-01");
      expect(normaliseDate("2025")).toBe("2025-01-01");
      expect(normaliseDate("November 1", "2025-10-27")).toBe("2025-11-01");
      expect(normaliseDate("June 5th, 2024", "2025-10-27")).toBe("2024-06-05");
      expect(normaliseDate("9 April", "2025-01-01")).toBe("2025-04-09");
      expect(normaliseDate("May 2025")).toBe("2025-05-01");
    });
  });

  describe("scaleSize / spiralPosition", () => {
    it("gives the smallest size without a maximum or a value", () => {
      expect(scaleSize(0, 0)).toBe(3);
      expect(scaleSize(5, 0)).toBe(3);
      expect(scaleSize(0, 10)).toBe(3);
    });
    it("grows with the value up to 20 and gives distinct deterministic positions", () => {
      expect(scaleSize(10, 10)).toBe(20);
      expect(scaleSize(1, 10)).toBeGreaterThan(3);
      expect(scaleSize(1, 10)).toBeLessThan(scaleSize(4, 10));
      expect(spiralPosition(3)).toEqual(spiralPosition(3));
      expect(spiralPosition(3)).not.toEqual(spiralPosition(4));
    });
  });

  describe("toExplorerData", () => {
    it("maps empty answers to empty data", () => {
      expect(toExplorerData([], [], [], [])).toEqual({ entities: [], relations: [], documents: [] });
      expect(toAttributeMap(null)).toEqual({});
    });
    it("maps the seeds' answers: types, attributes, documents and dates", () => {
      const data = seedExplorerData();
      expect(data.entities).toHaveLength(EXTRACTION.entities.length);
      expect(data.relations).toHaveLength(EXTRACTION.relations.length);
      const bessent = data.entities.find((entity) => entity.id === "person:scott-bessent");
      expect(bessent?.type).toBe("Person");
      expect(bessent?.documents.length).toBeGreaterThan(0);
      const title = data.relations.find(
        (relation) => relation.source === "person:scott-bessent" && relation.predicate === "HOLDS_POSITION",
      );
      expect(title?.attributes.title).toBe("Treasury Secretary");
      // A relation reported by a dated document is dated; a Meeting the API dated carries its date.
      const reported = data.relations.filter((relation) => relation.documents.includes("001_1f42aa484f1ceb62"));
      expect(reported.length).toBeGreaterThan(0);
      for (const relation of reported) expect(relation.date).not.toBeNull();
      const meetings = data.entities.filter((entity) => entity.type === "Meeting");
      expect(meetings[0]?.date).toBe("2025-05-01");
      expect(meetings.slice(1).every((meeting) => meeting.date === null)).toBe(true);
    });
  });

  describe("buildViewGraph", () => {
    it("builds an empty graph from empty data", () => {
      const graph = buildViewGraph({ entities: [], relations: [], documents: [] });
      expect(graph.order).toBe(0);
      expect(graph.size).toBe(0);
    });
    it("has one node per entity and one edge per relation, with positions, sizes and colours", () => {
      const data = seedExplorerData();
      const graph = buildViewGraph(data);
      expect(graph.order).toBe(data.entities.length);
      expect(graph.size).toBe(data.relations.length);
      graph.forEachNode((_node, attributes) => {
        expect(Number.isFinite(attributes.x) && Number.isFinite(attributes.y)).toBe(true);
        expect(attributes.sizeDegree).toBeGreaterThanOrEqual(3);
        expect(attributes.color).toMatch(/^#[0-9a-f]{6}$/i);
      });
      const symmetric = graph.filterEdges((_edge, attributes) => attributes.predicate === "MET_WITH");
      for (const edge of symmetric) expect(graph.getEdgeAttribute(edge, "type")).toBe("line");
    });
    it("drops relations whose ends are missing and keeps earlier positions on reload", () => {
      const answers = seedApiAnswers();
      const data = seedExplorerData();
      const first = buildViewGraph({
        ...data,
        relations: [...data.relations, { ...data.relations[0]!, id: "x", target: "nowhere" }],
      });
      expect(first.hasEdge("x")).toBe(false);
      first.setNodeAttribute("person:scott-bessent", "x", 1234);
      const extra = { ...answers.entities[0]!, id: "person:new-person", name: "New Person", x: 5, y: 6 };
      const second = buildViewGraph(
        toExplorerData([...answers.entities, extra], answers.relations, answers.documents, answers.meetings),
        { previous: first },
      );
      expect(second.getNodeAttribute("person:scott-bessent", "x")).toBe(1234);
      expect(second.getNodeAttribute("person:new-person", "x")).toBe(5);
      expect(computeNewNodes(first, second)).toEqual(["person:new-person"]);
    });
  });
});
