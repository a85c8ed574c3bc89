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

/** Verbs whose subject, a partnership noun, names its members as their object: "the venture brings together A and B". */
const MEMBER_VERBS: ReadonlySet<string> = new Set(["bring", "unite", "comprise", "include", "involve", "gather"]);

/** Heads of a partnership formed whose members a verb lists ("the partnership", "the consortium"). */
const MEMBERED_NOUNS: ReadonlySet<string> = new Set([...PARTNER_NOUNS, "consortium"]);

/**
 * "The partnership brings together A, B and C", "The consortium comprises A and B", "the alliance
 * includes A and B": a clause whose subject is a partnership noun (definite or indefinite, no name of
 * its own, "joint venture" for a bare venture) and whose verb lists members pairs each two of its
 * object's firms, bodies and states. Not a negated or possible clause; "bring" only with "together".
 */
function membersIn(ctx: RuleContext, si: number, rule: string): void {
  const { tokens } = ctx;
  const r = sentenceReading(ctx, si);
  if (!r) return;
  for (const cl of r.clauses) {
    if (!MEMBER_VERBS.has(cl.verb.lemma) || cl.verb.passive || cl.verb.negated || MAYBE.has(cl.verb.modal ?? ""))
      continue;
    const head = cl.subject?.items.length === 1 ? cl.subject.items[0] : undefined;
    if (!head || !MEMBERED_NOUNS.has(head.headWord) || head.entity || head.modifiers.some((m) => ACTORS.has(m.e.type)))
      continue;
    if (head.headWord === "venture" && tokens[head.head - 1]?.text.toLowerCase() !== "joint") continue;
    if (cl.verb.lemma === "bring" && !/^together$/i.test(tokens[cl.verb.te]?.text ?? "")) continue;
    // "brings together A and a fund managed by B": the clause layer gives the list to the participle
    // after it as its subject; the list right after the verb is the members all the same.
    const object =
      cl.objects[0] ??
      r.clauses.find((k) => k !== cl && k.subject && k.subject.ts >= cl.verb.te && k.subject.ts <= cl.verb.te + 1)
        ?.subject;
    if (!object) continue;
    const members = [...new Set(object.items.flatMap((x) => named(x, ACTORS, false)).map((x) => x.e))];
    for (let a = 0; a < members.length; a++)
      for (let b = a + 1; b < members.length; b++)
        emitRelation(ctx, members[a]!, "PARTNERED_WITH", members[b]!, si, rule, {}, 0.55);
  }
}

/** Cheap sentence test of `membersIn`. */
const MEMBERS_TRIGGER =
  /\b(?:partnership|alliance|collaboration|venture|consortium)\s+(?:\w+\s+)?(?:brings?|brought|unites?|united|compris|includ|involv|gather)/i;

/** "The plan includes expanded partnerships with Y and Z" (in a story about X): X partnered with Y and Z. */
export const partnerBackoffRule: Rule = {
  id: "partnership-backoff",
  predicates: ["PARTNERED_WITH"],
  description:
    "A partnership, joint venture or alliance with Y whose holder no precise rule read: the phrase's possessor, its clause's agent, else the document's firm.",
  example: "The plan includes expanded partnerships with two chip suppliers, Y and Z.",
  apply(ctx) {
    for (const s of ctx.sentences) {
      if (TRIGGER.test(s.text) && mentionsIn(ctx, s.i).length) partnersIn(ctx, s.i, this.id);
      if (MEMBERS_TRIGGER.test(s.text) && mentionsIn(ctx, s.i).length > 1) membersIn(ctx, s.i, this.id);
    }
  },
};
