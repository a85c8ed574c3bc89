// Round-12b readings of meetings for unseen news, as general mechanisms (not one article's wording).
// Sentences written for these tests (not copied from any article), with positives and refusals.

import { describe } from "vitest";
import { itGivesFacts } from "../../_helpers/rows.ts";

describe("stages/05-meetings round 12b", () => {
  describe('a bare "the forum held at <venue>" is the document\'s one named event', () => {
    const lima =
      'Speaking at the Pacific Growth Roundtable in Lima on Tuesday, Finance Minister Rosa Quispe said copper exports would rise. "We expect a record year," Quispe said at the forum held at the Meridian Hotel.';
    const nairobi =
      "Delegates gathered for the Savanna Energy Summit in Nairobi. Kenyan Energy Minister Paul Otieno opened the summit held at the Kenyatta International Convention Centre.";
    const two =
      "Ministers met at the Andean Mining Forum in Quito and later at the Southern Cone Summit in Asuncion. Officials said the summit held at the Palacio de Lopez ended early.";
    const found: [text: string, facts: string[]][] = [
      [lima, ["Pacific Growth Roundtable HELD_IN Meridian Hotel"]],
      [nairobi, ["Savanna Energy Summit HELD_IN Kenyatta International Convention Centre"]],
    ];
    const refused: [text: string, fact: string][] = [
      // Two named events: "the summit" may be either.
      [two, "Andean Mining Forum HELD_IN Palacio de Lopez"],
      // The venue is no separate event of its own.
      [lima, "forum in Meridian Hotel HELD_IN Meridian Hotel"],
    ];
    itGivesFacts(found, refused);
  });

  describe('"the two countries" are not the parties of a forum no state attends', () => {
    const bangkok =
      "Thailand and Vietnam have agreed to cut tariffs on rice, Thai Commerce Minister Somchai Preecha said at the Mekong Business Roundtable in Bangkok. The two countries will sign the pact next month.";
    const refused: [text: string, fact: string][] = [
      [bangkok, "Vietnam PARTICIPATED_IN Mekong Business Roundtable"],
      [bangkok, "Thailand PARTICIPATED_IN Mekong Business Roundtable"],
    ];
    itGivesFacts([[bangkok, ["Somchai Preecha PARTICIPATED_IN Mekong Business Roundtable"]]], refused);
  });

  describe('"talks with Canadian officials": that state is the other side', () => {
    const ottawa =
      "Mexican Economy Minister Luis Ortega held talks with Canadian officials in Ottawa on Tuesday about steel quotas.";
    const found: [text: string, facts: string[]][] = [
      [ottawa, ["Mexico NEGOTIATED_WITH Canada", "Canada PARTICIPATED_IN Ottawa trade talks"]],
      [
        "Chilean negotiators wrapped up talks with Korean officials on Friday, the ministry said.",
        ["Chile NEGOTIATED_WITH South Korea"],
      ],
      [
        "Danish Trade Minister Mette Holm, joined by her deputy, is seeking urgent talks with US authorities over the levies.",
        ["Denmark NEGOTIATED_WITH United States"],
      ],
    ];
    const refused: [text: string, fact: string][] = [
      // The speaker reports the talks; she is no side of them.
      [
        "Peruvian Trade Minister Ana Salas said talks with Chilean officials would resume in June.",
        "Peru NEGOTIATED_WITH Chile",
      ],
      // "talks with Japan" on a topic: no unnamed people, the rule does not reach a commentator.
      [
        "Analyst Tom Reyes of the Lima Institute said Brazil's talks with Japanese carmakers were slow.",
        "Brazil NEGOTIATED_WITH Japan",
      ],
    ];
    itGivesFacts(found, refused);
  });

  describe('"the July summit" refers back to the document\'s summit of that month', () => {
    const july =
      "Peru and Chile signed a copper pact at the Pacific Rim Summit in Lima on July 3. Chilean Foreign Minister Elena Rojas told reporters at the July summit that prices would fall.";
    const march =
      "Peru and Chile signed a copper pact at the Pacific Rim Summit in Lima on March 3. Chilean Foreign Minister Elena Rojas told reporters at the July summit that prices would fall.";
    itGivesFacts(
      [[july, ["Elena Rojas PARTICIPATED_IN Pacific Rim Summit"]]],
      // Another month: another summit, not the one the text names.
      [[march, "Elena Rojas PARTICIPATED_IN Pacific Rim Summit"]],
    );
  });

  describe("done talks beside planned ones are talks of their own", () => {
    const planned =
      "Kenya's trade chief aims to visit Ethiopia next week for more trade talks\n\nKenyan Trade Minister Lee Kinyanjui said he aims to visit Addis Ababa next week to continue efforts after talks on Saturday with Ethiopian Trade Minister Kassahun Gofe did not settle the dispute.";
    itGivesFacts(
      [[planned, ["Kassahun Gofe PARTICIPATED_IN Kenya-Ethiopia trade talks"]]],
      // The Saturday talks are not the planned talks in Addis Ababa.
      [[planned, "Kassahun Gofe PARTICIPATED_IN Addis Ababa trade talks"]],
    );
  });

  describe("\"the Danish prime minister's visit\": the one holder of that state's title visits", () => {
    const madrid =
      "Danish Prime Minister Lars Holm met Spanish President Ana Ruiz. The statement came during the Danish prime minister's visit to Madrid last week.";
    const pm =
      "Prime Minister Lars Holm and Spanish President Ana Ruiz set a trade target. They did so during the Danish PM's recent visit to Madrid.";
    const twoPms =
      "Prime Minister Lars Holm and Prime Minister Ana Ruiz set a trade target. They did so during the Danish PM's recent visit to Madrid.";
    itGivesFacts(
      [
        [madrid, ["Lars Holm PARTICIPATED_IN Holm visit to Madrid"]],
        [pm, ["Lars Holm PARTICIPATED_IN Holm visit to Madrid"]],
      ],
      // Two prime ministers of no stated country: which one visited is not told.
      [[twoPms, "Lars Holm PARTICIPATED_IN Holm visit to Madrid"]],
    );
  });
});
