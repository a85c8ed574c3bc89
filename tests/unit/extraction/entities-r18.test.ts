// Entities, round 18 (issue 13): mechanisms found by asking why the area's readings fail on unread
// text (dev-r…): a possessive's owner only through a description of the body, never across a clause.
// Every sentence is written for this test; the people, firms and places are invented.
// Rows: [text, "Name<Type>" or "A PREDICATE B" that must be found]; negatives: must not be found.

import { describe, expect, it } from "vitest";
import { analyseDocument } from "../../../src/extraction/index.ts";
import { factTable, meetingWith, readText, testDocument } from "../../_helpers/documents.ts";

function entities(text: string): string[] {
  return analyseDocument(testDocument(text)).entities.map((e) => `${e.name}<${e.type}>`);
}

const lines = (text: string) => readText(text, { date: "2025-06-12" }).lines;

describe("entities r18: a possessive owns a body only through the body's description", () => {
  factTable(
    lines,
    [
      ["Peru's energy ministry said the tender would reopen in May.", "energy ministry (Peru) PART_OF Peru"],
      ["Chile's lower house of Congress approved the royalty bill.", "Congress PART_OF Chile"],
    ],
    [
      [
        "Peru's government has complained to the Commerce Department about the tariff, officials said.",
        "Commerce Department PART_OF Peru",
      ],
      ["Norway's exporters wrote to the Trade Ministry before Chile replied.", "Trade Ministry PART_OF Norway"],
    ],
    ["gives", "gives no"],
  );
});

describe("entities r18: a title with its 'of' portfolio and a name end before 'and'", () => {
  factTable(
    entities,
    [
      [
        "Talks began between Secretary of State Hal Brenner and Foreign Minister Oren Tal in Lisbon.",
        "Hal Brenner<Person>",
      ],
      [
        "Talks began between Secretary of State Hal Brenner and Foreign Minister Oren Tal in Lisbon.",
        "Oren Tal<Person>",
      ],
      ["Minister of Mines Dana Okafor and her deputy toured the pit.", "Dana Okafor<Person>"],
      [
        "European Commission President Greta van der Berg and European Council President Luis Arroyo signed it.",
        "Greta van der Berg<Person>",
      ],
    ],
    [
      ["The Department of Energy and Natural Resources issued the permit.", "Natural Resources<Agency>"],
      ["The Securities and Exchange Commission opened an inquiry.", "Exchange Commission<Agency>"],
    ],
    ["finds", "finds no"],
  );
  factTable(
    entities,
    [
      [
        "The Department of Energy and Natural Resources issued the permit.",
        "Department of Energy and Natural Resources<Agency>",
      ],
    ],
    [],
    ["keeps", "keeps no"],
  );
});

describe("entities r18: second-rank titles and posts not yet taken", () => {
  factTable(
    entities,
    [
      ["The team included Undersecretary of Foreign Trade Rosa Quispe Lara.", "Rosa Quispe Lara<Person>"],
      ["Undersecretary of Mines Tomas Ferrer said the quota would stay.", "Tomas Ferrer<Person>"],
      ["The panel heard from Treasury nominee Bartholomew Quince on Monday.", "Bartholomew Quince<Person>"],
    ],
    [["The Undersecretary of Mines said the quota would stay.", "Undersecretary<Person>"]],
    ["finds", "finds no"],
  );
});

describe("entities r18: a meeting of many delegates goes by its two principals", () => {
  const text =
    "Chile and Peru held trade talks in Lisbon on Tuesday. Chilean Economy Minister Hal Brenner led " +
    "the talks with Peru's Trade Minister Oren Tal. In Brenner's party were Deputy Minister Dana " +
    "Okafor and Ambassador Rosa Quispe. Also joining the talks were Finance Minister Tomas Ferrer " +
    "and Senator Ines Lago.";
  it("names the talks after Brenner and Tal, not after their aides", () => {
    const read = readText(text, { date: "2025-06-12" });
    expect(meetingWith(read, ["Brenner", "Tal", "talks"])).toBeDefined();
    expect(meetingWith(read, ["Okafor", "Quispe"])).toBeUndefined();
  });
});

describe("entities r18: firms in a list the semicolons separate, and a title word opening a firm's name", () => {
  factTable(
    entities,
    [
      [
        "The blacklist names Orvane Dynamics Inc.; Kestrel Rudder Systems; Halvik; Norrow Federal; and Tessel Labs.",
        "Halvik<Company>",
      ],
      [
        "The blacklist names Orvane Dynamics Inc.; Kestrel Rudder Systems; Halvik; Norrow Federal; and Tessel Labs.",
        "Norrow Federal<Company>",
      ],
      ["Orders went to General Tessel Land Systems and two smaller suppliers.", "General Tessel Land Systems<Company>"],
      ["Premier Copper Holdings raised its output forecast.", "Premier Copper Holdings<Company>"],
    ],
    [
      ["Orders went to General Tessel Land Systems and two smaller suppliers.", "Tessel Land Systems<Company>"],
      ["General Dana Okafor inspected the depot on Monday.", "General Dana Okafor<Company>"],
    ],
    ["finds", "finds no"],
  );
  factTable(
    entities,
    [["General Dana Okafor inspected the depot on Monday.", "Dana Okafor<Person>"]],
    [["Output rose at Kestrel Mining Corp; Dana Okafor, its chief, said demand held.", "Dana Okafor<Company>"]],
    ["finds", "finds no"],
  );
});

describe("entities r18: a role after a conjunction is the next conjunct's", () => {
  factTable(
    lines,
    [["Dana Okafor, a professor at Kestrel University, said so.", "Dana Okafor AFFILIATED_WITH Kestrel University"]],
    [
      [
        "The party included Undersecretary Rosa Quispe and the head of Halvik Mining Group, Ana Torres.",
        "Rosa Quispe HOLDS_POSITION Halvik Mining Group",
      ],
      [
        "Dana Okafor and a professor at Kestrel University wrote the report.",
        "Dana Okafor AFFILIATED_WITH Kestrel University",
      ],
    ],
    ["gives", "gives no"],
  );
});

describe("entities r18: a state's name before a known body, and a state's armed forces", () => {
  factTable(
    entities,
    [
      [
        "The miner won a loan offer from the American EXIM Bank last week.",
        "Export-Import Bank of the United States<Agency>",
      ],
      ["Drills with the Japan Self-Defense Forces resumed in May.", "Japan Self-Defense Forces<Agency>"],
      ["The Kenya Defence Forces guarded the new pipeline.", "Kenya Defence Forces<Agency>"],
    ],
    [
      ["The miner won a loan offer from the American EXIM Bank last week.", "American EXIM Bank<Company>"],
      ["The Japan Task Force on batteries met in Osaka.", "Japan Task Force<Agency>"],
    ],
    ["finds", "finds no"],
  );
});

describe("entities r18: a lower-case body of state answers to its state's possessive form", () => {
  const aliases = (text: string) =>
    analyseDocument(testDocument(text)).entities.flatMap((e) => e.aliases.map((a) => `${a}<${e.type}>`));
  factTable(
    aliases,
    [
      ["Last spring, Peru's mining ministry chose nine sites for survey.", "Peru's mining ministry<Agency>"],
      ["Officials at Chile's finance ministry declined to comment.", "Chile's finance ministry<Agency>"],
    ],
    [["Officials at Chile's finance ministry declined to comment.", "finance ministry<Agency>"]],
    ["names", "names no"],
  );
});

describe("entities r18: a region's post takes only its region's state; a firm's double post no state", () => {
  factTable(
    lines,
    [
      [
        "Dana Okafor, president and CEO of Halvik Mining Group, said the mill would reopen in Peru.",
        "Dana Okafor HOLDS_POSITION Halvik Mining Group",
      ],
      ["Peruvian President Rosa Quispe said Chile would lose.", "Rosa Quispe HOLDS_POSITION Peru"],
      // The region's own state, when the context gives it.
      ["Canadian premiers, including Ontario Premier Hal Brenner, met on Friday.", "Hal Brenner HOLDS_POSITION Canada"],
    ],
    [
      [
        "Dana Okafor, president and CEO of Halvik Mining Group, said the mill would reopen in Peru.",
        "Dana Okafor HOLDS_POSITION Peru",
      ],
      ["Ontario Premier Hal Brenner said Canada and Mexico were close allies.", "Hal Brenner HOLDS_POSITION Mexico"],
    ],
    ["gives", "gives no"],
  );
});

describe("entities r18: a country across a verb is not the post's", () => {
  factTable(
    lines,
    [["The Chilean delegation headed by Mines Minister Rosa Quispe arrived.", "Rosa Quispe HOLDS_POSITION Chile"]],
    [
      [
        "The trip comes amid Peru-Chile border disputes and follows President Hal Brenner's new levy on Bolivia.",
        "Hal Brenner HOLDS_POSITION Chile",
      ],
    ],
    ["gives", "gives no"],
  );
});

describe("entities r18: the board of a firm named by its legal suffix is the firm", () => {
  factTable(
    entities,
    [
      [
        "The Chairman of the Board of Halvik Metals Corp., Dana Okafor, hailed the loan.",
        "Halvik Metals Corp.<Company>",
      ],
    ],
    [
      [
        "The Chairman of the Board of Halvik Metals Corp., Dana Okafor, hailed the loan.",
        "Board of Halvik Metals Corp.<Company>",
      ],
      ["The Board of Trade approved the new tariff schedule.", "Trade<Company>"],
    ],
    ["finds", "finds no"],
  );
});

describe("entities r18: a weekday or month opening a capitalised run is the date, not a word of the name", () => {
  factTable(
    entities,
    [
      ["On Friday Erik Dahl held a call with Finnish President Mikko Virtanen.", "Erik Dahl<Person>"],
      ["In March Vantor Metals said it would build a smelter in Ohio.", "Vantor Metals<Company>"],
      ["In May Jane Roe visited Lagos.", "Jane Roe<Person>"],
    ],
    [
      ["On Friday Erik Dahl held a call with Finnish President Mikko Virtanen.", "Friday Erik Dahl<Person>"],
      ["In March Vantor Metals said it would build a smelter in Ohio.", "March Vantor Metals<Company>"],
      ["Copper exports in January-September rose 8% from a year earlier.", "-September<Company>"],
    ],
    ["finds", "finds no"],
  );
});
