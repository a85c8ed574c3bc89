// Purchases told as the reason for a measure: "a tariff on X over its purchases of Russian oil",
// "hit X with a 25% duty due to its purchases of Y", "a levy linked to X's oil purchases from Z".
// The buyer is the state the measure strikes (or the possessor of the purchases), never the state
// that imposes it; a pronoun's reading by the registry that gave the purchases to the imposer is
// dropped. Runs after the purchase rule; one scan of the sentences that hold a measure noun, a
// reason phrase and a purchase noun.

import { isPossessiveMark } from "../stages/02-tokens.ts";
import { emitRelation, keepRelations, mentionsIn } from "./emit.ts";
import type { LocalEntity, Rule, RuleContext } from "./types.ts";

/** Cheap sentence test: a measure, a reason phrase and a purchase noun. */
const TRIGGER =
  /\b(?:tariffs?|dut(?:y|ies)|levy|levies|penalt(?:y|ies)|sanctions?)\b[\s\S]*\b(?:over|due to|linked to|tied to|because of|for)\b[\s\S]*\b(?:purchases|purchase|imports|buying)\b/i;

/** Nouns of a measure that strikes a state. */
const MEASURES: ReadonlySet<string> = new Set([
  "tariff",
  "tariffs",
  "duty",
  "duties",
  "levy",
  "levies",
  "penalty",
  "penalties",
  "sanction",
  "sanctions",
]);

/** Nouns of buying. */
const PURCHASE_NOUNS: ReadonlySet<string> = new Set(["purchases", "purchase", "imports", "buying"]);

/** Words that open the reason: "over", "due to", "linked to", "tied to", "because of", "for". */
const REASON_ONE = /^(?:over|for)$/i;
const REASON_TWO = /^(?:due|linked|tied|because)$/i;

/** Verbs whose object is the state a measure strikes: "hit X with a tariff". */
const STRIKE_VERBS =
  /^(?:hit|hits|hitting|slap|slaps|slapped|slapping|punish(?:es|ed|ing)?|penali[sz](?:e|es|ed|ing)|target(?:s|ed|ing)?|sanction(?:s|ed|ing)?)$/i;

/** Words after which a participle modifies the noun: "its continued purchases". */
const MODIFIED = /^(?:its|their|the|a|an|['’]s?)$/i;

const BUYERS = new Set(["Country", "Organization"]);
const GOODS = new Set(["Product", "Mineral"]);

interface Reading {
  buyers: LocalEntity[];
  goods: LocalEntity[];
  from?: LocalEntity;
}

/** The reading of sentence `si`, or null when it tells no purchase as a measure's reason. */
function readReason(ctx: RuleContext, si: number): Reading | null {
  const { tokens } = ctx;
  const s = ctx.sentences[si]!;
  const ms = mentionsIn(ctx, si);
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    if (!PURCHASE_NOUNS.has(tokens[k]!.text.toLowerCase())) continue;
    // The reason word within five words before the noun, only modifiers between.
    let reason = -1;
    for (let j = k - 1; j >= Math.max(s.tokenStart, k - 6); j--) {
      const w = tokens[j]!.text;
      if (REASON_ONE.test(w)) reason = j;
      else if (/^(?:to|of)$/i.test(w) && REASON_TWO.test(tokens[j - 1]?.text ?? "")) reason = j - 1;
      // "its continued purchases": a participle after a determiner is a modifier, not a verb.
      else if (/^[,;:]$/.test(w) || (tokens[j]!.pos === "VERB" && !MODIFIED.test(tokens[j - 1]?.text ?? ""))) break;
      if (reason >= 0) break;
    }
    if (reason < 0) continue;
    // The measure within eight words before the reason.
    let measure = -1;
    for (let j = reason - 1; j >= Math.max(s.tokenStart, reason - 9) && measure < 0; j--)
      if (MEASURES.has(tokens[j]!.text.toLowerCase())) measure = j;
    if (measure < 0) continue;
    // The buyer: the possessor of the purchases ("India's oil purchases"), else the state struck
    // ("a tariff on X", "hit X with a tariff"; "on X and Y over their purchases": both).
    const owner = ms.find(
      (x) => x.m.ts > reason && x.m.te < k && BUYERS.has(x.e.type) && isPossessiveMark(tokens[x.m.te]?.text),
    );
    let buyers: LocalEntity[] = owner ? [owner.e] : [];
    if (!owner) {
      const from = Math.max(s.tokenStart, measure - 6);
      const first = ms.findIndex(
        (x) =>
          x.m.te <= reason &&
          x.m.ts >= from &&
          BUYERS.has(x.e.type) &&
          (/^(?:on|against)$/i.test(tokens[x.m.ts - 1]?.text ?? "") ||
            STRIKE_VERBS.test(tokens[x.m.ts - 1]?.text ?? "")),
      );
      if (first < 0) continue;
      buyers = [ms[first]!.e];
      for (let n = first + 1; n < ms.length; n++) {
        const x = ms[n]!;
        if (x.m.te > reason || !BUYERS.has(x.e.type) || !/^(?:and|,)$/i.test(tokens[x.m.ts - 1]?.text ?? "")) break;
        if (ms[n - 1]!.m.te !== x.m.ts - 1) break;
        buyers.push(x.e);
      }
      const plural = tokens.slice(reason, k).some((t) => /^their$/i.test(t.text));
      if (buyers.length > 1 && !plural) continue;
    }
    // The goods: before the noun ("Russian oil purchases") or after its "of" ("purchases of Y").
    const end = Math.min(s.tokenEnd, k + 6);
    const of = tokens[k + 1]?.text.toLowerCase() === "of";
    const goods = ms
      .filter((x) => GOODS.has(x.e.type) && ((x.m.ts > reason && x.m.te <= k) || (of && x.m.ts > k && x.m.te <= end)))
      .map((x) => x.e);
    if (!goods.length) continue;
    const from = ms.find(
      (x) =>
        x.e.type === "Country" &&
        !buyers.includes(x.e) &&
        x.m.ts > reason &&
        x.m.te <= end &&
        (x.m.demonym || tokens[x.m.ts - 1]?.text.toLowerCase() === "from"),
    )?.e;
    return { buyers, goods: [...new Set(goods)], from };
  }
  return null;
}

/** "X slapped a tariff on Y over its purchases of Russian oil": Y buys the oil (from Russia). */
export const purchaseReasonRule: Rule = {
  id: "purchases-reason",
  predicates: ["PURCHASES"],
  description: "A state struck by a measure over its purchases of a good buys it (not the state imposing it).",
  example: "The US slapped a new duty on Turkey over its purchases of Russian oil.",
  apply(ctx) {
    const buyers = new Set<string>();
    const goods = new Set<string>();
    const told = new Set<number>();
    for (const s of ctx.sentences) {
      if (!TRIGGER.test(s.text)) continue;
      const r = readReason(ctx, s.i);
      if (!r) continue;
      told.add(s.start);
      for (const b of r.buyers) buyers.add(b.id);
      for (const g of r.goods) {
        goods.add(g.id);
        for (const b of r.buyers)
          emitRelation(ctx, b, "PURCHASES", g, s.i, this.id, r.from ? { from: r.from.name } : {}, 0.65);
      }
    }
    if (!told.size) return;
    // The registry's reading of "its purchases" as the imposer's, told only in these sentences.
    keepRelations(
      ctx,
      (rel) =>
        rel.predicate !== "PURCHASES" ||
        buyers.has(rel.source) ||
        !goods.has(rel.target) ||
        !rel.evidence.length ||
        !rel.evidence.every((ev) => told.has(ev.start)),
    );
  },
};
