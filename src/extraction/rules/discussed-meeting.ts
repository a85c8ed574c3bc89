// DISCUSSED goes from the meeting whose talks covered the topic, not from its participants: a
// person's or a state's topic, where the document names a meeting they took part in, is moved to
// that meeting. Reads relations and meetings; mints no entity.

import { meetingsOf } from "../stages/05-meetings.ts";
import { entitiesById, keepRelations, sentenceAt } from "./emit.ts";
import { sidelineHosts } from "./topic-frames.ts";
import type { LocalEntity, Rule, RuleContext } from "./types.ts";

/**
 * The meeting a participant's topic belongs to: the one meeting of an evidence sentence the
 * participant took part in; else the one main event of the document they took part in; else none.
 */
function meetingFor(
  ctx: RuleContext,
  participant: string,
  starts: number[],
  took: Set<string>,
  hosts: Set<string>,
): LocalEntity | undefined {
  const index = meetingsOf(ctx);
  const inSentence = new Set<LocalEntity>();
  for (const start of starts) {
    const i = sentenceAt(ctx, start);
    if (i < 0) continue;
    for (const m of index.bySentence.get(i) ?? [])
      if (!hosts.has(m.id) && took.has(`${participant}|${m.id}`)) inSentence.add(m);
  }
  if (inSentence.size === 1) return [...inSentence][0];
  if (inSentence.size > 1) return undefined;
  const main = index.main.filter((m) => !hosts.has(m.id) && took.has(`${participant}|${m.id}`));
  return main.length === 1 ? main[0] : undefined;
}

export const discussedAtMeetingRule: Rule = {
  id: "discussed-at-meeting",
  predicates: ["DISCUSSED"],
  description:
    "A person's or a state's topic, where the document names a meeting they took part in, is the meeting's (moved, not copied).",
  example: "Lee met Xi at the summit in Gyeongju. Lee raised tariffs → the summit discussed tariffs (not Lee).",
  apply(ctx) {
    if (!meetingsOf(ctx).found.length) return;
    const byId = entitiesById(ctx);
    const took = new Set<string>();
    for (const r of ctx.relations) if (r.predicate === "PARTICIPATED_IN") took.add(`${r.source}|${r.target}`);
    const hosts = sidelineHosts(ctx);
    const have = new Map<string, (typeof ctx.relations)[number]>();
    for (const r of ctx.relations) if (r.predicate === "DISCUSSED") have.set(`${r.source}|${r.target}`, r);
    const dropped = new Set<(typeof ctx.relations)[number]>();
    for (const r of ctx.relations) {
      if (r.predicate !== "DISCUSSED") continue;
      const type = byId.get(r.source)?.type;
      if (type !== "Person" && type !== "Country") continue;
      const meeting = meetingFor(
        ctx,
        r.source,
        r.evidence.map((e) => e.start),
        took,
        hosts,
      );
      if (!meeting || meeting.id === r.target) continue;
      const key = `${meeting.id}|${r.target}`;
      const first = r.evidence[0];
      const already = have.get(key);
      if (already) {
        // The meeting has the topic already: the participant's copy goes, its reading kept as evidence.
        dropped.add(r);
        if (first) already.evidence.push({ ...first, rule: this.id });
        continue;
      }
      have.set(key, r);
      r.source = meeting.id;
      if (first) r.evidence.push({ ...first, rule: this.id });
    }
    // Through the shared step, which numbers the relations' ids again.
    if (dropped.size) keepRelations(ctx, (r) => !dropped.has(r));
  },
};
