// Round-10 precision of talks' sides: a pair of countries after a preposition ("trade with X and
// Y", "exports to X and Y") is no side of the talks the sentence is about, and the document's two
// main countries are sides only of talks the article recalls, not of talks it reports without
// naming their sides. Sentences written for these tests (not copied from any article), with
// positives and refusals, in other countries' and outlets' styles than the development corpus's.

import { describe, expect, it } from "vitest";
import { readText } from "../../_helpers/documents.ts";

/** The sides the reading of `text` places at some talks (`X` of each "X PARTICIPATED_IN …"). */
function participants(text: string): string[] {
  return readText(text, { date: "2025-06-12" })
    .lines.map((l) => /^(.+) PARTICIPATED_IN /.exec(l)?.[1])
    .filter((x): x is string => !!x);
}

describe("rules/talks", () => {
  describe("talkParticipantsRule (the talks' sides)", () => {
    const rows: [text: string, sides: string[], strangers: string[]][] = [
      [
        "Japan and India held trade talks in Tokyo on Monday. Negotiators at the talks also raised concerns over India's trade with Brazil and Argentina.",
        ["Japan", "India"],
        ["Brazil", "Argentina"],
      ],
      [
        "Officials from Kenya and Ethiopia opened two days of talks in Nairobi, and discussed Kenya's exports to Uganda and Tanzania.",
        ["Kenya", "Ethiopia"],
        ["Uganda", "Tanzania"],
      ],
      [
        "The talks between Chile and Peru ended on Friday in Lima, weeks after a dispute over fishing quotas.",
        ["Chile", "Peru"],
        [],
      ],
      // Talks the article recalls are its two countries' history.
      [
        "The United States and China agreed a tariff truce on Sunday. The truce builds on earlier talks in Geneva in May, where tariffs were first cut.",
        ["United States", "China"],
        [],
      ],
    ];
    for (const [text, sides, strangers] of rows) {
      it(`places ${JSON.stringify(sides)} at the talks of ${JSON.stringify(text.slice(0, 70))}`, () => {
        const found = participants(text);
        for (const s of sides) expect(found, found.join("; ")).toContain(s);
        for (const s of strangers) expect(found, found.join("; ")).not.toContain(s);
      });
    }

    it("places no side at talks the article reports without naming them", () => {
      const text =
        "Australia and Japan signed a critical minerals pact in Canberra on Monday. Australian lithium exports to Japan doubled last year. Separately, talks on a nickel supply deal resumed in Jakarta on Tuesday.";
      const lines = readText(text, { date: "2025-06-12" }).lines;
      expect(lines.filter((l) => / PARTICIPATED_IN .*Jakarta/.test(l))).toEqual([]);
      expect(lines).not.toContain("Australia NEGOTIATED_WITH Japan");
    });
  });

  describe("talkParticipantsRule (a firm's chief comments, does not negotiate)", () => {
    const rows: [text: string, participant: string | null, commentator: string][] = [
      [
        // Round 11c: "developments in negotiations" is the course of talks, no meeting (no side placed).
        "Rio Tinto CEO Jakob Stausholm acknowledged developments in negotiations between Australia and China on iron ore.",
        null,
        "Jakob Stausholm",
      ],
      [
        "Toyota CEO Koji Sato said the talks between Japan and the United States in Washington had reassured carmakers.",
        "Japan",
        "Koji Sato",
      ],
      [
        "Chilean Foreign Minister Alberto van Klaveren held talks with Peruvian officials in Lima on Friday, as Codelco CEO Ruben Alvarado watched the copper market.",
        "Alberto van Klaveren",
        "Ruben Alvarado",
      ],
    ];
    for (const [text, participant, commentator] of rows) {
      it(`places ${participant} but not ${commentator} at the talks of ${JSON.stringify(text.slice(0, 60))}`, () => {
        const found = participants(text);
        if (participant) expect(found, found.join("; ")).toContain(participant);
        expect(found, found.join("; ")).not.toContain(commentator);
      });
    }
  });
});
