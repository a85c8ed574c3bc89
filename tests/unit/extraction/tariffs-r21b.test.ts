// Tariff makers, round 21b: the maker of a tariff read where the text does not write his state
// next to him. A person's state is the state whose post the post rules gave him ("President X"
// placed earlier); the owner of an act's noun past a time adjunct ("X's announcement on Friday of
// a tariff"); "he" in a tariff's relative clause standing for "the president" named before it; a
// government named after a leader the text does not place ("the X administration") is the other
// side of the taxed state. Sentences written for this test.

import { describe } from "vitest";
import { readText } from "../../_helpers/documents.ts";
import { itReadsRows, type ReadingRow } from "../../_helpers/rows.ts";

/** The document's relations as "source PREDICATE target" lines. */
const lines = (text: string): string[] => readText(text, { date: "2025-06-02" }).lines;

type Row = [text: string, expected: string];

const FOUND: Row[] = [
  // The person's state from his post, with no nationality written.
  [
    "The United States and Indonesia held talks. Indonesian President Prabowo Subianto met President Joe Biden in Washington. The talks follow President Joe Biden's imposition of 32% tariffs on Indonesia.",
    "United States IMPOSED_TARIFF Indonesia",
  ],
  // The act's owner past a time adjunct.
  [
    "U.S. President Joe Biden spoke on Monday. Canada's reply answers Biden's announcement last week of a 15% tariff on Canadian lumber.",
    "United States IMPOSED_TARIFF Canada",
  ],
  // "he" for "the president", the holder named last before the sentence.
  [
    "U.S. President Joe Biden and Brazilian President Lula da Silva spoke by phone. Biden said talks went well. The president added that the 40% tariff he had imposed on Brazilian coffee would stay.",
    "United States IMPOSED_TARIFF Brazil",
  ],
  // A comma list of taxed states, and the participle "targeting".
  ["The United States imposed 25% tariffs on Brazil, Peru, and Chile last month.", "United States IMPOSED_TARIFF Peru"],
  [
    "The United States imposed 25% tariffs on Brazil, Peru, and Chile last month.",
    "United States IMPOSED_TARIFF Chile",
  ],
  [
    "Last month the United States imposed new levies targeting Brazil, Peru and Chile.",
    "United States IMPOSED_TARIFF Peru",
  ],
  // A tariff war waged on a state.
  [
    "Canadian Prime Minister Mark Carney started a tariff war on American steel.",
    "Canada IMPOSED_TARIFF United States",
  ],
  // A quotation after a verb of saying is a clause of its own.
  [
    "The spokesman added, \"Japan will cut the 'rice tariff' imposed on Thailand to 5%.\"",
    "Japan IMPOSED_TARIFF Thailand",
  ],
  // A government named after a leader the text does not place.
  [
    "The United States and Vietnam are in talks. The Obama administration imposed 46% tariffs on Vietnam last year.",
    "United States IMPOSED_TARIFF Vietnam",
  ],
  [
    "The United States and Vietnam are in talks. Exporters worry as the Obama administration's higher tariffs on Vietnam remain in force.",
    "United States IMPOSED_TARIFF Vietnam",
  ],
];

/** Export measures: the maker of a licence a party is required to obtain. */
const EXPORTS_FOUND: Row[] = [
  [
    "Vietnam began requiring miners to obtain a licence to export tungsten concentrate.",
    "Vietnam RESTRICTED_EXPORT tungsten concentrate",
  ],
  [
    "Since May, Malaysia has required exporters to obtain licences to export bauxite.",
    "Malaysia RESTRICTED_EXPORT bauxite",
  ],
];

const EXPORTS_NOT_FOUND: Row[] = [
  // A critic of the rules does not make them.
  [
    "Japan criticised the rules requiring firms to obtain licences to export gallium.",
    "Japan RESTRICTED_EXPORT gallium",
  ],
  // A firm that obtains a licence it was not required to get restricts nothing.
  ["Vietnam wants miners to obtain a licence to export tungsten.", "Vietnam RESTRICTED_EXPORT tungsten"],
];

const NOT_FOUND: Row[] = [
  // A state in a list of taxed states is not the maker of the tariff on the first.
  [
    "Canada and Mexico are talking. A court vacated the tariffs on Canada, Mexico, and China.",
    "Mexico IMPOSED_TARIFF Canada",
  ],
  // A tariff war between two states names no maker; its critics make none.
  ["Critics of the tariff war on Chinese goods spoke in Ottawa.", "Canada IMPOSED_TARIFF China"],
  ["The tariff war between Canada and China goes on.", "Canada IMPOSED_TARIFF China"],
  // The list ends at a state the comma does not join to it.
  ["The United States imposed 25% tariffs on Brazil, Peru said on Monday.", "United States IMPOSED_TARIFF Peru"],
  // A vice president is not "the president".
  [
    "U.S. President Joe Biden and Brazilian President Lula da Silva spoke by phone. The vice president said the 40% tariff he had imposed on Brazilian coffee would stay.",
    "United States IMPOSED_TARIFF Brazil",
  ],
  // A time adjunct that is no time: the act is not the tariff's.
  [
    "U.S. President Joe Biden spoke on Monday. Canada's reply answers Biden's announcement on lumber of a 15% tariff on Canadian goods.",
    "United States IMPOSED_TARIFF Canada",
  ],
  // A state's government is no leader's; "the Chinese government" is China itself.
  [
    "The United States and Vietnam are in talks. The Chinese government imposed 46% tariffs on Vietnam last year.",
    "United States IMPOSED_TARIFF Vietnam",
  ],
  // A future tariff of the administration is a threat, not an imposition.
  [
    "The United States and Vietnam are in talks. The Obama administration could impose 46% tariffs on Vietnam.",
    "United States IMPOSED_TARIFF Vietnam",
  ],
];

describe("tariff makers, round 21b", () => {
  itReadsRows(
    [
      ...FOUND.map(([text, fact]): ReadingRow => [text, fact, null]),
      ...EXPORTS_FOUND.map(([text, fact]): ReadingRow => [text, fact, null]),
      ...EXPORTS_NOT_FOUND.map(([text, fact]): ReadingRow => [text, null, fact]),
      ...NOT_FOUND.map(([text, fact]): ReadingRow => [text, null, fact]),
    ],
    lines,
  );
});
