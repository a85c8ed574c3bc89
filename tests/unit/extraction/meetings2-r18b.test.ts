// Meetings, round 18b of issue 13: a verb of occurrence between the meeting noun and "between"
// ("a meeting took place between X and Y", "talks were held on Monday between") names no one, so
// the pair after "between" is still the meeting's. Every sentence here is written for these
// tests, with invented names.

import { describe } from "vitest";
import { entityNames, factTable, readText } from "../../_helpers/documents.ts";

const lines = (text: string) => readText(text, { date: "2025-06-12" }).lines;

describe("stages/05-meetings, round 18b: a meeting that took place between two people", () => {
  factTable(
    lines,
    [
      [
        "On June 3, a meeting took place between Foreign Minister Lena Vorhees and Trade Minister Amos Kiptoo in Nairobi.",
        "Lena Vorhees PARTICIPATED_IN Vorhees-Kiptoo meeting",
      ],
      [
        "On June 3, a meeting took place between Foreign Minister Lena Vorhees and Trade Minister Amos Kiptoo in Nairobi.",
        "Amos Kiptoo PARTICIPATED_IN Vorhees-Kiptoo meeting",
      ],
      [
        "A long meeting was held on Tuesday between President Ivo Marsh and Chancellor Petra Linde in Oslo.",
        "Ivo Marsh MET_WITH Petra Linde",
      ],
    ],
    [
      // No "between": what took place is not a meeting of the people named later.
      [
        "A protest took place in Oslo while President Ivo Marsh and Chancellor Petra Linde dined.",
        "Ivo Marsh MET_WITH Petra Linde",
      ],
      // A meeting denied stays denied, whatever verb follows the noun.
      [
        "No meeting took place between President Ivo Marsh and Chancellor Petra Linde, officials said.",
        "Ivo Marsh MET_WITH Petra Linde",
      ],
    ],
    ["reads", "does not read"],
  );
});

const meetings = (text: string) => entityNames(text, "Meeting", { date: "2025-06-12" });

describe("stages/05-meetings, round 18b: an organisation's bracketed acronym before a meeting's name", () => {
  factTable(
    meetings,
    [
      [
        "The envoys spoke on the sidelines of the African Union (AU) Foreign Ministers' Meeting in Addis Ababa.",
        "AU Foreign Ministers' Meeting",
      ],
      [
        "Ministers gathered for the Shanghai Cooperation Organisation (SCO) Defence Ministers' Meeting on Monday.",
        "SCO Defence Ministers' Meeting",
      ],
    ],
    [
      // A bracketed word that is not the organisation adds nothing to the name.
      [
        "Officials (several of them) Foreign Ministers' Meeting delegates left early.",
        "several Foreign Ministers' Meeting",
      ],
    ],
    ["names", "does not name"],
  );
});
