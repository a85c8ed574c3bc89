// Meetings, round 9 of issue 13: participants and places of an event read from general mechanisms
// (the people a participant is joined by, the city of talks placed in a country). Every sentence
// here is written for these tests (not copied from any article): positives and refusals.

import { describe, expect, it } from "vitest";
import { meetingWith, readText, type TextReading } from "../../_helpers/documents.ts";

const analyse = (text: string): TextReading => readText(text, { date: "2025-06-12" });

describe("stages/05-meetings", () => {
  describe("companions (the people a participant is joined by)", () => {
    // [text, words the meeting's names hold, the companions]
    const rows: [string, string[], string[]][] = [
      [
        "Indonesian and Japanese officials held two days of talks in Jakarta on nickel supply. Japanese Trade Minister Yoji Muto led the Japanese side and was joined by Deputy Minister Kenji Sato and Vice Minister Haruka Mori.",
        ["Jakarta", "talks"],
        ["Kenji Sato", "Haruka Mori"],
      ],
      [
        "Chilean Finance Minister Mario Marcel is due to meet with Korean Trade Minister Ahn Duk-geun on Monday, and is to be joined by Mining Minister Aurora Williams.",
        ["Marcel", "Ahn"],
        ["Aurora Williams"],
      ],
      [
        "Australian Prime Minister Anthony Albanese, accompanied by Foreign Minister Penny Wong and Trade Minister Don Farrell, met Indian Prime Minister Narendra Modi in New Delhi on Tuesday.",
        ["Albanese", "Modi"],
        ["Penny Wong", "Don Farrell"],
      ],
      [
        "Indonesian and Japanese officials held two days of talks in Jakarta on nickel supply. Japanese Trade Minister Yoji Muto led the Japanese side and was flanked by Deputy Minister Kenji Sato.",
        ["Jakarta", "talks"],
        ["Kenji Sato"],
      ],
      [
        "Chilean Finance Minister Mario Marcel met Korean Trade Minister Ahn Duk-geun in Seoul on Monday along with Mining Minister Aurora Williams.",
        ["Marcel", "Ahn"],
        ["Aurora Williams"],
      ],
    ];
    it.each(rows)("puts the companions of %j at the meeting", (text, words, people) => {
      const read = analyse(text);
      const name = meetingWith(read, words);
      expect(name, JSON.stringify(read.meetings)).toBeDefined();
      for (const p of people) expect(read.lines, JSON.stringify(read.lines)).toContain(`${p} PARTICIPATED_IN ${name}`);
    });

    it("does not put a companion at a meeting when the company is denied", () => {
      const read = analyse(
        "Chilean Finance Minister Mario Marcel met Korean Trade Minister Ahn Duk-geun in Seoul on Monday, but was not joined by Mining Minister Aurora Williams.",
      );
      expect(read.lines.some((l) => l.startsWith("Aurora Williams PARTICIPATED_IN"))).toBe(false);
    });

    it("does not reach a person named after a verb past the companions", () => {
      const read = analyse(
        "Chilean Finance Minister Mario Marcel met Korean Trade Minister Ahn Duk-geun in Seoul on Monday and was joined by his deputy, while Mining Minister Aurora Williams stayed in Santiago.",
      );
      expect(read.lines.some((l) => l.startsWith("Aurora Williams PARTICIPATED_IN"))).toBe(false);
    });

    it("gives nothing when no one before the cue takes part in a meeting", () => {
      const read = analyse(
        "Mining Minister Aurora Williams toured the Atacama salt flats on Monday and was joined by Economy Minister Nicolas Grau.",
      );
      expect(read.lines.some((l) => l.startsWith("Nicolas Grau PARTICIPATED_IN"))).toBe(false);
    });
  });

  describe("findTalks (talks placed in a country named after its one city)", () => {
    const rows: [string, string][] = [
      [
        "Peruvian and Japanese negotiators ended three days of talks in Japan on Friday. Peru's Trade Minister Ursula Desilu told reporters in Tokyo that copper was the main topic.",
        "Tokyo",
      ],
      [
        "Officials from Zambia and the European Union wrapped up two days of negotiations in Zambia on Thursday. The delegations met at a hotel in Lusaka, a spokesperson said.",
        "Lusaka",
      ],
    ];
    it.each(rows)("holds the talks of %j in the city too", (text, city) => {
      const read = analyse(text);
      const name = meetingWith(read, [city]);
      expect(name, JSON.stringify(read.meetings)).toBeDefined();
      expect(read.lines, JSON.stringify(read.lines)).toContain(`${name} HELD_IN ${city}`);
    });

    it("holds them in no city when the document names two of that country", () => {
      const read = analyse(
        "Peruvian and Japanese negotiators ended three days of talks in Japan on Friday. Peru's Trade Minister Ursula Desilu told reporters in Tokyo that copper was the main topic, before flying to Osaka.",
      );
      expect(
        read.lines.filter((l) => / HELD_IN (Tokyo|Osaka)$/.test(l)),
        JSON.stringify(read.lines),
      ).toEqual([]);
    });
  });

  describe("placeAfter (a city named through its country's possessive)", () => {
    const rows: [string, string][] = [
      ["Trade ministers from Vietnam and Brazil held talks in Japan's capital, Tokyo, on Monday.", "Tokyo"],
      [
        "The leaders of the African Union and the EU opened a two-day summit in Ethiopia's capital Addis Ababa on Wednesday.",
        "Addis Ababa",
      ],
      [
        "Ministers of the Mercosur bloc gathered for a conference in Brazil's southern city of Porto Alegre.",
        "Porto Alegre",
      ],
    ];
    it.each(rows)("holds the event of %j in the city", (text, city) => {
      const read = analyse(text);
      const name = meetingWith(read, [city]);
      expect(name, JSON.stringify(read.meetings)).toBeDefined();
      expect(read.lines, JSON.stringify(read.lines)).toContain(`${name} HELD_IN ${city}`);
    });

    it("keeps a recalled summit in another city apart from the reported one", () => {
      const read = analyse(
        "The inaugural summit in Malaysia's capital Kuala Lumpur opened on Tuesday. The two blocs held their first ministerial summit in Riyadh in 2023.",
      );
      const here = meetingWith(read, ["Kuala", "Lumpur"]);
      expect(here, JSON.stringify(read.meetings)).toBeDefined();
      expect(read.lines, JSON.stringify(read.lines)).not.toContain(`${here} HELD_IN Riyadh`);
    });

    it("reads no city past a word that is no settlement noun", () => {
      const read = analyse(
        "Ministers held a conference in Brazil's largest economic hub as Sao Paulo officials watched.",
      );
      expect(
        read.lines.some((l) => / HELD_IN Sao Paulo$/.test(l)),
        JSON.stringify(read.lines),
      ).toBe(false);
    });
  });

  describe("findLeadersMeeting / findJointDeal (the place past the pair, a date or the agreement's title)", () => {
    // [text, words the meeting's names hold, places]
    const rows: [string, string[], string[]][] = [
      [
        "Beijing cut its duties on canola after the meeting between Canadian Prime Minister Mark Carney and Chinese President Xi Jinping on Oct. 31 in Gyeongju.",
        ["Carney", "Xi"],
        ["Gyeongju"],
      ],
      [
        "Markets rallied after the summit between Indian Prime Minister Narendra Modi and US President Donald Trump last Thursday in Washington.",
        ["Modi", "Trump"],
        ["Washington"],
      ],
      [
        "President Luiz Inacio Lula da Silva and Chinese President Xi Jinping signed the 'Brazil-China Framework for Sustainable Development and the Supply of Critical Minerals' at the Alvorada Palace in Brasilia on Wednesday.",
        ["Silva", "Xi"],
        ["Alvorada Palace", "Brasilia"],
      ],
    ];
    it.each(rows)("places the leaders' meeting of %j", (text, words, places) => {
      const read = analyse(text);
      const name = meetingWith(read, words);
      expect(name, JSON.stringify(read.meetings)).toBeDefined();
      for (const p of places) expect(read.lines, JSON.stringify(read.lines)).toContain(`${name} HELD_IN ${p}`);
    });

    it("does not read a place past a verb after the pair", () => {
      const read = analyse(
        "A tense meeting between Prime Minister Mark Carney and US President Donald Trump on Tuesday resulted in Canada-US Trade Minister Dominic LeBlanc promising a steel deal.",
      );
      expect(
        read.lines.some((l) => / HELD_IN Canada$/.test(l)),
        JSON.stringify(read.lines),
      ).toBe(false);
    });
  });

  describe("findSigningReference ('at the signing in X': the two leaders' signing)", () => {
    // [text, city, person at the signing]
    const rows: [string, string, string][] = [
      [
        "President Gabriel Boric and Indian Prime Minister Narendra Modi signed a lithium supply agreement on Tuesday. Chilean Mining Minister Aurora Williams said at the signing in Santiago that exports would double.",
        "Santiago",
        "Aurora Williams",
      ],
      [
        "Prime Minister Anthony Albanese and Japanese Prime Minister Shigeru Ishiba signed a critical minerals pact on Friday. Speaking at the signing in Tokyo, Resources Minister Madeleine King said the pact would open new markets.",
        "Tokyo",
        "Madeleine King",
      ],
    ];
    it.each(rows)("places the leaders' signing of %j and puts the speaker there", (text, city, person) => {
      const read = analyse(text);
      const name = meetingWith(read, ["signing", city]);
      expect(name, JSON.stringify(read.meetings)).toBeDefined();
      expect(read.lines, JSON.stringify(read.lines)).toContain(`${name} HELD_IN ${city}`);
      expect(read.lines, JSON.stringify(read.lines)).toContain(`${person} PARTICIPATED_IN ${name}`);
    });

    it("joins no signing when the document names two leaders' signings", () => {
      const read = analyse(
        "President Gabriel Boric and Indian Prime Minister Narendra Modi signed a lithium supply agreement on Tuesday. President Gabriel Boric and Japanese Prime Minister Shigeru Ishiba signed a copper pact on Friday. Chilean Mining Minister Aurora Williams said at the signing in Santiago that exports would double.",
      );
      expect(
        read.lines.some((l) => / HELD_IN Santiago$/.test(l)),
        JSON.stringify(read.lines),
      ).toBe(false);
    });

    it("reads no signing where no two leaders signed", () => {
      const read = analyse(
        "Chile's copper agency reported record output on Tuesday. Mining Minister Aurora Williams said at the signing in Santiago that exports would double.",
      );
      expect(
        read.lines.some((l) => / HELD_IN Santiago$/.test(l)),
        JSON.stringify(read.lines),
      ).toBe(false);
    });
  });

  describe("frontedCallPair ('Following a phone call, X said … Y')", () => {
    // [text, the two on the call]
    const rows: [string, [string, string]][] = [
      [
        "Following a warm telephone conversation, Narendra Modi said he looked forward to welcoming Anthony Albanese to New Delhi later this year.",
        ["Modi", "Albanese"],
      ],
      [
        "After a brief phone call, Luiz Inacio Lula da Silva said Emmanuel Macron had agreed to back the Mercosur deal.",
        ["Silva", "Macron"],
      ],
      [
        "Following a video call on Monday, Prime Minister Christopher Luxon said President Prabowo Subianto would visit Wellington in June.",
        ["Luxon", "Subianto"],
      ],
    ];
    it.each(rows)("files the call of %j", (text, [a, b]) => {
      const read = analyse(text);
      const name = meetingWith(read, [a, b, "call"]);
      expect(name, JSON.stringify(read.meetings)).toBeDefined();
    });

    it("files no call between a leader and a minister", () => {
      const read = analyse(
        "Following a phone call on Monday, Prime Minister Christopher Luxon said Trade Minister Todd McClay would travel to Jakarta.",
      );
      expect(meetingWith(read, ["Luxon", "McClay"]), JSON.stringify(read.meetings)).toBeUndefined();
    });

    it("files no call when a third person is named", () => {
      const read = analyse(
        "After a phone call, Luiz Inacio Lula da Silva said Emmanuel Macron and German Chancellor Friedrich Merz had agreed to back the Mercosur deal.",
      );
      expect(
        read.meetings.filter((m) => m.surface.includes("call")),
        JSON.stringify(read.meetings),
      ).toEqual([]);
    });

    it("files no call between two leaders of one state", () => {
      const read = analyse(
        "Following a phone call, Indian President Droupadi Murmu said Indian Prime Minister Narendra Modi would travel to Tokyo.",
      );
      expect(meetingWith(read, ["Murmu", "Modi"]), JSON.stringify(read.meetings)).toBeUndefined();
    });
  });

  describe("findWelcomeVisit ('X looks forward to welcoming Y to Z': Y's visit, X its host)", () => {
    // [text, visitor, host, destination]
    const rows: [string, string, string, string][] = [
      [
        "Prime Minister Narendra Modi said he looked forward to welcoming Prime Minister Anthony Albanese to India later this year.",
        "Anthony Albanese",
        "Narendra Modi",
        "India",
      ],
      [
        "Japanese Prime Minister Shigeru Ishiba will welcome Chilean President Gabriel Boric to Tokyo in November for talks on copper.",
        "Gabriel Boric",
        "Shigeru Ishiba",
        "Tokyo",
      ],
      [
        "Kenyan President William Ruto said Nairobi was ready to welcome German Chancellor Friedrich Merz to Kenya next spring.",
        "Friedrich Merz",
        "William Ruto",
        "Kenya",
      ],
    ];
    it.each(rows)("files the visit of %j", (text, visitor, host, dest) => {
      const read = analyse(text);
      const name = meetingWith(read, ["visit", dest]);
      expect(name, JSON.stringify(read.meetings)).toBeDefined();
      expect(read.lines, JSON.stringify(read.lines)).toContain(`${visitor} PARTICIPATED_IN ${name}`);
      expect(read.lines, JSON.stringify(read.lines)).toContain(`${host} PARTICIPATED_IN ${name}`);
      expect(read.lines, JSON.stringify(read.lines)).toContain(`${name} HELD_IN ${dest}`);
    });

    it("files no visit of a guest going home", () => {
      const read = analyse(
        "Chilean President Gabriel Boric said Chile would welcome Chilean Finance Minister Mario Marcel back to Chile after the talks.",
      );
      expect(meetingWith(read, ["visit", "Chile"]), JSON.stringify(read.meetings)).toBeUndefined();
    });

    it("files no visit when what is welcomed is no person", () => {
      const read = analyse(
        "Japanese Prime Minister Shigeru Ishiba said he would welcome new investment to Japan from Chilean President Gabriel Boric's government.",
      );
      expect(
        read.meetings.filter((m) => m.surface.includes("visit")),
        JSON.stringify(read.meetings),
      ).toEqual([]);
    });
  });

  describe("backReferences ('X was in attendance.': the event the sentence before names last)", () => {
    const rows: [string, string[], string][] = [
      [
        "Indian Prime Minister Narendra Modi met Japanese Prime Minister Shigeru Ishiba in Tokyo on Friday. Modi later skipped the Quad foreign ministers' meeting in Tokyo on Saturday. Indian Foreign Minister Subrahmanyam Jaishankar was in attendance.",
        ["meeting", "Tokyo"],
        "Subrahmanyam Jaishankar",
      ],
      [
        "Chilean President Gabriel Boric met Argentine President Javier Milei in Santiago on Monday. The next day a mining conference in Valparaiso opened. Chilean Mining Minister Aurora Williams and Argentine Economy Minister Luis Caputo were in attendance.",
        ["conference", "Valparaiso"],
        "Luis Caputo",
      ],
    ];
    it.each(rows)("puts the attendee of %j at that event", (text, words, person) => {
      const read = analyse(text);
      const name = meetingWith(read, words);
      expect(name, JSON.stringify(read.meetings)).toBeDefined();
      expect(read.lines, JSON.stringify(read.lines)).toContain(`${person} PARTICIPATED_IN ${name}`);
    });

    it("puts no one there who was not in attendance", () => {
      const read = analyse(
        "Chilean President Gabriel Boric met Argentine President Javier Milei in Santiago on Monday. The next day a mining conference in Valparaiso opened. Argentine Economy Minister Luis Caputo was not in attendance.",
      );
      expect(
        read.lines.some((l) => l.startsWith("Luis Caputo PARTICIPATED_IN")),
        JSON.stringify(read.lines),
      ).toBe(false);
    });
  });

  describe("travellersTour ('X landed in Y to begin his tour of the region')", () => {
    const rows: [string, string, string][] = [
      [
        "Japanese Prime Minister Shigeru Ishiba landed in Hanoi on Sunday to begin his first tour of the region since taking office.",
        "Ishiba",
        "Hanoi",
      ],
      [
        "German Chancellor Friedrich Merz arrived in Brasilia on Monday for his tour of South America, with lithium high on the agenda.",
        "Merz",
        "South America",
      ],
      ["Indian Prime Minister Narendra Modi began his tour of Ghana with talks on gold and cocoa.", "Modi", "Ghana"],
    ];
    it.each(rows)("files the tour of %j", (text, who, place) => {
      const read = analyse(text);
      const name = meetingWith(read, [who, "tour"]);
      expect(name, JSON.stringify(read.meetings)).toBeDefined();
      expect(read.lines, JSON.stringify(read.lines)).toContain(`${name} HELD_IN ${place}`);
    });

    it("files no tour of a factory with no journey", () => {
      const read = analyse(
        "Indian Prime Minister Narendra Modi said his tour of the plant showed how far chipmaking had come.",
      );
      expect(meetingWith(read, ["Modi", "tour"]), JSON.stringify(read.meetings)).toBeUndefined();
    });
  });

  describe("findLeadersMeeting (an encounter between two leaders, placed)", () => {
    const rows: [string, [string, string], string][] = [
      [
        "Markets fell after a heated exchange between French President Emmanuel Macron and Brazilian President Luiz Inacio Lula da Silva at the Elysee Palace on Tuesday.",
        ["Macron", "Silva"],
        "Elysee Palace",
      ],
      [
        "The talks stalled after a public spat between Indian Prime Minister Narendra Modi and US President Donald Trump in Ottawa on June 17.",
        ["Modi", "Trump"],
        "Ottawa",
      ],
    ];
    it.each(rows)("files the meeting of %j", (text, [a, b], place) => {
      const read = analyse(text);
      const name = meetingWith(read, [a, b]);
      expect(name, JSON.stringify(read.meetings)).toBeDefined();
      expect(read.lines, JSON.stringify(read.lines)).toContain(`${name} HELD_IN ${place}`);
    });

    it("files no meeting for a row the text places nowhere", () => {
      const read = analyse(
        "The row between French President Emmanuel Macron and US President Donald Trump over digital taxes deepened on Tuesday.",
      );
      expect(meetingWith(read, ["Macron", "Trump"]), JSON.stringify(read.meetings)).toBeUndefined();
    });

    it("files no meeting for a clash between two ministers of one state", () => {
      const read = analyse(
        "A clash between French Finance Minister Eric Lombard and French Economy Minister Marc Ferracci in Paris on Monday delayed the budget.",
      );
      expect(meetingWith(read, ["Lombard", "Ferracci"]), JSON.stringify(read.meetings)).toBeUndefined();
    });
  });
});
