// The mention stage's cheaper lookups (stages/03-mentions.ts and matcher.ts), each checked on
// sentences written for the test: the phrase matcher's bucket remembered per token text, and
// `writtenInside` (is a sentence-initial word also written inside a sentence?), which looks for
// a few words one by one before it indexes the whole document.

import { describe, expect, it } from "vitest";
import { PhraseMatcher } from "../../../src/extraction/matcher.ts";
import { tokenizeText } from "../../../src/extraction/stages/02-tokens.ts";
import { findMentions } from "../../../src/extraction/stages/03-mentions.ts";

describe("extraction/matcher", () => {
  describe("PhraseMatcher.matchAt", () => {
    const matcher = new PhraseMatcher(
      [
        { phrase: "rare earth magnets", value: "magnets" },
        { phrase: "rare earths", value: "earths" },
        { phrase: "U.S.", value: "us" },
      ],
      false,
    );
    const matches = (text: string) => {
      const { tokens } = tokenizeText(text);
      const out: string[] = [];
      for (let i = 0; i < tokens.length; i++) {
        const hit = matcher.matchAt(text, tokens, i);
        if (hit) out.push(`${hit.value}:${hit.phrase}`);
      }
      return out;
    };

    it("finds a phrase whatever the case of its words, in one document after another", () => {
      expect(matches("Rare earths and rare earth magnets left the U.S. port.")).toEqual([
        "earths:Rare earths",
        "magnets:rare earth magnets",
        "us:U.S.",
      ]);
      // The same token texts again, other neighbours: the remembered buckets change nothing.
      expect(matches("Rare ores, not rare earths, were shipped; rare earth prices rose in the U.S.")).toEqual([
        "earths:rare earths",
        "us:U.S.",
      ]);
      expect(matches("RARE EARTHS rose.")).toEqual(["earths:RARE EARTHS"]);
    });
  });
});

describe("extraction/stages/03-mentions", () => {
  describe("findMentions (a sentence-initial English word)", () => {
    // Nine sentence-initial English words that moved, then the one the document also writes inside
    // a sentence: past the words looked for one by one, the document's words are indexed.
    const MOVES = [
      "Prices rose 3%.",
      "Exports fell 2%.",
      "Imports rose 1%.",
      "Sales fell 4%.",
      "Profits rose 2%.",
      "Costs fell 3%.",
      "Margins rose 5%.",
      "Rates fell 1%.",
      "Volumes rose 2%.",
    ];
    const names = (text: string) => findMentions(text, tokenizeText(text)).map((m) => `${m.type}:${m.text}:${m.rule}`);

    it("types no firm for an English word that only opens sentences", () => {
      for (const text of [MOVES.slice(0, 2).join(" "), MOVES.join(" ")]) {
        expect(names(text).filter((n) => n.startsWith("Company"))).toEqual([]);
      }
    });

    it("types a firm for a word the document also writes inside a sentence, early or late", () => {
      const kestrel = "Kestrel fell 7%. Investors sold shares in Kestrel.";
      const moved = "Company:Kestrel:context-stock-move";
      expect(names("Kestrel fell 7%.")).not.toContain(moved);
      expect(names(kestrel)).toContain(moved);
      expect(names(`${MOVES.join(" ")} ${kestrel}`)).toContain(moved);
      expect(names(`${kestrel} ${MOVES.join(" ")}`)).toContain(moved);
      expect(names(`${MOVES.join(" ")} Kestrel fell 7%.`)).not.toContain(moved);
    });
  });
});
