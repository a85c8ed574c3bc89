// Entities, round 17b (issue 13): people and bodies the mention stage missed on unread text, read by
// mechanisms (a state's short form written without its last full stop, a post's remit after "for",
// name particles) rather than by any article's phrasing. Every sentence is written for this test;
// the people, firms and places are invented.
// Rows: [text, "Name<Type>" or "A PREDICATE B" that must be found]; negatives: must not be found.

import { describe } from "vitest";
import { analyseDocument } from "../../../src/extraction/index.ts";
import { factTable, readText, testDocument } from "../../_helpers/documents.ts";

function entities(text: string): string[] {
  return analyseDocument(testDocument(text)).entities.map((e) => `${e.name}<${e.type}>`);
}

const lines = (text: string) => readText(text, { date: "2025-06-12" }).lines;

describe("entities r17b: a state's short form without its last full stop", () => {
  factTable(
    entities,
    [
      ["U.S President Hal Brenner flew to Lima on Monday.", "Hal Brenner<Person>"],
      ["U.S President Hal Brenner flew to Lima on Monday.", "United States<Country>"],
      ["Imports from the U.K rose by a tenth last year.", "United Kingdom<Country>"],
    ],
    [["Exports to the U.S. rose as the port reopened.", "U.S<Country>"]],
    ["finds", "finds no"],
  );
  factTable(
    lines,
    [["U.S President Hal Brenner flew to Lima on Monday.", "Hal Brenner HOLDS_POSITION United States"]],
    [],
    ["gives", "gives no"],
  );
});

describe("entities r17b: a post's remit after 'for', then the name", () => {
  factTable(
    entities,
    [
      ["Special Envoy for Critical Minerals Dana Okafor told reporters the talks went well.", "Dana Okafor<Person>"],
      ["Assistant Secretary for Rare Earths Kofi Mensah will visit the mine.", "Kofi Mensah<Person>"],
      ["Presidential Envoy for Lithium Maria Ilves arrived in Santiago.", "Maria Ilves<Person>"],
    ],
    [
      ["Presidential Envoy for Lithium Maria Ilves arrived in Santiago.", "Lithium Maria Ilves<Person>"],
      ["The Center for Critical Minerals Research published its survey.", "Critical Minerals Research<Person>"],
      ["Voters asked for Critical Minerals Reform soon.", "Minerals Reform<Person>"],
    ],
    ["finds", "finds no"],
  );
  factTable(
    lines,
    [["The US Special Envoy for Rare Earths David Okafor met officials.", "David Okafor HOLDS_POSITION United States"]],
    [],
    ["gives", "gives no"],
  );
});

describe("entities r17b: Spanish particles inside a name", () => {
  factTable(
    entities,
    [["Minister Ana de la Vega met the delegation in Quito.", "Ana de la Vega<Person>"]],
    [["Minister Ana de la Vega met the delegation in Quito.", "Ana<Person>"]],
    ["finds", "finds no"],
  );
});

describe("entities r17b: a state's lower-case ministry named by its capital or after 'of'", () => {
  factTable(
    entities,
    [
      ["Beijing's commerce ministry said the licences would be reviewed.", "commerce ministry (China)<Agency>"],
      ["Officials at the trade ministry of Chile declined to comment.", "trade ministry (Chile)<Agency>"],
      ["The foreign ministry of the Philippines summoned the envoy.", "foreign ministry (Philippines)<Agency>"],
    ],
    [
      ["A trade ministry of Chinese design was proposed.", "trade ministry (China)<Agency>"],
      ["Beijing trade ministry talks were delayed.", "trade ministry (China)<Agency>"],
    ],
    ["finds", "finds no"],
  );
  factTable(
    lines,
    [["The trade ministry of Chile issued a statement.", "trade ministry (Chile) PART_OF Chile"]],
    [],
    ["gives", "gives no"],
  );
});

describe("entities r17b: an exchange named in running text is a company", () => {
  const article = (body: string) =>
    `Miner's shares slide\n\nOutput fell at the mine in Peru, the company said on Monday. ${body}`;
  factTable(
    (text) => entities(article(text)),
    [
      ["Trading in its shares was halted on the ASX for two days.", "ASX<Company>"],
      ["The firm plans to list on the Nasdaq next year.", "Nasdaq<Company>"],
    ],
    [["Kestrel Metals (TSX: KMT) said output would recover.", "TSX<Company>"]],
    ["finds", "finds no"],
  );
});

describe("entities r17b: a known body before a post written before a comma and the name", () => {
  factTable(
    lines,
    [
      [
        "European Commission Vice President for Clean Industry, Renée Marchal, met unions in Brussels.",
        "Renée Marchal HOLDS_POSITION European Commission",
      ],
    ],
    [
      [
        "Talks at the European Commission, Renée Marchal said, went well.",
        "Renée Marchal HOLDS_POSITION European Commission",
      ],
    ],
    ["gives", "gives no"],
  );
});
