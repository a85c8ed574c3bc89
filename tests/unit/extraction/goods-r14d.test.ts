// Round 14d of the goods phrasings: a lower-case word that says which kind of a plural product it
// is ("military drones", "rechargeable batteries") stays in the product's name; a word that judges,
// counts or places the goods ("key drones", "domestic batteries"), a participle ("imported
// batteries") or a trade word keeps the plain product.
// Sentences written for these tests (not copied from any article), positives and refusals.

import { describe, expect, it } from "vitest";
import { analyseDocument } from "../../../src/extraction/index.ts";
import { testDocument } from "../../_helpers/documents.ts";

function products(text: string): string[] {
  const a = analyseDocument(testDocument(text, { date: "2025-06-12" }));
  return a.entities.filter((e) => e.type === "Product").map((e) => e.name);
}

describe("stages/03-mentions", () => {
  describe("productModifierStart (a kind word before a plural product names it)", () => {
    const positives: [string, string][] = [
      ["Exports of military drones to the region were halted by Ottawa in March.", "military drones"],
      ["The factory will export rechargeable batteries to Chile from next year.", "rechargeable batteries"],
      ["Tariffs on alcoholic beverages from France rose sharply after the dispute.", "alcoholic beverages"],
    ];
    for (const [text, name] of positives)
      it(`names ${name} in "${text}"`, () => {
        expect(products(text)).toContain(name);
      });

    const refusals: [string, string, string][] = [
      ["Tariffs on imported batteries from Korea rose in the spring.", "batteries", "imported batteries"],
      ["Kenya said the key drones for its border patrol came from Turkey.", "drones", "key drones"],
      ["The ministry will buy more drones from Israel this year.", "drones", "more drones"],
      ["The shop sells batteries and cables imported from Asia.", "batteries", "sells batteries"],
    ];
    for (const [text, plain, modified] of refusals)
      it(`keeps the plain ${plain} in "${text}"`, () => {
        const found = products(text);
        expect(found).not.toContain(modified);
      });
  });
});
