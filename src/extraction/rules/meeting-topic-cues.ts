// The DISCUSSED area: a backoff after the clause-reading topic rules
// (talks-topics and the frames of topic-frames.ts). A mineral named in a sentence that names one
// meeting one can find again, or in the sentence right after it (naming no meeting of its own), is
// a topic of that meeting where that sentence carries a word of discussing (a verb such as
// "discussed", "focused", "covered", "tackled"; a noun such as "agenda", "topics", "issues",
// "discussions"; a word of negotiating), not negated, not passive with an agent, and no word opening
// another clause between it and the mineral. Studied split, per document: 6 right, 1 wrong. Minerals
// only: a looser reading (any meeting, no clause conditions) was measured far below half right for
// products (5 right / 24 wrong), policies (11 / 13) and firms (11 / 12), minerals 13 / 4. Reads the
// meetings stage's index and the resolved mentions; mints nothing.

import { meetingsOf } from "../stages/05-meetings.ts";
import { emitRelation, mentionsIn, type SeenMention } from "./emit.ts";
import { findableMeetingsIn, sidelineHosts } from "./topic-frames.ts";
import type { LocalEntity, Rule, RuleContext } from "./types.ts";

/**
 * Verbs of discussing or taking up a matter. Not "raise" (also "raised duties to 20%") nor "focus"
 * (also a noun: "a focus of traders"): "issues raised" and "focused on" are read by the others.
 */
const DISCUSSING_VERB =
  /^(discuss|discusses|discussed|discussing|talked|focused|focussed|focuses|focusing|centred|centered|covered|covers|covering|touched|tackle|tackles|tackled|tackling|addressed|addressing|explored|deliberated)$/i;
/** Nouns of what a meeting takes up. */
const DISCUSSING_NOUN = /^(discussion|discussions|agenda|topic|topics|issue|issues|concerns)$/i;
/** Words of negotiating. */
const NEGOTIATING = /^(negotiate|negotiates|negotiated|negotiating|negotiation|negotiations)$/i;

/** Words that negate a clause. */
const NEGATION = /^(not|n't|never|no|neither|nor|without)$/i;
/** Words that open another clause: a mineral past one is not what the cue's clause took up. */
const CLAUSE_BREAK = /^(while|whereas|although|though|but|as|because|since|after|before|when|;)$/i;

/**
 * The token of sentence `i` that is a word of discussing, a topic noun or a word of negotiating
 * (the first one), or -1: none, or the sentence negated, or the verb passive with an agent ("was
 * discussed by analysts").
 */
export function discussingWordAt(ctx: RuleContext, i: number): number {
  const s = ctx.sentences[i];
  if (!s) return -1;
  let at = -1;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    const w = ctx.tokens[k]!.text;
    if (NEGATION.test(w)) return -1;
    if (at < 0 && (DISCUSSING_VERB.test(w) || DISCUSSING_NOUN.test(w) || NEGOTIATING.test(w))) {
      if (DISCUSSING_VERB.test(w) && /^by$/i.test(ctx.tokens[k + 1]?.text ?? "")) return -1;
      at = k;
    }
  }
  return at;
}

/** Whether a word opening another clause stands between tokens `a` and `b` (either order). */
function clauseBreakBetween(ctx: RuleContext, a: number, b: number): boolean {
  for (let k = Math.min(a, b) + 1; k < Math.max(a, b); k++) if (CLAUSE_BREAK.test(ctx.tokens[k]!.text)) return true;
  return false;
}

/**
 * Scans the sentences naming one findable meeting (and the sentence after each, naming no meeting
 * of its own) for mentions `take` accepts past a word of discussing, and files them as the
 * meeting's topics under `rule`.
 */
export function topicsAtMeetings(
  ctx: RuleContext,
  rule: string,
  take: (meeting: LocalEntity, x: SeenMention, cue: number) => boolean,
): void {
  const index = meetingsOf(ctx);
  if (!index.found.length) return;
  const hosts = sidelineHosts(ctx);
  // The one meeting sentence `i` names that the reader can find again (dated, placed, or named
  // by its people), not a host summit.
  const oneMeeting = (i: number): LocalEntity | undefined => {
    const meetings = findableMeetingsIn(index, i, hosts);
    return meetings.length === 1 ? meetings[0] : undefined;
  };
  const emit = (meeting: LocalEntity, i: number) => {
    const at = discussingWordAt(ctx, i);
    if (at < 0) return;
    for (const x of mentionsIn(ctx, i))
      if (take(meeting, x, at) && !clauseBreakBetween(ctx, at, x.m.ts))
        emitRelation(ctx, meeting, "DISCUSSED", x.e, i, rule, {}, 0.5);
  };
  for (const s of ctx.sentences) {
    const meeting = oneMeeting(s.i);
    if (!meeting) continue;
    emit(meeting, s.i);
    const next = ctx.sentences[s.i + 1];
    if (next && !index.bySentence.get(next.i)?.size) emit(meeting, next.i);
  }
}

export const mineralAtMeetingRule: Rule = {
  id: "mineral-at-meeting",
  predicates: ["DISCUSSED"],
  description:
    "A mineral in a sentence naming one meeting (or the next sentence) with a word of discussing is the meeting's topic.",
  example:
    "The ministers met in Lima on Monday. Lithium and copper were among the issues raised → the meeting discussed them.",
  apply(ctx) {
    topicsAtMeetings(ctx, this.id, (_, x) => x.e.type === "Mineral");
  },
};

/**
 * A firm taken up at a meeting, read as the minerals are: "the talks addressed the sale of X", "X
 * topped the agenda of the call". Not a firm that takes part in the meeting (its own
 * PARTICIPATED_IN, or a word of its name in the meeting's name: "the X executives' visit"), not a
 * name in brackets after another (an acronym the mention stage may type as a firm), and not a firm
 * an infinitive follows ("licences for X to export chips": the firm acts, it is no topic). Studied
 * split, per document: 9 right, 4 wrong (products under the same conditions: 3 right, 9 wrong).
 */
export const firmAtMeetingRule: Rule = {
  id: "firm-at-meeting",
  predicates: ["DISCUSSED"],
  description:
    "A firm in a sentence naming one meeting (or the next sentence) with a word of discussing, not taking part in it, is the meeting's topic.",
  example: "The negotiators met in Oslo on Monday. The sale of Acme topped the agenda → the meeting discussed Acme.",
  apply(ctx) {
    const took = new Set<string>();
    for (const r of ctx.relations) if (r.predicate === "PARTICIPATED_IN") took.add(`${r.source}|${r.target}`);
    topicsAtMeetings(ctx, this.id, (meeting, x) => {
      if (x.e.type !== "Company" || took.has(`${x.e.id}|${meeting.id}`)) return false;
      if (/^to$/i.test(ctx.tokens[x.m.te]?.text ?? "") || ctx.tokens[x.m.ts - 1]?.text === "(") return false;
      const meetingName = meeting.name.toLowerCase();
      return !x.e.name
        .toLowerCase()
        .split(/\s+/)
        .some((w) => w.length > 2 && meetingName.includes(w));
    });
  },
};
