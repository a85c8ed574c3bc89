// Producers read in round 23 of issue 13, on sentences written for this test (none taken from any
// corpus): the sites-of-a-firm row ("the copper operations of X") no longer reads mines, which a
// name after "of" or "at" places ("the cobalt mines of Katanga"), whatever that name is typed as.

import { describe } from "vitest";
import { itGivesFacts } from "../../_helpers/rows.ts";

describe("rules/predicates (a firm's sites named after it, not its mines)", () => {
  itGivesFacts(
    [
      [
        "Investors bought a stake in the Zambian copper and nickel operations of Varden Mining Corp.",
        ["Varden Mining Corp. PRODUCES copper", "Varden Mining Corp. PRODUCES nickel"],
      ],
      ["Buyers eyed the gold assets of Varden Mining Corp.", ["Varden Mining Corp. PRODUCES gold"]],
    ],
    [
      ["Officials toured the cobalt mines of Kestrel Mining Corp last week.", "Kestrel Mining Corp PRODUCES cobalt"],
      ["The copper mines at Kestrel Mining Corp were flooded.", "Kestrel Mining Corp PRODUCES copper"],
    ],
  );
});

describe("rules/site-output (a site's output is its owner's)", () => {
  itGivesFacts(
    [
      [
        "Kestrel Lithium Corp is developing a project in Nevada. The project's first phase is expected to produce 40,000 metric tons of lithium carbonate a year.",
        ["Kestrel Lithium Corp PRODUCES lithium carbonate"],
      ],
      [
        "Varden Rare Earths Ltd received a loan for its new refinery. The refinery will have a production capacity of up to 20,000 tonnes a year of rare earth oxides.",
        ["Varden Rare Earths Ltd PRODUCES rare earth oxide"],
      ],
      [
        "Orvia Metals Ltd is building a new plant in Ohio, which is expected to produce more than 1,000 metric tons of rare earth oxides.",
        ["Orvia Metals Ltd PRODUCES rare earth oxide"],
      ],
    ],
    [
      // A site named by its own name is not the firm's of the sentence before.
      [
        "Tarsis Resources Ltd runs a small plant in Texas. Red Basin's first phase is expected to produce 40,000 metric tons of lithium carbonate.",
        "Tarsis Resources Ltd PRODUCES lithium carbonate",
      ],
      // Two firms in the sentence: whose the plant is, is not written.
      ["Halvex Corp told Orvia Metals Ltd that the plant will produce magnets.", "Orvia Metals Ltd PRODUCES magnets"],
      // A plant that will not produce.
      [
        "Orvia Metals Ltd is building a plant in Ohio. The plant will not produce lithium carbonate.",
        "Orvia Metals Ltd PRODUCES lithium carbonate",
      ],
    ],
  );
});

describe("rules/predicates (goods got from a supplier are bought)", () => {
  itGivesFacts(
    [
      ["Japan gets most of its liquefied natural gas from Australia.", ["Japan PURCHASES liquefied natural gas"]],
      ["India will source uranium from Kazakhstan under the new deal.", ["India PURCHASES uranium"]],
    ],
    [
      // No supplier written: what one gets may be one's own.
      ["Canada will secure more lithium by 2030.", "Canada PURCHASES lithium"],
      // A denial is no purchase.
      ["Japan does not get coal from Russia.", "Japan PURCHASES coal"],
    ],
  );
});

describe("rules/export-basket (a state's exports listed as goods are its output)", () => {
  itGivesFacts(
    [
      [
        "Vietnam's exports include textiles, footwear and smartphones.",
        ["Vietnam PRODUCES textiles", "Vietnam PRODUCES footwear", "Vietnam PRODUCES smartphones"],
      ],
      [
        "The duties hit several countries, including Chile, whose exports span copper, lithium and wine.",
        ["Chile PRODUCES copper", "Chile PRODUCES wine"],
      ],
    ],
    [
      // One good: a flow, not a basket.
      ["Vietnam's exports include smartphones.", "Vietnam PRODUCES smartphones"],
      // Goods shipped to a buyer are trade.
      ["Vietnam's exports include textiles and footwear to Japan.", "Vietnam PRODUCES footwear"],
      // "exports of A and B" is not read.
      ["Vietnam's exports of textiles and footwear rose.", "Vietnam PRODUCES footwear"],
    ],
  );
});
