// Round 20c: posts paired in order by "respectively" ("the presidents of A and B, X and Y,
// respectively"); the UK's "Chancellor" (of the Exchequer) is a minister who speaks for the state,
// not its head; "President X imposed … on <state B>" in a story of two states is the other side's.

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
  {
    // Two unmarked presidents in a two-state story: the one who laid a measure on one side is the
    // other side's, and the one head per state leaves the other to the first side.
    text: "The United States and Chile are close to an agreement that would end the 50% tariffs that President Tom Grady imposed on Chilean copper. The White House and President Carla Mendívil's office did not respond. Chile wants a deal.",
    has: ["Tom Grady HOLDS_POSITION United States", "Carla Mendívil HOLDS_POSITION Chile"],
    not: ["Tom Grady HOLDS_POSITION Chile", "Carla Mendívil HOLDS_POSITION United States"],
  },
  {
    // Negative: the other side has no president (a monarchy): no post from the measure.
    text: "Japan and Chile are close to an agreement that would end the tariffs that President Tom Grady imposed on Chilean copper. Japan and Chile trade copper.",
    has: [],
    not: ["Tom Grady HOLDS_POSITION Japan"],
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
