// Round-4 phrasings of talks for unseen news, whatever meetings the meeting stage finds: where a
// meeting took place ("took place at X", "will be held in X", "X, the venue for the summit", "his
// discussion with Y in the Oval Office", a meeting on a summit's sidelines), "the two sides" of a
// meeting as its participants, and officials of a bloc acting as a state. Sentences written for
// these tests (not copied from any article), with positives and refusals, in other countries' and
// outlets' styles than the development corpus's. Meetings are checked by what they relate to, not
// by their names (the meeting stage names them).

import { describe, expect, it } from "vitest";
import { readText } from "../../_helpers/documents.ts";

/** The relations of `text` as "source PREDICATE target", and the meetings' names. */
function read(text: string): { lines: string[]; meetings: string[] } {
  const { lines, meetings } = readText(text, { date: "2025-06-12" });
  return { lines, meetings: meetings.map((m) => m.name) };
}

/** True when some meeting of `text` is related to `target` by `predicate` (as source when `from`). */
function meetingRelated(text: string, predicate: string, other: string, from: "meeting" | "other"): boolean {
  const { lines, meetings } = read(text);
  return meetings.some((m) =>
    lines.includes(from === "meeting" ? `${m} ${predicate} ${other}` : `${other} ${predicate} ${m}`),
  );
}

describe("rules/delegations", () => {
  describe("heldInCountryRule (venues)", () => {
    const positives: [text: string, place: string][] = [
      // "took place" with an adverbial before the venue.
      [
        "Indonesian Trade Minister Budi Santoso and Australian Trade Minister Don Farrell held talks on nickel in Jakarta on Tuesday. The talks took place over two days at the Merdeka Palace, officials said.",
        "Merdeka Palace",
      ],
      // A relative clause: "which will take place in".
      [
        "Chilean President Gabriel Boric will meet Japanese Prime Minister Fumio Kishida next week. The summit, which will take place in Osaka, is expected to focus on copper supplies.",
        "Osaka",
      ],
      // A passive "were held at X in Y": the venue and its city.
      [
        "EU Trade Commissioner Maros Sefcovic and Indian Commerce Minister Piyush Goyal resumed negotiations on Monday. The negotiations were held at Vanijya Bhawan in New Delhi.",
        "New Delhi",
      ],
      // "X, the venue for the summit".
      [
        "Congolese President Felix Tshisekedi and Rwandan President Paul Kagame signed a cobalt pact on Friday. Tshisekedi greeted guests at the Palais du Peuple, the venue for the summit, before the ceremony.",
        "Palais du Peuple",
      ],
      // "her discussion with Y in the Oval Office": an event noun, its "with" phrase, the venue.
      [
        "Mexican Economy Minister Marcelo Vega met President Donald Trump at the White House on Tuesday. Officials said her discussion with Trump in the Oval Office focused on steel tariffs.",
        "Oval Office",
      ],
    ];
    it.each(positives)("reads %j → held in %s", (text, place) => {
      expect(meetingRelated(text, "HELD_IN", place, "meeting")).toBe(true);
    });
    const refusals: [text: string, place: string][] = [
      // No meeting: "took place in" of something else places nothing.
      [
        "Zambian Mines Minister Paul Kabuswe said output had stalled. Production took place in Kitwe at record levels, the minister said.",
        "Kitwe",
      ],
      // Talks in Lima are not held where a later summit will be.
      [
        "Peruvian Trade Minister Ursula Vega and Chilean Trade Minister Tomas Roca held talks in Lima on Monday. The negotiators are also laying the groundwork for a regional summit in Brazil.",
        "Lima trade talks HELD_IN Brazil",
      ],
      // "press conference in X" is not the talks' venue.
      [
        "Kenyan Trade Minister Rebecca Miano and Indian Commerce Minister Piyush Goyal held talks on Monday. Miano later spoke at a news conference in Mombasa.",
        "Mombasa",
      ],
    ];
    it.each(refusals)("refuses %j → %s", (text, place) => {
      if (place.includes(" HELD_IN ")) expect(read(text).lines).not.toContain(place);
      else expect(meetingRelated(text, "HELD_IN", place, "meeting")).toBe(false);
    });
  });

  describe("delegationSidesRule (a host among a group's gathering)", () => {
    const text =
      "G7 finance ministers met in Ottawa on Tuesday to discuss critical minerals, Canada said. German Finance Minister Lars Klingbeil attended the meeting.";
    it("places the visitor's state and the host at the gathering", () => {
      expect(meetingRelated(text, "PARTICIPATED_IN", "Germany", "other")).toBe(true);
      expect(meetingRelated(text, "PARTICIPATED_IN", "Canada", "other")).toBe(true);
    });
    it("refuses a negotiation between the host and one visitor of a group's meeting", () => {
      const { lines } = read(text);
      expect(lines).not.toContain("Canada NEGOTIATED_WITH Germany");
      expect(lines).not.toContain("Germany NEGOTIATED_WITH Canada");
    });
  });

  describe("officialRepresentsRule (officials of a bloc acting as a state)", () => {
    const text =
      "EU Trade Commissioner Valdis Dombrovskis said on Tuesday the bloc would press China, Japan and South Korea on rare earth exports in talks next month. ASEAN Secretary-General Kao Kim Hourn said members of the bloc would watch closely.";
    it("reads a commissioner of the European Union as speaking for it", () => {
      expect(read(text).lines).toContain("Valdis Dombrovskis REPRESENTS European Union");
    });
    it("refuses a bloc's secretary-general (the head of its secretariat)", () => {
      expect(read(text).lines).toContain("Kao Kim Hourn HOLDS_POSITION ASEAN");
      expect(read(text).lines).not.toContain("Kao Kim Hourn REPRESENTS ASEAN");
    });
  });
});

describe("rules/talks", () => {
  describe("talkParticipantsRule (the two sides of any meeting)", () => {
    const positives: [text: string, state: string][] = [
      // A leaders' meeting (not talks): "the two sides agreed".
      [
        "Japanese Prime Minister Shigeru Ishiba met Indonesian President Prabowo Subianto in Jakarta on Saturday. The two sides agreed to expand nickel processing.",
        "Japan",
      ],
      [
        "Japanese Prime Minister Shigeru Ishiba met Indonesian President Prabowo Subianto in Jakarta on Saturday. The two sides agreed to expand nickel processing.",
        "Indonesia",
      ],
      // A hosted visit: "both governments pledged".
      [
        "Kenyan President William Ruto hosted Chinese Premier Li Qiang in Nairobi on Friday. Both governments pledged to expand cobalt trade, according to a joint statement.",
        "Kenya",
      ],
      [
        "Kenyan President William Ruto hosted Chinese Premier Li Qiang in Nairobi on Friday. Both governments pledged to expand cobalt trade, according to a joint statement.",
        "China",
      ],
    ];
    it.each(positives)("reads %j → %s took part", (text, state) => {
      expect(meetingRelated(text, "PARTICIPATED_IN", state, "other")).toBe(true);
    });
    const refusals: [text: string, state: string][] = [
      // "tariffs on both countries": the two countries are not a subject.
      [
        "Vietnamese Prime Minister Pham Minh Chinh met Australian Prime Minister Anthony Albanese in Hanoi on Monday. Analysts expect new tariffs on both countries next year.",
        "Vietnam",
      ],
      // A phone call is between its two leaders.
      [
        "South African President Cyril Ramaphosa spoke with German Chancellor Friedrich Merz by phone on Wednesday. Both countries want closer cooperation on platinum, officials said after the call.",
        "Germany",
      ],
      // A third state among the meeting's participants: no pair.
      [
        "Brazilian President Luiz Inacio Lula da Silva met Indian Prime Minister Narendra Modi and South African President Cyril Ramaphosa in Brasilia on Monday. The two sides agreed to cooperate on lithium.",
        "Brazil",
      ],
    ];
    it.each(refusals)("refuses %j → %s", (text, state) => {
      expect(meetingRelated(text, "PARTICIPATED_IN", state, "other")).toBe(false);
    });
  });

  describe("talkParticipantsRule (speakers at a meeting)", () => {
    const positives: [text: string, person: string][] = [
      [
        "Speaking at the G20 summit in Johannesburg on Saturday, South African President Cyril Ramaphosa said Africa must process more of its minerals.",
        "Cyril Ramaphosa",
      ],
      [
        "Addressing the APEC summit in Lima, Japanese Prime Minister Shigeru Ishiba called for open trade in critical minerals.",
        "Shigeru Ishiba",
      ],
    ];
    it.each(positives)("reads %j → %s took part", (text, person) => {
      expect(meetingRelated(text, "PARTICIPATED_IN", person, "other")).toBe(true);
    });
    const refusals: [text: string, person: string][] = [
      // "said at a news conference that the summit …": the speaker speaks of the summit.
      [
        "South African President Cyril Ramaphosa said at a news conference on Monday that the G20 summit in Johannesburg would focus on minerals.",
        "Cyril Ramaphosa",
      ],
      // "Speaking to reporters before the summit": not at it.
      [
        "Speaking to reporters before the summit in Brasilia, Brazilian Foreign Minister Mauro Vieira said the talks would focus on lithium.",
        "Mauro Vieira",
      ],
    ];
    it.each(refusals)("refuses %j → %s", (text, person) => {
      expect(meetingRelated(text, "PARTICIPATED_IN", person, "other")).toBe(false);
    });
  });

  describe("topicsRule (one participant pressing another at the sentence's meeting)", () => {
    const text =
      "European Council President Antonio Costa pressed Chinese Premier Li Qiang on rare earth supplies during a bilateral meeting in Kuala Lumpur on Sunday.";
    it("reads the two as having met, at that meeting", () => {
      const { lines } = read(text);
      expect(
        lines.includes("Antonio Costa MET_WITH Li Qiang") || lines.includes("Li Qiang MET_WITH Antonio Costa"),
      ).toBe(true);
      expect(meetingRelated(text, "PARTICIPATED_IN", "Li Qiang", "other")).toBe(true);
    });
    it("refuses 'told reporters at the summit' as a meeting of two", () => {
      const { lines } = read(
        "Indian Prime Minister Narendra Modi held a summit in New Delhi on Friday. Modi told reporters at the summit that India would cut tariffs on cotton.",
      );
      expect(lines.filter((l) => l.includes(" MET_WITH "))).toEqual([]);
    });
  });

  describe("talkParticipantsRule (the states of a gathering's delegates)", () => {
    const positives: [text: string, state: string][] = [
      [
        "African energy ministers opened a summit in Addis Ababa on Monday. The energy ministers of Kenya, Ethiopia and Egypt agreed to build a regional power pool.",
        "Ethiopia",
      ],
      [
        "Zambia hosted a critical minerals summit in Lusaka on Wednesday. President Hakainde Hichilema told attendees, who included delegations from Angola, Namibia and Botswana, that copper refining must stay in Africa.",
        "Namibia",
      ],
    ];
    it.each(positives)("reads %j → %s took part", (text, state) => {
      expect(meetingRelated(text, "PARTICIPATED_IN", state, "other")).toBe(true);
    });
    const refusals: [text: string, state: string][] = [
      // The leaders of two countries in a sentence about something else.
      [
        "South Korean President Lee Jae Myung met Japanese Prime Minister Shigeru Ishiba in Tokyo on Saturday. Analysts said the leaders of Korea and Japan have long disagreed over history.",
        "South Korea",
      ],
      // "steel from Korea and Japan": no delegates.
      [
        "South Korean President Lee Jae Myung met Japanese Prime Minister Shigeru Ishiba in Tokyo on Saturday. Tariffs on steel from Korea and Japan were not discussed at the meeting, officials from Seoul said.",
        "Japan",
      ],
    ];
    it.each(refusals)("refuses %j → %s", (text, state) => {
      expect(meetingRelated(text, "PARTICIPATED_IN", state, "other")).toBe(false);
    });
  });

  describe("talkParticipantsRule (a speaker's deal with the other side)", () => {
    const positives: [text: string, a: string, b: string][] = [
      [
        "Japan and the United States have traded proposals for months. Japanese Prime Minister Shigeru Ishiba said the deal with Washington would lower tariffs on Japanese cars.",
        "Japan",
        "United States",
      ],
      [
        "Chile exports most of its copper to China. Chilean Mining Minister Aurora Williams noted that the agreement with Beijing covers lithium and copper.",
        "Chile",
        "China",
      ],
    ];
    it.each(positives)("reads %j → %s negotiated with %s", (text, a, b) => {
      const { lines } = read(text);
      expect(lines.includes(`${a} NEGOTIATED_WITH ${b}`) || lines.includes(`${b} NEGOTIATED_WITH ${a}`)).toBe(true);
    });
    it("refuses an analyst's words on the deal (no side of theirs)", () => {
      const { lines } = read(
        "Japan and the United States have traded proposals for months. Analyst Mary Lovely said the deal with Washington would lower tariffs on Japanese cars.",
      );
      expect(lines.filter((l) => l.includes(" NEGOTIATED_WITH "))).toEqual([]);
    });
  });

  describe("topicsRule (worries a meeting met amid; what one participant put to another)", () => {
    const positives: [text: string, topic: string][] = [
      [
        "Finance ministers of the G20 met in Cape Town on Thursday amid growing concern over Chinese export controls on gallium and germanium.",
        "germanium",
      ],
      [
        "Australian Prime Minister Anthony Albanese met Indian Prime Minister Narendra Modi in New Delhi on Monday. Albanese pressed Modi to lower duties on Australian lithium and coal, officials said.",
        "lithium",
      ],
      [
        "Japanese Prime Minister Shigeru Ishiba held talks with Chilean President Gabriel Boric in Tokyo on Monday. During the meeting, Ishiba told Boric that Japan wanted long-term supplies of copper.",
        "copper",
      ],
    ];
    it.each(positives)("reads %j → discussed %s", (text, topic) => {
      expect(meetingRelated(text, "DISCUSSED", topic, "meeting")).toBe(true);
    });
    const refusals: [text: string, topic: string][] = [
      // "told reporters": no other participant, nothing put on the table.
      [
        "Japanese Prime Minister Shigeru Ishiba held talks with Chilean President Gabriel Boric in Tokyo on Monday. Ishiba told reporters that copper prices would stay high.",
        "copper",
      ],
      // A worry in a sentence that names no meeting.
      [
        "Trade ministers from Peru and Chile held talks in Lima on Monday. Separately, copper prices fell amid worries over Chinese demand for copper.",
        "copper",
      ],
    ];
    it.each(refusals)("refuses %j → %s", (text, topic) => {
      expect(meetingRelated(text, "DISCUSSED", topic, "meeting")).toBe(false);
    });
  });
});
