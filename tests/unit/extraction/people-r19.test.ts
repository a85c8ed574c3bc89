// Round 19: the role-apposition frame (rules/roles.ts), with invented sentences and negatives.

import { describe, expect, it } from "vitest";
import { readText } from "../../_helpers/documents.ts";

const CASES: { text: string; has: string[]; not: string[] }[] = [
  {
    // B: the role after the person's comma, the body after "at" and its kind.
    text: "Marta Quill, director at Oslo-based advisory firm Ferrowind Partners, said the market had turned.",
    has: ["Marta Quill HOLDS_POSITION Ferrowind Partners"],
    not: [],
  },
  {
    // B: a staff role with its portfolio is an affiliation.
    text: "Olek Brandt, senior analyst on battery metals at Kestrel Insights Ltd, expects prices to fall.",
    has: ["Olek Brandt AFFILIATED_WITH Kestrel Insights Ltd"],
    not: ["Olek Brandt HOLDS_POSITION Kestrel Insights Ltd"],
  },
  {
    // C: the body and its role after the person's comma.
    text: "Ravi Tamsin, Pellion Dynamics chief, said the plant would open in May.",
    has: ["Ravi Tamsin HOLDS_POSITION Pellion Dynamics"],
    not: [],
  },
  {
    // Negative: a verb between them is no role phrase.
    text: "Norrgate Mining Corp hired Lisa Varn last year to run its smelter.",
    has: [],
    not: ["Lisa Varn HOLDS_POSITION Norrgate Mining Corp", "Lisa Varn AFFILIATED_WITH Norrgate Mining Corp"],
  },
  {
    // Negative: a relative clause with another verb is no role.
    text: "Tomas Ferrel, who met the chairman of Ostrava Steel Group, left the talks early.",
    has: [],
    not: ["Tomas Ferrel HOLDS_POSITION Ostrava Steel Group", "Tomas Ferrel AFFILIATED_WITH Ostrava Steel Group"],
  },
];

const FUNDS: { text: string; has: string[]; not: string[] }[] = [
  {
    // A possessive state, the description, the fund's name after a comma (no stage read it).
    text: "Kazakhstan's sovereign wealth fund, Temir-Ordan, joined the bid. Kazakhstan welcomed the offer.",
    has: ["Temir-Ordan PART_OF Kazakhstan"],
    not: [],
  },
  {
    // The class noun closing the body's own name, the state's possessive before it.
    text: "Norway's Public Investment Fund said on Monday it would buy a stake in the mine.",
    has: ["Public Investment Fund PART_OF Norway"],
    not: [],
  },
  {
    // Negative: a fund with no state of its own in the description.
    text: "A private equity fund, Halvard Capital, bought the stake from Norway's miners.",
    has: [],
    not: ["Halvard Capital PART_OF Norway"],
  },
];

describe("state funds are their state's agencies (round 19)", () => {
  for (const c of FUNDS) {
    it(c.text, () => {
      const { lines } = readText(c.text);
      for (const l of c.has) expect(lines).toContain(l);
      for (const l of c.not) expect(lines).not.toContain(l);
    });
  }
});

describe("role apposition (round 19)", () => {
  for (const c of CASES) {
    it(c.text, () => {
      const { lines } = readText(c.text);
      for (const l of c.has) expect(lines).toContain(l);
      for (const l of c.not) expect(lines).not.toContain(l);
    });
  }
});
