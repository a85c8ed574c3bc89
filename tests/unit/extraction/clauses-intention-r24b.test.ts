// The clause layer (round 24b of issue 13), on sentences written for this test: a verb of intention
// ("plans", "aims", "intends", "seeks", "hopes", "wants", "expects"; the bare form after a plural
// noun) before "to" and a verb heads the verb group even when the tagger takes it for a noun, and
// the phrase before it (past a bracketed ticker, or the phrase "which" stands for) is the subject;
// and "which" after a verb's attachments stands for the last attachment's object.

import { describe, expect, it } from "vitest";
import { itGivesFacts } from "../../_helpers/rows.ts";
import { readFirstSentence } from "../../_helpers/sentence.ts";

describe("syntax", () => {
  describe("verbs of intention head the verb group (round 24b)", () => {
    // The sentence, the head verb's lemma, the control verb, and the subject's words.
    const rows: [string, string, string, string][] = [
      ["Brannock Metals plans to invest $90 million in Tarrow Ltd.", "invest", "plan", "Brannock Metals"],
      ["Brannock Metals (TSX: BRM) plans to build a refinery in Ontario.", "build", "plan", "Brannock Metals"],
      ["The company plans to sell a stake in the mine.", "sell", "plan", "The company"],
      ["Velmora aims to produce 5,000 tonnes of cobalt.", "produce", "aim", "Velmora"],
      ["Orsk Mining, which plans to invest $40 million in Tarrow Ltd, said so.", "invest", "plan", "Orsk Mining"],
      ["The new measures aim to curb smuggling of gallium.", "curb", "aim", "The new measures"],
    ];
    for (const [text, lemma, control, subject] of rows) {
      it(`reads "${subject}" as the subject of "${lemma}" in "${text}"`, () => {
        const { reading, words } = readFirstSentence(text);
        const cl = reading.clauses.find((c) => c.verb.lemma === lemma);
        expect(cl?.verb.control).toContain(control);
        expect(cl?.subject && words(cl.subject.ts, cl.subject.te)).toBe(subject);
      });
    }
    // The plan word is a noun: after a verb, an adjective or a possessive; the bare form after a name.
    const nouns: [string, string][] = [
      ["Brannock Metals announced plans to build a refinery.", "announced"],
      ["Brannock Metals abandoned its ambitious plans to build a refinery.", "abandoned"],
      ["The deal fits into the bloc's plan to reduce imports.", "fits"],
    ];
    for (const [text, verb] of nouns) {
      it(`keeps the plan word a noun in "${text}"`, () => {
        const { reading, tokens } = readFirstSentence(text);
        const cl = reading.clauses.find((c) => c.verb.control.includes("plan"));
        expect(cl).toBeUndefined();
        expect(reading.clauses.map((c) => tokens[c.verb.head]!.text)).toContain(verb);
      });
    }
  });
});

// The registry's factual rows take a plan's act as told ("X plans / intends to invest $N in Y";
// syntax/predicates.ts `INTENTIONS`); a modal of possibility, a refusal or an aim still refuses it.
describe("intentions are told acts for the factual rows (round 24b)", () => {
  itGivesFacts(
    [
      [
        "Brannock Metals plans to invest $90 million in Tarrow Ltd, it said.",
        ["Brannock Metals INVESTED_IN Tarrow Ltd"],
      ],
      [
        "Velmora Resources intends to invest $40 million in Tarrow Ltd, it said.",
        ["Velmora Resources INVESTED_IN Tarrow Ltd"],
      ],
    ],
    [
      ["Brannock Metals could invest $90 million in Tarrow Ltd.", "Brannock Metals INVESTED_IN Tarrow Ltd"],
      ["Brannock Metals refused to invest $90 million in Tarrow Ltd.", "Brannock Metals INVESTED_IN Tarrow Ltd"],
      ["Brannock Metals aims to obtain a $9 million grant from Tarrow Ltd.", "Tarrow Ltd INVESTED_IN Brannock Metals"],
    ],
  );
});

// "which" after a verb's attachments, with no phrase before them to hang on: the last attachment's
// object (its last item, of a list), not a time.
describe("syntax: relatives", () => {
  describe("which after a verb's attachment (round 24b)", () => {
    // The sentence, the relative clause's verb lemma, its subject's words (undefined: none).
    const rows: [string, string, string | undefined][] = [
      ["The metal is mostly refined in Ruritania, which has used its dominance as leverage.", "use", "Ruritania"],
      ["The deal was signed between Ruritania and Acme Corp, which plans to build a plant.", "build", "Acme Corp"],
      ["The plant opened on Thursday, which surprised analysts.", "surprise", undefined],
      ["The head of the agency, which regulates mining, resigned.", "regulate", "The head"],
    ];
    for (const [text, lemma, subject] of rows) {
      it(`reads ${JSON.stringify(subject)} as the subject of "${lemma}" in "${text}"`, () => {
        const { reading, words } = readFirstSentence(text);
        const cl = reading.clauses.find((c) => c.verb.lemma === lemma);
        expect(cl).toBeDefined();
        expect(cl?.subject && words(cl.subject.ts, cl.subject.te)).toBe(subject);
      });
    }
  });
});
