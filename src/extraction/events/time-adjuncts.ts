// A time adjunct standing between a verb of meeting and its object: "receives this Friday
// afternoon (16/01) the President of X", "welcomed on Monday Y", "met yesterday with Z". The
// verb's object comes after it; readers that take the object right after the verb skip it.

import type { Token } from "../stages/02-tokens.ts";

const OPENER = /^(this|next|last|on|early|late|earlier|later)$/i;
const TIME_WORD =
  /^(today|yesterday|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|night|week|weekend|day|january|february|march|april|may|june|july|august|september|october|november|december|\d{1,4}(st|nd|rd|th)?|\d{1,2}\/\d{1,2}(\/\d{2,4})?)$/i;

/**
 * The token after a time adjunct opening at `k` ("this Friday afternoon (16/01)", "on Monday",
 * "yesterday"), a "with" after it included; `k` itself when no adjunct opens there.
 */
export function pastTimeAdjunct(tokens: readonly Token[], k: number): number {
  const sentence = tokens[k]?.sentence;
  let j = k;
  if (OPENER.test(tokens[j]?.text ?? "")) j++;
  let words = 0;
  while (tokens[j]?.sentence === sentence && TIME_WORD.test(tokens[j]!.text) && words < 4) {
    j++;
    words++;
  }
  if (words === 0) return k;
  j = pastBracketAndPlaces(tokens, j, sentence);
  return tokens[j]?.text === "with" ? j + 1 : j;
}

/** Past a bracketed date ("(16/01)") and comma-set places (", at the X Palace, in Y,") from `j`. */
function pastBracketAndPlaces(tokens: readonly Token[], j: number, sentence: number | undefined): number {
  // A bracketed date after it: "(16/01)".
  if (tokens[j]?.text === "(") {
    let c = j + 1;
    while (c < j + 6 && tokens[c] && tokens[c]!.text !== ")" && /^[\d/.-]+$/.test(tokens[c]!.text)) c++;
    if (tokens[c]?.text === ")") j = c + 1;
  }
  // ", at the Itamaraty Palace, in Rio de Janeiro,": places set off by commas, each a preposition
  // then capitalised words (an article or "of" between).
  for (let n = 0; n < 3 && tokens[j]?.text === "," && /^(at|in)$/.test(tokens[j + 1]?.text ?? ""); n++) {
    let c = j + 2;
    let caps = 0;
    while (tokens[c]?.sentence === sentence && /^([A-Z][\w'’.-]*|the|of|de|do|da)$/.test(tokens[c]!.text)) {
      if (/^[A-Z]/.test(tokens[c]!.text)) caps++;
      c++;
    }
    if (!caps || tokens[c]?.text !== ",") break;
    j = c;
  }
  if (tokens[j]?.text === ",") j++;
  return j;
}
