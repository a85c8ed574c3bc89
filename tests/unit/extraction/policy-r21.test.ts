// Policies, round 21: sentences written for this test. A tariff programme is named in the number
// the press names it with, whatever number one sentence writes; the title of a state's rules, plans
// and declarations goes on after its head as an agreement's does.

import { describe, expect, it } from "vitest";
import { analyseDocument } from "../../../src/extraction/index.ts";
import type { SourceDocument } from "../../../src/extraction/types.ts";

function doc(text: string): SourceDocument {
  return { id: "t", fileName: "t.txt", title: "", date: "2025-06-02", source: null, authors: [], text };
}

/** The document's Policy entities' names. */
function policies(text: string): string[] {
  return analyseDocument(doc(text))
    .entities.filter((e) => e.type === "Policy")
    .map((e) => e.name)
    .sort();
}

type Row = [text: string, expected: string[]];

const PROGRAMME_NAMES: Row[] = [
  // A quoted capitalised name before a singular "tariff": the programme, in the plural.
  ["The minister criticised the “Freedom Week” tariff agenda announced in March.", ["Freedom Week tariffs"]],
  ["Exporters braced for the 'Fair Play' tariffs, the chamber said.", ["Fair Play tariffs"]],
  // A trade law's section before a singular "tariff".
  ["Importers asked for relief from a Section 122 tariff on steel pipes.", ["Section 122 tariffs"]],
  // A programme word: reciprocal and secondary tariffs in the plural, the fentanyl tariff not.
  ["Brazil is weighing its response to the reciprocal tariff imposed in April.", ["reciprocal tariffs"]],
  ["Buyers of Iranian crude face a secondary tariff, officials said.", ["secondary tariffs"]],
  ["Mexico hopes the fentanyl-related tariffs will be lifted.", ["fentanyl tariff"]],
  // Not a programme: retaliation, an unquoted common adjective.
  ["Ottawa answered with retaliatory tariffs on bourbon.", []],
  ["The new tariffs hurt farmers in Iowa.", []],
];

describe("rules/policies: tariff programmes' names (round 21)", () => {
  it.each(PROGRAMME_NAMES)("%s", (text, expected) => {
    expect(policies(text)).toEqual(expected);
  });
});

const TITLE_TAILS: Row[] = [
  // Heads of rules, plans and declarations take the rest of their title.
  [
    "Officials said on Monday that Peru published its National Plan for Mining Development last week.",
    ["National Plan for Mining Development"],
  ],
  [
    "Exporters said on Monday that the Provisional Regulations on the Licensing of Mineral Exports apply from May.",
    ["Provisional Regulations on the Licensing of Mineral Exports"],
  ],
  // A body's name read after "on the" is the subject the rules govern, and no body of its own.
  [
    "Officials said on Monday that the Temporary Regulations on the Administration of Lithium Exports would be revised.",
    ["Temporary Regulations on the Administration of Lithium Exports"],
  ],
  // A party after the head still ends the title.
  [
    "Officials said on Monday that the Joint Declaration on Peru and the other texts were signed.",
    ["Joint Declaration"],
  ],
];

describe("rules/policies: titles after rule and plan heads (round 21)", () => {
  it.each(TITLE_TAILS)("%s", (text, expected) => {
    expect(policies(text)).toEqual(expected);
  });
});

/** The document's PARTNERED_WITH pairs as "A + B" (names sorted within a pair). */
function partners(text: string): string[] {
  const a = analyseDocument(doc(text));
  const name = new Map(a.entities.map((e) => [e.id, e.name]));
  return a.relations
    .filter((r) => r.predicate === "PARTNERED_WITH")
    .map((r) => [name.get(r.source)!, name.get(r.target)!].sort().join(" + "))
    .sort();
}

const PARTNERSHIP_TITLES: Row[] = [
  // A capitalised alliance named by its states, with a word of its kind, in a sentence no other rule pairs.
  [
    "Officials spoke on Monday in Geneva. Chile and the European Union held talks in Santiago on Monday. Both sides reaffirmed cooperation under the Chile-EU Competitiveness Alliance launched last year.",
    ["Chile + European Union"],
  ],
  // Three states: each pair of them.
  [
    "Officials said on Monday that the Peru-Canada-Japan Clean Energy Partnership would be widened to new projects.",
    ["Canada + Japan", "Canada + Peru", "Japan + Peru"],
  ],
  // A trade treaty of the kind pairs nobody.
  ["Officials said on Monday that the Chile-Peru Comprehensive Economic Partnership Agreement was being reviewed.", []],
];

describe("rules/partnership-instruments: states naming a partnership are partners (round 21)", () => {
  it.each(PARTNERSHIP_TITLES)("%s", (text, expected) => {
    expect(partners(text)).toEqual(expected);
  });
});

/** The document's RESTRICTED_EXPORT pairs as "maker > good". */
function restricted(text: string): string[] {
  const a = analyseDocument(doc(text));
  const name = new Map(a.entities.map((e) => [e.id, e.name]));
  return a.relations
    .filter((r) => r.predicate === "RESTRICTED_EXPORT")
    .map((r) => `${name.get(r.source)} > ${name.get(r.target)}`)
    .sort();
}

const LIMITING_NOUNS: Row[] = [
  // Nouns of limiting name an export measure as "limits" does.
  [
    "Officials spoke on Monday in Lima. Buyers scrambled for supplies after Bolivia's new lithium export limitations took effect, traders said.",
    ["Bolivia > lithium"],
  ],
  [
    "Officials spoke on Monday in Lima. Smelters warned that Indonesia's nickel export restraints would raise prices, traders said.",
    ["Indonesia > nickel"],
  ],
  // Not an export measure: limits on imports.
  ["Officials spoke on Monday in Lima. Peru's import limitations on steel were eased, traders said.", []],
];

describe("rules/trade: nouns of limiting as export measures (round 21)", () => {
  it.each(LIMITING_NOUNS)("%s", (text, expected) => {
    expect(restricted(text)).toEqual(expected);
  });
});
