// Round 24 of issue 13, policies: a state's programme named by a capitalised title whose head is a
// programme noun ("the National Defense Stockpile", "the X Levy", "a Production Tax Incentive", "the
// X Scheme", "the X Roadmap", "a Strategic Reserve") is a Policy (stage 3's head lexicon); one pair's
// agreement written "trade agreement" and later "trade deal" is one Policy, another kind of
// agreement of the same pair ("a lithium pact") another. Sentences written for these tests (not
// copied from any article), with refusals.

import { describe } from "vitest";
import { entityNames, factTable } from "../../_helpers/documents.ts";

const policies = (text: string) => entityNames(text, "Policy", { date: "2025-06-12" });
const agencies = (text: string) => entityNames(text, "Agency", { date: "2025-06-12" });

describe("stages/03-mentions: a programme's capitalised title is a Policy (round 24)", () => {
  factTable(
    policies,
    [
      ["Canberra will fund the Critical Minerals Strategic Reserve from July.", "Critical Minerals Strategic Reserve"],
      ["Miners object to the Growth and Sustainability Levy on lithium.", "Growth and Sustainability Levy"],
      [
        "The agency signed a contract to supply ingots for the National Defense Stockpile.",
        "National Defense Stockpile",
      ],
      [
        "The company qualifies for the Clean Hydrogen Production Tax Incentive.",
        "Clean Hydrogen Production Tax Incentive",
      ],
      ["Growers joined the Export Market Development Scheme last year.", "Export Market Development Scheme"],
      ["The ministry published a Critical Minerals Roadmap in May.", "Critical Minerals Roadmap"],
    ],
    [
      // A central bank is no programme: "Reserve" after no "Strategic".
      ["The Federal Reserve held rates steady.", "Federal Reserve"],
      // A head alone names nothing.
      ["Levy said the miners would appeal.", "Levy"],
    ],
    ["finds", "finds no"],
  );
  factTable(agencies, [["The Federal Reserve held rates steady.", "Federal Reserve"]], [], ["finds", "finds no"]);
});

describe("rules/policies: one pair's agreement is one Policy whatever its noun (round 24)", () => {
  factTable(
    policies,
    [
      [
        "Chile and India signed a free trade agreement on Monday. Officials said Chile and India would ratify the trade deal by June.",
        "Chile-India free trade agreement",
      ],
      // Another kind of agreement of the same pair stays its own.
      [
        "Chile and India signed a free trade agreement on Monday. Chile and India also signed a lithium pact.",
        "Chile-India lithium pact",
      ],
      [
        "Chile and India signed a free trade agreement on Monday. Chile and India also signed a lithium pact.",
        "Chile-India free trade agreement",
      ],
    ],
    [
      [
        "Chile and India signed a free trade agreement on Monday. Officials said Chile and India would ratify the trade deal by June.",
        "Chile-India trade deal",
      ],
    ],
    ["finds", "finds no"],
  );
});

describe("rules/policies: a suspension of a good's exports is its export ban (round 24)", () => {
  factTable(
    policies,
    [
      ["Congo announced a four-month suspension of cobalt exports on Saturday.", "cobalt export ban"],
      ["The ministry said the export suspension of manganese would last until June.", "manganese export ban"],
    ],
    [
      // No good: a suspension of anything.
      ["Zambia's prolonged suspension angered traders.", "Zambia prolonged suspension"],
      // No exports: talks suspended.
      ["The government lifted the suspension of talks with the union.", "suspension of talks"],
      // A suspension of a measure lifts it: no ban.
      ["Peru announced a one-year suspension of its export controls on zinc.", "zinc export ban"],
    ],
    ["finds", "finds no"],
  );
});

describe("rules/policies: a Vision and its year, a fentanyl related tariff (round 24)", () => {
  factTable(
    policies,
    [
      ["The kingdom is spending heavily under Vision 2030 to build new industries.", "Vision 2030"],
      ["Officials cut the fentanyl related tariff on imports from 20% to 10%.", "fentanyl tariff"],
    ],
    [
      // No year: a vision of no plan.
      ["The Vision of the founders still guides the firm.", "Vision"],
      // A year outside the plans' century names no plan.
      ["The Vision 1995 exhibition toured Europe.", "Vision 1995"],
    ],
    ["finds", "finds no"],
  );
});
