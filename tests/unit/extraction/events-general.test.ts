// General event phrasings beyond placed talks: a coordinated subject that signs or announces an
// agreement (a leaders' meeting, a states' signing), and the sides of a deal named without any
// meeting ("X and Y are close to an agreement", "X could secure a deal with Y"). Sentences written
// for these tests (not copied from any article), positives and refusals.

import { describe, expect, it } from "vitest";
import { analyseDocument, extractCorpus } from "../../../src/extraction/index.ts";
import type { SourceDocument } from "../../../src/extraction/types.ts";
import { testDocument } from "../../_helpers/documents.ts";

function analyse(text: string): { lines: string[]; meetings: string[] } {
  const doc = testDocument(text, { date: "2025-06-12" });
  const a = analyseDocument(doc);
  const names = new Map(a.entities.map((e) => [e.id, e.name]));
  return {
    lines: a.relations.map((r) => `${names.get(r.source)} ${r.predicate} ${names.get(r.target)}`),
    meetings: a.entities.filter((e) => e.type === "Meeting").map((e) => e.name),
  };
}

/** True when `lines` holds "a PREDICATE b" in either direction (symmetric predicates). */
function hasPair(lines: string[], a: string, predicate: string, b: string): boolean {
  return lines.includes(`${a} ${predicate} ${b}`) || lines.includes(`${b} ${predicate} ${a}`);
}

describe("rules/talks", () => {
  describe("dealSides", () => {
    const positives: [string, string, string][] = [
      ["Canada and Brazil are close to an agreement that would lower duties on beef.", "Canada", "Brazil"],
      ["Norway and Chile sign free trade agreement", "Norway", "Chile"],
      ["Egypt could secure a deal with Japan this month to cut tariffs on cars.", "Egypt", "Japan"],
      ["Officials hailed the trade pact between Peru and Vietnam as a milestone.", "Peru", "Vietnam"],
      ["Kenya and the European Union reached a preliminary deal on fisheries.", "Kenya", "European Union"],
    ];
    it.each(positives)("finds the sides of a deal in %j", (text, a, b) => {
      expect(hasPair(analyse(text).lines, a, "NEGOTIATED_WITH", b)).toBe(true);
    });

    const refusals: [string, string, string][] = [
      // The coordinated pair criticises a third country's deal.
      ["Canada and Brazil criticised China's deal with Russia on grain.", "Canada", "Brazil"],
      // A demonym is no side: "Mexican steel".
      ["Peru increased imports of Mexican steel after a deal with Chile.", "Peru", "Mexico"],
      // The pair is in another clause than the deal noun.
      ["Canada and Brazil grew faster, while the deal stalled.", "Canada", "Brazil"],
      // Two countries named together with no deal at all.
      ["Canada and Brazil exported more beef in May.", "Canada", "Brazil"],
    ];
    it.each(refusals)("finds no sides in %j", (text, a, b) => {
      expect(hasPair(analyse(text).lines, a, "NEGOTIATED_WITH", b)).toBe(false);
    });
  });

  describe("dealSides (the two sides)", () => {
    it("reads 'the two sides' as the document's pair of states", () => {
      const { lines } = analyse(
        "Canada and Brazil have argued over beef for years. Canada and Brazil traded barbs again in May. Officials said the two sides are close to a deal on quotas.",
      );
      expect(hasPair(lines, "Canada", "NEGOTIATED_WITH", "Brazil")).toBe(true);
    });

    it("refuses 'the two sides' in a sentence naming a state outside the pair", () => {
      const { lines } = analyse(
        "Canada and Brazil have argued over beef for years. Canada and Brazil traded barbs again in May. Peru said the two sides are close to a deal on quotas.",
      );
      expect(hasPair(lines, "Canada", "NEGOTIATED_WITH", "Brazil")).toBe(false);
    });
  });
});

describe("stages/05-meetings", () => {
  describe("findJointDeal", () => {
    it("makes two leaders who announce an agreement together meet", () => {
      const { lines, meetings } = analyse(
        "On Tuesday, Canadian Prime Minister Mark Carney and Brazilian President Luiz Inacio Lula da Silva announced a political agreement on beef exports.",
      );
      const meeting = meetings.find((m) => /meeting/.test(m));
      expect(meeting).toBeDefined();
      expect(lines).toContain(`Mark Carney PARTICIPATED_IN ${meeting}`);
      expect(hasPair(lines, "Mark Carney", "MET_WITH", "Luiz Inacio Lula da Silva")).toBe(true);
    });

    it("makes two states that have signed an agreement hold a signing", () => {
      const { lines, meetings } = analyse("Norway and Chile have signed a free trade agreement, officials said.");
      const signing = meetings.find((m) => /signing/.test(m));
      expect(signing).toBeDefined();
      expect(lines).toContain(`Norway PARTICIPATED_IN ${signing}`);
      expect(lines).toContain(`Chile PARTICIPATED_IN ${signing}`);
    });

    const refusals: [string, string][] = [
      // Negotiators, not leaders, during talks: the talks are the event.
      [
        "Trade Minister Anna Berg and Commerce Secretary Paul Novak reached a tentative agreement during talks.",
        "meeting",
      ],
      // A dated past signing is recalled, not an event the article reports.
      ["On March 3, Norway and Chile signed a free trade agreement.", "signing"],
      // Announcing a plan is no agreement.
      ["Canada and Brazil announced new tariffs on steel.", "signing"],
    ];
    it.each(refusals)("makes no event of %j", (text, word) => {
      expect(analyse(text).meetings.filter((m) => m.includes(word))).toEqual([]);
    });
  });

  describe("findMeetings (events named after two sides)", () => {
    it("makes a forum named after two countries an event they take part in", () => {
      const { lines, meetings } = analyse(
        "Firms from Japan and Kenya announced the contract at the Japan-Kenya Business Forum, where President William Ruto praised the investors.",
      );
      const forum = meetings.find((m) => /Forum/.test(m));
      expect(forum).toBe("Japan-Kenya Business Forum");
      expect(lines).toContain(`Japan PARTICIPATED_IN ${forum}`);
      expect(lines).toContain(`Kenya PARTICIPATED_IN ${forum}`);
      expect(lines).toContain(`William Ruto PARTICIPATED_IN ${forum}`);
    });

    const refusals: string[] = [
      // A forum named after one body is a standing organisation, not an event of two sides.
      "Delegates from Norway attended the World Economic Forum, where bankers discussed tariffs.",
    ];
    it.each(refusals)("makes no two-sided event of %j", (text) => {
      expect(analyse(text).meetings.filter((m) => /Forum/.test(m))).toEqual([]);
    });
  });

  describe("findPlacedEvent (undated articles)", () => {
    it("keeps apart two undated articles' events at the same place", () => {
      const undated = (id: string, text: string): SourceDocument => ({
        id,
        fileName: `${id}.txt`,
        title: "",
        date: null,
        source: null,
        authors: [],
        text,
      });
      const out = extractCorpus([
        undated("a", "Finance ministers of the G20 held a meeting in Lima to discuss debt relief."),
        undated("b", "Mining executives gathered for a conference in Lima to discuss copper permits."),
      ]);
      expect(out.entities.filter((e) => e.type === "Meeting").length).toBe(2);
    });
  });

  describe("findVisit (the verb)", () => {
    it("keeps a named person's planned visit", () => {
      expect(
        analyse("President William Ruto plans to visit Lima in April.").meetings.some((m) => /visit/.test(m)),
      ).toBe(true);
    });

    const refusals: string[] = [
      "Senior officials visiting Lima have urged firms to invest.",
      "Each year thousands of investors visit Lima for the mining fair.",
    ];
    it.each(refusals)("makes no visit of plural visitors in %j", (text) => {
      expect(analyse(text).meetings.filter((m) => /visit/.test(m))).toEqual([]);
    });
  });
});

describe("rules/sides", () => {
  describe("mainCountryPair (a bloc acting as a state)", () => {
    it("puts a bloc and a country at the talks as their two sides", () => {
      const { lines } = analyse(
        "Negotiators from the European Union and Japan resumed talks in Tokyo on Monday. Japan has resisted cuts to rice duties.",
      );
      expect(lines).toContain("European Union PARTICIPATED_IN Tokyo trade talks");
      expect(hasPair(lines, "European Union", "NEGOTIATED_WITH", "Japan")).toBe(true);
    });

    it("does not make a standing body (the IMF) a side of the talks", () => {
      const { lines } = analyse(
        "Officials from the IMF and Japan resumed talks in Tokyo on Monday. Japan has resisted cuts to spending.",
      );
      expect(lines.filter((l) => l.startsWith("International Monetary Fund PARTICIPATED_IN"))).toEqual([]);
      expect(hasPair(lines, "International Monetary Fund", "NEGOTIATED_WITH", "Japan")).toBe(false);
    });
  });
});
