// Companion cues: the words after which a sentence lists the people who went with someone
// ("accompanied by", "joined by", "flanked by", "along with"), the people of a visit ("the visit
// by", "the trip by", "the visit from", "a delegation from") or the members of a side's party
// ("the delegation included", "his team comprised"). One reader for every rule that needs them:
// rules/people.ts gives a companion its principal's state, rules/talks.ts gives it its principal's
// meeting. Pure: tokens in, a cue out; who the principal is stays the caller's.

import { isPossessiveMark, type Token } from "../stages/02-tokens.ts";
import type { SentenceReading, Spanned } from "./clauses.ts";

/**
 * What a cue introduces: `escort` the people who went with the person before it, `visit` the
 * visitors (the one named before is a host, not a principal), `members` the members of the party
 * named just before it.
 */
export type CompanionKind = "escort" | "visit" | "members";

/** A companion cue found at a token. */
export interface CompanionCue {
  kind: CompanionKind;
  /** The index of the cue word ("accompanied", "along", "visit", "delegation"). */
  cue: number;
  /** The index of the first token after the cue, where its companions are listed. */
  from: number;
}

/** "accompanied by", "joined by", "flanked by". */
const ESCORT_BY: ReadonlySet<string> = new Set(["accompanied", "joined", "flanked"]);
/** "the visit by", "the trip by". */
const VISIT_BY: ReadonlySet<string> = new Set(["visit", "trip"]);
/** "the visit from", "a delegation from". */
const VISIT_FROM: ReadonlySet<string> = new Set(["visit", "delegation"]);
/** A party's noun, whose members a verb lists: "the Indian delegation included X". */
const PARTY_NOUN: ReadonlySet<string> = new Set(["delegation", "team", "entourage"]);
/** The verbs listing a party's members. */
const MEMBERS_VERB: ReadonlySet<string> = new Set([
  "included",
  "includes",
  "including",
  "comprised",
  "comprising",
  "comprises",
  "featured",
  "features",
  "consisted",
]);
/**
 * "In X's travelling party were A, B and C", "X's entourage was Minister Y": a party's
 * noun after a possessive, then a plural or singular "be" and a capitalised word or "the": the
 * members it lists (never "the delegation was led by", whose next word is a participle).
 */
const MEMBERS_BE: ReadonlySet<string> = new Set(["were", "was"]);
/** A party's noun read only after a possessive ("Ebrard's party", not "the ruling party"). */
const OWNED_PARTY_NOUN = "party";

/** How many tokens after the party's noun its members' verb may be ("delegation to New Delhi includes"). */
const MEMBERS_REACH = 4;

/** Every cue word (lower case): a sentence without one holds no cue. */
export const COMPANION_CUE_WORDS: ReadonlySet<string> = new Set([
  ...ESCORT_BY,
  ...VISIT_BY,
  ...VISIT_FROM,
  ...PARTY_NOUN,
  OWNED_PARTY_NOUN,
  "along",
]);

/**
 * The companion cue whose cue word is token `i`, looking no further than `end` (the end of the
 * sentence, exclusive), else undefined. The preposition is matched exactly ("by", not "By"), the
 * cue word in any case. A party's noun is a `members` cue when a members' verb follows within
 * four tokens ("the delegation from India included"), else "delegation from" is a `visit` cue.
 */
export function companionCue(tokens: readonly Token[], i: number, end: number): CompanionCue | undefined {
  const word = tokens[i]?.text.toLowerCase();
  if (word === undefined || !COMPANION_CUE_WORDS.has(word)) return undefined;
  const owned = isPossessiveMark(tokens[i - 1]?.text) || isPossessiveMark(tokens[i - 2]?.text);
  if (PARTY_NOUN.has(word) || (word === OWNED_PARTY_NOUN && owned)) {
    for (let v = i + 1; v < end && v <= i + MEMBERS_REACH; v++)
      if (MEMBERS_VERB.has(tokens[v]!.text.toLowerCase())) return { kind: "members", cue: i, from: v + 1 };
    // "X's party were Minister A and …": the be right after the noun, a name, title or "the" next.
    const be = tokens[i + 1];
    const next = tokens[i + 2];
    if (owned && be && next && i + 2 < end && MEMBERS_BE.has(be.text) && /^(?:[\p{Lu}]|the$)/u.test(next.text))
      return { kind: "members", cue: i, from: i + 2 };
  }
  if (word === OWNED_PARTY_NOUN) return undefined;
  if (i + 1 >= end) return undefined;
  const next = tokens[i + 1]!.text;
  if (next === "by" && ESCORT_BY.has(word)) return { kind: "escort", cue: i, from: i + 2 };
  if (next === "with" && word === "along") return { kind: "escort", cue: i, from: i + 2 };
  if ((next === "by" && VISIT_BY.has(word)) || (next === "from" && VISIT_FROM.has(word)))
    return { kind: "visit", cue: i, from: i + 2 };
  return undefined;
}

/**
 * The mentions heading the subject of the clause whose verb is the escort cue at `cue`, as the
 * clause layer reads it: "X met Y on Friday and was joined by Z" → X (a coordinated verb keeps
 * its subject), "Y, who was accompanied by Z" → Y (a relative clause's subject is the phrase it
 * hangs on). Empty when that clause has no subject of its own or no auxiliary ("X, accompanied by
 * Z, met Y"): the caller then takes the name just before the cue.
 */
export function escortSubject<M extends Spanned>(r: SentenceReading<M>, cue: number): M[] {
  // Only a verb group with its own auxiliary ("was joined", "is to be accompanied"): a bare
  // participle after a comma ("X was welcomed at the airport, accompanied by Y") is an aside whose
  // escorted one the clause does not say.
  const cl = r.clauses.find((c) => c.verb.head === cue && c.verb.ts < c.verb.head);
  const out: M[] = [];
  for (const c of cl?.subject?.items ?? []) if (c.entity) out.push(c.entity);
  return out;
}
