// Financing letters: a lender's written offer of money to a firm ("a letter of interest", "a letter
// of intent for a loan", "LoIs") is read as the lender's investment in the firm, as the gold reads
// export-credit and development-bank letters. Three readings of a clause whose object or subject is
// such a letter: "X issued / sent a letter of interest to Y" (the agent lends to the "to" phrase),
// "Y received / secured a letter of intent from X" (the "from" phrase lends to the agent), and "The
// letters were issued to A, B and C" (a passive with no agent: the issuer of the letters the
// sentence before or the one before that named). Called by the investment rule (./trade.ts) after
// the investment frame; a regex over the sentence first.

import type { Arg, Chunk, Clause, SentenceReading } from "../syntax/clauses.ts";
import { logical, type M, sentenceReading } from "../syntax/predicates.ts";
import type { EntityType } from "../types.ts";
import { emitRelation } from "./emit.ts";
import { named } from "./investment-frame.ts";
import type { RuleContext } from "./types.ts";

/** Cheap sentence test: a word of a financing letter (see `isLetter`). */
const LETTER_TEXT = /\b(?:letters?|LoIs?)\b/i;

/** What a letter of intent is for, when it is one of money (it may be one of a purchase or a supply). */
const MONEY_TEXT = /\b(?:loans?|financ\w*|fund\w*|credit|lend\w*|grants?|debt)\b/i;

/** Verbs whose agent sends the letter to the "to" phrase. */
/** ("sent": the lemmatiser knows no irregular past of "send".) */
const SEND_VERBS: ReadonlySet<string> = new Set([
  "issue",
  "send",
  "sent",
  "grant",
  "provide",
  "give",
  "extend",
  "deliver",
]);

/** Verbs whose agent is given the letter by the "from" phrase. */
const RECEIVE_VERBS: ReadonlySet<string> = new Set(["receive", "secure", "obtain", "win", "get", "land", "publish"]);

const LENDERS: ReadonlySet<EntityType> = new Set(["Agency", "Company", "Country", "Organization"]);
const BORROWERS: ReadonlySet<EntityType> = new Set(["Company"]);

/**
 * Whether phrase `c` is a financing letter: "a letter of interest", "letters of intent", "the LoIs";
 * "the letters" when the sentence before or the one before that named the letters' issuer.
 */
function isLetter(ctx: RuleContext, c: Chunk<M>, sentence: string, issued: boolean): boolean {
  const head = c.headWord.toLowerCase();
  if (head === "loi" || head === "lois") return true;
  if (head !== "letter" && head !== "letters") return false;
  const { tokens } = ctx;
  const of = tokens[c.head + 1]?.text.toLowerCase() === "of" ? tokens[c.head + 2]?.text.toLowerCase() : undefined;
  if (of === "interest") return true;
  // A letter of intent or support is one of money only in a sentence about money.
  if (of === "intent" || of === "support") return MONEY_TEXT.test(sentence);
  return !of && issued && /^(?:the|these|those)$/i.test(tokens[c.ts]!.text);
}

/** The named entities of an argument, of the types asked. */
function names(arg: Arg<M> | undefined, types: ReadonlySet<EntityType>): M[] {
  return arg ? arg.items.flatMap((c) => named(c, types, false)) : [];
}

/** The clause that holds phrase `c` as its subject, patient or an object. */
function clauseOf(r: SentenceReading<M>, c: Chunk<M>): Clause<M> | undefined {
  return r.clauses.find(
    (cl) =>
      cl.objects.some((o) => o.items.includes(c)) || cl.subject?.items.includes(c) || cl.patient?.items.includes(c),
  );
}

/** The names of the "from" list right after phrase `c` ("a letter of intent from X"), or of the clause's "from" phrase. */
function fromNames(r: SentenceReading<M>, cl: Clause<M>, c: Chunk<M>): M[] {
  const own = c.pps.filter((p) => p.prep === "from").flatMap((p) => names(p.arg, LENDERS));
  if (own.length) return own;
  const direct = cl.pps.filter((p) => p.prep === "from").flatMap((p) => names(p.arg, LENDERS));
  if (direct.length) return direct;
  // "a letter of intent for a possible loan of $120 million from X": the "from" of the money noun
  // the letter is for.
  const out: M[] = [];
  for (const p of c.pps)
    if (p.prep === "for")
      for (const it of p.arg.items)
        out.push(...it.pps.filter((q) => q.prep === "from").flatMap((q) => names(q.arg, LENDERS)));
  if (out.length) return out;
  for (const k of r.chunks)
    if (k.ts >= c.te && k.ts <= cl.te + 1) {
      const p = r.parentOf.get(k);
      if (p?.prep === "from" && k.entity && LENDERS.has(k.entity.e.type)) out.push(k.entity);
    }
  return out;
}

/** Emits INVESTED_IN from each lender to each borrower (a loan). */
function emit(ctx: RuleContext, lenders: M[], borrowers: M[], si: number, rule: string): void {
  for (const l of lenders)
    for (const b of borrowers)
      if (l.e !== b.e) emitRelation(ctx, l.e, "INVESTED_IN", b.e, si, rule, { kind: "loan" }, 0.6);
}

/** Reads the financing letters of the document's sentences. */
export function financingLetters(ctx: RuleContext, rule: string): void {
  // The issuer of the letters last named with one, and the sentence it was named in.
  let issuer: { si: number; m: M[] } | undefined;
  for (const s of ctx.sentences) {
    if (!LETTER_TEXT.test(s.text)) continue;
    const r = sentenceReading(ctx, s.i);
    if (!r) continue;
    for (const c of r.chunks) {
      if (!isLetter(ctx, c, s.text, !!issuer && s.i - issuer.si <= 2)) continue;
      const cl = clauseOf(r, c);
      if (!cl || cl.verb.negated) continue;
      const lemma = cl.verb.lemma;
      const to = cl.pps.filter((p) => p.prep === "to").flatMap((p) => names(p.arg, BORROWERS));
      const toOwn = c.pps.filter((p) => p.prep === "to").flatMap((p) => names(p.arg, BORROWERS));
      if (!cl.verb.passive && (SEND_VERBS.has(lemma) || cl.verb.control.some((v) => SEND_VERBS.has(v)))) {
        const lenders = names(logical(ctx, r, cl).agent, LENDERS);
        if (lenders.length) issuer = { si: s.i, m: lenders };
        emit(ctx, lenders, [...to, ...toOwn], s.i, rule);
      } else if (!cl.verb.passive && RECEIVE_VERBS.has(lemma)) {
        const borrowers = names(logical(ctx, r, cl).agent, BORROWERS);
        const lenders = fromNames(r, cl, c);
        if (lenders.length) issuer = { si: s.i, m: lenders };
        emit(ctx, lenders, borrowers, s.i, rule);
      } else if (cl.verb.passive && SEND_VERBS.has(lemma)) {
        // "The LoIs were issued to A, B and C": by the issuer named, else the one named before.
        let lenders = names(cl.agent !== cl.subject ? cl.agent : undefined, LENDERS);
        if (!lenders.length && issuer && s.i - issuer.si <= 2) lenders = issuer.m;
        emit(ctx, lenders, to, s.i, rule);
      }
    }
  }
}
