// Round 16b of issue 13 (deals): precision on fresh text. A country's "state-owned X" is no
// INVESTED_IN (fresh gold never annotates it); a subsidiary, unit or arm belongs to a firm, an
// agency or an organisation, never to a country named before it. Every sentence is written for
// this test; the firms are invented.

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
