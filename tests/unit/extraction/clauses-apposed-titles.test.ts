// The clause layer (round 21c of issue 13), on sentences written for this test: two
// people coordinated with their titles in apposition ("A, the trade minister, and B, the Acme
// chief, held …", "A, Minister of Trade, Industry and Energy of X and B, …") are the clause's two
// subjects, not a list of three.

import { describe, expect, it } from "vitest";
import { readFirstSentence } from "../../_helpers/sentence.ts";

/** The subject phrases of the clause whose verb is `lemma`. */
function subjects(text: string, lemma: string): string[] {
  const { reading, words } = readFirstSentence(text);
  const c = reading.clauses.find((x) => x.verb.lemma === lemma);
  return c?.subject?.items.map((x) => words(x.ts, x.te)) ?? [];
}

describe("syntax, two people with apposed titles (round 21c)", () => {
  const rows: [string, string[]][] = [
    [
      "John Smith, the trade minister, and Jane Doe, the Acme chief, held a meeting on Monday.",
      ["John Smith", "Jane Doe"],
    ],
    [
      "John Smith, the Minister of Trade, Industry and Energy of Ruritania, and Jane Doe, the chief executive of Acme Corporation, held talks.",
      ["John Smith", "Jane Doe"],
    ],
    [
      "Mark Hill, Minister of Economy, Trade and Industry of Ruritania, and John Smith, Executive Vice-President of the Acme Corporation, held talks in Paris.",
      ["Mark Hill", "John Smith"],
    ],
  ];
  for (const [text, want] of rows)
    it(`reads two subjects in ${JSON.stringify(text.slice(0, 50))}`, () => {
      expect(subjects(text, "hold")).toEqual(want);
    });

  // Not an apposition: three names in a list, a name in the middle.
  const lists: [string, string, number][] = [
    ["China, the EU, and Japan signed a deal.", "sign", 3],
    ["Acme, Beta Corp, and Gamma Mining signed a deal.", "sign", 3],
    // A title before a name is that name's: the verb's own subject.
    ["Besides John Smith and Jane Doe, President Trump met Xi.", "meet", 1],
  ];
  for (const [text, lemma, n] of lists)
    it(`keeps the list of ${n} in ${JSON.stringify(text)}`, () => {
      expect(subjects(text, lemma)).toHaveLength(n);
    });
});
