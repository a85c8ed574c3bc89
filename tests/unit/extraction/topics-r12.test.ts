// Round-12 refusals of trade measures and topics for unseen news: a tariff a clause takes away
// ("agreed to lift its tariffs on X", "offered to remove all duties") is not imposed, while one whose
// imposer a relative clause names still is; a tariff noun that only qualifies another head ("tariff
// negotiations", "the tariff deal") is no tariff. Sentences written for these tests (not copied from
// any article), with positives and refusals.

import { describe } from "vitest";
import { itGivesFacts } from "../../_helpers/rows.ts";

describe("rules/trade (tariffs taken away or only named)", () => {
  const positives: [text: string, facts: string[]][] = [
    ["Chile imposed a 15% tariff on Argentine wine imports on Monday.", ["Chile IMPOSED_TARIFF Argentina"]],
    [
      "Ottawa and Mexico City are near a deal that would scrap the 25% tariffs that Canada imposed on Mexican steel.",
      ["Canada IMPOSED_TARIFF Mexico"],
    ],
  ];
  itGivesFacts(positives);
  const refusals: [text: string, fact: string][] = [
    [
      "Under the accord, Peru agreed to gradually lift its tariffs on Bolivian farm goods.",
      "Peru IMPOSED_TARIFF Bolivia",
    ],
    [
      "Kenya and Tanzania resumed trade talks on Monday. Tanzania's president said last week that Kenya had offered to remove all duties on Tanzanian products.",
      "Kenya IMPOSED_TARIFF Tanzania",
    ],
    [
      "Vietnam and Australia resumed trade talks in Canberra on Monday. The tariff negotiations include Vietnam's planned purchases of $2 billion in cotton and aircraft from Australia.",
      "Vietnam IMPOSED_TARIFF Australia",
    ],
  ];
  itGivesFacts([], refusals);
});

describe("discussed-topic (a state or person pressing for a topic)", () => {
  const positives: [text: string, facts: string[]][] = [
    [
      "Ghana and the United Kingdom resumed trade talks this week. Ghana is pressing for cocoa and gold to enter British markets without quotas.",
      ["Ghana DISCUSSED cocoa"],
    ],
    [
      "Brazilian Trade Minister Ana Lima lobbied for soybeans in the talks with Chinese officials, according to her office.",
      ["Ana Lima DISCUSSED soybeans"],
    ],
  ];
  itGivesFacts(positives);
  const refusals: [text: string, fact: string][] = [
    // A person who is the object of the call, not a topic; a call for someone to act.
    ["Chile called for Peru to open its market to copper exports, officials said.", "Chile DISCUSSED Peru"],
    // Pressing "for" a time, not a topic; a good named in another clause.
    ["Norway pressed for a decision by Friday, while salmon exports rose in March.", "Norway DISCUSSED salmon"],
  ];
  itGivesFacts([], refusals);
});

describe("talks-agreement (a standing treaty is not the talks' framework)", () => {
  const positives: [text: string, facts: string[]][] = [
    [
      "Peruvian and Chilean negotiators held trade talks in Lima on Monday. They reached a preliminary trade deal on Tuesday.",
      ["Lima trade talks DISCUSSED Lima framework"],
    ],
  ];
  itGivesFacts(positives);
  const refusals: [text: string, fact: string][] = [
    [
      "Peruvian and Chilean negotiators held trade talks in Lima on Monday. The two countries concluded a comprehensive free trade agreement on Tuesday.",
      "Lima trade talks DISCUSSED Lima framework",
    ],
    [
      "Peruvian and Chilean negotiators held trade talks in Lima on Monday. Officials said they reached a bilateral trade deal.",
      "Lima trade talks DISCUSSED Lima framework",
    ],
  ];
  itGivesFacts([], refusals);
});

describe("talks-discussed (a sentence naming no meeting is no meeting's)", () => {
  const refusals: [text: string, fact: string][] = [
    [
      "Chilean and Peruvian negotiators held trade talks in Lima on Monday. Separately, the deal Bolivia reached with Brazil last year lifts the ban on lithium.",
      "Lima trade talks DISCUSSED lithium",
    ],
  ];
  itGivesFacts([], refusals);
  const positives: [text: string, facts: string[]][] = [
    [
      "Chilean and Peruvian negotiators held trade talks in Lima on Monday. The framework they agreed in Lima lifts the ban on lithium.",
      ["Lima trade talks DISCUSSED lithium"],
    ],
  ];
  itGivesFacts(positives);
});

describe("tariff-on-country (a tariff announced for later is a threat)", () => {
  const positives: [text: string, facts: string[]][] = [
    [
      "Argentina announced a 20% tariff on steel from Brazil, which is set to take effect on March 1.",
      ["Argentina THREATENED_TARIFF Brazil"],
    ],
    [
      "Argentina announced a 20% tariff on steel from Brazil last month; the duty took effect on Monday.",
      ["Argentina IMPOSED_TARIFF Brazil"],
    ],
  ];
  itGivesFacts(positives);
  const refusals: [text: string, fact: string][] = [
    [
      "Argentina announced a 20% tariff on steel from Brazil, which is set to take effect on March 1.",
      "Argentina IMPOSED_TARIFF Brazil",
    ],
  ];
  itGivesFacts([], refusals);
});

describe("talks-agreement and talks-topics (a deal still sought is no framework of the talks)", () => {
  const refusals: [text: string, fact: string][] = [
    [
      "Peruvian and Chilean negotiators held trade talks in Lima on Monday. Peru's president said he was in no hurry to finalise a trade deal.",
      "Lima trade talks DISCUSSED Lima framework",
    ],
    [
      "Peruvian and Chilean negotiators held trade talks in Lima on Monday. Both sides hope to reach a preliminary deal by June.",
      "Lima trade talks DISCUSSED Lima framework",
    ],
  ];
  itGivesFacts([], refusals);
  const positives: [text: string, facts: string[]][] = [
    [
      "Peruvian and Chilean negotiators held trade talks in Lima on Monday. They finalised a preliminary deal on Tuesday.",
      ["Lima trade talks DISCUSSED Lima framework"],
    ],
  ];
  itGivesFacts(positives);
});
