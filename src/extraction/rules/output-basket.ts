// A firm's holdings are its output: "Its holdings include copper, zinc, lead and silver", "X's
// portfolio spans lithium, nickel and cobalt", "its production capacity includes 500 t of A and
// 90 t of B". A noun of what a firm owns or makes (holdings, assets, portfolio, operations,
// products, output, production, capacity) owned by one firm ("X's", "its", "whose") right before a
// verb of make-up, and two goods or more listed after it before another clause: the firm makes
// them. The state's counterpart, its exports, is `export-basket`.

import { lowerCaseTexts } from "../stages/02-tokens.ts";
import { emitRelation, mentionsIn } from "./emit.ts";
import type { LocalEntity, Rule, RuleContext } from "./types.ts";

const GOODS = new Set(["Mineral", "Product"]);

/** Nouns of what a firm owns or makes, written right before the make-up verb. */
const BASKET_NOUNS =
  /^(?:holdings|assets|portfolio|operations|products|output|production|capacity|capacities|businesses)$/i;

/** Forms of the make-up verbs ("holdings include", "portfolio spans"). */
const MAKE_UP_FORMS: ReadonlySet<string> = new Set([
  "span",
  "spans",
  "spanned",
  "include",
  "includes",
  "included",
  "comprise",
  "comprises",
  "comprised",
  "feature",
  "features",
  "featured",
  "encompass",
  "encompasses",
  "encompassed",
]);

/** Words that end a list of goods: another clause begins. */
const LIST_END = /^(?:[.;:]|while|but|which|that|whereas|although|as|when)$/i;

/** The one firm named in sentence `si` before token `k` (all of `si` when `k` is past its end). */
function oneFirm(ctx: RuleContext, si: number, k: number): LocalEntity | undefined | null {
  const firms = new Set(
    mentionsIn(ctx, si)
      .filter((y) => y.m.te <= k && y.e.type === "Company")
      .map((y) => y.e),
  );
  if (firms.size > 1) return null;
  return firms.size === 1 ? [...firms][0] : undefined;
}

/**
 * The firm owning the basket noun that starts at token `n`: "X's holdings", "X, whose assets",
 * "its portfolio" (the one firm named before it in the sentence; at the sentence's start, the one
 * firm of the nearest of the two sentences before that names any).
 */
function ownerBefore(ctx: RuleContext, si: number, n: number): LocalEntity | undefined {
  const ms = mentionsIn(ctx, si);
  const prev = ctx.tokens[n - 1]?.text.toLowerCase() ?? "";
  if (prev === "whose" || /^(?:'s|’s|')$/.test(prev)) {
    const end = prev === "whose" ? (ctx.tokens[n - 2]?.text === "," ? n - 2 : n - 1) : n - 1;
    const x = ms.find((y) => y.m.te === end);
    return x?.e.type === "Company" ? x.e : undefined;
  }
  if (prev !== "its") return undefined;
  const here = oneFirm(ctx, si, n);
  if (here !== undefined) return here ?? undefined;
  // Another actor named before "its" in the sentence may own it: only a sentence opening with it.
  if (ms.some((y) => y.m.te <= n && y.e.type !== "Company" && !GOODS.has(y.e.type))) return undefined;
  for (let i = si - 1; i >= Math.max(0, si - 2); i--) {
    const x = oneFirm(ctx, i, Number.POSITIVE_INFINITY);
    if (x !== undefined) return x ?? undefined;
  }
  return undefined;
}

export const outputBasketRule: Rule = {
  id: "output-basket",
  predicates: ["PRODUCES"],
  description: "The goods a firm's holdings, portfolio or capacity are listed as (two or more) are its output.",
  example: "Its holdings include copper, zinc, lead and silver.",
  apply(ctx) {
    // A set of the lower-case forms rather than an expression per token: every token is tested.
    const lower = lowerCaseTexts(ctx.tokens);
    for (const s of ctx.sentences) {
      const ms = mentionsIn(ctx, s.i);
      for (let k = s.tokenStart + 1; k < s.tokenEnd - 2; k++) {
        if (!MAKE_UP_FORMS.has(lower[k]!) || !BASKET_NOUNS.test(ctx.tokens[k - 1]!.text)) continue;
        // "its production capacity includes": the noun's own modifier between the owner and the noun.
        let n = k - 1;
        if (/^(?:production|output|processing|refining)$/i.test(ctx.tokens[n - 1]?.text ?? "")) n--;
        const firm = ownerBefore(ctx, s.i, n);
        if (!firm) continue;
        let end = k + 1;
        while (end < s.tokenEnd && !LIST_END.test(ctx.tokens[end]!.text)) end++;
        // A flow to a buyer ("products include magnets to Z") is trade.
        if (ctx.tokens.slice(k + 1, end).some((t) => /^(?:to|into)$/i.test(t.text))) continue;
        const goods = new Set(ms.filter((x) => x.m.ts > k && x.m.te <= end && GOODS.has(x.e.type)).map((x) => x.e));
        if (goods.size < 2) continue;
        for (const g of goods) emitRelation(ctx, firm, "PRODUCES", g, s.i, this.id, {}, 0.6);
      }
    }
  },
};
