// Policies named by pattern rather than by a capitalised name: licensing regimes ("its rare
// earth export licensing regime") and capitalised names before a policy noun ("Liberation Day
// declarations"). Adds Policy entities; relations come from the other rules.

import { meetingsOf } from "../stages/05-meetings.ts";
import { ensureEntity, mentionsIn } from "./emit.ts";
import { isStateParty } from "./sides.ts";
import type { LocalEntity, Rule } from "./types.ts";

const REGIME = /^(regime|system|requirements|rules|scheme)$/i;
/** Policy nouns after a capitalised name, as written (a set lookup per token). */
const POLICY_NOUN: ReadonlySet<string> = new Set([
  "declaration",
  "declarations",
  "tariffs",
  "doctrine",
  "consensus",
  "accord",
  "pact",
  "initiative",
]);

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
      if (t.text === "Bill") numberedBill(ctx, i, this.id);
      if (!POLICY_NOUN.has(t.text)) continue;
      // "the 232 tariffs": a trade law's section number before the tariffs it allows.
      const num = ctx.tokens[i - 1]!;
      if (
        /^\d{3}$/.test(num.text) &&
        /^(?:the|Section)$/.test(ctx.tokens[i - 2]!.text) &&
        num.sentence === t.sentence
      ) {
        const name = ctx.text.slice(num.start, t.end);
        ensureEntity(ctx, "Policy", name, name, { ts: i - 1, te: i + 1 }, this.id);
        continue;
      }
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

/** "Senate Bill No. 2826", "House Bill 4021", "Bill C-69": a numbered bill is a Policy. */
function numberedBill(ctx: Parameters<Rule["apply"]>[0], i: number, rule: string): void {
  const { tokens } = ctx;
  const sentence = tokens[i]!.sentence;
  let a = i;
  if (/^(?:Senate|House|Assembly)$/.test(tokens[i - 1]?.text ?? "") && tokens[i - 1]!.sentence === sentence) a--;
  let k = i + 1;
  if (/^No\.?$/.test(tokens[k]?.text ?? "")) k++;
  if (tokens[k]?.text === ".") k++;
  const num = tokens[k];
  if (!num || num.sentence !== sentence || !/^(?:[A-Z]-?)?\d{1,5}$/.test(num.text)) return;
  const name = ctx.text.slice(tokens[a]!.start, num.end);
  ensureEntity(ctx, "Policy", name, name, { ts: a, te: k + 1 }, rule);
}

const QUOTE_OPEN = /^["“‘']$/;
const QUOTE_CLOSE = /^["”’']$/;
/** Words that start a check in `measurePolicyRule` (one set lookup per token before any work). */
const MEASURE_TRIGGERS: ReadonlySet<string> = new Set([
  "tariff",
  "tariffs",
  "quota",
  "quotas",
  "license",
  "licence",
  "licenses",
  "licences",
  "licensing",
  "rule",
  "order",
  "section",
]);

/**
 * Measures named by pattern: a quoted name before a tariff noun ('the 20% “fentanyl tariff”',
 * 'its “reciprocal” tariff system'), a numbered order or section ("Executive Order 14257", "Section 301"), a percentage rule ("the 50%
 * rule"), a quota on a mineral ("its nickel ore mining quota") and a kind of export licence ("a
 * dual-use items export license", "rare earth export licences").
 */
export const measurePolicyRule: Rule = {
  id: "policy-measure-by-pattern",
  predicates: [],
  description:
    "Named tariffs, numbered orders and sections, percentage rules, mineral quotas and export licences are Policies.",
  example: "The 20% “fentanyl tariff” will be halved; Indonesia cut its nickel mining quota.",
  apply(ctx) {
    const { tokens, text } = ctx;
    const lower = (k: number) => tokens[k]?.text.toLowerCase() ?? "";
    const same = (a: number, b: number) => tokens[a] !== undefined && tokens[b]?.sentence === tokens[a]!.sentence;
    const covered = (s: number, a: number, b: number) =>
      mentionsIn(ctx, s).some((x) => x.e.type === "Policy" && x.m.ts <= a && x.m.te >= b);
    const policy = (name: string, key: string, a: number, b: number) => {
      if (a < 0 || b > tokens.length || !same(a, b - 1)) return undefined;
      if (covered(tokens[a]!.sentence, a, b)) return undefined;
      return ensureEntity(ctx, "Policy", name, key, { ts: a, te: b }, this.id);
    };
    for (let i = 0; i < tokens.length; i++) {
      const w = lower(i);
      if (!MEASURE_TRIGGERS.has(w)) continue;
      const t = tokens[i]!;
      if (w === "tariff" || w === "tariffs") {
        // The tariff noun's own phrase may go on: "tariff system", "tariff regime".
        const tail = /^(system|regime)$/.test(lower(i + 1)) && same(i, i + 1) ? i + 1 : i;
        const end = tokens[tail]!.end;
        // '“fentanyl tariff”': the quotes around the name and the noun.
        if (QUOTE_CLOSE.test(tokens[i + 1]?.text ?? "") && same(i, i + 1)) {
          let a = i - 1;
          while (a > i - 4 && a >= 0 && !QUOTE_OPEN.test(tokens[a]!.text) && tokens[a]!.pos !== "PUNCT") a--;
          if (a >= 0 && QUOTE_OPEN.test(tokens[a]!.text) && a < i - 1 && same(a, i)) {
            const name = text.slice(tokens[a + 1]!.start, t.end).toLowerCase();
            policy(name, name, a, i + 2);
            continue;
          }
        }
        // '“reciprocal” tariff system': a quoted lower-case word before the noun.
        if (QUOTE_CLOSE.test(tokens[i - 1]?.text ?? "") && same(i - 1, i)) {
          let a = i - 2;
          while (a > i - 5 && a >= 0 && !QUOTE_OPEN.test(tokens[a]!.text)) a--;
          const words = a >= 0 ? tokens.slice(a + 1, i - 1) : [];
          // A tariff system, or tariffs; not "a 10% base “reciprocal” tariff" (a rate).
          const instrument = tail > i || (w === "tariffs" && !/%|percent/.test(lower(a - 1) + lower(a - 2)));
          if (
            instrument &&
            a >= 0 &&
            QUOTE_OPEN.test(tokens[a]!.text) &&
            words.length > 0 &&
            words.every((x) => /^\p{Ll}/u.test(x.text)) &&
            same(a, i)
          ) {
            const name = `${words.map((x) => x.text).join(" ")} ${text.slice(t.start, end)}`.toLowerCase();
            policy(name, name, a, tail + 1);
            continue;
          }
        }
        continue;
      }
      if (w === "order" && t.text === "Order" && lower(i - 1) === "executive") {
        // "Executive Order 14257", "Executive Order No. 14257".
        const n = /^no\.?$/.test(lower(i + 1)) ? i + 2 : i + 1;
        if (/^\d{3,6}$/.test(tokens[n]?.text ?? "") && same(i, n)) {
          const name = `Executive Order ${tokens[n]!.text}`;
          policy(name, name, i - 1, n + 1);
        }
        continue;
      }
      if (w === "section" && t.text === "Section" && /^\d{2,4}[a-z]?$/.test(tokens[i + 1]?.text ?? "")) {
        // "Section 232", "Section 301 tariffs" (stage 3 names the latter).
        const name = `Section ${tokens[i + 1]!.text}`;
        policy(name, name, i, i + 2);
        continue;
      }
      if (w === "rule") {
        // "the 50% rule", "the 50 percent rule".
        const pct = lower(i - 1) === "%" || lower(i - 1) === "percent" ? i - 2 : -1;
        if (pct >= 0 && /^\d{1,3}$/.test(tokens[pct]?.text ?? "") && same(pct, i)) {
          const name = `${tokens[pct]!.text}% rule`;
          policy(name, name, pct, i + 1);
        }
        continue;
      }
      const s = t.sentence;
      if (w === "quota" || w === "quotas") {
        // "its nickel ore mining quota", "annual export quotas for cobalt": a mineral's quota.
        const kind = /^(mining|production|export|output)$/.test(lower(i - 1)) ? lower(i - 1) : "";
        if (!kind) continue;
        const ms = mentionsIn(ctx, s);
        const before = ms.find((x) => x.e.type === "Mineral" && x.m.te >= i - 3 && x.m.te <= i - 1);
        const after = ms.find((x) => x.e.type === "Mineral" && x.m.ts > i && x.m.ts <= i + 3);
        const good = before ?? after;
        if (!good) continue;
        // "for 2025": a dated quota is named with its year.
        const year =
          !after && lower(i + 1) === "for" && /^(19|20)\d\d$/.test(tokens[i + 2]?.text ?? "") && same(i, i + 2);
        const a = before ? before.m.ts : i - 1;
        const b = after ? after.m.te : year ? i + 3 : i + 1;
        // Named as written ("nickel ore mining quota for 2025"); one quota per good and kind.
        const name = before ? text.slice(tokens[a]!.start, tokens[b - 1]!.end) : `${good.e.name} ${kind} quota`;
        const e = policy(name, `quota@${good.e.name.replace(/ ores?$/, "")}@${kind}`, a, b);
        if (e && year && !/ for \d{4}$/.test(e.name)) {
          e.aliases.add(e.name);
          e.name = name;
        }
        continue;
      }
      // "a dual-use items export license", "rare earth export licences": a kind of export licence.
      if (lower(i - 1) !== "export" || w === "licensing") continue;
      let a = i - 1;
      while (a > 0 && i - a <= 5 && same(a - 1, i) && /^(NOUN|ADJ|PROPN)$/.test(tokens[a - 1]!.pos)) a--;
      // "dual-use": a hyphenated modifier read as three tokens.
      while (a > 2 && tokens[a - 1]!.text === "-" && tokens[a - 1]!.start === tokens[a - 2]!.end && same(a - 2, i))
        a -= 2;
      if (a === i - 1) continue;
      const ms = mentionsIn(ctx, s);
      const mineral = ms.find((x) => x.e.type === "Mineral" && x.m.ts >= a && x.m.te <= i - 1);
      if (mineral) {
        const stem = mineral.e.name.replace(/(?<!s)s$/, "");
        policy(`${stem} export licensing regime`, `licensing@${stem}`, mineral.m.ts, i + 1);
        continue;
      }
      if (ms.some((x) => x.m.ts < i && x.m.te > a)) continue;
      const name = text
        .slice(tokens[a]!.start, t.end)
        .replace(/licen[cs]es$/i, "license")
        .replace(/licence$/i, "license");
      policy(name, name.toLowerCase(), a, i + 1);
    }
  },
};

/** Lower-case nouns of an agreement between parties. */
const AGREEMENT_NOUNS: ReadonlySet<string> = new Set(["agreement", "deal", "pact", "accord", "treaty"]);
/** Words that make an agreement a trade instrument ("a free trade agreement", "a tariff deal"). */
const AGREEMENT_KINDS: ReadonlySet<string> = new Set([
  "trade",
  "free",
  "bilateral",
  "tariff",
  "minerals",
  "mineral",
  "investment",
  "economic",
  "partnership",
  "comprehensive",
  "supply",
  "reconstruction",
]);

/**
 * "South Korea and the United States announced a finalised tariff agreement", "the free trade
 * agreement between the EU and Mercosur", "X should sign the trade deal with India": the agreement
 * of two named states is a Policy named after them, its words as written an alias. Left to the
 * talks rules in a document about a meeting (they name its framework).
 */
export const partiesAgreementRule: Rule = {
  id: "policy-parties-agreement",
  predicates: [],
  description: "A trade agreement of two states named in the sentence is a Policy named after them.",
  example: "Chile and India signed a free trade agreement.",
  apply(ctx) {
    // The talks rules name the agreement of the document's main meeting ("<place> framework").
    const talksAgreement = meetingsOf(ctx).primary !== null;
    const { tokens, text } = ctx;
    for (let i = 1; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (!AGREEMENT_NOUNS.has(t.text)) continue;
      let a = i;
      while (a > 0 && i - a < 3 && AGREEMENT_KINDS.has(tokens[a - 1]!.text) && tokens[a - 1]!.sentence === t.sentence)
        a--;
      if (a === i) continue;
      if (
        talksAgreement &&
        (t.text === "accord" ||
          /\b(tentative|preliminary|framework|trade)\b/.test(text.slice(tokens[Math.max(0, i - 3)]!.start, t.start)))
      )
        continue;
      const ms = mentionsIn(ctx, t.sentence);
      if (ms.some((x) => x.e.type === "Policy" && x.m.ts <= i && x.m.te > i)) continue;
      const states = ms.filter((x) => isStateParty(x.e));
      let parties: LocalEntity[] = [];
      const next = tokens[i + 1]?.text;
      const after = states.filter((x) => x.m.ts > i && x.m.ts <= i + 8);
      if (next === "between" && after.length >= 2) parties = [after[0]!.e, after[1]!.e];
      else {
        // The states before the agreement in its sentence: the last two coordinated ("X and Y signed").
        const before = states.filter((x) => x.m.te <= a);
        for (let k = before.length - 1; k > 0 && !parties.length; k--) {
          const x = before[k - 1]!;
          const y = before[k]!;
          const between = tokens.slice(x.m.te, y.m.ts).map((w) => w.text.toLowerCase());
          if (between.includes("and") && between.length <= 8 && x.e !== y.e) parties = [x.e, y.e];
        }
        // "sign the trade deal with India": the sentence's first state and the one after "with".
        if (!parties.length && next === "with" && after[0] && before[0] && after[0].e !== before[0].e)
          parties = [before[0].e, after[0].e];
      }
      if (parties.length !== 2) continue;
      const words = text.slice(tokens[a]!.start, t.end).toLowerCase();
      const name = `${parties[0]!.name}-${parties[1]!.name} ${words}`;
      const key = `agreement@${[parties[0]!.name, parties[1]!.name].sort().join("|")}@${t.text}`;
      ensureEntity(ctx, "Policy", name, key, { ts: a, te: i + 1 }, this.id);
    }
  },
};
