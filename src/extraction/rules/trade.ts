// Rules about trade measures and markets: tariffs imposed or threatened (modality kept apart),
// export restrictions, postponements, market dominance, production, investment, partnerships
// and purchases. Each reads one sentence: a trigger word, the actor before it, the object after.

import type { Mention } from "../stages/03-mentions.ts";
import { applyEntries } from "../syntax/predicates.ts";
import type { Predicate } from "../types.ts";
import { emitRelation, mentionsIn, wordsBetween } from "./emit.ts";
import { entriesOf } from "./predicates.ts";
import { countryEntity, mainCountryPair } from "./sides.ts";
import type { LocalEntity, Rule, RuleContext } from "./types.ts";

type M = { m: Mention; e: LocalEntity };

/**
 * A rule of this file: its rows of the predicate registry (./predicates.ts) read through the
 * clause layer, then `legacy`, the rule's pattern over the sentence's words, for the phrasings
 * the rows do not read yet.
 */
interface TradeRule extends Rule {
  /** The older pattern, run on the sentences `read` (where the rows found nothing) does not hold. */
  legacy?: (ctx: RuleContext, read: ReadonlySet<number>) => void;
}

/** The sentences of the relations from index `from` on (those the rule's rows just found). */
function readSentences(ctx: RuleContext, from: number): Set<number> {
  const out = new Set<number>();
  if (from >= ctx.relations.length) return out;
  const starts = new Map<number, number>();
  for (const s of ctx.sentences) starts.set(s.start, s.i);
  for (let k = from; k < ctx.relations.length; k++) {
    const i = starts.get(ctx.relations[k]!.evidence[0]?.start ?? -1);
    if (i !== undefined) out.add(i);
  }
  return out;
}

/** A person or a state discussing a topic: "X discussed rare earths with Y" (not a meeting's topics). */
export const discussedTopicRule: Rule = {
  id: "discussed-topic",
  predicates: ["DISCUSSED"],
  description: "A person or a state discussing, raising or speaking about a mineral, product, policy or firm.",
  example: "The minister discussed lithium supplies with her counterpart.",
  apply(ctx) {
    applyEntries(ctx, entriesOf(this.id));
  },
};

const PERCENT = /(\d+(?:\.\d+)?)\s?(%|percent\b)/;

/** The actor of a trigger: nearest country, person, agency or company before token `i` (persons map to their state). */
function actorBefore(ms: M[], i: number, types: string[]): M | undefined {
  return ms.filter((x) => x.m.te <= i && types.includes(x.e.type)).at(-1);
}

function asState(ctx: RuleContext, x: M | undefined): LocalEntity | undefined {
  if (!x) return undefined;
  if (x.e.type === "Country") return x.e;
  if (x.e.type === "Person" && x.e.nationality) return countryEntity(ctx, x.e.nationality);
  return undefined;
}

function otherSide(ctx: RuleContext, c: LocalEntity | undefined): LocalEntity | undefined {
  const pair = mainCountryPair(ctx);
  if (!pair || !c) return undefined;
  return pair[0] === c ? pair[1] : pair[1] === c ? pair[0] : undefined;
}

function firstIndex(ctx: RuleContext, s: number, re: RegExp): number {
  const sent = ctx.sentences[s]!;
  for (let i = sent.tokenStart; i < sent.tokenEnd; i++) if (re.test(ctx.tokens[i]!.text)) return i;
  return -1;
}

/** Words that end the noun phrase after "tariffs on": what comes after them is another clause. */
const CLAUSE_BREAKS: ReadonlySet<string> = new Set([
  "as",
  "while",
  "after",
  "because",
  "when",
  "but",
  "which",
  "that",
  "unless",
  "if",
  ",",
  ";",
]);

/**
 * "Trump threatened an additional 100% tariff on Chinese goods starting November 1" (threatened);
 * "China applying a 10% tariff on US imports" (imposed). The target is the country after "on".
 */
export const tariffRule: TradeRule = {
  id: "tariff-on-country",
  predicates: ["IMPOSED_TARIFF", "THREATENED_TARIFF"],
  description: "A tariff with its rate on a country's goods; threats and plans kept apart from impositions.",
  example: "X threatened a 100% tariff on Chinese goods; China applies a 10% tariff on US imports.",
  apply(ctx) {
    const from = ctx.relations.length;
    applyEntries(ctx, entriesOf(this.id));
    this.legacy?.(ctx, readSentences(ctx, from));
  },
  legacy(ctx, read) {
    for (const s of ctx.sentences) {
      if (read.has(s.i)) continue;
      const ti = firstIndex(ctx, s.i, /^tariffs?$/i);
      if (ti < 0) continue;
      const ms = mentionsIn(ctx, s.i);
      const lower = s.text.toLowerCase();
      const threatened =
        /\b(threat|threats|threaten|threatens|threatened|threatening|planned|plans|proposed|proposes|looming|would impose|could impose)\b/.test(
          lower,
        );
      // Each "tariff … on <Country>" clause.
      for (let i = s.tokenStart; i < s.tokenEnd; i++) {
        if (!/^(tariffs?|duties|levies)$/i.test(ctx.tokens[i]!.text)) continue;
        const on = ctx.tokens.slice(i + 1, Math.min(i + 6, s.tokenEnd)).findIndex((t) => t.text === "on");
        // The country in the clause after "on": "tariffs on Chips as Seoul seeks …" is not on Seoul.
        const targetM = ms.find(
          (x) =>
            x.e.type === "Country" &&
            x.m.ts > i &&
            x.m.ts <= i + 8 &&
            on >= 0 &&
            x.m.ts > i + on &&
            !ctx.tokens.slice(i + on + 2, x.m.ts).some((t) => CLAUSE_BREAKS.has(t.text.toLowerCase())),
        );
        if (!targetM) continue;
        let source = asState(ctx, actorBefore(ms, i, ["Country", "Person"]));
        if (source === targetM.e) source = undefined;
        // "U.S. tariffs": the demonym or country written before "tariffs".
        source ??= ms.find((x) => x.e.type === "Country" && x.m.te >= i - 2 && x.m.te <= i && x.e !== targetM.e)?.e;
        source ??= otherSide(ctx, targetM.e);
        const person = actorBefore(ms, i, ["Person"]);
        if (!source && !(threatened && person)) continue;
        const window = ctx.text.slice(ctx.tokens[Math.max(s.tokenStart, i - 6)]!.start, ctx.tokens[i]!.end);
        const rate = PERCENT.exec(window) ?? PERCENT.exec(s.text);
        const date =
          /\b(?:starting|from|on|by|beyond)\s+((?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2})/.exec(
            s.text,
          );
        const predicate: Predicate = threatened ? "THREATENED_TARIFF" : "IMPOSED_TARIFF";
        const actor = threatened && person ? person.e : source;
        if (!actor) continue;
        const attributes: Record<string, string> = {};
        if (rate) attributes.rate = `${rate[1]}%`;
        if (date?.[1]) attributes.date = date[1];
        emitRelation(ctx, actor, predicate, targetM.e, s.i, this.id, attributes);
        break;
      }
    }
  },
};

/**
 * "China's export controls on rare earth minerals", "restrictions on rare earths and magnets",
 * "the US has limited China's access to key technologies, including semiconductors".
 */
export const restrictionRule: TradeRule = {
  id: "export-restriction",
  predicates: ["RESTRICTED_EXPORT"],
  description: "Export controls, curbs, licensing or restrictions by a state on minerals or products.",
  example: "When China imposed export controls on seven rare earth elements …",
  apply(ctx) {
    const from = ctx.relations.length;
    applyEntries(ctx, entriesOf(this.id));
    this.legacy?.(ctx, readSentences(ctx, from));
  },
  legacy(ctx, read) {
    for (const s of ctx.sentences) {
      if (read.has(s.i)) continue;
      const lower = s.text.toLowerCase();
      // "suspended cobalt exports", "banned exports of gallium", "halted shipments": a stop is a restriction.
      const stopped =
        /\b(suspend|suspends|suspended|suspending|halt|halts|halted|halting|ban|bans|banned|banning)\b/.test(lower) &&
        /\b(exports?|shipments?)\b/.test(lower);
      if (
        !stopped &&
        !/\b(export controls?|restrictions?|curbs?|export bans?|licensing|limited|restricted|restrict|release)\b/.test(
          lower,
        )
      )
        continue;
      const ms = mentionsIn(ctx, s.i);
      const ti = firstIndex(
        ctx,
        s.i,
        /^(controls?|restrictions?|curbs?|licensing|limited|restricted|restrict|bans?|banned|release|suspend|suspends|suspended|suspending|halts?|halted|halting)$/i,
      );
      if (ti < 0) continue;
      // "import restrictions", "did not restrict": no export restriction.
      const prior = wordsBetween(ctx, Math.max(s.tokenStart, ti - 3), ti);
      if (/\b(import|imports|not|n't|never)$/.test(prior) || /\b(not|n't|never)\b/.test(prior)) continue;
      const actor = asState(ctx, actorBefore(ms, ti, ["Country", "Person"]));
      if (!actor) continue;
      for (const x of ms) {
        if ((x.e.type === "Mineral" || x.e.type === "Product") && x.m.ts > ti && x.m.ts <= ti + 14) {
          emitRelation(ctx, actor, "RESTRICTED_EXPORT", x.e, s.i, this.id, {}, 0.7);
        }
      }
    }
  },
};

/** "China would postpone implementation of its licensing regime by one year". */
export const postponeRule: TradeRule = {
  id: "postpone-policy",
  predicates: ["POSTPONED"],
  description: "A state delaying or postponing a policy, with the duration.",
  example: "China will delay its rare earth export licensing regime by one year.",
  apply(ctx) {
    const from = ctx.relations.length;
    applyEntries(ctx, entriesOf(this.id));
    this.legacy?.(ctx, readSentences(ctx, from));
  },
  legacy(ctx, read) {
    for (const s of ctx.sentences) {
      if (read.has(s.i)) continue;
      const ti = firstIndex(ctx, s.i, /^(postpone|postponed|postpones|postponing|delay|delayed|delays|delaying)$/i);
      if (ti < 0) continue;
      const ms = mentionsIn(ctx, s.i);
      const actor = asState(ctx, actorBefore(ms, ti, ["Country"]));
      const policy = ms.find((x) => x.e.type === "Policy" && x.m.ts > ti);
      if (!actor || !policy) continue;
      const d = /\b(?:by|for)\s+((?:one|a|two|three|six|\d+)\s+(?:years?|months?|weeks?|days?))/.exec(s.text);
      emitRelation(ctx, actor, "POSTPONED", policy.e, s.i, this.id, d?.[1] ? { duration: d[1] } : {});
    }
  },
};

/** "China controls an astounding 90% of the world's processing capacity" (of rare earths). */
export const dominanceRule: TradeRule = {
  id: "market-dominance",
  predicates: ["DOMINATES"],
  description: "A state or firm controlling a share of a mineral or product market.",
  example: "China controls over 90% of the global rare earth supply.",
  apply(ctx) {
    const from = ctx.relations.length;
    applyEntries(ctx, entriesOf(this.id));
    this.legacy?.(ctx, readSentences(ctx, from));
  },
  legacy(ctx, read) {
    for (const s of ctx.sentences) {
      if (read.has(s.i)) continue;
      const ti = firstIndex(
        ctx,
        s.i,
        /^(controls?|controlling|dominates?|dominating|dominance|monopoly|near-monopoly|accounts)$/i,
      );
      if (ti < 0) continue;
      // "export controls on gallium", "price controls": a measure, not a market share.
      if (
        /^(export|exports|trade|price|capital|border|new|tighter|stricter|strict)$/i.test(
          ctx.tokens[ti - 1]?.text ?? "",
        )
      ) {
        continue;
      }
      if (/^on$/i.test(ctx.tokens[ti + 1]?.text ?? "")) continue;
      // "assumes control", "took control": the noun of ownership, not a market share.
      if (
        /^control$/i.test(ctx.tokens[ti]!.text) &&
        !/^(to|will|would|can|could|may|might|also)$/i.test(ctx.tokens[ti - 1]?.text ?? "")
      )
        continue;
      const ms = mentionsIn(ctx, s.i);
      const actor = actorBefore(ms, ti + 1, ["Country", "Company"]);
      const target = ms.find((x) => x.e.type === "Mineral" || (x.e.type === "Product" && x.m.ts > ti));
      if (!actor || !target) continue;
      // "90% of …", "about half of …", "two-thirds of …".
      const shareText =
        /(?:over |more than |nearly |almost |about |around |roughly )?(?:\d+(?:\.\d+)?\s?(?:%|percent\b)|(?:half|a third|a quarter|two-thirds|three-quarters)\b)[^,.;]*/.exec(
          s.text.slice(ctx.tokens[ti]!.start - s.start),
        )?.[0];
      emitRelation(ctx, actor.e, "DOMINATES", target.e, s.i, this.id, shareText ? { share: shareText.trim() } : {});
    }
  },
};

/** "China produces nearly 70% of the world's mined rare earths"; "MP Materials … produce magnets". */
export const productionRule: TradeRule = {
  id: "production",
  predicates: ["PRODUCES"],
  description: "A state or firm producing a mineral or product.",
  example: "MP Materials is projected to produce 1,000 tons of magnets annually.",
  apply(ctx) {
    const from = ctx.relations.length;
    applyEntries(ctx, entriesOf(this.id));
    this.legacy?.(ctx, readSentences(ctx, from));
  },
  legacy(ctx, read) {
    for (const s of ctx.sentences) {
      if (read.has(s.i)) continue;
      // Not "production": "US production of magnets" names where, not who.
      const ti = firstIndex(ctx, s.i, /^(produces?|produced|producing|producers?|mines|mined)$/i);
      if (ti < 0) continue;
      const ms = mentionsIn(ctx, s.i);
      const actor = actorBefore(ms, ti, ["Country", "Company"]);
      const target = ms.find(
        (x) => (x.e.type === "Mineral" || x.e.type === "Product") && x.m.ts > ti && x.m.ts < ti + 12,
      );
      if (!actor || !target || actor.m.ts < ti - 12) continue;
      emitRelation(ctx, actor.e, "PRODUCES", target.e, s.i, this.id, {}, 0.6);
    }
  },
};

/** "state-owned", "state-run", "state-controlled", "state-backed" (one token or three). */
const STATE_OWNED = /^state-?(owned|run|controlled|backed)$/i;

/**
 * "Chile's state-owned miner X", "Chinese state-run X": the state owns the firm. The country is
 * the possessor or demonym just before "state-owned", the firm the first company within six words.
 */
function stateOwned(ctx: RuleContext): void {
  for (const s of ctx.sentences) {
    if (!s.text.includes("state")) continue;
    let ms: M[] | undefined;
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      const t = ctx.tokens[k]!;
      const joined =
        t.text.toLowerCase() === "state" && ctx.tokens[k + 1]?.text === "-"
          ? `state-${ctx.tokens[k + 2]?.text ?? ""}`
          : "";
      if (!STATE_OWNED.test(t.text) && !STATE_OWNED.test(joined)) continue;
      ms ??= mentionsIn(ctx, s.i);
      const end = joined ? k + 3 : k + 1;
      const country = ms.find(
        (x) =>
          x.e.type === "Country" && x.m.te <= k && x.m.te >= k - 2 && !/^(,|and)$/.test(ctx.tokens[x.m.te]?.text ?? ""),
      );
      const firm = ms.find((x) => x.e.type === "Company" && x.m.ts >= end && x.m.ts <= end + 6);
      if (country && firm)
        emitRelation(ctx, country.e, "INVESTED_IN", firm.e, s.i, "investment", { kind: "state ownership" }, 0.7);
    }
  }
}

/** "The Department of Defense has invested over $439 million in …"; "X received a loan from Y": rows, and state ownership. */
export const investmentRule: TradeRule = {
  id: "investment",
  predicates: ["INVESTED_IN"],
  description: "An agency, state or firm investing an amount in a company or place.",
  example: "The Department of Defense invested $35 million in MP Materials.",
  apply(ctx) {
    const from = ctx.relations.length;
    applyEntries(ctx, entriesOf(this.id));
    this.legacy?.(ctx, readSentences(ctx, from));
  },
  legacy(ctx) {
    stateOwned(ctx);
  },
};

/** "a partnership between MP Materials and Saudi Arabia's Ma'aden"; "engaging with partners, including Japan". */
export const partnershipRule: TradeRule = {
  id: "partnership",
  predicates: ["PARTNERED_WITH"],
  description: "Two firms or states in a partnership, or a state engaging partners it names.",
  example: "China is engaging with other partners, including Japan and South Korea.",
  apply(ctx) {
    const from = ctx.relations.length;
    applyEntries(ctx, entriesOf(this.id));
    this.legacy?.(ctx, readSentences(ctx, from));
  },
  legacy(ctx, read) {
    for (const s of ctx.sentences) {
      if (read.has(s.i)) continue;
      const ti = firstIndex(ctx, s.i, /^(partnership|partnered|partners|partner|alliance|joint)$/i);
      if (ti < 0) continue;
      const ms = mentionsIn(ctx, s.i).filter((x) => x.e.type === "Company" || (x.e.type === "Country" && !x.m.demonym));
      // "brokered by Qatar", "backed by Japan": the third party is not a partner.
      const after = ms.filter((x) => x.m.ts > ti && x.m.ts < ti + 12 && ctx.tokens[x.m.ts - 1]?.text !== "by");
      const befores = ms.filter((x) => x.m.te <= ti);
      const before = befores.at(-1);
      const pair = befores.length >= 2 ? befores.slice(-2) : null;
      if (ctx.tokens[ti + 1]?.text === "between" && after.length >= 2) {
        emitRelation(ctx, after[0]!.e, "PARTNERED_WITH", after[1]!.e, s.i, this.id);
      } else if (
        pair &&
        pair[0]!.e.type === pair[1]!.e.type &&
        pair[0]!.e !== pair[1]!.e &&
        wordsBetween(ctx, pair[0]!.m.te, pair[1]!.m.ts) === "and"
      ) {
        // "The United States and Congo signed a partnership": the two named together.
        emitRelation(ctx, pair[0]!.e, "PARTNERED_WITH", pair[1]!.e, s.i, this.id);
      } else if (before) {
        for (const x of after)
          if (x.e.type === before.e.type) emitRelation(ctx, before.e, "PARTNERED_WITH", x.e, s.i, this.id, {}, 0.6);
      }
    }
  },
};

/** Nouns that "purchasing" or "buying" qualifies without anything being bought. */
const PURCHASING_NOUNS: ReadonlySet<string> = new Set([
  "platform",
  "power",
  "scheme",
  "mechanism",
  "managers",
  "manager",
  "managers'",
  "managers’",
  "agreement",
  "programme",
  "program",
  "index",
  "pool",
  "spree",
]);

/** "China will resume substantial purchases of US soybeans". */
export const purchaseRule: TradeRule = {
  id: "purchases",
  predicates: ["PURCHASES"],
  description: "A state or firm buying a product or mineral, with the seller's country when written.",
  example: "China will resume large-scale purchases of U.S. soybeans.",
  apply(ctx) {
    const from = ctx.relations.length;
    applyEntries(ctx, entriesOf(this.id));
    this.legacy?.(ctx, readSentences(ctx, from));
  },
  legacy(ctx, read) {
    for (const s of ctx.sentences) {
      if (read.has(s.i)) continue;
      const ti = firstIndex(ctx, s.i, /^(purchases?|purchasing|purchased|buy|buying|bought|imports?)$/i);
      if (ti < 0) continue;
      // "a joint purchasing platform", "the purchasing managers' index": a noun, not a purchase.
      if (/^(purchasing|buying)$/i.test(ctx.tokens[ti]!.text) && PURCHASING_NOUNS.has(ctx.tokens[ti + 1]?.text ?? "")) {
        continue;
      }
      const ms = mentionsIn(ctx, s.i);
      const actor = actorBefore(ms, ti, ["Country", "Company"]);
      // What is bought follows the trigger in its phrase: "imports, rare earths" is a list of topics.
      const target = ms.find(
        (x) =>
          (x.e.type === "Product" || x.e.type === "Mineral") &&
          x.m.ts > ti &&
          x.m.ts < ti + 8 &&
          !ctx.tokens.slice(ti + 1, x.m.ts).some((t) => /^[,;:]$/.test(t.text)),
      );
      if (!actor || !target) continue;
      const from = ms.find((x) => x.e.type === "Country" && x.m.te >= target.m.ts - 1 && x.m.te <= target.m.ts);
      emitRelation(
        ctx,
        actor.e,
        "PURCHASES",
        target.e,
        s.i,
        this.id,
        from && from.e !== actor.e ? { from: from.e.name } : {},
      );
    }
  },
};
