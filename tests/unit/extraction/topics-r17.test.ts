// Round 17 of issue 13, the topics area: the agreement a document's talks reached is the one
// agreement the text names by its title, and no Policy is made of a framework no clause reaches.
// Sentences written for these tests (not copied from any article), with positives and refusals.

import { describe } from "vitest";
import { entityNames, factTable, readText } from "../../_helpers/documents.ts";

const lines = (text: string) => readText(text, { date: "2025-06-12" }).lines;
const policies = (text: string) => entityNames(text, "Policy", { date: "2025-06-12" });

describe("rules/talks: the talks' agreement is the document's titled agreement (round 17)", () => {
  factTable(
    lines,
    [
      [
        "Chile and Norway reached a trade deal during talks in Oslo on Monday. The Chile-Norway Comprehensive Economic Partnership Agreement opens markets for salmon.",
        "Oslo trade talks DISCUSSED Chile-Norway Comprehensive Economic Partnership Agreement",
      ],
      // No titled agreement: the talks' framework keeps its place's name.
      [
        "Chile and Norway reached a trade deal during talks in Oslo on Monday. The deal opens markets for salmon.",
        "Oslo trade talks DISCUSSED Oslo framework",
      ],
    ],
    [
      [
        "Chile and Norway reached a trade deal during talks in Oslo on Monday. The Chile-Norway Comprehensive Economic Partnership Agreement opens markets for salmon.",
        "Oslo trade talks DISCUSSED Oslo framework",
      ],
    ],
  );
  factTable(
    policies,
    [],
    [
      // A framework merely mentioned, never reached: no Policy of the talks.
      [
        "Chile and Norway held talks in Oslo on Monday. A framework was mentioned by analysts. Salmon exports rose.",
        "Oslo framework",
      ],
      [
        "Chile and Norway reached a trade deal during talks in Oslo on Monday. The Chile-Norway Comprehensive Economic Partnership Agreement opens markets for salmon.",
        "Oslo framework",
      ],
    ],
    ["finds", "finds no"],
  );
});

describe("rules/policies: a section's investigation and a titled arrangement are Policies (round 17)", () => {
  factTable(
    policies,
    [
      ["Washington opened a Section 232 investigation into imports of timber last month.", "Section 232 investigation"],
      ["The agency closed its Section 201 probe of solar panels on Monday.", "Section 201 investigation"],
      ["Both leaders praised the Lima Joint Arrangement on fishing quotas.", "Lima Joint Arrangement"],
    ],
    [
      // Tariffs under a section are not its investigation.
      ["The Section 232 tariffs on timber took effect on Monday.", "Section 232 investigation"],
      // A lower-case arrangement is no title.
      ["Both leaders praised the seating arrangement at the dinner in Lima.", "seating arrangement"],
    ],
    ["finds", "finds no"],
  );
});

describe("rules/talks: a consensus or framework closing on 'in <city>' is the city's (round 17)", () => {
  factTable(
    policies,
    [
      ["Chile and Peru reached a consensus in Lima on fishing rights last spring.", "Lima consensus"],
      ["The two states set up a framework for customs cooperation in Rome in May.", "Rome framework"],
    ],
    [
      // A verb ends the agreement's phrase: the city is the verb's.
      ["Chile and Peru reached a consensus that was later signed in Lima.", "Lima consensus"],
      // A deal is named by its parties, not by the city of its signing.
      ["Chile and Peru signed a deal in Lima on fishing rights.", "Lima deal"],
      // A country is no city.
      ["Chile and Peru reached a consensus in Bolivia on fishing rights.", "Bolivia consensus"],
    ],
    ["finds", "finds no"],
  );
});

describe("rules/policies: a measure noun naming a mineral's exports is its export restrictions (round 17)", () => {
  factTable(
    policies,
    [
      ["Peru announced new curbs on tin exports on Monday.", "tin export restrictions"],
      ["Bolivia said export controls on the export of lithium would stay.", "lithium export restrictions"],
      // No export word: the state restricts the mineral's exports elsewhere in the text.
      [
        "Peru restricted exports of gallium in May. Buyers said the strict gallium controls hurt chipmakers.",
        "gallium export restrictions",
      ],
    ],
    [
      // No export word and nobody restricting the mineral's exports: a price control, no export measure.
      ["Peru set price controls on cobalt sold at home.", "cobalt export restrictions"],
      ["The strict gallium controls at the border were relaxed for imports.", "gallium export restrictions"],
    ],
    ["finds", "finds no"],
  );
});

describe("rules/policies: 'and' before an article ends an instrument's title (round 17)", () => {
  factTable(
    policies,
    [
      [
        "The two states signed a Chile-Peru Framework for Shared Coastal Prosperity and a pact on fishing.",
        "Chile-Peru Framework for Shared Coastal Prosperity",
      ],
    ],
    [
      [
        "The two states signed a Chile-Peru Framework for Shared Coastal Prosperity and a MoU on fishing.",
        "Chile-Peru Framework for Shared Coastal Prosperity and a MoU",
      ],
    ],
    ["finds", "finds no"],
  );
});

describe("rules/policies: a post's portfolio after 'for' is no Policy (round 17)", () => {
  factTable(
    policies,
    [
      // The same words as an instrument's name elsewhere in the text.
      ["Chile adopted its National Lithium Strategy in 2023 to widen state control.", "National Lithium Strategy"],
    ],
    [
      ["The Commission's Vice President for Industrial Strategy met miners in Lyon.", "Industrial Strategy"],
      ["The Commissioner for the Clean Industrial Deal spoke in Oslo on Monday.", "Clean Industrial Deal"],
    ],
    ["finds", "finds no"],
  );
});
