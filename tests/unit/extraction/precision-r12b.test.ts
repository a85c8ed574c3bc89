// Round 12b of issue 13 (precision), on sentences written for this test (none taken from any
// corpus): the person a sentence about talks cites as its source ("according to X", a closing
// ", X said") takes no part in the talks; a title after "the country's" / "the nation's" is held in
// the country the text last named, not in the document's main one; a firm "specialising in" or
// "focused on" a good makes it only with a verb of making after the preposition; a state's
// "copper industry" or "minerals sector" is no production of the state's.

import { describe } from "vitest";
import { readText } from "../../_helpers/documents.ts";
import { itReadsRows, type ReadingRow } from "../../_helpers/rows.ts";

const lines = (text: string) => readText(text, { date: "2025-10-02" }).lines;

const CITED_SOURCE_ROWS: ReadingRow[] = [
  [
    "Swedish Trade Minister Lena Varga will be in Ottawa from Monday to Wednesday for talks with Canadian Finance Minister Paul Roy, according to Swedish government spokesman Erik Holm.",
    "Lena Varga PARTICIPATED_IN Sweden-Canada trade talks",
    "Erik Holm PARTICIPATED_IN Sweden-Canada trade talks",
  ],
  [
    "Dutch Trade Minister Anna Visser held talks with Peruvian Trade Minister Luis Soto in Lima on Monday, Dutch Foreign Minister Jan Bakker said.",
    "Luis Soto PARTICIPATED_IN Lima trade talks",
    "Jan Bakker PARTICIPATED_IN Lima trade talks",
  ],
  // The one who speaks of their own talks still took part in them.
  [
    "Dutch Trade Minister Anna Visser said she held talks with Peruvian Trade Minister Luis Soto in Lima on Monday.",
    "Anna Visser PARTICIPATED_IN Lima trade talks",
    null,
  ],
];

const THE_COUNTRYS_ROWS: ReadingRow[] = [
  [
    "Russian officials said Russia would attend. Russia sent three ministers. The forum opened on Friday in Tashkent, Uzbekistan. It was chaired by the country's President Ilhom Saidov.",
    "Ilhom Saidov HOLDS_POSITION Uzbekistan",
    "Ilhom Saidov HOLDS_POSITION Russia",
  ],
  [
    "Brazil and Brazil's neighbours met in Quito. The meeting took place in Ecuador. The nation's Foreign Minister Rosa Vega opened it.",
    "Rosa Vega HOLDS_POSITION Ecuador",
    "Rosa Vega HOLDS_POSITION Brazil",
  ],
  // No country named just before: the document's own country, as before.
  [
    "Peru's congress debated the mining law for a week. The vote was delayed again on Tuesday after protests. The nation's Minister of Energy Carlos Ruiz criticised the delay.",
    "Carlos Ruiz HOLDS_POSITION Peru",
    null,
  ],
];

const LINE_OF_BUSINESS_ROWS: ReadingRow[] = [
  ["Borel Resources Inc specialises in producing rare earths.", "Borel Resources Inc PRODUCES rare earths", null],
  ["Tanager Metals Corp is focused on producing cobalt.", "Tanager Metals Corp PRODUCES cobalt", null],
  // A field of business: trading, exploring or advising on a good is not making it.
  [
    "Borel Resources Inc, a start-up specialising in rare earths, signed a deal.",
    null,
    "Borel Resources Inc PRODUCES rare earths",
  ],
  ["Tanager Metals Corp specialises in lithium.", null, "Tanager Metals Corp PRODUCES lithium"],
  // A firm's business in a good; a state's industry or sector of it is no production of the state's.
  ["Investors cheered Kestrel Mining Ltd's lithium business on Monday.", "Kestrel Mining Ltd PRODUCES lithium", null],
  ["Analysts said Peru's copper industry needs new roads.", null, "Peru PRODUCES copper"],
  ["Officials met to discuss Namibia's uranium sector last week.", null, "Namibia PRODUCES uranium"],
];

describe("extraction", () => {
  describe("a firm's line of business", () => {
    itReadsRows(LINE_OF_BUSINESS_ROWS, lines);
  });
  describe("a cited source takes no part in the talks", () => {
    itReadsRows(CITED_SOURCE_ROWS, lines);
  });
  describe("a post after 'the country's'", () => {
    itReadsRows(THE_COUNTRYS_ROWS, lines);
  });
});
