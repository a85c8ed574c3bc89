// Meetings on any news article (issue 13): talks, summits, calls, visits and meetings read from
// their nouns and verbs, their places (journeys, venues), parties (dash pairs, "between X and Y",
// "X held talks with Y"), participants (met, attended, hosted, "attended by"), sidelines, and
// back-references ("the meeting", "the call"). Every sentence here is written for these tests (not
// copied from any article): positives and refusals.

import { describe, expect, it } from "vitest";
import { readText, type TextReading } from "../../_helpers/documents.ts";

type Read = TextReading;

const analyse = (text: string): Read => readText(text, { date: "2025-06-12" });

/** The meeting whose name or aliases hold every one of `words` (as the evaluation matches them). */
function meetingWith(read: Read, words: string[]): string | undefined {
  return read.meetings.find((m) => words.every((w) => m.surface.includes(w.toLowerCase())))?.name;
}

describe("stages/05-meetings", () => {
  describe("findMeetings (general phrasings)", () => {
    // [text, words the meeting's names hold, participants, places]
    const positives: [string, string[], string[], string[]][] = [
      [
        "Vietnamese Trade Minister Tran Van Duc will fly to Canberra next week for a third round of talks with Australian Trade Minister Peter Walsh.",
        ["Canberra", "talks"],
        ["Tran Van Duc", "Peter Walsh"],
        ["Canberra"],
      ],
      [
        "Chilean Mining Minister Rosa Alvarez and Japanese Industry Minister Kenji Mori met in Santiago on Monday for two days of talks on copper supplies.",
        ["Santiago", "talks"],
        ["Rosa Alvarez", "Kenji Mori"],
        ["Santiago"],
      ],
      [
        "The EU-Korea summit in Seoul on Tuesday ended with a pledge on battery materials.",
        ["Korea", "summit"],
        ["European Union", "South Korea"],
        ["Seoul"],
      ],
      [
        "Heads of government gathered in Johannesburg on Saturday for the G20 summit. South African President Cyril Ramaphosa, the host, opened the summit with a call for debt relief.",
        ["G20", "summit"],
        ["Cyril Ramaphosa"],
        ["Johannesburg"],
      ],
      [
        "Brazilian President Luiz Inacio Lula da Silva and Chinese President Xi Jinping spoke by phone on Friday about soybean exports.",
        ["call"],
        ["Luiz Inacio Lula da Silva", "Xi Jinping"],
        [],
      ],
      [
        "Canadian Prime Minister Mark Carney spoke with Indian Prime Minister Narendra Modi by telephone on Sunday.",
        ["Carney", "Modi"],
        ["Mark Carney", "Narendra Modi"],
        [],
      ],
      [
        "Kenyan Trade Minister Amina Otieno met British Trade Minister David Morgan in Nairobi on Wednesday.",
        ["Otieno", "Morgan"],
        ["Amina Otieno", "David Morgan"],
        ["Nairobi"],
      ],
      [
        "Indonesian President Prabowo Subianto arrived in Gyeongju on Thursday to attend the APEC summit.",
        ["APEC", "summit"],
        ["Prabowo Subianto"],
        ["Gyeongju"],
      ],
      [
        "The signing ceremony in Jakarta on Tuesday was attended by Indonesian Trade Minister Budi Santoso and Swiss Economy Minister Guy Parmelin.",
        ["Jakarta", "ceremony"],
        ["Budi Santoso", "Guy Parmelin"],
        ["Jakarta"],
      ],
      [
        "President Ana Lopez hosted Ghanaian President John Mensah at the presidential palace in Lima on Thursday.",
        ["Lopez", "Mensah"],
        ["Ana Lopez", "John Mensah"],
        ["Lima"],
      ],
      [
        "Czech Prime Minister Peter Novak will visit Japan next month for an annual summit with Prime Minister Hiro Tanaka.",
        ["Novak", "Tanaka", "summit"],
        ["Peter Novak", "Hiro Tanaka"],
        ["Japan"],
      ],
      ["The first Africa-Nordic Summit took place in Accra on Tuesday.", ["Africa-Nordic", "Summit"], [], ["Accra"]],
      [
        "The leaders of Japan, South Korea and China will hold a trilateral summit in Tokyo next month.",
        ["trilateral", "summit", "Tokyo"],
        ["Japan", "South Korea", "China"],
        ["Tokyo"],
      ],
      [
        "Indian Commerce Secretary Rajesh Kumar will lead a delegation to Washington next week for the next round of trade negotiations.",
        ["Washington", "talks"],
        [],
        ["Washington"],
      ],
      [
        "Czech Prime Minister Peter Novak arrived in Hanoi on Sunday on a two-day official visit.",
        ["Novak", "visit", "Hanoi"],
        ["Peter Novak"],
        ["Hanoi"],
      ],
      [
        "Czech Prime Minister Peter Novak arrived in Hanoi on Sunday on a two-day official visit.",
        ["Novak", "visit", "Vietnam"],
        ["Peter Novak"],
        ["Hanoi"],
      ],
      [
        "Japanese Prime Minister Hiro Tanaka begins a trip to Southeast Asia on Tuesday.",
        ["Tanaka", "trip", "Southeast Asia"],
        ["Hiro Tanaka"],
        ["Southeast Asia"],
      ],
    ];
    it.each(positives)("reads the meeting of %j", (text, words, participants, places) => {
      const read = analyse(text);
      const meeting = meetingWith(read, words);
      expect(meeting, JSON.stringify(read.meetings)).toBeDefined();
      for (const p of participants) expect(read.lines).toContain(`${p} PARTICIPATED_IN ${meeting}`);
      for (const p of places) expect(read.lines).toContain(`${meeting} HELD_IN ${p}`);
    });

    it("files talks named by their parties under the document's placed talks", () => {
      const read = analyse(
        "Peru and Japan opened trade talks in Lima on Monday. The Peru-Japan talks are expected to last three days, said Peruvian Trade Minister Ana Quispe.",
      );
      expect(read.meetings.map((m) => m.name)).toHaveLength(1);
      expect(meetingWith(read, ["Lima", "talks"])).toBeDefined();
    });

    it("keeps the talks a report recalls apart from the talks it reports", () => {
      const read = analyse(
        "Top Mexican and Canadian officials resumed talks on Monday, seeking to extend a truce that followed negotiations in Ottawa in May and Monterrey in June. Economy Minister Rosa Vidal and Trade Minister Paul Roy led the delegations at the Toronto talks, which are expected to last two days. Deputy Minister Lucia Paz also attended.",
      );
      const main = meetingWith(read, ["Toronto", "talks"]);
      expect(main).toBeDefined();
      expect(meetingWith(read, ["Ottawa", "talks"])).toBeDefined();
      expect(meetingWith(read, ["Monterrey", "talks"])).toBeDefined();
      for (const p of ["Rosa Vidal", "Paul Roy", "Lucia Paz"]) {
        expect(read.lines).toContain(`${p} PARTICIPATED_IN ${main}`);
        expect(read.lines.filter((l) => l.startsWith(`${p} PARTICIPATED_IN`) && !l.endsWith(main!))).toEqual([]);
      }
    });

    it("places the lead's talks in the dateline's city", () => {
      const read = analyse(
        "OSLO, Norway (AP) — Negotiators from Norway and Vietnam opened a fresh round of trade talks on Wednesday.",
      );
      const talks = meetingWith(read, ["Oslo", "talks"]);
      expect(talks).toBeDefined();
      expect(read.lines).toContain(`${talks} HELD_IN Oslo`);
    });

    it("makes two leaders who sign a framework meet, in the dateline's city, with those who attended", () => {
      const read = analyse(
        "OTTAWA (Reuters) - Canadian Prime Minister Paul Roy and Chilean President Ana Vidal signed a critical minerals framework on Monday. Trade Minister Lucia Paz also attended the meeting.",
      );
      const meeting = meetingWith(read, ["Roy", "Vidal"]);
      expect(meeting).toBeDefined();
      expect(read.lines).toContain(`${meeting} HELD_IN Ottawa`);
      expect(read.lines).toContain(`Lucia Paz PARTICIPATED_IN ${meeting}`);
    });

    it("does not place a planned leaders' meeting in the dateline's city", () => {
      const read = analyse(
        "OTTAWA (Reuters) - Canadian Prime Minister Paul Roy said he would meet Chilean President Ana Vidal soon.",
      );
      expect(read.lines.filter((l) => l.endsWith("HELD_IN Ottawa"))).toEqual([]);
    });

    it("finds the two leaders of a call in the next sentence", () => {
      const read = analyse(
        "The two leaders held a phone call on Monday, officials said. French President Paul Martin and Kenyan President Joseph Kamau discussed coffee exports.",
      );
      const call = meetingWith(read, ["Martin", "Kamau", "call"]);
      expect(call).toBeDefined();
      expect(read.lines).toContain(`Paul Martin PARTICIPATED_IN ${call}`);
    });

    // Round 25b: the studied gold files no meeting for talks named only by their two states, held
    // nowhere and with no one at them, dated or not (rules/sides-only-talks.ts).
    it("gives talks named only by their parties, nowhere and with no one at them, no meeting", () => {
      const read = analyse("Talks between Egypt and the European Union on gas supplies resumed on Monday.");
      expect(meetingWith(read, ["Egypt", "European Union", "talks"])).toBeUndefined();
    });

    it("puts a meeting held on the sidelines of a summit named earlier as part of it", () => {
      const read = analyse(
        "Leaders arrived in Lima on Thursday for the APEC summit. On the sidelines of the summit, Chilean President Gabriel Boric held talks with Japanese Prime Minister Fumio Kato.",
      );
      const summit = meetingWith(read, ["APEC", "summit"]);
      const talks = meetingWith(read, ["Boric", "Kato"]);
      expect(talks).toBeDefined();
      expect(read.lines).toContain(`${talks} PART_OF ${summit}`);
      expect(read.lines).toContain(`Gabriel Boric PARTICIPATED_IN ${talks}`);
    });

    it("puts a meeting at a fronted summit ('At the G20 summit in X, A met B') as part of it", () => {
      const read = analyse(
        "At the G20 summit in Rome, Chinese Premier Li Qiang met Chilean President Gabriel Boric and discussed copper trade.",
      );
      const summit = meetingWith(read, ["G20", "summit"]);
      const meeting = meetingWith(read, ["Li", "Boric"]);
      expect(meeting).toBeDefined();
      expect(read.lines).toContain(`${meeting} PART_OF ${summit}`);
      expect(read.lines).toContain(`${meeting} HELD_IN Rome`);
    });

    const speakers: [string, string][] = [
      [
        "Talks between Chile and Japan opened in Santiago on Monday. Chilean Mining Minister Rosa Alvarez told reporters after the talks that progress had been made.",
        "Rosa Alvarez",
      ],
      [
        "Talks between Chile and Japan opened in Santiago on Monday. After the talks, Japanese Industry Minister Kenji Mori said the sides were close.",
        "Kenji Mori",
      ],
      [
        "Talks between Chile and Japan opened in Santiago on Monday. Industry Minister Kenji Mori led the Japanese delegation at the talks.",
        "Kenji Mori",
      ],
    ];
    it.each(speakers)("places the person speaking from or leading at the talks in %j", (text, person) => {
      const read = analyse(text);
      const talks = meetingWith(read, ["Santiago", "talks"]);
      expect(read.lines).toContain(`${person} PARTICIPATED_IN ${talks}`);
    });

    it("names a venue of talks held in a city as part of the city, not as other talks", () => {
      const read = analyse(
        "Norwegian and Korean negotiators met in Oslo on Monday for two days of talks on shipping. The talks at Akershus Fortress ended on Tuesday.",
      );
      const talks = meetingWith(read, ["Oslo", "talks"]);
      expect(talks).toBeDefined();
      expect(read.meetings).toHaveLength(1);
      expect(read.lines).toContain(`${talks} HELD_IN Akershus Fortress`);
    });
  });

  describe("findMeetings (refusals)", () => {
    const refusals: [string, string][] = [
      // An analyst commenting on talks is not at them.
      [
        'Analysts said the Geneva talks were unlikely to end the dispute. "This is a pause," said Mark Lowe, an economist at Lowe Capital.',
        "Mark Lowe",
      ],
      // A person named as a topic after "talks with officials about".
      [
        "Talks in Oslo went on late. Minister Ken Sato held talks with officials about the case of activist Lena Berg.",
        "Lena Berg",
      ],
      // A leader who declined to attend.
      [
        "The G20 summit opened in Rome on Saturday. Argentine President Javier Milei did not attend the summit.",
        "Javier Milei",
      ],
    ];
    it.each(refusals)("places nobody wrongly in %j", (text, person) => {
      const read = analyse(text);
      expect(read.lines.filter((l) => l.startsWith(`${person} PARTICIPATED_IN`))).toEqual([]);
    });

    it("refuses a speaker who only says something of the talks", () => {
      const read = analyse(
        "Talks between Chile and Japan opened in Santiago on Monday. Economist Mark Lowe said the talks were unlikely to succeed.",
      );
      expect(read.lines.filter((l) => l.startsWith("Mark Lowe PARTICIPATED_IN"))).toEqual([]);
    });

    it("makes no meeting of an ongoing dialogue between two leaders", () => {
      const read = analyse(
        "Both nations continue negotiations amid an ongoing economic dialogue between PM Modi and President Trump.",
      );
      expect(read.meetings).toEqual([]);
    });

    it("makes no meeting of two officials of one country who met", () => {
      const read = analyse(
        "U.S. Treasury Secretary Scott Bessent met U.S. Trade Representative Jamieson Greer in Washington on Monday.",
      );
      expect(read.meetings).toEqual([]);
    });

    it("makes no meeting of a company's call with analysts nor of results that met expectations", () => {
      const read = analyse(
        "Shares of Nordmin rose 4% on Monday after quarterly output met guidance. Chief executive Anna Berg held a call with analysts. The board met in Perth last week to approve the expansion.",
      );
      expect(read.meetings).toEqual([]);
    });

    it("makes no call of people who spoke to reporters", () => {
      const read = analyse(
        "Japanese Trade Minister Yoji Muto spoke to reporters in Tokyo after a meeting with industry leaders.",
      );
      expect(read.meetings.filter((m) => m.name.includes("call"))).toEqual([]);
    });

    it("makes no meeting of a press conference", () => {
      const read = analyse("Trade Minister Anna Berg spoke at a press conference in Stockholm on Monday.");
      expect(read.meetings).toEqual([]);
    });

    it("does not read 'met reporters' or 'met expectations' as a meeting", () => {
      const read = analyse(
        "French Finance Minister Jean Dupont met reporters in Paris on Monday. Sales met expectations.",
      );
      expect(read.meetings).toEqual([]);
    });
  });
});
