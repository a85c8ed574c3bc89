// Round 21: a hyphenated title read as one ("Vice-President X", "Vice-Premier Y"), the law
// officers' posts before "General" ("Attorney General X", "Solicitor General Y"), a judge's post
// held in the one court the document names, a post tagged by a bracket after the name ("X (European
// Commission)"), a region's post held in the region's government when it is named, another's visit
// not the speaker's journey, and a portfolio of plain words ("Minister of Mineral Resources X").

import { describe, expect, it } from "vitest";
import { readText } from "../../_helpers/documents.ts";

const CASES: { text: string; has: string[]; not: string[] }[] = [
  {
    // A hyphenated title before a name makes the person.
    text: "Kenyan Vice-President Amina Odhiambo met investors in Nairobi on Monday.",
    has: ["Amina Odhiambo HOLDS_POSITION Kenya"],
    not: [],
  },
  {
    // A law officer's post before "General".
    text: "Nigerian Attorney General Daniel Okafor said the ruling would be appealed.",
    has: ["Daniel Okafor HOLDS_POSITION Nigeria"],
    not: [],
  },
  {
    // A judge's post is the court's the document names, not the state's.
    text: "The Supreme Court of Kenya heard the tariff case on Tuesday. Chief Justice Ellen Marsh asked whether Kenya could levy the duties.",
    has: ["Ellen Marsh HOLDS_POSITION Supreme Court of Kenya"],
    not: ["Ellen Marsh HOLDS_POSITION Kenya"],
  },
  {
    // Negative: two courts named: no judge's court is guessed.
    text: "The High Court and the Court of Appeal in Kenya both heard the tariff case. Justice Ellen Marsh asked about the duties.",
    has: [],
    not: ["Ellen Marsh HOLDS_POSITION High Court", "Ellen Marsh HOLDS_POSITION Court of Appeal"],
  },
  {
    // The bracket after each name gives its post: the state tags the first name only.
    text: "Joint statement by Minister Kenji Arata (Japan) and Executive Vice-President Ana Lindqvist (European Commission) on critical minerals.",
    has: ["Kenji Arata HOLDS_POSITION Japan", "Ana Lindqvist HOLDS_POSITION European Commission"],
    not: ["Ana Lindqvist HOLDS_POSITION Japan"],
  },
  {
    // A region's post is its government's when the document names it as a body.
    text: "The Government of Manitoba signed a supply deal with a Korean battery maker. Manitoba Premier Joe Klassen said Canada needed the plant.",
    has: ["Joe Klassen HOLDS_POSITION Government of Manitoba"],
    not: ["Joe Klassen HOLDS_POSITION Canada"],
  },
  {
    // Negative: a region's post without its government named keeps the region's own state, never
    // another named near.
    text: "Ontario Premier Joe Klassen said Mexico should pay the duties. Canada agreed.",
    has: [],
    not: ["Joe Klassen HOLDS_POSITION Mexico"],
  },
  {
    // The visit of another is not the speaker's journey: the host's official stays the host's.
    text: "India and the European Union closed their trade deal. Prime Minister Arun Mehra on Tuesday hailed the visit of Council President Lena Vogt to India. India wants more trade.",
    has: ["Arun Mehra HOLDS_POSITION India"],
    not: [],
  },
  {
    // Negative: the speaker's own visit to a state is no post there.
    text: "India and Germany signed a trade deal. Trade Minister Arun Mehra arrived in Berlin for a visit to Germany. Germany wants more trade. Germany hosted the talks.",
    has: [],
    not: ["Arun Mehra HOLDS_POSITION Germany"],
  },
  {
    // A portfolio of plain words of the language after "Minister of", a name of two words after it.
    text: "Zambian Minister of Mineral Resources Tiyamike Banda said copper exports would rise.",
    has: ["Tiyamike Banda HOLDS_POSITION Zambia"],
    not: [],
  },
  {
    // Two portfolios joined by "and".
    text: "Omani Minister of Industry and Mineral Resources Salim Harthy opened the forum.",
    has: ["Salim Harthy HOLDS_POSITION Oman"],
    not: [],
  },
  {
    // A rank before the head ("Coordinating Minister for …").
    text: "Indonesian Coordinating Minister for Economic Affairs Dewi Pratiwi met the delegation.",
    has: ["Dewi Pratiwi HOLDS_POSITION Indonesia"],
    not: [],
  },
  {
    // Negative: a rank word with no head after it makes no person of the body's name.
    text: "The Presidential Palace in Jakarta said the talks would resume.",
    has: [],
    not: ["Palace HOLDS_POSITION Indonesia"],
  },
];

describe("officials round 21", () => {
  for (const c of CASES) {
    it(c.text.slice(0, 60), () => {
      const { lines: facts } = readText(c.text);
      for (const f of c.has) expect(facts).toContain(f);
      for (const f of c.not) expect(facts).not.toContain(f);
    });
  }
});
