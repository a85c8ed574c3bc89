// Meetings, round 20 of issue 13: leaders' meetings whose sides are described, not named, as the
// subject of "met": "the two leaders" (the two heads of state the sentences around name) and "the
// heads of state / leaders / presidents of X and Y" (the two states, and the one head of state of
// each the document names). Refused: meetings in general (undated and unplaced, counted), two
// leaders of one state. Also a body's officials named as a group ("the <bloc> Trade Ministers")
// who meet name the document's one meeting named only by its noun and place; refused when the
// group does not meet in that sentence. Every sentence here is written for these tests.

import { describe, expect, it } from "vitest";
import { meetingWith, readText, type TextReading } from "../../_helpers/documents.ts";
import { itFilesMeetings, type MeetingRow } from "../../_helpers/rows.ts";

const analyse = (text: string): TextReading => readText(text, { date: "2025-06-12" });

describe("stages/05-meetings, round 20: leaders described as the subject of met", () => {
  const rows: MeetingRow[] = [
    [
      "The deal was reached between US President Paulo Matos and Chilean President Wei Lan. The two leaders met in Lisbon on Monday and agreed to cooperate.",
      ["Matos", "Wei"],
      ["Paulo Matos", "Wei Lan"],
      ["HELD_IN Lisbon"],
    ],
    [
      "Minister Hu Bao said that on Monday the heads of state of Kenya and Ghana met in Lisbon. Kenyan President Amos Kibet stressed that trade should grow.",
      ["Lisbon"],
      ["Kenya", "Ghana", "Amos Kibet"],
      ["HELD_IN Lisbon"],
    ],
    [
      "The presidents of Peru and Chile met in Lima on Tuesday to sign a pact.",
      ["Lima"],
      ["Peru", "Chile"],
      ["HELD_IN Lima"],
    ],
  ];
  itFilesMeetings(rows, analyse);

  it("files the described leaders' MET_WITH", () => {
    const read = analyse(
      "The deal was reached between US President Paulo Matos and Chilean President Wei Lan. The two leaders met in Lisbon on Monday.",
    );
    expect(read.lines.some((l) => /^(Paulo Matos MET_WITH Wei Lan|Wei Lan MET_WITH Paulo Matos)$/.test(l))).toBe(true);
  });

  const refused: string[] = [
    // A meeting in general: counted, or neither dated nor placed.
    "Brazilian President Paulo Matos praised Argentine President Jorge Vidal. The two leaders met twice last year.",
    "It was the first time the two leaders have met in person since 2019. US President Paulo Matos and Chilean President Wei Lan spoke.",
    // Two leaders of one state.
    "Brazilian President Paulo Matos and Brazilian Vice President Ana Lima spoke. The two leaders met in Brasilia on Monday.",
  ];
  for (const text of refused)
    it(`files no meeting in ${JSON.stringify(text.slice(0, 70))}`, () => {
      const read = analyse(text);
      expect(read.meetings, JSON.stringify(read.meetings)).toEqual([]);
    });
});

describe("stages/05-meetings, round 20: a body's officials' meeting", () => {
  const text =
    "The pact is expected soon, according to a statement released on Friday by the ASEAN Economic Ministers following a meeting held at the Foreign Ministry of Peru. The meeting in Lima was attended by Peru's Foreign Minister Ana Torres and Chile's Foreign Minister Luis Soto.";
  itFilesMeetings(
    [[text, ["ASEAN", "ministers", "meeting"], ["ASEAN", "Ana Torres", "Luis Soto"], ["HELD_IN Lima"]]],
    analyse,
  );

  it("gives no body's name when its officials do not meet in the sentence", () => {
    const read = analyse(
      "ASEAN Economic Ministers welcomed the pact in a statement on Friday. The meeting in Lima was attended by Peru's Foreign Minister Ana Torres and Chile's Foreign Minister Luis Soto.",
    );
    expect(
      read.lines.some((l) => l.startsWith("ASEAN PARTICIPATED_IN")),
      JSON.stringify(read.lines),
    ).toBe(false);
  });
});

describe("stages/05-meetings, round 20: a pair met on a date on the sidelines of a summit", () => {
  const text =
    "US President Paulo Matos and Chilean President Wei Lan met on October 30 on the sidelines of the Association of Southeast Asian Nations (ASEAN) summit in Lisbon.";
  it("places the pair's meeting past the date and the long summit name, and files it PART_OF the summit", () => {
    const read = analyse(text);
    expect(read.lines, JSON.stringify(read.lines)).toContain("Matos-Wei meeting HELD_IN Lisbon");
    expect(
      read.lines.some((l) => l.startsWith("Matos-Wei meeting PART_OF ")),
      JSON.stringify(read.lines),
    ).toBe(true);
  });
  it("does not reach past a comma for the summit", () => {
    const read = analyse(
      "US President Paulo Matos and Chilean President Wei Lan met on October 30 on the sidelines, officials said, before the summit in Lisbon.",
    );
    expect(
      read.lines.some((l) => l.startsWith("Matos-Wei meeting PART_OF ")),
      JSON.stringify(read.lines),
    ).toBe(false);
  });
});

describe("stages/05-meetings, round 20: a call a quotation's first person reports", () => {
  const rows: MeetingRow[] = [
    [
      "“On October 6, I participated in a call with Brazilian President Jorge Vidal, during which we agreed to begin negotiations,” the executive order from President Paulo Matos reads.",
      ["Matos", "Vidal", "call"],
      ["Paulo Matos", "Jorge Vidal"],
    ],
    [
      "President Paulo Matos issued a post on Thursday about the deal. “I just concluded a very good phone call with President Wei Lan, of China, discussing the deal.”",
      ["Matos", "Wei", "call"],
      ["Paulo Matos", "Wei Lan"],
    ],
  ];
  itFilesMeetings(rows, analyse);

  it("takes no speaker from a sentence before that publishes nothing", () => {
    const read = analyse(
      "President Paulo Matos arrived in Lisbon on Thursday. “I just concluded a very good phone call with President Wei Lan, of China, discussing the deal.”",
    );
    expect(read.lines, JSON.stringify(read.lines)).not.toContain("Paulo Matos MET_WITH Wei Lan");
  });
});

describe("stages/05-meetings, round 20: a body's numbered session", () => {
  const rows: MeetingRow[] = [
    [
      "It implements the decisions of the fourth plenary session of the 20th Central Committee of the Workers Party of Ruritania on opening up.",
      ["fourth", "plenary", "session"],
      [],
    ],
    [
      "The talks were preceded by the 11th meeting of the Pan-Andean Negotiating Forum and the 6th meeting of the Andean Council of Trade Officials.",
      ["11th", "meeting", "Negotiating", "Forum"],
      [],
    ],
    [
      "The 9th Meeting of African Union Ministers of Energy concluded today in Dakar, Senegal.",
      ["African", "Union", "Ministers", "Energy"],
      [],
      ["HELD_IN Dakar"],
    ],
  ];
  itFilesMeetings(rows, analyse);

  it("stops the body's name before a second session", () => {
    const read = analyse(
      "The talks were preceded by the 11th meeting of the Pan-Andean Negotiating Forum and the 6th meeting of the Andean Council of Trade Officials.",
    );
    expect(
      read.meetings.some((m) => /forum and/i.test(m.surface)),
      JSON.stringify(read.meetings),
    ).toBe(false);
  });

  const refused = [
    "The second meeting of the two sides is due next week.",
    "The fourth session of talks ended without a deal.",
  ];
  for (const text of refused)
    it(`files no session in ${JSON.stringify(text)}`, () => {
      expect(analyse(text).meetings.some((m) => /meeting of|session of/i.test(m.surface))).toBe(false);
    });
});

describe("stages/05-meetings, round 20: talks between two leaders under a plural title", () => {
  itFilesMeetings(
    [
      [
        "These licences follow discussions between Presidents Wei Lan and Paulo Matos in South Korea and are meant to ease shipments.",
        ["Wei", "Matos"],
        ["Wei Lan", "Paulo Matos"],
        ["HELD_IN South Korea"],
      ],
    ],
    analyse,
  );
  it("reads no leaders' meeting between two people under a plural title that is no head's", () => {
    const read = analyse(
      "These licences follow discussions between Directors Wei Lan and Paulo Matos in South Korea and are meant to ease shipments.",
    );
    expect(meetingWith(read, ["Wei", "Matos", "meeting"]), JSON.stringify(read.meetings)).toBeUndefined();
  });
});

describe("stages/05-meetings, round 20: X and his counterpart, Y, met", () => {
  itFilesMeetings(
    [
      [
        "Minister Hans Berg and his UK counterpart, Chris Dale, met in London on Monday.",
        ["Berg", "Dale"],
        ["Hans Berg", "Chris Dale"],
        ["HELD_IN London"],
      ],
    ],
    analyse,
  );
  it("reads no pair from an apposition other than a counterpart", () => {
    const read = analyse("Minister Hans Berg and his old friend, Chris Dale, met in London on Monday.");
    expect(read.lines, JSON.stringify(read.lines)).not.toContain("Hans Berg MET_WITH Chris Dale");
  });
});

describe("stages/05-meetings, round 20: a pair met at a venue in a story of one summit", () => {
  const summit =
    "Chilean President Wei Lan urged the bloc to act during a tense one-day summit in Lisbon. European Commission President Anna Berg and European Council President Luis Soto met Wei at the Belem Palace on Thursday.";
  it("files the venue meeting under the summit", () => {
    const read = analyse(summit);
    const name = meetingWith(read, ["summit", "Lisbon"]);
    expect(name, JSON.stringify(read.meetings)).toBeDefined();
    expect(read.lines, JSON.stringify(read.lines)).toContain(`Anna Berg PARTICIPATED_IN ${name}`);
  });
  it("keeps a pair's meeting of its own when the story holds no summit", () => {
    const read = analyse(
      "European Commission President Anna Berg and European Council President Luis Soto met Chilean President Wei Lan at the Belem Palace on Thursday.",
    );
    expect(meetingWith(read, ["summit"]), JSON.stringify(read.meetings)).toBeUndefined();
  });
});
