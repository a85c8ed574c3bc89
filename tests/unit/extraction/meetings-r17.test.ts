// Meetings, round 17 of issue 13: a meeting goes by the names of the people who took part in it
// ("Lins visit", "Otieno-Costa-Prado talks", "Grace Otieno-Paulo Costa call"), as readers and
// annotators name it, besides its place and sides; an organisation's summit does not. Every
// sentence here is written for these tests.

import { describe, expect, it } from "vitest";
import { meetingWith, readText } from "../../_helpers/documents.ts";

const analyse = (text: string) => readText(text, { date: "2025-06-12" });

describe("stages/05-meetings, round 17", () => {
  describe("a meeting is named by its one to three people", () => {
    const rows: [string, string[]][] = [
      [
        "Brazil's chief trade envoy Marta Lins wrapped up a three-day visit to Ottawa on Friday, holding talks with Canadian officials.",
        ["Lins", "visit"],
      ],
      ["Canadian Trade Minister Paul Roy held talks with Mexican officials in Toronto on Tuesday.", ["Roy", "talks"]],
      [
        "The Kenyan minister, Grace Otieno, will travel to Brasilia next week for talks with Brazilian Finance Minister Paulo Costa and Trade Minister Lia Prado.",
        ["Otieno", "Costa", "Prado", "talks"],
      ],
      [
        "Kenyan Finance Minister Grace Otieno spoke by phone with Brazilian Finance Minister Paulo Costa on Monday about the grain levy.",
        ["Grace", "Otieno", "Paulo", "Costa", "call"],
      ],
    ];
    for (const [text, words] of rows)
      it(`names it ${words.join(" ")}: ${JSON.stringify(text.slice(0, 60))}`, () => {
        const read = analyse(text);
        expect(meetingWith(read, words), JSON.stringify(read.meetings)).toBeDefined();
      });
  });

  describe("an organisation's summit is not named after two who attend it", () => {
    it("keeps the bloc's name", () => {
      const read = analyse(
        "Indonesian President Ana Ruiz and Thai Prime Minister Paul Roy attended the ASEAN summit in Jakarta on Monday.",
      );
      expect(meetingWith(read, ["ASEAN", "summit"])).toBeDefined();
      expect(meetingWith(read, ["Ruiz", "Roy"]), JSON.stringify(read.meetings)).toBeUndefined();
    });
  });
});
