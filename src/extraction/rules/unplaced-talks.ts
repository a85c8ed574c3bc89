// The states of talks nobody is placed at. "Britain and Turkey will launch
// negotiations on a free trade agreement", "the two sides have held six rounds of negotiations":
// talks named only by their two sides, with no place and no person at them, are the states'
// negotiating (NEGOTIATED_WITH, kept), not a meeting the annotators file. The states' attendance
// that only the side rules read (talks-sides, talks-both-sides, talks-two-sides) is dropped there;
// talks with a place or a participant (named, or people written as there: "officials met"), or a
// forum of its own name, keep it.

import { entitiesById, keepRelations } from "./emit.ts";
import { isStateParty } from "./sides.ts";
import type { Rule, RuleContext } from "./types.ts";

/** The rule's id (it emits nothing: it drops relations). */
export const UNPLACED_TALKS_RULE = "unplaced-talks-sides";

/** The rules that put a talks' sides at them from the states alone. */
const SIDE_RULES: ReadonlySet<string> = new Set(["talks-sides", "talks-both-sides", "talks-two-sides"]);

/** Plural nouns of people a sentence puts at talks without naming them. */
export const PEOPLE_THERE =
  /\b(?:officials|negotiators|teams|delegations?|delegates|ministers|envoys|counterparts|representatives|leaders)\b/i;

function dropUnplacedSides(ctx: RuleContext): void {
  const byId = entitiesById(ctx);
  // Meetings with a place, or with a person at them.
  const anchored = new Set<string>();
  // Per state and meeting: whether a rule other than the side rules put the state there.
  const otherwise = new Set<string>();
  const sided = new Set<string>();
  for (const r of ctx.relations) {
    if (r.predicate === "HELD_IN") anchored.add(r.source);
    if (r.predicate !== "PARTICIPATED_IN") continue;
    const who = byId.get(r.source);
    if (who?.type === "Person") anchored.add(r.target);
    if (!who || !isStateParty(who)) continue;
    const key = `${r.source} ${r.target}`;
    // "Kenyan and Ghanaian officials met", "negotiators for A and B begin talks": people are there,
    // unnamed.
    const unnamed = r.evidence.some((ev) => PEOPLE_THERE.test(ev.sentence ?? ""));
    if (r.evidence.every((ev) => SIDE_RULES.has(ev.rule)) && !unnamed) sided.add(key);
    else otherwise.add(key);
  }
  if (!sided.size) return;
  keepRelations(ctx, (r) => {
    if (r.predicate !== "PARTICIPATED_IN" || anchored.has(r.target)) return true;
    const key = `${r.source} ${r.target}`;
    if (!sided.has(key) || otherwise.has(key)) return true;
    // Only talks named by their sides ("India-New Zealand trade talks"), not a forum of its own
    // name ("the Export Control Dialogue").
    const meeting = byId.get(r.target);
    const state = byId.get(r.source);
    return !meeting || !state || ![state.name, ...state.aliases].some((n) => meeting.name.includes(n));
  });
}

export const unplacedTalksRule: Rule = {
  id: UNPLACED_TALKS_RULE,
  predicates: [],
  description: "Talks named only by their sides, with no place and no person at them, take no state as a participant.",
  example: "Britain and Turkey will launch negotiations on a free trade agreement → no PARTICIPATED_IN.",
  apply: dropUnplacedSides,
};
