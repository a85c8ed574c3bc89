// The investment frame's unnamed receiver (round 21 of issue 13, invested), on sentences written for
// this test (none taken from any corpus): money given "from X" in a clause that names no receiver goes
// to the document's firm; its amount may sit in the noun the money word completes ("a $1 billion line
// of credit from X"), only the semicolon's segment of the sentence must name no receiver, a currency's
// state ("US $") names none, and with no firm leading the document the firm the sentence before opens
// with received it. Refused: a receiver named in the segment, two firms opening the sentence before.

import { describe } from "vitest";
import { itGivesFacts, itTypesRows } from "../../_helpers/rows.ts";

describe("invested r21: money from X with its receiver unwritten", () => {
  itGivesFacts(
    [
      [
        "Quorrel Corp makes motors. Quorrel Corp opened a plant in Ohio. Quorrel Corp hired 300 workers. " +
          "The ministry will also lend $150 million for a kiln at the Tessaly site; further building costs are covered by a US $1 billion line of credit from Brannock Bank and Velloway Capital.",
        ["Brannock Bank INVESTED_IN Quorrel Corp", "Velloway Capital INVESTED_IN Quorrel Corp"],
      ],
      [
        "Quorrel Corp will double its output of magnets. " +
          "The expansion will be funded in part by a $620 million loan from Brannock Bank. " +
          "Tarrow Ltd will build a second site. Quorrel Corp said more plants could follow.",
        ["Brannock Bank INVESTED_IN Quorrel Corp"],
      ],
    ],
    [
      // The segment names a place the money goes to: no unnamed receiver.
      [
        "Quorrel Corp makes motors. Quorrel Corp opened a plant in Ohio. Quorrel Corp hired 300 workers. " +
          "Building costs in Ohio are covered by a $1 billion line of credit from Brannock Bank.",
        "Brannock Bank INVESTED_IN Quorrel Corp",
      ],
      // Two firms open the sentence before: which one received it is not read.
      [
        "Quorrel Corp and Tarrow Ltd will double their output of magnets. " +
          "The expansion will be funded in part by a $620 million loan from Brannock Bank. " +
          "Tarrow Ltd will build a second site. Quorrel Corp said more plants could follow.",
        "Brannock Bank INVESTED_IN Quorrel Corp",
      ],
    ],
  );
});

describe("invested r21: appositions joined by 'and' describe the name before them", () => {
  itGivesFacts(
    [
      [
        "Kessel Mining Corp, Ruritania's national mining company and a subsidiary of Orvane Group, will develop the mine.",
        ["Orvane Group INVESTED_IN Kessel Mining Corp"],
      ],
      [
        "Kessel Mining Corp, a major copper producer and a unit of Orvane Group, will develop the mine.",
        ["Orvane Group INVESTED_IN Kessel Mining Corp"],
      ],
    ],
    [
      // A name between: a list of parties, not descriptions of the first.
      [
        "Kessel Mining Corp, Brask Holdings and a subsidiary of Orvane Group will develop the mine.",
        "Orvane Group INVESTED_IN Kessel Mining Corp",
      ],
      // A description of no firm between.
      [
        "Kessel Mining Corp, the government and a subsidiary of Orvane Group signed the deal.",
        "Orvane Group INVESTED_IN Kessel Mining Corp",
      ],
    ],
  );
});

describe("invested r21: financing letters", () => {
  itGivesFacts(
    [
      [
        "The Northwind Export Credit Agency said it sent three letters of interest worth $900 million to support mining projects. " +
          "The letters were issued to Kessel Mining Corp and Brask Holdings Ltd.",
        [
          "Northwind Export Credit Agency INVESTED_IN Kessel Mining Corp",
          "Northwind Export Credit Agency INVESTED_IN Brask Holdings Ltd.",
        ],
      ],
      [
        "The Northwind Export Credit Agency issued a letter of interest to Kessel Mining Corp for its graphite project.",
        ["Northwind Export Credit Agency INVESTED_IN Kessel Mining Corp"],
      ],
      [
        "Kessel Mining Corp received a letter of intent for a loan of $120 million from the Northwind Export Credit Agency.",
        ["Northwind Export Credit Agency INVESTED_IN Kessel Mining Corp"],
      ],
    ],
    [
      // A letter of intent to buy: no money lent.
      [
        "Kessel Mining Corp signed a letter of intent with Brask Holdings Ltd to buy its concentrate.",
        "Brask Holdings Ltd INVESTED_IN Kessel Mining Corp",
      ],
      // Not issued.
      [
        "The Northwind Export Credit Agency did not issue a letter of interest to Kessel Mining Corp.",
        "Northwind Export Credit Agency INVESTED_IN Kessel Mining Corp",
      ],
      // "The letters" with no issuer named before: a firm's letters, no lender's.
      [
        "Kessel Mining Corp wrote to its suppliers. The letters were issued to Orvane Group.",
        "Kessel Mining Corp INVESTED_IN Orvane Group",
      ],
    ],
  );
});

// Money given "for" works "at" a named site, with no receiver of its own: the site received it; not
// past a verb or a comma.
describe("invested r21: money given for works at a site", () => {
  itGivesFacts(
    [
      [
        "The Northwind Export Credit Agency will provide a $150 million loan for separation upgrades at Kessel Mine.",
        ["Northwind Export Credit Agency INVESTED_IN Kessel Mine"],
      ],
    ],
    [
      [
        "The Northwind Export Credit Agency will provide a $150 million loan for workers who live at Kessel Mine.",
        "Northwind Export Credit Agency INVESTED_IN Kessel Mine",
      ],
      [
        "The Northwind Export Credit Agency will provide a $150 million loan for upgrades, at Kessel Mine.",
        "Northwind Export Credit Agency INVESTED_IN Kessel Mine",
      ],
    ],
  );
});

// A fund whose name opens with "Public" or "Sovereign" is a state's body (an Agency), as "National"
// and "Federal" funds are; not a shared body's, nor a name of two words.
describe("invested r21: a public or sovereign fund is a state's", () => {
  itTypesRows(
    "Agency",
    [
      [
        "The venture is owned by Kessel Mining Corp and the $900-billion Public Investment Fund (PIF).",
        "Public Investment Fund",
      ],
      ["The Sovereign Development Fund took a stake in Kessel Mining Corp.", "Sovereign Development Fund"],
    ],
    [
      [
        "The International Public Investment Fund took a stake in Kessel Mining Corp.",
        "International Public Investment Fund",
      ],
      ["The Public Equity Partners took a stake in Kessel Mining Corp.", "Public Equity Partners"],
    ],
  );
});
