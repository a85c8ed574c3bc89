// Round 28 of issue 13 (precision of the production and purchase rules), on sentences written for
// this test (none taken from any corpus):
// - a state named only as an exporter or a supplier of a manufactured or farm good does not make
//   it (rules/traded-not-made.ts); a mineral it exports, or a sentence telling its making, stays;
// - a shipment told by a to-infinitive or a bare "-ing" form ("a plan to ship Y to X", "accused of
//   exporting Y to X") is no purchase by X (`finite` of syntax/predicates.ts);
// - imports or purchases halted, suspended or banned are no purchase (rules/trade.ts `haltedBefore`);
//   "X's imports to Y" are X's sales;
// - "Y output / production in X" only with the state right after the noun, and not a production a
//   firm sets up there; "produce" after a name governed by a preposition, and "mines" after a
//   preposition or a determiner, give no producer (rules/trade.ts productionRule's legacy reading).

import { describe } from "vitest";
import { itGivesFacts } from "../../_helpers/rows.ts";

describe("r28: a state that only sells a good does not make it", () => {
  itGivesFacts(
    [
      ["Peru is the world's largest producer of copper.", ["Peru PRODUCES copper"]],
      ["Chile is the world's biggest exporter of copper.", ["Chile PRODUCES copper"]],
      ["Vietnam, which grows and exports coffee, is a major coffee exporter.", ["Vietnam PRODUCES coffee"]],
    ],
    [
      ["Mexico and Canada are important car exporters to the US.", "Mexico PRODUCES cars"],
      ["Argentina remains Japan's main soybean supplier.", "Argentina PRODUCES soybeans"],
      ["Ukraine, the world's biggest wheat exporter, met its target.", "Ukraine PRODUCES wheat"],
    ],
  );
});

describe("r28: a shipment told by an infinitive or an -ing form is no purchase", () => {
  itGivesFacts(
    [
      ["Peru exported 2 million tonnes of zinc to India in 2024.", ["India PURCHASES zinc"]],
      ["Last year 40 million tonnes of soybeans were exported to Egypt.", ["Egypt PURCHASES soybeans"]],
    ],
    [
      ["Police charged three men in a scheme to export drones to Iran.", "Iran PURCHASES drones"],
      ["The government accused Chile of exporting steel to Mexico below cost.", "Mexico PURCHASES steel"],
    ],
  );
});

describe("r28: purchases halted, suspended or banned are none", () => {
  itGivesFacts(
    [
      ["India has resumed imports of palm oil from Malaysia.", ["India PURCHASES palm oil"]],
      ["Egypt began purchases of wheat from Romania this week.", ["Egypt PURCHASES wheat"]],
    ],
    [
      ["India has halted imports of palm oil from Malaysia for a month.", "India PURCHASES palm oil"],
      ["Egypt told its millers to suspend purchases of wheat from Romania.", "Egypt PURCHASES wheat"],
      ["Vietnam Bans Shipyards From Buying Korean Steel", "Vietnam PURCHASES steel"],
      ["The pause in Canadian LNG imports to Japan is the longest in years.", "Canada PURCHASES liquefied natural gas"],
    ],
  );
});

describe("r28: output in a state, and the producer of the legacy reading", () => {
  itGivesFacts(
    [
      ["The grant will help to lift zinc output in Peru.", ["Peru PRODUCES zinc"]],
      ["Bolivia mines more than half of the world's lithium.", ["Bolivia PRODUCES lithium"]],
    ],
    [
      ["The firm holds rights to all zinc production from the Tarlo project in Peru.", "Peru PRODUCES zinc"],
      ["The company plans to establish copper production in Chile next year.", "Chile PRODUCES copper"],
      ["The agency aims to help Korean firms buy stakes in mines for cobalt.", "South Korea PRODUCES cobalt"],
      ["Smugglers obtained the designs from Brazil, produced drones and sold them abroad.", "Brazil PRODUCES drones"],
    ],
  );
});
