// Round 20 of issue 13 (deals): a backoff for partnership nouns whose holder no precise rule read,
// and the firms a closing class lists after ", including". Every sentence is written for this test;
// the firms are invented.

import { describe } from "vitest";
import { factTable, readText } from "../../_helpers/documents.ts";

const read = (text: string) => readText(text, { date: "2025-09-12" }).lines;

/** A story about one firm, named in three sentences: the document's firm. */
const FIRM =
  "Norvale Mining Corp said on Monday it would expand its smelter. Norvale Mining Corp shares rose 4%. Analysts expect Norvale Mining Corp to report higher sales. ";

describe("deals r20: a partnership noun with Y whose holder no precise rule read", () => {
  factTable(
    read,
    [
      // The clause names no holder: the firm the story is about.
      [
        `${FIRM}The plan includes expanded partnerships with Kestrel Chemicals Inc and Brightwater Materials Ltd this year.`,
        "Norvale Mining Corp PARTNERED_WITH Kestrel Chemicals Inc",
      ],
      [
        `${FIRM}The plan includes expanded partnerships with Kestrel Chemicals Inc and Brightwater Materials Ltd this year.`,
        "Norvale Mining Corp PARTNERED_WITH Brightwater Materials Ltd",
      ],
      // The phrase is the clause's agent: no holder written, the story's firm.
      [
        `${FIRM}The partnership with Kestrel Chemicals Inc will create 300 jobs.`,
        "Norvale Mining Corp PARTNERED_WITH Kestrel Chemicals Inc",
      ],
      // The refinery, a joint venture with Y, in a story about X.
      [
        `${FIRM}The refinery, which is a joint venture with Kestrel Chemicals Inc, will open in 2027.`,
        "Norvale Mining Corp PARTNERED_WITH Kestrel Chemicals Inc",
      ],
    ],
    [
      // Only weighed, or ended.
      [
        `${FIRM}The board is weighing a possible partnership with Kestrel Chemicals Inc.`,
        "Norvale Mining Corp PARTNERED_WITH Kestrel Chemicals Inc",
      ],
      [
        `${FIRM}The partnership with Kestrel Chemicals Inc collapsed in 2019.`,
        "Norvale Mining Corp PARTNERED_WITH Kestrel Chemicals Inc",
      ],
      // A person's words about a partnership: no holder among the actors, no backoff.
      [
        `${FIRM}Jane Holt praised the partnership with Kestrel Chemicals Inc.`,
        "Norvale Mining Corp PARTNERED_WITH Kestrel Chemicals Inc",
      ],
      // No firm the story is about: nothing.
      [
        "The plan includes expanded partnerships with Kestrel Chemicals Inc and Brightwater Materials Ltd this year.",
        "Brightwater Materials Ltd PARTNERED_WITH Kestrel Chemicals Inc",
      ],
    ],
  );
});

describe("deals r20: the firms a closing class lists after ', including'", () => {
  factTable(
    read,
    [
      [
        "The U.S. government has taken stakes in Orbit Chips Inc, Delta Steel Corp and several mineral firms, including Kestrel Metals Corp and Lumen Resources Ltd.",
        "United States INVESTED_IN Kestrel Metals Corp",
      ],
      [
        "The U.S. government has taken stakes in Orbit Chips Inc, Delta Steel Corp and several mineral firms, including Kestrel Metals Corp and Lumen Resources Ltd.",
        "United States INVESTED_IN Orbit Chips Inc",
      ],
    ],
    [
      // The list closes with a firm named: no class to read a list from.
      [
        "The U.S. government has taken stakes in Orbit Chips Inc and Delta Steel Corp, including a loan to Kestrel Metals Corp.",
        "United States INVESTED_IN Lumen Resources Ltd",
      ],
    ],
  );
});

describe("deals r20: purchases told as a measure's reason are the struck state's", () => {
  factTable(
    read,
    [
      [
        "The United States slapped a 25% tariff on India over its purchases of Russian oil.",
        "India PURCHASES crude oil",
      ],
      [
        "President Donald Trump moved on Wednesday to hit India with an extra 25% tariff due to its continued purchases of Russian oil.",
        "India PURCHASES crude oil",
      ],
      [
        "Washington imposed a 25 per cent duty linked to India's oil purchases from Russia.",
        "India PURCHASES crude oil",
      ],
      // Two states struck over "their" purchases: both bought.
      [
        "The United States slapped tariffs on India and Brazil over their purchases of Russian oil.",
        "Brazil PURCHASES crude oil",
      ],
    ],
    [
      // The state imposing the measure buys nothing.
      [
        "President Donald Trump moved on Wednesday to hit India with an extra 25% tariff due to its continued purchases of Russian oil.",
        "United States PURCHASES crude oil",
      ],
      // A tariff on the purchases themselves tells no reason: left to the purchase rows.
      ["The United States raised its tariff on purchases of Indian steel by Mexico.", "India PURCHASES steel"],
      // The reason is a sale, not a purchase.
      [
        "The United States slapped a 25% tariff on India over Russian oil sales to Turkey.",
        "India PURCHASES crude oil",
      ],
    ],
  );
});

describe("deals r20: a state invested in, read from a pledge's pronoun and from a purpose clause", () => {
  factTable(
    read,
    [
      [
        "Orbit Chips Inc said the outlay is part of its earlier pledge to invest more than $50 billion in Canada over five years.",
        "Orbit Chips Inc INVESTED_IN Canada",
      ],
      [
        "Orbit Chips Inc has invested nearly $1 billion to rebuild the battery supply chain in Canada.",
        "Orbit Chips Inc INVESTED_IN Canada",
      ],
    ],
    [
      // No amount put in: a purpose alone names no investment's place.
      [
        "Orbit Chips Inc has invested heavily to rebuild the battery supply chain in Canada.",
        "Orbit Chips Inc INVESTED_IN Canada",
      ],
      // Only a possibility.
      [
        "Orbit Chips Inc said it might invest $1 billion to rebuild the battery supply chain in Canada.",
        "Orbit Chips Inc INVESTED_IN Canada",
      ],
    ],
  );
});

describe("deals r20: the one state a money noun names invests in what its 'in' phrase names", () => {
  factTable(
    read,
    [
      [
        "The trade deal will include $200 billion in Japanese investments in U.S. industry.",
        "Japan INVESTED_IN United States",
      ],
    ],
    [
      // Two states named in the money phrase: whose money it is, is not read.
      ["The report tallied American and Japanese investments in Indian industry.", "Japan INVESTED_IN India"],
      // No "in" phrase names a target.
      ["The trade deal will include $200 billion in Japanese investments.", "Japan INVESTED_IN United States"],
    ],
  );
});

describe("deals r20: a 'would' after a verb of revealing reports a 'will'", () => {
  factTable(
    read,
    [
      ["Orbit Chips Inc revealed the company would invest $2 billion in Canada.", "Orbit Chips Inc INVESTED_IN Canada"],
      ["Orbit Chips Inc disclosed that it would invest $2 billion in Canada.", "Orbit Chips Inc INVESTED_IN Canada"],
    ],
    [
      // A condition keeps it a possibility.
      [
        "Orbit Chips Inc revealed it would invest $2 billion in Canada if prices rose.",
        "Orbit Chips Inc INVESTED_IN Canada",
      ],
      // Not a verb of saying.
      ["Orbit Chips Inc hoped it would invest $2 billion in Canada.", "Orbit Chips Inc INVESTED_IN Canada"],
    ],
  );
});
