// One corpus key for the plain trade agreement of a pair (or set) of states, however an article
// writes it: "US-South Korea trade deal", "South Korea-United States tariff agreement" and
// "Korea-U.S. free trade pact" are one Policy; a minerals deal, a truce or an investment treaty of
// the same states are others.
import { COUNTRY_NAMES } from "../lexicon/places.ts";

/** Blocs that make trade agreements as states do, each form → one code. */
const BLOC_FORMS: ReadonlyMap<string, string> = new Map([
  ["European Union", "EU"],
  ["EU", "EU"],
  ["E.U.", "EU"],
  ["Mercosur", "MERCOSUR"],
  ["MERCOSUR", "MERCOSUR"],
  ["European Free Trade Association", "EFTA"],
  ["EFTA", "EFTA"],
  ["Gulf Cooperation Council", "GCC"],
  ["GCC", "GCC"],
  ["ASEAN", "ASEAN"],
  ["African Union", "AU"],
  ["Eurasian Economic Union", "EAEU"],
  ["EAEU", "EAEU"],
]);

/**
 * Kind words that do not tell one agreement of a pair from another ("a trade deal", "the free trade
 * agreement"): rules/policies.ts keys one document's agreements by them too.
 */
export const PLAIN_KIND_WORDS: ReadonlySet<string> = new Set([
  "trade",
  "free",
  "bilateral",
  "tariff",
  "comprehensive",
  "economic",
]);
/** Words that do not tell one trade agreement of a set of states from another across the corpus. */
const PLAIN_WORDS: ReadonlySet<string> = new Set([...PLAIN_KIND_WORDS, "free-trade"]);
/** The nouns of such an agreement ("deal", "pact", "accord" …: one whichever is written). */
const AGREEMENT_NOUN = /^(agreement|deal|pact|accord|framework)$/;

/** The code of a state (or bloc) written `form` in any gazetteer form ("U.S.", "Türkiye"). */
function stateCode(form: string): string | undefined {
  return COUNTRY_NAMES.get(form) ?? BLOC_FORMS.get(form);
}

/**
 * The codes of the states a hyphenated name joins ("South Korea-United States", "Canada-U.S.-Mexico",
 * "Guinea-Bissau-EU": a state whose own name has a hyphen is read first), or null when a part is
 * not a state.
 */
function statesOf(parties: string): string[] | null {
  const parts = parties.split(/[-–—]/).map((p) => p.trim());
  const codes: string[] = [];
  for (let i = 0; i < parts.length; ) {
    let j = parts.length;
    let code: string | undefined;
    for (; j > i && !code; j--) code = stateCode(parts.slice(i, j).join("-"));
    if (!code) return null;
    codes.push(code);
    i = j + 1;
  }
  return codes;
}

/** The key of a set of two or more distinct states' plain trade agreement, else undefined. */
function keyOfStates(codes: readonly string[] | null): string | undefined {
  if (!codes) return undefined;
  const set = [...new Set(codes)].sort();
  return set.length >= 2 ? `agreement@${set.join("|")}@trade` : undefined;
}

/**
 * The corpus key of a Policy that is the plain trade agreement of named states, else undefined: its
 * name written as the states, then only plain trade words and an agreement noun ("US-UK trade deal",
 * "India-EU Free Trade Agreement"). A name with any other word ("minerals", "investment", "peace",
 * "partnership", "Reciprocal") or noun ("truce", "treaty") keeps its own key, and so does an entity
 * keyed otherwise than by its name or by its parties (a meeting's framework, `agreement@London`).
 */
export function tradeAgreementKey(name: string, mergeKey: string | undefined): string | undefined {
  if (mergeKey && mergeKey.toLowerCase() !== name.toLowerCase() && !/^agreement@[^@|]+(\|[^@|]+)+@/.test(mergeKey))
    return undefined;
  const words = name.trim().split(/\s+/);
  if (words.length < 2 || !AGREEMENT_NOUN.test(words.at(-1)!.toLowerCase())) return undefined;
  let k = words.length - 1;
  while (k > 0 && PLAIN_WORDS.has(words[k - 1]!.toLowerCase())) k--;
  if (k === 0) return undefined;
  const parties = words.slice(0, k).join(" ");
  if (!/[-–—]/.test(parties)) return undefined;
  return keyOfStates(statesOf(parties));
}

/** An alias that names nothing but "an agreement" ("deal", "the new pact"): no trade word, no state. */
export function bareAgreementAlias(alias: string): boolean {
  const words = alias.trim().split(/\s+/);
  return words.every((w) => /^[a-z]/.test(w) && !PLAIN_WORDS.has(w)) && AGREEMENT_NOUN.test(words.at(-1)!);
}
