// Round 14 of issue 13 (deals), on sentences written for this test (none taken from any corpus):
// a subject with a list set off by commas ("Korean firms, including A, B and C, have invested in
// Y") keeps its subject and the list (the clause layer read "including" as a verb there); "the
// plant", "the project" is a site, not the firm named before ("an investment in the plant" gives no
// investment in the firm); "agreements with A and B" makes A and B no partners of each other;
// the giver of a passive "funded / financed by" (a "by" phrase, or a loan's "from") invested in the
// firm whose works are funded; a time phrase after a relative pronoun ("which last week secured")
// is not its subject; "secured backing / won funding from X" (the tagger's verb "backing"); money
// only sought, aimed at or failed to be received is none; the subsidiary a deal goes "through"
// invested in what its owner did.

import { describe } from "vitest";
import { readText } from "../../_helpers/documents.ts";
import { itReadsRows, type ReadingRow } from "../../_helpers/rows.ts";

const lines = (text: string) => readText(text, { date: "2025-10-02" }).lines;

const SUBJECT_ASIDE_ROWS: ReadingRow[] = [
  [
    "Japanese groups, including Ostby Nickel Corp and Larch Metals Corp, have invested in Peru's copper sector.",
    "Larch Metals Corp INVESTED_IN Peru",
    "Japan INVESTED_IN Peru",
  ],
  [
    "Several lenders, including Harbour Bank and Kestrel Capital, financed Ostby Nickel Corp last year.",
    "Kestrel Capital INVESTED_IN Ostby Nickel Corp",
    null,
  ],
  // The list in an object, closed by the sentence's end: not the subject of any verb.
  [
    "Ostby Nickel Corp sells its ore to several smelters, including Larch Metals Corp and Harbour Mining Corp.",
    null,
    "Larch Metals Corp INVESTED_IN Ostby Nickel Corp",
  ],
];

const SITE_ROWS: ReadingRow[] = [
  [
    "Ostby Nickel Corp is building a copper plant in Peru. The Peruvian government will make a $50 million equity investment in the company.",
    "Peru INVESTED_IN Ostby Nickel Corp",
    null,
  ],
  [
    "Ostby Nickel Corp is building a copper plant in Peru. The Peruvian government will make a $50 million equity investment in the plant.",
    null,
    "Peru INVESTED_IN Ostby Nickel Corp",
  ],
];

const WITH_LIST_ROWS: ReadingRow[] = [
  ["Chile and Peru signed a joint partnership on lithium.", "Chile PARTNERED_WITH Peru", null],
  [
    "The ministry announced supply agreements with Chile and Peru, joint research programmes with Ghana and Kenya.",
    null,
    "Chile PARTNERED_WITH Peru",
  ],
  [
    "The ministry announced supply agreements with Chile and Peru, joint research programmes with Ghana and Kenya.",
    null,
    "Peru PARTNERED_WITH Ghana",
  ],
  // A deal to cut tariffs is a trade settlement, not a partnership; a deal to develop mines is one.
  ["Chile and Peru struck a surprise accord to lower tariffs on copper.", null, "Chile PARTNERED_WITH Peru"],
  ["Chile and Peru signed an agreement to develop lithium mines.", "Chile PARTNERED_WITH Peru", null],
  // A collaboration announced by two firms is a partnership; one only discussed is none.
  [
    "Ostby Nickel Corp and Larch Metals Corp announced a collaboration on magnets.",
    "Ostby Nickel Corp PARTNERED_WITH Larch Metals Corp",
    null,
  ],
  [
    "Ostby Nickel Corp and Larch Metals Corp discussed a possible collaboration on magnets.",
    null,
    "Ostby Nickel Corp PARTNERED_WITH Larch Metals Corp",
  ],
];

const FUNDED_BY_ROWS: ReadingRow[] = [
  [
    "Ostby Nickel Corp is developing a nickel refinery in Ohio, funded by the US government.",
    "United States INVESTED_IN Ostby Nickel Corp",
    null,
  ],
  [
    "Ostby Nickel Corp announced a $2 billion smelter project that will be largely funded by the Japanese government.",
    "Japan INVESTED_IN Ostby Nickel Corp",
    null,
  ],
  [
    "Ostby Nickel Corp's expansion will be financed by a $300 million loan from the Commerce Department and a $40 million grant from the Energy Department.",
    "Energy Department INVESTED_IN Ostby Nickel Corp",
    null,
  ],
  // Negated: no money given.
  [
    "Ostby Nickel Corp's expansion will not be funded by the Commerce Department.",
    null,
    "Commerce Department INVESTED_IN Ostby Nickel Corp",
  ],
  // Funded works of no firm named: nobody invested in the firm of the sentence before.
  [
    "Ostby Nickel Corp opened a mine in Peru. A new road to the port was funded by the Commerce Department.",
    null,
    "Commerce Department INVESTED_IN Ostby Nickel Corp",
  ],
];

describe("deals r14: a passive 'funded by' names the giver", () => {
  itReadsRows(FUNDED_BY_ROWS, lines);
});

const RELATIVE_ROWS: ReadingRow[] = [
  [
    "Ostby Nickel Corp, which last week secured a $40 million loan from the Commerce Department, said output would rise.",
    "Commerce Department INVESTED_IN Ostby Nickel Corp",
    null,
  ],
  [
    "Larch Metals Corp signed a deal with Ostby Nickel Corp, the US producer that earlier this month secured backing from the Commerce Department.",
    "Commerce Department INVESTED_IN Ostby Nickel Corp",
    "Commerce Department INVESTED_IN Larch Metals Corp",
  ],
  [
    "Ostby Nickel Corp won funding from the Energy Department last year.",
    "Energy Department INVESTED_IN Ostby Nickel Corp",
    null,
  ],
  [
    "Ostby Nickel Corp is seeking funding from the Energy Department.",
    null,
    "Energy Department INVESTED_IN Ostby Nickel Corp",
  ],
  // Failed or only aimed at: no money received.
  [
    "Ostby Nickel Corp failed to secure a $30 million loan from the Energy Department.",
    null,
    "Energy Department INVESTED_IN Ostby Nickel Corp",
  ],
  [
    "Ostby Nickel Corp aims to obtain a $30 million grant from the Energy Department.",
    null,
    "Energy Department INVESTED_IN Ostby Nickel Corp",
  ],
  [
    "Ostby Nickel Corp obtained a $30 million grant from the Energy Department.",
    "Energy Department INVESTED_IN Ostby Nickel Corp",
    null,
  ],
];

describe("deals r14: money received in a relative clause, or as a gerund", () => {
  itReadsRows(RELATIVE_ROWS, lines);
});

const THROUGH_ROWS: ReadingRow[] = [
  [
    "Ostby Nickel Corp has completed the acquisition of Larch Metals Corp, paying $300 million through its wholly owned subsidiary, Harbour Mining Corp.",
    "Harbour Mining Corp. INVESTED_IN Larch Metals Corp",
    null,
  ],
  [
    "Ostby Nickel Corp acquired Larch Metals Corp through its subsidiaries, Harbour Mining Corp and Kestrel Resources Ltd.",
    "Kestrel Resources Ltd. INVESTED_IN Larch Metals Corp",
    null,
  ],
  // "through" a lender's loan: the lender is no subsidiary.
  [
    "Ostby Nickel Corp acquired Larch Metals Corp through a $300 million loan from Harbour Mining Corp.",
    null,
    "Harbour Mining Corp. INVESTED_IN Larch Metals Corp",
  ],
];

describe("deals r14: the subsidiary a deal goes through", () => {
  itReadsRows(THROUGH_ROWS, lines);
});

describe("deals r14: a subject's list set off by commas", () => {
  itReadsRows(SUBJECT_ASIDE_ROWS, lines);
});

describe("deals r14: a site named by its head noun is not the firm named before", () => {
  itReadsRows(SITE_ROWS, lines);
});

describe("deals r14: the list after 'with' is the other side, not a pair of partners", () => {
  itReadsRows(WITH_LIST_ROWS, lines);
});
