// The people who lead or chair one meeting together met at it: "The meeting, hosted by the X
// Ministry, was led by A and B", "The Strategic Dialogue was held in Oslo, co-chaired by A and B".
// A verb of leading (led, chaired, co-chaired, headed, co-hosted) in the passive, after a sentence
// whose one meeting the reading filed, and two or more people coordinated after its "by" (past
// their titles); people of different states only (two of one state lead one side).

import { emitRelation, mentionsIn, type SeenMention } from "../rules/emit.ts";
import type { LocalEntity, RuleContext } from "../rules/types.ts";
import { titleWord } from "./between-people.ts";

const LEAD_VERB = /^(led|chaired|co-chaired|cochaired|headed|co-hosted|co-led)$/;

/** The people coordinated after the "by" at `by` ("by A, B and the President of Y, C"), up to six. */
function agents(ctx: RuleContext, by: number, ms: readonly SeenMention[]): SeenMention[] {
  const { tokens } = ctx;
  const out: SeenMention[] = [];
  let k = by + 1;
  for (const x of ms.filter((y) => y.e.type === "Person" && y.m.ts > by).sort((a, b) => a.m.ts - b.m.ts)) {
    if (x.m.ts < k) continue;
    if (x.m.ts - k > 12) break;
    let ok = true;
    for (let j = k; j < x.m.ts && ok; j++) ok = titleWord(tokens[j]!.text) || tokens[j]!.text === ",";
    if (!ok) break;
    out.push(x);
    let n = x.m.te;
    if (tokens[n]?.text === ",") n++;
    if (tokens[n]?.text !== "and" && tokens[n - 1]?.text !== ",") break;
    if (tokens[n]?.text === "and") n++;
    k = n;
    if (out.length === 6) break;
  }
  return out;
}

/**
 * Emits MET_WITH between the co-leads of a meeting and PARTICIPATED_IN for each; `meetingsIn` gives
 * the meetings the reading filed in a sentence.
 */
export function coLeads(
  ctx: RuleContext,
  meetingsIn: (sentence: number) => ReadonlySet<LocalEntity> | undefined,
): void {
  const { tokens } = ctx;
  for (const s of ctx.sentences) {
    if (!/\b(led|chaired|co-chaired|cochaired|headed|co-hosted|co-led) by\b/.test(s.text)) continue;
    const filed = meetingsIn(s.i);
    if (filed?.size !== 1) continue;
    const [meeting] = [...filed!];
    const ms = mentionsIn(ctx, s.i);
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      if (!LEAD_VERB.test(tokens[i]!.text) || tokens[i + 1]?.text !== "by") continue;
      // A passive ("was led by") or a participle set off by a comma (", co-chaired by").
      if (!/^(was|were|been|,)$/.test(tokens[i - 1]?.text ?? "")) continue;
      const people = [...new Set(agents(ctx, i + 1, ms).map((x) => x.e))];
      if (people.length < 2) continue;
      for (const p of people) emitRelation(ctx, p, "PARTICIPATED_IN", meeting!, s.i, "meeting-co-leads");
      for (let a = 0; a < people.length; a++)
        for (let b = a + 1; b < people.length; b++) {
          const x = people[a]!;
          const y = people[b]!;
          if (x.nationality && x.nationality === y.nationality) continue;
          emitRelation(ctx, x, "MET_WITH", y, s.i, "meeting-co-leads", { meeting: meeting!.name }, 0.7);
        }
    }
  }
}
