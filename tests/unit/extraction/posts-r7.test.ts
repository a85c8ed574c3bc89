// The state of an official's post and the side they represent (issue 13, round 7): a bloc's
// official serves the bloc, not the other side of the talks; a side named before a clause break
// is not the side of the person after it; a bloc has no ministers. Every sentence was written for
// this test; the refused rows are the false readings the rules used to give.

import { describe } from "vitest";
import { itGivesFacts } from "../../_helpers/rows.ts";

describe("extraction", () => {
  describe("positionRule and representsRule", () => {
    itGivesFacts(
      [
        [
          "Kevin Doyle is leading the American team in the talks, while Special Secretary Priya Raman is India's chief negotiator.",
          ["Priya Raman HOLDS_POSITION India"],
        ],
        [
          "The European Union (EU) Trade Commissioner Valdis Ozols-led delegation on Monday began two days of intensive talks with the Kenyan team led by Trade Minister Amina Wekesa to push the negotiations on the free trade agreement (FTA). Ozols, the EU's chief negotiator, said the talks went well.",
          ["Valdis Ozols REPRESENTS European Union", "Amina Wekesa REPRESENTS Kenya"],
        ],
        [
          "Union Mines Minister Kavita Rao told reporters in Canberra that India and Australia would sign a lithium pact. India imports most of its lithium.",
          ["Kavita Rao HOLDS_POSITION India"],
        ],
      ],
      [
        [
          "Kevin Doyle is leading the American team in the talks, while Special Secretary Priya Raman is India's chief negotiator.",
          "Priya Raman HOLDS_POSITION United States",
        ],
        [
          "The European Union (EU) Trade Commissioner Valdis Ozols-led delegation on Monday began two days of intensive talks with the Kenyan team led by Trade Minister Amina Wekesa to push the negotiations on the free trade agreement (FTA). Ozols, the EU's chief negotiator, said the talks went well.",
          "Valdis Ozols REPRESENTS Kenya",
        ],
        [
          "Union Commerce Minister Arjun Mehta arrived in Brussels on Monday for talks with the European Union. Mehta met European Commission officials on the European Union trade pact.",
          "Arjun Mehta HOLDS_POSITION European Union",
        ],
        [
          "Union Commerce Minister Arjun Mehta arrived in Brussels on Monday for talks with the European Union. Mehta met European Commission officials on the European Union trade pact.",
          "Arjun Mehta REPRESENTS European Union",
        ],
      ],
    );
  });

  describe("positionRule: companions, visitors and the side across the table", () => {
    const accompanied =
      "Prime Minister Ren Tanaka arrived in New Delhi for talks with India. He was accompanied by Foreign Minister Kenji Mori and Trade Minister Aiko Sato. India and Japan agreed on a supply chain pact, India said.";
    const marked =
      "Japanese Prime Minister Ren Tanaka arrived in New Delhi for talks with India, accompanied by Foreign Minister Kenji Mori. India and Japan agreed on a supply chain pact, India said. India wants more.";
    const visit =
      "President Ana Ruiz welcomed the visit from Mining Minister, Tomas Varga, and said Chile and Hungary would work on lithium. Chile has the largest reserves. Chile will host the next round, Chile said.";
    const across =
      "Foreign Minister Kenji Mori, along with Prime Minister Ren Tanaka, held talks with India on Friday. India and Japan will hold the next round in Tokyo. India said the talks were useful.";
    const home =
      "Trade Minister Kavita Rao held talks with the United States on tariffs, India said on Friday. India wants a deal. India exports shrimp.";
    itGivesFacts(
      [
        [marked, ["Kenji Mori HOLDS_POSITION Japan", "Kenji Mori REPRESENTS Japan"]],
        [home, ["Kavita Rao HOLDS_POSITION India"]],
      ],
      [
        [accompanied, "Kenji Mori HOLDS_POSITION India"],
        [accompanied, "Aiko Sato HOLDS_POSITION India"],
        [accompanied, "Kenji Mori REPRESENTS India"],
        [marked, "Kenji Mori HOLDS_POSITION India"],
        [marked, "Kenji Mori REPRESENTS India"],
        [visit, "Tomas Varga HOLDS_POSITION Chile"],
        [across, "Kenji Mori HOLDS_POSITION India"],
        [across, "Ren Tanaka HOLDS_POSITION India"],
        [
          "Commissioner Lena Kask led the bloc's team at the talks in New Delhi, while Commerce Secretary Ravi Menon headed the Indian side. India and the European Union aim to close the deal by December. India said progress was made.",
          "Lena Kask REPRESENTS India",
        ],
        [
          "Commissioner Lena Kask led the bloc's team at the talks in New Delhi, while Commerce Secretary Ravi Menon headed the Indian side. India and the European Union aim to close the deal by December. India said progress was made.",
          "Lena Kask HOLDS_POSITION India",
        ],
      ],
    );
  });
});
