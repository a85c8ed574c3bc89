// Round 16b of issue 13, the "discussed" area: a person announcing, confirming or defending a
// measure or a deal speaks to it (DISCUSSED), the measure read in the object or in its "of" / "in"
// phrase ("a cut in the X tariffs"), also when the measure is named over the good it is on.
// Sentences written for these tests (not copied from any article), with positives and refusals.

import { describe } from "vitest";
import { itGivesFacts } from "../../_helpers/rows.ts";

describe("rules/trade: DISCUSSED by a person announcing a policy (round 16b)", () => {
  itGivesFacts(
    [
      ["Premier Lena Marsh unveiled the Mining Royalty Act on Tuesday.", ["Lena Marsh DISCUSSED Mining Royalty Act"]],
      [
        "Omar Keita, Peru's president, hailed the Peru-Chile free trade agreement as a landmark.",
        ["Omar Keita DISCUSSED Peru-Chile free trade agreement"],
      ],
      [
        "Chancellor Lena Marsh announced the suspension of reciprocal tariffs for ninety days.",
        ["Lena Marsh DISCUSSED reciprocal tariff"],
      ],
      // The measure named over the good it is on.
      ["President Omar Keita announced a cut in fentanyl tariffs.", ["Omar Keita DISCUSSED fentanyl tariff"]],
    ],
    [
      // Only a possibility.
      ["Premier Lena Marsh may unveil the Mining Royalty Act next month.", "Lena Marsh DISCUSSED Mining Royalty Act"],
      // Not a policy: an investment announced is no topic.
      ["Premier Lena Marsh announced an investment in Volta Metals.", "Lena Marsh DISCUSSED Volta Metals"],
      // A firm announcing is no person speaking to a measure.
      ["Volta Metals welcomed the Mining Royalty Act on Tuesday.", "Volta Metals DISCUSSED Mining Royalty Act"],
    ],
  );
});
