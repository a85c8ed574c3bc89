// The clause layer (round 20c of issue 13), on sentences written for this test: an "-ing" form after
// a determiner or a possessive, and a participle before an amount, are adjectives inside the noun
// phrase ("the remaining $5.5 billion", "its growing output", "the agreed $2 billion"), not the
// clause's verb; a participle that is the verb stays one.

import { describe, expect, it } from "vitest";
import { readFirstSentence } from "../../_helpers/sentence.ts";

describe("syntax", () => {
  describe("participles inside a noun phrase (round 20c)", () => {
    // The sentence, the participle that must not be a clause's verb, and the phrase that holds it.
    const rows: [string, string, string][] = [
      ["Acme will secure the remaining $5.5 billion through a loan.", "remain", "the remaining $ 5.5 billion"],
      ["Officials said the remaining 40% would be sold to Beta.", "remain", "the remaining 40 %"],
      ["The ban follows its growing purchases of oil.", "grow", "its growing purchases"],
      ["Acme paid the agreed $2 billion in March.", "agree", "the agreed $ 2 billion"],
    ];
    for (const [text, lemma, phrase] of rows) {
      it(`reads "${phrase}" as one phrase in "${text}"`, () => {
        const { reading, words } = readFirstSentence(text);
        expect(reading.clauses.map((c) => c.verb.lemma)).not.toContain(lemma);
        const phrases = reading.clauses.flatMap((c) =>
          [c.subject, ...c.objects].filter((a) => !!a).map((a) => words(a!.ts, a!.te)),
        );
        expect(phrases).toContain(phrase);
      });
    }
    const verbs: [string, string][] = [
      // The participle is the clause's verb: no determiner before it.
      ["Acme is remaining in the talks.", "remain"],
      ["Output was growing in March.", "grow"],
    ];
    for (const [text, lemma] of verbs) {
      it(`keeps "${lemma}" a verb in "${text}"`, () => {
        const { reading } = readFirstSentence(text);
        expect(reading.clauses.map((c) => c.verb.lemma)).toContain(lemma);
      });
    }
  });
});
