// Meetings, round 21b of issue 13: "the gathering" refers back to the document's one summit, and
// a fronted passive participle names people of the event that is its clause's subject ("Chaired
// by President X, the gathering …"). Every sentence here is written for these tests.

import { describe, expect, it } from "vitest";
import { factTable, readText, type TextReading } from "../../_helpers/documents.ts";

const analyse = (text: string): TextReading => readText(text, { date: "2025-06-12" });

const SUMMIT = "Leaders of Norway and Chile opened the Nordic–Andean Summit in Oslo on Monday.";

describe("stages/05-meetings, round 21b: the people of 'the gathering'", () => {
  const found: [string, string][] = [
    [
      `${SUMMIT} The gathering was attended by Prime Minister Kari Nordvik and President Paulo Matos.`,
      "Kari Nordvik PARTICIPATED_IN Nordic–Andean Summit",
    ],
    [
      `${SUMMIT} Chaired by the country's Prime Minister Kari Nordvik, the gathering was attended by President Paulo Matos.`,
      "Kari Nordvik PARTICIPATED_IN Nordic–Andean Summit",
    ],
    [
      `${SUMMIT} Hosted by King Harald Olsen, the summit adopted a statement on fisheries.`,
      "Harald Olsen PARTICIPATED_IN Nordic–Andean Summit",
    ],
  ];
  const refused: [string, string][] = [
    // A fronted participle that is not the event's: its agent is no participant.
    [
      `${SUMMIT} Backed by Prime Minister Kari Nordvik, the gathering adopted a statement on fisheries.`,
      "Kari Nordvik PARTICIPATED_IN Nordic–Andean Summit",
    ],
    // "gathering" as a verb is no reference to the summit.
    [
      `${SUMMIT} President Paulo Matos is gathering support for a fisheries accord.`,
      "Paulo Matos PARTICIPATED_IN Nordic–Andean Summit",
    ],
  ];
  factTable((text) => analyse(text).lines, found, refused);
});

describe("stages/05-meetings, round 21b: a visit of several titled people", () => {
  const found: [string, string[]][] = [
    [
      "Premier Tomas Reyes praised the visit of Norwegian Prime Minister Kari Nordvik and Swedish Foreign Minister Lars Berglund to Chile on Monday.",
      ["Kari Nordvik PARTICIPATED_IN", "Lars Berglund PARTICIPATED_IN", "HELD_IN Chile"],
    ],
    [
      "Premier Tomas Reyes praised the visit by Norwegian Prime Minister Kari Nordvik and Swedish Foreign Minister Lars Berglund to Chile on Monday.",
      ["Kari Nordvik PARTICIPATED_IN", "Lars Berglund PARTICIPATED_IN", "HELD_IN Chile"],
    ],
  ];
  for (const [text, facts] of found)
    it(`reads the visitors of ${JSON.stringify(text.slice(30, 80))}`, () => {
      const read = analyse(text);
      const visits = read.lines.filter((l) => / visit to Chile/.test(l));
      for (const fact of facts)
        expect(
          visits.some((l) => l.includes(fact)),
          JSON.stringify(read.lines),
        ).toBe(true);
      const visit = read.meetings.find((m) => / visit to Chile$/.test(m.name));
      expect(visit?.surface, JSON.stringify(visit)).toContain("nordvik and berglund visit to chile");
    });

  const refused: string[] = [
    // No one named after "of": the visit of a ship is no one's visit.
    "Officials welcomed the visit of a Norwegian research ship to Chile on Monday.",
    // The people are not followed by "to" and a destination.
    "Premier Tomas Reyes praised the visit of Prime Minister Kari Nordvik and said trade would grow.",
  ];
  for (const text of refused)
    it(`files no visit in ${JSON.stringify(text.slice(0, 60))}`, () => {
      const read = analyse(text);
      expect(
        read.lines.filter((l) => /Nordvik PARTICIPATED_IN .*visit/.test(l)),
        JSON.stringify(read.lines),
      ).toEqual([]);
    });
});

describe("stages/05-meetings, round 21b: 'the two leaders would meet' in a reported clause", () => {
  it("files the meeting of the sentence's two people, held where it is planned", () => {
    const read = analyse(
      "After a long call with Prime Minister Kari Nordvik of Norway last week, President Paulo Matos of Brazil said the two leaders would meet at a regional summit in Chile next month.",
    );
    expect(read.lines, JSON.stringify(read.lines)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Kari Nordvik PARTICIPATED_IN .*meeting$/),
        expect.stringMatching(/^Paulo Matos PARTICIPATED_IN .*meeting$/),
        expect.stringMatching(/meeting HELD_IN Chile$/),
      ]),
    );
  });

  const refused: string[] = [
    // One person named: the pair is not known.
    "President Paulo Matos of Brazil said the two leaders would meet at a regional summit in Chile next month.",
    // Two people of one state are no leaders' meeting.
    "After a long call with Governor Rui Costa of Brazil, President Paulo Matos of Brazil said the two leaders would meet at a regional summit in Chile.",
  ];
  for (const text of refused)
    it(`files no leaders' meeting in ${JSON.stringify(text.slice(0, 60))}`, () => {
      const read = analyse(text);
      expect(
        read.lines.filter((l) => /^Paulo Matos PARTICIPATED_IN .*meeting$/.test(l)),
        JSON.stringify(read.lines),
      ).toEqual([]);
    });
});
