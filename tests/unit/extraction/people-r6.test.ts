// People, round 6 of issue 13: general mechanisms of posts, speakers and bodies — a pronoun's
// antecedent is the subject or speaker of the sentence before (not the last name it mentions), a
// leadership post written after a possessive and before a comma ("Acme's chairman, X"), an acronym
// written again in title case is the same body. Every sentence here is written for these tests (not
// copied from any article); the people and bodies are invented.

import { describe, expect, it } from "vitest";
import { analyseDocument } from "../../../src/extraction/index.ts";
import { testDocument } from "../../_helpers/documents.ts";
import { itReadsRows, type ReadingRow } from "../../_helpers/rows.ts";

function analyse(text: string) {
  return analyseDocument(testDocument(text, { date: "2025-06-12" }));
}

/** "source > target" for every relation of the predicate. */
function facts(predicate: string): (text: string) => string[] {
  return (text) => {
    const a = analyse(text);
    const name = new Map(a.entities.map((e) => [e.id, e.name]));
    return a.relations
      .filter((r) => r.predicate === predicate)
      .map((r) => `${name.get(r.source)} > ${name.get(r.target)}`);
  };
}

/** "speaker: first three words of the quote" for every statement. */
function statements(text: string): string[] {
  const a = analyse(text);
  const name = new Map(a.entities.map((e) => [e.id, e.name]));
  return a.statements.map((s) => `${name.get(s.speaker)}: ${s.quote.split(/\s+/).slice(0, 3).join(" ")}`);
}

/** "Name:Type" of every entity. */
function entitiesOf(text: string): string[] {
  return analyse(text).entities.map((e) => `${e.name}:${e.type}`);
}

describe("stages/07-statements", () => {
  describe("antecedent", () => {
    const rows: ReadingRow[] = [
      [
        "Tariffs on beef will fall to 5%, Joanna Pereira said after talks with Thai leaders, including Prime Minister Somchai Wattana. She gave no date.\n\n“This is a fair outcome for our ranchers,” she told reporters in Bangkok.",
        "Joanna Pereira: This is a",
        "Somchai Wattana: This is a",
      ],
      [
        "Kofi Mensah met Finance Minister Ama Owusu in Accra on Monday.\n\n“We agreed on the cocoa levy,” he said.",
        "Kofi Mensah: We agreed on",
        "Ama Owusu: We agreed on",
      ],
      [
        "“The quota stays,” Lars Holm said, after a call with Ingrid Berg. “We will review it in May,” he added.",
        "Lars Holm: We will review",
        "Ingrid Berg: We will review",
      ],
    ];
    itReadsRows(rows, statements);
  });

  describe("nominalSpeaker", () => {
    const rows: ReadingRow[] = [
      [
        "The pact between European Commission President Anna Vogel and US President Tom Reed was signed on Sunday. “It is a fair deal for both sides,” commented the Commission President.",
        "Anna Vogel: It is a",
        "Tom Reed: It is a",
      ],
      [
        "Prime Minister Li Wen met Finance Minister Zhou Min in Hanoi. “We will cut the rice levy,” the finance minister said.",
        "Zhou Min: We will cut",
        "Li Wen: We will cut",
      ],
      [
        "Mara Holt, European Commission President, met President Luis Ortega. “The talks were frank,” said the Commission President.",
        "Mara Holt: The talks were",
        "Luis Ortega: The talks were",
      ],
    ];
    itReadsRows(rows, statements);
  });

  describe("SINGLE_QUOTE", () => {
    const rows: ReadingRow[] = [
      [
        "'Our partnership with Europe is indispensable for a free and open order,' Prime Minister Kenji Mori said at a joint news conference.",
        "Kenji Mori: Our partnership with",
        null,
      ],
      [
        "Trade Minister Anil Rao spoke in Delhi. ‘We don't accept these tariffs on Indian steel,’ Rao told reporters on Monday.",
        "Anil Rao: We don't accept",
        null,
      ],
      // Apostrophes and scare quotes in single marks are no statements.
      [
        "Anil Rao said India's 'strategic autonomy' would guide the talks, and the deal's 'fair terms' mattered.",
        null,
        "Anil Rao: strategic autonomy",
      ],
      [
        "Analysts called it 'A Tale of Two Tariffs,' a report by a Delhi think tank, on Friday.",
        null,
        "Analysts: A Tale of",
      ],
    ];
    itReadsRows(rows, statements);
  });
});

describe("rules/people", () => {
  describe("advisersOfLeaders", () => {
    const rows: ReadingRow[] = [
      [
        "Brazil and Argentina will meet in Brasilia. Brazilian President Ana Lobo hopes for a beef deal.\n\nJoao Reis, a senior economic adviser to President Ana Lobo, said the deal was close.",
        "Joao Reis > Brazil",
        null,
      ],
      [
        "Indian Prime Minister Raj Mehta will visit Tokyo. According to Vikram Rao, Prime Minister Raj Mehta’s top trade adviser, a chips pact is ready.",
        "Vikram Rao > India",
        null,
      ],
      // An adviser to a firm or a think tank is no state's official.
      [
        "Chilean President Rosa Diaz spoke in Lima. Tomas Vera, an adviser to the Lithium Institute, said prices would rise.",
        null,
        "Tomas Vera > Chile",
      ],
    ];
    itReadsRows(rows, facts("HOLDS_POSITION"));
  });

  describe("leadershipRule", () => {
    const rows: ReadingRow[] = [
      [
        "Peru's copper output fell in May, Andes Copper Corp's chief executive, Rosa Quispe, said on Monday.",
        "Rosa Quispe > Andes Copper Corp",
        null,
      ],
      [
        "The regulator KOBRA froze cobalt exports. The order was signed by the KOBRA’ chairman, Jean Ilunga.",
        "Jean Ilunga > KOBRA",
        null,
      ],
      [
        "Norvik Resources' managing director, Tom Hale, said the nickel plant would open in 2027.",
        "Tom Hale > Norvik Resources",
        null,
      ],
      // A role that is no leadership post gives nothing.
      ["Norvik Resources' lawyer, Tom Hale, said the ruling would be appealed.", null, "Tom Hale > Norvik Resources"],
    ];
    itReadsRows(rows, facts("HOLDS_POSITION"));
  });
});

describe("lexicon/titles", () => {
  describe("TITLE_MODIFIERS", () => {
    const rows: ReadingRow[] = [
      [
        "Peruvian Minister of Energy, Mines, and Natural Resources Carla Mendez opened the copper fair.",
        "Carla Mendez:Person",
        "Natural Resources Carla Mendez:Person",
      ],
      [
        "Brazilian Minister of Industry, Trade, and Services Carlos Ferreira signed the beef protocol in Brasilia.",
        "Carlos Ferreira:Person",
        "Services Carlos Ferreira:Person",
      ],
      [
        "Norway's Minister of Fisheries and Ocean Policy, Erik Dahl, defended the salmon quota.",
        "Erik Dahl:Person",
        null,
      ],
    ];
    itReadsRows(rows, entitiesOf);
  });
});

describe("stages/03-mentions", () => {
  describe("mediaByContext", () => {
    const rows: ReadingRow[] = [
      ["Exports will resume in May, the Kompas newspaper said on Monday.", "Kompas:Media", "Kompas:Person"],
      ["The levy was first reported by Antara news agency on Friday.", "Antara:Media", "Antara:Person"],
      ["Tempo reported on Friday that the nickel smelter had closed.", "Tempo:Media", "Tempo:Person"],
      ["Dawn reported, citing officials, that the copper deal was signed.", "Dawn:Media", null],
      // A firm that reports results, a person who reports, a press noun opening the next name: no outlet.
      ["Norvik reported a 10% rise in nickel output in May.", null, "Norvik:Media"],
      ["John Carver reported that the lithium deal fell apart.", null, "John Carver:Media"],
      ["State broadcaster KBS said the chip talks would resume.", "KBS:Media", "State:Media"],
      // Platforms posts are made on, and wire services between a dateline's slashes.
      ["The president wrote on Weibo that soybean purchases would double.", "Weibo:Media", null],
      ["In a Truth Social post, the president said the tariff would start in May.", "Truth Social:Media", null],
      ["The minister said on X that the lithium talks would go on.", "X:Media", null],
      ["OTTAWA, June 3, 2025 /CNW/ - Canada and Peru signed a copper pact today.", "CNW:Media", null],
      ["The minister said on Monday that the copper talks would go on.", null, "Monday:Media"],
    ];
    itReadsRows(rows, entitiesOf);
  });

  describe("earlierNamed", () => {
    const rows: ReadingRow[] = [
      [
        "The mining regulator KOBRA extended the cobalt ban on Friday. The order was signed by the Kobra’ chairman, Jean Ilunga.",
        "Jean Ilunga > KOBRA",
        "Jean Ilunga > Kobra",
      ],
    ];
    itReadsRows(rows, facts("HOLDS_POSITION"));
  });
  describe("cityOpensName", () => {
    const rows: ReadingRow[] = [
      // A city opening a firm's name is no place.
      ["Anti-dumping duties of 80% hit Ningbo Yunsheng and other magnet makers.", null, "Ningbo:Place"],
      ["Shares of Osaka Titanium rose 4% after the sponge deal.", null, "Osaka:Place"],
      ["Investors in Lima Cobre were told the copper mine would reopen.", null, "Lima:Place"],
      // A region opening a firm's name, the same.
      ["Sichuan Yahua signed a lithium supply deal with a Chilean miner.", null, "Sichuan:Place"],
      ["Shares of Guangdong Hongda fell 5% after the export ban.", null, "Guangdong:Place"],
      ["Queensland Premier Tom Walsh opened the vanadium plant in Townsville.", "Queensland:Place", null],
      // A city before a title, a weekday or a name head stays a place.
      ["Jakarta Governor Ali Sadikin opened the nickel fair in Bandung on Monday.", "Jakarta:Place", null],
      ["Exporters met in Sydney Tuesday to discuss the barley tariffs.", "Sydney:Place", null],
      ["The ceremony was held in Houston after the LNG deal was signed.", "Houston:Place", null],
    ];
    itReadsRows(rows, entitiesOf);
  });
});

/** Names of the document's places. */
function places(text: string): string[] {
  return analyse(text)
    .entities.filter((e) => e.type === "Place")
    .map((e) => e.name);
}

describe("stages/04-resolve", () => {
  describe("speaksQuotation", () => {
    const rows: ReadingRow[] = [
      ["Nickel talks stall\n\n“The quota will stay where it is,” Hartono said.", "Hartono: The quota will", null],
      ["Copper levy\n\n“We will not cut the levy this year,” said Okafor.", "Okafor: We will not", null],
      // A lone name in running text, named once, is still not guessed a person.
      ["Copper levy\n\nThe levy was discussed in Okafor on Monday, officials said.", null, "Okafor: The levy was"],
    ];
    itReadsRows(rows, statements);
  });

  describe("placeForm", () => {
    it("reads 'Mt', 'Mt.' and 'Mount' before one name as one place", () => {
      const text =
        "Output at the Mt Kembla mine rose. The Mount Kembla expansion will double it, and Mt. Kembla ore goes to Port Kembla.";
      expect(places(text).filter((n) => /Kembla$/.test(n) && !n.startsWith("Port"))).toHaveLength(1);
    });

    it("keeps two places whose names differ past the prefix apart", () => {
      const text = "Drilling at Mt Isa and at Mount Morgan resumed in May.";
      expect(places(text)).toEqual(expect.arrayContaining(["Mt Isa", "Mount Morgan"]));
    });
  });
});
