// Stage 7: statements. A statement is words inside quotation marks attributed to a named
// speaker: "…," X said; X told reporters: "…"; as X noted, "…"; "…," he said (the last person
// named before). The outlet it came through is read from "according to", "told", "as
// reported by" in the same sentence. Unattributed quotations (scare quotes) and titles of
// programmes or publications (told ABC's "This Week") are not statements.

import { SPEECH_VERBS } from "../lexicon/people.ts";
import { MAX_QUOTE_CHARS, MAX_STATEMENTS_PER_SENTENCE } from "../limits.ts";
import { mentionsIn } from "../rules/emit.ts";
import type { LocalEntity, RuleContext } from "../rules/types.ts";
import type { Statement } from "../types.ts";

// A quotation runs to the next quotation mark, at most MAX_QUOTE_CHARS on: linear in the text.
const QUOTE = new RegExp(`“([^“”]{2,${MAX_QUOTE_CHARS}}?)”|"([^"\\n]{2,${MAX_QUOTE_CHARS}}?)"`, "g");
const PRONOUN = /\b(he|she)\s+(said|says|noted|added|told|wrote|warned|argued|explained|observed|stated)\b/i;

/** Index of the first sentence that ends after `offset` (sentences are in text order), or -1. */
function firstSentenceEndingAfter(ctx: RuleContext, offset: number): number {
  let lo = 0;
  let hi = ctx.sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ctx.sentences[mid]!.end > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo < ctx.sentences.length ? lo : -1;
}

/** Words that may stay in lower case inside a title ("Face the Nation", "Meet the Press"). */
const TITLE_MINOR_WORDS: ReadonlySet<string> = new Set([
  "a",
  "an",
  "and",
  "at",
  "by",
  "for",
  "in",
  "of",
  "on",
  "the",
  "to",
  "with",
]);
/** What may come right before a quoted title: an outlet's possessive, or the kind of work it names. */
const BEFORE_TITLE =
  /(?:['’]s|\b(?:show|programme|program|newspaper|magazine|podcast|book|film|series|column|broadcast|documentary|titled|entitled))\s*$/iu;

/**
 * True when the quotation opening at `open` (its words `inner`) is the title of a programme or
 * publication, not words someone said: a few capitalised words with no closing punctuation, after an
 * outlet's possessive or a noun such as "show" (told ABC's "This Week"; the "Face the Nation"
 * programme is read from the words before it only).
 */
function isTitle(ctx: RuleContext, open: number, inner: string): boolean {
  const words = inner.trim().split(/\s+/);
  if (words.length > 6 || /[.,;:!?…]$/u.test(inner.trim())) return false;
  const titleCase = words.every((w, i) => /^[\p{Lu}\d]/u.test(w) || (i > 0 && TITLE_MINOR_WORDS.has(w)));
  return titleCase && BEFORE_TITLE.test(ctx.text.slice(Math.max(0, open - 40), open));
}

/** Finds attributed quotations in the document. */
export function findStatements(ctx: RuleContext): Statement[] {
  const out: Statement[] = [];
  // Quotations are found in the whole text, so that one running over several sentences
  // ("Details are still limited. But a truce now seems near-certain.") is one statement; each is
  // read in the sentences it touches.
  const bySentence = new Map<
    number,
    { start: number; end: number; text: string; last: number; title: boolean; words: [number, number] }[]
  >();
  QUOTE.lastIndex = 0;
  for (let q = QUOTE.exec(ctx.text); q; q = QUOTE.exec(ctx.text)) {
    const start = q.index + 1;
    const end = q.index + q[0].length - 1;
    // The words quoted: without the spaces around them, nor the comma that ends a quotation before
    // its attribution ("…,” he said).
    const inner = ctx.text.slice(start, end);
    const from = start + (inner.length - inner.trimStart().length);
    const to = Math.max(from, start + inner.replace(/[\s,;:]+$/u, "").length);
    const text = ctx.text.slice(from, to);
    const title = isTitle(ctx, q.index, inner);
    const first = firstSentenceEndingAfter(ctx, q.index);
    if (first < 0) continue;
    let last = first;
    while (last + 1 < ctx.sentences.length && ctx.sentences[last + 1]!.start < end) last++;
    // A quotation longer than a paragraph's worth of sentences is more likely an unmatched mark.
    if (last - first > 4) continue;
    const list = bySentence.get(first) ?? [];
    list.push({ start, end, text, last, title, words: [from, to] });
    bySentence.set(first, list);
  }
  let lastPerson: LocalEntity | null = null;
  for (const s of ctx.sentences) {
    const quotes = bySentence.get(s.i) ?? [];
    const lastSentence = Math.max(s.i, ...quotes.map((q) => q.last));
    const ms: ReturnType<typeof mentionsIn> = [];
    for (let k = s.i; k <= lastSentence; k++) ms.push(...mentionsIn(ctx, k));
    const people = ms.filter((x) => x.e.type === "Person" && !x.e.attributes.pending);
    if (quotes.length) {
      // Outside the quotes: the attribution.
      const from = s.start;
      const to = ctx.sentences[lastSentence]!.end;
      let outside = ctx.text.slice(from, to);
      for (const q of quotes) {
        const a = Math.max(0, q.start - from);
        const b = Math.min(outside.length, q.end - from);
        if (b > a) outside = outside.slice(0, a) + " ".repeat(b - a) + outside.slice(b);
      }
      const lowerOutside = outside.toLowerCase();
      const hasVerb =
        lowerOutside.split(/[^a-z]+/).some((w) => SPEECH_VERBS.has(w)) || /\baccording to\b/.test(lowerOutside);
      const inQuote = (pos: number) => quotes.some((q) => pos >= q.start && pos < q.end);
      const speakers = people.filter((x) => !inQuote(x.m.start));
      let speaker: LocalEntity | null = speakers[0]?.e ?? null;
      if (!speaker && PRONOUN.test(outside) && lastPerson) speaker = lastPerson;
      const via = ms.find((x) => x.e.type === "Media" && !inQuote(x.m.start))?.e ?? null;
      if (speaker && hasVerb) {
        let kept = 0;
        for (const q of quotes) {
          if (kept === MAX_STATEMENTS_PER_SENTENCE) break;
          if (q.title || (q.text.split(/\s+/).length < 2 && !/[a-z]{4,}/.test(q.text))) continue;
          kept++;
          out.push({
            id: `${ctx.doc.id}#s${out.length}`,
            speaker: speaker.id,
            quote: q.text,
            via: via?.id ?? null,
            document: ctx.doc.id,
            start: q.words[0],
            end: q.words[1],
            sentence: s.text,
            rule: speakers.length ? "quote-named-speaker" : "quote-pronoun-speaker",
          });
        }
      }
    }
    const here = people.filter((x) => x.m.sentence === s.i);
    if (here.length) lastPerson = here.at(-1)!.e;
  }
  return out;
}
