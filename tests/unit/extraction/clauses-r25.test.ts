// The clause layer (round 25 of issue 13), on sentences written for this test: a participle clause
// set off by commas after a phrase leaves that phrase the next verb's subject with irregular
// participles ("held", "led") and time phrases ("agreed three months ago") too; a relative
// after "<quantity> of which / whom" ("X, 90 percent of which is owned by Y, produces …") tells of a
// part of X, so the verb after the closing comma is X's; and the registry reads objects a
// conjunction coordinates past the first object's attachments ("produces nickel at its plant in
// Ohio and copper in Chile") as objects of the same verb.

import { describe, expect, it } from "vitest";
import { itGivesFacts } from "../../_helpers/rows.ts";
import { readFirstSentence } from "../../_helpers/sentence.ts";

describe("syntax: subjects past a participle or a partitive relative (round 25)", () => {
  // The sentence, the main verb's lemma, its subject's words (undefined: none).
  const rows: [string, string, string | undefined][] = [
    ["The meeting, held at the palace in Ruritania, produced a joint statement.", "produce", "The meeting"],
    ["The transaction, agreed three months ago, gives Brannock Metals a copper mine.", "give", "The transaction"],
    ["Orsk Mining, led by its founder, produces nickel in Ruritania.", "produce", "Orsk Mining"],
    ["Orsk Mining, based in Perth, produces nickel.", "produce", "Orsk Mining"],
    ["Orsk Mining, 90 percent of which is owned by the state, produces nickel.", "produce", "Orsk Mining"],
    ["Velmora Resources, most of which is owned by Orsk Mining, produces cobalt.", "produce", "Velmora Resources"],
  ];
  for (const [text, lemma, subject] of rows) {
    it(`reads "${subject}" as the subject of "${lemma}" in "${text}"`, () => {
      const { reading, words } = readFirstSentence(text);
      const cl = reading.clauses.find((c) => c.verb.lemma === lemma);
      expect(cl).toBeDefined();
      expect(cl?.subject && words(cl.subject.ts, cl.subject.te)).toBe(subject);
    });
  }
  // A be-form after the comma is no participle; a phrase of the sentence before a verb keeps its own.
  const negatives: [string, string][] = [
    ["Orsk Mining, which is based in Perth, produces nickel.", "produce"],
    ["The ministry said on Monday that exports fell.", "fall"],
  ];
  for (const [text, lemma] of negatives) {
    it(`leaves the subject of "${lemma}" as written in "${text}"`, () => {
      const { reading, words } = readFirstSentence(text);
      const cl = reading.clauses.find((c) => c.verb.lemma === lemma);
      const expected = lemma === "fall" ? "exports" : "Orsk Mining";
      expect(cl?.subject && words(cl.subject.ts, cl.subject.te)).toBe(expected);
    });
  }
});

describe("coordinated objects past the first object's attachments (round 25)", () => {
  itGivesFacts(
    [
      [
        "Brannock Metals Corp produces nickel at its plant in Ohio and copper at its mine in Chile.",
        ["Brannock Metals Corp PRODUCES nickel", "Brannock Metals Corp PRODUCES copper"],
      ],
      [
        "Quarry Silicon Inc makes polysilicon, a key material for solar panels, and silicon wafers.",
        ["Quarry Silicon Inc PRODUCES polysilicon", "Quarry Silicon Inc PRODUCES silicon wafers"],
      ],
      [
        "Velmora Resources Ltd, 90 percent of which is owned by the Peruvian state, produces copper.",
        ["Velmora Resources Ltd PRODUCES copper"],
      ],
    ],
    [
      // A place listed after a place is no object; the part's owner makes nothing.
      ["Brannock Metals Corp produces copper in Peru and Chile.", "Brannock Metals Corp PRODUCES Chile"],
      [
        "Velmora Resources Ltd, 90 percent of which is owned by the Peruvian state, produces copper.",
        "Peru PRODUCES copper",
      ],
    ],
  );
});
