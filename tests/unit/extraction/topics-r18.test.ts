// Round 18 of issue 13, the topics area: precision conditions found on held-out text. A meeting the
// text neither dates nor places gets no topics (as it gets no participants). Sentences written for
// these tests (not copied from any article), with invented people, positives and refusals.

import { describe } from "vitest";
import { itGivesFacts } from "../../_helpers/rows.ts";

describe("rules/talks: topics only for a meeting the text dates or places (round 18)", () => {
  itGivesFacts(
    [
      // Placed: the leaders' meeting in a city, talks named by their city.
      [
        "Kenyan and Chilean negotiators ended two days of talks in Lima on Friday. The talks focused on copper.",
        ["Lima trade talks DISCUSSED copper"],
      ],
      [
        "Kenyan President Amina Odhiambo and Chilean President Tomas Rivera discussed lithium during their meeting in Santiago.",
        ["Odhiambo-Rivera meeting DISCUSSED lithium"],
      ],
    ],
    [
      // Talks named only after their two states, held nowhere, with no people at them: no meeting
      // since round 25b (the studied gold files such talks as a meeting 2 times in 19), so no topics.
      ["Kenya and Chile held talks. The talks covered lithium.", "Kenya-Chile trade talks DISCUSSED lithium"],
      // Neither dated nor placed: an organisation's summit named in passing.
      [
        "The Asia-Pacific Economic Cooperation Summit opened on a sour note. The summit focused on lithium and copper.",
        "Asia-Pacific Economic Cooperation Summit DISCUSSED lithium",
      ],
      [
        "Delegates said the Pacific Islands Forum summit would centre on fisheries. The summit focused on copper.",
        "Pacific Islands Forum summit DISCUSSED copper",
      ],
    ],
  );
});

describe("rules/trade: a person who threatens tariffs threatens in his own name only (round 18)", () => {
  itGivesFacts(
    [
      [
        "Kenya and Chile traded barbs. Chilean President Tomas Rivera threatened a 40% tariff on Kenyan tea.",
        ["Tomas Rivera THREATENED_TARIFF Kenya"],
      ],
      [
        "Indian Prime Minister Ravi Mehta threatened to hit Bangladesh with 60% tariffs from August 1.",
        ["Ravi Mehta THREATENED_TARIFF Bangladesh"],
      ],
      // A state that threatens is the source.
      ["Chile threatened to impose tariffs of 25% on Kenyan tea.", ["Chile THREATENED_TARIFF Kenya"]],
    ],
    [
      // Not also the person's state.
      [
        "Kenya and Chile traded barbs. Chilean President Tomas Rivera threatened a 40% tariff on Kenyan tea.",
        "Chile THREATENED_TARIFF Kenya",
      ],
      [
        "Indian Prime Minister Ravi Mehta threatened to hit Bangladesh with 60% tariffs from August 1.",
        "India THREATENED_TARIFF Bangladesh",
      ],
    ],
  );
});
