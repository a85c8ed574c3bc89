// Stage 7 (statements), round 18: bodies that speak. The annotators take an agency as the speaker of
// its statement's words, and fresh text names that speaker in ways the sentence alone does not show:
// "the statement said" or "it added" after a sentence naming the body and its statement, a body's
// spokesperson or its own head noun between its name and the verb, "issued a statement describing",
// a body beside its verb in a sentence that also names people; and a short name defined in brackets
// is nobody's words. People: "He said X …" is spoken by "he", and a sentence he opens that way hands
// a quotation standing alone after it to him. Sentences and names are invented for the test.

import { describe, expect, it } from "vitest";
import { analyseDocument } from "../../../src/extraction/index.ts";
import { givesFact, readText, testDocument } from "../../_helpers/documents.ts";

function said(text: string): [string, string, string][] {
  const analysis = analyseDocument(testDocument(text));
  const name = new Map(analysis.entities.map((e) => [e.id, e.name]));
  return analysis.statements.map((s) => [name.get(s.speaker) ?? s.speaker, s.quote, s.rule]);
}

describe("extraction statements (round 18: bodies that speak)", () => {
  it.each([
    [
      "“the statement said” after a sentence naming the body's statement",
      "The Mines Ministry said in a statement on Monday that quotas would be cut. “Stocks remain far too high for the market,” the statement said.",
      [["Mines Ministry", "Stocks remain far too high for the market", "quote-statement-speaker"]],
    ],
    [
      "“it added” after a statement from a body",
      "A statement from the Finance Ministry on Tuesday said the levy would rise. “The rate will double by spring,” it added.",
      [["Finance Ministry", "The rate will double by spring", "quote-statement-speaker"]],
    ],
    [
      "a body issuing a statement that describes something in quotation marks",
      "The Trade Ministry issued a short statement describing the talks as “frank and useful.”",
      [["Trade Ministry", "frank and useful.", "quote-agency-speaker"]],
    ],
    [
      "a body beside its verb before people the sentence merely names",
      "What the Trade Ministry described as a “balanced accord” was signed by Premier Otto Brandt and Chancellor Lena Vos.",
      [["Trade Ministry", "balanced accord", "quote-agency-speaker"]],
    ],
    [
      "a body's spokesperson without the possessive",
      "“The tariff stays,” a Finance Ministry spokesperson said on Friday.",
      [["Finance Ministry", "The tariff stays", "quote-agency-speaker"]],
    ],
    [
      "“he said X …”: the pronoun speaks, not the person after the verb",
      'Premier Otto Brandt spoke after the summit. He said Chancellor Lena Vos had "kindly invited" him to Oslo.',
      [["Otto Brandt", "kindly invited", "quote-pronoun-speaker"]],
    ],
    [
      "“said X” after a quotation still names X",
      "“The door remains open,” said Chancellor Lena Vos.",
      [["Lena Vos", "The door remains open", "quote-named-speaker"]],
    ],
    [
      "a quotation alone after “she said” naming someone else",
      "Trade Minister Rosa Vidal met farmers on Monday. However, she said Premier Otto Brandt would decide on the quota. “No decision will come before the harvest.”",
      [["Rosa Vidal", "No decision will come before the harvest.", "quote-after-report"]],
    ],
    [
      "a quotation alone after a named person's report (unchanged)",
      "Trade Minister Rosa Vidal met farmers on Monday. Premier Otto Brandt said the quota would stay. “No decision will come before the harvest.”",
      [["Otto Brandt", "No decision will come before the harvest.", "quote-after-report"]],
    ],
    [
      "a sentence opening with a quoting participle: its main clause's subject speaks",
      "Calling his meeting with Trade Secretary Lena Vos “constructive,” Otto Brandt was hopeful after his “first conversation” with her.",
      [
        ["Otto Brandt", "constructive", "quote-participle-speaker"],
        ["Otto Brandt", "first conversation", "quote-participle-speaker"],
      ],
    ],
    [
      "“the latter described as”: the second of the two people named before",
      'At a summit in Oslo, Premier Otto Brandt and Chancellor Lena Vos signed a plan to lift ties to what the latter described as "a new era."',
      [["Lena Vos", "a new era.", "quote-latter-speaker"]],
    ],
    [
      "“the former called”: the first of the two",
      'At a summit in Oslo, Premier Otto Brandt and Chancellor Lena Vos signed a plan the former called "a new era."',
      [["Otto Brandt", "a new era.", "quote-latter-speaker"]],
    ],
  ])("%s", (_label, text, expected) => {
    expect(said(text)).toEqual(expected);
  });

  it.each([
    [
      "“the statement said” when no statement was named before",
      "The Mines Ministry said on Monday that quotas would be cut. Analysts doubted it. “Stocks remain far too high,” the statement said.",
    ],
    [
      "a firm's “it added”: a company's words are not recorded as a statement",
      "Orvane Metals said in a statement that output would fall. “We expect a weaker quarter,” it added.",
    ],
    [
      "short names defined in brackets",
      "The grant went to Halden Cells (“Halden”) and Norvik Power (“Norvik”), the Energy Ministry said in a release.",
    ],
    [
      "“the latter” with one person named before",
      'Premier Otto Brandt met the farmers, and the latter described the plan as "a trap."',
    ],
    [
      "a statement named too long before",
      "The Council of the European Union said in a statement that the levy was adopted. Farmers waited. Prices held. Ports were quiet. Ships left. Trucks came. Buyers hesitated. “The levy will protect farmers,” the statement said.",
    ],
  ])("no statement: %s", (_label, text) => {
    expect(said(text)).toEqual([]);
  });
});

describe("extraction tariffs (round 18: the act of imposing, joined tariffs)", () => {
  it.each([
    [
      "a leader's imposition of tariffs is his state's",
      "Chilean President Rosa Vidal met farmers. The protest follows Vidal's imposition of 30% tariffs on Peru.",
      "Chile IMPOSED_TARIFF Peru",
    ],
    [
      "a state's introduction of duties",
      "The protest follows the Indonesian introduction of new duties on Thai rice.",
      "Indonesia IMPOSED_TARIFF Thailand",
    ],
    [
      "a leader's decision to raise duties, and the levies joined to them",
      "Canadian Prime Minister Otto Brandt met farmers. The move follows Brandt’s decision to raise duties on Chinese steel by 15%, alongside 10% levies on Vietnamese imports.",
      "Canada IMPOSED_TARIFF Vietnam",
    ],
    [
      "tariffs joined by “as well as” to the duties a state imposed",
      "The EU imposed duties on Russian grain, as well as tariffs on Belarusian fertiliser.",
      "European Union IMPOSED_TARIFF Belarus",
    ],
  ])("%s", (_label, text, fact) => {
    expect(givesFact(text, fact)).toBe(true);
  });

  it.each([
    [
      "tariffs of another clause are not joined",
      "The EU imposed duties on Russian grain, while China kept tariffs on Brazilian soy.",
      "European Union IMPOSED_TARIFF Brazil",
    ],
  ])("not: %s", (_label, text, fact) => {
    expect(givesFact(text, fact)).toBe(false);
  });

  it("an imposition no one owns gives no tariff at all", () => {
    expect(readText("Farmers fear the imposition of tariffs on India.").lines.filter((l) => /TARIFF/.test(l))).toEqual(
      [],
    );
  });
});

describe("extraction outlets (round 18: a channel before a date)", () => {
  const outlets = (text: string) =>
    analyseDocument(testDocument(text))
      .entities.filter((e) => e.type === "Media")
      .map((e) => e.name);
  it.each([
    [
      "a channel, then the date read into its span",
      "Ms Vidal said on Bloomberg TV May 4 that talks resumed.",
      ["Bloomberg TV"],
    ],
    [
      "a channel, then an abbreviated month",
      "Ms Vidal said on Bloomberg TV Sept. 9 that talks resumed.",
      ["Bloomberg TV"],
    ],
    [
      "the outlet alone before a date stays the outlet",
      "Ms Vidal told Bloomberg on Monday that talks resumed.",
      ["Bloomberg"],
    ],
  ])("%s", (_label, text, expected) => {
    expect(outlets(text)).toEqual(expected);
  });
});
