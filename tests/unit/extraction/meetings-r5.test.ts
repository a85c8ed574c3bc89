// Meetings, round 5 of issue 13: meeting RECALL from the clause around the event: a person met
// past an appositive title ("met with the President of the Republic of X, Y"), "X meets Y", a
// summit "with" a guest whose host is the sentence's subject, "the two leaders spoke by phone",
// "he said he would meet Y", the invitee (not the inviter) of "X's invitation to visit Y"; and the
// document's main event: a leaders' meeting the lead reports, not talks named later or as planned.
// Every sentence here is written for these tests (not copied from any article): positives and
// refusals.

import { describe, expect, it } from "vitest";
import { meetingWith, readText, type TextReading } from "../../_helpers/documents.ts";
import { itFilesMeetings, type MeetingRow } from "../../_helpers/rows.ts";

const analyse = (text: string): TextReading => readText(text, { date: "2025-06-12" });

describe("stages/05-meetings", () => {
  describe("findMet (the person met past an appositive title)", () => {
    // [text, words the meeting's names hold, the two people]
    const rows: MeetingRow[] = [
      [
        "Today, the Prime Minister, Anthony Albanese, met with the President of the French Republic, Emmanuel Macron, in Paris.",
        ["Albanese", "Macron"],
        ["Anthony Albanese", "Emmanuel Macron"],
      ],
      [
        "Chancellor Friedrich Merz met the President of the Federative Republic of Brazil, Luiz Inacio Lula da Silva, on Monday.",
        ["Merz", "Silva"],
        ["Friedrich Merz", "Luiz Inacio Lula da Silva"],
      ],
      [
        "President Emmanuel Macron meets Japanese Prime Minister Shigeru Ishiba in Paris to discuss rare earths.",
        ["Macron", "Ishiba"],
        ["Emmanuel Macron", "Shigeru Ishiba"],
      ],
    ];
    itFilesMeetings(rows, analyse);

    it("does not reach past a verb to a person named later", () => {
      const read = analyse(
        "President Emmanuel Macron met the press in Paris after the vote, and Prime Minister Shigeru Ishiba later spoke to reporters.",
      );
      expect(meetingWith(read, ["Macron", "Ishiba"]), JSON.stringify(read.meetings)).toBeUndefined();
    });

    it("does not read a requirement that meets a standard as a meeting", () => {
      const read = analyse(
        "President Emmanuel Macron said the smelter meets the standards that Prime Minister Shigeru Ishiba set.",
      );
      expect(meetingWith(read, ["Macron", "Ishiba"]), JSON.stringify(read.meetings)).toBeUndefined();
    });
  });

  describe("findLeadersMeeting (a summit with a guest: the subject hosts)", () => {
    const rows: [string, string[], [string, string]][] = [
      [
        "President Lula da Silva stressed the value of cooperation across South America during a summit with Chilean President Gabriel Boric in Santiago.",
        ["Silva", "Boric"],
        ["Lula da Silva", "Gabriel Boric"],
      ],
      [
        "Prime Minister Narendra Modi pressed for wider market access for pharmaceuticals at a meeting with Australian Prime Minister Anthony Albanese in Canberra on Friday.",
        ["Modi", "Albanese"],
        ["Narendra Modi", "Anthony Albanese"],
      ],
    ];
    it.each(rows)("files the summit of %j", (text, words, [a, b]) => {
      const read = analyse(text);
      const name = meetingWith(read, words);
      expect(name, JSON.stringify(read.meetings)).toBeDefined();
      expect(read.lines, JSON.stringify(read.lines)).toContain(`${a} PARTICIPATED_IN ${name}`);
      expect(read.lines, JSON.stringify(read.lines)).toContain(`${b} PARTICIPATED_IN ${name}`);
    });

    it("does not pair two officials of one country", () => {
      const read = analyse(
        "President Gabriel Boric outlined the new national strategy for lithium, copper and green hydrogen exports to the press during a meeting with Chilean Finance Minister Mario Marcel in Santiago.",
      );
      expect(meetingWith(read, ["Boric", "Marcel"]), JSON.stringify(read.meetings)).toBeUndefined();
    });

    it("does not make a minister the host of a head of state's summit", () => {
      const read = analyse(
        "Trade Minister Don Farrell spoke at length about tariffs, quotas and the treatment of nickel and copper exports during a summit with French President Emmanuel Macron in Paris.",
      );
      expect(meetingWith(read, ["Farrell", "Macron"]), JSON.stringify(read.meetings)).toBeUndefined();
    });
  });

  describe("findCallVerb (the two leaders as subject)", () => {
    it.each([
      [
        "Indonesian President Prabowo Subianto thanked Japanese Prime Minister Shigeru Ishiba for the nickel offer. The two leaders spoke by telephone on Tuesday.",
        ["Subianto", "Ishiba", "call"],
      ],
      [
        "Chilean President Gabriel Boric hailed progress with South Korean President Lee Jae-myung on lithium. The leaders of the two Pacific economies spoke by phone for the first time since January.",
        ["Boric", "Lee", "call"],
      ],
    ])("files the call of %j", (text, words) => {
      const read = analyse(text);
      expect(meetingWith(read, words), JSON.stringify(read.meetings)).toBeDefined();
    });

    it("does not file a call when leaders in general speak", () => {
      const read = analyse(
        "Indonesian President Prabowo Subianto thanked Japanese Prime Minister Shigeru Ishiba for the nickel offer. Business leaders spoke by phone with regulators.",
      );
      expect(meetingWith(read, ["call"]), JSON.stringify(read.meetings)).toBeUndefined();
    });
  });

  describe('findLeadersMeeting ("he said he would meet Y")', () => {
    it("takes the pronoun's person as the one who meets", () => {
      const read = analyse(
        "Prime Minister Anthony Albanese welcomed the lithium deal, Albanese told reporters. He said he would meet Indonesian President Prabowo Subianto at the APEC summit next month.",
      );
      const name = meetingWith(read, ["Albanese", "Subianto"]);
      expect(name, JSON.stringify(read.meetings)).toBeDefined();
    });

    it("does not make the person met meet themself", () => {
      const read = analyse("They said they would meet Indonesian President Prabowo Subianto next month.");
      expect(
        read.meetings.some((m) => /Subianto-Subianto/.test(m.name)),
        JSON.stringify(read.meetings),
      ).toBe(false);
    });
  });

  describe("findVisit (the invitee of an invitation to visit)", () => {
    it.each([
      [
        "Prime Minister Anthony Albanese accepted President Xi Jinping's invitation to visit China next year.",
        "Anthony Albanese",
        "Xi Jinping",
      ],
      [
        "Chancellor Friedrich Merz has accepted President Lula da Silva's invitation to visit Brazil in the spring.",
        "Friedrich Merz",
        "Lula da Silva",
      ],
    ])("files %j as the guest's visit", (text, guest, host) => {
      const read = analyse(text);
      const name = read.meetings.find((m) => /visit/.test(m.name))?.name;
      expect(name, JSON.stringify(read.meetings)).toBeDefined();
      expect(read.lines, JSON.stringify(read.lines)).toContain(`${guest} PARTICIPATED_IN ${name}`);
      expect(
        read.lines.some((l) => l.startsWith(`${host} PARTICIPATED_IN`)),
        JSON.stringify(read.lines),
      ).toBe(false);
    });
  });

  describe('leaderPair ("X and Y held talks")', () => {
    const rows: [string, string[], [string, string]][] = [
      [
        "President Emmanuel Macron and Indian Prime Minister Narendra Modi held high-level discussions on defence and rare earths.",
        ["Macron", "Modi"],
        ["Emmanuel Macron", "Narendra Modi"],
      ],
      [
        "Chancellor Friedrich Merz arrived at the presidential palace, where he and President Gabriel Boric held lengthy talks on lithium.",
        ["Merz", "Boric"],
        ["Friedrich Merz", "Gabriel Boric"],
      ],
      [
        "Prime Minister Anthony Albanese and President Prabowo Subianto had two rounds of talks about nickel and beef.",
        ["Albanese", "Subianto"],
        ["Anthony Albanese", "Prabowo Subianto"],
      ],
    ];
    it.each(rows)("files the leaders' meeting of %j", (text, words, [a, b]) => {
      const read = analyse(text);
      const name = meetingWith(read, words);
      expect(name, JSON.stringify(read.meetings)).toBeDefined();
      expect(read.lines, JSON.stringify(read.lines)).toContain(`${a} PARTICIPATED_IN ${name}`);
      expect(read.lines, JSON.stringify(read.lines)).toContain(`${b} PARTICIPATED_IN ${name}`);
    });

    it("does not make two negotiators' talks a leaders' meeting", () => {
      const read = analyse(
        "Trade Minister Don Farrell and Commerce Minister Piyush Goyal held high-level discussions on wine tariffs.",
      );
      expect(meetingWith(read, ["Farrell", "Goyal", "meeting"]), JSON.stringify(read.meetings)).toBeUndefined();
    });

    it("does not read talks the two only recalled", () => {
      const read = analyse(
        "President Emmanuel Macron and Prime Minister Narendra Modi held previous talks on submarines, officials said.",
      );
      expect(meetingWith(read, ["Macron", "Modi"]), JSON.stringify(read.meetings)).toBeUndefined();
    });
  });

  describe('partiesOf (the speaker of "said ahead of a meeting with Y")', () => {
    const rows: [string, string[], [string, string]][] = [
      [
        "The lithium accord should be signed soon, Prime Minister Anthony Albanese said on Tuesday ahead of a meeting with French President Emmanuel Macron in Nice.",
        ["Albanese", "Macron"],
        ["Anthony Albanese", "Emmanuel Macron"],
      ],
      [
        "Tariffs on beef will fall, Chancellor Friedrich Merz told reporters before his summit with Brazilian President Lula da Silva.",
        ["Merz", "Silva"],
        ["Friedrich Merz", "Lula da Silva"],
      ],
      [
        "Copper exports will double, President Gabriel Boric said following a meeting with Japanese Prime Minister Shigeru Ishiba.",
        ["Boric", "Ishiba"],
        ["Gabriel Boric", "Shigeru Ishiba"],
      ],
    ];
    it.each(rows)("files the speaker's meeting of %j", (text, words, [a, b]) => {
      const read = analyse(text);
      const name = meetingWith(read, words);
      expect(name, JSON.stringify(read.meetings)).toBeDefined();
      expect(read.lines, JSON.stringify(read.lines)).toContain(`${a} PARTICIPATED_IN ${name}`);
      expect(read.lines, JSON.stringify(read.lines)).toContain(`${b} PARTICIPATED_IN ${name}`);
    });

    it("does not give the meeting to a speaker who only comments on it", () => {
      const read = analyse(
        "Prime Minister Anthony Albanese said the agreement was signed at a meeting between French President Emmanuel Macron and officials.",
      );
      expect(meetingWith(read, ["Albanese", "Macron"]), JSON.stringify(read.meetings)).toBeUndefined();
    });
  });

  describe('statesLeaders ("a meeting between the leaders of X and Y")', () => {
    it.each([
      [
        "Canberra welcomed the deal after a warm meeting between the leaders of Australia and Indonesia.",
        ["Australia", "Indonesia", "leaders"],
      ],
      [
        "Officials prepared a meeting between the leaders of Chile and Argentina on lithium.",
        ["Chile", "Argentina", "leaders"],
      ],
      ["A meeting between the leaders of Kenya and Tanzania was held on Friday.", ["Kenya", "Tanzania", "leaders"]],
    ])("files the states' leaders' meeting of %j", (text, words) => {
      const read = analyse(text);
      const name = meetingWith(read, words);
      expect(name, JSON.stringify(read.meetings)).toBeDefined();
      expect(read.lines, JSON.stringify(read.lines)).toContain(`${words[0]} PARTICIPATED_IN ${name}`);
      expect(read.lines, JSON.stringify(read.lines)).toContain(`${words[1]} PARTICIPATED_IN ${name}`);
    });

    it("names the meeting after the two heads of state the document names", () => {
      const read = analyse(
        "Australian Prime Minister Anthony Albanese praised the mood after a warm meeting between the leaders of Australia and France. French President Emmanuel Macron called it productive.",
      );
      const name = meetingWith(read, ["Albanese", "Macron"]);
      expect(name, JSON.stringify(read.meetings)).toBeDefined();
    });

    it("does not read the leaders of industry as states' leaders", () => {
      const read = analyse("A meeting between the leaders of industry and unions was held in Canberra.");
      expect(meetingWith(read, ["leaders"]), JSON.stringify(read.meetings)).toBeUndefined();
    });
  });

  describe("findSigning (a signing ceremony the document reports)", () => {
    // [text, words the ceremony's names hold, a place it was held in, a participant]
    const rows: [string, string[], string, string][] = [
      [
        "Peru and Japan agreed to expand copper trade. The agreements were signed in Lima on Tuesday. The signing ceremony brought together ministers from both countries.",
        ["Peru", "Japan", "signing", "ceremony"],
        "Lima",
        "Peru",
      ],
      [
        "The lithium memorandum was signed at the Government House in Buenos Aires and witnessed by President Javier Milei and Chancellor Friedrich Merz.",
        ["signing", "ceremony", "Government House"],
        "Buenos Aires",
        "Friedrich Merz",
      ],
      [
        "The signing ceremony for the cobalt accord took place at the Marble palace, in Kinshasa.",
        ["signing", "ceremony"],
        "Kinshasa",
        "",
      ],
    ];
    it.each(rows)("files the signing of %j", (text, words, place, who) => {
      const read = analyse(text);
      const name = meetingWith(read, words);
      expect(name, JSON.stringify(read.meetings)).toBeDefined();
      expect(read.lines, JSON.stringify(read.lines)).toContain(`${name} HELD_IN ${place}`);
      if (who) expect(read.lines, JSON.stringify(read.lines)).toContain(`${who} PARTICIPATED_IN ${name}`);
    });

    it("does not make an agreement signed in a city a ceremony", () => {
      const read = analyse("The nickel agreement was signed in Jakarta last year and renewed in March.");
      expect(meetingWith(read, ["signing"]), JSON.stringify(read.meetings)).toBeUndefined();
    });

    it("does not make a ceremony with no signing a signing", () => {
      const read = analyse("A ceremony honoured the miners of Chile and Peru on Sunday.");
      expect(meetingWith(read, ["signing"]), JSON.stringify(read.meetings)).toBeUndefined();
    });
  });

  describe('findVisit ("after visits to X and Y")', () => {
    it.each([
      [
        "Prime Minister Narendra Modi arrived in Riyadh after visits to Egypt and Kenya.",
        "Narendra Modi",
        ["Egypt", "Kenya"],
      ],
      [
        "President Emmanuel Macron landed in Hanoi on Sunday following visits to Thailand, Laos and Cambodia.",
        "Emmanuel Macron",
        ["Thailand", "Laos", "Cambodia"],
      ],
      [
        "Chancellor Friedrich Merz arrived in Santiago before visits to Peru and Bolivia.",
        "Friedrich Merz",
        ["Peru", "Bolivia"],
      ],
    ])("files one visit per destination in %j", (text, visitor, places) => {
      const read = analyse(text);
      for (const place of places) {
        const name = meetingWith(read, ["visit", place]);
        expect(name, JSON.stringify(read.meetings)).toBeDefined();
        expect(read.lines, JSON.stringify(read.lines)).toContain(`${visitor} PARTICIPATED_IN ${name}`);
      }
    });

    it.each([
      "President Prabowo Subianto said he might visit Canberra in September or October.",
      "Prime Minister Anthony Albanese could visit Jakarta later this year, officials said.",
      "Chancellor Friedrich Merz may visit Brasilia before the summit.",
    ])("does not file a visit only thought of in %j", (text) => {
      const read = analyse(text);
      expect(meetingWith(read, ["visit"]), JSON.stringify(read.meetings)).toBeUndefined();
    });

    it("still files a planned visit", () => {
      const read = analyse("President Prabowo Subianto will visit Canberra in September.");
      expect(meetingWith(read, ["Subianto", "visit", "Canberra"]), JSON.stringify(read.meetings)).toBeDefined();
    });

    it("does not give visits in general to the sentence's subject", () => {
      const read = analyse("President Emmanuel Macron said state visits to Thailand and Laos would resume.");
      expect(
        read.lines.some((l) => /^Emmanuel Macron PARTICIPATED_IN/.test(l)),
        JSON.stringify(read.lines),
      ).toBe(false);
    });
  });

  describe('partiesOf ("X concluded his visit, after talks with Y")', () => {
    const rows: [string, [string, string]][] = [
      [
        "Trade Minister Don Farrell on Tuesday concluded his visit to Jakarta, after having intense but productive engagements with Indonesian Trade Minister Budi Santoso on the trade pact.",
        ["Farrell", "Santoso"],
      ],
      [
        "Commerce Minister Piyush Goyal wrapped up his trip to Canberra on Friday, after two days of talks with Trade Minister Don Farrell on wine and lentils.",
        ["Goyal", "Farrell"],
      ],
      [
        "Economy Minister Luis Caputo left Brasilia on Monday following lengthy negotiations with Finance Minister Fernando Haddad over the tariff dispute.",
        ["Caputo", "Haddad"],
      ],
    ];
    it.each(rows)("files the talks of %j", (text, words) => {
      const read = analyse(text);
      expect(meetingWith(read, words), JSON.stringify(read.meetings)).toBeDefined();
    });

    it("does not give the talks to a person who is not the sentence's subject", () => {
      const read = analyse(
        "Indonesia's exports, which Trade Minister Don Farrell praised last year in a long speech to the chamber of commerce, rose sharply after talks with Indonesian Trade Minister Budi Santoso.",
      );
      expect(meetingWith(read, ["Farrell", "Santoso"]), JSON.stringify(read.meetings)).toBeUndefined();
    });
  });

  describe('findMet ("He reportedly met Y"; a meeting set apart from the talks)', () => {
    it.each([
      [
        "The chief executive of the mining group, Ivan Petrov, has spent weeks lobbying in Washington. He reportedly met US President Donald Trump on Friday.",
        ["Petrov", "Trump"],
      ],
      [
        "The founder of the battery maker, Lena Berg, toured the plant. She privately met French President Emmanuel Macron afterwards.",
        ["Berg", "Macron"],
      ],
    ])("takes the one person of the sentence before for %j", (text, words) => {
      const read = analyse(text);
      expect(meetingWith(read, words), JSON.stringify(read.meetings)).toBeDefined();
    });

    it("does not guess 'He' among two people of the sentence before", () => {
      const read = analyse(
        "The smelter, run by chief executive Ivan Petrov and chairman Omar Haddad, reopened. He reportedly met US President Donald Trump on Friday.",
      );
      expect(
        read.lines.some((l) => /^(Ivan Petrov|Omar Haddad) PARTICIPATED_IN/.test(l)),
        JSON.stringify(read.lines),
      ).toBe(false);
    });

    it.each([
      [
        "Trade negotiators from India and Japan held talks in New Delhi on Monday. Before the delegation-level talks, Trade Minister Kenji Sato met External Affairs Minister Arjun Mehta.",
        ["Sato", "Mehta"],
      ],
      [
        "EU and Chilean officials opened talks in Santiago on Tuesday. After the formal negotiations, Commissioner Anna Lind met Foreign Minister Pablo Rojas.",
        ["Lind", "Rojas"],
      ],
    ])("files a meeting the sentence sets apart from the talks in %j", (text, words) => {
      const read = analyse(text);
      // Its own meeting, named after the two (not an alias of the talks).
      expect(
        read.meetings.some((m) => words.every((w) => m.name.includes(w))),
        JSON.stringify(read.meetings),
      ).toBe(true);
    });

    it("still files officials meeting during the talks under the talks", () => {
      const read = analyse(
        "Trade negotiators from India and Japan held talks in New Delhi on Monday. Trade Minister Kenji Sato met External Affairs Minister Arjun Mehta.",
      );
      expect(
        read.meetings.some((m) => /Sato-Mehta meeting/.test(m.name)),
        JSON.stringify(read.meetings),
      ).toBe(false);
    });
  });

  describe('latterVisit ("during the latter\'s state visit")', () => {
    it.each([
      [
        "The copper accord was signed in Santiago and witnessed by Chilean President Gabriel Boric and Japanese Prime Minister Shigeru Ishiba during the latter's state visit.",
        "Shigeru Ishiba",
        ["Ishiba", "visit", "Chile"],
      ],
      [
        "The lithium pact was signed in Canberra by French President Emmanuel Macron and Australian Prime Minister Anthony Albanese during the former's official visit.",
        "Emmanuel Macron",
        ["Macron", "visit", "Australia"],
      ],
    ])("files the visit of %j", (text, visitor, words) => {
      const read = analyse(text);
      const name = meetingWith(read, words);
      expect(name, JSON.stringify(read.meetings)).toBeDefined();
      expect(read.lines, JSON.stringify(read.lines)).toContain(`${visitor} PARTICIPATED_IN ${name}`);
    });

    it("does not send a visitor to their own country", () => {
      const read = analyse(
        "The copper accord was signed in Santiago by Japanese Prime Minister Shigeru Ishiba and Chilean President Gabriel Boric during the latter's state visit.",
      );
      expect(meetingWith(read, ["Boric", "visit", "Chile"]), JSON.stringify(read.meetings)).toBeUndefined();
    });
  });

  describe("findNamedEvent (the rest of a named summit's title)", () => {
    it.each([
      "Leaders met at the Special Summit to Commemorate the 50th Anniversary of EU-Africa Dialogue Relations in Lisbon.",
      "Ministers gathered for the Extraordinary Summit on the Future of India-Africa Dialogue in Nairobi.",
    ])("makes one meeting of %j", (text) => {
      const read = analyse(text);
      expect(
        read.meetings.filter((m) => /dialogue|talks/i.test(m.name)),
        JSON.stringify(read.meetings),
      ).toEqual([]);
      expect(read.meetings.length, JSON.stringify(read.meetings)).toBeGreaterThan(0);
    });

    it("still reads a dialogue named on its own", () => {
      const read = analyse("Officials met at the Raisina Dialogue in New Delhi on Tuesday.");
      expect(meetingWith(read, ["Raisina", "Dialogue"]), JSON.stringify(read.meetings)).toBeDefined();
    });
  });

  describe("findMeetings (the document's main event against later talks)", () => {
    // [text, the leaders' meeting's words, a topic of the leaders, the later talks' words]
    const rows: [string, string[], string, string[]][] = [
      [
        "Japanese Prime Minister Shigeru Ishiba and Australian Prime Minister Anthony Albanese held a summit in Tokyo on Monday. The two leaders discussed lithium, rare earths and liquefied natural gas. Trade officials from both sides will hold talks in Canberra next month to settle the details.",
        ["Ishiba", "Albanese"],
        "lithium",
        ["Canberra"],
      ],
      [
        "Chilean President Gabriel Boric met South Korean President Lee Jae-myung in Seoul on Tuesday. The two leaders discussed copper and lithium supply. Negotiators are expected to open talks in Santiago in the autumn.",
        ["Boric", "Lee"],
        "copper",
        ["Santiago"],
      ],
      [
        "Indian Prime Minister Narendra Modi and French President Emmanuel Macron spoke by telephone on Friday. The two leaders discussed rare earths and uranium. Officials will hold further talks in Paris in July.",
        ["Modi", "Macron"],
        "uranium",
        ["Paris"],
      ],
    ];
    it.each(rows)("gives the leaders' topics to their own meeting in %j", (text, leaders, topic, later) => {
      const read = analyse(text);
      const own = meetingWith(read, leaders);
      const talks = meetingWith(read, later);
      expect(own, JSON.stringify(read.meetings)).toBeDefined();
      expect(read.lines, JSON.stringify(read.lines)).toContain(`${own} DISCUSSED ${topic}`);
      if (talks) expect(read.lines, JSON.stringify(read.lines)).not.toContain(`${talks} DISCUSSED ${topic}`);
    });

    it("keeps talks the lead reports as the main event when a leaders' meeting is only recalled", () => {
      const read = analyse(
        "Trade negotiators from Japan and Australia ended two days of talks in Canberra on Tuesday. The talks covered lithium and beef. Prime Minister Anthony Albanese had met Prime Minister Shigeru Ishiba in Tokyo last year.",
      );
      const talks = meetingWith(read, ["Canberra"]);
      expect(talks, JSON.stringify(read.meetings)).toBeDefined();
      expect(read.lines, JSON.stringify(read.lines)).toContain(`${talks} DISCUSSED lithium`);
    });
  });
});
