// Round 27b of issue 13 (precision of the partnership and export-restriction rules), on sentences
// written for this test (none taken from any corpus):
// - a stop "refrained / abstained from banning exports of Y", "avoided restricting …" is held back,
//   no restriction (syntax/predicates.ts `refused`, rules/trade.ts REFRAINED_BEFORE); a stop of
//   tariffs or duties on goods ("suspend tariffs on US farm products") stops no export
//   (rules/trade.ts `restrictedObject`);
// - a partner is the head of its phrase: a state that only qualifies another head ("Chilean
//   companies", "with US facilities", "with a Peruvian firm") is not the partner (PARTIES_HEAD_ONLY
//   in rules/predicates.ts); a state named as the phrase's head still is.

import { describe } from "vitest";
import { itGivesFacts } from "../../_helpers/rows.ts";

describe("r27b: a restriction held back is none", () => {
  itGivesFacts(
    [
      ["Peru banned exports of zinc in March.", ["Peru RESTRICTED_EXPORT zinc"]],
      ["Chile imposed export quotas on copper last year.", ["Chile RESTRICTED_EXPORT copper"]],
      ["Brazil suspended exports of soybeans to Mexico.", ["Brazil RESTRICTED_EXPORT soybeans"]],
    ],
    [
      ["Peru refrained from banning exports of zinc.", "Peru RESTRICTED_EXPORT zinc"],
      [
        "Under the pact, Indonesia agreed to refrain from banning or imposing quotas on exports of nickel.",
        "Indonesia RESTRICTED_EXPORT nickel",
      ],
      ["Chile abstained from banning exports of copper.", "Chile RESTRICTED_EXPORT copper"],
      ["Chile avoided banning exports of copper.", "Chile RESTRICTED_EXPORT copper"],
      [
        "Mexico agreed to boost farm exports, and Brazil would suspend tariffs on a wide range of Mexican agricultural products.",
        "Brazil RESTRICTED_EXPORT agricultural products",
      ],
    ],
  );
});

describe("r27b: a partner is the head of its phrase, not a state qualifying it", () => {
  itGivesFacts(
    [
      ["Peru signed an agreement with Chile on lithium.", ["Peru PARTNERED_WITH Chile"]],
      ["Brazil partnered with Argentina on lithium processing.", ["Brazil PARTNERED_WITH Argentina"]],
    ],
    [
      ["Chinese companies signed new deals with US facilities last year.", "China PARTNERED_WITH United States"],
      ["Brazil signed an agreement with a Peruvian firm to test the network.", "Brazil PARTNERED_WITH Peru"],
    ],
  );
});
