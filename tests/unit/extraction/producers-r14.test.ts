// Round 14 of issue 13 (producers), on sentences written for this test (none taken from any
// corpus). A state that is the world's single largest (biggest, top) producer of a good
// dominates it (not "one of", not the second, not "leading", not a rank within a region); "control"
// and "command" say dominance only with a share or the market they hold ("controls 60% of",
// "controls the global supply of"), not a state's rule over its goods ("an effort to control its
// minerals", "moved to control exports").

import { describe } from "vitest";
import { analyseDocument } from "../../../src/extraction/index.ts";
import { readText, testDocument } from "../../_helpers/documents.ts";
import { itReadsRows, type ReadingRow } from "../../_helpers/rows.ts";

const lines = (text: string) => readText(text, { date: "2025-10-02" }).lines;

describe("the world's single largest producer (a state) dominates the good", () => {
  const rows: ReadingRow[] = [
    ["Peru is the world's biggest tellurium producer, analysts say.", "Peru DOMINATES tellurium", null],
    ["Norway, the world's top vanadium supplier, cut shipments in May.", "Norway DOMINATES vanadium", null],
    // "One of", a second rank, a rank within a region: production at most.
    ["Chile is one of the world's largest rhenium producers.", null, "Chile DOMINATES rhenium"],
    ["Peru, the world's second-largest zinc producer, raised output.", null, "Peru DOMINATES zinc"],
    ["Gabon is Africa's largest manganese producer.", null, "Gabon DOMINATES manganese"],
  ];
  itReadsRows(rows, lines);
});

describe("'control' is dominance only with a share or a market", () => {
  const rows: ReadingRow[] = [
    ["Chile controls 60% of the world's rhenium.", "Chile DOMINATES rhenium", null],
    ["Norway controls most of the global supply of vanadium.", "Norway DOMINATES vanadium", null],
    // A state's rule over its own goods or their trade.
    ["Zambia began a drive to control its cobalt and curb smuggling.", null, "Zambia DOMINATES cobalt"],
    ["Peru moved to control exports of tellurium last week.", null, "Peru DOMINATES tellurium"],
  ];
  itReadsRows(rows, lines);
});

describe("a sale barred or stopped names no buyer, wherever else the buyer is named", () => {
  const rows: ReadingRow[] = [
    // The buyer named first as the one whose measure is told, then as the sale's end.
    [
      "After Japan's new duties, Harbour Metals halted all shipments of cobalt to Japan.",
      null,
      "Japan PURCHASES cobalt",
    ],
    ["Harbour Metals said it was ceasing shipments of lithium to Peru.", null, "Peru PURCHASES lithium"],
    ["Harbour Metals shipped 40,000 tonnes of lithium to Peru in May.", "Peru PURCHASES lithium", null],
  ];
  itReadsRows(rows, lines);
});

describe("a class of goods that names none stands for the goods listed after it", () => {
  const rows: ReadingRow[] = [
    ["Harbour Metals produces several metals, including cobalt and nickel.", "Harbour Metals PRODUCES nickel", null],
    ["Harbour Metals refines metals such as gallium and germanium.", "Harbour Metals PRODUCES germanium", null],
    ["Egypt agreed to buy more goods, including wheat and beef.", "Egypt PURCHASES beef", null],
    // A class the firm does not make: the goods listed after another phrase are not its own.
    [
      "Harbour Metals produces batteries for carmakers that use metals including cobalt.",
      null,
      "Harbour Metals PRODUCES cobalt",
    ],
  ];
  itReadsRows(rows, lines);
});

describe("a site's output is its owner's", () => {
  const rows: ReadingRow[] = [
    [
      "Harbour Metals said the new refinery would produce 300 tonnes of germanium a year.",
      "Harbour Metals PRODUCES germanium",
      null,
    ],
    ["Harbour Metals said its Texas factory, which makes magnets, reopened.", "Harbour Metals PRODUCES magnets", null],
    [
      "Kestrel Motors' plant will build electric vehicles from 2027.",
      "Kestrel Motors PRODUCES electric vehicles",
      null,
    ],
    // Two firms named: whose site it is is not told.
    ["Harbour Metals and Osprey Mining said the plant would produce cobalt.", null, "Harbour Metals PRODUCES cobalt"],
    // A site that does not produce the good: it needs it.
    ["Harbour Metals said the plant needs cobalt from Peru.", null, "Harbour Metals PRODUCES cobalt"],
  ];
  itReadsRows(rows, lines);
});

describe("a class noun set after a good stands for it, and the firms that make it", () => {
  const rows: ReadingRow[] = [
    [
      "The duty covers cheap drones from Peru—goods mostly made by small firms like Kestrel Devices and Orbin Labs.",
      "Kestrel Devices PRODUCES drones",
      null,
    ],
    [
      "The probe covers memory-free analog chips, products supplied by Kestrel Devices.",
      "Kestrel Devices PRODUCES analog chips",
      null,
    ],
    // Sold or bought is not made.
    ["The levy hits drones, goods sold by Kestrel Devices.", null, "Kestrel Devices PRODUCES drones"],
    ["The levy hits drones, goods bought by Kestrel Devices.", null, "Kestrel Devices PRODUCES drones"],
  ];
  itReadsRows(rows, lines);
});

describe("analog chips are a product of their own", () => {
  const rows: ReadingRow[] = [
    ["China opened an anti-dumping probe into US analog chips.", "Product analog chips", "Product semiconductors"],
    ["The probe covers analog integrated circuit (IC) chips from the US.", "Product analog chips", null],
  ];
  itReadsRows(rows, (text) =>
    analyseDocument(testDocument(text, { date: "2025-10-02" })).entities.map((e) => `${e.type} ${e.name}`),
  );
});

describe("the firm that owns or operates a site yields the good its clause names", () => {
  const rows: ReadingRow[] = [
    [
      "Peru mines about 900 tonnes of tellurium at a coastal plant owned by Harbour Metals.",
      "Harbour Metals PRODUCES tellurium",
      null,
    ],
    ["Kestrel Motors buys cobalt from two mines operated by Osprey Mining.", "Osprey Mining PRODUCES cobalt", null],
    // Another clause's good.
    ["Kestrel Motors buys cobalt, and a plant owned by Osprey Mining closed.", null, "Osprey Mining PRODUCES cobalt"],
  ];
  itReadsRows(rows, lines);
});
