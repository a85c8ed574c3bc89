// The vehicle money goes through: "X paid $N for Y through its wholly owned subsidiary, Z", "X and Y,
// through their joint venture Z, agreed to invest $N in W", "$N in equity invested through the
// Energy Department's program". A firm, agency or body named right after "through" or "via" in a
// sentence where an investment was read is an investor in what that investment went into, beside
// the investor the clause names (the studied gold lists the vehicle with, or instead of, its owner).
// The vehicle phrase is read word by word: articles, possessive pronouns, lower-case words and an
// apposition's comma may come before the name; a preposition, a verb, a colon, a number or a second
// comma ends it ("through a $4.7 billion loan from X", "through two start-ups: A and B",
// "through an investigation conducted by X": no vehicle). Called by the investment rule (./trade.ts)
// after every other investment reading, on the relations they emitted.

import type { EntityType } from "../types.ts";
import { emitRelation, mentionsIn, sentenceAt } from "./emit.ts";
import type { RuleContext } from "./types.ts";

/** Who money can go through. */
const VEHICLES: ReadonlySet<EntityType> = new Set(["Company", "Agency", "Organization"]);

/** Cheap sentence test. */
const THROUGH = /\b(?:through|via)\b/i;

/** Words that may stand between "through" and the vehicle's name: lower-case words (articles, "its", "wholly"…). */
const GLUE = /^[a-z]+(?:-[a-z]+)*$/;

/** Words that end the vehicle phrase: prepositions, verbs and clause openers written in lower case. */
const STOP_POS: ReadonlySet<string> = new Set(["ADP", "VERB", "AUX", "NUM", "SCONJ", "CCONJ", "PRON"]);

/** How many words may stand between "through" and the name. */
const REACH = 6;

/**
 * Adds, from relation index `from` on, the vehicle of each sentence's investments as an investor in
 * their targets.
 */
export function investmentVehicles(ctx: RuleContext, ruleId: string, from: number): void {
  const bySentence = new Map<number, { source: string; target: string }[]>();
  for (let k = from; k < ctx.relations.length; k++) {
    const r = ctx.relations[k]!;
    if (r.predicate !== "INVESTED_IN") continue;
    const si = sentenceAt(ctx, r.evidence[0]?.start ?? -1);
    if (si < 0) continue;
    const list = bySentence.get(si) ?? [];
    list.push({ source: r.source, target: r.target });
    bySentence.set(si, list);
  }
  for (const [si, rels] of bySentence) {
    const s = ctx.sentences[si]!;
    if (!THROUGH.test(s.text)) continue;
    const ms = mentionsIn(ctx, si);
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      if (!/^(?:through|via)$/i.test(ctx.tokens[i]!.text)) continue;
      const vehicle = vehicleAfter(ctx, ms, i, s.tokenEnd);
      if (!vehicle) continue;
      const targets = new Set(
        rels.filter((r) => r.source !== vehicle.id && r.target !== vehicle.id).map((r) => r.target),
      );
      for (const id of targets) {
        const target = ms.find((x) => x.e.id === id)?.e ?? ctx.resolution.entities.find((e) => e.id === id);
        if (target) emitRelation(ctx, vehicle, "INVESTED_IN", target, si, ruleId, {}, 0.6);
      }
    }
  }
}

/** The firm, agency or body whose name the phrase after "through" at token `at` opens with, if any. */
function vehicleAfter(ctx: RuleContext, ms: ReturnType<typeof mentionsIn>, at: number, end: number) {
  let commas = 0;
  for (let j = at + 1, words = 0; j < end && words <= REACH; j++) {
    const m = ms.find((x) => x.m.ts === j);
    if (m) return VEHICLES.has(m.e.type) ? m.e : undefined;
    const t = ctx.tokens[j]!;
    if (t.text === ",") {
      if (++commas > 1) return undefined;
      continue;
    }
    if (t.text === "-" || t.text === "‑") continue;
    if (STOP_POS.has(t.pos) && !/^(?:its|their|his|her|our)$/i.test(t.text)) return undefined;
    if (!GLUE.test(t.text)) return undefined;
    words++;
  }
  return undefined;
}
