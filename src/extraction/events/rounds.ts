import type { Token } from "../stages/02-tokens.ts";

/** Nouns counting an event's parts: "the sixth round of talks", "two days of meetings". */
const PART_NOUN = /^(round|rounds|days|hours|weeks|session|sessions)$/i;

/**
 * Words that may stand between "round of" and the event noun: a lower-case modifier ("trade",
 * "high-level") or an acronym of the deal ("FTA", "CEPA"); never a name, a verb or a determiner.
 */
function isModifier(t: Token | undefined): boolean {
  if (!t) return false;
  if (/^[-–]$/.test(t.text)) return true;
  if (t.pos === "VERB" || t.pos === "AUX" || t.pos === "ADP" || t.pos === "PRON" || t.pos === "DET") return false;
  return /^[a-z][a-z]*(-[a-z]+)*$/.test(t.text) || /^[A-Z]{2,6}$/.test(t.text);
}

/**
 * The token of the part noun whose "of" phrase the event noun at `i` ends: "sixth round of talks",
 * "the 13th round of FTA talks", "the fourth round of high-level discussions" (up to two
 * modifiers, hyphenated ones counting once, between "of" and the noun, in one sentence). Undefined when no such phrase.
 */
export function roundOfAt(tokens: readonly Token[], i: number): number | undefined {
  const sentence = tokens[i]?.sentence;
  // Two words at most, a hyphenated one counting once ("high - level": three tokens).
  for (let gap = 0; gap <= 4; gap++) {
    const of = i - 1 - gap;
    if (of < 1) return undefined;
    if (gap > 0 && !isModifier(tokens[of + 1])) return undefined;
    if (tokens[of]!.text !== "of" || tokens[of]!.sentence !== sentence) continue;
    const between = tokens.slice(of + 1, i);
    const hyphens = between.filter((t) => /^[-–]$/.test(t.text)).length;
    if (between.length - 2 * hyphens > 2) return undefined;
    return PART_NOUN.test(tokens[of - 1]?.text ?? "") && tokens[of - 1]!.sentence === sentence ? of - 1 : undefined;
  }
  return undefined;
}
