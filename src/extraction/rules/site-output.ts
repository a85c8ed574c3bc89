// A site's output is its owner's: "The mine is expected to produce 85,000 tonnes a year of copper
// concentrate", "the project's first phase will produce lithium carbonate", "X is building a plant
// in Ohio, which will make magnets", "the refinery will have a capacity of 20,000 tonnes of rare
// earth oxides". Read on the clause layer: a clause whose verb is one of making (or "have" a
// capacity / output) and whose subject is a site (mine, plant, refinery, project, phase …) that no
// name heads; the goods are its object's, or those of the object's "of" phrases; the owner is the
// site's possessor, the firm that "its" stands for, the firm that builds or runs the site in the
// clause that names it, the one firm the sentence names, or, when the sentence names no firm nor
// state, the one firm of the sentence before. A backoff: it runs after the production rules.

import { FIRM_SITES } from "../lexicon/organizations.ts";
import type { Arg, Chunk, Clause } from "../syntax/clauses.ts";
import type { M } from "../syntax/predicates.ts";
import { sentenceReading } from "../syntax/predicates.ts";
import { emitRelation, mentionsIn } from "./emit.ts";
import type { LocalEntity, Rule, RuleContext } from "./types.ts";

/**
 * Nouns of a site or of a part of one ("the mine", "its refinery", "the project's first phase"): a
 * firm's sites, and the words for a site's parts and kinds, singular and plural.
 */
const SITE_WORDS: ReadonlySet<string> = new Set(
  [...FIRM_SITES, "complex", "deposit", "phase", "stage", "expansion"].flatMap((w) => [
    w,
    w.endsWith("y") ? `${w.slice(0, -1)}ies` : `${w}s`,
  ]),
);

/** Lemmas of making: what a site produces, yields, makes, refines or mines. */
const MAKING: ReadonlySet<string> = new Set(["produce", "yield", "make", "manufacture", "refine", "mine", "extract"]);

/** Object heads after "have" that name a site's output ("will have a capacity of N tonnes of Y"). */
const OUTPUT_HEADS: ReadonlySet<string> = new Set(["capacity", "output", "production"]);

/** A cheap sentence test: a site word and a making or output word. */
const TRIGGER =
  /\b(?:mines?|plants?|refiner(?:y|ies)|smelters?|factor(?:y|ies)|facilit(?:y|ies)|projects?|complex|operations?|deposits?|phases?|stages?|expansions?)\b[\s\S]*\b(?:produc\w*|yield\w*|mak\w*|manufactur\w*|refin\w*|min(?:e|es|ed|ing)|extract\w*|capacity|output)\b/i;

const GOODS = new Set(["Mineral", "Product"]);

/** Whether a mention (of a clause or of a sentence) is of a firm, not a demonym ("Chinese"). */
function isFirm<T extends Pick<M, "e" | "m">>(x: T | undefined): x is T {
  return !!x && x.e.type === "Company" && !x.m.demonym;
}

/** The site chunk of a clause's subject, or undefined when no site heads it or a name does. */
function siteSubject(ctx: RuleContext, cl: Clause<M>): Chunk<M> | undefined {
  if (cl.verb.passive || cl.verb.negated) return undefined;
  const arg = cl.agent ?? cl.subject;
  if (arg?.items.length !== 1) return undefined;
  const c = arg.items[0]!;
  if (c.entity) return undefined;
  const words = ctx.tokens.slice(c.ts, c.te + 1).map((t) => t.text.toLowerCase());
  if (!words.some((w) => SITE_WORDS.has(w))) return undefined;
  return c;
}

/** The goods of an object argument: its items' own, and those of their "of" phrases, two deep. */
function goodsOf(arg: Arg<M> | undefined, depth = 0): LocalEntity[] {
  if (!arg) return [];
  const out: LocalEntity[] = [];
  for (const c of arg.items) {
    if (c.entity && GOODS.has(c.entity.e.type)) out.push(c.entity.e);
    if (depth < 2) for (const pp of c.pps) if (pp.prep === "of") out.push(...goodsOf(pp.arg, depth + 1));
  }
  return out;
}

/** The one firm a sentence names, if exactly one (several mentions of it count once). */
function oneFirm(ctx: RuleContext, si: number): LocalEntity | undefined {
  const firms = new Set(
    mentionsIn(ctx, si)
      .filter(isFirm)
      .map((x) => x.e),
  );
  return firms.size === 1 ? [...firms][0] : undefined;
}

/** The owner of the site chunk `c` of sentence `si`. */
function siteOwner(ctx: RuleContext, si: number, clauses: Clause<M>[], c: Chunk<M>): LocalEntity | undefined {
  if (c.possessor) return isFirm(c.possessor) ? c.possessor.e : undefined;
  const ms = mentionsIn(ctx, si);
  if (c.pronounPossessor) {
    const before = ms.filter((x) => x.m.te <= c.ts);
    const last = before.at(-1);
    if (isFirm(last)) return last.e;
    if (before.some((x) => x.e.type === "Country" || x.e.type === "Person")) return undefined;
    return si > 0 ? oneFirm(ctx, si - 1) : undefined;
  }
  // The clause that names the site as its object: its one firm acting builds or runs it.
  for (const cl of clauses) {
    if (!cl.objects.some((o) => o.items.includes(c))) continue;
    const agent = cl.agent?.items.length === 1 ? cl.agent.items[0]!.entity : undefined;
    if (agent) return isFirm(agent) ? agent.e : undefined;
  }
  const actors = ms.filter((x) => x.e.type === "Company" || x.e.type === "Country" || x.e.type === "Person");
  if (actors.length) return actors.every((x) => x.e.type === "Company") ? oneFirm(ctx, si) : undefined;
  return si > 0 ? oneFirm(ctx, si - 1) : undefined;
}

export const siteOutputRule: Rule = {
  id: "site-output",
  predicates: ["PRODUCES"],
  description: "A site's output (a mine, plant or project that produces a good) is its owner's.",
  example: "Halvex Mining plans to reopen the Sierra mine. The mine is expected to produce 85,000 tonnes of copper.",
  apply(ctx) {
    for (const s of ctx.sentences) {
      if (!TRIGGER.test(s.text)) continue;
      const r = sentenceReading(ctx, s.i);
      if (!r) continue;
      for (const cl of r.clauses) {
        const making = MAKING.has(cl.verb.lemma);
        if (!making && cl.verb.lemma !== "have") continue;
        const site = siteSubject(ctx, cl);
        if (!site) continue;
        const object = cl.objects[0];
        if (!making && !object?.items.some((c) => OUTPUT_HEADS.has(c.headWord))) continue;
        // "of Y" after a time phrase ("20,000 tonnes a year of Y") hangs on the clause.
        const goods = [
          ...goodsOf(object),
          ...cl.pps.filter((pp) => pp.prep === "of").flatMap((pp) => goodsOf(pp.arg, 2)),
        ];
        if (!goods.length) continue;
        const owner = siteOwner(ctx, s.i, r.clauses, site);
        if (!owner) continue;
        for (const g of goods) emitRelation(ctx, owner, "PRODUCES", g, s.i, this.id, {}, 0.6);
      }
    }
  },
};
