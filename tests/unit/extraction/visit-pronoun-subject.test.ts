// Meetings, round 25 of issue 13: "his visit" in a sentence opening with "He" is the visit of the
// person "He" stands for (the sentence before's subject), not of a person the clause names as its
// object. Every sentence here is written for these tests.

import { describe, expect, it } from "vitest";
import { readText } from "../../_helpers/documents.ts";

const analyse = (text: string) => readText(text, { date: "2025-06-12" });

describe("meetings: a visit's 'his' after an opening 'He'", () => {
  it("gives the visit to the subject before, not to the clause's object", () => {
    const read = analyse(
      "Prime Minister Nora Eklund, speaking on her plane, said the summit went well. She said she had no time to meet opposition leader Paul Varga during her visit to Chile.",
    );
    expect(read.lines, JSON.stringify(read.lines)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Nora Eklund PARTICIPATED_IN Eklund visit to Chile$/)]),
    );
    expect(read.lines.filter((l) => /^Paul Varga PARTICIPATED_IN .*visit/.test(l))).toEqual([]);
  });

  it("keeps the subject that opens the sentence itself", () => {
    const read = analyse("Prime Minister Nora Eklund met President Paul Varga during her visit to Chile on Tuesday.");
    expect(read.lines, JSON.stringify(read.lines)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Nora Eklund PARTICIPATED_IN Eklund visit to Chile$/)]),
    );
  });
});
