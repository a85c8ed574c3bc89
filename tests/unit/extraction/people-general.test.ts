// People and bodies on unseen phrasings (issue 13): the posts people hold (HOLDS_POSITION and its
// title), the state they represent, their affiliations with firms, universities and outlets, and
// the government bodies named in the text. Every sentence was written for this test (officials of
// many countries, company officers, analysts, journalists); rows that refuse a false reading stand
// next to the positive ones.

import { describe, expect, it } from "vitest";
import { analyseDocument } from "../../../src/extraction/index.ts";
import { testDocument } from "../../_helpers/documents.ts";

function analyse(text: string, source: string | null = null) {
  const doc = testDocument(text, { date: "2025-09-12", source });
  return analyseDocument(doc);
}

/** "source -> target" for every relation of the predicate. */
function relationsOf(text: string, predicate: string, source: string | null = null): string[] {
  const a = analyse(text, source);
  const name = new Map(a.entities.map((e) => [e.id, e.name]));
  return a.relations
    .filter((r) => r.predicate === predicate)
    .map((r) => `${name.get(r.source)} -> ${name.get(r.target)}`);
}

/** The title of the person's HOLDS_POSITION to the target, or undefined. */
function titleOf(text: string, person: string, target: string): string | undefined {
  const a = analyse(text);
  const name = new Map(a.entities.map((e) => [e.id, e.name]));
  const r = a.relations.find(
    (x) => x.predicate === "HOLDS_POSITION" && name.get(x.source) === person && name.get(x.target) === target,
  );
  return r?.attributes.title;
}

/** "Name:Type" of every entity. */
function entitiesOf(text: string): string[] {
  return analyse(text).entities.map((e) => `${e.name}:${e.type}`);
}

type Row = [phrasing: string, text: string, expected: string];

/** HOLDS_POSITION rows: [phrasing, text, "person -> holder"]. */
const HOLDS: Row[] = [
  [
    "an unmarked president in a two-country story belongs to the side with no marked official",
    "Norway and the United States signed a tariff deal on Monday. President Lars Eide and U.S. President John Carter confirmed the pact in Bergen. Norway and the United States will meet again.",
    "Lars Eide -> Norway",
  ],
  [
    "unmarked officials belong to the side whose officials are not marked",
    "Treasury Secretary Paul Reed and Commerce Secretary Kim Adams met Japan's Minister Aiko Sato. Japan and the United States agreed to meet again. Japan and the United States hope to close the deal.",
    "Paul Reed -> United States",
  ],
  [
    "a prime minister is never the United States': the other country of the story",
    "The United States raised tariffs. The United States will review them. The United States and Norway talked on Monday. Speaking later, Prime Minister Lars Eide said Oslo would answer.",
    "Lars Eide -> Norway",
  ],
  [
    "a minister with no state in a story of India and the United States",
    "India and the United States resumed talks in Delhi. India and the United States hope to sign a deal. Trade Minister Ravi Menon said the offer was fair.",
    "Ravi Menon -> India",
  ],
  [
    "the side named just before the title",
    "The meeting, led on the Peruvian side by Vice Minister Rosa Quispe and Commerce Secretary Tom Baker, ended late. Peru and the United States will meet again. US Trade Representative Ann Lee attended.",
    "Rosa Quispe -> Peru",
  ],
  [
    "a lower-case prime minister beside the other side's marked president",
    "Chile and Japan have signed a copper pact. Prime minister Ana Ruiz and Japanese president Ken Sato signed it in Santiago. Japan will invest.",
    "Ana Ruiz -> Chile",
  ],
  [
    "a lower-case post after a demonym",
    "Chile and Peru held talks in Lima on Monday. Chilean trade minister Ana Torres said the deal was close.",
    "Ana Torres -> Chile",
  ],
  [
    "a lower-case post after a country's possessive",
    "Chile and Peru held talks in Lima. Peru's foreign minister Luis Paredes disagreed with the plan.",
    "Luis Paredes -> Peru",
  ],
  [
    "a presidential spokesman after a demonym",
    "Kenya and Uganda signed a pact. Kenyan presidential spokesman Hussein Mwangi said Nairobi would join the talks.",
    "Hussein Mwangi -> Kenya",
  ],
  [
    "a firm's chief executive in lower case: the one firm the sentence names",
    "Lumina Metals expects demand to rise, said chief executive Dana Whitfield.",
    "Dana Whitfield -> Lumina Metals",
  ],
  [
    "said chief executive X: the document's only firm",
    'Borealis Minerals opened a nickel mine in Sulawesi. "We are proud of it," said chief executive Sarah Klein.',
    "Sarah Klein -> Borealis Minerals",
  ],
  [
    "the company's managing director, in apposition",
    "Kestrel Copper plans a smelter, Jonas Berg, the company's managing director for Africa, told reporters.",
    "Jonas Berg -> Kestrel Copper",
  ],
  [
    "a ministry's spokesperson speaks for the state",
    "Exports fell. The Foreign Ministry spokesperson Lin Wei said Beijing opposed the move. China will respond. China has said so.",
    "Lin Wei -> China",
  ],
  [
    "a person who heads a ministry, with a name the name lists do not know",
    "Indonesia and Japan opened talks. Airlangga Wiranto, who heads the Coordinating Ministry for Economic Affairs, led the talks.",
    "Airlangga Wiranto -> Coordinating Ministry for Economic Affairs",
  ],
  [
    "appointed to a firm's post",
    "Tom Hughes was appointed chief executive of Corvus Lithium in March.",
    "Tom Hughes -> Corvus Lithium",
  ],
  [
    "named to a country's post",
    "Exports fell. Paula Mendes was named Brazil's trade minister last year.",
    "Paula Mendes -> Brazil",
  ],
  [
    "a portfolio of several words before 'Minister', and the ministry the text names",
    "Ghana's Ministry of Lands and Natural Resources set quotas. Lands and Natural Resources Minister Kwame Asante said exports would fall.",
    "Kwame Asante -> Ministry of Lands and Natural Resources",
  ],
  ["a one-word firm's chairman", "BHP chairman Ross Allen opened the meeting in Perth.", "Ross Allen -> BHP"],
  [
    "a bloc's negotiator holds a post in the bloc",
    "Malaysia and the European Union resumed talks. EU negotiator Sabine Kohl said the gap had narrowed.",
    "Sabine Kohl -> European Union",
  ],
  [
    "a firm's spokesperson holds a post in the firm",
    "Talon Metals spokesperson Jessica Hill declined to comment on the sale.",
    "Jessica Hill -> Talon Metals",
  ],
];

/** HOLDS_POSITION rows that must not be found: [phrasing, text, "person -> holder"]. */
const HOLDS_REFUSED: Row[] = [
  [
    "a bare president in a third country's story that also names the United States is not guessed",
    "Chile cut copper royalties. Chile will review the rules in May. Chile also eased permits, a move the United States welcomed. Speaking on Friday, President Mark Dunn said more cuts would follow.",
    "Mark Dunn -> Chile",
  ],
  [
    "two sides marked: an unmarked official is not given to the less marked side",
    "Peru and Spain talked. Peruvian Minister Rosa Quispe and Spanish Minister Luis Gil spoke, then Treasury Secretary Tom Baker. Peru and Spain will meet. Peru and Spain agreed.",
    "Tom Baker -> Spain",
  ],
  [
    "a prime minister in a story of two countries neither marked: not guessed",
    "Chile and Peru held talks in Lima. Chile and Peru agreed. Prime minister Mark Jones spoke to reporters.",
    "Mark Jones -> Chile",
  ],
  [
    "an unrecognised owner's chief executive is not given to another firm of the document",
    "Codelco cut output. Codelco will sell copper. Rio Tinto's chief executive Jakob Stausholm visited Perth.",
    "Jakob Stausholm -> Codelco",
  ],
  [
    "a bloc's negotiator is not placed in the other side's country",
    "Malaysia and the European Union resumed talks. Malaysia wants more. EU negotiator Sabine Kohl said the gap had narrowed.",
    "Sabine Kohl -> Malaysia",
  ],
];

/** AFFILIATED_WITH rows: [phrasing, text, "person -> body"]. */
const AFFILIATED: Row[] = [
  [
    "an analyst at a research firm",
    "Copper prices will stay high, said Anna Kovacs, an analyst at Capital Economics.",
    "Anna Kovacs -> Capital Economics",
  ],
  [
    "a senior fellow at a think tank",
    "Priya Raman, a senior fellow at the Lowy Institute, said the deal mattered for Canberra.",
    "Priya Raman -> Lowy Institute",
  ],
  [
    "a professor of a subject at a university",
    "Kenji Ito, a professor of economics at Keio University, said Tokyo would wait.",
    "Kenji Ito -> Keio University",
  ],
];

/** AFFILIATED_WITH rows that must not be found. */
const AFFILIATED_REFUSED: Row[] = [
  [
    "appointed to a firm's post is a post, not an affiliation",
    "Tom Hughes was appointed chief executive of Corvus Lithium in March.",
    "Tom Hughes -> Corvus Lithium",
  ],
  [
    "a bloc's negotiator holds a post in it, he is not its staff",
    "Malaysia and the European Union resumed talks. EU negotiator Sabine Kohl said the gap had narrowed.",
    "Sabine Kohl -> European Union",
  ],
  [
    "a firm's spokesperson holds a post in it",
    "Talon Metals spokesperson Jessica Hill declined to comment on the sale.",
    "Jessica Hill -> Talon Metals",
  ],
];

/** REPRESENTS rows: [phrasing, text, "person -> side"]. */
const REPRESENTS: Row[] = [
  [
    "a bloc's negotiator represents the bloc",
    "Malaysia and the European Union resumed talks. EU negotiator Sabine Kohl said the gap had narrowed.",
    "Sabine Kohl -> European Union",
  ],
];

/** Titles of HOLDS_POSITION: [phrasing, text, person, holder, title]. */
const TITLES: [phrasing: string, text: string, person: string, holder: string, title: string][] = [
  [
    "the title before the name, without the state",
    "The United States raised tariffs. The United States will review them. The United States and Norway talked on Monday. Speaking later, Prime Minister Lars Eide said Oslo would answer.",
    "Lars Eide",
    "Norway",
    "Prime Minister",
  ],
  [
    "a lower-case title keeps its words",
    "Kenya and Uganda signed a pact. Kenyan presidential spokesman Hussein Mwangi said Nairobi would join the talks.",
    "Hussein Mwangi",
    "Kenya",
    "presidential spokesman",
  ],
];

/** Entities: [phrasing, text, "Name:Type" expected]. */
const ENTITIES: Row[] = [
  [
    "a person after a portfolio title joined by 'and'",
    "Energy and Mines Minister Laila Haddad confirmed the new quotas on Monday.",
    "Laila Haddad:Person",
  ],
  [
    "a ministry named with its portfolio",
    "Indonesia's Ministry of Trade said exports fell.",
    "Ministry of Trade:Agency",
  ],
  [
    "an office named with 'of the'",
    "The Office of the US Trade Representative published a list of goods.",
    "Office of the US Trade Representative:Agency",
  ],
  [
    "a body's name joined by 'and'",
    "The Securities and Exchange Commission opened a probe into the miner.",
    "Securities and Exchange Commission:Agency",
  ],
  [
    "a bureau's name joined by 'and', after a demonym",
    "The Philippine Mines and Geosciences Bureau issued new permits.",
    "Philippine Mines and Geosciences Bureau:Agency",
  ],
  [
    "an industry's council is an organisation",
    "The Minerals Council of Australia welcomed the budget.",
    "Minerals Council of Australia:Organization",
  ],
  [
    "the council of a bloc is a body of it",
    "The Council of the European Union adopted the rules.",
    "Council of the European Union:Agency",
  ],
  ["a one-word firm before a chairman and his name", "BHP chairman Ross Allen opened the meeting.", "BHP:Company"],
  [
    "a one-word firm before a chief executive and her name",
    "Glencore chief executive Maria Stone said output would rise.",
    "Glencore:Company",
  ],
  ["a one-word firm after a person and 'of'", "Carla Diaz of Codelco said prices were low.", "Codelco:Company"],
  [
    "a firm a spokesperson speaks for",
    "A spokesperson for Albemarle said the plant would reopen.",
    "Albemarle:Company",
  ],
];

/** Entities that must not be found: [phrasing, text, "Name:Type"]. */
const ENTITIES_REFUSED: Row[] = [
  [
    "a form of address and a surname before a stock verb",
    "Sarah Klein spoke first. Ms Klein declined to comment.",
    "Ms Klein:Company",
  ],
  [
    "a department before a stock verb stays a body",
    "The Commerce Department added nine firms to the list.",
    "Commerce Department:Company",
  ],
  ["an office without its name", "The Office of the US Trade Representative said so.", "Office:Agency"],
  [
    "a country and a body are not joined by 'and'",
    "Officials of China and European Commission staff met in Brussels.",
    "China and European Commission:Agency",
  ],
  [
    "a portfolio title does not leave its first word as a person",
    "Energy and Mines Minister Laila Haddad confirmed the new quotas on Monday.",
    "Energy:Person",
  ],
  [
    "a title word opening the sentence is not a firm",
    "Trade minister Ana Reyes said talks would resume.",
    "Trade:Company",
  ],
];

describe("extraction people (general phrasings)", () => {
  describe("AFFILIATED_WITH", () => {
    for (const [phrasing, text, expected] of AFFILIATED) {
      it(`finds ${expected}: ${phrasing}`, () => {
        expect(relationsOf(text, "AFFILIATED_WITH")).toContain(expected);
      });
    }
    for (const [phrasing, text, unexpected] of AFFILIATED_REFUSED) {
      it(`does not find ${unexpected}: ${phrasing}`, () => {
        expect(relationsOf(text, "AFFILIATED_WITH")).not.toContain(unexpected);
      });
    }
  });
  describe("AFFILIATED_WITH from a wire's credit line", () => {
    const text =
      "Copper rose 2% on Friday as Chile's output fell. Traders expect more gains. (Reporting by Ana Ruiz and Tom Lee in Santiago; Editing by Jo Park)";
    it("affiliates every credited name with the outlet that carried the story", () => {
      const found = relationsOf(text, "AFFILIATED_WITH", "Reuters (via Example Wire)");
      expect(found).toEqual(
        expect.arrayContaining(["Ana Ruiz -> Reuters", "Tom Lee -> Reuters", "Jo Park -> Reuters"]),
      );
    });
    it("does not take the carrying site for the outlet", () => {
      expect(relationsOf(text, "AFFILIATED_WITH", "Reuters (via Example Wire)")).not.toContain(
        "Ana Ruiz -> via Example Wire",
      );
    });
    it("gives nothing when the document names no outlet", () => {
      expect(relationsOf(text, "AFFILIATED_WITH")).toEqual([]);
    });
  });
  describe("REPRESENTS", () => {
    for (const [phrasing, text, expected] of REPRESENTS) {
      it(`finds ${expected}: ${phrasing}`, () => {
        expect(relationsOf(text, "REPRESENTS")).toContain(expected);
      });
    }
  });
  describe("HOLDS_POSITION title", () => {
    for (const [phrasing, text, person, holder, title] of TITLES) {
      it(`gives ${person} the title "${title}" in ${holder}: ${phrasing}`, () => {
        expect(titleOf(text, person, holder)).toBe(title);
      });
    }
  });
  describe("entities", () => {
    for (const [phrasing, text, expected] of ENTITIES) {
      it(`finds ${expected}: ${phrasing}`, () => {
        expect(entitiesOf(text)).toContain(expected);
      });
    }
    for (const [phrasing, text, unexpected] of ENTITIES_REFUSED) {
      it(`does not find ${unexpected}: ${phrasing}`, () => {
        expect(entitiesOf(text)).not.toContain(unexpected);
      });
    }
  });
  describe("HOLDS_POSITION", () => {
    for (const [phrasing, text, expected] of HOLDS) {
      it(`finds ${expected}: ${phrasing}`, () => {
        expect(relationsOf(text, "HOLDS_POSITION")).toContain(expected);
      });
    }
    for (const [phrasing, text, unexpected] of HOLDS_REFUSED) {
      it(`does not find ${unexpected}: ${phrasing}`, () => {
        expect(relationsOf(text, "HOLDS_POSITION")).not.toContain(unexpected);
      });
    }
  });
});
