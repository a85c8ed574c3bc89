// Round 16b of issue 13 (discourse): a description of a firm's site ("the mine", "the plant", "the
// smelter") that acts in its clause stands for the firm named before it (syntax/discourse.ts);
// anywhere else it is the site. A pair ("the two countries") as a clause's subject is not read as the
// two states (their joint act is their talks'). Every sentence is written for this test; the firms are invented.

import { describe } from "vitest";
import { itGivesFacts } from "../../_helpers/rows.ts";

const N = "Nordwind Metals";
const H = "Harrow Bay Resources";
const O = "Osterley Steel";

describe("discourse r16b: a site's description acting for its firm", () => {
  itGivesFacts(
    [
      // The site named under the firm, then its description as the subject of a production verb.
      [
        `${N} runs the Red Hill mine in Chile. The mine produced 40,000 tonnes of copper last year.`,
        [`${N} PRODUCES copper`],
      ],
      [
        `${H} opened a new smelter in Ohio in March. The smelter will process nickel from Indonesia.`,
        [`${H} PRODUCES nickel`],
      ],
      [`${N} reported higher profits on Tuesday. The plant makes magnets for carmakers.`, [`${N} PRODUCES magnets`]],
      // A pair after a preposition is the two states.
      [
        `Peru and Ecuador have quarrelled over fishing rights for years. Brazil imposed tariffs on both countries in May.`,
        [`Brazil IMPOSED_TARIFF Peru`, `Brazil IMPOSED_TARIFF Ecuador`],
      ],
    ],
    [
      // Not the subject: the site is what the clause acts on, not its firm.
      [`${N} runs the Red Hill mine in Chile. ${O} lent the mine $50 million.`, `${O} INVESTED_IN ${N}`],
      // Two firms in the sentence before: the site's firm is a guess.
      [`${N} sold a stake to ${H} in May. The refinery produced 12,000 tonnes of cobalt.`, `${N} PRODUCES cobalt`],
      // A passive clause: the site undergoes it.
      [`${N} runs the Red Hill mine in Chile. The mine was bought by ${O} in 2020.`, `${O} PURCHASES ${N}`],
      // A pair as the subject acts in their talks: the topic is the meeting's, not each state's.
      [
        `Peru and Ecuador quarrelled over fishing rights. The two countries discussed tuna on Monday.`,
        `Peru DISCUSSED tuna`,
      ],
    ],
  );
});
