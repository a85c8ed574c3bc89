// Policies, round 8: sentences written for this test in other countries', goods' and outlets'
// wordings. Trade remedies named by their kind ("anti-dumping duties", "an anti-subsidy probe"),
// with the phrasings that must add nothing.

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
      .sort()
  );
}

/** The document's relations of predicates matching `which`, as "source PREDICATE target" lines. */
function relations(text: string, which: RegExp): string[] {
  const result = analyseDocument(doc(text));
  const name = new Map(result.entities.map((e) => [e.id, e.name]));
  return result.relations
    .filter((r) => which.test(r.predicate))
    .map((r) => `${name.get(r.source)} ${r.predicate} ${name.get(r.target)}`)
    .sort();
}

type Row = [text: string, expected: string[]];

const REMEDIES: Row[] = [
  // A duty named by its kind, hyphenated or not; two kinds are two Policies.
  [
    "Brazil's trade body imposed provisional anti-dumping duties on Chinese steel pipes. Countervailing duties may follow.",
    // Round 16b: the phrase as written (modifier, "on" object) is an alias.
    [
      "anti-dumping duties: provisional anti-dumping duties; provisional anti-dumping duties on Chinese steel pipes",
      "countervailing duties: Countervailing duties",
    ],
  ],
  // A probe; the same kind and class again is the same Policy, whatever the number.
  [
    "The European Commission opened an anti-subsidy investigation into Indonesian nickel. Jakarta called the anti-subsidy investigations unfair.",
    ["anti-subsidy investigation: anti-subsidy investigations"],
  ],
  // Written as one word: one instrument with the hyphenated kind (same key).
  [
    "Canada launched an antidumping probe into Vietnamese solar panels on Friday. The anti-dumping probe may last a year.",
    ["antidumping probe: anti-dumping probe"],
  ],
  // Safeguards before a duty: a measure. Round 26: "imported" after "on" opens the "on" object
  // ("on imported aluminium foil"), so the phrase as written is an alias, as above.
  [
    "India extended safeguard duties on imported aluminium foil for two more years.",
    ["safeguard duties: safeguard duties on imported aluminium foil"],
  ],
  // Not a remedy: "safeguard" as a verb, an antitrust probe, a plain tariff case, "dumping" alone.
  ["The measures safeguard jobs in Ohio, the minister said.", []],
  ["Regulators opened an antitrust probe into the chipmaker in Shanghai.", []],
  ["Exporters accused rivals of dumping cheap steel; the tariff case was heard in Geneva.", []],
  // Licences counted ("certain", "some") are licences handed out, not a kind of licence.
  ["The department has already suspended certain export licenses held by chipmakers.", []],
  ["Officials revoked some export licences last week.", []],
  // A kind of licence is still one.
  [
    "China now requires rare earth export licences.",
    ["rare earth export licensing regime: rare earth export licences"],
  ],
];

const PAIRS: Row[] = [
  // Judging and stage words are kept in the mention as written (an alias), not in the name.
  [
    "Canada and Mexico have struck an initial trade deal to cut tariffs on steel.",
    ["Canada-Mexico trade deal: initial trade deal"],
  ],
  [
    "Kenya and the United Kingdom reached a landmark trade agreement on Tuesday.",
    ["Kenya-United Kingdom trade agreement: landmark trade agreement"],
  ],
  // One pair of states named two ways ("UK" and "United Kingdom"): one agreement, the short name an alias.
  [
    "UK-India trade deal hailed. Britain signed a landmark trade deal between the UK and India on Thursday. The deal cuts tariffs.",
    ["United Kingdom-India trade deal: UK-India trade deal; deal; landmark trade deal"],
  ],
  // A bloc's short name and the states in the other order.
  [
    "EU-US trade deal hailed. The US and the European Union signed a trade deal with each other. The European Union-United States free trade deal is big.",
    [
      "European Union-United States free trade deal: EU-US trade deal; United States-European Union trade deal; trade deal",
    ],
  ],
  // Same two states, another instrument: not merged.
  [
    "US-Japan trade deal. Tokyo and Washington signed a critical minerals framework with Japan. The United States-Japan trade deal was also signed.",
    [
      "Japan-United States critical minerals framework: critical minerals framework",
      "United States-Japan trade deal: US-Japan trade deal",
    ],
  ],
  // Other states: two deals.
  [
    "The UK-India trade deal was signed in July. The UK-Oman trade deal is due next year.",
    ["UK-India trade deal: ", "UK-Oman trade deal: "],
  ],
];

const LAWS: Row[] = [
  // The state whose verb makes or changes the law, right before it, names it.
  ["Mali implemented a new mining code in 2023, raising royalties.", ["Mali mining code: new mining code"]],
  ["Indonesia passed a new mining law last year.", ["Indonesia mining law: new mining law"]],
  ["Zambia has amended its mining code.", ["Zambia mining code: mining code"]],
  // No state acting on it, or a plain noun: nothing.
  ["Miners said a new mining code would raise royalties.", []],
  ["Kenya rejected a bill.", []],
  // A headline's verb read as a noun is no word of the law's name.
  ["Laos amends law to ban exports of raw bauxite", []],
  ["Ghana passes law on lithium royalties", []],
  // A state that is not the verb's subject right before it.
  ["Investors in Ghana fear that lawmakers will pass a new mining code.", []],
];

const TARIFFS: Row[] = [
  // Cutting a tariff: its maker, through the verbs of the clause, still imposes it.
  [
    "US President Donald Trump met Thai leaders. Trump agreed to cut tariffs on Thai goods from 32 percent to 19 percent.",
    ["United States IMPOSED_TARIFF Thailand"],
  ],
  ["The United States will slash tariffs on Vietnamese shoes to 20 percent.", ["United States IMPOSED_TARIFF Vietnam"]],
  // A state's own tariffs, no target written, in a story about that state and another: on the other.
  [
    "China and the United States met in Geneva. In response to China's retaliatory tariffs, American farmers lost sales.",
    ["China IMPOSED_TARIFF United States"],
  ],
  [
    "Canada and India opened talks in Ottawa. Exporters complained that Indian tariffs had doubled since March.",
    ["India IMPOSED_TARIFF Canada"],
  ],
  // Not when the other side is exempt, when the tariffs are future or conditional, or are a third state's.
  [
    "Chile and the United States met. US President Donald Trump's 50% tariff on copper imports will not apply to Chile's exports.",
    [],
  ],
  ["Britain and the United States signed a deal. Any new US tariffs would hurt carmakers.", []],
  ["Britain and the United States signed a deal. Analysts said Japanese tariffs had risen.", []],
  // The state warned or threatened "of"/"with" tariffs is their target, whatever the story's pair.
  [
    "Brazil and the United States clashed. US President Donald Trump warned Brazil of steep new tariffs.",
    ["Donald Trump THREATENED_TARIFF Brazil"],
  ],
  [
    "China and the United States clashed over chips. US President Donald Trump warned South Africa about heavy tariffs.",
    ["Donald Trump THREATENED_TARIFF South Africa"],
  ],
  // The state that faces or pays the tariff is its target, not its maker.
  [
    "India and the United States held talks. India faces 50% tariffs from the United States.",
    ["United States IMPOSED_TARIFF India"],
  ],
  // A leader's threat is his own (round 18: not also his state's, as the gold files it).
  [
    "China and the United States held talks. US President Donald Trump threatened an additional 100% tariff starting November 1.",
    ["Donald Trump THREATENED_TARIFF China"],
  ],
  [
    "The EU and the United States held talks. US President Donald Trump has threatened the EU with 30% tariffs if no deal is reached.",
    ["Donald Trump THREATENED_TARIFF European Union"],
  ],
  // The state whose goods the target buys, or a reason after "over" / "for", is no target.
  [
    "India and the United States held talks. Washington threatened to impose secondary tariffs on India over its purchases of Russian oil.",
    ["United States THREATENED_TARIFF India"],
  ],
  [
    "Turkey and the European Union held talks. Brussels imposed duties on Turkey for buying Iranian gas.",
    ["European Union IMPOSED_TARIFF Türkiye"],
  ],
  // A tariff floated or mooted is a threat.
  [
    "Japan and the United States held talks. The United States floated 25% tariffs on Japanese cars.",
    ["United States THREATENED_TARIFF Japan"],
  ],
  // No state making the threat: nothing.
  ["China and the United States clashed. Economists warned Brazil of steep new tariffs.", []],
];

const EXPORTS: Row[] = [
  // "the metal's export": the good the sentence is about.
  [
    "Congo, the world's largest producer of cobalt, has temporarily suspended the metal's export for four months.",
    ["DR Congo RESTRICTED_EXPORT cobalt"],
  ],
  // Rules on exports, with an export word.
  ["Indonesia imposed new permit rules on the export of nickel ore.", ["Indonesia RESTRICTED_EXPORT nickel ore"]],
  // Not the country's exports, nor rules someone only talked about.
  ["Congo has suspended the country's exports for four months.", []],
  ["Chile said the rules on copper exports would stay.", []],
];

describe("rules/trade", () => {
  describe("tariffRule", () => {
    it.each(TARIFFS)("%s", (text, expected) => {
      expect(relations(text, /TARIFF/)).toEqual(expected);
    });
  });
  describe("restrictionRule", () => {
    it.each(EXPORTS)("%s", (text, expected) => {
      expect(relations(text, /RESTRICTED_EXPORT/)).toEqual(expected);
    });
  });
});

const MEMORANDA: Row[] = [
  // Two states sign one; its abbreviation in brackets and "the MoU" later are mentions of it.
  [
    "Pakistan and the United States have signed a memorandum of understanding (MoU) worth $500 million. The MoU covers copper and lithium.",
    ["Pakistan-United States memorandum of understanding: MoU; memorandum of understanding"],
  ],
  // A state's body and a firm, the firm after "with"; a second mention with other parties is the same one.
  [
    "Peru's Ministry of Energy and Mines signed a memorandum of understanding with Andes Copper Corp on Monday. Andes Copper Corp and Peru's Ministry of Energy and Mines said the memorandum of understanding covers copper.",
    ["Ministry of Energy and Mines-Andes Copper Corp memorandum of understanding: memorandum of understanding"],
  ],
  // "between X and Y", a memorandum of cooperation.
  [
    "A memorandum of cooperation between Japan and Chile was signed in Santiago.",
    ["Japan-Chile memorandum of understanding: memorandum of cooperation"],
  ],
  // Two firms only, one party, several memoranda: nothing.
  ["Glencore signed an MoU with Saudi Arabia's Maaden on Tuesday.", []],
  ["The companies said they had signed a memorandum of understanding.", []],
  ["India and Oman signed four memoranda of understanding in Muscat.", []],
];

describe("rules/policies", () => {
  describe("instrumentRule", () => {
    it.each(LAWS)("%s", (text, expected) => {
      expect(policies(text)).toEqual(expected);
    });
    it.each(MEMORANDA)("%s", (text, expected) => {
      expect(policies(text)).toEqual(expected);
    });
  });
  describe("policyIdentityRule", () => {
    it.each(PAIRS)("%s", (text, expected) => {
      expect(policies(text)).toEqual(expected);
    });
  });
  describe("measurePolicyRule", () => {
    it.each(REMEDIES)("%s", (text, expected) => {
      expect(policies(text)).toEqual(expected);
    });
  });
});
