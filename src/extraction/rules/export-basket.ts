// A state's export basket is its output: "X, whose exports span luxury goods, precision machinery
// and pharmaceuticals", "Y's exports include textiles, footwear and phones". "exports" owned by
// one state ("X, whose", "X's", "its" with one state before it, a demonym) right before a verb of
// make-up (span, include, comprise, feature, encompass, consist), and two goods or more listed
// after it before another clause: the state makes them. Not a flow to a buyer ("exports include
// soybeans to Z"), and not "X's exports of A and B" (a state's shipments of goods are as often
// others' goods shipped on).

import { emitRelation, mentionsIn } from "./emit.ts";
import type { LocalEntity, Rule, RuleContext } from "./types.ts";

const GOODS = new Set(["Mineral", "Product"]);

/** Forms of the make-up verbs, right after "exports" ("exports span", "exports include"). */
const MAKE_UP_FORMS =
  /^(?:span|spans|spanned|include|includes|included|comprise|comprises|comprised|feature|features|featured|encompass|encompasses|encompassed|consist|consists|consisted)$/i;

/** Words that end a list of goods: another clause begins. */
const LIST_END = /^(?:[.;:]|while|but|which|that|whereas|although|as|when)$/i;

/**
 * The owner of the "exports" token at `k`: "X, whose exports" (the state before the comma), "X's
 * exports", "its exports" (the one state named before it in the sentence), "Chinese exports".
 */
function ownerBefore(ctx: RuleContext, si: number, k: number): LocalEntity | undefined {
  const ms = mentionsIn(ctx, si);
  const prev = ctx.tokens[k - 1]?.text.toLowerCase() ?? "";
  if (prev === "whose") {
    const comma = ctx.tokens[k - 2]?.text === "," ? k - 2 : k - 1;
    const x = ms.find((y) => y.m.te === comma);
    return x?.e.type === "Country" ? x.e : undefined;
  }
  if (/^(?:'s|’s|')$/.test(prev)) {
    const x = ms.find((y) => y.m.te === k - 1);
    return x?.e.type === "Country" ? x.e : undefined;
  }
  if (prev === "its") {
    const states = new Set(ms.filter((y) => y.m.te <= k && y.e.type === "Country").map((y) => y.e));
    return states.size === 1 ? [...states][0] : undefined;
  }
  const x = ms.find((y) => y.m.te === k);
  return x?.e.type === "Country" && x.m.demonym ? x.e : undefined;
}

export const exportBasketRule: Rule = {
  id: "export-basket",
  predicates: ["PRODUCES"],
  description: "The goods a state's exports are listed as (two or more) are its output.",
  example: "Norway, whose exports span salmon, machinery and crude oil, was hit by the duties.",
  apply(ctx) {
    for (const s of ctx.sentences) {
      if (!/\bexports\b/i.test(s.text)) continue;
      const ms = mentionsIn(ctx, s.i);
      for (let k = s.tokenStart; k < s.tokenEnd - 2; k++) {
        if (ctx.tokens[k]!.text.toLowerCase() !== "exports" || !MAKE_UP_FORMS.test(ctx.tokens[k + 1]!.text)) continue;
        const state = ownerBefore(ctx, s.i, k);
        if (!state) continue;
        let end = k + 2;
        while (end < s.tokenEnd && !LIST_END.test(ctx.tokens[end]!.text)) end++;
        const goods = new Set(ms.filter((x) => x.m.ts > k + 1 && x.m.te <= end && GOODS.has(x.e.type)).map((x) => x.e));
        // A flow to a buyer ("exports include soybeans to Z") is trade.
        if (ctx.tokens.slice(k + 2, end).some((t) => /^(?:to|into)$/i.test(t.text))) continue;
        if (goods.size < 2) continue;
        for (const g of goods) emitRelation(ctx, state, "PRODUCES", g, s.i, this.id, {}, 0.6);
      }
    }
  },
};
