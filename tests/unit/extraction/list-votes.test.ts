// Round 23b of issue 13: the list vote (stages/name-votes.ts `voteListNames`), on texts written for
// this test (none taken from any corpus). The names of one coordinated list ("A, B and C", "A
// alongside B", "miners such as A and B") or of one bulleted list (one name a line) are of one kind:
// a list that holds a firm the document typed and no member of another type makes its unknown
// members firms, the capitalised names stage 3 could not type among them; a person's cue at any
// place the document writes the name ("Mr X", "X told", "X, who") keeps it out.

import { describe, expect, it } from "vitest";
import { analyseDocument } from "../../../src/extraction/index.ts";
import { testDocument } from "../../_helpers/documents.ts";

/** Each mention as "type:text:rule". */
function mentionsOf(text: string): string[] {
  return analyseDocument(testDocument(text, { date: "2025-09-12" })).entities.flatMap((e) =>
    e.mentions.map((m) => `${e.type}:${m.text}:${m.rule}`),
  );
}

const typed: [string, string][] = [
  ["The rules hit Zentrix Corp as well as Tarnel Drones on Monday.", "Tarnel Drones"],
  ["Buyers such as Zentrix Corp alongside Tarnel Drones signed the deal on Monday.", "Tarnel Drones"],
  // A firms' noun before "such as" makes the list one of firms without a known member.
  ["Buyers such as Tarnel Drones and Ostrel Cargo signed the deal on Monday.", "Ostrel Cargo"],
  // A bulleted list, one name a line, with a firm the document typed.
  [
    "Zentrix Corp is on the list.\n\nThe companies include:\n- Zentrix\n- Tarnel Drones\n- Ostrel Cargo\n\nThe list grew again in May.",
    "Tarnel Drones",
  ],
];

const untouched: [string, string][] = [
  // A member of another type (a state) in the list: no vote.
  ["The ban covers Zentrix Corp, France and Tarnel Drones from next month.", "Tarnel Drones"],
  // No firm in the list and no firms' noun before it.
  ["The ban covers Tarnel Drones and Ostrel Cargo from next month.", "Tarnel Drones"],
  // A person's cue where the document writes the name again.
  [
    "The ban covers Zentrix Corp and Tarnel Drones from next month. Tarnel Drones told reporters it was unfair.",
    "Tarnel Drones",
  ],
  // Bulleted lines that are not one run of names.
  [
    "Zentrix Corp is on the list.\n\nThe companies include:\n- Zentrix\n\nThe list grew in May.\n- Tarnel Drones\n\nIt ends there.",
    "Tarnel Drones",
  ],
];

describe("extraction", () => {
  describe("a list's unknown names typed by its known firm (round 23b)", () => {
    for (const [text, name] of typed)
      it(`types ${name} a firm in: ${text.replace(/\n/g, " ")}`, () => {
        expect(mentionsOf(text)).toContain(`Company:${name}:list-firm-name`);
      });
    for (const [text, name] of untouched)
      it(`does not vote ${name} a firm in: ${text.replace(/\n/g, " ")}`, () => {
        expect(mentionsOf(text)).not.toContain(`Company:${name}:list-firm-name`);
      });
  });
});
