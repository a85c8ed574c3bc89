// Stage 8 (merge): the plain trade agreement of a pair (or set) of states is one node across
// documents however each writes the states ("US", "U.S.", "United States") and the plain words
// ("trade deal", "free trade agreement", "tariff pact"); agreements of other kinds stay apart.
// Entities written for the test (no article's text).

import { describe, expect, it } from "vitest";
import { bareAgreementAlias, tradeAgreementKey } from "../../../src/extraction/stages/agreement-key.ts";
import { mergeDocuments } from "./merge-corpus.ts";

interface Named {
  name: string;
  aliases?: string[];
  mergeKey?: string;
}

/** One document per list, each Policy with one mention; the merged corpus's entities as "name | aliases". */
function merged(documents: readonly (readonly Named[])[]): string[] {
  return mergeDocuments(
    documents.map((named) =>
      named.map(({ mergeKey, ...n }) => ({
        type: "Policy" as const,
        ...n,
        ...(mergeKey ? { attributes: { mergeKey } } : {}),
      })),
    ),
  ).map((e) => [e.name, ...e.aliases].join(" | "));
}

describe("extraction merge: states' trade agreements", () => {
  describe("tradeAgreementKey", () => {
    const rows: [string, string | undefined, string | undefined][] = [
      ["Chile-Peru trade deal", undefined, "agreement@CL|PE@trade"],
      ["Peru-Chile Free Trade Agreement", undefined, "agreement@CL|PE@trade"],
      ["U.S.-Türkiye tariff pact", undefined, "agreement@TR|US@trade"],
      ["Turkey-United States bilateral accord", "agreement@Turkey|United States@agreement:", "agreement@TR|US@trade"],
      ["EU-Norway comprehensive economic framework", undefined, "agreement@EU|NO@trade"],
      ["Canada-Mexico-U.S. agreement", undefined, "agreement@CA|MX|US@trade"],
      ["Guinea-Bissau-EU trade agreement", undefined, "agreement@EU|GW@trade"],
      // Other kinds of agreement, other nouns, one state, no states, another key.
      ["Chile-Peru minerals deal", undefined, undefined],
      ["Chile-Peru investment treaty", undefined, undefined],
      ["Chile-Peru tariff truce", undefined, undefined],
      ["Chile-Peru Reciprocal Trade Agreement", undefined, undefined],
      ["Chile trade deal", undefined, undefined],
      ["Free Trade Agreement", undefined, undefined],
      ["Acme-Chile trade deal", undefined, undefined],
      ["Lima framework", "agreement@Lima", undefined],
      ["Chile-Peru trade deal", "talks@Lima", undefined],
    ];
    it.each(rows)("%s (key %s) → %s", (name, mergeKey, expected) => {
      expect(tradeAgreementKey(name, mergeKey)).toBe(expected);
    });
  });

  describe("bareAgreementAlias", () => {
    const rows: [string, boolean][] = [
      ["deal", true],
      ["new pact", true],
      ["agreement", true],
      ["trade deal", false],
      ["free trade agreement", false],
      ["Chile-Peru deal", false],
      ["FTA", false],
    ];
    it.each(rows)("%s → %s", (alias, expected) => {
      expect(bareAgreementAlias(alias)).toBe(expected);
    });
  });

  describe("CorpusMerge.of", () => {
    it("merges one pair's trade agreement written three ways and drops its bare aliases", () => {
      expect(
        merged([
          [{ name: "US-Chile trade deal", aliases: ["deal", "trade deal"] }],
          [{ name: "Chile-United States tariff agreement", mergeKey: "agreement@Chile|United States@agreement:" }],
          [{ name: "Chile-U.S. free trade pact", aliases: ["pact"] }],
        ]),
      ).toEqual([
        "US-Chile trade deal | Chile-U.S. free trade pact | Chile-United States tariff agreement | trade deal",
      ]);
    });
    it("keeps the pair's minerals deal and truce apart", () => {
      expect(
        merged([
          [{ name: "US-Chile trade deal" }],
          [{ name: "Chile-United States minerals deal" }, { name: "Chile-United States tariff truce" }],
        ]),
      ).toHaveLength(3);
    });
    it("keeps the bare aliases of an agreement one document tells", () => {
      expect(merged([[{ name: "US-Chile trade deal", aliases: ["deal"] }]])).toEqual(["US-Chile trade deal | deal"]);
    });
  });
});
