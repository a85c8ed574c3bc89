// Round 20: an unmarked "President X" in a story that lists other states in passing (and where he
// cannot be the US president) is the one state that may have him and that the story names again;
// a portfolio's chief ("trade chief") is an official who represents the state or bloc; "his Chilean
// counterpart X" is a person who represents the state named before the noun; a managing post
// ("managing director", "director of corporate development") at a firm is a post held there, not
// an affiliation.

import { describe, expect, it } from "vitest";
import { readText } from "../../_helpers/documents.ts";

const CASES: { text: string; has: string[]; not: string[] }[] = [
  {
    // A president in a story of Peru (the US president named) that lists other states once.
    text: "Peru will raise duties on imported steel. The plan, backed by President Carla Mendívil, passed Congress on Monday. US President Tom Grady has criticised such duties. The duties will also hit Chile, Ecuador and Bolivia. Peru wants to protect its mills, and Peru expects talks with the United States.",
    has: ["Carla Mendívil HOLDS_POSITION Peru"],
    not: ["Carla Mendívil HOLDS_POSITION Chile", "Carla Mendívil HOLDS_POSITION United States"],
  },
  {
    // Negative: two states named again that may both have him: left unplaced.
    text: "Peru will raise duties on imported steel, the government said. The plan, backed by President Carla Mendívil, passed Congress on Monday. Chile warned it would answer. Peru and Chile trade copper.",
    has: [],
    not: ["Carla Mendívil HOLDS_POSITION Peru", "Carla Mendívil HOLDS_POSITION Chile"],
  },
  {
    // Negative: the United States named once and its head not named: he may be the US president.
    text: "Peru will raise duties on imported steel. The plan, backed by President Carla Mendívil, passed Congress on Monday. The duties will also hit Chile, the United States and Bolivia. Peru wants to protect its mills.",
    has: [],
    not: ["Carla Mendívil HOLDS_POSITION Peru"],
  },
  {
    // A bloc's portfolio chief who speaks in a story of talks represents the bloc.
    text: "EU trade chief Anders Holmqvist said on Tuesday that talks with Japan on steel would resume. The European Union wants lower duties.",
    has: ["Anders Holmqvist REPRESENTS European Union"],
    not: [],
  },
  {
    // Negative: a firm's chief is no official of a state.
    text: "Acme Mining's finance chief Anders Holmqvist said on Tuesday that talks with Japan on steel would resume. The European Union wants lower duties.",
    has: [],
    not: ["Anders Holmqvist REPRESENTS European Union", "Anders Holmqvist REPRESENTS Japan"],
  },
  {
    // An official's counterpart named after the noun, with a demonym: a person who represents the state.
    text: "Germany wants more copper. Its envoy held talks in Santiago last week with Chilean counterpart Quispe Mamani, the ministry said.",
    has: ["Quispe Mamani REPRESENTS Chile"],
    not: ["Quispe Mamani REPRESENTS Germany"],
  },
  {
    // Negative: a head of state's counterpart is no representative.
    text: "Prime Minister Olga Berndt spoke with her Norwegian counterpart Prime Minister Erik Solvang on Monday about gas. Norway and Germany want a deal this year.",
    has: [],
    not: ["Erik Solvang REPRESENTS Norway"],
  },
  {
    // A managing post at a firm after the firm's possessive: a post held in the firm.
    text: "The refinery will open in March, said Ingrid Vollmer, Acme Metals' director of corporate development.",
    has: ["Ingrid Vollmer HOLDS_POSITION Acme Metals"],
    not: ["Ingrid Vollmer AFFILIATED_WITH Acme Metals"],
  },
  {
    // Negative: the director of a programme at a body is its staff.
    text: "Prices will rise, said Ingrid Vollmer, director of the Arctic program at the Harbor Institute.",
    has: ["Ingrid Vollmer AFFILIATED_WITH Harbor Institute"],
    not: ["Ingrid Vollmer HOLDS_POSITION Harbor Institute"],
  },
];

describe("officials round 20", () => {
  for (const c of CASES) {
    it(c.text.slice(0, 60), () => {
      const { lines: facts } = readText(c.text);
      for (const f of c.has) expect(facts).toContain(f);
      for (const f of c.not) expect(facts).not.toContain(f);
    });
  }
});
