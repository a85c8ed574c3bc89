// Tests of the explorer's search domain (web/src/state/search): normalisation and ranking of
// names and aliases, on the seeds' entities.

import { describe, expect, it } from "vitest";
import { buildSearchIndex, normaliseForSearch, suggestEntities } from "../../../web/src/state/search/index.ts";
import { EXTRACTION } from "./_data.ts";

const index = buildSearchIndex(
  EXTRACTION.entities.map((entity) => ({
    id: entity.id,
    name: entity.name,
    aliases: entity.aliases,
    type: entity.type,
    weight: entity.mentions.length,
  })),
);

describe("web/state/search", () => {
  describe("normaliseForSearch", () => {
    it("drops case, accents, dots and punctuation", () => {
      expect(normaliseForSearch("")).toBe("");
      expect(normaliseForSearch("U.S.")).toBe("us");
      expect(normaliseForSearch("  Côte d’Ivoire ")).toBe("cote divoire");
      expect(normaliseForSearch("Trump–Xi meeting")).toBe("trump xi meeting");
    });
  });
  describe("suggestEntities", () => {
    it("suggests nothing for empty or unmatched text", () => {
      expect(suggestEntities(index, "")).toEqual([]);
      expect(suggestEntities(index, "   ")).toEqual([]);
      expect(suggestEntities(index, "zzzzqx")).toEqual([]);
      expect(suggestEntities(index, "Bessent", 0)).toEqual([]);
    });
    it("finds people by surname and countries by abbreviation", () => {
      const bessent = suggestEntities(index, "Bessent");
      expect(bessent[0]?.id).toBe("person:scott-bessent");
      expect(suggestEntities(index, "bess")[0]?.id).toBe("person:scott-bessent");
      const us = suggestEntities(index, "U.S.");
      expect(us[0]?.id).toBe("country:united-states");
      expect(us[0]?.alias).not.toBeNull();
      expect(suggestEntities(index, "United States")[0]).toMatchObject({
        id: "country:united-states",
        alias: null,
        score: 1,
      });
    });
    it("ranks exact before prefix before substring and respects the limit", () => {
      const results = suggestEntities(index, "chin", 5);
      expect(results.length).toBeLessThanOrEqual(5);
      for (let i = 1; i < results.length; i++) expect(results[i - 1]!.score).toBeGreaterThanOrEqual(results[i]!.score);
      expect(results[0]?.id).toBe("country:china");
      expect(suggestEntities(index, "rare", 3)).toEqual(suggestEntities(index, "rare", 3));
    });
  });
});
