// Presence: people a sentence says were present at, attending or joining the talks it speaks of,
// in the inverted order news writing uses for an added name ("Also present was X", "Also
// attending were A and B", "Also joining Y for the talks was Z") and the plain one ("X was also
// present", "A and B were on hand"). A class of presence words, not one phrasing: present, on
// hand, in attendance, attending, joining, participating, taking part. The event is the one the
// sentence names, else the one the sentence before names last, else the document's main one.
// Must not read a denied presence ("X was not present") nor a present tense's adjective ("present
// challenges", "the present agreement").

import { meetingsOf } from "../stages/05-meetings.ts";
import { emitRelation, mentionsIn, wordsBetween } from "./emit.ts";
import type { LocalEntity, Rule, RuleContext } from "./types.ts";

/** The rule's id, written into its evidence. */
export const PRESENCE_RULE = "meeting-presence";

/** Presence words after an opening "Also": "Also present was", "Also attending were". */
const INVERTED = /^also (present|attending|joining|participating|taking part|in attendance|on hand)\b/;
/** Presence after a be form, ending the clause: "X was (also) present.", "A and B were on hand at the talks". */
const PLAIN = /\b(was|were) (also )?(present|on hand|in attendance)( (at|for|during) the [a-z' -]+)?$/;

/** The event a sentence's presence refers to: the sentence's own, the one named just before, or the main one. */
function eventFor(ctx: RuleContext, si: number): LocalEntity | undefined {
  const index = meetingsOf(ctx);
  const own = [...(index.bySentence.get(si) ?? [])];
  if (own.length === 1) return own[0];
  if (own.length > 1) return undefined;
  const before = index.found
    .filter((f) => f.sentence === si - 1 && f.token !== undefined)
    .sort((a, b) => a.token! - b.token!)
    .at(-1)?.meeting;
  return before ?? index.primary ?? (index.main.length === 1 ? index.main[0] : undefined);
}

/** Whether tokens [a, b) only join two listed people: titles, names, "and", commas, a possessive state. */
function joins(ctx: RuleContext, a: number, b: number): boolean {
  if (b - a > 10) return false;
  for (let k = a; k < b; k++) {
    const w = ctx.tokens[k]!.text;
    if (!/^[A-Z]/.test(w) && !/^(,|and|of|for|the|['’]s?|-|–)$/.test(w)) return false;
  }
  return true;
}

function presence(ctx: RuleContext): void {
  const { tokens } = ctx;
  for (const s of ctx.sentences) {
    if (!/\b(present|attending|joining|participating|part|attendance|hand)\b/.test(s.text)) continue;
    const ms = mentionsIn(ctx, s.i).filter((x) => x.e.type === "Person");
    if (!ms.length) continue;
    const words = wordsBetween(ctx, s.tokenStart, s.tokenEnd);
    const people: LocalEntity[] = [];
    if (INVERTED.test(words)) {
      // The people after the be form: "Also present was China's negotiator, X".
      let be = s.tokenStart + 2;
      while (be < s.tokenEnd && !/^(was|were)$/.test(tokens[be]!.text)) be++;
      let last = be + 1;
      for (const x of ms) {
        if (x.m.ts <= be) continue;
        if (!joins(ctx, last, x.m.titleStart ?? x.m.ts) && !(people.length === 0 && x.m.ts - be <= 10)) break;
        people.push(x.e);
        last = x.m.te;
      }
    } else {
      // "X was also present." / "A and B were on hand at the talks.": the clause's coordinated subject.
      for (let i = s.tokenStart + 1; i < s.tokenEnd; i++) {
        if (!/^(was|were)$/.test(tokens[i]!.text)) continue;
        let end = i + 1;
        while (end < s.tokenEnd && !/^[.,;]$/.test(tokens[end]!.text)) end++;
        if (!PLAIN.test(wordsBetween(ctx, i, end))) continue;
        const before = ms.filter((x) => x.m.te <= i);
        const subject = before.at(-1);
        if (!subject || subject.m.te !== i) break;
        const list = [subject];
        for (let n = before.length - 2; n >= 0; n--) {
          const x = before[n]!;
          if (!joins(ctx, x.m.te, list[0]!.m.titleStart ?? list[0]!.m.ts)) break;
          list.unshift(x);
        }
        people.push(...list.map((x) => x.e));
        break;
      }
    }
    if (!people.length) continue;
    const event = eventFor(ctx, s.i);
    if (!event) continue;
    for (const p of people) emitRelation(ctx, p, "PARTICIPATED_IN", event, s.i, PRESENCE_RULE);
  }
}

/**
 * "Also present was the trade negotiator X", "Y was also present": the people said to be present
 * at, attending or joining the talks took part in them.
 */
export const presenceRule: Rule = {
  id: PRESENCE_RULE,
  predicates: ["PARTICIPATED_IN"],
  description: "People said to be present at, attending or joining the talks took part in them.",
  example: "Also present was the country's chief negotiator X.",
  apply: presence,
};
