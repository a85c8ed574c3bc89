// Table tests of the extraction: one test per row of invented sentences, each checking that what a
// reader finds in the sentence holds the expected item and not the refused one, or that a name in
// it is (or is not) given an entity type.

import { expect, it } from "vitest";
import { analyseDocument } from "../../src/extraction/index.ts";
import type { EntityType } from "../../src/extraction/types.ts";
import { givesFact, meetingWith, type TextReading, testDocument } from "./documents.ts";

/** A sentence, the item a reading must find in it (null: none asked), the item it must not find (null: none). */
export type ReadingRow = readonly [text: string, found: string | null, refused: string | null];

/** One test per row: `read(text)` contains the row's `found` and not its `refused`. */
export function itReadsRows(rows: readonly ReadingRow[], read: (text: string) => readonly string[]): void {
  for (const [text, found, refused] of rows) {
    it(`reads ${JSON.stringify(text.slice(0, 60))}`, () => {
      const items = read(text);
      if (found) expect(items).toContain(found);
      if (refused) expect(items).not.toContain(refused);
    });
  }
}

/** A sentence and a name in it. */
export type NamedRow = readonly [text: string, name: string];

/**
 * One test per row: the extraction of the row's text (a document dated `date`) gives its name the
 * entity type `type` (each row of `found`), or does not (each row of `refused`).
 */
export function itTypesRows(
  type: EntityType,
  found: readonly NamedRow[],
  refused: readonly NamedRow[],
  date = "2025-09-12",
): void {
  const article = /^[AEIOU]/.test(type) ? "an" : "a";
  const typed = (text: string) =>
    analyseDocument(testDocument(text, { date })).entities.map((e) => `${e.type}:${e.name}`);
  for (const [text, name] of found) {
    it(`types ${name} as ${article} ${type} in "${text}"`, () => {
      const entities = typed(text);
      expect(entities, entities.join("; ")).toContain(`${type}:${name}`);
    });
  }
  for (const [text, name] of refused) {
    it(`does not type ${name} as ${article} ${type} in "${text}"`, () => {
      expect(typed(text)).not.toContain(`${type}:${name}`);
    });
  }
}

/** A sentence and the relations ("a PREDICATE b") it must give. */
export type FactsRow = readonly [text: string, facts: readonly string[]];

/** A sentence and a relation it must not give. */
export type RefusedFactRow = readonly [text: string, fact: string];

/** One test per row of `found` (each of its facts given) and of `refused` (its fact not given), by `givesFact`. */
export function itGivesFacts(found: readonly FactsRow[], refused: readonly RefusedFactRow[] = []): void {
  for (const [text, facts] of found) {
    it(`reads ${JSON.stringify(text)}`, () => {
      for (const fact of facts) expect(givesFact(text, fact), fact).toBe(true);
    });
  }
  for (const [text, fact] of refused) {
    it(`refuses ${JSON.stringify(text)} → ${fact}`, () => {
      expect(givesFact(text, fact)).toBe(false);
    });
  }
}

/**
 * A sentence, the words every name of the meeting it files holds, the parties that take part in it,
 * and more facts of the meeting (each what follows its name: "HELD_IN Lisbon", "PART_OF G20 Summit").
 */
export type MeetingRow = readonly [
  text: string,
  words: readonly string[],
  parties: readonly string[],
  facts?: readonly string[],
];

/**
 * One test per row: `read(text)` files a meeting whose names hold the row's words, each party
 * PARTICIPATED_IN it, and it has each of the row's facts.
 */
export function itFilesMeetings(rows: readonly MeetingRow[], read: (text: string) => TextReading): void {
  for (const [text, words, parties, facts = []] of rows) {
    it(`files the meeting of ${JSON.stringify(text)}`, () => {
      const reading = read(text);
      const name = meetingWith(reading, words);
      expect(name, JSON.stringify(reading.meetings)).toBeDefined();
      for (const party of parties) {
        expect(reading.lines, JSON.stringify(reading.lines)).toContain(`${party} PARTICIPATED_IN ${name}`);
      }
      for (const fact of facts) expect(reading.lines, JSON.stringify(reading.lines)).toContain(`${name} ${fact}`);
    });
  }
}

/** A sentence, the name of the meeting it must file, and a relation it must give (null: none asked). */
export type MeetingNameRow = readonly [text: string, name: string, fact: string | null];

/** One test per row: `read(text)` files a meeting named the row's name, and gives the row's fact. */
export function itNamesMeetings(rows: readonly MeetingNameRow[], read: (text: string) => TextReading): void {
  for (const [text, name, fact] of rows) {
    it(`names the event ${name} in ${JSON.stringify(text.slice(0, 60))}`, () => {
      const reading = read(text);
      expect(
        reading.meetings.map((m) => m.name),
        JSON.stringify(reading.meetings),
      ).toContain(name);
      if (fact) expect(reading.lines, JSON.stringify(reading.lines)).toContain(fact);
    });
  }
}
