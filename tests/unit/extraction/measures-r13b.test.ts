// Trade measures, round 13b: guesses dropped for precision on held-out text. A tariff's maker is no
// longer the story's other side unless that side (or one of its people) is written in the sentence;
// a threat needs its maker written; an export measure with no good written after it takes none
// from the rest of the sentence. Sentences written for this test, with the readings kept beside them.

import { describe } from "vitest";
import { itGivesFacts } from "../../_helpers/rows.ts";

type Row = [text: string, line: string];

/** Readings that stay: the maker written in the sentence (a demonym before the tariff is the sweep's). */
const KEPT: Row[] = [
  ["Ghana and Kenya held talks in Accra. Kenyan tariffs on Ghanaian cocoa rose to 12%.", "Kenya IMPOSED_TARIFF Ghana"],
  [
    "Ghana and Kenya held talks in Accra. Kenyan officials warned of new tariffs on Ghanaian cocoa.",
    "Kenya THREATENED_TARIFF Ghana",
  ],
  [
    "Peru and Chile signed a fishing accord last year. Peru kept the tariffs on Chilean wine at 15% in March.",
    "Peru IMPOSED_TARIFF Chile",
  ],
  [
    "Ghana and Kenya held talks in Accra. Ghana threatened tariffs on Kenyan tea last week.",
    "Ghana THREATENED_TARIFF Kenya",
  ],
  [
    "Norway and Peru held trade talks in Lima. The duties Norway put on Peruvian fish stayed in force.",
    "Norway IMPOSED_TARIFF Peru",
  ],
  ["Peru and Chile met in May. Chilean copper faces a 12% tariff, Peru said.", "Peru IMPOSED_TARIFF Chile"],
  [
    "Morocco exports most of the world's phosphate. Since April, it has required licences to export the mineral.",
    "Morocco RESTRICTED_EXPORT phosphate",
  ],
];

/** Guesses refused: no maker written, only the story's pair; no good written after the measure. */
const REFUSED: Row[] = [
  [
    "Peru and Chile signed a fishing accord last year. Tariffs on Chilean wine climbed to 15% in March.",
    "Peru IMPOSED_TARIFF Chile",
  ],
  [
    "Ghana and Kenya held talks in Accra. Exporters fear that tariffs on Kenyan tea could be threatened next.",
    "Ghana THREATENED_TARIFF Kenya",
  ],
  [
    "Ghana and Kenya held talks in Accra. Exporters fear that tariffs on Kenyan tea could be threatened next.",
    "Ghana IMPOSED_TARIFF Kenya",
  ],
  ["Peru and Chile met in May. Chilean copper faces a 12% tariff.", "Peru IMPOSED_TARIFF Chile"],
  [
    "Morocco exports most of the world's phosphate and has recently widened export curbs.",
    "Morocco RESTRICTED_EXPORT phosphate",
  ],
];

describe("trade measures, round 13b: precision", () => {
  itGivesFacts(
    KEPT.map(([text, line]) => [text, [line]]),
    REFUSED,
  );
});
