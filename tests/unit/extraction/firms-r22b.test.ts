// Round 22b of issue 13: firms named with no cue word next to them, typed by what the clause does with
// them, on sentences written for this test (none taken from any corpus): the subject whose "its" (or,
// for two coordinated names, "their") owns a firm's accounts, suppliers or shares; a share of revenue
// handed over; initials in capitals opening a sentence; lists under "giants", "brands", "retailers";
// what a firm makes, sells, hires and cuts. Then names that must not be typed a firm.

import { describe } from "vitest";
import { itTypesRows } from "../../_helpers/rows.ts";

describe("extraction", () => {
  describe("firms by their clause (round 22b)", () => {
    itTypesRows(
      "Company",
      [
        // "its" / "their" owning a firm's things in the clause the name opens.
        ["Kestrova will hand over 15% of its revenue to the state.", "Kestrova"],
        ["Dravenor said on Monday that some of its suppliers had run out of magnets.", "Dravenor"],
        ["Ostrelli cut its workforce by a tenth last year.", "Ostrelli"],
        ["The ruling forced Kestrova and Dravenor to pay a share of their China revenue.", "Kestrova"],
        ["The ruling forced Kestrova and Dravenor to pay a share of their China revenue.", "Dravenor"],
        // A share of a firm's accounts, "its" left out.
        ["Kestrova and Dravenor will hand over 15% of revenue from sales abroad.", "Dravenor"],
        ["Kestrova agreed to give the government 20% of its sales in the region.", "Kestrova"],
        // Initials in capitals opening a sentence are no English word.
        ["QMT will hand over 15% of its revenue to the government.", "QMT"],
        // A list under a firm's plural noun.
        ["Retail giants, including Varnholt, sued the government in May.", "Varnholt"],
        ["Major brands like Ostrelli and Kestrova want their duties back.", "Ostrelli"],
        ["Retailers such as Dravenor raised prices in June.", "Dravenor"],
        // What a firm makes, sells, hires, cuts and launches.
        ["Kestrova sells chips to carmakers in Europe.", "Kestrova"],
        ["Dravenor makes batteries at a plant in Ohio.", "Dravenor"],
        ["Ostrelli hired 300 workers for the new line.", "Ostrelli"],
        ["Varnholt will cut 500 jobs at its Spanish sites.", "Varnholt"],
        ["Kestrova launched a new chip for data centres.", "Kestrova"],
      ],
      [
        // People own with "his" or "her"; first names and surnames are refused.
        ["Smith will hand over 15% of his revenue to the state.", "Smith"],
        ["John and Mary will keep 15% of their revenue.", "John"],
        ["Trump cut jobs at the agency, critics said.", "Trump"],
        // A state's or a region's "its" is typed by the gazetteer, not as a firm.
        ["Texas will keep its revenue from oil.", "Texas"],
        ["Kenya raised its revenue forecast for the year.", "Kenya"],
        // "its" after a comma or a relative pronoun belongs to another clause.
        ["Kestrova met the minister, whose ministry raised its revenue.", "Kestrova"],
        // "their" needs two names: one name's "their" is someone else's.
        ["Ostrelli told the miners to protect their revenue.", "Ostrelli"],
      ],
    );
  });

  describe("tickers written after a firm's name join it (round 22b)", () => {
    itTypesRows(
      "Company",
      [
        ["Kestrel Lithium (NYSE: KLI) said output rose. KLI shares rose 5% on Monday.", "Kestrel Lithium"],
        ["The state took a stake in Kestrel Lithium $KLI last week. KLI stock jumped 30%.", "Kestrel Lithium"],
        // No ticker written after the firm: the initials stay a firm of their own.
        ["Kestrel Lithium said output rose. KLI shares rose 5% on Monday.", "KLI"],
      ],
      [
        ["Kestrel Lithium (NYSE: KLI) said output rose. KLI shares rose 5% on Monday.", "KLI"],
        ["The state took a stake in Kestrel Lithium $KLI last week. KLI stock jumped 30%.", "KLI"],
      ],
    );
  });
});
