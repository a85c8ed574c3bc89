// The clause layer's reading of a test sentence: tokenised and tagged by stage 2, with stage 3's
// mentions of that sentence, read by syntax/clauses.ts (the predicate registry loaded, as the
// extractor loads it).

import { tokenizeText } from "../../src/extraction/stages/02-tokens.ts";
import { findMentions } from "../../src/extraction/stages/03-mentions.ts";
import { readSentence } from "../../src/extraction/syntax/clauses.ts";
import "../../src/extraction/rules/predicates.ts";

/** The first sentence of `text` as the rules see it: its tokens, its mentions and its clauses. */
export function readFirstSentence(text: string) {
  const tok = tokenizeText(text);
  const sentence = tok.sentences[0]!;
  const mentions = findMentions(text, tok)
    .filter((m) => m.sentence === 0)
    .sort((a, b) => a.ts - b.ts);
  const reading = readSentence(tok.tokens, sentence.tokenStart, sentence.tokenEnd, mentions);
  /** The words of tokens a…b, joined by spaces. */
  const words = (a: number, b: number): string =>
    tok.tokens
      .slice(a, b)
      .map((t) => t.text)
      .join(" ");
  return { tokens: tok.tokens, sentence, mentions, reading, words };
}
