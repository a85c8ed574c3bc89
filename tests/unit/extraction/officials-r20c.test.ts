// Round 20c: posts paired in order by "respectively" ("the presidents of A and B, X and Y,
// respectively"); the UK's "Chancellor" (of the Exchequer) is a minister who speaks for the state,
// not its head.

import { describe, expect, it } from "vitest";
import { readText } from "../../_helpers/documents.ts";

const CASES: { text: string; has: string[]; not: string[] }[] = [
  {
    // Posts, then people, closed by "respectively".
    text: "The presidents of Bolivia and Ecuador, Tomas Ferreyra and Luis Abalos, respectively, confirmed their presence at the summit.",
    has: ["Tomas Ferreyra HOLDS_POSITION Bolivia", "Luis Abalos HOLDS_POSITION Ecuador"],
    not: ["Tomas Ferreyra HOLDS_POSITION Ecuador", "Luis Abalos HOLDS_POSITION Bolivia"],
  },
  {
    // People, then posts, closed by "respectively".
    text: "Tomas Ferreyra and Luis Abalos, the foreign ministers of Paraguay and Uruguay, respectively, met on Monday.",
    has: ["Tomas Ferreyra HOLDS_POSITION Paraguay", "Luis Abalos HOLDS_POSITION Uruguay"],
    not: ["Tomas Ferreyra HOLDS_POSITION Uruguay", "Luis Abalos HOLDS_POSITION Paraguay"],
  },
  {
    // Negative: no "respectively": the pairing is not stated.
    text: "The presidents of Paraguay and Uruguay, Tomas Ferreyra and Luis Abalos, confirmed their presence at the summit.",
    has: [],
    not: ["Tomas Ferreyra HOLDS_POSITION Paraguay", "Luis Abalos HOLDS_POSITION Uruguay"],
  },
  {
    // Negative: three states and two people: no pairing.
    text: "The presidents of Paraguay, Uruguay and Chile, Tomas Ferreyra and Luis Abalos, respectively, confirmed their presence.",
    has: [],
    not: ["Tomas Ferreyra HOLDS_POSITION Paraguay", "Luis Abalos HOLDS_POSITION Uruguay"],
  },
  {
    // The UK's chancellor speaks for the state in talks.
    text: "British Chancellor Mara Dunleavy has described the trade negotiations with the Gulf states as moving at pace.",
    has: ["Mara Dunleavy HOLDS_POSITION United Kingdom", "Mara Dunleavy REPRESENTS United Kingdom"],
    not: [],
  },
  {
    // Negative: another state's chancellor heads its government: no representative.
    text: "German Chancellor Jonas Brecht has described the trade negotiations with France as moving at pace.",
    has: ["Jonas Brecht HOLDS_POSITION Germany"],
    not: ["Jonas Brecht REPRESENTS Germany"],
  },
];

describe("officials round 20c", () => {
  for (const c of CASES) {
    it(c.text.slice(0, 60), () => {
      const { lines: facts } = readText(c.text);
      for (const f of c.has) expect(facts).toContain(f);
      for (const f of c.not) expect(facts).not.toContain(f);
    });
  }
});
