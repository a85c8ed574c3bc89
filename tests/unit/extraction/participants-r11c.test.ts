// Participants, round 11c of issue 13: "talks between X and US President Y" names two people, the
// state before the second only qualifying him; their talks are the two leaders' own meeting, not
// the document's main talks of their negotiators. Every sentence here is written for these tests
// (not copied from any article): positives and refusals.

import { describe, expect, it } from "vitest";
import { readText, type TextReading } from "../../_helpers/documents.ts";

const analyse = (text: string): TextReading => readText(`Report\n${text}`, { date: "2025-06-12" });

const MAIN =
  "Brazilian Trade Minister Paulo Ferreira and US Trade Representative Laura Whitfield opened two days of trade talks in Lisbon on Monday.";

describe("stages/05-meetings, round 11c", () => {
  // [second sentence, the leader who must not be filed at the negotiators' talks, the leaders' pair]
  const rows: [string, string, [string, string]][] = [
    [
      "The round prepares expected talks next month between Marcos Vale and US President Henry Doyle.",
      "Marcos Vale",
      ["Vale", "Doyle"],
    ],
    [
      "Both sides hope it clears the way for talks between Henry Doyle and Brazil President Marcos Vale in the autumn.",
      "Henry Doyle",
      ["Doyle", "Vale"],
    ],
  ];
  it.each(rows)("keeps the leaders out of the negotiators' talks: %j", (second, leader, [a, b]) => {
    const read = analyse(`${MAIN} ${second}`);
    const main = read.lines.find((l) => l.startsWith("Paulo Ferreira PARTICIPATED_IN "));
    expect(main, read.lines.join("\n")).toBeDefined();
    const talks = main!.slice("Paulo Ferreira PARTICIPATED_IN ".length);
    expect(read.lines).not.toContain(`${leader} PARTICIPATED_IN ${talks}`);
    const own = read.lines.find((l) => l.startsWith(`${leader} PARTICIPATED_IN `) && l.includes(a) && l.includes(b));
    expect(own, read.lines.join("\n")).toBeDefined();
  });

  it("still reads two states after 'between' as the talks' sides", () => {
    const read = analyse(`${MAIN} The talks between Brazil and the United States will resume in July.`);
    expect(read.lines.some((l) => /^Brazil PARTICIPATED_IN /.test(l))).toBe(true);
    expect(read.lines.some((l) => /^United States PARTICIPATED_IN /.test(l))).toBe(true);
  });

  describe("delegation-sides (a lone side away from any event of its sentence)", () => {
    const LEAD =
      "Chilean Finance Minister Rosa Ibarra and Peruvian Finance Minister Tomas Quiroga held trade talks in Quito on Tuesday.";
    // [later sentence, the state, whether it is put at the talks]
    const rows: [string, string, boolean][] = [
      ["Traders expect the Bolivian side to lower its duties on copper wire.", "Bolivia", false],
      ["Officials said the Bolivian side would publish new quotas in the spring.", "Bolivia", false],
      ["A Bolivian delegation joined them as observers on Wednesday.", "Bolivia", true],
    ];
    it.each(rows)("%j: %s at the talks is %s", (later, state, filed) => {
      const read = analyse(`${LEAD} ${later}`);
      const talks = read.lines.find((l) => l.startsWith("Rosa Ibarra PARTICIPATED_IN "));
      expect(talks, read.lines.join("\n")).toBeDefined();
      const line = `${state} PARTICIPATED_IN ${talks!.slice("Rosa Ibarra PARTICIPATED_IN ".length)}`;
      if (filed) expect(read.lines).toContain(line);
      else expect(read.lines).not.toContain(line);
    });
  });

  describe("talks written as a course, not a meeting", () => {
    // [sentence, whether a meeting of the two states is filed]
    const rows: [string, boolean][] = [
      ["The carmaker welcomed recent developments in trade negotiations between Kenya and Ghana.", false],
      ["Analysts saw little progress in the talks between Kenya and Ghana this year.", false],
      // Round 25b: two states' talks held nowhere with no one at them are no meeting, dated or not.
      ["Talks between Kenya and Ghana opened on Monday.", false],
    ];
    it.each(rows)("%j files the states' talks: %s", (text, filed) => {
      const read = analyse(text);
      const hit = read.lines.some((l) => /^Kenya PARTICIPATED_IN /.test(l));
      expect(hit, read.lines.join("\n")).toBe(filed);
    });
  });
});
