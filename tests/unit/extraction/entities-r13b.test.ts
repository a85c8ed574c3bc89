// Round 13b, precision on held-out text: what the entities owner's rules must no longer guess.
// Sentences written for these tests (not copied from any article), positives and refusals.

import { describe, expect, it } from "vitest";
import { readText } from "../../_helpers/documents.ts";

/** The relations of `text` as "source PREDICATE target". */
const lines = (text: string): string[] => readText(text, { date: "2025-06-12" }).lines;

type Row = [text: string, line: string];

describe("officialRepresentsRule (a post speaks for a state in dealings, or when the official speaks)", () => {
  const positives: Row[] = [
    [
      "Ghanaian Trade Minister Kofi Mensah said the negotiations with Togo on cocoa exports would resume next week.",
      "Kofi Mensah REPRESENTS Ghana",
    ],
    [
      "Poland's Foreign Minister Anna Nowak said the gas talks with Hungary had stalled over pricing.",
      "Anna Nowak REPRESENTS Poland",
    ],
  ];
  it.each(positives)("reads %j → %s", (text, line) => {
    expect(lines(text)).toContain(line);
  });

  // Round 16b: the audited gold's convention (an official who speaks or announces for the state
  // represents it) replaces round 13b's refusals of these two: a minister who speaks, with or
  // without dealings, represents the state.
  const speakers: Row[] = [
    [
      "Chilean Mining Minister Rosa Vidal said Peru, Bolivia and Argentina all produce lithium more cheaply.",
      "Rosa Vidal REPRESENTS Chile",
    ],
    [
      "Canadian Energy Minister Paul Leduc said the pipeline permit would be granted in May. Leduc added that hearings were over.",
      "Paul Leduc REPRESENTS Canada",
    ],
  ];
  it.each(speakers)("reads a speaker %j → %s", (text, line) => {
    expect(lines(text)).toContain(line);
  });
});

describe("placeHierarchyRule (a body inside the body that owns it)", () => {
  const positives: Row[] = [
    [
      "The Energy Department's Loan Programs Office approved the loan for the lithium plant in Nevada.",
      "Loan Programs Office PART_OF Energy Department",
    ],
    [
      "The Commerce Department's Bureau of Industry and Security added the firms to its list.",
      "Bureau of Industry and Security PART_OF Commerce Department",
    ],
  ];
  it.each(positives)("reads %j → %s", (text, line) => {
    expect(lines(text)).toContain(line);
  });

  // A possessive alone does not say that a body with no unit word in its name sits inside the owner.
  const refusals: Row[] = [
    [
      "The Commerce Ministry's Trade Remedies Authority opened a probe into steel imports.",
      "Trade Remedies Authority PART_OF Commerce Ministry",
    ],
  ];
  it.each(refusals)("refuses %j → %s", (text, line) => {
    expect(lines(text)).not.toContain(line);
  });
});
