// Round-5 phrasings of talks for unseen news: two signatories "on behalf of X and Y, respectively",
// leaders who witnessed a signing together, and "engagements with Y" after a main clause. Sentences
// written for these tests (not copied from any article), with positives and refusals, in other
// countries' and outlets' styles than the development corpus's.

import { describe, expect, it } from "vitest";
import { readText } from "../../_helpers/documents.ts";

const SYMMETRIC = new Set(["MET_WITH", "NEGOTIATED_WITH", "PARTNERED_WITH"]);

/** Whether `text` gives the relation "a PREDICATE b" (either way for symmetric predicates). */
function has(text: string, fact: string): boolean {
  const { lines } = readText(text, { date: "2025-06-12" });
  if (lines.includes(fact)) return true;
  const [, a, predicate, b] = /^(.+) ([A-Z_]+) (.+)$/.exec(fact) ?? [];
  return !!predicate && SYMMETRIC.has(predicate) && lines.includes(`${b} ${predicate} ${a}`);
}

describe("rules/delegations", () => {
  describe("officialRepresentsRule (on behalf of two sides)", () => {
    const positives: [text: string, facts: string[]][] = [
      [
        "On Monday, Trade Minister Budi Santoso and Australia's Trade Minister Don Farrell signed on behalf of Indonesia and Australia, respectively, a nickel supply agreement in Jakarta.",
        [
          "Budi Santoso REPRESENTS Indonesia",
          "Don Farrell REPRESENTS Australia",
          "Indonesia NEGOTIATED_WITH Australia",
          "Budi Santoso MET_WITH Don Farrell",
        ],
      ],
      [
        "Chilean Mining Minister Aurora Williams and Japanese Trade Minister Yoji Muto signed the copper accord on behalf of Chile and Japan in Santiago.",
        ["Aurora Williams REPRESENTS Chile", "Yoji Muto REPRESENTS Japan", "Chile NEGOTIATED_WITH Japan"],
      ],
      [
        "Vietnamese Trade Minister Nguyen Hong Dien and EU Trade Commissioner Maros Sefcovic inked the protocol on behalf of Vietnam and the European Union, respectively.",
        ["Nguyen Hong Dien REPRESENTS Vietnam", "Maros Sefcovic REPRESENTS European Union"],
      ],
    ];
    it.each(positives)("reads %j", (text, facts) => {
      for (const fact of facts) expect(has(text, fact), fact).toBe(true);
    });
    const refusals: [text: string, fact: string][] = [
      // "respectively" with one signatory unnamed: the named one is not given the first side.
      [
        "On Friday, the Minister of Commerce and Malaysia's Trade Minister Tengku Aziz signed on behalf of China and ASEAN, respectively, the upgraded trade protocol.",
        "Tengku Aziz REPRESENTS China",
      ],
      // Signed by video link: the two signatories did not meet.
      [
        "Indonesian Trade Minister Budi Santoso and Australian Trade Minister Don Farrell signed by video link on behalf of Indonesia and Australia, respectively, a nickel supply agreement.",
        "Budi Santoso MET_WITH Don Farrell",
      ],
      // A person the text gives another country speaks for no other one.
      [
        "Kenyan Trade Minister Lee Kinyanjui welcomed the accord signed on behalf of Tanzania at the ceremony in Arusha.",
        "Lee Kinyanjui REPRESENTS Tanzania",
      ],
    ];
    it.each(refusals)("refuses %j → %s", (text, fact) => {
      expect(has(text, fact)).toBe(false);
    });
  });

  describe("talkPairsRule (leaders witnessing a signing)", () => {
    const positives: [text: string, fact: string][] = [
      [
        "The agreement was signed at the Merdeka Palace in Jakarta and witnessed by Indonesian President Prabowo Subianto and French President Emmanuel Macron during the latter's state visit.",
        "Prabowo Subianto MET_WITH Emmanuel Macron",
      ],
      [
        "The signing ceremony was jointly witnessed by Chinese Premier Li Qiang, Malaysian Prime Minister Anwar Ibrahim, and other regional leaders.",
        "Li Qiang MET_WITH Anwar Ibrahim",
      ],
      [
        "Eight cooperation documents on cobalt and copper were signed in the presence of Congolese President Felix Tshisekedi and Zambian President Hakainde Hichilema in Lubumbashi.",
        "Felix Tshisekedi MET_WITH Hakainde Hichilema",
      ],
    ];
    it.each(positives)("reads %j → %s", (text, fact) => {
      expect(has(text, fact)).toBe(true);
    });
    const refusals: [text: string, fact: string][] = [
      // Ministers witnessing are no meeting of leaders.
      [
        "The memorandum was witnessed by Indian Trade Minister Piyush Goyal and Chilean Foreign Minister Alberto van Klaveren at the embassy.",
        "Piyush Goyal MET_WITH Alberto van Klaveren",
      ],
      // Two leaders of one country.
      [
        "The deal was witnessed by French President Emmanuel Macron and French Prime Minister Francois Bayrou at the Elysee.",
        "Emmanuel Macron MET_WITH Francois Bayrou",
      ],
      // Witnessed by video link: they did not meet.
      [
        "The contracts were signed in Canberra and witnessed by video link by Australian Prime Minister Anthony Albanese and Indian Prime Minister Narendra Modi.",
        "Anthony Albanese MET_WITH Narendra Modi",
      ],
    ];
    it.each(refusals)("refuses %j → %s", (text, fact) => {
      expect(has(text, fact)).toBe(false);
    });
  });

  describe("talkPairsRule (engagements with the other side)", () => {
    const positives: [text: string, facts: string[]][] = [
      [
        "Indian Commerce Minister Piyush Goyal wrapped up his trip after productive engagements with EU Trade Commissioner Maros Sefcovic on the free trade agreement.",
        ["Piyush Goyal MET_WITH Maros Sefcovic", "Piyush Goyal NEGOTIATED_WITH Maros Sefcovic"],
      ],
      [
        "Australian Trade Minister Don Farrell returned to Canberra on Friday following consultations with Indonesian Trade Minister Budi Santoso over nickel.",
        ["Don Farrell MET_WITH Budi Santoso"],
      ],
      [
        "Canadian Prime Minister Mark Carney ended the summit day after meetings with Mexican President Claudia Sheinbaum on steel.",
        ["Mark Carney MET_WITH Claudia Sheinbaum"],
      ],
    ];
    it.each(positives)("reads %j", (text, facts) => {
      for (const fact of facts) expect(has(text, fact), fact).toBe(true);
    });
    const refusals: [text: string, fact: string][] = [
      // Two officials of one side.
      [
        "Indian Commerce Minister Piyush Goyal wrapped up his trip after engagements with Indian Foreign Minister Subrahmanyam Jaishankar.",
        "Piyush Goyal MET_WITH Subrahmanyam Jaishankar",
      ],
      // The "with" phrase is not the engagement's: "engagements" then another verb's object.
      [
        "Chilean Finance Minister Mario Marcel said engagements would resume, and he agreed with analysts such as Peruvian economist Carlos Ruiz.",
        "Mario Marcel MET_WITH Carlos Ruiz",
      ],
    ];
    it.each(refusals)("refuses %j → %s", (text, fact) => {
      expect(has(text, fact)).toBe(false);
    });
  });
});
