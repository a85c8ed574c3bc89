// Trade measures and purchases, round 5: sentences written for this test in other countries',
// goods' and outlets' wordings. Exports forbidden in their own clause ("exports of X will not be
// permitted"), makers read only from a verb of making before "by", goods named by a bare generic
// noun, and purchases that a ban, a licence, a permission or a hope leaves untold; with the
// phrasings that must give nothing.

import { describe, expect, it } from "vitest";
import { analyseDocument } from "../../../src/extraction/index.ts";
import type { SourceDocument } from "../../../src/extraction/types.ts";

function doc(text: string): SourceDocument {
  return { id: "t", fileName: "t.txt", title: "", date: "2025-06-02", source: null, authors: [], text };
}

/** The document's relations of `predicate` as "source PREDICATE target" lines. */
function lines(text: string, predicate: string): string[] {
  const a = analyseDocument(doc(text));
  const name = new Map(a.entities.map((e) => [e.id, e.name]));
  return a.relations
    .filter((r) => r.predicate === predicate)
    .map((r) => `${name.get(r.source)} ${r.predicate} ${name.get(r.target)}`);
}

/** The names of the document's Policy entities. */
function policies(text: string): string[] {
  return analyseDocument(doc(text))
    .entities.filter((e) => e.type === "Policy")
    .map((e) => e.name);
}

type Row = [text: string, expected: string[]];

/** Instruments named by their words: a verb of making is never one of them; a title goes on after its head. */
const NAMES: Row[] = [
  ["Mercosur signs free trade deal with four European countries", []],
  ["Vietnam inks trade pact with Chile after two years of talks", ["Vietnam-Chile trade pact"]],
  [
    "Ministers signed the Canada–Japan Framework for Cooperation on Battery Supply Chains in Ottawa, officials said.",
    ["Canada–Japan Framework for Cooperation on Battery Supply Chains"],
  ],
  ["The Inflation Reduction Act of 2022 gave tax credits to carmakers.", ["Inflation Reduction Act of 2022"]],
  ["Officials said the Agreement on TikTok was close.", []],
  // Capitalised words joined by "and" before a name read as "… Agreement" or "… Act".
  [
    "Officials said on Monday that the Trade and Economic Partnership Agreement takes effect on October 1.",
    ["Trade and Economic Partnership Agreement"],
  ],
  // A section's tariffs keep their "Section"; the same tariffs are one instrument.
  [
    "Importers now pay the existing 25 per cent Section 301 tariffs and the new duties, traders said.",
    ["Section 301 tariffs"],
  ],
  // A licensing regime of no named mineral is no instrument; in a document about one mineral's exports, that one's.
  ["Chipmakers complained that the export licensing requirements were slow.", []],
  [
    "Beijing tightened graphite exports last year. Graphite exporters must now apply under its export licensing regime, officials said.",
    ["graphite export licensing regime"],
  ],
  ["Chile Signs Framework For Lithium With Korea", []],
];

/** A reported "would" (announced, said) is what was decided; a conditional or a threat is a threat. */
const TARIFF_MOOD: Row[] = [
  ["Canada announced it would raise its duties on Chinese steel by 25% from Monday.", ["Canada IMPOSED_TARIFF China"]],
  ["India said on Friday it would impose tariffs on American almonds.", ["India IMPOSED_TARIFF United States"]],
  ["Mexico said it would impose tariffs on Chinese cars if talks failed.", ["Mexico THREATENED_TARIFF China"]],
  ["Brazil warned it would raise tariffs on US ethanol.", ["Brazil THREATENED_TARIFF United States"]],
  ["Japan could raise its duties on Korean steel next year.", ["Japan THREATENED_TARIFF South Korea"]],
];

/** A state's hold on a market: a possessor or demonym before the noun, the goods of the phrase after it. */
const HOLDS: Row[] = [
  ["Washington wants to break China's stranglehold on the rare earths market.", ["China DOMINATES rare earths"]],
  [
    "Chinese dominance of graphite and magnets worries Brussels.",
    ["China DOMINATES graphite", "China DOMINATES magnets"],
  ],
  ["Indonesia's near-total grip over nickel supply has grown.", ["Indonesia DOMINATES nickel"]],
  ["China's grip on power is firm.", []],
  ["Chinese dominance, analysts said, is fading.", []],
];

/** A bare ban or quota in a document whose exports are of one good: named after that good. */
const DOCUMENT_MEASURES: Row[] = [
  [
    "Zimbabwe halted lithium exports in March. Lithium exporters said the ban hurt them. The ban will be replaced by a quota system in July, with miners allowed to export some lithium.",
    ["lithium export ban", "lithium export quota system"],
  ],
  [
    "Indonesia Sets 2026 Nickel Export Quotas. Indonesia said nickel exporters must respect the export quotas, which cap nickel shipments.",
    ["nickel export quotas"],
  ],
  // Two goods exported: which one the ban is about is not said.
  ["Exports of cobalt and copper fell. The ban will be lifted in June, exporters said.", []],
  // A ban on something named after it is that thing's ("the ban on TikTok").
  ["Nickel exports rose again. Nickel exporters criticised the ban on foreign workers.", []],
];

/** Exports forbidden in their own clause, the maker by "by", by the speaker or by the last measure. */
const PROHIBITED: Row[] = [
  [
    "Exports of tungsten and bismuth will not be permitted without a licence, Vietnam's Ministry of Industry and Trade said.",
    [
      "Ministry of Industry and Trade RESTRICTED_EXPORT tungsten",
      "Ministry of Industry and Trade RESTRICTED_EXPORT bismuth",
      "Vietnam RESTRICTED_EXPORT tungsten",
      "Vietnam RESTRICTED_EXPORT bismuth",
    ],
  ],
  [
    "Zimbabwe announced new export curbs on Monday. Shipments of raw lithium ore are prohibited from January.",
    ["Zimbabwe RESTRICTED_EXPORT lithium ore"],
  ],
  [
    "From May, the export of nickel ore and cobalt to foreign smelters shall not be allowed, the Indonesian government said.",
    ["Indonesia RESTRICTED_EXPORT nickel ore", "Indonesia RESTRICTED_EXPORT cobalt"],
  ],
];

/** A permission, a positive clause or no named good: no restriction. */
const NOT_PROHIBITED: Row[] = [
  ["Exports of copper cathodes will be permitted again from July, Chile's mining ministry said.", []],
  ["Shipments of soybeans are allowed under the new quota, Brazil said.", []],
  ["Exports of the equipment will not be permitted, Japan said.", []],
];

/** "by" names a measure's maker only after a verb of making. */
const MAKER_BY: Row[] = [
  [
    "Under the deal, China agreed to lift export controls on graphite, according to a statement released by the White House.",
    ["China RESTRICTED_EXPORT graphite"],
  ],
  ["Export controls on antimony imposed by China in 2024 remain in place.", ["China RESTRICTED_EXPORT antimony"]],
];

/** Purchases that are told, and sales barred, licensed, permitted or hoped for (no purchase). */
const PURCHASES: Row[] = [
  ["In 2024 Australia exported 40,000 tonnes of lithium to South Korea.", ["South Korea PURCHASES lithium"]],
  ["Most Indonesian nickel exports go to China.", ["China PURCHASES nickel"]],
  ["U.S. rare earth imports rose by a third last year.", ["United States PURCHASES rare earths"]],
  ["Beijing halted gallium exports to Japan on Tuesday.", []],
  ["Washington granted licences for Micron to export memory chips to Vietnam.", []],
  ["Officials warned that permitting Russia to buy the turbines would be a mistake.", []],
  ["The pact has the potential to increase Scotch whisky exports to Brazil.", []],
  ["Canada put a 25% tariff on Chinese aluminum imports in October.", []],
  ["Critics point to Europe's reliance on Russian gas imports.", []],
];

describe("policy-r5", () => {
  describe("instrumentPhrases", () => {
    it.each(NAMES)("names the instruments of %j", (text, expected) => {
      expect(policies(text)).toEqual(expected);
    });
  });

  describe("tariffRule", () => {
    it.each(TARIFF_MOOD)("reads the mood of %j", (text, expected) => {
      const found = [...lines(text, "IMPOSED_TARIFF"), ...lines(text, "THREATENED_TARIFF")];
      expect(found.sort()).toEqual([...expected].sort());
    });
  });

  describe("holdOnMarket", () => {
    it.each(HOLDS)("reads the hold of %j", (text, expected) => {
      expect([...new Set(lines(text, "DOMINATES"))].sort()).toEqual([...expected].sort());
    });
  });

  describe("documentExportGood", () => {
    it.each(DOCUMENT_MEASURES)("names the measures of %j", (text, expected) => {
      expect(policies(text).sort()).toEqual([...expected].sort());
    });
    it("reads the body that hands out the export quotas as their maker", () => {
      const text =
        "Zambia halted cobalt exports in May. Cobalt exporters must now apply to the Mining Cadastre Office. Only the Mining Cadastre Office is authorised to issue or revoke export quotas.";
      expect(lines(text, "RESTRICTED_EXPORT")).toContain("Zambia RESTRICTED_EXPORT cobalt");
      expect(lines(text, "RESTRICTED_EXPORT")).toContain("Mining Cadastre Office RESTRICTED_EXPORT cobalt");
    });
  });

  describe("prohibitedExports", () => {
    it.each(PROHIBITED)("reads the forbidden exports of %j", (text, expected) => {
      expect(lines(text, "RESTRICTED_EXPORT").sort()).toEqual([...expected].sort());
    });
    it.each(NOT_PROHIBITED)("reads no restriction in %j", (text, expected) => {
      expect(lines(text, "RESTRICTED_EXPORT")).toEqual(expected);
    });
  });

  describe("restrictionSweep", () => {
    it.each(MAKER_BY)("reads the maker of %j", (text, expected) => {
      expect(lines(text, "RESTRICTED_EXPORT").sort()).toEqual([...expected].sort());
    });
  });

  describe("purchaseRule", () => {
    it.each(PURCHASES)("reads the purchases of %j", (text, expected) => {
      expect(lines(text, "PURCHASES").sort()).toEqual([...expected].sort());
    });
  });
});
