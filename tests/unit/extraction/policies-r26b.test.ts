// Round 26b of issue 13, policies: an instrument phrase in lower case that names too little is no
// Policy. A state's plan ("strategy", "initiative", "programme") needs a word of its domain or a
// good ("Chile's national lithium strategy", "Canada's trade diversification strategy"), not only
// words of time or ambition ("Peru's long-term strategy"); a deal two sides make named by one side
// alone ("the Brazilian trade pact") leaves its other party unknown. Sentences written for these
// tests (not copied from any article), with refusals.

import { describe } from "vitest";
import { entityNames, factTable } from "../../_helpers/documents.ts";

const policies = (text: string) => entityNames(text, "Policy", { date: "2025-06-12" });

describe("rules/policies: a lower-case plan or one-sided deal that names too little is no Policy (round 26b)", () => {
  factTable(
    policies,
    [
      ["Chile's national lithium strategy opens salt flats to private firms.", "Chile national lithium strategy"],
      [
        "Officials said Canada's trade diversification strategy would cut reliance on one market.",
        "Canada trade diversification strategy",
      ],
      ["Chile and India signed a free trade agreement on Monday.", "Chile-India free trade agreement"],
    ],
    [
      ["Analysts questioned Peru's long-term strategy for the region.", "Peru long-term strategy"],
      ["The Brazilian expansion strategy surprised investors.", "Brazil expansion strategy"],
      ["Ministers praised India's geopolitical strategy in the region.", "India geopolitical strategy"],
      ["Exporters hope the Brazilian trade pact will lower duties.", "Brazil trade pact"],
      ["Mining firms welcomed the French critical minerals deal.", "France critical minerals deal"],
    ],
    ["finds", "finds no"],
  );
});
