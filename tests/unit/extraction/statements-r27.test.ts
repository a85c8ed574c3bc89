// Round 27 of issue 13 (statements), sentences written for the test: straight double marks paired
// by the way they face (a mark after punctuation closes, one after a space and before a word opens),
// so that a quotation closed by a straight mark after a curly opening, two quotations run together
// ('."He added, "'), or a doubled opening mark still read as quotations; a quotation left open
// before the next paragraph's opening mark (paragraphs run together) ends at its last sentence and
// goes on with the speaker; a quotation ending with "!" or "?" that the splitter closed takes
// the next sentence's speaker ("“…!” X posted"); a post opening a sentence as its subject ("The
// president also announced …") is the later "he"; a lone surname after a form of address that speaks ("…,” Dr. Osei
// said") is a person; a name with one adverb before its speech verb ("X Y recently posted") is a
// person's.

import { describe, expect, it } from "vitest";
import { extractCorpus } from "../../../src/extraction/index.ts";
import { testDocument } from "../../_helpers/documents.ts";

function said(text: string): [string, string][] {
  const out = extractCorpus([testDocument(text)]);
  const name = new Map(out.entities.map((e) => [e.id, e.name]));
  return out.statements.map((s) => [name.get(s.speaker) ?? s.speaker, s.quote]);
}

describe("statements r27: marks paired by direction, run-together paragraphs, addressed speakers", () => {
  it.each([
    [
      "a curly opening closed by a straight mark",
      'The dispute “gives us a real chance here," said Tomas Varga, a grain farmer.',
      [["Tomas Varga", "gives us a real chance here"]],
    ],
    [
      "two quotations run together after a closing mark",
      'Premier Ana Ruiz spoke on Monday. She said, "The levy will fall by half."She added, "Exporters will gain most."',
      [
        ["Ana Ruiz", "The levy will fall by half."],
        ["Ana Ruiz", "Exporters will gain most."],
      ],
    ],
    [
      "a stray mark at a paragraph's start does not shift the pairs",
      'Minister Lena Holt said, "The deal is done.\n"On the details, Holt explained, "Tariffs on cars will drop to ten percent."',
      [
        ["Lena Holt", "The deal is done."],
        ["Lena Holt", "Tariffs on cars will drop to ten percent."],
      ],
    ],
    [
      "a doubled opening mark opens once",
      "Commenting, Mark Doyle, head of trade at Fenwick Partners, said: “”Given the size of the market, this matters for every exporter.”",
      [["Mark Doyle", "Given the size of the market, this matters for every exporter."]],
    ],
    [
      "a quotation left open before the next opening mark goes on with its speaker",
      "“We want a deal, but not at any price,” Ms Greta Olsen said. “The last offer was simply too thin. “This will shape our trade for decades.”",
      [
        ["Greta Olsen", "We want a deal, but not at any price"],
        ["Greta Olsen", "The last offer was simply too thin."],
        ["Greta Olsen", "This will shape our trade for decades."],
      ],
    ],
    [
      "a lone surname after a form of address that speaks",
      "“Cocoa receipts have doubled since the reform began,” Dr. Mensabo said during the budget hearing.",
      [["Mensabo", "Cocoa receipts have doubled since the reform began"]],
    ],
    [
      "a name with an adverb before its speech verb",
      "The ban took effect in May. Rolf Ackerly recently posted on his blog: “This is bad news for every solar maker.”",
      [["Rolf Ackerly", "This is bad news for every solar maker."]],
    ],
    [
      "an exclamation ends the splitter's sentence; the next one opening with the speaker attributes it",
      "Premier Ana Ruiz met the delegation. “Our ties have never been stronger!” Ruiz posted on social media.",
      [["Ana Ruiz", "Our ties have never been stronger!"]],
    ],
    [
      "a post opening the sentence is the later he, not the person it merely names",
      "President Omar Haddad spoke after the summit. The president also announced that he would visit Rome, with Chancellor Lena Holt to visit later. Furthermore, he said the partners will buy “large amounts of grain.”",
      [["Omar Haddad", "large amounts of grain."]],
    ],
    [
      "no speaker: a quoted phrase with no speech verb stays unattributed",
      'The ministry called it a "temporary" measure and the plan "moved ahead" in June.',
      [],
    ],
    [
      "no speaker: a lone surname after a form of address that speaks no quotation",
      "Dr. Mensabo attended the hearing on the budget in March.",
      [],
    ],
  ] as [string, string, [string, string][]][])("%s", (_label, text, expected) => {
    expect(said(text)).toEqual(expected);
  });
});
