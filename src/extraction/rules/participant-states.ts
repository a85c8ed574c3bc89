// The state of one side's people at talks: "Trade Representative X held talks in Geneva on Monday",
// "Minister Y led negotiations in Washington" — when every person the rules put at talks
// (negotiations, a round) represents one and the same state (or a bloc acting as one), that state
// takes part. The studied gold files the represented state at talks 131 times in 156; where people
// of two states are named at them, it names the talks after the two officials and files their states
// far less often, so those are left alone, as are calls, visits and leaders' meetings (the gold files
// the state at 8 calls in 66, 13 visits in 52, 62 meetings in 214).

import type { Relation } from "../types.ts";
import { emitRelation, entitiesById, keyKindIs, sentenceAt } from "./emit.ts";
import { isStateParty } from "./sides.ts";
import type { LocalEntity, Rule, RuleContext } from "./types.ts";

/** The rule's id, written into its evidence. */
export const PARTICIPANT_STATES_RULE = "talks-participant-states";

/** Names of talks: "Geneva trade talks", "13th round of FTA talks", "LeBlanc trade negotiations". */
const TALKS_NAME = /\b(talks|negotiations|round)\b/i;

function participantStates(ctx: RuleContext): void {
  const byId = entitiesById(ctx);
  const represents = new Map<string, Set<LocalEntity>>();
  const present = new Set<string>();
  // Per talks: the Person participations in them.
  const people = new Map<string, Relation[]>();
  for (const r of ctx.relations) {
    if (r.predicate === "REPRESENTS") {
      const state = byId.get(r.target);
      if (!state || !isStateParty(state)) continue;
      const set = represents.get(r.source) ?? new Set<LocalEntity>();
      set.add(state);
      represents.set(r.source, set);
    }
    if (r.predicate !== "PARTICIPATED_IN") continue;
    present.add(`${r.source} ${r.target}`);
    const meeting = byId.get(r.target);
    if (byId.get(r.source)?.type !== "Person" || meeting?.type !== "Meeting" || !meeting.mentions.length) continue;
    if (!keyKindIs(meeting, "talks") && !TALKS_NAME.test(meeting.name)) continue;
    const list = people.get(meeting.id) ?? [];
    list.push(r);
    people.set(meeting.id, list);
  }
  const added: [LocalEntity, LocalEntity, number][] = [];
  for (const [id, list] of people) {
    const states = new Set<LocalEntity>();
    // Every person at the talks represents one state, the same for all.
    if (!list.every((r) => represents.get(r.source)?.size === 1)) continue;
    for (const r of list) for (const s of represents.get(r.source)!) states.add(s);
    if (states.size !== 1) continue;
    const state = [...states][0]!;
    if (present.has(`${state.id} ${id}`)) continue;
    const ev = list[0]!.evidence[0];
    added.push([state, byId.get(id)!, ev ? sentenceAt(ctx, ev.start) : -1]);
  }
  for (const [state, meeting, sentence] of added)
    emitRelation(ctx, state, "PARTICIPATED_IN", meeting, sentence, PARTICIPANT_STATES_RULE);
}

export const participantStatesRule: Rule = {
  id: PARTICIPANT_STATES_RULE,
  predicates: ["PARTICIPATED_IN"],
  description: "Talks whose people all represent one state: that state takes part.",
  example: "Norwegian Trade Minister Erik Dahl held talks in Geneva → Norway PARTICIPATED_IN the Geneva talks.",
  apply: participantStates,
};
