// Producers read in round 22 of issue 13, on sentences written for this test (none taken from any
// corpus): a model designation after a name's possessive makes the name a firm that makes the model
// ("Zentrix's K40"), whatever noun follows the model ("Zentrix's K40 chip sales"), and a model after
// "its" is made by the firm named last before it in the sentence.

import { describe } from "vitest";
import { itGivesFacts, itTypesRows } from "../../_helpers/rows.ts";

describe("stages/company-roles and rules/trade (a firm's models)", () => {
  itTypesRows(
    "Company",
    [
      ["Regulators weighed whether to allow sales of Zentrix’s K40 to foreign buyers.", "Zentrix"],
      ["The levy covers advanced processors, including Zentrix's K40 and Halvex's RX310.", "Halvex"],
    ],
    [
      ["Brazil's G20 presidency ended in November.", "Brazil"],
      ["Halvex's Q3 results disappointed investors.", "Halvex"],
    ],
  );
  itGivesFacts(
    [
      ["Regulators weighed whether to allow sales of Zentrix’s K40 to foreign buyers.", ["Zentrix PRODUCES K40"]],
      [
        "The levy covers advanced processors, including Zentrix's K40 and Halvex's RX310.",
        ["Zentrix PRODUCES K40", "Halvex PRODUCES RX310"],
      ],
      [
        "Officials suspended exports of Zentrix Corp's K40 artificial intelligence chips.",
        ["Zentrix Corp PRODUCES K40"],
      ],
      [
        "The agency summoned chipmaker Zentrix Corp over security concerns about its K40 AI chips.",
        ["Zentrix Corp PRODUCES K40"],
      ],
      ["Zentrix Corp will hand over 15% of its K40 chip revenues.", ["Zentrix Corp PRODUCES K40"]],
    ],
    [
      // "its" after a state: the state's chips are bought or banned, not made by the firm before.
      ["Zentrix Corp said Germany would review its K40 chip imports.", "Zentrix Corp PRODUCES K40"],
      // A period, not a model.
      ["Zentrix Corp reported its Q3 chip revenues.", "Zentrix Corp PRODUCES Q3"],
    ],
  );
});

describe("rules/trade (the members of a raw material's producers, past an inclusion)", () => {
  itGivesFacts(
    [
      [
        "The quota hits all cobalt producers, including major players like Kestrel Metals Ltd and Varden Mining Corp, which run mines.",
        ["Kestrel Metals Ltd PRODUCES cobalt", "Varden Mining Corp PRODUCES cobalt"],
      ],
      [
        "Lithium producers, such as Kestrel Metals Ltd and Varden Mining Corp, cut output.",
        ["Kestrel Metals Ltd PRODUCES lithium", "Varden Mining Corp PRODUCES lithium"],
      ],
    ],
    [
      // A product's makers listed so are a customer's examples as often: not read.
      [
        "Halvex supplies its chips to smartphone makers, including Kestrel Mobile Ltd and Varden Phones Corp.",
        "Kestrel Mobile Ltd PRODUCES smartphones",
      ],
      // Not past other words: the firms are the suppliers' customers.
      [
        "Canadian nickel producers are major suppliers to manufacturers, including Kestrel Motors Ltd.",
        "Kestrel Motors Ltd PRODUCES nickel",
      ],
    ],
  );
});

describe("lexicon/commodities (the kind between a material and its good's head)", () => {
  itGivesFacts(
    [
      ["Japan imports rare earth permanent magnets from China.", ["Japan PURCHASES magnets"]],
      [
        "Kestrel Steel Corp will keep buying ferro-nickel from its supplier.",
        ["Kestrel Steel Corp PURCHASES ferronickel"],
      ],
    ],
    [
      // The material of the magnets is no good of its own there.
      ["China exported rare earth permanent magnets in June.", "China PRODUCES rare earths"],
      ["Kestrel Steel Corp will keep buying ferro-nickel from its supplier.", "Kestrel Steel Corp PURCHASES nickel"],
    ],
  );
});

describe("rules/trade (a share of a good's output: 'per cent', 'manufacturing')", () => {
  itGivesFacts(
    [
      [
        "Peru, which accounted for about 70 per cent of the world's copper production and 40 per cent of magnet manufacturing, cut its quotas.",
        ["Peru PRODUCES copper", "Peru PRODUCES magnets"],
      ],
    ],
    [
      // A share of another's output is no share at all: "while" opens another party's clause.
      [
        "Peru accounted for 10 per cent of copper demand, while Chile led magnet manufacturing.",
        "Peru PRODUCES magnets",
      ],
    ],
  );
});
