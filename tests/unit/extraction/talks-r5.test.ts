// Round-5 phrasings of talks for unseen news: two signatories "on behalf of X and Y, respectively",
// leaders who witnessed a signing together, and "engagements with Y" after a main clause. Sentences
// written for these tests (not copied from any article), with positives and refusals, in other
// countries' and outlets' styles than the development corpus's.

import { describe, expect, it } from "vitest";
import { givesFact, readText } from "../../_helpers/documents.ts";
import { itGivesFacts } from "../../_helpers/rows.ts";

const has = givesFact;

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
    itGivesFacts(positives);
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
    itGivesFacts([], refusals);
  });

  describe("REPRESENTS (heads of state represent no one)", () => {
    const refusals: [text: string, fact: string][] = [
      // A head of state's "counterpart" is a head of state too.
      [
        "Meanwhile, Japanese Prime Minister Shigeru Ishiba and his Indonesian counterpart Prabowo Subianto held talks in Jakarta earlier this month.",
        "Prabowo Subianto REPRESENTS Indonesia",
      ],
      [
        "Brazilian President Luiz Inacio Lula da Silva and his Chilean counterpart Gabriel Boric held talks on lithium in Santiago on Monday.",
        "Gabriel Boric REPRESENTS Chile",
      ],
      // A ruling party's General Secretary leads the state.
      [
        "Vietnamese General Secretary To Lam held talks with Chinese Premier Li Qiang in Hanoi on trade in rare earths.",
        "To Lam REPRESENTS Vietnam",
      ],
    ];
    itGivesFacts([], refusals);
    it("keeps a minister's counterpart as an official of their state", () => {
      expect(
        has(
          "Japanese Trade Minister Yoji Muto and his Indonesian counterpart Budi Santoso held talks in Jakarta on nickel.",
          "Budi Santoso REPRESENTS Indonesia",
        ),
      ).toBe(true);
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
    itGivesFacts([], refusals);
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
    itGivesFacts(positives);
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
    itGivesFacts([], refusals);
  });
});

/** Whether some meeting of `text` has the relation "<meeting> PREDICATE other" (or the reverse when `from` is "other"). */
function meetingHas(text: string, predicate: string, other: string, from: "meeting" | "other" = "meeting"): boolean {
  const { lines, meetings } = readText(text, { date: "2025-06-12" });
  return meetings.some((m) =>
    lines.includes(from === "meeting" ? `${m.name} ${predicate} ${other}` : `${other} ${predicate} ${m.name}`),
  );
}

describe("rules/talks", () => {
  describe("topicsRule (talks on a gerund's object)", () => {
    const positives: [text: string, topic: string][] = [
      [
        "Indonesian and Australian negotiators held talks in Jakarta on Monday. The talks about lowering duties on nickel lasted two days.",
        "nickel",
      ],
      [
        "Chilean and Japanese officials held talks in Santiago on Tuesday. The discussions on securing copper supplies went on late into the night.",
        "copper",
      ],
      [
        "Trade negotiators from Kenya and India opened talks in Nairobi on Monday. Negotiations over expanding exports of tea are expected to take two weeks.",
        "tea",
      ],
    ];
    it.each(positives)("reads %j → %s", (text, topic) => {
      expect(meetingHas(text, "DISCUSSED", topic)).toBe(true);
    });
  });

  describe("partOfRule (a place and its country in brackets)", () => {
    const positives: [text: string, facts: string[]][] = [
      [
        "Delegations from the United States and China met in Madrid (Spain) on Monday to resume their trade talks.",
        ["Madrid PART_OF Spain"],
      ],
      [
        "Zambian and Congolese mining officials held talks in Lusaka (Zambia) on cobalt exports.",
        ["Lusaka PART_OF Zambia"],
      ],
      [
        "Australian Trade Minister Don Farrell will travel to Osaka (Japan) next week for talks on lithium.",
        ["Osaka PART_OF Japan"],
      ],
    ];
    itGivesFacts(positives);
    // Round 28: the seeds' gold gives a meeting in "City, Country" the city alone.
    it("places the talks in the city only, not its bracketed country", () => {
      expect(
        meetingHas(
          "Delegations from the United States and China met in Madrid (Spain) on Monday to resume their trade talks.",
          "HELD_IN",
          "Spain",
        ),
      ).toBe(false);
    });
    it("refuses a bracketed country the gazetteer puts elsewhere", () => {
      expect(has("Officials met in Lusaka (Kenya) on Monday, the ministry said.", "Lusaka PART_OF Kenya")).toBe(false);
    });
  });

  describe("topicsRule ('the two leaders' discussed: their meeting, not later talks)", () => {
    const rows: [text: string, meetingWord: string, topic: string][] = [
      [
        "Chilean President Gabriel Boric and Japanese Prime Minister Shigeru Ishiba met in Tokyo on Monday. The two leaders discussed copper and lithium supplies. Trade officials of both countries will hold talks in Santiago next month to draft the agreement.",
        "Boric",
        "copper",
      ],
      [
        "Indonesian President Prabowo Subianto held a summit with Australian Prime Minister Anthony Albanese in Sydney on Friday. Both leaders discussed nickel processing. Negotiators will resume trade talks in Jakarta in March.",
        "Subianto",
        "nickel",
      ],
      [
        "Kenyan President William Ruto spoke by phone with Indian Prime Minister Narendra Modi on Tuesday. The leaders discussed tea exports, officials said. Trade talks between the two countries open in Nairobi next week.",
        "Ruto",
        "tea",
      ],
    ];
    it.each(rows)("reads %j → the leaders' meeting (%s) discussed %s", (text, meetingWord, topic) => {
      const { lines, meetings } = readText(text, { date: "2025-06-12" });
      const owners = meetings.filter((m) => lines.includes(`${m.name} DISCUSSED ${topic}`)).map((m) => m.name);
      expect(owners.length).toBeGreaterThan(0);
      expect(owners.every((name) => name.includes(meetingWord))).toBe(true);
    });
    it("keeps 'the negotiators discussed' with the talks", () => {
      const text =
        "Chilean President Gabriel Boric and Japanese Prime Minister Shigeru Ishiba met in Tokyo on Monday. Trade officials of both countries then held talks in Santiago on Friday. The negotiators discussed copper tariffs at the talks.";
      const { lines, meetings } = readText(text, { date: "2025-06-12" });
      const owners = meetings.filter((m) => lines.includes(`${m.name} DISCUSSED copper`)).map((m) => m.name);
      expect(owners.some((name) => name.includes("Santiago"))).toBe(true);
    });
  });

  describe("talkParticipantsRule and dealSides (one side, no deal)", () => {
    const refusals: [text: string, fact: string][] = [
      // A delegation's member is on its head's side, whatever their nationality.
      [
        "Trade talks between Peru and Brazil opened in Lima on Monday. Peruvian Trade Minister Ursula Vega's team at the talks includes Chilean economist Carlos Ortega.",
        "Ursula Vega NEGOTIATED_WITH Carlos Ortega",
      ],
      [
        "Trade talks between Peru and Brazil opened in Lima on Monday. Peruvian Trade Minister Ursula Vega's team at the talks includes Chilean economist Carlos Ortega.",
        "Chile NEGOTIATED_WITH Peru",
      ],
      [
        "Trade talks between Peru and Chile opened in Lima on Monday. Peruvian Trade Minister Ursula Vega, accompanied by Spanish-born adviser Carlos Ortega, attended the talks.",
        "Ursula Vega NEGOTIATED_WITH Carlos Ortega",
      ],
      // "without a trade agreement with X": no deal, no sides.
      [
        "Mexican lawmakers approved higher tariffs on goods from China and other countries without a trade agreement with Mexico.",
        "China NEGOTIATED_WITH Mexico",
      ],
      [
        "Kenya and countries with no trade deal with India face the new duties from July, the ministry said.",
        "Kenya NEGOTIATED_WITH India",
      ],
    ];
    itGivesFacts([], refusals);
    it.each([
      [
        "Pakistan and the United States (US) have signed a memorandum of understanding (MoU) worth $500 million on critical minerals.",
        "Pakistan NEGOTIATED_WITH United States",
      ],
      [
        "Zambia and the Democratic Republic of Congo signed a memorandum on a battery precursor plant on Friday.",
        "Zambia NEGOTIATED_WITH DR Congo",
      ],
      [
        "Chile and the European Union (EU) signed two agreements on lithium and hydrogen in Santiago.",
        "Chile NEGOTIATED_WITH European Union",
      ],
    ])("reads the two sides of a signed memorandum or agreements in %j", (text, fact) => {
      expect(has(text, fact)).toBe(true);
    });
    it("keeps two heads of opposing delegations named at the talks", () => {
      expect(
        has(
          "Trade talks between Peru and Chile opened in Lima on Monday. Peruvian Trade Minister Ursula Vega and Chilean Trade Minister Tomas Roca led the talks.",
          "Ursula Vega NEGOTIATED_WITH Tomas Roca",
        ),
      ).toBe(true);
    });
    it("keeps a deal with another state", () => {
      expect(
        has(
          "Mexican lawmakers said China and Mexico were close to a trade agreement on steel.",
          "China NEGOTIATED_WITH Mexico",
        ),
      ).toBe(true);
    });
  });

  describe("discussedRule (uses of a topic are not topics)", () => {
    const refusals: [text: string, topic: string][] = [
      [
        "Chinese and US officials held talks in Geneva on Monday. The negotiations focused on export controls and rare earth minerals critical for technologies like electric vehicles and smartphones.",
        "smartphones",
      ],
      [
        "Japanese and Indian negotiators met in Tokyo on Friday. The talks covered lithium, which is crucial to devices such as laptops.",
        "laptops",
      ],
      [
        "Australian and Korean ministers held talks in Seoul. The talks addressed cobalt supplies needed for applications like batteries.",
        "batteries",
      ],
    ];
    it.each(refusals)("refuses %j → %s", (text, topic) => {
      expect(meetingHas(text, "DISCUSSED", topic)).toBe(false);
    });
    it("keeps the topic itself before the use", () => {
      expect(
        meetingHas(
          "Chinese and US officials held talks in Geneva on Monday. The negotiations focused on export controls and rare earth minerals critical for technologies like electric vehicles.",
          "DISCUSSED",
          "rare earths",
        ),
      ).toBe(true);
    });
  });

  describe("talkParticipantsRule (delegates and attendees)", () => {
    it("does not give the main summit the states of a meeting 'between the leaders of X and Y'", () => {
      const text =
        "Australian Prime Minister Anthony Albanese wrapped up his visit to the ASEAN summit in Kuala Lumpur on Monday. He avoided questions on the pact, following a warm meeting between the leaders of Australia and Japan.";
      // That meeting is one of its own (05-meetings), Japan at it; the summit does not get Japan.
      const { lines } = readText(text, { date: "2025-06-12" });
      expect(lines).toContain("Japan PARTICIPATED_IN Australia-Japan leaders' meeting");
      expect(lines).not.toContain("Japan PARTICIPATED_IN ASEAN Summit");
    });
    const positives: [text: string, person: string][] = [
      [
        "G20 trade ministers met in Cape Town on Thursday. Supply chains are fragile, Indian Commerce Minister Piyush Goyal told attendees, which included representatives of Brazil and Mexico.",
        "Piyush Goyal",
      ],
      [
        "ASEAN economic ministers gathered in Manila on Friday for their annual meeting. Philippine Trade Secretary Cristina Roque addressed delegates on the digital economy agreement.",
        "Cristina Roque",
      ],
      [
        "Energy ministers of the Quad met in Canberra on Monday. Australian Resources Minister Madeleine King said critical minerals mattered, and she urged participants to invest in processing.",
        "Madeleine King",
      ],
    ];
    it.each(positives)("reads %j → %s took part", (text, person) => {
      expect(meetingHas(text, "PARTICIPATED_IN", person, "other")).toBe(true);
    });
    it.each([
      [
        "Foreign ministers of the Quad met in Washington on Tuesday. “Supply chains are fragile,” Japanese Foreign Minister Takeshi Iwaya, Australian Foreign Minister Penny Wong and Indian External Affairs Minister Subrahmanyam Jaishankar said in a joint statement.",
        "Penny Wong",
      ],
      [
        "Trade ministers of Chile and Peru held talks in Lima on Monday. Chilean Trade Minister Tomas Roca and Peruvian Trade Minister Ursula Vega issued a joint declaration on copper.",
        "Ursula Vega",
      ],
      [
        "Indonesian and Australian ministers held talks on nickel in Jakarta on Friday. Afterwards Indonesian Trade Minister Budi Santoso and Australian Trade Minister Don Farrell released a joint communique.",
        "Don Farrell",
      ],
    ])("reads the signatories of a joint statement as participants in %j", (text, person) => {
      expect(meetingHas(text, "PARTICIPATED_IN", person, "other")).toBe(true);
    });
    it("refuses a joint statement of one state's officials", () => {
      const text =
        "Trade ministers of Chile and Peru held talks in Lima on Monday. In Santiago, Chilean Finance Minister Mario Marcel and Chilean Mining Minister Aurora Williams issued a joint statement on royalties.";
      expect(meetingHas(text, "PARTICIPATED_IN", "Mario Marcel", "other")).toBe(false);
    });
    it("refuses a speaker who told reporters, not attendees", () => {
      const text =
        "G20 trade ministers met in Cape Town on Thursday. In New Delhi, Indian Foreign Secretary Vikram Misri told reporters that supply chains were fragile.";
      expect(meetingHas(text, "PARTICIPATED_IN", "Vikram Misri", "other")).toBe(false);
    });
  });
});
