// Stage 7 (statements) on the attributions of wire and business copy, written for the test: the
// speaker beside the verb rather than a person the quotation is about, a post standing for a person
// named before ("the prime minister said"), an agency speaking, quotations carried on in the next
// sentence or paragraph, quotations as objects ("called the plan “reckless”", "described it as
// “…”"), a lone surname as speaker, pronouns with an adverb ("she also described"), the speakers of
// a joint statement, a quotation introduced by a colon after the sentence's subject; and the
// refusals (a quotation with no speaker, a sentence with no speech verb).

import { describe, expect, it } from "vitest";
import { analyseDocument } from "../../../src/extraction/index.ts";
import { testDocument } from "../../_helpers/documents.ts";

function said(text: string): [string, string, string][] {
  const doc = testDocument(text);
  const analysis = analyseDocument(doc);
  const name = new Map(analysis.entities.map((e) => [e.id, e.name]));
  return analysis.statements.map((s) => [name.get(s.speaker) ?? s.speaker, s.quote, s.rule]);
}

describe("extraction statements (general attributions)", () => {
  describe("findStatements", () => {
    it.each([
      [
        "the speaker beside the verb, not the person the quotation is about",
        "Energy Minister Clara Jensen said there was “no reason” to call Premier Otto Brandt before the vote.",
        [["Clara Jensen", "no reason", "quote-named-speaker"]],
      ],
      [
        "the speaker after the verb with a title between",
        "“The door remains open,” said Trade Commissioner Paolo Ferri after meeting Minister Ana Ruiz.",
        [["Paolo Ferri", "The door remains open", "quote-named-speaker"]],
      ],
      [
        "a post standing for the person named before",
        'Prime Minister Sara Lind welcomed the accord. "It is a fair bargain for our farmers," the prime minister said.',
        [["Sara Lind", "It is a fair bargain for our farmers", "quote-post-speaker"]],
      ],
      [
        "an agency speaking by itself",
        "Exports of the ore will resume in March, the Mines Ministry said, describing the pause as “temporary.”",
        [["Mines Ministry", "temporary.", "quote-agency-speaker"]],
      ],
      [
        "an agency after 'according to'",
        "According to a Commerce Department statement, “the accord secures supply for a decade.”",
        [["Commerce Department", "the accord secures supply for a decade.", "quote-agency-speaker"]],
      ],
      [
        "a quotation carried on in the next sentence",
        "“We will not raise royalties,” Mining Minister Rosa Vidal said on Monday. “The rules are stable.”",
        [
          ["Rosa Vidal", "We will not raise royalties", "quote-named-speaker"],
          ["Rosa Vidal", "The rules are stable.", "quote-continued"],
        ],
      ],
      [
        "a quotation left open at the end of its paragraph, as news copy does over paragraphs",
        "Finance Minister Omar Haddad said: “We have worked for months on this.\n“It will bring investment to every region,” he added.",
        [
          ["Omar Haddad", "We have worked for months on this.", "quote-named-speaker"],
          ["Omar Haddad", "It will bring investment to every region", "quote-pronoun-speaker"],
        ],
      ],
      [
        "quotations as the objects of calling and describing",
        "Governor Luis Ortega called the levy “unacceptable” and “a step backwards” in a post.",
        [
          ["Luis Ortega", "unacceptable", "quote-named-speaker"],
          ["Luis Ortega", "a step backwards", "quote-named-speaker"],
        ],
      ],
      [
        "a surname alone as the speaker",
        "Senator Dana Whitfield spoke first. Later, “We need a deal by June,” Whitfield told reporters.",
        [["Dana Whitfield", "We need a deal by June", "quote-named-speaker"]],
      ],
      [
        "a pronoun with an adverb before a describing verb",
        "Finance Minister Lotte Haas welcomed the accord. She also described the tariff cut as “a fair outcome for exporters.”",
        [["Lotte Haas", "a fair outcome for exporters.", "quote-pronoun-speaker"]],
      ],
      [
        "a quotation as the object of reaffirming",
        "Prime Minister Ivo Marek reaffirmed his commitment to “an open and fair trading system” in Prague on Monday.",
        [["Ivo Marek", "an open and fair trading system", "quote-named-speaker"]],
      ],
      [
        "the pronoun, not the person it refers to the quotation about",
        "President Omar Haddad arrived in Berlin on Sunday. He later referred to Chancellor Rita Vogel as “a trusted partner.”",
        [["Omar Haddad", "a trusted partner.", "quote-pronoun-speaker"]],
      ],
      [
        "the speaker before the quotation, not the one spoken to after it",
        "Minister Ana Ruiz told Commissioner Paolo Ferri that the offer was “not enough” for her farmers.",
        [["Ana Ruiz", "not enough", "quote-named-speaker"]],
      ],
      [
        "an agency named before, standing as a common noun beside the verb",
        "Japan’s Ministry of Trade announced the curbs on Monday. “Licences will be reviewed case by case,” the ministry stated.",
        [["Ministry of Trade", "Licences will be reviewed case by case", "quote-agency-speaker"]],
      ],
      [
        "an agency's spokesperson, its name's words before the head noun",
        "The Ministry of Commerce issued the list on Friday. “The measures are lawful,” a commerce ministry spokesperson said.",
        [["Ministry of Commerce", "The measures are lawful", "quote-agency-speaker"]],
      ],
      [
        "each of the speakers of a joint statement, titles between them",
        "“We will keep our markets open,” Minister Ana Ruiz, Trade Secretary Hugo Lenz and Foreign Minister Mia Sato said in a joint statement.",
        [
          ["Ana Ruiz", "We will keep our markets open", "quote-joint-speaker"],
          ["Hugo Lenz", "We will keep our markets open", "quote-joint-speaker"],
          ["Mia Sato", "We will keep our markets open", "quote-named-speaker"],
        ],
      ],
      [
        "two speakers joined by 'and' before the verb",
        "Minister Ana Ruiz and Minister Hugo Lenz said the accord was “a turning point” for both economies.",
        [
          ["Ana Ruiz", "a turning point", "quote-joint-speaker"],
          ["Hugo Lenz", "a turning point", "quote-named-speaker"],
        ],
      ],
      [
        "the speaker, not the person whose spokesperson they are",
        "Lena Vos, President Karl Dorn’s spokesperson, said the tariffs were “a mistake” on Monday.",
        [["Lena Vos", "a mistake", "quote-named-speaker"]],
      ],
      [
        "the person who opens the sentence and introduces the quotation with a colon",
        "Mining Minister Rosa Ibarra set out the plan on Tuesday: “We will double lithium output by 2030.”",
        [["Rosa Ibarra", "We will double lithium output by 2030.", "quote-colon-speaker"]],
      ],
      [
        "an agency as the subject of a quoting verb",
        "The Ministry of Trade branded the levy “a clear breach of the rules” on Sunday.",
        [["Ministry of Trade", "a clear breach of the rules", "quote-agency-speaker"]],
      ],
    ])("finds %s", (_what, text, expected) => {
      expect(said(text)).toEqual(expected);
    });

    it.each([
      ["a quotation no one is said to speak", "The plan, dubbed “Project Lodestone” by insiders, stalled."],
      [
        "a quotation in a sentence with no speech verb",
        "Minister Ivo Petrov attended the “strategic dialogue” in Sofia.",
      ],
      [
        "a lone quotation after a sentence with no statement",
        "Minister Ivo Petrov arrived in Sofia on Monday. “Prices will fall.”",
      ],
      ["a post no one named holds", "Analyst Mia Chen was cautious. “It may not last,” the governor said."],
      [
        "a colon after a person who does not open the sentence",
        "The plan drew criticism from farmers, and from Senator Joan Pike: “Fertiliser prices will rise.”",
      ],
      [
        "an agency noun that names no agency named before",
        "The Ministry of Finance cut rates on Monday. “Exports will recover,” the trade department said.",
      ],
    ])("refuses %s", (_what, text) => {
      expect(said(text)).toEqual([]);
    });
  });
});
