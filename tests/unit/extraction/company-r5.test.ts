// Company facts of round 5 of issue 13 on sentences written for this test (none taken from any
// corpus): the firms a plural producer noun lists ("cobalt producers such as X and Y", "X and Y,
// the world's largest producers of Z"), a firm called a smelter, a firm's line of business
// ("specialises in", "is focused on producing"), partnerships among three parties and pacts,
// "joined forces with"; then sentences where the fact must be refused (buyers listed, joining a
// bloc, leaders who jointly witness a signing).

import { describe, expect, it } from "vitest";
import { readText } from "../../_helpers/documents.ts";

type Fact = [text: string, source: string, predicate: string, target: string];

const facts = (text: string) => readText(text, { date: "2025-09-12" }).facts;

const FOUND: Fact[] = [
  // A plural producer noun and the firms it lists.
  [
    "Nickel producers, including Osprey Mining Ltd and Tanager Metals Corp, cut output.",
    "Osprey Mining Ltd",
    "PRODUCES",
    "nickel",
  ],
  [
    "Nickel producers, including Osprey Mining Ltd and Tanager Metals Corp, cut output.",
    "Tanager Metals Corp",
    "PRODUCES",
    "nickel",
  ],
  [
    "Cobalt producers such as Kestrel Mining Ltd and Borel Resources Inc raised prices.",
    "Borel Resources Inc",
    "PRODUCES",
    "cobalt",
  ],
  [
    "Most lithium miners, including big players like Kestrel Mining Ltd and Borel Resources Inc, halted shipments.",
    "Kestrel Mining Ltd",
    "PRODUCES",
    "lithium",
  ],
  ["Magnet makers like Zentrix Corp lobbied Brussels.", "Zentrix Corp", "PRODUCES", "magnets"],
  [
    "Kestrel Mining Ltd and Borel Resources Inc, the world's largest producers of copper, agreed to a merger.",
    "Kestrel Mining Ltd",
    "PRODUCES",
    "copper",
  ],
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
  ["Zentrix Corp specializes in electric vehicles.", "Zentrix Corp", "PRODUCES", "electric vehicles"],
  ["Founded in 2019, Kestrel Mining Ltd specialises in lithium.", "Kestrel Mining Ltd", "PRODUCES", "lithium"],
  [
    "Borel Resources Inc is focused on producing and recycling critical minerals.",
    "Borel Resources Inc",
    "PRODUCES",
    "critical minerals",
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

const REFUSED: [text: string, line: string][] = [
  // Buyers and investors listed are not producers; the good must be the noun's.
  ["Copper buyers, including Kestrel Mining Ltd, complained about prices.", "Kestrel Mining Ltd PRODUCES copper"],
  ["Kestrel Mining Ltd bought copper from producers like Borel Resources Inc.", "Kestrel Mining Ltd PRODUCES copper"],
  // A smelter the text places in a country is a plant, not the country.
  ["The United States has only one zinc smelter.", "United States PRODUCES zinc"],
  // What a firm watches or buys is not what it makes.
  ["Borel Resources Inc is focused on copper prices this year.", "Borel Resources Inc PRODUCES copper"],
  // Joining a bloc or a meeting is no partnership.
  ["Trump said he would not mind China joining the G7.", "China PARTNERED_WITH G7"],
  ["Canada joined the talks with Mexico on Monday.", "Canada PARTNERED_WITH Mexico"],
  // Leaders who jointly witness a signing are its guests.
  [
    "The signing was jointly witnessed by Chinese Premier Li Qiang and Malaysian Prime Minister Anwar Ibrahim.",
    "China PARTNERED_WITH Malaysia",
  ],
];

describe("extraction", () => {
  describe("company facts, round 5", () => {
    for (const [text, source, predicate, target] of FOUND) {
      it(`finds ${source} ${predicate} ${target} in "${text}"`, () => {
        const all = facts(text);
        const hit = all.find((f) => f.line === `${source} ${predicate} ${target}`);
        expect(hit, all.map((f) => f.line).join("; ")).toBeDefined();
      });
    }
    for (const [text, line] of REFUSED) {
      it(`refuses ${line} in "${text}"`, () => {
        expect(facts(text).map((f) => f.line)).not.toContain(line);
      });
    }
  });
});
