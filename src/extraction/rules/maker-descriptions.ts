// A firm described by what it makes makes it: "X has cut output. The lithium and potash miner said
// …", "shares of the iPhone maker fell". A description of a firm whose head is a maker's noun
// (miner, producer, maker, manufacturer, chipmaker, refiner, company) with goods before it, read by
// the discourse layer as an anaphor for the one firm named before (`makerDescription`), gives that
// firm PRODUCES each good, where the description is its clause's subject (an object, "to divest the
// drone company", is often another firm).

import { makerDescription, referent } from "../syntax/discourse.ts";
import { sentenceReading } from "../syntax/predicates.ts";
import { emitRelation } from "./emit.ts";
import type { Rule } from "./types.ts";

const GOODS = new Set(["Mineral", "Product"]);

/** A cheap sentence test: a maker's head word. */
const TRIGGER = /\b(?:miner|producer|maker|manufacturer|chipmaker|carmaker|automaker|steelmaker|refiner|company)\b/i;

export const makerDescriptionsRule: Rule = {
  id: "maker-description",
  predicates: ["PRODUCES"],
  description: "A firm described by what it makes (the lithium miner, the iPhone maker) makes it.",
  example: "Halvex Mining cut its forecast. The lithium miner blamed weak prices.",
  apply(ctx) {
    for (const s of ctx.sentences) {
      if (!TRIGGER.test(s.text)) continue;
      const r = sentenceReading(ctx, s.i);
      if (!r) continue;
      for (const c of r.chunks) {
        // Who acts: the clause's subject ("the drone company" as an object may be another firm).
        if (!makerDescription(c) || !r.clauseOf.get(c)?.subject?.items.includes(c)) continue;
        const xs = referent(c);
        if (xs?.length !== 1 || xs[0]!.e.type !== "Company") continue;
        const firm = xs[0]!.e;
        for (const m of c.modifiers)
          if (GOODS.has(m.e.type)) emitRelation(ctx, firm, "PRODUCES", m.e, s.i, this.id, {}, 0.6);
      }
    }
  },
};
