// Places and bodies (round 22, issue 13): the state of a government body no phrase places, as a
// backoff (a ministry the country other than the United States the story names clearly most, a
// department named as the press names the United States' to the United States); a town the
// gazetteer knows by a name of several words after "in" or before its country ("in La Oroya,
// Peru"); sites listed before one noun sharing its place; "<Name> Parish" a place; "at St" no
// place. Texts written for the test.

import { describe } from "vitest";
import { analyseDocument } from "../../../src/extraction/index.ts";
import { readText, testDocument } from "../../_helpers/documents.ts";
import { itReadsRows, itTypesRows, type ReadingRow } from "../../_helpers/rows.ts";

const partOf = (text: string) => readText(text).lines.filter((l) => l.includes(" PART_OF "));

describe("extraction places r22", () => {
  describe("a body's state as a backoff", () => {
    const rows: ReadingRow[] = [
      [
        "The United States raised duties on Vietnam last week. Vietnam said the United States was wrong. The Ministry of Industry said the duties were unfair.",
        "Ministry of Industry PART_OF Vietnam",
        "Ministry of Industry PART_OF United States",
      ],
      [
        "Peru and the United States held talks. The Ministry of Mines will publish the figures.",
        "Ministry of Mines PART_OF Peru",
        null,
      ],
      // Two other states named as often: no ministry is given to either.
      [
        "Chile and Peru signed a pact with the United States. The Ministry of Mines welcomed it.",
        null,
        "Ministry of Mines PART_OF Chile",
      ],
      [
        "Canada and the United States agreed on a plan. The Department of Labor will fund two schools.",
        "Department of Labor PART_OF United States",
        null,
      ],
      [
        "Japan bought bonds from the United States. The Treasury said the sale went well.",
        "Treasury PART_OF United States",
        null,
      ],
      // A story that never names the United States gives its departments to no one.
      [
        "Kenya and Uganda met in Nairobi. The Department of Trade said talks went well.",
        null,
        "Department of Trade PART_OF Kenya",
      ],
    ];
    itReadsRows(rows, partOf);
  });

  describe("a town of several words, a parish", () => {
    itTypesRows(
      "Place",
      [
        ["The smelter in La Oroya, Peru, will reopen next year.", "La Oroya"],
        ["Workers near La Grange said the mill was closed.", "La Grange"],
        ["A plant opened in La Crosse last week. The La Crosse site employs 200 people.", "La Crosse"],
        ["Funds were invested in Ogle Parish last year, the firm said.", "Ogle Parish"],
      ],
      [["Acme employs 40 people at its sites at St", "St"]],
    );
    itTypesRows(
      "Person",
      [],
      [["A plant opened in La Crosse last week. The La Crosse site employs 200 people.", "La Crosse"]],
    );
  });

  describe("sites listed before one noun", () => {
    const rows: ReadingRow[] = [
      ["Ore from the Kora and Tambo Alto mines in Chile fell last year.", "Kora PART_OF Chile", null],
      ["Ore from the Lupa and Tambo Alto mines in Chile fell.", "Lupa PART_OF Chile", null],
      // A site named before a comma and an article is no member of the list.
      ["Acme runs the Kora mine, and the Tambo Alto mine in Chile is new.", null, "Kora mine PART_OF Chile"],
    ];
    itReadsRows(rows, partOf);
  });

  describe("a capital standing for its state after a preposition", () => {
    itTypesRows(
      "Place",
      [
        ["China said trade was fine. She took a flight from Beijing to Paris.", "Beijing"],
        ["China said trade was fine. The firm opened an office in Beijing last year.", "Beijing"],
      ],
      [
        ["China and Japan met. Talks went on, according to Beijing's chief negotiator.", "Beijing"],
        ["China and Japan met. Japan cut imports from Beijing last year.", "Beijing"],
        ["China and Japan met. The deal still needs approval from Beijing, officials said.", "Beijing"],
      ],
    );
  });

  describe("Brussels standing for the bloc", () => {
    const named = (text: string) => analyseDocument(testDocument(text)).entities.map((e) => `${e.type}: ${e.name}`);
    itReadsRows(
      [
        [
          "The European Union raised duties on steel. Brussels has warned that more may follow.",
          null,
          "Place: Brussels",
        ],
        ["The European Union raised duties. Ministers met in Brussels on Monday.", "Place: Brussels", null],
        ["The European Union raised duties. Brussels – The Commission said it would act.", "Place: Brussels", null],
        // No bloc named: the city stays a city.
        ["Belgium's output grew. Brussels has a new mayor.", null, "Organization: European Union"],
      ],
      named,
    );
  });

  describe("a state named only inside a body's name", () => {
    itReadsRows(
      [
        [
          "The U.S. Supreme Court heard the case on Monday. Judges asked about the duties.",
          "U.S. Supreme Court PART_OF United States",
          null,
        ],
        // A body whose name holds no state's is given none.
        [
          "The Supreme Court heard the case on Monday. Judges asked about the duties.",
          null,
          "Supreme Court PART_OF United States",
        ],
      ],
      partOf,
    );
  });
});
