// Officials, round 18b (issue 13): whose official a titled person is when no state stands next to
// the title. A member of a party serves the party's owner's state ("In X's party were …"); an
// official who acts in a clause (signs, highlights, adds) speaks for the state whose post they hold.
// Every sentence is written for this test; the people and firms are invented.
// Rows: [text, "A PREDICATE B" that must be found]; negatives: must not be found.

import { describe } from "vitest";
import { factTable, readText } from "../../_helpers/documents.ts";

const lines = (text: string) => readText(text, { date: "2025-06-12" }).lines;

describe("officials r18b: a party's members serve the state of its owner", () => {
  factTable(
    lines,
    [
      [
        "Peruvian Foreign Minister Elena Varga held talks in Ottawa with Canada on Monday. In Varga's travelling party were Undersecretary of Mining Tomas Ruiz and Undersecretary for Trade Irene Solis.",
        "Tomas Ruiz HOLDS_POSITION Peru",
      ],
      [
        "Peruvian Foreign Minister Elena Varga held talks in Ottawa with Canada on Monday. In Varga's travelling party were Undersecretary of Mining Tomas Ruiz and Undersecretary for Trade Irene Solis.",
        "Irene Solis HOLDS_POSITION Peru",
      ],
      [
        "Peruvian Foreign Minister Elena Varga held talks in Ottawa with Canada on Monday. In Varga's travelling party were Undersecretary of Mining Tomas Ruiz and Undersecretary for Trade Irene Solis.",
        "Irene Solis REPRESENTS Peru",
      ],
    ],
    [
      [
        "Peruvian Foreign Minister Elena Varga held talks in Ottawa with Canada on Monday. Varga's party was welcomed by Undersecretary of Mining Tomas Ruiz.",
        "Tomas Ruiz HOLDS_POSITION Peru",
      ],
    ],
    ["gives", "gives no"],
  );
});

describe("officials r18b: an official acting in a clause speaks for the state", () => {
  factTable(
    lines,
    [
      [
        "Ghana agreed a lithium royalty with two foreign miners. Lands Minister Kofi Mensah-Bako inked the accord in Accra on Friday.",
        "Kofi Mensah-Bako REPRESENTS Ghana",
      ],
      [
        "Norway wants more battery plants. Trade Minister Sigrid Holm highlighted the country's cheap hydropower at a conference in Oslo.",
        "Sigrid Holm REPRESENTS Norway",
      ],
    ],
    [
      [
        "Ghana agreed a lithium royalty with two foreign miners. Lands Minister Kofi Mensah-Bako is expected to sign the accord later this year.",
        "Kofi Mensah-Bako REPRESENTS Ghana",
      ],
      [
        "Norway wants more battery plants. Former Trade Minister Sigrid Holm highlighted the country's cheap hydropower at a conference in Oslo.",
        "Sigrid Holm REPRESENTS Norway",
      ],
    ],
    ["gives", "gives no"],
  );
});
