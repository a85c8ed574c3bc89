// Lenders and investors typed by their role in the phrase (round 20c of issue 13), on sentences
// written for this test (none taken from any corpus): a name, or a list of names, after "from" or
// "by" closing a noun of money given ("a loan from X and Y", "a line of credit from X", "backing
// from X, Y and Z") is a firm; then names that must not be: a person, a body's head before "of",
// a name modifying a noun ("from Gulf states"), a name after "from" with no money noun before it.

import { describe } from "vitest";
import { itTypesRows } from "../../_helpers/rows.ts";

describe("extraction", () => {
  describe("lenderByRole", () => {
    itTypesRows(
      "Company",
      [
        ["Acme Metals will receive a $1 billion loan from Northwind Vessey to fund the plant.", "Northwind Vessey"],
        ["Acme Metals will receive a $1 billion loan from Northwind Vessey and Harbor Lyle.", "Harbor Lyle"],
        ["Acme Metals will receive a $1 billion loan from Northwind Vessey and Harbor Lyle.", "Northwind Vessey"],
        ["The plant is supported by a $500 million line of credit from Bravik Lund.", "Bravik Lund"],
        ["Acme Metals secured backing from Orrin Delacorte, Kessel Marr and Tovey Brant.", "Kessel Marr"],
        ["Acme Metals secured backing from Orrin Delacorte, Kessel Marr and Tovey Brant.", "Tovey Brant"],
        ["The refinery drew a $40 million investment by Quillon last year.", "Quillon"],
      ],
      [
        // A person's name.
        ["Acme Metals received a $2 million loan from Maria Lopez in 2019.", "Maria Lopez"],
        // A body's head before "of" (the state's name after it).
        ["The plant received funding from the Government of Ruritania.", "Government"],
        ["The plant received funding from the Government of Ruritania.", "Government of Ruritania"],
        ["The plant received funding from the Government of Canada.", "Government of"],
        // A name modifying the noun after it.
        ["Acme Metals sought investment from Gulf states last year.", "Gulf"],
        // No money noun before "from".
        ["Acme Metals hired engineers from Northwind Vessey last year.", "Northwind Vessey"],
      ],
    );
  });
  describe("a region's government (round 20c)", () => {
    // "the Government of <region>" is a body of state; "the Government of <state>" stays the state.
    itTypesRows(
      "Agency",
      [
        ["The plant received funding from the Government of Saskatchewan.", "Government of Saskatchewan"],
        ["The Government of Western Australia approved the mine on Monday.", "Government of Western Australia"],
        ["The plant received funding from the Government of Ruritania.", "Government of Ruritania"],
      ],
      [["The Government of Canada approved the mine on Monday.", "Government of Canada"]],
    );
  });
  describe("Dutch legal forms (round 20c)", () => {
    // "B.V." closes a firm's name as "N.V." does; the short name is the same firm.
    itTypesRows(
      "Company",
      [
        ["Acme bought a 40 percent interest in Kora Lithium B.V. for $300 million.", "Kora Lithium B.V."],
        ["Kora Lithium B.V. runs the mine. Acme bought a stake in Kora Lithium last year.", "Kora Lithium B.V."],
      ],
      [["Kora Lithium B.V. runs the mine. Acme bought a stake in Kora Lithium last year.", "Kora Lithium"]],
    );
  });
});
