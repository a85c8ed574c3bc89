// Topic frames read once the precise talks rules have run: what a meeting discussed, lifted from
// what its participants discussed in a sentence that names it. Reads relations and meetings;
// mints no entity and drops nothing.

import { type MeetingIndex, meetingsOf } from "../stages/05-meetings.ts";
import { emitRelation, entitiesById, keyKindIs, mentionsIn } from "./emit.ts";
import type { LocalEntity, Rule, RuleContext } from "./types.ts";

/** The summits a sideline meeting is PART_OF: where a meeting happened, not what it discussed. */
export function sidelineHosts(ctx: RuleContext): Set<string> {
  const byId = entitiesById(ctx);
  const hosts = new Set<string>();
  for (const r of ctx.relations)
    if (r.predicate === "PART_OF" && byId.get(r.source)?.type === "Meeting") hosts.add(r.target);
  return hosts;
}

/**
 * The meetings sentence `i` names that a reader can find again (a date, a place, or a leaders'
 * meeting or call), host summits `hosts` left out.
 */
export function findableMeetingsIn(index: MeetingIndex, i: number, hosts: Set<string>): LocalEntity[] {
  return [...(index.bySentence.get(i) ?? [])].filter(
    (m) => !hosts.has(m.id) && !!(m.attributes.date || m.attributes.place || keyKindIs(m, "leaders", "call")),
  );
}

/**
 * "At their summit in Gyeongju, Lee announced the tariff agreement": what a person discussed
 * (announced, raised, proposed) in a sentence that names a meeting the person took part in is a
 * topic of that meeting too. Not a host summit a sideline meeting is PART_OF: it is only where the
 * meeting happened.
 */
export const participantTopicRule: Rule = {
  id: "topic-participant-meeting",
  predicates: ["DISCUSSED"],
  description: "A participant's topic, in a sentence naming the participant's meeting, is the meeting's.",
  example: "At the summit in Gyeongju, Lee announced a tariff agreement → the summit discussed it.",
  apply(ctx) {
    const index = meetingsOf(ctx);
    if (!index.found.length) return;
    const byId = entitiesById(ctx);
    const took = new Set<string>();
    for (const r of ctx.relations) if (r.predicate === "PARTICIPATED_IN") took.add(`${r.source}|${r.target}`);
    const hosts = sidelineHosts(ctx);
    const sentenceAt = new Map(ctx.sentences.map((s) => [s.start, s.i]));
    const filed: { meeting: LocalEntity; topic: LocalEntity; sentence: number }[] = [];
    for (const r of ctx.relations) {
      if (r.predicate !== "DISCUSSED") continue;
      const person = byId.get(r.source);
      const topic = byId.get(r.target);
      if (person?.type !== "Person" || !topic) continue;
      for (const ev of r.evidence) {
        const i = sentenceAt.get(ev.start);
        if (i === undefined) continue;
        for (const m of index.bySentence.get(i) ?? [])
          if (!hosts.has(m.id) && took.has(`${person.id}|${m.id}`)) filed.push({ meeting: m, topic, sentence: i });
      }
    }
    for (const f of filed) emitRelation(ctx, f.meeting, "DISCUSSED", f.topic, f.sentence, this.id, {}, 0.5);
  },
};

/** Verbs and nouns of signing or adopting an instrument. */
const SIGNING_WORD =
  /^(sign|signs|signed|signing|inked|ink|inks|formalised|formalized|formalise|formalize|adopted|adopts|adopt|sealed|seal|seals)$/i;

/**
 * "The leaders signed the X-Y Minerals Framework at the summit in Z", "the signing ceremony for the
 * X agreement took place at …": an agreement signed or adopted in a sentence naming a meeting is a
 * topic of that meeting. The agreement named (a Policy mention opening with a capital), a meeting
 * of the sentence (not a host summit a sideline meeting is PART_OF) that the reader can find again.
 */
export const signedAtMeetingRule: Rule = {
  id: "topic-signed-at-meeting",
  predicates: ["DISCUSSED"],
  description: "An agreement signed or adopted in a sentence naming a meeting is the meeting's topic.",
  example: "Chile and Peru signed the Andean Lithium Accord at the summit in Lima → the summit discussed it.",
  apply(ctx) {
    const index = meetingsOf(ctx);
    if (!index.found.length) return;
    const hosts = sidelineHosts(ctx);
    for (const s of ctx.sentences) {
      const here = findableMeetingsIn(index, s.i, hosts);
      if (here.length !== 1) continue;
      let signed = false;
      for (let k = s.tokenStart; k < s.tokenEnd && !signed; k++) signed = SIGNING_WORD.test(ctx.tokens[k]!.text);
      if (!signed) continue;
      for (const x of mentionsIn(ctx, s.i))
        if (x.e.type === "Policy" && /^[A-Z0-9]/.test(ctx.tokens[x.m.ts]?.text ?? "") && x.e !== here[0])
          emitRelation(ctx, here[0]!, "DISCUSSED", x.e, s.i, this.id, {}, 0.5);
    }
  },
};
