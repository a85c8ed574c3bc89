// Company facts of round 5 of issue 13 on sentences written for this test (none taken from any
// corpus): the firms a plural producer noun lists ("cobalt producers such as X and Y", "X and Y,
// the world's largest producers of Z"), a firm called a smelter, a firm's line of business
// ("specialises in", "is focused on producing"), partnerships among three parties and pacts,
// "joined forces with"; then sentences where the fact must be refused (buyers listed, joining a
// bloc, leaders who jointly witness a signing); firms typed by an industry's "group" or a
// consultancy before their name, or by a list a plural company noun opens after a comma; headline
// verbs and raw classes before "exports" that are no good; two states called "the two countries",
// "both nations" or "their" before a partnership's words (not a trade settlement nor a denial).

import { describe, expect, it } from "vitest";
import { analyseDocument } from "../../../src/extraction/index.ts";
import { readText, testDocument } from "../../_helpers/documents.ts";
import { itTypesRows } from "../../_helpers/rows.ts";

type Fact = [text: string, source: string, predicate: string, target: string];

const facts = (text: string) => readText(text, { date: "2025-09-12" }).facts;

const FOUND: Fact[] = [
  // A plural producer noun and the firms it lists.
  [
    "Cobalt producers such as Kestrel Mining Ltd and Borel Resources Inc raised prices.",
    "Borel Resources Inc",
    "PRODUCES",
    "cobalt",
  ],
  ["Magnet makers like Zentrix Corp lobbied Brussels.", "Zentrix Corp", "PRODUCES", "magnets"],
  [
    "Osprey Mining Ltd and Tanager Metals Corp, the two biggest zinc refiners in Peru, reported losses.",
    "Tanager Metals Corp",
    "PRODUCES",
    "zinc",
  ],
  // A firm called a smelter.
  [
    "Borel Resources Inc, the largest copper smelter in Chile, said demand was weak.",
    "Borel Resources Inc",
    "PRODUCES",
    "copper",
  ],
  ["Zinc smelter Tanager Metals Corp shut a furnace.", "Tanager Metals Corp", "PRODUCES", "zinc"],
  // A firm's line of business.
  // (Round 12b: only with a verb of making; a bare field is refused, see precision-r12b.test.ts.)
  ["Zentrix Corp specializes in building electric vehicles.", "Zentrix Corp", "PRODUCES", "electric vehicles"],
  ["Founded in 2019, Kestrel Mining Ltd specialises in mining lithium.", "Kestrel Mining Ltd", "PRODUCES", "lithium"],
  [
    "Borel Resources Inc is focused on producing and recycling critical minerals.",
    "Borel Resources Inc",
    "PRODUCES",
    "critical minerals",
  ],
  // A share of a good's output.
  [
    "Peru accounted for 12% of global silver mining output and 9% of refined zinc production in 2024.",
    "Peru",
    "PRODUCES",
    "zinc",
  ],
  ["The Philippines makes up nearly a third of global nickel supply.", "Philippines", "PRODUCES", "nickel"],
  [
    "Congo accounts for 70% of cobalt output, but Zambia accounts for 5% of copper output.",
    "Zambia",
    "PRODUCES",
    "copper",
  ],
  // A partnership's other party after "with" or "including", however far.
  [
    "Borel Metals Inc formed an alliance last year with Tanager Metals Corp.",
    "Borel Metals Inc",
    "PARTNERED_WITH",
    "Tanager Metals Corp.",
  ],
  ["Chile is engaging with other partners, including Peru and Bolivia.", "Chile", "PARTNERED_WITH", "Bolivia"],
  // The two names a hyphen joins before an alliance's words.
  ["Leaders praised the Japan-Philippines alliance on Monday.", "Japan", "PARTNERED_WITH", "Philippines"],
  [
    "Chile and Peru met in Lima. Leaders praised the Japan-Philippines alliance, Chile said.",
    "Japan",
    "PARTNERED_WITH",
    "Philippines",
  ],
  // Loans lent, or lined up by the borrower.
  [
    "The Export-Import Bank of Korea lent $200 million to Kestrel Mining Corp on Monday.",
    "Export-Import Bank of Korea",
    "INVESTED_IN",
    "Kestrel Mining Corp",
  ],
  [
    "Kestrel Mining Corp has lined up a $620 million loan from the Export-Import Bank of Korea.",
    "Export-Import Bank of Korea",
    "INVESTED_IN",
    "Kestrel Mining Corp",
  ],
  // Money received from, committed to, or a funding round led.
  [
    "Kestrel Mining Corp secured $250 million from the Export Development Agency on Friday.",
    "Export Development Agency",
    "INVESTED_IN",
    "Kestrel Mining Corp",
  ],
  [
    "The Export Development Agency has committed $400 million to Kestrel Mining Corp on Monday.",
    "Export Development Agency",
    "INVESTED_IN",
    "Kestrel Mining Corp",
  ],
  [
    "Borel Capital Partners joined a $30 million financing round for Kestrel Mining Corp in March.",
    "Borel Capital Partners",
    "INVESTED_IN",
    "Kestrel Mining Corp",
  ],
  // A president's administration acts for the state the president holds a post in.
  [
    "Chile wants more copper. President Elena Vargas's administration is likely to take stakes in more companies, Chile's finance minister said. The Vargas administration has already taken stakes in Kestrel Mining Corp and Borel Metals Inc.",
    "Chile",
    "INVESTED_IN",
    "Borel Metals Inc.",
  ],
  // Cooperation among three parties, pacts between two.
  [
    "The statement pledged trilateral cooperation among South Korea, Japan, and the United States.",
    "Japan",
    "PARTNERED_WITH",
    "United States",
  ],
  [
    "The statement pledged trilateral cooperation among South Korea, Japan, and the United States.",
    "South Korea",
    "PARTNERED_WITH",
    "Japan",
  ],
  ["A defence pact between Australia and Japan was signed in Tokyo.", "Australia", "PARTNERED_WITH", "Japan"],
  [
    "Kestrel Mining Ltd joined forces with Borel Resources Inc to bid for the mine.",
    "Kestrel Mining Ltd",
    "PARTNERED_WITH",
    "Borel Resources Inc",
  ],
];

/** Two states referred to as "the two countries" or "their": partners when a partnership's words are there. */
const STATES: Fact[] = [
  [
    "Brazil and Angola held talks on oil last year. Angolan President Joao Lourenco's visit to Brazil ended as the two countries signed five memoranda of understanding.",
    "Angola",
    "PARTNERED_WITH",
    "Brazil",
  ],
  [
    "Chile and Germany held talks in Berlin on Monday, and both nations pledged deeper cooperation on refining.",
    "Chile",
    "PARTNERED_WITH",
    "Germany",
  ],
  [
    "Vietnam and Japan marked fifty years of their strategic partnership on Monday.",
    "Japan",
    "PARTNERED_WITH",
    "Vietnam",
  ],
];

const REFUSED: [text: string, line: string][] = [
  // "The two countries" in a sentence of trade, a dispute or a denial; a third state named after.
  [
    "Peru and Ecuador held talks in Lima. Peru and Ecuador discussed fish. The two countries reached an agreement on tariffs.",
    "Ecuador PARTNERED_WITH Peru",
  ],
  [
    "If we don't reach an agreement, it doesn't affect the relationship between the two countries, Sato said of Japan and Korea.",
    "Japan PARTNERED_WITH South Korea",
  ],
  [
    "Kenyan President William Ruto and his host pledged a strategic partnership, as both countries prepare for talks with Ethiopia.",
    "Ethiopia PARTNERED_WITH Kenya",
  ],
  // Buyers and investors listed are not producers; the good must be the noun's.
  ["Copper buyers, including Kestrel Mining Ltd, complained about prices.", "Kestrel Mining Ltd PRODUCES copper"],
  ["Kestrel Mining Ltd bought copper from producers like Borel Resources Inc.", "Kestrel Mining Ltd PRODUCES copper"],
  // A firm named after an alliance's words but outside its "with" is no partner.
  [
    "Osprey Mining Corp said the alliance had argued that Tanager Metals Corp's decision to issue new shares was wrong.",
    "Osprey Mining Corp PARTNERED_WITH Tanager Metals Corp",
  ],
  [
    "The Osprey Mining Corp alliance had argued that Tanager Metals Corp's decision to issue new shares was wrong.",
    "Osprey Mining Corp PARTNERED_WITH Tanager Metals Corp",
  ],
  [
    "Chile and Peru met in Lima. Leaders praised the Japan-Philippines alliance, Chile said.",
    "Chile PARTNERED_WITH Philippines",
  ],
  // Money earned from a sale or a customer, damages, approvals: no investment.
  [
    "Kestrel Mining Corp won $20 million in damages from Borel Metals Inc.",
    "Borel Metals Inc. INVESTED_IN Kestrel Mining Corp",
  ],
  [
    "Kestrel Mining Corp received $50 million from Borel Metals Inc for its copper sales.",
    "Borel Metals Inc INVESTED_IN Kestrel Mining Corp",
  ],
  [
    "Kestrel Mining Corp secured approval from the Export Development Agency.",
    "Export Development Agency INVESTED_IN Kestrel Mining Corp.",
  ],
  // Refusing to lend is no loan.
  ["Banks refused to lend to Tanager Metals Corp.", "Banks INVESTED_IN Tanager Metals Corp"],
  // A share of what is bought or earned, or another party's share.
  ["Japan accounts for 30% of cobalt demand.", "Japan PRODUCES cobalt"],
  ["India accounts for 10% of copper imports.", "India PRODUCES copper"],
  ["Congo accounts for 70% of cobalt output, while Zambia mines copper.", "DR Congo PRODUCES copper"],
  // A smelter the text places in a country is a plant, not the country.
  ["The United States has only one zinc smelter.", "United States PRODUCES zinc"],
  // What a firm watches or buys is not what it makes.
  ["Borel Resources Inc is focused on copper prices this year.", "Borel Resources Inc PRODUCES copper"],
  // Producers of one state and goods of another.
  [
    "The probe was opened at the request of US producers, as in the case of Chinese solar panels being re-routed through Vietnam.",
    "United States PRODUCES solar panels",
  ],
  ["US producers complained about cheap Chinese steel.", "United States PRODUCES steel"],
  // Joining a bloc or a meeting is no partnership.
  ["Trump said he would not mind China joining the G7.", "China PARTNERED_WITH G7"],
  ["Canada joined the talks with Mexico on Monday.", "Canada PARTNERED_WITH Mexico"],
  // Leaders who jointly witness a signing are its guests.
  [
    "The signing was jointly witnessed by Chinese Premier Li Qiang and Malaysian Prime Minister Anwar Ibrahim.",
    "China PARTNERED_WITH Malaysia",
  ],
];

/** Firms named by a noun before them or in a list a plural noun opens, and words that are no good. */
const COMPANIES: [text: string, name: string][] = [
  ["Italian mining group Norvale signed the memorandum on Monday.", "Norvale"],
  ["The steel group Kallisto cut its forecast.", "Kallisto"],
  ["The four firms, including Brightwater and Kavro, lobbied Congress.", "Kavro"],
  ["Major battery players, including Corvane, opposed the rule.", "Corvane"],
  ["Korean chip makers Hanvale and Sungra agreed to pay the fee.", "Sungra"],
  ["The figures come from consultancy Orbis Blue.", "Orbis Blue"],
];

const NOT_COMPANIES: [text: string, name: string][] = [
  // A group that is no industry's: rebels, campaigners.
  ["The rebel group Kivu Front seized the town.", "Kivu Front"],
  ["The advocacy group Clean Seas said the plan was weak.", "Clean Seas"],
];

const NOT_PRODUCTS: [text: string, name: string][] = [
  // A headline's verb before "exports" is no good.
  ["Congo halts exports to counter a price drop", "halts"],
  ["Jakarta curbs exports as prices slump", "curbs"],
  // Minerals as a class.
  ["The plan aims at reducing raw mineral exports.", "mineral"],
];

const typed = (text: string) => analyseDocument(testDocument(text, { date: "2025-09-12" })).entities;

describe("extraction", () => {
  describe("companies and goods named, round 5", () => {
    itTypesRows("Company", COMPANIES, NOT_COMPANIES);
    for (const [text, name] of NOT_PRODUCTS) {
      it(`finds no Product ${name} in "${text}"`, () => {
        expect(typed(text).map((e) => `${e.type}:${e.name}`)).not.toContain(`Product:${name}`);
      });
    }
  });

  describe("company facts, round 5", () => {
    for (const [text, source, predicate, target] of FOUND) {
      it(`finds ${source} ${predicate} ${target} in "${text}"`, () => {
        const all = facts(text);
        const hit = all.find((f) => f.line === `${source} ${predicate} ${target}`);
        expect(hit, all.map((f) => f.line).join("; ")).toBeDefined();
      });
    }
    for (const [text, source, predicate, target] of STATES) {
      it(`finds ${source} ${predicate} ${target} in "${text}"`, () => {
        const all = facts(text);
        const lines = all.map((f) => f.line);
        expect(
          lines.includes(`${source} ${predicate} ${target}`) || lines.includes(`${target} ${predicate} ${source}`),
          lines.join("; "),
        ).toBe(true);
      });
    }
    for (const [text, line] of REFUSED) {
      it(`refuses ${line} in "${text}"`, () => {
        const lines = facts(text).map((f) => f.line);
        expect(lines).not.toContain(line);
        // A partnership has no direction.
        const [source, predicate, target] = line.split(/ (PARTNERED_WITH) /);
        if (predicate) expect(lines).not.toContain(`${target} ${predicate} ${source}`);
      });
    }
  });
});
