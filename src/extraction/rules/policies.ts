// Policies named by pattern rather than by a capitalised name: licensing regimes ("its rare
// earth export licensing regime") and capitalised names before a policy noun ("Liberation Day
// declarations"). Adds Policy entities; relations come from the other rules.

import { ensureEntity, mentionsIn } from "./emit.ts";
import type { Rule } from "./types.ts";

const REGIME = /^(regime|system|requirements|rules|scheme)$/i;
const POLICY_NOUN = /^(declarations?|tariffs|doctrine|consensus|accord|pact|initiative)$/;

/** "China's rare earth export licensing regime" → Policy "rare earth export licensing regime". */
export const licensingRegimeRule: Rule = {
  id: "policy-licensing-regime",
  predicates: [],
  description: "An export licensing regime, system or set of requirements is a Policy, named with its subject.",
  example: "China will postpone its rare earth export licensing regime by one year.",
  apply(ctx) {
    for (let i = 1; i + 1 < ctx.tokens.length; i++) {
      const t = ctx.tokens[i]!;
      if (t.text.toLowerCase() !== "licensing" || !REGIME.test(ctx.tokens[i + 1]!.text)) continue;
      const s = t.sentence;
      let a = i;
      if (ctx.tokens[a - 1]?.text.toLowerCase() === "export") a--;
      const subject = mentionsIn(ctx, s).find((x) => x.e.type === "Mineral" && x.m.te >= a - 4 && x.m.te <= a);
      const stem = subject ? subject.e.name.replace(/s$/, "") : "";
      const start = subject ? subject.m.ts : a;
      ensureEntity(
        ctx,
        "Policy",
        `${stem ? `${stem} ` : ""}export licensing regime`,
        `licensing@${stem}`,
        { ts: start, te: i + 2 },
        this.id,
      );
    }
  },
};

/** "Liberation Day declarations", "the Geneva consensus" (when no talks were held there). */
export const namedPolicyRule: Rule = {
  id: "policy-named-before-noun",
  predicates: [],
  description: "A capitalised name followed by a policy noun names a Policy.",
  example: "So-called Liberation Day declarations.",
  apply(ctx) {
    for (let i = 2; i < ctx.tokens.length; i++) {
      const t = ctx.tokens[i]!;
      if (!POLICY_NOUN.test(t.text)) continue;
      let a = i;
      // Back over at most five capitalised words: a longer run is not a policy's name.
      while (
        a > 0 &&
        i - a <= 4 &&
        /^\p{Lu}/u.test(ctx.tokens[a - 1]!.text) &&
        ctx.tokens[a - 1]!.sentence === t.sentence &&
        !ctx.tokens[a - 1]!.first
      )
        a--;
      if (a === i || i - a > 4) continue;
      const covered = mentionsIn(ctx, t.sentence).some((x) => x.m.ts <= a && x.m.te >= a + 1);
      if (covered) continue;
      const name = ctx.text.slice(ctx.tokens[a]!.start, t.end);
      ensureEntity(ctx, "Policy", name, name, { ts: a, te: i + 1 }, this.id);
    }
  },
};
