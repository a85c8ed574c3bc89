// A capital written as the capital (round 25 of issue 13, parts; rules/capital-seats.ts and the
// capital's apposition in stages/03-mentions.ts), on sentences written for this test (none taken
// from any corpus): "in the capital, X" and "X, the capital" name the city (not its government),
// which belongs to its state when the document names that state. Refused: the capital acting for
// its government, a capital with no state named, another city.

import { describe } from "vitest";
import { itGivesFacts } from "../../_helpers/rows.ts";

describe("capital-seats r25: a capital written with the noun 'capital' belongs to its state", () => {
  itGivesFacts(
    [
      [
        "Kenya's regulator said police searched the firm's offices in the capital, Nairobi, on Monday.",
        ["Nairobi PART_OF Kenya"],
      ],
      ["Peru approved the permit. The signing took place in Lima, the capital, on Tuesday.", ["Lima PART_OF Peru"]],
      ["The new port lies south of the capital, Accra, and Ghana plans to open it next year.", ["Accra PART_OF Ghana"]],
    ],
    [
      // The capital standing for its government: no city is named.
      ["Kenya said Nairobi would impose new duties on imported steel.", "Nairobi PART_OF Kenya"],
      // No state named in the text.
      ["Police searched the firm's offices in the capital, Nairobi, on Monday.", "Nairobi PART_OF Kenya"],
      // A city that is not the state's capital.
      ["Kenya's regulator said the firm's offices in the port city, Mombasa, were closed.", "Mombasa PART_OF Kenya"],
    ],
  );
});
