// Mentions and their types, through the whole per-document analysis: one row per behaviour of
// stages 3–5, on sentences written for the test (not taken from the seed articles).

import { describe, expect, it } from "vitest";
import { analyseDocument } from "../../../src/extraction/index.ts";
import type { SourceDocument } from "../../../src/extraction/types.ts";

function doc(text: string): SourceDocument {
  return { id: "t", fileName: "t.txt", title: "", date: "2025-07-30", source: null, authors: [], text };
}

/** [text, entity name, entity type, surface form it must be mentioned as]. */
const TABLE: [text: string, name: string, type: string, surface: string][] = [
  ["Analysts at Goldman Sachs said demand would slow.", "Goldman Sachs", "Company", "Goldman Sachs"],
  ["A professor at Fudan said the talks went well.", "Fudan", "Organization", "Fudan"],
  ["Tokyo-based Sojitz Corp. has invested A$200 million in Lynas.", "Lynas", "Company", "Lynas"],
  // A capital stands for its state once the document names the state.
  ["China and Brazil signed a pact. Beijing agreed to buy more soybeans.", "China", "Country", "Beijing"],
  ["Beijing agreed to buy more soybeans.", "Beijing", "Place", "Beijing"],
  ["Negotiators held talks in London on Monday.", "London", "Place", "London"],
  ["The Stockholm talks ended without a deal.", "Stockholm", "Place", "Stockholm"],
  [
    "Officials from Japan and France held two days of talks in the Swedish capital.",
    "Stockholm",
    "Place",
    "the Swedish capital",
  ],
  [
    "Officials from Japan and France held two days of talks in the Swedish capital.",
    "Stockholm trade talks",
    "Meeting",
    "talks",
  ],
  // Surname particles belong to the name, and the surname alone joins the full name.
  [
    "Ursula von der Leyen arrived in Rome on Monday. Later, von der Leyen told reporters the deal was close.",
    "Ursula von der Leyen",
    "Person",
    "von der Leyen",
  ],
  ["Talks with Mohammed bin Salman resumed on Monday.", "Mohammed bin Salman", "Person", "Mohammed bin Salman"],
  // A body, a title and a name in one capitalised run: the body and the person apart.
  [
    "Central Bank of Kenya Governor Amina Otieno raised rates on Tuesday.",
    "Central Bank of Kenya",
    "Agency",
    "Central Bank of Kenya",
  ],
  ["Central Bank of Kenya Governor Amina Otieno raised rates on Tuesday.", "Amina Otieno", "Person", "Amina Otieno"],
  ["Brazilian Foreign Affairs Minister Ana Costa met reporters.", "Ana Costa", "Person", "Ana Costa"],
  // The surname of a person named earlier stays a person, whatever verb follows it.
  ["Foreign Minister Ana Costa spoke first. Costa added that the talks were useful.", "Ana Costa", "Person", "Costa"],
  ["Shares of mining firms rose. Korvex added 4% on Monday.", "Korvex", "Company", "Korvex"],
  // An English word opening the sentence is a firm when the document writes it as a name elsewhere.
  ["Funds bought shares in Kestrel this year. Kestrel added 4% on Monday.", "Kestrel", "Company", "Kestrel"],
  // Korean given names are hyphenated; "Hong Kong-based" is not a name.
  [
    "South Korean Trade Minister Yeo Han-koo flew to Ottawa. Yeo said the talks went well.",
    "Yeo Han-koo",
    "Person",
    "Yeo",
  ],
  ["President Lee Jae-myung arrived in Tokyo on Monday.", "Lee Jae-myung", "Person", "Lee Jae-myung"],
  ["Hong Kong-based lenders cut rates.", "Hong Kong", "Place", "Hong Kong"],
  // A ministry's portfolios are part of its name; countries after it are not.
  [
    "The Ministry of Agriculture, Forestry and Fisheries issued a notice.",
    "Ministry of Agriculture, Forestry and Fisheries",
    "Agency",
    "Ministry of Agriculture, Forestry and Fisheries",
  ],
  ["He visited the Ministry of Finance, Japan, and Korea.", "Ministry of Finance", "Agency", "Ministry of Finance"],
  // "Congo" is the Democratic Republic unless the document names only the other Congo in full.
  ["Congo suspended cobalt exports in February.", "DR Congo", "Country", "Congo"],
  [
    "The Republic of Congo signed an oil deal. Congo will export more crude.",
    "Republic of the Congo",
    "Country",
    "Congo",
  ],
  // A company's name without its company words is the company.
  [
    "Kestrel Resources signed a deal. Kestrel chief executive Ana Costa said output would rise.",
    "Kestrel Resources",
    "Company",
    "Kestrel",
  ],
  // A company noun before the name types it; a month that is a first name opens a name.
  ["Swedish miner Norvik welcomed the rules.", "Norvik", "Company", "Norvik"],
  ["Chipmaker KTSC said sales rose.", "KTSC", "Company", "KTSC"],
  // Any "-maker" is a company noun.
  ["Mexican steelmaker Altos Norte said the tariffs were overdue.", "Altos Norte", "Company", "Altos Norte"],
  ["Drugmaker Novexa said profits rose.", "Novexa", "Company", "Novexa"],
  ["Chief executive Jan Mostrom said the rules were welcome.", "Jan Mostrom", "Person", "Jan Mostrom"],
  // A city that is also a first name is the name's, not a place, after a title.
  ["Russian President Vladimir Putin spoke on Monday.", "Vladimir Putin", "Person", "Vladimir Putin"],
  ["Officials met in Vladimir on Monday.", "Vladimir", "Place", "Vladimir"],
  // A compass word opens a region, not a first name.
  ["The firm will build a smelter in West Kalimantan.", "West Kalimantan", "Place", "West Kalimantan"],
  // An apposition that says what the name is.
  ["Norvik, the Norwegian fertiliser group, said sales would rise.", "Norvik", "Company", "Norvik"],
  // An organisation's summit in lower case is the summit.
  ["Leaders will meet at the G20 summit in Nairobi in November.", "G20 Summit", "Meeting", "G20 summit"],
];

describe("extraction mentions", () => {
  for (const [text, name, type, surface] of TABLE) {
    it(`${type} ${name} in "${text}"`, () => {
      const analysis = analyseDocument(doc(text));
      const entity = analysis.entities.find((e) => e.name === name && e.type === type);
      expect(entity, analysis.entities.map((e) => `${e.type}:${e.name}`).join(", ")).toBeDefined();
      expect(entity!.mentions.map((m) => m.text)).toContain(surface);
    });
  }

  it("does not take an English word opening a sentence for a firm whose stock moved", () => {
    const analysis = analyseDocument(
      doc("Prices rose 3% on Monday. Exports fell 5% in May. Stocks slumped on Friday."),
    );
    expect(analysis.entities.map((e) => `${e.type}:${e.name}`)).toEqual([]);
  });

  it("does not take a name with a particle before a country or with no first name for a person", () => {
    for (const text of [
      "Analysts at Banco de Mexico cut their forecasts.",
      "Tickets for Cirque du Soleil sold out in Montreal.",
    ]) {
      const persons = analyseDocument(doc(text)).entities.filter((e) => e.type === "Person");
      expect(persons.map((e) => e.name)).toEqual([]);
    }
  });

  it("does not take an export control for market dominance, nor a lone capitalised word for a person", () => {
    const analysis = analyseDocument(doc("Beijing has imposed export controls on gallium since December."));
    expect(analysis.relations.filter((r) => r.predicate === "DOMINATES")).toEqual([]);
    expect(analysis.entities.filter((e) => e.type === "Person")).toEqual([]);
  });
});
