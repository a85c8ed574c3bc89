// Ownership and backing written around a firm's name (rules/ownership.ts), on sentences written for
// this test (none taken from any corpus): hyphened backers ("the Pentagon-backed miner X"), a share
// owned ("X is 51% owned by Y", "X, 70%-owned by Y and Z"), ", in which Y holds a stake", "X's
// investors include Y and Z"; then sentences where no investment must be read.

import { describe } from "vitest";
import { readText } from "../../_helpers/documents.ts";
import { itReadsRows, type ReadingRow } from "../../_helpers/rows.ts";

const lines = (text: string) => readText(text, { date: "2025-09-12" }).lines;

const ROWS: ReadingRow[] = [
  [
    "The Pentagon-backed miner Kestrel Lithium Corp said output rose.",
    "Pentagon INVESTED_IN Kestrel Lithium Corp",
    null,
  ],
  [
    "Shares of the Osprey Mining-owned refiner Larch Metals Inc. fell on Monday.",
    "Osprey Mining INVESTED_IN Larch Metals Inc.",
    null,
  ],
  ["Kestrel Lithium Corp is 51% owned by Harbour Capital.", "Harbour Capital INVESTED_IN Kestrel Lithium Corp", null],
  [
    "Kestrel Lithium Corp, 70% owned by Harbour Capital and Larch Partners, said output rose.",
    "Larch Partners INVESTED_IN Kestrel Lithium Corp",
    null,
  ],
  [
    "Kestrel Lithium Corp, majority-owned by Harbour Capital, opened a mine in Chile.",
    "Harbour Capital INVESTED_IN Kestrel Lithium Corp",
    null,
  ],
  [
    "Kestrel Lithium Corp, in which Harbour Capital holds a 30% stake, said output rose.",
    "Harbour Capital INVESTED_IN Kestrel Lithium Corp",
    null,
  ],
  [
    "Kestrel Lithium Corp's investors include Harbour Capital and Larch Partners.",
    "Larch Partners INVESTED_IN Kestrel Lithium Corp",
    null,
  ],
  [
    "Kestrel Lithium Corp raised $300 million from investors including Harbour Capital and Larch Partners.",
    "Larch Partners INVESTED_IN Kestrel Lithium Corp",
    null,
  ],
  // Buyers a firm sold to are no investors.
  [
    "Kestrel Lithium Corp sold lithium to buyers including Harbour Capital and Larch Partners.",
    null,
    "Harbour Capital INVESTED_IN Kestrel Lithium Corp",
  ],
  // A state "backs" a firm in words: no money.
  [
    "The US-backed miner Kestrel Lithium Corp said output rose.",
    null,
    "United States INVESTED_IN Kestrel Lithium Corp",
  ],
  // ", in which" with no stake after it.
  [
    "Kestrel Lithium Corp, in which Harbour Capital saw promise, said output rose.",
    null,
    "Harbour Capital INVESTED_IN Kestrel Lithium Corp",
  ],
  // The customers a firm's list includes are no investors.
  [
    "Kestrel Lithium Corp's customers include Harbour Capital and Larch Partners.",
    null,
    "Harbour Capital INVESTED_IN Kestrel Lithium Corp",
  ],
  // Owners read as the clause layer's coordinated list (round 8): a determiner before the first
  // name, "as well as", a list of three with a serial comma.
  [
    "Kestrel Lithium Corp is 40% owned by the Commerce Department and Larch Partners.",
    "Commerce Department INVESTED_IN Kestrel Lithium Corp",
    null,
  ],
  [
    "Kestrel Lithium Corp's investors include Harbour Capital as well as Larch Partners.",
    "Larch Partners INVESTED_IN Kestrel Lithium Corp",
    null,
  ],
  [
    "Marrow Nickel Ltd, in which Harbour Capital, Larch Partners, and Osprey Mining hold stakes, said output rose.",
    "Osprey Mining INVESTED_IN Marrow Nickel Ltd",
    null,
  ],
  // The list ends where the clause's object ends: a firm after the verb's next phrase is no owner.
  [
    "Kestrel Lithium Corp is 51% owned by Harbour Capital, Larch Partners said on Monday.",
    "Harbour Capital INVESTED_IN Kestrel Lithium Corp",
    "Larch Partners INVESTED_IN Kestrel Lithium Corp",
  ],
];

describe("extraction", () => {
  describe("ownershipFacts", () => {
    itReadsRows(ROWS, lines);
  });
});
