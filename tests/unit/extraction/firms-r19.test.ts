// Round 19b of issue 13 (firms): a firm named by a description ("the Australian group", "the
// Seoul-based miner", "the mining giant") stands for the one firm named before it, as "the company"
// does, never for the state its demonym names. Every sentence is written for this test; the firms
// are invented, the states are generic knowledge.

import { describe } from "vitest";
import { factTable, readText } from "../../_helpers/documents.ts";

const read = (text: string) => readText(text, { date: "2025-09-12" }).lines;

/** One firm named, then described. */
const ONE = "Harrowgate Metals Ltd reopened a zinc mine in Ontario last spring. ";
/** Two firms named: a description has two candidates and stands for neither. */
const TWO = "Harrowgate Metals Ltd and Brisk Ore Corp reopened zinc mines in Ontario last spring. ";

describe("firms r19: a firm's description with its origin or its trade stands for the firm named before", () => {
  factTable(
    read,
    [
      [
        `${ONE}The Australian group will take a 25% stake in Pellucid Cobalt Inc.`,
        "Harrowgate Metals Ltd INVESTED_IN Pellucid Cobalt Inc.",
      ],
      [
        `${ONE}The Perth-based group agreed to buy a stake in Pellucid Cobalt Inc.`,
        "Harrowgate Metals Ltd INVESTED_IN Pellucid Cobalt Inc.",
      ],
      [
        `${ONE}The group acquired a 10% interest in Pellucid Cobalt Inc for $40 million.`,
        "Harrowgate Metals Ltd INVESTED_IN Pellucid Cobalt Inc",
      ],
      [
        `${ONE}The Canadian explorer will take a 30% stake in Pellucid Cobalt Inc.`,
        "Harrowgate Metals Ltd INVESTED_IN Pellucid Cobalt Inc.",
      ],
    ],
    [
      // The demonym tells where the firm is from: the state takes no stake.
      [
        `${ONE}The Australian group will take a 25% stake in Pellucid Cobalt Inc.`,
        "Australia INVESTED_IN Pellucid Cobalt Inc.",
      ],
      // Two firms before the description: it stands for neither.
      [
        `${TWO}The Australian group will take a 25% stake in Pellucid Cobalt Inc.`,
        "Harrowgate Metals Ltd INVESTED_IN Pellucid Cobalt Inc.",
      ],
      [
        `${TWO}The Australian group will take a 25% stake in Pellucid Cobalt Inc.`,
        "Brisk Ore Corp INVESTED_IN Pellucid Cobalt Inc.",
      ],
      // A description followed by its own name introduces another firm.
      [
        `${ONE}The Australian group Tessaract Holdings will take a stake in Pellucid Cobalt Inc.`,
        "Harrowgate Metals Ltd INVESTED_IN Pellucid Cobalt Inc.",
      ],
    ],
  );
});
