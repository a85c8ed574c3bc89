// Trade and company facts of the second issue-13 round: sentences written for the test (not taken
// from any corpus) for phrasings read outside the registry table (the dominance rule's share text).

import { describe, expect, it } from "vitest";
import { analyseDocument } from "../../../src/extraction/index.ts";
import type { SourceDocument } from "../../../src/extraction/types.ts";

function facts(text: string, predicate: string): string[] {
  const d: SourceDocument = {
    id: "t",
    fileName: "t.txt",
    title: "",
    date: "2025-03-02",
    source: null,
    authors: [],
    text,
  };
  const a = analyseDocument(d);
  const name = new Map(a.entities.map((e) => [e.id, e.name]));
  return a.relations.filter((r) => r.predicate === predicate).map((r) => `${name.get(r.source)} ${name.get(r.target)}`);
}

describe("rules/trade", () => {
  describe("marketDominanceRule", () => {
    it("reads a share of the world's production as production too", () => {
      const text = "Peru accounts for 40% of the world's production of tellurium.";
      expect(facts(text, "DOMINATES")).toContain("Peru tellurium");
      expect(facts(text, "PRODUCES")).toContain("Peru tellurium");
    });

    it("reads a share of demand as neither production nor dominance", () => {
      const text = "Peru accounts for 40% of global tellurium demand.";
      expect(facts(text, "DOMINATES")).toEqual([]);
      expect(facts(text, "PRODUCES")).toEqual([]);
    });

    it("does not read a state's own controls as a market share", () => {
      expect(facts("Chile broadened its copper controls by adding elements.", "DOMINATES")).toEqual([]);
    });
  });

  describe("exportRestrictionRule", () => {
    it("does not read a state licensing a firm to export as a restriction", () => {
      expect(facts("Peru licenses Acme Corp to export copper to China.", "RESTRICTED_EXPORT")).toEqual([]);
    });

    it("still reads a state's export licences on goods as a restriction", () => {
      expect(facts("Peru tightened its export licenses on copper.", "RESTRICTED_EXPORT")).toContain("Peru copper");
    });
  });

  describe("partnershipRule", () => {
    it("does not read a firm's name ending in 'Partners' as a partnership", () => {
      const text =
        "A court dismissed an injunction filed by Andes Group and QRS Partners seeking to block Inca Zinc's investment deal with the U.S. government.";
      expect(facts(text, "PARTNERED_WITH")).not.toContain("Andes Group Inca Zinc");
    });

    it("does not pair the states named partners of a third one with each other", () => {
      const text = "Calling Chile, Peru and Norway important strategic partners of the United States, he spoke.";
      const pairs = facts(text, "PARTNERED_WITH");
      expect(pairs).not.toContain("Norway Peru");
      expect(pairs).not.toContain("Peru Norway");
    });
  });
});
