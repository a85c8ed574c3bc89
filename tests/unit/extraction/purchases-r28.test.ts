// Purchases read in round 28 of issue 13, on sentences written for this test (none taken from any
// corpus): supplies a buyer secured, obtained or received, told as done, and offtake rights held or
// offtake received (the offtaker buys the output).

import { describe } from "vitest";
import { itGivesFacts } from "../../_helpers/rows.ts";

describe("rules/predicates (supplies secured and offtake held are purchases)", () => {
  itGivesFacts(
    [
      [
        "Kanto Trading Corp said on Monday it had secured supplies of the heavy rare earths dysprosium and terbium.",
        ["Kanto Trading Corp PURCHASES dysprosium", "Kanto Trading Corp PURCHASES terbium"],
      ],
      [
        "Last year Varden Trading Corp obtained supplies of cobalt for its battery customers.",
        ["Varden Trading Corp PURCHASES cobalt"],
      ],
      [
        "Norvale Minerals currently holds binding offtake rights to the lithium from the first phase.",
        ["Norvale Minerals PURCHASES lithium"],
      ],
      [
        "Under the deal, Kestrel Metals Ltd will receive gallium offtake from the new refinery.",
        ["Kestrel Metals Ltd PURCHASES gallium"],
      ],
    ],
    [
      // An aim, not a purchase told as done.
      ["The two leaders signed a framework to secure the supply of critical minerals and rare earths.", "PURCHASES"],
      ["Varden Trading Corp is seeking to secure supplies of nickel.", "Varden Trading Corp PURCHASES nickel"],
      ["Varden Trading Corp failed to secure supplies of nickel last year.", "Varden Trading Corp PURCHASES nickel"],
      ["Varden Trading Corp did not obtain supplies of cobalt.", "Varden Trading Corp PURCHASES cobalt"],
    ],
  );
});

describe("rules/predicates (a firm's line of work: specializes in Y mining)", () => {
  itGivesFacts(
    [
      ["Norvik Metals Corp specializes in tungsten mining in Portugal.", ["Norvik Metals Corp PRODUCES tungsten"]],
      ["Velora Mining Corp will focus on copper production in Zambia.", ["Velora Mining Corp PRODUCES copper"]],
    ],
    [
      // Financing, trading or a market is no making; nor a cost cut.
      ["Velora Capital specializes in financing copper projects.", "Velora Capital PRODUCES copper"],
      ["Velora Trading focuses on the copper market.", "Velora Trading PRODUCES copper"],
      ["Velora Motors Inc focused on cutting costs and lithium battery sales.", "Velora Motors Inc PRODUCES lithium"],
    ],
  );
});

describe("rules/trade (a state before goods and 'imports to X' is their origin)", () => {
  itGivesFacts(
    [
      ["Australian coal imports into India rose in May.", ["India PURCHASES coal"]],
      ["China's soybean imports from Brazil rose.", ["China PURCHASES soybeans"]],
    ],
    [
      [
        "The gap in US LNG imports to China is the longest since 2023.",
        "United States PURCHASES liquefied natural gas",
      ],
      ["Australian coal imports into India rose in May.", "Australia PURCHASES coal"],
    ],
  );
});
