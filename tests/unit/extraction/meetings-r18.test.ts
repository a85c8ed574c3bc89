// Meetings, round 18 of issue 13: two titled officials coordinated ("Secretary of State A B and
// Foreign Minister C D") are two people, not one name running over "and", so the meeting they
// hold has both; "A and B signed on behalf of X and Y, respectively" whose pairing clashes with a
// person's country says nothing of who speaks for whom. Every sentence here is written for these
// tests, with invented names.

import { describe } from "vitest";
import { entityNames, factTable, readText } from "../../_helpers/documents.ts";

const lines = (text: string) => readText(text, { date: "2025-06-12" }).lines;
const people = (text: string) => entityNames(text, "Person", { date: "2025-06-12" });

describe("stages/03-mentions, round 18: titled people coordinated after a title's 'of'", () => {
  factTable(
    people,
    [
      ["Secretary of State Lena Vorhees and Foreign Minister Amos Kiptoo spoke for an hour.", "Lena Vorhees"],
      ["Secretary of State Lena Vorhees and Foreign Minister Amos Kiptoo spoke for an hour.", "Amos Kiptoo"],
      ["The pact was drafted by Minister of Energy Paul Otieno and Brazil's Mines Minister Lia Prado.", "Paul Otieno"],
      ["A call between Secretary of Commerce Daniel Ferris and his aides ran late.", "Daniel Ferris"],
    ],
    [
      // A body named with "of … and …" stays one body: no person inside it.
      ["The Department of Trade and Industry said exports grew in May.", "Trade"],
      ["The Minister of Trade and Industry Paul Otieno toured the port.", "Industry Paul Otieno"],
    ],
    ["finds", "finds no"],
  );
});

describe("stages/05-meetings, round 18: the coordinated officials' meeting", () => {
  factTable(
    lines,
    [
      [
        "Secretary of State Lena Vorhees and Foreign Minister Amos Kiptoo met in Nairobi on Friday.",
        "Lena Vorhees PARTICIPATED_IN Vorhees-Kiptoo meeting",
      ],
      [
        "Secretary of State Lena Vorhees and Foreign Minister Amos Kiptoo met in Nairobi on Friday.",
        "Amos Kiptoo PARTICIPATED_IN Vorhees-Kiptoo meeting",
      ],
    ],
    [],
  );
});

describe("rules/delegations, round 18: 'respectively' against a person's country", () => {
  factTable(
    lines,
    [
      [
        "Trade Minister Paul Otieno and Peruvian Trade Minister Lia Prado signed on behalf of Kenya and Peru, respectively, the new accord.",
        "Lia Prado REPRESENTS Peru",
      ],
    ],
    [
      [
        "Trade Minister Paul Otieno and Peruvian Trade Minister Lia Prado signed on behalf of Peru and Kenya, respectively, the new accord.",
        "Lia Prado REPRESENTS Kenya",
      ],
      [
        "Trade Minister Paul Otieno and Peruvian Trade Minister Lia Prado signed on behalf of Peru and Kenya, respectively, the new accord.",
        "Lia Prado REPRESENTS Peru",
      ],
    ],
  );
});

describe("rules/talks, round 18: a fronted 'at'/'during' phrase holding the meeting", () => {
  factTable(
    lines,
    [
      [
        "At a summit held in Lima on August 29, Peruvian President Lia Prado and Kenyan President Amos Kiptoo unveiled a ten-year plan.",
        "Lia Prado PARTICIPATED_IN summit in Lima",
      ],
      [
        "At a summit held in Lima on August 29, Peruvian President Lia Prado and Kenyan President Amos Kiptoo unveiled a ten-year plan.",
        "Amos Kiptoo PARTICIPATED_IN summit in Lima",
      ],
      [
        "During the ministers' meeting in Nairobi, Trade Minister Paul Otieno warned of delays at the port.",
        "Paul Otieno PARTICIPATED_IN meeting in Nairobi",
      ],
    ],
    [
      // The clause after the comma opens with no person: nobody is placed at the summit.
      [
        "At the summit in Lima on Friday, grain prices fell and Trade Minister Paul Otieno blamed the weather.",
        "Paul Otieno PARTICIPATED_IN summit in Lima",
      ],
      // A person further into the clause, past common words, is not its opening subject.
      [
        "During the meeting in Nairobi, protesters outside the hall chanted the name of Paul Otieno.",
        "Paul Otieno PARTICIPATED_IN meeting in Nairobi",
      ],
    ],
  );
});

describe("stages/05-meetings, round 18: the named people of two sides of talks negotiated", () => {
  const opening =
    "Kenyan Trade Minister Paul Otieno held trade talks in Geneva on Monday with Peruvian Finance Minister Lia Prado.";
  factTable(
    lines,
    [
      [
        `${opening} Peruvian Trade Minister Jorge Salas also took part in the talks.`,
        "Paul Otieno NEGOTIATED_WITH Jorge Salas",
      ],
    ],
    [
      // Someone joining a side is its company, not its lead.
      [`${opening} Otieno was joined by Kenyan envoy Mary Wanjiku.`, "Mary Wanjiku NEGOTIATED_WITH Lia Prado"],
      // Two people the text never names near each other are no pair a reader sees negotiating.
      [
        `${opening} Grain prices rose on the news. Shipping stocks fell sharply. Peruvian Trade Minister Jorge Salas also took part in the talks.`,
        "Paul Otieno NEGOTIATED_WITH Jorge Salas",
      ],
    ],
  );
});

describe("stages/05-meetings, round 18: 'speaking by phone to' is a call", () => {
  factTable(
    lines,
    [
      [
        "Ties improved, with Amos Kiptoo speaking by phone to his Peruvian counterpart Lia Prado last week.",
        "Lia Prado PARTICIPATED_IN Kiptoo-Prado phone call",
      ],
      [
        "Kenyan President Amos Kiptoo spoke over the phone to Peruvian President Lia Prado on Friday.",
        "Amos Kiptoo MET_WITH Lia Prado",
      ],
    ],
    [
      // Spoken to reporters: the person named later in the sentence took no call.
      [
        "Kenyan President Amos Kiptoo, speaking by phone to reporters, said Lia Prado had agreed.",
        "Lia Prado PARTICIPATED_IN Kiptoo-Prado phone call",
      ],
      [
        "Speaking to reporters by phone, Kenyan President Amos Kiptoo said Lia Prado was right.",
        "Amos Kiptoo MET_WITH Lia Prado",
      ],
    ],
  );
});
