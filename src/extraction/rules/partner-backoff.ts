// The partnership backoff: a partnership noun ("partnership", "joint venture", "alliance",
// "collaboration") followed by "with Y" whose holder the precise partnership rules
// (./trade.ts, the predicate registry) did not read. The holder is the phrase's possessor, what its
// pronoun stands for, the named agent of its clause, or, when the clause names no agent ("The plan
// includes expanded partnerships with Y"), the firm the document is about. Runs after the
// partnership rule and adds only pairs whose partner no rule paired in that sentence.

import type { Chunk, SentenceReading } from "../syntax/clauses.ts";
import { logical, type M, sentenceReading } from "../syntax/predicates.ts";
import type { EntityType } from "../types.ts";
import { emitRelation, mentionsIn } from "./emit.ts";
import { listAfter, mainFirm, named, referent } from "./investment-frame.ts";
import type { Rule, RuleContext } from "./types.ts";

/** Who may partner: firms, state bodies, states and blocs. */
const ACTORS: ReadonlySet<EntityType> = new Set(["Company", "Agency", "Country", "Organization"]);

/** Head nouns of a partnership formed (a bare "venture" only as "joint venture"). */
const PARTNER_NOUNS: ReadonlySet<string> = new Set([
  "partnership",
  "partnerships",
  "alliance",
  "collaboration",
  "venture",
]);

/** Cheap sentence test. */
const TRIGGER = /\b(?:partnerships?|alliance|collaboration|joint venture)\s+with\b/i;

/** Words before the noun that tell a partnership only weighed, sought, refused or ended. */
const UNFORMED =
  /\b(?:talks?|talking|discuss(?:es|ed|ing)?|discussions|seek(?:s|ing)?|sought|explor(?:e|es|ed|ing)|consider(?:s|ed|ing)?|weigh(?:s|ed|ing)?|possible|potential|proposed|prospective|rejected|mull(?:s|ed|ing)?|no|not|without|end(?:s|ed)?|terminat(?:e|es|ed)|exit(?:s|ed)?|quit|scrap(?:s|ped)?|collapsed?|former|previous)\b/i;

/** Verbs of a partnership that ended or failed. */
const ENDED: ReadonlySet<string> = new Set([
  "collapse",
  "end",
  "fail",
  "dissolve",
  "unravel",
  "sour",
  "break",
  "terminate",
]);

/** Modals of a possibility. */
const MAYBE: ReadonlySet<string> = new Set(["could", "might", "may", "should", "must"]);

/** The holders of partnership phrase `c`: possessor, pronoun, clause agent, or the document's firm. */
function holders(ctx: RuleContext, r: SentenceReading<M>, c: Chunk<M>): M[] {
  if (c.possessor) return ACTORS.has(c.possessor.e.type) ? [c.possessor] : [];
  if (c.pronounPossessor === "our") return mainFirm(ctx);
  if (c.pronounPossessor) return referent(ctx, r, c).filter((x) => ACTORS.has(x.e.type));
  // The clause the phrase belongs to, through the phrases whose attachments hold it.
  let at: Chunk<M> = c;
  for (let n = 0; n < 4 && !r.clauseOf.has(at); n++) {
    const p = r.parentOf.get(at);
    if (!p) break;
    at = p.chunk;
  }
  const cl = r.clauseOf.get(at);
  // "The partnership with Y collapsed", "X could form an alliance with Y": none formed.
  if (cl && (cl.verb.negated || MAYBE.has(cl.verb.modal ?? "") || ENDED.has(cl.verb.lemma))) return [];
  const agent = cl ? logical(ctx, r, cl).agent : undefined;
  // The phrase is the agent itself ("The partnership with Y will …"): no holder written.
  if (agent && !agent.items.includes(at)) {
    if (agent.items.some((x) => x.entity || x.possessor)) {
      return agent.items.flatMap((x) => named(x, ACTORS, false));
    }
    if (agent.items.length === 1 && agent.items[0]!.headWord === "we") return mainFirm(ctx);
    if (agent.items.length === 1 && (agent.items[0]!.pronounPossessor || agent.te - agent.ts === 1)) {
      const found = referent(ctx, r, agent.items[0]!).filter((x) => ACTORS.has(x.e.type));
      if (found.length || /^(?:it|they|we|he|she)$/i.test(agent.items[0]!.headWord)) return found;
    }
  }
  return mainFirm(ctx);
}

/** Emits the backoff's pairs for one sentence. */
function partnersIn(ctx: RuleContext, si: number, rule: string): void {
  const { tokens } = ctx;
  const r = sentenceReading(ctx, si);
  if (!r) return;
  const s = ctx.sentences[si]!;
  const paired = new Set<string>();
  for (const rel of ctx.relations)
    if (rel.predicate === "PARTNERED_WITH" && rel.evidence.some((ev) => ev.start === s.start)) {
      paired.add(rel.source);
      paired.add(rel.target);
    }
  for (const c of r.chunks) {
    if (!PARTNER_NOUNS.has(c.headWord) || tokens[c.te]?.text.toLowerCase() !== "with") continue;
    if (c.entity && c.entity.ts <= c.head && c.head < c.entity.te) continue;
    if (c.headWord === "venture" && tokens[c.head - 1]?.text.toLowerCase() !== "joint") continue;
    const before = ctx.text.slice(tokens[Math.max(s.tokenStart, c.ts - 4)]!.start, tokens[c.head]!.start);
    if (UNFORMED.test(before)) continue;
    const partners = listAfter(ctx, r, c.te).flatMap((x) => named(x, ACTORS, false));
    if (!partners.length || partners.some((x) => paired.has(x.e.id))) continue;
    const own = holders(ctx, r, c);
    for (const h of own)
      for (const p of partners) {
        if (h.e === p.e) continue;
        emitRelation(ctx, h.e, "PARTNERED_WITH", p.e, si, rule, {}, 0.55);
      }
  }
}

/** "The plan includes expanded partnerships with Y and Z" (in a story about X): X partnered with Y and Z. */
export const partnerBackoffRule: Rule = {
  id: "partnership-backoff",
  predicates: ["PARTNERED_WITH"],
  description:
    "A partnership, joint venture or alliance with Y whose holder no precise rule read: the phrase's possessor, its clause's agent, else the document's firm.",
  example: "The plan includes expanded partnerships with two chip suppliers, Y and Z.",
  apply(ctx) {
    for (const s of ctx.sentences)
      if (TRIGGER.test(s.text) && mentionsIn(ctx, s.i).length) partnersIn(ctx, s.i, this.id);
  },
};
