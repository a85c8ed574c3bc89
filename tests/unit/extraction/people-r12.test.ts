// People, round 12 of issue 13: posts, sides and quotations read as general mechanisms on text the
// extractor has not seen. Every sentence was written for this test (invented officials of many
// states, firms and outlets); rows that refuse a false reading stand next to the positive ones.

import { describe, expect, it } from "vitest";
import { analyseDocument } from "../../../src/extraction/index.ts";
import { testDocument } from "../../_helpers/documents.ts";

function analyse(text: string) {
  return analyseDocument(testDocument(text, { date: "2025-09-12", source: null }));
}

/** "source -> target" for every relation of the predicate. */
function relationsOf(text: string, predicate: string): string[] {
  const a = analyse(text);
  const name = new Map(a.entities.map((e) => [e.id, e.name]));
  return a.relations
    .filter((r) => r.predicate === predicate)
    .map((r) => `${name.get(r.source)} -> ${name.get(r.target)}`);
}

/** "speaker: quote" for every statement. */
function statementsOf(text: string): string[] {
  const a = analyse(text);
  const name = new Map(a.entities.map((e) => [e.id, e.name]));
  return a.statements.map((s) => `${name.get(s.speaker)}: ${s.quote}`);
}

type Row = [phrasing: string, text: string, expected: string];

/** HOLDS_POSITION rows that must be found. */
const HOLDS: Row[] = [
  [
    "a portfolio secretary in a story of a ministers' state and the United States is the United States'",
    "South Korea and the United States held talks on Monday. U.S. Commerce Secretary Paul Ridley met Trade Minister Park Min-jae in Washington. Park also met Agriculture Secretary Dana Holt on Tuesday to discuss beef.",
    "Dana Holt -> United States",
  ],
  [
    "a portfolio secretary of a state with secretaries stays with it",
    "India and the United States held talks on Monday. U.S. Trade Representative Paul Ridley met Commerce Secretary Anil Mehra in New Delhi. India and the United States will meet again.",
    "Anil Mehra -> India",
  ],
  [
    "'European' before a commissioner's post names the bloc as a demonym names a state",
    "European Energy Commissioner Karl Brandt said on Monday he would invite Chinese Commerce Minister Li Wen to Brussels. The European Union and China will meet next week.",
    "Karl Brandt -> European Union",
  ],
  [
    "a firm's possessive before a lower-case chief's post",
    "Mining Minister Jules Kabila signed the accord alongside Talon Lithium Ltd’s country chief Marc Ilunga on Tuesday.",
    "Marc Ilunga -> Talon Lithium Ltd",
  ],
];

/** HOLDS_POSITION rows that must not be found. */
const NOT_HOLDS: Row[] = [
  [
    "a secretary's post is not given to the side whose portfolios are headed by ministers",
    "South Korea and the United States held talks on Monday. U.S. Commerce Secretary Paul Ridley met Trade Minister Park Min-jae in Washington. Park also met Agriculture Secretary Dana Holt on Tuesday to discuss beef.",
    "Dana Holt -> South Korea",
  ],
  [
    "a president named in a marked official's reported clause is not the other side's",
    "Japan and the United States extended their truce. U.S. Treasury Secretary Paul Ridley said the final word rests with President Tom Adler. Japan and the United States will meet again in Tokyo.",
    "Tom Adler -> Japan",
  ],
  [
    "a president whose administration a marked official answers to is not the other side's",
    "Mexico and Canada watched the deadline set by President Tom Adler's government, Mexican Economy Minister Luis Parra said. Mexico and Canada will talk again.",
    "Tom Adler -> Canada",
  ],
  [
    "a country a preposition places before the title is not the post's",
    "Brazil will skip the meeting, leaving the talks in Chile to Foreign Minister Ana Lobo. Brazil and Chile still disagree on copper.",
    "Ana Lobo -> Chile",
  ],
  [
    "'chief' alone after a name that is no body's possessive heads no post",
    "Mining Minister Jules Kabila met the union's chief Marc Ilunga and Talon Lithium Ltd engineers on Tuesday.",
    "Marc Ilunga -> Talon Lithium Ltd",
  ],
];

/** AFFILIATED_WITH rows: a person who owns part of a firm. */
const AFFILIATED: Row[] = [
  [
    "each person listed after a firm and an owner's noun",
    "The start-up is funded by Harbor Ridge Capital investors Mara Quist and Tom Adler, its filing shows.",
    "Tom Adler -> Harbor Ridge Capital",
  ],
  [
    "an owner's noun phrase between the person and the firm",
    "Retail magnate Mara Quist is a major shareholder in Talon Lithium Ltd and may join the placement.",
    "Mara Quist -> Talon Lithium Ltd",
  ],
];

/** AFFILIATED_WITH rows that must not be found. */
const NOT_AFFILIATED: Row[] = [
  [
    "a person who only speaks to a firm's investors owns none of it",
    "Mara Quist told Talon Lithium Ltd investors on Monday that the mine would reopen.",
    "Mara Quist -> Talon Lithium Ltd",
  ],
];

/** Statements rows: [phrasing, text, "speaker: quote"]. */
const STATED: Row[] = [
  [
    "a quotation standing alone after a sentence reporting one person's words is theirs",
    'Foreign Minister Ana Lobo said on Monday that the talks were difficult.\n"We have made progress on most chapters, but not yet on beef and dairy."',
    "Ana Lobo: We have made progress on most chapters, but not yet on beef and dairy.",
  ],
  [
    "a quotation after a sentence opening with 'according to'",
    'According to Ana Lobo, the tariff will apply only once both sides sign. "The text is still being drafted by our lawyers and theirs."',
    "Ana Lobo: The text is still being drafted by our lawyers and theirs.",
  ],
  [
    "two apostrophes written for a double quotation mark",
    "Ana Lobo, a trade economist, spoke on Monday. ''Neither side can afford to walk away from the table now,'' she said.",
    "Ana Lobo: Neither side can afford to walk away from the table now",
  ],
  [
    "a firm's post in capitals after the speaker's name is not part of the name",
    '"We are pleased with the first output from the new line," said Jane Roe CEO and Managing Director of Acme Metals.',
    "Jane Roe: We are pleased with the first output from the new line",
  ],
  [
    "a post with its portfolio after 'of' stands for the one person named with it",
    'Minister of Economy Luis Parra met Foreign Minister Ana Lobo on Monday. "We are close to a deal on steel," said the Minister of Economy after the meeting.',
    "Luis Parra: We are close to a deal on steel",
  ],
];

/** Quotations that are nobody's statement: [phrasing, text]. */
const NOT_STATED: [phrasing: string, text: string][] = [
  [
    "a quotation after a sentence that reports no one's words",
    'Ana Lobo visited the port of Santos on Monday.\n"The harbour must be dredged before the winter rains arrive."',
  ],
  [
    "a quotation after a sentence reporting two people's words",
    'Ana Lobo said the talks were hard, and Paul Ridley said they were easy.\n"Nobody expects a deal before the end of the year."',
  ],
];

describe("extraction people, round 12", () => {
  describe("HOLDS_POSITION", () => {
    for (const [phrasing, text, expected] of HOLDS)
      it(`finds ${expected}: ${phrasing}`, () => {
        expect(relationsOf(text, "HOLDS_POSITION")).toContain(expected);
      });
    for (const [phrasing, text, unexpected] of NOT_HOLDS)
      it(`does not find ${unexpected}: ${phrasing}`, () => {
        expect(relationsOf(text, "HOLDS_POSITION")).not.toContain(unexpected);
      });
  });
  describe("AFFILIATED_WITH", () => {
    for (const [phrasing, text, expected] of AFFILIATED)
      it(`finds ${expected}: ${phrasing}`, () => {
        expect(relationsOf(text, "AFFILIATED_WITH")).toContain(expected);
      });
    for (const [phrasing, text, unexpected] of NOT_AFFILIATED)
      it(`does not find ${unexpected}: ${phrasing}`, () => {
        expect(relationsOf(text, "AFFILIATED_WITH")).not.toContain(unexpected);
      });
  });
  describe("statements", () => {
    for (const [phrasing, text, expected] of STATED)
      it(`finds ${expected}: ${phrasing}`, () => {
        expect(statementsOf(text)).toContain(expected);
      });
    for (const [phrasing, text] of NOT_STATED)
      it(`finds no statement: ${phrasing}`, () => {
        expect(statementsOf(text)).toEqual([]);
      });
  });
});
