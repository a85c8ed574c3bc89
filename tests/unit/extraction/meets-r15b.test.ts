// Meetings, round 15b of issue 13 (meetings never created, and meetings of the same parties merged
// across documents): talks a lead reports that the next sentence calls a phone call were a call
// (no place from the dateline, named a call, and kept apart from the pair's meeting in person in
// another document). Every sentence here is written for these tests (invented people): positives
// and refusals.

import { describe, expect, it } from "vitest";
import { analyseDocument } from "../../../src/extraction/index.ts";
import { mergeAnalyses } from "../../../src/extraction/stages/08-merge.ts";
import { meetingWith, readText, type TextReading } from "../../_helpers/documents.ts";

const analyse = (text: string): TextReading => readText(text, { date: "2025-06-12" });
const show = (read: TextReading) => JSON.stringify({ meetings: read.meetings, lines: read.lines });

const MATOS = "Brazilian President Paulo Matos";
const DELACROIX = "French President Henri Delacroix";

describe("stages/05-meetings, round 15b (talks told as a call)", () => {
  const calls = [
    `LISBON – ${MATOS} and ${DELACROIX} on Tuesday held their first talks since the spring, covering beef and steel. Matos said the phone call had been friendly.`,
    `OSLO (Wire) – ${MATOS} and ${DELACROIX} held their first talks since the election on Friday. The video call lasted an hour, an aide said.`,
  ];
  for (const text of calls)
    it(`files a call with no dateline place: ${text.slice(0, 40)}`, () => {
      const read = analyse(text);
      const call = meetingWith(read, ["matos", "delacroix", "call"]);
      expect(call, show(read)).toBeDefined();
      expect(call, show(read)).toMatch(/call$/);
      expect(
        read.lines.filter((l) => l.startsWith(`${call} HELD_IN`)),
        show(read),
      ).toEqual([]);
      expect(read.lines, show(read)).toContain(`Paulo Matos PARTICIPATED_IN ${call}`);
    });

  it("keeps the dateline's city for talks held in person", () => {
    const read = analyse(
      `LISBON – ${MATOS} and ${DELACROIX} on Tuesday held their first talks since the spring, covering beef and steel. Matos said the talks had been friendly.`,
    );
    const talks = meetingWith(read, ["matos", "delacroix"]);
    expect(talks, show(read)).toBeDefined();
    expect(read.lines, show(read)).toContain(`${talks} HELD_IN Lisbon`);
  });

  it("does not read a call for calm as a phone call", () => {
    const read = analyse(
      `LISBON – ${MATOS} and ${DELACROIX} on Tuesday held their first talks since the spring. Matos repeated his call for calm at the border.`,
    );
    expect(meetingWith(read, ["matos", "delacroix", "call"]), show(read)).toBeUndefined();
  });
});

describe("stages/08-merge, round 15b (a call and a meeting in person of the same pair)", () => {
  const doc = (id: string, text: string, date: string) =>
    analyseDocument({ id, fileName: `${id}.txt`, title: "", date, source: null, authors: [], text });

  it("keeps one document's call apart from another's meeting in person", () => {
    const merged = mergeAnalyses([
      doc(
        "d0",
        `LISBON – ${MATOS} and ${DELACROIX} on Monday held talks on steel. Matos said the phone call went well.`,
        "2025-06-09",
      ),
      doc("d1", `${MATOS} met ${DELACROIX} in Geneva on Friday, and the two leaders discussed steel.`, "2025-06-13"),
    ]);
    const meetings = merged.entities.filter((e) => e.type === "Meeting").map((e) => e.name);
    expect(meetings.length, JSON.stringify(meetings)).toBe(2);
  });

  const meetingsOf = (texts: string[]) =>
    mergeAnalyses(texts.map((t, n) => doc(`d${n}`, t, "2025-06-13")))
      .entities.filter((e) => e.type === "Meeting")
      .map((e) => e.name);

  it("keeps the pair's meetings in two countries apart", () => {
    const meetings = meetingsOf([
      `${MATOS} met ${DELACROIX} in Nairobi, and the two leaders discussed steel.`,
      `${MATOS} met ${DELACROIX} in Ottawa, and the two leaders discussed grain.`,
    ]);
    expect(meetings.length, JSON.stringify(meetings)).toBe(2);
  });

  it("merges the pair's meeting told by its city and by its country", () => {
    const meetings = meetingsOf([
      `${MATOS} met ${DELACROIX} in Nairobi, and the two leaders discussed steel.`,
      `${MATOS} met ${DELACROIX} in Kenya, and the two leaders discussed steel.`,
    ]);
    expect(meetings.length, JSON.stringify(meetings)).toBe(1);
  });
});

describe("stages/05-meetings, round 15b (a signing others witnessed)", () => {
  it("files the signing between the two people after 'by', with its witnesses", () => {
    const read = analyse(
      "Kenyan President Daniel Otieno and Japanese Prime Minister Kenji Sato witnessed the signing of a border accord by Chilean President Rosa Fuentes and Peruvian President Luis Quispe on Friday.",
    );
    const signing = meetingWith(read, ["signing"]);
    expect(signing, show(read)).toBeDefined();
    for (const who of ["Daniel Otieno", "Kenji Sato", "Rosa Fuentes", "Luis Quispe"])
      expect(read.lines, show(read)).toContain(`${who} PARTICIPATED_IN ${signing}`);
    expect(meetingWith(read, ["chile", "peru", "signing"]), show(read)).toBeDefined();
  });

  it("puts a witnessed declaration signed on a summit's sidelines in the summit", () => {
    const read = analyse(
      "Leaders gathered for the G20 summit in Rome. Kenyan President Daniel Otieno witnessed the declaration by Chilean President Rosa Fuentes and Peruvian President Luis Quispe, signed on the sidelines of the G20 summit.",
    );
    const signing = meetingWith(read, ["declaration", "signing"]);
    expect(signing, show(read)).toBeDefined();
    expect(
      read.lines.some((l) => l.startsWith(`${signing} PART_OF`)),
      show(read),
    ).toBe(true);
  });

  const refused = [
    // No word of signing: a paper witnessed is not a ceremony.
    "Kenyan President Daniel Otieno witnessed the agreement by Chilean President Rosa Fuentes and Peruvian President Luis Quispe to keep talking.",
    // Two signers of one nationality.
    "Kenyan President Daniel Otieno witnessed the signing of the accord by Chilean President Rosa Fuentes and Chilean Senator Pablo Rojas.",
    // Witnessed by: another frame, not this rule's.
    "The crowd witnessed the signing by the mayor on Friday.",
  ];
  for (const text of refused)
    it(`files no witnessed signing: ${text.slice(0, 50)}`, () => {
      const read = analyse(text);
      expect(
        read.lines.filter((l) => / signing$/.test(l) && / PARTICIPATED_IN /.test(l)),
        show(read),
      ).toEqual([]);
    });
});

describe("stages/05-meetings, round 15b (a visit someone was invited to make)", () => {
  it("files the guest's visit to the host's state", () => {
    const read = analyse(
      "US President John Brand met Chinese President Wei Lan in Seoul. Brand said he had invited Wei for a state visit next year.",
    );
    const visit = meetingWith(read, ["wei", "visit"]);
    expect(visit, show(read)).toBeDefined();
    expect(read.lines, show(read)).toContain(`Wei Lan PARTICIPATED_IN ${visit}`);
    expect(read.lines, show(read)).toContain(`${visit} HELD_IN United States`);
  });

  it("files the visit to the place the invitation names", () => {
    const read = analyse(
      "Kenyan President Daniel Otieno has invited Japanese Prime Minister Kenji Sato on an official visit to Nairobi in May.",
    );
    const visit = meetingWith(read, ["sato", "visit"]);
    expect(read.lines, show(read)).toContain(`Kenji Sato PARTICIPATED_IN ${visit}`);
    expect(read.lines, show(read)).toContain(`${visit} HELD_IN Nairobi`);
  });

  const refused = [
    // Invited to do something else.
    "US President John Brand met Chinese President Wei Lan in Seoul. Brand invited Wei to speak at the dinner.",
    // A guest invited home is no visit abroad.
    "Kenyan President Daniel Otieno invited Kenyan Senator Amos Kibet for a state visit next year.",
  ];
  for (const text of refused)
    it(`files no invited visit: ${text.slice(0, 50)}`, () => {
      const read = analyse(text);
      expect(
        read.meetings.filter((m) => /visit/.test(m.name)),
        show(read),
      ).toEqual([]);
    });
});

describe("stages/05-meetings, round 15b (a hearing an agency held)", () => {
  it("files the hearing with the agency on a date", () => {
    const read = analyse(
      "The growers' union set out its objections at a public hearing before the U.S. Commerce Department on Tuesday.",
    );
    const hearing = meetingWith(read, ["hearing"]);
    expect(hearing, show(read)).toBeDefined();
    expect(
      read.lines.some((l) => l.endsWith(`PARTICIPATED_IN ${hearing}`)),
      show(read),
    ).toBe(true);
  });

  const refused = [
    // No date: a hearing in general.
    "Exporters want a hearing with the Commerce Department before any duty is set.",
    // A court, not an agency.
    "The firm lost its appeal at a hearing before the district court on May 3.",
  ];
  for (const text of refused)
    it(`files no hearing: ${text.slice(0, 50)}`, () => {
      const read = analyse(text);
      expect(meetingWith(read, ["hearing"]), show(read)).toBeUndefined();
    });
});

describe("stages/05-meetings, round 15b (the pair's earlier meeting recalled)", () => {
  const CALL = `${MATOS} and ${DELACROIX} spoke by phone on Tuesday.`;

  it("files the pair's earlier meeting in the place named", () => {
    const read = analyse(`${CALL} Delacroix praised the progress made at their meeting last month in Kenya.`);
    const met = meetingWith(read, ["matos", "delacroix", "meeting"]);
    expect(met, show(read)).toBeDefined();
    expect(read.lines, show(read)).toContain(`${met} HELD_IN Kenya`);
    expect(read.lines, show(read)).toContain(`Henri Delacroix PARTICIPATED_IN ${met}`);
    expect(meetingWith(read, ["matos", "delacroix", "call"]), show(read)).toBeDefined();
  });

  const refused = [
    // No time past: the meeting may be the call itself, or one to come.
    `${CALL} Delacroix said their meeting in Kenya would follow.`,
    // No place.
    `${CALL} Delacroix praised the progress made at their meeting last month.`,
  ];
  for (const text of refused)
    it(`files no recalled meeting: ${text.slice(-50)}`, () => {
      const read = analyse(text);
      expect(
        read.lines.filter((l) => / HELD_IN Kenya$/.test(l) && !/visit/.test(l)),
        show(read),
      ).toEqual([]);
    });
});
