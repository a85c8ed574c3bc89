// People named only inside a hyphenated compound before an event or agreement noun: "the Xi-Trump
// summit", "a Trump-Putin call", "the Lula-Milei meeting", "the Sefcovic-Goyal talks". Stage 3 reads
// such a compound as one unknown name and drops it, so the meeting loses its participants. Here each
// part is a person when the document names that person elsewhere (the part is a word of a person's
// name: a surname, or the family name written first, "Xi" of "Xi Jinping"); a part the document
// names nowhere is a person too when another part of the same compound is one and the part is no
// known name of another kind (a state, a firm, a place). States joined the same way ("US-China
// talks") are read in stage 3 already.

import type { Token } from "./02-tokens.ts";

/** Event and agreement nouns a compound of parties may stand before. */
const EVENT_NOUNS: ReadonlySet<string> = new Set([
  "summit",
  "summits",
  "meeting",
  "meetings",
  "meet",
  "talks",
  "call",
  "calls",
  "conversation",
  "negotiations",
  "dialogue",
  "discussions",
  "encounter",
  "handshake",
  "deal",
  "agreement",
  "pact",
  "accord",
  "truce",
]);

/** Lower-case words that may stand between the compound and its noun ("trade", "phone", "face-to-face"). */
const MODIFIER = /^\p{Ll}[\p{Ll}-]*$/u;
/** Lower-case words that end the walk back: they are no modifier of the noun. */
const NOT_MODIFIER = /^(?:the|a|an|and|or|of|in|on|at|to|for|with|by|from|its|his|her|their|this|that|after|before)$/;

/** A dash between two parts of the compound. */
const DASH = /^[-–—\u2010\u2011]$/;

/** Capitalised words that are no name of a person ("Anglo", "Indo", "Sino"). */
const NOT_PERSON =
  /^(?:Anglo|Indo|Sino|Franco|Euro|Afro|Asia|Pacific|Atlantic|Arctic|North|South|East|West|Central|New|Old|Joint|Trade|The|A|An)$/;

/** Words placing a story before another event, yet to be held ("ahead of", "before", "until"). */
const REFERENCE = /^(?:before|ahead|until)$/i;

/** Whether the words before token `p` (past "of", "the", "a") place the story relative to the event. */
function headlineReference(tokens: readonly Token[], p: number): boolean {
  let k = p - 1;
  while (k >= 0 && /^(?:of|the|a|an|planned|possible|expected)$/i.test(tokens[k]!.text)) k--;
  return k >= 0 && tokens[k]!.sentence === tokens[p]!.sentence && REFERENCE.test(tokens[k]!.text);
}

export interface HyphenPerson {
  ts: number;
  te: number;
  /** The full name of the person of the document the part names, else the part itself. */
  name: string;
}

interface PersonMention {
  ts: number;
  te: number;
  type: string;
  name: string;
}

/**
 * The parts of hyphenated compounds before event nouns that name people (see the module's head).
 * `claimed[i]` is set for tokens another mention holds; `known(i)` is true when a gazetteer knows a
 * name starting at token i (a state, a firm, a place); `mentions` are the document's mentions.
 */
export function hyphenPeople(
  tokens: readonly Token[],
  mentions: readonly PersonMention[],
  claimed: Uint8Array,
  known: (i: number) => boolean,
  headlines: ReadonlySet<number>,
): HyphenPerson[] {
  // Words of the names of the document's people → the full names they belong to.
  const words = new Map<string, Set<string>>();
  for (const m of mentions) {
    if (m.type !== "Person") continue;
    for (let k = m.ts; k < m.te; k++) {
      const w = tokens[k]!.text;
      if (!/^[\p{Lu}][\p{Ll}]+$/u.test(w) || NOT_PERSON.test(w)) continue;
      let names = words.get(w);
      if (!names) words.set(w, (names = new Set()));
      names.add(m.name);
    }
  }
  // Tokens a mention holds → its type.
  const held = new Map<number, string>();
  // Venues' and hosts' last tokens → their first ("the Trump-Xi Busan summit", "the A-B White House
  // meeting", "the A-B APEC summit").
  const placeStart = new Map<number, number>();
  for (const m of mentions) {
    for (let k = m.ts; k < m.te; k++) held.set(k, m.type);
    if (m.type === "Place" || m.type === "Agency" || m.type === "Organization") placeStart.set(m.te - 1, m.ts);
  }
  const out: HyphenPerson[] = [];
  for (let i = 2; i < tokens.length; i++) {
    if (!EVENT_NOUNS.has(tokens[i]!.text.toLowerCase())) continue;
    const sentence = tokens[i]!.sentence;
    let k = i - 1;
    for (let n = 0; n < 3 && MODIFIER.test(tokens[k]?.text ?? "") && !NOT_MODIFIER.test(tokens[k]!.text); n++) k--;
    // One venue or host named between.
    const place = placeStart.get(k);
    if (place !== undefined) k = place - 1;
    // The compound: Name (dash Name)+ ending at k.
    const parts: number[] = [];
    for (let p = k; p >= 0 && tokens[p]!.sentence === sentence; p -= 2) {
      parts.unshift(p);
      if (!DASH.test(tokens[p - 1]?.text ?? "")) break;
    }
    if (parts.length < 2) continue;
    // The compound is all of the name: no capitalised word runs on before it ("the New Delhi-…").
    const before = tokens[parts[0]! - 1];
    if (before && before.sentence === sentence && /^[\p{Lu}]/u.test(before.text) && !/^(?:The|A|An)$/.test(before.text))
      continue;
    // "… ahead of Trump-Xi meet" in a headline (or the first line): the event the story is dated by, not the story's
    // own (the meetings stage takes a headline's event for the document's main one).
    if ((sentence === 0 || headlines.has(sentence)) && headlineReference(tokens, parts[0]!)) continue;
    const read = parts.map((p) => {
      const t = tokens[p]!;
      const type = held.get(p);
      if (type === "Person") return { p, name: "", known: true, held: true };
      if (type !== undefined) return null;
      if (!/^[\p{Lu}][\p{Ll}]+$/u.test(t.text) || NOT_PERSON.test(t.text)) return null;
      const names = words.get(t.text);
      if (names) return { p, name: names.size === 1 ? [...names][0]! : t.text, known: true, held: false };
      if (claimed[p] || known(p)) return null;
      return { p, name: t.text, known: false, held: false };
    });
    if (read.some((r) => r === null) || !read.some((r) => r!.known)) continue;
    for (const r of read) if (!r!.held) out.push({ ts: r!.p, te: r!.p + 1, name: r!.name });
  }
  return out;
}
