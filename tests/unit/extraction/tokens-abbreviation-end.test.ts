// Stage 2: a period that ends "U.S." (a dotted abbreviation after "the") also ends the sentence
// when what follows opens one: a firm's class noun with a name after it, or a proper name that is
// no vocabulary word with a verb after it. wink runs the two sentences on; a body or a post after
// the abbreviation ("the U.S. Treasury said", "the U.S. President Jane Roe") stays in the sentence.
// Every sentence here is written for these tests; the people and firms are invented.

import { describe, expect, it } from "vitest";
import { tokenizeText } from "../../../src/extraction/stages/02-tokens.ts";

function sentencesOf(text: string): string[] {
  const tok = tokenizeText(text);
  for (const s of tok.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  return tok.sentences.map((s) => s.text);
}

describe("extraction/stages/02-tokens: a sentence ending on an abbreviation", () => {
  it.each([
    [
      "Korean yards are expanding in the U.S. Shipbuilder Zorvane Marine bought a yard in Texas last year.",
      "Korean yards are expanding in the U.S.",
    ],
    [
      "Tokyo pledged close coordination with the U.S. Kravetzky echoed the stance on Monday.",
      "Tokyo pledged close coordination with the U.S.",
    ],
    ["Exports rose to the U.K. Quellbrand said talks would resume.", "Exports rose to the U.K."],
  ])("splits after the abbreviation: %s", (text, first) => {
    const sentences = sentencesOf(text);
    expect(sentences).toHaveLength(2);
    expect(sentences[0]).toBe(first);
  });

  it.each([
    "The talks with the U.S. President Jane Roe began in May.",
    "Officials of the U.S. Treasury said the rules would change.",
    "A unit of the U.S. Government represents the buyers.",
    "Orders from the U.S. Shipbuilder market fell in May.",
    "Illinois Governor J.B. Quorran signed an order on Monday.",
    "Sales in the U.S. Trump administration's first year rose.",
  ])("keeps one sentence: %s", (text) => {
    expect(sentencesOf(text)).toEqual([text]);
  });
});
