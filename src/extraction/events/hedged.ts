import type { Token } from "../stages/02-tokens.ts";

/** Words before an event noun that make it one only hoped for or talked of ("a possible summit"). */
const HEDGED_NOUN = /^(possible|potential|prospective|mooted|hoped-for|hypothetical)$/i;
/** Words a hedge may stand past before the noun ("a possible face-to-face meeting", "a potential first summit"). */
const NOUN_BRIDGE = /^(face|to|-|–|in|person|first|second|bilateral|formal|direct|new|leaders|leaders'|leaders’)$/i;
/** Verbs and modals before "meet" that make the meeting a wish or a guess ("hoped to meet", "might meet"). */
const HEDGED_VERB = /^(might|may|could|hope|hopes|hoped|hoping|wants|want|wanted|wish|wishes|wished)$/i;
/** Words a hedge may stand past before "meet" ("might also meet", "hoped to meet"). */
const VERB_BRIDGE = /^(to|also|still|even|eventually|soon|yet|again|one|day|finally)$/i;

/**
 * Whether the meeting word at `i` is hedged: a noun after "possible / potential" ("a possible
 * meeting between X and Y", "a potential face-to-face summit"), or "meet" after a modal of doubt or
 * a verb of wishing ("he might also meet X", "said he hoped to meet Y"). Such a meeting is one the
 * text guesses at, not one it reports or plans; "will / would / is set to / is expected to meet"
 * stay planned meetings.
 */
export function hedgedEvent(tokens: readonly Token[], i: number): boolean {
  const word = tokens[i]?.text ?? "";
  const hedge = /^meet$/i.test(word) ? HEDGED_VERB : HEDGED_NOUN;
  const bridge = /^meet$/i.test(word) ? VERB_BRIDGE : NOUN_BRIDGE;
  for (let k = i - 1; k >= Math.max(0, i - 5); k--) {
    const w = tokens[k]!.text;
    if (hedge.test(w)) return true;
    if (!bridge.test(w)) return false;
  }
  return false;
}
