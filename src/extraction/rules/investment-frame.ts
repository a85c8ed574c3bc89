// The investment frame: one reading of every clause that holds an investment trigger (a verb of
// investing, funding, lending or acquiring, or a noun of money put in: investment, funding, loan,
// grant, stake, equity, acquisition), whatever its phrasing. The investor is read from the clause
// roles (the agent, "X's investment", "an investment by / from X"; the agent of "received /
// secured" is the one invested in), the target from "in / into" (and the place such a phrase
// names: "in mining in Kachin state"), "to" for loans and grants, or a country named in the
// trigger phrase when a firm invests ("$5 billion in U.S. investments"). Every investor × target
// pair of the typed mentions gives INVESTED_IN. Called by the investment rule (./trade.ts) after
// its registry rows, for the phrasings no row reads. Cheap: a regex over the sentence text first,
// then the clause reading the rows have already built.

import { DocumentCache } from "../document-caches.ts";
import { clearLeader } from "../leader.ts";
import { isPossessiveMark } from "../stages/02-tokens.ts";
import type { Arg, Chunk, Clause, SentenceReading } from "../syntax/clauses.ts";
import { siteReferent } from "../syntax/discourse.ts";
import { knowLemmas, verbLemma } from "../syntax/lemma.ts";
import {
  clauseAt,
  logical,
  type M,
  readAmount,
  sentenceReading,
  spanOf,
  toldAsDone,
  unrealClause,
} from "../syntax/predicates.ts";
import type { EntityType } from "../types.ts";
import { emitRelation, mentionsIn } from "./emit.ts";
import type { LocalEntity, RuleContext } from "./types.ts";

/** Cheap sentence test: a word of the frame's triggers. */
const TRIGGER_TEXT =
  /\b(?:invest(?:s|ed|ing|ments?)?|fund(?:s|ed|ing)|backing|financ(?:e|es|ed|ing)|loans?|lent|lend(?:s|ing)?|grants?|stakes?|equity|acquisitions?|acquir(?:e|es|ed|ing)|purchase|takeover|interest|capital|shareholders?|owners?|ownership|control|subsid(?:y|ies))\b/i;

/** Verb lemmas of putting money in: the agent invests, the "in / into / to" phrase is invested in. */
const GIVE_VERBS: ReadonlySet<string> = new Set(["invest", "fund", "finance", "lend", "loan", "acquire"]);

/** Nouns of money put in (lower case, singular or plural as written). */
const MONEY_NOUNS: ReadonlySet<string> = new Set([
  "investment",
  "investments",
  "funding",
  "financing",
  "loan",
  "loans",
  "grant",
  "grants",
  "stake",
  "stakes",
  "equity",
  "acquisition",
  "purchase",
  "takeover",
  "subsidy",
  "subsidies",
  "capital",
  "credit",
]);

/**
 * Nouns of owning a firm: "the largest shareholder of Y", "full ownership of Y", "took control of Y",
 * "a controlling interest in Y". The one who holds, takes or secures them owns; their "of" (like
 * "in") phrase names what is owned. "interest" and "control" only in their ownership senses (see
 * `ownsBy`).
 */
const OWN_NOUNS: ReadonlySet<string> = new Set([
  "shareholder",
  "shareholders",
  "owner",
  "owners",
  "ownership",
  "control",
  "interest",
]);

/** Nouns whose "of" phrase names the one invested in ("its acquisition of Y"). */
const OF_TARGET_NOUNS: ReadonlySet<string> = new Set([...OWN_NOUNS, "acquisition", "purchase", "takeover"]);

/** Nouns of buying a firm: "its acquisition of Y" needs no amount when Y is a firm named. */
const BUY_NOUNS: ReadonlySet<string> = new Set(["acquisition", "purchase", "takeover"]);

/** Words of a purchase only planned, attempted or rumoured: "a proposed takeover". */
const PURCHASE_HEDGES = /\b(?:proposed|planned|possible|potential|attempted|failed|rumou?red|mooted|hostile|rival)\b/;

/** Verbs of a purchase that did not happen, with the purchase as their subject: "the takeover collapsed". */
const PURCHASE_FAILED: ReadonlySet<string> = new Set([
  "block",
  "reject",
  "collapse",
  "fail",
  "abandon",
  "scrap",
  "drop",
  "veto",
  "halt",
  "withdraw",
  "oppose",
  "stall",
  "prohibit",
  "cancel",
  "terminate",
  "fall",
]);

/** Whether the purchase phrase `c` tells a firm bought only as planned, or as failed by its clause's verb. */
function unrealPurchase(r: SentenceReading<M>, c: Chunk<M>, phrase: string): boolean {
  if (PURCHASE_HEDGES.test(phrase)) return true;
  const cl = r.clauses.find((k) => k.subject?.items.includes(c) || k.patient?.items.includes(c));
  if (!cl) return false;
  return PURCHASE_FAILED.has(cl.verb.lemma) || cl.verb.control.some((v) => PURCHASE_FAILED.has(v)) || cl.verb.negated;
}

/** Words before "interest" that make it a share of a firm: "a controlling interest", "a 30% interest". */
const INTEREST_QUALIFIERS = /^(?:controlling|majority|minority|equity|ownership|%|percent|stake)$/;

/** Verbs right before "control of Y" that make it ownership: "took control of", "gained full control of". */
const CONTROL_VERBS: ReadonlySet<string> = new Set(["take", "gain", "seize", "assume", "acquire", "win", "secure"]);

/** Verbs of holding or coming to hold an ownership noun (with "be": "X is the largest shareholder of Y"). */
const OWN_VERBS: ReadonlySet<string> = new Set([
  "be",
  "become",
  "remain",
  "hold",
  "own",
  "have",
  "take",
  "gain",
  "seize",
  "assume",
  "acquire",
  "secure",
  "win",
  "obtain",
  "buy",
  "purchase",
  "retain",
  "keep",
  "complete",
]);

/** Whether token `k`, an ownership noun, is one in its sense of owning (see OWN_NOUNS). */
function ownsBy(ctx: RuleContext, k: number): boolean {
  const w = ctx.tokens[k]!.text.toLowerCase();
  const before = ctx.tokens[k - 1]?.text.toLowerCase() ?? "";
  if (w === "interest") return INTEREST_QUALIFIERS.test(before);
  if (w === "control") {
    const next = ctx.tokens[k + 1]?.text.toLowerCase();
    if (next !== "of" && next !== "over") return false;
    for (let j = k - 1; j >= Math.max(0, k - 3); j--)
      if (CONTROL_VERBS.has(verbLemma(ctx.tokens[j]!.text.toLowerCase()))) return true;
    return false;
  }
  return true;
}

/** Nouns whose "to" phrase names the one given the money ("a loan to X", "a grant to X"). */
const TO_NOUNS: ReadonlySet<string> = new Set([
  "loan",
  "loans",
  "grant",
  "grants",
  "funding",
  "financing",
  "subsidy",
  "subsidies",
]);

/** Nouns a money word qualifies ("a funding boost", "an investment package"). */
const PACKAGE_NOUNS: ReadonlySet<string> = new Set([
  "boost",
  "package",
  "commitment",
  "pledge",
  "deal",
  "agreement",
  "injection",
  "round",
  "facility",
  "line",
]);

/** Whether an "in / into" stands between two tokens of a sentence (what the money went into, unnamed). */
function intoBetween(ctx: RuleContext, a: number, b: number): boolean {
  for (let j = a; j < b; j++) if (/^(?:in|into)$/i.test(ctx.tokens[j]!.text)) return true;
  return false;
}

/**
 * Whether the segment of sentence `si` around token `k` (between semicolons) names an entity of
 * these types other than those of `not`: "X will lend $N for Y; more financing comes from Z" names
 * no receiver in Z's segment.
 */
function namedInSegment(ctx: RuleContext, si: number, k: number, types: ReadonlySet<EntityType>, not: M[]): boolean {
  const { tokens } = ctx;
  const s = ctx.sentences[si]!;
  let a = k;
  while (a > s.tokenStart && tokens[a - 1]!.text !== ";") a--;
  let b = k;
  while (b < s.tokenEnd && tokens[b]!.text !== ";") b++;
  // "US $1 billion": a currency's state is no receiver.
  return mentionsIn(ctx, si).some(
    (x) =>
      x.m.ts >= a &&
      x.m.te <= b &&
      types.has(x.e.type) &&
      !not.some((y) => y.e === x.e) &&
      !/^[$€£¥]/.test(tokens[x.m.te]?.text ?? ""),
  );
}

/** Whether the amount of money phrase `c` sits in the noun whose "of" phrase it is ("a $1 billion line of credit"). */
function amountInHolder(ctx: RuleContext, r: SentenceReading<M>, c: Chunk<M>): boolean {
  const parent = r.parentOf.get(c);
  if (!parent || !hasAmount(ctx, parent.chunk.ts, parent.chunk.te)) return false;
  if (parent.prep === "of") return PACKAGE_NOUNS.has(parent.chunk.headWord);
  // "$210 million in subsidies from X": the amount the money noun's "in" phrase measures.
  return parent.prep === "in" && AMOUNT_HEADS.test(parent.chunk.headWord);
}

/** Participles of giving money whose "by" phrase names the giver: "the loan, provided by X". */
const GIVEN_PARTICIPLES = /^(?:provided|granted|extended|offered|awarded|issued|arranged|approved|committed|pledged)$/i;

/**
 * The "by" token after a money phrase ending before token `k` when a participle of giving
 * stands between ("the $996 million loan, provided by X", "a grant awarded by Y"), else -1.
 */
function givenByAt(ctx: RuleContext, si: number, k: number): number {
  const { tokens } = ctx;
  const s = ctx.sentences[si]!;
  const p = tokens[k]?.text === "," ? k + 1 : k;
  if (p + 1 >= s.tokenEnd || !GIVEN_PARTICIPLES.test(tokens[p]!.text)) return -1;
  return tokens[p + 1]!.text.toLowerCase() === "by" ? p + 1 : -1;
}

/** Heads of an amount phrase ("$210 million", "C$40m", "€2bn"). */
const AMOUNT_HEADS = /^(?:[$€£¥]?[\d.,]+|[a-z]*[$€£¥][\d.,]+(?:m|bn|mn)?|million|billion|trillion|bn|mn|m)$/i;

/**
 * The firm the text is about at sentence `si` when the document has no main firm: the one Company
 * the sentence before (or the one before that) opens with as its agent ("X will scale its plant.
 * The expansion will be funded by a loan from Z"). None when that agent names two firms or none.
 */
function topicFirm(ctx: RuleContext, si: number): M[] {
  for (let k = si - 1; k >= Math.max(0, si - 2); k--) {
    const first = sentenceReading(ctx, k)?.clauses.find((x) => !x.relative && !x.verb.passive);
    if (!first?.agent) continue;
    const found = argNamed(first.agent, FIRMS, false);
    if (found.length === 1 && first.agent.items.length === 1) return found;
    if (argNamed(first.agent, INVESTORS, false).length) return [];
  }
  return [];
}

/** Verbs whose agent is given the money the clause names, from a "from / by" phrase. */
const RECEIVE_VERBS: ReadonlySet<string> = new Set([
  "receive",
  "secure",
  "win",
  "obtain",
  "get",
  "attract",
  "raise",
  "land",
  "clinch",
  "draw",
  "welcome",
  "accept",
]);

/** Verbs whose agent gives the money the clause names (a trigger noun as their object). */
const GIVER_VERBS: ReadonlySet<string> = new Set([
  "make",
  "announce",
  "commit",
  "pledge",
  "promise",
  "provide",
  "take",
  "hold",
  "own",
  "plan",
  "complete",
  "finalise",
  "finalize",
  "extend",
  "approve",
  "offer",
  "unveil",
  "earmark",
  "allocate",
  "inject",
  "pour",
  "put",
  "have",
  "buy",
  "purchase",
  "increase",
  "raise",
  "double",
  "agree",
  "sign",
  "issue",
  "award",
  "give",
]);

/** Clause verbs that tell of money withdrawn, refused or stopped: no investment. */
const BLOCK_VERBS: ReadonlySet<string> = new Set([
  "sell",
  "offload",
  "divest",
  "exit",
  "cut",
  "reduce",
  "trim",
  "dispose",
  "block",
  "reject",
  "scrap",
  "abandon",
  "cancel",
  "withdraw",
  "halt",
  "freeze",
  "suspend",
  "veto",
  "oppose",
  "review",
  "investigate",
  "probe",
  "screen",
  "restrict",
  "ban",
  "limit",
  "curb",
  "seek",
  "aim",
  "hope",
  "try",
  "attempt",
  "need",
  "want",
  "urge",
  "ask",
  "lack",
  "lose",
  "warn",
  "attract",
]);

/** Words of the trigger phrase that make it no money put in. */
const NOT_MONEY =
  /\b(?:environment|climate|opportunit(?:y|ies)|screening|rules?|polic(?:y|ies)|treaty|framework|forum|regime|laws?|restrictions|barriers|outlook|bank|banks|banker|bankers|fund|funds|firm|firms|vehicle|strategy|review|advisers?|advisors?|decisions?|flows?|climate|protection|tax credits?|credit ratings?|credit cards?)\b/;

const INVESTORS: ReadonlySet<EntityType> = new Set(["Agency", "Company", "Country", "Organization"]);
const TARGETS: ReadonlySet<EntityType> = new Set(["Company", "Country", "Place"]);
const FIRMS: ReadonlySet<EntityType> = new Set(["Company"]);
/**
 * The place named after "at" in the "for" phrase starting at token `k` ("for separation upgrades at
 * Y"), within eight words and before any punctuation or verb: the site the works funded stand at.
 */
function siteAfterFor(ctx: RuleContext, si: number, k: number): M[] {
  const { tokens } = ctx;
  const end = Math.min(ctx.sentences[si]!.tokenEnd, k + 9);
  for (let j = k + 1; j < end; j++) {
    const t = tokens[j]!;
    if (/^[,.;:()—–]$/.test(t.text) || t.pos === "VERB" || t.pos === "AUX") return [];
    if (t.text.toLowerCase() !== "at") continue;
    const at = tokens[j + 1]?.text.toLowerCase() === "the" ? j + 2 : j + 1;
    const place = mentionsIn(ctx, si).find((x) => x.m.ts === at && x.e.type === "Place");
    return place ? [spanOf(place)] : [];
  }
  return [];
}

/** Works whose subject is named after "of": "development of Y", "construction of Y". */
const WORKS = /^(?:development|construction|expansion|build-out|restart)$/;

/**
 * The site or firm a purpose clause after the money names as the works funded ("a loan
 * to accelerate (the) development of Y", "financing to speed up construction of Y"): a verb, then
 * within four words a noun of works and "of" before the name (a place or a firm).
 */
function worksAfterTo(ctx: RuleContext, si: number, k: number): M[] {
  const { tokens } = ctx;
  if (tokens[k]?.text.toLowerCase() !== "to" || tokens[k + 1]?.pos !== "VERB") return [];
  const end = Math.min(ctx.sentences[si]!.tokenEnd, k + 7);
  for (let j = k + 2; j < end; j++) {
    const t = tokens[j]!;
    if (/^[,.;:()—–]$/.test(t.text) || t.pos === "VERB" || t.pos === "AUX") return [];
    if (!WORKS.test(t.text.toLowerCase()) || tokens[j + 1]?.text.toLowerCase() !== "of") continue;
    const at = tokens[j + 2]?.text.toLowerCase() === "the" ? j + 3 : j + 2;
    const site = mentionsIn(ctx, si).find((x) => x.m.ts === at && (x.e.type === "Place" || x.e.type === "Company"));
    return site ? [spanOf(site)] : [];
  }
  return [];
}

/** Heads of a phrase that stands for its country's firms or state: "Swiss companies", "the Japanese government". */
const GROUP_HEADS: ReadonlySet<string> = new Set([
  "companies",
  "firms",
  "businesses",
  "corporations",
  "investors",
  "government",
  "state",
  "administration",
]);

/** Heads of a phrase named after the site or firm it develops: "the X joint venture", "the X lithium project". */
const SITE_HEADS: ReadonlySet<string> = new Set([
  "venture",
  "project",
  "mine",
  "deposit",
  "refinery",
  "smelter",
  "complex",
  "operation",
  "operations",
]);

/** Heads of a phrase whose country is not the one invested in. */
const NOT_A_PLACE_HEADS: ReadonlySet<string> = new Set([...GROUP_HEADS, "company", "firm", "bank", "fund", "group"]);

/**
 * The named entities of a phrase: its head name; else, for an investor, the country of "Swiss
 * companies" / "the Japanese government"; for a target, the country of "a new US manufacturing
 * initiative" and the place an "in" phrase names ("in rare earths mining in Kachin state").
 */
export function named(c: Chunk<M>, types: ReadonlySet<EntityType>, nested: boolean): M[] {
  if (c.entity) return types.has(c.entity.e.type) ? [c.entity] : [];
  // "Chinese firms including X and Y": the firms listed, not their country.
  const listed = c.pps.filter((p) => p.prep === "including" || p.prep === "such as");
  if (listed.length)
    return listed.flatMap((p) =>
      p.arg.items.flatMap((it) => (it.entity && types.has(it.entity.e.type) ? [it.entity] : [])),
    );
  const country =
    c.modifiers.find((m) => m.e.type === "Country") ?? (c.possessor?.e.type === "Country" ? c.possessor : undefined);
  if (!nested) return country && GROUP_HEADS.has(c.headWord) && types.has("Country") ? [country] : [];
  // "a stake in the X joint venture", "invested in Y's Z lithium project": the site or firm a
  // venture's or project's head noun is named after (one only).
  if (SITE_HEADS.has(c.headWord)) {
    const sites = c.modifiers.filter((m) => (m.e.type === "Place" || m.e.type === "Company") && types.has(m.e.type));
    if (sites.length === 1) return sites;
  }
  const out: M[] = [];
  for (const p of c.pps) if (p.prep === "in") for (const it of p.arg.items) out.push(...named(it, types, false));
  if (!out.length && country && c.modifiers.length === 1 && !NOT_A_PLACE_HEADS.has(c.headWord) && types.has("Country"))
    out.push(country);
  return out;
}

/** Heads of a definite phrase that stands for a firm named before: "the venture", "the company", "the smelter". */
const FIRM_ANAPHORS: ReadonlySet<string> = new Set([
  "company",
  "firm",
  "miner",
  "producer",
  "venture",
  "business",
  "startup",
]);

/** Words of a description that names a firm other than the one named before: "the parent company". */
const OTHER_FIRM =
  /^(?:other|another|rival|parent|holding|joint|sister|partner|target|acquiring|new|state|trading|[a-z]+est)$/;

/**
 * The firm a definite phrase stands for ("a 40% stake in the venture", "invested in the company"):
 * the one Company named in this sentence before the phrase or in the two sentences before it; none
 * when two firms are named there (which one is meant is not read).
 */
function firmAnaphor(ctx: RuleContext, si: number, c: Chunk<M>): M[] {
  // "a stake in the refinery": the site named before (syntax/discourse.ts).
  const site = siteReferent(ctx, si, c);
  if (site.length) return site;
  if (c.entity || c.modifiers.length || c.possessor || !FIRM_ANAPHORS.has(c.headWord)) return [];
  if (c.te - c.ts > 4 || ctx.tokens[c.ts]!.text.toLowerCase() !== "the") return [];
  // "the exploration company", "the Canadian miner" stand for the firm named before; "the parent
  // company", "the rival firm" for another one.
  for (let k = c.ts + 1; k < c.te - 1; k++)
    if (!/^[a-z][a-z-]*$/.test(ctx.tokens[k]!.text) || OTHER_FIRM.test(ctx.tokens[k]!.text)) return [];
  // "X took a stake in the company": the clause's own agent is not the firm it puts money in.
  const cl = sentenceReading(ctx, si)?.clauses.find((k) => k.ts <= c.ts && c.te <= k.te);
  const agent = cl?.agent && !(cl.agent.ts <= c.ts && c.te <= cl.agent.te) ? cl.agent : undefined;
  const own = new Set(agent?.items.flatMap((x) => (x.entity ? [x.entity.e] : [])));
  let found: M | undefined;
  for (let k = Math.max(0, si - 2); k <= si; k++)
    for (const x of mentionsIn(ctx, k)) {
      if (x.e.type !== "Company" || (k === si && (x.m.ts >= c.ts || own.has(x.e)))) continue;
      if (found && found.e !== x.e) return [];
      found = { m: x.m, e: x.e } as M;
    }
  return found ? [found] : [];
}

function argNamed(arg: Arg<M> | undefined, types: ReadonlySet<EntityType>, nested: boolean): M[] {
  return arg ? arg.items.flatMap((c) => named(c, types, nested)) : [];
}

/** Whether any word of tokens [a, b) is a money amount or a share. */
export function hasAmount(ctx: RuleContext, a: number, b: number): boolean {
  const text = ctx.text.slice(ctx.tokens[a]!.start, ctx.tokens[b - 1]!.end);
  return /[$€£¥]\s?\d|\b\d[\d,.]*\s?(?:(?:million|billion|trillion|bn|mn|percent)\b|%)|\bper cent\b/i.test(text);
}

/** Words that end the backward scan for a trigger phrase's verb. */
const SCAN_STOPS: ReadonlySet<string> = new Set([";", ":", "(", ")", "—", "–", "which", "who", "that", "while", "but"]);

/** The verb a trigger phrase hangs on: the nearest verb of `verbs` within six words before it, in its clause segment. */
function verbBefore(ctx: RuleContext, si: number, k: number, verbs: ReadonlySet<string>): number {
  const { tokens } = ctx;
  const from = ctx.sentences[si]!.tokenStart;
  for (let j = k - 1; j >= Math.max(from, k - 7); j--) {
    const w = tokens[j]!.text.toLowerCase();
    if (SCAN_STOPS.has(w)) return -1;
    if (tokens[j]!.pos === "VERB" || tokens[j]!.pos === "AUX" || /(?:ed|es|s)$/.test(w)) {
      const lemma = verbLemma(w);
      if (verbs.has(lemma)) return j;
      // "agreed to sell a stake": the money leaves; no verb before it gives or receives it.
      if (BLOCK_VERBS.has(lemma)) return -2;
    }
  }
  return -1;
}

/** The nearest verb within six words before token `k`, in its clause segment (-1 if none). */
function nearestVerb(ctx: RuleContext, si: number, k: number): number {
  const { tokens } = ctx;
  const from = ctx.sentences[si]!.tokenStart;
  for (let j = k - 1; j >= Math.max(from, k - 7); j--) {
    const t = tokens[j]!;
    if (SCAN_STOPS.has(t.text.toLowerCase()) || t.text === ",") return -1;
    if (isPossessiveMark(t.text)) continue;
    if (t.pos === "VERB" || t.pos === "AUX") return j;
  }
  return -1;
}

/** Modals of a possibility, not a plan told as news ("could invest", "might buy"). */
const MAYBE: ReadonlySet<string> = new Set(["could", "might", "may", "should", "must"]);

/** Whether clause `cl` tells no investment: negated, a possibility, a condition, asked for, or withdrawn. */
export function unrealMoney(ctx: RuleContext, r: SentenceReading<M>, cl: Clause<M>): boolean {
  const v = cl.verb;
  if (v.negated || (v.modal && MAYBE.has(v.modal)) || unrealClause(ctx, r, cl)) return true;
  if (v.modal === "would" && !toldAsDone(ctx, v.head)) return true;
  return v.control.some((c) => BLOCK_VERBS.has(c));
}

/** Verbs of a lender weighing a loan: "is reviewing a loan", "is considering providing financing". */
const WEIGH_VERBS: ReadonlySet<string> = new Set(["review", "consider", "weigh", "evaluate", "assess", "study"]);
/** Nouns of lent money a lender weighs. */
const LENT_NOUNS: ReadonlySet<string> = new Set([
  "loan",
  "financing",
  "finance",
  "credit",
  "funding",
  "debt",
  "guarantee",
]);
/** Names of lenders: export-credit agencies, development banks and funds, state finance bodies. */
const LENDER_NAME =
  /\b(?:Bank|Eximbank|EXIM|Exim|Export|Credit|Finance|Financing|Development|Facility|Fund)\b|^(?:DFC|JBIC|JOGMEC|KfW|EDC|UKEF|NAIF|IFC|EIB|ADB|AIIB|NEXI|KEXIM|K-SURE|Bpifrance)$/;

/**
 * The verb of a lender weighing the loan noun `noun` at token `k` ("the Export-Import Bank is
 * reviewing a loan", "X Bank is considering providing financing"): the weighing verb, or the giving
 * verb it controls; -1 unless the clause's agent names a lender only and the clause is not negated
 * nor a possibility.
 */
function lenderWeighing(ctx: RuleContext, si: number, k: number, noun: string): number {
  if (!LENT_NOUNS.has(noun)) return -1;
  let v = verbBefore(ctx, si, k, WEIGH_VERBS);
  if (v < 0) {
    const give = verbBefore(ctx, si, k, GIVER_VERBS);
    const at = give >= 0 ? clauseAt(ctx, give) : undefined;
    if (!at?.cl.verb.control.some((c) => WEIGH_VERBS.has(c))) return -1;
    v = give;
  }
  const at = clauseAt(ctx, v);
  if (!at || at.cl.verb.passive || at.cl.verb.negated || (at.cl.verb.modal && MAYBE.has(at.cl.verb.modal))) return -1;
  const agents = agentsOf(ctx, at.r, at.cl, INVESTORS);
  const lender = (x: M) => (x.e.type === "Agency" || x.e.type === "Company") && LENDER_NAME.test(x.e.name);
  return agents.length && agents.every(lender) ? v : -1;
}

/** Whether the clause of verb token `v` tells no investment (see `unrealMoney`). */
function unreal(ctx: RuleContext, v: number): boolean {
  const at = clauseAt(ctx, v);
  return !!at && unrealMoney(ctx, at.r, at.cl);
}

/** The agent of the clause whose verb is token `v`, as named entities of `types`. */
function agentOf(ctx: RuleContext, v: number, types: ReadonlySet<EntityType>): M[] {
  const at = clauseAt(ctx, v);
  if (!at || at.cl.verb.passive) return [];
  return agentsOf(ctx, at.r, at.cl, types);
}

/**
 * A clause's agents of `types`: its logical agent's names (a person standing for the one state or
 * bloc they hold a post in); with none, "X, which … and has invested": the agent of the relative
 * clause this one is joined to by "and"; "its pledge to invest": the sentence's first agent.
 */
export function agentsOf(ctx: RuleContext, r: SentenceReading<M>, cl: Clause<M>, types: ReadonlySet<EntityType>): M[] {
  const agent = logical(ctx, r, cl).agent;
  let out = argNamed(agent, types, false);
  if (!out.length && agent)
    out = agent.items.flatMap((c) => (c.entity?.e.type === "Person" ? stateOfPerson(ctx, c.entity) : []));
  const at = r.clauses.indexOf(cl);
  const prev = at > 0 ? r.clauses[at - 1] : undefined;
  if (!out.length && prev?.relative && /^(?:and|,)$/.test(ctx.tokens[cl.verb.ts - 1]?.text ?? ""))
    out = argNamed(prev.subject, types, false);
  // "its pledge to invest", and "its earlier pledge to invest" read as one verb group "pledge to
  // invest": the possessive pronoun right before the group.
  if (!out.length && (cl.verb.infinitive || cl.verb.control.length > 0)) {
    // "its earlier pledge to invest": one adjective or adverb between the pronoun and the group.
    const between = ctx.tokens[cl.verb.ts - 1];
    const modifier = !!between && (between.pos === "ADJ" || between.pos === "ADV");
    const owner = r.chunks.find(
      (c) => c.pronounPossessor && (c.te === cl.verb.ts || (modifier && c.te === cl.verb.ts - 1)),
    );
    const first = r.clauses[0];
    if (owner && first && first !== cl && !first.relative) out = argNamed(logical(ctx, r, first).agent, types, false);
    // "The plan follows its pledge to invest …": the pronoun's referent.
    if (!out.length && owner) out = referent(ctx, r, owner).filter((x) => types.has(x.e.type));
  }
  // "Since then, it has invested …", "the company would invest …": what the pronoun stands for.
  if (!out.length && agent?.items.length === 1)
    out = referent(ctx, r, agent.items[0]!).filter((x) => types.has(x.e.type));
  return out;
}

/** Heads of a description of a firm ("the British mining giant"): a pronoun after it stands for it. */
const FIRM_DESCRIPTIONS: ReadonlySet<string> = new Set([
  "company",
  "firm",
  "group",
  "miner",
  "producer",
  "venture",
  "business",
  "startup",
  "giant",
  "maker",
  "manufacturer",
  "operator",
  "conglomerate",
  "supplier",
  "developer",
  "explorer",
  "refiner",
  "shipbuilder",
  "carmaker",
  "automaker",
  "steelmaker",
  "chipmaker",
]);

/** The sentence of a phrase's first token. */
function si0(ctx: RuleContext, c: Chunk<M>): number {
  return ctx.tokens[c.ts]!.sentence;
}

/** Heads of a definite phrase standing for the firm named just before: "the company will invest". */
const FIRM_SUBJECTS: ReadonlySet<string> = new Set(["company", "firm", "group", "miner", "producer"]);

/**
 * What a pronoun or a firm's description stands for, as investors: "it" / "its" (one name), "they"
 * / "their" (a list of names), "the company" (the one firm named just before, see `firmAnaphor`).
 * For a pronoun: in its own sentence, the agent of the
 * last clause before it that names one ("X said it would invest", "X completed its acquisition");
 * else the agent the sentence before (or the one before that) opens with ("X opened a plant.
 * Since then, it has invested …"). None when the words before it name no such agent.
 */
export function referent(ctx: RuleContext, r: SentenceReading<M>, c: Chunk<M>): M[] {
  if (c.entity) return [];
  const { tokens } = ctx;
  const w = c.pronounPossessor ?? (c.te - c.ts === 1 ? c.headWord : "");
  // "the company": the one firm named just before (none when two are, or "the company that …").
  if (!c.pronounPossessor && FIRM_SUBJECTS.has(c.headWord))
    return /^(?:that|which|who)$/i.test(tokens[c.te]?.text ?? "") ? [] : firmAnaphor(ctx, tokens[c.ts]!.sentence, c);
  const plural = w === "they" || w === "their";
  if (!plural && w !== "it" && w !== "its") return [];
  // "the firm that won it will invest": a verb's object read as the next clause's subject.
  const before = tokens[c.ts - 1];
  if (!c.pronounPossessor && before && (before.pos === "VERB" || before.pos === "AUX")) return [];
  const types = INVESTORS;
  const fits = (arg: Arg<M> | undefined): M[] => {
    const found = argNamed(arg, types, false);
    return (plural ? found.length >= 2 : found.length === 1) ? found : [];
  };
  const clauses = r.clauses.filter((k) => k.agent && k.agent.te <= c.ts);
  for (let k = clauses.length - 1; k >= 0; k--) {
    const agent = logical(ctx, r, clauses[k]!).agent;
    const found = fits(agent);
    if (found.length) return found;
    if (argNamed(clauses[k]!.agent, INVESTORS, false).length) return [];
    // "The British mining giant said it would acquire Y": the pronoun stands for the description
    // the sentence opens with, a firm named before it or none (not a state of sentences before).
    const only = agent?.items.length === 1 ? agent.items[0]! : undefined;
    if (!plural && only && !only.entity && !only.pronounPossessor && FIRM_DESCRIPTIONS.has(only.headWord))
      return firmAnaphor(ctx, si0(ctx, only), only);
  }
  const si = tokens[c.ts]!.sentence;
  for (let k = si - 1; k >= Math.max(0, si - 2); k--) {
    const first = sentenceReading(ctx, k)?.clauses.find((x) => !x.relative && !x.verb.passive);
    const found = fits(first?.agent);
    if (found.length) return found;
    if (argNamed(first?.agent, INVESTORS, false).length) return [];
  }
  return [];
}

/** The one Country or Organization a person holds a post in (by the relations found so far), as a mention-like pair. */
function stateOfPerson(ctx: RuleContext, x: M): M[] {
  let found: LocalEntity | undefined;
  for (const rel of ctx.relations) {
    if (rel.predicate !== "HOLDS_POSITION" || rel.source !== x.e.id) continue;
    const e = ctx.resolution.entities.find((y) => y.id === rel.target);
    if (!e || (e.type !== "Country" && e.type !== "Organization")) continue;
    if (found && found !== e) return [];
    found = e;
  }
  return found ? [{ ...x, e: found }] : [];
}

/** Per reading: its phrases by first token. */
const BY_START = new DocumentCache<object, Map<number, Chunk<M>>>();

/**
 * The phrases of the list after token `k` (a preposition): "from [X], [Y] and [Z]", at most four;
 * read from the tokens, whichever phrase the clause layer hung the preposition on.
 */
export function listAfter(ctx: RuleContext, r: { chunks: Chunk<M>[] }, k: number): Chunk<M>[] {
  let index = BY_START.get(r);
  if (!index) {
    index = new Map();
    for (const c of r.chunks) index.set(c.ts, c);
    BY_START.set(r, index);
  }
  const out: Chunk<M>[] = [];
  let at = k + 1;
  for (let n = 0; n < 4; n++) {
    const c = index.get(at);
    if (!c) break;
    out.push(c);
    // "Apple Inc. (AAPL) and Y": a short parenthesis after a name (a ticker, an acronym) is skipped.
    let end = c.te;
    if (ctx.tokens[end]?.text === "(")
      for (let j = end + 1; j < end + 6 && j < ctx.tokens.length; j++)
        if (ctx.tokens[j]!.text === ")") {
          end = j + 1;
          break;
        }
    const w = ctx.tokens[end]?.text.toLowerCase();
    const w2 = ctx.tokens[end + 1]?.text.toLowerCase();
    if (w === "and" || w === "or") at = end + 1;
    else if (w === "," && w2 === "and") at = end + 2;
    else if (w === ",") at = end + 1;
    else break;
  }
  return out;
}

/** Verbs of giving an amount whose receiver may go unwritten: "X committed $66 million", "Y and Z pledged $N". */
const AMOUNT_GIVE_VERBS: ReadonlySet<string> = new Set([
  "commit",
  "pledge",
  "contribute",
  "provide",
  "invest",
  "lend",
  "inject",
  "earmark",
  "allocate",
  "chip",
]);

/** Verbs of founding a firm with the money given: "committed capital to form Y". */
const FOUND_VERBS: ReadonlySet<string> = new Set([
  "form",
  "create",
  "establish",
  "launch",
  "found",
  "capitalise",
  "capitalize",
]);

/** Verbs of a round of funding the giver takes part in: "X led the round", "Y joined the financing". */
const ROUND_VERBS: ReadonlySet<string> = new Set(["lead", "join", "participate", "co-lead", "back"]);

/** Nouns of the one deal's money a giver takes part in ("the round", "the financing", "the raise"). */
const ROUND_NOUNS: ReadonlySet<string> = new Set(["round", "financing", "raise", "funding", "package", "deal"]);

/** Sentence cue of money given with an amount, no trigger noun needed: "committed $66 million". */
const AMOUNT_TEXT = /[$€£¥]\s?\d|\b\d[\d,.]*\s?(?:(?:million|billion|trillion|bn|mn|m|percent|per cent)\b|%)/i;

/**
 * The document's open deal: the one firm, project or place told as receiving an amount ("Y has
 * received $179 million from three lenders", "Y secured $40m in funding"), the receiver of the
 * amounts later sentences give with no receiver written ("X committed $66 million", "contributions
 * from A, B and C", "Z led the round"). Two receivers make it none.
 */
interface OpenDeal {
  targets: M[];
  ambiguous: boolean;
}

/**
 * The firm the document is about: the Company named in the most sentences, at least three and
 * twice as many as any other firm. An amount given "from X" with no receiver written and no deal
 * open goes to it ("The financing includes a $40 million loan from X" in an article about Y).
 */
export function mainFirm(ctx: RuleContext): M[] {
  const hit = MAIN_FIRM.get(ctx.mentions);
  if (hit) return hit;
  const count = new Map<LocalEntity, number>();
  const first = new Map<LocalEntity, M>();
  for (const s of ctx.sentences) {
    const seen = new Set<LocalEntity>();
    for (const x of mentionsIn(ctx, s.i)) {
      if (x.e.type !== "Company" || seen.has(x.e)) continue;
      seen.add(x.e);
      count.set(x.e, (count.get(x.e) ?? 0) + 1);
      if (!first.has(x.e)) first.set(x.e, spanOf(x));
    }
  }
  const top = clearLeader(count, 3);
  const out = top ? [first.get(top)!] : [];
  MAIN_FIRM.set(ctx.mentions, out);
  return out;
}

const MAIN_FIRM = new DocumentCache<object, M[]>();

/** The receivers of an amount whose receiver goes unwritten: the open deal's, else the document's firm. */
function dealOrMain(ctx: RuleContext, deal: OpenDeal): M[] {
  if (deal.targets.length) return deal.targets;
  return deal.ambiguous ? [] : mainFirm(ctx);
}

function openDeal(deal: OpenDeal, targets: M[]): void {
  if (!targets.length || deal.ambiguous) return;
  if (deal.targets.length && (targets.length !== 1 || deal.targets[0]!.e !== targets[0]!.e)) {
    deal.ambiguous = true;
    deal.targets = [];
    return;
  }
  if (targets.length === 1) deal.targets = targets;
  else deal.ambiguous = true;
}

/** The clause's amount phrase: a money amount among its objects (not inside an "in / into / to" phrase). */
function objectAmount(ctx: RuleContext, cl: Clause<M>): boolean {
  return cl.objects.some(
    (o) =>
      hasAmount(ctx, o.ts, o.te) ||
      o.items.some((c) => c.pps.some((p) => p.prep === "of" && hasAmount(ctx, p.arg.ts, p.arg.te))),
  );
}

/** Receiving verbs of an amount given by a "from" phrase (not a contract or an order won). */
const AMOUNT_RECEIVE_VERBS: ReadonlySet<string> = new Set(["receive", "secure", "obtain", "raise", "get", "draw"]);

/** Words of an amount received that is no money put in: earnings, payments for goods, penalties. */
const NOT_PUT_IN =
  /\b(?:contracts?|orders?|revenues?|sales|profits?|earnings|income|fines?|penalt(?:y|ies)|compensation|dividends?|tariffs?|tax(?:es)?|duties|royalt(?:y|ies)|exports?|remittances?|aid|relief)\b/i;

/** Verbs of an amount that comes from its giver: "$N will come from X", "the money flows from Y". */
const COME_VERBS: ReadonlySet<string> = new Set(["come", "flow"]);
knowLemmas(COME_VERBS);

/** Verbs of putting an amount in whose receiver may go unwritten in a story about one firm. */
const INVEST_VERBS: ReadonlySet<string> = new Set(["invest", "inject"]);

/** Nouns of shares given to a deal whose givers follow "from": "contributions from A, B and C". */
const SHARE_NOUNS: ReadonlySet<string> = new Set(["contribution", "contributions", "commitments"]);

/** Whether a "to / in / into / toward" phrase of the clause names a receiver of its own. */
function namesReceiver(cl: Clause<M>, r?: SentenceReading<M>): boolean {
  if (cl.pps.some((p) => /^(?:to|in|into|toward|towards)$/.test(p.prep) && argNamed(p.arg, TARGETS, true).length > 0))
    return true;
  // "X committed $N to extend the life of the Y mine": the purpose clause right after names the
  // receiver (the registry's purpose row reads it), so the money is not the open deal's.
  const next = r?.clauses[r.clauses.indexOf(cl) + 1];
  if (!next?.verb.infinitive || next.verb.ts > cl.te + 1) return false;
  return next.objects.some(
    (o) =>
      argNamed(o, TARGETS, true).length > 0 ||
      o.items.some((c) => c.pps.some((p) => p.prep === "of" && argNamed(p.arg, TARGETS, true).length > 0)),
  );
}

/**
 * The amount clauses: "Y has received $179 million from A and B" (A, B invested in Y, and Y is the
 * document's open deal), then, once a deal is open, the amounts given with no receiver written: "X
 * committed a total of $66 million", "A and B pledged $N and $M respectively", "contributions from
 * A, B and C", "X led the round".
 */
function amountClauses(
  ctx: RuleContext,
  r: SentenceReading<M>,
  si: number,
  rule: string,
  deal: OpenDeal,
  money: boolean,
): void {
  for (const cl of r.clauses) {
    const lemma = cl.verb.lemma;
    if (cl.verb.passive || unrealMoney(ctx, r, cl)) continue;
    const span = ctx.text.slice(ctx.tokens[cl.verb.ts]!.start, ctx.tokens[Math.max(cl.verb.ts, cl.te - 1)]!.end);
    if (money && AMOUNT_RECEIVE_VERBS.has(lemma) && objectAmount(ctx, cl) && !NOT_PUT_IN.test(span)) {
      const targets = argNamed(logical(ctx, r, cl).agent, TARGETS, false);
      const investors = cl.pps.filter((p) => p.prep === "from").flatMap((p) => argNamed(p.arg, INVESTORS, false));
      openDeal(deal, targets);
      emitPairs(ctx, investors, targets, si, rule, cl.ts, cl.te);
      continue;
    }
    // "Up to £31 million is set to come from X", "a further $4 million is coming from Y": an amount
    // that comes from a giver, its receiver unwritten, goes to the document's open deal or firm.
    if (money && COME_VERBS.has(lemma) && cl.subject && !cl.verb.negated && !namesReceiver(cl)) {
      const amount =
        hasAmount(ctx, cl.subject.ts, cl.subject.te) || cl.subject.items.some((c) => MONEY_NOUNS.has(c.headWord));
      const givers = cl.pps.filter((p) => p.prep === "from").flatMap((p) => argNamed(p.arg, INVESTORS, false));
      if (amount && givers.length && !NOT_PUT_IN.test(span)) {
        emitPairs(ctx, givers, dealOrMain(ctx, deal), si, rule, cl.ts, cl.te);
        continue;
      }
    }
    // "X has invested more than $300 million (in private capital)" with no receiver written and no
    // deal open: the document's firm.
    if (
      !deal.targets.length &&
      money &&
      INVEST_VERBS.has(lemma) &&
      objectAmount(ctx, cl) &&
      !namesReceiver(cl, r) &&
      !NOT_PUT_IN.test(span) &&
      !cl.pps.some(
        (p) =>
          /^(?:to|in|into|for|toward|towards|at)$/.test(p.prep) &&
          p.arg.items.some((c) => !MONEY_NOUNS.has(c.headWord) && c.headWord !== "capital"),
      )
    ) {
      emitPairs(ctx, agentsOf(ctx, r, cl, INVESTORS), dealOrMain(ctx, deal), si, rule, cl.ts, cl.te);
      continue;
    }
    if (!deal.targets.length) continue;
    if (
      money &&
      AMOUNT_GIVE_VERBS.has(lemma) &&
      objectAmount(ctx, cl) &&
      !namesReceiver(cl, r) &&
      !NOT_PUT_IN.test(span)
    )
      emitPairs(ctx, agentsOf(ctx, r, cl, INVESTORS), deal.targets, si, rule, cl.ts, cl.te);
    else if (ROUND_VERBS.has(lemma)) {
      const round = [...cl.objects, ...cl.pps.filter((p) => p.prep === "in").map((p) => p.arg)].some((a) =>
        a.items.some((c) => ROUND_NOUNS.has(c.headWord) && /^(?:the|this|that)$/i.test(ctx.tokens[c.ts]!.text)),
      );
      if (round) emitPairs(ctx, agentsOf(ctx, r, cl, INVESTORS), deal.targets, si, rule, cl.ts, cl.te);
    }
  }
  if (!deal.targets.length) return;
  for (const c of r.chunks) {
    if (!SHARE_NOUNS.has(c.headWord) || ctx.tokens[c.te]?.text.toLowerCase() !== "from") continue;
    const investors = listAfter(ctx, r, c.te).flatMap((x) => named(x, INVESTORS, false));
    emitPairs(ctx, investors, deal.targets, si, rule, c.ts, c.te);
  }
}

/** Cheap sentence test for `holders`. */
const HOLDER_TEXT = /\b(?:shareholders?|owners?|investors?|backers?)\b/i;

/** Cheap sentence test for `subsidiaries`. */
const SUBSIDIARY_TEXT = /\b(?:subsidiar(?:y|ies)|unit|affiliate|arm)\b/i;

/** Nouns of a firm owned by another: "its wholly owned subsidiary, Y". */
const SUBSIDIARY_NOUNS: ReadonlySet<string> = new Set(["subsidiary", "subsidiaries", "unit", "affiliate", "arm"]);

/**
 * "its (wholly owned) subsidiary, Y", "the company's Mozambican subsidiary, Y": a subsidiary whose
 * owner is a pronoun or a firm's description (the registry row reads a named owner). The owner is
 * what the pronoun stands for (see `referent`) or the one firm named before (see `firmAnaphor`);
 * the subsidiary the Company named right after the comma.
 */
function subsidiaries(ctx: RuleContext, r: SentenceReading<M>, si: number, rule: string): void {
  const { tokens } = ctx;
  for (const c of r.chunks) {
    if (!SUBSIDIARY_NOUNS.has(c.headWord) || c.entity) continue;
    const comma = tokens[c.te]?.text === ",";
    const firm = mentionsIn(ctx, si).find((x) => x.m.ts === c.te + (comma ? 1 : 0) && x.e.type === "Company");
    if (!firm) continue;
    let owners: M[] = [];
    // "X's subsidiary, Y", "the company's subsidiary, Y" (the mentions stage names the firm meant).
    if (c.possessor) owners = [c.possessor];
    else if (c.pronounPossessor) owners = referent(ctx, r, c);
    else {
      // "the company's …": the description before "'s".
      const k = tokens.slice(c.ts, c.head).findIndex((t) => isPossessiveMark(t.text));
      if (k > 0 && c.ts + k - 1 >= c.ts) {
        const noun = tokens[c.ts + k - 1]!.text.toLowerCase();
        const the = tokens[c.ts + k - 2]?.text.toLowerCase();
        if (FIRM_SUBJECTS.has(noun) && the === "the") owners = firmBefore(ctx, si, c.ts, firm.e);
      }
    }
    const m = { m: firm.m, e: firm.e } as M;
    emitPairs(
      ctx,
      owners.filter((x) => x.e.type === "Company"),
      [m],
      si,
      rule,
      c.ts,
      c.te,
    );
  }
}

/** The one Company named before token `k` in sentence `si` or the two before it, other than `not`. */
function firmBefore(ctx: RuleContext, si: number, k: number, not: LocalEntity): M[] {
  let found: M | undefined;
  for (let j = Math.max(0, si - 2); j <= si; j++)
    for (const x of mentionsIn(ctx, j)) {
      if (x.e.type !== "Company" || x.e === not || (j === si && x.m.ts >= k)) continue;
      if (found && found.e !== x.e) return [];
      found = { m: x.m, e: x.e } as M;
    }
  return found ? [found] : [];
}

/** Nouns of one who holds part of a firm, the firm their possessor: "Y's largest shareholder". */
const HOLDER_NOUNS: ReadonlySet<string> = new Set([
  "shareholder",
  "shareholders",
  "owner",
  "owners",
  "investor",
  "investors",
  "backer",
  "backers",
]);

/**
 * "Y's largest shareholder, X", "X, Y's biggest investor", "X, one of its major investors": the
 * holder named in apposition invested in the firm the possessor names (a pronoun: what it stands for).
 */
function holders(ctx: RuleContext, r: SentenceReading<M>, si: number, rule: string): void {
  for (const c of r.chunks) {
    if (!HOLDER_NOUNS.has(c.headWord) || c.entity) continue;
    const firms = (c.possessor ? [c.possessor] : c.pronounPossessor ? referent(ctx, r, c) : []).filter(
      (x) => x.e.type === "Company",
    );
    // "the miner's investors": a firm's description before "'s" stands for the one firm named before.
    const described =
      !firms.length &&
      isPossessiveMark(ctx.tokens[c.ts + 2]?.text) &&
      ctx.tokens[c.ts]!.text.toLowerCase() === "the" &&
      FIRM_SUBJECTS.has(ctx.tokens[c.ts + 1]!.text.toLowerCase());
    if (!firms.length && !described) continue;
    // "one of Y's investors": the phrase "one" the holder noun hangs on.
    const parent = r.parentOf.get(c);
    const host = parent?.prep === "of" && parent.chunk.headWord === "one" ? parent.chunk : c;
    const { tokens } = ctx;
    const ms = mentionsIn(ctx, si);
    // "X, one of its investors," read from the words when the clause layer hung no apposition.
    const oneOf =
      tokens[c.ts - 1]?.text === "of" &&
      tokens[c.ts - 2]?.text.toLowerCase() === "one" &&
      tokens[c.ts - 3]?.text === ","
        ? c.ts - 3
        : c.ts - 1;
    const named =
      host.appositive?.entity ??
      host.antecedent?.entity ??
      // "Y's largest shareholder, X,": the name after the comma.
      ((tokens[c.te]?.text === "," ? ms.find((x) => x.m.ts === c.te + 1) : undefined) as M | undefined) ??
      ((tokens[oneOf]?.text === "," ? ms.find((x) => x.m.te === oneOf) : undefined) as M | undefined);
    if (!named || !INVESTORS.has(named.e.type)) continue;
    if (described) firms.push(...firmBefore(ctx, si, host.ts, named.e));
    // "X, one of its investors": "its" is not X; the one firm named before.
    if (firms.some((f) => f.e === named.e)) {
      if (!c.pronounPossessor) continue;
      firms.splice(0, firms.length, ...firmBefore(ctx, si, host.ts, named.e));
    }
    emitPairs(ctx, [named], firms, si, rule, host.ts, c.te);
  }
}

/** Emits the frame's relations for the document's sentences. */
export function investmentFrame(ctx: RuleContext, rule: string): void {
  const { tokens } = ctx;
  const deal: OpenDeal = { targets: [], ambiguous: false };
  for (const s of ctx.sentences) {
    const money = AMOUNT_TEXT.test(s.text);
    const owned = SUBSIDIARY_TEXT.test(s.text);
    const holds = HOLDER_TEXT.test(s.text);
    if (!TRIGGER_TEXT.test(s.text) && !(money || owned || holds || deal.targets.length)) continue;
    const r = sentenceReading(ctx, s.i);
    if (!r) continue;
    amountClauses(ctx, r, s.i, rule, deal, money);
    if (owned) subsidiaries(ctx, r, s.i, rule);
    if (holds) holders(ctx, r, s.i, rule);
    // Noun triggers: each phrase a money noun heads or is a word of (not inside a name).
    for (const c of r.chunks) {
      let k = -1;
      let owns = false;
      for (let j = c.ts; j < c.te; j++) {
        if (c.entity && c.entity.ts <= j && j < c.entity.te) continue;
        const w = tokens[j]!.text.toLowerCase();
        if (MONEY_NOUNS.has(w)) k = j;
        else if (j === c.head && OWN_NOUNS.has(w) && ownsBy(ctx, j)) {
          k = j;
          owns = true;
        }
      }
      if (k < 0) continue;
      const phrase = ctx.text.slice(tokens[c.ts]!.start, tokens[c.te - 1]!.end).toLowerCase();
      if (NOT_MONEY.test(phrase)) continue;
      // "A proposed takeover of Y", "the acquisition of Y was blocked / collapsed": no firm bought.
      if (BUY_NOUNS.has(c.headWord) && unrealPurchase(r, c, phrase)) continue;
      // The phrase with the amount that governs it ("$5 billion in [U.S. investments]").
      const parent = r.parentOf.get(c);
      const outer = parent && parent.prep === "in" ? parent.chunk : c;
      // "completed its acquisition of Y" (a firm named): a purchase done needs no amount.
      const buysFirm =
        BUY_NOUNS.has(c.headWord) &&
        tokens[c.te]?.text.toLowerCase() === "of" &&
        mentionsIn(ctx, s.i).some((x) => x.m.ts >= c.te + 1 && x.m.ts <= c.te + 2 && x.e.type === "Company");
      if (!owns && !buysFirm && !hasAmount(ctx, s.tokenStart, s.tokenEnd) && !/\b(?:stakes?|equity)\b/.test(phrase))
        continue;
      const investors: M[] = [];
      const targets: M[] = [];
      // "Anglo American's": a capitalised word right before the possessor makes it part of a firm's
      // name the mentions split, not the country.
      const partOfName =
        c.possessor?.e.type === "Country" &&
        c.possessor.ts > s.tokenStart &&
        /^[A-Z]/.test(tokens[c.possessor.ts - 1]!.text) &&
        tokens[c.possessor.ts - 1]!.pos === "PROPN";
      if (c.possessor && INVESTORS.has(c.possessor.e.type) && !partOfName) investors.push(c.possessor);
      // "ByteDance's ownership of Y", "Anglo's acquisition of Y": the owner is the one named in the
      // possessive, even when it is no entity found; never the clause's agent.
      const possessive =
        !!c.possessor || tokens.slice(Math.max(s.tokenStart, c.ts - 1), k).some((t) => isPossessiveMark(t.text));
      // "its $5 billion investment pledge", "their stake in Y": what the pronoun stands for.
      if (!investors.length && c.pronounPossessor) investors.push(...referent(ctx, r, c));
      if (possessive && !investors.length) continue;
      // The prepositions right after the phrase: "a $50 million investment from X in Y".
      let j0 = c.te;
      // "a funding boost from X", "an investment package for Y": the noun the money word qualifies.
      if (PACKAGE_NOUNS.has(tokens[j0]?.text.toLowerCase() ?? "")) j0++;
      // "The $996 million loan, provided by X,": the giver of a reduced passive of giving.
      const givenBy = givenByAt(ctx, s.i, j0);
      if (givenBy >= 0) j0 = givenBy;
      for (let j = j0, n = 0; j < s.tokenEnd && n < 2; n++) {
        const prep = tokens[j]!.text.toLowerCase();
        const list = listAfter(ctx, r, j);
        if (!list.length) break;
        if (prep === "by" || prep === "from") investors.push(...list.flatMap((x) => named(x, INVESTORS, false)));
        else if (prep === "in" || prep === "into")
          targets.push(
            ...list.flatMap((x) => {
              const found = named(x, TARGETS, true);
              return found.length ? found : firmAnaphor(ctx, s.i, x);
            }),
          );
        else if ((prep === "of" || prep === "over") && OF_TARGET_NOUNS.has(c.headWord))
          targets.push(...list.flatMap((x) => named(x, TARGETS, false)));
        else if (prep === "to" && TO_NOUNS.has(c.headWord))
          targets.push(...list.flatMap((x) => named(x, TARGETS, false)));
        else if (prep !== "of" && prep !== "for") break;
        j = list.at(-1)!.te;
        // "ownership of [the X project] in Ecuador": the place of what is owned is not a second target;
        // "the takeover of Y by X": the buyer after it is read.
        const byNext = BUY_NOUNS.has(c.headWord) && tokens[j]?.text.toLowerCase() === "by";
        if (!byNext && (owns || ((prep === "of" || prep === "over") && OF_TARGET_NOUNS.has(c.headWord)))) break;
      }
      const head = outer.ts;
      if (owns) {
        // "X, the owner of Y": the phrase it stands beside owns.
        if (c.antecedent) {
          if (!investors.length) investors.push(...named(c.antecedent, INVESTORS, false));
          emitPairs(ctx, investors, targets, s.i, rule, outer.ts, c.te + 8);
          continue;
        }
        // The one who is, holds, takes or secures the owner's part owns: the nearest verb before it.
        const v = nearestVerb(ctx, s.i, head);
        if (v < 0 || !OWN_VERBS.has(verbLemma(tokens[v]!.text.toLowerCase())) || unreal(ctx, v)) continue;
        if (!investors.length) investors.push(...agentOf(ctx, v, INVESTORS));
        emitPairs(ctx, investors, targets, s.i, rule, outer.ts, c.te + 8);
        continue;
      }
      // "the Export-Import Bank is reviewing a $120 million loan to Y", "X Bank is
      // considering providing $N in financing": a lender weighing a loan gives it (the gold counts it).
      const weighed = lenderWeighing(ctx, s.i, head, c.headWord);
      const receive = weighed < 0 ? verbBefore(ctx, s.i, head, RECEIVE_VERBS) : -1;
      if (receive === -2) continue;
      const give = weighed >= 0 ? weighed : receive < 0 ? verbBefore(ctx, s.i, head, GIVER_VERBS) : -1;
      if (give === -2) continue;
      const v = receive >= 0 ? receive : give;
      if (v >= 0 && weighed < 0 && unreal(ctx, v)) continue;
      if (v >= 0 && weighed < 0 && BLOCK_VERBS.has(verbLemma(tokens[v]!.text.toLowerCase()))) continue;
      if (receive >= 0) {
        // "X secured $18m in Y funding": the one named in the money phrase gave it.
        if (!investors.length) for (const m of c.modifiers) if (INVESTORS.has(m.e.type)) investors.push(m);
        if (!targets.length) targets.push(...agentOf(ctx, receive, TARGETS));
        if (hasAmount(ctx, s.tokenStart, s.tokenEnd)) openDeal(deal, targets);
      } else if (give >= 0) {
        if (!investors.length) investors.push(...agentOf(ctx, give, INVESTORS));
        // "X announced $5 billion in U.S. investments": the country named in the money phrase,
        // when a firm invests and no "in" phrase names the target.
        if (!targets.length && investors.length && investors.every((x) => x.e.type === "Company"))
          for (const m of c.modifiers) if (m.e.type === "Country") targets.push(m);
        // "committed capital to form Y", "put $N in to set up Y": the firm the money founds.
        if (!targets.length && tokens[c.te]?.text.toLowerCase() === "to") {
          const at = clauseAt(ctx, c.te + 1);
          if (at && at.cl.verb.ts === c.te && FOUND_VERBS.has(at.cl.verb.lemma))
            targets.push(...argNamed(at.cl.patient, FIRMS, false));
        }
        // "X will provide a $150 million loan for separation upgrades at Y": the site the works
        // funded stand at.
        if (!targets.length && tokens[c.te]?.text.toLowerCase() === "for")
          targets.push(...siteAfterFor(ctx, s.i, c.te));
        // "a $120 million loan to accelerate development of Y": the works the purpose names.
        if (!targets.length) targets.push(...worksAfterTo(ctx, s.i, c.te));
        // "Y will receive $N from X. Z will also take an equity stake": the open deal's.
        // "X will lend a further $150 million": the open deal's, else the document's firm (not when
        // an "in / into" phrase names what is invested in, however: "invested $N in the mine").
        if (!targets.length && !c.modifiers.length)
          targets.push(...(deal.targets.length || intoBetween(ctx, give, c.te) ? deal.targets : dealOrMain(ctx, deal)));
      } else if (!targets.length && investors.length && (tokens[c.te]?.text.toLowerCase() === "from" || givenBy >= 0)) {
        // "Y's shares surged, driven by investments from X", "Y, with backing investments from X":
        // no verb gives or receives the money; the firm the sentence is about is the one invested in.
        const first = r.clauses[0];
        const subject = first && !first.relative ? argNamed(first.subject, FIRMS, false) : [];
        if (subject.length === 1 && subject[0]!.m.ts < c.ts) targets.push(subject[0]!);
        // "The financing included $495 million in loans from X": no firm in the sentence; the
        // document's open deal (or its one firm, else the firm the sentences before open with)
        // received it. The amount may sit in the noun the money word completes ("a $1 billion line
        // of credit from X"); only the clause segment between semicolons must name no receiver.
        else if (
          !subject.length &&
          (hasAmount(ctx, c.ts, c.te) || amountInHolder(ctx, r, c)) &&
          !namedInSegment(ctx, s.i, c.ts, TARGETS, investors)
        )
          targets.push(
            ...(dealOrMain(ctx, deal).length || deal.ambiguous ? dealOrMain(ctx, deal) : topicFirm(ctx, s.i)),
          );
      } else if (!targets.length && !investors.length && tokens[outer.ts - 1]?.text.toLowerCase() === "with") {
        // "Y is building a plant with U.S. defense funding", "Y expanded with Japanese state
        // financing": the state or agency the money phrase names funded the firm that acts.
        const givers = c.modifiers.filter((m) => m.e.type === "Country" || m.e.type === "Agency");
        const host = r.clauses.find((cl) => cl.pps.some((p) => p.prep === "with" && p.arg.items.includes(outer)));
        if (givers.length && host && !host.verb.passive && !host.verb.negated && !unreal(ctx, host.verb.ts)) {
          investors.push(...givers);
          targets.push(...agentsOf(ctx, r, host, FIRMS));
        }
      }
      // "$350 billion in South Korean investments in U.S. industry", "Japanese investment in the
      // United States": no giver named elsewhere, the one state the money noun names invested in
      // the other state or firm its "in" phrase names (not when a verb gives or receives it).
      if (!investors.length && targets.length && v < 0 && !c.possessor && !c.pronounPossessor) {
        const own = c.modifiers.filter((m) => m.e.type === "Country");
        if (own.length === 1 && own[0]!.te <= k && !targets.some((t) => t.e === own[0]!.e)) investors.push(own[0]!);
      }
      emitPairs(ctx, investors, targets, s.i, rule, outer.ts, c.te + 8);
    }
    if (s.text.includes("through")) throughSubsidiary(ctx, s.i, rule);
    // Verb triggers: "X invested (heavily) in Y", "X funded Y", "X acquired Y".
    for (const cl of r.clauses) {
      const lemma = cl.verb.lemma;
      if (FUNDED_VERBS.has(lemma)) fundedBy(ctx, r, cl, s.i, rule);
      if (RECEIVED_GERUNDS.has(lemma)) gerundReceived(ctx, r, cl, s.i, rule);
      // "X, Y and Z have each committed capital", "Both governments pledged $1 billion each": the
      // verbs of pledging money name co-investors too (what they give named or not).
      // "X, Y and Z have each committed capital": the tagger may take "have" for the verb and the
      // participle after "each" for an adjective; the participle is the clause's verb all the same.
      const after = ctx.tokens[cl.verb.te];
      const eachPledged =
        lemma === "have" &&
        JOINT_WORDS.has(after?.text.toLowerCase() ?? "") &&
        PLEDGE_VERBS.has(verbLemma(ctx.tokens[cl.verb.te + 1]?.text.toLowerCase() ?? ""));
      if (
        (PLEDGE_VERBS.has(lemma) || eachPledged) &&
        !cl.verb.passive &&
        pledgesMoney(ctx, cl) &&
        !unrealMoney(ctx, r, cl)
      )
        coInvestors(ctx, cl, agentsOf(ctx, r, cl, INVESTORS), s.i, rule);
      if (!GIVE_VERBS.has(lemma) || cl.verb.passive) continue;
      if (unrealMoney(ctx, r, cl)) continue;
      const investors = agentsOf(ctx, r, cl, INVESTORS);
      if (lemma !== "acquire") coInvestors(ctx, cl, investors, s.i, rule);
      const targets: M[] = [];
      // "acquired Y in Philadelphia", "to fund its mine in Greenland": the place of the thing bought
      // or funded, not a second target.
      const placed = lemma === "acquire" || ((lemma === "fund" || lemma === "finance") && !!cl.patient);
      for (const p of cl.pps) {
        if ((p.prep === "in" || p.prep === "into") && !placed)
          for (const it of p.arg.items) {
            const found = named(it, TARGETS, true);
            targets.push(...(found.length ? found : firmAnaphor(ctx, s.i, it)));
          }
        if (p.prep === "to" && (lemma === "lend" || lemma === "loan")) targets.push(...argNamed(p.arg, TARGETS, false));
      }
      if (lemma === "acquire" || lemma === "fund" || lemma === "finance")
        targets.push(...argNamed(logical(ctx, r, cl).patient, TARGETS, false));
      if (!targets.length && lemma === "invest") targets.push(...gerundTargets(ctx, r, cl));
      if (!targets.length && lemma === "invest") targets.push(...purposeTargets(ctx, r, cl));
      emitPairs(ctx, investors, targets, s.i, rule, cl.ts, cl.te);
    }
  }
}

/** Words that make the investors of one clause partners: "will each invest", "jointly fund". */
const JOINT_WORDS: ReadonlySet<string> = new Set(["each", "jointly", "together", "equally"]);

/** Verbs of pledging money: their agents acting together are co-investors ("have each committed capital"). */
const PLEDGE_VERBS: ReadonlySet<string> = new Set(["commit", "pledge", "contribute", "provide"]);

/** Money a pledging clause gives: an amount, or a noun of money ("capital", "funding"), within its span. */
const PLEDGED_MONEY = /^(?:capital|funding|financing|funds|equity|loans?|grants?)$/i;

function pledgesMoney(ctx: RuleContext, cl: Clause<M>): boolean {
  const end = Math.min(cl.te + 6, ctx.sentences[ctx.tokens[cl.verb.ts]!.sentence]!.tokenEnd);
  if (hasAmount(ctx, cl.verb.ts, end)) return true;
  for (let k = cl.verb.te; k < end; k++) if (PLEDGED_MONEY.test(ctx.tokens[k]!.text)) return true;
  return false;
}

/** The investors named, joined by "and" or commas, right before token k (modals skipped): "X and Y will". */
function namesBefore(ctx: RuleContext, si: number, k: number): LocalEntity[] {
  const { tokens } = ctx;
  let j = k;
  while (j > 0 && /^(?:will|would|shall|can|could|should|may|might|must|have|has|had)$/i.test(tokens[j - 1]!.text)) j--;
  const ms = mentionsIn(ctx, si);
  const out: LocalEntity[] = [];
  for (;;) {
    const x = ms.find((y) => y.m.te === j && INVESTORS.has(y.e.type));
    if (!x) break;
    out.push(x.e);
    j = x.m.ts;
    if (!/^(?:and|,)$/.test(tokens[j - 1]?.text ?? "")) break;
    j--;
  }
  return out.length >= 2 ? [...new Set(out)] : [];
}

/**
 * "X and Y will invest $75 million each", "X and Y will jointly fund the plant": two or more named
 * investors of one giving clause that says they act together are partners (PARTNERED_WITH), what
 * they put money in named or not. Without a joint word two investors may act apart ("X and Y have
 * invested heavily in Z"): nothing.
 */
function coInvestors(ctx: RuleContext, cl: Clause<M>, investors: M[], si: number, rule: string): void {
  const parties = [...new Set(investors.map((x) => x.e))];
  // "X and Y will each invest": the tagger reads "each" as the subject; the names before it are.
  // ("X and Y could each invest": the modal before "each" is the clause's.)
  if (!parties.length && ctx.tokens[cl.ts]?.text.toLowerCase() === "each") {
    if (MAYBE.has(ctx.tokens[cl.ts - 1]?.text.toLowerCase() ?? "")) return;
    parties.push(...namesBefore(ctx, si, cl.ts));
  }
  if (parties.length < 2 || cl.verb.negated || (cl.verb.modal && MAYBE.has(cl.verb.modal))) return;
  let joint = false;
  for (let k = cl.ts; k < cl.te && !joint; k++) joint = JOINT_WORDS.has(ctx.tokens[k]!.text.toLowerCase());
  if (!joint) return;
  for (let a = 0; a < parties.length; a++)
    for (let b = a + 1; b < parties.length; b++)
      emitRelation(ctx, parties[a]!, "PARTNERED_WITH", parties[b]!, si, rule, {}, 0.6);
}

/**
 * "X invested $N (since 2021) in acquiring and developing lithium projects in Y": the "in" of the
 * investing verb opens a gerund (or two joined by "and"); what the gerunds act on is invested in
 * (a firm, a site, or the place its "in" phrase names).
 */
function gerundTargets(ctx: RuleContext, r: SentenceReading<M>, cl: Clause<M>): M[] {
  const { tokens } = ctx;
  const end = ctx.sentences[tokens[cl.verb.ts]!.sentence]!.tokenEnd;
  for (let k = cl.verb.te; k < Math.min(end - 1, cl.verb.te + 8); k++) {
    const w = tokens[k]!.text.toLowerCase();
    if (w === "," || w === ";") return [];
    if ((w !== "in" && w !== "into") || !/^[a-z]+ing$/.test(tokens[k + 1]!.text)) continue;
    const out: M[] = [];
    for (const g of r.clauses) {
      if (g.verb.ts <= k || g.verb.ts > k + 4) continue;
      for (const o of g.objects) for (const it of o.items) out.push(...named(it, TARGETS, true));
      for (const p of g.pps)
        if (p.prep === "in" || p.prep === "into") for (const it of p.arg.items) out.push(...named(it, TARGETS, true));
    }
    return out;
  }
  return [];
}

/**
 * "X has invested $N to restore the supply chain in Y", "X invested $N to build a plant in Z": with
 * no "in" phrase of its own, the investing clause's purpose clause (an infinitive right after it)
 * names where the money goes: the country or place of its "in" phrase.
 */
function purposeTargets(ctx: RuleContext, r: SentenceReading<M>, cl: Clause<M>): M[] {
  if (!objectAmount(ctx, cl)) return [];
  const at = r.clauses.indexOf(cl);
  const next = r.clauses[at + 1];
  if (!next?.verb.infinitive || next.verb.ts > cl.te + 1 || next.verb.negated) return [];
  const out: M[] = [];
  for (const p of next.pps)
    if (p.prep === "in")
      for (const it of p.arg.items)
        out.push(...named(it, TARGETS, true).filter((x) => x.e.type === "Country" || x.e.type === "Place"));
  return out;
}

/**
 * "X acquired Y through its subsidiary, Z", "X paid $N for Y through its subsidiaries, Z and W",
 * "through its Z subsidiary": the firm the deal went through invested in what its owner invested in
 * (the sentence's INVESTED_IN relations from a firm found so far), besides its owner.
 */
function throughSubsidiary(ctx: RuleContext, si: number, rule: string): void {
  const { tokens } = ctx;
  const s = ctx.sentences[si]!;
  const ms = mentionsIn(ctx, si);
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    if (tokens[k]!.text.toLowerCase() !== "through") continue;
    let j = k + 1;
    while (j < Math.min(s.tokenEnd, k + 10) && !SUBSIDIARY_NOUNS.has(tokens[j]!.text.toLowerCase())) j++;
    if (j >= Math.min(s.tokenEnd, k + 10)) continue;
    // "through its Z (ZZ) subsidiary": the name before the noun; else the list after it.
    let vehicles = ms.filter((x) => x.m.ts > k && x.m.te <= j && x.e.type === "Company");
    if (!vehicles.length) {
      vehicles = [];
      let at = tokens[j + 1]?.text === "," ? j + 2 : j + 1;
      for (let n = 0; n < 4; n++) {
        const x = ms.find((y) => y.m.ts === at && y.e.type === "Company");
        if (!x) break;
        vehicles.push(x);
        const w = tokens[x.m.te]?.text.toLowerCase();
        if (w === "and") at = x.m.te + 1;
        else if (w === "," && tokens[x.m.te + 1]?.text.toLowerCase() === "and") at = x.m.te + 2;
        else if (w === ",") at = x.m.te + 1;
        else break;
      }
    }
    if (!vehicles.length) continue;
    const ids = new Set(vehicles.map((x) => x.e.id));
    const targets: M[] = [];
    for (const rel of ctx.relations) {
      if (rel.predicate !== "INVESTED_IN" || ids.has(rel.source) || ids.has(rel.target)) continue;
      if (!rel.evidence.some((ev) => ev.start === s.start)) continue;
      if (!ms.some((x) => x.e.id === rel.source && x.e.type === "Company")) continue;
      const t = ms.find((x) => x.e.id === rel.target);
      if (t && !targets.some((x) => x.e === t.e)) targets.push({ m: t.m, e: t.e } as M);
    }
    const givers = vehicles.map((x) => ({ m: x.m, e: x.e }) as M);
    emitPairs(ctx, givers, targets, si, rule, k, j + 1);
  }
}

/** Verbs of money given whose passive names the giver in a "by" phrase: "Y's plant, funded by X". */
const FUNDED_VERBS: ReadonlySet<string> = new Set(["fund", "finance", "bankroll"]);

/** Heads of a phrase naming what a firm builds or grows: "the plant", "a smelter project", "its expansion". */
const WORKS_HEADS: ReadonlySet<string> = new Set([
  ...SITE_HEADS,
  "plant",
  "facility",
  "factory",
  "expansion",
  "construction",
  "development",
  "buildout",
]);

/**
 * The givers a "by" phrase names: "by X", "by the Japanese government" (its country), "by a $N loan
 * from X and a $M grant from Z" (each one named after "from" behind a money noun).
 */
function giversBy(ctx: RuleContext, r: SentenceReading<M>, cl: Clause<M>): M[] {
  // "funded with $N from X": the "with" phrase names the money, its "from" phrase the giver.
  const by = cl.pps.find((p) => p.prep === "by") ?? cl.pps.find((p) => p.prep === "with");
  if (!by) return [];
  const out = by.prep === "by" ? argNamed(by.arg, INVESTORS, false) : [];
  const { tokens } = ctx;
  for (let j = by.arg.ts; j < cl.te; j++) {
    if (tokens[j]!.text.toLowerCase() !== "from") continue;
    let money = false;
    for (let k = j - 1; k >= Math.max(by.arg.ts, j - 4); k--)
      if (MONEY_NOUNS.has(tokens[k]!.text.toLowerCase())) money = true;
    // "with $N from X": the amount itself is the money.
    if (by.prep === "with" && AMOUNT_TEXT.test(ctx.text.slice(tokens[by.arg.ts]!.start, tokens[j]!.start)))
      money = true;
    if (money) out.push(...listAfter(ctx, r, j).flatMap((x) => named(x, INVESTORS, false)));
  }
  return out;
}

/**
 * "Y's expansion will be funded by a loan from X", "Y announced a smelter project that will be
 * funded by X", "Y is building a plant in Ohio, funded by X": the giver of a passive "funded /
 * financed by" invested in the firm whose works are funded: the firm named as the subject, the
 * possessor of the works' phrase, or the agent of the clause whose object the works are (the
 * relative clause's or the participle's host). Works with no firm named give nothing.
 */
function fundedBy(ctx: RuleContext, r: SentenceReading<M>, cl: Clause<M>, si: number, rule: string): void {
  const { tokens } = ctx;
  const participle =
    !cl.verb.passive &&
    /^(?:by|with)$/.test(tokens[cl.verb.te]?.text.toLowerCase() ?? "") &&
    tokens[cl.verb.ts - 1]?.text === ",";
  if (!cl.verb.passive && !participle) return;
  if (cl.verb.negated || (cl.verb.modal && MAYBE.has(cl.verb.modal)) || unrealClause(ctx, r, cl)) return;
  const investors = giversBy(ctx, r, cl);
  if (!investors.length) return;
  let targets: M[] = [];
  const at = r.clauses.indexOf(cl);
  const host = at > 0 ? r.clauses[at - 1] : undefined;
  const works = (c: Chunk<M> | undefined): boolean => !!c && !c.entity && WORKS_HEADS.has(c.headWord);
  // "Y, funded with $N from X, will build": the firm the participle stands beside.
  const beside =
    tokens[cl.verb.ts - 1]?.text === ","
      ? mentionsIn(ctx, si).find((x) => x.m.te === cl.verb.ts - 1 && x.e.type === "Company")
      : undefined;
  if (beside) targets = [{ m: beside.m, e: beside.e } as M];
  else if (participle) {
    // "Y is building a plant in Ohio, funded by X": the host clause's object is the works.
    const object = host?.objects[0]?.items[0];
    if (host && !host.verb.passive && works(object)) targets = agentsOf(ctx, r, host, FIRMS);
  } else {
    const subject = cl.subject?.items.length === 1 ? cl.subject.items[0] : undefined;
    if (subject?.entity) targets = FIRMS.has(subject.entity.e.type) ? [subject.entity] : [];
    else if (works(subject)) {
      if (subject!.possessor?.e.type === "Company") targets = [subject!.possessor];
      // "Y announced a smelter project that will be funded by X".
      else if (cl.relative && host && !host.verb.passive && host.objects.some((o) => o.items.includes(subject!)))
        targets = agentsOf(ctx, r, host, FIRMS);
    }
  }
  emitPairs(ctx, investors, targets, si, rule, cl.ts, cl.te);
}

/** Verbs whose "-ing" form is the money a receiving verb takes: "secured backing", "won funding". */
const RECEIVED_GERUNDS: ReadonlySet<string> = new Set(["back", "fund", "finance"]);

/**
 * "Y secured backing from X", "Y, which won funding from X": the tagger reads the money noun as a
 * verb after the receiving verb (one verb group "secured backing"); the "from" phrase's givers
 * invested in the group's agent.
 */
function gerundReceived(ctx: RuleContext, r: SentenceReading<M>, cl: Clause<M>, si: number, rule: string): void {
  const v = cl.verb;
  if (v.passive || !/ing$/i.test(ctx.tokens[v.head]!.text) || !v.control.some((c) => RECEIVE_VERBS.has(c))) return;
  if (unrealMoney(ctx, r, cl)) return;
  const investors = cl.pps.filter((p) => p.prep === "from").flatMap((p) => argNamed(p.arg, INVESTORS, false));
  if (!investors.length) return;
  emitPairs(ctx, investors, agentsOf(ctx, r, cl, FIRMS), si, rule, cl.ts, cl.te);
}

/** A Place named as a site money goes into: "the X Recovery Project", "the Y copper mine". */
const SITE_NAME = /\b(?:project|mine|refinery|smelter|plant|complex|deposit|facility|venture)$/i;

function emitPairs(
  ctx: RuleContext,
  investors: M[],
  targets: M[],
  si: number,
  rule: string,
  a: number,
  b: number,
): void {
  if (!investors.length || !targets.length) return;
  const known = new Set<string>();
  for (const r of ctx.relations) if (r.predicate === "INVESTED_IN") known.add(`${r.source} ${r.target}`);
  const last = Math.min(Math.max(a, b - 1), ctx.sentences[si]!.tokenEnd - 1);
  const amount = readAmount(ctx.text, ctx.tokens[a]!.start, ctx.tokens[last]!.end);
  // The countries each place is part of (the place rules ran before): "Myanmar's Kachin state".
  // Read up a chain of places ("the X project" in a town in a region of a country), three steps at most.
  const up = new Map<string, string[]>();
  for (const r of ctx.relations)
    if (r.predicate === "PART_OF") up.set(r.source, [...(up.get(r.source) ?? []), r.target]);
  const countriesOf = (id: string): string[] => {
    const out = new Set<string>();
    let level = [id];
    for (let n = 0; n < 3 && level.length; n++) {
      const next: string[] = [];
      for (const x of level) for (const y of up.get(x) ?? []) y.startsWith("country:") ? out.add(y) : next.push(y);
      level = next;
    }
    return [...out];
  };
  const seen = new Set<LocalEntity>();
  for (const i of investors) {
    if (seen.has(i.e)) continue;
    seen.add(i.e);
    for (const t of targets) {
      if (t.e === i.e || known.has(`${i.e.id} ${t.e.id}`)) continue;
      // A country does not invest in a place of its own by this frame ("China invested in Yunnan");
      // it does in a place of another country ("China invested in mining in Myanmar's Kachin state").
      const foreign = t.e.type === "Place" ? countriesOf(t.e.id) : [];
      // A site (project, mine, plant) is invested in by any state, its own too.
      const site = SITE_NAME.test(t.e.name);
      if (i.e.type === "Country" && t.e.type === "Place" && !site && !(foreign.length && !foreign.includes(i.e.id)))
        continue;
      emitRelation(ctx, i.e, "INVESTED_IN", t.e, si, rule, amount ? { amount } : {}, 0.55);
    }
  }
}
