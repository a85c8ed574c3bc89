// The passive of owning read through the clause layer: "Y is (jointly, 36.6%) owned by A and B",
// "Y, which is 57% owned by A", "Y, 90 percent of which is owned by A",
// "the company is at least partially owned by X", "The project … is located in Z and is jointly
// owned by A (50%) and B (50%)", "the X partnership (owned by A and B)". What is owned is the
// clause's logical patient: a firm, a site named as a place ("the X mine"), a description that
// stands for one ("the company", "the project"), or, for a verb joined by "and" with no subject of
// its own, the subject of the clause before. The owners are the "by" phrase's list (a state's
// government or "the X state" is its country). Each owner INVESTED_IN each thing owned: an equity
// share when the clause gives a percentage, else ownership. The registry's passive row reads a firm
// named as the subject; this reading adds the rest. Called by the investment rule (./trade.ts).

import type { Arg, Chunk, SentenceReading } from "../syntax/clauses.ts";
import { referent as discourseReferent, siteReferent } from "../syntax/discourse.ts";
import { type M, sentenceReading } from "../syntax/predicates.ts";
import type { EntityType } from "../types.ts";
import { emitRelation } from "./emit.ts";
import type { LocalEntity, RuleContext } from "./types.ts";

/** Who can own. */
const OWNERS: ReadonlySet<EntityType> = new Set(["Agency", "Company", "Country", "Organization"]);

/** Cheap sentence test. */
const TRIGGER = /\b(?:co-)?(?:owned|controlled)\b[^.]*\bby\b/i;

/** Heads of a phrase that stands for a state: "the French state", "the federal government". */
const STATE_HEADS: ReadonlySet<string> = new Set(["state", "government", "governments", "treasury"]);

/** Facility nouns written after a site's name: "the X mine", "the Y copper project". */
const SITE_NOUNS =
  /^(?:mines?|projects?|deposits?|refinery|refineries|smelters?|plants?|complex|operations?|facility|facilities)$/i;

/**
 * Whether a Place is a site a firm can own (a mine, project, plant …), not a town or region: its
 * name ends in a facility noun, or one of its mentions is followed, past at most two lower-case
 * words, by one ("the X copper-gold mine"); never a place the gazetteers know ("a Nevada facility").
 */
function isSite(ctx: RuleContext, e: LocalEntity): boolean {
  if (e.type !== "Place") return false;
  if (SITE_NOUNS.test(e.name.split(" ").at(-1) ?? "")) return true;
  if (e.mentions.some((m) => m.rule.startsWith("gazetteer"))) return false;
  return e.mentions.some((m) => {
    if (m.rule === "name-facility-noun") return true;
    for (let j = m.te; j < m.te + 3; j++) {
      const t = ctx.tokens[j]?.text ?? "";
      if (SITE_NOUNS.test(t)) return true;
      if (!/^[a-z]+(?:-[a-z]+)*$/.test(t)) return false;
    }
    return false;
  });
}

/** Heads of a firm's description after its name: "the X partnership", "the Y joint venture". */
const FIRM_HEADS = /^(?:partnership|venture|company|consortium|firm|subsidiary|unit)$/;

/** A firm or a site. */
function ownable(ctx: RuleContext, x: M): boolean {
  return x.e.type === "Company" || isSite(ctx, x.e);
}

/** The firms or sites a patient's phrase names or stands for. */
function owned(ctx: RuleContext, si: number, arg: Arg<M> | undefined): M[] {
  const out: M[] = [];
  for (const c of arg?.items ?? []) {
    if (c.entity) {
      if (ownable(ctx, c.entity)) out.push(c.entity);
      continue;
    }
    // "the X partnership (owned by …)": a firm named before a firm's head noun.
    const firms = c.modifiers.filter((x) => x.e.type === "Company");
    if (FIRM_HEADS.test(c.headWord) && firms.length === 1 && !c.possessor) {
      out.push(firms[0]!);
      continue;
    }
    // A description stands for a firm named before only as a clause's subject ("the company is
    // owned by X"), not after a verb ("said the company owned by X": the speaker, often another).
    const before = ctx.tokens[c.ts - 1];
    if (before && before.sentence === ctx.tokens[c.ts]!.sentence && (before.pos === "VERB" || before.pos === "AUX"))
      continue;
    const ref = (discourseReferent(c) ?? []).filter((x) => x.e.type === "Company");
    const xs = ref.length === 1 ? ref : siteReferent(ctx, si, c);
    out.push(...xs.filter((x) => ownable(ctx, x)));
  }
  return out;
}

/** The owners a "by" phrase lists: names that can own, and a state's government or "the X state". */
function owners(arg: Arg<M> | undefined): M[] {
  const out: M[] = [];
  for (const c of arg?.items ?? []) {
    if (c.entity) {
      if (OWNERS.has(c.entity.e.type)) out.push(c.entity);
    } else if (STATE_HEADS.has(c.headWord)) {
      const country = c.modifiers.find((x) => x.e.type === "Country") ?? c.possessor;
      if (country?.e.type === "Country") out.push(country);
    }
  }
  return out;
}

/** Words between the thing owned and "owned by": "is at least partially", "63.4%", ", jointly". */
const GLUE =
  /^(?:is|was|are|were|be|been|being|will|would|has|have|had|now|still|currently|already|,|\(|-|%|percent|per|cent|majority|minority|wholly|jointly|partly|partially|fully|mostly|largely|equally|also|at|least|\d[\d.,]*)$/i;

/** The phrase of a sentence's reading that ends at token `te` (exclusive), if any. */
function chunkEnding(r: SentenceReading<M>, te: number): Chunk<M> | undefined {
  return r.chunks.find((c) => c.te === te);
}

/** The list a "by" at token `k` opens: the reading's prepositional phrase there. */
function byList(r: SentenceReading<M>, k: number): Arg<M> | undefined {
  for (const c of r.clauses) for (const p of c.pps) if (p.at === k && p.prep === "by") return p.arg;
  for (const ch of r.chunks) for (const p of ch.pps) if (p.at === k && p.prep === "by") return p.arg;
  for (const c of r.clauses) if (c.agent && c.agent.ts === k + 1) return c.agent;
  return undefined;
}

/** Prepositions of a date between "co-owned" and "by". */
const YEAR_PREP = /^(?:since|in|from)$/i;

/** Each pair of distinct co-owners PARTNERED_WITH each other (rule "partnership"). */
function coOwners(ctx: RuleContext, holders: M[], si: number): void {
  const seen = [...new Map(holders.map((h) => [h.e, h])).values()];
  for (let a = 0; a < seen.length; a++)
    for (let b = a + 1; b < seen.length; b++)
      emitRelation(ctx, seen[a]!.e, "PARTNERED_WITH", seen[b]!.e, si, "partnership", {}, 0.6);
}

/** Emits the owners of the firms and sites that passives of owning name. */
export function ownedBy(ctx: RuleContext, rule: string): void {
  const { tokens } = ctx;
  for (const s of ctx.sentences) {
    if (!TRIGGER.test(s.text)) continue;
    const r = sentenceReading(ctx, s.i);
    if (!r) continue;
    // What the sentence's previous "owned by" owned: "X is 63.4% owned by A and 36.6% owned by B".
    let last: M[] = [];
    let lastBy = -1;
    for (let k = s.tokenStart; k < s.tokenEnd - 1; k++) {
      if (!/^(?:owned|co-owned|controlled)$/i.test(tokens[k]!.text)) continue;
      // A date between the participle and "by": "co-owned since 1968 by A and B".
      const by = YEAR_PREP.test(tokens[k + 1]!.text) && /^\d{4}$/.test(tokens[k + 2]?.text ?? "") ? k + 3 : k + 1;
      if (tokens[by]?.text.toLowerCase() !== "by") continue;
      const list = byList(r, by);
      // "A and B, owned by X and Y, respectively": each its own owner (./ownership.ts reads it).
      const after = tokens[list ? list.te : by + 1];
      const respectively = /^respectively$/i.test(
        after?.text === "," ? (tokens[list!.te + 1]?.text ?? "") : (after?.text ?? ""),
      );
      const holders = respectively ? [] : owners(list);
      let j = k - 1;
      while (j > s.tokenStart && GLUE.test(tokens[j]!.text)) j--;
      // A relative clause set off by a comma: "Y, which is 57% owned by A", "Y, 90% of which is owned by A".
      if (/^(?:which|that)$/i.test(tokens[j]!.text)) {
        let c = j - 1;
        if (tokens[c]?.text.toLowerCase() === "of") while (c > s.tokenStart + 1 && GLUE.test(tokens[c - 1]!.text)) c--;
        if (tokens[c]?.text.toLowerCase() === "of") c = -1;
        if (c > s.tokenStart && tokens[c - 1]?.text === ",") j = c - 2;
        else if (c > s.tokenStart && tokens[c]?.text === ",") j = c - 1;
      }
      let things: M[] = [];
      if (tokens[j]?.text.toLowerCase() === "and") {
        if (lastBy >= 0 && lastBy < j) things = last;
        else {
          // "The X project is located in Z and is jointly owned by A": the subject of the clause before.
          const prev = r.clauses.filter((c) => c.verb.te <= j && c.subject).at(-1);
          if (prev) things = owned(ctx, s.i, prev.subject);
        }
      } else {
        const c = chunkEnding(r, j + 1);
        if (c) things = owned(ctx, s.i, { items: [c], ts: c.ts, te: c.te });
      }
      if (holders.length && things.length) {
        const words = ctx.text.slice(tokens[j + 1]!.start, tokens[k]!.start);
        const share = /(\d[\d.]*)\s?(%|percent|per cent)/.exec(words);
        const attributes: Record<string, string> = share
          ? { share: `${share[1]}%`, kind: "equity" }
          : { kind: "ownership" };
        for (const h of holders)
          for (const t of things)
            if (h.e !== t.e) emitRelation(ctx, h.e, "INVESTED_IN", t.e, s.i, rule, attributes, 0.6);
      }
      // "co-owned by A and B": the co-owners are partners.
      if (/^co-owned$/i.test(tokens[k]!.text)) coOwners(ctx, holders, s.i);
      last = things;
      lastBy = k;
    }
  }
}
