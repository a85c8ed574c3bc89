// Round 17c of issue 13, policy naming (policy-named-before-noun, quoted instruments): a term of art the text puts in quotes is the name readers
// give an instrument. Sentences written for these tests (not copied from any article), with refusals.

import { describe } from "vitest";
import { entityNames, factTable } from "../../_helpers/documents.ts";

const policies = (text: string) => entityNames(text, "Policy", { date: "2025-06-12" });

describe("rules/policies: a quoted term of art with an instrument noun last is a Policy (round 17c)", () => {
  factTable(
    policies,
    [
      ["Lisbon is lobbying for a “cork alliance” with Madrid to protect its growers.", "cork alliance"],
      ["Importers lose their “parcel duty exemption” under the new customs decree.", "parcel duty exemption"],
      ['Farmers asked the cabinet to widen the "seed quota" for imported potatoes.', "seed quota"],
    ],
    [
      // A judgement in quotes, not a name: an adjective before the noun.
      ["The minister called the accord a “fair agreement” for both sides.", "fair agreement"],
      // One quoted word, or a capitalised title: other rules' business.
      ["Growers want the “alliance” renewed before winter.", "alliance"],
      // Not in quotes at all.
      ["Lisbon is lobbying for a cork alliance with Madrid to protect its growers.", "cork alliance"],
    ],
    ["finds", "finds no"],
  );
});
