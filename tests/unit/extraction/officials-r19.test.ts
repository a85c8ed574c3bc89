// Round 19b: an unmarked "President X" of several possible states is the United States' unless the
// story's main state may still have him as head; an official of a state's body represents the state.

import { describe, expect, it } from "vitest";
import { readText } from "../../_helpers/documents.ts";

const CASES: { text: string; has: string[]; not: string[] }[] = [
  {
    // An unmarked president in a story of Brazil (its head named) and the United States.
    text: "Brazilian President Marcelo Tavora said on Monday that Brazil would answer the levy. Brazil has asked the United States for talks. President Gerald Whitcombe ordered the duties last week. Brazil and the United States trade coffee and iron ore.",
    has: ["Gerald Whitcombe HOLDS_POSITION United States"],
    not: ["Gerald Whitcombe HOLDS_POSITION Brazil"],
  },
  {
    // Negative: the story's main state has no head named: its own president is not the US's.
    text: "President Amadou Kessly said Senegal would open two new ports. Senegal expects exports to the United States to grow. Senegal signed the accord in Dakar, and Senegal will host the next round.",
    has: [],
    not: ["Amadou Kessly HOLDS_POSITION United States"],
  },
  {
    // An official of a department the text places in a state (PART_OF), speaking: represents it.
    text: "The Department of Energy will fund the refinery, Energy Secretary Dale Hornbeck said on Tuesday. The United States wants more refining at home.",
    has: ["Dale Hornbeck REPRESENTS United States"],
    not: [],
  },
  {
    // Negative: a former official represents nobody.
    text: "The Department of Energy will fund the refinery, former Energy Secretary Dale Hornbeck said on Tuesday. The United States wants more refining at home.",
    has: [],
    not: ["Dale Hornbeck REPRESENTS United States"],
  },
  {
    // Negative: a head of a body (not an official's title) does not represent the state.
    text: "The Department of Energy will fund the refinery, its director of research Mara Lindqvist wrote in a report. The United States wants more refining at home.",
    has: [],
    not: ["Mara Lindqvist REPRESENTS United States"],
  },
];

describe("officials round 19b", () => {
  for (const c of CASES) {
    it(c.text.slice(0, 60), () => {
      const { lines: facts } = readText(c.text);
      for (const f of c.has) expect(facts).toContain(f);
      for (const f of c.not) expect(facts).not.toContain(f);
    });
  }
});
