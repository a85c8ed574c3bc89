// Round 12b of issue 13 (entities), on sentences written for this test (none taken from any
// corpus). A firm's unit named in apposition after an owner's possessive ("its wholly owned
// subsidiary, X"; "its subsidiaries, X and Y") is a Company; a firm given money ("funding to X",
// "lent $40 million to X") is a Company; a state's sovereign wealth fund and a development-finance
// corporation are Agencies.

import { describe } from "vitest";
import { itTypesRows } from "../../_helpers/rows.ts";

describe("a firm's unit in apposition after its owner's possessive", () => {
  itTypesRows(
    "Company",
    [
      [
        "Orvane Metals closed the purchase through its wholly owned subsidiary, Pellucid Resources Holdings.",
        "Pellucid Resources Holdings",
      ],
      [
        "The miner's Peruvian subsidiary, Andina Copper Exploration, paused drilling in May.",
        "Andina Copper Exploration",
      ],
      [
        "The group runs the smelters through its subsidiaries, Kavro Zinc International and Telmar Alloys.",
        "Kavro Zinc International",
      ],
    ],
    [
      // A person's name after "its … unit," is a speaker, not the unit.
      ["The ministry, its regional unit, Maria Lopez said, would review the plan.", "Maria Lopez"],
      // One unit split at "and" is no name of it.
      ["The firm's local subsidiary, Norte Exploration and Mining, stopped shipments.", "Norte Exploration"],
      ["The firm's local subsidiary, Norte Exploration and Mining, stopped shipments.", "Mining"],
    ],
  );
});

describe("a firm given money", () => {
  itTypesRows(
    "Company",
    [
      ["The government agreed to provide funding to Valtor for the new plant.", "Valtor"],
      ["The energy ministry lent $40 million to Quorvex last year.", "Quorvex"],
      ["Regulators approved a grant to Sennara after the hearing.", "Sennara"],
    ],
    [
      ["Officials handed the report to Marisol Vega on Monday.", "Marisol Vega"],
      ["The lender will send $2 million to Dario Lemmens by June.", "Dario Lemmens"],
    ],
  );
});

describe("state funds and development-finance lenders", () => {
  itTypesRows(
    "Agency",
    [
      ["Norway's sovereign wealth fund Fjordkapital took a stake in the refinery.", "Fjordkapital"],
      ["The kingdom's sovereign fund Qalatar backed the new port.", "Qalatar"],
      [
        "The Nordic Development Finance Corporation lent $30 million to the mine.",
        "Nordic Development Finance Corporation",
      ],
    ],
    [
      ["The pension fund Arvell Capital sold its shares.", "Arvell Capital"],
      ["Boralis Finance Corporation opened a branch in Lima.", "Boralis Finance Corporation"],
    ],
  );
});

describe("a firm one partners with, and state lenders by their short names", () => {
  itTypesRows(
    "Company",
    [
      ["The province announced a partnership with Veltaro to recycle batteries.", "Veltaro"],
      ["Sorvik formed an alliance with Amberlane after months of talks.", "Amberlane"],
    ],
    [
      ["The DOE took a small stake in the lithium venture.", "DOE"],
      ["The miner signed a partnership with Peru last week.", "Peru"],
    ],
  );
  itTypesRows(
    "Agency",
    [
      ["The DOE took a small stake in the lithium venture.", "Department of Energy"],
      ["A loan from the U.S. Export-Import Bank will fund the port.", "Export-Import Bank of the United States"],
      ["The alloy is sold to NASA and to two carmakers.", "NASA"],
    ],
    [],
  );
});

describe("a brand written with a lower-case initial", () => {
  itTypesRows(
    "Company",
    [
      ["The agency will take a $90 million stake in qVolt, a startup building inverters.", "qVolt"],
      ["Regulators approved funding to eMarro for its new depot.", "eMarro"],
    ],
    [
      // A unit's symbol is no brand.
      ["The cell stores 40 kWh of power per module.", "kWh"],
      ["Each pack is rated at 5000 mAh by the maker.", "mAh"],
    ],
  );
});
