// The tokenizer's reuse of the words wink learned in earlier documents (stages/02-tokens.ts,
// `rememberLearnedWords`): a document's tokens, tags and sentences must not depend on what the
// thread read before. Each row reads texts written for the test, made of invented words wink's
// model does not know, in several orders, and compares every reading with the first one.

import { describe, expect, it } from "vitest";
import { isVocabularyWord, tokenizeText } from "../../../src/extraction/stages/02-tokens.ts";

/** Texts whose unknown words recur in other cases, categories and neighbours across the texts. */
const TEXTS = [
  "Vendrak Zorvath met Qelmari officials in Tusk-Orvana on Monday. Zorvath said talks went well.",
  "vendrak and Vendrak are not the same token; VENDRAK shouts. St. Zorvath's Day fell on 3 May.",
  "(Zorvath) told Qelmari Holdings Inc. that the Zorvath-led group bought 12 Vendrak-9 drones.",
  "The qelmari delegation, led by Orvana's minister, left. Mr. Vendrak's aide, Zorvath, stayed.",
  "ZORVATH-2 and zorvath-3 units ship in Q3; Tusk-Orvana’s port handles Qelmari.com orders.",
  // A possessive learned whole before a comma would, if remembered, stay whole in the next text.
  "Harbour Minerals, which is based in St. Vendrak's, controls 30% of global osmium capacity.",
  "Shares of Qelmari Corp. rose 2.4% in St. Vendrak's trading on Friday.",
];

const read = (text: string) => JSON.stringify(tokenizeText(text));

describe("extraction/stages/02-tokens", () => {
  describe("tokenizeText", () => {
    it("gives each text the same tokens, tags and sentences whatever was read before, in any order", () => {
      const first = TEXTS.map(read);
      const orders = [
        [4, 3, 2, 1, 0, 6, 5],
        [1, 0, 5, 6, 5, 6, 1, 4, 2, 3],
        [2, 2, 0, 4, 4, 1, 3, 6, 6, 5],
      ];
      for (const order of orders) {
        for (const k of order) expect(read(TEXTS[k]!)).toBe(first[k]);
      }
    });

    it("keeps the words of a document out of the model's vocabulary after it", () => {
      for (const text of TEXTS) tokenizeText(text);
      for (const word of ["Vendrak", "vendrak", "Zorvath", "zorvath", "Qelmari", "qelmari"]) {
        expect(isVocabularyWord(word)).toBe(false);
      }
      expect(isVocabularyWord("prices")).toBe(true);
    });

    it("splits a word the same way before and after it was learned ('St.' before a learned name)", () => {
      const text = "St. Vendrak's church and Vendrak's school.";
      const before = read(text);
      tokenizeText("Vendrak Vendrak's Vendrak. St. Vendrak");
      expect(read(text)).toBe(before);
    });
  });
});
