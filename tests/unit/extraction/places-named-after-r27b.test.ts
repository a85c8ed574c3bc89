// Round 27b: a site whose name opens with a town's stands in that town only when it is a building
// (a museum, a hall, a hotel): a port, a plant or a corridor named after a town says what it is
// named after, not that the text places it there. Texts written for the test.

import { describe, expect, it } from "vitest";
import { analyseDocument } from "../../../src/extraction/index.ts";
import { testDocument } from "../../_helpers/documents.ts";

/** The relations ("A PREDICATE B") the extraction finds in `text`. */
function relations(text: string): string[] {
  const a = analyseDocument(testDocument(text));
  const name = new Map(a.entities.map((e) => [e.id, e.name]));
  return a.relations.map((r) => `${name.get(r.source)} ${r.predicate} ${name.get(r.target)}`);
}

const CASES: { what: string; text: string; has: string[]; not: string[] }[] = [
  {
    what: "a museum named after the town it stands in",
    text: "Ministers arrived in Nagoya on Friday. The dinner was held at the Nagoya City Museum.",
    has: ["Nagoya City Museum PART_OF Nagoya"],
    not: [],
  },
  {
    what: "a hotel named after the town it stands in",
    text: "Delegates reached Tampere late. They met at the Tampere Grand Hotel on Sunday.",
    has: ["Tampere Grand Hotel PART_OF Tampere"],
    not: [],
  },
  {
    what: "a port named after a town is the town's, no place of its own inside it",
    text: "Ministers visited Gdansk on Monday. The Gdansk port dispute with the operator dragged on.",
    has: [],
    not: ["Gdansk port PART_OF Gdansk"],
  },
  {
    what: "a plant named after a town",
    text: "Regulators visited Kladno on Monday. The Kladno plant dispute with the operator dragged on.",
    has: [],
    not: ["Kladno plant PART_OF Kladno"],
  },
];

describe("sites named after a town (round 27b)", () => {
  it.each(CASES)("$what", ({ text, has, not }) => {
    const found = relations(text);
    for (const line of has) expect(found, text).toContain(line);
    for (const line of not) expect(found, text).not.toContain(line);
  });
});
