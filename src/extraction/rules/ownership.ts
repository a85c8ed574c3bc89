// Ownership and backing written around a firm's name rather than in a clause the predicate registry
// reads: "the Pentagon-backed miner X", "X is 51% owned by Y", "X, 70%-owned by Y and Z", "X, in
// which Y holds a 30% stake", "X's investors include Y and Z". Each gives INVESTED_IN from the owner
// or backer to the firm. Called by the investment rule (./trade.ts) after its registry rows; one pass
// over each sentence holding a trigger word, a few mention lookups per trigger; the owners' list is the
// clause layer's coordinated list (../syntax/clauses.ts), read once per sentence.

import { isPossessiveMark } from "../stages/02-tokens.ts";
import type { Mention } from "../stages/03-mentions.ts";
import type { Arg } from "../syntax/clauses.ts";
import { type M as SM, sentenceReading } from "../syntax/predicates.ts";
import type { EntityType } from "../types.ts";
import { emitRelation, mentionsIn } from "./emit.ts";
import type { LocalEntity, RuleContext } from "./types.ts";

/** A mention and its entity, as `mentionsIn` gives them. */
type M = { m: Mention; e: LocalEntity };

/** Who owns or backs a firm. */
const OWNERS: ReadonlySet<EntityType> = new Set(["Agency", "Company", "Country", "Organization"]);

/** Participles of a firm's ownership or backing. */
const OWNED = /^(?:owned|backed|funded|financed|controlled)$/;

/** Words between a firm's name and "owned by": "is 51%", ", majority-", "was wholly". */
const OWNED_GLUE = /^(?:is|was|are|were|,|-|%|percent|majority|wholly|jointly|partly|partially|fully|\d[\d.]*)$/;

/** Head nouns of a phrase that names a state by its demonym: "the French state". */
const STATE_HEADS: ReadonlySet<string> = new Set(["state", "government", "treasury"]);

/** Cheap sentence triggers. */
const TRIGGERS =
  /\b(?:owned|backed|funded|financed|controlled|which|whose|include|includes|included|including|venture)\b/;

/** Words between a firm's name and "joint venture": ", a 50-50", " is an equal", ", the new". */
const VENTURE_GLUE =
  /^(?:,|is|was|are|were|remains|a|an|the|its|their|new|equal|50-50|50|-|\/|\d[\d.]*|%|percent|owned|equally|mining|project|local)$/;

/** The share owned before ", … of which is owned by Y": "90 percent", "60%", "a majority", "half". */
const OF_WHICH_SHARE = /^(?:%|percent|majority|most|half|all|rest|remainder|part)$/;

/**
 * The names of the coordinated list the clause layer read starting at token `i` or one determiner
 * after it ("Y, Z and W", "the Commerce Department and Y"): a subject, an object, an agent or a
 * prepositional object of sentence `si`'s reading, in text order. Empty when no list starts there.
 */
function listAt(ctx: RuleContext, si: number, i: number): M[] {
  const r = sentenceReading(ctx, si);
  if (!r) return [];
  let found: Arg<SM> | undefined;
  const consider = (arg: Arg<SM> | undefined) => {
    if (arg && arg.ts >= i && arg.ts <= i + 1 && (!found || arg.ts < found.ts)) found = arg;
  };
  for (const c of r.clauses) {
    consider(c.subject);
    consider(c.agent);
    for (const o of c.objects) consider(o);
    for (const pp of c.pps) consider(pp.arg);
  }
  for (const ch of r.chunks) for (const pp of ch.pps) consider(pp.arg);
  const out: M[] = [];
  for (const item of found?.items ?? []) {
    if (item.entity) out.push({ m: item.entity.m, e: item.entity.e });
    else if (STATE_HEADS.has(item.headWord)) {
      // "the French state", "the Mongolian government": the country that owns.
      const country = item.modifiers.find((x) => x.e.type === "Country") ?? item.possessor;
      if (country?.e.type === "Country") out.push({ m: country.m, e: country.e });
    }
  }
  return out;
}

/** The mention ending exactly at token `te` (exclusive end), if any. */
function endingAt(ms: M[], te: number): M | undefined {
  return ms.find((x) => x.m.te === te);
}

/** Each of `owners` whose type can own, other than `firm` itself, INVESTED_IN `firm` with `attributes`. */
function emitHolders(
  ctx: RuleContext,
  owners: readonly M[],
  firm: LocalEntity,
  si: number,
  attributes: Record<string, string>,
): void {
  for (const owner of owners)
    if (OWNERS.has(owner.e.type) && owner.e !== firm)
      emitRelation(ctx, owner.e, "INVESTED_IN", firm, si, "investment", attributes, 0.7);
}

/**
 * Each owner of `owners` (its type one that can own) INVESTED_IN `firm`: an equity share when
 * `between` (the words between the firm and the owners) gives a percentage, else ownership.
 */
function emitOwners(ctx: RuleContext, owners: M[], firm: LocalEntity, si: number, between: string): void {
  const share = /(\d[\d.]*)\s?(%|percent)/.exec(between);
  emitHolders(ctx, owners, firm, si, share ? { share: `${share[1]}%`, kind: "equity" } : { kind: "ownership" });
}

/** Articles that open an apposition: "X, a Y-backed miner". */
const APPOSITION_ARTICLES = /^(?:a|an|the)$/i;

/**
 * The firm a "Y-backed" description stands beside: "X, a Y-backed miner," (the Company right before
 * ", a"), the description being lower-case words up to a comma or the sentence's end, no name in it.
 */
function apposedFirm(ctx: RuleContext, ms: M[], owner: M, k: number): M | undefined {
  const { tokens } = ctx;
  const a = owner.m.ts - 1;
  if (!APPOSITION_ARTICLES.test(tokens[a]?.text ?? "") || tokens[a - 1]?.text !== ",") return undefined;
  const end = ctx.sentences[tokens[k]!.sentence]!.tokenEnd;
  let j = k + 1;
  while (j < end && j <= k + 4 && /^[a-z][a-z-]*$/.test(tokens[j]!.text)) j++;
  if (j === k + 1 || (j < end && !/^[,.;:)—–]$/.test(tokens[j]!.text))) return undefined;
  const firm = endingAt(ms, a - 1);
  return firm?.e.type === "Company" ? firm : undefined;
}

/**
 * "X and Y, owned by A and B, respectively": each firm of the list before the comma is owned by the
 * owner at the same place in the list after "by" (the lists of equal length, two or more). Whether
 * the sentence was read so (then no other reading of the owners is made).
 */
function respectively(ctx: RuleContext, ms: M[], si: number, k: number): boolean {
  const { tokens } = ctx;
  if (tokens[k - 1]?.text !== ",") return false;
  const owners = listAt(ctx, si, k + 2);
  const last = owners.at(-1);
  if (owners.length < 2 || !last) return false;
  let j = last.m.te;
  if (tokens[j]?.text === ",") j++;
  if (tokens[j]?.text.toLowerCase() !== "respectively") return false;
  // The firms before the comma, read backwards over "and" and commas.
  const firms: M[] = [];
  let end = k - 1;
  for (let n = 0; n < 6; n++) {
    const firm = endingAt(ms, end);
    if (firm?.e.type !== "Company") break;
    firms.unshift(firm);
    const before = tokens[firm.m.ts - 1]?.text.toLowerCase();
    if (before === "and" || before === ",") end = firm.m.ts - 1;
    else break;
    if (tokens[end - 1]?.text === ",") end--;
  }
  if (firms.length !== owners.length) return false;
  firms.forEach((firm, i) => {
    const owner = owners[i]!;
    if (OWNERS.has(owner.e.type) && owner.e !== firm.e)
      emitRelation(ctx, owner.e, "INVESTED_IN", firm.e, si, "investment", { kind: "ownership" }, 0.7);
  });
  return true;
}

/** Plural nouns of a firm's holders: "whose shareholders include Y". */
const HOLDER_NOUNS = /^(?:investors|shareholders|backers|owners)$/;

/**
 * The firm a "whose" at token `k` hangs on: the Company right before it ("X, whose"), or the one a
 * description of plain lower-case words stands beside ("X, a global minerals investment company
 * whose"); none past a name or a verb.
 */
function relativeFirm(ctx: RuleContext, ms: M[], k: number): M | undefined {
  const { tokens } = ctx;
  if (tokens[k - 1]?.text === ",") {
    const firm = endingAt(ms, k - 1);
    return firm?.e.type === "Company" ? firm : undefined;
  }
  let j = k - 1;
  while (j > k - 9 && /^[a-z][a-z-]*$/.test(tokens[j]?.text ?? "") && !APPOSITION_ARTICLES.test(tokens[j]!.text)) {
    if (tokens[j]!.pos === "VERB" || tokens[j]!.pos === "AUX" || tokens[j]!.pos === "ADP") return undefined;
    j--;
  }
  if (j === k - 1 || !APPOSITION_ARTICLES.test(tokens[j]?.text ?? "") || tokens[j - 1]?.text !== ",") return undefined;
  const firm = endingAt(ms, j - 1);
  return firm?.e.type === "Company" ? firm : undefined;
}

/** Emits the ownership facts of the document's sentences. */
export function ownershipFacts(ctx: RuleContext): void {
  const { tokens } = ctx;
  for (const s of ctx.sentences) {
    if (!TRIGGERS.test(s.text)) continue;
    const ms = mentionsIn(ctx, s.i);
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      const w = tokens[k]!.text;
      if (OWNED.test(w)) {
        // "the Pentagon-backed miner X", "a Glencore-owned smelter operator X".
        const owner = tokens[k - 1]?.text === "-" ? endingAt(ms, k - 1) : undefined;
        if (owner) {
          // A state "backs" a firm in words only; it owns, funds or controls it in money. A demonym
          // tells the owners' nationality, not the state ("a Chinese-owned refinery", "Indonesian-
          // controlled smelters": owned by Chinese firms or people).
          if (!OWNERS.has(owner.e.type) || (owner.e.type === "Country" && (w === "backed" || owner.m.demonym)))
            continue;
          // The firm the compound describes: its name right after the description's plain words
          // ("the Pentagon-backed miner X"), not one past a preposition or a verb ("a US-funded
          // study of X", "a Glencore-owned mine supplies X").
          const after = ms.find((x) => x.e.type === "Company" && x.m.ts > k && x.m.ts <= k + 4);
          const plain =
            !!after &&
            tokens
              .slice(k + 1, after.m.ts)
              .every(
                (t) =>
                  /^[a-z][a-z-]*$/.test(t.text) &&
                  t.pos !== "VERB" &&
                  t.pos !== "ADP" &&
                  t.pos !== "CCONJ" &&
                  t.pos !== "AUX",
              );
          const firm = (plain ? after : undefined) ?? apposedFirm(ctx, ms, owner, k);
          if (firm && firm.e !== owner.e) emitRelation(ctx, owner.e, "INVESTED_IN", firm.e, s.i, "investment", {}, 0.6);
          continue;
        }
        // "X is 51% owned by Y", "X, majority-owned by Y and Z".
        if (tokens[k + 1]?.text !== "by" || !/^(?:owned|controlled)$/.test(w)) continue;
        if (respectively(ctx, ms, s.i, k)) continue;
        let j = k - 1;
        while (j > s.tokenStart && j >= k - 5 && OWNED_GLUE.test(tokens[j]!.text)) j--;
        // Only the glue above: at least one word of share or copula between ("owned by" right after
        // a name is the registry's passive row).
        if (j === k - 1) continue;
        const firm = endingAt(ms, j + 1);
        if (firm?.e.type !== "Company") continue;
        emitOwners(ctx, listAt(ctx, s.i, k + 2), firm.e, s.i, ctx.text.slice(tokens[j + 1]!.start, tokens[k]!.start));
      } else if (w === "venture" && tokens[k - 1]?.text.toLowerCase() === "joint") {
        // "Z, a joint venture between X and Y", "Z is a 50-50 joint venture of X and Y": the
        // venture's owners, named after it, each invested in it.
        const prep = tokens[k + 1]?.text;
        if (prep !== "between" && prep !== "of") continue;
        let j = k - 2;
        while (j > s.tokenStart && j >= k - 8 && VENTURE_GLUE.test(tokens[j]!.text)) j--;
        if (j === k - 2 || !/^(?:,|is|was|are|were|remains)$/.test(tokens[j + 1]!.text)) continue;
        const venture = endingAt(ms, j + 1);
        if (venture?.e.type !== "Company") continue;
        emitHolders(ctx, listAt(ctx, s.i, k + 2), venture.e, s.i, { kind: "joint venture" });
      } else if (
        w === "which" &&
        tokens[k - 1]?.text === "of" &&
        OF_WHICH_SHARE.test(tokens[k - 2]?.text ?? "") &&
        /^(?:is|was|are|were)$/.test(tokens[k + 1]?.text ?? "") &&
        /^(?:owned|held|controlled)$/.test(tokens[k + 2]?.text ?? "") &&
        tokens[k + 3]?.text === "by"
      ) {
        // "X, 90 percent of which is owned by Y", "X, a majority of which is held by Y".
        let j = k - 3;
        while (j > s.tokenStart && j >= k - 6 && tokens[j]!.text !== ",") j--;
        if (tokens[j]?.text !== ",") continue;
        const firm = endingAt(ms, j);
        if (firm?.e.type !== "Company") continue;
        emitOwners(ctx, listAt(ctx, s.i, k + 4), firm.e, s.i, ctx.text.slice(tokens[j]!.start, tokens[k]!.start));
      } else if (w === "which" && tokens[k - 1]?.text === "in" && tokens[k - 2]?.text === ",") {
        // "X, in which Y holds a 30% stake".
        const firm = endingAt(ms, k - 2);
        if (firm?.e.type !== "Company") continue;
        const owners = listAt(ctx, s.i, k + 1);
        const end = owners.at(-1)?.m.te ?? k + 1;
        let stake = false;
        for (let j = end; j < end + 7 && j < s.tokenEnd && tokens[j]!.text !== ","; j++)
          if (/^(?:stake|stakes|interest|shareholding|shares|equity)$/.test(tokens[j]!.text)) stake = true;
        if (!stake) continue;
        emitHolders(ctx, owners, firm.e, s.i, { kind: "equity" });
      } else if (w === "including" && /^(?:investors|backers|lenders|shareholders)$/.test(tokens[k - 1]?.text ?? "")) {
        // "X raised $300 million from investors including Y and Z": the firm that raised it.
        if (tokens[k - 2]?.text !== "from") continue;
        const firm = ms.find((x) => x.m.te <= k - 2 && x.e.type === "Company");
        if (!firm) continue;
        const between = ctx.text.slice(tokens[firm.m.te]!.start, tokens[k - 2]!.start);
        if (!/\b(?:rais|secur|attract|receiv|obtain|dr[ae]w|got|land|clos)/.test(between)) continue;
        emitHolders(ctx, listAt(ctx, s.i, k + 1), firm.e, s.i, {});
      } else if (w === "whose") {
        // "X, whose shareholders include Y and Z", "X, a minerals investment company whose major
        // investors include Y": the firm the relative clause hangs on.
        let j = k + 1;
        while (j < k + 3 && /^[a-z]+$/.test(tokens[j]?.text ?? "") && !HOLDER_NOUNS.test(tokens[j]!.text)) j++;
        if (!HOLDER_NOUNS.test(tokens[j]?.text ?? "") || !/^includ(?:e|es|ed)$/.test(tokens[j + 1]?.text ?? ""))
          continue;
        const firm = relativeFirm(ctx, ms, k);
        if (!firm) continue;
        emitHolders(ctx, listAt(ctx, s.i, j + 2), firm.e, s.i, {});
      } else if (/^includ(?:e|es|ed)$/.test(w) && HOLDER_NOUNS.test(tokens[k - 1]?.text ?? "")) {
        // "X's investors include Y and Z".
        if (!isPossessiveMark(tokens[k - 2]?.text)) continue;
        const firm = endingAt(ms, k - 2);
        if (firm?.e.type !== "Company") continue;
        emitHolders(ctx, listAt(ctx, s.i, k + 1), firm.e, s.i, {});
      }
    }
  }
}
