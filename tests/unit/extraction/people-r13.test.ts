// Posts read in round 13 (issue 13, held-out text), in sentences written for the test: a list of
// officials closed by a serial comma shares the side of its first member; "X, the director of the
// Y Council" heads the body, a director of a unit at a body is its staff; titles listing several
// portfolios before a name ("Minister of Economy and Finance X", "Minister of Trade, Industry and
// Energy Y"), names written surname first with a hyphenated given name; a firm's chief executive
// written between the firm and the name ("Acme Mining Chief Executive X"). Statements: a text cut
// off mid-word after its last quotation ("…,” he st), a quotation in two apostrophes ('' … '')
// carried on in the next sentence. Negotiators: officials of two sides a sentence of talks names,
// one side by one person, and the teammates a negotiator brings ("A alongside B and C").

import { describe, expect, it } from "vitest";
import { analyseDocument } from "../../../src/extraction/index.ts";
import { readText, testDocument } from "../../_helpers/documents.ts";

function said(text: string): [string, string, string][] {
  const analysis = analyseDocument(testDocument(text));
  const name = new Map(analysis.entities.map((e) => [e.id, e.name]));
  return analysis.statements.map((s) => [name.get(s.speaker) ?? s.speaker, s.quote, s.rule]);
}

const PEOPLE = / (?:HOLDS_POSITION|AFFILIATED_WITH|REPRESENTS) /;
const ofPeople = (text: string) => readText(text).lines.filter((l) => PEOPLE.test(l));

describe("extraction people, round 13", () => {
  describe("a list of officials closed by a serial comma", () => {
    it.each([
      [
        "the last of three officials shares the first one's side",
        "Australian Treasurer Ian Cole, Finance Minister Rosa Lind, and Trade Minister Omar Haddad will meet Japanese officials in Tokyo next week.",
        ["Omar Haddad HOLDS_POSITION Australia"],
      ],
      [
        "a title of the other side's state stays that state's",
        "U.S. Treasury Secretary Paul Granger, Commerce Secretary Ana Ruiz, and Trade Representative Tom Hale met China’s vice-premier Wu Ping in Oslo for talks.",
        ["Tom Hale HOLDS_POSITION United States"],
      ],
    ])("%s", (_what, text, expected) => {
      const lines = ofPeople(text);
      for (const line of expected) expect(lines).toContain(line);
      // Never the other side's post.
      expect(lines.filter((l) => /^(?:Tom Hale|Omar Haddad) HOLDS_POSITION (?:China|Japan)$/.test(l))).toEqual([]);
    });
  });

  describe("a director after the name", () => {
    it.each([
      [
        "the director of a council heads it",
        "“We expect a deal soon,” said Marta Olsen, the director of the U.S. National Trade Council.",
        ["Marta Olsen HOLDS_POSITION U.S. National Trade Council"],
      ],
      [
        "the director of a programme at a think tank is its staff",
        "“Tariffs hurt everyone,” said Lena Holm, director of the Korea program at the Harbor Institute.",
        ["Lena Holm AFFILIATED_WITH Harbor Institute"],
      ],
    ])("%s", (_what, text, expected) => {
      expect(ofPeople(text)).toEqual(expected);
    });
  });

  describe("titles listing several portfolios before a name", () => {
    it.each([
      [
        "portfolios joined by and, a Korean name written surname first",
        "South Korea's team, including Minister of Economy and Finance Jang Min-soo, flew to Washington for tariff talks with the United States.",
        "Jang Min-soo HOLDS_POSITION South Korea",
      ],
      [
        "portfolios listed with commas",
        "South Korea's team, including Minister of Trade, Industry and Energy Kwak Sung-ho, flew to Washington for tariff talks with the United States.",
        "Kwak Sung-ho HOLDS_POSITION South Korea",
      ],
      [
        "a Western name after listed portfolios",
        "Ghana's Minister of Lands and Natural Resources Kofi Mensah said the licence would be reviewed.",
        "Kofi Mensah HOLDS_POSITION Ghana",
      ],
    ])("%s", (_what, text, expected) => {
      expect(ofPeople(text)).toContain(expected);
    });

    it("does not read the next official of a list as the previous one's post", () => {
      const lines = ofPeople(
        "South Korea's team, including Trade Negotiator Choi Jae-won, Minister of Trade, Industry and Energy Kwak Sung-ho, and two aides, flew to Washington for talks with the United States.",
      );
      expect(lines.filter((l) => l.startsWith("Choi Jae-won HOLDS_POSITION"))).toEqual([
        "Choi Jae-won HOLDS_POSITION South Korea",
      ]);
    });
  });

  describe("a firm's chief executive between the firm and the name", () => {
    it.each([
      [
        "a firm whose name ends with a title word",
        "“Output will rise,” said Acme Mining Chief Executive Paul Granger.",
        ["Paul Granger HOLDS_POSITION Acme Mining"],
      ],
      [
        "a firm whose name is shaped like a person's",
        "“Prices are firm,” said Rio Verde Chief Executive Anna Berg on Monday.",
        ["Anna Berg HOLDS_POSITION Rio Verde"],
      ],
    ])("%s", (_what, text, expected) => {
      expect(ofPeople(text)).toEqual(expected);
    });

    it("an executive order is no person", () => {
      const a = readText("The president signed an Executive Order on Friday raising duties on steel.");
      expect(a.lines.filter((l) => / HOLDS_POSITION /.test(l))).toEqual([]);
    });
  });

  describe("statements", () => {
    it.each([
      [
        "a text cut off after the pronoun and the start of its verb",
        "Deputy Minister Rosa Lind said the quota would stay.\n“The quota protects our smelters and our workers,” she exp",
        [["Rosa Lind", "The quota protects our smelters and our workers", "quote-pronoun-speaker"]],
      ],
      [
        "a pronoun before a cut word that opens no speech verb",
        "Deputy Minister Rosa Lind said the quota would stay.\n“The quota protects our smelters and our workers,” she wal",
        [],
      ],
      [
        "a quotation in two apostrophes carried on in the next sentence",
        "Lena Holm, a trade scholar, expects hard talks.\n''Both sides should cut duties at once,'' she said, adding that a small cut would help. ''It cannot just be promises.''",
        [
          ["Lena Holm", "Both sides should cut duties at once", "quote-pronoun-speaker"],
          ["Lena Holm", "It cannot just be promises.", "quote-continued"],
        ],
      ],
    ])("%s", (_what, text, expected) => {
      expect(said(text)).toEqual(expected);
    });
  });

  describe("officials of two sides at talks", () => {
    const negotiations = (text: string) => readText(text).lines.filter((l) => / NEGOTIATED_WITH /.test(l));
    it("pairs one side's lone official with each of the other side's", () => {
      const lines = negotiations(
        "The United States and China held trade talks in Oslo on Monday. Treasury Secretary Paul Granger and Commerce Secretary Ana Ruiz represented the United States at the talks, while Chinese Vice Premier Wu Ping headed China's negotiators.",
      );
      const paired = (a: string, b: string) => lines.some((l) => l.includes(a) && l.includes(b));
      expect([
        paired("Wu Ping", "Paul Granger"),
        paired("Wu Ping", "Ana Ruiz"),
        paired("Paul Granger", "Ana Ruiz"),
      ]).toEqual([true, true, false]);
    });

    it("gives a negotiator's teammates the one across the table", () => {
      const lines = negotiations(
        "The US team, led by Treasury Secretary Paul Granger alongside Ana Ruiz and Tom Hale, held talks in Oslo with Chinese Vice Premier Wu Ping.",
      );
      expect(lines).toEqual(expect.arrayContaining(["Tom Hale NEGOTIATED_WITH Wu Ping"]));
    });

    it("pairs no one at a working lunch with a delegation", () => {
      const lines = negotiations(
        "Indian Commerce Minister Raj Mehta met EU Commissioner for Agriculture Jan Visser and EU Trade Commissioner Eva Lund along with the EU delegation for a working lunch.",
      );
      expect(lines.filter((l) => l.includes("Raj Mehta") && l.includes("Jan Visser"))).toEqual([]);
    });
  });

  describe("the verb represent", () => {
    const represents = (text: string) => readText(text).lines.filter((l) => / REPRESENTS /.test(l));
    it.each([
      [
        "a coordinated subject before the verb",
        "Farm Secretary Paul Granger and Commerce Secretary Ana Ruiz represented the United States at the talks in Oslo.",
        ["Ana Ruiz REPRESENTS United States", "Paul Granger REPRESENTS United States"],
      ],
      ["a share of exports is no state spoken for", "Tom Hale said soybeans represented 40% of farm exports.", []],
      [
        "a clause between the speaker and the verb",
        "Tom Hale said the lawyers who represented Brazil had quit the case.",
        [],
      ],
    ])("%s", (_what, text, expected) => {
      expect(
        represents(text)
          .filter((l) => l.endsWith("United States") || l.endsWith("Brazil"))
          .sort(),
      ).toEqual([...expected].sort());
    });
  });

  describe("two posts joined by and, and a firm's officer", () => {
    it("reads the state's demonym before the first of two posts", () => {
      const lines = ofPeople(
        "Brazilian Vice-President and Minister of Development, Industry, Trade, and Services Paulo Souza praised the pact. Switzerland and Norway signed it, and Switzerland will cut duties.",
      );
      expect(lines.filter((l) => l.startsWith("Paulo Souza HOLDS_POSITION"))).toEqual([
        "Paulo Souza HOLDS_POSITION Brazil",
      ]);
    });

    it("gives a firm's chairman met by a president no state to represent", () => {
      const lines = ofPeople(
        "Peruvian President Ana Castro met with Minmetal Group Chairman Wu Ping in Beijing to discuss the mine deal.",
      );
      expect(lines.filter((l) => l.startsWith("Wu Ping REPRESENTS"))).toEqual([]);
    });
  });

  describe("a capitalised post with its portfolio, set off by commas before the name", () => {
    it.each([
      [
        "a minister for a trade portfolio",
        "Dutch Minister for EU-Asia Trade, Pieter Jansen, held negotiations in Tokyo last week.",
        "Pieter Jansen HOLDS_POSITION Netherlands",
      ],
      [
        "a secretary of a portfolio",
        "Kenya's Secretary for Mining and Blue Economy, Hassan Joho, said the ban would stay.",
        "Hassan Joho HOLDS_POSITION Kenya",
      ],
    ])("%s", (_what, text, expected) => {
      expect(ofPeople(text)).toContain(expected);
    });

    it("does not read a list of places before a name as a post", () => {
      const lines = ofPeople(
        "Officials from Kenya, Tanzania and Uganda, Maria Santos, and Paul Granger met in Nairobi.",
      );
      expect(lines.filter((l) => / HOLDS_POSITION /.test(l))).toEqual([]);
    });
  });
});
