// Company ends of investments (round 21b of issue 13), on sentences written for this test (none
// taken from any corpus): an over-the-counter ticker after a firm's name ("Acme Mining Group
// ACMGF, …": four capitals and F or Y) is no word of the name; a name of five capitals that is a
// known body, or a name's own word, stays. A lender (a bank, export-credit agency or fund by its
// name) reviewing or considering a loan gives it ("the Export-Import Bank is reviewing a $120 million
// loan to Y", "X Bank is considering providing $N in financing to Y"), and a purpose clause's works
// name what is funded ("a loan to accelerate development of Y"); refused: a firm or a regulator that
// reviews a loan, a negated or possible review, a stake weighed. The state's short forms of the
// US Export-Import Bank's short name ("US Exim", "U.S. EXIM") are the bank.

import { describe } from "vitest";
import { itGivesFacts, itTypesRows } from "../../_helpers/rows.ts";

describe("extraction", () => {
  describe("an over-the-counter ticker after a firm's name (round 21b)", () => {
    itTypesRows(
      "Company",
      [
        [
          "Vorlund Mining Group VLMGF, Ruritania's largest copper producer, agreed to buy the Kestrel mine.",
          "Vorlund Mining Group",
        ],
        ["Shares of Tamsin Metals TAMMY rose 4% after the results on Friday.", "Tamsin Metals"],
      ],
      [
        [
          "Vorlund Mining Group VLMGF, Ruritania's largest copper producer, agreed to buy the Kestrel mine.",
          "Vorlund Mining Group VLMGF",
        ],
        // Four capitals alone, or a fifth letter other than F or Y: no such ticker.
        [
          "Vorlund Mining Group VLMG, Ruritania's largest copper producer, agreed to buy the mine.",
          "Vorlund Mining Group",
        ],
      ],
    );
  });
  describe("a lender weighing a loan (round 21b)", () => {
    itGivesFacts(
      [
        [
          "The Export-Import Bank of the United States is reviewing a $120 million loan to Korvo Metals.",
          ["Export-Import Bank of the United States INVESTED_IN Korvo Metals"],
        ],
        [
          "Nordic Development Bank is considering providing up to $300 million in financing to Zentral Resources.",
          ["Nordic Development Bank INVESTED_IN Zentral Resources"],
        ],
        [
          "Zentral Resources is developing the Kestrel mine in Ruritania. " +
            "The Export-Import Bank of the United States is reviewing a $120 million loan to accelerate development of the Kestrel mine.",
          ["Export-Import Bank of the United States INVESTED_IN Kestrel"],
        ],
      ],
      [
        // A firm that is no lender by its name.
        [
          "Acme Holdings is considering a $20 million loan to Tamsin Metals.",
          "Acme Holdings INVESTED_IN Tamsin Metals",
        ],
        // Negated, or a possibility.
        [
          "The Export-Import Bank of the United States is not reviewing a $120 million loan to Korvo Metals.",
          "Export-Import Bank of the United States INVESTED_IN Korvo Metals",
        ],
        [
          "Nordic Development Bank could consider a $300 million loan to Zentral Resources.",
          "Nordic Development Bank INVESTED_IN Zentral Resources",
        ],
      ],
    );
  });
  describe("the US Export-Import Bank's short forms (round 21b)", () => {
    itTypesRows(
      "Agency",
      [
        ["Korvo Metals won a $90 million loan from US Exim last year.", "Export-Import Bank of the United States"],
        ["The U.S. EXIM board approved the loan to Korvo Metals on Monday.", "Export-Import Bank of the United States"],
      ],
      [["Korvo Metals won a $90 million loan from US Exim last year.", "US"]],
    );
  });
});
