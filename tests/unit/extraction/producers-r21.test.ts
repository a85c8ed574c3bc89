// Producers read in round 21 of issue 13, on sentences written for this test (none taken from any
// corpus): a firm taken up by a description naming its goods ("the phosphate producer", "the lithium
// and potash miner") produces them; when several firms are named, a description opening its sentence
// takes up the firm the sentence before opened with, as its subject.

import { describe } from "vitest";
import { itGivesFacts, itTypesRows } from "../../_helpers/rows.ts";

describe("stages/03-mentions and rules/trade (a firm's goods in a description that takes it up)", () => {
  itGivesFacts(
    [
      [
        "Borel Fertilizer Co said on Tuesday it would sell its stake. The phosphate producer curtailed output last year.",
        ["Borel Fertilizer Co PRODUCES phosphate"],
      ],
      [
        "Kestrel Metals reported a loss on Monday. The lithium and potash miner said output fell.",
        ["Kestrel Metals PRODUCES lithium", "Kestrel Metals PRODUCES potash"],
      ],
      [
        "Kestrel Metals reported a loss on Monday. The Peruvian copper and zinc miner said output fell.",
        ["Kestrel Metals PRODUCES copper", "Kestrel Metals PRODUCES zinc"],
      ],
      [
        // Two firms named: the description opening its sentence is the subject before.
        "Kestrel Metals said on Friday that Varden Holdings would buy its stake in a smelter. The nickel producer cut output in March.",
        ["Kestrel Metals PRODUCES nickel"],
      ],
    ],
    [
      // A bare "the producer" takes up nothing: it is as often a market's side.
      [
        "Kestrel Metals reported a loss on Monday. The producer said nickel output fell.",
        "Kestrel Metals PRODUCES nickel",
      ],
      // Two firms named and the description inside its clause: no firm is taken up.
      [
        "Kestrel Metals said on Friday that Varden Holdings would buy its stake. Analysts said the nickel producer cut output.",
        "Kestrel Metals PRODUCES nickel",
      ],
      [
        "Kestrel Metals said on Friday that Varden Holdings would buy its stake. Analysts said the nickel producer cut output.",
        "Varden Holdings PRODUCES nickel",
      ],
      // The sentence before opens with a firm's possessor: its firm is no subject.
      [
        "Kestrel Metals's chief said Varden Holdings would buy the stake. The nickel producer cut output in March.",
        "Kestrel Metals PRODUCES nickel",
      ],
    ],
  );
});

describe("stages/03-mentions (firms recognised by a listing code or their apposition, round 21)", () => {
  itTypesRows(
    "Company",
    [
      // A bracketed instrument code after the name: a ticker, a dot, an exchange's suffix.
      ["The plane maker competes with Corvane (CRV.PA) and Belmont (BLM.N) in Asia.", "Corvane"],
      ["The plane maker competes with Corvane (CRV.PA) and Belmont (BLM.N) in Asia.", "Belmont"],
      ["Shares of Dorrin (6301.T) fell 3% in Tokyo.", "Dorrin"],
      // A firm's unit, its owner after a state's possessive.
      ["The grant goes to Caldera, a unit of France's Dravenne.", "Dravenne"],
      ["The mine is run by Caldera, a subsidiary of Germany's Dravenne.", "Dravenne"],
      // An apposition whose firm noun goes on with "of".
      ["Caldera, a Vancouver-based developer of rare earth projects, raised $20 million.", "Caldera"],
    ],
    [
      // No exchange's suffix after the dot.
      ["The plane maker competes with Corvane (CRV.XYZ) in Asia.", "Corvane"],
      // A person's name after a state's possessive, with no firm's cue.
      ["The grant was praised by France's Dravenne on Monday.", "Dravenne"],
    ],
  );
});

describe("rules/predicates (production: what a firm ships, exports or sells, round 21)", () => {
  itGivesFacts(
    [
      [
        "Kestrel Metals has halted all shipments of cobalt concentrate to Japan.",
        ["Kestrel Metals PRODUCES cobalt concentrate"],
      ],
      ["Kestrel Metals will resume jet engine shipments to Peru next month.", ["Kestrel Metals PRODUCES jet engines"]],
      ["Kestrel Metals's cobalt sales rose 10% in the quarter.", ["Kestrel Metals PRODUCES cobalt"]],
      ["Kestrel Metals sells cobalt to carmakers in Japan.", ["Kestrel Metals PRODUCES cobalt"]],
      ["Kestrel Metals ships nickel to Japan every month.", ["Kestrel Metals PRODUCES nickel"]],
    ],
    [
      // A stake sold is no output.
      ["Kestrel Metals sold its stake in a cobalt mine to Varden Holdings.", "Kestrel Metals PRODUCES cobalt"],
      // A state's shipments may be another's goods shipped on (the purchase rows read states).
      ["Peru halted all shipments of cobalt to Japan.", "Peru PRODUCES cobalt"],
      // A buyer waiting for shipments does not make them.
      ["Kestrel Metals has yet to see a rise in magnet shipments from Japan.", "Kestrel Metals PRODUCES magnets"],
      // Only the sales phrase's own "of": a later "of" names no good sold.
      ["Kestrel Metals's chip sales to Japan are part of cobalt talks.", "Kestrel Metals PRODUCES cobalt"],
    ],
  );
});

describe("rules/predicates and syntax/predicates (production at a firm's site: the at-owner role, round 21)", () => {
  itGivesFacts(
    [
      ["The cobalt will be processed at Kestrel Metals's plant in Ohio.", ["Kestrel Metals PRODUCES cobalt"]],
      ["Nickel is mined at Kestrel Metals's Tarn mine in Peru.", ["Kestrel Metals PRODUCES nickel"]],
      [
        "Kestrel Metals will ramp up magnet production at its new facility in Texas.",
        ["Kestrel Metals PRODUCES magnets"],
      ],
      ["Cobalt output at Kestrel Metals's Tarn mine rose 10% last year.", ["Kestrel Metals PRODUCES cobalt"]],
    ],
    [
      // A site's owner, not a state's: "at" a place is no firm's site.
      ["The cobalt will be processed at a plant in Ohio owned by Peru.", "Peru PRODUCES cobalt"],
      // Not a site: a meeting or an office "at" which goods are named.
      ["Cobalt production was discussed at Kestrel Metals's annual meeting.", "Kestrel Metals PRODUCES cobalt"],
    ],
  );
});
