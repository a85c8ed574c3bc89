// Meetings, round 17 of issue 13: a meeting goes by the names of the people who took part in it
// ("Lins visit", "Otieno-Costa-Prado talks", "Grace Otieno-Paulo Costa call"), as readers and
// annotators name it, besides its place and sides; an organisation's summit does not. A head of
// state written as "the <demonym> president" right before the call verb is the caller, not the
// last name of the clause; "their second such call" is the call the sentence before filed; a
// video call goes by that name. A passive signing by two people of two states, placed or dated
// ("the pact was signed by X and Y in Z"), is their signing. "The two officials talked over the
// phone" is the call of the pair the sentence before coordinates. "Met a delegation from X, led by
// Y": Y is met, X takes part. Every sentence here is written for these tests.

import { describe, expect, it } from "vitest";
import { factTable, meetingWith, readText } from "../../_helpers/documents.ts";

const analyse = (text: string) => readText(text, { date: "2025-06-12" });

describe("stages/05-meetings, round 17", () => {
  describe("a meeting is named by its one to three people", () => {
    const rows: [string, string[]][] = [
      [
        "Brazil's chief trade envoy Marta Lins wrapped up a three-day visit to Ottawa on Friday, holding talks with Canadian officials.",
        ["Lins", "visit"],
      ],
      ["Canadian Trade Minister Paul Roy held talks with Mexican officials in Toronto on Tuesday.", ["Roy", "talks"]],
      [
        "The Kenyan minister, Grace Otieno, will travel to Brasilia next week for talks with Brazilian Finance Minister Paulo Costa and Trade Minister Lia Prado.",
        ["Otieno", "Costa", "Prado", "talks"],
      ],
      [
        "Kenyan Finance Minister Grace Otieno spoke by phone with Brazilian Finance Minister Paulo Costa on Monday about the grain levy.",
        ["Grace", "Otieno", "Paulo", "Costa", "call"],
      ],
    ];
    for (const [text, words] of rows)
      it(`names it ${words.join(" ")}: ${JSON.stringify(text.slice(0, 60))}`, () => {
        const read = analyse(text);
        expect(meetingWith(read, words), JSON.stringify(read.meetings)).toBeDefined();
      });
  });

  describe("an organisation's summit is not named after two who attend it", () => {
    it("keeps the bloc's name", () => {
      const read = analyse(
        "Indonesian President Ana Ruiz and Thai Prime Minister Paul Roy attended the ASEAN summit in Jakarta on Monday.",
      );
      expect(meetingWith(read, ["ASEAN", "summit"])).toBeDefined();
      expect(meetingWith(read, ["Ruiz", "Roy"]), JSON.stringify(read.meetings)).toBeUndefined();
    });
  });

  describe("a head of state named by demonym and title before the call verb calls", () => {
    const lines = (text: string) => analyse(text).lines;
    factTable(
      lines,
      [
        [
          "Kenyan President Amos Kiptoo signed a grain pact with Brazilian President Paulo Costa in May. Weeks after the pact with Costa was signed, the Kenyan president had a phone call with Indian Prime Minister Ravi Menon on Monday.",
          "Amos Kiptoo PARTICIPATED_IN Kiptoo-Menon phone call",
        ],
        [
          "Kenyan President Amos Kiptoo wrote to Brazilian President Paulo Costa last week. Soon after the letter to Costa became known, the Kenyan president held a phone call with Indian Prime Minister Ravi Menon. This was their second such call in ten days.",
          "Ravi Menon PARTICIPATED_IN Kiptoo-Menon phone call",
        ],
      ],
      [
        [
          "Kenyan President Amos Kiptoo signed a grain pact with Brazilian President Paulo Costa in May. Weeks after the pact with Costa was signed, the Kenyan president had a phone call with Indian Prime Minister Ravi Menon on Monday.",
          "Paulo Costa PARTICIPATED_IN Costa-Menon phone call",
        ],
        [
          "Kenyan President Amos Kiptoo toured a tea estate in May. Brazilian President Paulo Costa, who received the Kenyan president in Brasilia last year, held a phone call with Indian Prime Minister Ravi Menon on Monday.",
          "Amos Kiptoo PARTICIPATED_IN Kiptoo-Menon phone call",
        ],
        [
          "Kenyan President Amos Kiptoo wrote to Brazilian President Paulo Costa last week. Soon after the letter to Costa became known, the Kenyan president held a phone call with Indian Prime Minister Ravi Menon. This was their second such call in ten days.",
          "Paulo Costa PARTICIPATED_IN Costa-Menon phone call",
        ],
      ],
    );
  });

  describe("a video call is named so", () => {
    it("names the call a video call", () => {
      const read = analyse(
        "Treasury Secretary Paul Gray held a video call with Kenyan Finance Minister Grace Otieno on Friday.",
      );
      expect(meetingWith(read, ["Gray", "Otieno", "video", "call"]), JSON.stringify(read.meetings)).toBeDefined();
    });
  });

  describe("a head of government named by title right before 'meet' meets", () => {
    const lines = (text: string) => analyse(text).lines;
    factTable(
      lines,
      [
        [
          "Kenya's trade envoy Grace Otieno briefed Prime Minister Amos Kiptoo on Monday. Officials said the prime minister is expected to meet Brazilian Finance Minister Paulo Costa on Friday.",
          "Amos Kiptoo PARTICIPATED_IN Kiptoo-Costa meeting",
        ],
      ],
      [
        [
          "Kenya's trade envoy Grace Otieno briefed Prime Minister Amos Kiptoo on Monday. Otieno said the prime minister's aides will meet Brazilian Finance Minister Paulo Costa on Friday.",
          "Amos Kiptoo PARTICIPATED_IN Kiptoo-Costa meeting",
        ],
      ],
    );
  });

  describe("a passive signing by two people of two states is their signing", () => {
    const lines = (text: string) => analyse(text).lines;
    factTable(
      lines,
      [
        [
          "Kenya and Brazil concluded a grain accord on Tuesday. The pact was signed by Kenyan Trade Minister Grace Otieno and Brazilian Finance Minister Paulo Costa in Mombasa.",
          "Otieno-Costa signing HELD_IN Mombasa",
        ],
        [
          "The grain accord was signed in Mombasa on Tuesday by Kenyan Trade Minister Grace Otieno and Brazilian Finance Minister Paulo Costa.",
          "Paulo Costa PARTICIPATED_IN Otieno-Costa signing",
        ],
      ],
      [
        [
          "The accord was signed by Kenyan Trade Minister Grace Otieno and Brazilian Finance Minister Paulo Costa, officials said.",
          "Paulo Costa PARTICIPATED_IN Otieno-Costa signing",
        ],
        [
          "The accord was signed in Mombasa by Kenyan Trade Minister Grace Otieno and Kenyan Finance Minister Ruth Wanjiru.",
          "Grace Otieno PARTICIPATED_IN Otieno-Wanjiru signing",
        ],
      ],
    );
  });

  describe("'the two officials' of a call are the pair the sentence before names", () => {
    const lines = (text: string) => analyse(text).lines;
    factTable(
      lines,
      [
        [
          "Kenyan Trade Minister Grace Otieno and Brazilian Finance Minister Paulo Costa agreed to keep talking. The Kenyan ministry said the two officials talked over the phone for an hour on Monday.",
          "Grace Otieno PARTICIPATED_IN Otieno-Costa phone call",
        ],
      ],
      [
        [
          "Kenyan Trade Minister Grace Otieno and Kenyan Finance Minister Ruth Wanjiru backed the levy. The ministry said the two ministers talked over the phone on Monday.",
          "Grace Otieno PARTICIPATED_IN Otieno-Wanjiru phone call",
        ],
      ],
    );
  });

  describe("a delegation met is its leader's, its body takes part", () => {
    const lines = (text: string) => analyse(text).lines;
    factTable(
      lines,
      [
        [
          "Kenyan Trade Minister Grace Otieno on Tuesday met with a delegation from the Brazil-Kenya Business Council, led by its chair Paulo Costa, in Nairobi.",
          "Grace Otieno MET_WITH Paulo Costa",
        ],
        [
          "Kenyan Trade Minister Grace Otieno met a delegation of the Nordic Timber Association led by its president Lars Berg in Nairobi on Tuesday.",
          "Nordic Timber Association PARTICIPATED_IN Otieno-Berg meeting",
        ],
      ],
      [
        [
          "Kenyan Trade Minister Grace Otieno met a delegation of the Nordic Timber Association in Nairobi on Tuesday, and Lars Berg led the talks.",
          "Grace Otieno MET_WITH Lars Berg",
        ],
      ],
    );
  });
});
