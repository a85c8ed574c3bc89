// People whose names the English name lists do not hold (issue 13): given names of Africa, South
// and Southeast Asia, Central Asia, Turkey, Eastern Europe and Latin America from the person data
// of @faker-js/faker's locales; a middle initial between two name words whatever the given name
// ("Rajesh K. Venkataraman"); a person-shaped name after "run by" / "owned by" or before "was named
// chief executive of the miner" is the person, not a firm; a "-maker" noun that names people
// ("a lawmaker") types no firm; a person's noun opening the sentence ("Spokesperson X", "Farmer
// X") is no word of the name; the first of a comma list
// of names ("X Y, Jane Roe and …") is a person with the rest. Every sentence and name was written for this test; rows that
// refuse a false reading stand next to the positive ones.

import { describe, expect, it } from "vitest";
import { analyseDocument } from "../../../src/extraction/index.ts";
import { FIRST_NAMES } from "../../../src/extraction/lexicon/people.ts";
import { testDocument } from "../../_helpers/documents.ts";

/** "Name:Type" of every entity. */
function entitiesOf(text: string): string[] {
  // The first line is read as a headline: the sentences under test come after one.
  const a = analyseDocument(testDocument(`Trade news\n\n${text}`, { id: "doc-1", date: "2025-09-12" }));
  return a.entities.map((e) => `${e.name}:${e.type}`);
}

describe("given names of many countries", () => {
  const given = [
    "Kwabena",
    "Oluwaseun",
    "Zsófia",
    "Bambang",
    "Sipho",
    "Nurul",
    "Ousmane",
    "Bogdan",
    "Ximena",
    "Saliou",
  ];
  for (const name of given)
    it(`knows ${name} as a given name`, () => {
      expect(FIRST_NAMES.has(name)).toBe(true);
    });
  // English words, places and demonyms in the locales' lists are left out.
  const refused = ["Comfort", "Promise", "Among", "Paris", "Verona", "Oman", "Georgian", "Argentina"];
  for (const word of refused)
    it(`does not take ${word} for a given name`, () => {
      expect(FIRST_NAMES.has(word)).toBe(false);
    });
});

describe("people whose given names the English lists lack, and their name shapes", () => {
  const found: [text: string, person: string][] = [
    ["Oluwaseun Balogun, a cocoa trader in Ibadan, said prices had doubled.", "Oluwaseun Balogun"],
    ["Zsófia Horváth, a Hungarian lawmaker, criticised the plan.", "Zsófia Horváth"],
    ["The cooperative is run by Kwabena Asamoah-Boadu.", "Kwabena Asamoah-Boadu"],
    ["The refinery is owned by Nurul Hidayati Rahmat.", "Nurul Hidayati Rahmat"],
    ["Juan Pablo Zurita was named chief executive of the miner.", "Juan Pablo Zurita"],
    ["Rajesh K. Venkataraman, chief economist at the bank, said growth would slow.", "Rajesh K. Venkataraman"],
    ["Growth will slow this year, said Tendai M. Chikwanha.", "Tendai M. Chikwanha"],
    ["Spokesperson Thabiso Mahlangu said the talks had ended.", "Thabiso Mahlangu"],
    ["Farmer Nomvula Khumalo said the drought had cut her harvest.", "Nomvula Khumalo"],
    ["The delegation included Tanvir Hossain, Aziza Rakhimova and Ivo Petrović.", "Tanvir Hossain"],
  ];
  for (const [text, person] of found)
    it(`reads ${person} as a person`, () => {
      expect(entitiesOf(text)).toContain(`${person}:Person`);
    });

  const firms: [text: string, firm: string][] = [
    // A firm's name after "run by" / "owned by" and as the subject of a firm's noun stays a firm's.
    ["The smelter is run by Kestrova Metals.", "Kestrova Metals:Company"],
    ["The mine is owned by Tarkon Borealis.", "Tarkon Borealis:Company"],
    ["Veltragon is a Perth-based lithium miner.", "Veltragon:Company"],
    ["Norvexa Resources was named preferred bidder by the miner.", "Norvexa Resources:Company"],
    // A "-maker" that names a firm.
    ["Dravonix, a Korean chipmaker, said sales rose.", "Dravonix:Company"],
  ];
  for (const [text, firm] of firms)
    it(`keeps ${firm}`, () => {
      expect(entitiesOf(text)).toContain(firm);
    });
  const notPerson: [text: string, not: string][] = [
    ["Shares of Vale S. Americas rose.", "Vale S. Americas:Person"],
    ["Exports of Cobalt K. Blue rose.", "Cobalt K. Blue:Person"],
    ["Bids came from Kestrova Metals, Tarkon Borealis and Veltragon Mining.", "Kestrova Metals:Person"],
  ];
  for (const [text, not] of notPerson)
    it(`does not read ${not}`, () => {
      expect(entitiesOf(text)).not.toContain(not);
    });
});
