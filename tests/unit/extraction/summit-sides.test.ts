// The sides of a summit named after a state or bloc and a region or group ("the EU-Andean Summit"):
// the bloc negotiated with each state of the other side only when the text names that state as
// attending ("attended by", "took part", "the leaders of"); a state the rules placed at the summit
// otherwise (a delegation's head) is not paired with the bloc (round 22b).
// Every sentence here is written for these tests (not copied from any article): positives and
// refusals.

import { describe } from "vitest";
import { factTable, readText } from "../../_helpers/documents.ts";

const read = (text: string): string[] => readText(text, { date: "2025-06-02" }).lines;

describe("rules/summit-sides (a summit's named sides, its states named as attending)", () => {
  factTable(
    read,
    [
      [
        "The 5th EU-Andean Summit took place in Lima on Monday. Leaders of the European Union, Peru, Ecuador and Bolivia attended the summit.",
        "European Union NEGOTIATED_WITH Ecuador",
      ],
      [
        "Presidents of Peru, Ecuador and Bolivia took part in the second EU-Andean Summit in Lima on Monday.",
        "European Union NEGOTIATED_WITH Bolivia",
      ],
    ],
    [
      [
        "The EU-Andean Summit was held in Lima on Monday. Peru's delegation was led by Trade Minister Ana Soto. Ecuador's delegation was led by Foreign Minister Luis Vera.",
        "European Union NEGOTIATED_WITH Peru",
      ],
      [
        "The EU-Andean Summit was held in Lima on Monday. Peru's delegation was led by Trade Minister Ana Soto. Ecuador's delegation was led by Foreign Minister Luis Vera.",
        "European Union NEGOTIATED_WITH Ecuador",
      ],
    ],
  );
});
