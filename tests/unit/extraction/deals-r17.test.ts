// Round 17 of issue 13 (deals): mechanisms, not phrasings. A funding infinitive after a clause that
// receives money ("Y secured a loan from X to fund its mine") is done by the giver, not the
// receiver, and the receiver's own works stand for the receiver (INVESTED_IN); the place of the
// works funded is no second target. Every sentence is written for this test; the firms are invented.

import { describe } from "vitest";
import { factTable, readText } from "../../_helpers/documents.ts";

const Q = "Quillon Minerals";
const T = "Talmore Capital";

const read = (text: string) => readText(text, { date: "2025-09-12" }).lines;

describe("deals r17: the money's giver funds what a receiver's loan pays for", () => {
  factTable(
    read,
    [
      [`${Q} secured a $90 million loan from ${T} to fund its copper mine in Peru.`, `${T} INVESTED_IN ${Q}`],
      [
        `${Q} obtained financing of $30 million from ${T} to finance the construction of its smelter in Chile.`,
        `${T} INVESTED_IN ${Q}`,
      ],
    ],
    [
      // The receiver funds nothing of its own with another's loan.
      [`${Q} secured a $90 million loan from ${T} to fund its copper mine in Peru.`, `${Q} INVESTED_IN Peru`],
      [`${Q} secured a $90 million loan from ${T} to fund its copper mine in Peru.`, `${T} INVESTED_IN Peru`],
      [
        `${Q} obtained financing of $30 million from ${T} to finance the construction of its smelter in Chile.`,
        `${Q} INVESTED_IN Chile`,
      ],
    ],
  );
});
