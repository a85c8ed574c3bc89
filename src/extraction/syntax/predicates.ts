// The predicate engine: reads declarative entries (trigger verbs and nouns, which argument is
// which, type constraints, attributes; the table is ../rules/predicates.ts) against the clauses
// of each sentence (./clauses.ts) and emits the relations with their evidence. Coordinated lists
// are expanded on either side; persons and agencies may stand for their state.

import { DocumentCache, DocumentSet } from "../document-caches.ts";
import { FIRM_SITES } from "../lexicon/organizations.ts";
import { CAPITALS } from "../lexicon/places.ts";
import { emitRelation, mentionsIn } from "../rules/emit.ts";
import { blocSeatedIn, countryEntity, mainCountryPair } from "../rules/sides.ts";
import type { LocalEntity, RuleContext } from "../rules/types.ts";
import { isPossessiveMark, lowerCaseTexts, newTextSlot, tokenFacts } from "../stages/02-tokens.ts";
import type { Mention } from "../stages/03-mentions.ts";
import type { EntityType, Predicate, Relation } from "../types.ts";
import {
  type Arg,
  type Chunk,
  type Clause,
  type PP,
  readSentence,
  type SentenceReading,
  setVerbLexicon,
} from "./clauses.ts";
import { holdsAnaphor, ownerOf, referent, resolveReading } from "./discourse.ts";
import { isParticiple, knowLemmas, nounSingular, verbLemma } from "./lemma.ts";
import { actHolding, listsGoodExamples } from "./noun-frames.ts";

/**
 * Where an argument is read. Verb triggers: "subject" (the agent, "by" of a passive), "object"
 * (the patient), "pp:<prep>" (an attachment of the clause). Noun triggers: "possessor" ("China's
 * controls"), "before" / "after" (names in the trigger's phrase: "rare earth producer Lynas"),
 * "pp:<prep>" (the trigger phrase's attachments, then its clause's), "owner" (the phrase it is
 * in apposition to, or the subject of "is"), "host-agent" / "host-patient" (the agent or the other
 * object of the clause the trigger phrase is in: "X took a stake", "Y gave X a loan"); "other-side"
 * (in a story about two countries, the one that is not the target: "the tariffs on Indian goods");
 * "list-head" (the first item of the list the trigger phrase closes: "X and its partner Y");
 * "goods-before" ("before", with the bare goods of the list the phrase closes: "gold and copper producer X");
 * "deep:<prep>" / "deep:object" (verb triggers: the attachment or the object, else the goods its
 * phrases hold through "of" / "for" / "in": "accounts for 70% of world cobalt output", "dominates
 * supply growth for cobalt"); "via:<p1>:<p2>" (noun triggers: the <p2> attachment of the phrase the
 * trigger's first <p1> attachment names: "tariffs on exports to X", "duties on shipments from X");
 * "at-owner" (whose site the "at" attachment names: "produced at X's plant", "output at its mine").
 */
export type Role =
  | "subject"
  | "object"
  | "possessor"
  | "before"
  | "goods-before"
  | "after"
  | "owner"
  | "host-agent"
  | "host-patient"
  | "other-side"
  | "list-head"
  | "purpose"
  | `pp:${string}`
  | `own:${string}`
  | `deep:${string}`
  | `via:${string}`
  | "demonym"
  | "at-owner";

export type AttributeName = "rate" | "amount" | "kind" | "share" | "quantity" | "duration" | "date" | "from";

export interface PredicateEntry {
  /** The rule id written into the evidence (a family of entries shares it). */
  id: string;
  /** What the entry reads, in a few words. */
  phrasing: string;
  predicate: Predicate;
  /** Verb lemmas that trigger it ("impose"); the clause's head verb. */
  verbs?: string[];
  /** Nouns that trigger it, singular, lower case; "export control" needs "export" right before. */
  nouns?: string[];
  /** For nouns: the clause verbs through which "host-*" roles are read ("take" a stake). */
  hostVerbs?: string[];
  /** For verbs: the patient's head must be one of these ("exports" in "suspended exports of X"). */
  objectHeads?: string[];
  source: Role[];
  target: Role[];
  sourceTypes: EntityType[];
  targetTypes: EntityType[];
  attributes?: AttributeName[];
  /** A fixed `kind` ("loan", "grant", "equity"). */
  kind?: string;
  /**
   * A person or agency acting also gives its state (or is replaced by it when not allowed);
   * "person": only a person does, an agency named as the actor acts for itself (INVESTED_IN: "the
   * Energy Department took a stake" is the department's, not also its country's).
   */
  alsoState?: boolean | "person";
  /** Threats, plans and conditionals turn the predicate into this one (IMPOSED → THREATENED). */
  whenThreatened?: Predicate;
  /**
   * Source and target of a coordinated subject pair up when no target is written ("X and Y signed");
   * for PARTNERED_WITH also beside a target ("X and Y signed a deal with Z": X and Y co-signers).
   */
  pairs?: boolean;
  /** Words of the trigger phrase or of its first attachment that cancel it ("imports", "fentanyl"). */
  exclude?: RegExp;
  /** Words the same text must hold for the entry to fire ("largest" in "the world's largest producer"). */
  require?: RegExp;
  /** Adverbs that trigger it with any verb ("X and Y will jointly develop"): in or right after the verb group. */
  adverbs?: string[];
  /** Clause verbs that cancel it ("agreed to sell a stake": the seller takes none). */
  blockVerbs?: string[];
  /**
   * For nouns: heads of a phrase that, holding the trigger phrase in an attachment, keep the host
   * roles from it ("took a stake in the venture with Y": the clause's agent takes the stake, it is
   * not the venture's partner).
   */
  hostNotUnder?: string[];
  /**
   * For nouns: heads of a phrase that, holding the trigger phrase through up to three attachments,
   * cancel it ("a tariff on imports of Y", "reviews of end use for exports of Y to X": a measure's
   * object is no purchase told).
   */
  notUnder?: string[];
  /** A fact, not a wish: "should sign", "wants to sign", "could invest" do not give it. */
  factual?: boolean;
  /**
   * For verbs: a finite or participle verb only. A to-infinitive or a bare "-ing" form ("a scheme
   * to ship Y to X", "accused of exporting Y to X", "a charge tied to selling Y to X") names an act
   * planned, charged or priced, not a delivery told.
   */
  finite?: boolean;
  /**
   * With no good written after the trigger ("China is by far the world's largest producer", "U.S.
   * firms dominating the sector", "has not mined the metal"), the good the passage is about: one
   * named earlier in the sentence, else the first one of the sentence before.
   */
  topicGood?: boolean;
  /** Target types read only from a phrase's head ("a stake in X", not "a stake in a Greenland project"). */
  targetHeadOnly?: EntityType[];
  /**
   * The source read only where it heads its phrase: a state named only by a modifier or a possessor
   * of another head ("shipments to US manufacturers", "exports vital to U.S. industries",
   * "shipments to China's <firm>", "cooperation between U.S. and Chinese authorities") is not the
   * buyer or the partner; its market, government or shores are.
   */
  sourceHeadOnly?: boolean;
  /** A state target read only where it heads its phrase or stands in for it ("the Chilean government"), as `sourceHeadOnly`. */
  stateTargetHeadOnly?: boolean;
  /**
   * `exclude` read in the purpose clause right after the trigger phrase too ("a framework to
   * resolve the trade dispute": what the instrument is for).
   */
  excludeInPurpose?: boolean;
  /**
   * For verbs: the verb group told as done, its head a past form with no modal, no control verb and
   * no "to" ("has secured supplies of Y"; not "to secure the supply of Y", "is securing", "aims to
   * secure", "will secure").
   */
  doneOnly?: boolean;
  confidence?: number;
}

export interface M {
  ts: number;
  te: number;
  m: Mention;
  e: LocalEntity;
}

/** A mention of a sentence (`mentionsIn`'s) as a spanned name of the clause layer. */
export function spanOf(x: { m: Mention; e: LocalEntity }): M {
  return { ts: x.m.ts, te: x.m.te, m: x.m, e: x.e };
}

const PERCENT = /(\d+(?:\.\d+)?)\s?(%|percent\b|per cent\b)/;
/**
 * An amount of money: a currency code or symbol before a number ("USD 100 billion", "US$258
 * million", "USD $200 million", "CAD581 million", "€2bn", "$18.4M"), or a number of millions
 * before a currency noun ("40 million euros"). The one reader of amounts: INVESTED_IN's amount
 * here and in the investment frame (../rules/investment-frame.ts).
 */
const MONEY =
  /(?:\b(?:AUD|USD|EUR|GBP|CAD|JPY|CNY|RMB|CHF|KRW|INR|NZD|SGD|HKD)\s?(?:[$€£¥]\s?)?|(?:\b[A-Z]{1,3})?[$€£¥]\s?)\d+(?:[.,]\d+)*(?:\s?(?:million|billion|trillion|bn|mn|tn|m|M|B)\b)?|\b\d+(?:[.,]\d+)*\s?(?:million|billion|trillion)\s+(?:dollars|euros|yuan|pounds|yen)\b/g;

/**
 * The first amount of money that starts in text[from, to), read whole from the text (a span that
 * ends inside "$8.9 billion" still gives the whole amount).
 */
export function readAmount(text: string, from: number, to: number): string | undefined {
  MONEY.lastIndex = from;
  const m = MONEY.exec(text);
  return m && m.index < to ? m[0].trim() : undefined;
}

const SHARE =
  /(?:over |more than |nearly |almost |about |around |some |roughly |up to |at least )?(?:\d+(?:\.\d+)?\s?(?:%|percent\b)|(?:half|a third|a quarter|two-thirds|three-quarters)\b)[^,.;]*/;
const DURATION =
  /\b(?:by|for)\s+((?:one|a|an|two|three|four|five|six|nine|twelve|\d+)\s+(?:years?|months?|weeks?|days?))/;
const DATE =
  /\b(?:starting|from|on|by|beyond|until)\s+((?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2})/;
const QUANTITY = /\b\d[\d,.]*\s*(?:million |thousand )?(?:metric )?(?:tons|tonnes)\b(?: (?:a|per) year)?/;
const THREAT_WORDS: ReadonlySet<string> = new Set([
  "threaten",
  "propose",
  "plan",
  "warn",
  "consider",
  "mull",
  "weigh",
  "vow",
  "intend",
  "seek",
  "want",
  // "floated 25% tariffs": a proposal.
  "float",
  "moot",
]);
/**
 * Round 15: a measure promised is still to come, a threat ("X promised sweeping tariffs on Y",
 * "pledged duties on Y's steel"); only in `threatened` (a pledge to invest is another area's).
 */
const PLEDGE_WORDS: ReadonlySet<string> = new Set(["promise", "pledge"]);
/** Verbs that put a measure in place: a modal before them makes the measure a threat. */
const IMPOSING: ReadonlySet<string> = new Set([
  "impose",
  "slap",
  "levy",
  "raise",
  "hike",
  "put",
  "apply",
  "introduce",
  "add",
  "increase",
  "double",
  "reimpose",
  "hit",
]);
/** Verbs before a head verb that make it a wish or a plan: "wants to sign", "should proceed to sign". */
const WISH_WORDS: ReadonlySet<string> = new Set([
  ...THREAT_WORDS,
  "hope",
  "aim",
  "try",
  "urge",
  "need",
  "push",
  "proceed",
  "ask",
  "call",
]);
const UNREAL_MODALS: ReadonlySet<string> = new Set(["should", "could", "would", "might", "may", "must"]);

/** Verbs that, before another, say it did not happen: "refused to delay", "declined to impose". */
const REFUSING: ReadonlySet<string> = new Set(["refuse", "decline", "fail", "deny", "reject", "avoid"]);
/**
 * Verbs that, with "from" before a gerund, say it was held back: "agreed to refrain from
 * banning or imposing quotas on exports of Y", "abstained from imposing duties".
 */
const REFRAINING: ReadonlySet<string> = new Set(["refrain", "abstain", "desist"]);
/**
 * Round 15: "refused to delay the rules", "declined to impose duties": a verb of refusal before the
 * trigger verb (or a noun trigger's host verb) negates it; not any clause's ("X's parent Y declined
 * to comment" still names the parent).
 */
function refused(ctx: RuleContext, cl: Clause<M>): boolean {
  if (cl.verb.control.some((c) => REFUSING.has(c))) return true;
  // "refrain from banning or imposing …": back over one gerund joined by "or" / "and" to "from".
  const f = forms(ctx).lower;
  const start = ctx.sentences[ctx.tokens[cl.verb.ts]!.sentence]!.tokenStart;
  let k = cl.verb.ts - 1;
  if (k - 1 > start && (f[k] === "or" || f[k] === "and") && /ing$/.test(f[k - 1]!)) k -= 2;
  return k - 1 >= start && f[k] === "from" && REFRAINING.has(verbLemma(f[k - 1]!));
}
/** Predicates whose doer a gerund hanging on a common noun does not name ("technologies for refining Y"). */
const NO_AGENT_OF_NOUN_GERUND: ReadonlySet<Predicate> = new Set(["PRODUCES", "PURCHASES"]);
/**
 * Participles and adjectives that tell what a good is for ("used in magnets", "needed to make
 * batteries", "essential for chips"): the goods after them are its uses, the acts its purpose.
 */
export const USE_WORDS: ReadonlySet<string> = new Set([
  "used",
  "needed",
  "required",
  "essential",
  "necessary",
  "crucial",
  "critical",
  "vital",
  "key",
  "important",
  "destined",
]);
/** Prepositions that join a gerund to the noun it completes. */
const GERUND_PREPS: ReadonlySet<string> = new Set(["for", "to", "of", "in", "on", "at"]);

/**
 * A gerund with no subject that completes a common noun ("equipment for smelting Y", "methods of
 * refining Y", "technologies crucial to making Y"): it names a kind of act, done by no one the
 * sentence names, so the clause's neighbours are not its doer. Not after a name ("praised Korea for
 * buying Y") nor after a verb or an adjective of the subject ("is capable of producing Y").
 */
function gerundOfNoun(ctx: RuleContext, cl: Clause<M>, sentence: number): boolean {
  const v = cl.verb;
  const tokens = ctx.tokens;
  // "graphite, needed to make batteries", "metals used to build jets": the use of a good, not an act.
  if (tokens[v.head - 1]?.text.toLowerCase() === "to")
    return USE_WORDS.has(tokens[v.head - 2]?.text.toLowerCase() ?? "");
  if (!/ing$/i.test(tokens[v.head]!.text) || v.head - v.ts > 1) return false;
  if (!GERUND_PREPS.has(tokens[v.head - 1]?.text.toLowerCase() ?? "")) return false;
  let k = v.head - 2;
  if (tokens[k]?.pos === "ADJ") k--;
  if (tokens[k]?.pos !== "NOUN") return false;
  return !mentionsIn(ctx, sentence).some((x) => x.m.ts <= k && k < x.m.te);
}

/** A verb group told as done: a past form ("secured", "got") with no modal, control verb or "to". */
function pastVerbGroup(ctx: RuleContext, cl: Clause<M>): boolean {
  const v = cl.verb;
  if (v.infinitive || v.modal || v.control.length) return false;
  return /(?:ed|got|gotten)$/i.test(ctx.tokens[v.head]?.text ?? "");
}

/** A negated verb group, the typographic apostrophe included ("haven’t sealed"). */
function negated(ctx: RuleContext, cl: Clause<M>): boolean {
  if (cl.verb.negated) return true;
  // "denied buying Y", "denies producing Y": the act is denied.
  if (cl.verb.control.includes("deny")) return true;
  // "have n’t sealed": the clause layer may leave the typographic "n’t" just before the group.
  const from = Math.max(
    cl.verb.ts - 1,
    ctx.tokens[cl.verb.ts]!.sentence === ctx.tokens[cl.verb.ts - 1]?.sentence ? 0 : cl.verb.ts,
  );
  for (let k = from; k < cl.verb.te; k++) if (/n[’']t$/i.test(ctx.tokens[k]!.text)) return true;
  return false;
}

/**
 * Verbs of a firm's or a state's plan ("X plans / intends to invest $N in Y"): the studied
 * gold takes the act planned as the relation, so they do not make a clause a wish (the clause layer
 * now reads "X plans to …" as the verb group; measured with syntax/clauses.ts's change over the
 * studied split per document: +3 right, 0 wrong). Aims, hopes and wishes stay wishes ("aims to
 * obtain a grant": deals r14; with them +1 wrong). They still make a measure a threat (THREAT_WORDS).
 */
const INTENTIONS: ReadonlySet<string> = new Set(["plan", "intend"]);

/** A clause that states a wish, a plan or a possibility rather than a fact. */
function wished(cl: Clause<M>): boolean {
  const v = cl.verb;
  return (
    (v.modal !== undefined && UNREAL_MODALS.has(v.modal)) ||
    v.control.some((c) => WISH_WORDS.has(c) && !INTENTIONS.has(c))
  );
}

/** A verb group that is a to-infinitive or a bare "-ing" form ("to export", "of exporting"). */
function nonFinite(ctx: RuleContext, cl: Clause<M>): boolean {
  const v = cl.verb;
  return v.infinitive || (v.ts === v.head && /ing$/.test(forms(ctx).lower[v.head]!));
}

/** Verbs that ask for an act of their object ("urged Japan to buy", "asked Korea to invest"). */
const ASKING = [
  "urge",
  "press",
  "pressure",
  "pressurize",
  "pressurise",
  "push",
  "ask",
  "want",
  "need",
  "require",
  "tell",
  "invite",
  "encourage",
  "persuade",
  "convince",
  "call",
  "expect",
  "challenge",
  "lobby",
  "demand",
];
/**
 * Verbs whose object acts in the infinitive after it ("pressed India to stop buying", "asked Japan
 * to invest"): the object, not the subject, is the infinitive's agent.
 */
const OBJECT_CONTROL: ReadonlySet<string> = new Set([
  ...ASKING,
  "force",
  "compel",
  "oblige",
  "allow",
  "permit",
  "enable",
  "help",
  "prompt",
  "lead",
  "get",
]);
/** The verbs that ask for the act rather than tell that it happens ("urged Japan to buy"). */
const DEMANDING: ReadonlySet<string> = new Set([
  ...ASKING,
  "insist",
  "hope",
  "wish",
  "propose",
  "suggest",
  "recommend",
]);
/**
 * Control verbs that end the act: "stop buying", "ceased producing". Not registered as lemmas (the
 * restriction rules read "ceasing" on their own), so their unknown "-ing" forms are listed as the
 * lemmatiser leaves them ("stopping" → "stopp", "ceasing" → "ceas").
 */
const ENDING: ReadonlySet<string> = new Set([
  "stop",
  "stopp",
  "cease",
  "ceas",
  "quit",
  "halt",
  "end",
  "suspend",
  "avoid",
  "refuse",
  "refus",
  // "failed to secure funding", "failed to reach a deal": the act did not happen.
  "fail",
  // "denied investing in Y", "declined to buy Y": the act is denied or refused.
  "deny",
  "decline",
]);
/** Words that make the clause after them a condition or a question: "if India buys Russian oil". */
const CONDITIONS: ReadonlySet<string> = new Set(["if", "unless", "whether", "lest"]);

/** The clause before `cl` in its reading, when it is the one `cl` hangs on (its object or "that" between). */
function governing(ctx: RuleContext, r: SentenceReading<M>, cl: Clause<M>): Clause<M> | undefined {
  const at = r.clauses.indexOf(cl);
  const prev = at > 0 ? r.clauses[at - 1] : undefined;
  if (!prev || prev.verb.te > cl.verb.ts) return undefined;
  // "X pressed India to buy": the object right before "to".
  if (cl.verb.infinitive && prev.patient && prev.patient.te === cl.verb.ts) return prev;
  // "X demanded that China buy", "X wants China to buy" (the subject read into the clause).
  const start = cl.subject && cl.subject.ts > prev.verb.ts ? cl.subject.ts : cl.verb.ts;
  const f = forms(ctx).lower;
  const gap = start - prev.verb.te;
  if (gap === 0 || (gap === 1 && f[prev.verb.te] === "that")) return prev;
  return undefined;
}

/**
 * A clause whose act is not told as done: asked for by the clause it hangs on ("urged Japan to
 * buy", "wants China to buy", "demanded that China buy"), ended ("stop buying"), or a condition
 * ("if India buys"). Also used by the rules of trade.ts outside the registry.
 */
export function unrealClause(ctx: RuleContext, r: SentenceReading<M>, cl: Clause<M>): boolean {
  if (cl.verb.control.some((c) => ENDING.has(c) || DEMANDING.has(c))) return true;
  const f = forms(ctx).lower;
  for (let k = cl.ts - 1; k >= Math.max(0, cl.ts - 2); k--) if (CONDITIONS.has(f[k]!)) return true;
  if (cl.subject && CONDITIONS.has(f[cl.subject.ts - 1] ?? "")) return true;
  const g = governing(ctx, r, cl);
  return !!g && (DEMANDING.has(g.verb.lemma) || g.verb.control.some((c) => DEMANDING.has(c)));
}

/**
 * Lemmas and nouns that, before a bare or "-ing" verb, tell its act is still
 * to be done: "committed to finalise a deal", "working toward sealing an accord", "try and conclude
 * the pact", "efforts to reach a deal", "a strong case to enter into an agreement".
 */
const PENDING_WORDS: ReadonlySet<string> = new Set([
  "commit",
  "committed",
  "try",
  "trying",
  "tried",
  "aim",
  "aiming",
  "seek",
  "seeking",
  "plan",
  "planning",
  "plans",
  "intend",
  "intends",
  "prepare",
  "preparing",
  "strive",
  "striving",
  "attempt",
  "attempts",
  "effort",
  "efforts",
  "bid",
  "case",
  "push",
  "pushing",
  "toward",
  "towards",
  "close",
  "closer",
  "nearer",
  // Nouns of a deal promised or hoped for: "their commitment to signing the deal", "openness to
  // striking a deal", "the goal of concluding an accord", "talks to form a venture".
  "commitment",
  "commitments",
  "pledge",
  "pledged",
  "vow",
  "vowed",
  "goal",
  "intention",
  "ambition",
  "hope",
  "hopes",
  "hoping",
  "openness",
  "willingness",
  "readiness",
  "talks",
  "negotiations",
]);

/** Words that tell a deal's signing is still to come: "before it is signed", "once signed", "yet to be signed". */
const SIGNING_TO_COME =
  /\b(?:before|once|until|when) (?:it|they|the (?:deal|agreement|accord|pact|framework|memorandum|treaty)) (?:is|are|gets|get) (?:formally |officially )?(?:signed|ratified|finali[sz]ed|concluded)\b|\bonce (?:signed|ratified|finali[sz]ed|concluded)\b|\b(?:yet|due|set|scheduled) to be (?:formally |officially )?(?:signed|finali[sz]ed|concluded)\b/;

/**
 * Whether a deal's host clause tells it as still pending: a bare or "-ing" verb ("finalize",
 * "sealing") that a word of PENDING_WORDS leads to within three words ("committed to", "working
 * toward", "try and", "efforts to"), or a bare verb coordinated with such a clause ("committed to
 * finalise an agreement and work with Y"). "agreed to form a venture" is done: "agree" is no such word.
 */
export function pendingDeal(ctx: RuleContext, r: SentenceReading<M>, cl: Clause<M>): boolean {
  const f = forms(ctx).lower;
  if (cl.verb.control.some((c) => PENDING_WORDS.has(c))) return true;
  // "to finalise the framework before it is signed", "the accord, once signed, will …", "a deal yet
  // to be signed": the clause's own words tell the signing is still to come.
  const sentence = ctx.sentences[ctx.tokens[cl.verb.ts]!.sentence]!;
  if (SIGNING_TO_COME.test(f.slice(cl.verb.ts, sentence.tokenEnd).join(" "))) return true;
  const head = f[cl.verb.head]!;
  const bare = head === cl.verb.lemma || /ing$/.test(head);
  if (!bare) return false;
  const first = cl.verb.infinitive ? cl.verb.ts : cl.verb.ts - 1;
  const sentenceStart = ctx.sentences[ctx.tokens[cl.verb.ts]!.sentence]!.tokenStart;
  for (let k = first; k >= Math.max(sentenceStart, first - 3); k--) {
    const w = f[k]!;
    if (PENDING_WORDS.has(w)) return true;
    if (k === first && !/^(?:to|and|toward|towards|on)$/.test(w)) break;
  }
  // "committed to finalise an agreement and work closely with Y", "a commitment to concluding
  // talks and signing the deal": the pending clause it is joined to.
  const at = r.clauses.indexOf(cl);
  const prev = at > 0 ? r.clauses[at - 1] : undefined;
  return !!prev && f[cl.verb.ts - 1] === "and" && pendingDeal(ctx, r, prev);
}

/** Whether the clause whose verb group holds token `k` tells its act as done (not negated, wished, asked for, ended or conditional); true when no clause holds it. */
export function toldAsDone(ctx: RuleContext, k: number): boolean {
  const at = clauseAt(ctx, k);
  if (!at) return true;
  const { r, cl } = at;
  if (negated(ctx, cl)) return false;
  if (wished(cl) && !reportedWill(ctx, cl)) return false;
  return !unrealClause(ctx, r, cl);
}

/**
 * Whether token `k` is in an object, or the object of a preposition, of a negated clause ("X is not
 * retaliating with tariffs against Y", "X did not impose duties"): what the clause tells is denied.
 */
export function deniedArgument(ctx: RuleContext, k: number): boolean {
  const r = reading(ctx, ctx.tokens[k]!.sentence);
  if (!r) return false;
  return r.clauses.some(
    (cl) =>
      (cl.objects.some((a) => holdsToken(a.items, k)) || cl.pps.some((p) => holdsToken(p.arg.items, k))) &&
      negated(ctx, cl),
  );
}

/** Whether one of `items` spans token `k` (a module function: a named closure per call costs). */
function holdsToken(items: readonly { ts: number; te: number }[], k: number): boolean {
  for (const a of items) if (a.ts <= k && k < a.te) return true;
  return false;
}

/** The reading of the sentence that holds token `k`, and the clause whose head verb it is. */
export function clauseAt(ctx: RuleContext, k: number): { r: SentenceReading<M>; cl: Clause<M> } | undefined {
  const r = reading(ctx, ctx.tokens[k]!.sentence);
  const cl = r?.clauses.find((c) => c.verb.head === k || (c.verb.ts <= k && k < c.verb.te));
  return r && cl ? { r, cl } : undefined;
}

/** Verbs of saying whose "would" is a reported "will": "X said it would invest $1 billion". */
const SAID =
  /^(?:said|announced|confirmed|added|stated|told|pledged|promised|agreed|revealed|disclosed|declared|indicated|signal(?:l)?ed|noted)$/;

/** Whether the clause's "would" reports a "will": a verb of saying (and "that") right before the clause. */
function reportedWill(ctx: RuleContext, cl: Clause<M>): boolean {
  // Not "said it would like to invest", nor "said it would invest if prices rose".
  if (cl.verb.modal !== "would" || cl.verb.control.length) return false;
  for (let k = cl.ts; k < cl.te + 8 && k < ctx.tokens.length; k++)
    if (/^(?:if|unless)$/.test(forms(ctx).lower[k]!)) return false;
  for (let k = cl.ts - 1; k >= Math.max(0, cl.ts - 4); k--) {
    const w = forms(ctx).lower[k]!;
    if (SAID.test(w)) return true;
    if (w !== "that" && w !== "on" && !/^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(w))
      return false;
  }
  return false;
}
const THREAT_NOUNS: ReadonlySet<string> = new Set(["threat", "plan", "proposal", "prospect", "risk"]);
const COPULAS: ReadonlySet<string> = new Set(["be", "become", "remain"]);
const KINDS: Readonly<Record<string, string>> = {
  loan: "loan",
  grant: "grant",
  stake: "equity",
  equity: "equity",
  offtake: "offtake",
};
/** The kind of money a verb's clause gives ("awarded Y a $40 million grant"): its first kind noun. */
const KIND_NOUN = /\b(loan|grant|stake|equity|offtake)s?\b/i;

interface NounHit {
  c: Chunk<M>;
  k: number;
  raw: string;
  w: string;
}
const HITS = new DocumentCache<SentenceReading<M>, NounHit[]>();

/** The trigger nouns of a reading's phrases (any entry's), outside names, found once. */
function nounHits(ctx: RuleContext, r: SentenceReading<M>): NounHit[] {
  let hits = HITS.get(r);
  if (hits) return hits;
  hits = [];
  const f = forms(ctx);
  for (const c of r.chunks) {
    for (let k = c.ts; k < c.te; k++) {
      if (!f.form[k]!.noun) continue;
      const raw = f.lower[k]!;
      const w = f.singular[k]!;
      // A name's own word is no trigger ("Lynas Rare Earths Producer Ltd" is read as a name).
      if (c.entity && c.entity.ts <= k && k < c.entity.te) continue;
      if (inModifier(c, k)) continue;
      // A capitalised word after a capitalised one is a name's, even an unknown name ("QRS Partners").
      if (k > c.ts && /^[\p{Lu}]/u.test(ctx.tokens[k]!.text) && /^[\p{Lu}]/u.test(ctx.tokens[k - 1]!.text)) continue;
      hits.push({ c, k, raw, w });
    }
  }
  HITS.set(r, hits);
  return hits;
}

/**
 * Whether token `k` is inside one of the chunk's modifiers (a function, not a closure in the loop
 * over `k`: a closure reading `k` would cost a context per token).
 */
function inModifier(c: Chunk<M>, k: number): boolean {
  for (const m of c.modifiers) if (m.ts <= k && k < m.te) return true;
  return false;
}

/** Per document: each sentence's reading, built once on first use. */
const READINGS = new DocumentCache<RuleContext, Map<number, SentenceReading<M> | null>>();

let lexiconSet = false;

/** Tells the clause layer and the lemmatiser the entries' verbs. */
export function registerEntries(entries: readonly PredicateEntry[]): void {
  // Block verbs too: "witnessed" is "witness" only when the lemma is known (else "witnes").
  const verbs = entries.flatMap((e) => [...(e.verbs ?? []), ...(e.hostVerbs ?? []), ...(e.blockVerbs ?? [])]);
  knowLemmas([...verbs, ...THREAT_WORDS, ...OBJECT_CONTROL, ...DEMANDING]);
  setVerbLexicon(entries.flatMap((e) => e.verbs ?? []));
  indexTriggers(entries);
  lexiconSet = true;
}

/**
 * Documents whose measures the policy rules have named: a measure named over the good it is on
 * ("fentanyl tariffs") is then read as the measure's phrase, not as the good's.
 */
const POLICIES_NAMED = new DocumentSet<RuleContext>();

/** Per document and sentence: the mentions a cached reading was built on (see `refreshReadings`). */
const READ_ON = new DocumentCache<RuleContext, Map<number, number>>();

/**
 * Drops the cached readings of sentences that gained mentions since they were read (a measure or a
 * deal a later rule named), and of sentences holding a policy (from now on a measure named over its
 * good is read as the measure: see `reading`): the rules after the call read them afresh. Cheap: one
 * count per sentence read.
 */
export function refreshReadings(ctx: RuleContext): void {
  POLICIES_NAMED.add(ctx);
  const map = READINGS.get(ctx);
  const on = READ_ON.get(ctx);
  if (!map || !on) return;
  for (const [i, n] of on) {
    const given = mentionsIn(ctx, i);
    if (given.length === n && !given.some((x) => x.e.type === "Policy")) continue;
    map.delete(i);
    on.delete(i);
  }
}

/** A sentence's clause reading (built once per document and sentence; null when it names nothing). */
export function sentenceReading(ctx: RuleContext, i: number): SentenceReading<M> | null {
  return reading(ctx, i);
}

function reading(ctx: RuleContext, i: number): SentenceReading<M> | null {
  let map = READINGS.get(ctx);
  if (!map) READINGS.set(ctx, (map = new Map()));
  if (map.has(i)) return map.get(i)!;
  const s = ctx.sentences[i]!;
  const ms: M[] = [];
  const given = mentionsIn(ctx, i);
  let on = READ_ON.get(ctx);
  if (!on) READ_ON.set(ctx, (on = new Map()));
  on.set(i, given.length);
  for (const x of given) {
    const last = ms.at(-1);
    // A measure named over the good it is on ("fentanyl" in "fentanyl tariffs"): the measure's phrase.
    if (POLICIES_NAMED.has(ctx) && last && x.m.ts === last.ts && x.m.te > last.te && x.e.type === "Policy") ms.pop();
    else if (last && x.m.ts < last.te) continue;
    // A meeting the event model anchors on its verb ("X and Y signed …") is no noun phrase: the
    // verb keeps its clause.
    if (x.e.type === "Meeting" && x.m.te - x.m.ts === 1 && ctx.tokens[x.m.ts]!.pos === "VERB") continue;
    ms.push(spanOf(x));
  }
  // A relation needs a name (its other end may be the story's other side), or an anaphor that
  // stands for one ("The lender will take a stake in the developer").
  const read = ms.length >= 1 || holdsAnaphor(ctx.tokens, s.tokenStart, s.tokenEnd);
  const r = read ? readSentence(ctx.tokens, s.tokenStart, s.tokenEnd, ms) : null;
  map.set(i, r);
  // What its pronouns and definite descriptions stand for (reads the sentences before).
  if (r) resolveReading(ctx, i, r, (j) => reading(ctx, j));
  return r;
}

/** The states of an agency: the country it is PART_OF, by the relations found so far. */
const AGENCY_STATES = new DocumentCache<RuleContext, { count: number; map: Map<string, string> }>();

/**
 * Per document: the one country each person holds a post in (null when several), rebuilt when the
 * relations change (another array, another length or another last relation).
 */
const PERSON_STATES = new DocumentCache<
  RuleContext,
  { relations: Relation[]; count: number; last: Relation | undefined; map: Map<string, LocalEntity | null> }
>();

/**
 * The one state a person holds a post in (HOLDS_POSITION with a Country as target), when the
 * text gives no nationality: "President X" placed by the post rules. Undefined for none or two.
 */
export function postState(ctx: RuleContext, p: LocalEntity): LocalEntity | undefined {
  const { relations } = ctx;
  let idx = PERSON_STATES.get(ctx);
  if (!idx || idx.relations !== relations || idx.count !== relations.length || idx.last !== relations.at(-1)) {
    const countries = new Map(ctx.resolution.entities.filter((e) => e.type === "Country").map((e) => [e.id, e]));
    const map = new Map<string, LocalEntity | null>();
    for (const r of relations) {
      const state = r.predicate === "HOLDS_POSITION" ? countries.get(r.target) : undefined;
      if (!state) continue;
      const seen = map.get(r.source);
      map.set(r.source, seen === undefined || seen === state ? state : null);
    }
    PERSON_STATES.set(ctx, (idx = { relations, count: relations.length, last: relations.at(-1), map }));
  }
  return idx.map.get(p.id) ?? undefined;
}

function stateOf(ctx: RuleContext, x: M, chunk?: Chunk<M>): LocalEntity | undefined {
  if (x.e.type === "Country") return x.e;
  // "Beijing announced controls": a capital acting is its state.
  if (x.e.type === "Place") {
    const code = CAPITALS.get(x.e.name);
    return code ? countryEntity(ctx, code) : undefined;
  }
  if (x.e.type === "Person") {
    const code = x.e.nationality ?? x.m.nationality;
    if (code) return countryEntity(ctx, code);
    // "President X's administration" with no nationality read: the one state X holds a post in.
    return postState(ctx, x.e);
  }
  if (x.e.type === "Agency") {
    if (chunk?.possessor?.e.type === "Country") return chunk.possessor.e;
    let idx = AGENCY_STATES.get(ctx);
    if (!idx || idx.count !== ctx.relations.length) {
      const map = new Map<string, string>();
      for (const r of ctx.relations) if (r.predicate === "PART_OF") map.set(r.source, r.target);
      AGENCY_STATES.set(ctx, (idx = { count: ctx.relations.length, map }));
    }
    const target = idx.map.get(x.e.id);
    return target ? ctx.resolution.entities.find((e) => e.id === target && e.type === "Country") : undefined;
  }
  return undefined;
}

/** Heads of a market phrase whose goods follow "for" or "in". */
const MARKET_HEADS: ReadonlySet<string> = new Set([
  "market",
  "markets",
  "industry",
  "trade",
  "sector",
  "business",
  "supply",
  "supplies",
]);

/** Heads of an amount whose goods follow "in": "$15 billion in energy". */
const AMOUNT_HEADS: ReadonlySet<string> = new Set(["million", "billion", "trillion", "bn", "mn"]);

/** Heads of buyers named by where they are: "customers in Japan". */
const BUYER_HEADS: ReadonlySet<string> = new Set(["customers", "buyers", "clients", "importers", "offtakers"]);

/** An attachment listing names ("firms including X and Y", "such as"). A function, not a closure per call. */
function listsNames(p: PP<M>): boolean {
  return p.prep === "including" || p.prep === "such as";
}
/** An attachment listing goods: "like" lists them too ("elements like X and Y"). */
function listsGoods(p: PP<M>): boolean {
  return p.prep === "including" || p.prep === "such as" || p.prep === "like";
}

/** Entities of a phrase of the wanted types: its head, else its names, else what "of"/"from" lead to. */
function chunkEntities(c: Chunk<M>, types: EntityType[], depth = 0): { x: M; c: Chunk<M> }[] {
  const out: { x: M; c: Chunk<M> }[] = [];
  // "another rare earth, terbium,", "the second project, the X project,": a name in apposition is the thing.
  const ap = c.appositive?.entity;
  const apposed = ap && types.includes(ap.e.type) && (!c.entity || ap.e.type === c.entity.e.type);
  const ref = c.entity ? undefined : referent(c);
  if (ref) {
    // "The country is the world's largest producer", "they agreed": what the anaphor stands for.
    for (const x of ref) if (types.includes(x.e.type)) out.push({ x, c });
  } else if (c.entity && types.includes(c.entity.e.type)) {
    out.push({ x: c.entity, c });
    if (apposed) out.push({ x: ap!, c: c.appositive! });
  } else if (apposed && !c.possessor) out.push({ x: ap!, c: c.appositive! });
  else if (c.antecedent?.entity?.e.type === "Company" && !c.entity) {
    // "X, a U.S. company that mines Y", "X, a Japanese firm, imports Y": a description in apposition
    // to a firm is the firm, never the state its demonym names.
    if (types.includes("Company")) out.push({ x: c.antecedent.entity, c: c.antecedent });
  } else {
    // "Chinese firms including X and Y invested", "extracts elements like X and Y": the names
    // listed, not the class's demonym ("like" lists goods only: "players like X and Y" are no pair).
    const goodsOnly = types.every((x) => GOOD_TYPES.has(x));
    if (depth < 2 && c.pps.some(goodsOnly ? listsGoods : listsNames)) {
      // Loops, not closures: a closure reading `types` or `depth` would cost a context on every call.
      const listed: { x: M; c: Chunk<M> }[] = [];
      for (const p of c.pps) {
        if (!(goodsOnly ? listsGoods(p) : listsNames(p))) continue;
        for (const it of p.arg.items) for (const x of chunkEntities(it, types, depth + 1)) listed.push(x);
      }
      if (listed.length) return listed;
    }
    for (const m of c.modifiers) if (types.includes(m.e.type)) out.push({ x: m, c });
    if (!out.length && c.possessor && types.includes(c.possessor.e.type)) out.push({ x: c.possessor, c });
    // "its exports", "their talks": what the possessive pronoun stands for.
    if (!out.length && !c.possessor) for (const x of ownerOf(c) ?? []) if (types.includes(x.e.type)) out.push({ x, c });
    if (!out.length && depth < 2) {
      // "the market for lithium", "the global trade in cobalt": a market's goods.
      const market = MARKET_HEADS.has(c.headWord);
      // "imports of $15 billion in energy and $4 billion in farm goods": an amount's goods, each "in".
      const amount = AMOUNT_HEADS.has(c.headWord) && types.every((x) => GOOD_TYPES.has(x));
      // "sells cobalt to customers in Japan and Korea": where the buyers are stands for them.
      const buyers = BUYER_HEADS.has(c.headWord) && !c.possessor && !c.pronounPossessor;
      for (const p of c.pps) {
        const own = p.prep === "of" || p.prep === "from" || (market && (p.prep === "for" || p.prep === "in"));
        if (!own && !((amount || buyers) && p.prep === "in")) continue;
        for (const it of p.arg.items)
          if (it === p.arg.items[0] || !it.minorShare) out.push(...chunkEntities(it, types, depth + 1));
        if (!amount) break;
      }
    }
  }
  // "minerals, including gallium and germanium", "firms such as X and Y": the list named after a
  // general noun.
  if (depth < 2) {
    // "AI chips like the H20": "like" lists examples of a good (not of firms: "players like X").
    const goods = !!c.entity && GOOD_TYPES.has(c.entity.e.type) && types.every((x) => GOOD_TYPES.has(x));
    for (const p of c.pps) {
      if (p.prep !== "including" && p.prep !== "such as" && !(goods && listsGoodExamples(p.prep))) continue;
      for (const it of p.arg.items) out.push(...chunkEntities(it, types, depth + 1));
    }
  }
  return out;
}

function argEntities(arg: Arg<M> | undefined, types: EntityType[]): { x: M; c: Chunk<M> }[] {
  if (!arg) return [];
  // A loop, not a closure: a closure reading `types` would cost a context on every call.
  const out: { x: M; c: Chunk<M> }[] = [];
  for (const c of arg.items) for (const x of chunkEntities(c, types)) out.push(x);
  return out;
}

/** Attachments through which a share or a market names its good ("70% of Y", "the market for Y"). */
const DEEP_PREPS: ReadonlySet<string> = new Set(["of", "for", "in"]);

/**
 * The entities of `types` an argument names, else those its phrases' "of" / "for" / "in"
 * attachments name, three levels down at most ("94% of the world's production of gallium").
 */
function deepEntities(arg: Arg<M> | undefined, types: EntityType[]): { x: M; c: Chunk<M> }[] {
  let items = arg?.items ?? [];
  for (let depth = 0; items.length && depth < 4; depth++) {
    const found = items.flatMap((c) => chunkEntities(c, types));
    if (found.length) return found;
    // "70% of A output and 12% of B": a minor share coordinated after the first good is no
    // majority of its own (as in rules/trade.ts's `coordinatedShares`); "and 85% of B" is one.
    items = items.flatMap((c) =>
      c.pps
        .filter((p) => DEEP_PREPS.has(p.prep))
        .flatMap((p) => p.arg.items.filter((it, i) => i === 0 || !it.minorShare)),
    );
  }
  return [];
}

interface Trigger {
  ctx?: RuleContext;
  clause?: Clause<M>;
  /** The trigger phrase (noun triggers). */
  chunk?: Chunk<M>;
  /** The trigger token. */
  at: number;
  word: string;
  reading?: SentenceReading<M>;
  sentenceText?: string;
  chunkText?: string;
}

function inArg(arg: Arg<M> | undefined, c: Chunk<M>): boolean {
  return !!arg?.items.some((x) => x === c || x.appositive === c);
}

/** Whether phrase `c`, or the phrase whose attachment holds it ("$5 million in [financing]"), is an argument of `cl`. */
function inClause(r: SentenceReading<M> | undefined, cl: Clause<M>, c: Chunk<M>): boolean {
  let x: Chunk<M> | undefined = c;
  for (let guard = 0; x && guard < 4; guard++) {
    if (
      inArg(cl.patient, x) ||
      inArg(cl.subject, x) ||
      cl.objects.some((o) => inArg(o, x!)) ||
      cl.pps.some((p) => inArg(p.arg, x!))
    )
      return true;
    x = r?.parentOf.get(x)?.chunk;
  }
  return false;
}

/** A phrase that is just the name `x` (an antecedent standing in for an anaphor). */
function named(x: M): Chunk<M> {
  return { ts: x.ts, te: x.te, head: x.te - 1, headWord: "", entity: x, modifiers: [], pps: [] };
}

function single(c: Chunk<M>): Arg<M> {
  return { items: [c], ts: c.ts, te: c.te };
}

const PRONOUNS: ReadonlySet<string> = new Set(["it", "they", "we"]);

/**
 * Nouns by which news refers back to a state it has named, read here: "the administration" (the
 * United States when named). "The government", "the country" are the discourse step's.
 */
const STATE_ANAPHORS: ReadonlySet<string> = new Set(["administration"]);

/** How many sentences back a state's anaphor looks for the state. */
const STATE_ANAPHOR_REACH = 2;

/**
 * The country "the administration" (after "the", naming nothing) refers to: the one country named
 * before it in the sentence, else the country a sentence before has as its first clause's agent, or
 * as its one country. A sentence naming several countries, none as its subject, stops the search.
 */
function stateAntecedent(ctx: RuleContext, c: Chunk<M>): Arg<M> | undefined {
  const tokens = ctx.tokens;
  if (!STATE_ANAPHORS.has(c.headWord) || c.te - c.ts !== 2 || tokens[c.ts]!.text.toLowerCase() !== "the")
    return undefined;
  const si = tokens[c.ts]!.sentence;
  const country = (x: M | undefined) => (x?.e.type === "Country" ? x : undefined);
  const asArg = (x: M): Arg<M> => ({
    items: [{ ts: x.ts, te: x.te, head: x.te - 1, headWord: "", entity: x, modifiers: [], pps: [] }],
    ts: x.ts,
    te: x.te,
  });
  // "the administration", bare, is the word of American news for the United States' executive:
  // the United States when the text has named it before (not the last state named).
  if (c.headWord === "administration")
    for (let k = si; k >= 0; k--)
      for (const x of mentionsIn(ctx, k))
        if (x.e.type === "Country" && x.e.name === "United States" && (k < si || x.m.te <= c.ts))
          return asArg(spanOf(x));
  for (let k = si; k >= Math.max(0, si - STATE_ANAPHOR_REACH); k--) {
    const r = reading(ctx, k);
    if (!r) continue;
    const states = new Map<LocalEntity, M>();
    for (const ch of r.chunks) {
      if (k === si && ch.ts >= c.ts) break;
      for (const x of [ch.entity, ch.possessor, ...ch.modifiers]) if (country(x)) states.set(x!.e, x!);
    }
    if (states.size === 0) continue;
    const first = k === si ? undefined : r.clauses.find((cl) => !cl.relative);
    const subject = first?.agent?.items.length === 1 ? country(first.agent.items[0]!.entity) : undefined;
    if (subject) return asArg(subject);
    return states.size === 1 ? asArg([...states.values()][0]!) : undefined;
  }
  return undefined;
}

/** Nouns of an intent whose owner acts in the infinitive after them ("X's pledge to buy"). */
const INTENT_NOUNS: ReadonlySet<string> = new Set([
  "pledge",
  "plan",
  "plans",
  "decision",
  "commitment",
  "promise",
  "offer",
  "bid",
  "move",
  "agreement",
  "deal",
  "intention",
  "effort",
  "efforts",
  "attempt",
  "push",
  "right",
  "ability",
  "willingness",
  "readiness",
]);

/** Marks that set off a participle clause after a name: a comma or a long dash. */
const ASIDE_MARKS: ReadonlySet<string> = new Set([",", "—", "–"]);

/** Per reading: each clause's agent and patient, with the subjects the clause layer left out. */
const LOGICAL = new DocumentCache<Clause<M>, { agent?: Arg<M>; patient?: Arg<M>; reduced?: boolean }>();

/**
 * A clause's agent and patient. Where the clause has no subject: "Y, backed by X," (a participle
 * after a name, with "by") is a passive of Y; otherwise the agent is the last one named by an
 * earlier clause of the sentence ("X, a start-up founded in 2020, announced …"), else a name
 * right before the verb ("with X heavily dominating …").
 */
export function logical(
  ctx: RuleContext | undefined,
  r: SentenceReading<M> | undefined,
  cl: Clause<M>,
): { agent?: Arg<M>; patient?: Arg<M>; reduced?: boolean } {
  let out = LOGICAL.get(cl);
  if (out) return out;
  out = { agent: cl.agent, patient: cl.patient };
  // "X said it (they) had signed …": a pronoun subject is the agent of the clause before.
  const pronoun =
    cl.agent?.items.length === 1 && !cl.agent.items[0]!.entity && PRONOUNS.has(cl.agent.items[0]!.headWord);
  if (pronoun && r) {
    const at = r.clauses.indexOf(cl);
    for (let k = at - 1; k >= Math.max(0, at - 2); k--) {
      const agent = logical(ctx, r, r.clauses[k]!).agent;
      if (agent?.items.some((c) => c.entity)) {
        out = { agent, patient: cl.patient };
        break;
      }
    }
  }
  // "The administration will take a stake …": the state named before it.
  if (ctx && out.agent === cl.agent && cl.agent?.items.length === 1 && !cl.agent.items[0]!.entity) {
    const state = stateAntecedent(ctx, cl.agent.items[0]!);
    if (state) out = { agent: state, patient: cl.patient };
  }
  // "X is a Canadian miner. It extracts nickel …", "Australia has emerged as a key supplier. The
  // country is the world's fourth-largest producer": a pronoun or a description that stands for a
  // name (syntax/discourse.ts).
  const only = cl.agent?.items.length === 1 ? cl.agent.items[0]! : undefined;
  const ref = ctx && out.agent === cl.agent && only && !only.entity ? referent(only) : undefined;
  if (ref) out = { agent: { items: ref.map(named), ts: only!.ts, te: only!.te }, patient: cl.patient };
  // "The US pressed India to stop buying oil": the object of a verb of asking or letting acts in
  // the infinitive after it, not the subject.
  if (cl.verb.infinitive && r && ctx) {
    const g = governing(ctx, r, cl);
    if (g?.patient && g.patient.te === cl.verb.ts && OBJECT_CONTROL.has(g.verb.lemma))
      out = { agent: g.patient, patient: cl.patient };
  }
  // "Indonesia's pledge to buy 50 jets", "Chile's plan to build a smelter": the one whose pledge or
  // plan it is acts in the infinitive.
  if (cl.verb.infinitive && r) {
    const owner = r.chunks.find((c) => c.te === cl.verb.ts && c.possessor && INTENT_NOUNS.has(c.headWord));
    if (owner) out = { agent: single(owner), patient: cl.patient };
  }
  // "a penalty on Indian goods entering the market for buying Russian oil", "praised Korea for
  // buying corn", "China was sanctioned for buying": the one the clause before acts on does the act
  // of a gerund after "for" (the measure's target, else the clause's patient), not the phrase before.
  if (
    r &&
    ctx &&
    /^for$/i.test(ctx.tokens[cl.verb.ts - 1]?.text ?? "") &&
    /ing$/i.test(ctx.tokens[cl.verb.head]!.text)
  ) {
    const before = r.clauses.slice(0, r.clauses.indexOf(cl)).reverse();
    const hasName = (a: Arg<M> | undefined) => !!a?.items.some((c) => c.entity || c.modifiers.length);
    const on = before.flatMap((k) => k.pps.filter((p) => p.prep === "on" && hasName(p.arg))).at(0);
    const patient = before.map((k) => logical(ctx, r, k).patient).find(hasName);
    const agent = on?.arg ?? patient;
    if (agent) out = { agent, patient: cl.patient };
  }
  // "… pledge to buy 50 jets and boost imports of energy": a verb joined to an infinitive by "and"
  // (its subject shared with it) has the infinitive's agent.
  if (!cl.verb.infinitive && r && ctx) {
    const at = r.clauses.indexOf(cl);
    const prev = at > 0 ? r.clauses[at - 1] : undefined;
    const joined = /^(?:and|or)$/i.test(ctx.tokens[cl.verb.ts - 1]?.text ?? "");
    if (prev?.verb.infinitive && joined && cl.subject === prev.subject) {
      const agent = logical(ctx, r, prev).agent;
      if (agent) out = { agent, patient: cl.patient };
    }
  }
  if (!cl.subject && !cl.verb.infinitive && ctx && r) {
    const v = cl.verb;
    const tokens = ctx.tokens;
    const by = cl.pps.find((p) => p.prep === "by");
    // ("Y—backed by X—": a dash sets the participle off as a comma does.)
    const before = r.chunks.find((c) => c.te === v.ts - 1 && c.entity && ASIDE_MARKS.has(tokens[v.ts - 1]?.text ?? ""));
    const justBefore = r.chunks.find((c) => c.te === v.ts && c.entity);
    if (by && v.ts === v.head && isParticiple(tokens[v.head]!.text) && (before ?? justBefore)) {
      out = { agent: by.arg, patient: single((before ?? justBefore)!), reduced: true };
    } else {
      const at = r.clauses.indexOf(cl);
      for (let k = at - 1; k >= Math.max(0, at - 3); k--) {
        const prior = r.clauses[k]!;
        const lp = logical(ctx, r, prior);
        // "Y, backed by X, operates …": the one the participle was about acts next.
        const agent = lp.reduced ? lp.patient : !prior.verb.passive ? lp.agent : undefined;
        if (agent) {
          out = { agent, patient: cl.patient };
          break;
        }
      }
      if (!out.agent && justBefore) out = { agent: single(justBefore), patient: cl.patient };
      // "The second project, the X project in Y, will receive …": the sentence's first clause
      // without a subject acts through the first named phrase before it that hangs on nothing.
      if (!out.agent && at === 0) {
        let first: Chunk<M> | undefined;
        for (const c of r.chunks)
          if (c.entity && c.te <= v.ts && !r.parentOf.has(c) && (!first || c.ts < first.ts)) first = c;
        if (first) out = { agent: single(first), patient: cl.patient };
      }
    }
  }
  // "Y received / sought a loan from X to fund its mine": the money funds, so its giver (the "from /
  // by / to" phrase of the receiving clause) is the infinitive's agent, never the receiver; and
  // "its / the company's mine" is the receiver's own, so the receiver is the one funded.
  if (cl.verb.infinitive && !cl.verb.control.length && FUNDING_VERBS.has(cl.verb.lemma) && r && ctx) {
    const money = moneyReceived(ctx, r, cl);
    if (money) out = money;
  }
  LOGICAL.set(cl, out);
  return out;
}

/**
 * The objects of a clause after its first one that a conjunction coordinates with it past the first
 * one's attachments ("produces nickel at its plant in Ohio and copper in Chile", "buys lithium from
 * A, cobalt from B and nickel from C"): each is read as the verb's object too. Not an object that
 * follows the first with no conjunction ("gives X access").
 */
function gappedObjects(ctx: RuleContext, cl: Clause<M>, types: EntityType[]): Arg<M>[] {
  const out: Arg<M>[] = [];
  const lower = forms(ctx).lower;
  for (let i = 1; i < cl.objects.length; i++) {
    const o = cl.objects[i]!;
    const before = lower[o.ts - 1];
    if (before !== "and" && before !== "or" && !(before === "," && out.length === 0 && i + 1 < cl.objects.length))
      continue;
    if (o.ts <= cl.objects[i - 1]!.te + 1) continue;
    out.push(o);
  }
  // "at its plant in Ohio and copper at its mine in Chile": an attachment's list that goes on with
  // what the verb's object names (a good after a place, a firm after a good) holds the next object.
  const first = cl.objects[0];
  const kind = (c: Chunk<M>) => c.entity?.e.type;
  const ownKind = first?.items.map(kind).find((k) => k && types.includes(k));
  if (!ownKind) return out;
  for (const p of cl.pps) {
    if (p.at < first!.te || p.arg.items.length < 2) continue;
    const head = kind(p.arg.items[0]!);
    if (!head || types.includes(head)) continue;
    for (const c of p.arg.items.slice(1)) if (kind(c) === ownKind) out.push(single(c));
  }
  return out;
}

/** Verbs of an infinitive that spends money on its object ("… to fund its mine"). */
const FUNDING_VERBS: ReadonlySet<string> = new Set(["fund", "finance", "bankroll"]);
/** Verbs of a clause whose agent is given (or asks for) the money its object names. */
const RECEIVING_VERBS: ReadonlySet<string> = new Set([
  "receive",
  "secure",
  "obtain",
  "get",
  "win",
  "land",
  "raise",
  "seek",
  "request",
  "submit",
  "apply",
]);
/** Nouns of money lent, granted or put in. */
const MONEY_WORDS = /^(?:loans?|grants?|financing|funding|finance|credit|investment|equity|capital|backing)$/;

/**
 * The agent and patient of a funding infinitive after a clause that receives money ("Y secured a
 * loan from X to fund its plant"): the giver named in that clause's "from / by / to" phrase (none
 * when it names none), and the receiver when the infinitive's object is the receiver's own
 * ("its / their / the company's plant"). Undefined when the clause before receives no money.
 */
function moneyReceived(
  ctx: RuleContext,
  r: SentenceReading<M>,
  cl: Clause<M>,
): { agent?: Arg<M>; patient?: Arg<M> } | undefined {
  const at = r.clauses.indexOf(cl);
  const prev = at > 0 ? r.clauses[at - 1] : undefined;
  if (!prev || prev.verb.te > cl.verb.ts || !RECEIVING_VERBS.has(prev.verb.lemma) || prev.verb.passive)
    return undefined;
  const lower = forms(ctx).lower;
  let money = false;
  for (let k = prev.verb.te; k < cl.verb.ts; k++) {
    if (lower[k] === ";" || lower[k] === ".") return undefined;
    if (MONEY_WORDS.test(lower[k]!)) money = true;
  }
  if (!money) return undefined;
  const giver = prev.pps.find(
    (p) => (p.prep === "from" || p.prep === "by" || p.prep === "to") && p.arg.items.some((c) => c.entity),
  );
  const receiver = logical(ctx, r, prev).agent;
  const firm = receiver?.items.length === 1 && receiver.items[0]!.entity?.e.type === "Company" ? receiver : undefined;
  // "to fund (the construction of) its / the company's mine".
  let object = cl.objects[0]?.items[0];
  if (object && PROJECT_STAGES.has(object.headWord)) object = object.pps.find((p) => p.prep === "of")?.arg.items[0];
  const owned = !!object && (!!object.pronounPossessor || (!!firm && object.possessor?.e === firm.items[0]!.entity!.e));
  return { agent: giver?.arg, patient: owned && firm ? firm : cl.patient };
}

/** The entity types of goods. */
const GOOD_TYPES: ReadonlySet<EntityType> = new Set(["Mineral", "Product"]);

/**
 * "gold and copper producer X", "iron ore and nickel miner X", "gallium, germanium and antimony
 * export curbs": when the trigger phrase names a good before its trigger word and closes a list,
 * the list's earlier items that are bare goods ("iron ore", "the gallium") are its goods too.
 */
function listedGoodsBefore(t: Trigger, c: Chunk<M>, types: EntityType[]): { x: M; c: Chunk<M> }[] {
  const first = c.listHead;
  if (!first || !t.reading) return [];
  const own = c.entity ? [...c.modifiers, c.entity] : c.modifiers;
  if (!own.some((m) => m.te <= t.at && GOOD_TYPES.has(m.e.type))) return [];
  const out: { x: M; c: Chunk<M> }[] = [];
  for (const k of t.reading.chunks) {
    if (k.ts >= c.ts) break;
    if (k !== first && k.listHead !== first) continue;
    const e = k.entity;
    // A possessor or a demonym may qualify the list ("its gallium, …", "Brazilian iron ore and …").
    if (!e || e.te !== k.te || k.modifiers.some((m) => m.e.type !== "Country")) continue;
    // "X, China's largest gold and copper producer": a state's possessor ranks the apposition's first good.
    const own = k.pronounPossessor || (k.possessor && (k.possessor.e.type !== "Country" || k.ts !== first.te + 1));
    if (k !== first ? own : k.possessor?.e.type === "Company") continue;
    if (GOOD_TYPES.has(e.e.type) && types.includes(e.e.type)) out.push({ x: e, c });
  }
  return out;
}

/** Verbs of a purpose clause that name what money is spent on ("… to develop Y"). */
const PURPOSE_VERBS: ReadonlySet<string> = new Set([
  "develop",
  "build",
  "support",
  "fund",
  "finance",
  "expand",
  "construct",
  // Money that keeps or brings back a project: "to extend the life of Y", "to upgrade / restart Y".
  "extend",
  "upgrade",
  "restart",
  "revive",
  "modernise",
  "modernize",
  "rehabilitate",
]);
/** Nouns of a purpose clause's object whose "of" phrase is the project ("the development of Y"). */
const PROJECT_STAGES: ReadonlySet<string> = new Set([
  "development",
  "construction",
  "expansion",
  "build-out",
  // "to extend the life of Y", "to fund the restart / upgrade of Y".
  "life",
  "restart",
  "upgrade",
  "modernisation",
  "modernization",
  "rehabilitation",
]);

/**
 * "X committed $N to support the development of Y", "X lent $N to Z to develop its Y": the object
 * of the infinitive purpose clause that follows the money clause (or its "of" phrase).
 */
function purposeEntities(t: Trigger, cl: Clause<M>, types: EntityType[]): { x: M; c: Chunk<M> }[] {
  const r = t.reading;
  if (!r) return [];
  const next = r.clauses[r.clauses.indexOf(cl) + 1];
  if (!next?.verb.infinitive || !PURPOSE_VERBS.has(next.verb.lemma) || next.verb.ts > cl.te + 1) return [];
  const obj = next.objects[0];
  const head = obj?.items[0];
  if (!head) return [];
  const of = PROJECT_STAGES.has(head.headWord) ? head.pps.find((p) => p.prep === "of") : undefined;
  return argEntities(of ? of.arg : obj, types);
}

/** Heads of a class of goods that names none itself: "metals", "products", "commodities". */
const GOODS_CLASS_HEADS: ReadonlySet<string> = new Set([
  "metal",
  "metals",
  "mineral",
  "minerals",
  "product",
  "products",
  "good",
  "goods",
  "commodity",
  "commodities",
  "material",
  "materials",
  "item",
  "items",
]);

/** Heads of a class of traded goods that may list its members: "exports such as A and B". */
const TRADE_CLASS_HEADS: ReadonlySet<string> = new Set([
  ...GOODS_CLASS_HEADS,
  "exports",
  "imports",
  "export",
  "import",
]);

/** Heads of a share of a group: "one of the largest producers", "two of the three makers". */
const ONE_OF: ReadonlySet<string> = new Set(["one", "two", "three", "some", "several", "many", "each"]);

/**
 * The names listed by ", including X and Y" right after `arg` (the clause layer reads ", including"
 * as a clause of its own, whose object is the list).
 */
function listedAfter(t: Trigger, arg: Arg<M>, types: EntityType[]): { x: M; c: Chunk<M> }[] {
  const tokens = t.ctx?.tokens ?? [];
  if (tokens[arg.te]?.text !== ",") return [];
  const k = t.reading?.clauses.find((x) => x.verb.ts === arg.te + 1 && /^including$/i.test(tokens[x.verb.ts]!.text));
  return k ? argEntities(k.objects[0], types) : [];
}

/** Heads of a site a firm works: what "at" names where goods are made (discourse's site heads and a few more). */
const AT_SITES: ReadonlySet<string> = new Set([...FIRM_SITES, "complex", "site", "hub"]);

/**
 * "magnets to be produced at X's facility", "ramp up magnet production at its plant": the owner of
 * the site the trigger's (else its clause's) "at" attachment names, by a possessive name or a
 * possessive pronoun (what it stands for).
 */
function siteOwnerAt(t: Trigger, types: EntityType[]): { x: M; c: Chunk<M> }[] {
  const pp =
    t.chunk?.pps.find((p) => p.prep === "at") ?? (t.chunk ? undefined : t.clause?.pps.find((p) => p.prep === "at"));
  const site = pp?.arg.items[0];
  if (!site || pp!.arg.items.length > 1 || !AT_SITES.has(nounSingular(site.headWord))) return [];
  const owners = site.possessor ? [site.possessor] : site.pronounPossessor ? (ownerOf(site) ?? []) : [];
  return owners.filter((x) => types.includes(x.e.type)).map((x) => ({ x, c: site }));
}

/** Head nouns of a firm's description, apposed to its name ("X, the national mining company and …"). */
const FIRM_DESCRIPTION_HEADS: ReadonlySet<string> = new Set([
  "company",
  "firm",
  "miner",
  "producer",
  "group",
  "operator",
  "developer",
  "corporation",
  "conglomerate",
  "giant",
  "maker",
  "refiner",
  "explorer",
  "supplier",
]);

/**
 * The attachment of preposition `prep` that the clause layer hung on the last phrase of a trigger
 * phrase's first "of" attachment, right after it ("exports of rare earth magnets to X", "an
 * investment of $5 billion in Y", "imports of steel from Z"): the trigger noun's own, as in "Y
 * exports to X" (the reading "sales of Y to X" gave the "own:" roles, here for every "pp:" role).
 * None when the trigger phrase has an attachment of its own of that preposition, when the "of"
 * phrase is a list, or for "by".
 */
function chainedAfterOf(c: Chunk<M> | undefined, prep: string): Chunk<M>["pps"][number] | undefined {
  const of = c?.pps[0];
  // "by" stays with the clause's own reading of an agent ("a takeover of Y by X collapsed").
  if (prep === "by" || of?.prep !== "of" || of.arg.items.length !== 1) return undefined;
  const last = of.arg.items[0]!;
  const next = last.pps[0];
  return next && next.prep === prep && next.at === of.arg.te ? next : undefined;
}

/**
 * The purpose clause right after token `te` ("to resolve the trade dispute", up to eight words, to
 * the first punctuation), lower case; empty when "to" and a verb do not follow.
 */
function purposeAfter(ctx: RuleContext, te: number): string {
  const to = ctx.tokens[te];
  const verb = ctx.tokens[te + 1];
  if (!to || !verb || to.text.toLowerCase() !== "to" || verb.pos !== "VERB" || to.sentence !== verb.sentence) return "";
  const words: string[] = [];
  for (let k = te + 1; k < te + 9; k++) {
    const t = ctx.tokens[k];
    if (!t || t.sentence !== to.sentence || t.pos === "PUNCT") break;
    words.push(t.text.toLowerCase());
  }
  return words.join(" ");
}

/**
 * The entities a phrase of the owner's role names: none for a firm's phrase when no firm is
 * wanted (a module function: a closure per call costs).
 */
function ownerEntities(k: Chunk<M>, types: EntityType[]): { x: M; c: Chunk<M> }[] {
  return k.entity?.e.type === "Company" && !types.includes("Company") ? [] : chunkEntities(k, types);
}

/** The arguments a role names for a trigger, as (entity, phrase) pairs. */
function roleEntities(t: Trigger, role: Role, types: EntityType[]): { x: M; c: Chunk<M> }[] {
  const cl = t.clause;
  // "sales of Y to X": only the trigger phrase's own attachment, never the clause's ("revenues from
  // chip sales in China to the US government").
  if (role.startsWith("own:")) {
    const prep = role.slice(4);
    // "sales of US soybeans to China": "to" hangs on the goods after "of".
    // Only right after the phrase (or after its "of" goods): "its copper sales in Peru to Japan" is no sale to Japan.
    const first = t.chunk?.pps[0];
    const of = first?.prep === "of" ? first.arg.items.at(-1)?.pps[0] : undefined;
    const own = first?.prep === prep ? first : of?.prep === prep ? of : undefined;
    return own ? argEntities(own.arg, types) : [];
  }
  if (role === "at-owner") return siteOwnerAt(t, types);
  if (role.startsWith("via:")) {
    const [p1, p2] = role.slice(4).split(":");
    const through = t.chunk?.pps.find((p) => p.prep === p1)?.arg.items.at(-1);
    const own = through && !through.entity ? through.pps.find((p) => p.prep === p2) : undefined;
    return own ? argEntities(own.arg, types) : [];
  }
  if (role.startsWith("deep:")) {
    if (t.chunk || !cl) return [];
    const prep = role.slice(5);
    const arg = prep === "object" ? logical(t.ctx, t.reading, cl).patient : cl.pps.find((p) => p.prep === prep)?.arg;
    return deepEntities(arg, types);
  }
  if (role.startsWith("pp:")) {
    const prep = role.slice(3);
    const out: { x: M; c: Chunk<M> }[] = [];
    // The phrase's first attachment of that preposition ("a stake in X in Western Australia": X),
    // or the one the clause layer hung on its "of" phrase ("exports of magnets to X").
    const first = t.chunk?.pps.find((p) => p.prep === prep) ?? chainedAfterOf(t.chunk, prep);
    // "preferential treatment for X's exports such as A and B": a class of goods (exports, goods,
    // products) that lists its members names them, not itself.
    const classOf = first?.arg.items.length === 1 ? first.arg.items[0]! : undefined;
    const members =
      classOf && types.every((x) => GOOD_TYPES.has(x)) && TRADE_CLASS_HEADS.has(classOf.headWord.toLowerCase())
        ? (classOf.pps.find((p) => p.prep === "including") ??
          // The list read as the trigger phrase's next attachment, right after the class.
          t.chunk?.pps.find((p) => p.prep === "including" && p.at >= first!.arg.te && p.at <= first!.arg.te + 1))
        : undefined;
    const listed = members ? argEntities(members.arg, types) : [];
    if (listed.length) out.push(...listed);
    else if (first) out.push(...argEntities(first.arg, types));
    // "stakes in X, Y and several mineral firms, including Z and W": the names a closing class lists.
    if (first && !first.arg.items.at(-1)!.entity) out.push(...listedAfter(t, first.arg, types));
    // The phrase's own attachment names nothing ("a stake in its project in Western Australia"):
    // the clause's attachments are that one's, not the trigger's.
    const own = !!first;
    if (!out.length && !own && cl && (!t.chunk || inClause(t.reading, cl, t.chunk))) {
      // The clause's first attachment of that preposition ("invest in a smelter in Sulawesi": the smelter).
      const p = cl.pps.find((x) => x.prep === prep && !(t.chunk && inArg(x.arg, t.chunk)));
      // "supplies chips to smartphone makers, including X and Y": the names listed after the class.
      const named = p && p.arg.items.length === 1 && !p.arg.items[0]!.entity ? listedAfter(t, p.arg, types) : [];
      if (named.length) out.push(...named);
      else if (p) out.push(...argEntities(p.arg, types));
      // "sold cobalt to customers in Japan": where the buyers are, in the clause's next attachment.
      const buyers = p && !out.length && p.arg.items.length === 1 ? p.arg.items[0]! : undefined;
      if (buyers && BUYER_HEADS.has(buyers.headWord) && !buyers.possessor && !buyers.pronounPossessor) {
        const where = cl.pps.find((x) => x.prep === "in" && x.at === p!.arg.te);
        if (where) out.push(...argEntities(where.arg, types));
      }
      // A verb's attachment names no one ("invested heavily in mining in Indonesia", "invest in a
      // smelter in Sulawesi"): the place its object is in, by the same preposition, names the target.
      let arg = p && !t.chunk && !out.length ? p.arg : undefined;
      for (let depth = 0; arg && !out.length && depth < 2; depth++) {
        const from = arg;
        // Nested in the phrase, or the clause's next attachment right after it ("in exploration in Peru").
        const nested =
          from.items.flatMap((c) => c.pps.filter((x) => x.prep === prep).slice(0, 1))[0] ??
          cl.pps.find((x) => x.prep === prep && x.at === from.te);
        arg = nested?.arg;
        if (arg) out.push(...argEntities(arg, types).filter(({ x }) => x.e.type === "Place" || x.e.type === "Country"));
      }
    }
    return out;
  }
  if (!t.chunk) {
    if (!cl) return [];
    if (role === "subject") return argEntities(logical(t.ctx, t.reading, cl).agent, types);
    if (role === "object") {
      const patient = logical(t.ctx, t.reading, cl).patient;
      const found = argEntities(patient, types);
      // "produces nickel in Ohio and copper in Chile": objects the clause coordinates after the
      // first one's attachments are its objects too.
      if (patient && patient === cl.objects[0] && t.ctx)
        for (const o of gappedObjects(t.ctx, cl, types)) found.push(...argEntities(o, types));
      // "buy $8 billion of farm goods, including corn and soybeans": the goods listed after them too.
      const last = found.at(-1)?.c;
      if (!types.every((x) => GOOD_TYPES.has(x))) return found;
      if (last) return [...found, ...listedAfter(t, single(last), types)];
      // "produces 13 metals, including gallium and germanium": a class of goods that names none
      // itself stands for the goods listed after it.
      const only = patient?.items.length === 1 ? patient.items[0] : undefined;
      if (!only || only.entity || !GOODS_CLASS_HEADS.has(only.headWord)) return found;
      const such = only.pps.find((p) => p.prep === "including");
      return such ? argEntities(such.arg, types) : listedAfter(t, patient!, types);
    }
    if (role === "purpose") return purposeEntities(t, cl, types);
    return [];
  }
  const c = t.chunk;
  switch (role) {
    case "possessor": {
      if (c.possessor && types.includes(c.possessor.e.type)) return [{ x: c.possessor, c }];
      // "X's processing capacity and magnet production": the possessor of the list's first item.
      const shared = !c.possessor && !c.pronounPossessor ? c.listHead?.possessor : undefined;
      if (shared && types.includes(shared.e.type)) return [{ x: shared, c }];
      // "an offer from X, via its subsidiary Y", "X, through its unit Y": the pronoun of an
      // instrument's phrase is the one named right before it.
      if (c.pronounPossessor && t.ctx) {
        const tk = t.ctx.tokens;
        let k = c.ts - 1;
        if (/^(?:via|through)$/i.test(tk[k]?.text ?? "")) {
          k--;
          if (tk[k]?.text === ",") k--;
          const host = t.reading?.chunks.find((x) => x.te === k + 1 && x.entity && types.includes(x.entity.e.type));
          if (host) return [{ x: host.entity!, c }];
        }
      }
      if (c.pronounPossessor && c.ts < t.at && t.reading) {
        // "China tightened its controls": the pronoun is the last agent named before it.
        const before = t.reading.clauses.filter((k) => k.agent && k.agent.te <= c.ts);
        for (let k = before.length - 1; k >= 0; k--) {
          const found = argEntities(before[k]!.agent, types);
          if (found.length) return found;
        }
      }
      // "It will cut its output": what the pronoun stands for, in this sentence or the one before.
      const owner = c.pronounPossessor && !c.possessor ? ownerOf(c) : undefined;
      if (owner) return owner.filter((x) => types.includes(x.e.type)).map((x) => ({ x, c }));
      // "China's implementation of export controls on Y": the owner of the act done to the phrase.
      const act = t.reading && !c.listHead ? actHolding(c, t.reading.parentOf) : undefined;
      if (act && act.ts < c.ts) return roleEntities({ ...t, chunk: act }, "possessor", types);
      return [];
    }
    case "before":
    case "goods-before":
      return [
        ...(role === "goods-before" ? listedGoodsBefore(t, c, types) : []),
        ...[...c.modifiers, ...(c.entity ? [c.entity] : [])]
          .filter((m) => m.te <= t.at && types.includes(m.e.type))
          .map((x) => ({ x, c })),
      ];
    case "demonym": {
      // "Chilean producers of lithium", "Chinese dominance of Y": a state's adjective before the
      // trigger, when the phrase names its own good ("Chinese magnet makers", not "for American
      // manufacturers" after the goods), and not for a trader ("Chinese suppliers" may resell).
      const word = t.ctx?.tokens[t.at]?.text.toLowerCase() ?? "";
      const ownGood =
        c.modifiers.some((m) => m.m.ts < t.at && GOOD_TYPES.has(m.e.type)) ||
        c.pps.some((p) => p.prep === "of" && p.arg.items.some((k) => !!k.entity && GOOD_TYPES.has(k.entity.e.type)));
      if (!ownGood || /^(?:suppliers?|exporters?|sources?|players?)$/.test(word)) return [];
      // "a French rare earths refiner", "the Chinese magnet maker": one firm, the adjective its home;
      // the state makes the goods only through its industry in the plural ("Chinese magnet makers").
      if (/(?:er|or)$/.test(word) && nounSingular(word) === word) return [];
      // "Canada's steel producers have warned …": a state's own industry, in the plural, with no
      // firm named after it, as its adjective would ("Canadian steel producers").
      const poss = c.possessor;
      if (
        poss?.e.type === "Country" &&
        types.includes("Country") &&
        /(?:ers|ors)$/.test(word) &&
        !c.modifiers.some((m) => m.ts > t.at)
      )
        return [{ x: poss, c }];
      return c.modifiers
        .filter((m) => m.te <= t.at && m.m.demonym && m.e.type === "Country" && types.includes("Country"))
        .map((x) => ({ x, c }));
    }
    case "after": {
      const out = [...c.modifiers, ...(c.entity ? [c.entity] : [])]
        .filter((m) => m.ts > t.at && types.includes(m.e.type))
        .map((x) => ({ x, c }));
      // "nickel miners X and Y", "chipmakers X, Y and Z": a plural trigger names each bare name its
      // list adds after it, up to the first item that is more than a name.
      const written = t.ctx?.tokens[t.at]?.text.toLowerCase() ?? "";
      if (out.length && t.reading && nounSingular(written) !== written) {
        const head = c.listHead ?? c;
        for (const k of t.reading.chunks) {
          if (k.ts <= c.ts || (k.listHead ?? k) !== head) continue;
          const e = k.entity;
          if (!e || e.te !== k.te || k.modifiers.length || k.possessor || k.pps.some((p) => p.prep === "of")) break;
          if (types.includes(e.e.type)) out.push({ x: e, c: k });
        }
      }
      return out;
    }
    case "owner": {
      // "Peru's X Group, the world's top zinc producer": the firm is the producer, not its
      // country (a firm's phrase gives no other owner than the firm).
      if (c.antecedent) {
        // "X and Y, the two largest cobalt producers,": a plural trigger is each item of the list
        // its phrase is apposed to.
        const written = t.ctx?.tokens[t.at]?.text.toLowerCase() ?? "";
        const head = c.antecedent.listHead;
        if (!head || !t.reading || nounSingular(written) === written) return ownerEntities(c.antecedent, types);
        return t.reading.chunks
          .filter((k) => k === head || (k.listHead === head && k.ts < c.ts))
          .flatMap((k) => ownerEntities(k, types));
      }
      // "X, a copper and zinc producer,": read as a list "X, a copper and zinc producer" whose
      // items after X are bare goods and the trigger phrase: X is the owner, in apposition.
      const head = c.listHead;
      if (head && head !== c && head.entity && t.reading) {
        const items = t.reading.chunks.filter((k) => k.listHead === head && k !== c && k !== head);
        const goods = listedGoodsBefore(t, c, [...GOOD_TYPES]);
        if (items.length && items.length === goods.length && items.every((k) => k.ts < c.ts))
          return ownerEntities(head, types);
        // "X, Ruritania's national mining company and a subsidiary of Y,": appositions joined by
        // "and" after a name describe it; each item between is a firm's description (no name of its
        // own, a determiner or a possessor, a firm's head noun).
        if (
          items.length &&
          items.every(
            (k) =>
              k.ts < c.ts &&
              !k.entity &&
              FIRM_DESCRIPTION_HEADS.has(k.headWord) &&
              (!!k.possessor || /^(?:a|an|the)$/i.test(t.ctx?.tokens[k.ts]?.text ?? "")),
          ) &&
          t.ctx?.tokens[head.te]?.text === ","
        )
          return ownerEntities(head, types);
      }
      // "X, one of the world's largest magnet producers,", "X is one of the top producers of Y":
      // the phrase a share word ("one", "among") hangs on stands for the trigger's.
      const p = t.reading?.parentOf.get(c);
      const share = p && p.prep === "of" && ONE_OF.has(p.chunk.headWord) ? p.chunk : undefined;
      if (share?.antecedent) return ownerEntities(share.antecedent, types);
      // "X is / remains among Y's largest investors": the group the copula's "among" names.
      const among = !!cl && cl.pps.some((pp) => pp.prep === "among" && inArg(pp.arg, c));
      if (
        cl &&
        COPULAS.has(cl.verb.lemma) &&
        (among || cl.objects.some((o) => inArg(o, c) || (!!share && inArg(o, share))))
      )
        return (cl.subject ?? logical(t.ctx, t.reading, cl).agent)?.items.flatMap((k) => ownerEntities(k, types)) ?? [];
      return [];
    }
    case "list-head":
      return c.listHead ? chunkEntities(c.listHead, types) : [];
    case "host-agent":
    case "host-patient": {
      if (!cl) return [];
      if (role === "host-agent") {
        const agent = logical(t.ctx, t.reading, cl).agent;
        return inArg(agent, c) ? [] : argEntities(agent, types);
      }
      if (cl.verb.passive) return inArg(cl.subject, c) ? [] : argEntities(cl.subject, types);
      const other = cl.objects.find((o) => !inArg(o, c));
      return other && other.te <= c.ts ? argEntities(other, types) : [];
    }
    default:
      return [];
  }
}

/** Heads that stand for the state named before them ("the U.S. market", "China's government"). */
const STATE_STAND_IN_HEADS: ReadonlySet<string> = new Set([
  "market",
  "markets",
  "government",
  "governments",
  "shores",
  "port",
  "ports",
  "economy",
  "side",
  "state",
  "country",
  "nation",
  "administration",
  "military",
  "army",
  "customs",
]);

/** Whether entity `x` is only a modifier or a possessor of phrase `c`, whose head names something else. */
function namedOnlyByModifier(x: M, c: Chunk<M>): boolean {
  if (c.entity === x) return false;
  if (c.possessor !== x && !c.modifiers.includes(x)) return false;
  return !STATE_STAND_IN_HEADS.has(c.headWord);
}

function firstRole(t: Trigger, roles: Role[], types: EntityType[], hostOk: boolean): { x: M; c: Chunk<M> }[] {
  for (const role of roles) {
    if (role.startsWith("host-") && !hostOk) continue;
    const found = roleEntities(t, role, types);
    if (found.length) return found;
  }
  return [];
}

/** The sentence tokens of a trigger's clause as text (for the attributes). */
function span(ctx: RuleContext, a: number, b: number): string {
  const ta = ctx.tokens[a];
  const tb = ctx.tokens[b - 1];
  return ta && tb ? ctx.text.slice(ta.start, tb.end) : "";
}

/** A start date written after the measure ("starting March 1", "effective 1 August", "as of May"). */
const STARTS = /\b(starting|beginning|effective|as of)\s+(?:\p{Lu}|\d)/u;
/** STARTS, or "from" before the date. */
const STARTS_FROM = /\b(starting|beginning|effective|as of|from)\s+(?:\p{Lu}|\d)/u;

/** Verbs that make a measure known without putting it in force. */
const ANNOUNCING: ReadonlySet<string> = new Set(["announce", "unveil", "declare", "set"]);
/** A measure whose start is still to come: "set to take effect", "will take effect on". */
const TAKES_EFFECT_LATER =
  /\b(?:(?:is|are) (?:set|due|scheduled|slated|expected) to|will) (?:take|come into|go into) effect\b/;

/** Whether the state ending at token `te` buys the goods after it ("U.S. imports of copper", "Japan's purchases of rice"). */
export function importerAt(ctx: RuleContext, te: number): boolean {
  let k = te;
  if (isPossessiveMark(ctx.tokens[k]?.text)) k++;
  return /^(imports|purchases|intake)$/i.test(ctx.tokens[k]?.text ?? "") && /^of$/i.test(ctx.tokens[k + 1]?.text ?? "");
}

/** Prepositions opening an adjunct of time or cause: what they hold happened before the verb. */
const ADJUNCT_OPENERS: ReadonlySet<string> = new Set(["after", "since", "following", "amid", "despite"]);

/** Whether an adjunct of time or cause opens between token `from` and token `to` (a short stretch). */
function adjunctBetween(lowers: readonly string[], from: number, to: number): boolean {
  if (to - from > 15) return false;
  for (let k = from; k < to; k++) if (ADJUNCT_OPENERS.has(lowers[k]!)) return true;
  return false;
}

/** Tariff nouns that open another measure's phrase. */
const MEASURE_NOUN = /^(tariffs?|duty|duties|levy|levies)$/;

/**
 * The sentence's text up to the tariff noun after the trigger at `at` that opens another measure:
 * "would impose a 19% tariff on X, down from the 20% tariff he had threatened starting August 1"
 * (the start date is the second tariff's). The trigger's own tariff noun is its own.
 */
function ownStretch(ctx: RuleContext, lowers: readonly string[], at: number): string {
  const s = ctx.sentences[ctx.tokens[at]!.sentence]!;
  let own = MEASURE_NOUN.test(lowers[at]!);
  let k = at + 1;
  for (; k < s.tokenEnd; k++) {
    if (!MEASURE_NOUN.test(lowers[k]!)) continue;
    if (own) break;
    own = true;
  }
  return ctx.text.slice(ctx.tokens[s.tokenStart]!.start, k < s.tokenEnd ? ctx.tokens[k]!.start : s.end);
}

function threatened(r: SentenceReading<M>, t: Trigger): boolean {
  const cl = t.clause;
  if (cl) {
    const v = cl.verb;
    const lowers = t.ctx ? lowerCaseTexts(t.ctx.tokens) : undefined;
    if (THREAT_WORDS.has(v.lemma) || PLEDGE_WORDS.has(v.lemma)) return true;
    // "promised to impose duties" threatens; "promised to lower its tariffs" does not.
    if (IMPOSING.has(v.lemma) && v.control.some((c) => PLEDGE_WORDS.has(c))) return true;
    // "sought to impose duties" threatens; "sought to mend ties after X's tariffs" does not: a wish
    // on another verb reaches a measure in that verb's own phrase, not one in an adjunct of time.
    if (v.control.some((c) => THREAT_WORDS.has(c)) && !(lowers && adjunctBetween(lowers, v.te, t.at))) return true;
    // "X's threat to double tariffs on Y", "plans to raise duties": an infinitive on a noun of threat.
    const before = lowers && v.infinitive ? lowers[v.ts - 1] : undefined;
    if (before && THREAT_NOUNS.has(nounSingular(before))) return true;
    // "Y will face higher tariffs unless it stops …": a tariff on a condition is a threat.
    if (t.ctx && lowers) {
      const end = t.ctx.sentences[t.ctx.tokens[t.at]!.sentence]!.tokenEnd;
      for (let k = t.at + 1; k < end; k++) if (lowers[k] === "unless") return true;
    }
    // "would impose", "could raise": a conditional measure; "will impose … starting March 1" a dated
    // one; "X said he would slap a 25% tariff starting August 1": a reported "will" of a tariff
    // still to start (for "would", without "from").
    if (v.modal && IMPOSING.has(v.lemma)) {
      // "China announced it would raise its levies": a reported "will", not a threat.
      if (/^(would|could|may|might)$/.test(v.modal) && !(t.ctx && reportedWill(t.ctx, cl))) return true;
      const text = t.ctx && lowers ? ownStretch(t.ctx, lowers, t.at) : t.sentenceText;
      if (text && ((v.modal === "will" && STARTS_FROM.test(text)) || (v.modal === "would" && STARTS.test(text))))
        return true;
    }
  }
  // "X threatened that Y's goods would be subject to tariffs": the clause before threatens.
  if (cl && t.reading) {
    const at = t.reading.clauses.indexOf(cl);
    const before = at > 0 ? t.reading.clauses[at - 1] : undefined;
    if (
      before &&
      THREAT_WORDS.has(before.verb.lemma) &&
      cl.verb.modal &&
      /^(would|could|will|may|might)$/.test(cl.verb.modal)
    )
      return true;
  }
  // "X announced a 25% tariff on Y, which is set to take effect on Aug. 1": a tariff announced for
  // later is not in force yet, a threat (not "announced tariffs that took effect").
  if (
    cl &&
    !cl.verb.negated &&
    ANNOUNCING.has(cl.verb.lemma) &&
    t.ctx &&
    TAKES_EFFECT_LATER.test(
      t.ctx.text.slice(t.ctx.tokens[t.at]!.end, t.ctx.sentences[t.ctx.tokens[t.at]!.sentence]!.end),
    )
  )
    return true;
  // "its threatened tariffs", "proposed duties".
  if (t.chunk && t.reading && /\b(threatened|proposed|planned|possible|potential)\b/i.test(t.chunkText ?? ""))
    return true;
  // "the threat of tariffs": the trigger phrase hangs on a noun of threat.
  let p = t.chunk ? r.parentOf.get(t.chunk) : undefined;
  for (let guard = 0; p && guard < 3; guard++) {
    if (THREAT_NOUNS.has(nounSingular(p.chunk.headWord))) return true;
    p = r.parentOf.get(p.chunk);
  }
  return false;
}

/** Every registered entry's triggers: verb lemma or noun → the entries it may start. */
const TRIGGERS = {
  verbs: new Map<string, PredicateEntry[]>(),
  nouns: new Map<string, PredicateEntry[]>(),
  adverbs: new Map<string, PredicateEntry[]>(),
};

/** Bumped each time entries are indexed: the token forms hold trigger lists of a version. */
let triggersVersion = 0;

function indexTriggers(entries: readonly PredicateEntry[]): void {
  triggersVersion++;
  for (const e of entries) {
    for (const v of e.verbs ?? []) TRIGGERS.verbs.set(v, [...(TRIGGERS.verbs.get(v) ?? []), e]);
    for (const a of e.adverbs ?? []) TRIGGERS.adverbs.set(a, [...(TRIGGERS.adverbs.get(a) ?? []), e]);
    for (const n of e.nouns ?? []) {
      const head = n.split(" ").at(-1)!;
      TRIGGERS.nouns.set(head, [...(TRIGGERS.nouns.get(head) ?? []), e]);
    }
  }
}

/** The triggers of one list of entries (a rule's rows), built once per list. */
const INDEXES = new WeakMap<
  readonly PredicateEntry[],
  {
    verbs: Map<string, PredicateEntry[]>;
    nouns: Map<string, PredicateEntry[]>;
    adverbs: Map<string, PredicateEntry[]>;
  }
>();

/**
 * A token text's forms, and what they trigger: the entries whose noun (its singular or itself),
 * verb (its lemma) or adverb it is, in that order, each entry once. Made once per text.
 */
interface Form {
  lower: string;
  singular: string;
  lemma: string;
  /** A trigger noun as written or in the singular (for `nounHits`). */
  noun: boolean;
  triggers: PredicateEntry[] | undefined;
}

/** The slot of each token text's facts (stage 2's `tokenFacts`) holding its `Form`: a document repeats its words, a corpus too. */
let formSlot = -1;
/** The `TRIGGERS` version the forms were made with: registering entries again remakes them (in a new slot). */
let formsVersion = -1;

/** Per document: each token's lower-case form, noun singular and verb lemma, and the token's `Form`. */
interface Forms {
  lower: readonly string[];
  singular: string[];
  lemma: string[];
  form: Form[];
}
const FORMS = new DocumentCache<RuleContext, Forms>();

function formOf(text: string): Form {
  const lower = text.toLowerCase();
  const singular = nounSingular(lower);
  const lemma = verbLemma(lower);
  const lists = [
    TRIGGERS.nouns.get(singular),
    TRIGGERS.nouns.get(lower),
    TRIGGERS.verbs.get(lemma),
    TRIGGERS.adverbs.get(lower),
  ];
  let triggers: PredicateEntry[] | undefined;
  for (const list of lists) {
    if (!list) continue;
    triggers ??= [];
    for (const e of list) if (!triggers.includes(e)) triggers.push(e);
  }
  const noun = TRIGGERS.nouns.has(singular) || TRIGGERS.nouns.has(lower);
  return { lower, singular, lemma, noun, triggers };
}

function forms(ctx: RuleContext): Forms {
  let f = FORMS.get(ctx);
  if (f) return f;
  const n = ctx.tokens.length;
  // The lower case is stage 2's (the same strings), read, never changed.
  f = { lower: lowerCaseTexts(ctx.tokens), singular: new Array(n), lemma: new Array(n), form: new Array(n) };
  if (formsVersion !== triggersVersion) {
    formSlot = newTextSlot();
    formsVersion = triggersVersion;
  }
  const facts = tokenFacts(ctx.tokens);
  for (let k = 0; k < n; k++) {
    const slots = facts[k]!.slots;
    let x = slots[formSlot] as Form | undefined;
    if (!x) slots[formSlot] = x = formOf(ctx.tokens[k]!.text);
    f.singular[k] = x.singular;
    f.lemma[k] = x.lemma;
    f.form[k] = x;
  }
  FORMS.set(ctx, f);
  return f;
}

/** Per document: each lower-case word's sentences, in order, built in one pass over the tokens. */
const WORD_SENTENCES = new DocumentCache<RuleContext, Map<string, number[]>>();

function wordIndex(ctx: RuleContext): Map<string, number[]> {
  let index = WORD_SENTENCES.get(ctx);
  if (!index) {
    index = new Map();
    const { lower } = forms(ctx);
    for (let k = 0; k < lower.length; k++) {
      const w = lower[k]!;
      const sentence = ctx.tokens[k]!.sentence;
      const list = index.get(w);
      if (!list) index.set(w, [sentence]);
      else if (list[list.length - 1] !== sentence) list.push(sentence);
    }
    WORD_SENTENCES.set(ctx, index);
  }
  return index;
}

/**
 * The sentences holding at least one of `words` (lower case), in order, from the document's word
 * index (shared by the rules: a cheap trigger check before a scan of the sentence). Read it, never
 * change it: a single word's list is the index's own.
 */
export function sentencesWith(ctx: RuleContext, words: ReadonlySet<string>): readonly number[] {
  const index = wordIndex(ctx);
  const lists: number[][] = [];
  for (const w of words) {
    const list = index.get(w);
    if (list) lists.push(list);
  }
  if (lists.length <= 1) return lists[0] ?? NO_SENTENCES;
  // The union of sorted lists, in order: a mark per sentence, then one pass over the marked range
  // (no set, no sort).
  let lo = Number.POSITIVE_INFINITY;
  let hi = -1;
  for (const list of lists) {
    lo = Math.min(lo, list[0]!);
    hi = Math.max(hi, list[list.length - 1]!);
  }
  const marked = new Uint8Array(hi - lo + 1);
  for (const list of lists) for (const i of list) marked[i - lo] = 1;
  const out: number[] = [];
  for (let k = 0; k < marked.length; k++) if (marked[k]) out.push(k + lo);
  return out;
}

/** Per document, read once: the sentences where each entry's trigger words occur. */
const CANDIDATES = new DocumentCache<RuleContext, Map<PredicateEntry, number[]>>();

function candidates(ctx: RuleContext): Map<PredicateEntry, number[]> {
  let map = CANDIDATES.get(ctx);
  if (map) return map;
  map = new Map();
  const { form } = forms(ctx);
  for (const s of ctx.sentences) {
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const list = form[i]!.triggers;
      if (!list) continue;
      for (const e of list) {
        let sentences = map.get(e);
        if (!sentences) map.set(e, (sentences = []));
        if (sentences[sentences.length - 1] !== s.i) sentences.push(s.i);
      }
    }
  }
  CANDIDATES.set(ctx, map);
  return map;
}

/** A trigger phrase's words, split once. */
const WORDS_OF = new Map<string, string[]>();

function wordsOf(phrase: string): string[] {
  let words = WORDS_OF.get(phrase);
  if (!words) WORDS_OF.set(phrase, (words = phrase.split(" ")));
  return words;
}

/** What a lookup that finds nothing iterates over (one array, not a new one per miss). */
const NO_ENTRIES: readonly PredicateEntry[] = [];
const NO_SENTENCES: readonly number[] = [];

/**
 * Whether one of `nouns` (an entry's phrases) has head `w` or `raw` and its words before the head
 * (singular) end at token `k`; a phrase past the document's start matches nothing. A function,
 * not a closure in `applyEntries`' loop over the noun hits (a closure would cost a context per hit).
 */
function nounPhraseAt(ctx: RuleContext, nouns: readonly string[], k: number, w: string, raw: string): boolean {
  for (const phrase of nouns) {
    const words = wordsOf(phrase);
    const head = words.at(-1);
    if (head !== w && head !== raw) continue;
    if (words.length === 1) return true;
    const from = k - words.length + 1;
    if (from < 0) continue;
    const { singular } = forms(ctx);
    let j = 0;
    while (j < words.length - 1 && singular[from + j] === words[j]) j++;
    if (j === words.length - 1) return true;
  }
  return false;
}

/** Runs `entries` over the sentences where their trigger words occur. */
export function applyEntries(ctx: RuleContext, entries: readonly PredicateEntry[]): void {
  if (!lexiconSet) throw new Error("predicates: the entries should be registered before use, found none.");
  let index = INDEXES.get(entries);
  if (!index) {
    const wanted = new Set(entries);
    index = { verbs: new Map(), nouns: new Map(), adverbs: new Map() };
    for (const [k, list] of TRIGGERS.verbs)
      index.verbs.set(
        k,
        list.filter((e) => wanted.has(e)),
      );
    for (const [k, list] of TRIGGERS.nouns)
      index.nouns.set(
        k,
        list.filter((e) => wanted.has(e)),
      );
    for (const [k, list] of TRIGGERS.adverbs) {
      const own = list.filter((e) => wanted.has(e));
      if (own.length) index.adverbs.set(k, own);
    }
    INDEXES.set(entries, index);
  }
  const { verbs, nouns, adverbs } = index;
  const cands = candidates(ctx);
  const sentences = new Set<number>();
  for (const e of entries) for (const i of cands.get(e) ?? NO_SENTENCES) sentences.add(i);
  for (const i of [...sentences].sort((a, b) => a - b)) {
    const s = ctx.sentences[i]!;
    const r = reading(ctx, s.i);
    if (!r) continue;
    for (const cl of r.clauses) {
      // "Chinese-mined or processed rare earths": a participle joined to a hyphenated one modifies
      // the goods after it; it is no clause of its own.
      const own = verbs.get(cl.verb.lemma) ?? NO_ENTRIES;
      // Nothing to trigger on: skip the clause's checks (they only ever skip it).
      if (!own.length && !adverbs.size) continue;
      if (compoundParticiple(ctx, cl)) continue;
      // Read once per clause, for all its entries.
      const blocked = own.length > 0 && (negated(ctx, cl) || refused(ctx, cl));
      for (const e of blocked ? NO_ENTRIES : own) {
        if (NO_AGENT_OF_NOUN_GERUND.has(e.predicate) && e.source.includes("subject") && gerundOfNoun(ctx, cl, s.i))
          continue;
        if (e.doneOnly && !pastVerbGroup(ctx, cl)) continue;
        if (e.objectHeads) {
          const heads = cl.patient?.items.map((c) => nounSingular(c.headWord)) ?? [];
          if (!heads.some((h) => e.objectHeads!.includes(h))) continue;
        }
        fire(
          ctx,
          r,
          e,
          { ctx, clause: cl, at: cl.verb.head, word: cl.verb.lemma, reading: r, sentenceText: s.text },
          s.i,
        );
      }
      // "X and Y will jointly develop …": an adverb of the verb group (or right after it) triggers.
      if (adverbs.size) {
        for (let k = cl.verb.ts; k <= cl.verb.te && k < s.tokenEnd; k++) {
          for (const e of adverbs.get(forms(ctx).lower[k]!) ?? NO_ENTRIES) {
            if (negated(ctx, cl)) continue;
            fire(
              ctx,
              r,
              e,
              { ctx, clause: cl, at: cl.verb.head, word: cl.verb.lemma, reading: r, sentenceText: s.text },
              s.i,
            );
          }
        }
      }
    }
    for (const { c, k, raw, w } of nounHits(ctx, r)) {
      const list = nouns.get(w) ?? (raw !== w ? nouns.get(raw) : undefined);
      if (!list) continue;
      const cl = r.clauseOf.get(c);
      for (const e of list) {
        // One of the entry's phrases with this head must match the words before it.
        if (!nounPhraseAt(ctx, e.nouns!, k, w, raw)) continue;
        fire(
          ctx,
          r,
          e,
          {
            ctx,
            clause: cl,
            chunk: c,
            at: k,
            word: w,
            reading: r,
            sentenceText: s.text,
            chunkText: span(ctx, c.ts, c.te),
          },
          s.i,
        );
      }
    }
  }
}

/** Heads that stand for a good named before: "the metal", "the sector", "the market". */
const GOOD_ANAPHORS: ReadonlySet<string> = new Set([
  "metal",
  "mineral",
  "element",
  "commodity",
  "material",
  "sector",
  "market",
  "industry",
  "segment",
  "supply",
  "production",
  "output",
  "trade",
]);

/** The stages of a good's making: "dominance in refining and processing". */
const MAKING_STAGES: ReadonlySet<string> = new Set([
  "refining",
  "processing",
  "mining",
  "smelting",
  "separation",
  "extraction",
  "manufacturing",
]);

/**
 * Nouns of a dominance over a market (the `market-dominance` row's first nouns), whose good may be
 * the passage's when their object is a making stage.
 */
export const DOMINANCE_NOUNS: readonly string[] = [
  "dominance",
  "monopoly",
  "near-monopoly",
  "stranglehold",
  "grip",
  "chokehold",
];
const DOMINANCE_NOUN_SET: ReadonlySet<string> = new Set(DOMINANCE_NOUNS);

/** Nouns of one who makes or sells, whose good may be the passage's: "the world's largest producer". */
const AGENT_NOUNS: ReadonlySet<string> = new Set([
  "producer",
  "supplier",
  "processor",
  "refiner",
  "miner",
  "exporter",
  "maker",
  "manufacturer",
  "smelter",
]);

/**
 * Whether the trigger leaves its good unwritten: a noun with no "of / in / for" attachment ("the
 * world's largest producer."), or whose attachment or object is a word standing for a good named
 * before ("dominating the sector", "90% of the market", "a monopoly on the metal").
 */
function elidedGood(ctx: RuleContext, r: SentenceReading<M>, t: Trigger): boolean {
  // A definite phrase: "the metal", "this market", "its production" (not "a critical global market").
  const anaphor = (c: Chunk<M>) =>
    !c.entity &&
    !c.modifiers.length &&
    !c.possessor &&
    !c.pps.length &&
    GOOD_ANAPHORS.has(nounSingular(c.headWord)) &&
    /^(?:the|this|that|its)$/i.test(ctx.tokens[c.ts]!.text);
  // "dominance in refining and processing", "its grip on the supply chain": the stages of a good's
  // making, or its chain, stand for the good the passage is about.
  const stage = (c: Chunk<M>) =>
    !c.entity &&
    !c.possessor &&
    !c.pps.length &&
    (MAKING_STAGES.has(c.headWord.toLowerCase()) ||
      (c.headWord.toLowerCase() === "chain" && /^supply$/i.test(ctx.tokens[c.head - 1]?.text ?? "")));
  const args: Arg<M>[] = [];
  if (t.chunk) {
    const pp = t.chunk.pps.find((p) => /^(?:of|in|for|on|over)$/.test(p.prep));
    if (pp && DOMINANCE_NOUN_SET.has(t.word) && pp.arg.items.length && pp.arg.items.every(stage)) return true;
    if (!pp) {
      // "Shipments to X rose 35%": a bare flow of goods names the passage's good by its direction.
      // Only in a passage on a flow: the sentence before tells of one too ("Y exports to Z fell").
      if (
        FLOW_NOUNS.has(nounSingular(t.word)) &&
        !t.chunk.modifiers.length &&
        !t.chunk.possessor &&
        t.chunk.pps.some((p) => p.prep === "to" || p.prep === "into")
      ) {
        const before = ctx.sentences[ctx.tokens[t.at]!.sentence - 1];
        return !!before && FLOW_TEXT.test(before.text);
      }
      // Only one who makes or sells stands alone ("the world's largest producer."), not "X's grip".
      if (!AGENT_NOUNS.has(t.word)) return false;
      // Nothing after the trigger noun but the sentence's end or a clause break.
      const next = ctx.tokens[t.chunk.te]?.text ?? ".";
      return /^(?:[.,;:]|and|but|while|with)$/.test(next) && !r.parentOf.has(t.chunk);
    }
    args.push(pp.arg);
  } else if (t.clause) {
    const p = logical(ctx, r, t.clause).patient;
    if (p) {
      args.push(p);
      for (const c of p.items) for (const pp of c.pps) if (pp.prep === "of") args.push(pp.arg);
    }
  }
  return args.some((a) => a.items.length === 1 && anaphor(a.items[0]!));
}

/**
 * Whether a clause's verb is a bare participle that qualifies the noun after it: coordinated with a
 * hyphenated one ("X-mined or processed Y"), or after a determiner ("imports of all processed Y").
 */
function compoundParticiple(ctx: RuleContext, cl: Clause<M>): boolean {
  const tk = ctx.tokens;
  const k = cl.verb.ts;
  const h = cl.verb.head;
  // "imports of all processed critical minerals", "products incorporating such processed Y": a
  // participle after a determiner or a quantifier qualifies the noun after it.
  if (
    /^(?:all|the|a|an|any|some|these|those|such|its|their|of)$/i.test(tk[h - 1]?.text ?? "") &&
    /ed$/i.test(tk[h]!.text) &&
    isParticiple(tk[h]!.text) &&
    cl.objects[0]?.ts === h + 1
  )
    return true;
  if (cl.verb.te - cl.verb.ts !== 1 || !/^(?:or|and)$/i.test(tk[k - 1]?.text ?? "")) return false;
  const before = tk[k - 2];
  const dash = tk[k - 3];
  return (
    !!before &&
    !!dash &&
    dash.text === "-" &&
    before.start === dash.end &&
    isParticiple(before.text) &&
    isParticiple(tk[k]!.text)
  );
}

/** Nouns of goods flowing to a buyer: bare ("exports to X"), their good is the passage's. */
const FLOW_NOUNS: ReadonlySet<string> = new Set(["export", "import", "shipment", "delivery"]);
const FLOW_TEXT = /\b(?:exports?|imports?|shipments?|deliveries|exported|imported|shipped)\b/i;

/** The good a passage is about: the first one named earlier in the sentence, else in the sentence before. */
function topicGood(
  ctx: RuleContext,
  t: Trigger,
  sentence: number,
  types: EntityType[],
  sources: { x: M; c: Chunk<M> }[],
): { x: M; c: Chunk<M> } | undefined {
  const own = new Set(sources.map((s) => s.x.e));
  const pick = (i: number, before: number) => {
    const x = mentionsIn(ctx, i).find((y) => types.includes(y.e.type) && y.m.te <= before && !own.has(y.e));
    return x ? spanOf(x) : undefined;
  };
  const x = pick(sentence, t.at) ?? (sentence > 0 ? pick(sentence - 1, Number.POSITIVE_INFINITY) : undefined);
  if (!x) return undefined;
  const c: Chunk<M> = { ts: x.ts, te: x.te, head: x.te - 1, headWord: "", entity: x, modifiers: [], pps: [] };
  return { x, c };
}

/** An `alsoState` entry's source types with those that may stand for a state, made once per entry. */
const STATE_SOURCE_TYPES = new WeakMap<PredicateEntry, EntityType[]>();

function stateSourceTypes(e: PredicateEntry): EntityType[] {
  let types = STATE_SOURCE_TYPES.get(e);
  if (!types) {
    types = [...new Set([...e.sourceTypes, "Person", "Agency", "Country", "Place"] as EntityType[])];
    STATE_SOURCE_TYPES.set(e, types);
  }
  return types;
}

/**
 * Whether phrase `c` is an object of clause `cl` or the object of one of its prepositions ("X is not
 * retaliating with tariffs against Y"): a negated verb denies it, whatever the verb.
 */
function argumentOf(cl: Clause<M>, c: Chunk<M>): boolean {
  return cl.objects.some((a) => a.items.includes(c)) || cl.pps.some((p) => p.arg.items.includes(c));
}

/**
 * The person of state `state` who threatens or warns in the clause right before the trigger's
 * ("X warned that Y could face tariffs", "X threatened that Y's goods would be taxed"); else undefined.
 */
function threatSpeaker(
  ctx: RuleContext,
  r: SentenceReading<M>,
  t: Trigger,
  state: LocalEntity,
): LocalEntity | undefined {
  const at = t.clause ? r.clauses.indexOf(t.clause) : -1;
  const before = at > 0 ? r.clauses[at - 1] : undefined;
  if (!before || negated(ctx, before) || !THREAT_WORDS.has(before.verb.lemma)) return undefined;
  // "X never warned …": an adverb of negation right before the group.
  if (/^(never|not)$/i.test(ctx.tokens[before.verb.ts - 1]?.text ?? "")) return undefined;
  for (const c of before.subject?.items ?? []) {
    const x = c.entity;
    if (x?.e.type === "Person" && stateOf(ctx, x, c) === state) return x.e;
  }
  return undefined;
}

function fire(ctx: RuleContext, r: SentenceReading<M>, e: PredicateEntry, t: Trigger, sentence: number): void {
  if (e.exclude || e.require) {
    const c = t.chunk;
    const first = c?.pps[0];
    // "one of the largest producers": the share word before the phrase is read with it.
    const share = c ? r.parentOf.get(c) : undefined;
    const one =
      share && share.prep === "of" && ONE_OF.has(share.chunk.headWord)
        ? `${share.chunk.headWord} of `
        : c && t.clause?.pps.some((pp) => pp.prep === "among" && inArg(pp.arg, c))
          ? "among "
          : "";
    const text = (
      c
        ? `${one}${span(ctx, c.ts, c.te)} ${first ? `${first.prep} ${span(ctx, first.arg.ts, first.arg.te)}` : ""}`
        : span(ctx, t.clause?.verb.ts ?? t.at, t.clause?.te ?? t.at + 1)
    ).toLowerCase();
    if (e.exclude?.test(text)) return;
    // A partnership noun's purpose ("a framework to resolve the trade dispute", "accords to reopen
    // trade channels"): what the instrument is for is read with it.
    if (c && e.exclude && e.excludeInPurpose && e.exclude.test(purposeAfter(ctx, first ? first.arg.te : c.te))) return;
    // A verb's required words may sit in its attachments ("accounts for 40% of the output of Y").
    const rest = c ? text : span(ctx, t.clause?.verb.ts ?? t.at, ctx.sentences[sentence]!.tokenEnd).toLowerCase();
    if (e.require && !e.require.test(rest)) return;
  }
  if (t.chunk && e.notUnder) {
    let p = r.parentOf.get(t.chunk);
    for (let n = 0; p && n < 3; n++, p = r.parentOf.get(p.chunk))
      if (e.notUnder.includes(nounSingular(p.chunk.headWord.toLowerCase()))) return;
  }
  const under = t.chunk && e.hostNotUnder ? r.parentOf.get(t.chunk)?.chunk.headWord : undefined;
  const hostOk =
    !(under && e.hostNotUnder!.includes(under)) &&
    (!e.hostVerbs ||
      (!!t.clause &&
        (e.hostVerbs.includes(t.clause.verb.lemma) || t.clause.verb.control.some((v) => e.hostVerbs!.includes(v)))));
  if (t.chunk && t.clause && negated(ctx, t.clause) && (hostOk || argumentOf(t.clause, t.chunk))) return;
  // "X denies that it buys Y": the clause a denial governs is not told as done.
  if (t.clause && governing(ctx, r, t.clause)?.verb.lemma === "deny") return;
  if (t.chunk && t.clause && e.hostVerbs && hostOk && refused(ctx, t.clause)) return;
  if (e.factual && t.clause && wished(t.clause) && !reportedWill(ctx, t.clause)) return;
  if (e.factual && t.clause && unrealClause(ctx, r, t.clause)) return;
  if (e.factual && e.predicate === "PARTNERED_WITH" && t.clause && pendingDeal(ctx, r, t.clause)) return;
  if (e.blockVerbs && t.clause && e.blockVerbs.includes(t.clause.verb.lemma)) return;
  if (e.finite && !t.chunk && t.clause && nonFinite(ctx, t.clause)) return;
  const sourceTypes = e.alsoState ? stateSourceTypes(e) : e.sourceTypes;
  let targets = firstRole(t, e.target, e.targetTypes, hostOk);
  // The trigger phrase's own possessor ("X's largest shareholder") is an argument, not a modifier.
  if (e.targetHeadOnly)
    targets = targets.filter(
      (x) =>
        x.c.entity === x.x || (x.c === t.chunk && x.c.possessor === x.x) || !e.targetHeadOnly!.includes(x.x.e.type),
    );
  if (e.stateTargetHeadOnly)
    targets = targets.filter(({ x, c }) => x.e.type !== "Country" || c === t.chunk || !namedOnlyByModifier(x, c));
  // "a tariff on U.S. imports of copper": the state that buys the goods taxes them; it is no target.
  if (e.predicate === "IMPOSED_TARIFF") targets = targets.filter((x) => !importerAt(ctx, x.x.m.te));
  let sources = firstRole(t, e.source, sourceTypes, hostOk);
  if (e.sourceHeadOnly) sources = sources.filter(({ x, c }) => c === t.chunk || !namedOnlyByModifier(x, c));
  if (!targets.length && e.topicGood && sources.length && elidedGood(ctx, r, t)) {
    const topic = topicGood(ctx, t, sentence, e.targetTypes, sources);
    if (topic) targets = [topic];
  }
  // "the tariffs on Indian goods" in a story about two countries: the other one.
  if (
    !sources.length &&
    e.source.includes("other-side") &&
    targets.length === 1 &&
    targets[0]!.x.e.type === "Country"
  ) {
    const pair = mainCountryPair(ctx);
    const target = targets[0]!.x.e;
    const other = pair?.[0] === target ? pair[1] : pair?.[1] === target ? pair[0] : undefined;
    // A tariff's other side must be written in the sentence, itself, its capital or one of its people
    // ("The US floated tariffs on Y", "Z's president said he would slap …"): the story's pair alone is a guess.
    const written =
      !!other &&
      (e.predicate !== "IMPOSED_TARIFF" ||
        mentionsIn(ctx, sentence).some(
          (x) =>
            x.e === other ||
            (x.e.type !== "Country" && stateOf(ctx, spanOf(x)) === other) ||
            // "Brussels" acting is the European Union.
            blocSeatedIn(x.e.name) === other.name,
        ));
    if (other && written) {
      const predicate = e.whenThreatened && threatened(r, t) ? e.whenThreatened : e.predicate;
      // "X warned that Y could face tariffs": the one who warns threatens in his own name too.
      const speaker = predicate === "THREATENED_TARIFF" ? threatSpeaker(ctx, r, t, other) : undefined;
      for (const a of speaker ? [speaker, other] : [other])
        emitRelation(ctx, a, predicate, target, sentence, e.id, attributes(ctx, e, t, targets[0]), 0.6);
    }
    return;
  }
  let predicate = e.predicate;
  if (e.whenThreatened && threatened(r, t)) predicate = e.whenThreatened;
  // The actors: persons and agencies give their state when the predicate wants one.
  const actors: LocalEntity[] = [];
  for (const { x, c } of sources) {
    if (
      e.sourceTypes.includes(x.e.type) &&
      (x.e.type !== "Person" || predicate !== e.predicate || e.predicate !== "IMPOSED_TARIFF")
    )
      actors.push(x.e);
    // A person who threatens does so in his own name only (not also his state's).
    const ownThreat = predicate === "THREATENED_TARIFF" && x.e.type === "Person" && actors.includes(x.e);
    if (e.alsoState && !ownThreat && x.e.type !== "Country" && (e.alsoState !== "person" || x.e.type === "Person")) {
      const state = stateOf(ctx, x, c);
      if (state && e.sourceTypes.includes("Country")) actors.push(state);
    }
  }
  if (e.pairs && actors.length >= 2 && (!targets.length || predicate === "PARTNERED_WITH")) {
    for (let i = 0; i < actors.length; i++)
      for (let j = i + 1; j < actors.length; j++)
        if (actors[i] !== actors[j] && e.targetTypes.includes(actors[j]!.type))
          emitRelation(
            ctx,
            actors[i]!,
            predicate,
            actors[j]!,
            sentence,
            e.id,
            attributes(ctx, e, t, undefined),
            e.confidence ?? 0.7,
          );
    if (!targets.length) return;
  }
  if (!actors.length || !targets.length) return;
  // Targets that are also the actor (a country named twice) drop out.
  targets = targets.filter((x) => !actors.includes(x.x.e));
  for (const target of targets) {
    const attrs = attributes(ctx, e, t, target);
    for (const a of new Set(actors)) {
      if (predicate === "THREATENED_TARIFF" || a.type !== "Person" || e.sourceTypes.includes("Person"))
        emitRelation(ctx, a, predicate, target.x.e, sentence, e.id, attrs, e.confidence ?? 0.7);
    }
  }
}

function attributes(
  ctx: RuleContext,
  e: PredicateEntry,
  t: Trigger,
  target: { x: M; c: Chunk<M> } | undefined,
): Record<string, string> {
  const out: Record<string, string> = {};
  if (!e.attributes?.length) return out;
  const c = t.chunk;
  const own = c ? span(ctx, c.ts, c.te) : "";
  const cl = t.clause;
  const a = Math.min(cl?.ts ?? t.at, c?.ts ?? t.at);
  const b = Math.max(cl?.te ?? t.at + 1, c?.te ?? t.at + 1);
  const window = span(ctx, a, b);
  const sentence = ctx.sentences[ctx.tokens[t.at]!.sentence]!.text;
  const fromTrigger = ctx.text.slice(ctx.tokens[t.at]!.start, ctx.sentences[ctx.tokens[t.at]!.sentence]!.end);
  for (const name of e.attributes) {
    if (name === "rate") {
      const m = PERCENT.exec(own) ?? PERCENT.exec(window);
      if (m) out.rate = `${m[1]}%`;
    } else if (name === "amount") {
      const tokens = ctx.tokens;
      const amount =
        (c ? readAmount(ctx.text, tokens[c.ts]!.start, tokens[c.te - 1]!.end) : undefined) ??
        readAmount(ctx.text, tokens[a]!.start, tokens[b - 1]!.end);
      if (amount) out.amount = amount;
    } else if (name === "kind") {
      const k =
        e.kind ??
        KINDS[t.word] ??
        (c && /\bequity\b/i.test(own) ? "equity" : undefined) ??
        (e.verbs?.includes(t.word) ? KINDS[KIND_NOUN.exec(window)?.[1]?.toLowerCase() ?? ""] : undefined);
      if (k) out.kind = k;
    } else if (name === "share") {
      const m = SHARE.exec(fromTrigger) ?? SHARE.exec(window);
      if (m) out.share = m[0].trim();
    } else if (name === "quantity") {
      const m = QUANTITY.exec(window);
      if (m) out.quantity = m[0];
    } else if (name === "duration") {
      const m = DURATION.exec(window) ?? DURATION.exec(sentence);
      if (m?.[1]) out.duration = m[1];
    } else if (name === "date") {
      // The date of this measure, not of another tariff the sentence names after it.
      const m = DATE.exec(ownStretch(ctx, lowerCaseTexts(ctx.tokens), t.at));
      if (m?.[1]) out.date = m[1];
    } else if (name === "from" && target) {
      const from = [...target.c.modifiers, ...(target.c.possessor ? [target.c.possessor] : [])].find(
        (m) => m.e.type === "Country",
      );
      const pp = target.c.pps.find((p) => p.prep === "from");
      const fromPp = pp ? argEntities(pp.arg, ["Country"])[0]?.x : undefined;
      const country = from ?? fromPp;
      if (country) out.from = country.e.name;
    }
  }
  return out;
}
