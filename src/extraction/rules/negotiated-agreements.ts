// The parties negotiating an agreement discussed it. An agreement named after its
// parties ("the Canada-Ecuador Free Trade Agreement", "the UK-GCC free trade agreement") is the
// topic of each of them where a sentence tells them negotiating, concluding or striking it: a word
// of negotiating ("negotiations", "talks", "concluded", "finalised", "strike") and the agreement
// itself (its mention) or an agreement noun ("a free trade deal") with one of its parties named.

import { meetingsOf } from "../stages/05-meetings.ts";
import { sentenceReading } from "../syntax/predicates.ts";
import { findable } from "./discussed-contention.ts";
import { emitRelation, entitiesById, mentionsIn } from "./emit.ts";
import { leadingStates, surfacesOf } from "./partnership-instruments.ts";
import { isStateParty } from "./sides.ts";
import { sidelineHosts } from "./topic-frames.ts";
import type { LocalEntity, Rule, RuleContext } from "./types.ts";

/** Verbs of negotiating an agreement or bringing its negotiation to an end, as written. */
const NEGOTIATING_VERB =
  /^(negotiat(?:e|es|ed|ing)|conclud(?:e|es|ed|ing)|finali[sz](?:e|es|ed|ing)|strik(?:e|es|ing)|struck|clinch(?:es|ed|ing)?)$/i;
/** Their lemmas, as the clause layer gives the head verb. */
const NEGOTIATING_LEMMA: ReadonlySet<string> = new Set([
  "negotiate",
  "conclude",
  "finalise",
  "finalize",
  "strike",
  "clinch",
]);
/** Modals of a fact or a plan under way ("will conclude"), not a wish ("should finalise"). */
const FIRM_MODALS: ReadonlySet<string> = new Set(["will"]);
/** Nouns of an agreement as a sentence writes it. */
const AGREEMENT_NOUN = /^(agreements?|deals?|pacts?|FTAs?|EPA|CEPA|accords?|treat(?:y|ies)|negotiations)$/i;
/** Heads of an agreement's name. */
const AGREEMENT_HEAD = /\b(?:agreement|deal|pact|accord|treaty|FTA|EPA|CEPA|TEPA)\b/i;

/** Whether sentence `i` names `policy` or holds an agreement noun. */
function speaksOfAgreement(ctx: RuleContext, i: number, policy: LocalEntity): boolean {
  if (mentionsIn(ctx, i).some((x) => x.e === policy)) return true;
  const s = ctx.sentences[i]!;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) if (AGREEMENT_NOUN.test(ctx.tokens[k]!.text)) return true;
  return false;
}

/** The agreements of a document named after two parties or more, with those parties. */
function namedAgreements(ctx: RuleContext): { policy: LocalEntity; parties: LocalEntity[] }[] {
  const entities = ctx.resolution.entities;
  const policies = entities.filter((p) => p.type === "Policy" && p.mentions.length && AGREEMENT_HEAD.test(p.name));
  if (!policies.length) return [];
  const states: [LocalEntity, string[]][] = entities
    .filter((e) => isStateParty(e) && e.mentions.length)
    .map((e) => [e, surfacesOf(e)]);
  if (states.length < 2) return [];
  const agreements: { policy: LocalEntity; parties: LocalEntity[] }[] = [];
  for (const policy of policies)
    for (const name of [policy.name, ...policy.aliases]) {
      const [parties] = leadingStates(name, states);
      if (parties.length < 2) continue;
      agreements.push({ policy, parties });
      break;
    }
  return agreements;
}

/**
 * Talks, calls and visits whose state sides are the parties an agreement is named after
 * discussed it ("the Chile-Peru FTA" and the third round of talks between Chile and Peru); not a
 * summit, whose agenda is wider than one pair's agreement.
 */
export const meetingPartiesAgreementRule: Rule = {
  id: "meeting-parties-agreement",
  predicates: ["DISCUSSED"],
  description: "A meeting whose state sides are the parties an agreement is named after discussed it.",
  example: "Chile and Peru held a third round of talks in Lima on the Chile-Peru FTA → the round discussed it.",
  apply(ctx) {
    const index = meetingsOf(ctx);
    if (!index.found.length) return;
    const agreements = namedAgreements(ctx);
    if (!agreements.length) return;
    const byId = entitiesById(ctx);
    // A person stands for the state of the post held or the state represented.
    const statesOf = new Map<string, LocalEntity[]>();
    for (const r of ctx.relations) {
      if (r.predicate !== "HOLDS_POSITION" && r.predicate !== "REPRESENTS") continue;
      const state = byId.get(r.target);
      if (state && isStateParty(state)) statesOf.set(r.source, [...(statesOf.get(r.source) ?? []), state]);
    }
    const sides = new Map<LocalEntity, Set<LocalEntity>>();
    for (const r of ctx.relations) {
      if (r.predicate !== "PARTICIPATED_IN") continue;
      const source = byId.get(r.source);
      const meeting = byId.get(r.target);
      if (!source || !meeting) continue;
      const states = isStateParty(source) ? [source] : source.type === "Person" ? (statesOf.get(source.id) ?? []) : [];
      let set = sides.get(meeting);
      if (!set) sides.set(meeting, (set = new Set()));
      for (const s of states) set.add(s);
    }
    const hosts = sidelineHosts(ctx);
    for (const f of index.found) {
      if (f.kind === "summit" || hosts.has(f.meeting.id)) continue;
      const here = sides.get(f.meeting);
      if (!here || here.size < 2) continue;
      // Of several agreements of the pair (one instrument named twice, or a pact and its framework),
      // the one the document names most.
      let best: { policy: LocalEntity; sentence: number } | undefined;
      for (const { policy, parties } of agreements) {
        if (parties.length !== here.size || !parties.every((p) => here.has(p))) continue;
        if (best && best.policy.mentions.length >= policy.mentions.length) continue;
        // A sentence naming the meeting speaks of the agreement (its name or an agreement noun).
        const told = [...index.bySentence].find(([i, ms]) => ms.has(f.meeting) && speaksOfAgreement(ctx, i, policy));
        if (told) best = { policy, sentence: told[0] };
      }
      if (best) emitRelation(ctx, f.meeting, "DISCUSSED", best.policy, best.sentence, this.id, {}, 0.5);
    }
  },
};

export const negotiatedAgreementRule: Rule = {
  id: "negotiated-agreement",
  predicates: ["DISCUSSED"],
  description: "The parties an agreement is named after discussed it where a sentence tells it negotiated.",
  example: "Chile concluded negotiations on a free trade deal with Peru → Chile and Peru discussed the Chile-Peru FTA.",
  apply(ctx) {
    const agreements = namedAgreements(ctx);
    if (!agreements.length) return;
    // Where the document has a meeting, the agreement is its topic (talks-topics), not the states'.
    if (meetingsOf(ctx).found.some((f) => findable(f.meeting))) return;
    for (const s of ctx.sentences) {
      let negotiating = false;
      for (let k = s.tokenStart; k < s.tokenEnd && !negotiating; k++)
        negotiating = NEGOTIATING_VERB.test(ctx.tokens[k]!.text);
      if (!negotiating) continue;
      const reading = sentenceReading(ctx, s.i);
      if (!reading) continue;
      const here = mentionsIn(ctx, s.i);
      for (const c of reading.clauses) {
        if (!NEGOTIATING_LEMMA.has(c.verb.lemma) || c.verb.negated || c.verb.passive) continue;
        if (c.verb.modal && !FIRM_MODALS.has(c.verb.modal)) continue;
        const agents = (c.agent?.items ?? []).flatMap((x) => (x.entity ? [x.entity.e] : []));
        // The agreement: its mention in the clause, else an agreement noun there.
        const inClause = here.filter((x) => x.m.ts >= c.verb.te && x.m.te <= c.te).map((x) => x.e);
        let noun = false;
        for (let k = c.verb.te; k < c.te && !noun; k++) noun = AGREEMENT_NOUN.test(ctx.tokens[k]!.text);
        const named = agreements.filter((a) => inClause.includes(a.policy));
        const told = named.length
          ? named
          : noun
            ? agreements.filter((a) => agents.some((e) => a.parties.includes(e)))
            : [];
        if (told.length !== 1) continue;
        const { policy, parties } = told[0]!;
        if (!agents.some((e) => parties.includes(e))) continue;
        for (const p of parties) emitRelation(ctx, p, "DISCUSSED", policy, s.i, this.id, {}, 0.6);
      }
    }
  },
};
