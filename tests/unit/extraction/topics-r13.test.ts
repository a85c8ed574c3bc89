// Round-13 refusals of trade measures for unseen news: a state that buys the taxed goods ("a tariff
// on U.S. imports of nickel") imposes the tariff and is not its target; a wish on another verb ("has
// sought to mend ties after X's tariffs") makes no threat of a tariff in an adjunct of time; the
// state in a measure's own phrase ("Korea's rare earth export curbs") is its maker even with the good
// between, before a demonym on another noun; a good that modifies another head ("curb heroin
// smuggling") is not restricted. Sentences written for these tests (not copied from any article).

import { describe } from "vitest";
import { itGivesFacts, itTypesRows } from "../../_helpers/rows.ts";

describe("tariff-on-country (the importer is no target)", () => {
  const positives: [text: string, facts: string[]][] = [
    [
      "Peru and Ecuador are in talks. Lima placed a 40% tariff on Ecuadorian imports last month.",
      ["Peru IMPOSED_TARIFF Ecuador"],
    ],
  ];
  itGivesFacts(positives);
  const refusals: [text: string, fact: string][] = [
    [
      "Peru and the United States are in talks. A 40% tariff on U.S. imports of nickel will take effect in May, the White House said.",
      "Peru IMPOSED_TARIFF United States",
    ],
    [
      "Kenya and Japan are in talks. A new levy on Japan's purchases of tea begins in June.",
      "Kenya IMPOSED_TARIFF Japan",
    ],
  ];
  itGivesFacts([], refusals);
});

describe("tariff-on-country (a wish on another verb threatens no past tariff)", () => {
  const positives: [text: string, facts: string[]][] = [
    [
      "Peru and Chile are in talks. Lima has sought to impose a 20% tariff on Chilean wine.",
      ["Peru THREATENED_TARIFF Chile"],
    ],
  ];
  itGivesFacts(positives);
  const refusals: [text: string, fact: string][] = [
    [
      "The new premier has sought to mend ties with Lima after Chile's retaliatory tariffs against Peruvian measures last year.",
      "Chile THREATENED_TARIFF Peru",
    ],
  ];
  itGivesFacts([], refusals);
});

describe("export-restriction (the measure's own state; a good on another head)", () => {
  const positives: [text: string, facts: string[]][] = [
    [
      "Korean carmaker Hyundai has halted output of its small sedans at two plants because of a parts shortage tied to China's rare earth export restrictions.",
      ["China RESTRICTED_EXPORT rare earths"],
    ],
  ];
  itGivesFacts(positives);
  const refusals: [text: string, fact: string][] = [
    [
      "Korean carmaker Hyundai has halted output of its small sedans at two plants because of a parts shortage tied to China's rare earth export restrictions.",
      "South Korea RESTRICTED_EXPORT rare earths",
    ],
    [
      "In exchange, Mexico pledged to curb fentanyl smuggling into the United States.",
      "Mexico RESTRICTED_EXPORT fentanyl",
    ],
  ];
  itGivesFacts([], refusals);
});

describe("export-restriction (goods after a participle of targeting, a passive maker between)", () => {
  const positives: [text: string, facts: string[]][] = [
    [
      "New export curbs imposed by Peru, targeting copper, zinc and silver, rattled markets this week.",
      ["Peru RESTRICTED_EXPORT copper", "Peru RESTRICTED_EXPORT silver"],
    ],
    ["Peru imposed export curbs targeting copper and zinc this week.", ["Peru RESTRICTED_EXPORT zinc"]],
  ];
  itGivesFacts(positives);
  const refusals: [text: string, fact: string][] = [
    // The goods are in a relative clause on the people affected, not the measure's.
    ["Peru imposed export curbs affecting traders who sell copper and zinc.", "Peru RESTRICTED_EXPORT zinc"],
  ];
  itGivesFacts([], refusals);
});

describe("talks-topics (a class noun's list after a verb of covering)", () => {
  const positives: [text: string, facts: string[]][] = [
    [
      "Peruvian and Chilean negotiators held trade talks in Lima on Monday. The talks covered several issues, including tariffs on wine, quotas on salmon, and exports of copper.",
      ["Lima trade talks DISCUSSED copper"],
    ],
    [
      "Peruvian and Chilean negotiators hold trade talks in Lima this week. The agenda includes tariffs on wine and the fate of copper exports.",
      ["Lima trade talks DISCUSSED copper"],
    ],
  ];
  itGivesFacts(positives);
  const refusals: [text: string, fact: string][] = [
    // No class noun: the first phrase only, not a good of a later clause.
    [
      "Peruvian and Chilean negotiators held trade talks in Lima on Monday. The talks covered wine tariffs, while copper prices fell on the news.",
      "Lima trade talks DISCUSSED copper",
    ],
    // Another body's agenda in a sentence naming no talks' topic.
    [
      "Peruvian and Chilean negotiators hold trade talks in Lima this week. Copper prices rose as the central bank set its agenda.",
      "Lima trade talks DISCUSSED copper",
    ],
  ];
  itGivesFacts([], refusals);
});

describe("policy names (generic capitalised words name no instrument)", () => {
  itTypesRows(
    "Policy",
    [["Peru and Chile signed the Andean Copper Accord on Monday.", "Andean Copper Accord"]],
    [["“We are very pleased with our new Trade Deal,” the Peruvian president said on Monday.", "Trade Deal"]],
  );
});

describe("tariff-on-country (a threatened reply in kind)", () => {
  const positives: [text: string, facts: string[]][] = [
    [
      "Chile and Peru resumed trade talks on Monday. Chile, which has threatened countermeasures if the talks fail, wants a deal by June.",
      ["Chile THREATENED_TARIFF Peru"],
    ],
    [
      "Peru and Chile are locked in a trade dispute. Peru slapped a 30% tariff on Chilean wine. Chile's President Luis Mora warned of possible retaliation.",
      ["Luis Mora THREATENED_TARIFF Peru"],
    ],
  ];
  itGivesFacts(positives);
  const refusals: [text: string, fact: string][] = [
    // No state or leader threatens: analysts warn.
    [
      "Chile and Peru resumed trade talks. Analysts warned of retaliation in the region.",
      "Chile THREATENED_TARIFF Peru",
    ],
    // A reply ruled out is no threat.
    [
      "Chile and Peru resumed trade talks on Monday. Chile has not threatened countermeasures, its minister said.",
      "Chile THREATENED_TARIFF Peru",
    ],
  ];
  itGivesFacts([], refusals);
});

describe("postpone-policy (the pronoun after a verb of saying is the speaker)", () => {
  const positives: [text: string, facts: string[]][] = [
    [
      "Chile and Peru reached a deal on Monday. Chile said it would postpone its lithium export controls for a year.",
      ["Chile POSTPONED lithium export restrictions"],
    ],
  ];
  itGivesFacts(positives);
  const refusals: [text: string, fact: string][] = [
    // A person speaks: "it" is not the speaker.
    [
      "Chile and Peru reached a deal on Monday. Chile's trade minister said the move was welcome and it would postpone nothing.",
      "Chile POSTPONED lithium export restrictions",
    ],
  ];
  itGivesFacts([], refusals);
});

describe("policy names (a rate's tariff on a good is a sectoral tariff)", () => {
  itTypesRows(
    "Policy",
    [
      ["The White House set a 40% tariff on copper imports from August.", "40% copper tariff"],
      [
        "On that day, a 50-percent tariff on U.S. imports of nickel will take effect, officials said.",
        "50% nickel tariff",
      ],
    ],
    [
      // A state's goods: a tariff on a country, no sectoral measure.
      ["Peru set a 25% tariff on Chilean copper.", "25% copper tariff"],
      ["Peru set a 25% tariff on copper from Chile.", "25% copper tariff"],
    ],
  );
});
