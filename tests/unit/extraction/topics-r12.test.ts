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
