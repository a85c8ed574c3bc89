// Counterparts named with their states. "<X> met|received|hosted (his|her|their) [<demonym>]
// counterpart(s)[,] <A> [from|of <state A>][, <B> from|of <state B>] and <C> from|of <state C>":
// each counterpart serves the state written after their name (else the demonym before the noun, for
// one counterpart or a list of one state), holds the post of the principal's kind in the state
// written after the name (a counterpart of a trade minister is that state's trade minister) and,
// outside heads of state, represents it; the principal negotiated with each (heads of state only
// meet); with a verb of meeting they all met, and the states negotiated with each other. Only
// another state than the principal's: a counterpart is across the table.

import { HEAD_OF_STATE_TITLES } from "../lexicon/titles.ts";
import { emitRelation, entitiesById, mentionsIn } from "./emit.ts";
import { countryEntity } from "./sides.ts";
import type { LocalEntity, Rule, RuleContext } from "./types.ts";

type Found = ReturnType<typeof mentionsIn>[number];

/** Verbs (and their objects' prepositions) by which the principal meets the counterparts. */
const MEETING_LINK =
  /(?:^|\s)(?:met|meets|meet|meeting|received|receives|receiving|hosted|hosts|hosting|welcomed|welcomes|welcoming|held talks with|holds talks with|talks with|sat down with|met with|meets with|meeting with)(?: with)?$/;

/** The words between the principal's name and the possessive pronoun: a verb of meeting or "and". */
const LINK = /^(?:(?:has |had |have |will |on \w+ )?[a-z]+(?: [a-z]+){0,2}|and|, and)$/;

/** Prepositions that give a counterpart's state after the name ("X from Japan", "Y of China"). */
const FROM = /^(?:from|of)$/;

/** A counterpart list after the noun: people, each optionally "from|of <state>". */
function listedCounterparts(ctx: RuleContext, ms: Found[], start: number, end: number) {
  const items: { p: Found; state?: LocalEntity; written: boolean }[] = [];
  let k = ctx.tokens[start]?.text === "," ? start + 1 : start;
  for (;;) {
    const p = ms.find((x) => x.m.ts === k && x.e.type === "Person");
    if (!p) break;
    k = p.m.te;
    let state: LocalEntity | undefined;
    let written = false;
    if (FROM.test(ctx.tokens[k]?.text ?? "")) {
      const at = ctx.tokens[k + 1]?.text === "the" ? k + 2 : k + 1;
      const c = ms.find((x) => x.m.ts === at && x.e.type === "Country" && !x.m.demonym);
      if (!c) break;
      state = c.e;
      written = true;
      k = c.m.te;
    }
    items.push({ p, state, written });
    const t = ctx.tokens[k]?.text ?? "";
    const u = ctx.tokens[k + 1]?.text ?? "";
    if (k >= end) break;
    if (t === "and") k += 1;
    else if (t === "," && u === "and") k += 2;
    else if (t === "," && ms.some((y) => y.m.ts === k + 1 && y.e.type === "Person")) k += 1;
    else break;
  }
  return items;
}

function isHead(p: LocalEntity): boolean {
  return [...p.titles].some((t) => !/\b(?:vice|deputy|former)\b/i.test(t) && HEAD_OF_STATE_TITLES.has(t));
}

export const counterpartsRule: Rule = {
  id: "counterparts-with-states",
  predicates: ["HOLDS_POSITION", "REPRESENTS", "NEGOTIATED_WITH", "MET_WITH"],
  description:
    "Counterparts listed after a principal's possessive, each with the state written after the name (or the demonym before the noun): their posts, sides and dealings with the principal.",
  example:
    "Trade Minister A received his counterparts B from Japan and C from China → B holds trade minister of Japan.",
  apply(ctx) {
    const byId = entitiesById(ctx);
    for (const s of ctx.sentences) {
      if (!/\bcounterparts?\b/i.test(s.text)) continue;
      const ms = mentionsIn(ctx, s.i);
      for (let i = s.tokenStart; i < s.tokenEnd; i++) {
        if (!/^counterparts?$/i.test(ctx.tokens[i]!.text)) continue;
        // "his [Japanese] counterpart(s)": the possessive pronoun, a demonym between.
        const demonym = ms.find((x) => x.e.type === "Country" && x.m.te === i);
        const pronounAt = (demonym?.m.ts ?? i) - 1;
        if (!/^(?:his|her|their)$/i.test(ctx.tokens[pronounAt]?.text ?? "")) continue;
        // The principal: the last person before the pronoun, joined to it by a verb or "and".
        const principal = ms.filter((x) => x.e.type === "Person" && x.m.te <= pronounAt).at(-1);
        if (!principal) continue;
        const link = ctx.tokens
          .slice(principal.m.te, pronounAt)
          .map((t) => t.text.toLowerCase())
          .join(" ");
        if (!LINK.test(link) || /[;:]/.test(link)) continue;
        const meets = MEETING_LINK.test(link);
        const listed = listedCounterparts(ctx, ms, i + 1, s.tokenEnd);
        if (listed.length === 0) continue;
        // The demonym gives the state of one counterpart, or of all when no other is written.
        const plural = /s$/i.test(ctx.tokens[i]!.text);
        for (const c of listed)
          if (!c.state && demonym && (!plural || listed.every((x) => !x.state))) c.state = demonym.e;
        // The principal's post: its title and state.
        const post = ctx.relations.find(
          (r) =>
            r.predicate === "HOLDS_POSITION" && r.source === principal.e.id && byId.get(r.target)?.type === "Country",
        );
        const own = post
          ? byId.get(post.target)
          : principal.e.nationality
            ? countryEntity(ctx, principal.e.nationality)
            : undefined;
        const title = post?.attributes.title;
        const head = isHead(principal.e);
        const placed = listed.filter((c) => c.state && c.state !== own && c.p.e !== principal.e);
        for (const c of placed) {
          const state = c.state!;
          const held = ctx.relations.some((r) => r.predicate === "HOLDS_POSITION" && r.source === c.p.e.id);
          // The post only for a state written after the name: "his Indian counterpart X" may hold another post.
          if (title && c.written && !held && !head)
            emitRelation(ctx, c.p.e, "HOLDS_POSITION", state, s.i, this.id, { title: title.toLowerCase() });
          // Heads of state meet; their states, not they, negotiate.
          const leaders = head || isHead(c.p.e);
          // A leader's counterpart is left to the rules of leaders (a nationality would make a delegate of them).
          if (!leaders) {
            c.p.e.nationality ??= state.attributes.code ?? state.name;
            emitRelation(ctx, c.p.e, "REPRESENTS", state, s.i, this.id);
            emitRelation(ctx, principal.e, "NEGOTIATED_WITH", c.p.e, s.i, this.id);
          }
          if (meets) emitRelation(ctx, principal.e, "MET_WITH", c.p.e, s.i, this.id);
          if (own) emitRelation(ctx, own, "NEGOTIATED_WITH", state, s.i, this.id, {}, 0.7);
        }
        // Received together, the counterparts met one another too.
        if (meets)
          for (let a = 0; a < placed.length; a++)
            for (let b = a + 1; b < placed.length; b++) {
              const x = placed[a]!;
              const y = placed[b]!;
              if (x.state === y.state) continue;
              emitRelation(ctx, x.p.e, "MET_WITH", y.p.e, s.i, this.id);
              if (!head && !isHead(x.p.e) && !isHead(y.p.e))
                emitRelation(ctx, x.p.e, "NEGOTIATED_WITH", y.p.e, s.i, this.id);
              emitRelation(ctx, x.state!, "NEGOTIATED_WITH", y.state!, s.i, this.id, {}, 0.7);
            }
      }
    }
  },
};
