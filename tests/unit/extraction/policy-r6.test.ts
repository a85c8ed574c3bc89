// Policies, round 6: sentences written for this test in other countries', goods' and outlets'
// wordings. Definite references ("the deal", "the ban", "these restrictions") are mentions of the
// instrument of their kind named just before; with the phrasings that must add nothing.

import { describe, expect, it } from "vitest";
import { analyseDocument } from "../../../src/extraction/index.ts";
import { agreementShortNames } from "../../../src/extraction/rules/agreement-names.ts";
import type { SourceDocument } from "../../../src/extraction/types.ts";

function doc(text: string): SourceDocument {
  return { id: "t", fileName: "t.txt", title: "", date: "2025-06-02", source: null, authors: [], text };
}

/** The document's Policy entities as "name: alias; alias" lines (aliases sorted). */
function dropShortNames(name: string, aliases: readonly string[], text: string): string[] {
  const short = new Set(agreementShortNames(name));
  return aliases.filter((a) => !short.has(a) || text.includes(a));
}

function policies(text: string): string[] {
  return (
    analyseDocument(doc(text))
      .entities.filter((e) => e.type === "Policy")
      // The short-form names of a two-state agreement (round 21b, agreements-r21b.test.ts) left out
      // unless written.
      .map((e) => `${e.name}: ${dropShortNames(e.name, e.aliases, text).sort().join("; ")}`)
  );
}

type Row = [text: string, expected: string[]];

const REFERENCES: Row[] = [
  // An agreement named by its parties, then "the agreement", "the deal", "this pact".
  [
    "Chile and India signed a free trade agreement on Monday. The agreement cuts duties on copper cathodes.",
    ["Chile-India free trade agreement: agreement; free trade agreement"],
  ],
  [
    "Peru and South Korea struck a minerals deal in Lima. Officials said the deal would be ratified within a year.",
    ["Peru-South Korea minerals deal: deal; minerals deal"],
  ],
  // A measure: "the ban", "the export ban" after a ban on a good's exports.
  [
    "Zimbabwe extended its ban on raw lithium ore exports. Miners said the ban had pushed them to build refineries.",
    ["lithium ore export ban: ban; ban on raw lithium ore exports"],
  ],
  // Nothing named before: "the deal" names nothing.
  ["Analysts said the deal would help exporters in Jakarta.", []],
  // Another instrument, or one with a party the named one lacks.
  [
    "Chile and India signed a free trade agreement on Monday. Another agreement is due next year.",
    ["Chile-India free trade agreement: free trade agreement"],
  ],
  [
    "Chile and India signed a free trade agreement on Monday. The agreement with Japan is still under talks.",
    ["Chile-India free trade agreement: free trade agreement"],
  ],
  // A ban is not referred to by "the agreement", nor an agreement by "the ban".
  [
    "Zimbabwe extended its ban on raw lithium ore exports. The agreement with miners was signed later.",
    ["lithium ore export ban: ban on raw lithium ore exports"],
  ],
  // Too far back: six sentences later "the deal" is no longer that one.
  [
    "Chile and India signed a free trade agreement on Monday. Copper rose. Lithium fell. Gold rose. Stocks fell. Bonds rose. Oil fell. The deal was praised.",
    ["Chile-India free trade agreement: free trade agreement"],
  ],
];

/** Capitalised titles: more heads, "in"/"on"/"for" inside a title, an instrument naming another it amends. */
const TITLES: Row[] = [
  [
    "Ministers from ten states signed the Second Protocol to Amend the Trade in Goods Agreement during the summit on Sunday.",
    [
      "Second Protocol to Amend the Trade in Goods Agreement: Second Protocol",
      "Trade in Goods Agreement: Goods Agreement",
    ],
  ],
  [
    "Officials in Canberra adopted the Critical Minerals Roadmap and the Green Investment Charter at the meeting on Friday.",
    ["Critical Minerals Roadmap: ", "Green Investment Charter: "],
  ],
  [
    "Delegates said the Export Licensing Mechanism would start next year, according to the ministry.",
    ["Export Licensing Mechanism: "],
  ],
  // A title-case headline names nothing by its capitals.
  ["Chile Adopts New Lithium Roadmap", []],
];

/** Tariff programmes named by their own word: one Policy per programme, named as the press names it (round 21: "reciprocal tariffs" in the plural, the "fentanyl tariff" in the singular). */
const PROGRAMMES: Row[] = [
  [
    "Copper scrap is not subject to the reciprocal tariffs, the proclamation said, and the reciprocal tariffs on cathodes stay.",
    // Round 16b: the phrase with its "on" object is an alias too.
    ["reciprocal tariffs: reciprocal tariffs on cathodes"],
  ],
  [
    "The deal could include reducing fentanyl-related tariffs on Chinese goods, analysts said.",
    ["fentanyl tariff: fentanyl-related tariffs; fentanyl-related tariffs on Chinese goods"],
  ],
  ["New Delhi faces secondary tariffs over its purchases of Russian oil, officials said.", ["secondary tariffs: "]],
  // Other words before "tariffs" name no programme.
  ["Ottawa imposed retaliatory tariffs on American steel, officials said.", []],
  ["Higher tariffs hurt exporters in Vietnam, the survey found.", []],
];

/** A trade truce of two coordinated states is their instrument; a plain truce is none. */
const TRUCES: Row[] = [
  [
    "The United States and China agreed on Monday to extend their 90-day tariff truce by another year, officials said.",
    ["United States-China tariff truce: tariff truce"],
  ],
  ["India and Pakistan agreed to a truce on Saturday, officials said.", []],
];

/** One instrument, one name: state prefixes, short titles, generic deals of one pair. */
const IDENTITY: Row[] = [
  [
    "The U.S. Inflation Reduction Act pays for new battery plants in Georgia, officials said on Monday. The Inflation Act also pays for research at several universities.",
    ["Inflation Reduction Act: Inflation Act; U.S. Inflation Reduction Act"],
  ],
  [
    "Indonesia-EU Trade Deal to Cut Tariffs\n\nTrade ministers said that the Indonesia-EU Comprehensive Economic Partnership Agreement will cut duties on palm oil from next year.",
    ["Indonesia-EU Comprehensive Economic Partnership Agreement: Indonesia-EU Trade Deal"],
  ],
  // Two agreements whose titles share words are two; a pair prefix keeps them apart.
  [
    "Officials in both capitals said that the US-Japan Trade Agreement would be revised next year after talks. Analysts expect that the Australia-India Economic Cooperation and Trade Agreement will be expanded soon.",
    ["US-Japan Trade Agreement: ", "Australia-India Economic Cooperation and Trade Agreement: Trade Agreement"],
  ],
  // A short title found in two longer ones is neither's.
  [
    "Lawmakers said the Critical Minerals Security Act and the Critical Minerals Processing Act would pass this year, while the Minerals Act was left aside by the committee.",
    ["Critical Minerals Security Act: ", "Critical Minerals Processing Act: ", "Minerals Act: "],
  ],
];

/** The document's relations of `predicate` as "source PREDICATE target" lines. */
function lines(text: string, predicate: string): string[] {
  const a = analyseDocument(doc(text));
  const name = new Map(a.entities.map((e) => [e.id, e.name]));
  return a.relations
    .filter((r) => r.predicate === predicate)
    .map((r) => `${name.get(r.source)} ${r.predicate} ${name.get(r.target)}`);
}

/** Verbs that stop exports: "cease", "end", "discontinue", "pause" too; not "ended the ban on exports". */
const STOPS: Row[] = [
  [
    "Gabon will cease exporting manganese from 2029, the president said on Saturday.",
    ["Gabon RESTRICTED_EXPORT manganese"],
  ],
  ["Laos paused exports of rare earths after the floods.", ["Laos RESTRICTED_EXPORT rare earths"]],
  ["Indonesia discontinued exports of bauxite in 2023.", ["Indonesia RESTRICTED_EXPORT bauxite"]],
  ["Chile ceased shipments of lithium carbonate to Japan in May.", ["Chile RESTRICTED_EXPORT lithium carbonate"]],
  ["The government in Jakarta ended the ban on exports of nickel ore.", []],
  ["Officials said the end of cobalt exports would hurt Zambia.", []],
];

/** Generic names of listing instruments, quotes around their words allowed. */
const LISTS: [string, string[]][] = [
  [
    'Beijing put nine defence firms on its "unreliable entity" list on Friday, the commerce ministry said.',
    ["unreliable entities list"],
  ],
  ["The ministry added four drone makers to the export control list, it said.", ["export control list"]],
  ["Officials said the control list now covers 30 foreign firms.", ["export control list"]],
  ["The list of speakers was long, the organisers said.", []],
];

describe("stages/03-mentions", () => {
  describe("findNamedPolicies", () => {
    it.each(LISTS)("%s", (text, expected) => {
      expect(policies(text).map((x) => x.split(":")[0])).toEqual(expected);
    });
  });
});

describe("rules/trade", () => {
  describe("restrictionRule", () => {
    it.each(STOPS)("%s", (text, expected) => {
      expect(lines(text, "RESTRICTED_EXPORT")).toEqual(expected);
    });
  });
});

describe("rules/policies", () => {
  describe("partiesAgreementRule", () => {
    it.each(TRUCES)("%s", (text, expected) => {
      expect(policies(text)).toEqual(expected);
    });
  });
  describe("measurePolicyRule", () => {
    it.each(PROGRAMMES)("%s", (text, expected) => {
      expect(policies(text)).toEqual(expected);
    });
  });

  describe("namedPolicyRule", () => {
    it.each(TITLES)("%s", (text, expected) => {
      expect(policies(text).sort()).toEqual([...expected].sort());
    });
  });

  describe("policyIdentityRule", () => {
    it.each(IDENTITY)("%s", (text, expected) => {
      expect(policies(text).sort()).toEqual([...expected].sort());
    });
  });

  describe("policyReferenceRule", () => {
    it.each(REFERENCES)("%s", (text, expected) => {
      expect(policies(text)).toEqual(expected);
    });
  });
});
