// Events and who took part, round 23 of issue 13. Every sentence here is written for these tests.

import { describe } from "vitest";
import { itGivesFacts } from "../../_helpers/rows.ts";

describe("stages/03-mentions, round 23: a state after 'Ambassador to' is the posting, not the nationality", () => {
  itGivesFacts(
    [
      [
        "Chilean Trade Minister Karl Blom on Thursday met with US Ambassador to Chile John Fenwick in Santiago.",
        ["Karl Blom MET_WITH John Fenwick", "John Fenwick PARTICIPATED_IN Blom-Fenwick meeting"],
      ],
      [
        "Peruvian Foreign Minister Ana Ruiz met Norway's envoy to Peru Lars Berglund in Lima on Monday.",
        ["Ana Ruiz MET_WITH Lars Berglund"],
      ],
    ],
    [
      // The host state of the posting is not the state the envoy speaks for.
      [
        "Chile and India are pushing to conclude talks, said Chile's Ambassador to India Juan Ortega on Friday.",
        "Juan Ortega REPRESENTS India",
      ],
    ],
  );
});

describe("events/between-people, round 23: the people a call or meeting lists past apposed titles", () => {
  itGivesFacts(
    [
      [
        "The negotiations concluded on Friday with a telephone conversation between the Chilean Trade Minister, Karl Blom, and the Minister of Trade of Norway, Lars Berglund.",
        [
          "Karl Blom MET_WITH Lars Berglund",
          "Karl Blom PARTICIPATED_IN Blom-Berglund phone call",
          "Lars Berglund PARTICIPATED_IN Blom-Berglund phone call",
        ],
      ],
      [
        "The talks ended with a meeting between the Chilean Trade Minister, Karl Blom, and the Minister of Trade of Norway, Lars Berglund, in Oslo.",
        ["Karl Blom MET_WITH Lars Berglund", "Blom-Berglund meeting HELD_IN Oslo"],
      ],
    ],
    [
      // A verb between the names: no list of the call's people.
      [
        "The negotiations concluded with a telephone conversation between the Chilean Trade Minister, Karl Blom, who later thanked Lars Berglund.",
        "Karl Blom MET_WITH Lars Berglund",
      ],
    ],
  );
});

describe("events/co-signers, round 23: people who sign one agreement together met", () => {
  itGivesFacts(
    [
      [
        "On May 4, Chilean Trade Minister Karl Blom and Norway's Minister of Trade & Industry, Lars Berglund, signed the upgrade protocol in Lima.",
        ["Karl Blom MET_WITH Lars Berglund"],
      ],
      [
        "Chilean Mining Minister Paulo Matos inked the accord alongside Acme Metals' country chief Jonas Weller on Wednesday.",
        ["Paulo Matos MET_WITH Jonas Weller"],
      ],
      [
        "The treaty was signed by Chilean Foreign Minister Ana Ruiz and Norwegian Foreign Minister Lars Berglund in Oslo.",
        ["Ana Ruiz MET_WITH Lars Berglund"],
      ],
    ],
    [
      // A signing still to come: no meeting yet.
      [
        "Trade Minister Karl Blom and Norway's Minister of Trade, Lars Berglund, are expected to sign the protocol next year.",
        "Karl Blom MET_WITH Lars Berglund",
      ],
      // Two of one state sign for one side.
      [
        "Chilean Trade Minister Karl Blom and Chilean Finance Minister Paulo Matos signed the protocol in Lima on Monday.",
        "Karl Blom MET_WITH Paulo Matos",
      ],
      // A letter is no agreement.
      [
        "Trade Minister Karl Blom and Norway's Minister of Trade, Lars Berglund, signed a letter to the bank.",
        "Karl Blom MET_WITH Lars Berglund",
      ],
    ],
  );
});

describe("events/time-adjuncts, round 23: a host's guest read past a time adjunct and places", () => {
  itGivesFacts(
    [
      [
        "Chilean President Ana Ruiz receives this Friday afternoon the Norwegian Prime Minister Lars Berglund.",
        ["Ana Ruiz MET_WITH Lars Berglund", "Lars Berglund PARTICIPATED_IN Ruiz-Berglund meeting"],
      ],
      [
        "Chilean President Ana Ruiz receives this Friday afternoon (16/01), at the La Moneda Palace, in Santiago, the prime minister of Norway, Lars Berglund, to celebrate the agreement.",
        ["Ana Ruiz MET_WITH Lars Berglund", "Ruiz-Berglund meeting HELD_IN La Moneda Palace"],
      ],
    ],
    [
      // A letter received is no guest.
      [
        "Chilean President Ana Ruiz received on Friday a letter, Norwegian Prime Minister Lars Berglund said.",
        "Ana Ruiz MET_WITH Lars Berglund",
      ],
    ],
  );
});

describe("stages/05-meetings, round 23: a traveller is the apposition's head, not its complement", () => {
  itGivesFacts(
    [
      [
        "Senator Karl Blom (R-MT), a key ally of President Ana Ruiz who acted as an intermediary with Oslo during Ruiz's first term, travelled to Norway last week for meetings with officials.",
        ["Karl Blom PARTICIPATED_IN Blom visit to Norway", "Blom visit to Norway HELD_IN Norway"],
      ],
      // A possessive owner of the visit stays its visitor.
      [
        "The deal, signed during President Ana Ruiz's visit to Norway, covers copper.",
        ["Ana Ruiz PARTICIPATED_IN Ruiz visit to Norway"],
      ],
    ],
    [
      [
        "Senator Karl Blom (R-MT), a key ally of President Ana Ruiz who acted as an intermediary with Oslo during Ruiz's first term, travelled to Norway last week for meetings with officials.",
        "Ana Ruiz PARTICIPATED_IN Ruiz visit to Norway",
      ],
    ],
  );
});

describe("events/co-leads, round 23: people who lead one meeting together met at it", () => {
  itGivesFacts(
    [
      [
        "Chilean and Norwegian officials held talks in Madrid on Sunday. The meeting, hosted by the Spanish Foreign Ministry, was led by Trade Minister, Karl Blom, and Norwegian Deputy Prime Minister Lars Berglund.",
        ["Karl Blom MET_WITH Lars Berglund"],
      ],
      [
        "The Chile-Norway Strategic Dialogue was held in Oslo on Monday, co-chaired by Chilean Foreign Minister Ana Ruiz and Norwegian Foreign Minister Lars Berglund.",
        ["Ana Ruiz MET_WITH Lars Berglund", "Ana Ruiz PARTICIPATED_IN Strategic Dialogue"],
      ],
    ],
    [
      // Two of one state lead one side.
      [
        "The Chile-Norway Strategic Dialogue was held in Oslo on Monday, co-chaired by Chilean Foreign Minister Ana Ruiz and Chilean Trade Minister Karl Blom.",
        "Ana Ruiz MET_WITH Karl Blom",
      ],
    ],
  );
});
