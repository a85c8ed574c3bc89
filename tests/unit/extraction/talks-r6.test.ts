// Round-6 phrasings of talks for unseen news: what talks yielded ("progress on X", "concessions on
// Y"), the people who accompanied a participant or made up a side's delegation, and "the two sides
// agreed …" naming the two states of the meeting. Sentences written for these tests (not copied
// from any article), with positives and refusals, in other countries' and outlets' styles than the
// development corpus's.

import { describe, expect, it } from "vitest";
import { analyseDocument } from "../../../src/extraction/index.ts";
import { mergeAnalyses } from "../../../src/extraction/stages/08-merge.ts";
import { itGivesFacts } from "../../_helpers/rows.ts";

describe("rules/talks", () => {
  describe("topicsRule (what talks yielded)", () => {
    const positives: [text: string, facts: string[]][] = [
      [
        "Japanese Prime Minister Shigeru Ishiba met Indian Prime Minister Narendra Modi in Tokyo on Friday. Ishiba said the two leaders made progress on semiconductors, lithium and rare earths.",
        ["Ishiba-Modi meeting DISCUSSED semiconductors", "Ishiba-Modi meeting DISCUSSED lithium"],
      ],
      [
        "Indonesian President Prabowo Subianto and Australian Prime Minister Anthony Albanese met in Canberra on Monday. Prabowo offered concessions on nickel and coal in exchange for lower tariffs on beef.",
        ["Prabowo-Albanese meeting DISCUSSED nickel", "Prabowo-Albanese meeting DISCUSSED coal"],
      ],
      [
        'EU Trade Commissioner Maros Sefcovic held a call with Indian Commerce Minister Piyush Goyal on Wednesday. "We made progress on many issues, including steel, cars and wine," Sefcovic said.',
        ["Sefcovic-Goyal phone call DISCUSSED steel", "Sefcovic-Goyal phone call DISCUSSED wine"],
      ],
      [
        "Brazilian President Luiz Inacio Lula da Silva held talks with Chilean President Gabriel Boric in Santiago on Monday. Lula said the two leaders made headway on lithium and copper.",
        ["da Silva-Boric meeting DISCUSSED lithium", "da Silva-Boric meeting DISCUSSED copper"],
      ],
    ];
    itGivesFacts(positives);
    const refusals: [text: string, fact: string][] = [
      // Progress named in a document with no meeting is no meeting's topic.
      [
        "Chile's copper output made progress on lithium and molybdenum recovery, the mining ministry said on Monday.",
        "Chile DISCUSSED lithium",
      ],
      // What follows "said" is another clause, not what the progress was on.
      [
        "Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi on Monday. There was progress on the border, Ruto said, while coffee exports fell.",
        "Ruto-Ahmed meeting DISCUSSED coffee",
      ],
    ];
    itGivesFacts([], refusals);
  });

  describe("companionsRule", () => {
    const positives: [text: string, facts: string[]][] = [
      [
        "Vietnamese Prime Minister Pham Minh Chinh met Indonesian President Prabowo Subianto in Hanoi on Thursday. Pham was accompanied by Trade Minister Nguyen Hong Dien and Foreign Minister Bui Thanh Son.",
        [
          "Nguyen Hong Dien PARTICIPATED_IN Pham-Subianto meeting",
          "Bui Thanh Son PARTICIPATED_IN Pham-Subianto meeting",
        ],
      ],
      [
        "German Chancellor Friedrich Merz met Indian Prime Minister Narendra Modi in New Delhi on Tuesday. The German delegation included Economy Minister Katherina Reiche.",
        ["Katherina Reiche PARTICIPATED_IN Merz-Modi meeting"],
      ],
      [
        "Japanese Prime Minister Shigeru Ishiba met Indian Prime Minister Narendra Modi in Tokyo on Friday. Ishiba was accompanied by Foreign Minister Takeshi Iwaya.",
        ["Takeshi Iwaya PARTICIPATED_IN Ishiba-Modi meeting"],
      ],
    ];
    itGivesFacts(positives);
    const refusals: [text: string, fact: string][] = [
      // A companion of another country is the host who met the guest, not one of the guest's party.
      [
        "Egyptian President Abdel Fattah al-Sisi met Saudi Crown Prince Mohammed bin Salman in Riyadh on Sunday. Sisi was welcomed at the airport, accompanied by Saudi Energy Minister Abdulaziz bin Salman.",
        "Abdulaziz bin Salman PARTICIPATED_IN Sisi-bin Salman meeting",
      ],
      // A principal who took part in no meeting brings no one to one.
      [
        "Chilean Mining Minister Aurora Williams toured the Atacama mine on Friday, accompanied by Deputy Minister Suina Chahuan.",
        "Suina Chahuan PARTICIPATED_IN Atacama",
      ],
    ];
    itGivesFacts([], refusals);
  });

  describe("twoSidesRule", () => {
    const positives: [text: string, facts: string[]][] = [
      [
        "Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi on Monday. Both leaders agreed to expand cross-border trade in coffee and tea.",
        [
          "Kenya PARTICIPATED_IN Ruto-Ahmed meeting",
          "Ethiopia PARTICIPATED_IN Ruto-Ahmed meeting",
          "Kenya NEGOTIATED_WITH Ethiopia",
        ],
      ],
      [
        "Canadian Prime Minister Mark Carney met Chinese President Xi Jinping in Gyeongju on Friday. Both leaders directed their officials to resolve outstanding trade issues between Canada and China.",
        ["Canada NEGOTIATED_WITH China", "Canada PARTICIPATED_IN Carney-Xi meeting"],
      ],
      [
        "Malaysian Prime Minister Anwar Ibrahim met Thai Prime Minister Anutin Charnvirakul in Kuala Lumpur on Thursday. The two sides also signed a memorandum on rubber exports.",
        ["Malaysia NEGOTIATED_WITH Thailand"],
      ],
    ];
    itGivesFacts(positives);
    const refusals: [text: string, fact: string][] = [
      // "between the two countries" is not the clause's subject dealing with the other.
      [
        "South Korean President Lee Jae-myung met Japanese Prime Minister Shigeru Ishiba in Tokyo on Saturday. Trade between the two countries reached a record last year.",
        "South Korea NEGOTIATED_WITH Japan",
      ],
      // The two sides of no dealing verb: "both countries are large producers".
      [
        "Chilean President Gabriel Boric met Peruvian President Dina Boluarte in Lima on Monday. Both countries are large producers of copper.",
        "Chile NEGOTIATED_WITH Peru",
      ],
      // Three states at the meeting: "the two sides" does not say which two.
      [
        "Leaders of Brazil, Argentina and Uruguay met in Montevideo on Friday. The two sides agreed to lower tariffs on beef.",
        "Brazil NEGOTIATED_WITH Argentina",
      ],
    ];
    itGivesFacts([], refusals);
  });
  describe("topicsRule (sides' demands, fronted topics, agenda verbs, a deal's effects)", () => {
    const positives: [text: string, facts: string[]][] = [
      [
        "Japanese and US negotiators held talks in Washington on Monday. Japan is seeking lower tariffs on cars.",
        ["Washington trade talks DISCUSSED cars"],
      ],
      [
        "South African President Cyril Ramaphosa met US President Donald Trump at the White House on Wednesday. Among the topics discussed were platinum and chrome exports.",
        ["Ramaphosa-Trump meeting DISCUSSED platinum", "Ramaphosa-Trump meeting DISCUSSED chrome"],
      ],
      [
        "Japanese and US negotiators held talks in Washington on Monday. The deal would lower tariffs on cars and open Japan's market to US rice.",
        ["Washington trade talks DISCUSSED cars", "Washington trade talks DISCUSSED rice"],
      ],
    ];
    itGivesFacts(positives);
    const refusals: [text: string, fact: string][] = [
      // A firm asking for something is no side of the talks.
      [
        "Japanese and US negotiators held talks in Washington on Monday. Toyota is seeking lower tariffs on cars.",
        "Washington trade talks DISCUSSED cars",
      ],
    ];
    itGivesFacts([], refusals);
  });
});

describe("stages/05-meetings", () => {
  describe("findMeetings (two states' unnamed people met in a place)", () => {
    const positives: [text: string, facts: string[]][] = [
      [
        "Peruvian and Brazilian officials met in Lima on Monday to discuss copper and coffee.",
        ["Peru PARTICIPATED_IN Lima trade talks", "Peru NEGOTIATED_WITH Brazil", "Lima trade talks DISCUSSED copper"],
      ],
      [
        "The ministers of Indonesia and Canada met in Jakarta on Tuesday. They agreed to remove tariffs on palm oil.",
        ["Indonesia PARTICIPATED_IN Jakarta trade talks", "Jakarta trade talks DISCUSSED palm oil"],
      ],
    ];
    itGivesFacts(positives);
    const refusals: [text: string, fact: string][] = [
      // One state's officials meeting at home are no talks between two.
      [
        "Peruvian officials met in Lima on Monday to discuss copper and coffee.",
        "Peru PARTICIPATED_IN Lima trade talks",
      ],
      // Recalled meetings are not the story's talks.
      [
        "Peruvian and Brazilian officials, who first met in Lima in 2019, signed a copper accord on Monday.",
        "Peru NEGOTIATED_WITH Brazil",
      ],
    ];
    itGivesFacts([], refusals);
  });
});

describe("stages/08-merge", () => {
  describe("mergeAnalyses (the same leaders' dated calls)", () => {
    const call = (id: string, text: string, date: string) =>
      analyseDocument({ id, fileName: `${id}.txt`, title: "", date, source: null, authors: [], text });
    const meetings = (analyses: ReturnType<typeof call>[]) =>
      mergeAnalyses(analyses).entities.filter((e) => e.type === "Meeting");

    it("keeps two calls of the same leaders in different months apart", () => {
      const found = meetings([
        call(
          "a",
          "Chilean President Gabriel Boric held a phone call with Japanese Prime Minister Shigeru Ishiba on March 3, 2025.",
          "2025-03-04",
        ),
        call(
          "b",
          "Chilean President Gabriel Boric held a phone call with Japanese Prime Minister Shigeru Ishiba on September 9, 2025.",
          "2025-09-10",
        ),
      ]);
      expect(found.length).toBe(2);
    });

    it("merges the same call reported twice, and an undated mention with the first", () => {
      const found = meetings([
        call(
          "a",
          "Chilean President Gabriel Boric held a phone call with Japanese Prime Minister Shigeru Ishiba on March 3, 2025.",
          "2025-03-04",
        ),
        call(
          "b",
          "Chilean President Gabriel Boric held a phone call with Japanese Prime Minister Shigeru Ishiba on March 3, 2025, officials said.",
          "2025-03-05",
        ),
        call(
          "c",
          "Chilean President Gabriel Boric held a phone call with Japanese Prime Minister Shigeru Ishiba, officials said.",
          null as unknown as string,
        ),
      ]);
      expect(found.length).toBe(1);
    });
  });
});
