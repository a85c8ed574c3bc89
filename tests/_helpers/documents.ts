// A source document for the extraction tests: a text of our own with the fields stage 1 would have
// read (a publication date for relative dates, a byline's outlet and authors), the rest blank; and
// readers of what the extraction finds in one text (its relations, meetings, entity names).

import { expect, it } from "vitest";
import { analyseDocument } from "../../src/extraction/index.ts";
import type { Entity, SourceDocument } from "../../src/extraction/types.ts";

/** The document `t` holding `text`, with the given fields (date, source, authors…) and blanks elsewhere. */
export function testDocument(text: string, fields: Partial<Omit<SourceDocument, "text">> = {}): SourceDocument {
  return { id: "t", fileName: "t.txt", title: "", date: null, source: null, authors: [], ...fields, text };
}

/** What the extraction reads in one text: its relations and its meetings, in forms tests compare. */
export interface TextReading {
  /** Each relation as "Source PREDICATE Target" (entity names), with its attributes. */
  facts: { line: string; attributes: Record<string, string> }[];
  /** The same lines alone. */
  lines: string[];
  /** Each meeting's name and its names and aliases joined by " | ", in lower case. */
  meetings: { name: string; surface: string }[];
}

/** Analyses `text` as the document `t` (with `fields`) and returns its relations and meetings. */
export function readText(text: string, fields: Partial<Omit<SourceDocument, "text">> = {}): TextReading {
  const a = analyseDocument(testDocument(text, fields));
  const names = new Map(a.entities.map((e) => [e.id, e.name]));
  const facts = a.relations.map((r) => ({
    line: `${names.get(r.source)} ${r.predicate} ${names.get(r.target)}`,
    attributes: r.attributes,
  }));
  return {
    facts,
    lines: facts.map((fact) => fact.line),
    meetings: a.entities
      .filter((e) => e.type === "Meeting")
      .map((e) => ({ name: e.name, surface: [e.name, ...e.aliases].join(" | ").toLowerCase() })),
  };
}

const SYMMETRIC = new Set(["MET_WITH", "NEGOTIATED_WITH", "PARTNERED_WITH"]);

/**
 * Whether `text` (a document dated `date`) gives the relation `fact`, written "a PREDICATE b" with
 * the entities' names (either way round for the symmetric predicates).
 */
export function givesFact(text: string, fact: string, date = "2025-06-12"): boolean {
  const { lines } = readText(text, { date });
  if (lines.includes(fact)) return true;
  const [, a, predicate, b] = /^(.+) ([A-Z_]+) (.+)$/.exec(fact) ?? [];
  return !!predicate && SYMMETRIC.has(predicate) && lines.includes(`${b} ${predicate} ${a}`);
}

/** The meeting of `read` whose name or aliases hold every one of `words` as whole words (any case). */
export function meetingWith(read: TextReading, words: readonly string[]): string | undefined {
  return read.meetings.find((m) =>
    words.every((w) => new RegExp(`(^|[^a-z])${w.toLowerCase()}($|[^a-z])`).test(m.surface)),
  )?.name;
}

/** The names of the entities of `type` in `text` (analysed as of `fields`), sorted. */
export function entityNames(
  text: string,
  type: Entity["type"],
  fields: Partial<Omit<SourceDocument, "text">> = {},
): string[] {
  return analyseDocument(testDocument(text, fields))
    .entities.filter((e) => e.type === type)
    .map((e) => e.name)
    .sort();
}

/**
 * One test a row of a table of own sentences: each of `positives` must give its line among what
 * `read` finds in the sentence, each of `refusals` must not. `noun` names the lines in the tests'
 * titles ("reads X" / "does not read X" for relations, "finds X" / "finds no X" for entities).
 */
export function factTable(
  read: (text: string) => readonly string[],
  positives: readonly (readonly [string, string])[],
  refusals: readonly (readonly [string, string])[] = [],
  titles: readonly [string, string] = ["reads", "does not read"],
): void {
  for (const [text, line] of positives)
    it(`${titles[0]} ${line} in "${text}"`, () => {
      expect(read(text)).toContain(line);
    });
  for (const [text, line] of refusals)
    it(`${titles[1]} ${line} in "${text}"`, () => {
      expect(read(text)).not.toContain(line);
    });
}
