// Round 15 of issue 13 (producers): a paraphrase table of the ways news tells who makes, who
// dominates and who buys a good, written for this test (no sentence taken from any corpus), with
// the negatives (negation, denial, another party) each reading must refuse.

import { describe } from "vitest";
import { readText } from "../../_helpers/documents.ts";
import { itReadsRows, type ReadingRow } from "../../_helpers/rows.ts";

const lines = (text: string) => readText(text, { date: "2025-10-02" }).lines;

describe("production: verb frames, noun frames, relative clauses, coordination", () => {
  const rows: ReadingRow[] = [
    ["Larkspur Resources mines copper in northern Chile.", "Larkspur Resources PRODUCES copper", null],
    ["Cobalt is refined by Tamarin Alloys at a plant in Finland.", "Tamarin Alloys PRODUCES cobalt", null],
    ["Tamarin Alloys, which processes nickel, reported a loss.", "Tamarin Alloys PRODUCES nickel", null],
    ["Nickel producer Tamarin Alloys cut 300 jobs.", "Tamarin Alloys PRODUCES nickel", null],
    ["Tamarin Alloys' lithium output rose 12% in the quarter.", "Tamarin Alloys PRODUCES lithium", null],
    ["Larkspur Resources and Tamarin Alloys both produce tungsten.", "Tamarin Alloys PRODUCES tungsten", null],
    ["Larkspur Resources produced 40,000 tonnes of zinc last year.", "Larkspur Resources PRODUCES zinc", null],
    // Another party's act: buying or importing a good is not making it.
    ["Tamarin Alloys buys cobalt from Peru.", null, "Tamarin Alloys PRODUCES cobalt"],
    ["Japan imports lithium from Chile.", null, "Japan PRODUCES lithium"],
  ];
  itReadsRows(rows, lines);
});

describe("a negated or denied act gives no fact", () => {
  const rows: ReadingRow[] = [
    ["Tamarin Alloys does not produce cobalt.", null, "Tamarin Alloys PRODUCES cobalt"],
    ["Tamarin Alloys denied producing cobalt.", null, "Tamarin Alloys PRODUCES cobalt"],
    ["Tamarin Alloys has never mined cobalt.", null, "Tamarin Alloys PRODUCES cobalt"],
    ["India denied buying Russian oil.", null, "India PURCHASES crude oil"],
    ["India denies that it buys Russian oil.", null, "India PURCHASES crude oil"],
  ];
  itReadsRows(rows, lines);
});

describe("purchases: who buys, whichever side the sentence starts from", () => {
  const rows: ReadingRow[] = [
    ["Egypt imports wheat from Ukraine.", "Egypt PURCHASES wheat", "Ukraine PURCHASES wheat"],
    ["Ukraine exports corn to Egypt.", "Egypt PURCHASES corn", "Ukraine PURCHASES corn"],
    ["India cut its imports of Russian oil.", "India PURCHASES crude oil", "Russia PURCHASES crude oil"],
    ["India is reducing its purchases of Russian oil.", "India PURCHASES crude oil", "Russia PURCHASES crude oil"],
    ["Brazilian soybeans are shipped to China.", "China PURCHASES soybeans", "Brazil PURCHASES soybeans"],
    [
      "Kestrel Motors buys magnets from Tamarin Alloys.",
      "Kestrel Motors PURCHASES magnets",
      "Tamarin Alloys PURCHASES magnets",
    ],
    [
      "Tamarin Alloys supplies magnets to Kestrel Motors.",
      "Kestrel Motors PURCHASES magnets",
      "Tamarin Alloys PURCHASES magnets",
    ],
    ["Kestrel Motors is a big buyer of cobalt.", "Kestrel Motors PURCHASES cobalt", null],
    ["Ukraine sells corn to many countries.", null, "Ukraine PURCHASES corn"],
  ];
  itReadsRows(rows, lines);
});

describe("dominance: a dominant share, a grip, the world's single largest producer", () => {
  const rows: ReadingRow[] = [
    ["Chile controls about 70% of global lithium supply.", "Chile DOMINATES lithium", null],
    ["Indonesia's grip on the nickel market has tightened.", "Indonesia DOMINATES nickel", null],
    ["China has used its dominance in the processing of graphite as leverage.", "China DOMINATES graphite", null],
    ["Chinese dominance of the graphite market worries buyers.", "China DOMINATES graphite", null],
    // A small share, a state's rule over its trade, a regional rank, a hope.
    ["Chile accounts for 20% of global lithium supply.", null, "Chile DOMINATES lithium"],
    ["Japan moved to control exports of gallium.", null, "Japan DOMINATES gallium"],
    ["Brazil is Latin America's largest nickel producer.", null, "Brazil DOMINATES nickel"],
    ["Peru hopes to dominate the tin market one day.", null, "Peru DOMINATES tin"],
  ];
  itReadsRows(rows, lines);
});

describe("a state's adjective on a maker or on dominance names the state", () => {
  const rows: ReadingRow[] = [
    ["Chilean producers of lithium raised their prices.", "Chile PRODUCES lithium", null],
    ["Chilean lithium miners raised their prices.", "Chile PRODUCES lithium", null],
    ["Korean makers of magnets supplying Kestrel Motors were hit.", "South Korea PRODUCES magnets", null],
    ["Chinese dominance of the graphite market worries buyers.", "China DOMINATES graphite", null],
    // The good is another phrase's, or the firm is a trader.
    [
      "The plan will speed up output of magnets for American manufacturers, the minister said.",
      null,
      "United States PRODUCES magnets",
    ],
    ["Buyers want to rely less on Chinese graphite suppliers.", null, "China PRODUCES graphite"],
  ];
  itReadsRows(rows, lines);
});

describe("a firm that is the world's single largest producer dominates the good", () => {
  const rows: ReadingRow[] = [
    ["Tamarin Alloys, the world's largest cobalt producer, cut output.", "Tamarin Alloys DOMINATES cobalt", null],
    ["Tamarin Alloys is the world's top producer of vanadium.", "Tamarin Alloys DOMINATES vanadium", null],
    // One of several, or a regional rank: production only.
    [
      "Tamarin Alloys, one of the world's largest cobalt producers, cut output.",
      null,
      "Tamarin Alloys DOMINATES cobalt",
    ],
    ["Tamarin Alloys is Europe's largest zinc producer.", null, "Tamarin Alloys DOMINATES zinc"],
  ];
  itReadsRows(rows, lines);
});

describe("a passive or perfect the tagger splits, and an apposition to a list", () => {
  const rows: ReadingRow[] = [
    ["Cobalt is mined by Tamarin Alloys and Osprey Mining.", "Osprey Mining PRODUCES cobalt", null],
    ["Most of the nickel was refined by Tamarin Alloys.", "Tamarin Alloys PRODUCES nickel", null],
    [
      "Tamarin Alloys and Osprey Mining, the world's two largest cobalt producers, cut output.",
      "Tamarin Alloys PRODUCES cobalt",
      null,
    ],
    [
      "Tamarin Alloys and Osprey Mining, the world's two largest cobalt producers, cut output.",
      "Osprey Mining PRODUCES cobalt",
      null,
    ],
    // A singular apposition is the last name's only; "refined" before a noun is an adjective.
    ["Kestrel Motors and Osprey Mining, a cobalt producer, signed a deal.", null, "Kestrel Motors PRODUCES cobalt"],
    ["What Kestrel Motors buys is refined cobalt from Peru.", null, "Kestrel Motors PRODUCES cobalt"],
  ];
  itReadsRows(rows, lines);
});

describe("a trade flow that is a measure's object names no buyer", () => {
  const rows: ReadingRow[] = [
    ["A 40% tariff on Peru's imports of copper takes effect in May.", null, "Peru PURCHASES copper"],
    ["A 50-percent tariff on U.S. imports of copper will take effect.", null, "United States PURCHASES copper"],
    ["The rules demand stricter reviews of end use for graphite exports to Japan.", null, "Japan PURCHASES graphite"],
    ["Chile imposed curbs on sales of lithium to Korea.", null, "South Korea PURCHASES lithium"],
    // The same flows told as facts.
    ["Peru's imports of copper rose 8% in May.", "Peru PURCHASES copper", null],
    ["Sales of lithium to Korea doubled last year.", "South Korea PURCHASES lithium", null],
  ];
  itReadsRows(rows, lines);
});

describe("a registry verb's '-s' form after 'which' is the relative clause's verb", () => {
  const rows: ReadingRow[] = [
    [
      "Japan buys gallium from China, which accounts for 80% of global gallium output.",
      "China DOMINATES gallium",
      null,
    ],
    [
      "Japan buys gallium from China, which accounts for 80% of global gallium output.",
      null,
      "Japan DOMINATES gallium",
    ],
    // A small share is no dominance.
    ["Japan buys zinc from Peru, which accounts for 15% of global zinc output.", null, "Peru DOMINATES zinc"],
  ];
  itReadsRows(rows, lines);
});
