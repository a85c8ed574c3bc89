// Events of one pair, round 20c of issue 13: a pair's meeting a headline names by a verb ("X to
// meet Y") keeps the event noun the body gives it ("X will hold discussions with Y"), and the
// venue of a follow-up meeting named after it is not the first event's. Every sentence here is
// written for these tests.

import { describe, expect, it } from "vitest";
import { meetingWith, readText, type TextReading } from "../../_helpers/documents.ts";

const analyse = (text: string): TextReading => readText(text, { date: "2025-06-12" });

const planned =
  "Treasury Secretary Matos to meet Chinese Vice Premier Wei Lan amid tensions\n\nU.S. Treasury Secretary Paulo Matos is due to hold discussions with Chinese Vice Premier Wei Lan this evening, with a subsequent in-person meeting planned in Malaysia next week. The planned meeting in Malaysia would be their first.";

describe("stages/05-meetings, round 20c: the body's event noun on a pair's meeting a headline named by a verb", () => {
  it("names the headline's meeting by the body's noun", () => {
    const read = analyse(planned);
    const name = meetingWith(read, ["Matos", "Wei", "discussions"]);
    expect(name, JSON.stringify(read.meetings)).toBe("Matos-Wei meeting");
  });
  it("gives no other pair's headline meeting the body's noun", () => {
    const read = analyse(
      "Finance Minister Matos to meet Ana Lima on trade\n\nFinance Minister Paulo Matos will hold discussions with Vice Premier Wei Lan on Friday about export curbs.",
    );
    const lima = read.meetings.find((m) => m.surface.includes("matos-lima"));
    expect(lima, JSON.stringify(read.meetings)).toBeDefined();
    expect(lima!.surface).not.toContain("discussions");
  });
});

describe("rules/delegations talks-venue, round 20c: a follow-up meeting's venue", () => {
  it("places the follow-up meeting, not the first event, in the state", () => {
    const read = analyse(planned);
    expect(read.lines, JSON.stringify(read.lines)).toContain("meeting in Malaysia HELD_IN Malaysia");
    expect(read.lines).not.toContain("Matos-Wei meeting HELD_IN Malaysia");
  });
  it("still places talks in a venue no other meeting holds", () => {
    const read = analyse(
      "Finance Minister Paulo Matos held talks with Vice Premier Wei Lan on Monday. The talks took place at the Grand Hall in Lisbon.",
    );
    expect(read.lines, JSON.stringify(read.lines)).toContain("Matos-Wei talks HELD_IN Lisbon");
  });
});

describe("stages/05-meetings, round 20c: a pair's meeting in person in a story of their call", () => {
  const call = "President Paulo Matos and President Wei Lan spoke by phone on Friday about export curbs.";
  it("files the in-person meeting apart from the call, part of the summit named", () => {
    const read = analyse(
      `${call} A deal could come before a possible face-to-face meeting during the Pacific Rim summit in Lisbon next month.`,
    );
    expect(read.lines, JSON.stringify(read.lines)).toContain("Paulo Matos PARTICIPATED_IN Matos-Wei meeting");
    expect(read.lines).toContain("Wei Lan PARTICIPATED_IN Matos-Wei meeting");
    expect(
      read.lines.some((l) => /^Matos-Wei meeting PART_OF .*summit/i.test(l)),
      JSON.stringify(read.lines),
    ).toBe(true);
    expect(read.meetings.filter((m) => m.surface.includes("matos-wei")).length).toBe(2);
  });
  it("files no second meeting when the sentence names its own people", () => {
    const read = analyse(`${call} Minister Ana Lima said a face-to-face meeting with Tom Reed was possible.`);
    expect(
      read.lines.some((l) => l.endsWith("PARTICIPATED_IN Matos-Wei meeting")),
      JSON.stringify(read.lines),
    ).toBe(false);
  });
  it("files no meeting in person in a story of no call", () => {
    const read = analyse("Trade grew in May. A face-to-face meeting is possible next month.");
    expect(read.meetings, JSON.stringify(read.meetings)).toHaveLength(0);
  });
});
