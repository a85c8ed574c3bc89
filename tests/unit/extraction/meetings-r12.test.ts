// Round-12 readings of meetings for unseen news, as general mechanisms (not one article's wording).
// Sentences written for these tests (not copied from any article), with positives and refusals.

import { describe } from "vitest";
import { itGivesFacts } from "../../_helpers/rows.ts";

describe("stages/05-meetings round 12", () => {
  describe('people coordinated before "meet … with" are one side', () => {
    const lisbon =
      "Brazilian Finance Minister Fernando Haddad and Brazilian Foreign Minister Mauro Vieira will meet in Lisbon with a Portuguese team led by Economy Minister Joaquim Sarmento. Haddad said the talks would cover olive oil and wine.";
    const oslo =
      "Commerce Secretary Dana Whitfield and Trade Representative Omar Castillo will meet on Monday with a Norwegian delegation led by Finance Minister Jens Stoltenberg in Oslo.";
    const found: [text: string, facts: string[]][] = [
      [lisbon, ["Fernando Haddad MET_WITH Joaquim Sarmento", "Mauro Vieira MET_WITH Joaquim Sarmento"]],
      [oslo, ["Dana Whitfield MET_WITH Jens Stoltenberg", "Omar Castillo MET_WITH Jens Stoltenberg"]],
      // No "with": the two coordinated leaders of two states are the pair.
      [
        "Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan will meet in Arusha on Friday.",
        ["William Ruto MET_WITH Samia Suluhu Hassan"],
      ],
    ];
    const refused: [text: string, fact: string][] = [
      [lisbon, "Fernando Haddad MET_WITH Mauro Vieira"],
      [oslo, "Dana Whitfield MET_WITH Omar Castillo"],
    ];
    itGivesFacts(found, refused);
  });
});
