// The people an event noun's "between" or "with" lists, each named after an apposed title:
// "a telephone conversation between the EU Trade Commissioner, X, and the Secretary of Economy of
// Mexico, Y", "a meeting between Chile's Minister of Trade, A, and Norway's Foreign Minister B".
// Each item is an optional article, title words (capitalised words, "of", "for", "the", a
// possessive, a hyphen, or lower-case words of office), an optional comma, then the person's
// name; items are joined by "and" or a comma. The reading stops at the first word that is none of
// these (a verb, a preposition of place or time), so the list is read however long the titles are.

import type { SeenMention } from "../rules/emit.ts";
import type { LocalEntity, RuleContext } from "../rules/types.ts";

/** Lower-case words of office that may stand in a title before a name. */
const OFFICE_WORD =
  /^(minister|ministers|secretary|president|vice|deputy|commissioner|chancellor|premier|ambassador|envoy|representative|governor|chief|head|counterpart|trade|foreign|finance|economy|economic|commerce|industry|prime|state|general|senior|special|top|country|executive|officer|director|chairman|chair|managing|founder)$/;

/** Whether a word may stand inside a title before a name. */
export function titleWord(text: string): boolean {
  return /^[A-Z]/.test(text) || /^(of|for|the|and|&|['’]s?|-|–|\.)$/.test(text) || OFFICE_WORD.test(text);
}

/**
 * The people listed from token `from` (right after "between" or "with"), two or more, each past its
 * title and apposition comma; empty when the list does not read so (one person, a word that is no
 * title between, more than 14 tokens before one name).
 */
export function peopleListed(ctx: RuleContext, from: number, ms: readonly SeenMention[]): LocalEntity[] {
  const { tokens } = ctx;
  const sentence = tokens[from]?.sentence;
  if (sentence === undefined) return [];
  const people = ms.filter((x) => x.e.type === "Person" && x.m.ts >= from).sort((a, b) => a.m.ts - b.m.ts);
  const out: LocalEntity[] = [];
  let k = from;
  for (const x of people) {
    if (x.m.ts < k) continue;
    if (x.m.ts - k > 14) break;
    // The words before the name: a title (and a comma closing its apposition), nothing else.
    let ok = true;
    for (let j = k; j < x.m.ts && ok; j++) {
      const w = tokens[j]!.text;
      ok = titleWord(w) || (w === "," && (j === x.m.ts - 1 || j === k)) || (j === k && /^(a|an)$/.test(w));
    }
    if (!ok || x.e === out.at(-1)) break;
    if (!out.includes(x.e)) out.push(x.e);
    // The item closes with its name, an optional comma, then "and" or a comma opens the next.
    let n = x.m.te;
    if (tokens[n]?.text === ",") n++;
    if (tokens[n]?.text === "and") n++;
    else if (tokens[n - 1]?.text !== ",") break;
    if (tokens[n]?.sentence !== sentence) break;
    k = n;
  }
  return out.length >= 2 ? out : [];
}
