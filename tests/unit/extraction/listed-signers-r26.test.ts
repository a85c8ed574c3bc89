// Signers listed as bullets (round 26 of issue 13, meetings; events/bulleted-people.ts and
// `listedSigning` in stages/05-meetings.ts), on texts written for this test (none taken from any
// corpus): "The agreement was signed by Minister A, and her counterparts:" followed by bulleted
// lines that open with a person's name is the document's signing, its sides and every signer at it,
// also named with a bloc's acronym. Refused: a colon after other words ("who thanked her
// counterparts:"), a list that is no bulleted one.

import { describe } from "vitest";
import { itGivesFacts } from "../../_helpers/rows.ts";

const HEAD = `Peru and EFTA states sign free trade agreement

Peru has signed a free trade agreement with the four EFTA states in Lima on Monday.
`;
const LIST = `
- Joran Elvik, Minister of Trade and Industry, Norway;
- Marta Quellberg, Federal Councillor, Switzerland.
The agreement cuts tariffs on most goods.`;
const MEETING = "Peru-European Free Trade Association signing ceremony";

describe("listed signers r26: the people of a bulleted list after a signing's agent signed at it", () => {
  itGivesFacts(
    [
      [
        `${HEAD}The agreement was signed by Minister of Foreign Trade Alda Ruvera, and her counterparts:${LIST}`,
        [
          `Alda Ruvera PARTICIPATED_IN ${MEETING}`,
          `Joran Elvik PARTICIPATED_IN ${MEETING}`,
          `Marta Quellberg PARTICIPATED_IN ${MEETING}`,
          `Peru PARTICIPATED_IN ${MEETING}`,
          `European Free Trade Association PARTICIPATED_IN ${MEETING}`,
        ],
      ],
    ],
    [
      // Other words before the colon: no list of co-signers.
      [
        `${HEAD}The agreement was signed by Minister of Foreign Trade Alda Ruvera, who thanked her counterparts:${LIST}`,
        `Joran Elvik PARTICIPATED_IN ${MEETING}`,
      ],
      // No bulleted list after the sentence.
      [
        `${HEAD}The agreement was signed by Minister of Foreign Trade Alda Ruvera, and her counterparts.\nJoran Elvik, Minister of Trade and Industry of Norway, praised it.`,
        `Joran Elvik PARTICIPATED_IN ${MEETING}`,
      ],
    ],
  );
});
