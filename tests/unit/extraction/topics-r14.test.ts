// Round 14 of issue 13, the topics area (trade measures): frames of tariff news read as general
// mechanisms, not phrasings. Sentences written for these tests (not copied from any article),
// with positives and refusals.

import { describe } from "vitest";
import { itGivesFacts } from "../../_helpers/rows.ts";

describe("rules/trade: tariffs", () => {
  describe("rates listed per state after a tariff noun ('19% for X, Y and Z')", () => {
    itGivesFacts(
      [
        [
          "The new schedule keeps Canadian duties announced in March: 12% for Peru, Chile and Ecuador, and 15% for Colombia.",
          [
            "Canada IMPOSED_TARIFF Peru",
            "Canada IMPOSED_TARIFF Chile",
            "Canada IMPOSED_TARIFF Ecuador",
            "Canada IMPOSED_TARIFF Colombia",
          ],
        ],
        [
          "Under the order, US tariffs stay at 25 percent for Norway and Iceland.",
          ["United States IMPOSED_TARIFF Norway", "United States IMPOSED_TARIFF Iceland"],
        ],
      ],
      [
        // A rate for goods, not for a state.
        ["Indian tariffs remain at 30% for cars and motorcycles from Germany.", "India IMPOSED_TARIFF Cars"],
        // A rise "for" a state is no rate of a tariff's list when no tariff noun governs it.
        [
          "Exports to Kenya grew 12% for Uganda and Tanzania last year, Brazilian officials said.",
          "Brazil IMPOSED_TARIFF Uganda",
        ],
      ],
    );
  });

  describe("a threatened rate set against the tariff the sentence gives", () => {
    itGivesFacts(
      [
        [
          "Mexican President Elena Farias said Mexico would charge a 15% tariff on goods from Guatemala, below the 30% tariff she had threatened in May.",
          ["Elena Farias THREATENED_TARIFF Guatemala"],
        ],
        [
          "Australia placed a 10% levy on imports from Fiji, down from the 18 percent Canberra had earlier threatened.",
          ["Australia THREATENED_TARIFF Fiji"],
        ],
      ],
      [
        // No rate before the threat: the sentence's tariff is not what was threatened.
        [
          "Chile set a 12% tariff on Peruvian wine after the minister he had threatened resigned.",
          "Chile THREATENED_TARIFF Peru",
        ],
        // A threat with no tariff found in its sentence names no target.
        [
          "The 40% rate he had threatened never came, President Tomas Rivera said.",
          "Tomas Rivera THREATENED_TARIFF Chile",
        ],
      ],
    );
  });

  describe("a start date belongs to the tariff it follows", () => {
    itGivesFacts(
      [
        [
          "Norway said it would impose a 9% tariff on goods from Iceland, a cut from the 14% tariff it had threatened to apply starting March 3.",
          ["Norway IMPOSED_TARIFF Iceland"],
        ],
      ],
      [],
    );
  });
});

describe("rules/trade: export restrictions", () => {
  describe("a measure as the subject of a stop verb stands for the state that restricts", () => {
    itGivesFacts(
      [
        [
          "South Korea placed export curbs on tungsten in March. The new rules prohibit exports of graphite to arms makers.",
          ["South Korea RESTRICTED_EXPORT graphite"],
        ],
        [
          "Japan added nine firms to a control list that prohibits exports of lithium batteries, the trade ministry said.",
          ["Japan RESTRICTED_EXPORT lithium batteries"],
        ],
      ],
      [
        // No state restricts in the document: the rules are no one's.
        [
          "Analysts in Peru said the rules prohibit exports of cobalt to foreign smelters.",
          "Peru RESTRICTED_EXPORT cobalt",
        ],
        // Two states restrict: the rules are neither's.
        [
          "Vietnam curbed exports of tin while Laos banned exports of copper. The rules prohibit exports of zinc too.",
          "Vietnam RESTRICTED_EXPORT zinc",
        ],
        [
          "Vietnam curbed exports of tin while Laos banned exports of copper. The rules prohibit exports of zinc too.",
          "Laos RESTRICTED_EXPORT zinc",
        ],
      ],
    );
  });
});

describe("rules/trade: threatened replies in kind", () => {
  describe("a reply in kind is against the one state that taxes the replier's", () => {
    itGivesFacts(
      [
        [
          "Canada placed a 25% tariff on Peruvian copper in May. Peruvian President Ana Quispe warned of retaliation on Monday.",
          ["Ana Quispe THREATENED_TARIFF Canada"],
        ],
      ],
      [
        // Two states tax Peru: the reply is against neither.
        [
          "Canada placed a 25% tariff on Peruvian copper, and Chile imposed a 10% tariff on Peruvian fish. Peruvian President Ana Quispe warned of retaliation.",
          "Ana Quispe THREATENED_TARIFF Canada",
        ],
        [
          "Canada placed a 25% tariff on Peruvian copper, and Chile imposed a 10% tariff on Peruvian fish. Peruvian President Ana Quispe warned of retaliation.",
          "Ana Quispe THREATENED_TARIFF Chile",
        ],
      ],
    );
  });
});

describe("rules/trade: the destination of taxed exports", () => {
  // "exports to the United States": the state the goods go to is no target of the tariff (with or
  // without its article).
  itGivesFacts(
    [],
    [
      [
        "Brazil's 20% tariff on steel exports to the United States remains in place.",
        "Brazil IMPOSED_TARIFF United States",
      ],
      [
        "Norway kept its 15% tariff on Icelandic fish exports to the European Union, officials said.",
        "Norway IMPOSED_TARIFF European Union",
      ],
    ],
  );
});

describe("rules/trade: a deadline's alternative", () => {
  // "X's deadline for Y to … or face tariffs": the owner of the deadline threatens Y.
  itGivesFacts(
    [
      [
        "The vote comes ahead of President Ana Quispe's Monday deadline for Bolivia to reopen the border or else face new tariffs.",
        ["Ana Quispe THREATENED_TARIFF Bolivia"],
      ],
      [
        "Canada's deadline for Peru to sign the deal or face duties passed on Friday.",
        ["Canada THREATENED_TARIFF Peru"],
      ],
    ],
    [
      // No alternative of tariffs: the deadline threatens nothing.
      ["Chile's deadline for Peru to answer passed, and tariffs on copper rose.", "Chile THREATENED_TARIFF Peru"],
    ],
  );
});
