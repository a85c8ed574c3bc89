// A minister's state in a story led by the United States (round 27 of issue 13): the United
// States has no ministers, so "Trade Minister X" with no state written is the post of the one other
// state the document names; with two other states, or a post the United States has, none is
// guessed. Every sentence was written for this test.

import { describe, expect, it } from "vitest";
import { givesFact } from "../../_helpers/documents.ts";

describe("a minister's state in a story led by the United States (round 27)", () => {
  const found: [text: string, fact: string][] = [
    [
      "Offer sent to US\n\nTrade Minister Kofi Asante said the offer answers the issues the US raised. The US set 30% tariffs on goods from Ghana. The US wants more access.",
      "Kofi Asante HOLDS_POSITION Ghana",
    ],
    [
      "Talks with US\n\nMines Minister Lerato Dube said the US had asked for a deal. The US buys platinum from Zimbabwe. US officials met on Monday.",
      "Lerato Dube HOLDS_POSITION Zimbabwe",
    ],
  ];
  for (const [text, fact] of found)
    it(`reads ${fact}`, () => {
      expect(givesFact(text, fact)).toBe(true);
    });

  const refused: [text: string, fact: string][] = [
    // Two other states: no guess between them.
    [
      "Offer sent to US\n\nTrade Minister Kofi Asante said the offer answers the issues the US raised. The US set tariffs on Ghana and Togo. The US wants more access.",
      "Kofi Asante HOLDS_POSITION Ghana",
    ],
    [
      "Offer sent to US\n\nTrade Minister Kofi Asante said the offer answers the issues the US raised. The US set tariffs on Ghana and Togo. The US wants more access.",
      "Kofi Asante HOLDS_POSITION Togo",
    ],
  ];
  for (const [text, fact] of refused)
    it(`does not read ${fact} when two other states are named`, () => {
      expect(givesFact(text, fact)).toBe(false);
    });
});
