// Round 16b of issue 13, the "discussed" area: a person announcing, confirming or defending a
// measure or a deal speaks to it (DISCUSSED), the measure read in the object or in its "of" / "in"
// phrase ("a cut in the X tariffs"), also when the measure is named over the good it is on.
// Sentences written for these tests (not copied from any article), with positives and refusals.

import { describe, expect, it } from "vitest";
import { analyseDocument } from "../../../src/extraction/index.ts";
import { testDocument } from "../../_helpers/documents.ts";
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
        ["Lena Marsh DISCUSSED reciprocal tariffs"],
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

describe("rules/policies: a measure's phrase as written is an alias (round 16b)", () => {
  const surfaces = (text: string) =>
    analyseDocument(testDocument(text, { date: "2025-09-12" }))
      .entities.filter((e) => e.type === "Policy")
      .flatMap((e) => [e.name, ...(e.aliases ?? [])]);
  const rows: [string, string | null, string | null][] = [
    [
      "Peru is weighing Chilean anti-dumping duties on Peruvian avocados.",
      "Chilean anti-dumping duties on Peruvian avocados",
      null,
    ],
    [
      "Beijing kept its anti-dumping measures on brandy in place.",
      "anti-dumping measures on brandy",
      "its anti-dumping measures on brandy",
    ],
    // Not a measure's head: no alias from the phrase.
    ["Lima sped up the anti-dumping probe into Chilean steel.", null, "anti-dumping probe into Chilean steel"],
  ];
  for (const [text, found, refused] of rows)
    it(`reads ${JSON.stringify(text)}`, () => {
      const all = surfaces(text);
      if (found) expect(all, all.join("; ")).toContain(found);
      if (refused) expect(all).not.toContain(refused);
    });
});

describe("rules/talks: a policy the talks' sides announced was discussed there (round 16b)", () => {
  itGivesFacts(
    [
      [
        "Chile and Peru held trade talks in Lima on Monday. The ministers of the two countries announced the launch of the Andean Lithium Initiative.",
        ["Lima trade talks DISCUSSED Andean Lithium Initiative"],
      ],
      [
        "Chile and Peru held trade talks in Lima on Monday. Officials later unveiled the Chile-Peru free trade agreement.",
        ["Lima trade talks DISCUSSED Chile-Peru free trade agreement"],
      ],
    ],
    [
      // A ministry's announcement is news of its own, not the talks' topic.
      [
        "Chile and Peru held trade talks in Lima on Monday. Chile's Mining Ministry announced the Andean Lithium Initiative.",
        "Lima trade talks DISCUSSED Andean Lithium Initiative",
      ],
      // A firm announcing an investment: no party of the talks, no policy.
      [
        "Chile and Peru held trade talks in Lima on Monday. A Swiss firm announced an investment in Volta Metals.",
        "Lima trade talks DISCUSSED Volta Metals",
      ],
    ],
  );
});
