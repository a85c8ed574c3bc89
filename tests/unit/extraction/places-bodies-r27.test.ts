// Round 27: places, bodies and outlets new text wrote in forms the mention stage missed: a
// dateline's region in capitals or its town before a full stop and the date, the story's first
// "The" after a dateline's dash, a hyphenated region before its noun, a compass adjective between
// "in" and a region's name, a portfolio word that is also a judge's title before a body's head
// ("the Justice Department"), a "<Portfolio> Department" placed in the United States, an outlet
// that a list typed a firm where a press cue names it elsewhere, bodies' names over "of the"
// and a plural possessive, and a Spanish article opening a place's name ("El X"). Texts written
// for the test.

import { describe, expect, it } from "vitest";
import { analyseDocument } from "../../../src/extraction/index.ts";
import { testDocument } from "../../_helpers/documents.ts";

/** The entities ("Type: name") and relations ("A PREDICATE B") the extraction finds in `text`. */
function read(text: string): string[] {
  const a = analyseDocument(testDocument(text));
  const name = new Map(a.entities.map((e) => [e.id, e.name]));
  return [
    ...a.entities.map((e) => `${e.type}: ${e.name}`),
    ...a.relations.map((r) => `${name.get(r.source)} ${r.predicate} ${name.get(r.target)}`),
  ];
}

const CASES: { what: string; text: string; has: string[]; not: string[] }[] = [
  {
    what: "a dateline's town before a full stop and the date",
    text: "Some news.\nHANOI. Mar 4 (Wire) - The Selvar copper mine will reopen next month.",
    has: ["Place: Hanoi", "Place: Selvar"],
    not: ["Place: The Selvar"],
  },
  {
    what: "a dateline's region in capitals before a comma",
    text: "Some news.\nGUANGDONG, South China — Factory owners said orders had returned in September.",
    has: ["Place: Guangdong"],
    not: [],
  },
  {
    what: "no dateline: a word in capitals that is no known place",
    text: "Some news.\nUPDATE, Mar 4 — Factory owners said orders had returned in September.",
    has: [],
    not: ["Place: Update"],
  },
  {
    what: "a hyphenated region before its noun after a preposition of place",
    text: "The deposit lies in the Tash-Bulak region, far from the border, the company said.",
    has: ["Place: Tash-Bulak region"],
    not: [],
  },
  {
    what: "a compass adjective between the preposition and a region's name",
    text: "Rebels seized several mines in northeastern Varna State in October.",
    has: ["Place: Varna State"],
    not: [],
  },
  {
    what: "no place without a preposition of place before the compass adjective",
    text: "The northeastern Varna Holdings said output rose.",
    has: [],
    not: ["Place: Varna Holdings"],
  },
  {
    what: "a portfolio word that is also a title before a body's head",
    text: "The firm exported U.S. chips to China illegally, the Justice Department said on Thursday.",
    has: ["Agency: Justice Department", "Justice Department PART_OF United States"],
    not: ["Agency: Department", "Justice Department PART_OF China"],
  },
  {
    what: "a title before a name is still the person's",
    text: "Justice Mara Ellery ruled on the appeal on Friday.",
    has: ["Person: Mara Ellery"],
    not: ["Agency: Mara Ellery"],
  },
  {
    what: "a '<Portfolio> Department' in a story about another state that names the United States",
    text: "China curbed exports of gallium. The U.S. protested. China said the curbs would stay. China's ministry said so. The Commerce Department said it would respond.",
    has: ["Commerce Department PART_OF United States"],
    not: ["Commerce Department PART_OF China"],
  },
  {
    what: "an outlet a list typed a firm where a press cue names it elsewhere",
    text: "Acme Airlines takes delivery of new jets, Zorbex reports\n\nAcme Airlines took delivery of two jets on Monday, Chinese media outlet Zorbex reported.",
    has: ["Media: Zorbex"],
    not: ["Company: Zorbex"],
  },
  {
    what: "a firm listed with another firm stays a firm",
    text: "Acme Airlines and Zorbex signed a deal on Monday, the two companies said.",
    has: [],
    not: ["Media: Zorbex"],
  },
  {
    what: "a body's name going on over 'of the' and a demonym",
    text: "The Institute of the Ruritanian Economy said in an analysis that prices would rise.",
    has: ["Organization: Institute of the Ruritanian Economy"],
    not: ["Organization: Institute"],
  },
  {
    what: "a plural possessive inside a body's name",
    text: "The National Growers’ Federation welcomed the talks on Monday.",
    has: ["Organization: National Growers’ Federation"],
    not: ["Organization: Federation"],
  },
  {
    what: "a Spanish article opening two words after 'at' names a place, not a person",
    text: "Production losses at El Corvo add pressure to the copper market, the miner said.",
    has: ["Place: El Corvo"],
    not: ["Person: El Corvo"],
  },
  {
    what: "a name with a particle inside stays a person's",
    text: "Minister Rafael de la Vega said the mine would reopen.",
    has: ["Person: Rafael de la Vega"],
    not: [],
  },
];

describe("extraction places, bodies and outlets (round 27)", () => {
  it.each(CASES)("reads $what", ({ text, has, not }) => {
    const found = read(text);
    for (const h of has) expect(found).toContain(h);
    for (const n of not) expect(found).not.toContain(n);
  });
});
