// Round 23 of issue 13: a one-word name guessed a person's by its shape is typed by a vote of all its
// mentions in the document (stages/name-votes.ts), on texts written for this test (none taken from
// any corpus): one mention's firm cue ("X's contract", "X currently produces", "X, which", "X said
// in a statement", a clause whose "its" owns a firm's mines, a list with a firm the vote typed)
// types every mention; a person's cue at any
// mention ("Mr X", "X told", "X, who") keeps the person's guess. Then names that must not be typed a firm.

import { describe, expect, it } from "vitest";
import { analyseDocument } from "../../../src/extraction/index.ts";
import { testDocument } from "../../_helpers/documents.ts";
import { itTypesRows } from "../../_helpers/rows.ts";

/** Each mention as "type:text:rule". */
function mentionsOf(text: string): string[] {
  return analyseDocument(testDocument(text, { date: "2025-09-12" })).entities.flatMap((e) =>
    e.mentions.map((m) => `${e.type}:${m.text}:${m.rule}`),
  );
}

describe("extraction", () => {
  describe("a one-word name typed by a vote of its mentions (round 23)", () => {
    itTypesRows(
      "Company",
      [
        ["Talks with Kestrova ended. Kestrova's contract with the state runs to 2030.", "Kestrova"],
        ["Dravenor currently produces most of the magnets sold in Europe.", "Dravenor"],
        ["Analysts cited Ostrelli. The market remains crucial for Ostrelli, which sold fewer phones.", "Ostrelli"],
        ["Kestrova said in a statement that the deal was off.", "Kestrova"],
        ["Kestrova said in an emailed statement that the deal was off.", "Kestrova"],
        ["Talks ended. Currently, Dravenor's operations run at 40% of capacity.", "Dravenor"],
        ["Besides the state firm, Ostrelli received 3,000 tons for its two eastern mines.", "Ostrelli"],
        ["The rules hit Varnholt and Kestrova. Varnholt has opened a new production line in Lyon.", "Kestrova"],
      ],
      [
        // A person's cue at any mention keeps the guess a person's.
        ["Mr Kestrova arrived late. Kestrova currently produces most of the magnets.", "Kestrova"],
        ["Dravenor told reporters that Dravenor currently produces most of the magnets.", "Dravenor"],
        ["Ostrelli, who chairs the panel, spoke first. Talks matter to Ostrelli, which sold less.", "Ostrelli"],
        // Part of a longer name, or after "the": no vote.
        ["The Strategic Reserve will operate two mechanisms.", "Reserve"],
        ["The Varnholt, which sails from Oslo, was delayed.", "Varnholt"],
        // An English word only ever opening a sentence is no name.
        ["Observers said the plan would raise its output of chips.", "Observers"],
        // No firm's cue anywhere.
        ["Talks with Kestrova ended on Monday. Kestrova left Geneva.", "Kestrova"],
      ],
    );
  });

  describe("a one-word guess opening one firm's longer name is that firm's (round 23)", () => {
    it("joins an English word written inside a sentence to the one firm it opens", () => {
      expect(mentionsOf("Talks with Cascade ended in May. Cascade Lumen Corp raised output.")).toContain(
        "Company:Cascade:vote-firm-first-word",
      );
    });
    it("does not join a word two firms open", () => {
      expect(
        mentionsOf("Talks with Cascade ended in May. Cascade Lumen Corp and Cascade Gold Corp raised output."),
      ).not.toContain("Company:Cascade:vote-firm-first-word");
    });
  });

  describe("a firm's name written again where no mention covers it (round 23)", () => {
    const found: [string, string][] = [
      // The short form without the legal words.
      ["Solenne Fuels Inc signed a deal. The oxide came from Solenne Fuels in May.", "Company:Solenne Fuels"],
      ["JSC Ostrava Lumen raised output. Buyers praised Ostrava Lumen in May.", "Company:Ostrava Lumen"],
      // After an English word opening the sentence.
      ["Marvek Group signed a deal in May. Neither Marvek nor the ministry commented.", "Company:Marvek"],
      // In a headline, before capitalised words.
      [
        "Talks on Zentrix AI chip sales resume\nZentrix Corp said it had sold chips worth $5 billion.",
        "Company:Zentrix",
      ],
    ];
    const refused: [string, string][] = [
      // Inside a hyphened compound.
      ["Marvek Group signed a deal. The Marvek-Kestrel alliance ended.", "Company:Marvek"],
      // Before another capitalised word outside a headline: another name.
      ["Marvek Group signed a deal. Officials met Marvek Europe in May.", "Company:Marvek"],
    ];
    for (const [text, mention] of found)
      it(`finds ${mention} again in "${text}"`, () => {
        expect(mentionsOf(text)).toContain(`${mention}:repeat-of-firm-name`);
      });
    for (const [text, mention] of refused)
      it(`does not find ${mention} again in "${text}"`, () => {
        expect(mentionsOf(text)).not.toContain(`${mention}:repeat-of-firm-name`);
      });
  });

  describe("a one-word firm typed by its context is the person the document names with that word (round 23)", () => {
    itTypesRows(
      "Company",
      [
        // No person has the word: the firm stays.
        ["Jane Roe spoke. Shares of Kestrova rose.", "Kestrova"],
        // A firm's own head word is no context guess.
        ["Henry Ford spoke. Ford Motor Co said output fell.", "Ford Motor Co"],
      ],
      [
        ["Mara Doyle spoke in May. The Doyle-backed miner raised output.", "Doyle"],
        ["Jane Voss met officials. Firms such as Voss and Kestrova Metals Ltd raised prices.", "Voss"],
      ],
    );
  });
});
