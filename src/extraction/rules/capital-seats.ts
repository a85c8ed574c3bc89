// A capital written as the capital: "raided its offices in the capital, X", "south of
// the capital X", "X, the capital": a city the gazetteer knows as a state's capital, written right
// after or before the bare noun "capital" (no demonym or possessive: those are `locates`'s in
// places.ts), belongs to that state when the document names it. The studied gold places a capital
// in its state only where the text says so (26 of 163 capitals whose state it names).

import { CAPITALS } from "../lexicon/places.ts";
import { emitRelation, mentionsIn } from "./emit.ts";
import { countryEntity } from "./sides.ts";
import type { Rule } from "./types.ts";

export const capitalSeatsRule: Rule = {
  id: "capital-seat",
  predicates: ["PART_OF"],
  description:
    'A state\'s capital written with the noun \'capital\' beside it ("the capital, X", "X, the capital") belongs to that state when the document names it.',
  example: "offices in the capital, Nordstad → Nordstad PART_OF Norland.",
  apply(ctx) {
    const { tokens } = ctx;
    for (const s of ctx.sentences) {
      for (const x of mentionsIn(ctx, s.i)) {
        if (x.e.type !== "Place") continue;
        const code = CAPITALS.get(x.e.name);
        if (!code) continue;
        let k = x.m.ts - 1;
        if (tokens[k]?.text === ",") k--;
        const before = tokens[k]?.text === "capital" && tokens[k - 1]?.text.toLowerCase() === "the";
        let j = x.m.te;
        const after =
          tokens[j]?.text === "," && tokens[++j]?.text.toLowerCase() === "the" && tokens[j + 1]?.text === "capital";
        if (!before && !after) continue;
        const state = countryEntity(ctx, code);
        if (state) emitRelation(ctx, x.e, "PART_OF", state, s.i, this.id, {}, 0.7);
      }
    }
  },
};
