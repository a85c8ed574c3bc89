// Meetings, round 8 of issue 13: the document event model's coreference and sides. "The meeting in
// X" is the document's one leaders' meeting only when that meeting was named before it (a summit of
// two leaders named later, as a prospect, is another event); a capital where two visiting sides met
// is a neutral venue, its country no side of the talks.
// Every sentence here is written for these tests (not copied from any article): positives and
// refusals.

import { describe, expect, it } from "vitest";
import { meetingWith, readText, type TextReading } from "../../_helpers/documents.ts";

const analyse = (text: string): TextReading => readText(text, { date: "2025-06-12" });

describe("stages/05-meetings", () => {
  describe("findPlacedEvent (the document's one leaders' meeting, named before)", () => {
    const later: [string, string, string[]][] = [
      [
        "Trade ministers Anna Keller and Ravi Menon met in Vienna on Monday. The meeting in Vienna was the third in two months. Analysts expect more from a meeting between German Chancellor Friedrich Merz and Indian Prime Minister Narendra Modi in the autumn.",
        "Vienna",
        ["Merz", "Modi"],
      ],
      [
        "Negotiators resumed work on the draft accord. The summit in Brasilia covered beef quotas and ethanol. A later summit between President Luiz Inacio Lula da Silva and President Javier Milei could settle the rest.",
        "Brasilia",
        ["Silva", "Milei"],
      ],
    ];
    it.each(later)("does not place a leaders' meeting named later at the earlier %#", (text, place, words) => {
      const read = analyse(text);
      const name = meetingWith(read, words);
      expect(name, JSON.stringify(read.meetings)).toBeDefined();
      expect(read.lines, JSON.stringify(read.lines)).not.toContain(`${name} HELD_IN ${place}`);
    });

    const before: [string, string, string[]][] = [
      [
        "A summit between President Gabriel Boric and President Javier Milei opened on Tuesday. The summit in Santiago lasted two hours.",
        "Santiago",
        ["Boric", "Milei"],
      ],
      [
        "A meeting between Prime Minister Anthony Albanese and Prime Minister Christopher Luxon took place on Friday. The meeting in Auckland ended with a joint statement.",
        "Auckland",
        ["Albanese", "Luxon"],
      ],
    ];
    it.each(before)("places the leaders' meeting named before at %#", (text, place, words) => {
      const read = analyse(text);
      const name = meetingWith(read, words);
      expect(name, JSON.stringify(read.meetings)).toBeDefined();
      expect(read.lines, JSON.stringify(read.lines)).toContain(`${name} HELD_IN ${place}`);
    });
  });

  describe("findMet (who met whom: the clause's two sides face to face)", () => {
    const rows: [string, [string, string]][] = [
      [
        "The pact came after leaders Lee Jae-myung and Shigeru Ishiba met on Tuesday in Tokyo and agreed to cut duties.",
        ["Lee Jae-myung", "Shigeru Ishiba"],
      ],
      [
        "A cobalt accord was signed in Kinshasa as EU chief Ursula Brandt and President Felix Tshisekedi met ahead of a regional summit.",
        ["Ursula Brandt", "Felix Tshisekedi"],
      ],
      [
        "Chancellor Friedrich Merz welcomed Indian Prime Minister Narendra Modi to Berlin for the signing of a hydrogen pact.",
        ["Friedrich Merz", "Narendra Modi"],
      ],
    ];
    it.each(rows)("files MET_WITH for %j", (text, [a, b]) => {
      const read = analyse(text);
      expect(read.lines, JSON.stringify(read.lines)).toContain(`${a} MET_WITH ${b}`);
    });

    it("does not pair two people of one side who met", () => {
      const read = analyse(
        "Chinese Vice Premier He Lifeng and Chinese Commerce Minister Wang Wentao met on Monday in Beijing before the talks.",
      );
      expect(
        read.lines.filter((l) => l.includes("MET_WITH")),
        JSON.stringify(read.lines),
      ).toEqual([]);
    });
  });

  describe("signers (who signed the document's signing took part in it)", () => {
    const rows: [string, string[]][] = [
      [
        "The lithium accord was signed on Friday by Chilean Mining Minister Aurora Williams, Bolivian Energy Minister Franklin Molina and Argentine official Flavia Royon. The signing ceremony in Santiago lasted an hour.",
        ["Aurora Williams", "Franklin Molina", "Flavia Royon"],
      ],
      [
        "Kazakh and French officials signed a uranium deal on Monday. The signing ceremony in Astana drew reporters. The pact was signed by Kazakh Energy Minister Almasadam Satkaliyev and Orano chief Claude Imauven.",
        ["Almasadam Satkaliyev", "Claude Imauven"],
      ],
      [
        "Trade chiefs Anna Keller and Ravi Menon signed, on behalf of their two governments, the long-delayed customs protocol. The signing ceremony in Geneva was brief.",
        ["Anna Keller", "Ravi Menon"],
      ],
    ];
    it.each(rows)("puts the signers of %j at the signing", (text, people) => {
      const read = analyse(text);
      const name = read.meetings.find((m) => /signing/.test(m.name))?.name;
      expect(name, JSON.stringify(read.meetings)).toBeDefined();
      for (const p of people) expect(read.lines, JSON.stringify(read.lines)).toContain(`${p} PARTICIPATED_IN ${name}`);
    });

    it("does not put a person who signed something else at the signing", () => {
      const read = analyse(
        "Kenyan Trade Minister Lee Kinyanjui said the deal would be signed later. The signing ceremony in Nairobi was delayed. Critics said President William Ruto had signed too many pacts.",
      );
      expect(
        read.lines.filter((l) => l.startsWith("William Ruto PARTICIPATED_IN")),
        JSON.stringify(read.lines),
      ).toEqual([]);
    });

    it("does not read a signing's agents past the clause", () => {
      const read = analyse(
        "The charter was signed in Lisbon by Portuguese Economy Minister Manuel Castro. The signing ceremony in Lisbon followed talks with Spanish Minister Carlos Cuerpo, who later flew home.",
      );
      expect(
        read.lines.filter((l) => l.startsWith("Carlos Cuerpo PARTICIPATED_IN")),
        JSON.stringify(read.lines),
      ).toEqual([]);
    });
  });

  describe("visitPlaces (a visitor's unplaced meeting is held where the visit went)", () => {
    const rows: [string, string[], string][] = [
      [
        "Indian Commerce Minister Piyush Goyal concluded his visit to Canberra on Friday. Goyal began the visit with a meeting with Australian Trade Minister Don Farrell on wine tariffs.",
        ["Goyal", "Farrell"],
        "Canberra",
      ],
      [
        "Japanese trade envoy Ryosei Akazawa arrived for a visit to Ottawa on Monday. Akazawa held talks with Canadian Trade Minister Maninder Sidhu on canola.",
        ["Japan", "Canada"],
        "Ottawa",
      ],
    ];
    it.each(rows)("places the meeting of %j", (text, words, city) => {
      const read = analyse(text);
      const name = meetingWith(read, words);
      expect(name, JSON.stringify(read.meetings)).toBeDefined();
      expect(read.lines, JSON.stringify(read.lines)).toContain(`${name} HELD_IN ${city}`);
    });

    it("places nothing by a visit still to come", () => {
      const read = analyse(
        "Japanese trade envoy Ryosei Akazawa will visit Ottawa next week. On Monday, Akazawa held talks with Canadian Trade Minister Maninder Sidhu on canola.",
      );
      const name = meetingWith(read, ["Japan", "Canada"]);
      expect(read.lines, JSON.stringify(read.lines)).not.toContain(`${name} HELD_IN Ottawa`);
    });

    it("places no phone call", () => {
      const read = analyse(
        "Indian Commerce Minister Piyush Goyal concluded his visit to Canberra on Friday. Goyal also spoke by phone with New Zealand Trade Minister Todd McClay.",
      );
      expect(
        read.lines.filter((l) => /call HELD_IN/.test(l)),
        JSON.stringify(read.lines),
      ).toEqual([]);
    });
  });

  describe("isCallNoun (a call someone was in)", () => {
    const rows: [string, [string, string]][] = [
      [
        "Chinese President Xi Jinping told French President Emmanuel Macron in a call on Friday that tariffs hurt both sides.",
        ["Xi Jinping", "Emmanuel Macron"],
      ],
      [
        "During Thursday's call, Japanese Prime Minister Sanae Takaichi and South Korean President Lee Jae-myung agreed to meet soon.",
        ["Sanae Takaichi", "Lee Jae-myung"],
      ],
      [
        "Following the call, Brazilian President Luiz Inacio Lula da Silva said Chinese President Xi Jinping backed the plan.",
        ["Luiz Inacio Lula da Silva", "Xi Jinping"],
      ],
    ];
    it.each(rows)("files the call of %j", (text, [a, b]) => {
      const read = analyse(text);
      const name = read.meetings.find((m) => /call/.test(m.name))?.name;
      expect(name, JSON.stringify(read.meetings)).toBeDefined();
      expect(read.lines, JSON.stringify(read.lines)).toContain(`${a} PARTICIPATED_IN ${name}`);
      expect(read.lines, JSON.stringify(read.lines)).toContain(`${b} PARTICIPATED_IN ${name}`);
    });

    it("does not read an appeal as a call", () => {
      const read = analyse(
        "Chinese President Xi Jinping joined French President Emmanuel Macron in a call for calm over tariffs on Friday.",
      );
      expect(
        read.meetings.filter((m) => /call/.test(m.name)),
        JSON.stringify(read.meetings),
      ).toEqual([]);
    });
  });

  describe("findMet (a meal hosted for a guest; a visitor received by a host)", () => {
    const rows: [string, [string, string]][] = [
      [
        "Indonesian President Prabowo Subianto hosted a state dinner for Chinese Premier Li Qiang at the Merdeka Palace in Jakarta.",
        ["Prabowo Subianto", "Li Qiang"],
      ],
      [
        "Spanish Prime Minister Pedro Sanchez hosts a working lunch in honour of Mexican President Claudia Sheinbaum in Madrid on Tuesday.",
        ["Pedro Sanchez", "Claudia Sheinbaum"],
      ],
      [
        "Kenyan President William Ruto was received by Chinese President Xi Jinping in Beijing on Friday.",
        ["William Ruto", "Xi Jinping"],
      ],
    ];
    it.each(rows)("files the meeting of %j", (text, [a, b]) => {
      const read = analyse(text);
      expect(read.lines, JSON.stringify(read.lines)).toContain(`${a} MET_WITH ${b}`);
    });

    it("does not read a meal hosted for a crowd as a meeting", () => {
      const read = analyse(
        "Indonesian President Prabowo Subianto hosted a state dinner for visiting investors in Jakarta, Chinese Premier Li Qiang said later.",
      );
      expect(
        read.lines.filter((l) => l.includes("MET_WITH")),
        JSON.stringify(read.lines),
      ).toEqual([]);
    });
  });

  describe("headlineLeaders (the lead's bare \"The summit\" is the headline pair's)", () => {
    it("files the meeting of the headline's two people", () => {
      const read = analyse(
        "Ruto and Xi agree to build a railway\n\nKenyan President William Ruto said both sides would share the cost. The summit began at 10 a.m. at the Great Hall of the People in Beijing and lasted two hours. Chinese President Xi Jinping called it a new start.",
      );
      const name = meetingWith(read, ["Ruto", "Xi"]);
      expect(name, JSON.stringify(read.meetings)).toBeDefined();
      expect(read.lines, JSON.stringify(read.lines)).toContain(`Xi Jinping PARTICIPATED_IN ${name}`);
    });

    it("does not pair two people of one country", () => {
      const read = analyse(
        "Ruto and Mudavadi agree to cut beef tariffs\n\nKenyan President William Ruto said the government would cut duties. The meeting began at 10 a.m. in Brasilia. Kenyan Foreign Minister Musalia Mudavadi called it a new start.",
      );
      expect(meetingWith(read, ["Ruto", "Mudavadi"]), JSON.stringify(read.meetings)).toBeUndefined();
    });

    it("does not take a summit the text named before for the headline pair's", () => {
      const read = analyse(
        "Ruto and Xi agree to build a railway\n\nLeaders met at the African Union summit in Addis Ababa on Friday. The summit closed with a joint statement. Kenyan President William Ruto and Chinese President Xi Jinping spoke to reporters.",
      );
      expect(meetingWith(read, ["Ruto", "Xi"]), JSON.stringify(read.meetings)).toBeUndefined();
    });
  });

  describe("surname (a generational suffix is no surname)", () => {
    it('names the meeting after the family name, not after "Jr."', () => {
      const read = analyse(
        "Philippine President Ferdinand Marcos Jr. held a bilateral meeting with Vietnamese Prime Minister Pham Minh Chinh in Hanoi on Tuesday.",
      );
      expect(meetingWith(read, ["Marcos", "Pham"]), JSON.stringify(read.meetings)).toBeDefined();
      expect(
        read.meetings.some((m) => /\bJr\./.test(m.name)),
        JSON.stringify(read.meetings),
      ).toBe(false);
    });
  });
});

describe("rules/delegations", () => {
  describe("hostSides (a capital as a neutral venue)", () => {
    const neutral: [string, string][] = [
      [
        "US Trade Representative Jamieson Greer met Indian Commerce Minister Piyush Goyal in London on Monday. The meeting in London focused on tariffs.",
        "United Kingdom",
      ],
      [
        "Japanese trade envoy Ryosei Akazawa met South Korean Trade Minister Yeo Han-koo at a meeting in Paris to discuss steel.",
        "France",
      ],
      [
        "Chilean Finance Minister Mario Marcel met Peruvian Economy Minister Raul Perez in Madrid. The meeting in Madrid dealt with copper.",
        "Spain",
      ],
    ];
    it.each(neutral)("gives no side to the host country of %j", (text, host) => {
      const read = analyse(text);
      expect(
        read.lines
          .filter((l) => l.startsWith(`${host} `) || l.endsWith(` ${host}`))
          .filter((l) => /PARTICIPATED_IN|NEGOTIATED_WITH/.test(l)),
        JSON.stringify(read.lines),
      ).toEqual([]);
    });

    it("keeps the host as a side when one visitor met the host's leaders", () => {
      const read = analyse(
        "EU trade chief Maria Lindqvist said on Friday that ties with China were tense, as she wrapped up a summit in Beijing.",
      );
      expect(read.lines, JSON.stringify(read.lines)).toContain(
        `China PARTICIPATED_IN ${meetingWith(read, ["Beijing"])}`,
      );
    });
  });
});
