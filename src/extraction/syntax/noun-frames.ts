// Noun-phrase frames shared by every predicate of the registry (./predicates.ts): how a trigger
// noun's ends are read when they sit inside one noun phrase around it.
//
// - An act done to a trigger phrase ("China's implementation of export controls on Y", "Washington's
//   loosening of curbs on Y", "X's expansion of its output of Y"): the act's owner is the trigger's
//   own owner. The act nouns are a class of one meaning (putting in force, widening, easing or
//   lifting a measure, an output, a deal), not words of one predicate: a row that reads a
//   "possessor" reads it through them.
// - Examples of a good ("AI chips like the H20", "minerals such as gallium"): the goods named as
//   examples of a target good share its relation (the registry's lists read "including" and
//   "such as"; "like" lists goods only).

import type { Chunk, Spanned } from "./clauses.ts";

/**
 * Nouns of an act done to a measure, an output or a deal, whose "of" phrase names it and whose
 * possessor is who acts: putting it in force, widening, narrowing, easing or lifting it.
 */
export const ACT_NOUNS: ReadonlySet<string> = new Set([
  "implementation",
  "imposition",
  "introduction",
  "enforcement",
  "application",
  "adoption",
  "announcement",
  "expansion",
  "extension",
  "broadening",
  "escalation",
  "tightening",
  "easing",
  "loosening",
  "relaxation",
  "lifting",
  "removal",
  "suspension",
  "resumption",
  "ramp-up",
  "increase",
  "reduction",
]);

/**
 * The phrase of an act noun whose "of" attachment holds `c` ("China's implementation" for "export
 * controls" in "China's implementation of export controls on Y"), when `c` has no owner of its own.
 */
export function actHolding<M extends Spanned>(
  c: Chunk<M>,
  parentOf: ReadonlyMap<Chunk<M>, { chunk: Chunk<M>; prep: string }>,
): Chunk<M> | undefined {
  if (c.possessor || c.pronounPossessor) return undefined;
  const p = parentOf.get(c);
  if (p?.prep !== "of" || !ACT_NOUNS.has(p.chunk.headWord)) return undefined;
  // The act phrase is a plain description: "the implementation", "China's easing" (no name heads it).
  if (p.chunk.entity) return undefined;
  return p.chunk;
}

/** Prepositions that list examples of a good: "AI chips like the H20", "minerals such as gallium". */
export function listsGoodExamples(prep: string): boolean {
  return prep === "like" || prep === "including" || prep === "such as";
}
