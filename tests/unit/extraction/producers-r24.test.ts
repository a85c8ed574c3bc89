// Producers read in round 24 of issue 13, on sentences written for this test (none taken from any
// corpus): a dominant share of goods made in, coming from or controlled by one state
// (`share-dominance`), and a relative pronoun after a state in a "for" / "to" attachment or after
// "reliant / dependent on" standing for that state (the clause layer).

import { describe } from "vitest";
import { itGivesFacts } from "../../_helpers/rows.ts";

describe("rules/share-dominance (a dominant share of goods made in one state)", () => {
  itGivesFacts(
    [
      ["More than 80% of the world's cobalt is refined in Norway.", ["Norway DOMINATES cobalt"]],
      ["Today, nearly all gallium is produced in Norway.", ["Norway DOMINATES gallium"]],
      ["About two-thirds of the nickel that is smelted comes from Norway.", ["Norway DOMINATES nickel"]],
      ["Graphite is almost exclusively refined in Norway.", ["Norway DOMINATES graphite"]],
    ],
    [
      // A share under 40% is no dominance.
      ["About 20% of the world's cobalt is refined in Norway.", "Norway DOMINATES cobalt"],
      // A share of one party's imports is a buyer's, not a market's.
      ["About 70% of Japan's cobalt imports come from Norway.", "Norway DOMINATES cobalt"],
      // Made in a state, no share told.
      ["The cobalt is refined in Norway.", "Norway DOMINATES cobalt"],
      // Not done.
      ["Most of the world's cobalt will not be refined in Norway.", "Norway DOMINATES cobalt"],
    ],
  );
});

describe("syntax/clauses (a relative pronoun after a state in a 'for' / 'to' attachment, or relied on)", () => {
  itGivesFacts(
    [
      [
        "The accord is a shift for Peru, which has long kept its refining methods secret to maintain dominance in the cobalt industry.",
        ["Peru DOMINATES cobalt"],
      ],
      [
        "Carmakers are almost entirely reliant on Peru, which produces about 90% of global supplies of rare earth magnets.",
        ["Peru DOMINATES magnets"],
      ],
      [
        "Canada is forging supply partnerships outside of Peru, which controls up to 90% of global cobalt processing.",
        ["Peru DOMINATES cobalt"],
      ],
    ],
    [
      // "which" after a phrase with no name stands for the phrase the attachments hang on.
      [
        "The ministry sent a letter to the firms, which produce about 90% of the world's magnets.",
        "Peru DOMINATES magnets",
      ],
    ],
  );
});

describe("rules/predicates (a state letting goods into its market buys them)", () => {
  itGivesFacts(
    [
      [
        "Under the deal, Vietnam will accept American-made products such as cars and soybeans.",
        ["Vietnam PURCHASES cars", "Vietnam PURCHASES soybeans"],
      ],
      [
        "Peru will provide preferential treatment for Canada's farm exports such as wheat, pork and beef.",
        ["Peru PURCHASES wheat", "Peru PURCHASES pork", "Peru PURCHASES beef"],
      ],
      ["Japan will grant duty-free access to US beef.", ["Japan PURCHASES beef"]],
    ],
    [
      // A class of goods that lists its members names them, not itself.
      [
        "Peru will provide preferential treatment for Canada's agricultural exports such as wheat and pork.",
        "Peru PURCHASES agricultural products",
      ],
      // Not yet done.
      ["Vietnam may accept American cars next year.", "Vietnam PURCHASES cars"],
      // Access with no word of a market or a preference.
      ["Japan will give its researchers access to US beef data.", "Japan PURCHASES beef"],
    ],
  );
});

describe("syntax/predicates (a dominance over a stage of making names the passage's good)", () => {
  itGivesFacts(
    [
      [
        "Norway has pushed rivals out of the cobalt industry by using its dominance in refining and processing.",
        ["Norway DOMINATES cobalt"],
      ],
      ["Cobalt prices jumped. Norway's grip on the supply chain is tight.", ["Norway DOMINATES cobalt"]],
    ],
    [
      // A stage of something that is no good: no topic good to take.
      ["Norway's dominance in refining is a worry for the banks.", "Norway DOMINATES cobalt"],
      // A share is no dominance noun.
      ["Cobalt prices jumped. Norway's share of processing is small.", "Norway DOMINATES cobalt"],
    ],
  );
});

describe("rules/predicates (a firm that plans to supply a good makes it)", () => {
  itGivesFacts(
    [
      [
        "Varden Rare Metals Ltd says it plans to supply more than half of Japan's dysprosium and terbium demand by 2030.",
        ["Varden Rare Metals Ltd PRODUCES dysprosium", "Varden Rare Metals Ltd PRODUCES terbium"],
      ],
    ],
    [
      // A state that supplies a good may ship another's.
      ["Norway plans to supply more than half of Japan's cobalt demand.", "Norway PRODUCES cobalt"],
      // Denied.
      ["Varden Rare Metals Ltd does not supply cobalt.", "Varden Rare Metals Ltd PRODUCES cobalt"],
    ],
  );
});

describe("production (a state hyphenated to a participle of making marks the goods' origin)", () => {
  itGivesFacts(
    [["Norway mined and processed cobalt for decades.", ["Norway PRODUCES cobalt"]]],
    [
      [
        "The rule gives Japan a veto over any product holding a trace of Norwegian-mined or processed cobalt.",
        "Norway PRODUCES cobalt",
      ],
      ["The rule gives Japan a veto over Norwegian-mined cobalt.", "Norway PRODUCES cobalt"],
      [
        "The rule gives Japan a veto over any product holding a trace of Norwegian-mined or processed cobalt.",
        "Japan PRODUCES cobalt",
      ],
    ],
  );
});

describe("rules/predicates (a hold on one state's own sector is no dominance of the good)", () => {
  itGivesFacts(
    [["Norway dominates the world's cobalt market.", ["Norway DOMINATES cobalt"]]],
    [["Norwegian firms dominate Peru's cobalt sector.", "Norway DOMINATES cobalt"]],
  );
});

describe("production precision (a production site placed in a state; a participle qualifying a noun)", () => {
  itGivesFacts(
    [["Cobalt production in Norway rose by a tenth last year.", ["Norway PRODUCES cobalt"]]],
    [
      // A site to be built there makes nothing yet, and is the builder's.
      [
        "Varden Corp and Kestrel Inc will build an integrated cobalt production complex in Norway.",
        "Norway PRODUCES cobalt",
      ],
      // "such processed Y": the participle is the noun's, no clause of making.
      ["Officials will assess Norway's imports of all processed cobalt.", "Norway PRODUCES cobalt"],
    ],
  );
});
