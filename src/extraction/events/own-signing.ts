import type { Token } from "../stages/02-tokens.ts";

/**
 * A signing event read from the signing's own words, where the meetings stage found no
 * two sides and no place to name it by. Two constructions, each a definite noun that refers back
 * to a signing the text reports:
 * - "The signing, which took place in X", "the signing ceremony was held at X": the signing noun,
 *   then a verb that places an event, then "in"/"at" (`signingPlacedAt`);
 * - "X was joined at the ceremony by A and B" right after "D has signed a loan agreement": "the
 *   ceremony" with a word of signing in its sentence or the one before (`signingCeremony`).
 */

/** Words of signing. */
const SIGN_WORD = /^(sign|signs|signed|signing)$/i;

/** The words between the signing noun and the preposition of its place: ", which took place", "was held". */
const PLACED_VERB: readonly (readonly string[])[] = [
  ["took", "place"],
  ["takes", "place"],
  ["was", "held"],
  ["is", "held"],
  ["was", "staged"],
  ["happened"],
];

/**
 * The index of "in"/"at" that places the definite signing at `i` ("The signing, which took place
 * in X", "The signing ceremony was held at X"), or -1. `i` is "signing".
 */
export function signingPlacedAt(tokens: readonly Token[], i: number): number {
  if (!/^signing$/i.test(tokens[i]?.text ?? "") || !/^(the|this)$/i.test(tokens[i - 1]?.text ?? "")) return -1;
  const sentence = tokens[i]!.sentence;
  let k = i + 1;
  if (/^ceremony$/i.test(tokens[k]?.text ?? "")) k++;
  if (tokens[k]?.text === ",") {
    k++;
    if (!/^(which|that)$/i.test(tokens[k]?.text ?? "")) return -1;
    k++;
  }
  for (const words of PLACED_VERB) {
    if (!words.every((w, n) => tokens[k + n]?.text.toLowerCase() === w)) continue;
    const at = k + words.length;
    if (/^(in|at)$/.test(tokens[at]?.text ?? "") && tokens[at]!.sentence === sentence) return at;
  }
  return -1;
}

/**
 * Whether the noun at `i` is "the ceremony" of a signing the text reports: a word of signing in
 * its sentence or in the two before ("D has signed a loan agreement. … X was joined at the
 * ceremony by …"). A project's milestone ceremony is left to `milestoneCeremony`.
 */
export function signingCeremony(tokens: readonly Token[], i: number, sentenceStart: (n: number) => number): boolean {
  if (!/^ceremony$/i.test(tokens[i]?.text ?? "") || !/^the$/i.test(tokens[i - 1]?.text ?? "")) return false;
  const sentence = tokens[i]!.sentence;
  const from = sentenceStart(Math.max(0, sentence - 2));
  for (let k = from; k < tokens.length && tokens[k]!.sentence <= sentence; k++)
    if (SIGN_WORD.test(tokens[k]!.text)) return true;
  return false;
}

/** The index of the first word of signing in the sentence tokens [from, to), or -1. */
export function signWordIn(tokens: readonly Token[], from: number, to: number): number {
  for (let k = from; k < to; k++) if (SIGN_WORD.test(tokens[k]!.text)) return k;
  return -1;
}
