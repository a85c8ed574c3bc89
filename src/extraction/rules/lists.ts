// Coordinated lists, once for every rule: a relation a rule read on one item of a list ("trade
// agreements with X and Y", "X, Y as well as Z imposed duties on W") holds for every item of it.
// Rules that read a token window take the nearest item only; this pass, run after them, adds the
// same relation for the other items of a plain list of names of one type.

import type { EntityType } from "../types.ts";
import { emitRelation, entitiesById, mentionsIn, sentenceAt, wordsBetween } from "./emit.ts";
import { isStateParty } from "./sides.ts";
import type { LocalEntity, Rule, RuleContext } from "./types.ts";

/**
 * Predicates whose ends can be a list of equal parties. Not positions, membership, places or
 * representation: "the envoy of X and Y", "talks in A and B" name one of each.
 */
const LIST_PREDICATES: ReadonlySet<string> = new Set([
  "NEGOTIATED_WITH",
  "PARTNERED_WITH",
  "MET_WITH",
  "IMPOSED_TARIFF",
  "THREATENED_TARIFF",
  "RESTRICTED_EXPORT",
  "PURCHASES",
  "INVESTED_IN",
  "DOMINATES",
]);

/** The words between two items of one list ("A, B and C", "A as well as B", "A, and B"). */
const LINK = /^(?:,|and|or|, and|, or|as well as|, as well as|and the|, and the|or the|as well as the|, the)$/;
/** Links that close a list: one of them makes a run of names a list rather than "Paris, France". */
const CLOSER = /(?:^|, )(?:and|or|as well as)(?: the)?$/;

type Item = ReturnType<typeof mentionsIn>[number];

/** Whether `y` is of `x`'s type (or, `mixed`, of a kin type), no demonym (a module function: a closure per call costs). */
function sameKind(y: Item | undefined, x: Item, mixed: boolean, kin: ReadonlySet<EntityType> | undefined): y is Item {
  return !!y && (y.e.type === x.e.type || (mixed && kin!.has(y.e.type))) && !y.m.demonym;
}

/**
 * The items coordinated with mention `x` in its sentence's mentions `ms` (its own entity's
 * mentions excluded): names of `x`'s type next to it, each two joined by a list's link, with a
 * conjunction somewhere. A demonym is no item ("Chinese and US firms").
 */
export function coordinatedWith(
  ctx: RuleContext,
  ms: readonly Item[],
  x: Item,
  kin?: ReadonlySet<EntityType>,
): LocalEntity[] {
  const at = ms.indexOf(x);
  if (at < 0 || x.m.demonym) return [];
  const mixed = !!kin?.has(x.e.type);
  let closed = false;
  let leftmost = at;
  const out: LocalEntity[] = [];
  // Leftward, then rightward, while the link between neighbours is a list's.
  for (const step of [-1, 1]) {
    let k = at;
    for (;;) {
      const a = step < 0 ? ms[k - 1] : ms[k];
      const b = step < 0 ? ms[k] : ms[k + 1];
      if (!a || !b || !sameKind(step < 0 ? a : b, x, mixed, kin) || a.m.te > b.m.ts) break;
      // "the United States (US), Peru and Chile": a short form in brackets after an item is the item.
      let words = wordsBetween(ctx, a.m.te, b.m.ts);
      if (a.e === b.e && words === "(") words = ",";
      else if (words.startsWith(") ")) words = words.slice(2);
      if (!LINK.test(words)) break;
      if (CLOSER.test(words)) closed = true;
      const y = step < 0 ? a : b;
      if (y.e !== x.e && !out.includes(y.e)) out.push(y.e);
      k += step;
      leftmost = Math.min(leftmost, k);
    }
  }
  // "talks between A and B": a pair, each the other's, not a list of equal parties.
  if (ctx.tokens[ms[leftmost]!.m.ts - 1]?.text.toLowerCase() === "between") return [];
  // "A, B, C": three names or more with commas only are a list too (a headline's).
  return closed || out.length >= 2 ? out : [];
}

/** The mention of `end` nearest (in tokens) to a mention of `other` in the sentence's mentions `ms`. */
function nearestMention(ms: readonly Item[], end: LocalEntity, other: LocalEntity): Item | undefined {
  let best: Item | undefined;
  let gap = Number.POSITIVE_INFINITY;
  for (const x of ms) {
    if (x.e !== end) continue;
    for (const z of ms) {
      if (z.e !== other) continue;
      const d = x.m.ts < z.m.ts ? z.m.ts - x.m.te : x.m.ts - z.m.te;
      if (d < gap) [best, gap] = [x, d];
    }
  }
  // The other end not named in the sentence (a meeting, a pronoun's referent): the end's only mention.
  if (!best) {
    const own = ms.filter((x) => x.e === end);
    if (own.length === 1) best = own[0];
  }
  return best;
}

/**
 * Round 17: the givers of money and the parties to a venture may be bodies of several kinds ("the
 * state fund X and the firm Y will invest"): a list of a firm, an agency and an organisation is one
 * list of investors or partners.
 */
const FUNDERS: ReadonlySet<EntityType> = new Set(["Agency", "Company", "Organization"]);
const FUNDER_PREDICATES: ReadonlySet<string> = new Set(["INVESTED_IN", "PARTNERED_WITH"]);

/**
 * The states a tariff is on or from, and those that restrict or buy goods, may be a list
 * of states and a bloc ("imports from the United States, the European Union, Japan and Taiwan"):
 * one list of state parties.
 */
const STATE_PARTIES: ReadonlySet<EntityType> = new Set(["Country", "Organization"]);
const STATE_PREDICATES: ReadonlySet<string> = new Set([
  "IMPOSED_TARIFF",
  "THREATENED_TARIFF",
  "RESTRICTED_EXPORT",
  "PURCHASES",
]);
/** Of those, the predicates whose both ends are state parties. */
const TWO_STATE_PREDICATES: ReadonlySet<string> = new Set(["IMPOSED_TARIFF", "THREATENED_TARIFF"]);

/** "respectively" pairs two lists item by item: no item takes the other list's every item. */
const RESPECTIVELY = /\brespectively\b/i;

export const listItemsRule: Rule = {
  id: "list-items",
  predicates: [...LIST_PREDICATES] as Rule["predicates"],
  description:
    "After every rule: a relation read on one item of a coordinated list of names ('A, B and C', 'A as well as B') is added for the list's other items, the other end not in the list.",
  example: "Norway signed trade agreements with Peru and Chile → Norway NEGOTIATED_WITH Peru, Chile.",
  apply(ctx) {
    const byId = entitiesById(ctx);
    const relations = ctx.relations.slice();
    // Ends that already take the predicate in a sentence: a rule that read the list itself (and
    // paired it item by item) is left as it is.
    const taken = new Map<string, Set<string>>();
    const take = (key: string, other: string) => {
      const set = taken.get(key);
      if (set) set.add(other);
      else taken.set(key, new Set([other]));
    };
    for (const r of relations) {
      const ev = r.evidence[0];
      if (!ev) continue;
      take(`s\u0001${r.source}\u0001${r.predicate}\u0001${ev.start}`, r.target);
      take(`t\u0001${r.target}\u0001${r.predicate}\u0001${ev.start}`, r.source);
    }
    for (const r of relations) {
      if (!LIST_PREDICATES.has(r.predicate)) continue;
      const ev = r.evidence[0];
      if (!ev || RESPECTIVELY.test(ev.sentence)) continue;
      const si = sentenceAt(ctx, ev.start);
      if (si < 0) continue;
      const source = byId.get(r.source);
      const target = byId.get(r.target);
      if (!source || !target) continue;
      const ms = mentionsIn(ctx, si);
      const rule = "list-items";
      for (const side of ["source", "target"] as const) {
        const end = side === "source" ? source : target;
        const other = side === "source" ? target : source;
        // The end's mention the rule read is taken to be the one nearest the other end's.
        const x = nearestMention(ms, end, other);
        if (x) {
          const states =
            isStateParty(x.e) &&
            STATE_PREDICATES.has(r.predicate) &&
            (side === "source" || TWO_STATE_PREDICATES.has(r.predicate));
          const kin =
            side === "source" && FUNDER_PREDICATES.has(r.predicate) ? FUNDERS : states ? STATE_PARTIES : undefined;
          let items = coordinatedWith(ctx, ms, x, kin);
          // A bloc is a state party; other bodies in the list ("the US, the WTO and Japan") end it.
          if (states && items.some((y) => !isStateParty(y))) items = [];
          // "X and Y met": the other end in the list is the list's own pairing.
          if (items.includes(other)) continue;
          for (const y of items) {
            // Paired with an end outside the list (not a list-mate, "Peru NEGOTIATED_WITH Chile"): read already.
            const ends = taken.get(`${side[0]}\u0001${y.id}\u0001${r.predicate}\u0001${ev.start}`);
            if (ends && [...ends].some((id) => id !== end.id && !items.some((z) => z.id === id))) continue;
            if (side === "source") emitRelation(ctx, y, r.predicate, target, si, rule, r.attributes, r.confidence);
            else emitRelation(ctx, source, r.predicate, y, si, rule, r.attributes, r.confidence);
          }
        }
      }
    }
  },
};
