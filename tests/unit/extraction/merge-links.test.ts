// Stage 8 (merge) linking one thing named differently by different documents: a name another
// document gave as an alias, an abbreviation and its long form, a company's legal form or short
// name, an outlet's service word, a body named without its state. And the names it must keep apart.
// Entities written for the test (no article's text).

import { describe, expect, it } from "vitest";
import type { EntityType } from "../../../src/extraction/types.ts";
import { mergeDocuments } from "./merge-corpus.ts";

interface Named {
  type: EntityType;
  name: string;
  aliases?: string[];
  country?: string;
}

/** One document per list, each entity with one mention; the merged corpus's entities as "Type: name | aliases". */
function merged(documents: readonly (readonly Named[])[]): string[] {
  return mergeDocuments(
    documents.map((named) =>
      named.map(({ country, ...n }) => ({ ...n, ...(country ? { attributes: { country } } : {}) })),
    ),
  ).map((e) => [`${e.type}: ${e.name}`, ...e.aliases].join(" | "));
}

describe("extraction merge", () => {
  describe("CorpusMerge.of (names linked across documents)", () => {
    const cases: { what: string; documents: Named[][]; expected: string[] }[] = [
      {
        what: "a body's short name another document gave as its alias",
        documents: [
          [{ type: "Agency", name: "Federal Trade Authority", aliases: ["Authority"] }],
          [{ type: "Agency", name: "Authority" }],
        ],
        expected: ["Agency: Federal Trade Authority | Authority"],
      },
      {
        what: "a surname with particles written with a capital at the start of a sentence",
        documents: [
          [{ type: "Person", name: "Marta van der Berg", aliases: ["van der Berg"] }],
          [{ type: "Person", name: "Van der Berg" }],
        ],
        expected: ["Person: Marta van der Berg | Van der Berg | van der Berg"],
      },
      {
        what: "an outlet's abbreviation, named before its long form",
        documents: [[{ type: "Media", name: "NMH" }], [{ type: "Media", name: "Nordic Morning Herald" }]],
        expected: ["Media: NMH | Nordic Morning Herald"],
      },
      {
        what: "an organisation's abbreviation of its capitalised words",
        documents: [
          [{ type: "Organization", name: "Union for Andean Copper Exporters" }],
          [{ type: "Organization", name: "UACE" }],
        ],
        expected: ["Organization: Union for Andean Copper Exporters | UACE"],
      },
      {
        what: "a company with and without its legal form",
        documents: [
          [{ type: "Company", name: "Kestrel Nickel" }],
          [{ type: "Company", name: "Kestrel Nickel Corp." }],
          [{ type: "Company", name: "Kestrel Nickel, Inc." }],
        ],
        expected: ["Company: Kestrel Nickel | Kestrel Nickel Corp. | Kestrel Nickel, Inc."],
      },
      {
        what: "an outlet with and without its service word",
        documents: [
          [{ type: "Media", name: "Valparaiso Wire News Agency" }],
          [{ type: "Media", name: "Valparaiso Wire" }],
        ],
        expected: ["Media: Valparaiso Wire News Agency | Valparaiso Wire"],
      },
      {
        what: "a company's distinctive first word and its full name",
        documents: [[{ type: "Company", name: "Quorra" }], [{ type: "Company", name: "Quorra Battery Systems" }]],
        expected: ["Company: Quorra | Quorra Battery Systems"],
      },
      {
        what: "a ministry named without its state, when one state's is known",
        documents: [
          [{ type: "Agency", name: "Ministry of Mines", country: "CL" }],
          [{ type: "Agency", name: "Ministry of Mines" }],
        ],
        expected: ["Agency: Ministry of Mines"],
      },
      {
        what: "a person named with an initial and with a full first name",
        documents: [
          [{ type: "Person", name: "R. Okonkwo" }],
          [{ type: "Person", name: "Ruth Okonkwo" }],
          [{ type: "Person", name: "R Okonkwo" }],
        ],
        expected: ["Person: R. Okonkwo | R Okonkwo | Ruth Okonkwo"],
      },
    ];
    for (const c of cases) {
      it(`links ${c.what}`, () => {
        expect(merged(c.documents)).toEqual(c.expected);
      });
    }

    const apart: { what: string; documents: Named[][]; expected: string[] }[] = [
      {
        what: "an alias two bodies share",
        documents: [
          [{ type: "Agency", name: "Federal Trade Authority", aliases: ["Authority"] }],
          [{ type: "Agency", name: "Port Authority", aliases: ["Authority"] }],
          [{ type: "Agency", name: "Authority" }],
        ],
        expected: [
          "Agency: Federal Trade Authority | Authority",
          "Agency: Port Authority | Authority",
          "Agency: Authority",
        ],
      },
      {
        what: "a description given as an alias",
        documents: [
          [{ type: "Company", name: "Kestrel Nickel", aliases: ["The company"] }],
          [{ type: "Company", name: "Orca Lithium", aliases: ["The company"] }],
        ],
        expected: ["Company: Kestrel Nickel | The company", "Company: Orca Lithium | The company"],
      },
      {
        what: "a generic first word that opens two companies' names",
        documents: [[{ type: "Company", name: "Anglo" }], [{ type: "Company", name: "Anglo Pacific Tin" }]],
        expected: ["Company: Anglo", "Company: Anglo Pacific Tin"],
      },
      {
        what: "an abbreviation that two long forms spell",
        documents: [
          [{ type: "Media", name: "Nordic Morning Herald" }],
          [{ type: "Media", name: "National Mining Herald" }],
          [{ type: "Media", name: "NMH" }],
        ],
        expected: ["Media: Nordic Morning Herald", "Media: National Mining Herald", "Media: NMH"],
      },
      {
        what: "a ministry without its state when two states' are known",
        documents: [
          [{ type: "Agency", name: "Ministry of Mines", country: "CL" }],
          [{ type: "Agency", name: "Ministry of Mines", country: "PE" }],
          [{ type: "Agency", name: "Ministry of Mines" }],
        ],
        expected: ["Agency: Ministry of Mines", "Agency: Ministry of Mines", "Agency: Ministry of Mines"],
      },
      {
        what: "an initial two full names of that surname open",
        documents: [
          [{ type: "Person", name: "Ruth Okonkwo" }],
          [{ type: "Person", name: "Rita Okonkwo" }],
          [{ type: "Person", name: "R. Okonkwo" }],
        ],
        expected: ["Person: Ruth Okonkwo", "Person: Rita Okonkwo", "Person: R. Okonkwo"],
      },
      {
        what: "a place's alias (places are not linked by alias)",
        documents: [[{ type: "Place", name: "Puerto Norte", aliases: ["Norte"] }], [{ type: "Place", name: "Norte" }]],
        expected: ["Place: Puerto Norte | Norte", "Place: Norte"],
      },
    ];
    for (const c of apart) {
      it(`keeps apart ${c.what}`, () => {
        expect(merged(c.documents)).toEqual(c.expected);
      });
    }
  });
});
