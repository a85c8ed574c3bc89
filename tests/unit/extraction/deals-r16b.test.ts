// Round 16b of issue 13 (deals): precision on fresh text. A country's "state-owned X" is no
// INVESTED_IN (fresh gold never annotates it); a subsidiary, unit or arm belongs to a firm, an
// agency or an organisation, never to a country named before it. Every sentence is written for
// this test; the firms are invented. Money "with" which a firm acts: "Y, funded with $N from X"
// (the "from" phrase gives), "Y is building a plant with Japanese state funding" (the state the
// money phrase names gives). Named investors of one giving clause that act together ("each",
// "jointly") are partners.

import { describe } from "vitest";
import { itGivesFacts } from "../../_helpers/rows.ts";

const T = "Talmore Capital";
const C = "Corvane Resources";

describe("deals r16b: state ownership and subsidiaries", () => {
  itGivesFacts(
    [
      [`${T}'s Canadian unit, ${C}, opened a nickel mill last year.`, [`${T} INVESTED_IN ${C}`]],
      [`${C}, the Peruvian subsidiary of ${T}, shipped its first cargo.`, [`${T} INVESTED_IN ${C}`]],
    ],
    [
      [`Peru's state-owned miner ${C} raised its copper output.`, `Peru INVESTED_IN ${C}`],
      [`The state-run ${C} of Chile signed a supply contract.`, `Chile INVESTED_IN ${C}`],
      [`${T}'s Canadian unit, ${C}, opened a nickel mill last year.`, `Canada INVESTED_IN ${C}`],
    ],
  );
});

const Q = "Quillon Minerals";
const B = "Brindle Mining";

describe("deals r16b: money a firm acts with", () => {
  itGivesFacts(
    [
      [
        `${B}, funded with $50 million from the Canadian government, will build a smelter in Ohio.`,
        [`Canada INVESTED_IN ${B}`],
      ],
      [`${Q} is building a $300 million refinery in Texas with Japanese state funding.`, [`Japan INVESTED_IN ${Q}`]],
      [`${Q}, with $20 million of funding from ${T}, opened a mill.`, [`${T} INVESTED_IN ${Q}`]],
    ],
    [
      // Its own money: no giver named.
      [`${Q} is building a $300 million refinery in Texas with its own funding.`, `United States INVESTED_IN ${Q}`],
      // Not built.
      [`${Q} will not build the $300 million refinery with Canadian funding.`, `Canada INVESTED_IN ${Q}`],
      // "with" and "from" but no money: a shipment, not funding.
      [`${B}, supplied with ore from Canada, will build a smelter in Ohio.`, `Canada INVESTED_IN ${B}`],
    ],
  );
});

describe("deals r16b: co-investors are partners", () => {
  itGivesFacts(
    [
      [`Canada and Peru will each invest $40 million in the new smelter fund.`, [`Canada PARTNERED_WITH Peru`]],
      [`${T} and ${B} will invest $20 million each in the venture.`, [`${B} PARTNERED_WITH ${T}`]],
    ],
    [
      // Two investors, no word that they act together.
      [`Canada and Peru have invested heavily in the smelter.`, `Canada PARTNERED_WITH Peru`],
      // Rivals, not co-investors.
      [`${T} and ${B} will compete for the $20 million contract.`, `${B} PARTNERED_WITH ${T}`],
      // A guess.
      [`Canada and Peru could each invest $40 million in the fund, officials said.`, `Canada PARTNERED_WITH Peru`],
    ],
  );
});
