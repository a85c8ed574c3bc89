// The clause layer (round 26 of issue 13), on sentences written for this test: a short quoted noun
// inside a phrase ("a “metals alliance” with Y") is read as the plain phrase, its marks no boundary;
// and a name right after a verb of asking, letting or saying and right before an infinitive ("urged
// X to buy", "says X to buy") is the infinitive's subject.

import { describe, expect, it } from "vitest";
import { itGivesFacts } from "../../_helpers/rows.ts";
import { readFirstSentence } from "../../_helpers/sentence.ts";

describe("syntax: quoted nouns (round 26)", () => {
  // The sentence, the head word of the phrase the verb's attachment holds, the preposition after it.
  const rows: [string, string, string][] = [
    ["Velmora Resources is pushing for a “metals alliance” with Ruritania.", "alliance", "with"],
    ['Velmora Resources signed a "strategic partnership" with Tarrow Mining on Monday.', "partnership", "with"],
    ["Velmora Resources is seeking “critical minerals cooperation” with Ruritania.", "cooperation", "with"],
  ];
  for (const [text, head, prep] of rows) {
    it(`reads the quoted "${head}" as a plain phrase in "${text}"`, () => {
      const { reading } = readFirstSentence(text);
      const chunk = reading.chunks.find((c) => c.headWord === head);
      expect(chunk).toBeDefined();
      const cl = reading.clauseOf.get(chunk!);
      expect(cl?.pps.map((p) => p.prep)).toContain(prep);
    });
  }
  // A quotation that holds a verb, or runs long, is no quoted noun: no phrase opens at its mark.
  const quotes = [
    'Velmora Resources said the "deal will work for Tarrow Ltd" soon.',
    "Velmora Resources called it “a very big and very beautiful and historic deal for everyone” today.",
  ];
  for (const text of quotes) {
    it(`reads no quoted noun in "${text}"`, () => {
      const { reading, tokens } = readFirstSentence(text);
      for (const c of reading.chunks) expect(/^["“”]$/.test(tokens[c.ts]!.text)).toBe(false);
    });
  }
});

describe("syntax: the object does the infinitive (round 26)", () => {
  // The sentence, the infinitive's lemma, its subject's words.
  const rows: [string, string, string][] = [
    ["Ruritania urged Velmora Resources to buy more cobalt.", "buy", "Velmora Resources"],
    ["Borduria says Ruritania to buy soybeans after the talks.", "buy", "Ruritania"],
    ["Borduria wants Ruritania to cut its tariffs.", "cut", "Ruritania"],
    // Not a verb of asking: the clause's subject does it.
    ["Velmora Resources expanded its plant to produce magnets.", "produce", "Velmora Resources"],
    ["Velmora Resources bought Tarrow Ltd to expand its output.", "expand", "Velmora Resources"],
    // No object: the subject wants to do it.
    ["Ruritania wants to buy more cobalt.", "buy", "Ruritania"],
  ];
  for (const [text, lemma, subject] of rows) {
    it(`reads "${subject}" as the subject of "${lemma}" in "${text}"`, () => {
      const { reading, words } = readFirstSentence(text);
      const cl = reading.clauses.find((c) => c.verb.lemma === lemma);
      expect(cl?.subject && words(cl.subject.ts, cl.subject.te)).toBe(subject);
    });
  }
});

describe("quoted nouns and asked infinitives in the rows (round 26)", () => {
  itGivesFacts(
    [
      [
        'Velmora Resources signed a "strategic partnership" with Tarrow Mining on Monday.',
        ["Velmora Resources PARTNERED_WITH Tarrow Mining"],
      ],
    ],
    [["Borduria says Ruritania to buy soybeans after the talks.", "Borduria PURCHASES soybeans"]],
  );
});

// Long dashes around a passive participle and its "by" phrase set it off as commas do.
describe("syntax: a participle between dashes (round 26)", () => {
  const rows: [string, string, string][] = [
    ["Velmora Resources—backed by Tarrow Capital—won the licence.", "win", "Velmora Resources"],
    ["Velmora Resources – financed by Tarrow Capital – opened a plant.", "open", "Velmora Resources"],
  ];
  for (const [text, lemma, subject] of rows) {
    it(`reads "${subject}" as the subject of "${lemma}" in "${text}"`, () => {
      const { reading, words } = readFirstSentence(text);
      const cl = reading.clauses.find((c) => c.verb.lemma === lemma);
      expect(cl?.subject && words(cl.subject.ts, cl.subject.te)).toBe(subject);
    });
  }
  // A dash before anything else still breaks the clause.
  it("keeps a dash before a clause a break", () => {
    const { reading } = readFirstSentence("Velmora Resources won the licence — Tarrow Capital opened a plant.");
    const cl = reading.clauses.find((c) => c.verb.lemma === "open");
    expect(cl?.subject?.items[0]?.headWord).not.toBe("licence");
  });
});

describe("a participle between dashes in the rows (round 26)", () => {
  itGivesFacts(
    [
      [
        "Velmora Resources—backed by the Export-Import Bank of the United States—won the licence.",
        ["Export-Import Bank of the United States INVESTED_IN Velmora Resources"],
      ],
    ],
    [
      [
        "Velmora Resources won the licence—the Export-Import Bank of the United States said so.",
        "Export-Import Bank of the United States INVESTED_IN Velmora Resources",
      ],
    ],
  );
});
