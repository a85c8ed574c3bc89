// Round 27b of issue 13: firms never found or split, on sentences written for this test (none taken
// from any corpus): a firm's local unit with a state's or a place's name inside its name ("Acme China
// Group", "Acme Copper (Hong Kong) Investment Co., Ltd."), kept apart from its parent; a name that
// commits or pledges money; a holder of shares in apposition; "wholly-owned" inside the phrase of
// a subsidiary. Then names that must not be typed a firm.

import { describe } from "vitest";
import { itGivesFacts, itTypesRows } from "../../_helpers/rows.ts";

describe("extraction", () => {
  describe("a firm's local unit named with its place (round 27b)", () => {
    itTypesRows(
      "Company",
      [
        ["Regulators dropped their probe into Varnholt China Group on Friday.", "Varnholt China Group"],
        ["Kestrova Japan Holdings will open a plant in Osaka.", "Kestrova Japan Holdings"],
        [
          "Last year Dravenor Copper (Hong Kong) Investment Co., Ltd. signed a deal with Ostrelli.",
          "Dravenor Copper (Hong Kong) Investment Co., Ltd.",
        ],
        ["Ostrelli Mining (Peru) Holdings Ltd. sold the mine in May.", "Ostrelli Mining (Peru) Holdings Ltd."],
        // The parent named alone is another firm.
        [
          "Regulators dropped their probe into Varnholt China Group, a unit of the chemical maker Varnholt.",
          "Varnholt",
        ],
      ],
      [
        // The split parts are no firms.
        ["Regulators dropped their probe into Varnholt China Group on Friday.", "Group"],
        ["Last year Dravenor Copper (Hong Kong) Investment Co., Ltd. signed a deal.", "Investment Co., Ltd."],
        // A person's name before a state is no firm's.
        ["President John Smith China Group talks ended.", "John Smith China Group"],
        // A bracketed state that no firm's word follows stays the state.
        ["The Ministry of Mines (Peru) said exports rose.", "Ministry of Mines (Peru)"],
      ],
    );
  });

  describe("firms by the money they commit or the shares they hold (round 27b)", () => {
    itTypesRows(
      "Company",
      [
        ["Meanwhile, Japan's Tornvik has committed $300 million to extend the mine's life.", "Tornvik"],
        ["Halvard pledged $2 billion for the new smelter.", "Halvard"],
        ["The talks included Zentrova, the majority shareholder of the Lanto terminal.", "Zentrova"],
        [
          "Orvex Shipping Port, the majority shareholder of the Lanto megaport, said traffic rose.",
          "Orvex Shipping Port",
        ],
        ["Mopra welcomed its new strategic equity partner, Varda Tal, last year.", "Varda Tal"],
        ["Mopra said its largest shareholder, Brenvik, would sell shares.", "Brenvik"],
      ],
      [
        // People hold shares too: a name shaped like a person's is refused.
        ["The talks included Jane Roe, the majority shareholder of the Lanto terminal.", "Jane Roe"],
        ["Mopra said its largest shareholder, Jane Roe, would sell shares.", "Jane Roe"],
        ["Jane Roe pledged $2 million to the charity.", "Jane Roe"],
        // Committing no money.
        ["Halvard committed to the plan on Monday.", "Halvard"],
        // A partner with no word of equity is not a holder.
        ["Mopra thanked its partner, Varda Tal, on Monday.", "Varda Tal"],
      ],
    );
  });

  describe("a subsidiary read through 'wholly-owned' (round 27b)", () => {
    itGivesFacts(
      [
        [
          "In May, Kestrel Mining's wholly-owned subsidiary, Kestrel Mining Resources Ltd., signed a deal.",
          ["Kestrel Mining INVESTED_IN Kestrel Mining Resources Ltd."],
        ],
        [
          "Dravenor Copper's wholly-owned subsidiary, Dravenor Copper (Hong Kong) Investment Co., Ltd., bought shares.",
          ["Dravenor Copper INVESTED_IN Dravenor Copper (Hong Kong) Investment Co., Ltd."],
        ],
      ],
      [
        [
          "In May, Kestrel Mining's wholly-owned subsidiary signed a deal with Ostrelli.",
          "Kestrel Mining INVESTED_IN Ostrelli",
        ],
      ],
    );
  });
});
