// Round 22b of issue 13, policies (policy-measure-by-pattern, section measures): the measure a trade
// law's section names right after its number ("Section 301 tariff exclusions", "Section 122
// measures") is its own instrument, named as written; a bare section stays the section. Sentences
// written for these tests (not copied from any article), with refusals.

import { describe } from "vitest";
import { analyseDocument } from "../../../src/extraction/index.ts";
import { entityNames, factTable, testDocument } from "../../_helpers/documents.ts";

const policies = (text: string) => entityNames(text, "Policy", { date: "2025-06-12" });

describe("rules/policies: a section's measure is named as written (round 22b)", () => {
  factTable(
    policies,
    [
      ["The trade office renewed 90 Section 301 tariff exclusions for solar parts.", "Section 301 tariff exclusions"],
      ["Seoul urged Washington to drop its Section 201 measures on washing machines.", "Section 201 measures"],
      ["Shippers braced for the Section 301 port fees due in the autumn.", "Section 301 port fees"],
      ["The Section 232 tariffs on lumber stay in force.", "Section 232 tariffs"],
      ["Officials opened a Section 301 investigation into the subsidies.", "Section 301 investigation"],
    ],
    [
      // The exclusions are not the tariffs they exempt from.
      ["The trade office renewed 90 Section 301 tariff exclusions for solar parts.", "Section 301 tariffs"],
      // A section followed by a verb or a preposition names no measure.
      ["The statute's Section 301 allows the office to act against unfair practices.", "Section 301 allows"],
      ["Talks continued under Section 301 measures of last year.", "Section 301 measures of last year"],
      // More than two words between the number and the measure noun.
      [
        "The Section 301 very broad new shipping industry measures were delayed.",
        "Section 301 very broad new shipping industry measures",
      ],
    ],
    ["finds", "finds no"],
  );
});

describe("rules/policies: a state's law of export control is its law (round 22b)", () => {
  factTable(
    policies,
    [
      ["Tokyo tightened Japan's export control law in March.", "Japan export control law"],
      ["Seoul acted under South Korea's export control decree after the review.", "South Korea export control decree"],
    ],
    [
      // A law of exports that is no law of export control: a measure's business, not a law.
      ["Chile passed an export law on copper.", "Chile export law"],
      // A regime or scheme of export control is no law proper.
      ["Tokyo tightened Japan's export control regime in March.", "Japan export control regime"],
    ],
    ["finds", "finds no"],
  );
});

/** Every Policy's names and aliases in `text`. */
const policySurfaces = (text: string) =>
  analyseDocument(testDocument(text, { date: "2025-06-12" }))
    .entities.filter((e) => e.type === "Policy")
    .flatMap((e) => [e.name, ...(e.aliases ?? [])]);

describe("rules/policies: a measure's judging words and participles are part of the name as written (round 22b)", () => {
  factTable(
    policySurfaces,
    [
      ["Tokyo announced expanded export controls on gallium and germanium last week.", "expanded export controls"],
      [
        "Seoul lifted the newly imposed export controls on tungsten for six months.",
        "newly imposed export controls on tungsten",
      ],
      [
        "The trade office is imposing new Section 301 tariff measures on certain ships.",
        "new Section 301 tariff measures",
      ],
    ],
    [
      // The clause's own verb after its subject is no word of the measure.
      ["Tokyo expanded export controls on gallium and germanium last week.", "expanded export controls"],
      ["Tokyo has expanded export controls on gallium and germanium last week.", "expanded export controls"],
    ],
    ["names", "names no"],
  );
});
