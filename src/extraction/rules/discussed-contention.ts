// A matter in contention settled by its parties ("X and Y resolved issues around Z", "want to iron
// out differences over Z"): the parties discussed the topic. The registry's rows (predicates.ts,
// id "discussed-contention") read the clause; this rule keeps only those in a sentence that names
// no meeting one can find again (dated, placed or named by its people), whose topics are the
// meeting's (talks-topics).

import { meetingsOf } from "../stages/05-meetings.ts";
import { applyEntries } from "../syntax/predicates.ts";
import { keyKindIs, replaceRelationsFrom } from "./emit.ts";
import { entriesOf } from "./predicates.ts";
import type { LocalEntity, Rule } from "./types.ts";

/** Whether a meeting is one the reader can find again: dated, placed, or named by its people. */
export function findable(meeting: LocalEntity): boolean {
  return !!(meeting.attributes.date || meeting.attributes.place || keyKindIs(meeting, "leaders", "call"));
}

export const discussedContentionRule: Rule = {
  id: "discussed-contention",
  predicates: ["DISCUSSED"],
  description: "A person or a state settling issues, differences or disputes over a good or a measure.",
  example: "Chile and Peru ironed out differences over lithium → Chile and Peru discussed lithium.",
  apply(ctx) {
    const before = ctx.relations.length;
    applyEntries(ctx, entriesOf(this.id));
    if (ctx.relations.length === before) return;
    const index = meetingsOf(ctx);
    const sentenceAt = new Map(ctx.sentences.map((s) => [s.start, s.i]));
    const kept = ctx.relations.slice(before).filter((r) => {
      const i = sentenceAt.get(r.evidence[0]?.start ?? -1);
      return i !== undefined && ![...(index.bySentence.get(i) ?? [])].some(findable);
    });
    replaceRelationsFrom(ctx, before, kept);
  },
};
