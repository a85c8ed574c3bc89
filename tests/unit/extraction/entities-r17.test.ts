// Entities, round 17 (issue 13): names typed wrong on fresh text, read by mechanisms of the mention
// stage (an outlet found first keeps its span, a government named by its leader, a stretch of months,
// a mis-decoded accent), not by any article's phrasing. Every sentence is written for this test; the
// people, firms, outlets and places are invented.
// Rows: [text, "Name<Type>" that must be found]; negatives: [text, "Name<Type>" that must not be found].

import { describe, expect, it } from "vitest";
import { analyseDocument } from "../../../src/extraction/index.ts";
import type { SourceDocument } from "../../../src/extraction/types.ts";
import { entityNames, factTable, readText, testDocument } from "../../_helpers/documents.ts";

function entities(text: string, fields: Partial<Omit<SourceDocument, "text">> = {}): string[] {
  return analyseDocument(testDocument(text, fields)).entities.map((e) => `${e.name}<${e.type}>`);
}

describe("entities r17: an outlet found first is not read again as a firm", () => {
  const fromSource = (text: string) => entities(text, { source: "NewsWave" });
  factTable(
    fromSource,
    [["NewsWave (3/9/2025): Peru's trade minister ended a visit to Chile on Friday.", "NewsWave<Media>"]],
    [
      ["NewsWave (3/9/2025): Peru's trade minister ended a visit to Chile on Friday.", "NewsWave<Company>"],
      ["NewsWave reported on Monday that the port reopened.", "NewsWave<Company>"],
    ],
    ["finds", "finds no"],
  );
  // With no source, a camel-case word is a brand as before.
  factTable(entities, [["Shares of NewsWave rose after the launch.", "NewsWave<Company>"]], [], ["finds", "finds no"]);
});

describe("entities r17: a government named by its leader is no body of state", () => {
  factTable(
    entities,
    [
      ["The Federal Maritime Administration approved the port plan.", "Federal Maritime Administration<Agency>"],
      ["The Rural Energy Administration funded the grid.", "Rural Energy Administration<Agency>"],
    ],
    [
      [
        "President Hal Brenner spoke on Monday. The Brenner Administration wants no tariff war with Peru.",
        "Brenner Administration<Agency>",
      ],
      [
        "The Brenner Administration wants no tariff war, Presidents Brenner and Ortiz said in Lima.",
        "Brenner Administration<Agency>",
      ],
      ["Critics said this Administration's course on chips was inconsistent.", "Administration<Agency>"],
    ],
    ["finds", "finds no"],
  );
});

describe("entities r17: dates and broken letters are no firms", () => {
  factTable(
    entities,
    [
      ["Chilean copper exports in March-May fell 12% from a year earlier.", "Chile<Country>"],
      ["Troops withdrew from eastern DRCongo under the deal signed in Doha.", "DR Congo<Country>"],
    ],
    [
      ["Copper exports in March-May fell 12% from a year earlier, data showed.", "March-May<Company>"],
      ["Soy imports in January-June dropped 30%.", "January-June<Company>"],
      ["Troops withdrew from eastern DRCongo under the deal signed in Doha.", "DRCongo<Company>"],
      ["The refinery rises near the town of CastellĂ©n in Spain.", "CastellĂ<Company>"],
    ],
    ["finds", "finds no"],
  );
});

describe("entities r17: with no readable source, the dateline's wire employs the byline's authors", () => {
  const byline = (source: string | null) => (text: string) =>
    readText(text, { source, authors: ["Ana Ruiz", "Tom Lee"] }).lines;
  const text = "Jun 11, 2025 (Bloomberg) – Peru will cut steel imports, officials said on Wednesday.";
  factTable(byline(null), [
    [text, "Ana Ruiz AFFILIATED_WITH Bloomberg"],
    [text, "Tom Lee AFFILIATED_WITH Bloomberg"],
  ]);
  // No dateline wire and no source: no employer to read.
  factTable(
    byline(null),
    [],
    [["Peru will cut steel imports, officials said on Wednesday.", "Ana Ruiz AFFILIATED_WITH Bloomberg"]],
  );
});

describe("entities r17: bodies joined by 'and'", () => {
  factTable(
    entities,
    [
      // A body's head opening its own "of" name after "and" starts a second body.
      ["The rules came from Peru's Ministry of Energy and Ministry of Mines on Monday.", "Ministry of Mines<Agency>"],
      ["The Department of Labor and Department of Justice opened a joint probe.", "Department of Labor<Agency>"],
      // "and" inside one body's name stays.
      ["The Ministry of Trade and Industry approved the licence.", "Ministry of Trade and Industry<Agency>"],
      // A name the gazetteer knows runs on over its "and".
      [
        "Officers of US Customs and Border Protection seized the parcels.",
        "U.S. Customs and Border Protection<Agency>",
      ],
    ],
    [
      [
        "The rules came from Peru's Ministry of Energy and Ministry of Mines on Monday.",
        "Ministry of Energy and Ministry of Mines<Agency>",
      ],
      ["Officers of US Customs and Border Protection seized the parcels.", "US Customs<Agency>"],
    ],
    ["finds", "finds no"],
  );
});

describe("entities r17: places of the world and city-states", () => {
  factTable(
    entities,
    [
      ["SINGAPORE (Reuters) - Palm oil prices rose on Tuesday, traders said.", "Singapore<Country>"],
      ["KUALA LUMPUR (Reuters) - Palm oil prices rose on Tuesday, traders said.", "Kuala Lumpur<Place>"],
    ],
    [["SINGAPORE (Reuters) - Palm oil prices rose on Tuesday, traders said.", "Singapore<Place>"]],
    ["finds", "finds no"],
  );
  const lines = (text: string) => readText(text).lines;
  factTable(
    lines,
    [["The summit opened in Busan, South Korea, on Friday.", "Busan PART_OF South Korea"]],
    [
      ["The port sits where Asia, Europe, and Africa meet, officials said.", "Asia PART_OF Europe"],
      ["Trade between Africa, Asia and Europe grew.", "Africa PART_OF Asia"],
    ],
  );
});

describe("entities r17: outlets", () => {
  factTable(
    entities,
    [
      ["According to Ruritania News Network, two plants are being built.", "Ruritania News Network<Media>"],
      ["According to New Peru News Network, two plants are being built.", "New Peru News Network<Media>"],
      ["Lima News Service reported the deal on Monday.", "Lima News Service<Media>"],
      // A state's service stays a body of state.
      ["The Geological Survey Service mapped the basin.", "Geological Survey Service<Agency>"],
    ],
    [
      ["The firm said on Nov. 19 that it will build a refinery.", "Nov.<Media>"],
      ["Officials wrote on Sept. 3 that the plan was final.", "Sept.<Media>"],
      ["According to New Peru News Network, two plants are being built.", "News Network<Media>"],
    ],
    ["finds", "finds no"],
  );
});

describe("entities r17: a firm's long legal name is its short name", () => {
  const companies = (text: string) => entityNames(text, "Company");
  it("joins a firm named with 'Holding Co Ltd' to its short name", () => {
    expect(
      companies("Quarnel Metals Holding Co Ltd said output rose. Quarnel Metals expects more in 2026."),
    ).toHaveLength(1);
  });
  it("joins a firm named with 'Company' to its short name", () => {
    expect(companies("Tarvo Mining Company signed the lease. Tarvo Mining SA will start drilling.")).toHaveLength(1);
  });
  it("keeps a holding company apart from its operating firm", () => {
    expect(companies("Brant Shipping Holdings LLC bought Brant Shipping LLC last year, the buyer said.")).toHaveLength(
      2,
    );
  });
});

describe("people r17: a post only the United States has, with no state the context gives", () => {
  const lines = (text: string) => readText(text).lines;
  factTable(
    lines,
    [
      [
        "A visit by envoy Tom Hale and Deputy Secretary of State Dana Wirth to Peru and Chile prepared the summit with the United States.",
        "Dana Wirth HOLDS_POSITION United States",
      ],
    ],
    [
      // The document names no United States: the post stays unplaced.
      [
        "A visit by envoy Tom Hale and Deputy Secretary of State Dana Wirth to Peru and Chile prepared the summit.",
        "Dana Wirth HOLDS_POSITION Peru",
      ],
    ],
  );
});
