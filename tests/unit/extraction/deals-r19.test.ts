// Round 19 of issue 13 (deals): frames over classes, not phrasings. Every sentence is written for
// this test; the firms are invented, the states are generic knowledge.

import { describe } from "vitest";
import { factTable, readText } from "../../_helpers/documents.ts";

const read = (text: string) => readText(text, { date: "2025-09-12" }).lines;

/** A story about two states, so that a demonym and "the other side" have their pair. */
const PAIR = "The United States and Brazil held trade talks this week. ";
const US = "U.S. President Donald Trump spoke to reporters on Monday. ";

describe("deals r19: a verb of striking whose instrument is a tariff imposes it on the goods' state", () => {
  factTable(
    read,
    [
      [`${US}Trump hit Brazilian imports with new tariffs in July.`, "United States IMPOSED_TARIFF Brazil"],
      [`${US}Washington slapped Brazilian coffee with a 50% duty.`, "United States IMPOSED_TARIFF Brazil"],
      [`${PAIR}Brazil answered by hitting American imports with a 40% levy.`, "Brazil IMPOSED_TARIFF United States"],
      // A modal blow is a threat, not an imposition.
      [`${PAIR}Brazil could hit American imports with a 40% levy.`, "Brazil THREATENED_TARIFF United States"],
    ],
    [
      [`${PAIR}Brazil could hit American imports with a 40% levy.`, "Brazil IMPOSED_TARIFF United States"],
      // A levy on one's own firms taxes no other state.
      [`${PAIR}Brazil hit its own steelmakers with a new 5% levy.`, "Brazil IMPOSED_TARIFF United States"],
      // The tariff is the subject that hits: no "with" instrument, no agent to read from.
      [`${PAIR}The new levy hit American imports hard.`, "Brazil IMPOSED_TARIFF United States"],
      // Hit with a fine, not a tariff.
      [`${PAIR}Brazil hit American banks with heavy fines.`, "Brazil IMPOSED_TARIFF United States"],
    ],
  );
});

describe("deals r19: a tariff's relative clause of imposing names its maker and, reciprocal, both sides", () => {
  factTable(
    read,
    [
      [
        `${US}Trump said he would halve the 40 percent tariff he had imposed on Brazilian exports.`,
        "United States IMPOSED_TARIFF Brazil",
      ],
      [
        `${PAIR}Both governments cut the tariffs they had imposed on each other.`,
        "Brazil IMPOSED_TARIFF United States",
      ],
      [
        `${PAIR}Both governments cut the tariffs they had imposed on each other.`,
        "United States IMPOSED_TARIFF Brazil",
      ],
      [
        `${PAIR}The deal lowers the duties that both nations levied on the other's farm goods.`,
        "United States IMPOSED_TARIFF Brazil",
      ],
    ],
    [
      // A tariff the pronoun's maker only might impose is none imposed.
      [
        `${US}Trump spoke of the 40 percent tariff he would impose on Brazilian exports.`,
        "United States IMPOSED_TARIFF Brazil",
      ],
      // Tariffs planned on each other are no tariffs in place.
      [`${PAIR}Officials fear new tariffs they may impose on each other.`, "Brazil IMPOSED_TARIFF United States"],
    ],
  );
});
