// Stage 7: statements. A statement is words inside quotation marks attributed to a named
// speaker: "…," X said; X told reporters: "…"; as X noted, "…"; "…," he said (the last person
// named before). The outlet it came through is read from "according to", "told", "as
// reported by" in the same sentence. Unattributed quotations (scare quotes) are not statements.

import { SPEECH_VERBS } from "../lexicon/people.ts";
import { mentionsIn } from "../rules/emit.ts";
import type { LocalEntity, RuleContext } from "../rules/types.ts";
import type { Statement } from "../types.ts";

const QUOTE = /“([^”]{2,}?)”|"([^"\n]{2,}?)"/g;
const PRONOUN = /\b(he|she)\s+(said|says|noted|added|told|wrote|warned|argued|explained|observed|stated)\b/i;

/** Finds attributed quotations in the document. */
export function findStatements(ctx: RuleContext): Statement[] {
  const out: Statement[] = [];
  let lastPerson: LocalEntity | null = null;
  for (const s of ctx.sentences) {
    const ms = mentionsIn(ctx, s.i);
    const people = ms.filter((x) => x.e.type === "Person" && !x.e.attributes.pending);
    QUOTE.lastIndex = 0;
    const quotes: { start: number; end: number; text: string }[] = [];
    for (let q = QUOTE.exec(s.text); q; q = QUOTE.exec(s.text)) {
      const text = (q[1] ?? q[2] ?? "").trim();
      quotes.push({ start: s.start + q.index + 1, end: s.start + q.index + q[0].length - 1, text });
    }
    if (quotes.length) {
      // Outside the quotes: the attribution.
      let outside = s.text;
      for (const q of quotes) outside = outside.replace(q.text, " ".repeat(q.text.length));
      const lowerOutside = outside.toLowerCase();
      const hasVerb =
        lowerOutside.split(/[^a-z]+/).some((w) => SPEECH_VERBS.has(w)) || /\baccording to\b/.test(lowerOutside);
      const inQuote = (pos: number) => quotes.some((q) => pos >= q.start && pos < q.end);
      const speakers = people.filter((x) => !inQuote(x.m.start));
      let speaker: LocalEntity | null = speakers[0]?.e ?? null;
      if (!speaker && PRONOUN.test(outside) && lastPerson) speaker = lastPerson;
      const via = ms.find((x) => x.e.type === "Media" && !inQuote(x.m.start))?.e ?? null;
      if (speaker && hasVerb) {
        for (const q of quotes) {
          if (q.text.split(/\s+/).length < 2 && !/[a-z]{4,}/.test(q.text)) continue;
          out.push({
            id: `${ctx.doc.id}#s${out.length}`,
            speaker: speaker.id,
            quote: q.text,
            via: via?.id ?? null,
            document: ctx.doc.id,
            start: q.start,
            end: q.end,
            sentence: s.text,
            rule: speakers.length ? "quote-named-speaker" : "quote-pronoun-speaker",
          });
        }
      }
    }
    if (people.length) lastPerson = people.at(-1)!.e;
  }
  return out;
}
