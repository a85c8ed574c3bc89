// A placed event a later definite noun of another kind refers back to goes by that noun too (round
// 26 of issue 13, meetings; `referredNoun` in stages/05-meetings.ts): "Leaders … meeting in Lima …
// The summit ended …" files the meeting in Lima also as "summit in Lima". Every sentence here is
// written for these tests.

import { describe, expect, it } from "vitest";
import { meetingWith, readText } from "../../_helpers/documents.ts";

const read = (text: string) => readText(text, { date: "2025-06-12" });
const LEAD = "Leaders from Chile and Peru meeting in Lima on Monday committed to more trade.";

describe("referred noun r26: a later 'the summit' names the placed meeting it refers to", () => {
  it("names the meeting in Lima the summit in Lima", () => {
    const r = read(`${LEAD}\nThe summit ended with a declaration on copper.`);
    expect(meetingWith(r, ["summit", "Lima"]), JSON.stringify(r.meetings)).toBeDefined();
  });
  it("gives no summit name where no later noun refers to it", () => {
    const r = read(`${LEAD}\nAnalysts said copper prices rose.`);
    expect(meetingWith(r, ["summit"]), JSON.stringify(r.meetings)).toBeUndefined();
  });
});
