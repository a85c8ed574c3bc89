// Signing events read from the signing's own words (round 26b of issue 13; events/own-signing.ts
// and `ownSigning`/`placedSigning` in stages/05-meetings.ts), on texts written for this test (none
// taken from any corpus): "X was joined at the ceremony by A" after a body "has signed" an
// agreement is that body's signing ceremony, X and A at it; "The signing, which took place in P"
// after "A and B formalized an agreement" is a signing held in P, A and B at it. Refused: a
// ceremony with no word of signing before it, a signing still to take place.

import { describe } from "vitest";
import { itGivesFacts } from "../../_helpers/rows.ts";

const LOAN =
  "Fund signs railway loan\n\nThe Kestrel Development Fund has signed a loan agreement for the Valdora Railway. The agreement supports regional trade.\n";
const PACT =
  "Leaders agree trade pact\n\nKenyan President Arlo Venn and Ghanaian President Sela Morrow formalized a new trade agreement on Sunday.\n";
const CEREMONY = "Kestrel Development Fund signing ceremony";

describe("own signing r26b: a signing named and placed by its own words", () => {
  itGivesFacts(
    [
      [
        `${LOAN}Fund chief executive Maren Tolvik was joined at the ceremony by Transport Minister Edo Brannick.`,
        [`Maren Tolvik PARTICIPATED_IN ${CEREMONY}`, `Edo Brannick PARTICIPATED_IN ${CEREMONY}`],
      ],
      [
        `${PACT}The signing, which took place in Nairobi, marks a milestone for both countries.`,
        [
          "signing in Nairobi HELD_IN Nairobi",
          "Arlo Venn PARTICIPATED_IN signing in Nairobi",
          "Sela Morrow PARTICIPATED_IN signing in Nairobi",
        ],
      ],
    ],
    [
      // No word of signing before the ceremony.
      [
        "Fund approves railway loan\n\nThe Kestrel Development Fund approved a loan for the Valdora Railway. The loan supports regional trade.\nFund chief executive Maren Tolvik was joined at the ceremony by Transport Minister Edo Brannick.",
        "Maren Tolvik PARTICIPATED_IN Kestrel Development Fund signing ceremony",
      ],
      // A signing still to take place.
      [`${PACT}The signing will take place in Nairobi next month.`, "signing in Nairobi HELD_IN Nairobi"],
    ],
  );
});
