// Entities and people on the second round of unseen phrasings (issue 13): bylines and the wire
// that employs their authors, people introduced by their posts, and the names of bodies, places,
// policies and products. Every sentence was written for this test; rows that refuse a false
// reading stand next to the positive ones.

import { describe, expect, it } from "vitest";
import { analyseDocument } from "../../../src/extraction/index.ts";
import { parseByline } from "../../../src/extraction/read/metadata.ts";
import { testDocument } from "../../_helpers/documents.ts";

function analyse(text: string, source: string | null = null, authors: string[] = []) {
  const doc = testDocument(text, { date: "2025-09-12", source, authors });
  return analyseDocument(doc);
}

/** "source -> target" for every relation of the predicate. */
function relationsOf(text: string, predicate: string, source: string | null = null, authors: string[] = []): string[] {
  const a = analyse(text, source, authors);
  const name = new Map(a.entities.map((e) => [e.id, e.name]));
  return a.relations
    .filter((r) => r.predicate === predicate)
    .map((r) => `${name.get(r.source)} -> ${name.get(r.target)}`);
}

/** "Name:Type" of every entity. */
function entitiesOf(text: string): string[] {
  return analyse(text).entities.map((e) => `${e.name}:${e.type}`);
}

type Row = [phrasing: string, text: string, expected: string];

/** Entities found: [phrasing, text, "Name:Type"]. */
const FOUND: Row[] = [
  [
    "the last portfolio of a title joined by 'for', then the name",
    "The delegation includes the bloc's Director General for Energy Marta Kowalska and other officials.",
    "Marta Kowalska:Person",
  ],
  [
    "a portfolio list with commas and 'and' before a four-word name",
    "Thai Minister of Commerce, Investment, and Industry Somchai Wong Prasert Chai signed the text.",
    "Somchai Wong Prasert Chai:Person",
  ],
  [
    "a hyphenated title before the name",
    "The draft went to APEC Director-General Maria Lopez on Friday.",
    "Maria Lopez:Person",
  ],
  [
    "a title written in capitals",
    "SENATE MAJORITY LEADER Luis Ortega opened the debate on Monday.",
    "Luis Ortega:Person",
  ],
  ["a firm's post between the firm and the person", "On Monday, Lumen CEO Greta Lind told reporters.", "Lumen:Company"],
  ["the person after a firm's post", "On Monday, Lumen CEO Greta Lind told reporters.", "Greta Lind:Person"],
  [
    "a legal suffix keeps a mineral and a region word inside the firm's name",
    "Cobalt Africa Ltd. and Lithium Pacific Corp. signed the offtake deal.",
    "Lithium Pacific Corp.:Company",
  ],
  [
    "a one-word name after 'owned by' is a firm",
    "Chile ships copper from a smelter owned by Quellaro. Output will rise next year.",
    "Quellaro:Company",
  ],
  [
    "a one-word name joined by 'and' to a company is a firm",
    "The quota drew complaints from Vantrex and Peru's Andes Mining Group. Vantrex supports the rules.",
    "Vantrex:Company",
  ],
  [
    "a one-word name after 'licences for' is a firm",
    "The ministry began to issue licences for Korvatek to ship its chips to Brazil. Korvatek designed the chip.",
    "Korvatek:Company",
  ],
  [
    "a city-based name is a firm",
    "Perth-based Ironvale Lithium said on Monday it had signed.",
    "Ironvale Lithium:Company",
  ],
  [
    "a title word before a firm's head word is the firm's name",
    "It has a venture with General Motors.",
    "General Motors:Company",
  ],
  [
    "a weekday after a titled name is the date",
    "Talks between Prime Minister Ana Ruiz and President Tomas Berg Tuesday ended well.",
    "Tomas Berg:Person",
  ],
  [
    "a country's region the gazetteers do not know, with its noun",
    "Miners expanded pits in Laos's Velanor province last year.",
    "Velanor province:Place",
  ],
  ["a centre one is at is a venue", "The ministers spoke at the Hartwell Center on Friday.", "Hartwell Center:Place"],
  ["a court is a state body", "The Lyon Commercial Court dismissed the claim.", "Lyon Commercial Court:Agency"],
  [
    "an acronym after a regulator's noun is an agency",
    "Exports need a permit from the national mining regulator MINACO. Permits fell.",
    "MINACO:Agency",
  ],
  [
    "the firm a chief executive heads, though a country opens its name",
    "Ruiz, who was previously the CEO of Canada Cobalt Works, said the plan was sound.",
    "Canada Cobalt Works:Company",
  ],
  [
    "a numbered bill of a chamber",
    "The senator added a clause to Senate Bill No. 4410, the mining tax bill.",
    "Senate Bill No. 4410:Policy",
  ],
  ["a numbered bill without a chamber", "Lawmakers in Ottawa passed Bill C-27 on Monday.", "Bill C-27:Policy"],
  [
    "a trade law's section number before its tariffs",
    "Aluminium smelters in Quebec suffered from the 232 tariffs this year.",
    "232 tariffs:Policy",
  ],
  [
    "a state's export credit bank opened by its country is an agency",
    "The Canadian Export-Import Bank issued a letter of interest for the mine.",
    "Canadian Export-Import Bank:Agency",
  ],
  [
    "an export credit bank named with 'of'",
    "The Export-Import Bank of Chile lent money.",
    "Export-Import Bank of Chile:Agency",
  ],
];

/** Entities that must not appear: [phrasing, text, "Name:Type"]. */
const REFUSED: Row[] = [
  [
    "a region word inside a firm's name is not a place",
    "Cobalt Africa Ltd. and Lithium Pacific Corp. signed the offtake deal.",
    "Pacific:Place",
  ],
  [
    "a new title after 'and' is not read as the tail of the previous one",
    "Commerce Secretary Ann Lee, and Trade Representative Jamal Greene led the team.",
    "Representative Jamal Greene:Person",
  ],
  [
    "a person named with a first name stays a person whatever precedes a later mention",
    "Trade Minister Ana Ruiz met Carla Diaz. Ruiz told reporters the plan owned by Diaz was fair.",
    "Diaz:Company",
  ],
  ["a count of tariffs is not a policy", "The agency listed 232 tariffs in its report.", "232 tariffs:Policy"],
  [
    "a weekday is not part of a person's name",
    "Talks between Prime Minister Ana Ruiz and President Tomas Berg Tuesday ended well.",
    "Tomas Berg Tuesday:Person",
  ],
  [
    "an unknown name before 'state' with no country's possessive is not a region",
    "The Velanor state visit ended on Monday.",
    "Velanor state:Place",
  ],
  [
    "portfolio words without a title head are not a person's post",
    "Exports of Rice and Sugar Cane rose.",
    "Sugar Cane:Person",
  ],
];

/** HOLDS_POSITION rows: [phrasing, text, "person -> holder"]. */
const HOLDS: Row[] = [
  [
    "an unmarked title joined by 'and' to a marked official's shares its state",
    "Acme said Chilean President Ana Ruiz and Mining Minister Jorge Soto backed the deal with Peru. Peru and Peru and Peru agreed.",
    "Jorge Soto -> Chile",
  ],
  [
    "a body with its bracketed short form before the title holds the post",
    "The European Union (EU) Trade Commissioner Pavel Novak led the delegation to India. India wants a deal. India and India.",
    "Pavel Novak -> European Union",
  ],
  [
    "a portfolio title after a demonym gives the state",
    "Thai Minister of Commerce, Investment, and Industry Somchai Wong Prasert Chai signed the text.",
    "Somchai Wong Prasert Chai -> Thailand",
  ],
  [
    "a bloc's possessive before a title whose portfolio ends before the name",
    "The delegation includes the EU's Director General for Energy Marta Kowalska and other officials.",
    "Marta Kowalska -> European Union",
  ],
];

/** HOLDS_POSITION refused: [phrasing, text, "person -> holder"]. */
const NOT_HOLDS: Row[] = [
  [
    "the story's main country does not take an official joined to another state's",
    "Acme said Chilean President Ana Ruiz and Mining Minister Jorge Soto backed the deal with Peru. Peru and Peru and Peru agreed.",
    "Jorge Soto -> Peru",
  ],
  [
    "the other country of the story does not take a bloc's commissioner",
    "The European Union (EU) Trade Commissioner Pavel Novak led the delegation to India. India wants a deal. India and India.",
    "Pavel Novak -> India",
  ],
  [
    "a country across a clause's break does not take a president",
    "Peru and Chile held copper talks in Lima. Officials met in Peru, as President Tom Baker began his tour of the region. Peru and Chile will meet again.",
    "Tom Baker -> Peru",
  ],
  [
    "an unmarked president named apart from the marked officials is not given to the other side",
    "U.S. Trade Representative Ann Lee met officials in Geneva. China and the United States agreed to talk again. China and the United States will meet. The rule, signed earlier by former President Joe Carter, still stands.",
    "Joe Carter -> China",
  ],
];

describe("extraction", () => {
  describe("positionRule", () => {
    it.each(HOLDS)("finds %s", (_phrasing, text, expected) => {
      expect(relationsOf(text, "HOLDS_POSITION")).toContain(expected);
    });
    it.each(NOT_HOLDS)("refuses: %s", (_phrasing, text, refused) => {
      expect(relationsOf(text, "HOLDS_POSITION")).not.toContain(refused);
    });
  });

  describe("findMentions", () => {
    it.each(FOUND)("finds %s", (_phrasing, text, expected) => {
      expect(entitiesOf(text)).toContain(expected);
    });
    it.each(REFUSED)("refuses: %s", (_phrasing, text, refused) => {
      expect(entitiesOf(text)).not.toContain(refused);
    });
  });

  describe("parseByline", () => {
    it("reads names, a slash and the outlet", () => {
      expect(parseByline("Ana Ruiz & Tom Baker / Reuters")).toEqual({
        authors: ["Ana Ruiz", "Tom Baker"],
        source: "Reuters",
        date: null,
      });
    });
    it("refuses a slash line whose left part is not names", () => {
      expect(parseByline("Prices fell in the morning / Markets")).toBeNull();
    });
  });

  describe("bylineRule", () => {
    it("gives the authors to the wire of the dateline, not to the site that republished it", () => {
      const text = "OSLO (AP) — Norway and Chile signed a copper pact on Monday. The pact covers refining.";
      const found = relationsOf(text, "AFFILIATED_WITH", "Valley Evening Gazette", ["Ana Ruiz", "Tom Baker"]);
      expect(found).toContain("Ana Ruiz -> AP");
      expect(found).toContain("Tom Baker -> AP");
      expect(found.some((r) => r.includes("Valley Evening Gazette"))).toBe(false);
    });
    it("keeps the site when no wire is credited", () => {
      const text = "Norway and Chile signed a copper pact on Monday. The pact covers refining.";
      expect(relationsOf(text, "AFFILIATED_WITH", "Valley Evening Gazette", ["Ana Ruiz"])).toEqual([
        "Ana Ruiz -> Valley Evening Gazette",
      ]);
    });
  });
});
