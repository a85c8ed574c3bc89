// A firm building a plant of a stated cost in a region invests in that region: "X will build a $7.4
// billion smelter in Tennessee", "X plans to invest $277 million to build a separation facility in
// Louisiana", "the company is constructing a $288 million plant in Texas". The firm is the agent of
// a verb of building, opening or investing (a pronoun or "the company" read as the firm it stands
// for); what is built is a facility noun whose "in" names a region, state or country (not a site of
// its own, "the X mine"); the sentence gives an amount before that "in". Not a plan negated, only
// possible, or abandoned; not money a lender gives ("a loan to build …": the lender is no builder,
// the investment rows read it). Reads the clause layer (the builder through the investment frame's
// `agentsOf`, which reads "X (TSX: XX) plans to …" too); called as its own rule after the investment
// rows. The same facility written as one noun phrase owned by the firm, with no verb of
// building ("X's planned $7.4 billion smelter in Tennessee", `ownCostedSites`).

import { type M, sentenceReading } from "../syntax/predicates.ts";
import type { EntityType } from "../types.ts";
import { emitRelation, mentionsIn } from "./emit.ts";
import { agentsOf, hasAmount, unrealMoney } from "./investment-frame.ts";
import type { Rule, RuleContext } from "./types.ts";

/** Only a firm builds for its own account here (a state body's money is a grant the rows read). */
const BUILDERS: ReadonlySet<EntityType> = new Set(["Company"]);

/** Where a facility stands: a region or town (not a site), or a country. */
const WHERE: ReadonlySet<EntityType> = new Set(["Place", "Country"]);

/** Verbs of putting up a facility or money in it. */
const BUILD_VERBS: ReadonlySet<string> = new Set(["build", "construct", "open", "establish", "invest", "spend"]);

/** Facility nouns: what a firm builds. */
const FACILITY =
  /^(?:plants?|facility|facilities|refinery|refineries|smelters?|factory|factories|complex|hub|mill|works|project)$/i;

/** Words that tell the plan dropped or failed, before the verb. */
const DROPPED = /\b(?:abandon\w*|scrap\w*|shelv\w*|cancel\w*|drop\w*|halt\w*|paus\w*|fail\w*)\b/i;

/** Money given by someone else for the building: the builder is not the one who invests. */
const LENT = /\b(?:loans?|grants?|funding|financing|subsid(?:y|ies)|contract)\b/i;

/** Cheap sentence test. */
const TRIGGER = /\b(?:build|building|built|construct\w*|open\w*|establish\w*|invest\w*|spend\w*)\b[^.]*\bin\b/i;

/** The region a facility noun at token `k` stands "in", if any (past "the"): not a site of its own. */
function placeAfter(ctx: RuleContext, si: number, k: number): M | undefined {
  const { tokens } = ctx;
  if (tokens[k + 1]?.text !== "in") return undefined;
  let j = k + 2;
  if (/^the$/i.test(tokens[j]?.text ?? "")) j++;
  const x = mentionsIn(ctx, si)
    .filter((y) => y.m.ts === j && WHERE.has(y.e.type))
    .sort((a, b) => b.m.te - a.m.te)[0];
  if (!x) return undefined;
  // "in the X mine": a site, not a region; "in X's north": still the region.
  if (FACILITY.test(tokens[x.m.te]?.text ?? "") || /^(?:mines?|deposits?)$/i.test(tokens[x.m.te]?.text ?? ""))
    return undefined;
  return { ts: x.m.ts, te: x.m.te, m: x.m, e: x.e };
}

/** Emits the firms that build a costed facility in a region. */
function buildsIn(ctx: RuleContext, si: number, rule: string): void {
  const { tokens } = ctx;
  const s = ctx.sentences[si]!;
  const r = sentenceReading(ctx, si);
  if (!r) return;
  for (const cl of r.clauses) {
    if (!BUILD_VERBS.has(cl.verb.lemma) || cl.verb.passive || unrealMoney(ctx, r, cl)) continue;
    const lead = ctx.text.slice(tokens[Math.max(s.tokenStart, cl.verb.ts - 5)]!.start, tokens[cl.verb.ts]!.start);
    if (DROPPED.test(lead)) continue;
    // "X plans to invest $N to build a plant in Y": an infinitive's builder is the agent of the
    // clause it completes (the nearest one before it, not a relative clause); "X could spend $N to
    // build …": only possible.
    const prev = cl.verb.infinitive
      ? r.clauses.filter((c) => c !== cl && !c.relative && c.verb.te <= cl.verb.ts).at(-1)
      : undefined;
    if (prev && unrealMoney(ctx, r, prev)) continue;
    let builders = agentsOf(ctx, r, cl, BUILDERS);
    if (!builders.length && prev) builders = agentsOf(ctx, r, prev, BUILDERS);
    if (!builders.length) continue;
    const end = Math.min(s.tokenEnd - 1, cl.te + 4);
    for (let k = cl.verb.te; k < end; k++) {
      const w = tokens[k]!.text;
      if (w === ";" || (w === "," && k > cl.verb.te + 1)) break;
      if (!FACILITY.test(w)) continue;
      const where = placeAfter(ctx, si, k);
      if (!where) continue;
      // A cost stated before the place, and not a lender's money for the building.
      if (!hasAmount(ctx, s.tokenStart, where.ts)) break;
      const before = ctx.text.slice(s.start, tokens[where.ts]!.start);
      if (LENT.test(before)) break;
      for (const b of builders)
        if (b.e !== where.e) emitRelation(ctx, b.e, "INVESTED_IN", where.e, si, rule, { kind: "project" }, 0.55);
      break;
    }
  }
}

/** Cheap sentence test for `ownCostedSites`: a possessive, then a facility noun followed by "in". */
const OWN_TRIGGER =
  /['’]s?\s[^!?;]*\b(?:plants?|facility|facilities|refinery|refineries|smelters?|factory|factories|complex|hub|mill|works|project)\s+in\b/i;

/**
 * "X's (planned) $7.4 billion smelter in Tennessee": a firm's own facility of a stated cost in a
 * region, written as one noun phrase (no verb of building), invests there as the clause form does.
 * The firm is the phrase's possessor (a Company the mentions found); the amount inside the phrase;
 * not a plan dropped or a lender's money ("X's $50 million loan for a plant in Y").
 */
function ownCostedSites(ctx: RuleContext, si: number, rule: string): void {
  const r = sentenceReading(ctx, si);
  if (!r) return;
  const { tokens } = ctx;
  for (const c of r.chunks) {
    const owner = c.possessor;
    if (!owner || !BUILDERS.has(owner.e.type) || !FACILITY.test(tokens[c.head]?.text ?? "")) continue;
    if (c.head !== c.te - 1 || !hasAmount(ctx, owner.te, c.head)) continue;
    const phrase = ctx.text.slice(tokens[c.ts]!.start, tokens[c.te - 1]!.end);
    if (DROPPED.test(phrase) || LENT.test(phrase)) continue;
    const where = placeAfter(ctx, si, c.head);
    if (!where || where.e === owner.e) continue;
    emitRelation(ctx, owner.e, "INVESTED_IN", where.e, si, rule, { kind: "project" }, 0.55);
  }
}

/** "X will build a $7.4 billion smelter in Tennessee": X INVESTED_IN Tennessee. */
export const buildSitesRule: Rule = {
  id: "build-sites",
  predicates: ["INVESTED_IN"],
  description: "A firm building a facility of a stated cost in a region or country invested in it.",
  example: "The miner will build a $2 billion refinery in Ruritania's north.",
  apply(ctx) {
    for (const s of ctx.sentences) {
      if (mentionsIn(ctx, s.i).length < 2) continue;
      if (TRIGGER.test(s.text)) buildsIn(ctx, s.i, this.id);
      if (OWN_TRIGGER.test(s.text)) ownCostedSites(ctx, s.i, this.id);
    }
  },
};
