// Round 18b of the discourse step (syntax/discourse.ts): plural descriptions of firms ("the
// companies", "the two firms", "both miners") stand for the firms named before them, as "the two
// countries" does for states; a plural pronoun that takes up such a list passes it on ("they …
// They …"); a description takes up the firm its own sentence names before it rather than the
// sentence before's subject; "a stake in the mine" is the one site named just before. Sentences
// written for these tests (not copied from any article), positives and refusals.

import { describe } from "vitest";
import { analyseDocument } from "../../../src/extraction/index.ts";
import { factTable, testDocument } from "../../_helpers/documents.ts";

function relations(text: string): string[] {
  const a = analyseDocument(testDocument(text, { date: "2025-06-12" }));
  const names = new Map(a.entities.map((e) => [e.id, e.name]));
  return a.relations.map((r) => `${names.get(r.source)} ${r.predicate} ${names.get(r.target)}`);
}

describe("syntax/discourse: plural descriptions of firms and chains of plural pronouns", () => {
  factTable(
    relations,
    [
      [
        "Norvane Metals and Pellarde Mining signed a supply pact. The two companies will produce magnets in Ohio.",
        "Pellarde Mining PRODUCES magnets",
      ],
      [
        "Norvane Metals and Pellarde Mining announced a pact on Monday. The loans will allow the companies to produce magnets.",
        "Norvane Metals PRODUCES magnets",
      ],
      [
        "Norvane Metals and Pellarde Mining signed a supply pact in 2019. Since then, they have lent money to Quorral Lithium. They also bought dysprosium from Quorral Lithium.",
        "Pellarde Mining PURCHASES dysprosium",
      ],
    ],
    [
      // "The two companies" after three firms: which two is not read.
      [
        "Norvane Metals, Pellarde Mining and Quorral Lithium signed a supply pact. The two companies will produce magnets in Ohio.",
        "Quorral Lithium PRODUCES magnets",
      ],
      [
        "Norvane Metals, Pellarde Mining and Quorral Lithium signed a supply pact. The two companies will produce magnets in Ohio.",
        "Norvane Metals PRODUCES magnets",
      ],
      // States acting together act in their talks, not as a pair of firms.
      ["Germany and France met in Paris. The two countries produce steel.", "Germany PRODUCES steel"],
    ],
  );
});

describe("syntax/discourse: a description takes up the firm its own sentence names first", () => {
  factTable(
    relations,
    [
      [
        "Kestrel Motors owns a third of the plant. Norvane Metals shares rose 5% after the company agreed to produce lithium.",
        "Norvane Metals PRODUCES lithium",
      ],
    ],
    [
      [
        "Kestrel Motors owns a third of the plant. Norvane Metals shares rose 5% after the company agreed to produce lithium.",
        "Kestrel Motors PRODUCES lithium",
      ],
    ],
  );
});

describe("rules/investment-frame: a stake in the site named before", () => {
  factTable(
    relations,
    [
      [
        "Norvane Metals is building the Corrabin Rare Earths Refinery in Queensland. Pellarde Mining will take a 30% stake in the refinery.",
        "Pellarde Mining INVESTED_IN Corrabin Rare Earths Refinery",
      ],
      [
        "Norvane Metals is building the Corrabin Rare Earths Refinery in Queensland. Pellarde Mining will take a 30% stake in the project.",
        "Pellarde Mining INVESTED_IN Corrabin Rare Earths Refinery",
      ],
    ],
    [
      // Two mines named: which one is not read.
      [
        "Norvane Metals owns the Corrabin Gold Mine and the Tessel Copper Mine. Pellarde Mining will take a 30% stake in the mine.",
        "Pellarde Mining INVESTED_IN Corrabin Gold Mine",
      ],
      // "the new mine" is another one.
      [
        "Norvane Metals owns the Corrabin Gold Mine. Pellarde Mining will take a 30% stake in the new mine.",
        "Pellarde Mining INVESTED_IN Corrabin Gold Mine",
      ],
    ],
  );
});
