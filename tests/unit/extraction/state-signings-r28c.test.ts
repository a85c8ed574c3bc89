// States' signings folded into their leaders' meeting (round 28c of issue 13, events/state-signings.ts),
// on sentences written for this test (none taken from any corpus): "X and Y sign a deal" makes the
// two states' signing; when the text reports their leaders meeting in a sentence that tells of the
// signing too, the states take part in that meeting instead. A leaders' meeting told of with no
// signing (an earlier meeting elsewhere) leaves the states' signing apart.

import { describe } from "vitest";
import { itGivesFacts } from "../../_helpers/rows.ts";

const AT_MEETING =
  "Portugal and Chile sign lithium deal\n\nA deal on lithium supply was signed in Lisbon as Chilean President Tomas Varela and Portuguese Prime Minister Rui Amaral met on Tuesday.";
const EARLIER_MEETING =
  "Portugal and Chile sign lithium deal\n\nThe deal on lithium supply was announced in Lisbon on Tuesday. It follows a meeting between Chilean President Tomas Varela and Portuguese Prime Minister Rui Amaral in Santiago in March.";
const NO_MEETING =
  "Portugal and Chile sign lithium deal\n\nThe deal on lithium supply was announced in Lisbon on Tuesday.";

describe("state signings r28c: the states sign at their leaders' meeting the text reports", () => {
  itGivesFacts(
    [
      [
        AT_MEETING,
        [
          "Portugal PARTICIPATED_IN Varela-Amaral meeting",
          "Chile PARTICIPATED_IN Varela-Amaral meeting",
          "Tomas Varela PARTICIPATED_IN Varela-Amaral meeting",
        ],
      ],
      [EARLIER_MEETING, ["Portugal PARTICIPATED_IN Portugal-Chile agreement signing"]],
      [NO_MEETING, ["Chile PARTICIPATED_IN Portugal-Chile agreement signing"]],
    ],
    [
      // Folded: no separate signing event of the two states.
      [AT_MEETING, "Portugal PARTICIPATED_IN Portugal-Chile agreement signing"],
      // The leaders' meeting told of with no signing is another event.
      [EARLIER_MEETING, "Chile PARTICIPATED_IN Varela-Amaral meeting"],
    ],
  );
});
