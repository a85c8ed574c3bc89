// Stage 7: statements. A statement is words inside quotation marks attributed to a speaker: the
// person beside a speech verb ("…," X said; X told reporters: "…"; said Minister X), else a post
// standing for a person named before ("the prime minister said"), a pronoun ("…," he said: the last
// person named), the first person named, or an agency speaking by itself ("the commerce ministry
// said", "according to a Treasury statement", or "the ministry said" after it was named). Speakers
// coordinated before the verb ("X, Y and Z said in a joint statement") each say it; the person who
// opens a sentence and introduces a quotation with a colon says it. Quotations as objects count
// ("called the plan “reckless”"); a quotation alone right after a statement carries it on; a
// quotation not closed in its paragraph ends with it. The outlet it came through is read from
// "according to", "told", "as reported by" in the same sentence. Unattributed quotations (scare
// quotes) and titles of programmes or publications (told ABC's "This Week") are not statements.

import { SPEECH_VERBS } from "../lexicon/people.ts";
import { MAX_QUOTE_CHARS, MAX_STATEMENTS_PER_SENTENCE } from "../limits.ts";
import { firstSentenceEndingAfter, mentionsIn } from "../rules/emit.ts";
import type { LocalEntity, RuleContext } from "../rules/types.ts";
import type { Statement } from "../types.ts";
import { AGENCY_HEAD_NOUNS, agencyNamedBy } from "./04-resolve.ts";

// A quotation runs to the next quotation mark, at most MAX_QUOTE_CHARS on: linear in the text.
// A quotation that is not closed in its paragraph (news style: a quote running over paragraphs
// reopens each one) ends with the paragraph; where the paragraphs were run together, a sentence's
// end right before the next opening mark ends it ("“… attached. “This will …”").
// Two apostrophes stand for a double mark in some outlets' text ('' … '', ‘’ … ’’).
const QUOTE = new RegExp(
  `“([^“”\\n]{2,${MAX_QUOTE_CHARS}}?)(?:”|(?=\\n|$)|(?<=[.!?…])(?=\\s+“))|"([^"\\n]{2,${MAX_QUOTE_CHARS}}?)(?:"|(?=\\n|$))|(?:''|‘’)((?:(?!''|’’)[^\\n]){2,${MAX_QUOTE_CHARS}}?)(?:''|’’|″|(?=\\n|$))`,
  "g",
);
/**
 * The text with each straight double mark turned to the curly one its place shows, so
 * that a quotation pairs by its marks' direction, not by counting them: a mark after punctuation
 * (`."He noted`) or after a word and before a space or punctuation closes; one after a space, a
 * bracket, a dash or the start and before a word opens; otherwise it closes an open quotation or
 * opens one. A mark opened twice ("said: “”Given …") opens once, the second time. A curly
 * quotation closed by a straight mark (“… here," said X) then closes too. Same length as the text.
 */
function orientMarks(text: string): string {
  if (!text.includes('"') && !text.includes("“”")) return text;
  const out = [...text];
  let open = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "“") {
      open = true;
      continue;
    }
    if (c === "”") {
      // “”Given: an empty pair before a word opens once.
      if ((text[i - 1] === "“" || out[i - 1] === "“") && /[\p{L}]/u.test(text[i + 1] ?? "")) out[i] = "“";
      else open = false;
      continue;
    }
    if (c === "\n") open = false;
    if (c !== '"') continue;
    const before = text[i - 1] ?? "\n";
    const after = text[i + 1] ?? "\n";
    let opening: boolean;
    if (/[.,!?;…]/u.test(before)) opening = false;
    else if (/[\s([{—–-]/u.test(before) && /[\p{L}\p{N}'‘$…]/u.test(after)) opening = true;
    else if (/[\p{L}\p{N}%)]/u.test(before) && /[\s.,;:!?)\]—–-]/u.test(after)) opening = false;
    else opening = !open;
    out[i] = opening ? "“" : "”";
    open = opening;
  }
  return out.join("");
}

/**
 * A quotation in single marks: after the start of a line, a space, a bracket or a colon, opening
 * with a capital, running over apostrophes inside words ("don't", "Japan's"), ending with
 * punctuation and a closing mark before a space ('A strong … rule of law,' Ishiba said).
 */
const SINGLE_QUOTE = new RegExp(
  `(?<=^|[\\s(:])['‘](\\p{Lu}(?:[^'‘’\\n]|(?<=\\p{L})['’](?=\\p{L})){8,${MAX_QUOTE_CHARS}}?[,.!?])['’](?=\\s)`,
  "gmu",
);
/** "he said", "she also told", "He later described …": a pronoun, at most one adverb, the verb (read by `pronounSpeaks`). */
const PRONOUN = /\b(?:he|she)\s+(?:(?:also|later|then|again|further|once)\s+)?([a-z]+)/giu;
/**
 * Verbs that put words in quotation marks in someone's mouth besides the speech verbs: the quote
 * is their object ("called the offer “unacceptable”", "saying “…”").
 */
const QUOTING_VERBS: ReadonlySet<string> = new Set([
  "called",
  "calling",
  "calls",
  "labeled",
  "labelled",
  "labeling",
  "labelling",
  "dubbed",
  "saying",
  "describing",
  "hailed",
  "hailing",
  "touted",
  "vowed",
  "vowing",
  "pledged",
  "urged",
  "urging",
  "accused",
  "accusing",
  "comments",
  "commenting",
  "adding",
  "noting",
  "telling",
  "writing",
  "posting",
  "promised",
  "promising",
  "indicating",
  "insisting",
  "stressing",
  "warning",
  "arguing",
  "explaining",
  "declaring",
  "announcing",
  "claiming",
  "suggesting",
  "asserting",
  "emphasizing",
  "emphasising",
  "referred",
  "referring",
  "reaffirmed",
  "reaffirming",
  "ordered",
  "condemned",
  "condemning",
  "welcomed",
  "welcoming",
  "praised",
  "praising",
  "criticised",
  "criticized",
  "slammed",
  "branded",
  "branding",
  "termed",
  "voiced",
  "characterizing",
  "characterising",
  // Verbs that carry a quotation on after another ("…,” he continued", "she concluded").
  "continued",
  "concluded",
  "affirmed",
  "underscored",
  "underlined",
  "highlighted",
  "elaborated",
  "quipped",
]);
/** Posts whose holder a sentence may name by the post alone ("the president", "its chief executive"). */
const SPEAKING_POSTS =
  "president|prime minister|minister|secretary|chancellor|premier|chief executive|ceo|chairman|chairwoman|governor|commissioner|ambassador|negotiator|envoy";

/**
 * A person named by their post beside a speech verb ("the US president said", "commented the
 * Commission President"): the head noun of the post, matched against the titles of the people
 * already named.
 */
const NOMINAL_SPEAKER = new RegExp(
  String.raw`\b(?:the|its|their|his|her)\s+(?:[\w.’'-]+\s+){0,3}?(${SPEAKING_POSTS}|spokesperson|spokesman|spokeswoman|representative)\b(?:\s+(?:of|for)\s+(?:the\s+)?([\p{L}-]{3,}))?`,
  "giu",
);

/** A post opening a sentence as its subject, after at most one connective ("Furthermore, the president …"). */
const POST_OPENS = new RegExp(
  String.raw`^\W*(?:\p{L}+,\s+)?(?:the|its)\s+(?:[\w.’'-]+\s+){0,3}?(?:${SPEAKING_POSTS})\b`,
  "iu",
);

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

/**
 * What may stand between an agency's name and its speech verb: a possessive, the body's own head
 * noun in lower case ("the Treasury department said"), its spokesperson or official with or without
 * the possessive ("a Ministry of Commerce spokesperson said"), an acronym in brackets ("(ARECOMS)
 * said"), an adverb or auxiliary; then the verb.
 */
const AGENCY_THEN_VERB = new RegExp(
  `^\\S*\\s*(?:\\([\\p{Lu}\\p{N}&.-]{2,12}\\)\\s*)?(?:[’']s\\s+)?(?:(?:${[...AGENCY_HEAD_NOUNS].join("|")})\\s+)?(?:(?:spokes(?:wo)?man|spokesperson|official|statement|release)\\s+)?(?:(?:also|then|later|further|had|has|have)\\s+)?(\\w+)`,
  "u",
);

/** The nouns of a written statement, and "issued/released/published a (separate) <noun>". */
const STATEMENT_NOUNS = "statement|release|communiqu[eé]|readout";
const ISSUES_STATEMENT = `(?:issued|released|published)\\s+(?:a|an|its)\\s+(?:[a-z]+\\s+)?(?:${STATEMENT_NOUNS})\\b`;
/** "X issued a statement", "X released a separate statement": the body speaks through it. */
const ISSUED_STATEMENT = new RegExp(`^\\S*\\s*(?:also\\s+|later\\s+|has\\s+|had\\s+)?${ISSUES_STATEMENT}`, "u");
/** A sentence that says a statement was issued somewhere in it. */
const STATEMENT_ISSUED_IN = new RegExp(`\\b${ISSUES_STATEMENT}`, "u");
/** "a statement by the Council on Monday said", "according to a statement from the ministry". */
const STATEMENT_BY = new RegExp(
  `\\b(?:${STATEMENT_NOUNS})\\s+(?:issued\\s+|released\\s+|published\\s+)?(?:by|from)\\s+(?:the\\s+|its\\s+)?(?:[a-z]+\\s+)?$`,
  "u",
);

/**
 * The agency that speaks in a sentence with a speech verb and no person: its name right before the
 * verb ("the commerce ministry said", "the Treasury's spokesperson said") or right after it ("said
 * the White House"). `outside` is the sentence with its quotations blanked, starting at `from`.
 */
function agencySpeaker(
  ms: readonly { m: { start: number; end: number }; e: LocalEntity }[],
  outside: string,
  from: number,
  inQuote: (pos: number) => boolean,
): LocalEntity | null {
  for (const x of ms) {
    if (x.e.type !== "Agency" || inQuote(x.m.start)) continue;
    const after = outside.slice(x.m.end - from, x.m.end - from + 60);
    const verbAfter = AGENCY_THEN_VERB.exec(after);
    if (verbAfter && isQuoteVerb(verbAfter[1]!.toLowerCase())) return x.e;
    if (ISSUED_STATEMENT.test(after)) return x.e;
    const before = outside.slice(Math.max(0, x.m.start - from - 40), x.m.start - from).toLowerCase();
    if (/\baccording to\s+(?:a|an|the|its)?\s*$/u.test(before) || STATEMENT_BY.test(before)) return x.e;
    const verbBefore = /\b(\w+)\s+(?:the\s+|its\s+|a\s+)?(?:\w+\s+)?$/u.exec(before);
    if (verbBefore && SPEECH_VERBS.has(verbBefore[1]!)) return x.e;
  }
  return null;
}

/**
 * An agency named before, standing as a common noun beside a speech verb ("the ministry said", "a
 * commerce ministry spokesperson said", "the department stated"): the head noun and the words before
 * it (after the article) must all be in the agency's name (`agencyNamedBy`).
 */
const NOMINAL_AGENCY = new RegExp(
  `\\b(?:the|a|an|its)\\s+((?:[a-z]+\\s+){0,2}?)(${[...AGENCY_HEAD_NOUNS].join("|")})(?:[’']s)?(?:\\s+(?:spokes(?:wo)?man|spokesperson|official))?(?:\\s+(?:also|later|then))?\\s+([a-z]+)`,
  "gu",
);

/** `lowerOutside`: the sentence outside its quotations, in lower case. */
function nominalAgency(lowerOutside: string, seen: ReadonlySet<LocalEntity>): LocalEntity | null {
  NOMINAL_AGENCY.lastIndex = 0;
  const agencies = [...seen].reverse();
  for (let m = NOMINAL_AGENCY.exec(lowerOutside); m; m = NOMINAL_AGENCY.exec(lowerOutside)) {
    if (!SPEECH_VERBS.has(m[3]!)) continue;
    const named = agencyNamedBy(m[2]!, m[1]!.split(/\s+/).filter(Boolean), agencies, (a) => a.name);
    if (named) return named;
  }
  return null;
}

/**
 * The person a post beside the speech verb stands for ("the president said"): the most recently
 * named person with a title of that head noun, or null (no guess when no one named holds it).
 */
function nominalSpeaker(outside: string, seen: ReadonlySet<LocalEntity>, text: string): LocalEntity | null {
  NOMINAL_SPEAKER.lastIndex = 0;
  for (let m = NOMINAL_SPEAKER.exec(outside); m; m = NOMINAL_SPEAKER.exec(outside)) {
    const around = outside.slice(Math.max(0, m.index - 30), m.index + m[0].length + 30).toLowerCase();
    if (!around.split(/[^a-z]+/).some((w) => SPEECH_VERBS.has(w) || QUOTING_VERBS.has(w))) continue;
    const head = m[1]!.toLowerCase();
    const people = [...seen].reverse();
    // "said the Minister of Economy": the holder of a title naming that head and that portfolio.
    const portfolio = m[2]?.toLowerCase();
    if (portfolio) {
      const holder = people.find((p) =>
        [...p.titles].some((t) => {
          const lower = t.toLowerCase();
          return lower.includes(head) && lower.includes(portfolio);
        }),
      );
      if (holder) return holder;
    }
    const holders = people.filter((p) =>
      [...p.titles].some((t) => t.toLowerCase().split(/\s+/).join(" ").endsWith(head)),
    );
    // "commented the Commission President": the holder whose post was written with the words
    // before the head ("Commission President X", "X, president of the European Commission").
    const modifiers = m[0]
      .replace(/\s+(?:of|for)\s+(?:the\s+)?[\p{L}-]+$/u, "")
      .toLowerCase()
      .split(/\s+/)
      .slice(1, -head.split(" ").length)
      .filter((w) => /^[a-z]{3,}$/.test(w));
    if (modifiers.length) {
      // Where a post may be written: the titles read with the name, the words just before a
      // mention ("Commission President X"), a post set off after it ("X, European Commission
      // President"), in that order of trust.
      const readings: ((p: LocalEntity) => string[])[] = [
        (p) => [...p.titles],
        (p) => p.mentions.map((x) => text.slice(Math.max(0, x.start - 40), x.end).replace(/^[\s\S]*[,.;:“”"]/u, "")),
        (p) =>
          p.mentions.map((x) =>
            text[x.end] === "," ? (/^[^.;:“”"]{0,40}/u.exec(text.slice(x.end, x.end + 40))?.[0] ?? "") : "",
          ),
      ];
      for (const read of readings) {
        const marked = people.find((p) => {
          const written = read(p).join(" ").toLowerCase();
          return written.includes(head) && modifiers.every((w) => written.includes(w));
        });
        if (marked) return marked;
      }
    }
    if (holders[0]) return holders[0];
  }
  return null;
}

const isQuoteVerb = (w: string) => SPEECH_VERBS.has(w) || QUOTING_VERBS.has(w);

/** True when `outside` has "he"/"she" as the subject of a speech or quoting verb ("he said", "she also described"). */
function pronounSpeaks(outside: string): boolean {
  PRONOUN.lastIndex = 0;
  for (let m = PRONOUN.exec(outside); m; m = PRONOUN.exec(outside)) {
    if (isQuoteVerb(m[1]!.toLowerCase())) return true;
  }
  return false;
}

/** "he st", "she expl": a pronoun then the first letters of a speech verb, where the text ends. */
function cutPronounVerb(lowerOutside: string): boolean {
  const w = /\b(?:he|she)\s+([a-z]{2,})\s*$/u.exec(lowerOutside)?.[1];
  if (!w) return false;
  for (const v of SPEECH_VERBS) if (v.startsWith(w)) return true;
  for (const v of QUOTING_VERBS) if (v.startsWith(w)) return true;
  return false;
}

/**
 * True when a speech verb stands right after the name at [start, end) of `outside` (within two
 * words, or after an apposition between commas: "X, the trade minister, said") or a speech verb
 * right before it, a title between ("said Trade Minister X"; not "told X", "called X “…”").
 */
function besideSpeechVerb(outside: string, start: number, end: number): boolean {
  const after = outside
    .slice(end, end + 100)
    .replace(/^[’']s\b/u, "")
    .replace(/^\s*,[^,“”"]{1,80},/u, " ")
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean)
    .slice(0, 3);
  if (after.some(isQuoteVerb)) return true;
  const before = outside
    .slice(Math.max(0, start - 50), start)
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean)
    .slice(-4);
  // "said X" names the speaker; "he said X will …" has its speaker before the verb.
  return before.some(
    (w, i) => SPEECH_VERBS.has(w) && !ADDRESSING_VERBS.has(w) && !SUBJECT_PRONOUNS.has(before[i - 1] ?? ""),
  );
}

/** A sentence opening with a participle that puts words in quotation marks ("Calling the talks “…”, X …"). */
const OPENING_PARTICIPLE =
  /^\W*(?:calling|describing|labell?ing|dubbing|hailing|praising|branding|terming|characteri[sz]ing)\b/iu;
/** "the latter described as", "the former said": one of the two people named before. */
const LATTER = /\bthe\s+(latter|former)\s+(?:(?:also|later|then|has|had)\s+)?([a-z]+)/u;

/** Pronouns that are a speech verb's subject ("he said …"). */
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(["he", "she", "they", "we", "i", "it", "who"]);

/**
 * A sentence whose speaker is "he"/"she" at its opening, after at most one connective ("He said …",
 * "However, she added that …"): the pronoun's person speaks it, whoever else it names.
 */
const PRONOUN_OPENS = /^\W*(?:\p{L}+,?\s+)?(?:he|she)\s+(?:(?:also|later|then|again|further|once)\s+)?(\p{L}+)/iu;

/**
 * Speech verbs whose following name is the one spoken to, not the speaker ("told Minister X"); with
 * the quoting verbs ("called X “…”", "praised X as “…”"), not read as "said X".
 */
const ADDRESSING_VERBS: ReadonlySet<string> = new Set(["told", "tells", "asked", "urged", "pressed"]);

/**
 * A quotation's speaker named only as the statement that carries it ("…,” the statement said; the
 * release added, “…”), read as whoever issued the last statement the text named.
 */
const STATEMENT_SUBJECT =
  /\b(?:the|that|this)\s+(?:[a-z]+\s+)?(?:statement|release|communiqu[eé]|readout|notice|fact\s?sheet|factsheet)\s+(?:also\s+|further\s+|then\s+)?([a-z]+)/u;
/** "…,” it added", "It described the tariffs as “…”": a body that spoke just before, as "it". */
const IT_SUBJECT = /(?:^|[^a-z])it\s+(?:also\s+|further\s+|then\s+)?([a-z]+)/u;
/** The words of a statement in the sentence that names it ("said in a statement", "a statement from X"). */
const STATEMENT_NOUN = /\b(?:statement|release|communiqu[eé]|readout|fact\s?sheet|factsheet)\b/u;
/** Sentences a statement's issuer and a body's "it" are remembered over. */
const STATEMENT_REACH = 6;
const IT_REACH = 2;

/**
 * The body whose statement a sentence with no quotation reports: an agency beside a speech verb
 * ("the ministry said in a statement that …", "according to the agency", "a statement by the
 * Council on Monday said", "the ministry issued a statement").
 */
function issuerOf(
  ms: readonly { m: { start: number; end: number }; e: LocalEntity }[],
  sentence: string,
  from: number,
): LocalEntity | null {
  return agencySpeaker(ms, sentence, from, () => false);
}

/** Words at most before the person who opens a sentence as its subject ("Chile's mining minister X"). */
const SUBJECT_LEAD_WORDS = 6;

/**
 * Between two coordinated speakers: a comma or "and", then at most the capitalised words of a
 * title ("X, U.S. Secretary of State Y and Foreign Minister Z said").
 */
const COORDINATION_GAP = /^\s*(?:,\s*(?:and\s+)?|and\s+)(?:(?:\p{Lu}[\p{L}.’'-]*|of|for|the)\s+){0,8}$/u;

/**
 * The speakers coordinated with `anchor`, the one beside the speech verb, over commas and "and"
 * ("X, Y and Z said in a joint statement"; "X and Y said"), in text order; `anchor` alone when none.
 */
function jointSpeakers(
  text: string,
  speakers: readonly { m: { start: number; end: number }; e: LocalEntity }[],
  anchor: { m: { start: number; end: number }; e: LocalEntity },
): LocalEntity[] {
  const ordered = [...speakers].sort((a, b) => a.m.start - b.m.start);
  // Not a possessive after the comma ("X, Y’s spokesperson, said": Y is not speaking).
  const joined = (i: number) =>
    COORDINATION_GAP.test(text.slice(ordered[i]!.m.end, ordered[i + 1]!.m.start)) &&
    !/^[’']s\b/u.test(text.slice(ordered[i + 1]!.m.end, ordered[i + 1]!.m.end + 3)) &&
    !/^[’']s\b/u.test(text.slice(ordered[i]!.m.end, ordered[i]!.m.end + 3));
  let first = ordered.indexOf(anchor);
  let last = first;
  while (first > 0 && joined(first - 1)) first--;
  while (last + 1 < ordered.length && joined(last)) last++;
  const voices: LocalEntity[] = [];
  for (let i = first; i <= last; i++) if (!voices.includes(ordered[i]!.e)) voices.push(ordered[i]!.e);
  return voices;
}

/**
 * The person a later "he"/"she" stands for, from a sentence naming `here`: its speaker when it had
 * one, else the person beside a speech verb ("…, Carney said after talks with Chinese leaders,
 * including President Xi" → Carney), else the person opening the sentence as its subject (a few
 * words at most before the name), else the last named (the reader's most recent referent).
 */
function antecedent(
  text: string,
  from: number,
  to: number,
  here: readonly { m: { start: number; end: number }; e: LocalEntity }[],
  quotes: readonly { start: number; end: number }[],
  said: LocalEntity | null,
): LocalEntity {
  if (said) return said;
  const outsideQuotes = here.filter((x) => !quotes.some((q) => x.m.start >= q.start && x.m.start < q.end));
  if (!outsideQuotes.length) return here.at(-1)!.e;
  const sentence = text.slice(from, to);
  const beside = outsideQuotes.find((x) => besideSpeechVerb(sentence, x.m.start - from, x.m.end - from));
  if (beside) return beside.e;
  const first = outsideQuotes[0]!;
  const lead = text.slice(from, first.m.start);
  if (!/[“”"]/u.test(lead) && lead.split(/\s+/).filter(Boolean).length <= SUBJECT_LEAD_WORDS) return first.e;
  return here.at(-1)!.e;
}

/**
 * The one person whose words a sentence with no quotation reports: named beside a speech verb
 * ("X also said last week that …", "said X") or after "according to" ("According to X, …").
 */
function reportedSpeaker(
  text: string,
  from: number,
  to: number,
  here: readonly { m: { start: number; end: number }; e: LocalEntity }[],
): LocalEntity | null {
  const sentence = text.slice(from, to);
  const voices = new Set<LocalEntity>();
  for (const x of here) {
    const before = sentence.slice(Math.max(0, x.m.start - from - 14), x.m.start - from);
    if (/\baccording to\s*$/iu.test(before) || besideSpeechVerb(sentence, x.m.start - from, x.m.end - from))
      voices.add(x.e);
  }
  return voices.size === 1 ? [...voices][0]! : null;
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
  const marks = orientMarks(ctx.text);
  for (let q = QUOTE.exec(marks); q; q = QUOTE.exec(marks)) {
    const start = q.index + (q[3] === undefined ? 1 : 2);
    const end = start + (q[1] ?? q[2] ?? q[3] ?? "").length;
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
    // "“… strong!” Trump posted on social media.": a quotation ending with "!" or "?"
    // ends its sentence for the splitter; a next sentence opening with its speaker and a speech
    // verb (a few capitalised words or a pronoun first) is its attribution.
    const next = ctx.sentences[last + 1];
    if (next && /[!?]$/u.test(inner.trimEnd()) && /^[”"\s]*$/u.test(ctx.text.slice(end, next.start))) {
      const lead =
        /^(?:(?:[\p{Lu}][\p{L}.’'-]*\s+){1,4}|(?:he|she|they)\s+)(?:(?:also|later|then)\s+)?([\p{Ll}]+)/u.exec(
          next.text,
        );
      if (lead && SPEECH_VERBS.has(lead[1]!)) last++;
    }
    // A quotation longer than a paragraph's worth of sentences is more likely an unmatched mark.
    if (last - first > 4) continue;
    const list = bySentence.get(first) ?? [];
    list.push({ start, end, text, last, title, words: [from, to] });
    bySentence.set(first, list);
  }
  // Single quotation marks, as some outlets write them ('…,' X said): only a quotation opening with
  // a capital, closed by punctuation and a mark before a space, with a speech verb right after it.
  if (/[,.!?]['’]\s/u.test(ctx.text)) {
    SINGLE_QUOTE.lastIndex = 0;
    for (let q = SINGLE_QUOTE.exec(ctx.text); q; q = SINGLE_QUOTE.exec(ctx.text)) {
      const start = q.index + 1;
      const end = start + q[1]!.length;
      const after = ctx.text
        .slice(end + 1, end + 80)
        .toLowerCase()
        .split(/[^a-z]+/)
        .filter(Boolean)
        .slice(0, 7);
      if (!after.some((w) => SPEECH_VERBS.has(w))) continue;
      const first = firstSentenceEndingAfter(ctx, q.index);
      if (first < 0 || [...bySentence.values()].some((l) => l.some((d) => d.start < end && start < d.end))) continue;
      let last = first;
      while (last + 1 < ctx.sentences.length && ctx.sentences[last + 1]!.start < end) last++;
      if (last - first > 4) continue;
      const to = start + q[1]!.replace(/[\s,;:]+$/u, "").length;
      const list = bySentence.get(first) ?? [];
      list.push({ start, end, text: ctx.text.slice(start, to), last, title: false, words: [start, to] });
      list.sort((a, b) => a.start - b.start);
      bySentence.set(first, list);
    }
  }
  let lastPerson: LocalEntity | null = null;
  // The people named so far, the most recently named last.
  const seen = new Set<LocalEntity>();
  // The agencies named so far, the most recently named last.
  const seenAgencies = new Set<LocalEntity>();
  // The speaker of the previous sentence's quotation, for a quotation that goes on in the next.
  let previousSpeaker: LocalEntity | null = null;
  // The last sentence a quotation already read runs over (its continuation is not a new sentence).
  let skipTo = -1;
  // The person whose words a sentence with no quotation reports ("X also said last week that …",
  // "According to X, …"), for a quotation standing alone in the next sentence.
  let reporter: { sentence: number; e: LocalEntity } | null = null;
  // The last voice a sentence gave (a quotation's speaker, a body reported as speaking), and the
  // last one that spoke through a statement, for "the statement said" and a body's "it added".
  let voice: { sentence: number; e: LocalEntity } | null = null;
  let statementVoice: { sentence: number; e: LocalEntity } | null = null;
  for (const s of ctx.sentences) {
    const quotes = bySentence.get(s.i) ?? [];
    const lastSentence = Math.max(s.i, ...quotes.map((q) => q.last));
    const ms: ReturnType<typeof mentionsIn> = [];
    for (let k = s.i; k <= lastSentence; k++) ms.push(...mentionsIn(ctx, k));
    const people = ms.filter((x) => x.e.type === "Person");
    let said: LocalEntity | null = null;
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
      // A text cut off mid-word after its last quotation ("…,” he st): the pronoun and the start
      // of a speech verb are the attribution.
      const cut = to >= ctx.text.trimEnd().length && cutPronounVerb(lowerOutside);
      const hasVerb =
        cut ||
        lowerOutside.split(/[^a-z]+/).some((w) => SPEECH_VERBS.has(w) || QUOTING_VERBS.has(w)) ||
        /\baccording to\b/.test(lowerOutside) ||
        STATEMENT_ISSUED_IN.test(lowerOutside);
      const inQuote = (pos: number) => quotes.some((q) => pos >= q.start && pos < q.end);
      const speakers = people.filter((x) => !inQuote(x.m.start));
      // The speaker is the person beside the speech verb ("X said", "said X"), else the first named.
      const beside = speakers.find((x) => besideSpeechVerb(outside, x.m.start - from, x.m.end - from));
      let speaker: LocalEntity | null = beside?.e ?? null;
      let rule = "quote-named-speaker";
      if (!speaker && hasVerb) {
        speaker = nominalSpeaker(outside, seen, ctx.text);
        rule = "quote-post-speaker";
      }
      // "Calling the talks “constructive,” X said …": a sentence opening with a quoting participle
      // is spoken by its main clause's subject, the person right after the participle's quotation.
      if (!speaker && !beside && OPENING_PARTICIPLE.test(s.text)) {
        const q0 = quotes[0]!;
        const subject = speakers.find(
          (x) => x.m.start >= q0.end && /^[\s,”"’'.]*$/u.test(ctx.text.slice(q0.end, x.m.start)),
        );
        if (subject) {
          speaker = subject.e;
          rule = "quote-participle-speaker";
        }
      }
      if (!speaker && lastPerson && (cut || pronounSpeaks(outside))) {
        speaker = lastPerson;
        rule = "quote-pronoun-speaker";
      }
      // "…,” the statement said": whoever issued the last statement named; "…,” it added": the body
      // that spoke just before (a body, never a person; not a firm, whose words are no statement).
      if (!speaker && !beside) {
        const byStatement = STATEMENT_SUBJECT.exec(lowerOutside)?.[1];
        const byIt = IT_SUBJECT.exec(lowerOutside)?.[1];
        if (
          byStatement &&
          isQuoteVerb(byStatement) &&
          statementVoice &&
          s.i - statementVoice.sentence <= STATEMENT_REACH
        ) {
          speaker = statementVoice.e;
          rule = "quote-statement-speaker";
        } else if (byIt && isQuoteVerb(byIt) && voice?.e.type === "Agency" && s.i - voice.sentence <= IT_REACH) {
          speaker = voice.e;
          rule = "quote-statement-speaker";
        }
      }
      // "…, what the latter described as “…”": the second (or first) of the people named before.
      // Unresolved ("the latter" after one person: of another pair), no one named is the speaker.
      let unresolvedLatter = false;
      if (!speaker && !beside) {
        const ref = LATTER.exec(lowerOutside);
        if (ref && isQuoteVerb(ref[2]!)) {
          const at = from + ref.index;
          const before = speakers.filter((x) => x.m.end <= at);
          const named = [...new Set(before.map((x) => x.e))];
          if (named.length >= 2) {
            speaker = ref[1] === "latter" ? named.at(-1)! : named.at(-2)!;
            rule = "quote-latter-speaker";
          } else unresolvedLatter = true;
        }
      }
      // A body beside the speech verb speaks before a person merely named in the sentence ("what
      // the USTR described as a “…” reached between A and B").
      if (!speaker && hasVerb) {
        speaker = agencySpeaker(ms, outside, from, inQuote);
        rule = "quote-agency-speaker";
      }
      if (!speaker) {
        speaker = unresolvedLatter ? null : (speakers[0]?.e ?? null);
        rule = "quote-named-speaker";
        // No speech verb, but the person who opens the sentence introduces the quotation with a
        // colon ("X, the chairman, set out the plan: “…”").
        const head = speakers[0];
        const opening = quotes[0]!.start - 1;
        if (
          !hasVerb &&
          head &&
          head.m.end <= opening &&
          /:\s*$/u.test(ctx.text.slice(head.m.end, opening)) &&
          ctx.text.slice(s.start, head.m.start).split(/\s+/).filter(Boolean).length <= SUBJECT_LEAD_WORDS
        ) {
          rule = "quote-colon-speaker";
        }
      }
      if (!speaker && hasVerb) {
        speaker = agencySpeaker(ms, outside, from, inQuote) ?? nominalAgency(lowerOutside, seenAgencies);
        rule = "quote-agency-speaker";
      }
      // A quotation standing alone right after a quoted statement goes on with the same speaker
      // ("…,” said X. “…”): no one named, no speech verb, nothing but the quotation.
      // Two apostrophes for the marks ('' … '') stand outside the words quoted as "“”" do.
      if (!speaker && !hasVerb && previousSpeaker && /^[\s.,;:!?…—–"“”'‘’″-]*$/u.test(outside)) {
        speaker = previousSpeaker;
        rule = "quote-continued";
      }
      // "X also said last week that the talks are complex. “Trade talks have been going on …”": a
      // quotation standing alone right after a sentence reporting one person's words is theirs.
      if (
        !speaker &&
        !hasVerb &&
        reporter?.sentence === s.i - 1 &&
        /^[\s.,;:!?…—–"“”'‘’″-]*$/u.test(outside.slice(0, Math.max(0, quotes[0]!.start - from)))
      ) {
        const rest = outside.slice(Math.max(0, quotes[0]!.start - from));
        // Words enough to be a statement, not a fragment a cut text left ("Japan is").
        if (/^[\s.,;:!?…—–"“”'‘’″-]*$/u.test(rest) && quotes[0]!.text.split(/\s+/).length >= 4) {
          speaker = reporter.e;
          rule = "quote-after-report";
        }
      }
      const via = ms.find((x) => x.e.type === "Media" && !inQuote(x.m.start))?.e ?? null;
      said = null;
      if (
        speaker &&
        (hasVerb || rule === "quote-continued" || rule === "quote-colon-speaker" || rule === "quote-after-report")
      ) {
        // "X, Y and Z said in a joint statement": each of them says it.
        const voices = beside && speaker === beside.e ? jointSpeakers(ctx.text, speakers, beside) : [speaker];
        let kept = 0;
        for (const q of quotes) {
          if (q.title || (q.text.split(/\s+/).length < 2 && !/[a-z]{4,}/.test(q.text))) continue;
          // A short name defined in brackets ("X Elements (“Vulcan”)") is no one's words.
          if (
            /\(\W?$/u.test(ctx.text.slice(q.start - 2, q.start)) &&
            /^\W?\)/u.test(ctx.text.slice(q.end, q.end + 2)) &&
            q.text.split(/\s+/).length <= 4
          )
            continue;
          for (const voice of voices) {
            if (kept === MAX_STATEMENTS_PER_SENTENCE) break;
            kept++;
            out.push({
              id: `${ctx.doc.id}#s${out.length}`,
              speaker: voice.id,
              quote: q.text,
              via: via?.id ?? null,
              document: ctx.doc.id,
              start: q.words[0],
              end: q.words[1],
              sentence: s.text,
              rule: voice === speaker ? rule : "quote-joint-speaker",
            });
          }
          said = speaker;
        }
      }
      previousSpeaker = said;
      if (lastSentence > s.i) skipTo = lastSentence;
    } else if (s.i > skipTo) {
      previousSpeaker = null;
    }
    for (const x of ms) {
      if (x.e.type !== "Agency" || x.m.sentence !== s.i) continue;
      seenAgencies.delete(x.e);
      seenAgencies.add(x.e);
    }
    const here = people.filter((x) => x.m.sentence === s.i);
    // "He said US negotiators met X and Y": he goes on speaking; the people he names are not "he".
    const opening = PRONOUN_OPENS.exec(s.text)?.[1]?.toLowerCase();
    const pronounReports = !quotes.length && !!lastPerson && !!opening && SPEECH_VERBS.has(opening);
    const reported = quotes.length
      ? null
      : pronounReports
        ? lastPerson
        : reportedSpeaker(ctx.text, s.start, s.end, here);
    reporter = reported ? { sentence: s.i, e: reported } : null;
    const spoke: LocalEntity | null =
      said ?? reported ?? (quotes.length || here.length ? null : issuerOf(ms, s.text, s.start));
    if (spoke) {
      voice = { sentence: lastSentence, e: spoke };
      // The issuer of the last statement stays its issuer while it speaks again.
      if (STATEMENT_NOUN.test(s.text.toLowerCase()) || spoke === statementVoice?.e) statementVoice = voice;
    } else if (!quotes.length && statementVoice && s.i - statementVoice.sentence <= STATEMENT_REACH) {
      // "…, the statement said." with no quotation: the same statement goes on.
      const verb = STATEMENT_SUBJECT.exec(s.text.toLowerCase())?.[1];
      if (verb && isQuoteVerb(verb)) statementVoice = { sentence: s.i, e: statementVoice.e };
    }
    if (here.length && !pronounReports) lastPerson = antecedent(ctx.text, s.start, s.end, here, quotes, said);
    // "The US president also announced that …": a post opening the sentence as its
    // subject (after at most one connective), standing for a person named before, is the "he" of
    // the sentences after it, before anyone the sentence merely names.
    if (!said && !pronounReports) {
      const post = POST_OPENS.exec(s.text);
      const holder = post ? nominalSpeaker(s.text.slice(0, post[0].length + 40), seen, ctx.text) : null;
      if (holder && !here.some((x) => x.m.start < s.start + post![0].length)) lastPerson = holder;
    }
    for (const x of here) {
      seen.delete(x.e);
      seen.add(x.e);
    }
  }
  return out;
}
