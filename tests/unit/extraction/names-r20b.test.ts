// Round 20b (names): people the mention stage lost for their title or their given name, read by
// general mechanisms: a plural title over two names ("Prime Ministers A and B"), a name-shaped
// span coordinated with a person ("A B and C D" where only one given name is known), and a capital
// that is a given name opening a person's name before an unknown surname. Sentences written for
// these tests (not copied from any article), positives and refusals.

import { describe, expect, it } from "vitest";
import { analyseDocument } from "../../../src/extraction/index.ts";
import { CorpusMerge } from "../../../src/extraction/stages/08-merge.ts";
import { entityNames, factTable, readText, testDocument } from "../../_helpers/documents.ts";

const people = (text: string) => entityNames(text, "Person");
const lines = (text: string) => readText(text, { date: "2025-06-12" }).lines;

describe("stages/03-mentions (plural titles over names, round 20b)", () => {
  factTable(
    people,
    [
      ["Prime Ministers Anthony Albanese and Christopher Luxon held talks in Sydney.", "Anthony Albanese"],
      ["Foreign Ministers Penny Wong and Winston Peters met in Canberra on Monday.", "Penny Wong"],
      ["Premiers Doug Ford and Danielle Smith spoke on Tuesday.", "Doug Ford"],
      ["Trade Secretaries Jane Harlow and Peter Voss signed the accord.", "Jane Harlow"],
    ],
    [
      // A meeting named after those who meet, or the plural alone, names no person.
      ["He spoke after the Quad Foreign Ministers Meeting in Tokyo.", "Meeting"],
      ["Quad Foreign Ministers are proud to announce the plan.", "Quad Foreign Ministers"],
    ],
    ["finds", "finds no"],
  );
  factTable(lines, [
    [
      "The talks between Prime Ministers Anthony Albanese and Christopher Luxon in Sydney ended on Monday.",
      "Anthony Albanese MET_WITH Christopher Luxon",
    ],
  ]);
});

describe("stages/03-mentions (a name coordinated with a person, round 20b)", () => {
  factTable(
    people,
    [
      ["The presidents, Mario Soto and Yamandu Orvel, confirmed their presence.", "Yamandu Orvel"],
      ["Yamandu Orvel and Mario Soto confirmed their presence.", "Yamandu Orvel"],
      ["The envoys Maria Lopes and Tavita Rerenga arrived on Friday.", "Tavita Rerenga"],
    ],
    [
      // A firm, a place or words of the language coordinated with a person stay what they are.
      ["Tokyo Electron and Mario Soto confirmed the deal.", "Tokyo Electron"],
      ["Golden Harvest and Mario Soto confirmed the deal.", "Golden Harvest"],
      ["Mario Soto and Kestrel Holdings confirmed the deal.", "Kestrel Holdings"],
    ],
    ["finds", "finds no"],
  );
});

describe("stages/03-mentions (a capital as a given name, round 20b)", () => {
  factTable(
    people,
    [
      ["The leaders, Santiago Quenta and Mario Soto, confirmed their presence.", "Santiago Quenta"],
      ["Victoria Okafor, the trade envoy, said talks would resume.", "Victoria Okafor"],
    ],
    [
      // The city before a name head, a country or a word of the language is the city.
      ["Flights from Santiago to Lima rose.", "Santiago"],
      ["Victoria Harbour was busy on Monday.", "Victoria Harbour"],
      ["Flights from Santiago Chile rose in May.", "Santiago Chile"],
    ],
    ["finds", "finds no"],
  );
});

describe("stages/03-mentions (a hyphenated surname after a title and a comma, round 20b)", () => {
  factTable(lines, [
    [
      "The Minister of Lands of Kenya, Joseph Mwangi-Otieno, said on Monday the plan was ready.",
      "Joseph Mwangi-Otieno HOLDS_POSITION Kenya",
    ],
    [
      "Amara Diallo-Kone, Kenya's chief trade negotiator, said talks would resume.",
      "Amara Diallo-Kone HOLDS_POSITION Kenya",
    ],
    // The plain surname reads the same.
    [
      "The Minister of Lands of Kenya, Joseph Mwangi, said on Monday the plan was ready.",
      "Joseph Mwangi HOLDS_POSITION Kenya",
    ],
  ]);
});

describe("stages/03-mentions (the person one meets, round 20b)", () => {
  factTable(
    people,
    [
      ["Yeo Han-koo met Jamieson Greer in Washington on Monday.", "Jamieson Greer"],
      ["The minister held talks with Tavita Rerenga on Friday.", "Tavita Rerenga"],
      ["Li Qiang spoke with Tavita Rerenga by phone.", "Tavita Rerenga"],
      ["Samoa's Tavita Rerenga met Mario Soto on Monday.", "Tavita Rerenga"],
      ["Talks between Tavita Rerenga and Lagi Toleafoa ended on Friday.", "Lagi Toleafoa"],
      ["The envoy praised Tavita Rerenga's meeting with Mario Soto.", "Tavita Rerenga"],
    ],
    [
      // A firm, a place or words of the language met are no person.
      ["Li Qiang met Zorvan Mining executives on Monday.", "Zorvan Mining"],
      ["The envoy met Pacific Island leaders on Monday.", "Pacific Island"],
      ["The minister held talks with European Union officials.", "European Union"],
      ["Talks between Rio Tinto and Glencore ended on Friday.", "Rio Tinto"],
      ["Zorvan Mining met the envoy on Monday.", "Zorvan Mining"],
    ],
    ["finds", "finds no"],
  );
  factTable(lines, [
    ["Yeo Han-koo met Jamieson Greer in Washington on Monday.", "Yeo Han-koo MET_WITH Jamieson Greer"],
  ]);
});

describe("stages/04-resolve and 08-merge (a lone name that speaks a quotation, round 20b)", () => {
  factTable(
    people,
    [
      ["“The draft reflects a shared commitment to open trade,” Wirandi said on Monday.", "Wirandi"],
      ["“We expect exports to recover,” said Wirandi.", "Wirandi"],
    ],
    [
      // An acronym that speaks is a body; a lone word that speaks no quotation is no one.
      ["“The quotas will be published soon,” KORAMEX said in a statement.", "KORAMEX"],
      ["Wirandi was not at the meeting on Monday.", "Wirandi"],
    ],
    ["finds", "finds no"],
  );
  // A full name in the text still takes the lone name.
  factTable(
    people,
    [],
    [["Minister Budi Wirandi spoke first. “We expect exports to recover,” Wirandi said.", "Wirandi"]],
    ["finds", "finds no"],
  );
});

/** The people of the merged corpus of `texts` (one document each). */
function mergedPeople(texts: readonly string[]): string[] {
  const analyses = texts.map((text, i) => analyseDocument(testDocument(text, { id: `d${i}`, fileName: `d${i}.txt` })));
  return CorpusMerge.of(analyses)
    .extraction()
    .entities.filter((e) => e.type === "Person")
    .map((e) => e.name);
}

describe("stages/08-merge (a name written family name first, round 20b)", () => {
  it("joins a two-word name written in either order across documents", () => {
    const people = mergedPeople([
      "Economy Minister Haruto Mizukami met Commerce Secretary Ada Brenner on Monday.",
      "Economy Minister Mizukami Haruto said on Tuesday the talks had gone well.",
    ]);
    expect(people.filter((p) => /Mizukami/.test(p))).toHaveLength(1);
  });
  it("keeps apart three-word names that share words", () => {
    const people = mergedPeople([
      "Minister Nguyen Van Long said exports grew.",
      "Minister Long Van Nguyen said imports fell.",
    ]);
    expect(people.filter((p) => /Nguyen/.test(p))).toHaveLength(2);
  });
});
