// Round 28b (discourse): "the latter" / "the former" stands for one of the two actors named just
// before it (syntax/discourse.ts `ordered`), and an object relative ("the Y mine, which it
// acquired") gives its verb the phrase before "which" as patient (syntax/clauses.ts
// `objectRelativeHead`), its subject pronoun resolved as any other. Every sentence is written for
// this test; the firms are invented.

import { describe } from "vitest";
import { itGivesFacts } from "../../_helpers/rows.ts";

describe("coref r28b: the latter, the former", () => {
  itGivesFacts(
    [
      [
        "Brindle Mining signed a sales deal with Corvane Metals in 2019, and it has since invested in the latter.",
        ["Brindle Mining INVESTED_IN Corvane Metals"],
      ],
      [
        "Brindle Mining signed a supply pact with Corvane Metals in May. The latter will buy cobalt from Zambia.",
        ["Corvane Metals PURCHASES cobalt"],
      ],
      [
        "Brindle Mining signed a supply pact with Corvane Metals in May. The former will buy nickel from Chile.",
        ["Brindle Mining PURCHASES nickel"],
      ],
    ],
    [
      // Three actors before it: which two it weighs is unclear.
      [
        "Brindle Mining met Corvane Metals and Peru in May. The latter will buy lithium from Chile.",
        "Peru PURCHASES lithium",
      ],
      [
        "Brindle Mining met Corvane Metals and Peru in May. The latter will buy lithium from Chile.",
        "Corvane Metals PURCHASES lithium",
      ],
      // "the former" heading a title is a person's description, no anaphor.
      [
        "Brindle Mining signed a deal with Corvane Metals. The former minister will buy nickel from Chile.",
        "Brindle Mining PURCHASES nickel",
      ],
    ],
  );
});

describe("coref r28b: an object relative", () => {
  itGivesFacts(
    [
      [
        "Peru hosts the Talvera Copper Mine, which Brindle Mining acquired in 2023.",
        ["Brindle Mining INVESTED_IN Talvera Copper Mine"],
      ],
      [
        "Brindle Mining owns three assets in Peru, including the Talvera Copper Mine, which it acquired in 2023.",
        ["Brindle Mining INVESTED_IN Talvera Copper Mine"],
      ],
      [
        "Brindle Mining will decide whether to expand the Talvera Copper Mine in Peru, which it bought in 2021.",
        ["Brindle Mining INVESTED_IN Talvera Copper Mine"],
      ],
    ],
    [
      // The verb has its own object: "which" is its subject.
      [
        "Brindle Mining owns the Talvera Copper Mine, which bought Corvane Metals in 2023.",
        "Brindle Mining INVESTED_IN Talvera Copper Mine",
      ],
      // Followed by another verb: "which" is that verb's subject.
      [
        "Brindle Mining bid for the Talvera Copper Mine, which it said would reopen in May.",
        "Brindle Mining INVESTED_IN Talvera Copper Mine",
      ],
    ],
  );
});
