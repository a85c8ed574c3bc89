// Talks named only after their two states, with no place and at most one person at them: "Britain
// and Turkey launched negotiations on a trade deal", "the minister said talks with Canada were
// advancing". The stage names such talks after their parties ("A-B trade talks"); with no place to
// hold them and no one named on both sides, they are the states' negotiating (their NEGOTIATED_WITH
// stays), not one concrete meeting the annotators file: the meeting and what was read on it go. Talks held somewhere, or with two people or more at them
// (a delegation's members, the two negotiators), stay.

import { dropEntity, entitiesById, keyKindIs } from "./emit.ts";
import { isStateParty } from "./sides.ts";
import type { LocalEntity, Rule, RuleContext } from "./types.ts";
import { PEOPLE_THERE } from "./unplaced-talks.ts";

/** The rule's id (it emits nothing: it drops meetings). */
export const SIDES_ONLY_TALKS_RULE = "sides-only-talks";

/** "India-New Zealand trade talks": the words before the talks noun, and the noun. */
const PAIR_TALKS = /^(.+?) (?:[a-z-]+ )*(?:talks|negotiations)$/;

/** Whether `prefix` is two state parties' names joined by a dash ("United Kingdom-Türkiye"). */
function namesTwoStates(prefix: string, states: readonly LocalEntity[]): boolean {
  return states.some((a) =>
    [a.name, ...a.aliases].some(
      (n) =>
        prefix.startsWith(`${n}-`) &&
        states.some((b) => b !== a && [b.name, ...b.aliases].includes(prefix.slice(n.length + 1))),
    ),
  );
}

function dropSidesOnlyTalks(ctx: RuleContext): void {
  const states = ctx.resolution.entities.filter((e) => isStateParty(e) && e.mentions.length);
  if (states.length < 2) return;
  const byId = entitiesById(ctx);
  const placed = new Set<string>();
  const people = new Map<string, Set<string>>();
  for (const r of ctx.relations) {
    if (r.predicate === "HELD_IN") placed.add(r.source);
    // "Officials of A and B held talks", "negotiators for A and B begin talks": people are there,
    // unnamed; the talks stay a meeting.
    if (r.predicate === "PARTICIPATED_IN" && r.evidence.some((ev) => PEOPLE_THERE.test(ev.sentence ?? "")))
      placed.add(r.target);
    if (r.predicate !== "PARTICIPATED_IN" || byId.get(r.source)?.type !== "Person") continue;
    const set = people.get(r.target) ?? new Set<string>();
    set.add(r.source);
    people.set(r.target, set);
  }
  for (const e of ctx.resolution.entities) {
    if (e.type !== "Meeting" || !e.mentions.length || !keyKindIs(e, "talks") || placed.has(e.id)) continue;
    if ((people.get(e.id)?.size ?? 0) >= 2 || e.attributes.place) continue;
    const pair = PAIR_TALKS.exec(e.name);
    if (pair && namesTwoStates(pair[1]!, states)) dropEntity(ctx, e);
  }
}

export const sidesOnlyTalksRule: Rule = {
  id: SIDES_ONLY_TALKS_RULE,
  predicates: [],
  description: "Talks named only after their two states, with no place and at most one person at them, are no meeting.",
  example: "Britain and Turkey launched negotiations on a free trade agreement → no Meeting.",
  apply: dropSidesOnlyTalks,
};
