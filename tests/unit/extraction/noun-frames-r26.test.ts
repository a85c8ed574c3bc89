// Noun-phrase frames (round 26 of issue 13), on sentences written for this test: a participle right
// after a preposition opens that preposition's noun phrase ("curbs on advanced AI chips"); the owner
// of an act done to a trigger phrase ("China's implementation of export controls on Y") owns the
// trigger, for every row that reads a possessor; "like" after a good lists examples of that good.

import { describe, expect, it } from "vitest";
import { itGivesFacts } from "../../_helpers/rows.ts";
import { readFirstSentence } from "../../_helpers/sentence.ts";

describe("a participle after a preposition is an adjective of its phrase (round 26)", () => {
  // The sentence, the words of the phrase the preposition opens.
  const rows: [string, string][] = [
    ["Japan tightened curbs on advanced AI chips last week.", "advanced AI chips"],
    ["Exports of refined cobalt fell in May.", "refined cobalt"],
    ["The plant makes magnets from processed ore in Ohio.", "processed ore"],
  ];
  for (const [text, phrase] of rows) {
    it(`reads "${phrase}" as one phrase in "${text}"`, () => {
      const { reading, words } = readFirstSentence(text);
      expect(reading.chunks.map((c) => words(c.ts, c.te))).toContain(phrase);
    });
  }
  // Not after "to" (an infinitive), nor before a word that is no noun.
  const negatives: [string, string][] = [
    ["The firm agreed to expanded output.", "expanded output"],
    ["Prices rose as expected in May.", "expected"],
  ];
  for (const [text, phrase] of negatives) {
    it(`leaves "${phrase}" out of a phrase in "${text}"`, () => {
      const { reading, words } = readFirstSentence(text);
      expect(reading.chunks.map((c) => words(c.ts, c.te))).not.toContain(phrase);
    });
  }
});

describe("the owner of an act done to a trigger phrase owns the trigger (round 26)", () => {
  itGivesFacts(
    [
      ["China's implementation of export controls on scandium hurt buyers.", ["China RESTRICTED_EXPORT scandium"]],
      [
        "The move was a response to Japan's imposition of export curbs on gallium last year.",
        ["Japan RESTRICTED_EXPORT gallium"],
      ],
      ["Japan tightened curbs on advanced AI chips last week.", ["Japan RESTRICTED_EXPORT AI chips"]],
      ["China's expansion of purchases of soybeans lifted prices.", ["China PURCHASES soybeans"]],
    ],
    [
      // A name heading the act's phrase is no act: the possessor is not read through it.
      ["China's implementation of the Phase One Agreement on soybeans lagged.", "China PURCHASES soybeans"],
      // "of" after a noun that is no act keeps the phrase's own reading.
      ["A report on China's view of export controls on gallium was published.", "China RESTRICTED_EXPORT gallium"],
    ],
  );
});

describe("examples of a good listed by 'like' (round 26)", () => {
  itGivesFacts(
    [
      [
        "China imposed export controls on rare earths like dysprosium last year.",
        ["China RESTRICTED_EXPORT rare earths", "China RESTRICTED_EXPORT dysprosium"],
      ],
    ],
    [["Japan signed a deal with firms like Sojitz Corp on cobalt.", "Japan PARTNERED_WITH Sojitz Corp"]],
  );
});

describe("goods coordinated before one head in a name's description (round 26)", () => {
  // "X, <state>'s largest A and B producer, …": one apposed phrase, so X stays the verb's subject.
  const rows: [string, string, string][] = [
    ["Orsk Mining, Peru's largest gold and copper producer, reported results.", "report", "Orsk Mining"],
    ["Orsk Mining, the nickel and cobalt miner, agreed to buy a smelter.", "agree", "Orsk Mining"],
  ];
  for (const [text, lemma, subject] of rows) {
    it(`reads "${subject}" as the subject of "${lemma}" in "${text}"`, () => {
      const { reading, words } = readFirstSentence(text);
      const cl = reading.clauses.find((c) => c.verb.lemma === lemma || c.verb.control.includes(lemma));
      expect(cl?.subject && words(cl.subject.ts, cl.subject.te)).toBe(subject);
    });
  }
  itGivesFacts(
    [
      [
        "Velmora Resources Ltd, Peru's largest gold and copper producer, reported results.",
        ["Velmora Resources Ltd PRODUCES gold", "Velmora Resources Ltd PRODUCES copper"],
      ],
    ],
    // A list of names stays a list: "X, Y and Z signed" are three parties.
    [["Orsk Mining, Velmora Resources Ltd and Japan signed a deal on copper.", "Orsk Mining PRODUCES copper"]],
  );
  it("keeps a list of names a list", () => {
    const { reading, words } = readFirstSentence("Orsk Mining, Velmora Resources Ltd and Japan signed a deal.");
    const cl = reading.clauses.find((c) => c.verb.lemma === "sign");
    expect(cl?.subject?.items.map((c) => words(c.ts, c.te))).toEqual(["Orsk Mining", "Velmora Resources Ltd", "Japan"]);
  });
});

describe("a minor share coordinated after a majority share names no dominance (round 26)", () => {
  itGivesFacts(
    [
      [
        "Japan controls 90% of gallium refining and 85% of germanium refining.",
        ["Japan DOMINATES gallium", "Japan DOMINATES germanium"],
      ],
    ],
    [
      [
        "Japan accounted for 70% of world gallium output and 12% of processed germanium output.",
        "Japan DOMINATES germanium",
      ],
    ],
  );
});
