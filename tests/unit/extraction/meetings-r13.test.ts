// Meetings, round 13 of issue 13 (misses of text the extractor had not seen): two leaders
// coordinated before "meet" past a description ("X and his Ruritanian counterpart Y are expected to
// meet"), a leaders' meeting on the sidelines of an organisation's summit is part of that summit
// (not the summit itself), and a state after a preposition is no subject of an attendance verb.
// Every sentence here is written for these tests (invented people): positives and refusals.

import { describe, expect, it } from "vitest";
import { meetingWith, readText, type TextReading } from "../../_helpers/documents.ts";
import { itFilesMeetings, type MeetingRow } from "../../_helpers/rows.ts";

const analyse = (text: string): TextReading => readText(text, { date: "2025-06-12" });

describe("stages/05-meetings, round 13", () => {
  describe("findLeadersMeeting (a pair coordinated past a description)", () => {
    const rows: MeetingRow[] = [
      [
        "Brazilian President Paulo Matos and his French counterpart Henri Delacroix are expected to meet on Friday in Lisbon.",
        ["Matos", "Delacroix"],
        ["Paulo Matos", "Henri Delacroix"],
      ],
      [
        "Japanese Prime Minister Kenji Arakawa and Indian Prime Minister Ravi Menon will meet next week in Osaka to sign a pact on chips.",
        ["Arakawa", "Menon"],
        ["Kenji Arakawa", "Ravi Menon"],
      ],
    ];
    itFilesMeetings(rows, analyse);

    it("does not pair a person with one named in another clause", () => {
      const read = analyse(
        "Brazilian President Paulo Matos praised the copper accord, which French President Henri Delacroix said would help industry, and is expected to meet investors on Friday in Lisbon.",
      );
      expect(meetingWith(read, ["Matos", "Delacroix"]), JSON.stringify(read.meetings)).toBeUndefined();
    });
  });

  describe("a leaders' meeting on the sidelines of an organisation's summit", () => {
    it("keeps the summit its own event, the meeting part of it", () => {
      const read = analyse(
        "Brazilian President Paulo Matos and his French counterpart Henri Delacroix are expected to meet on the sidelines of the Group of Twenty (G20) summit Thursday in Lisbon, Portugal.",
      );
      const meeting = meetingWith(read, ["Matos", "Delacroix"]);
      const summit = meetingWith(read, ["G20", "summit"]);
      expect(meeting, JSON.stringify(read.meetings)).toBeDefined();
      expect(summit, JSON.stringify(read.meetings)).toBeDefined();
      expect(meeting).not.toBe(summit);
      expect(read.lines, JSON.stringify(read.lines)).toContain(`${meeting} PART_OF ${summit}`);
      expect(read.lines, JSON.stringify(read.lines)).toContain(`${summit} HELD_IN Lisbon`);
      // The summit is no meeting of the two leaders by name.
      expect(read.meetings.find((m) => m.name === summit)?.surface ?? "").not.toContain("matos-delacroix summit");
    });

    it("leaves a summit no leaders' meeting is held at as it was", () => {
      const read = analyse("Ministers gathered for the G20 summit Thursday in Lisbon, Portugal, to discuss lithium.");
      const summit = meetingWith(read, ["G20", "summit"]);
      expect(summit, JSON.stringify(read.meetings)).toBeDefined();
      expect(read.lines.some((l) => l.includes(" PART_OF ") && l.endsWith(` ${summit}`))).toBe(false);
    });
  });

  describe("attendance (a state after a preposition is no subject)", () => {
    it("does not put the country a person is in at the event", () => {
      const read = analyse(
        "Indian Foreign Minister Ravi Menon, who is in Canada to attend the World Trade Organization ministerial conference, met officials.",
      );
      expect(
        read.lines.some((l) => l.startsWith("Canada PARTICIPATED_IN")),
        JSON.stringify(read.lines),
      ).toBe(false);
    });

    it("still puts states coordinated before the verb at the event", () => {
      const read = analyse(
        "Japan, South Korea and China will hold a trilateral summit in Tokyo next month to discuss export controls.",
      );
      const summit = meetingWith(read, ["summit"]);
      expect(summit, JSON.stringify(read.meetings)).toBeDefined();
      expect(read.lines, JSON.stringify(read.lines)).toContain(`Japan PARTICIPATED_IN ${summit}`);
    });
  });

  describe('findCallVerb ("X is expected to speak with Y": two heads of state)', () => {
    it.each([
      [
        "Portuguese Prime Minister Rui Matias is expected to speak with Brazilian President Paulo Matos in the coming days about steel quotas.",
        ["Matias", "Matos", "call"],
      ],
      [
        "Kenyan President Daniel Mwangi will speak with Japanese Prime Minister Kenji Arakawa about cobalt supplies.",
        ["Mwangi", "Arakawa", "call"],
      ],
    ])("files the call of %j", (text, words) => {
      const read = analyse(text);
      expect(meetingWith(read, words), JSON.stringify(read.meetings)).toBeDefined();
    });

    it.each([
      // A minister is no head of state: they may meet in person as well.
      "Portuguese Trade Minister Rui Matias is expected to speak with Brazilian President Paulo Matos about steel quotas.",
      // Denied.
      "Portuguese Prime Minister Rui Matias refused to speak with Brazilian President Paulo Matos about steel quotas.",
      // Placed: in person, not a call.
      "Portuguese Prime Minister Rui Matias will speak with Brazilian President Paulo Matos in Lisbon about steel quotas.",
      // Two heads of one country.
      "Portuguese Prime Minister Rui Matias will speak with Portuguese President Ana Sousa about steel quotas.",
    ])("files no call for %j", (text) => {
      const read = analyse(text);
      expect(meetingWith(read, ["call"]), JSON.stringify(read.meetings)).toBeUndefined();
    });
  });

  describe('pronounVisitor ("The US president announced that he would visit Y")', () => {
    it("takes the document's one holder of the opening title as the visitor", () => {
      const read = analyse(
        "US President Walter Grant praised the copper pact. The US president also announced that he would visit Chile in May.",
      );
      const name = meetingWith(read, ["Grant", "visit", "Chile"]);
      expect(name, JSON.stringify(read.meetings)).toBeDefined();
      expect(read.lines, JSON.stringify(read.lines)).toContain(`Walter Grant PARTICIPATED_IN ${name}`);
    });

    it("files no visitor when two people hold the title", () => {
      const read = analyse(
        "US President Walter Grant and Chilean President Marta Rojas praised the copper pact. The president also announced that he would visit Peru in May.",
      );
      expect(meetingWith(read, ["Grant", "visit"]), JSON.stringify(read.meetings)).toBeUndefined();
      expect(meetingWith(read, ["Rojas", "visit"]), JSON.stringify(read.meetings)).toBeUndefined();
    });

    it("does not reach past a clause of its own to the title", () => {
      const read = analyse(
        "US President Walter Grant praised the copper pact. The US president hailed the miners who said he would visit Chile in May.",
      );
      expect(meetingWith(read, ["Grant", "visit"]), JSON.stringify(read.meetings)).toBeUndefined();
    });
  });

  describe("findPlacedEvent (a meeting of a lower-case complement, then its place)", () => {
    const pair =
      "Chile and Japan are negotiating a lithium agreement. Tokyo wants copper too, and Santiago wants car tariffs cut. ";

    it("places the meeting past the complement; 'both countries' are the document's two sides", () => {
      const read = analyse(
        `${pair}A meeting of the senior negotiators of both countries in Lima on Tuesday settled the text.`,
      );
      const name = meetingWith(read, ["Lima"]);
      expect(name, JSON.stringify(read.meetings)).toBeDefined();
      expect(read.lines, JSON.stringify(read.lines)).toContain(`${name} HELD_IN Lima`);
      expect(read.lines, JSON.stringify(read.lines)).toContain(`Chile PARTICIPATED_IN ${name}`);
      expect(read.lines, JSON.stringify(read.lines)).toContain(`Japan PARTICIPATED_IN ${name}`);
    });

    it("names no sides when the complement does not", () => {
      const read = analyse(`${pair}A meeting of the senior negotiators in Lima on Tuesday settled the text.`);
      const name = meetingWith(read, ["Lima"]);
      expect(name, JSON.stringify(read.meetings)).toBeDefined();
      expect(
        read.lines.some((l) => l.endsWith(`PARTICIPATED_IN ${name}`)),
        JSON.stringify(read.lines),
      ).toBe(false);
    });

    it("does not put the owner of another event at the meeting", () => {
      const read = analyse(
        `${pair}Chilean Finance Minister Tomas Vidal's visit followed a meeting of the senior negotiators of both countries in Lima.`,
      );
      const name = meetingWith(read, ["Lima"]);
      expect(name, JSON.stringify(read.meetings)).toBeDefined();
      expect(read.lines, JSON.stringify(read.lines)).not.toContain(`Tomas Vidal PARTICIPATED_IN ${name}`);
    });
  });

  describe("findTalks (talks in progress are a process, not one meeting)", () => {
    it.each([
      "The Chilean trade minister said on Tuesday that trade talks with the European Union are “advancing quickly” before the summer.",
      "Chilean officials said negotiations with Japan have stalled over car tariffs.",
    ])("files no talks for %j", (text) => {
      const read = analyse(text);
      expect(meetingWith(read, ["talks"]), JSON.stringify(read.meetings)).toBeUndefined();
      expect(meetingWith(read, ["negotiations"]), JSON.stringify(read.meetings)).toBeUndefined();
    });

    it("still files talks a lead reports as held", () => {
      const read = analyse(
        "Chile and Japan held two days of trade talks in Lima on Tuesday, and the negotiators said the talks are advancing.",
      );
      expect(meetingWith(read, ["Lima"]), JSON.stringify(read.meetings)).toBeDefined();
    });
  });

  describe("kindPhrase (words every talks share qualify no name)", () => {
    it("does not name talks after 'bilateral talks'", () => {
      const read = analyse("Chilean Finance Minister Tomas Vidal held bilateral talks with Japan in Lima on Tuesday.");
      const talks = read.meetings.find((m) => m.surface.includes("lima"));
      expect(talks, JSON.stringify(read.meetings)).toBeDefined();
      expect(talks?.surface).not.toContain("(bilateral talks)");
    });

    it("still names talks after their own describing words", () => {
      const read = analyse("Chile and Japan held a sixth round of talks in Lima on Tuesday.");
      const talks = read.meetings.find((m) => m.surface.includes("lima"));
      expect(talks?.surface, JSON.stringify(read.meetings)).toContain("sixth round of talks");
    });
  });

  describe("findLeadersMeeting (a city before the noun: 'his Lima meeting with Y')", () => {
    it("holds the meeting in the city", () => {
      const read = analyse(
        "Chilean Finance Minister Tomas Vidal said his Lima meeting with Japanese Trade Minister Kenji Arakawa was constructive.",
      );
      const name = meetingWith(read, ["Vidal", "Arakawa"]);
      expect(name, JSON.stringify(read.meetings)).toBeDefined();
      expect(read.lines, JSON.stringify(read.lines)).toContain(`${name} HELD_IN Lima`);
    });

    it("does not read a city inside another phrase as the meeting's place", () => {
      const read = analyse(
        "Chilean Finance Minister Tomas Vidal said the Lima accord came up in a meeting with Japanese Trade Minister Kenji Arakawa.",
      );
      expect(
        read.lines.some((l) => l.endsWith("HELD_IN Lima")),
        JSON.stringify(read.lines),
      ).toBe(false);
    });
  });

  describe("attendance (the person a relative clause hangs on)", () => {
    it("puts 'X, who is in Y to attend Z' at Z", () => {
      const read = analyse(
        "Indian Foreign Minister Ravi Menon, who is in Canada to attend the World Trade Organization ministerial conference, met officials.",
      );
      const name = meetingWith(read, ["ministerial", "conference"]);
      expect(name, JSON.stringify(read.meetings)).toBeDefined();
      expect(read.lines, JSON.stringify(read.lines)).toContain(`Ravi Menon PARTICIPATED_IN ${name}`);
    });

    it("does not when the relative clause denies it", () => {
      const read = analyse(
        "Indian Foreign Minister Ravi Menon, who declined to attend the World Trade Organization ministerial conference, met officials.",
      );
      expect(
        read.lines.some((l) => l.startsWith("Ravi Menon PARTICIPATED_IN")),
        JSON.stringify(read.lines),
      ).toBe(false);
    });
  });

  describe('findVisit ("a visit to Y by X": the visitor after the destination)', () => {
    it("files the visit of the person after 'by'", () => {
      const read = analyse(
        "The two countries signed a lithium accord during a state visit to Chile by Kenyan President Daniel Mwangi in 2023.",
      );
      const name = meetingWith(read, ["Mwangi", "visit", "Chile"]);
      expect(name, JSON.stringify(read.meetings)).toBeDefined();
      expect(read.lines, JSON.stringify(read.lines)).toContain(`Daniel Mwangi PARTICIPATED_IN ${name}`);
      expect(read.lines, JSON.stringify(read.lines)).toContain(`${name} HELD_IN Chile`);
    });

    it("does not take a person past another clause as the visitor", () => {
      const read = analyse(
        "Exports rose after a visit to Chile, which was welcomed by Kenyan President Daniel Mwangi in 2023.",
      );
      expect(meetingWith(read, ["Mwangi", "visit"]), JSON.stringify(read.meetings)).toBeUndefined();
    });
  });
});
