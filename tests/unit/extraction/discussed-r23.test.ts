// Round 23 of issue 13, the DISCUSSED area: a person reporting a tariff on goods ("X said the
// government would impose tariffs on Y", "X announced a levy on Y") discussed the goods and the
// measure, in a document that reports no meeting (discussed-speech-measure). Sentences written for
// these tests (not copied from any article).

import { describe } from "vitest";
import { factTable, readText } from "../../_helpers/documents.ts";

const lines = (text: string) => readText(text, { date: "2025-06-12" }).lines;

describe("rules/speech-topics: a speaker of a tariff on goods discussed the goods (round 23)", () => {
  factTable(
    lines,
    [
      [
        "Chilean President Gabriel Boric said the government would impose new tariffs on steel and copper wire.",
        "Gabriel Boric DISCUSSED steel",
      ],
      [
        "Brazilian Finance Minister Fernando Haddad told reporters that Brazil will put a 30% tariff on imported solar panels.",
        "Fernando Haddad DISCUSSED solar panels",
      ],
      [
        "Peru's Trade Minister Ana Vera said on Tuesday the duties on soybeans would stay in place.",
        "Ana Vera DISCUSSED soybeans",
      ],
    ],
    [
      // No reporting verb: a measure written as news is no one's topic.
      ["Chile imposed new tariffs on steel and copper wire on Monday.", "Chile DISCUSSED steel"],
      // Goods not joined to the measure.
      [
        "Chilean President Gabriel Boric said tariffs were rising while steel output fell.",
        "Gabriel Boric DISCUSSED steel",
      ],
      // A measure other than a tariff.
      [
        "Chilean President Gabriel Boric said the government would ban exports of lithium.",
        "Gabriel Boric DISCUSSED lithium",
      ],
      // A document reporting talks gives their topics to the talks.
      [
        "Ministers Ana Vera and John Smith met in Lima on Monday. Vera said tariffs on steel would stay.",
        "Ana Vera DISCUSSED steel",
      ],
    ],
  );
});

const SIGNING = [
  "Chile and Peru sign lithium accord",
  "",
  "The Andean Lithium Accord was formalised as President Gabriel Boric met President Dina Boluarte in Lima on Monday.",
].join("\n");
const SIGNED_WHERE = [
  "Chile and Peru sign lithium accord",
  "",
  "President Gabriel Boric met President Dina Boluarte in Lima on Monday, where the Andean Lithium Accord was signed.",
].join("\n");
const NOT_SIGNED = [
  "Chile and Peru praise lithium accord",
  "",
  "The Andean Lithium Accord was praised as President Gabriel Boric met President Dina Boluarte in Lima on Monday.",
].join("\n");

describe("rules/topic-frames: an agreement signed in a sentence naming a meeting is its topic (round 23)", () => {
  factTable(
    lines,
    [
      [SIGNING, "Boric-Boluarte meeting DISCUSSED Andean Lithium Accord"],
      [SIGNED_WHERE, "Boric-Boluarte meeting DISCUSSED Andean Lithium Accord"],
    ],
    [
      // Praised, not signed or adopted there.
      [NOT_SIGNED, "Boric-Boluarte meeting DISCUSSED Andean Lithium Accord"],
    ],
  );
});
