// A class of goods spelled out after a colon: "export controls on seven rare earth elements:
// samarium, gadolinium and terbium", "it makes three battery metals: nickel, cobalt and lithium".
// A relation a rule read on the class (a Mineral or Product written right before the colon) holds
// for every good the colon lists: two goods or more of the class's type, joined as a list, up to the
// sentence's end (a list's words, nothing else). The class keeps its own relation.

import { emitRelation, entitiesById, mentionsIn, sentenceAt, wordsBetween } from "./emit.ts";
import type { LocalEntity, Rule } from "./types.ts";

/** Predicates whose target is a good a class may stand for. */
const GOOD_TARGET_PREDICATES: ReadonlySet<string> = new Set([
  "RESTRICTED_EXPORT",
  "PRODUCES",
  "PURCHASES",
  "DOMINATES",
]);
const GOODS: ReadonlySet<string> = new Set(["Mineral", "Product"]);

/** The words between two listed goods ("A, B and C", "A, B, and C", "A or B"). */
const LINK = /^(?:,|and|or|, and|, or|as well as|, as well as)$/;

export const colonMembersRule: Rule = {
  id: "colon-members",
  predicates: [...GOOD_TARGET_PREDICATES] as Rule["predicates"],
  description:
    "A relation read on a class of goods written right before a colon holds for each good the colon lists (two or more, to the sentence's end).",
  example:
    "Varnia imposed export controls on four rare earth elements: samarium, terbium, dysprosium and yttrium → Varnia RESTRICTED_EXPORT each.",
  apply(ctx) {
    const byId = entitiesById(ctx);
    for (const r of ctx.relations.slice()) {
      if (!GOOD_TARGET_PREDICATES.has(r.predicate)) continue;
      const ev = r.evidence[0];
      if (!ev) continue;
      const target = byId.get(r.target);
      const source = byId.get(r.source);
      if (!target || !source || !GOODS.has(target.type)) continue;
      const si = sentenceAt(ctx, ev.start);
      if (si < 0) continue;
      const s = ctx.sentences[si]!;
      const ms = mentionsIn(ctx, si);
      // The class's mention right before a colon (in the sentence's token order).
      const at = ms.findIndex((x) => x.e === target && ctx.tokens[x.m.te]?.text === ":");
      if (at < 0) continue;
      const colon = ms[at]!.m.te;
      const listed: LocalEntity[] = [];
      let k = at + 1;
      let prevEnd = colon + 1;
      let ok = true;
      for (; k < ms.length; k++) {
        const y = ms[k]!;
        if (y.m.ts < prevEnd) continue;
        const words = wordsBetween(ctx, prevEnd, y.m.ts);
        if (listed.length === 0 ? words !== "" : !LINK.test(words)) {
          ok = false;
          break;
        }
        if (y.e.type !== target.type || y.e === target || y.e === source) {
          ok = false;
          break;
        }
        if (!listed.includes(y.e)) listed.push(y.e);
        prevEnd = y.m.te;
      }
      if (!ok || listed.length < 2) continue;
      // The list runs to the sentence's end: nothing but its closing stop after the last good.
      const rest = ctx.tokens.slice(prevEnd, s.tokenEnd).filter((t) => !/^[.;!?]$/.test(t.text));
      if (rest.length) continue;
      for (const y of listed) emitRelation(ctx, source, r.predicate, y, si, this.id, r.attributes, r.confidence);
    }
  },
};
