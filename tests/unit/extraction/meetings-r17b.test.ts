// Meetings, round 17b of issue 13: a definite event noun ("after the meeting", "the talks")
// refers back to an event the text has already named, never to one it names only later. Every
// sentence here is written for these tests.

import { describe } from "vitest";
import { factTable, readText } from "../../_helpers/documents.ts";

const lines = (text: string) => readText(text, { date: "2025-06-12" }).lines;

describe("stages/05-meetings, round 17b", () => {
  describe("'the meeting' refers back, not forward", () => {
    factTable(
      lines,
      [
        [
          "Kenyan President Amos Kiptoo met Brazilian Finance Minister Lia Prado in Nairobi on Friday. Trade Minister Paul Otieno told reporters after the meeting that a grain deal was close.",
          "Paul Otieno PARTICIPATED_IN Kiptoo-Prado meeting",
        ],
        [
          "Kenyan President Amos Kiptoo met Brazilian Finance Minister Lia Prado in Nairobi on Friday. Trade Minister Paul Otieno told reporters after the meeting that a grain deal was close.",
          "Kiptoo-Prado meeting HELD_IN Nairobi",
        ],
      ],
      [
        [
          "Kenyan trade negotiator Paul Otieno briefed Kenyan President Amos Kiptoo on the grain talks in Nairobi on Thursday. Otieno told reporters after the meeting that he had received new instructions. Officials said the president is expected to meet Brazilian Finance Minister Lia Prado on Friday.",
          "Paul Otieno PARTICIPATED_IN Kiptoo-Prado meeting",
        ],
        [
          "Finance Minister Paul Otieno spoke to reporters after the meeting on Tuesday. Kenyan President Amos Kiptoo will meet Brazilian President Lia Prado in Nairobi next month.",
          "Paul Otieno PARTICIPATED_IN Kiptoo-Prado meeting",
        ],
      ],
    );
  });
});
