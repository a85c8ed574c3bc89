// Meetings, round 24 of issue 13: a bloc written only inside the name of its own summit, "summit"
// in lower case ("the APEC summit"), is the event's name, not a party filed at it; a bloc the text
// names apart from the event, a two-party summit, another event noun ("the APEC forum") or a summit
// written as a proper name ("the ASEAN Summit") keeps its PARTICIPATED_IN. Every sentence here is written for these tests.

import { describe, expect, it } from "vitest";
import { readText } from "../../_helpers/documents.ts";

const lines = (text: string): string[] => readText(text, { date: "2025-06-12" }).lines;

describe("events/summit-owners: a bloc only inside its summit's name", () => {
  const dropped: [text: string, fact: string][] = [
    [
      "President Ana Lima will meet Premier Paulo Matos on the sidelines of the APEC summit in Lima next week.",
      "APEC PARTICIPATED_IN",
    ],
    [
      "The two ministers spoke ahead of the Asia-Pacific Economic Cooperation (APEC) summit in Santiago on Friday.",
      "PARTICIPATED_IN APEC",
    ],
  ];
  for (const [text, fact] of dropped)
    it(`files no bloc at its own summit in ${JSON.stringify(text.slice(0, 60))}`, () => {
      const found = lines(text);
      expect(
        found.some((l) => l.includes(fact) && /^(APEC|Asia-Pacific Economic Cooperation) PARTICIPATED_IN/.test(l)),
        JSON.stringify(found),
      ).toBe(false);
    });

  const kept: [text: string, fact: RegExp][] = [
    // A proper name of the event: the seeds' gold files the bloc at it.
    [
      "Officials met on the sidelines of the ASEAN Summit in Kuala Lumpur on Sunday.",
      /^ASEAN PARTICIPATED_IN ASEAN Summit/,
    ],
    // A two-party summit: the bloc is one of its parties.
    ["Trade grew after the EU-Chile summit in Santiago on Monday, officials said.", /^European Union PARTICIPATED_IN/],
    // Another event noun than "summit": the organisation's own event.
    ["Japan will host the APEC forum in Osaka in November.", /^APEC PARTICIPATED_IN/],
    // The bloc named apart from the event.
    [
      "ASEAN said its members agreed on a new tariff pact. Leaders met at the ASEAN summit in Kuala Lumpur on Sunday.",
      /^ASEAN PARTICIPATED_IN ASEAN Summit/,
    ],
  ];
  for (const [text, fact] of kept)
    it(`keeps the bloc at its summit in ${JSON.stringify(text.slice(0, 60))}`, () => {
      const found = lines(text);
      expect(
        found.some((l) => fact.test(l)),
        JSON.stringify(found),
      ).toBe(true);
    });
});
