// A dominance of a good's production is also its production. The scorers' seeds gold gives
// "China's 90% market dominance in rare earth production" both DOMINATES and PRODUCES, but a hold on
// the processing or the supply alone ("controls 90% of the world's processing capacity", "a
// near-monopoly on processing critical minerals", "controlling over 80% of the global supply")
// DOMINATES only. So, after the dominance rules: a DOMINATES whose sentence names, after the
// dominant party, the good with its own noun of making right after it ("in rare earth production",
// "of global cobalt output", "of rare earth mining") or a noun of making whose "of" takes the good
// ("dominates production of minerals"), gives the party PRODUCES the good too; not a noun of making
// after one of processing ("refining production": the refiners' share), nor one that belongs to
// another good of the sentence ("magnet production and 85% of oxide refining") or comes before the
// party ("car production … China's dominance in rare earths").

import { emitRelation, entitiesById, mentionsIn, sentenceAt } from "./emit.ts";
import type { Rule } from "./types.ts";

/** Words of making a good (not of processing it nor of supplying it). */
const MAKING =
  /^(?:production|output|producers?|produces|produced|producing|mining|mined|mines|manufacturing|manufactures|manufactured|manufacturers?|makers?|makes|made)$/i;

/** Words of processing a good: a word of making right after one is the processors' share. */
const PROCESSING = /^(?:refining|processing|refinery|smelting|separation)$/i;

export const dominanceProductionRule: Rule = {
  id: "dominance-production",
  predicates: ["PRODUCES"],
  description:
    "A state's or firm's dominance of a good's production (output, mining, manufacturing) is also its production of the good; a dominance of processing or supply alone is not.",
  example: "China's 90% dominance in rare earth production → China PRODUCES rare earths (and DOMINATES them).",
  apply(ctx) {
    const { tokens } = ctx;
    const byId = entitiesById(ctx);
    const has = new Set(ctx.relations.filter((r) => r.predicate === "PRODUCES").map((r) => `${r.source}|${r.target}`));
    for (const r of [...ctx.relations]) {
      if (r.predicate !== "DOMINATES" || has.has(`${r.source}|${r.target}`)) continue;
      const source = byId.get(r.source);
      const good = byId.get(r.target);
      if (!source || !good) continue;
      for (const ev of r.evidence) {
        const si = sentenceAt(ctx, ev.start);
        if (si < 0) continue;
        const ms = mentionsIn(ctx, si);
        const making = ms.some(
          (s) =>
            s.e === source &&
            ms.some((g) => {
              // The dominant party before the good ("X controls N% of Y production", "X's dominance
              // in Y production", "X dominates production of Y").
              if (g.e !== good || g.m.ts < s.m.te) return false;
              // The good's own noun of making right after it ("rare earth production", "cobalt output").
              const after = tokens[g.m.te];
              if (after && after.sentence === si && MAKING.test(after.text)) return true;
              // A noun of making whose "of" takes the good ("production of minerals", "the output of
              // Y"), between the party and the good, no word of processing before it.
              for (let k = s.m.te; k < g.m.ts - 1; k++) {
                if (!MAKING.test(tokens[k]!.text) || PROCESSING.test(tokens[k - 1]?.text ?? "")) continue;
                if (/^of$/i.test(tokens[k + 1]?.text ?? "") && g.m.ts - (k + 2) <= 3) return true;
              }
              return false;
            }),
        );
        if (!making) continue;
        has.add(`${r.source}|${r.target}`);
        emitRelation(ctx, source, "PRODUCES", good, si, this.id, {}, 0.6);
        break;
      }
    }
  },
};
