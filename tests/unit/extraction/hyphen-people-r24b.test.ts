// People named inside a hyphenated compound before an event or agreement noun (round 24b of issue
// 13; stages/hyphen-people.ts), on sentences written for this test (none taken from any corpus):
// "the Varsk-Relund summit" names the two people the document names elsewhere, and a part named
// only there is a person too when the other part is one. Refused: a compound of no person of the
// document ("the Halvor-Brisk deal"), a state, and the first line's event the story is dated by.

import { describe } from "vitest";
import { itGivesFacts, itTypesRows } from "../../_helpers/rows.ts";

const LEAD =
  "Prime Minister Alina Varsk of Norland arrived in Vell on Monday. President Tomas Relund of Ostria welcomed her.";

describe("hyphen people r24b: the parts of a compound before an event noun are its people", () => {
  itGivesFacts(
    [
      [
        `${LEAD} The Varsk-Relund summit was held in Vell on Tuesday, officials said.`,
        ["Alina Varsk MET_WITH Tomas Relund"],
      ],
      [`${LEAD} The Relund-Varsk meeting lasted two hours, officials said.`, ["Alina Varsk MET_WITH Tomas Relund"]],
      // The partner named in full only after the compound.
      [
        `${LEAD} The Relund-Oskarsson talks ended on Friday. Finance Minister Erik Oskarsson said they went well.`,
        [
          "Erik Oskarsson PARTICIPATED_IN Relund-Oskarsson meeting",
          "Tomas Relund PARTICIPATED_IN Relund-Oskarsson meeting",
        ],
      ],
    ],
    [
      // A compound of no person of the document names no meeting of theirs.
      [`${LEAD} Analysts praised the Halvor-Brisk deal on Tuesday.`, "Alina Varsk MET_WITH Halvor"],
    ],
  );
  // A partner named only in the compound: the talks are read (the lone surname waits for a full
  // name elsewhere in the corpus, stages/08-merge.ts).
  itTypesRows(
    "Meeting",
    [[`${LEAD} The Relund-Oskarsson talks ended on Friday, officials said.`, "Relund-Oskarsson meeting"]],
    [],
  );
  itTypesRows(
    "Person",
    [],
    [
      // Neither part is a person of the document.
      [`${LEAD} Analysts praised the Halvor-Brisk deal on Tuesday.`, "Brisk"],
      // A state is no person.
      [`${LEAD} The Relund-France talks ended on Friday.`, "France"],
    ],
  );
});
