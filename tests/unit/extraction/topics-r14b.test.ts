// Round 14b of issue 13, the topics area. Sentences written for these tests (not copied from any
// article), with positives and refusals.
//
// Measured habit of the studied gold: a topic named in a clause whose agent is the meeting's
// parties ("the two sides discussed X") is annotated DISCUSSED about two times in three. A fronted
// phrase naming a thing ("Besides copper, the ministers discussed …") took the clause's subject as
// its apposition, so the parties and what they discussed were lost.

import { describe, expect, it } from "vitest";
import { itGivesFacts } from "../../_helpers/rows.ts";
import { readFirstSentence } from "../../_helpers/sentence.ts";

/** The subject's words and its first phrase's apposition (if any) of the clause of verb `lemma`. */
function subjectOf(text: string, lemma: string): { subject: string; appositive: string } {
  const { reading: r, words } = readFirstSentence(text);
  const c = r.clauses.find((x) => x.verb.lemma === lemma);
  const first = c?.subject?.items[0];
  return {
    subject: first ? words(first.ts, first.te) : "",
    appositive: first?.appositive ? words(first.appositive.ts, first.appositive.te) : "",
  };
}

describe("syntax: a phrase after a comma that a finite verb follows is that verb's subject", () => {
  const rows: [string, string, string, string][] = [
    // [sentence, verb lemma, subject, apposition of the subject]
    ["Besides zinc, the two delegations discussed nickel.", "discuss", "the two delegations", ""],
    ["Aside from Toyota, the negotiators raised rice quotas.", "raise", "the negotiators", ""],
    // Appositions set off by commas still read as such.
    ["Toyota, a carmaker based in Nagoya, said it would build a plant.", "say", "Toyota", "a carmaker"],
    ["Lynas, the largest miner outside China, signed a supply contract.", "sign", "Lynas", "the largest miner"],
  ];
  for (const [text, lemma, subject, appositive] of rows)
    it(`reads the subject of "${lemma}" in ${JSON.stringify(text)}`, () => {
      const got = subjectOf(text, lemma);
      expect(got.subject).toBe(subject);
      if (appositive) expect(got.appositive.startsWith(appositive), got.appositive).toBe(true);
      else expect(got.appositive).toBe("");
    });
});

describe("talks-topics: the parties' clause after a fronted phrase naming a thing", () => {
  const talks = "Officials from Peru and Japan held trade talks in Lima on Monday. ";
  itGivesFacts(
    [
      [`${talks}Besides zinc, the two sides discussed nickel.`, ["Lima trade talks DISCUSSED nickel"]],
      [
        `${talks}Aside from Toyota, both delegations raised wider questions, including nickel and rice.`,
        ["Lima trade talks DISCUSSED nickel", "Lima trade talks DISCUSSED rice"],
      ],
    ],
    [
      // The parties said something, but discussed nothing the clause names.
      [`${talks}Apart from copper, the ministers said little about trade.`, "Lima trade talks DISCUSSED copper"],
      // A thing named in the fronted phrase of another kind of clause is no topic of the talks.
      [`${talks}Besides zinc, Peru exports large amounts of tin.`, "Lima trade talks DISCUSSED zinc"],
    ],
  );
});
