// A dominant share of the goods made, or controlled, in one state: "Over 90% of the world's
// magnets are produced in X", "nearly all heavy rare earths are refined in X", "most of the cobalt
// that is processed comes from X", "Y are almost exclusively controlled by X". Read on the clause
// layer: a clause whose subject opens with a dominant share (40% or more, half, most, nearly all)
// of goods, or whose verb group says the share ("almost exclusively"), and whose verb places the
// making in a state (a passive of making with "in X", "come / be from X", "occur in X") or gives
// the goods to a state's control ("controlled by X"): the state dominates the goods. Not a share
// of one party's imports, purchases, demand, revenue or sales ("70% of US imports come from X").

import type { Clause } from "../syntax/clauses.ts";
import type { M } from "../syntax/predicates.ts";
import { sentenceReading } from "../syntax/predicates.ts";
import { emitRelation, mentionsIn } from "./emit.ts";
import type { LocalEntity, Rule, RuleContext } from "./types.ts";

const GOODS = new Set(["Mineral", "Product"]);

/** Lemmas of making a good, whose passive places the making in a state ("are refined in X"). */
const MAKING: ReadonlySet<string> = new Set([
  "produce",
  "make",
  "mine",
  "refine",
  "process",
  "manufacture",
  "smelt",
  "extract",
  "assemble",
]);

/** Lemmas of holding goods, whose passive names the holder ("are controlled by X"). */
const HOLDING: ReadonlySet<string> = new Set(["control", "dominate", "monopolise", "monopolize"]);

/** Lemmas of coming from a state ("comes from X", "is from X", "originates in X") or happening in one. */
const ORIGIN: ReadonlySet<string> = new Set(["come", "be", "originate", "occur", "happen", "take"]);

/** A dominant share opening the subject: 40% or more, half, most, nearly all. */
const DOMINANT_SHARE =
  /^(?:(?:over|more than|nearly|almost|about|around|roughly|some|up to|at least|close to|well over)\s+)?(?:(?:[4-9]\d|100)(?:\.\d+)?\s?(?:%|percent\b|per cent\b)|half\b|two-thirds\b|three-quarters\b|the (?:vast |overwhelming )?(?:majority|bulk)\b|most\b|much\b|(?:nearly|almost|virtually|practically) all\b|all but\b)/;

/** Adverbs of a share written before it ("nearly all", "more than half"). */
const SHARE_ADVERB = /^(?:nearly|almost|virtually|practically|over|about|around|roughly|some|more|than|well)$/i;

/** Adverbs of a whole share in the verb group: "are almost exclusively controlled by X". */
const WHOLE_ADVERB = /\b(?:exclusively|overwhelmingly|(?:almost|nearly) entirely)\b/;

/** A share of one party's trade or money is no dominance of the goods. */
const NOT_SUPPLY =
  /\b(?:imports?|imported|purchases?|bought|consumption|demand|revenues?|sales|sold|exports?|exported|profits?|income|needs|reserves|deposits|investments?)\b/;

/** A cheap sentence test: a word of a share. */
const SHARE_WORDS =
  /%|percent|per cent|half|thirds|quarters|majority|bulk|most|much|all|exclusively|overwhelmingly|entirely/;

/** The state a clause places the goods in, by its verb: "in X", "from X", "by X". */
function stateOf(ctx: RuleContext, cl: Clause<M>): LocalEntity | undefined {
  const lemma = cl.verb.lemma;
  const prep =
    MAKING.has(lemma) && cl.verb.passive
      ? "in"
      : HOLDING.has(lemma) && cl.verb.passive
        ? "by"
        : ORIGIN.has(lemma)
          ? lemma === "occur" || lemma === "happen" || lemma === "take"
            ? "in"
            : "from"
          : undefined;
  if (!prep) return undefined;
  // "takes place in X" only.
  if (lemma === "take" && ctx.tokens[cl.verb.head + 1]?.text.toLowerCase() !== "place") return undefined;
  const pp = cl.pps.find((p) => p.prep === prep);
  // The state right after the verb group (past adverbs): not a later attachment's.
  if (!pp || pp.at > cl.verb.te + 3) return undefined;
  const items = pp.arg.items;
  const state = items.length === 1 ? items[0]!.entity : undefined;
  return state && state.e.type === "Country" && !state.m.demonym ? state.e : undefined;
}

export const shareDominanceRule: Rule = {
  id: "share-dominance",
  predicates: ["DOMINATES"],
  description:
    "A dominant share of goods made in, coming from or controlled by one state: the state dominates the goods.",
  example: "Over 90% of the world's rare earth magnets are produced in Ruritania.",
  apply(ctx) {
    for (const s of ctx.sentences) {
      const lower = s.text.toLowerCase();
      if (!SHARE_WORDS.test(lower)) continue;
      const r = sentenceReading(ctx, s.i);
      if (!r) continue;
      for (const cl of r.clauses) {
        if (cl.verb.negated || cl.verb.modal) continue;
        const state = stateOf(ctx, cl);
        if (!state) continue;
        const subject = cl.verb.passive ? cl.patient : cl.subject;
        if (!subject || subject.ts >= cl.verb.ts) continue;
        // "nearly all Y": the share's adverbs before the subject the clause layer read.
        let first = subject.ts;
        while (first > s.tokenStart && SHARE_ADVERB.test(ctx.tokens[first - 1]!.text)) first--;
        const from = ctx.tokens[first]!.start;
        // "Currently, nearly all Y are refined in X": an adverb set off before the share.
        const subjectText = ctx.text
          .slice(from, ctx.tokens[cl.verb.ts]!.start)
          .toLowerCase()
          .replace(/^[a-z]+,\s*/, "");
        const group = ctx.text.slice(ctx.tokens[cl.verb.ts]!.start, ctx.tokens[cl.verb.te - 1]!.end).toLowerCase();
        const share = DOMINANT_SHARE.test(subjectText);
        if (!share && !WHOLE_ADVERB.test(group)) continue;
        if (NOT_SUPPLY.test(subjectText)) continue;
        // "About 90% of the Y that is processed is from X": the share's "of" phrase the reading left out.
        const end = ctx.tokens[subject.te]?.text.toLowerCase() === "of" ? cl.verb.ts : subject.te;
        const goods = new Set(
          mentionsIn(ctx, s.i)
            .filter((x) => GOODS.has(x.e.type) && x.m.ts >= subject.ts && x.m.te <= end)
            .map((x) => x.e),
        );
        for (const g of goods) emitRelation(ctx, state, "DOMINATES", g, s.i, this.id, {}, 0.7);
      }
    }
  },
};
