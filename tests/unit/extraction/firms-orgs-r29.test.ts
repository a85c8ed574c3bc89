// Round 29 of issue 13: firms and organisations on unseen news, on sentences written for this test
// (none taken from any corpus): a body of many states named with a state body's head word
// ("International … Court / Authority", "… Commission for Africa") is an organisation, not a
// state's agency; a body's name read short of a state or a place inside it runs on to the
// bracketed initials that spell it ("… of Commerce of the Philippines (ECCP)"); a name after "and"
// with a singular verb of its own opens a clause, so the name before "and" is no list member of it.

import { describe } from "vitest";
import { itTypesRows } from "../../_helpers/rows.ts";

describe("extraction", () => {
  describe("bodies of many states with a state body's head word (round 29)", () => {
    itTypesRows(
      "Organization",
      [
        [
          "The dispute was taken to the International Tribunal for Fisheries on Monday.",
          "International Tribunal for Fisheries",
        ],
        [
          "Licences are issued by the International Ocean Mining Authority in Kingston.",
          "International Ocean Mining Authority",
        ],
        ["The Economic Commission for Asia said growth would slow.", "Economic Commission for Asia"],
        ["The Economic Commission for Latin America said exports rose.", "Economic Commission for Latin America"],
      ],
      [
        // A state's body of international trade stays the state's.
        ["The International Trade Commission voted on the duties on Monday.", "International Trade Commission"],
        // A state's body that names no continent.
        ["The Energy Commission for Ghana said prices rose.", "Energy Commission for Ghana"],
      ],
    );
    itTypesRows(
      "Agency",
      [
        ["The International Trade Commission voted on the duties on Monday.", "International Trade Commission"],
        ["The Securities Commission of Malaysia fined the broker.", "Securities Commission of Malaysia"],
      ],
      [
        [
          "Licences are issued by the International Ocean Mining Authority in Kingston.",
          "International Ocean Mining Authority",
        ],
      ],
    );
  });

  describe("a body's name runs on to the bracketed initials that spell it (round 29)", () => {
    itTypesRows(
      "Organization",
      [
        [
          "The Nordic Chamber of Commerce of the Philippines (NCCP) backed the deal.",
          "Nordic Chamber of Commerce of the Philippines",
        ],
        [
          "The Italian Business Association in Vietnam (IBAV) said orders fell.",
          "Italian Business Association in Vietnam",
        ],
      ],
      [
        ["The Nordic Chamber of Commerce of the Philippines (NCCP) backed the deal.", "Nordic Chamber of Commerce"],
        // Initials that spell another run leave the name as read.
        [
          "The Nordic Chamber of Commerce of the Philippines (NCC) backed the deal.",
          "Nordic Chamber of Commerce of the Philippines",
        ],
      ],
    );
    itTypesRows(
      "Meeting",
      // An event named after the body keeps its own name and type.
      [["Officials met at the Quad Trade Ministers Meeting (QTMM) on Friday.", "Quad Trade Ministers Meeting"]],
      [],
    );
  });

  describe("a name after 'and' with a singular verb opens a clause, no list (round 29)", () => {
    itTypesRows(
      "Company",
      [
        ["Orders came from Velmora Tarsk and Zentrix Resources on Monday.", "Velmora Tarsk"],
        ["Velmora Tarsk and Zentrix Resources are partners in the mine.", "Velmora Tarsk"],
      ],
      [
        [
          "The site supplied metal during the Great Frost and Zentrix Resources is ready to do so again.",
          "Great Frost",
        ],
        ["Prices rose after the Winter Accord and Zentrix Resources has raised output.", "Winter Accord"],
      ],
    );
  });
});
