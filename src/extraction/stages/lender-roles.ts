// A lender or an investor named with no suffix, ticker or business noun, recognised from its role
// in the phrase: the name (or a list of names) after "from" or "by" closing a noun of money given
// ("a $1 billion loan from X and Y", "a line of credit from X", "backing from X, Y and Z",
// "an investment by X"). Read by stage 3 (classifyUnknown) on capitalised spans no gazetteer nor
// head word typed: a name of that role is a firm (a state's bodies are typed by their heads before
// this is asked). Cheap: a few token lookups before the span.

import { type Token, textInSentence } from "./02-tokens.ts";

/** Nouns of money given whose giver follows "from" or "by". */
const FUNDING_NOUNS =
  /^(?:loans?|credit|credits|financing|funding|investments?|backing|stakes?|lending|debt|refinancing)$/;

/** How many names a list of lenders may hold before the span. */
const MAX_MEMBERS = 4;

/** How many words one listed name may have. */
const MAX_WORDS = 5;

/**
 * Whether the span [ts, te) is the giver of money: the object of "from" or "by" after a funding
 * noun ("a loan from X"), or a later member of such a list ("from X and Y", "from X, Y and Z").
 * The name must close its noun phrase: a noun after it makes it a modifier ("from Gulf states").
 */
export function lenderByRole(tokens: Token[], ts: number, te: number): boolean {
  const s = tokens[ts]!.sentence;
  // "the Government of [Canada]": a name's first words cut before a known name are no name.
  if (!/^[\p{Lu}\d]/u.test(tokens[te - 1]!.text)) return false;
  const after = tokens[te];
  if (after?.sentence === s && (after.pos === "NOUN" || after.pos === "PROPN") && /^[\p{Ll}]/u.test(after.text))
    return false;
  let k = ts - 1;
  for (let members = 0; members < MAX_MEMBERS; members++) {
    if (textInSentence(tokens, s, k) === "the") k--;
    const link = textInSentence(tokens, s, k);
    if (link === "from" || link === "by") return FUNDING_NOUNS.test(textInSentence(tokens, s, k - 1).toLowerCase());
    if (!/^(?:and|&|,)$/.test(link)) return false;
    k--;
    // ", and": a serial comma before the last member.
    if (link === "and" && textInSentence(tokens, s, k) === ",") k--;
    let words = 0;
    while (words < MAX_WORDS && /^[\p{Lu}]/u.test(textInSentence(tokens, s, k))) {
      k--;
      words++;
    }
    if (words === 0) return false;
  }
  return false;
}
