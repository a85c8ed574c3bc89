// A state's own investment bodies. A body the text describes with a noun of the
// class "a state's fund or investor" (sovereign wealth fund, state fund, national investment
// fund, investment authority, state investor, state holding company…) tied to one country by
// the description — its possessive ("Norland's sovereign fund, X"), its demonym ("the Norlandic
// state investor X"), a place of the country used as a modifier ("the Port Royal wealth fund
// X"), or "of <country>" — is that state's Agency (house convention: a state's finance bodies are
// agencies) and PART_OF the country. Either order: "<description> [,] X" or "X, <description>".

import { CITIES, REGIONS } from "../lexicon/places.ts";
import { isPossessiveMark, lowerCaseTexts } from "../stages/02-tokens.ts";
import { emitRelation, ensureEntity, mentionsIn } from "./emit.ts";
import { countryEntity } from "./sides.ts";
import type { LocalEntity, Rule, RuleContext } from "./types.ts";

/** The class: nouns of a state's fund or investor, lower case, as token sequences. */
const STATE_FUND_NOUNS: readonly string[][] = [
  "sovereign wealth fund",
  "sovereign investment fund",
  "sovereign fund",
  "sovereign investor",
  "national wealth fund",
  "state wealth fund",
  "state investment fund",
  "state fund",
  "state-owned fund",
  "state-owned investment fund",
  "state-run fund",
  "state investor",
  "state-owned investor",
  "state investment company",
  "state-owned investment company",
  "state investment firm",
  "state holding company",
  "state-owned holding company",
  "state investment agency",
  "national investment fund",
  "strategic investment fund",
  "investment authority",
  "public investment fund",
].map((s) => s.split(" "));

/** The words a class noun opens with, as a token ("state-owned" whole, or "state" when split). */
const CLASS_OPENERS: ReadonlySet<string> = new Set(STATE_FUND_NOUNS.flatMap(([w]) => [w!, w!.split("-")[0]!]));

/** Bodies that may be a state's fund (a Person or a Place is not). */
const BODY_TYPES: ReadonlySet<string> = new Set(["Company", "Organization", "Agency"]);

type M = { m: { ts: number; te: number; sentence: number; demonym?: boolean }; e: LocalEntity };

/** The length of a class noun starting at token k ("state-owned" may be three tokens), or 0. */
function classNounAt(ctx: RuleContext, k: number): number {
  const t = ctx.tokens;
  for (const words of STATE_FUND_NOUNS) {
    let j = k;
    let ok = true;
    for (const w of words) {
      // "state-owned" written as one token or as "state", "-", "owned".
      if (t[j]?.text.toLowerCase() === w) j++;
      else if (w.includes("-") && w.split("-").every((part, n) => t[j + 2 * n]?.text.toLowerCase() === part)) j += 3;
      else {
        ok = false;
        break;
      }
    }
    if (ok && t[j - 1]?.sentence === t[k]!.sentence) return j - k;
  }
  return 0;
}

/** The country code a mention stands for: a country, or a city or region of one. */
function codeOf(x: M): string | undefined {
  if (x.e.type === "Country") return x.e.attributes.code;
  if (x.e.type === "Place") return CITIES.get(x.e.name) ?? REGIONS.get(x.e.name);
  return undefined;
}

/** The country the description names: "<C>'s", "the <Demonym>", "<Place>" just before, or "of <C>" after. */
function describedState(ctx: RuleContext, ms: M[], ps: number, pe: number): string | undefined {
  const t = ctx.tokens;
  let k = ps;
  const possessive = isPossessiveMark(t[k - 1]?.text);
  if (possessive) k--;
  const owner = ms.find((x) => x.m.te === k);
  if (owner) {
    const code = codeOf(owner);
    // A country's plain name needs its possessive or a demonym; a place's name modifies.
    if (code && (possessive || owner.m.demonym || owner.e.type === "Place" || owner.e.type === "Country")) return code;
  }
  if (t[pe]?.text.toLowerCase() === "of") {
    const at = t[pe + 1]?.text.toLowerCase() === "the" ? pe + 2 : pe + 1;
    const after = ms.find((x) => x.m.ts === at && x.e.type === "Country");
    if (after) return after.e.attributes.code;
  }
  return undefined;
}

/** The body the description is of: named right after it (after a comma), or before it across a comma. */
function describedBody(ctx: RuleContext, ms: M[], ps: number, pe: number): M | undefined {
  const t = ctx.tokens;
  const at = t[pe]?.text === "," ? pe + 1 : pe;
  const after = ms.find((x) => x.m.ts === at && BODY_TYPES.has(x.e.type));
  if (after) return after;
  // "X, Norland's sovereign fund": back over the owner, an article, to the comma.
  let k = ps;
  if (isPossessiveMark(t[k - 1]?.text)) k--;
  const owner = ms.find((x) => x.m.te === k);
  if (owner) k = owner.m.ts;
  if (/^(?:the|a|an)$/i.test(t[k - 1]?.text ?? "")) k--;
  if (t[k - 1]?.text !== ",") return undefined;
  return ms.find((x) => x.m.te === k - 1 && BODY_TYPES.has(x.e.type));
}

/**
 * "Norland's sovereign wealth fund, Vestra-Kor": a name of capitalised words right after the
 * description (after a comma) that no mention covers; its token span, or undefined.
 */
function unnamedBodyAfter(ctx: RuleContext, ms: M[], pe: number): { ts: number; te: number } | undefined {
  const t = ctx.tokens;
  const ts = t[pe]?.text === "," ? pe + 1 : pe;
  const sentence = t[pe - 1]!.sentence;
  let te = ts;
  while (te < ts + 5 && t[te]?.sentence === sentence) {
    const w = t[te]!.text;
    const joint = w === "-" && te > ts && /^[\p{Lu}]/u.test(t[te + 1]?.text ?? "");
    if (!joint && !/^[\p{Lu}][\p{L}\p{N}&.-]*$/u.test(w)) break;
    if (ms.some((x) => x.m.ts <= te && te < x.m.te)) return undefined;
    te++;
  }
  if (te === ts) return undefined;
  // A name closes there: a comma, a bracket, a verb or the end, not a lower-case noun it modifies.
  const next = t[te];
  if (
    next &&
    next.sentence === sentence &&
    !/^[,.;:()—–]$/.test(next.text) &&
    next.pos !== "VERB" &&
    next.pos !== "AUX"
  )
    return undefined;
  return { ts, te };
}

/** The body whose own name holds the class noun ("Public Investment Fund"), the noun closing the name. */
function namedBody(ms: M[], k: number, n: number): M | undefined {
  return ms.find((x) => x.m.ts <= k && x.m.te === k + n && BODY_TYPES.has(x.e.type));
}

export const stateFundRule: Rule = {
  id: "state-fund-of-country",
  predicates: ["PART_OF"],
  description:
    "A body described as a state's fund or investor (sovereign wealth fund, state investor…) of one country is that state's Agency.",
  example: "Norland's sovereign wealth fund, Acme Capital → Acme Capital is an Agency PART_OF Norland.",
  apply(ctx) {
    // Stage 2's lower-case texts: no new string per token.
    const lowers = lowerCaseTexts(ctx.tokens);
    for (const s of ctx.sentences) {
      let ms: M[] | undefined;
      for (let k = s.tokenStart; k < s.tokenEnd; k++) {
        if (!CLASS_OPENERS.has(lowers[k]!)) continue;
        const n = classNounAt(ctx, k);
        if (!n) continue;
        ms ??= mentionsIn(ctx, s.i) as M[];
        // The class noun closing a body's own name: "Norland's Public Investment Fund" (the state
        // before the name); elsewhere inside a name it is no description.
        const named = namedBody(ms, k, n);
        if (!named && ms.some((x) => x.m.ts <= k && k < x.m.te)) continue;
        const code = named ? describedState(ctx, ms, named.m.ts, named.m.te) : describedState(ctx, ms, k, k + n);
        let body = named ?? describedBody(ctx, ms, k, k + n);
        if (!body && code) {
          // A name no stage read, after the description: the state's body.
          const span = unnamedBodyAfter(ctx, ms, k + n);
          if (span) {
            const name = ctx.text.slice(ctx.tokens[span.ts]!.start, ctx.tokens[span.te - 1]!.end);
            const e = ensureEntity(ctx, "Agency", name, name, span, "state-fund-name");
            body = { m: { ts: span.ts, te: span.te, sentence: s.i }, e };
          }
        }
        k += n - 1;
        if (!code || !body) continue;
        const state = countryEntity(ctx, code);
        if (body.e.type !== "Agency") {
          body.e.type = "Agency";
          for (const m of body.e.mentions) m.type = "Agency";
        }
        if (state) emitRelation(ctx, body.e, "PART_OF", state, s.i, this.id);
      }
    }
  },
};
