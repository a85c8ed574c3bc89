// Stage 5: meetings as events. Talks and negotiations ("talks in Geneva", "the London talks",
// "talks on the sidelines of the ASEAN Summit in Kuala Lumpur"), named summits, leaders'
// meetings ("a meeting between X and Y", "the X–Y summit", "when X and Y meet"), calls, state
// visits and tours; each with its place, date as written, participants and the summit it was
// part of. Reads mentions and entities, adds Meeting entities and relations through the context.

import { DocumentCache, DocumentSet } from "../document-caches.ts";
import { audienceMeetings } from "../events/audience-meetings.ts";
import { partiesBetween, sidesNamedBetween } from "../events/between-list.ts";
import { peopleListed, titleWord } from "../events/between-people.ts";
import { bulletedPeople } from "../events/bulleted-people.ts";
import { milestoneCeremony } from "../events/ceremonies.ts";
import { coLeads } from "../events/co-leads.ts";
import { coSigners } from "../events/co-signers.ts";
import { CALENDAR_NAMES, type EventDate, MONTH_NAMES, monthLabel, monthOf, resolveDate } from "../events/dates.ts";
import { hedgedEvent } from "../events/hedged.ts";
import { signingCeremony, signingPlacedAt, signWordIn } from "../events/own-signing.ts";
import { anotherPairMeeting, pairMeetingKey } from "../events/pair-meetings.ts";
import { roundOfAt } from "../events/rounds.ts";
import { foldStateSignings, STATE_SIGNINGS } from "../events/state-signings.ts";
import { summitNameOwners } from "../events/summit-owners.ts";
import { pastTimeAdjunct } from "../events/time-adjuncts.ts";
import { ASIAN_SURNAMES, NAME_PARTICLES } from "../lexicon/people.ts";
import {
  CAPITALS,
  CITIES,
  COUNTRY_BY_CODE,
  COUNTRY_NAMES,
  DEMONYMS,
  NAME_SHORT_FORMS,
  VENUES,
} from "../lexicon/places.ts";
import { HEAD_OF_STATE_TITLES } from "../lexicon/titles.ts";
import { MAX_PARTICIPANTS_PER_SENTENCE } from "../limits.ts";
import {
  absorbEntity,
  emitRelation,
  ensureEntity,
  entitiesById,
  keepRelations,
  keyKindIs,
  mentionsIn,
  rekeyEntity,
  type SeenMention,
  sentenceAt,
  wordsBetween,
} from "../rules/emit.ts";
import { countryEntity, isStateParty, mainCountryPair } from "../rules/sides.ts";
import type { LocalEntity, RuleContext } from "../rules/types.ts";
import { COMPANION_CUE_WORDS, companionCue } from "../syntax/companions.ts";
import { sentencesWith } from "../syntax/predicates.ts";
import { isPossessiveMark, lowerCaseTexts, newTextSlot, type TextFacts, type Token, tokenFacts } from "./02-tokens.ts";
import { isHeadline, type Mention } from "./03-mentions.ts";

const TALKS = /^(talks|negotiations|negotiation|discussions|dialogue|consultations)$/i;
/** Aliases that are only an event noun. */
const GENERIC_ALIAS =
  /^(talks|negotiations?|discussions|dialogue|consultations|meetings?|summit|conference|ceremony|forum|call|visit|trip|tour)$/i;
/** Lower-case heads of a meeting that is named by its place ("a summit in Beijing"). */
const PLACED_EVENT = /^(summit|meeting|meetings|conference|ceremony|forum)$/;
const REFERENCE = /^(talks|negotiations|discussions|negotiators)$/i;
/** "<Side>-<Side> … Forum": an event named after its two sides. */
const PAIR_EVENT = /^([A-Z][\w.]*)[-–]([A-Z][\w.]*) (?:[A-Z][a-z]+ )*(Forum|Summit|Conference|Dialogue|Talks)$/;
const WEEKDAY = /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
const MONTH = /^(January|February|March|April|May|June|July|August|September|October|November|December)$/;

interface Found {
  meeting: LocalEntity;
  sentence: number;
  kind: "talks" | "summit" | "leaders" | "call" | "visit" | "tour";
  /**
   * The sentence recalls the event in passing ("commitments made during discussions held earlier
   * in Geneva", "previous talks in London"): its other people are not placed at it.
   */
  background?: boolean;
  /** The token of the event word that named it here, when one did (for the verbs around it). */
  token?: number;
  /** Filed by a backoff for a meeting no precise reading found: it never blocks another backoff. */
  backoff?: boolean;
}

/** Words that mark an event mention as recalled, not reported. */
const RECALLED = /^(earlier|previous|prior|initial|past|preceding|last|former|first)$/i;

/** True when the event noun at `i` is recalled: "previous talks", "talks held earlier in". */
function isRecalled(tokens: Token[], i: number): boolean {
  const s = tokens[i]!.sentence;
  // "a truce that followed negotiations in Geneva", "the talks follow negotiations in Geneva".
  if (
    /^(follow|followed|follows|following)$/i.test(tokens[i - 1]?.text ?? "") ||
    /^(follow|followed|follows|following)$/i.test(tokens[i - 2]?.text ?? "")
  )
    return true;
  for (let k = Math.max(0, i - 3); k <= i + 3; k++) {
    const t = tokens[k];
    if (!t || t.sentence !== s || k === i) continue;
    if (
      RECALLED.test(t.text) &&
      !(t.text.toLowerCase() === "last" && /^(week|month|year)$/i.test(tokens[k + 1]?.text ?? "")) &&
      !(k < i && firstSince(tokens, k, i))
    )
      return true;
  }
  return false;
}

/**
 * "their first talks since the truce", "the first face-to-face meeting since 2019": "first" before
 * the event noun at `i`, "since" right after it (or after a short modifier): the event reported is
 * the first of a new run, not an earlier one recalled.
 */
function firstSince(tokens: Token[], k: number, i: number): boolean {
  if (!/^first$/i.test(tokens[k]!.text)) return false;
  const s = tokens[i]!.sentence;
  for (let j = i + 1; j <= i + 3; j++) {
    const t = tokens[j];
    if (!t || t.sentence !== s) return false;
    if (/^since$/i.test(t.text)) return true;
  }
  return false;
}

/** Per-document state that later rules read: the meetings found and the document's main talks. */
export interface MeetingIndex {
  found: Found[];
  primary: LocalEntity | null;
  /**
   * The events the document reports (named in its headline or lead, not as recalled), in order of
   * first mention; the others it names are background (earlier rounds, planned meetings).
   */
  main: LocalEntity[];
  /** Sentence index → meetings referenced in it. */
  bySentence: Map<number, Set<LocalEntity>>;
}

const INDEX = new DocumentCache<RuleContext, MeetingIndex>();

/** The meetings of a document, once findMeetings has run. */
export function meetingsOf(ctx: RuleContext): MeetingIndex {
  return INDEX.get(ctx) ?? { found: [], primary: null, main: [], bySentence: new Map() };
}

/** Words that end the clause an event noun heads: a place after them is not the event's. */
const CLAUSE_END = /^(;|said|says|while|but|after|before|when|whereas|although|because|since|and then)$/i;
/** Nouns for a settlement a place is named as ("the South Korean city of Busan"). */
const SETTLEMENT = /^(city|capital|town|port|resort|village|province|state|region)$/i;

/**
 * "in the Swedish capital" within four tokens after token `ti`: the capital of the country the
 * demonym names, as a Place entity (made if needed), with the demonym's mention; null otherwise.
 */
function demonymCapitalAfter(
  ctx: RuleContext,
  tokens: readonly Token[],
  ms: readonly { m: Mention; e: LocalEntity }[],
  ti: number,
): { country: { m: Mention; e: LocalEntity }; place: LocalEntity } | null {
  const capital = ms.find(
    (x) =>
      x.e.type === "Country" &&
      x.m.demonym &&
      x.m.ts > ti &&
      x.m.ts <= ti + 4 &&
      /^capital$/i.test(tokens[x.m.te]?.text ?? "") &&
      /^(in|at)$/i.test(tokens[x.m.ts - 2]?.text ?? ""),
  );
  const name = capital ? COUNTRY_BY_CODE.get(capital.m.key.replace(/^Country:/, ""))?.capital : undefined;
  if (!capital || !name) return null;
  const span = { ts: capital.m.ts - 1, te: capital.m.te + 1 };
  return { country: capital, place: ensureEntity(ctx, "Place", name, name, span, "place-demonym-capital") };
}

/**
 * The place an event noun at `ti` is held in: a Place (or a Country by name) within `window`
 * tokens after it, introduced by "in"/"at" or by "the <adjective> city of"; a capital standing for
 * its government ("in Madrid") is read as the city. Stops at the end of the noun's clause.
 */
function placeAfter(ctx: RuleContext, ti: number, window = 8): { m: Mention; e: LocalEntity } | null {
  const s = ctx.tokens[ti]!.sentence;
  for (const x of mentionsIn(ctx, s)) {
    if (x.m.ts <= ti || x.m.ts > ti + window) continue;
    // "at the White House", "in the Oval Office": the article before a venue's name.
    const article =
      ctx.tokens[x.m.ts - 1]?.text === "the" &&
      (x.e.type === "Place" || x.e.type === "Agency") &&
      // "at the Itamaraty palace": a venue's head word written in lower case too.
      isVenueName(x.e.name.replace(/ ([a-z])([a-z]+)$/, (_m, a: string, b: string) => ` ${a.toUpperCase()}${b}`));
    const prev = ctx.tokens[x.m.ts - (article ? 2 : 1)]?.text;
    const settlement = prev === "of" && SETTLEMENT.test(ctx.tokens[x.m.ts - 2]?.text ?? "") && x.e.type !== "Country";
    // "in the Malaysian capital": the capital of the state the demonym names.
    const demonymCapital =
      x.e.type === "Country" &&
      !!x.m.demonym &&
      prev === "the" &&
      /^(in|at)$/i.test(ctx.tokens[x.m.ts - 2]?.text ?? "") &&
      /^capital$/i.test(ctx.tokens[x.m.te]?.text ?? "");
    if (!(prev === "in" || prev === "at" || settlement || demonymCapital)) continue;
    let blocked = false;
    for (let k = ti + 1; k < x.m.ts && !blocked; k++) blocked = CLAUSE_END.test(ctx.tokens[k]!.text);
    if (blocked) return null;
    if (demonymCapital) {
      const city = COUNTRY_BY_CODE.get(x.m.key.replace(/^Country:/, ""))?.capital;
      if (!city) continue;
      const span = { ts: x.m.ts - 1, te: x.m.te + 1 };
      return { m: x.m, e: ensureEntity(ctx, "Place", city, city, span, "place-demonym-capital") };
    }
    // "in Malaysia's capital Kuala Lumpur", "in China's southern city of Shenzhen": the city.
    if (x.e.type === "Country" && !x.m.demonym && /^['’]s$/.test(ctx.tokens[x.m.te]?.text ?? "")) {
      const city = ownedSettlement(ctx, x, s);
      if (city) return city;
    }
    if (x.e.type === "Place" || (x.e.type === "Country" && !x.m.demonym && !x.m.capitalAsState)) return x;
    // "at the White House", "at the Kremlin": the seat of a government as a place.
    if (x.e.type === "Agency" && prev === "at" && isVenueName(x.e.name))
      return {
        m: x.m,
        e: ensureEntity(ctx, "Place", x.e.name, x.e.name, { ts: x.m.ts, te: x.m.te }, "place-seat-venue"),
      };
    if (x.e.type === "Country" && x.m.capitalAsState) {
      const city = COUNTRY_BY_CODE.get(x.e.attributes.code ?? "")?.capital;
      if (city && city.toLowerCase() === x.m.text.toLowerCase()) {
        const e = ensureEntity(ctx, "Place", city, city, { ts: x.m.ts, te: x.m.te }, "place-capital-city");
        return { m: x.m, e };
      }
    }
  }
  return null;
}

/**
 * The city a country's possessive names ("Malaysia's capital Kuala Lumpur", "Japan's capital,
 * Tokyo", "China's southern city of Shenzhen"): a Place within five tokens after the possessive,
 * with a settlement noun and only lower-case words, "of" or a comma between; null otherwise.
 */
function ownedSettlement(
  ctx: RuleContext,
  country: { m: Mention; e: LocalEntity },
  sentence: number,
): { m: Mention; e: LocalEntity } | null {
  const from = country.m.te + 1;
  // A capital may have been read as its state ("Japan's capital, Tokyo"): the city it names.
  const city = mentionsIn(ctx, sentence).find(
    (y) =>
      y.m.ts > from && y.m.ts <= from + 5 && (y.e.type === "Place" || (y.e.type === "Country" && y.m.capitalAsState)),
  );
  if (!city) return null;
  let settlement = false;
  for (let k = from; k < city.m.ts; k++) {
    const w = ctx.tokens[k]!.text;
    if (SETTLEMENT.test(w)) settlement = true;
    else if (!/^([a-z-]+|,)$/.test(w)) return null;
  }
  if (!settlement) return null;
  if (city.e.type === "Place") return city;
  const name = COUNTRY_BY_CODE.get(city.e.attributes.code ?? "")?.capital;
  if (!name || name.toLowerCase() !== city.m.text.toLowerCase()) return null;
  return {
    m: city.m,
    e: ensureEntity(ctx, "Place", name, name, { ts: city.m.ts, te: city.m.te }, "place-capital-city"),
  };
}

/**
 * "at Tokyo's Akasaka Palace", "in London’s historic Lancaster House": the venue a place found by
 * `placeAfter` owns, a Place within four tokens after its possessive; null otherwise.
 */
function possessiveVenue(ctx: RuleContext, after: { m: Mention; e: LocalEntity }): LocalEntity | null {
  if (after.e.type !== "Place" || !/^['’]s$/.test(ctx.tokens[after.m.te]?.text ?? "")) return null;
  const owned = mentionsIn(ctx, after.m.sentence).find(
    (x) => x.e.type === "Place" && x.e !== after.e && x.m.ts > after.m.te && x.m.ts <= after.m.te + 4,
  );
  return owned?.e ?? null;
}

/** Files the venue a place owns as where `meeting` was held too, and as part of that place. */
function holdAtVenue(
  ctx: RuleContext,
  meeting: LocalEntity,
  after: { m: Mention; e: LocalEntity },
  rule: string,
): void {
  const venue = possessiveVenue(ctx, after);
  if (!venue) return;
  emitRelation(ctx, meeting, "HELD_IN", venue, after.m.sentence, rule);
  emitRelation(ctx, venue, "PART_OF", after.e, after.m.sentence, "place-possessive-venue");
}

/** Sentence → the date it gives (`dateNear`), read once per sentence however many meetings it names. */
const DATES = new DocumentCache<RuleContext, Map<number, string | undefined>>();

function dateNear(ctx: RuleContext, sentence: number, at?: number): string | undefined {
  if (at !== undefined) return dateAt(ctx, at);
  let dates = DATES.get(ctx);
  if (!dates) DATES.set(ctx, (dates = new Map()));
  if (!dates.has(sentence)) dates.set(sentence, readDate(ctx, sentence));
  return dates.get(sentence);
}

/** A resolved date as a meeting's `date`: the ISO day, or the month written out ("October 2025"). */
function stored(d: EventDate | undefined, docDate: string | null): string | undefined {
  if (!d) return undefined;
  if (!d.iso) return d.text;
  // An absolute date ("June 5th", "May 12, 2025") stays as written when the year it is read in is
  // the year the graph reads it in (the document's, or its own); a weekday or a relative phrase
  // ("on Thursday", "last month") is stored resolved.
  const written =
    /^(\d{1,2}\s)?[A-Z][a-z]+\.?(\s\d|$|,)/.test(d.text) &&
    !/^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Last|Next|This)\b/.test(d.text);
  const year = d.iso.slice(0, 4);
  if (written && (d.text.includes(year) || year === docDate?.slice(0, 4))) return d.text;
  return dateText(d.iso);
}

function dateText(iso: string): string {
  return /^\d{4}-\d{2}$/.test(iso) ? monthLabel(iso) : iso;
}

/** A token that starts a date phrase. */
const DATE_WORD =
  /^(January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tomorrow|last|next)$/;
/** Words after an event noun that open another event (its date is that event's). */
const OTHER_EVENT_LINK = /^(since|after|following|before|ahead|until)$/i;
/** Nouns of another event: a date after one belongs to it. */
const OTHER_EVENT = /^(talks|negotiations|meeting|meetings|summit|call|visit|trip|tour|conference|ceremony|forum)$/i;

/**
 * The date of the event named at token `at`: the nearest date phrase after it in its clause (up to
 * the next event noun), else just before it ("Thursday's meeting", "on Monday, talks …"), resolved
 * with the words around that phrase (a "will" three clauses away does not make it future).
 */
function dateAt(ctx: RuleContext, at: number): string | undefined {
  const { tokens } = ctx;
  const s = ctx.sentences[tokens[at]!.sentence]!;
  const tryAt = (k: number): string | undefined => {
    const t = tokens[k]!;
    if (!DATE_WORD.test(t.text.replace(/['’]s$/, ""))) return undefined;
    // The phrase and the three words before it ("scheduled for Thursday", "will meet on Monday").
    const words: string[] = [];
    for (let j = Math.max(s.tokenStart, k - 3); j < Math.min(s.tokenEnd, k + 5); j++) words.push(tokens[j]!.text);
    return stored(resolveDate(words, ctx.doc.date), ctx.doc.date);
  };
  for (let k = at + 1; k < Math.min(s.tokenEnd, at + 13); k++) {
    // "talks since agreeing to a truce last month", "a call ahead of Friday's deadline": a date
    // past these words is another event's.
    if (OTHER_EVENT.test(tokens[k]!.text) || OTHER_EVENT_LINK.test(tokens[k]!.text)) break;
    const d = tryAt(k);
    if (d) return d;
  }
  for (let k = at - 1; k >= Math.max(s.tokenStart, at - 8); k--) {
    if (OTHER_EVENT.test(tokens[k]!.text)) break;
    const d = tryAt(k);
    if (d) return d;
  }
  return undefined;
}

/** The sentence's first date, resolved against the document's date (ISO day or month). */
function readDate(ctx: RuleContext, sentence: number): string | undefined {
  const s = ctx.sentences[sentence]!;
  const words: string[] = [];
  for (let i = s.tokenStart; i < s.tokenEnd; i++) words.push(ctx.tokens[i]!.text);
  return stored(resolveDate(words, ctx.doc.date), ctx.doc.date);
}

/**
 * The name a person is called by alone: "Trump" for Donald Trump, "Xi" for Xi Jinping, "von der
 * Leyen" for Ursula von der Leyen.
 */
export function surname(e: LocalEntity): string {
  const words = e.name.split(/\s+/);
  // "Donald Trump Tuesday": a day read into the name is none of it.
  while (words.length > 1 && WEEKDAY.test(words.at(-1)!)) words.pop();
  // "Ferdinand Marcos Jr.", "Martin Luther King III": a generational suffix is no surname.
  if (words.length > 2 && /^(Jr\.?|Sr\.?|II|III|IV)$/.test(words.at(-1)!)) words.pop();
  const particle = words.findIndex((w, i) => i > 0 && NAME_PARTICLES.has(w));
  if (particle > 0 && particle < words.length - 1) return words.slice(particle).join(" ");
  const short = [...e.aliases].find((a) => !a.includes(" ") && words.includes(a));
  if (short) return short;
  // A romanised given name written with an apostrophe or hyphen ("Lan Fo'an", "Kim Yong-beom")
  // follows the family name.
  const given = words.length === 2 && /^[A-Z][a-z]+['’-][a-z]+$/.test(words[1]!);
  // "Lee Jae Myung", "Kim Jong Un": a family name first, then a two-part given name.
  const asian =
    ASIAN_SURNAMES.has(words[0]!) && (words.length === 2 || (words.length === 3 && /^[A-Z][a-z]+$/.test(words[2]!)));
  return (asian || (given && words.length === 2) ? words[0] : words.at(-1)) ?? e.name;
}

/** Heads of an event's name that also name standing bodies ("the X Forum", "the X Convention"; a trade fair or expo is no meeting). */
const EVENT_NAME = /\s(Forum|Convention|Indaba)$/;

/** Standing bodies named "Forum" whose meetings have names of their own ("its annual meeting"). */
export const STANDING_FORUMS: ReadonlySet<string> = new Set(["World Economic Forum", "Boao Forum"]);

/** Verbs and prepositions whose object is an event one attends ("attended / hosted / at the X Forum"). */
const EVENT_GOVERNOR =
  /^(at|during|attend|attends|attended|attending|host|hosts|hosted|hosting|co-hosted|co-hosting|addressed|addresses|address|addressing|opened|opens|chaired|chairs|chairing|co-chaired|joined|joining|inaugurated|inaugurating|to)$/i;

/**
 * True when the mention `m` is written as an event: governed by "at", "during", "attended",
 * "hosted", "addressed", "on the sidelines of" (past "the", a year, an ordinal, "annual"), or
 * followed by "in <place>", "took place", "was held", "opened", "kicked off".
 */
function writtenAsEvent(ctx: RuleContext, m: { ts: number; te: number; sentence: number }): boolean {
  const { tokens } = ctx;
  let k = m.ts - 1;
  while (
    k >= 0 &&
    /^(the|this|this year['’]s|annual|inaugural|\d{4}|\d+(st|nd|rd|th)|first|second|third)$/i.test(tokens[k]!.text)
  )
    k--;
  const w = tokens[k]?.text ?? "";
  if (w === "to") {
    // "travelled to the X Forum", "a trip to the X Expo"; not "a letter to the X Forum".
    if (!/^(travel(l)?ed|went|headed|trip|came|arrived|invited|delegation)$/i.test(tokens[k - 1]?.text ?? ""))
      return false;
    return true;
  }
  if (EVENT_GOVERNOR.test(w)) return true;
  if (w === "of" && sidelinesOfAt(tokens, k - 1)) return true;
  const next = tokens[m.te]?.text ?? "";
  if (/^(opened|opens|kicked|closed|concluded|wrapped)$/i.test(next)) return true;
  if (next === "in" && mentionsIn(ctx, m.sentence).some((x) => x.m.ts === m.te + 1 && x.e.type === "Place"))
    return true;
  return heldAsEvent(ctx, m.te);
}

/**
 * "the A-B Business Forum" and "the A–B Business Forum" (a hyphen in one place, an en dash in
 * another): one event, whose names differ only in their dashes.
 */
function foldDashVariants(ctx: RuleContext): void {
  const meetings = ctx.resolution.entities.filter((e) => e.type === "Meeting" && e.mentions.length);
  for (const e of meetings) {
    if (!/[–—]/.test(e.name) || !e.mentions.length) continue;
    const plain = e.name.replace(/[–—]/g, "-");
    const keep = meetings.find((x) => x !== e && x.mentions.length && (x.name === plain || x.aliases.has(plain)));
    if (keep) absorbEntity(ctx, keep, e);
  }
}

/**
 * True when the words from token `k` on say that the name before them is held: "was held", "is
 * being held", "will be held", "took place", "is taking place", or the participle "held in / at /
 * on / this" ("the X Forum held in Davos"). A standing body is not held; its meeting is.
 */
function heldAsEvent(ctx: RuleContext, k: number): boolean {
  const { tokens } = ctx;
  let j = k;
  while (j < k + 3 && /^(was|is|are|were|will|be|being|been|has|have|had)$/i.test(tokens[j]?.text ?? "")) j++;
  const w = tokens[j]?.text ?? "";
  const after = tokens[j + 1]?.text ?? "";
  if (/^(took|takes|taking|take)$/i.test(w) && after === "place") return true;
  if (w !== "held") return false;
  return j > k || /^(in|at|on|this|last|earlier)$/i.test(after);
}

// The words the passes of `findMeetings` test on every token, made once: a regular expression
// written inside a loop is a new object each time it is evaluated (garbage on every token).
const MEET_NOUN = /^(meeting|meet|summit)$/;
const VISIT_OR_TRIP = /^(visit|trip)$/;
const VISIT_FORMS = /^(visit|visits|visiting|visited)$/;
const VISITS_DETERMINER = /^(the|their|official|state)$/i;
const GROUP_MEET_VERB = /^(met|meet|meets|convened|convene|convenes|gathered|gather|gathers)$/;
const DELEGATION_NOUN = /^(delegation|mission)$/;
const MET_VERB = /^(met|meets|hosted|hosts|host|welcomed|welcomes|welcome|received|receives)$/;
const CALL_VERB = /^(spoke|speak|speaks|speaking|talked|talking|held|had|holds|hold|phoned|telephoned|rang|called)$/;
const CONFER_VERB = /^(conferred|confers|huddled)$/;
const SIT_VERB = /^(sat|sits)$/;
/** Words before a verb of meeting or speaking that deny it ("did not speak with", "refused to"). */
const MEET_DENIED = /^(not|n't|never|no|refused|refuses|declined|declines|failed|fails|unable|unwilling|rejected)$/i;
/** Words a denial may stand past before a meeting verb ("did not meet", "has never met", "refused to meet"). */
const DENIAL_BRIDGE =
  /^(do|does|did|will|would|could|can|should|may|might|has|have|had|be|been|was|were|is|are|to|yet|even|ever|again|personally|formally|directly|reportedly|so|far|ultimately)$/i;

/**
 * True when the meeting verb at `i` is denied: "did not meet", "never met", "has not yet met",
 * "refused to meet", "denied meeting", "declined to meet with". A denial word reached backwards past
 * auxiliaries and a few adverbs only, within the sentence.
 */
function meetingDenied(tokens: readonly Token[], i: number): boolean {
  const sentence = tokens[i]!.sentence;
  for (let k = i - 1; k >= Math.max(0, i - 5) && tokens[k]!.sentence === sentence; k--) {
    const w = tokens[k]!.text;
    if (MEET_DENIED.test(w) || /^(denied|denies|deny|denying|ruled)$/i.test(w)) return true;
    if (!DENIAL_BRIDGE.test(w)) return false;
  }
  return false;
}

/** Verbs of inviting (the first pass of `findMeetings` notes where they are). */
const INVITE_FORMS = /^(invited|invites|invite|inviting)$/;
/** The slot of each token text's facts (stage 2's `tokenFacts`) holding its `passBits`. */
const PASS_SLOT = newTextSlot();
/** `passBits`: the token may start something in the first, second, third or fourth pass of `findMeetings`. */
const PASS_1 = 1;
const PASS_2 = 2;
const PASS_3 = 4;
const PASS_4 = 8;

/**
 * The passes of `findMeetings` a token written `text` may start something in: each branch's test
 * of the word itself, made once per text (most words start nothing, and each pass tests up to a
 * dozen patterns on every token).
 */
function passBits(f: TextFacts, text: string): number {
  let bits = f.slots[PASS_SLOT] as number | undefined;
  if (bits !== undefined) return bits;
  const lower = f.lower;
  bits = 0;
  if (
    MEET_NOUN.test(lower) ||
    ENCOUNTER.test(lower) ||
    lower === "call" ||
    lower === "conversation" ||
    lower === "visits" ||
    VISIT_OR_TRIP.test(lower) ||
    VISIT_FORMS.test(lower) ||
    HEAD_FOR.test(lower) ||
    lower === "tour" ||
    lower === "welcome" ||
    lower === "welcoming" ||
    INVITE_FORMS.test(lower) ||
    JOINT_VERB.test(lower)
  )
    bits |= PASS_1;
  if (
    NAMED_HEAD.test(text) ||
    text === "signing" ||
    TALKS.test(text) ||
    text === "engagements" ||
    text === "round" ||
    PLACED_EVENT.test(text) ||
    GROUP_MEET_VERB.test(text)
  )
    bits |= PASS_2;
  if (DEAL_PLACE_VERB.test(lower) || SEND_VERB.test(lower) || DELEGATION_NOUN.test(lower)) bits |= PASS_3;
  if (MET_VERB.test(lower) || CONFER_VERB.test(lower) || lower === "down" || CALL_VERB.test(lower)) bits |= PASS_4;
  f.slots[PASS_SLOT] = bits;
  return bits;
}

/** Finds the document's meetings, adds them as entities with their relations. */
export function findMeetings(ctx: RuleContext): void {
  const index: MeetingIndex = { found: [], primary: null, main: [], bySentence: new Map() };
  INDEX.set(ctx, index);
  const note = (f: Found) => {
    index.found.push(f);
    let set = index.bySentence.get(f.sentence);
    if (!set) index.bySentence.set(f.sentence, (set = new Set()));
    set.add(f.meeting);
  };
  const { tokens } = ctx;
  const lowers = lowerCaseTexts(tokens);
  const facts = tokenFacts(tokens);
  markLowerCaseHeads(ctx);

  // "the U.S.-Saudi Investment Forum": an organisation named after two sides and an event noun is
  // their event; the sides take part.
  const pairSides = new Map<LocalEntity, LocalEntity[]>();
  for (const e of ctx.resolution.entities) {
    if (e.type !== "Organization") continue;
    const named = PAIR_EVENT.exec(e.name);
    if (!named) continue;
    const sides = [named[1]!, named[2]!].map((w) => {
      const code = COUNTRY_NAMES.get(w) ?? DEMONYMS.get(w);
      return code ? countryEntity(ctx, code) : undefined;
    });
    if (!sides[0] || !sides[1] || sides[0] === sides[1]) continue;
    e.type = "Meeting";
    pairSides.set(e, sides as LocalEntity[]);
  }
  // "hosted the Future Minerals Forum in Riyadh", "addressed the Astana International Forum": a
  // forum, convention or indaba no gazetteer knows as a standing body, written as an event, is one.
  for (const e of ctx.resolution.entities)
    if (
      e.type === "Organization" &&
      EVENT_NAME.test(e.name) &&
      e.mentions.every((m) => m.key === "") &&
      e.mentions.some((m) => (STANDING_FORUMS.has(e.name) ? heldAsEvent(ctx, m.te) : writtenAsEvent(ctx, m)))
    )
      e.type = "Meeting";
  // Organisations by name, each name to the first entity that has it: a summit's mention is
  // looked up by its prefixes, not against every organisation.
  const organisations = new Map<string, { e: LocalEntity; order: number }>();
  ctx.resolution.entities.forEach((o, order) => {
    if (o.type === "Organization" && !organisations.has(o.name)) organisations.set(o.name, { e: o, order });
  });
  // The first organisation, in entity order, whose name starts `text`.
  const organisationOpening = (text: string): LocalEntity | undefined => {
    let best: { e: LocalEntity; order: number } | undefined;
    for (let n = 0; n <= text.length; n++) {
      const o = organisations.get(text.slice(0, n));
      if (o && (!best || o.order < best.order)) best = o;
    }
    return best?.e;
  };

  // Named summits: "the ASEAN Summit in Kuala Lumpur", "the APEC Summit in Gyeongju, South Korea".
  const prefixed = new Set<LocalEntity>();
  for (const e of [...ctx.resolution.entities]) {
    if (e.type !== "Meeting") continue;
    // "the Africa-Nordic Summit" read as "-Nordic Summit" after a place: the name starts at the place.
    const first = e.mentions[0];
    if (first && /^[-–]/.test(e.name)) {
      const prev = mentionsIn(ctx, first.sentence).find((x) => x.m.te === first.ts && x.e !== e);
      if (!prev) continue;
      e.name = `${prev.m.text}${e.name}`;
      e.aliases.add(e.name);
      if (isStateParty(prev.e))
        emitRelation(ctx, prev.e, "PARTICIPATED_IN", e, first.sentence, "meeting-named-event", {}, 0.7);
    } else if (first && /^[-–]$/.test(tokens[first.ts - 1]?.text ?? "")) {
      // "the first Japan-EU summit" read as "EU summit" after "Japan-": the first party is in its name.
      const prev = mentionsIn(ctx, first.sentence).find(
        (x) => x.m.te === first.ts - 1 && x.e !== e && isStateParty(x.e) && !x.m.demonym,
      );
      if (prev) {
        e.name = `${prev.m.text}-${e.name}`;
        e.aliases.add(e.name);
        emitRelation(ctx, prev.e, "PARTICIPATED_IN", e, first.sentence, "meeting-named-event", {}, 0.7);
      }
    }
    // "the OECD Ministerial Council Meeting", "the G20 Johannesburg Summit": an organisation
    // written right before the event's name holds it; the name carries it (round 16).
    // "the Association of Southeast Asian Nations (ASEAN) Foreign Ministers' Meeting":
    // the organisation's acronym in brackets right before the name is the organisation too.
    const bracketed = first && tokens[first.ts - 1]?.text === ")" ? first.ts - 1 : undefined;
    const owner = first
      ? mentionsIn(ctx, first.sentence).find(
          (x) =>
            x.e.type === "Organization" &&
            (x.m.te === first.ts ||
              (bracketed !== undefined && x.m.te === bracketed && tokens[x.m.ts - 1]?.text === "(")),
        )
      : undefined;
    if (owner && !e.name.includes(shortName(owner)) && !e.name.includes(owner.e.name)) {
      prefixed.add(e);
      e.aliases.add(e.name);
      e.name = `${shortName(owner)} ${e.name}`;
      // No PARTICIPATED_IN of the organisation: readers do not file a body at its own meeting.
      e.aliases.add(e.name);
    }
    for (const m of e.mentions) {
      note({ meeting: e, sentence: m.sentence, kind: "summit", token: m.te - 1 });
      // "the APEC Summit in Gyeongju"; "leaders gathered in Johannesburg for the G20 summit".
      // "the X Summit took place in Y", "… was held in Y", "… opened in Y".
      const verb = /^(took|was|is|will|opened|opens|began|begins|ended|ends|closed|kicked|convened|gets|got)$/i.test(
        tokens[m.te]?.text ?? "",
      );
      const place =
        placeAfter(ctx, m.te - 1, heldAfter(ctx, m.te - 1) ? 14 : verb ? 6 : 3) ??
        destinationBefore(ctx, m.ts, mentionsIn(ctx, m.sentence));
      if (place) {
        emitRelation(ctx, e, "HELD_IN", place.e, m.sentence, "meeting-summit-in-place");
        // Named by its place too ("the Gyeongju summit"); its `place` stays unset so that the place
        // keeps naming the talks held there.
        const noun = tokens[m.te - 1]?.text.toLowerCase() ?? "";
        if (KIND_NOUN.test(noun) && !e.name.includes(place.e.name)) e.aliases.add(`${place.e.name} ${noun}`);
      }
      const org = organisationOpening(m.text);
      const orgMention = mentionsIn(ctx, m.sentence).find((x) => x.e.type === "Organization" && x.m.start === m.start);
      // An organisation's summit is one event across documents however it is written ("APEC
      // Summit", "Asia-Pacific Economic Cooperation summit", "the APEC leaders' forum").
      const owner = org ?? orgMention?.e;
      if (owner && !e.attributes.mergeKey && /\b(summit|forum)$/i.test(e.name))
        e.attributes.mergeKey = `org@${owner.name}@summit`;
      if (org ?? orgMention)
        emitRelation(ctx, (org ?? orgMention!.e)!, "PARTICIPATED_IN", e, m.sentence, "meeting-summit-of-organization");
      for (const side of pairSides.get(e) ?? [])
        emitRelation(ctx, side, "PARTICIPATED_IN", e, m.sentence, "meeting-named-sides");
      for (const side of pairBeforeEvent(ctx, m))
        emitRelation(ctx, side, "PARTICIPATED_IN", e, m.sentence, "meeting-pair-at-event", {}, 0.7);
      // "at the X Forum, where President Y secured …": the person of the relative clause was there.
      if (tokens[m.te]?.text === "," && /^where$/i.test(tokens[m.te + 1]?.text ?? "")) {
        const who = mentionsIn(ctx, m.sentence).find(
          (x) => x.e.type === "Person" && x.m.ts >= m.te + 2 && x.m.ts <= m.te + 5,
        );
        if (who) emitRelation(ctx, who.e, "PARTICIPATED_IN", e, m.sentence, "meeting-where-participant");
      }
    }
  }
  headlineEvents(ctx, note);
  // Summits typed by head word swallow their organisation mention: add it back as a participant.
  for (const e of ctx.resolution.entities) {
    if (e.type !== "Meeting" || prefixed.has(e)) continue;
    const first = e.name.split(/\s+/)[0];
    const org = first === undefined ? undefined : organisations.get(first)?.e;
    if (org && e.mentions[0])
      emitRelation(ctx, org, "PARTICIPATED_IN", e, e.mentions[0].sentence, "meeting-summit-of-organization");
  }

  // Two passes: leaders' meetings, calls, visits and tours first (they name their participants),
  // then talks and placed meetings, which join a leaders' meeting held at the same place.
  for (const s of ctx.sentences) {
    const ms = mentionsIn(ctx, s.i);
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      if (!(passBits(facts[i]!, tokens[i]!.text) & PASS_1)) continue;
      const lower = lowers[i]!;
      // "a possible meeting / visit / call", "he might also meet Y": a guess, no event.
      if (hedgedEvent(tokens, i)) continue;
      if (MEET_NOUN.test(lower)) {
        if (!findDelegationMeeting(ctx, i, ms, note)) findLeadersMeeting(ctx, i, ms, note);
      } else if (ENCOUNTER.test(lower) && tokens[i + 1]?.text === "between") findLeadersMeeting(ctx, i, ms, note);
      else if (
        (lower === "call" && isCallNoun(tokens, i)) ||
        // "a phone conversation between X and Y".
        (lower === "conversation" && PHONE.test(tokens[i - 1]?.text ?? ""))
      )
        findCall(ctx, i, ms, note);
      else if (lower === "visit" && tokens[i + 1]?.text === "to") findVisit(ctx, i, ms, note);
      else if (
        lower === "visits" &&
        tokens[i + 1]?.text === "to" &&
        !VISITS_DETERMINER.test(tokens[i - 1]?.text ?? "")
      ) {
        // "X arrived in Muscat after visits to Jordan and Ethiopia": one visit per destination.
        let gap = 2;
        // The closure reads `at`, not `i`: a closure reading the loop's `i` would cost a context per token.
        const at = i;
        for (let n = 0; n < 4 && findVisit(ctx, i, ms, note, gap); n++) {
          const dest = ms.find((x) => x.m.ts === at + gap);
          const next = dest
            ? ms.find(
                (x) => x.m.ts === dest.m.te + 1 || (x.m.ts === dest.m.te + 2 && tokens[dest.m.te + 1]?.text === "and"),
              )
            : undefined;
          if (!dest || !next || !/^(,|and)$/.test(tokens[dest.m.te]?.text ?? "")) break;
          gap = next.m.ts - i;
        }
      } else if (VISIT_OR_TRIP.test(lower) && tokens[i + 1]?.text === "by") {
        // "the visit by Crown Prince X to Washington": the destination after the visitor.
        let to = i + 3;
        while (to < Math.min(s.tokenEnd, i + 9) && tokens[to]!.text !== "to") to++;
        if (tokens[to]?.text === "to") findVisit(ctx, i, ms, note, to + 1 - i);
        else visitOfVisitors(ctx, i, ms, note);
      } else if (VISIT_OR_TRIP.test(lower) && tokens[i + 1]?.text === "of") {
        visitOfVisitors(ctx, i, ms, note);
      } else if (VISIT_FORMS.test(lower)) {
        // "visited India", "to visit the United States soon".
        if (
          !findVisit(ctx, i, ms, note, 1) &&
          !(tokens[i + 1]?.text === "the" && findVisit(ctx, i, ms, note, 2, true)) &&
          lower === "visit"
        )
          findVisit(ctx, i, ms, note, 0);
      } else if (lower === "trip" && tokens[i + 1]?.text === "to") findVisit(ctx, i, ms, note);
      else if (HEAD_FOR.test(lower) && tokens[i + 1]?.text === "to") {
        // "Prime Minister X heads to Mexico on Thursday": a leader's journey to a state is a visit.
        const gap = leaderJourney(ctx, i, ms);
        if (gap) findVisit(ctx, i, ms, note, gap);
      } else if (lower === "tour" || lower === "trip") findTour(ctx, i, ms, note);
      else if (lower === "welcome" || lower === "welcoming") findWelcomeVisit(ctx, i, ms, note);
      else if (INVITE_FORMS.test(lower)) INVITES.set(ctx, [...(INVITES.get(ctx) ?? []), i]);
      else if (JOINT_VERB.test(lower)) {
        findJointDeal(ctx, i, ms, note);
        if (lower === "signed") findSignedAtVenue(ctx, i, ms, note);
        if (lower === "signed") findPassiveSigning(ctx, i, ms, note);
      }
    }
  }
  for (const s of ctx.sentences) {
    const ms = mentionsIn(ctx, s.i);
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const t = tokens[i]!;
      if (!(passBits(facts[i]!, t.text) & PASS_2)) continue;
      if (NAMED_HEAD.test(t.text) && i > s.tokenStart && findNamedEvent(ctx, i, ms, note)) continue;
      if (t.text === "signing" && /^(in|at)$/.test(tokens[i + 1]?.text ?? "")) {
        findSigningReference(ctx, i, note);
        continue;
      }
      // "The signing, which took place in X": the signing's own words place it.
      if (t.text === "signing") {
        const at = signingPlacedAt(tokens, i);
        if (at >= 0) {
          placedSigning(ctx, i, at, note);
          continue;
        }
      }
      // "after intense engagements with X": talks with X.
      if (
        TALKS.test(t.text) ||
        (t.text === "engagements" && tokens[i + 1]?.text === "with") ||
        roundOfTalks(ctx, i, ms)
      )
        findTalks(ctx, i, ms, note);
      else if (PLACED_EVENT.test(t.text)) findPlacedEvent(ctx, i, ms, note);
      else if (GROUP_MEET_VERB.test(t.text)) findGroupMeeting(ctx, i, ms, note);
    }
  }
  // Events read from a deal's place and from delegations' journeys, after the event nouns (which
  // they join when those name the same place).
  for (const s of ctx.sentences) {
    let ms: Seen[] | undefined;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      if (!(passBits(facts[i]!, tokens[i]!.text) & PASS_3)) continue;
      const lower = lowers[i]!;
      if (DEAL_PLACE_VERB.test(lower)) findDealPlace(ctx, i, note);
      else if (SEND_VERB.test(lower) || DELEGATION_NOUN.test(lower))
        findDelegationTrip(ctx, i, (ms ??= mentionsIn(ctx, s.i)), note);
    }
  }
  const settle = () => {
    index.main = mainEvents(ctx, index.found);
    const talks = index.found.filter((f) => f.kind === "talks");
    // The main talks: reported in the lead with a place, else the first placed, else the first.
    // Talks only recalled ("followed negotiations in Geneva") are not the document's own.
    const reported = talks.filter((f) => !f.background);
    const pool = reported.length ? reported : talks;
    const talksPick =
      pool.find((f) => f.meeting.attributes.place && index.main.includes(f.meeting)) ??
      pool.find((f) => f.meeting.attributes.place) ??
      pool[0];
    // A leaders' meeting or call the lead reports is the document's own event, not talks named
    // only later or only as planned ("Officials will hold talks in Canberra next month"): "the two
    // leaders discussed …" and the headline's sides are the leaders' meeting's.
    const leaders = index.found.find(
      (f) => (f.kind === "leaders" || f.kind === "call") && !f.background && index.main.includes(f.meeting),
    );
    const talksFirst = talksPick ? index.found.find((f) => f.meeting === talksPick.meeting) : undefined;
    const displaced =
      leaders &&
      talksPick &&
      talksFirst &&
      (!index.main.includes(talksPick.meeting) ||
        (talksFirst.sentence > leaders.sentence && NOT_YET.test(ctx.sentences[talksFirst.sentence]!.text)));
    index.primary = (displaced ? leaders.meeting : talksPick?.meeting) ?? null;
  };
  for (const s of ctx.sentences)
    for (let i = s.tokenStart; i < s.tokenEnd; i++)
      if (/^(summit|meeting)$/.test(lowers[i]!)) summitOfTheTwo(ctx, i, index, note);
  settle();
  // Third pass: events read from verbs ("X met Y", "X and Y spoke by phone") and talks named only
  // by their parties, which join the main talks found above when they are theirs.
  resolvePending(ctx, index.primary, note);
  for (const s of ctx.sentences) {
    let ms: Seen[] | undefined;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      if (!(passBits(facts[i]!, tokens[i]!.text) & PASS_4)) continue;
      const lower = lowers[i]!;
      if (
        MET_VERB.test(lower) ||
        // "X sat down with Y", "X conferred with Y": read from the last word before "with".
        (tokens[i + 1]?.text === "with" &&
          (CONFER_VERB.test(lower) || (lower === "down" && SIT_VERB.test(tokens[i - 1]?.text ?? ""))))
      )
        findMet(ctx, i, (ms ??= mentionsIn(ctx, s.i)), index.primary, note);
      else if (CALL_VERB.test(lower)) findCallVerb(ctx, i, (ms ??= mentionsIn(ctx, s.i)), note);
    }
  }
  // The event kinds as a class, where the precise readings filed nothing.
  kindBackoff(ctx, index, note);
  // An official's meeting with a group named by a plural noun ("industry executives").
  audienceMeetings(ctx, surname);
  settle();
  datelineMeetings(ctx, index);
  backReferences(ctx, index, note);
  witnessedSignings(ctx, note);
  agencyHearings(ctx, note);
  signers(ctx, index);
  // People who signed one agreement together met; at the document's one signing event if it has one.
  const signings = [...new Set(index.found.map((f) => f.meeting))].filter((m) => /\bsigning\b/.test(m.name));
  coSigners(ctx, signings.length === 1 ? signings[0] : undefined);
  // People who led or chaired one meeting together met at it.
  coLeads(ctx, (n) => index.bySentence.get(n));
  bodySessions(ctx, note);
  for (const f of [...index.found]) attendance(ctx, f);
  sidelines(ctx, index);
  inPersonAfterCall(ctx, index);
  bodyOfficialsMeeting(ctx, index, note);
  // A bare event noun ("talks", "meeting") names no one meeting: it is no alias.
  // Each meeting's parties so far, read once from the relations.
  const byId = entitiesById(ctx);
  const partiesOfMeeting = new Map<string, LocalEntity[]>();
  for (const r of ctx.relations) {
    const e = r.predicate === "PARTICIPATED_IN" ? byId.get(r.source) : undefined;
    if (!e) continue;
    const list = partiesOfMeeting.get(r.target) ?? [];
    list.push(e);
    partiesOfMeeting.set(r.target, list);
  }
  for (const m of new Set(index.found.map((f) => f.meeting))) {
    for (const a of m.aliases)
      if (!a.trim() || GENERIC_ALIAS.test(a) || /^[a-z]+$/.test(a) || a === m.attributes.place) m.aliases.delete(a);
    addAliases(ctx, m, partiesOfMeeting.get(m.id) ?? []);
  }
  // The words the text describes each event with ("two-day discussions", "sixth round of talks",
  // "signing ceremony", "Friday's call"): names a reader looks it up by.
  // Bare, such a phrase ("state visit", "sixth round of talks") would name other documents' events
  // too: it qualifies the meeting's own name.
  for (const f of index.found) {
    if (f.token === undefined) continue;
    const phrase = kindPhrase(ctx, f.token);
    const own = ` ${f.meeting.name.toLowerCase()} `;
    if (phrase && !phrase.split(/\s+/).every((w) => own.includes(` ${w.toLowerCase()} `)))
      f.meeting.aliases.add(`${f.meeting.name} (${phrase})`);
  }
  // Unplaced references ("the talks", "the discussions also covered") point at the main talks.
  if (index.primary) {
    for (const s of ctx.sentences) {
      if (index.bySentence.has(s.i)) continue;
      for (let i = s.tokenStart; i < s.tokenEnd; i++) {
        if (REFERENCE.test(tokens[i]!.text)) {
          note({ meeting: index.primary, sentence: s.i, kind: "talks" });
          break;
        }
      }
    }
  }
}

type Note = (f: Found) => void;

/**
 * The month a minted event's merge key holds (YYYY-MM): its date's, else the document's; an event
 * of an undated article is one per document, since other articles' events are others.
 */
function keyMonth(ctx: RuleContext, date: string | undefined): string {
  return monthOf(date, ctx.doc.date) ?? monthOf(ctx.doc.date ?? undefined, null) ?? `doc:${ctx.doc.id}`;
}

/**
 * "X and Y met Z at the Great Hall of the People" in a story of one summit held in a city
 * (named before this sentence): the venue is the summit's, the meeting that summit.
 */
function summitOfVenue(ctx: RuleContext, sentence: number): LocalEntity | undefined {
  const summits = new Set(
    (INDEX.get(ctx)?.found ?? [])
      .filter((f) => f.kind === "summit" && f.sentence < sentence && !f.background && f.meeting.attributes.place)
      .map((f) => f.meeting),
  );
  if (summits.size !== 1) return undefined;
  const [summit] = [...summits];
  const place = ctx.resolution.entities.find((e) => e.type === "Place" && e.name === summit!.attributes.place);
  return place && !isVenue(place) ? summit : undefined;
}

/** Ordinals numbering a body's sessions ("the fourth", "the 11th"). */
const SESSION_ORDINAL =
  /^(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|inaugural|\d+(st|nd|rd|th))$/i;
/** Kinds of a numbered session ("plenary session", "extraordinary meeting"). */
const SESSION_KIND = /^(plenary|annual|regular|extraordinary|special|ministerial|joint|general)$/i;
/** Nouns of a body's sitting. */
const SESSION_NOUN = /^(meeting|session|sitting|plenum|congress)$/i;
/** Words joining a body's capitalised name ("Committee of the Communist Party of China"). */
const BODY_JOINT = /^(of|the|for|and|on|in|\(|\)|-)$/;

/**
 * "the fourth plenary session of the 20th Central Committee of X", "the 11th meeting of
 * the Y Negotiating Forum", "The 6th Meeting of Z Ministers of Trade (ACR)": a body's numbered
 * session, named by the whole phrase (an event the mention stage cut at "of" takes it as an alias);
 * the organisations and agencies inside the body's name take part.
 */
function bodySessions(ctx: RuleContext, note: Note): void {
  const { tokens } = ctx;
  for (let i = 0; i + 3 < tokens.length; i++) {
    if (!SESSION_ORDINAL.test(tokens[i]!.text)) continue;
    let k = i + 1;
    if (SESSION_KIND.test(tokens[k]?.text ?? "")) k++;
    if (!SESSION_NOUN.test(tokens[k]?.text ?? "") || tokens[k + 1]?.text !== "of") continue;
    const sentence = tokens[i]!.sentence;
    // The body's name: capitalised words (an ordinal among them) and joints, ending capitalised or
    // on a closing bracket.
    let end = k + 2;
    let last = -1;
    while (end < tokens.length && tokens[end]!.sentence === sentence && end < k + 20) {
      const w = tokens[end]!.text;
      if (/^[A-Z]/.test(w) || w === ")") last = end;
      // "and" inside a name ("Trade and Industry"), not between two events ("… and the 6th meeting").
      else if (
        w === "and" ? !/^[A-Z]/.test(tokens[end + 1]?.text ?? "") : !BODY_JOINT.test(w) && !SESSION_ORDINAL.test(w)
      )
        break;
      end++;
    }
    const first = tokens[k + 2]!.text === "the" ? (tokens[k + 3]?.text ?? "") : tokens[k + 2]!.text;
    if (last < 0 || !(/^[A-Z]/.test(first) || SESSION_ORDINAL.test(first))) continue;
    // An opening bracket with no closing one ends the name before it.
    let te = last + 1;
    const open = tokens.slice(k + 2, te).findIndex((t) => t.text === "(");
    const close = tokens.slice(k + 2, te).findIndex((t) => t.text === ")");
    if (open >= 0 && close < open) te = k + 2 + open;
    const name = ctx.text.slice(tokens[i]!.start, tokens[te - 1]!.end).replace(/^(the|The) /, "");
    const ms = mentionsIn(ctx, sentence);
    const cut = ms.find((x) => x.e.type === "Meeting" && x.m.ts <= k && x.m.te > i - 2 && x.m.te <= k + 1);
    let meeting: LocalEntity;
    if (cut) {
      meeting = cut.e;
      meeting.aliases.add(name);
    } else meeting = ensureEntity(ctx, "Meeting", name, `session@${name}`, { ts: i, te }, "meeting-body-session");
    note({ meeting, sentence, kind: "summit", background: isRecalled(tokens, i), token: k });
    for (const x of ms)
      if (x.m.ts >= k + 2 && x.m.te <= te && (x.e.type === "Organization" || x.e.type === "Agency"))
        emitRelation(ctx, x.e, "PARTICIPATED_IN", meeting, sentence, "meeting-body-session");
    const place = placeAfter(ctx, te - 1, 5);
    if (place && (place.e.type === "Place" || place.e.type === "Country")) {
      meeting.attributes.place ??= place.e.name;
      emitRelation(ctx, meeting, "HELD_IN", place.e, sentence, "meeting-body-session");
    }
    const date = dateNear(ctx, sentence, i);
    if (date && !meeting.attributes.date) meeting.attributes.date = date;
    i = te;
  }
}

/** Plural nouns of a body's officials who meet as one group ("the bloc's foreign ministers"). */
const OFFICIALS_GROUP = /^(ministers|leaders|governors|envoys|negotiators|chiefs)$/i;
/** Words by which such a group meets, near its name. */
const GROUP_MEETS = /^(meeting|met|meet|meets|convened|gathered|gathering)$/i;

/**
 * "a statement by the Mercosur Foreign Ministers following a meeting held in X": a
 * body's officials named as a group ("<organisation> <role> ministers / leaders / governors") in a
 * sentence that has them meet name the document's one meeting the text names only by its noun and
 * place ("the meeting in X"); the body takes part.
 */
function bodyOfficialsMeeting(ctx: RuleContext, index: MeetingIndex, note: Note): void {
  const { tokens } = ctx;
  const generic = [...new Set(index.found.map((f) => f.meeting))].filter((m) => /^(meeting|summit) in /.test(m.name));
  if (generic.length !== 1) return;
  const meeting = generic[0]!;
  for (const s of ctx.sentences) {
    for (const x of mentionsIn(ctx, s.i)) {
      if (x.e.type !== "Organization") continue;
      // One word between the body and the role ("Foreign", "finance") at most, no other name.
      const k = OFFICIALS_GROUP.test(tokens[x.m.te]?.text ?? "") ? x.m.te : x.m.te + 1;
      if (!OFFICIALS_GROUP.test(tokens[k]?.text ?? "") || tokens[k]!.sentence !== s.i) continue;
      if (k > x.m.te && !/^[A-Za-z]+$/.test(tokens[x.m.te]!.text)) continue;
      let meets = false;
      for (let j = k + 1; j <= k + 6 && j < s.tokenEnd && !meets; j++) meets = GROUP_MEETS.test(tokens[j]!.text);
      if (!meets) continue;
      const role = tokens
        .slice(x.m.te, k + 1)
        .map((t) => t.text.toLowerCase())
        .join(" ");
      meeting.aliases.add(`${shortName(x)} ${role}' meeting`);
      note({ meeting, sentence: s.i, kind: "summit" });
      emitRelation(ctx, x.e, "PARTICIPATED_IN", meeting, s.i, "meeting-body-officials");
      return;
    }
  }
}

/** Event nouns whose describing words make a name ("day-long discussions", "signing ceremony"). */
const PHRASE_HEAD =
  /^(talks|negotiations|discussions|dialogue|consultations|meeting|meetings|summit|call|visit|trip|tour|conference|forum|ceremony|signing|session|round|conversation)$/i;
/** Modifiers that describe no one event ("previous talks", "trade talks", "new round"). */
const VAGUE_MODIFIER =
  /^(previous|earlier|prior|last|next|new|fresh|latest|upcoming|recent|further|more|other|such|any|trade|economic|these|those|ongoing|future|possible|potential|planned|several|many|some|formal|official|bilateral|multilateral|high-level|direct|the|a|an)$/i;

/** Verbs the tagger may read as modifiers before an event noun ("held talks", "hosting talks"). */
const PHRASE_VERB =
  /^(hold|holds|held|holding|host|hosts|hosting|had|has|have|having|began|begin|begins|start|starts|end|ends|resume|resumes|open|opens|join|joins|attend|attends|lead|leads|leading|led|made|make|makes|making|pay|paid|pays|paying|seek|seeks|sought|want|wants|propose|proposes|plan|plans|call|calls|set|sets|amid|despite|ahead|via)$/;

/**
 * The describing noun phrase of the event noun at `i`: the lower-case modifiers before it (numbers,
 * ordinals, hyphenated durations, kind nouns, a weekday), and "round/days of" before "of talks"
 * ("the sixth round of talks" → "sixth round of talks"). Undefined when only vague words describe it.
 */
function kindPhrase(ctx: RuleContext, i: number): string | undefined {
  const { tokens } = ctx;
  const noun = tokens[i];
  if (!noun || !PHRASE_HEAD.test(noun.text) || noun.text !== noun.text.toLowerCase() || noun.pos === "VERB")
    return undefined;
  const sentence = noun.sentence;
  let head = i;
  // "sixth round of talks", "two days of meetings": the phrase ends at the event noun, starts before "of".
  const of = roundOfAt(tokens, i);
  if (of !== undefined) head = of;
  let k = head;
  while (k > head - 4 && tokens[k - 1]?.sentence === sentence) {
    const w = tokens[k - 1]!.text;
    const hyphen = /^[-–]$/.test(w) && /^[a-z0-9]/i.test(tokens[k - 2]?.text ?? "");
    if (!(/^[a-z][a-z-]*$/.test(w) || /^\d+(st|nd|rd|th)?$/.test(w) || WEEKDAY.test(w) || hyphen || /^['’]s$/.test(w)))
      break;
    if (
      /^(the|a|an|this|that|these|those|their|its|his|her|our|of|in|at|on|for|with|and|or|to|by|from|after|before|during|following|over|about|he|she|they|we|it|i|who|which|will|would|might|could|may|can|should|must|is|are|was|were|be|been|has|have|had|not)$/i.test(
        w,
      )
    )
      break;
    // A verb ends the phrase ("held talks", "hosting crunch talks"); a participle inside a
    // hyphenated compound does not ("long-awaited").
    const pos = tokens[k - 1]!.pos;
    if (
      (pos === "VERB" || pos === "AUX" || pos === "ADP" || pos === "PRON" || /ed$/.test(w) || PHRASE_VERB.test(w)) &&
      !/^[a-z]+-[a-z]+/.test(w)
    )
      break;
    k--;
  }
  // A compound cut at its start ("face-to-face talks" stopped at "to") is left out whole.
  while (k < head && /^[-–]$/.test(tokens[k]!.text)) k += 2;
  while (k < head && /^['’]s$/.test(tokens[k]!.text)) k++;
  if (k > i) return undefined;
  const words: string[] = [];
  for (let j = k; j <= i; j++) words.push(tokens[j]!.text.toLowerCase());
  const telling = words.filter((w) => !VAGUE_MODIFIER.test(w) && !PHRASE_HEAD.test(w) && !/^(of|['’]s|[-–])$/.test(w));
  if (telling.length === 0) return undefined;
  return ctx.text.slice(tokens[k]!.start, noun.end);
}

/** What stands between talks and the summit they are held at: "at", "on the sidelines of", "during". */
const AT_EVENT =
  /^(?!.*\b(followed|follows|preceded|precedes|after|since|before)\b).*\b(at|during|of|on|in|around|ahead)\b/;

/** Words before "round" that make it a round of negotiations ("a negotiating round", "the fifth round", "another round"). */
const ROUND_OF_TALKS =
  /^(negotiating|negotiation|bargaining|another|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|final|latest|next|new|fresh|\d+(st|nd|rd|th))$/i;

/** Words of a sentence about negotiating or trade, where a numbered round is one of talks. */
const ROUND_CONTEXT = /\b(negotiat\w*|talks|trade|deal|agreement|pact|accord|tariffs?|negotiators)\b/i;

/**
 * "round" standing for a round of negotiations: "a negotiating round in Lisbon", "the Lisbon round",
 * "the fifth round in Lisbon" (not "a round of tariffs", "a funding round", "round-the-clock"):
 * after a negotiating word, an ordinal or a place, never before "of", in a sentence naming
 * two parties or a place, and not inside a name.
 */
function roundOfTalks(ctx: RuleContext, i: number, ms: Seen[]): boolean {
  const { tokens } = ctx;
  if (tokens[i]!.text !== "round" || /^(of|-|–|trip|table|robin)$/i.test(tokens[i + 1]?.text ?? "")) return false;
  const prev = tokens[i - 1]?.text ?? "";
  const placeBefore = ms.some((x) => x.e.type === "Place" && x.m.te === i);
  if (!placeBefore && !ROUND_OF_TALKS.test(prev)) return false;
  // "won the first round in Paris" (a vote), "the final round in Augusta" (a game): an ordinal's
  // round is negotiations only in a sentence about negotiating or trade.
  const sentence = ctx.sentences[tokens[i]!.sentence]!.text;
  if (!placeBefore && !/^(negotiating|negotiation|bargaining)$/i.test(prev) && !ROUND_CONTEXT.test(sentence))
    return false;
  // "the next round" of what? Only with a place written after it or before it.
  return placeBefore || !!placeAfter(ctx, i, 4);
}

/** "talks in Geneva", "the London talks", "negotiations on the sidelines of the ASEAN Summit in Kuala Lumpur". */
function findTalks(ctx: RuleContext, i: number, ms: { m: Mention; e: LocalEntity }[], note: Note) {
  const { tokens } = ctx;
  const sentence = tokens[i]!.sentence;
  // Part of an event's name ("the Shangri-La Dialogue", "the Summit to Commemorate … Dialogue Relations").
  if (ms.some((x) => x.e.type === "Meeting" && x.m.ts <= i && x.m.te > i)) return;
  if (/^[A-Z]/.test(tokens[i]!.text)) {
    let k = i;
    while (k > 0 && /^([A-Z][\w.'’]*|[-–]|of|and|\d+(st|nd|rd|th)?)$/.test(tokens[k - 1]!.text) && i - k < 10) k--;
    while (k < i && /^(of|and|[-–])$/.test(tokens[k]!.text)) k++;
    if (restOfTitle(ctx, k, ms)) return;
  }
  let place: LocalEntity | null = null;
  let venue: LocalEntity | null = null;
  let summit: LocalEntity | null = null;
  // "<Place> talks", "London’s … negotiations": a place just before.
  const before = ms.filter((x) => x.m.te <= i && x.m.te >= i - 2 && x.e.type === "Place");
  if (before.length) place = before.at(-1)!.e;
  // "talks in Geneva", "negotiations in London’s historic Lancaster House", "talks between China
  // and the United States in Madrid".
  const found = placeAfter(ctx, i, tokens[i + 1]?.text === "between" ? 20 : 10);
  // "talks at the Oval Office": a venue names no talks of its own; those held there join by it.
  const after = found && isVenueName(found.e.name) && !eventsAt(ctx).has(found.e.name) ? null : found;
  if (!place && after) {
    place = after.e;
    const owner = ms.find((x) => x.m.ts > after.m.te && x.m.ts <= after.m.te + 4 && x.e.type === "Place");
    if (owner && /^['’]s$/.test(tokens[after.m.te]?.text ?? "")) venue = owner.e;
  }
  // "talks in the Swedish capital": the capital of the country the demonym names.
  if (!place) {
    const capital = demonymCapitalAfter(ctx, tokens, ms, i);
    if (capital) place = capital.place;
  }
  // "on the sidelines of the ASEAN Summit (in Kuala Lumpur)", "at the APEC Summit".
  // Not a call or a visit, nor an event the talks only follow ("The talks followed a phone call").
  const sum = ms.find(
    (x) =>
      x.e.type === "Meeting" &&
      x.m.ts > i &&
      // Past an organisation's long name before its bracketed short one ("… Nations (ASEAN) Summit").
      x.m.ts <= i + (tokens[x.m.ts - 1]?.text === "(" ? 16 : 7) &&
      !keyKindIs(x.e, "call", "visit") &&
      AT_EVENT.test(wordsBetween(ctx, i + 1, x.m.ts)),
  );
  if (sum) {
    summit = sum.e;
    const sp = placeAfter(ctx, sum.m.te - 1, 3);
    if (!place && sp) place = sp.e;
  }
  // "will fly to Washington for a round of talks": the destination of the clause's journey.
  if (!place && !summit) place = destinationBefore(ctx, i, ms)?.e ?? wherePlace(ctx, i, ms)?.e ?? null;
  if (!place) {
    // "Will rare earths find … in Kuala Lumpur? … at the ASEAN Summit in Kuala Lumpur": the summit's place.
    // Talks with no place named by their parties ("the India-EU talks", "talks between X and Y",
    // "X held talks with Y") wait for the end: they join the document's main talks or stand alone.
    if (!summit) {
      // "X and Y held talks" of two heads of state: their meeting, wherever it was.
      const leaders = !isRecalled(tokens, i) ? leaderPair(ctx, i, ms) : null;
      if (leaders && !/^(between|with)$/.test(tokens[pastDate(tokens, i) + 1]?.text ?? "")) {
        const meeting = leadersMeeting(ctx, leaders[0], leaders[1], i, "meeting");
        note({ meeting, sentence, kind: "leaders", token: i });
        const date = dateNear(ctx, sentence, i);
        if (date && !meeting.attributes.date) meeting.attributes.date = date;
        for (const p of leaders)
          emitRelation(ctx, p, "PARTICIPATED_IN", meeting, sentence, "meeting-leaders-participants");
        emitRelation(ctx, leaders[0], "MET_WITH", leaders[1], sentence, "meeting-leaders-met", {
          meeting: meeting.name,
        });
        return;
      }
      const parties = partiesOf(ctx, i, ms);
      // "ongoing dialogue between X and Y", "regular consultations": a process, not one meeting.
      const process =
        /^(ongoing|continuing|continued|regular|broader|long-running|future|further|economic|strategic)$/i.test(
          tokens[i - 1]?.text ?? "",
        ) || processOf(ctx, i);
      const recalled = isRecalled(tokens, i);
      if (parties && !process) pendingOf(ctx).push({ i, sentence, parties, recalled });
      else if (!parties && !process && !recalled && sentence < LEAD_SENTENCES && concreteTalks(ctx, i))
        pendingOf(ctx).push({ i, sentence, parties: null, recalled });
      return;
    }
  }
  // "The talks at Lancaster House": a venue of the talks already held in a city.
  if (place && after && tokens[after.m.ts - 1]?.text === "at" && /^the$/i.test(tokens[i - 1]?.text ?? "")) {
    const held = [...eventsAt(ctx).entries()].filter(([, m]) => keyKindIs(m, "talks"));
    const city =
      held.length === 1 && held[0]![0] !== place.name
        ? ctx.resolution.entities.find((e) => e.type === "Place" && e.name === held[0]![0])
        : undefined;
    if (city) {
      const meeting = held[0]![1];
      note({ meeting, sentence, kind: "talks", background: isRecalled(tokens, i), token: i });
      emitRelation(ctx, meeting, "HELD_IN", place, sentence, "meeting-talks-in-place");
      emitRelation(ctx, place, "PART_OF", city, sentence, "place-venue-of-talks");
      return;
    }
  }
  // "trade negotiations in Malaysia" in a document that names Kuala Lumpur: the talks of its one
  // city of that country, whichever of the two the text names first.
  const cityOf = place?.type === "Country" ? documentCityOf(ctx, place) : undefined;
  const placeName = cityOf?.name ?? place?.name ?? summit!.name;
  // "X's talks with Y", "talks between X and Y" of two heads of state: their meeting.
  const pair = leaderPair(ctx, i, ms);
  const meeting =
    (pair ? leadersMeeting(ctx, pair[0], pair[1], i, "meeting") : undefined) ??
    eventsAt(ctx).get(placeName) ??
    ensureEntity(
      ctx,
      "Meeting",
      `${placeName} trade talks`,
      `talks@${placeName}`,
      { ts: i, te: i + 1 },
      "meeting-talks",
    );
  if (!eventsAt(ctx).has(placeName)) eventsAt(ctx).set(placeName, meeting);
  if (place) meeting.attributes.place = cityOf?.name ?? place.name;
  const date = dateNear(ctx, sentence, i) ?? (ctx.doc.date ? dateText(ctx.doc.date.slice(0, 7)) : undefined);
  if (date && !meeting.attributes.date) meeting.attributes.date = date;
  note({
    meeting,
    sentence,
    kind: pair ? "leaders" : "talks",
    background: !pair && (isRecalled(tokens, i) || spokenOf(ctx, i - 1 - kindWords(ctx, i).length)),
    token: i,
  });
  if (pair) {
    for (const p of pair) emitRelation(ctx, p, "PARTICIPATED_IN", meeting, sentence, "meeting-leaders-participants");
    emitRelation(ctx, pair[0], "MET_WITH", pair[1], sentence, "meeting-leaders-met", { meeting: meeting.name });
  }
  if (place) emitRelation(ctx, meeting, "HELD_IN", place, sentence, "meeting-talks-in-place");
  // Named after the document's one city of the country, the talks were held in that city too.
  if (cityOf) emitRelation(ctx, meeting, "HELD_IN", cityOf, sentence, "meeting-talks-in-city");
  if (venue) {
    emitRelation(ctx, meeting, "HELD_IN", venue, sentence, "meeting-talks-in-place");
    emitRelation(ctx, venue, "PART_OF", place!, sentence, "place-possessive-venue");
  }
  if (summit) emitRelation(ctx, meeting, "PART_OF", summit, sentence, "meeting-sidelines-of-summit");
  // "negotiations in Geneva in May and London in June": talks in each city.
  if (after && place === after.e && !pair) {
    const second = ms.find(
      (x) =>
        x.e.type === "Place" &&
        x.m.ts > after.m.te &&
        x.m.ts <= after.m.te + 4 &&
        /^((in|on) [a-z0-9.]+ )?and$/.test(wordsBetween(ctx, after.m.te, x.m.ts)),
    );
    if (second && second.e !== place) {
      const other =
        eventsAt(ctx).get(second.e.name) ??
        ensureEntity(
          ctx,
          "Meeting",
          `${second.e.name} trade talks`,
          `talks@${second.e.name}`,
          { ts: second.m.ts, te: second.m.te },
          "meeting-talks",
        );
      eventsAt(ctx).set(second.e.name, other);
      other.attributes.place ??= second.e.name;
      const d = dateAt(ctx, second.m.te - 1);
      if (d && !other.attributes.date) other.attributes.date = d;
      note({ meeting: other, sentence, kind: "talks", background: isRecalled(tokens, i), token: second.m.ts });
      emitRelation(ctx, other, "HELD_IN", second.e, sentence, "meeting-talks-in-place");
    }
  }
}

/** The document's one Place that is a city of `country` (none or several: undefined). */
function documentCityOf(ctx: RuleContext, country: LocalEntity): LocalEntity | undefined {
  const code = country.attributes.code;
  if (!code) return undefined;
  let found: LocalEntity | undefined;
  for (const e of ctx.resolution.entities) {
    if (e.type !== "Place" || (CITIES.get(e.name) ?? CAPITALS.get(e.name)) !== code) continue;
    if (found && found !== e) return undefined;
    found = e;
  }
  return found;
}

/**
 * The last token of a date phrase right after the event noun at `i` ("talks on Thursday between",
 * "a meeting next week with", "the call last month with"), when "between" or "with" follows it;
 * else `i` itself.
 */
function pastDate(tokens: readonly Token[], i: number): number {
  let k = i + 1;
  // "a meeting took place between X and Y", "talks were held on Friday between": a verb
  // of occurrence names no one; the pair after "between" is still the event's.
  const occurred = occurrenceEnd(tokens, k);
  k = occurred;
  if (/^(on|next|last|this|late|early|in)$/i.test(tokens[k]?.text ?? "")) k++;
  let dated = occurred > i + 1;
  while (
    k <= i + 5 &&
    (WEEKDAY.test(tokens[k]?.text ?? "") ||
      MONTH.test(tokens[k]?.text ?? "") ||
      /^(week|month|year|weekend|\d{1,4}|,)$/i.test(tokens[k]?.text ?? ""))
  ) {
    dated ||= tokens[k]!.text !== ",";
    k++;
  }
  return dated && /^(between|with)$/.test(tokens[k]?.text ?? "") ? k - 1 : i;
}

/**
 * The token after a verb of occurrence starting at `k` ("took place", "was held", "were held",
 * "happened", "occurred"), or `k` itself when none stands there.
 */
function occurrenceEnd(tokens: readonly Token[], k: number): number {
  const w = tokens[k]?.text.toLowerCase() ?? "";
  if (/^(takes|took|taking)$/.test(w) && tokens[k + 1]?.text === "place") return k + 2;
  if (/^(was|were|is|are)$/.test(w) && tokens[k + 1]?.text === "held") return k + 2;
  if (/^(happened|occurred)$/.test(w)) return k + 1;
  return k;
}

/** Nouns of two people's face-to-face encounter ("a spat between X and Y at the White House"). */
const ENCOUNTER = /^(spat|clash|row|exchange|encounter|confrontation|showdown|handshake)$/i;

/** Words joining a date phrase's words ("on Oct. 30", "on the 12th"). */
const DATE_GLUE = /^(on|,|\.|the|of|this|early|late|mid|\d{1,4}(st|nd|rd|th)?)$/;

/**
 * "between X and Y on Oct. 30 in Busan": the place right after token `k`, only a date phrase
 * between (not "… Tuesday resulted in Canada …").
 */
function placeAfterDate(ctx: RuleContext, k: number): { m: Mention; e: LocalEntity } | null {
  const { tokens } = ctx;
  let j = k + 1;
  while (
    j <= k + 6 &&
    (DATE_GLUE.test(tokens[j]?.text ?? "") ||
      DATE_WORD.test((tokens[j]?.text ?? "").replace(/\.$/, "")) ||
      // "on April 9 and 10 in Geneva": a span of days.
      (tokens[j]?.text === "and" && /^\d/.test(tokens[j - 1]?.text ?? "") && /^\d/.test(tokens[j + 1]?.text ?? "")))
  )
    j++;
  if (!/^(in|at)$/.test(tokens[j]?.text ?? "")) return null;
  const place = placeAfter(ctx, j - 1, 3);
  return place && place.m.ts <= j + 2 ? place : null;
}

/**
 * "after meeting with South Korea's trade delegation at the White House", "a meeting
 * with the Chilean delegation in Lima": a state's delegation met as its own event, named after its
 * host (the one person of the sentence outside the phrase), the state and its venue; the host and
 * the state take part. Not a delegation of no named state.
 */
function findDelegationMeeting(ctx: RuleContext, i: number, ms: Seen[], note: Note): boolean {
  const { tokens } = ctx;
  if (tokens[i]!.text !== "meeting" || tokens[i + 1]?.text !== "with") return false;
  let k = i + 2;
  if (tokens[k]?.text === "the") k++;
  const state = ms.find((x) => x.m.ts === k && x.e.type === "Country");
  if (!state) return false;
  let d = state.m.te;
  if (isPossessiveMark(tokens[d]?.text)) d++;
  while (d < state.m.te + 5 && /^[a-z]+$/.test(tokens[d]?.text ?? "") && tokens[d]!.text !== "delegation") d++;
  if (tokens[d]?.text !== "delegation") return false;
  const sentence = tokens[i]!.sentence;
  const venue = /^(at|in)$/.test(tokens[d + 1]?.text ?? "") ? placeAfter(ctx, d, 3) : null;
  const place = venue?.e.type === "Place" ? venue : null;
  const people = [
    ...new Set(ms.filter((x) => x.e.type === "Person" && (x.m.te <= i || x.m.ts > (place?.m.te ?? d))).map((x) => x.e)),
  ];
  const host = people.length === 1 ? people[0] : undefined;
  const name = `${host ? `${surname(host)} ` : ""}meeting with ${state.e.name} delegation${place ? ` at ${place.e.name}` : ""}`;
  const date = dateNear(ctx, sentence, i);
  const meeting = ensureEntity(
    ctx,
    "Meeting",
    name,
    `delegation@${state.e.name}@${host?.name ?? ""}@${keyMonth(ctx, date)}`,
    { ts: i, te: d + 1 },
    "meeting-delegation",
  );
  if (date && !meeting.attributes.date) meeting.attributes.date = date;
  if (place) holdAt(ctx, meeting, place.e, i, note, "meeting-placed-in-place");
  else note({ meeting, sentence, kind: "talks", background: isRecalled(tokens, i), token: i });
  emitRelation(ctx, state.e, "PARTICIPATED_IN", meeting, sentence, "meeting-delegation");
  if (host) emitRelation(ctx, host, "PARTICIPATED_IN", meeting, sentence, "meeting-delegation");
  return true;
}

/** "a meeting between X and Y", "the Trump–Xi summit", "when X and Y meet". */
function findLeadersMeeting(ctx: RuleContext, i: number, ms: { m: Mention; e: LocalEntity }[], note: Note) {
  const { tokens } = ctx;
  const sentence = tokens[i]!.sentence;
  // "X and Y did not meet", "X refused to meet Y", "X denied meeting Y": no meeting.
  if (/^(meet|meeting)$/.test(tokens[i]!.text) && meetingDenied(tokens, i)) return;
  const people = ms.filter((x) => x.e.type === "Person");
  let pair: LocalEntity[] = [];
  // The last token of the pair named after the noun, where the event's place may follow.
  let pairEnd: number | undefined;
  // One side's people coordinated before "meet … with": they take part, and meet none of their own.
  let companionsOf: LocalEntity[] = [];
  let oneSide = false;
  const at = pastDate(ctx.tokens, i);
  if (tokens[at + 1]?.text === "between") {
    // "a meeting between X and Y": X right after "between" (titles between), Y right after "and".
    const first = people.find(
      (x) => x.m.ts > at + 1 && (x.m.ts <= at + 6 || (x.m.ts <= at + 10 && titleOnly(ctx, at + 2, x.m.ts))),
    );
    const second = first
      ? people.find((x) => x.m.ts > first.m.te && x.m.ts <= first.m.te + 5 && tokens[first.m.te]?.text === "and")
      : undefined;
    // "a meeting between Chile's Minister of Trade, A, and the Foreign Minister of Norway, B": the
    // two listed past their apposed titles.
    const listed = first && second ? [] : peopleListed(ctx, at + 2, ms);
    if (first && second) {
      pair = [first.e, second.e];
      pairEnd = second.m.te - 1;
    } else if (listed.length === 2) {
      pair = listed;
      pairEnd = ms.find((x) => x.e === listed[1])!.m.te - 1;
    } else if (statesLeaders(ctx, i, at + 2, ms, note) || sidesBetween(ctx, i, at + 2, ms, note)) return;
  } else if (
    tokens[i]!.text === "meet" ||
    (tokens[i]!.text === "meeting" && !/^(a|the|their|this)$/i.test(tokens[i - 1]?.text ?? ""))
  ) {
    // "when Trump and Xi meet": the two people just before.
    pair = people
      .filter((x) => x.m.te <= i && x.m.te >= i - 8)
      .map((x) => x.e)
      .slice(-2);
    // "X and his U.S. counterpart Y are expected to meet": Y's partner coordinated before it.
    if (pair.length === 1) {
      const last = people.filter((x) => x.m.te <= i && x.m.te >= i - 8).at(-1)!;
      const partner = coordinatedBefore(ctx, people, last);
      if (partner && partner.e !== last.e) pair = [partner.e, last.e];
    }
    // "Trump said he would meet Putin in Budapest": the person met, just after "meet" (titles
    // and nationality between), and the sentence's subject.
    const met = people.find((x) => x.m.ts > i && x.m.ts <= i + 5);
    // "He said he would meet Y": the person the pronoun stands for.
    const opening = subjectAt(ctx, ms, sentence);
    const subject =
      people.find((x) => x.m.te <= i) ??
      (opening && opening.m.te <= i ? opening : undefined) ??
      pronounVisitor(ctx, i, ms) ??
      opening;
    // Round 17: "the prime minister is expected to meet Y": a head of state named by a title
    // just before the verb (the document's one holder), past any name before it.
    const described = describedSubject(ctx, i);
    const beforeVerb = (x: Seen) => x.m.te <= i && (!described || x.m.ts >= described.te);
    if (pair.length < 2 && met && described && met.e !== described.e && !people.some(beforeVerb))
      pair = [described.e, met.e];
    if (pair.length < 2 && met && subject && met.e !== subject.e) pair = [subject.e, met.e];
    // "X said the two leaders would meet at a summit in Z": a described pair as the
    // subject of a planned "meet" anywhere in the sentence, the two heads of state around it.
    if (pair.length < 2 && !met && describedPairBefore(tokens, i)) {
      // The sentence's own two people ("After a call with X, Y said the two leaders would meet"),
      // else the two heads of state of the sentences around.
      const own = [...new Set(people.map((x) => x.e))];
      const leaders = own.length === 2 ? own : leadersInContext(ctx, sentence);
      if (
        leaders.length === 2 &&
        leaders.some(isHeadOfState) &&
        // The other a head of state too, or one no other post is known for ("Chinese leader X").
        leaders.every((e) => isHeadOfState(e) || [...e.titles].every((t) => /\bleader$/i.test(t))) &&
        !(leaders[0]!.nationality && leaders[0]!.nationality === leaders[1]!.nationality)
      )
        pair = leaders;
    }
    // "X and Y will meet in Geneva with a delegation led by Z": X and Y are one side, the other is
    // the first person named after "with" (or none named: the two are no pair that met).
    const side = meetWith(ctx, i);
    const coordinated = people.filter(
      (x, k, list) => x.m.te <= i && list[k + 1] && list[k + 1]!.m.te <= i && ctx.tokens[x.m.te]?.text === "and",
    );
    if (pair.length === 2 && side !== undefined && coordinated.some((x) => x.e === pair[0])) {
      const other = people.find((x) => x.m.ts > side && x.m.ts <= side + 10 && !pair.includes(x.e));
      if (!other) oneSide = true;
      else {
        companionsOf = pair.slice(1);
        pair = [pair[0]!, other.e];
      }
    }
  } else {
    // "the Trump-Xi summit", "Thursday’s meeting between": hyphenated pair before the noun.
    const near = people.filter((x) => x.m.te <= i && x.m.te >= i - 4).map((x) => x.e);
    if (near.length >= 2 && isHyphenPair(tokens, i)) pair = near.slice(-2);
    // "X and Y agreed … following their first face-to-face meeting": the clause's coordinated pair.
    const their = [i - 1, i - 2, i - 3, i - 4, i - 5, i - 6].some((k) => /^their$/i.test(tokens[k]?.text ?? ""));
    if (pair.length === 0 && their) {
      const a = people.find((x) => x.m.te < i && tokens[x.m.te]?.text === "and");
      const b = a ? people.find((x) => x.m.ts === a.m.te + 1 || x.m.ts === a.m.te + 2) : undefined;
      if (a && b && a.e !== b.e) pair = [a.e, b.e];
    }
    // "X and Y agreed … during a summit in Sydney": the sentence's two people, at a summit with a
    // place and no name of its own.
    const named = ms.some((x) => x.e.type === "Meeting" && x.m.ts <= i && x.m.te > i);
    if (pair.length === 0 && !named && /^(a|the|their)$/i.test(tokens[i - 1]?.text ?? "") && placeAfter(ctx, i, 3)) {
      const before = [...new Set(people.filter((x) => x.m.te <= i).map((x) => x.e))];
      const all = new Set(people.map((x) => x.e));
      if (before.length === 2 && all.size === 2) pair = before;
    }
  }
  // "an annual summit with Prime Minister X", "his meeting with X": the clause's subject and X.
  if (pair.length < 2 && tokens[i + 1]?.text === "with" && tokens[i]!.text !== "meet") {
    const parties = partiesOf(ctx, i, ms);
    if (parties?.people.length === 2) pair = parties.people;
    else if (
      /^(a|an|his|her|the)$/i.test(tokens[i - 1]?.text ?? "") &&
      /^(during|at|in|after|for)$/i.test(tokens[i - 2]?.text ?? "")
    ) {
      // "President X stressed … during a summit with Prime Minister Y in Tokyo": the sentence's
      // subject, a head of state of another country, and Y.
      const guest = people.find((x) => x.m.ts > i + 1 && x.m.ts <= i + 7 && titleOnly(ctx, i + 2, x.m.ts));
      const host = subjectAt(ctx, ms, sentence);
      if (
        guest &&
        host &&
        host.m.te < i &&
        host.e !== guest.e &&
        isHeadOfState(host.e) &&
        isHeadOfState(guest.e) &&
        !(host.e.nationality && host.e.nationality === guest.e.nationality)
      )
        pair = [host.e, guest.e];
      // "In a meeting with Minister Y on Tuesday, X said …": the phrase fronts the sentence, and
      // its other side is the subject right after the comma that closes it.
      const s = ctx.sentences[sentence]!;
      if (
        pair.length < 2 &&
        guest &&
        i - 2 === s.tokenStart &&
        /^(In|During|At|After|Following)$/.test(tokens[i - 2]!.text)
      ) {
        let comma = guest.m.te;
        while (comma < Math.min(s.tokenEnd, guest.m.te + 6) && tokens[comma]!.text !== ",") comma++;
        const subject = people.find((x) => x.m.ts > comma && titleOnly(ctx, comma + 1, x.m.ts));
        if (
          tokens[comma]?.text === "," &&
          subject &&
          subject.e !== guest.e &&
          !(subject.e.nationality && subject.e.nationality === guest.e.nationality)
        )
          pair = [subject.e, guest.e];
      }
    }
  }
  if (pair.length < 2 && !ENCOUNTER.test(tokens[i]!.text)) pair = headlineLeaders(ctx, i, ms) ?? pair;
  if (pair.length !== 2 || pair[0] === pair[1]) return;
  // "a spat between X and Y at the White House": an encounter is a meeting only where the text
  // places it, between two leaders of two states.
  if (
    ENCOUNTER.test(tokens[i]!.text) &&
    (pairEnd === undefined ||
      !placeAfterDate(ctx, pairEnd) ||
      !pair.some(isHeadOfState) ||
      (!!pair[0]!.nationality && pair[0]!.nationality === pair[1]!.nationality))
  )
    return;
  const [a, b] = pair as [LocalEntity, LocalEntity];
  const meeting = leadersMeeting(ctx, a, b, i, "meeting");
  note({ meeting, sentence, kind: "leaders" });
  const date = dateNear(ctx, sentence, i);
  for (const p of [...pair, ...companionsOf])
    emitRelation(ctx, p, "PARTICIPATED_IN", meeting, sentence, "meeting-leaders-participants");
  if (!oneSide)
    for (const x of [a, ...companionsOf])
      emitRelation(ctx, x, "MET_WITH", b, sentence, "meeting-leaders-met", {
        meeting: meeting.name,
        ...(date ? { date: date } : {}),
      });
  // "will travel to Washington next month for his first meeting with X"; "the summit between X and
  // Y on Oct. 30 in Busan": past the pair and a date.
  // "his Paris meeting with Y": a city right before the noun, after a possessive or determiner.
  const cityBefore = ms.find(
    (x) =>
      x.e.type === "Place" &&
      x.m.te === i &&
      /^(his|her|their|the|a|this|last|next)$/i.test(tokens[x.m.ts - 1]?.text ?? "") &&
      !isVenue(x.e),
  );
  const place =
    placeAfter(ctx, i, 12) ??
    (pairEnd === undefined ? null : placeAfterDate(ctx, pairEnd)) ??
    destinationBefore(ctx, i, ms) ??
    cityBefore ??
    null;
  if (place) {
    emitRelation(ctx, meeting, "HELD_IN", place.e, sentence, "meeting-leaders-in-place");
    holdAtVenue(ctx, meeting, place, "meeting-leaders-in-place");
    if (!meeting.attributes.place) meeting.attributes.place = place.e.name;
    if (!eventsAt(ctx).has(place.e.name)) eventsAt(ctx).set(place.e.name, meeting);
  }
  if (date && !meeting.attributes.date) meeting.attributes.date = date;
  const summit = ms.find((x) => x.e.type === "Meeting" && x.e !== meeting && x.m.ts > i && x.m.ts <= i + 12);
  if (summit) {
    emitRelation(ctx, meeting, "PART_OF", summit.e, sentence, "meeting-at-summit");
    const sp = placeAfter(ctx, summit.m.te - 1, 3);
    if (sp) emitRelation(ctx, meeting, "HELD_IN", sp.e, sentence, "meeting-leaders-in-place");
  }
}

/** Auxiliaries of a planned meeting between its subject and "meet" ("would", "are expected to"). */
const PLANNED_AUX =
  /^(will|would|could|should|shall|to|are|were|is|was|be|expected|set|due|scheduled|slated|poised|going|plan|plans|planning|hope|hoping|also|then|later|soon|finally|again|likely)$/i;

/** True when "the two leaders" / "both leaders" (or presidents) stands before `i` past auxiliaries. */
function describedPairBefore(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k > i - 6 && PLANNED_AUX.test(tokens[k]?.text ?? "")) k--;
  if (k === i - 1 || !/^(leaders|presidents)$/i.test(tokens[k]?.text ?? "")) return false;
  return (
    (/^(two|both)$/i.test(tokens[k - 1]?.text ?? "") && /^the$/i.test(tokens[k - 2]?.text ?? "")) ||
    /^both$/i.test(tokens[k - 1]?.text ?? "")
  );
}

/** Lower-case words a coordinated person's description may hold ("and his U.S. counterpart"). */
const COORDINATED_WORD = /^(his|her|their|its|counterpart|counterparts|host|guest|opposite|number|equivalent|-)$/;

/**
 * The person coordinated just before `x`: "A and his U.S. counterpart x", "A and President x" ("and",
 * then only a possessive, capitalised words and a counterpart noun), if any.
 */
function coordinatedBefore(ctx: RuleContext, people: Seen[], x: Seen): Seen | undefined {
  const { tokens } = ctx;
  const before = people.filter((y) => y.m.te < x.m.ts).at(-1);
  if (!before || tokens[before.m.te]?.text !== "and" || x.m.ts - before.m.te > 7) return undefined;
  for (let k = before.m.te + 1; k < x.m.ts; k++) {
    const w = tokens[k]!.text;
    if (!/^[A-Z]/.test(w) && !COORDINATED_WORD.test(w)) return undefined;
  }
  return before;
}

/**
 * "will meet in Geneva this weekend with …", "meet with …": the "with" after a "meet" at `i`, past
 * its place and date (no clause boundary between), or undefined.
 */
function meetWith(ctx: RuleContext, i: number): number | undefined {
  const { tokens } = ctx;
  const end = ctx.sentences[tokens[i]!.sentence]!.tokenEnd;
  for (let k = i + 1; k < Math.min(end, i + 9); k++) {
    const w = tokens[k]!.text;
    if (w === "with") return k;
    if (CLAUSE_END.test(w) || w === "," || w === "to" || w === "and") return undefined;
  }
  return undefined;
}

/**
 * "Xi and Trump agree on tariff cuts" … "The summit began at 10 a.m.": a sentence of the lead that
 * opens on "The summit" or "The meeting" when nothing before named an event (a visit aside) is the
 * meeting of the two people (not of one country) the headline puts side by side ("X and Y").
 */
function headlineLeaders(ctx: RuleContext, i: number, ms: Seen[]): LocalEntity[] | undefined {
  const { tokens } = ctx;
  const sentence = tokens[i]!.sentence;
  const s = ctx.sentences[sentence]!;
  if (sentence === 0 || sentence > LEAD_SENTENCES || i !== s.tokenStart + 1 || tokens[i - 1]!.text !== "The") return;
  if (
    ms.some((x) => x.e.type === "Meeting") ||
    INDEX.get(ctx)?.found.some((f) => f.sentence <= sentence && f.kind !== "visit")
  )
    return;
  // The headline names them by surname before the text gives their full names.
  const bySurname = new Map<string, LocalEntity>();
  for (const e of ctx.resolution.entities) if (e.type === "Person") bySurname.set(surname(e), e);
  const head = ctx.sentences[0]!;
  let pair: [LocalEntity, LocalEntity] | undefined;
  for (let k = head.tokenStart + 1; k < head.tokenEnd - 1 && !pair; k++) {
    if (tokens[k]!.text !== "and") continue;
    const x = bySurname.get(tokens[k - 1]!.text);
    const y = bySurname.get(tokens[k + 1]!.text);
    if (x && y) pair = [x, y];
  }
  if (!pair) return;
  const [a, b] = pair;
  if (a === b || (a.nationality && a.nationality === b.nationality)) return;
  // "X and Y visit Z ahead of G9 summit": the headline names the event by a name of its own,
  // and "The summit" is that one, not the pair's.
  const noun = tokens[i]!.text.toLowerCase();
  for (let k = head.tokenStart + 1; k < head.tokenEnd; k++) {
    if (tokens[k]!.text.toLowerCase() !== noun) continue;
    const prev = tokens[k - 1]!.text;
    if (/[A-Z0-9]/.test(prev) && prev !== surname(a) && prev !== surname(b)) return;
  }
  return [a, b];
}

/**
 * "a meeting between the leaders of Australia and Japan": the two states' leaders' meeting, that
 * of their two heads of state when the document names one of each, else named by the states.
 * `at` is the token after "between". True when it filed one.
 */
function statesLeaders(ctx: RuleContext, i: number, at: number, ms: Seen[], note: Note): boolean {
  const { tokens } = ctx;
  if (!/^the$/i.test(tokens[at]?.text ?? "") || !/^leaders$/i.test(tokens[at + 1]?.text ?? "")) return false;
  if (tokens[at + 2]?.text !== "of") return false;
  const a = ms.find((x) => x.m.ts === at + 3 && isStateParty(x.e) && !x.m.demonym);
  const b =
    a && tokens[a.m.te]?.text === "and" ? ms.find((x) => x.m.ts === a.m.te + 1 && isStateParty(x.e)) : undefined;
  if (!a || !b || a.e === b.e) return false;
  const sentence = tokens[i]!.sentence;
  const headOf = (state: LocalEntity) => {
    const code = state.attributes.code;
    const heads = ctx.resolution.entities.filter(
      (e) => e.type === "Person" && code && e.nationality === code && isHeadOfState(e),
    );
    return heads.length === 1 ? heads[0] : undefined;
  };
  const [ha, hb] = [headOf(a.e), headOf(b.e)];
  const meeting =
    ha && hb
      ? leadersMeeting(ctx, ha, hb, i, "meeting")
      : ensureEntity(
          ctx,
          "Meeting",
          `${partyLabel(a.e)}-${partyLabel(b.e)} leaders' meeting`,
          pairMeetingKey(a.e.name, b.e.name),
          { ts: i, te: i + 1 },
          "meeting-leaders-states",
        );
  note({ meeting, sentence, kind: "leaders", background: isRecalled(tokens, i), token: i });
  for (const p of [a.e, b.e, ha, hb])
    if (p) emitRelation(ctx, p, "PARTICIPATED_IN", meeting, sentence, "meeting-leaders-states");
  const date = dateNear(ctx, sentence, i);
  if (date && !meeting.attributes.date) meeting.attributes.date = date;
  return true;
}

/** People nouns by which a demonym names one side ("senior Chinese officials", "Brazilian negotiators"). */
const SIDE_PEOPLE =
  /^(officials|negotiators|delegates|diplomats|counterparts|ministers|leaders|envoys|representatives|authorities|delegation|delegations)$/i;
/** Words that may stand before a side's demonym or between it and its people noun. */
const SIDE_MODIFIER = /^(the|senior|top|high-level|high-ranking|government|trade|economic|foreign|their|his|her|its)$/i;

/**
 * One side of "a meeting between <side> and <side>" at token `k`: a person (titles before the
 * name), a state or bloc named, or a demonym's people ("senior Chinese officials"), with the token
 * after it; undefined for anything else.
 */
function sideAt(ctx: RuleContext, k: number, ms: Seen[]): { e: LocalEntity; te: number } | undefined {
  const { tokens } = ctx;
  const person = ms.find((x) => x.e.type === "Person" && x.m.ts >= k && x.m.ts <= k + 6 && titleOnly(ctx, k, x.m.ts));
  if (person) return { e: person.e, te: person.m.te };
  let j = k;
  while (j < k + 3 && SIDE_MODIFIER.test(tokens[j]?.text ?? "")) j++;
  const state = ms.find((x) => x.m.ts === j && isStateParty(x.e));
  if (!state) return undefined;
  if (!state.m.demonym) return { e: state.e, te: state.m.te };
  let n = state.m.te;
  while (n < state.m.te + 2 && SIDE_MODIFIER.test(tokens[n]?.text ?? "")) n++;
  return SIDE_PEOPLE.test(tokens[n]?.text ?? "") ? { e: state.e, te: n + 1 } : undefined;
}

/**
 * The meeting at `i` of a state and the states a group noun lists after "between" (`parties`, the
 * state first): all take part; held in the place right after the list. False when fewer than three.
 */
function groupBetween(ctx: RuleContext, i: number, parties: LocalEntity[], ms: Seen[], note: Note): boolean {
  const { tokens } = ctx;
  if (parties.length < 3) return false;
  const last = ms.filter((x) => parties.includes(x.e) && x.m.ts > i).at(-1);
  const place = last ? placeAfter(ctx, last.m.te - 1, 4) : null;
  if (!place && /^(the|this|that)$/i.test(tokens[i - 1]?.text ?? "")) return false;
  const label = `${partyLabel(parties[0]!)} and ${parties.length - 1} states ${tokens[i]!.text.toLowerCase()}`;
  betweenMeeting(ctx, i, parties, label, place, note, "meeting-between-list");
  return true;
}

/**
 * The meeting "between" `parties` at event noun `i` (one per set of parties and month, or the event
 * already held at `place`), named `label` (and its place), held at `place` or noted as a summit
 * dated by its sentence; every party takes part.
 */
function betweenMeeting(
  ctx: RuleContext,
  i: number,
  parties: readonly LocalEntity[],
  label: string,
  place: Seen | null,
  note: Note,
  rule: string,
): void {
  const { tokens } = ctx;
  const sentence = tokens[i]!.sentence;
  const date = dateNear(ctx, sentence, i);
  const meeting =
    (place && eventsAt(ctx).get(place.e.name)) ||
    ensureEntity(
      ctx,
      "Meeting",
      place ? `${label} in ${place.e.name}` : label,
      `between@${parties
        .map((e) => e.name)
        .sort()
        .join("+")}@${keyMonth(ctx, date)}`,
      { ts: i, te: i + 1 },
      rule,
    );
  if (place) holdAt(ctx, meeting, place.e, i, note, rule);
  else {
    note({ meeting, sentence, kind: "summit", background: isRecalled(tokens, i), token: i });
    if (date && !meeting.attributes.date) meeting.attributes.date = date;
  }
  for (const e of parties) emitRelation(ctx, e, "PARTICIPATED_IN", meeting, sentence, rule);
}

/**
 * "a scheduled meeting between Treasury Secretary X and senior Chinese officials, set to
 * take place in Stockholm", "the summit between Brussels and Ottawa": a meeting or summit between
 * two sides of which one at least is a state (named, or by its people), the other a person or
 * another state. Both take part; held in the place that follows the pair before another event
 * noun. Two people are read by `findLeadersMeeting` itself.
 */
function sidesBetween(ctx: RuleContext, i: number, at: number, ms: Seen[], note: Note): boolean {
  const { tokens } = ctx;
  // "a row between X and Y" is no meeting.
  if (!MEET_NOUN.test(tokens[i]!.text)) return false;
  const a = sideAt(ctx, at, ms);
  if (!a || tokens[a.te]?.text !== "and") return false;
  // "a summit between Japan and the Central Asian countries -- A, B and C": the state and the listed.
  const group = a.e.type === "Person" ? [] : partiesBetween(ctx, at - 1, ms);
  if (group.length > 2) return groupBetween(ctx, i, group, ms, note);
  const b = sideAt(ctx, a.te + 1, ms);
  if (!b || a.e === b.e || (a.e.type === "Person" && b.e.type === "Person")) return false;
  // A person of the other side's state is one side with it ("between Minister X and Chile").
  const codeOf = (e: LocalEntity) => (e.type === "Person" ? e.nationality : e.attributes.code);
  if (codeOf(a.e) && codeOf(a.e) === codeOf(b.e)) return false;
  const found = placeAfter(ctx, b.te - 1, 8);
  const otherEvent =
    !!found &&
    wordsBetween(ctx, b.te, found.m.ts)
      .split(" ")
      .some((w) => OTHER_EVENT.test(w));
  const place = otherEvent ? null : found;
  // "the meeting between X and Indian officials" with no place: the document's event told again.
  if (!place && /^(the|this|that)$/i.test(tokens[i - 1]?.text ?? "")) return false;
  const label = `${partyLabel(a.e)}-${partyLabel(b.e)} ${tokens[i]!.text.toLowerCase()}`;
  betweenMeeting(ctx, i, [a.e, b.e], label, place, note, "meeting-between-sides");
  return true;
}

function isHyphenPair(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 5); k--) if (tokens[k]!.text === "-" || tokens[k]!.text === "–") return true;
  return false;
}

/** "call" as a noun naming one call: "a phone call", "the leaders' call", "a Friday call", "a call between". */
function isCallNoun(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1]?.text ?? "";
  // "a call on Friday with X": past the date.
  const next = tokens[pastDate(tokens, i) + 1]?.text ?? "";
  return (
    /^(phone|telephone|video|leaders|leaders’|leaders'|’|')$/i.test(prev) ||
    // "during their call on Friday"; not "his call for calm", "their call to action".
    // "his call" alone is as often an appeal ("His call was made to a room of leaders"): a date after it.
    (/^(their|his|her)$/i.test(prev) &&
      (next === "on" ? WEEKDAY.test(tokens[i + 2]?.text ?? "") || MONTH.test(tokens[i + 2]?.text ?? "") : true) &&
      (/^their$/i.test(prev) ? !/^(for|to|that|was|is|has)$/i.test(next) : next === "on" || WEEKDAY.test(next))) ||
    /^\d/.test(prev) ||
    WEEKDAY.test(prev) ||
    // "told Y in a call on Friday", "during the call": a call someone was in.
    // Not an appeal: "in a call for calm", "in a call to action".
    (/^(a|the)$/i.test(prev) &&
      /^(in|during|after|following)$/i.test(tokens[i - 2]?.text ?? "") &&
      !/^(for|to|that)$/i.test(next)) ||
    // "During Thursday's call".
    (/^['’]s$/.test(prev) && WEEKDAY.test(tokens[i - 2]?.text ?? "")) ||
    (/^(a|the)$/i.test(prev) && /^(between|with)$/.test(next)) ||
    // "Officials of X and Y had a call on Friday": a call held (round 16); not "had a call for calm".
    (/^(a|an)$/i.test(prev) && HOLD_CALL.test(tokens[i - 2]?.text ?? "") && !/^(for|to|that)$/i.test(next)) ||
    // "his just-concluded call with X", "Trump says call with Xi": "call with/between" after
    // anything but a modal or "to" (where "call" is the verb).
    (/^(between|with)$/.test(next) &&
      !/^(to|will|would|could|should|might|may|must|can|shall|did|do|does|not|n't|never|also)$/i.test(prev))
  );
}

/**
 * "the leaders’ June 5th call", "a phone call between the two leaders", "a Friday call between X
 * and Y", "a call between the Prime Minister and the US President" (people named by their title).
 */
function findCall(ctx: RuleContext, i: number, ms: { m: Mention; e: LocalEntity }[], note: Note) {
  const sentence = ctx.tokens[i]!.sentence;
  let leaders: LocalEntity[] = [];
  const coCallers: LocalEntity[] = [];
  const at = pastDate(ctx.tokens, i);
  const between = ctx.tokens[at + 1]?.text === "between" || ctx.tokens[at + 1]?.text === "with";
  if (between) {
    leaders = [...new Set(ms.filter((x) => x.e.type === "Person" && x.m.ts > at && x.m.ts <= at + 10).map((x) => x.e))];
    // "a call between Vietnam's Party General Secretary X and US President Y": the second of the
    // pair past the first's "and" and its own title, however long the first's.
    const first = ms.find((x) => x.e.type === "Person" && x.m.ts > at && x.m.ts <= at + 10);
    if (leaders.length === 1 && first && ctx.tokens[first.m.te]?.text === "and") {
      const second = ms.find(
        (x) => x.e.type === "Person" && x.m.ts > first.m.te && titleOnly(ctx, first.m.te + 1, x.m.ts),
      );
      if (second && second.m.ts <= first.m.te + 7) leaders.push(second.e);
    }
    if (ctx.tokens[at + 1]?.text === "with") {
      const named = ms.filter((x) => x.e.type === "Person" && x.m.te <= i).at(-1);
      // Round 17: "after X wrote to Y, the Kazakh president held a call with Z": a state's head
      // named by a title nearer the call than the last name is the caller.
      const start = named ? named.m.te : ctx.sentences[sentence]!.tokenStart;
      const titled = i > start ? titledSpans(ctx, start, i - start).at(-1) : undefined;
      const near = titled && i - titled.te <= 4 && gapOf(ctx, titled.te, i, CALLER_GAP) ? titled.e : undefined;
      const caller = near ?? named?.e ?? quotedSpeaker(ctx, i);
      // "During today's call with Vice Premier X, …": no caller named, after a call the states'
      // unnamed people held: that call, X of one of its states on it (round 16).
      const statesOne = caller || !leaders[0] ? undefined : priorStatesCall(ctx, sentence, leaders[0]);
      if (statesOne) {
        note({ meeting: statesOne, sentence, kind: "call", token: i });
        emitRelation(ctx, leaders[0]!, "PARTICIPATED_IN", statesOne, sentence, "meeting-states-call-people");
        return;
      }
      leaders = caller ? [caller, ...leaders.slice(0, 1)] : [];
      // Round 17b: "X and Trade Minister Y held a call with Z": X, coordinated with the caller, is
      // on the call too.
      const co =
        named && caller === named.e && !near
          ? ms.find(
              (x) =>
                x.e.type === "Person" &&
                x.e !== named.e &&
                ctx.tokens[x.m.te]?.text === "and" &&
                x.m.te < (named.m.titleStart ?? named.m.ts) &&
                titleOnly(ctx, x.m.te + 1, named.m.titleStart ?? named.m.ts),
            )
          : undefined;
      if (co && !(co.e.nationality && named!.e.nationality && co.e.nationality !== named!.e.nationality))
        coCallers.push(co.e);
    }
    if (leaders.length < 2)
      leaders = [...leaders, ...titledAfter(ctx, at + 2, 10)].filter((e, k, all) => all.indexOf(e) === k);
    // "between the EU Trade Commissioner, X, and the Secretary of Economy of Mexico, Y": the
    // people listed past their apposed titles, however long.
    if (leaders.length < 2 && ctx.tokens[at + 1]?.text === "between") {
      const listed = peopleListed(ctx, at + 2, ms);
      if (listed.length === 2) leaders = listed;
    }
  }
  // "the leaders' June 5th call", "their call", "a call between the two leaders": the phrase itself
  // points back to two leaders, who may be named in the sentences around it. Any other call takes
  // the heads of state of its own sentence only: those around it may be named for anything else
  // (round 13b: such calls were no gold meeting on held-out text).
  const pointsBack =
    /\b(?:leaders|their)\b/.test(wordsBetween(ctx, Math.max(ctx.sentences[sentence]!.tokenStart, i - 5), i)) ||
    /^(?:between|with) (?:the )?(?:two )?leaders\b/.test(wordsBetween(ctx, at + 1, at + 5));
  // Round 17: "their second such call" after a call the sentence before filed: that call's two.
  if (leaders.length < 2 && pointsBack) leaders = priorCallPair(ctx, sentence) ?? leaders;
  if (leaders.length < 2) leaders = leadersInContext(ctx, sentence, !pointsBack);
  // A call fronting what one of its two then said sets the scene: not the document's main event.
  let fronted = false;
  if (leaders.length < 2) {
    leaders = frontedCallPair(ctx, i, ms);
    fronted = leaders.length === 2;
  }
  // "In a phone call, X and Y agreed …": the people of the subject the fronted call opens on.
  let others: LocalEntity[] = [...coCallers];
  if (leaders.length < 2) {
    const subject = frontedCallSubject(ctx, i, ms);
    if (subject.length >= 2) {
      leaders = subject.slice(0, 2);
      others = subject.slice(2);
    }
  }
  if (leaders.length < 2) {
    statesCall(ctx, i, ms, note);
    return;
  }
  const [a, b] = leaders as [LocalEntity, LocalEntity];
  // Two leaders of one state ("Indian President X said Indian Prime Minister Y …") call no one.
  if (a.nationality && a.nationality === b.nationality) return;
  const meeting = fileCall(ctx, a, b, sentence, i, note, fronted ? { background: true } : {});
  for (const p of others) {
    emitRelation(ctx, p, "PARTICIPATED_IN", meeting, sentence, "meeting-call-participants");
    // A third on the call spoke with each of another state on it.
    for (const q of [a, b])
      if (q.nationality && q.nationality !== p.nationality)
        emitRelation(ctx, q, "MET_WITH", p, sentence, "meeting-call-met", { meeting: meeting.name });
  }
}

/** The two people of the latest call filed in the two sentences before `sentence`, if one was. */
function priorCallPair(ctx: RuleContext, sentence: number): LocalEntity[] | undefined {
  const found = INDEX.get(ctx)?.found ?? [];
  for (let k = found.length - 1; k >= 0; k--) {
    const f = found[k]!;
    if (f.kind !== "call" || f.sentence >= sentence || f.sentence < sentence - 2) continue;
    const people: LocalEntity[] = [];
    for (const r of ctx.relations) {
      if (r.predicate !== "PARTICIPATED_IN" || r.target !== f.meeting.id) continue;
      const e = ctx.resolution.entities.find((x) => x.id === r.source);
      if (e?.type === "Person" && !people.includes(e)) people.push(e);
    }
    if (people.length === 2) return people;
  }
  return undefined;
}

/** Verbs by which a subject holds a call ("held a video call", "will have a phone call"). */
const HOLD_CALL = /^(held|had|hold|holds|have|has|holding|having)$/i;
/** Words of a subject naming a state's people without naming them ("Senior Ruritanian officials"). */
const UNNAMED_PEOPLE =
  /^(senior|top|high-level|trade|economic|foreign|finance|defence|defense|officials|ministers|negotiators|envoys|diplomats|delegates|leaders|representatives|teams|and|the|of|from|,)$/i;
/** A sentence about bargaining: the call's states negotiated. */
const BARGAIN = /\b(trade|tariffs?|deal|talks|negotiat\w*|agreements?|truce|dispute|tensions)\b/i;
/** Verbs by which the call's people are written speaking to each other the sentence after. */
const SPOKE_WITH = /\b(spoke|speaks|talked|talks|met|conferred)\s+(by phone\s+)?with\b/i;

/** The calls two states' unnamed people held, with the codes of their states. */
const STATES_CALLS = new DocumentCache<LocalEntity, readonly (string | undefined)[]>();

/**
 * The one call two states' unnamed people held, noted before `sentence`, when `person` is of one
 * of its states; undefined otherwise (none, or two such calls).
 */
function priorStatesCall(ctx: RuleContext, sentence: number, person: LocalEntity): LocalEntity | undefined {
  const calls = new Set(
    (INDEX.get(ctx)?.found ?? [])
      .filter((f) => f.kind === "call" && f.sentence < sentence && STATES_CALLS.has(f.meeting))
      .map((f) => f.meeting),
  );
  if (calls.size !== 1) return undefined;
  const [call] = calls as Set<LocalEntity> & { size: 1 };
  return person.nationality && STATES_CALLS.get(call!)!.includes(person.nationality) ? call : undefined;
}

/**
 * Round 16: "Senior Ruritanian and Chinese officials held a video call on Friday", "Officials from
 * Ruritania and Japan had a phone call": two states' unnamed people hold a call: the states'
 * call ("Ruritania-China video call", one per pair and month), both states take part, and they
 * negotiated when the sentence bargains. People of the two states who speak with each other in
 * that sentence or the next ("X spoke with Y and Z") were on it. Not when a person opens the
 * subject, nor for one state's people, nor past a modal or a negation.
 */
function statesCall(ctx: RuleContext, i: number, ms: Seen[], note: Note): void {
  const { tokens } = ctx;
  const sentence = tokens[i]!.sentence;
  let k = i - 1;
  const kind = /^(video|phone|telephone|conference)$/i.test(tokens[k]?.text ?? "")
    ? tokens[k--]!.text.toLowerCase()
    : "";
  if (!/^(a|an)$/i.test(tokens[k]?.text ?? "") || !HOLD_CALL.test(tokens[k - 1]?.text ?? "")) return;
  const verb = k - 1;
  const start = ctx.sentences[sentence]!.tokenStart;
  // The subject: state names and the words of unnamed people only, from the sentence's start.
  const states: LocalEntity[] = [];
  for (let t = start; t < verb; ) {
    const x = ms.find((y) => y.m.ts === t);
    if (x) {
      if (!isStateParty(x.e)) return;
      if (!states.includes(x.e)) states.push(x.e);
      t = x.m.te;
    } else if (UNNAMED_PEOPLE.test(tokens[t]!.text)) t++;
    else return;
  }
  if (states.length !== 2 || meetingDenied(tokens, i)) return;
  const [a, b] = states as [LocalEntity, LocalEntity];
  const date = dateNear(ctx, sentence, i);
  const month = keyMonth(ctx, date);
  const noun = kind === "telephone" ? "phone call" : kind ? `${kind} call` : "call";
  const labels = [partyLabel(a), partyLabel(b)];
  const meeting = ensureEntity(
    ctx,
    "Meeting",
    `${labels.join("-")} ${noun}`,
    `call@${[...labels].sort().join("+")}@${month}`,
    { ts: i, te: i + 1 },
    "meeting-states-call",
  );
  if (date && !meeting.attributes.date) meeting.attributes.date = date;
  STATES_CALLS.set(
    meeting,
    states.map((x) => x.attributes.code),
  );
  note({ meeting, sentence, kind: "call", token: i });
  for (const x of states) emitRelation(ctx, x, "PARTICIPATED_IN", meeting, sentence, "meeting-states-call");
  if (BARGAIN.test(ctx.sentences[sentence]!.text))
    emitRelation(ctx, a, "NEGOTIATED_WITH", b, sentence, "meeting-states-call", { meeting: meeting.name });
  const codes = states.map((x) => x.attributes.code);
  for (const n of [sentence, sentence + 1]) {
    if (n >= ctx.sentences.length || !SPOKE_WITH.test(ctx.sentences[n]!.text)) continue;
    const people = [
      ...new Set(
        mentionsIn(ctx, n)
          .filter((x) => x.e.type === "Person" && !!x.e.nationality && codes.includes(x.e.nationality))
          .map((x) => x.e),
      ),
    ];
    if (!codes.every((c) => people.some((p) => p.nationality === c))) continue;
    for (const p of people) emitRelation(ctx, p, "PARTICIPATED_IN", meeting, n, "meeting-states-call-people");
  }
}

/**
 * "In a phone call, X and Y agreed …", "During their video conversation, X, Y and Z discussed …":
 * a call fronting its sentence ("in"/"during" opening it, a comma closing the phrase) whose
 * clause's subject is two or more people coordinated right after the comma (their titles between);
 * not two of one state. Empty otherwise.
 */
function frontedCallSubject(ctx: RuleContext, i: number, ms: Seen[]): LocalEntity[] {
  const { tokens } = ctx;
  const s = ctx.sentences[tokens[i]!.sentence]!;
  if (!/^(in|during)$/i.test(tokens[s.tokenStart]!.text) || i - s.tokenStart > 5) return [];
  // The phrase ends right after the noun (a date may follow it: "In a call on Monday,").
  let comma = i + 1;
  while (comma < Math.min(s.tokenEnd, i + 5) && tokens[comma]!.text !== ",") comma++;
  if (tokens[comma]?.text !== ",") return [];
  if (comma > i + 1 && !datePhrase(tokens, i + 1, comma)) return [];
  const people: Seen[] = [];
  let from = comma + 1;
  for (const x of ms) {
    if (x.e.type !== "Person" || x.m.ts < from) continue;
    // Only titles between ("EU leaders X and Y", "Indian Prime Minister X"), and "and" or a
    // comma between two of them.
    let joined = people.length === 0;
    let titles = true;
    for (let k = from; k < x.m.ts && titles; k++) {
      const w = tokens[k]!.text;
      if (w === "," || w === "and") joined = true;
      else titles = /^[A-Z]/.test(w) || /^(the|his|her|their|leaders?|counterparts?|of|[-–])$/.test(w);
    }
    if (!titles || !joined || x.m.ts - from > 8) break;
    people.push(x);
    from = x.m.te;
  }
  // The subject ends with its verb: a person's mention then a lower-case word.
  const last = people.at(-1);
  if (people.length < 2 || !last || !/^[a-z]/.test(tokens[last.m.te]?.text ?? "")) return [];
  const out = [...new Set(people.map((x) => x.e))];
  const states = new Set(out.map((e) => e.nationality).filter(Boolean));
  if (out.length >= 2 && out.every((e) => e.nationality) && states.size < 2) return [];
  return out;
}

/** Titles of address, not posts. */
const HONORIFIC = /^(sir|dame|lord|lady|dr\.?|mr\.?|mrs\.?|ms\.?|sheikh|sheikha|prof\.?|professor)$/i;

/** Words after a fronted call's noun before its comma: its other party's preposition, a date. */
const CALL_TAIL =
  /^(with|on|last|this|past|week|weekend|month|earlier|late|early|the|of|\d{1,4}(st|nd|rd|th)?|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/**
 * "Following a warm telephone conversation, X said he looked forward to welcoming Y": a call
 * fronting its sentence, then a speaker and one other person: the two on the call. Not two of one
 * state, not an official under a head of state's title, not with a third person in the sentence.
 */
function frontedCallPair(ctx: RuleContext, i: number, ms: Seen[]): LocalEntity[] {
  const { tokens } = ctx;
  const s = ctx.sentences[tokens[i]!.sentence]!;
  if (!/^(following|after)$/i.test(tokens[s.tokenStart]!.text) || i - s.tokenStart > 8) return [];
  let comma = i + 1;
  while (comma < Math.min(s.tokenEnd, i + 12) && tokens[comma]!.text !== ",") comma++;
  if (tokens[comma]?.text !== ",") return [];
  // "After a call with X last week, Y said …": past the noun only its other party and a date.
  for (let k = i + 1; k < comma; k++)
    if (!ms.some((x) => x.e.type === "Person" && x.m.ts <= k && x.m.te > k) && !CALL_TAIL.test(tokens[k]!.text))
      return [];
  const people = [...new Set(ms.filter((x) => x.e.type === "Person").map((x) => x.e))];
  const speaker = ms.find((x) => x.e.type === "Person" && x.m.ts === comma + 1);
  if (people.length !== 2 || !speaker || !QUOTE_VERB.test(tokens[speaker.m.te]?.text ?? "")) return [];
  const other = people.find((e) => e !== speaker.e)!;
  const pair = [speaker.e, other];
  if (speaker.e.nationality && speaker.e.nationality === other.nationality) return [];
  // An honorific ("Sir", "Dr") is no post; a post must be a head of state's or government's.
  const posted = (e: LocalEntity) => [...e.titles].some((t) => !HONORIFIC.test(t));
  if (pair.some((e) => posted(e) && !isHeadOfState(e))) return [];
  return pair;
}

/** Words between a pronoun and its participation verb: auxiliaries, adverbs, "while"/"when". */
const PRONOUN_GAP = /^(is|was|will|would|had|has|have|also|then|while|when|made|be|been|to|set|due|expected)$/i;

/**
 * "comments he made while attending the summit", "said she would join the talks": the person a
 * "he"/"she" up to four words before the participation verb at `k` stands for: the one person named
 * before it in the sentence (none or several, undefined).
 */
function pronounAttendee(ctx: RuleContext, k: number, ms: Seen[]): Seen | undefined {
  const { tokens } = ctx;
  const sentence = tokens[k]!.sentence;
  let p = k - 1;
  while (p >= k - 4 && tokens[p]?.sentence === sentence && PRONOUN_GAP.test(tokens[p]!.text)) p--;
  if (p < k - 4 || p === k - 1 || !/^(he|she)$/i.test(tokens[p]?.text ?? "") || tokens[p]!.sentence !== sentence)
    return undefined;
  const before = ms.filter((x) => x.e.type === "Person" && x.m.te <= p);
  return new Set(before.map((x) => x.e)).size === 1 ? before[0] : undefined;
}

/** Verbs that attribute a quotation to the person next to them. */
const QUOTE_VERB = /^(said|says|wrote|writes|told|tells|added|adds|posted|posts|tweeted|reads|read|stated|states)$/i;
/** Words of a sentence that publishes what the quotation after it says ("issued a post", "wrote:"). */
const PUBLISHED = /\b(post|posted|posts|wrote|writes|statement|tweet|tweeted|message|letter|published|issued)\b/i;

/**
 * "“I had a good call with X,” Y wrote": the speaker of a quotation whose "I"/"we" is the
 * subject of the event noun at `i`: the person next to a reporting verb after the noun, in its
 * sentence or the next (a quotation the sentence splitter cut). Undefined when there is none.
 */
function quotedSpeaker(ctx: RuleContext, i: number): LocalEntity | undefined {
  const { tokens } = ctx;
  const sentence = tokens[i]!.sentence;
  const s = ctx.sentences[sentence]!;
  let self = false;
  for (let k = Math.max(s.tokenStart, i - 8); k < i && !self; k++) self = /^(I|we|We)$/.test(tokens[k]!.text);
  if (!self) return undefined;
  for (const n of [sentence, sentence + 1]) {
    if (n >= ctx.sentences.length) break;
    for (const x of mentionsIn(ctx, n)) {
      if (x.e.type !== "Person" || (n === sentence && x.m.ts <= i)) continue;
      if (QUOTE_VERB.test(tokens[x.m.te]?.text ?? "") || QUOTE_VERB.test(tokens[x.m.ts - 1]?.text ?? "")) return x.e;
    }
  }
  // A quotation opening its sentence after one that has its one person publish it
  // ("X issued a post detailing the call. “I just had a call with Y …”", "X wrote:").
  if (sentence > 0 && /^[“"]/.test(tokens[s.tokenStart]?.text ?? "")) {
    const before = ctx.sentences[sentence - 1]!;
    const people = new Set(
      mentionsIn(ctx, sentence - 1)
        .filter((x) => x.e.type === "Person")
        .map((x) => x.e),
    );
    if (people.size === 1 && (PUBLISHED.test(before.text) || /:\s*$/.test(before.text))) return [...people][0];
  }
  return undefined;
}

/**
 * Files the phone call between two people whose trigger is token `i`: the meeting "A-B phone
 * call" (one per pair), its date from the sentence, both as participants, and their MET_WITH.
 * `found` adds to what is noted of the event (recalled or not, its token).
 */
function fileCall(
  ctx: RuleContext,
  a: LocalEntity,
  b: LocalEntity,
  sentence: number,
  i: number,
  note: Note,
  found: Partial<Found>,
  noun = "phone call",
): LocalEntity {
  // Round 17: a video call goes by that name.
  if (noun === "phone call" && /^video$/i.test(ctx.tokens[i - 1]?.text ?? "")) noun = "video call";
  const meeting = ensureEntity(
    ctx,
    "Meeting",
    `${surname(a)}-${surname(b)} ${noun}`,
    `call@${[surname(a), surname(b)].sort().join("+")}`,
    { ts: i, te: i + 1 },
    "meeting-call",
  );
  const date = dateNear(ctx, sentence, i);
  if (date && !meeting.attributes.date) meeting.attributes.date = date;
  note({ meeting, sentence, kind: "call", ...found });
  for (const p of [a, b]) emitRelation(ctx, p, "PARTICIPATED_IN", meeting, sentence, "meeting-call-participants");
  emitRelation(ctx, a, "MET_WITH", b, sentence, "meeting-call-met", {
    meeting: meeting.name,
    ...(date ? { date } : {}),
  });
  return meeting;
}

/**
 * People written as "the Prime Minister", "the US President" in tokens (ts, ts + window]: the
 * document's one person holding that title (of that nationality when one is written).
 */
function titledAfter(ctx: RuleContext, ts: number, window: number): LocalEntity[] {
  return titledSpans(ctx, ts, window).map((x) => x.e);
}

/**
 * "the Kazakh president held …", "the prime minister is expected to meet …": the head of state
 * a title description ending at most three tokens before the verb at `i` names, no comma between.
 */
function describedSubject(ctx: RuleContext, i: number): { e: LocalEntity; ts: number; te: number } | undefined {
  const from = Math.max(ctx.sentences[ctx.tokens[i]!.sentence]!.tokenStart, i - 10);
  const titled = i > from ? titledSpans(ctx, from, i - from).at(-1) : undefined;
  return titled && i - titled.te <= 3 && gapOf(ctx, titled.te, i, DESCRIBED_GAP) ? titled : undefined;
}

/** Auxiliaries between a described subject and its verb ("is expected to", "will also"). */
const DESCRIBED_GAP =
  /^(is|was|will|would|had|has|have|also|be|been|to|set|due|expected|later|then|again|reportedly)$/i;
/** Words between a described caller and its call noun ("held a phone", "will have a video"). */
const CALLER_GAP =
  /^(is|was|will|would|had|has|have|held|holds|hold|also|be|been|to|set|due|expected|later|then|again|reportedly|a|an|phone|telephone|video)$/i;

/** Whether every token in [a, b) is a word of `gap`. */
function gapOf(ctx: RuleContext, a: number, b: number, gap: RegExp): boolean {
  for (let k = a; k < b; k++) if (!gap.test(ctx.tokens[k]!.text)) return false;
  return true;
}

/** Whether `e` holds `title` ("President"), exactly or as the end of a longer one ("U.S. President"). */
function holds(e: LocalEntity, title: string): boolean {
  return e.titles.has(title) || [...e.titles].some((x) => x.endsWith(` ${title}`));
}

/** `titledAfter`'s people with the tokens [ts, te) of the description that names each. */
function titledSpans(ctx: RuleContext, ts: number, window: number): { e: LocalEntity; ts: number; te: number }[] {
  const out: { e: LocalEntity; ts: number; te: number }[] = [];
  const s = ctx.tokens[ts]?.sentence;
  for (let k = ts; k < ts + window && ctx.tokens[k]?.sentence === s; k++) {
    const t = ctx.tokens[k]!;
    if (t.text !== "the" && t.text !== "The") continue;
    let j = k + 1;
    let nationality: string | undefined;
    const maybe = ctx.tokens[j]?.text ?? "";
    // Round 17: any state's demonym ("the Kazakh president", "the Italian premier").
    const code = /^(US|U\.S\.|American)$/.test(maybe)
      ? "US"
      : /^(UK|U\.K\.|British)$/.test(maybe)
        ? "GB"
        : DEMONYMS.get(maybe);
    if (code) {
      nationality = code;
      j++;
    }
    const one = ctx.tokens[j]?.text ?? "";
    const two = `${one} ${ctx.tokens[j + 1]?.text ?? ""}`;
    const cap = (w: string) => w.replace(/(^|\s)([a-z])/g, (_m, a: string, b: string) => a + b.toUpperCase());
    const title = HEAD_OF_STATE_TITLES.has(cap(two))
      ? cap(two)
      : HEAD_OF_STATE_TITLES.has(cap(one))
        ? cap(one)
        : undefined;
    if (!title) continue;
    const te = j + title.split(" ").length;
    const fits = (e: LocalEntity) => !nationality || !e.nationality || e.nationality === nationality;
    // Round 17: people of the written nationality first, then those of none known.
    const own = ctx.resolution.entities.filter(
      (e) => e.type === "Person" && nationality && e.nationality === nationality && holds(e, title),
    );
    const people = own.length ? own : ctx.resolution.entities.filter((e) => e.type === "Person" && fits(e));
    // "the President": the one person titled exactly so, else the one whose title ends so.
    const exact = people.filter((e) => e.titles.has(title));
    const holders = exact.length ? exact : people.filter((e) => [...e.titles].some((x) => x.endsWith(` ${title}`)));
    if (holders.length === 1 && !out.some((x) => x.e === holders[0])) out.push({ e: holders[0]!, ts: k, te });
  }
  return out;
}

/** The two heads of state named in this sentence or the two before it ("the two leaders"). */
function leadersInContext(ctx: RuleContext, sentence: number, own = false): LocalEntity[] {
  const out: LocalEntity[] = [];
  // This sentence and the two before it, then the next ("The two leaders held a call on Monday.
  // X and Y discussed …").
  const order = (own ? [sentence] : [sentence, sentence - 1, sentence - 2, sentence + 1]).filter(
    (s) => s >= 0 && s < ctx.sentences.length,
  );
  for (const s of order) {
    if (out.length >= 2) break;
    for (const x of mentionsIn(ctx, s)) {
      if (
        x.e.type === "Person" &&
        [...x.e.titles].some((t) => /president|premier|prime minister|king|chancellor/i.test(t))
      ) {
        if (!out.includes(x.e)) out.push(x.e);
      }
    }
  }
  return out.slice(0, 2);
}

/**
 * "during the Indian PM's recent visit to Washington", "the Danish prime minister's visit": a
 * head of state or government named by a state and a title in the possessive before the visit
 * noun at `i`; the document's one person of that state holding that title.
 */
function titledVisitor(ctx: RuleContext, i: number, ms: Seen[]): Seen | undefined {
  const { tokens } = ctx;
  let k = i - 1;
  while (k > i - 4 && /^(recent|state|official|first|last|planned|upcoming|two-day|three-day)$/i.test(tokens[k]!.text))
    k--;
  if (!isPossessiveMark(tokens[k]?.text)) return undefined;
  const one = tokens[k - 1]?.text ?? "";
  const two = `${tokens[k - 2]?.text ?? ""} ${one}`;
  const cap = (w: string) => w.replace(/(^|\s)([a-z])/g, (_m, a: string, b: string) => a + b.toUpperCase());
  const [title, width] = /^PM$/.test(one)
    ? ["Prime Minister", 1]
    : HEAD_OF_STATE_TITLES.has(cap(two))
      ? [cap(two), 2]
      : HEAD_OF_STATE_TITLES.has(cap(one))
        ? [cap(one), 1]
        : [undefined, 0];
  if (!title) return undefined;
  const state = ms.find((x) => x.m.te === k - width && x.e.type === "Country");
  const code = state?.e.attributes.code;
  if (!code || !/^the$/i.test(tokens[state.m.ts - 1]?.text ?? "")) return undefined;
  const holders = ctx.resolution.entities.filter(
    (e) =>
      e.type === "Person" &&
      // Of that state, or of none the text gives ("Prime Minister X" in a story of two states).
      (e.nationality === code || !e.nationality) &&
      [...e.titles].some((t) => t === title || t.endsWith(` ${title}`)),
  );
  const holder = holders.length === 1 ? holders[0] : undefined;
  const m = holder?.mentions[0];
  return holder && m ? { m, e: holder } : undefined;
}

/** Verbs of a leader's journey to a state ("heads to", "travels to", "flies to"). */
const HEAD_FOR = /^(heads|headed|heading|travels|travelled|traveled|travelling|traveling|flies|flew|flying|jetted)$/;

/**
 * "Canadian Prime Minister X heads to Mexico on Thursday", "President Y flew to Japan": the offset
 * of the state a head of state or government travels to, from the verb at `i` (0 when no such
 * journey): one titled leader as the clause's subject, a state or its capital that is not the
 * leader's own, and no modal or denial before the verb ("might travel to", "did not fly to").
 */
function leaderJourney(ctx: RuleContext, i: number, ms: Seen[]): number {
  const { tokens } = ctx;
  const at = tokens[i + 2]?.text === "the" ? i + 3 : i + 2;
  const dest = ms.find((x) => x.m.ts === at && (x.e.type === "Country" || x.e.type === "Place") && !x.m.demonym);
  if (!dest) return 0;
  for (let k = Math.max(ctx.sentences[tokens[i]!.sentence]!.tokenStart, i - 3); k < i; k++)
    if (/^(might|may|could|would|not|n't|never|if)$/i.test(tokens[k]!.text)) return 0;
  const { subjects } = clausePeople(ctx, i, ms, i + 1);
  const leader = subjects.length === 1 ? subjects[0]!.e : undefined;
  if (!leader || !isHeadOfState(leader)) return 0;
  const code = dest.e.type === "Country" ? dest.e.attributes.code : CAPITALS.get(dest.e.name);
  if (!code || (leader.nationality && leader.nationality === code)) return 0;
  return at - i;
}

/** "Trump’s recent state visit to Saudi Arabia". */
function findVisit(
  ctx: RuleContext,
  i: number,
  ms: { m: Mention; e: LocalEntity }[],
  note: Note,
  gap = 2,
  named = false,
): boolean {
  const sentence = ctx.tokens[i]!.sentence;
  // "he might visit Washington in September or October": a visit only thought of, no event.
  if (
    /^visit/i.test(ctx.tokens[i]!.text) &&
    [1, 2].some((n) => /^(might|may|could)$/i.test(ctx.tokens[i - n]?.text ?? "")) &&
    ctx.tokens[i - 1]?.text !== "a"
  )
    return false;
  // "a visit to Y"; the verb: "plans to visit Beijing in April" (a capital there is the city);
  // gap 0: "arrived in Beijing on a three-day state visit", the journey's destination.
  // "… witnessed by President X and President Y during the latter's state visit": the second (or
  // first) of the two people just named, visiting the country the sentence is set in.
  const ref = gap === 0 ? latterVisit(ctx, i, ms) : undefined;
  const dest =
    ref?.dest ??
    (gap === 0
      ? destinationBefore(ctx, i, ms, true)
      : ms.find((x) => x.m.ts === i + gap && (x.e.type === "Country" || x.e.type === "Place") && !x.m.demonym));
  if (!dest) return false;
  // "X's state visit to", else (after "his"/"her") the sentence's first person, its subject.
  // Its owner: "X's visit", "X visited", "X made a visit" — not "X said a visit", "Y thanked X for a visit".
  const owner = ms
    .filter((x) => x.e.type === "Person" && x.m.te <= i && x.m.te >= i - 4)
    .filter((x) => {
      // "accepted X's invitation to visit Y": X invites, the clause's subject visits.
      if (/^(invitation|invitations|invite|offer)$/i.test(ctx.tokens[x.m.te + 1]?.text ?? "")) return false;
      if (isPossessiveMark(ctx.tokens[x.m.te]?.text)) return true;
      for (let k = x.m.te; k < i; k++) if (!VISIT_VERB.test(ctx.tokens[k]!.text)) return false;
      return true;
    })
    .at(-1);
  // "X accepted Y's invitation to visit Z": the subject, who was invited.
  const invited = [2, 3].some(
    (n) =>
      /^(invitation|invitations|invite|offer)$/i.test(ctx.tokens[i - n]?.text ?? "") &&
      ctx.tokens[i - n + 1]?.text === "to",
  );
  const guest = invited ? subjectAt(ctx, ms, sentence) : undefined;
  // "a state visit to France by Mongolian President X": the visitor after "by", past the destination.
  const byAfter =
    gap > 0 && ctx.tokens[dest.m.te]?.text === "by"
      ? ms.find(
          (x) =>
            x.e.type === "Person" &&
            x.m.ts > dest.m.te &&
            x.m.ts <= dest.m.te + 7 &&
            titleOnly(ctx, dest.m.te + 1, x.m.titleStart ?? x.m.ts),
        )
      : undefined;
  const read =
    ref?.visitor ??
    byAfter ??
    (invited
      ? guest && isPossessiveMark(ctx.tokens[guest.m.te]?.text)
        ? undefined
        : guest
      : gap === 0 || [1, 2, 3].some((n) => /^(his|her)$/i.test(ctx.tokens[i - n]?.text ?? ""))
        ? pronounSubject(ctx, sentence, ms)
        : owner) ??
    pronounVisitor(ctx, i, ms) ??
    titledVisitor(ctx, i, ms) ??
    visitBy(ctx, i, ms) ??
    (gap > 0 ? clauseSubject(ctx, i, ms) : undefined);
  // "X, a key ally of President Y, travelled to Z": the apposition's head travels, not Y.
  const visitor = read && read !== ref?.visitor && read !== byAfter ? appositionHead(ctx, read, ms) : read;
  // "plans for a visit to Washington" with no one named as going: no one visit to file.
  if (!visitor) return false;
  // Round 17b: no one visits their own country ("a pledge he made when Obi visited Peru" with
  // "Obi" unread: the Peruvian subject found instead is not the visitor).
  if (dest.e.type === "Country" && visitor.e.nationality && visitor.e.nationality === dest.e.attributes.code)
    return false;
  // The word right before the verb is a capitalised name the reading has not filed ("when Obi
  // visited"): the visitor is that unread name, not a person found elsewhere in the sentence.
  const before = ctx.tokens[i - 1];
  if (
    /^visit(ed|s|ing)?$/.test(ctx.tokens[i]!.text) &&
    before &&
    /^[A-Z][a-z]+$/.test(before.text) &&
    !before.first &&
    !ms.some((x) => x.m.ts <= i - 1 && x.m.te >= i)
  )
    return false;
  // The verb whose subject is a plural common noun ("senior officials visiting Nuuk", "investors
  // visit Lima") names visits in general, no one visit.
  // "X visited the United States": only with its visitor named before the verb.
  if (named && !visitor) return false;
  const prev = ctx.tokens[i - 1];
  if (gap === 1 && !visitor && prev && prev.pos === "NOUN" && /^[a-z]+s$/.test(prev.text)) return false;
  const who = visitor ? `${surname(visitor.e)} ` : "";
  const state = ctx.tokens[i - 1]?.text === "state" ? "state " : "";
  const date = dateNear(ctx, sentence, i);
  const meeting = ensureEntity(
    ctx,
    "Meeting",
    `${who}${state}visit to ${dest.m.capitalAsState && gap === 1 ? dest.m.text : dest.e.name}`,
    `visit@${who}${dest.m.capitalAsState && gap === 1 ? dest.m.text : dest.e.name}`,
    { ts: i, te: gap === 0 ? i + 1 : dest.m.te },
    "meeting-visit",
  );
  note({ meeting, sentence, kind: "visit", token: i });
  if (date && !meeting.attributes.date) meeting.attributes.date = date;
  if (/^trip$/i.test(ctx.tokens[i]!.text)) meeting.aliases.add(meeting.name.replace(/visit to/, "trip to"));
  const where =
    dest.m.capitalAsState && gap === 1
      ? (() => {
          const code = dest.e.attributes.code ?? "";
          const city = COUNTRY_BY_CODE.get(code)?.capital;
          if (city && city.toLowerCase() === dest.m.text.toLowerCase())
            return ensureEntity(ctx, "Place", city, city, { ts: dest.m.ts, te: dest.m.te }, "place-capital-city");
          // The capital as it is usually written ("Washington" for "Washington, D.C."): the city still.
          const text = dest.m.text;
          return code && CAPITALS.get(text) === code
            ? ensureEntity(ctx, "Place", text, text, { ts: dest.m.ts, te: dest.m.te }, "place-capital-city")
            : dest.e;
        })()
      : dest.e;
  emitRelation(ctx, meeting, "HELD_IN", where, sentence, "meeting-visit-destination");
  // A visit to a capital is a visit to its country too ("Trump visit to Beijing", "… to China").
  const capitalOf = where.type === "Place" ? CAPITALS.get(where.name) : undefined;
  const country = capitalOf ? COUNTRY_BY_CODE.get(capitalOf)?.name : undefined;
  if (country) meeting.aliases.add(`${who}visit to ${country}`);
  // "meet with X during his visit to Y": the meeting is part of the visit, held where it went.
  if ([i - 1, i - 2, i - 3, i - 4].some((k) => ctx.tokens[k]?.text === "during")) {
    for (const f of INDEX.get(ctx)?.found ?? []) {
      if (f.sentence !== sentence || f.kind !== "leaders" || f.meeting === meeting) continue;
      emitRelation(ctx, f.meeting, "PART_OF", meeting, sentence, "meeting-during-visit");
      emitRelation(ctx, f.meeting, "HELD_IN", dest.e, sentence, "meeting-during-visit");
    }
  }
  if (visitor) emitRelation(ctx, visitor.e, "PARTICIPATED_IN", meeting, sentence, "meeting-visit-visitor");
  return true;
}

/**
 * "X said he looked forward to welcoming Y to India", "X will welcome Y to Canberra next month": a
 * visit of Y to the place, still to come, with X its host (the person before the verb, else the
 * sentence's subject). Not a guest of the host's state, nor a guest going home; "welcomed Y" done
 * is a meeting (`findMet`).
 */
function findWelcomeVisit(ctx: RuleContext, i: number, ms: Seen[], note: Note): void {
  const { tokens } = ctx;
  const sentence = tokens[i]!.sentence;
  const guest = ms.find(
    (x) => x.e.type === "Person" && (x.m.titleStart ?? x.m.ts) > i && (x.m.titleStart ?? x.m.ts) <= i + 4,
  );
  if (!guest || tokens[guest.m.te]?.text !== "to") return;
  if (!titleOnly(ctx, i + 1, guest.m.titleStart ?? guest.m.ts) && guest.m.ts !== i + 1) return;
  const dest = ms.find(
    (x) => x.m.ts === guest.m.te + 1 && (x.e.type === "Country" || x.e.type === "Place") && !x.m.demonym,
  );
  if (!dest) return;
  const host =
    ms.filter((x) => x.e.type === "Person" && x.m.te <= i && i - x.m.te <= 10).at(-1) ?? subjectAt(ctx, ms, sentence);
  if (!host || host.e === guest.e || host.m.ts > i) return;
  if (host.e.nationality && host.e.nationality === guest.e.nationality) return;
  const destCode = dest.e.type === "Country" ? dest.e.attributes.code : CAPITALS.get(dest.e.name);
  if (destCode && guest.e.nationality === destCode) return;
  const where =
    dest.e.type === "Country" && dest.m.capitalAsState
      ? ensureEntity(ctx, "Place", dest.m.text, dest.m.text, { ts: dest.m.ts, te: dest.m.te }, "place-capital-city")
      : dest.e;
  const who = surname(guest.e);
  const meeting = ensureEntity(
    ctx,
    "Meeting",
    `${who} visit to ${where.name}`,
    `visit@${who} ${where.name}`,
    { ts: i, te: dest.m.te },
    "meeting-visit",
  );
  note({ meeting, sentence, kind: "visit", background: true, token: i });
  const date = dateNear(ctx, sentence, i);
  if (date && !meeting.attributes.date) meeting.attributes.date = date;
  emitRelation(ctx, meeting, "HELD_IN", where, sentence, "meeting-visit-destination");
  emitRelation(ctx, guest.e, "PARTICIPATED_IN", meeting, sentence, "meeting-visit-visitor");
  emitRelation(ctx, host.e, "PARTICIPATED_IN", meeting, sentence, "meeting-visit-host", { role: "host" });
}

const THEIR: ReadonlySet<string> = new Set(["their"]);

/** The persons taking part in each of the document's leaders' meetings and calls, by meeting id, in relation order. */
function leadersByMeeting(ctx: RuleContext, byId: ReadonlyMap<string, LocalEntity>): Map<string, LocalEntity[]> {
  const people = new Map<string, LocalEntity[]>();
  for (const r of ctx.relations) {
    const who = byId.get(r.source);
    if (r.predicate !== "PARTICIPATED_IN" || who?.type !== "Person") continue;
    if (!keyKindIs(byId.get(r.target), "call", "leaders")) continue;
    const list = people.get(r.target) ?? [];
    if (!list.includes(who)) list.push(who);
    people.set(r.target, list);
  }
  return people;
}

/**
 * "X and Y spoke by phone … the momentum of their meeting last month in Lima": the one pair of
 * leaders of the document's call or meeting met before, elsewhere. A possessive "their", a meeting
 * noun, a phrase of time past ("last month", "in March", "earlier this year") and a place make it
 * another meeting of the pair, placed there; none of the document's meetings is placed there.
 */
function recalledPairMeeting(ctx: RuleContext, byId: ReadonlyMap<string, LocalEntity>): void {
  const { tokens } = ctx;
  const rows = sentencesWith(ctx, THEIR);
  if (!rows.length) return;
  const people = leadersByMeeting(ctx, byId);
  const pairs = [...people.values()].filter((l) => l.length === 2);
  const [a, b] = pairs[0] ?? [];
  if (!a || !b || pairs.some((l) => !l.includes(a) || !l.includes(b))) return;
  for (const si of rows) {
    const s = ctx.sentences[si]!;
    for (let i = s.tokenStart; i < s.tokenEnd - 3; i++) {
      if (tokens[i]!.text !== "their" || !/^(meeting|summit|talks)$/.test(tokens[i + 1]!.text)) continue;
      const when = wordsBetween(ctx, i + 2, Math.min(s.tokenEnd, i + 6));
      if (!/^(last (week|month|year)|earlier this (week|month|year)|in [A-Z][a-z]+ in)\b/.test(when)) continue;
      const at = tokens.findIndex(
        (t, k) => k > i + 2 && k < i + 7 && t.text === "in" && tokens[k + 1]?.text !== tokens[i + 3]?.text,
      );
      const place = at > 0 ? placeAfter(ctx, at, 2) : null;
      if (!place) continue;
      const own = ctx.resolution.entities.some((e) => e.type === "Meeting" && e.attributes.place === place.e.name);
      if (own) continue;
      const pair = [surname(a), surname(b)];
      const meeting = ensureEntity(
        ctx,
        "Meeting",
        `${pair.join("-")} meeting`,
        `leaders@${[...pair].sort().join("+")}`,
        { ts: i + 1, te: i + 2 },
        "meeting-recalled-pair",
      );
      meeting.aliases.add(`${pair.join("-")} meeting in ${place.e.name}`);
      meeting.attributes.place ??= place.e.name;
      const date = dateNear(ctx, si, i + 2);
      if (date) meeting.attributes.date ??= date;
      emitRelation(ctx, meeting, "HELD_IN", place.e, si, "meeting-recalled-pair");
      for (const x of [a, b]) emitRelation(ctx, x, "PARTICIPATED_IN", meeting, si, "meeting-recalled-pair");
      return;
    }
  }
}

/** The tokens of the verbs of invitation ("invited") of a document, read after its meetings. */
const INVITES = new DocumentCache<RuleContext, number[]>();

/**
 * "X invited Y for a state visit next year", "X has invited Y on an official visit to Lima": a
 * visit of Y still to come. Its place: the one "visit to" names, else, in a document about two
 * states, the one that is not Y's. Y is the person right after the verb (a title between); the
 * visit needs its own word within five tokens of Y ("invited Y to speak" is no visit).
 */
function findInvitedVisit(ctx: RuleContext, i: number, ms: Seen[], byId: ReadonlyMap<string, LocalEntity>): void {
  const { tokens } = ctx;
  const sentence = tokens[i]!.sentence;
  const s = ctx.sentences[sentence]!;
  const guest = ms.find(
    (x) => x.e.type === "Person" && (x.m.titleStart ?? x.m.ts) > i && (x.m.titleStart ?? x.m.ts) <= i + 4,
  );
  if (!guest?.e.nationality) return;
  if (!titleOnly(ctx, i + 1, guest.m.titleStart ?? guest.m.ts) && guest.m.ts !== i + 1) return;
  if (!/^(for|on|to)$/.test(tokens[guest.m.te]?.text ?? "")) return;
  let visit = -1;
  for (let k = guest.m.te + 1; k < Math.min(s.tokenEnd, guest.m.te + 6) && visit < 0; k++)
    if (/^(visit|trip)$/i.test(tokens[k]!.text)) visit = k;
  if (visit < 0) return;
  for (let k = guest.m.te + 1; k < visit; k++)
    if (!/^(a|an|the|state|official|working|\w+-day)$/i.test(tokens[k]!.text)) return;
  const named =
    tokens[visit + 1]?.text === "to"
      ? ms.find((x) => x.m.ts === visit + 2 && (x.e.type === "Country" || x.e.type === "Place") && !x.m.demonym)
      : undefined;
  const where = named?.e ?? hostCountry(ctx, i, ms, guest.e, byId);
  if (!where) return;
  const code = where.type === "Country" ? where.attributes.code : (CITIES.get(where.name) ?? CAPITALS.get(where.name));
  if (code && code === guest.e.nationality) return;
  const who = surname(guest.e);
  const state = tokens[visit - 1]?.text === "state" ? "state " : "";
  const meeting = ensureEntity(
    ctx,
    "Meeting",
    `${who} ${state}visit to ${where.name}`,
    `visit@${who} ${where.name}`,
    { ts: visit, te: visit + 1 },
    "meeting-invited-visit",
  );
  meeting.aliases.add(`${who} visit to ${where.name}`);
  const date = dateNear(ctx, sentence, visit);
  if (date && !meeting.attributes.date) meeting.attributes.date = date;
  emitRelation(ctx, meeting, "HELD_IN", where, sentence, "meeting-invited-visit");
  emitRelation(ctx, guest.e, "PARTICIPATED_IN", meeting, sentence, "meeting-invited-visit");
}

/**
 * The country of the one who invites `guest` at verb `i`: the clause's subject, else the other
 * leader of the document's meetings or calls with the guest so far; its country when it is not
 * the guest's.
 */
function hostCountry(
  ctx: RuleContext,
  i: number,
  ms: Seen[],
  guest: LocalEntity,
  byId: ReadonlyMap<string, LocalEntity>,
): LocalEntity | undefined {
  const subject = clausePeople(ctx, i, ms, i + 1).subjects.at(-1)?.e;
  let host = subject && subject !== guest ? subject : undefined;
  if (!host) {
    const people = leadersByMeeting(ctx, byId);
    const partners = new Set<LocalEntity>();
    for (const list of people.values())
      if (list.length === 2 && list.includes(guest)) partners.add(list.find((x) => x !== guest)!);
    if (partners.size === 1) host = [...partners][0];
  }
  if (!host) return undefined;
  const sides = personSides(ctx, byId);
  // A host whose post names no state: the state the document names most after the guest's.
  const state =
    byId.get(sides.get(host.id) ?? "") ??
    ctx.resolution.entities
      .filter((e) => isStateParty(e) && e.id !== sides.get(guest.id) && e.attributes.code !== guest.nationality)
      .sort((a, b) => b.mentions.length - a.mentions.length)
      .find((e) => e.mentions.length >= 2);
  return state && state.id !== sides.get(guest.id) && state.attributes.code !== guest.nationality ? state : undefined;
}

/**
 * "during the latter's state visit" (token `i` the noun): the latter (or former) of the two people
 * named before in the sentence, and the country the sentence places the event in (a city in it, or
 * the country), when it is not the visitor's own. Undefined otherwise.
 */
function latterVisit(ctx: RuleContext, i: number, ms: Seen[]): { visitor: Seen; dest: Seen } | undefined {
  const { tokens } = ctx;
  let k = i - 1;
  if (/^(state|official|working)$/i.test(tokens[k]?.text ?? "")) k--;
  if (!isPossessiveMark(tokens[k]?.text)) return undefined;
  const which = tokens[k - 1]?.text.toLowerCase();
  if (which !== "latter" && which !== "former") return undefined;
  const people = ms.filter((x) => x.e.type === "Person" && x.m.te <= k - 1);
  const two = people.slice(-2);
  if (two.length < 2 || two[0]!.e === two[1]!.e) return undefined;
  const visitor = which === "latter" ? two[1]! : two[0]!;
  for (const x of ms) {
    if (x.m.ts >= i || !/^(in|at)$/.test(tokens[x.m.ts - 1]?.text ?? "") || x.m.demonym) continue;
    const code =
      x.e.type === "Country" ? x.e.attributes.code : x.e.type === "Place" ? CAPITALS.get(x.e.name) : undefined;
    if (!code || code === visitor.e.nationality) continue;
    const country = countryEntity(ctx, code);
    if (country) return { visitor, dest: { m: x.m, e: country } };
  }
  return undefined;
}

/** Words between a sentence's subject and the pronoun repeating it ("also announced that he"). */
const REPORTING_GAP =
  /^(also|then|later|has|had|said|says|announced|announces|told|tells|reporters|added|adds|confirmed|confirms|stated|states|that|,)$/;

/**
 * "he might visit Washington", "He also announced plans to visit Beijing", "where he held talks
 * with": the person a "he"/"she" a few words before the verb or noun stands for, the last person named before it in the sentence, else
 * the subject of the sentence before.
 */
function pronounVisitor(ctx: RuleContext, i: number, ms: Seen[]): Seen | undefined {
  const { tokens } = ctx;
  const sentence = tokens[i]!.sentence;
  const k = [1, 2, 3, 4, 5].map((n) => i - n).find((j) => /^(he|she|He|She)$/.test(tokens[j]?.text ?? ""));
  if (k === undefined || tokens[k]!.sentence !== sentence) return undefined;
  for (let j = k + 1; j < i; j++) if (SUBJECT_BREAK.test(tokens[j]!.text)) return undefined;
  const before = ms.filter((x) => x.e.type === "Person" && x.m.te <= k).at(-1);
  if (before) return before;
  // "He said he would …": the same person as the sentence's opening pronoun.
  let open = ctx.sentences[sentence]!.tokenStart;
  const same = (w: string) => w.toLowerCase() === tokens[k]!.text.toLowerCase();
  if (open < k && same(tokens[open]!.text)) {
    let j = open + 1;
    while (j < k && /^(said|says|told|tells|added|adds|reporters|that|also)$/.test(tokens[j]!.text)) j++;
    if (j === k) open = k;
  }
  // "The US president also announced that he would …": the document's one holder of the title
  // the sentence opens with, past a reporting verb.
  if (tokens[open]?.text === "The" && k > open) {
    const [holder, ...more] = titledAfter(ctx, open, 1);
    let j = open + 2;
    while (j < k && !REPORTING_GAP.test(tokens[j]!.text)) j++;
    const reported = j < k && tokens.slice(j, k).every((t) => REPORTING_GAP.test(t.text));
    const m = holder?.mentions.filter((x) => x.sentence <= sentence).at(-1);
    if (holder && !more.length && reported && j - open <= 4 && m) return { m, e: holder };
  }
  if (sentence === 0 || k !== open) return undefined;
  const prev = mentionsIn(ctx, sentence - 1);
  const people = new Set(prev.filter((x) => x.e.type === "Person").map((x) => x.e));
  // The sentence before names one person, or one person who speaks ("…, Trump said"): "he" is
  // then not in doubt.
  if (people.size === 1) return prev.find((x) => x.e.type === "Person");
  const speakers = prev.filter((x) => x.e.type === "Person" && QUOTE_VERB.test(tokens[x.m.te]?.text ?? ""));
  return new Set(speakers.map((x) => x.e)).size === 1 ? speakers[0] : undefined;
}

/**
 * The subject a visit's "his" / "her" refers to: the sentence's subject (`subjectAt`), except when
 * the sentence opens with "He" / "She" before any person it names ("He said he was too busy to meet
 * X during his visit to Y"): then the person the sentence before names alone, or its one speaker,
 * and no one when that is in doubt (not X, an object of the clause).
 */
function pronounSubject(ctx: RuleContext, sentence: number, ms: Seen[]): Seen | undefined {
  const { tokens } = ctx;
  const open = ctx.sentences[sentence]!.tokenStart;
  if (!/^(He|She)$/.test(tokens[open]?.text ?? "")) return subjectAt(ctx, ms, sentence);
  if (sentence === 0) return undefined;
  const prev = mentionsIn(ctx, sentence - 1);
  const people = new Set(prev.filter((x) => x.e.type === "Person").map((x) => x.e));
  if (people.size === 1) return prev.find((x) => x.e.type === "Person");
  const speakers = prev.filter((x) => x.e.type === "Person" && QUOTE_VERB.test(tokens[x.m.te]?.text ?? ""));
  if (new Set(speakers.map((x) => x.e)).size === 1) return speakers[0];
  // Else the subject the sentence before opens with ("Trump, aboard Air Force One, said …").
  const first = prev.find((x) => x.e.type === "Person");
  return first && first.m.ts === ctx.sentences[sentence - 1]!.tokenStart ? first : undefined;
}

/** "the visit by Crown Prince X to Washington": the person right after "by" (a title between). */
function visitBy(ctx: RuleContext, i: number, ms: Seen[]): Seen | undefined {
  if (!/^(by|of)$/.test(ctx.tokens[i + 1]?.text ?? "")) return undefined;
  const x = ms.find((y) => y.e.type === "Person" && y.m.ts > i + 1 && y.m.ts <= i + 6);
  return x && titleOnly(ctx, i + 2, x.m.ts) ? x : undefined;
}

/**
 * "the visit of President X and Prime Minister Y to Z", "the visit by X and Y to Z" (round 21b):
 * the people coordinated after "of"/"by" (their titles between), then "to" and the destination, are
 * all visitors of one visit there.
 */
function visitOfVisitors(ctx: RuleContext, i: number, ms: Seen[], note: Note): void {
  const { tokens } = ctx;
  const visitors: Seen[] = [];
  for (const x of ms) {
    if (x.e.type !== "Person" || x.m.ts <= i + 1) continue;
    const last = visitors.at(-1);
    if (!last) {
      if (x.m.ts > i + 8 || !titleOnly(ctx, i + 2, x.m.titleStart ?? x.m.ts)) return;
      visitors.push(x);
    } else if (capitalsOnly(ctx, last.m.te, x.m.titleStart ?? x.m.ts) || capitalsOnly(ctx, last.m.te, x.m.ts))
      visitors.push(x);
    else break;
  }
  const last = visitors.at(-1);
  if (!last || tokens[last.m.te]?.text !== "to") return;
  const before = INDEX.get(ctx)?.found.length ?? 0;
  if (!findVisit(ctx, i, ms, note, last.m.te + 1 - i)) return;
  const visit = INDEX.get(ctx)
    ?.found.slice(before)
    .find((f) => f.token === i)?.meeting;
  if (!visit) return;
  // Named by all its visitors too ("Costa and von der Leyen visit to India").
  if (visitors.length > 1) {
    const names = visitors.map((x) => surname(x.e));
    const first = `${names[0]} `;
    if (visit.name.startsWith(first))
      visit.aliases.add(`${names.slice(0, -1).join(", ")} and ${names.at(-1)} ${visit.name.slice(first.length)}`);
  }
  for (const x of visitors.slice(1))
    emitRelation(ctx, x.e, "PARTICIPATED_IN", visit, tokens[i]!.sentence, "meeting-visit-visitor");
}

/** Verbs by which a subject makes, pays or ends a visit, trip or tour ("is due to make a state visit"). */
const VISIT_VERB =
  /^(make|makes|made|making|pay|pays|paid|paying|begin|begins|began|beginning|start|starts|started|starting|end|ends|ended|ending|wrap|wraps|wrapped|wrapping|conclude|concludes|concluded|concluding|embark|embarks|embarked|embarking|cut|cuts|cutting|kick|kicks|kicked|kicking|be|is|was|will|would|could|may|might|has|have|had|also|soon|now|still|on|during|due|set|to|up|off|short|plan|plans|planned|planning|plans|announce|announces|announced|intend|intends|intended|hope|hopes|hoped|want|wants|wanted|expect|expected|seek|seeks|sought|an|a|the|his|her|their|first|second|official|state|working|[-–]|\d+|one|two|three|four|five|six|seven|eight|nine|ten|day|week|nation|country|stop|long|\w+-(day|week|nation|country|stop|long))$/i;

/**
 * The person who makes the visit at `i` when no owner is next to it: the clause's subject, a person
 * before it whose words to the noun are only a visit verb, auxiliaries and the noun's modifiers
 * ("X is due to make a state visit to Y", "X wrapped up a three-day visit to Y").
 */
function clauseSubject(ctx: RuleContext, i: number, ms: Seen[]): Seen | undefined {
  const { tokens } = ctx;
  const x = ms.filter((y) => y.e.type === "Person" && y.m.te <= i && i - y.m.te <= 24).at(-1);
  if (!x) return undefined;
  let k = x.m.te;
  // "X, who leads the negotiations, will visit Y": past the relative clause set off by commas.
  if (tokens[k]?.text === "," && /^(who|whose)$/i.test(tokens[k + 1]?.text ?? "")) {
    let end = k + 2;
    while (end < i && tokens[end]!.text !== ",") end++;
    if (end >= i) return undefined;
    k = end + 1;
  }
  if (i - k > 16) return undefined;
  // "X arrived in Berlin on Wednesday for a two-day visit to Germany": a journey on the way.
  // "X headed to Y to attend the summit and begin a state visit to Z": an event attended on the
  // way, coordinated with the visit.
  const journey = (t: number) =>
    JOURNEY_WORD.test(tokens[t]!.text) ||
    ATTEND_ON_WAY.test(tokens[t]!.text) ||
    ms.some(
      (y) => (y.e.type === "Place" || y.e.type === "Country" || y.e.type === "Meeting") && y.m.ts <= t && t < y.m.te,
    );
  for (; k < i; k++) if (!VISIT_VERB.test(tokens[k]!.text) && !journey(k)) return undefined;
  return x;
}

/** Words of an event attended on a journey, coordinated with a visit ("to attend the summit and"). */
const ATTEND_ON_WAY = /^(attend|attends|attended|attending|join|joins|joined|joining|and)$/;

/** Words of a journey between a visitor and the visit ("arrived in … on Wednesday for"). */
const JOURNEY_WORD =
  /^(after|before|following|arrive|arrives|arrived|arriving|land|lands|landed|landing|travel|travels|travelled|traveled|travelling|traveling|fly|flies|flew|flying|head|heads|headed|heading|in|at|for|this|week|morning|afternoon|evening|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|tomorrow|yesterday)$/;

/** "Trump, beginning a five-day Asia tour". */
function findTour(ctx: RuleContext, i: number, ms: { m: Mention; e: LocalEntity }[], note: Note) {
  const sentence = ctx.tokens[i]!.sentence;
  const region = ms.find((x) => x.m.te === i && x.e.type === "Place");
  if (!region) {
    travellersTour(ctx, i, ms, note);
    return;
  }
  // The clause's subject: the sentence's first person ("X's talks with Y … marked the finale of an Asia trip").
  const traveller = ms.find((x) => x.e.type === "Person" && x.m.te <= region.m.ts);
  const who = traveller ? `${surname(traveller.e)} ` : "";
  const word = ctx.tokens[i]!.text.toLowerCase();
  const meeting = ensureEntity(
    ctx,
    "Meeting",
    `${who}${region.e.name} ${word}`,
    `tour@${who}${region.e.name}`,
    { ts: region.m.ts, te: i + 1 },
    "meeting-tour",
  );
  note({ meeting, sentence, kind: "tour" });
  emitRelation(ctx, meeting, "HELD_IN", region.e, sentence, "meeting-tour-region");
  if (traveller) emitRelation(ctx, traveller.e, "PARTICIPATED_IN", meeting, sentence, "meeting-tour-traveller");
}

/**
 * "X landed in Malaysia to begin his first tour of the region", "X arrived in Hanoi on Sunday for
 * his tour of Southeast Asia": the traveller's tour (his/her/their noun), held where the journey
 * went or in the place "of" names. No place, or no one whose tour it is: nothing.
 */
function travellersTour(ctx: RuleContext, i: number, ms: Seen[], note: Note): void {
  const { tokens } = ctx;
  const sentence = tokens[i]!.sentence;
  let k = i - 1;
  while (k > i - 3 && /^[a-z-]+$/.test(tokens[k]?.text ?? "") && !/^(his|her|their)$/.test(tokens[k]!.text)) k--;
  if (!/^(his|her|their)$/.test(tokens[k]?.text ?? "")) return;
  const named =
    tokens[i + 1]?.text === "of"
      ? ms.find((x) => x.m.ts === i + 2 && (x.e.type === "Place" || x.e.type === "Country") && !x.m.demonym)
      : undefined;
  const place = named ?? destinationBefore(ctx, k, ms, true);
  if (!place) return;
  const traveller = ms.filter((x) => x.e.type === "Person" && x.m.te <= place.m.ts).at(-1);
  if (!traveller) return;
  const who = surname(traveller.e);
  const noun = tokens[i]!.text.toLowerCase();
  const meeting = ensureEntity(
    ctx,
    "Meeting",
    `${who} ${noun}`,
    `tour@${who} ${keyMonth(ctx, dateNear(ctx, sentence, i))}`,
    { ts: k, te: i + 1 },
    "meeting-tour",
  );
  // "his first tour of the region": the text's own words name it too.
  if (
    tokens[i + 1]?.text === "of" &&
    /^the$/i.test(tokens[i + 2]?.text ?? "") &&
    /^[a-z]+$/.test(tokens[i + 3]?.text ?? "")
  )
    meeting.aliases.add(`${who} ${noun} of the ${tokens[i + 3]!.text}`);
  const date = dateNear(ctx, sentence, i);
  if (date && !meeting.attributes.date) meeting.attributes.date = date;
  note({ meeting, sentence, kind: "tour" });
  emitRelation(ctx, meeting, "HELD_IN", place.e, sentence, "meeting-tour-region");
  emitRelation(ctx, traveller.e, "PARTICIPATED_IN", meeting, sentence, "meeting-tour-traveller");
}

/** Per document: place name → the event held there, so that mentions of it at that place join it. */
const EVENTS_AT = new DocumentCache<RuleContext, Map<string, LocalEntity>>();

function eventsAt(ctx: RuleContext): Map<string, LocalEntity> {
  let map = EVENTS_AT.get(ctx);
  if (!map) EVENTS_AT.set(ctx, (map = new Map()));
  return map;
}

/** Words between an event noun and "between" ("a summit looms between", "a meeting planned between"). */
const BETWEEN_GAP = /^(looms|loomed|looming|planned|scheduled|expected|slated|set|due|later|soon)$/i;

/**
 * "as a summit looms between the two presidents in Seoul", "a meeting between the two leaders next
 * month": the event noun at `i` names the meeting of the two heads of state the sentences around
 * name, else, when they name none, of the document's two states; held in the place right after the
 * phrase. Read only where no other rule read the noun.
 */
function summitOfTheTwo(ctx: RuleContext, i: number, index: MeetingIndex, note: Note): void {
  const { tokens } = ctx;
  const sentence = tokens[i]!.sentence;
  if (index.found.some((f) => f.token === i) || isRecalled(tokens, i)) return;
  const ms = mentionsIn(ctx, sentence);
  if (ms.some((x) => x.e.type === "Meeting" && x.m.ts <= i && x.m.te > i)) return;
  let k = i + 1;
  while (k < i + 3 && BETWEEN_GAP.test(tokens[k]?.text ?? "")) k++;
  if (tokens[k]?.text !== "between" || !/^the$/i.test(tokens[k + 1]?.text ?? "") || tokens[k + 2]?.text !== "two")
    return;
  const who = tokens[k + 3]?.text ?? "";
  let end = k + 4;
  if (who === "heads" && tokens[k + 4]?.text === "of" && tokens[k + 5]?.text === "state") end = k + 6;
  else if (!/^(presidents|leaders)$/.test(who)) return;
  const noun = tokens[i]!.text.toLowerCase();
  const people = leadersInContext(ctx, sentence);
  let meeting: LocalEntity;
  let parties: LocalEntity[];
  if (people.length === 2 && !(people[0]!.nationality && people[0]!.nationality === people[1]!.nationality)) {
    meeting = leadersMeeting(ctx, people[0]!, people[1]!, i, noun);
    parties = people;
  } else {
    const pair = people.length ? undefined : mainCountryPair(ctx);
    if (!pair) return;
    // Dated by the text only: an undated mention is the leaders' one meeting of the story.
    const month = monthOf(dateNear(ctx, sentence, i), ctx.doc.date) ?? "";
    meeting = ensureEntity(
      ctx,
      "Meeting",
      `${pair.map(partyLabel).join("-")} ${noun}`,
      `leaders@${pair
        .map((x) => x.name)
        .sort()
        .join("+")}${month ? `@${month}` : ""}`,
      { ts: i, te: i + 1 },
      "meeting-of-the-two",
    );
    parties = [...pair];
  }
  note({ meeting, sentence, kind: "leaders", token: i });
  const date = dateNear(ctx, sentence, i);
  if (date && !meeting.attributes.date) meeting.attributes.date = date;
  for (const p of parties) emitRelation(ctx, p, "PARTICIPATED_IN", meeting, sentence, "meeting-of-the-two");
  const place =
    tokens[end]?.text === "in"
      ? ms.find((x) => x.m.ts === end + 1 && (x.e.type === "Place" || x.e.type === "Country"))
      : undefined;
  if (place) {
    meeting.attributes.place ??= place.e.name;
    emitRelation(ctx, meeting, "HELD_IN", place.e, sentence, "meeting-of-the-two");
  }
}

/** The meeting of two people ("Trump-Xi meeting"), one per pair whatever the noun that names it. */
function leadersMeeting(ctx: RuleContext, a: LocalEntity, b: LocalEntity, i: number, noun: string): LocalEntity {
  return ensureEntity(
    ctx,
    "Meeting",
    `${surname(a)}-${surname(b)} ${noun}`,
    pairMeetingKey(surname(a), surname(b)),
    { ts: i, te: i + 1 },
    "meeting-leaders",
  );
}

/** The heads of state's titles in lower case ("prime minister" as a lower-case title is one too). */
const HEAD_TITLES_LOWER = [...HEAD_OF_STATE_TITLES].map((h) => h.toLowerCase());

/** People a lower-case head title names, after a state ("U.S. president X", "Japan's prime minister Y"). */
const LOWER_CASE_HEADS = new DocumentSet<LocalEntity>();

/**
 * "Japanese prime minister Sanae Takaichi", "Brazil's president Lula": a head of state's title
 * written in lower case between a state (its name, demonym or possessive) and the name. The mention
 * stage reads capitalised titles only; a firm's "president" has no state before it.
 */
function markLowerCaseHeads(ctx: RuleContext): void {
  const { tokens } = ctx;
  const lowers = lowerCaseTexts(tokens);
  const byEnd = new Map<number, Mention>();
  for (const m of ctx.mentions) byEnd.set(m.te, m);
  for (const m of ctx.mentions) {
    if (m.type !== "Person") continue;
    const e = ctx.resolution.entityOf.get(m);
    if (!e || LOWER_CASE_HEADS.has(e)) continue;
    for (const words of [1, 2]) {
      const from = m.ts - words;
      if (from < 1) continue;
      const title = lowers.slice(from, m.ts).join(" ");
      if (!HEAD_TITLES_LOWER.includes(title) || tokens[from]!.text !== title.split(" ")[0]) continue;
      let k = from;
      if (/^['’]s$/.test(tokens[k - 1]?.text ?? "")) k--;
      const state = byEnd.get(k);
      if (state && tokens[k - 1]?.sentence === m.sentence) {
        const se = ctx.resolution.entityOf.get(state);
        if (se && isStateParty(se)) LOWER_CASE_HEADS.add(e);
      }
    }
  }
}

function isHeadOfState(e: LocalEntity): boolean {
  if (LOWER_CASE_HEADS.has(e)) return true;
  // "Vice Premier", "Deputy Prime Minister" are not heads of government.
  return [...e.titles].some((title) => {
    const t = title.toLowerCase();
    return !/\b(vice|deputy|former)\b/.test(t) && HEAD_TITLES_LOWER.some((h) => t === h || t.endsWith(` ${h}`));
  });
}

/**
 * Two heads of state the talks noun at `i` belongs to: "X's talks with Y", "talks between X and Y",
 * "X held talks with Y". Null when either is not a head of state (their negotiators' talks).
 */
function leaderPair(
  ctx: RuleContext,
  i: number,
  ms: { m: Mention; e: LocalEntity }[],
): [LocalEntity, LocalEntity] | null {
  const { tokens } = ctx;
  const people = ms.filter((x) => x.e.type === "Person");
  let pair: LocalEntity[] = [];
  const at = pastDate(ctx.tokens, i);
  const next = tokens[at + 1]?.text;
  if (next === "between") {
    pair = people.filter((x) => x.m.ts > at + 1 && x.m.ts <= at + 10).map((x) => x.e);
    // "talks between the US President and Ms X": a leader named by title.
    if (pair.length < 2) pair = [...pair, ...titledAfter(ctx, at + 2, 8)];
  } else if (next === "with") {
    const other = people.find((x) => x.m.ts > at + 1 && x.m.ts <= at + 6);
    // "Trump's face-to-face talks with Xi", "Trump held talks with Xi".
    // "…, where he held talks with Xi": the person the pronoun stands for.
    const owner = people.filter((x) => x.m.te <= i && x.m.te >= i - 8).at(-1) ?? pronounVisitor(ctx, i, ms);
    if (other && owner) pair = [owner.e, other.e];
  } else {
    // "X and Y held high-level discussions", "where he and Y held talks": the coordinated subject
    // of a verb of holding, right before the noun (its modifiers between).
    let k = i - 1 - kindWords(ctx, i).length;
    while (
      k > i - 6 &&
      /^(a|an|their|first|two|three|[-–]|high|level|several|lengthy|long|brief|formal|private|closed|door|rounds?|of|\w+-\w+)$/i.test(
        tokens[k]?.text ?? "",
      )
    )
      k--;
    if (/^(held|hold|holds|had|have|has|began|begin|opened|open|concluded|conclude)$/i.test(tokens[k]?.text ?? "")) {
      // "X and Y on Monday held talks": past a date phrase between the subject and its verb.
      const y = people.find((x) => x.m.te === k || (x.m.te < k && k - x.m.te <= 3 && datePhrase(tokens, x.m.te, k)));
      // "and Indian Prime Minister Y": past Y's title.
      let and = y ? y.m.ts - 1 : -1;
      while (and > (y?.m.ts ?? 0) - 5 && /^[A-Z]/.test(tokens[and]?.text ?? "")) and--;
      if (y && tokens[and]?.text === "and") {
        const x =
          people.find((z) => z.m.te === and) ??
          (/^(he|she)$/i.test(tokens[and - 1]?.text ?? "") ? pronounVisitor(ctx, and, ms) : undefined);
        if (x) pair = [x.e, y.e];
      }
    }
  }
  pair = [...new Set(pair)];
  // "between Presidents X and Y": a plural head title over the pair.
  const plural = (e: LocalEntity) => [...e.titles].some((t) => /\b(presidents|prime ministers|premiers)$/i.test(t));
  if (pair.length !== 2 || !pair.some((e) => isHeadOfState(e) || plural(e))) return null;
  return pair as [LocalEntity, LocalEntity];
}

/** Tokens [from, to) are a short date phrase: "on Monday", "Friday", "last week", "on Oct. 3". */
function datePhrase(tokens: readonly Token[], from: number, to: number): boolean {
  let dated = false;
  for (let k = from; k < to; k++) {
    const w = tokens[k]!.text;
    if (WEEKDAY.test(w) || MONTH.test(w.replace(/\.$/, "")) || /^(yesterday|today|week|month)$/i.test(w)) dated = true;
    else if (!/^(on|last|this|earlier|\d{1,2})$/i.test(w)) return false;
  }
  return dated;
}

/** Lower-case words of the noun phrase before `i` that name the kind of event ("mining", "signing"). */
function kindWords(ctx: RuleContext, i: number): string[] {
  const out: string[] = [];
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const t = ctx.tokens[k]!;
    if (
      t.sentence !== ctx.tokens[i]!.sentence ||
      !/^[a-z][a-z-]+$/.test(t.text) ||
      /^(a|an|the|this|that|its|their|his|her)$/.test(t.text)
    )
      break;
    const kindAdjective = /^(trilateral|bilateral|annual|ministerial|strategic)$/.test(t.text);
    if ((t.pos !== "NOUN" && t.pos !== "VERB" && !kindAdjective) || /^[-–]$/.test(ctx.tokens[k - 1]?.text ?? "")) break;
    out.unshift(t.text);
  }
  return out;
}

/**
 * "a tense summit in Beijing", "a mining conference in Buenos Aires", "a signing ceremony at the
 * White House in Washington", "the meeting in the Malaysian capital": a meeting named by its place.
 * When an event is already held there (talks, a leaders' meeting) this is a mention of it.
 */
function findPlacedEvent(ctx: RuleContext, i: number, ms: { m: Mention; e: LocalEntity }[], note: Note) {
  const { tokens } = ctx;
  const sentence = tokens[i]!.sentence;
  // Part of a named meeting ("the ASEAN Summit"), or a verb ("meeting reporters").
  if (ms.some((x) => x.e.type === "Meeting" && x.m.ts <= i && x.m.te > i)) return;
  // "at a CNBC-hosted forum": the event named by its host.
  if (hostedEvent(ctx, i, ms, note)) return;
  if (tokens[i]!.pos === "VERB" || ms.some((x) => x.e.type === "Person" && x.m.ts > i && x.m.ts <= i + 3)) return;
  // A press conference is no meeting of parties; nor a government's own cabinet meeting (the studied
  // gold files none of 7), nor a project's launch or groundbreaking ceremony.
  if (/^(press|news|cabinet)$/i.test(tokens[i - 1]?.text ?? "") || milestoneCeremony(tokens, i)) return;
  // "the IMF spring meetings", "the G7 meeting": an organisation's meeting, named after it.
  // "a meeting of the Quad grouping in Washington": the organisation follows.
  // "a meeting at the OECD": held at the organisation, its meeting.
  const orgOf =
    tokens[i + 1]?.text === "of" || tokens[i + 1]?.text === "at"
      ? ms.find(
          (x) => x.e.type === "Organization" && x.m.ts > i + 1 && x.m.ts <= i + (tokens[i + 1]!.text === "of" ? 6 : 3),
        )
      : undefined;
  const org =
    ms.filter((x) => x.e.type === "Organization" && x.m.te <= i && x.m.te >= i - 3).at(-1) ??
    orgOf ??
    ownerOfIts(ctx, i, ms);
  if (tokens[i]!.text === "meetings" && !org) return;
  // "a conference … was held in X" reaches further; "gathered in Durban for a conference": the
  // journey's destination.
  let place =
    placeAfter(ctx, i, heldAfter(ctx, i) ? 14 : 6) ??
    (orgOf ? placeAfter(ctx, orgOf.m.te - 1, 3) : null) ??
    // "the annual meetings of the IMF and World Bank in Washington": past a coordinated body.
    (orgOf && tokens[orgOf.m.te]?.text === "and"
      ? (() => {
          const next = ms.find(
            (x) =>
              (x.e.type === "Organization" || x.e.type === "Agency") && x.m.ts > orgOf.m.te && x.m.ts <= orgOf.m.te + 3,
          );
          return next ? placeAfter(ctx, next.m.te - 1, 3) : null;
        })()
      : null) ??
    destinationBefore(ctx, i - kindWords(ctx, i).length, ms) ??
    // "the Council for Trade in Goods meeting on May 4 and 5 in Geneva": past the noun's date.
    placeAfterDate(ctx, i);
  // "a meeting of the chief negotiators of both countries in New Delhi": the place past the
  // lower-case complement naming who met.
  let ofSides = false;
  if (!place && !orgOf && tokens[i + 1]?.text === "of") {
    let k = i + 2;
    while (k < i + 12 && /^[a-z][a-z-]*$/.test(tokens[k]?.text ?? "") && !/^(in|at)$/.test(tokens[k]!.text)) k++;
    const complement = wordsBetween(ctx, i + 2, k);
    if (/^(in|at)$/.test(tokens[k]?.text ?? "") && !ms.some((x) => x.m.ts > i + 1 && x.m.ts < k)) {
      place = placeAfter(ctx, k - 1, 3);
      ofSides =
        !!place &&
        /\b(both (countries|sides|nations|governments)|the two (countries|sides|nations|governments))$/.test(
          complement,
        );
    }
  }
  let viaCountry: LocalEntity | undefined;
  // "the meeting in the Malaysian capital" (placeAfter read the capital from the demonym): in
  // Malaysia too.
  if (place && place.e.type === "Place") {
    const { m } = place;
    const state = ms.find(
      (x) =>
        x.e.type === "Country" &&
        !!x.m.demonym &&
        x.m.ts >= m.ts &&
        x.m.te <= m.te &&
        /^capital$/i.test(tokens[x.m.te]?.text ?? ""),
    );
    if (state) viaCountry = state.e;
  }
  if (!place) {
    // "the meeting in the Malaysian capital".
    const capital = demonymCapitalAfter(ctx, tokens, ms, i);
    if (capital) {
      place = { m: capital.country.m, e: capital.place };
      // "in the Malaysian capital": in Malaysia too.
      viaCountry = capital.country.e;
    }
  }
  // "a meeting of the OECD", "the annual meeting at the WTO" with no place: the organisation's.
  if (!place && orgOf && /^(a|an|the|annual|ministerial|its)$/i.test(tokens[i - 1]?.text ?? "")) {
    const meeting = ensureEntity(
      ctx,
      "Meeting",
      `${shortName(orgOf)} ${tokens[i]!.text}`,
      `org@${orgOf.e.name}@${keyMonth(ctx, dateNear(ctx, sentence, i))}`,
      { ts: i, te: orgOf.m.te },
      "meeting-of-organization",
    );
    const date = dateNear(ctx, sentence, i);
    if (date && !meeting.attributes.date) meeting.attributes.date = date;
    note({ meeting, sentence, kind: "summit", background: isRecalled(tokens, i), token: i });
    emitRelation(ctx, orgOf.e, "PARTICIPATED_IN", meeting, sentence, "meeting-placed-of-organization");
    return;
  }
  // "the EU-China summit", "after the July EU-Japan summit" with no place: a bloc's summit with a
  // state is the two parties' (both take part), not the bloc's own gathering.
  const pairSummit = !place && org && !orgOf && tokens[i]!.text === "summit" ? dashPairBefore(ctx, i, ms) : null;
  if (pairSummit?.some((x) => x.e === org!.e) && pairSummit.every((x) => isStateParty(x.e))) {
    const date = dateNear(ctx, sentence, i);
    const names = pairSummit.map((x) => partyLabel(x.e));
    const month = keyMonth(ctx, date);
    const meeting = ensureEntity(
      ctx,
      "Meeting",
      `${names.join("-")} summit`,
      `summit@${[...names].sort().join("+")}@${month}`,
      { ts: pairSummit[0].m.ts, te: i + 1 },
      "meeting-pair-summit",
    );
    if (date && !meeting.attributes.date) meeting.attributes.date = date;
    note({ meeting, sentence, kind: "summit", background: isRecalled(tokens, i), token: i });
    for (const x of pairSummit) emitRelation(ctx, x.e, "PARTICIPATED_IN", meeting, sentence, "meeting-pair-summit");
    return;
  }
  // "Anwar told a separate ASEAN-GCC forum", "addressed the A-B conference" with no
  // place: the two parties' forum, which the person who addresses or attends it takes part in (the
  // parties themselves are not filed: a forum of two blocs is their members').
  if (!place && !orgOf && /^(forum|conference)$/.test(tokens[i]!.text)) {
    const pair = dashPairBefore(ctx, i, ms);
    if (pair?.every((x) => x.e.type !== "Person")) {
      const date = dateNear(ctx, sentence, i);
      const names = pair.map((x) => shortName(x));
      const meeting = ensureEntity(
        ctx,
        "Meeting",
        `${names.join("-")} ${tokens[i]!.text}`,
        `pair-forum@${names.join("+")}@${tokens[i]!.text}@${keyMonth(ctx, date)}`,
        { ts: pair[0].m.ts, te: i + 1 },
        "meeting-pair-forum",
      );
      if (date && !meeting.attributes.date) meeting.attributes.date = date;
      note({ meeting, sentence, kind: "summit", background: isRecalled(tokens, i), token: i });
      let k = pair[0].m.ts - 1;
      while (k > pair[0].m.ts - 4 && /^(a|an|the|separate|annual|recent)$/.test(tokens[k]?.text ?? "")) k--;
      if (/^(told|tells|addressed|addresses|attended|attends|at)$/.test(tokens[k]?.text ?? "")) {
        const speaker = ms.find((x) => x.e.type === "Person" && x.m.te === k);
        if (speaker) emitRelation(ctx, speaker.e, "PARTICIPATED_IN", meeting, sentence, "meeting-pair-forum");
      }
      return;
    }
  }
  // "Japan will host the APEC forum in November", "ahead of the OECD ministerial meeting": an
  // organisation's own event named after it, with no place.
  if (
    (!place || place.e.type === "Country") &&
    org &&
    !orgOf &&
    /^(summit|forum|conference|meeting|ministerial)$/.test(tokens[i]!.text)
  ) {
    const owned = org.m.te < i - 3;
    const det = owned ? "its" : (tokens[org.m.ts - 1]?.text ?? "");
    // "the APEC leaders’ summit": the kind words, their apostrophe dropped.
    const between = owned
      ? ""
      : wordsBetween(ctx, org.m.te, i)
          .replace(/\s*['’]\s*/g, " ")
          .trim();
    if (/^(the|a|an|this|next|last|its|annual|year['’]s)$/i.test(det) && /^([a-z-]+ ?){0,2}$/.test(between)) {
      const date = dateNear(ctx, sentence, i);
      // "its meeting in South Korea": named after its place too (other documents' "APEC meeting" is
      // another of the body's meetings).
      const label = `${shortName(org)} ${between ? `${between} ` : ""}${tokens[i]!.text}${owned && place ? ` in ${place.e.name}` : ""}`;
      // The document's summit named after the organisation ("the APEC Summit … the APEC forum") is this one.
      const heads = [shortName(org), org.e.name].map((n) => `${n} `);
      const named = ctx.resolution.entities.find(
        (e) => e.type === "Meeting" && heads.some((h) => e.name.startsWith(h)) && !e.attributes.place,
      );
      const meeting =
        named ??
        ensureEntity(
          ctx,
          "Meeting",
          label,
          /^(summit|forum)$/.test(tokens[i]!.text) && /^((economic )?leaders)?$/.test(between)
            ? `org@${org.e.name}@summit`
            : `org@${org.e.name}@${keyMonth(ctx, date)}`,
          { ts: owned ? i : org.m.ts, te: i + 1 },
          "meeting-of-organization",
        );
      if (named) named.aliases.add(label);
      if (date && !meeting.attributes.date) meeting.attributes.date = date;
      if (place) emitRelation(ctx, meeting, "HELD_IN", place.e, sentence, "meeting-placed-in-place");
      note({ meeting, sentence, kind: "summit", background: isRecalled(tokens, i), token: i });
      emitRelation(ctx, org.e, "PARTICIPATED_IN", meeting, sentence, "meeting-placed-of-organization");
      return;
    }
  }
  // "The signing ceremony brought together …" with no place of its own: the document's signing.
  // "X was joined at the ceremony by …" after "D has signed …": the signing's own words.
  if (noSigningPlace(ctx, i, place)) {
    if (!findSigning(ctx, i, ms, note)) ownSigning(ctx, i, note);
    return;
  }
  if (!place && signingCeremony(tokens, i, (n) => ctx.sentences[n]!.tokenStart)) {
    ownSigning(ctx, i, note);
    return;
  }
  // "a business conference held on the sidelines of a summit in Tokyo": the place is the summit's;
  // the side event is its own meeting (part of the summit), held there too but not the place's event.
  const sideOf = !org && !orgOf ? sideEventAt(ctx, i) : undefined;
  const sidePlace = sideOf === undefined ? undefined : (placeAfter(ctx, sideOf, 3) ?? undefined);
  if (sidePlace && (!place || place.m.ts > sideOf!)) {
    const date = dateNear(ctx, sentence, i);
    const kinds = kindWords(ctx, i);
    const meeting = ensureEntity(
      ctx,
      "Meeting",
      `${[...kinds, tokens[i]!.text].join(" ")} in ${sidePlace.e.name}`,
      `side@${tokens[i]!.text}@${sidePlace.e.name}@${keyMonth(ctx, date)}`,
      { ts: i - kinds.length, te: i + 1 },
      "meeting-side-event",
    );
    if (date && !meeting.attributes.date) meeting.attributes.date = date;
    meeting.attributes.place ??= sidePlace.e.name;
    note({ meeting, sentence, kind: "summit", background: isRecalled(tokens, i), token: i });
    emitRelation(ctx, meeting, "HELD_IN", sidePlace.e, sentence, "meeting-side-event");
    return;
  }
  // "a recent trade meeting in Malaysia", "a ministerial conference in Kenya": one event noun
  // after an indefinite article, held in a state (round 16).
  if (place?.e.type === "Country" && !place.m.demonym && !org && !orgOf) {
    countryEvent(ctx, i, place, note);
    return;
  }
  // A city or venue: "meetings with Xi in China" is no one event.
  if (place?.e.type !== "Place") return;
  // A venue and then its city: "at Gimhae airbase in Busan" names the meeting after the city.
  const city = ms.find(
    (x) =>
      x.m.ts > place.m.te &&
      x.m.ts <= place.m.te + 2 &&
      tokens[x.m.ts - 1]?.text === "in" &&
      (x.e.type === "Place" || (x.e.type === "Country" && !x.m.demonym)),
  );
  const where = city?.e.type === "Place" ? city.e.name : place.e.name;
  let known = eventsAt(ctx).get(place.e.name) ?? (city ? eventsAt(ctx).get(city.e.name) : undefined);
  // "X and Y will meet on the sidelines of the APEC summit in Z": an organisation's summit is its
  // own event, which the two leaders' meeting held there is part of.
  const orgSummit = !!org && /^(summit|forum|conference)$/.test(tokens[i]!.text);
  let within = known && orgSummit && keyKindIs(known, "leaders") ? known : undefined;
  if (within) known = undefined;
  if (known) {
    note({ meeting: known, sentence, kind: keyKindIs(known, "talks") ? "talks" : "summit" });
    emitRelation(ctx, known, "HELD_IN", place.e, sentence, "meeting-placed-in-place");
    holdAtVenue(ctx, known, place, "meeting-placed-in-place");
    if (viaCountry) emitRelation(ctx, known, "HELD_IN", viaCountry, sentence, "meeting-placed-in-place");
    if (city) emitRelation(ctx, known, "HELD_IN", city.e, sentence, "meeting-placed-in-place");
    if (city && place.e.type === "Place")
      emitRelation(ctx, place.e, "PART_OF", city.e, sentence, "place-venue-in-city");
    return;
  }
  // "… she said at the forum held at the Grand Hotel": a bare "the forum" is the document's one
  // named event, named before it and not yet placed elsewhere, now placed at a venue.
  const only = !org && !orgOf && !city ? soleNamedEvent(ctx, i, sentence) : undefined;
  if (only) {
    // Its place stays unset: a venue named in passing does not make it the document's talks.
    eventsAt(ctx).set(place.e.name, only);
    emitRelation(ctx, only, "HELD_IN", place.e, sentence, "meeting-placed-in-place");
    return;
  }
  // "The 100-minute meeting at X": the document's one leaders' meeting, not yet placed, named
  // before it (a meeting of two leaders named only later is another event than "the meeting in X").
  const leaders = [
    ...new Set(
      INDEX.get(ctx)
        ?.found.filter((f) => f.kind === "leaders")
        .map((f) => f.meeting) ?? [],
    ),
  ];
  const namedBefore = INDEX.get(ctx)?.found.some(
    (f) => f.kind === "leaders" && f.meeting === leaders[0] && f.sentence <= sentence,
  );
  if (
    leaders.length === 1 &&
    namedBefore &&
    !leaders[0]!.attributes.place &&
    /^(meeting|summit)$/.test(tokens[i]!.text)
  ) {
    const m = leaders[0]!;
    // The leaders met at the organisation's summit: it stays its own event, the meeting part of it.
    if (orgSummit && !within) {
      within = m;
      m.attributes.place = place.e.name;
      emitRelation(ctx, m, "HELD_IN", place.e, sentence, "meeting-placed-in-place");
    }
  }
  if (
    !within &&
    leaders.length === 1 &&
    namedBefore &&
    !leaders[0]!.attributes.place &&
    /^(meeting|summit)$/.test(tokens[i]!.text)
  ) {
    const m = leaders[0]!;
    m.attributes.place = place.e.name;
    eventsAt(ctx).set(place.e.name, m);
    note({ meeting: m, sentence, kind: "leaders" });
    emitRelation(ctx, m, "HELD_IN", place.e, sentence, "meeting-placed-in-place");
    return;
  }
  const noun = tokens[i]!.text;
  // "the EU-Japan summit in Tokyo": an event of two parties, named after them and its place.
  const dash = dashPairBefore(ctx, i, ms);
  if (dash) {
    const meeting = ensureEntity(
      ctx,
      "Meeting",
      `${dash.map((x) => partyLabel(x.e)).join("-")} ${noun} in ${where}`,
      placedKey(ctx, place.e.name, dateNear(ctx, sentence, i)),
      { ts: dash[0].m.ts, te: i + 1 },
      "meeting-placed",
    );
    holdAt(ctx, meeting, place.e, i, note, "meeting-placed-in-place");
    if (city) emitRelation(ctx, meeting, "HELD_IN", city.e, sentence, "meeting-placed-in-place");
    for (const x of dash) emitRelation(ctx, x.e, "PARTICIPATED_IN", meeting, sentence, "meeting-placed-parties");
    return;
  }
  const kind = orgOf
    ? []
    : org
      ? wordsBetween(ctx, org.m.te, i)
          .split(" ")
          .filter((w) => /^[a-z-]+$/.test(w))
      : kindWords(ctx, i);
  // "signed a memorandum … at a ceremony in Santiago": a signing ceremony.
  if (noun === "ceremony" && !kind.includes("signing")) {
    const from = Math.max(ctx.sentences[sentence]!.tokenStart, i - 12);
    if (/\b(sign|signs|signed|signing)\b/i.test(wordsBetween(ctx, from, i))) kind.unshift("signing");
  }
  // "the Mining Indaba conference in Cape Town", "the China-Central Asia summit in Astana": a
  // capitalised name before the noun is its own.
  const proper = org || orgOf ? undefined : properBefore(ctx, i - kindWords(ctx, i).length, ms);
  // "a summit in Tokyo between Japan and the Central Asian countries -- A, B and C": its parties,
  // who name it when nothing before the noun does.
  const between = within ? undefined : sidesNamedBetween(ctx, (city ?? place).m.te, ms);
  const meeting = ensureEntity(
    ctx,
    "Meeting",
    org
      ? `${shortName(org)} ${[...kind, noun].join(" ")}`
      : `${proper ? `${proper.text} ` : between?.label ? `${between.label} ` : ""}${[...kind, noun].join(" ")} in ${where}`,
    // Events named by their place are one per place and month: other articles' events there are others.
    // An organisation's summit that leaders meet at is the one summit of its name (as a named summit is).
    within && org && /^(summit|forum)$/.test(noun)
      ? `org@${org.e.name}@summit`
      : placedKey(ctx, place.e.name, dateNear(ctx, sentence, i)),
    { ts: org && !orgOf ? org.m.ts : i - kindWords(ctx, i).length, te: i + 1 },
    "meeting-placed",
  );
  if (org) emitRelation(ctx, org.e, "PARTICIPATED_IN", meeting, sentence, "meeting-placed-of-organization");
  // "a summit in Tokyo between Japan and the Central Asian countries -- A, B and C": its parties.
  for (const e of between?.parties ?? [])
    emitRelation(ctx, e, "PARTICIPATED_IN", meeting, sentence, "meeting-placed-between");
  // "… of both countries": the document's two states.
  if (ofSides)
    for (const side of mainCountryPair(ctx) ?? [])
      emitRelation(ctx, side, "PARTICIPATED_IN", meeting, sentence, "meeting-placed-both-sides", {}, 0.7);
  if (within) {
    emitRelation(ctx, within, "PART_OF", meeting, sentence, "meeting-at-summit");
    eventsAt(ctx).set(place.e.name, within);
  }
  if (proper)
    for (const x of ms)
      if (x.m.ts >= proper.ts && x.m.te <= i && isParty(x) && x.e.type !== "Person")
        emitRelation(ctx, x.e, "PARTICIPATED_IN", meeting, sentence, "meeting-placed-parties", {}, 0.7);
  holdAt(ctx, meeting, place.e, i, note, "meeting-placed-in-place");
  holdAtVenue(ctx, meeting, place, "meeting-placed-in-place");
  if (viaCountry) emitRelation(ctx, meeting, "HELD_IN", viaCountry, sentence, "meeting-placed-in-place");
  // A venue and then its city: "at the White House in Washington".
  if (city) {
    emitRelation(ctx, meeting, "HELD_IN", city.e, sentence, "meeting-placed-in-place");
    if (place.e.type === "Place") emitRelation(ctx, place.e, "PART_OF", city.e, sentence, "place-venue-in-city");
  }
  if (kind.includes("signing"))
    for (const x of witnesses(ctx, sentence, ms))
      emitRelation(ctx, x.e, "PARTICIPATED_IN", meeting, sentence, "meeting-signing-witness");
  // The people the clause puts there: named before the noun, with no reporting verb between (those
  // of a leaders' meeting held at the summit take part in their meeting).
  for (const x of ms) {
    if (x.e.type !== "Person" || x.m.te > i || within) continue;
    const between = wordsBetween(ctx, x.m.te, i);
    if (/\b(said|says|told|according)\b/.test(between) && !/\b(as|during|at|after)\b/.test(between)) continue;
    // "X's visit followed a meeting in Y": X is the other event's.
    if (between.split(" ").some((w) => OTHER_EVENT.test(w))) continue;
    emitRelation(ctx, x.e, "PARTICIPATED_IN", meeting, sentence, "meeting-placed-participants");
  }
}

/**
 * "at a CNBC-hosted forum", "an Acme-sponsored conference": an event named by its host
 * (a named body or firm joined to "hosted / sponsored / organised / convened" by a hyphen) when
 * no place names it. The event is the host's name, the participle and the noun; the host is not
 * filed as a participant (a broadcaster or sponsor stages it).
 */
function hostedEvent(ctx: RuleContext, i: number, ms: Seen[], note: Note): boolean {
  const { tokens } = ctx;
  const noun = tokens[i]!.text;
  if (!/^(forum|conference|summit|meeting|ceremony)$/.test(noun)) return false;
  const kind = kindWords(ctx, i);
  let v = i - 1;
  while (v > i - 3 && /^[a-z]+$/.test(tokens[v]?.text ?? "") && !HOSTED_PARTICIPLE.test(tokens[v]!.text)) v--;
  if (!HOSTED_PARTICIPLE.test(tokens[v]?.text ?? "") || !/^[-–]$/.test(tokens[v - 1]?.text ?? "")) return false;
  // The host: a named body or firm, else one capitalised word the recogniser left ("CNBC").
  const sentence = tokens[i]!.sentence;
  const named = ms.find(
    (x) =>
      x.m.te === v - 1 &&
      /^(Media|Company|Organization|Agency)$/.test(x.e.type) &&
      tokens[x.m.ts]!.sentence === sentence,
  );
  const bare = tokens[v - 2];
  if (
    !named &&
    (ms.some((x) => x.m.te === v - 1) || !bare || bare.sentence !== sentence || !/^[A-Z][A-Za-z0-9&]+$/.test(bare.text))
  )
    return false;
  const host = named ? shortName(named) : bare!.text;
  const words = wordsBetween(ctx, v + 1, i + 1);
  const date = dateNear(ctx, sentence, i);
  const meeting = ensureEntity(
    ctx,
    "Meeting",
    `${host}-${tokens[v]!.text} ${words}`,
    `hosted@${named?.e.name ?? host}@${noun}@${keyMonth(ctx, date)}`,
    { ts: named ? named.m.ts : v - 2, te: i + 1 },
    "meeting-hosted",
  );
  if (kind.length) meeting.aliases.add([...kind, noun].join(" "));
  if (date && !meeting.attributes.date) meeting.attributes.date = date;
  // "a CNBC-hosted forum in Dubai": its place right after it.
  const place = /^(in|at)$/.test(tokens[i + 1]?.text ?? "") ? placeAfter(ctx, i, 3) : null;
  if (place?.e.type === "Place") holdAt(ctx, meeting, place.e, i, note, "meeting-placed-in-place");
  note({ meeting, sentence, kind: "summit", background: isRecalled(tokens, i), token: i });
  return true;
}

const HOSTED_PARTICIPLE = /^(hosted|sponsored|organised|organized|convened)$/;

/**
 * Round 16: "a recent trade meeting in Malaysia", "an annual mining conference in Chile": a
 * singular event noun after an indefinite article (its kind words and up to two adjectives between), held
 * in a state named right after it: the event there (the one the document already holds in that
 * state, else its own, named "<kind> <noun> in <state>"). Not a plural ("meetings with X in
 * China"), a bare noun or one after a possessive.
 */
function countryEvent(ctx: RuleContext, i: number, place: Seen, note: Note): void {
  const { tokens } = ctx;
  const noun = tokens[i]!.text;
  // "a meeting planned in Malaysia", "a summit scheduled in Chile": past the participle
  // of its arrangement.
  const arranged =
    /^(planned|scheduled|set|slated|due|expected)$/.test(tokens[i + 1]?.text ?? "") && place.m.ts === i + 3;
  if (!/^(meeting|summit|conference|forum)$/.test(noun) || (place.m.ts > i + 2 && !arranged)) return;
  const kind = kindWords(ctx, i);
  let k = i - kind.length - 1;
  for (let n = 0; n < 2; n++) {
    if (tokens[k]?.pos === "ADJ" && /^[a-z-]+$/.test(tokens[k]!.text)) k--;
    // "an in-person meeting": a hyphenated compound as one adjective.
    else if (
      /^[a-z]+$/.test(tokens[k]?.text ?? "") &&
      tokens[k - 1]?.text === "-" &&
      /^[a-z]+$/.test(tokens[k - 2]?.text ?? "")
    )
      k -= 3;
    else break;
  }
  // An indefinite article introduces an event; "the meeting in X" is the document's one, read elsewhere.
  if (!/^(a|an)$/i.test(tokens[k]?.text ?? "") || tokens[k]!.sentence !== tokens[i]!.sentence) return;
  const sentence = tokens[i]!.sentence;
  const known = eventsAt(ctx).get(place.e.name);
  if (known) {
    note({ meeting: known, sentence, kind: "summit", token: i });
    emitRelation(ctx, known, "HELD_IN", place.e, sentence, "meeting-placed-in-place");
    return;
  }
  const meeting = ensureEntity(
    ctx,
    "Meeting",
    `${[...kind, noun].join(" ")} in ${place.e.name}`,
    placedKey(ctx, place.e.name, dateNear(ctx, sentence, i)),
    { ts: i - kind.length, te: i + 1 },
    "meeting-placed-country",
  );
  eventsAt(ctx).set(place.e.name, meeting);
  const date = dateNear(ctx, sentence, i);
  if (date && !meeting.attributes.date) meeting.attributes.date = date;
  note({ meeting, sentence, kind: "summit", background: isRecalled(tokens, i), token: i });
  emitRelation(ctx, meeting, "HELD_IN", place.e, sentence, "meeting-placed-in-place");
  // "X will hold discussions with Y tonight, with a subsequent meeting planned in Z":
  // a follow-up event of the clause's two people (the first event stays theirs too).
  const words = wordsBetween(ctx, k, i);
  if (!/\b(subsequent|further|follow-up|follow - up|second|another|later)\b/.test(words)) return;
  const before = mentionsIn(ctx, sentence).filter((x) => x.e.type === "Person" && x.m.te <= k);
  const people = [...new Set(before.map((x) => x.e))];
  if (people.length !== 2) return;
  for (const e of people) emitRelation(ctx, e, "PARTICIPATED_IN", meeting, sentence, "meeting-follow-up-pair");
}

/**
 * Round 16: a headline's "… at Kazan Summit", "… at G20 Summit" (headlines are read for gazetteer
 * names only, so the event word stays untyped): the event named by the place or organisation
 * before it ("Kazan summit", held in Kazan; "G20 summit", the organisation's one summit; "G20
 * Adopts … at Kazan Summit": the opening organisation's "G20 summit in Kazan"), noted as the
 * document's summit. Not when the body already names a summit of its own.
 */
function headlineEvents(ctx: RuleContext, note: Note): void {
  const { tokens } = ctx;
  for (const s of ctx.sentences.slice(0, 2)) {
    if (!isHeadline(tokens, s)) continue;
    for (const x of mentionsIn(ctx, s.i)) {
      const noun = tokens[x.m.te]?.text ?? "";
      if (!/^(Summit|Conference|Forum)$/.test(noun) || !/^(at|At)$/.test(tokens[x.m.ts - 1]?.text ?? "")) continue;
      if (x.e.type !== "Place" && x.e.type !== "Organization") continue;
      if (ctx.resolution.entities.some((e) => e.type === "Meeting")) return;
      const lower = noun.toLowerCase();
      // "G20 Adopts … at Johannesburg Summit": the organisation the headline opens with holds it.
      const owner =
        x.e.type === "Organization"
          ? x
          : mentionsIn(ctx, s.i).find((y) => y.e.type === "Organization" && y.m.ts === s.tokenStart);
      const name = owner
        ? `${shortName(owner)} ${lower}${owner === x ? "" : ` in ${x.e.name}`}`
        : `${x.e.name} ${lower}`;
      const meeting = ensureEntity(
        ctx,
        "Meeting",
        name,
        owner ? `org@${owner.e.name}@summit` : placedKey(ctx, x.e.name, undefined),
        { ts: x.m.ts, te: x.m.te + 1 },
        "meeting-headline",
      );
      note({ meeting, sentence: s.i, kind: "summit", token: x.m.te });
      if (x.e.type === "Place") {
        eventsAt(ctx).set(x.e.name, meeting);
        meeting.attributes.place ??= x.e.name;
        emitRelation(ctx, meeting, "HELD_IN", x.e, s.i, "meeting-headline");
      }
      return;
    }
  }
}

/** Words ending the clause a named event's "between X and Y" is read in. */
const PAIR_CLAUSE_BREAK =
  /^(;|:|said|says|told|according|while|but|whereas|although|because|which|who|after|before|—)$/i;

/**
 * Round 16: "the agreement to be signed between X and Y during the ASEAN Summit", "talks between X
 * and Y at the G20 summit": two states (or blocs) joined by "between … and" in the clause of a
 * named event that "during", "at" or "on the sidelines of" introduces take part in it. Empty
 * otherwise (one state, people, a clause break between).
 */
function pairBeforeEvent(ctx: RuleContext, m: Mention): LocalEntity[] {
  const { tokens } = ctx;
  let k = m.ts - 1;
  if (/^the$/i.test(tokens[k]?.text ?? "")) k--;
  if (!/^(during|at)$/i.test(tokens[k]?.text ?? "") && !/^sidelines$/i.test(tokens[k - 1]?.text ?? "")) return [];
  const start = ctx.sentences[m.sentence]!.tokenStart;
  const ms = mentionsIn(ctx, m.sentence);
  for (let b = k - 1; b >= Math.max(start, k - 16); b--) {
    const w = tokens[b]!.text;
    if (PAIR_CLAUSE_BREAK.test(w)) return [];
    if (w !== "between") continue;
    const first = ms.find((x) => x.m.ts === b + 1 || (x.m.ts === b + 2 && /^the$/i.test(tokens[b + 1]!.text)));
    if (!first || !isStateParty(first.e) || first.m.demonym || tokens[first.m.te]?.text !== "and") return [];
    const at = first.m.te + 1;
    const second = ms.find((x) => x.m.ts === at || (x.m.ts === at + 1 && /^the$/i.test(tokens[at]!.text)));
    if (!second || !isStateParty(second.e) || second.m.demonym || second.e === first.e || second.m.te > k) return [];
    return [first.e, second.e];
  }
  return [];
}

/** Event nouns a text uses for its named event again ("the Investors' Roundtable … the forum"). */
const ANAPHORIC_EVENT = /^(forum|summit|conference|event|roundtable|symposium|gathering|dialogue|convention)$/;

/**
 * The event a bare "the forum" at token `i` refers back to: the document's one capitalised named
 * event (its own head word: "Summit", "Forum", "Roundtable" …), named in an earlier sentence, with
 * no place stored yet. None when the noun has kind words ("the trade forum"), is recalled, or the
 * document names two events or more.
 */
function soleNamedEvent(ctx: RuleContext, i: number, sentence: number): LocalEntity | undefined {
  const { tokens } = ctx;
  if (!ANAPHORIC_EVENT.test(tokens[i]!.text) || !/^the$/i.test(tokens[i - 1]?.text ?? "")) return undefined;
  if (isRecalled(tokens, i)) return undefined;
  const named = ctx.resolution.entities.filter(
    (e) => e.type === "Meeting" && e.mentions.some((m) => NAMED_HEAD.test(tokens[m.te - 1]?.text ?? "")),
  );
  const only = named.length === 1 ? named[0]! : undefined;
  if (!only || only.attributes.place || !only.mentions.some((m) => m.sentence < sentence)) return undefined;
  return only;
}

/** "… was held in", "… took place in", "… opened in" within the event noun's clause after `i`. */
function heldAfter(ctx: RuleContext, i: number): boolean {
  const { tokens } = ctx;
  for (let k = i + 1; k < i + 10 && tokens[k]?.sentence === tokens[i]!.sentence; k++) {
    const w = tokens[k]!.text;
    if (CLAUSE_END.test(w) || OTHER_EVENT.test(w)) return false;
    if (
      /^(held|staged|convened|opened|opens|hosted)$/i.test(w) ||
      (w === "place" && /^(took|takes|take)$/i.test(tokens[k - 1]?.text ?? ""))
    )
      return /^(in|at)$/i.test(tokens[k + 1]?.text ?? "");
  }
  return false;
}

/** Lower-case words inside a body's capitalised name ("Council for Trade in Goods"). */
const NAME_JOINT = /^(of|for|on|in|and)$/;

/**
 * The capitalised name just before token `at` ("Mining Indaba", "China-Central Asia", "C5+1"),
 * not the sentence's first word nor a person's name; null when it is only one place's or
 * state's name ("the Beijing summit" is named by its place) or there is none.
 */
function properBefore(ctx: RuleContext, at: number, ms: Seen[]): { ts: number; text: string } | null {
  const { tokens } = ctx;
  const s = ctx.sentences[tokens[at]!.sentence]!;
  let k = at;
  // "C5+1": a group's name split before its "+1".
  const word = /^([A-Z][\w.'’+]*|\d+[+\w]*|[-–+]|\+\d+)$/;
  while (k - 1 > s.tokenStart && k > at - 8) {
    if (word.test(tokens[k - 1]!.text)) k--;
    // "Council for Trade in Goods", "Committee on Market Access": a lower-case joint inside a
    // body's capitalised name.
    else if (
      NAME_JOINT.test(tokens[k - 1]!.text) &&
      /^[A-Z]/.test(tokens[k]!.text) &&
      /^[A-Z][a-z]/.test(tokens[k - 2]?.text ?? "") &&
      k - 2 > s.tokenStart
    )
      k -= 2;
    else break;
  }
  while (k < at && /^([-–+]|The|A|An)$/.test(tokens[k]!.text)) k++;
  if (k >= at || /^[-–+]$/.test(tokens[at - 1]!.text) || NAME_JOINT.test(tokens[k]!.text)) return null;
  const inside = ms.filter((x) => x.m.te > k && x.m.ts < at);
  if (inside.some((x) => x.e.type === "Person" || x.e.type === "Meeting" || x.m.ts < k || x.m.te > at)) return null;
  const dashed = tokens.slice(k, at).some((t) => /^[-–]$/.test(t.text));
  let uncovered = false;
  for (let j = k; j < at && !uncovered; j++)
    uncovered = /^[A-Z]/.test(tokens[j]!.text) && !inside.some((x) => x.m.ts <= j && x.m.te > j);
  if (!dashed && !uncovered) return null;
  return { ts: k, text: ctx.text.slice(tokens[k]!.start, tokens[at - 1]!.end) };
}

/**
 * Files a meeting as the event held at `place` (token `i`'s sentence): the place's event, its place
 * and date attributes when it has none, the note of the sentence and HELD_IN, with the rule `rule`.
 */
function holdAt(ctx: RuleContext, meeting: LocalEntity, place: LocalEntity, i: number, note: Note, rule: string): void {
  const sentence = ctx.tokens[i]!.sentence;
  eventsAt(ctx).set(place.name, meeting);
  meeting.attributes.place ??= place.name;
  const date = dateNear(ctx, sentence, i);
  if (date && !meeting.attributes.date) meeting.attributes.date = date;
  note({ meeting, sentence, kind: "summit", token: i });
  emitRelation(ctx, meeting, "HELD_IN", place, sentence, rule);
}

/** Whether tokens `k` and `k + 1` read "sidelines of" or "margins of" (of another event). */
function sidelinesOfAt(tokens: readonly Token[], k: number): boolean {
  return /^(sidelines?|margins?)$/i.test(tokens[k]?.text ?? "") && tokens[k + 1]?.text === "of";
}

/**
 * "a conference (held) on the sidelines / margins of a summit …": the token of the other event's
 * noun when such a phrase follows the event noun at `i` within a few words; undefined otherwise.
 */
function sideEventAt(ctx: RuleContext, i: number): number | undefined {
  const { tokens } = ctx;
  const end = ctx.sentences[tokens[i]!.sentence]!.tokenEnd;
  for (let k = i + 1; k < Math.min(end - 2, i + 6); k++) {
    if (CLAUSE_END.test(tokens[k]!.text)) return undefined;
    if (!sidelinesOfAt(tokens, k)) continue;
    for (let j = k + 2; j < Math.min(end, k + 9); j++) {
      if (CLAUSE_END.test(tokens[j]!.text)) return undefined;
      if (/^(summit|meeting|meetings|forum|conference|talks|assembly|session)$/i.test(tokens[j]!.text)) return j;
    }
    return undefined;
  }
  return undefined;
}

/** How the text writes an organisation at its shortest ("G7" for the Group of Seven). */
function shortName(x: { m: Mention; e: LocalEntity }): string {
  const forms = [x.e.name, x.m.text, ...x.e.aliases].filter((f) => f && !/\s/.test(f));
  return forms.sort((a, b) => a.length - b.length)[0] ?? x.m.text;
}

/**
 * "Finance ministers from the Group of Seven nations met Monday in Washington": a group that met at
 * a place, with nobody named as met. The organisations before the verb took part.
 */
function findGroupMeeting(ctx: RuleContext, i: number, ms: { m: Mention; e: LocalEntity }[], note: Note) {
  const { tokens } = ctx;
  const sentence = tokens[i]!.sentence;
  if (ms.some((x) => x.e.type === "Person" && x.m.ts > i && x.m.ts <= i + 4)) return;
  // "Finance ministers met in Washington"; "in Brasilia, where Canadian and Brazilian officials met":
  // the place after the verb, else the one a "where" clause hangs the verb on.
  const place = placeAfter(ctx, i, 4) ?? wherePlace(ctx, i, ms);
  const placed = place?.e.type === "Place";
  // The organisations of the verb's clause ("Leaders of the Quad will meet in …"), not of a clause
  // before it ("The IMF said ministers would meet …").
  const inClause = (x: { m: Mention }) => {
    if (x.m.te > i) return false;
    for (let k = x.m.te; k < i; k++) if (SUBJECT_BREAK.test(tokens[k]!.text)) return false;
    return true;
  };
  // "Indonesian and Canadian officials met in Jakarta", "Peru and Brazil met in Lima": two states'
  // people, none named, met there: talks between them, as "held talks in Jakarta" would be. With no
  // place, when the text reports them met on a date ("Kenyan and Ghanaian officials met on Tuesday").
  const states = new Set(ms.filter((x) => isStateParty(x.e) && inClause(x)).map((x) => x.e));
  const dated = dateNear(ctx, sentence, i) !== undefined && !NOT_YET.test(ctx.sentences[sentence]!.text);
  if (
    states.size === 2 &&
    (placed || dated) &&
    !ms.some((x) => x.e.type === "Person" && x.m.te <= i) &&
    !isRecalled(tokens, i)
  ) {
    findTalks(ctx, i, ms, note);
    return;
  }
  if (!placed || !place) return;
  const orgs = ms.filter((x) => x.e.type === "Organization" && inClause(x));
  if (orgs.length === 0) return;
  const known = eventsAt(ctx).get(place.e.name);
  // "Finance ministers from the G7 convened in …", "G20 trade ministers met in …": their meeting.
  const clause = wordsBetween(ctx, ctx.sentences[sentence]!.tokenStart, i).toLowerCase();
  const role = /\b([a-z]+ )?(ministers|leaders|governors|envoys)\b/.exec(clause);
  const kind = role ? `${role[1] && !/^(the|of|from|and)\b/.test(role[1]) ? role[1] : ""}${role[2]} ` : "";
  const meeting =
    known ??
    ensureEntity(
      ctx,
      "Meeting",
      `${shortName(orgs[0]!)} ${kind}meeting in ${place.e.name}`,
      placedKey(ctx, place.e.name, dateNear(ctx, sentence, i)),
      { ts: i, te: i + 1 },
      "meeting-group-met",
    );
  holdAt(ctx, meeting, place.e, i, note, "meeting-group-met");
  for (const o of orgs) emitRelation(ctx, o.e, "PARTICIPATED_IN", meeting, sentence, "meeting-group-met");
}

/**
 * The person a sentence is about: "The president voiced …" (the one holder of that title), else its
 * first named person.
 */
function subjectAt(
  ctx: RuleContext,
  ms: { m: Mention; e: LocalEntity }[],
  sentence: number,
): { m: Mention; e: LocalEntity } | undefined {
  const s = ctx.sentences[sentence]!;
  const first = ms.find((x) => x.e.type === "Person");
  if (first && first.m.ts <= s.tokenStart + 2) return first;
  const titled = titledAfter(ctx, s.tokenStart, 1)[0];
  if (titled) return { m: titled.mentions[0]!, e: titled };
  return first;
}

/** Sentences that make a document's lead: its headline and first paragraph. */
const LEAD_SENTENCES = 4;

/** The events named, not as recalled, in the document's lead; else the first event named. */
function mainEvents(ctx: RuleContext, found: Found[]): LocalEntity[] {
  const lead = ctx.sentences.length ? ctx.sentences[Math.min(LEAD_SENTENCES, ctx.sentences.length) - 1]!.i : -1;
  const out: LocalEntity[] = [];
  const inOrder = [...found].sort((a, b) => a.sentence - b.sentence);
  for (const f of inOrder) if (f.sentence <= lead && !f.background && !out.includes(f.meeting)) out.push(f.meeting);
  if (out.length === 0 && inOrder[0]) out.push(inOrder[0].meeting);
  return out;
}

/** Verbs by which an agreement is reached somewhere ("the truce reached in Geneva"). */
const DEAL_PLACE_VERB = /^(reached|struck|agreed|sealed|clinched|brokered|negotiated|hammered)$/;
/** Nouns of what talks reach. */
const PACT_NOUN =
  /^(agreement|agreements|deal|accord|pact|truce|ceasefire|consensus|understanding|compromise|framework)$/i;

/**
 * "the truce reached in Geneva last month", "a deal struck in London", "the accord hammered out in
 * Kuala Lumpur": the event the text already places in that city is where it was reached (recalled:
 * no one is placed at it by this). No new talks are made from the deal alone.
 */
function findDealPlace(ctx: RuleContext, i: number, note: Note): void {
  const { tokens } = ctx;
  const sentence = tokens[i]!.sentence;
  const k = tokens[i + 1]?.text === "out" ? i + 1 : i;
  if (!/^(in|at)$/.test(tokens[k + 1]?.text ?? "")) return;
  // The pact noun shortly before the verb, nothing but its modifiers and a relative pronoun between.
  let pact = false;
  for (let j = i - 1; j >= Math.max(ctx.sentences[sentence]!.tokenStart, i - 5) && !pact; j--) {
    if (SUBJECT_BREAK.test(tokens[j]!.text) && !/^(that|which)$/i.test(tokens[j]!.text)) break;
    pact = PACT_NOUN.test(tokens[j]!.text) && tokens[j]!.text === tokens[j]!.text.toLowerCase();
  }
  if (!pact) return;
  // "a deal could be reached in Geneva if …": hypothetical.
  for (let j = Math.max(ctx.sentences[sentence]!.tokenStart, i - 4); j < i; j++)
    if (/^(could|would|might|may|can|should|must|if|unless|hopes?|hoped)$/i.test(tokens[j]!.text)) return;
  const found = placeAfter(ctx, k, 3);
  if (found?.e.type !== "Place" || isVenue(found.e)) return;
  const place = found.e;
  // Only an event the text already holds there: a deal reached in a city names no talks of its own
  // (round 13b: the talks it minted were no gold meeting on held-out text, and drew participants).
  const meeting = eventsAt(ctx).get(place.name);
  if (!meeting) return;
  meeting.attributes.place ??= place.name;
  const date = dateNear(ctx, sentence, found.m.te - 1);
  if (date && !meeting.attributes.date) meeting.attributes.date = date;
  note({ meeting, sentence, kind: "talks", background: true });
  emitRelation(ctx, meeting, "HELD_IN", place, sentence, "meeting-deal-place");
}

/** Verbs that send people somewhere. */
const SEND_VERB = /^(sent|sends|send|sending|dispatched|dispatches|dispatch|dispatching)$/;
/** Nouns of people sent on a mission. */
const DELEGATE =
  /^(delegation|delegations|officials|negotiators|negotiator|team|envoy|envoys|ministers|mission|emissary|emissaries)$/i;
/** Verbs of a delegation's arrival or journey. */
const ARRIVE =
  /^(arrived|arrives|arriving|landed|lands|travelled|traveled|travels|travelling|traveling|flew|flies|flying|headed|heads|heading|visited|visits|visiting)$/i;

/**
 * "Australia has sent its top trade officials to Brussels", "Beijing dispatched a delegation to
 * Jakarta", "A Chilean delegation led by X arrived in Tokyo": the delegation's visit to that place
 * (the event already held there when there is one), its sending state and leader taking part.
 */
function findDelegationTrip(ctx: RuleContext, i: number, ms: Seen[], note: Note): void {
  const { tokens } = ctx;
  const sentence = tokens[i]!.sentence;
  const s = ctx.sentences[sentence]!;
  let destAt = -1;
  let sender: Seen | undefined;
  let noun = i;
  if (SEND_VERB.test(tokens[i]!.text)) {
    // "sent its top trade officials to Brussels": the delegates' noun, then "to" and the place.
    for (let j = i + 1; j <= i + 6 && j < s.tokenEnd; j++) {
      if (DELEGATE.test(tokens[j]!.text) && tokens[j + 1]?.text === "to") {
        noun = j;
        destAt = j + 2;
        break;
      }
      if (SUBJECT_BREAK.test(tokens[j]!.text) || ms.some((x) => x.m.ts === j && x.e.type === "Person")) break;
    }
    if (destAt < 0) return;
    // The sender: the clause's subject, a state or a person just before the verb.
    sender = ms
      .filter((x) => x.m.te <= i && i - x.m.te <= 4 && (isParty(x) || (x.e.type === "Place" && CAPITALS.has(x.e.name))))
      .filter((x) => {
        for (let j = x.m.te; j < i; j++)
          if (!/^(has|have|had|will|would|also|on|,|\w+day)$/i.test(tokens[j]!.text)) return false;
        return true;
      })
      .at(-1);
  } else {
    // "A Chilean delegation led by X arrived in Tokyo", "Japan's trade mission flew to Jakarta".
    for (let j = i + 1; j <= i + 10 && j < s.tokenEnd; j++) {
      if (SUBJECT_BREAK.test(tokens[j]!.text) || OTHER_EVENT.test(tokens[j]!.text)) break;
      if (ARRIVE.test(tokens[j]!.text)) {
        destAt = /^(in|to|at)$/.test(tokens[j + 1]?.text ?? "") ? j + 2 : /^visit/.test(tokens[j]!.text) ? j + 1 : -1;
        break;
      }
    }
    if (destAt < 0) return;
    sender =
      ms.filter((x) => x.m.te <= i && i - x.m.te <= 3 && isStateParty(x.e)).at(-1) ??
      (tokens[i + 1]?.text === "from" ? ms.find((x) => x.m.ts === i + 2 && isStateParty(x.e)) : undefined);
  }
  const dest = ms.find((x) => x.m.ts === destAt && (x.e.type === "Place" || x.e.type === "Country") && !x.m.demonym);
  if (!dest) return;
  let where = dest.e;
  if (dest.e.type === "Country" && dest.m.capitalAsState) {
    const city = COUNTRY_BY_CODE.get(dest.e.attributes.code ?? "")?.capital;
    if (city && city.toLowerCase() === dest.m.text.toLowerCase())
      where = ensureEntity(ctx, "Place", city, city, { ts: dest.m.ts, te: dest.m.te }, "place-capital-city");
  }
  // A state sending to itself is no visit.
  const senderCode =
    sender?.e.type === "Person"
      ? sender.e.nationality
      : sender?.e.type === "Place"
        ? CAPITALS.get(sender.e.name)
        : undefined;
  const senderState = senderCode ? countryEntity(ctx, senderCode) : sender?.e.type === "Place" ? undefined : sender?.e;
  if (senderState && (senderState === dest.e || CAPITALS.get(where.name) === senderState.attributes.code)) return;
  const leader = ms.find(
    (x) => x.e.type === "Person" && tokens[x.m.ts - 1]?.text === "by" && tokens[x.m.ts - 2]?.text === "led",
  );
  // Round 16b: "a DFC delegation arrived in Kyiv", "the agency's team flew to Lima": a body named
  // right before the delegates' noun sent them; the visit is named after it.
  const body =
    senderState || SEND_VERB.test(tokens[noun]!.text)
      ? undefined
      : ms.find(
          (x) =>
            (x.e.type === "Agency" || x.e.type === "Organization" || x.e.type === "Company") &&
            /^delegations?$|^team$|^mission$/i.test(tokens[noun]!.text) &&
            (x.m.te === noun || (x.m.te === noun - 1 && /^['’]s$/.test(tokens[noun - 1]?.text ?? ""))),
        );
  const label = senderState ? `${senderState.name} ` : body ? `${body.m.text} ` : "";
  const meeting =
    eventsAt(ctx).get(where.name) ??
    ensureEntity(
      ctx,
      "Meeting",
      `${label}delegation visit to ${where.name}`,
      `visit@delegation:${senderState?.name ?? body?.e.name ?? ""}@${where.name}`,
      { ts: noun, te: noun + 1 },
      "meeting-delegation-visit",
    );
  if (!eventsAt(ctx).has(where.name)) eventsAt(ctx).set(where.name, meeting);
  meeting.attributes.place ??= where.name;
  const capitalOf = where.type === "Place" ? CAPITALS.get(where.name) : undefined;
  const country = capitalOf ? COUNTRY_BY_CODE.get(capitalOf)?.name : undefined;
  if (country && /visit to/.test(meeting.name)) meeting.aliases.add(`${label}delegation visit to ${country}`);
  meeting.aliases.add(`talks in ${where.name}`);
  const date = dateNear(ctx, sentence, i);
  if (date && !meeting.attributes.date) meeting.attributes.date = date;
  note({ meeting, sentence, kind: "visit", token: noun });
  emitRelation(ctx, meeting, "HELD_IN", where, sentence, "meeting-delegation-visit");
  if (senderState)
    emitRelation(ctx, senderState, "PARTICIPATED_IN", meeting, sentence, "meeting-delegation-visit", {}, 0.7);
  if (leader) emitRelation(ctx, leader.e, "PARTICIPATED_IN", meeting, sentence, "meeting-delegation-visit");
  if (body) emitRelation(ctx, body.e, "PARTICIPATED_IN", meeting, sentence, "meeting-delegation-visit", {}, 0.7);
}

/** Verbs by which two parties produce an agreement together ("X and Y signed a deal"). */
const JOINT_VERB =
  /^(sign|signs|signed|announce|announces|announced|reach|reaches|reached|strike|strikes|struck|seal|seals|sealed|conclude|concludes|concluded|clinch|clinched|unveil|unveils|unveiled)$/;
/** Nouns of an agreement between parties. */
const DEAL_NOUN = /^(agreement|agreements|deal|deals|accord|pact|treaty|memorandum|framework|declaration)$/i;
/** Words that may stand between the coordinated subject and its verb ("have formally signed"). */
const SUBJECT_GAP = /^(have|has|had|jointly|formally|finally|also|officially|publicly|will|would|could|on|today|now)$/i;

/**
 * "X and Y signed a free trade agreement", "Presidents X and Y announced a political agreement":
 * a coordinated subject whose verb makes an agreement. Two people of different countries meet
 * (their meeting, as any leaders' meeting); two states or blocs that sign hold a signing event.
 */
function findJointDeal(ctx: RuleContext, i: number, ms: { m: Mention; e: LocalEntity }[], note: Note) {
  const { tokens } = ctx;
  const sentence = tokens[i]!.sentence;
  const s = ctx.sentences[sentence]!;
  // The agreement noun, in the verb's clause: "signed a free trade agreement".
  let noun = -1;
  for (let k = i + 1; k < Math.min(s.tokenEnd, i + 8); k++) {
    const w = tokens[k]!.text;
    if (DEAL_NOUN.test(w)) {
      noun = k;
      break;
    }
    if (/^(,|;|that|which|who|while|but|after|before|with)$/i.test(w)) break;
  }
  if (noun < 0) return;
  // Between the verb and its noun only the agreement's own words: its parties or its subject
  // ("a critical minerals framework"), no other actor.
  if (ms.some((x) => x.m.ts > i && x.m.te <= noun && /^(Person|Company|Agency|Place|Media)$/.test(x.e.type))) return;
  // The subject's second member, ending just before the verb (a few auxiliaries between).
  let end = i;
  while (end > s.tokenStart && i - end < 3 && SUBJECT_GAP.test(tokens[end - 1]!.text)) end--;
  const second = ms.find((x) => x.m.te === end);
  if (!second) return;
  // Its first member: before "and", titles or "the countries of" between.
  const first = ms
    .filter((x) => x.m.te < second.m.ts && second.m.ts - x.m.te <= 6 && tokens[x.m.te]?.text === "and")
    .at(-1);
  if (!first || first.e === second.e) return;
  if (ms.some((x) => x.m.ts > first.m.te && x.m.te <= second.m.ts && x.e.type === first.e.type)) return;
  const people = first.e.type === "Person" && second.e.type === "Person";
  const parties = [first, second].every((x) => isStateParty(x.e) && !x.m.demonym);
  const date = dateNear(ctx, sentence, i);
  if (people) {
    const [a, b] = [first.e, second.e];
    if (a.nationality && b.nationality && a.nationality === b.nationality) return;
    // Leaders, not their negotiators ("X and Y reached this tentative agreement during talks");
    // ministers who signed it together somewhere on a date met to sign ("X and Y signed the
    // agreement in Accra on Tuesday").
    const signedThere =
      /^signed$/.test(tokens[i]!.text) &&
      date !== undefined &&
      !isRecalled(tokens, i) &&
      !NOT_YET.test(s.text) &&
      !isHeadOfState(a) &&
      !isHeadOfState(b) &&
      placeAfter(ctx, noun, 8) !== null;
    if (!isHeadOfState(a) && !isHeadOfState(b) && !signedThere) return;
    for (let k = s.tokenStart; k < s.tokenEnd; k++) if (TALKS.test(tokens[k]!.text)) return;
    const meeting = leadersMeeting(ctx, a, b, i, "meeting");
    note({ meeting, sentence, kind: "leaders" });
    for (const p of [a, b]) emitRelation(ctx, p, "PARTICIPATED_IN", meeting, sentence, "meeting-leaders-participants");
    emitRelation(ctx, a, "MET_WITH", b, sentence, "meeting-leaders-met", {
      meeting: meeting.name,
      ...(date ? { date } : {}),
    });
    if (date && !meeting.attributes.date) meeting.attributes.date = date;
    // Two leaders who signed held a signing: "the signing" later in the text is theirs.
    if (/^sign/.test(tokens[i]!.text)) {
      meeting.aliases.add(`${surname(a)}-${surname(b)} signing`);
      const list = SIGNINGS.get(ctx) ?? [];
      if (!list.includes(meeting)) list.push(meeting);
      SIGNINGS.set(ctx, list);
    }
    // Past the agreement's own name ("signed the 'X Framework for … Rare Earths' at the White House").
    const named = ms.find((x) => x.m.ts <= noun && x.m.te > noun + 1);
    let end = named ? named.m.te - 1 : noun;
    // A quoted title the mention stage left unread: to its closing quote.
    let quoted = false;
    for (let k = i + 1; k < noun; k++) quoted ||= /^['‘"“]$/.test(tokens[k]!.text);
    for (let k = end + 1; quoted && k < Math.min(s.tokenEnd, end + 30); k++)
      if (/^['’"”]$/.test(tokens[k]!.text)) {
        end = k;
        break;
      }
    while (/^['’"”)]$/.test(tokens[end + 1]?.text ?? "")) end++;
    const place = placeAfter(ctx, end, 6);
    if (place) {
      emitRelation(ctx, meeting, "HELD_IN", place.e, sentence, "meeting-leaders-in-place");
      holdAtVenue(ctx, meeting, place, "meeting-leaders-in-place");
      if (!meeting.attributes.place) meeting.attributes.place = place.e.name;
    }
    return;
  }
  // A signing reported as news: "X and Y sign", "X and Y have signed", "X and Y signed … in Lima
  // on Thursday" (a place or a weekday makes the simple past the news); a signing dated otherwise
  // ("On April 30, X and Y signed") is recalled.
  const perfect = /^(have|has)$/i.test(tokens[i - 1]?.text ?? "");
  // Read once (it may add a capital's Place): the place that makes a simple past the news is the signing's.
  const placed = perfect ? null : placeAfter(ctx, noun, 6);
  const news =
    perfect ||
    placed !== null ||
    (() => {
      for (let k = s.tokenStart; k < s.tokenEnd; k++) if (WEEKDAY.test(tokens[k]!.text)) return true;
      return false;
    })();
  if (!parties || !(/^signs?$/.test(tokens[i]!.text) || (tokens[i]!.text === "signed" && news))) return;
  // States that sign a framework or declaration do so at some other event (a ceremony, a summit).
  if (/^(framework|declaration)$/i.test(tokens[noun]!.text)) return;
  const label = (x: { m: Mention; e: LocalEntity }) => shortName(x);
  const meeting = ensureEntity(
    ctx,
    "Meeting",
    `${label(first)}-${label(second)} agreement signing`,
    `signing@${[first.e.name, second.e.name].sort().join("+")}`,
    { ts: i, te: noun + 1 },
    "meeting-joint-signing",
  );
  if (date && !meeting.attributes.date) meeting.attributes.date = date;
  note({ meeting, sentence, kind: "summit" });
  for (const p of [first.e, second.e])
    emitRelation(ctx, p, "PARTICIPATED_IN", meeting, sentence, "meeting-joint-signing");
  const signings = STATE_SIGNINGS.get(ctx) ?? [];
  signings.push({ meeting, parties: [first.e, second.e] });
  STATE_SIGNINGS.set(ctx, signings);
  const place = perfect ? placeAfter(ctx, noun, 6) : placed;
  if (place) {
    emitRelation(ctx, meeting, "HELD_IN", place.e, sentence, "meeting-joint-signing");
    meeting.attributes.place ??= place.e.name;
  }
}

/** The passive signings of a document, their two signers and sentence, for `signingStates`. */
const PASSIVE_SIGNINGS = new DocumentCache<
  RuleContext,
  { meeting: LocalEntity; people: [LocalEntity, LocalEntity]; sentence: number }[]
>();

/**
 * After every rule: the two states the signers of a passive signing stand for (their nationality,
 * or the one state they hold a post in or represent) take part in it, when they differ ("the pact
 * was signed by the EU's trade commissioner and Indonesia's minister": the EU and Indonesia).
 */
function signingStates(ctx: RuleContext, byId: ReadonlyMap<string, LocalEntity>): void {
  const list = PASSIVE_SIGNINGS.get(ctx);
  if (!list) return;
  const sides = personSides(ctx, byId);
  for (const { meeting, people, sentence } of list) {
    const states = people.map((p) => byId.get(sides.get(p.id) ?? ""));
    if (!states[0] || !states[1] || states[0] === states[1]) continue;
    for (const st of states) emitRelation(ctx, st!, "PARTICIPATED_IN", meeting, sentence, "meeting-passive-signing");
  }
}

/** Plural posts whose holders sign for their states ("the presidents of X and Y"). */
const SIGNING_POSTS = /^(presidents|leaders|ministers|premiers|heads)$/i;

/**
 * Round 17b: "the accords were signed in Lima on 4 May by the presidents of Peru and Chile": a
 * passive signing by the leaders of two states named by their states, placed and dated, is the
 * two states' signing; both take part, held where the clause places it.
 */
function statesSigning(ctx: RuleContext, i: number, by: number, ms: Seen[], note: Note): void {
  const { tokens } = ctx;
  const sentence = tokens[i]!.sentence;
  if (!/^the$/i.test(tokens[by + 1]?.text ?? "")) return;
  let k = by + 2;
  while (k < by + 5 && !SIGNING_POSTS.test(tokens[k]?.text ?? "")) k++;
  if (!SIGNING_POSTS.test(tokens[k]?.text ?? "")) return;
  if (tokens[k]!.text.toLowerCase() === "heads") k += 3; // "heads of state"
  if (tokens[k + 1]?.text !== "of") return;
  const first = ms.find((x) => x.m.ts === k + 2 && isStateParty(x.e) && !x.m.demonym);
  if (!first || tokens[first.m.te]?.text !== "and") return;
  const second = ms.find((x) => x.m.ts === first.m.te + 1 && isStateParty(x.e) && !x.m.demonym);
  if (!second || second.e === first.e) return;
  const place = placeAfter(ctx, i, 3) ?? placeAfter(ctx, second.m.te - 1, 4);
  const date = dateNear(ctx, sentence, i);
  if (!place || !date) return;
  const meeting = ensureEntity(
    ctx,
    "Meeting",
    `${first.m.text}-${second.m.text} signing`,
    `signing@${[first.e.name, second.e.name].sort().join("+")}`,
    { ts: i, te: i + 1 },
    "meeting-passive-signing",
  );
  meeting.aliases.add(`${first.e.name}-${second.e.name} signing`);
  meeting.aliases.add(`${place.e.name} signing ceremony`);
  if (!meeting.attributes.date) meeting.attributes.date = date;
  meeting.attributes.place ??= place.e.name;
  note({ meeting, sentence, kind: "summit", token: i });
  for (const st of [first.e, second.e])
    emitRelation(ctx, st, "PARTICIPATED_IN", meeting, sentence, "meeting-passive-signing");
  emitRelation(ctx, meeting, "HELD_IN", place.e, sentence, "meeting-passive-signing");
}

/**
 * Round 17: "the pact was signed by X and Y in Bali", "the accord was signed in Accra on Tuesday by
 * X and Y": a passive signing whose agents are two people of different states, placed or dated,
 * is their signing (a meeting): both take part and meet, held where the clause places it.
 */
function findPassiveSigning(ctx: RuleContext, i: number, ms: Seen[], note: Note): void {
  const { tokens } = ctx;
  // "was signed", "has been signed": done (not "is to be signed", "will be signed").
  if (!/^(was|were|been)$/i.test(tokens[i - 1]?.text ?? "")) return;
  const sentence = tokens[i]!.sentence;
  if (isRecalled(tokens, i)) return;
  // The agent's "by", past a place and a date at most.
  let by = -1;
  for (let k = i + 1; k < i + 12 && tokens[k]?.sentence === sentence; k++) {
    const w = tokens[k]!.text;
    if (w === "by") {
      by = k;
      break;
    }
    if (/^(;|that|which|who|and|but|after|before|with|between)$/i.test(w)) return;
  }
  if (by < 0) return;
  const people = ms.filter((x) => x.e.type === "Person");
  const first = people.find((x) => x.m.ts > by && titleOnly(ctx, by + 1, x.m.titleStart ?? x.m.ts) && x.m.ts <= by + 8);
  if (!first) {
    statesSigning(ctx, i, by, ms, note);
    return;
  }
  if (tokens[first.m.te]?.text !== "and") {
    listedSigning(ctx, i, first, ms, note);
    return;
  }
  const second = people.find(
    (x) => x.m.ts > first.m.te && x.m.ts <= first.m.te + 8 && titleOnly(ctx, first.m.te + 1, x.m.titleStart ?? x.m.ts),
  );
  if (!second || second.e === first.e) return;
  const [a, b] = [first.e, second.e];
  if (a.nationality && a.nationality === b.nationality) return;
  const place = placeAfter(ctx, i, 3) ?? placeAfter(ctx, second.m.te - 1, 4);
  const date = dateNear(ctx, sentence, i);
  if (!place && !date) return;
  const meeting = ensureEntity(
    ctx,
    "Meeting",
    `${surname(a)}-${surname(b)} signing`,
    `signing@${[a.name, b.name].sort().join("+")}`,
    { ts: i, te: i + 1 },
    "meeting-passive-signing",
  );
  if (date && !meeting.attributes.date) meeting.attributes.date = date;
  note({ meeting, sentence, kind: "leaders", token: i });
  for (const p of [a, b]) emitRelation(ctx, p, "PARTICIPATED_IN", meeting, sentence, "meeting-passive-signing");
  // The states they sign for are parties to it, once the later rules know them (`signingStates`).
  const list = PASSIVE_SIGNINGS.get(ctx) ?? [];
  list.push({ meeting, people: [a, b], sentence });
  PASSIVE_SIGNINGS.set(ctx, list);
  emitRelation(ctx, a, "MET_WITH", b, sentence, "meeting-passive-signing", {
    meeting: meeting.name,
    ...(date ? { date } : {}),
  });
  if (place) {
    emitRelation(ctx, meeting, "HELD_IN", place.e, sentence, "meeting-passive-signing");
    meeting.attributes.place ??= place.e.name;
  }
}

/** The words that join a signer to the list of the others: "and his counterparts", ", and the following ministers". */
const LISTED_COSIGNERS =
  /^(,|and|his|her|their|its|the|other|fellow|following|counterparts|ministers|signatories|officials|leaders|representatives|delegates)$/;

/**
 * "The agreement … was signed by Minister A, and his counterparts:" and then a bulleted list of
 * people ("- B, Minister of Trade, Norway;"): the document's signing (`findSigning`), the agent
 * after "by" and the listed people its participants. Only words that join co-signers
 * (`LISTED_COSIGNERS`) between the agent and the colon that ends the sentence.
 */
function listedSigning(ctx: RuleContext, i: number, first: Seen, ms: Seen[], note: Note): void {
  const { tokens } = ctx;
  const s = ctx.sentences[tokens[i]!.sentence]!;
  for (let k = first.m.te; k < s.tokenEnd - 1; k++) if (!LISTED_COSIGNERS.test(tokens[k]!.text)) return;
  const listed = bulletedPeople(ctx, s.i).filter((e) => e !== first.e);
  if (!listed.length) return;
  const meeting = findSigning(ctx, i, ms, note);
  if (!meeting) return;
  for (const e of [first.e, ...listed]) emitRelation(ctx, e, "PARTICIPATED_IN", meeting, s.i, "meeting-listed-signers");
}

/** The leaders' meetings the document reads from two leaders who signed, in text order. */
const SIGNINGS = new DocumentCache<RuleContext, LocalEntity[]>();

/**
 * "Y said at the signing in Kuala Lumpur that …": a definite "signing" with a place after it is the
 * document's one signing of two leaders ("X and Y signed a trade agreement"), held there; the
 * people the clause puts at it take part (`attendance`). No such signing, or two: nothing.
 */
function findSigningReference(ctx: RuleContext, i: number, note: Note, noun = i): void {
  const { tokens } = ctx;
  if (noun === i && !/^the$/i.test(tokens[i - 1]?.text ?? "")) return;
  const signings = SIGNINGS.get(ctx);
  if (signings?.length !== 1) return;
  const place = placeAfter(ctx, i, noun === i ? 4 : 8);
  if (!place) return;
  const meeting = signings[0]!;
  const sentence = tokens[i]!.sentence;
  note({ meeting, sentence, kind: "leaders", background: isRecalled(tokens, noun), token: noun });
  emitRelation(ctx, meeting, "HELD_IN", place.e, sentence, "meeting-signing-reference");
  if (place.e.type === "Place") meeting.aliases.add(`signing in ${place.e.name}`);
  meeting.attributes.place ??= place.e.name;
  if (!eventsAt(ctx).has(place.e.name)) eventsAt(ctx).set(place.e.name, meeting);
}

/**
 * The signing event the noun at `i` refers to, read from the signing's own words
 * (`own-signing.ts`) where `findSigning` found neither two sides nor a place: the document's one
 * signing when it has one, else (no other event read in the sentence or the two before) a new one named after the signer of the sentence before ("D has
 * signed a loan agreement" → "D signing ceremony") and the place the clause gives. Several: none.
 */
function ownSigning(ctx: RuleContext, i: number, note: Note, place?: Seen): LocalEntity | undefined {
  const { tokens } = ctx;
  const sentence = tokens[i]!.sentence;
  const known = ctx.resolution.entities.filter((e) => e.type === "Meeting" && /\bsigning\b/i.test(e.name));
  if (known.length > 1) return undefined;
  const date = dateNear(ctx, sentence, i);
  let meeting = known[0];
  // Another event read in the sentence or the two before ("welcomed X to Chequers for the signing
  // … during the ceremony"): the ceremony is that one's, left to it.
  if (!meeting && meetingsOf(ctx).found.some((f) => f.sentence <= sentence && f.sentence >= sentence - 2))
    return undefined;
  if (!meeting) {
    const signer = signerOf(ctx, sentence);
    // "the ceremony" with no place of its own names a signing only after a body's "signed".
    if (!signer && !place) return undefined;
    const ceremony = tokens[i]!.text === "ceremony" || tokens[i + 1]?.text === "ceremony";
    meeting = ensureEntity(
      ctx,
      "Meeting",
      `${signer ? `${signer} ` : ""}signing${ceremony ? " ceremony" : ""}${place ? ` in ${place.e.name}` : ""}`,
      place ? placedKey(ctx, place.e.name, date) : `signing@own@${keyMonth(ctx, date)}`,
      { ts: i, te: i + 1 },
      "meeting-own-signing",
    );
  }
  if (date && !meeting.attributes.date) meeting.attributes.date = date;
  note({ meeting, sentence, kind: "summit", background: isRecalled(tokens, i), token: i });
  if (place) {
    emitRelation(ctx, meeting, "HELD_IN", place.e, sentence, "meeting-own-signing");
    meeting.attributes.place ??= place.e.name;
  }
  return meeting;
}

/** The body that signed in the sentence `sentence` or the two before: the company or body named right before "signed". */
function signerOf(ctx: RuleContext, sentence: number): string | undefined {
  for (let n = sentence; n >= Math.max(0, sentence - 2); n--) {
    const s = ctx.sentences[n]!;
    const k = signWordIn(ctx.tokens, s.tokenStart, s.tokenEnd);
    if (k < 0 || ctx.tokens[k]!.text.toLowerCase() === "signing") continue;
    const x = mentionsIn(ctx, n)
      .filter(
        (y) =>
          (y.e.type === "Company" || y.e.type === "Organization" || y.e.type === "Agency") &&
          y.m.te <= k &&
          k - y.m.te <= 6,
      )
      .at(-1);
    return x ? shortName(x) : undefined;
  }
  return undefined;
}

/**
 * "The signing, which took place in X" (`signingPlacedAt`): the document's one
 * signing of two leaders is held there (`findSigningReference`); with none, the signing is read
 * from its own words, held there, and the people who made the deal in the sentence before ("A and
 * B formalized a trade agreement") take part in it.
 */
function placedSigning(ctx: RuleContext, i: number, at: number, note: Note): void {
  const { tokens } = ctx;
  if (SIGNINGS.get(ctx)?.length === 1) {
    findSigningReference(ctx, at - 1, note, i);
    return;
  }
  const place = placeAfter(ctx, at - 1, 8);
  if (!place) return;
  const meeting = ownSigning(ctx, i, note, place);
  if (!meeting) return;
  const sentence = tokens[i]!.sentence;
  if (sentence === 0) return;
  const s = ctx.sentences[sentence - 1]!;
  const ms = mentionsIn(ctx, s.i);
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    // A verb, or a past form the tagger read as an adjective ("formalized").
    const w = tokens[k]!.text;
    if ((tokens[k]!.pos !== "VERB" && !/^[a-z]+ed$/.test(w)) || SUBJECT_BREAK.test(w)) continue;
    let deal = false;
    for (let j = k + 1; j < Math.min(s.tokenEnd, k + 8) && !deal; j++) {
      if (SUBJECT_BREAK.test(tokens[j]!.text)) break;
      deal = SIGNED_THING.test(tokens[j]!.text);
    }
    if (!deal) continue;
    for (const x of clausePeople(ctx, k, ms, s.tokenEnd).subjects)
      emitRelation(ctx, x.e, "PARTICIPATED_IN", meeting, s.i, "meeting-own-signing");
    break;
  }
}

/** True when the event noun at `i` is a signing ceremony ("the signing ceremony", "a ceremony to sign") with no place read. */
function noSigningPlace(ctx: RuleContext, i: number, place: { e: LocalEntity } | null): boolean {
  if (place?.e.type === "Place" || ctx.tokens[i]!.text !== "ceremony") return false;
  const s = ctx.sentences[ctx.tokens[i]!.sentence]!;
  const from = Math.max(s.tokenStart, i - 12);
  return /\b(sign|signs|signed|signing)\b/i.test(wordsBetween(ctx, from, Math.min(s.tokenEnd, i + 4)));
}

const HEARING: ReadonlySet<string> = new Set(["hearing"]);

/**
 * "… told a hearing with the Trade Office on 3 May", "at a public hearing before the Commerce
 * Ministry on Tuesday": a hearing an agency holds, on a date the sentence gives, is a meeting the
 * agency takes part in. A court's hearing (no agency named) and "hearing" as a verb are left out.
 */
function agencyHearings(ctx: RuleContext, note: Note): void {
  const { tokens } = ctx;
  for (const si of sentencesWith(ctx, HEARING)) {
    const s = ctx.sentences[si]!;
    for (let i = s.tokenStart + 1; i < s.tokenEnd - 2; i++) {
      if (tokens[i]!.text !== "hearing") continue;
      let det = i - 1;
      if (/^(public|oral|formal|virtual)$/.test(tokens[det]!.text)) det--;
      if (!/^(a|the|its)$/i.test(tokens[det]?.text ?? "") || !/^(with|before)$/.test(tokens[i + 1]!.text)) continue;
      const ms = mentionsIn(ctx, si);
      const agency = ms.find((x) => x.e.type === "Agency" && x.m.ts > i + 1 && x.m.ts <= i + 3);
      if (!agency) continue;
      const date = dateNear(ctx, si);
      if (!date) continue;
      const label = shortName(agency);
      const meeting = ensureEntity(
        ctx,
        "Meeting",
        `${label} hearing`,
        `hearing@${agency.e.name}@${date}`,
        { ts: i, te: agency.m.te },
        "meeting-agency-hearing",
      );
      meeting.attributes.date ??= date;
      note({ meeting, sentence: si, kind: "summit", token: i });
      emitRelation(ctx, agency.e, "PARTICIPATED_IN", meeting, si, "meeting-agency-hearing");
    }
  }
}

const WITNESSED: ReadonlySet<string> = new Set(["witnessed"]);

/** Documents signed at a ceremony that others may witness. */
const SIGNED_PAPER = /^(signing|declaration|agreement|accord|pact|treaty|memorandum|communiqu[eé]|charter)$/i;

/**
 * "X and Y witnessed the signing of the accord by A and B", "X witnessed the declaration by A and
 * B, signed in Lima": a signing between the two people after "by", with its witnesses, who are the
 * clause's subjects. A paper that is not "the signing" needs a word of signing in the sentence
 * ("witnessed the agreement by A and B" alone may be a consent). The signers are people of two
 * nationalities; agencies or firms signing are left to the other rules.
 */
function witnessedSignings(ctx: RuleContext, note: Note): void {
  const { tokens } = ctx;
  for (const si of sentencesWith(ctx, WITNESSED)) {
    const s = ctx.sentences[si]!;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      if (tokens[i]!.text !== "witnessed" || !/^(the|a)$/i.test(tokens[i + 1]?.text ?? "")) continue;
      // The paper's noun within four words, then "by" within twelve more (past "of the Lima accord").
      let noun = -1;
      for (let k = i + 2; k < Math.min(s.tokenEnd, i + 6) && noun < 0; k++)
        if (SIGNED_PAPER.test(tokens[k]!.text)) noun = k;
      if (noun < 0) continue;
      let by = -1;
      for (let k = noun + 1; k < Math.min(s.tokenEnd, noun + 12) && by < 0; k++) {
        if (/^[;:.–—]$/.test(tokens[k]!.text)) break;
        if (tokens[k]!.text === "by") by = k;
      }
      if (by < 0) continue;
      if (tokens[noun]!.text.toLowerCase() !== "signing" && !/\bsign(?:ed|ing|s)?\b/i.test(s.text)) continue;
      const ms = mentionsIn(ctx, si);
      // The signers: the people after "by" up to a clause break, exactly two, of two nationalities.
      let end = s.tokenEnd;
      for (let k = by + 1; k < s.tokenEnd; k++)
        if (/^[;:–—]$/.test(tokens[k]!.text) || (tokens[k]!.text === "," && tokens[k + 1]?.text !== "and")) {
          end = k;
          break;
        }
      const signers = ms.filter((x) => x.e.type === "Person" && x.m.ts > by && x.m.te <= end);
      if (signers.length !== 2) continue;
      const [a, b] = [signers[0]!.e, signers[1]!.e];
      if (a === b || !a.nationality || !b.nationality || a.nationality === b.nationality) continue;
      const { subjects } = clausePeople(ctx, i, ms, i + 1);
      if (!subjects.length) continue;
      const paper = tokens[noun]!.text.toLowerCase() === "signing" ? "" : `${tokens[noun]!.text.toLowerCase()} `;
      const meeting = ensureEntity(
        ctx,
        "Meeting",
        `${surname(a)}-${surname(b)} ${paper}signing`,
        `signing@${[a.name, b.name].sort().join("+")}`,
        { ts: noun, te: noun + 1 },
        "meeting-witnessed-signing",
      );
      // Named by the signers' states too ("Chile-Peru declaration signing").
      const states = [a, b].map((x) => COUNTRY_BY_CODE.get(x.nationality!)?.name);
      if (states[0] && states[1]) meeting.aliases.add(`${states[0]}-${states[1]} ${paper}signing`);
      note({ meeting, sentence: si, kind: "summit", token: noun });
      for (const x of [...subjects.map((y) => y.e), a, b])
        emitRelation(ctx, x, "PARTICIPATED_IN", meeting, si, "meeting-witnessed-signing");
      // "… – signed on the sidelines of the Lima summit": part of the summit named there.
      for (let k = end; k < s.tokenEnd - 1; k++) {
        if (!sidelinesOfAt(tokens, k)) continue;
        const summit = ms.find((x) => x.e.type === "Meeting" && x.e !== meeting && x.m.ts > k && x.m.ts <= k + 5);
        if (summit) emitRelation(ctx, meeting, "PART_OF", summit.e, si, "meeting-witnessed-signing");
        break;
      }
    }
  }
}

/** "… witnessed by President X and Prime Minister Y": the people after "witnessed by" in the sentence. */
function witnesses(ctx: RuleContext, sentence: number, ms: Seen[]): Seen[] {
  const { tokens } = ctx;
  const s = ctx.sentences[sentence]!;
  let by = -1;
  for (let k = s.tokenStart; k < s.tokenEnd - 1 && by < 0; k++)
    if (/^(witnessed|attended|overseen|presided)$/i.test(tokens[k]!.text) && /^(by|over)$/.test(tokens[k + 1]!.text))
      by = k + 1;
  if (by < 0) return [];
  const out: Seen[] = [];
  for (const x of ms) {
    if (x.e.type !== "Person" || x.m.ts <= by) continue;
    // Coordinated after "by", titles and nationalities between: no verb, no clause break.
    const gap = out.length ? out.at(-1)!.m.te : by + 1;
    let ok = x.m.ts - gap <= 8;
    for (let k = gap; k < x.m.ts && ok; k++)
      ok = !/^(;|:|who|which|that|said|during|while|as|after)$/i.test(tokens[k]!.text);
    if (!ok) break;
    out.push(x);
  }
  return out;
}

/** The nouns of what a signing signs. */
const SIGNED_THING =
  /^(agreement|agreements|accord|accords|pact|treaty|memorandum|memoranda|mou|mous|protocol|deal|framework|declaration|contract|contracts|charter|document|documents|programme|program)$/i;

/** Words between "signed" and the "by" of its agents: "was signed on Friday by", "signed today by". */
const SIGNED_GAP =
  /^(on|in|today|yesterday|jointly|formally|officially|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/**
 * The people who signed what the document's one signing event signed: "the deal was signed on
 * Friday by X, Y and Z" (the agents after "by"), "X and Y signed the protocol" (the clause's
 * subjects), in a sentence at most two away from one that names the signing. They were there.
 */
function signers(ctx: RuleContext, index: MeetingIndex): void {
  const { tokens } = ctx;
  const signings = [...new Set(index.found.map((f) => f.meeting))].filter((m) => /\bsigning\b/.test(m.name));
  if (signings.length !== 1) return;
  const meeting = signings[0]!;
  const near = index.found.filter((f) => f.meeting === meeting).map((f) => f.sentence);
  for (const s of ctx.sentences) {
    if (!near.some((n) => Math.abs(n - s.i) <= 2) || !/\b(sign|signs|signed)\b/.test(s.text)) continue;
    let ms: Seen[] | undefined;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      if (!/^(sign|signs|signed)$/.test(tokens[i]!.text)) continue;
      ms ??= mentionsIn(ctx, s.i);
      let by = i + 1;
      while (by < i + 4 && SIGNED_GAP.test(tokens[by]?.text ?? "")) by++;
      // What was signed is a deal: named before a passive ("the accord was signed by"), after an
      // active verb ("signed the protocol"); "had signed too many pacts" is no signing of the event's.
      const passive = tokens[by]?.text === "by";
      let deal = false;
      if (passive)
        for (let k = Math.max(s.tokenStart, i - 8); k < i && !deal; k++) deal = SIGNED_THING.test(tokens[k]!.text);
      else {
        // The object of the clause: a determiner, then the deal's noun ("signed, on behalf of both
        // sides, the upgrade protocol").
        let det = false;
        for (let k = i + 1; k < Math.min(s.tokenEnd, i + 30) && !deal; k++) {
          if (SUBJECT_BREAK.test(tokens[k]!.text)) break;
          det ||= /^(the|a|an|this|its|their|two|three|four|five|several)$/i.test(tokens[k]!.text);
          deal = det && SIGNED_THING.test(tokens[k]!.text);
        }
      }
      if (!deal) continue;
      const people = passive
        ? agentsAfter(ctx, by, ms)
        : /^(was|were|been|be|is|are|to)$/i.test(tokens[i - 1]?.text ?? "")
          ? []
          : clausePeople(ctx, i, ms, s.tokenEnd).subjects;
      for (const x of people) emitRelation(ctx, x.e, "PARTICIPATED_IN", meeting, s.i, "meeting-signers");
    }
  }
}

/** The people coordinated right after `by` ("by A, B and C"), titles and nationalities between. */
function agentsAfter(ctx: RuleContext, by: number, ms: Seen[]): Seen[] {
  const { tokens } = ctx;
  const out: Seen[] = [];
  for (const x of ms) {
    if (x.e.type !== "Person" || x.m.ts <= by) continue;
    const gap = out.length ? out.at(-1)!.m.te : by + 1;
    let ok = x.m.ts - gap <= 12;
    for (let k = gap; k < x.m.ts && ok; k++)
      ok = !/^(;|:|who|which|that|said|during|while|as|after|before|in|at)$/i.test(tokens[k]!.text);
    if (!ok) break;
    out.push(x);
  }
  return out;
}

/**
 * The place a signing of the sentences up to `sentence` names: "were signed in Muscat", "was
 * signed at the State Palace in Jakarta" (the venue, and its city after it), null when none.
 */
function signedPlace(ctx: RuleContext, sentence: number): { place: Seen; city: Seen | null } | null {
  const { tokens } = ctx;
  for (let n = sentence; n >= Math.max(0, sentence - 2); n--) {
    const s = ctx.sentences[n]!;
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      if (tokens[k]!.text !== "signed") continue;
      const place = placeAfter(ctx, k, 10);
      if (!place) continue;
      const city = mentionsIn(ctx, n).find(
        (x) =>
          x.m.ts > place.m.te && x.m.ts <= place.m.te + 2 && tokens[x.m.ts - 1]?.text === "in" && x.e.type === "Place",
      );
      return { place, city: city ?? null };
    }
  }
  return null;
}

/**
 * "The signing ceremony was witnessed by …", "The MoU was signed at Prime Minister House", "this
 * signing": the document's signing event, named after the sides of its signing (the document's two
 * states when the sentence or the signing's names both) and its place. Nothing when it has neither.
 */
function findSigning(
  ctx: RuleContext,
  i: number,
  ms: Seen[],
  note: Note,
  at?: { place: Seen; city: Seen | null },
): LocalEntity | undefined {
  const { tokens } = ctx;
  const sentence = tokens[i]!.sentence;
  const where = at ?? signedPlace(ctx, sentence);
  const pair = mainCountryPair(ctx);
  const near = new Set<LocalEntity>();
  for (let n = Math.max(0, sentence - 2); n <= sentence; n++) for (const x of mentionsIn(ctx, n)) near.add(x.e);
  const sides = pair?.every((e) => near.has(e)) ? pair : null;
  const place = where?.place.e;
  const city = where?.city?.e;
  if (!sides && !place) return undefined;
  const venue = place && isVenue(place);
  const label = sides ? `${sides.map(partyLabel).join("-")} ` : "";
  const date = dateNear(ctx, sentence, i);
  const meeting = ensureEntity(
    ctx,
    "Meeting",
    `${label}signing ceremony${place ? `${venue ? " at " : " in "}${place.name}` : ""}`,
    place
      ? placedKey(ctx, (city ?? place).name, date)
      : `signing@${sides!
          .map((e) => e.name)
          .sort()
          .join("+")}@${keyMonth(ctx, undefined)}`,
    { ts: i, te: i + 1 },
    "meeting-signing",
  );
  if (date && !meeting.attributes.date) meeting.attributes.date = date;
  // A bloc goes by its acronym too ("Malaysia-EFTA signing ceremony").
  const acronyms = sides?.map((e) => (e.type === "Organization" ? acronymOf(e) : partyLabel(e)));
  if (acronyms && sides?.some((e) => e.type === "Organization"))
    meeting.aliases.add(`${acronyms.join("-")} signing ceremony`);
  note({ meeting, sentence, kind: "summit", token: i });
  if (place) {
    meeting.attributes.place ??= (city ?? place).name;
    emitRelation(ctx, meeting, "HELD_IN", place, sentence, "meeting-signing-place");
    if (city) {
      emitRelation(ctx, meeting, "HELD_IN", city, sentence, "meeting-signing-place");
      if (venue) emitRelation(ctx, place, "PART_OF", city, sentence, "place-venue-in-city");
    }
    if (!eventsAt(ctx).has((city ?? place).name)) eventsAt(ctx).set((city ?? place).name, meeting);
  }
  for (const e of sides ?? []) emitRelation(ctx, e, "PARTICIPATED_IN", meeting, sentence, "meeting-signing-sides");
  for (const x of witnesses(ctx, sentence, ms))
    emitRelation(ctx, x.e, "PARTICIPATED_IN", meeting, sentence, "meeting-signing-witness");
  return meeting;
}

/**
 * "The MoU was signed at the State Palace in Jakarta and witnessed by …": an agreement signed at a
 * venue (a building, not a city) is signed at a ceremony there. `i` is "signed".
 */
function findSignedAtVenue(ctx: RuleContext, i: number, ms: Seen[], note: Note): void {
  const { tokens } = ctx;
  if (!/^(was|were|been|be)$/i.test(tokens[i - 1]?.text ?? "")) return;
  const place = placeAfter(ctx, i, 10);
  if (place && !isVenue(place.e)) {
    signedInCity(ctx, i, place, note);
    return;
  }
  if (!place) return;
  const city = ms.find(
    (x) => x.m.ts > place.m.te && x.m.ts <= place.m.te + 2 && tokens[x.m.ts - 1]?.text === "in" && x.e.type === "Place",
  );
  findSigning(ctx, i, ms, note, { place, city: city ?? null });
}

/**
 * "The agreement was signed in Washington", "the accord will be signed on Saturday in Lima": an
 * agreement noun, subject of the passive "signed" at `i`, signed in a city (not a venue): the
 * document's one signing event with no place yet (two states' signing, or two leaders who signed)
 * was held there. None or several such events: nothing.
 */
function signedInCity(ctx: RuleContext, i: number, place: Seen, note: Note): void {
  const { tokens } = ctx;
  const sentence = tokens[i]!.sentence;
  let k = i - 1;
  while (
    k > i - 4 &&
    /^(was|were|been|be|will|would|is|are|to|has|have|had|formally|officially)$/i.test(tokens[k - 1]?.text ?? "")
  )
    k--;
  // "the agreement, which will be signed …": the noun the relative clause hangs on.
  if (/^(which|that)$/i.test(tokens[k - 1]?.text ?? "")) k -= tokens[k - 2]?.text === "," ? 2 : 1;
  if (!DEAL_NOUN.test(tokens[k - 1]?.text ?? "") || tokens[k - 1]!.sentence !== sentence) return;
  if (place.e.type !== "Place") return;
  const open = new Set<LocalEntity>();
  for (const e of ctx.resolution.entities)
    if (e.type === "Meeting" && keyKindIs(e, "signing") && !e.attributes.place) open.add(e);
  for (const e of SIGNINGS.get(ctx) ?? []) if (!e.attributes.place) open.add(e);
  if (open.size !== 1) return;
  const meeting = [...open][0]!;
  meeting.attributes.place = place.e.name;
  note({ meeting, sentence, kind: "summit", token: i });
  emitRelation(ctx, meeting, "HELD_IN", place.e, sentence, "meeting-signing-place");
}

/**
 * The merge key of an event named by its place: one per place and month; with no date at all (an
 * undated article) one per document, since other articles' events at that place are others.
 */
function placedKey(ctx: RuleContext, place: string, date: string | undefined): string {
  return `event@${place}@${keyMonth(ctx, date)}`;
}

type Seen = SeenMention;

/** Parties an event noun names: people and states ("the India-EU talks", "talks between X and Y"). */
interface Parties {
  people: LocalEntity[];
  states: LocalEntity[];
}

/**
 * "developments in trade negotiations between X and Y", "progress in the talks with Y": the
 * course of talks, their news, not one meeting.
 */
function processOf(ctx: RuleContext, i: number): boolean {
  const { tokens } = ctx;
  let k = i - 1;
  while (k > i - 4 && /^(the|trade|tariff|economic|bilateral)$/i.test(tokens[k]?.text ?? "")) k--;
  return (
    (/^(in|on)$/i.test(tokens[k]?.text ?? "") &&
      /^(developments?|progress|headway|breakthroughs?|updates?|stalemate)$/i.test(tokens[k - 1]?.text ?? "")) ||
    inProgress(ctx, i)
  );
}

/** Auxiliaries between talks and the verb of their course ("are", "have been"). */
const PROGRESS_AUX = /^(are|is|were|was|remain|remains|remained|have|has|had|been|still|now|also|["“”'‘’])$/;
/** Verbs of the course of talks, not of one meeting ("talks are advancing", "negotiations have stalled"). */
const PROGRESS_VERB =
  /^(advancing|advance|advances|advanced|progressing|progress|progresses|progressed|moving|continuing|continue|continues|ongoing|stalled|stalling|stall|stalls|deadlocked|dragging|drag|drags|dragged|heading|headed|underway|going)$/;

/**
 * "trade talks with the EU are advancing quickly", "talks were headed in the right direction": the
 * talks noun at `i` (with its "with/between" parties) is the subject of a verb of their course.
 */
function inProgress(ctx: RuleContext, i: number): boolean {
  const { tokens } = ctx;
  const end = ctx.sentences[tokens[i]!.sentence]!.tokenEnd;
  let k = i + 1;
  // Past the parties: "with the European Union", "between X and Y" (capitalised words, "the", "and").
  if (/^(with|between)$/.test(tokens[k]?.text ?? ""))
    for (k++; k < Math.min(end, i + 10) && /^([A-Z]|the$|and$|-$)/.test(tokens[k]!.text); k++);
  if (!/^(are|is|were|was|remain|remains|remained|have|has|had)$/.test(tokens[k]?.text ?? "")) return false;
  while (k < Math.min(end, i + 14) && PROGRESS_AUX.test(tokens[k]!.text)) k++;
  return PROGRESS_VERB.test(tokens[k]?.text ?? "");
}

/** An event mention with parties but no place, resolved once the document's main events are known. */
interface Pending {
  i: number;
  sentence: number;
  /** Null for the lead's talks named by no party nor place ("ended two days of talks on Tuesday"). */
  parties: Parties | null;
  recalled: boolean;
}

const PENDING = new DocumentCache<RuleContext, Pending[]>();

function pendingOf(ctx: RuleContext): Pending[] {
  let list = PENDING.get(ctx);
  if (!list) PENDING.set(ctx, (list = []));
  return list;
}

/** A state or bloc named as such (not "Chinese" nor "Beijing" for its government), or a person. */
function isParty(x: Seen): boolean {
  return x.e.type === "Person" || (isStateParty(x.e) && !x.m.demonym);
}

/** Lower-case words that may stand between a pair and its event noun ("trade", "economic and trade"). */
const EVENT_MODIFIER =
  /^(trade|economic|and|tariff|bilateral|strategic|high-level|security|investment|leaders|leaders’|leaders'|ministerial|minerals|critical|free|formal|official|new|latest)$/i;

/**
 * "the India-EU talks", "the EU–Japan summit", "South Korea–U.S. trade talks", "the Trump-Xi
 * meeting": two parties joined by a dash just before the event noun at `i` (a few modifiers between).
 */
function dashPairBefore(ctx: RuleContext, i: number, ms: Seen[]): [Seen, Seen] | null {
  const { tokens } = ctx;
  let k = i;
  while (
    k > i - 4 &&
    EVENT_MODIFIER.test(tokens[k - 1]?.text ?? "") &&
    tokens[k - 1]!.text === tokens[k - 1]!.text.toLowerCase()
  )
    k--;
  const b = ms.find((x) => x.m.te === k && isParty(x));
  if (!b || !/^[-–—/]$/.test(tokens[b.m.ts - 1]?.text ?? "")) return null;
  const a = ms.find((x) => x.m.te === b.m.ts - 1 && isParty(x));
  if (!a || a.e === b.e || (a.e.type === "Person") !== (b.e.type === "Person")) return null;
  return [a, b];
}

/**
 * "X said after talks with Y", "X said on Monday ahead of a meeting with Y", "X told reporters
 * before his summit with Y": the reporting verb whose speaker had the event at `i` (its token),
 * else undefined.
 */
function speakerBefore(ctx: RuleContext, i: number): number | undefined {
  const { tokens } = ctx;
  let k = i - 1;
  // The noun's determiner and modifiers ("a", "his first", "a planned bilateral").
  for (let n = 0; n < 4 && /^[a-z][a-z-]*$/.test(tokens[k]?.text ?? "") && !SPEAKER_LINK.test(tokens[k]!.text); n++)
    k--;
  if (!SPEAKER_LINK.test(tokens[k]?.text ?? "")) return undefined;
  if (tokens[k]!.text === "of") {
    if (tokens[k - 1]?.text !== "ahead") return undefined;
    k--;
  }
  k--;
  // A date or an audience between ("on Monday", "reporters", "late on Tuesday").
  for (
    let n = 0;
    n < 4 && /^(on|late|early|today|yesterday|reporters|journalists|\d+)$|^[A-Z][a-z]+day$/.test(tokens[k]?.text ?? "");
    n++
  )
    k--;
  return /^(said|says|told|tells)$/i.test(tokens[k]?.text ?? "") && tokens[k]!.sentence === tokens[i]!.sentence
    ? k
    : undefined;
}

/** Words linking a speaker's verb to the event of its time ("said after talks", "ahead of a meeting"). */
const SPEAKER_LINK = /^(after|following|before|during|of)$/;

/** Words that end a clause going back from an event noun to its subject. */
const SUBJECT_BREAK =
  /^(;|:|said|says|told|according|while|but|whereas|although|because|which|who|that|after|before|—)$/i;

/**
 * The parties of the event noun at `i`: a dash pair before it, "between X and Y" after it, or
 * "X held talks with Y", "X's talks with Y", "X will fly to W for talks with Y" (X the clause's
 * subject, Y the first party after "with"). Null unless two sides are named.
 */
function partiesOf(ctx: RuleContext, i: number, ms: Seen[]): Parties | null {
  const { tokens } = ctx;
  let found: Seen[] = [];
  const dash = dashPairBefore(ctx, i, ms);
  // "talks next Thursday between X and Y": past a date after the noun.
  const at = pastDate(ctx.tokens, i);
  const next = tokens[at + 1]?.text;
  if (dash) found = dash;
  else if (next === "between") {
    const a = ms.find((x) => isParty(x) && x.m.ts > at + 1 && x.m.ts <= at + 6);
    let b = a
      ? ms.find((x) => isParty(x) && x.m.ts > a.m.te && x.m.ts <= a.m.te + 6 && capitalsOnly(ctx, a.m.te, x.m.ts))
      : undefined;
    // "between X and US President Y": the state only qualifies the person after it, the party.
    if (a?.e.type === "Person" && b && b.e.type !== "Person") {
      const end = b.m.te;
      const person = ms.find(
        (x) => x.e.type === "Person" && x.m.ts >= end && x.m.ts <= end + 3 && titleOnly(ctx, end, x.m.ts),
      );
      if (person) b = person;
    }
    if (a && b) found = [a, b];
  } else if (next === "with") {
    // The person after "with" (past a title and nationality), else the state right after it.
    const after = ms.filter((x) => isParty(x) && x.m.ts > at + 1 && x.m.ts <= at + 8);
    // Right after "with": a title, a nationality, "his counterpart" may stand between, no more.
    const close = (x: Seen) => {
      for (let k = at + 2; k < x.m.ts; k++)
        if (
          !/^[A-Z]|^(the|his|her|their|its|counterparts?|leaders|officials|including|,|\.|of|['’]s?)$/.test(
            tokens[k]!.text,
          )
        )
          return false;
      return true;
    };
    const b = after.find((x) => x.e.type === "Person" && close(x)) ?? after.find((x) => x.m.ts <= at + 3 && close(x));
    const clause: Seen[] = [];
    // "X said after talks with Y": the speaker had the talks.
    const saidAfter = speakerBefore(ctx, i) ?? i;
    for (let k = ms.length - 1; k >= 0; k--) {
      const x = ms[k]!;
      if (x.m.te > i || i - x.m.te > 14 || !isParty(x)) continue;
      let broken = false;
      for (let j = x.m.te; j < saidAfter && !broken; j++) broken = SUBJECT_BREAK.test(tokens[j]!.text);
      if (broken) break;
      clause.unshift(x);
    }
    // The subject: the clause's first person ("Japan's negotiator X"), else its first state, else
    // the person a "he"/"she" before the noun stands for ("where he last held talks with Y").
    // "X concluded his visit, after intense talks with Y": the main clause's subject had them.
    const afterClause = () => {
      for (let k = i - 1; k >= Math.max(0, i - 8); k--)
        if (/^(after|following)$/i.test(tokens[k]!.text)) {
          const subject = subjectAt(ctx, ms, tokens[i]!.sentence);
          if (subject?.e.type !== "Person" || subject.m.te >= k) return undefined;
          // It opens the sentence: only a dateline, a title, a nationality before it.
          for (let n = ctx.sentences[tokens[i]!.sentence]!.tokenStart; n < subject.m.ts; n++)
            if (/^[a-z]/.test(tokens[n]!.text) && !/^(of|the|and|for)$/.test(tokens[n]!.text)) return undefined;
          return subject;
        }
      return undefined;
    };
    const a = clause.find((x) => x.e.type === "Person") ?? clause[0] ?? pronounVisitor(ctx, i, ms) ?? afterClause();
    if (a && b && a.e !== b.e) found = [a, b];
  }
  if (found.length < 2) return null;
  const people = found.filter((x) => x.e.type === "Person").map((x) => x.e);
  const states = found.filter((x) => x.e.type !== "Person").map((x) => x.e);
  const sideOf = (p: LocalEntity) => (p.nationality ? countryEntity(ctx, p.nationality) : undefined);
  for (const p of people) {
    const c = sideOf(p);
    if (c && !states.includes(c)) states.push(c);
  }
  // Two people of one country are one side, not a negotiation.
  if (people.length === 2 && people[0]!.nationality && people[0]!.nationality === people[1]!.nationality) return null;
  return { people: [...new Set(people)], states: [...new Set(states)] };
}

/** Auxiliaries before a verb's participle ("are meeting", "were gathering"). */
const AUXILIARY = /^(am|is|are|was|were|be|been|being)$/i;

/** Verbs of a journey whose destination is where the event after them is held. */
const JOURNEY =
  /^(lead|leads|led|leading|delegation|delegations|send|sends|sent|visit|visits|visited|visiting|met|meet|meets|gathered|gather|gathers|convened|convene|convenes|assembled|travel|travels|traveled|travelled|traveling|travelling|fly|flies|flew|flying|head|heads|headed|heading|go|goes|went|come|came|arrive|arrives|arrived|arriving|land|lands|landed|landing|return|returns|returned|jet|jets|jetted)$/i;

/**
 * "will fly to Washington for a seventh round of talks", "arrived in Gyeongju to attend the
 * summit": the place the journey of the event noun's clause goes to (a capital written for its
 * state is the city), or null.
 */
function destinationBefore(ctx: RuleContext, i: number, ms: Seen[], visit = false): Seen | null {
  const { tokens } = ctx;
  const s = ctx.sentences[tokens[i]!.sentence]!;
  for (let k = i - 1; k >= Math.max(s.tokenStart, i - 14); k--) {
    const w = tokens[k]!.text;
    // "officials are meeting in Madrid for talks": "meeting" after an auxiliary is the verb.
    const progressive = /^(meeting|gathering|convening)$/i.test(w) && AUXILIARY.test(tokens[k - 1]?.text ?? "");
    if (SUBJECT_BREAK.test(w) || (OTHER_EVENT.test(w) && !/^visit$/i.test(w) && !progressive)) return null;
    if (!JOURNEY.test(w) && !progressive) continue;
    // "visit Japan", else a preposition first: "fly to Washington", "met in London".
    const prep = tokens[k + 1]?.text;
    const at = /^visit/i.test(w) ? k + 1 : k + 2;
    if (at === k + 2 && prep !== "to" && prep !== "in" && prep !== "into" && prep !== "at") return null;
    const dest = ms.find((x) => x.m.ts === at && (x.e.type === "Place" || x.e.type === "Country") && !x.m.demonym);
    if (!dest) return null;
    // What lies between the destination and the noun says the journey was for it.
    const between = wordsBetween(ctx, dest.m.te, i);
    if (
      !/\b(for|to attend|to hold|to join|to take part|ahead of|to open|to resume|to begin|to start|to kick off)\b/.test(
        between,
      ) &&
      !(visit && /\bon\b/.test(between)) &&
      // "travelled to Accra on Tuesday to meet Y": the journey was for the meeting.
      !(/^meet$/i.test(tokens[i]!.text) && /(^|\s)to$/.test(between))
    )
      return null;
    if (dest.e.type === "Country" && dest.m.capitalAsState) {
      const city = COUNTRY_BY_CODE.get(dest.e.attributes.code ?? "")?.capital;
      if (city && city.toLowerCase() === dest.m.text.toLowerCase())
        return {
          m: dest.m,
          e: ensureEntity(ctx, "Place", city, city, { ts: dest.m.ts, te: dest.m.te }, "place-capital-city"),
        };
    }
    return dest;
  }
  return null;
}

/**
 * "travelled to Beijing this week, where he held talks with X", "arrived in Lima, where they
 * opened talks": the place a relative "where" before the event noun at `i` hangs on (a capital
 * written for its state is the city); null otherwise.
 */
function wherePlace(ctx: RuleContext, i: number, ms: Seen[]): Seen | null {
  const { tokens } = ctx;
  const s = ctx.sentences[tokens[i]!.sentence]!;
  let w = -1;
  for (let k = i - 1; k >= Math.max(s.tokenStart, i - 6) && w < 0; k--) {
    if (/^where$/i.test(tokens[k]!.text)) w = k;
    else if (SUBJECT_BREAK.test(tokens[k]!.text)) return null;
  }
  if (w < 1 || tokens[w - 1]?.text !== ",") return null;
  // The place ends the clause before the comma, perhaps followed by a date ("this week", "on Monday").
  const before = ms.filter((x) => x.m.te <= w - 1 && w - 1 - x.m.te <= 3).at(-1);
  if (!before || !/^(in|to|at)$/i.test(tokens[before.m.ts - 1]?.text ?? "") || before.m.demonym) return null;
  for (let k = before.m.te; k < w - 1; k++)
    if (
      !/^(this|last|next|on|week|month|weekend|today|yesterday)$/i.test(tokens[k]!.text) &&
      !WEEKDAY.test(tokens[k]!.text)
    )
      return null;
  if (before.e.type === "Place") return before;
  if (before.e.type !== "Country") return null;
  const city = COUNTRY_BY_CODE.get(before.e.attributes.code ?? "")?.capital;
  if (before.m.capitalAsState && city && city.toLowerCase() === before.m.text.toLowerCase())
    return {
      m: before.m,
      e: ensureEntity(ctx, "Place", city, city, { ts: before.m.ts, te: before.m.te }, "place-capital-city"),
    };
  return before;
}

/** A sentence that spans talks over months or years: a process, not one round. */
const LONG_PROCESS =
  /\b(decades?|years?|months?) of (talks|negotiations|discussions)\b|\b(talks|negotiations|discussions) (since|for) (\d{4}|years|months|decades)\b|\bin (talks|negotiations) with [^.;]{0,40}\bsince \d{4}\b/i;

/** An organisation's acronym among its names ("EFTA"), else its name. */
function acronymOf(e: LocalEntity): string {
  return [e.name, ...e.aliases].find((f) => /^[A-Z]{2,6}$/.test(f)) ?? e.name;
}

/** How a party is written in a meeting's name: a person's surname, a state's name. */
function partyLabel(e: LocalEntity): string {
  return e.type === "Person" ? surname(e) : e.name;
}

/**
 * Talks with parties but no place: those reported (not recalled) in a document with main talks
 * of the same sides are a mention of them; the others are their own talks, named after their
 * parties ("India-European Union trade talks"), one per pair of sides and month.
 */
function resolvePending(ctx: RuleContext, primary: LocalEntity | null, note: Note): void {
  const pair = mainCountryPair(ctx);
  for (const p of pendingOf(ctx)) {
    // Round 17b: talks the sentence spans over years ("after nearly a decade of talks", "in talks
    // with X since 2016") are a negotiation process, no one event to file.
    const process = LONG_PROCESS.test(ctx.sentences[p.sentence]!.text);
    if (!p.parties) {
      const lead = primary ?? (process ? undefined : leadTalks(ctx, p));
      if (lead) {
        primary ??= lead;
        note({ meeting: lead, sentence: p.sentence, kind: "talks", token: p.i });
      }
      continue;
    }
    const { people, states } = p.parties;
    // Two people, one of them a head of state or government: their own meeting ("talks next
    // Thursday between Xi and Trump"), not their negotiators' talks.
    // or two people whose meeting the text already named by a verb ("X to meet Y" in
    // a headline): the talks noun is that meeting's, and names it ("X-Y discussions").
    const metKey = people.length === 2 ? pairMeetingKey(surname(people[0]!), surname(people[1]!)) : undefined;
    const heads =
      people.length === 2 &&
      (people.some(isHeadOfState) ||
        (!p.recalled && ctx.resolution.entities.some((e) => e.type === "Meeting" && e.attributes.mergeKey === metKey)));
    const sameSides = !pair || states.every((c) => pair.includes(c));
    let meeting: LocalEntity;
    if (heads) meeting = leadersMeeting(ctx, people[0]!, people[1]!, p.i, "meeting");
    else if (primary && !p.recalled && sameSides && !doneBesidePlanned(ctx, primary, p.i)) meeting = primary;
    else {
      const sides = states.length >= 2 ? states.slice(0, 2) : people.slice(0, 2);
      if (sides.length < 2 || process) continue;
      const d = dateNear(ctx, p.sentence, p.i);
      const trade = /\b(trade|tariffs?|economic)\b/i.test(ctx.sentences[p.sentence]!.text) ? "trade " : "";
      meeting = ensureEntity(
        ctx,
        "Meeting",
        `${sides.map(partyLabel).join("-")} ${trade}talks`,
        `talks@${sides
          .map((x) => x.name)
          .sort()
          .join("+")}@${keyMonth(ctx, d)}`,
        { ts: p.i, te: p.i + 1 },
        "meeting-talks-parties",
      );
      if (d && !meeting.attributes.date) meeting.attributes.date = d;
    }
    note({ meeting, sentence: p.sentence, kind: heads ? "leaders" : "talks", background: p.recalled, token: p.i });
    for (const x of people) emitRelation(ctx, x, "PARTICIPATED_IN", meeting, p.sentence, "meeting-talks-parties");
    // A leaders' meeting has its two people as parties, not their states.
    if (!heads)
      for (const c of states)
        emitRelation(ctx, c, "PARTICIPATED_IN", meeting, p.sentence, "meeting-talks-parties", {}, 0.7);
  }
}

/**
 * "X aims to visit Y next week after talks on Saturday with Z": talks at token `i` that are done
 * ("after talks", "talks on Saturday") in a document whose main talks are only planned (first
 * named in a sentence of plans) are talks of their own, not a mention of the planned ones.
 */
function doneBesidePlanned(ctx: RuleContext, primary: LocalEntity, i: number): boolean {
  const { tokens } = ctx;
  const first = primary.mentions[0];
  if (!first || !NOT_YET.test(ctx.sentences[first.sentence]!.text)) return false;
  let k = i - 1;
  while (k > i - 3 && /^[a-z-]+$/.test(tokens[k]?.text ?? "") && !/^(after|following)$/.test(tokens[k]!.text)) k--;
  const after = /^(after|following)$/i.test(tokens[k]?.text ?? "");
  const dated =
    (/^on$/i.test(tokens[i + 1]?.text ?? "") && WEEKDAY.test(tokens[i + 2]?.text ?? "")) ||
    (/^last$/i.test(tokens[i + 1]?.text ?? "") && /^(week|month)$/i.test(tokens[i + 2]?.text ?? ""));
  return after || dated;
}

/** Words between a subject and "met" that keep it the subject ("had", "also", "first"). */
const MET_GAP =
  /^(had|has|have|also|first|then|later|briefly|separately|previously|already|last|reportedly|privately|,)$/i;

/** Auxiliaries and adverbs between a relative "who" and its verb ("who will also attend"). */
const RELATIVE_AUX = /^(will|would|has|had|have|is|was|also|last|then|later|recently|already|to|due|set|expected)$/;

/**
 * The people of a clause around the verb at `i`: the subjects before it ("X met", "X and Y met",
 * "X, the trade minister, met") and the objects after it ("met (with) Y and Z").
 */
function clausePeople(
  ctx: RuleContext,
  i: number,
  ms: Seen[],
  objectStart: number,
): { subjects: Seen[]; objects: Seen[] } {
  const { tokens } = ctx;
  const people = ms.filter((x) => x.e.type === "Person");
  const subjects: Seen[] = [];
  // "X, accompanied by A and B, met Y": the subject stands before the companions' aside.
  const at = companionAsideStart(ctx, i) ?? asideStart(ctx, i) ?? i;
  for (let k = people.length - 1; k >= 0; k--) {
    const x = people[k]!;
    // Round 16b: the verb's own subject within 12 tokens; the ones coordinated before it, however
    // long their titles ("A, Japan's Minister of Foreign Affairs B, and C met").
    if (x.m.te > at || (subjects.length === 0 && at - x.m.te > 12)) continue;
    let broken = false;
    for (let j = x.m.te; j < at && !broken; j++)
      broken = SUBJECT_BREAK.test(tokens[j]!.text) || OTHER_EVENT.test(tokens[j]!.text);
    if (broken) break;
    // The last subject is next to the verb (an apposition or auxiliaries between), the others
    // coordinated with it.
    const gap = wordsBetween(ctx, x.m.te, at);
    // Between two coordinated people: "and", then the second one's nationality and title ("and
    // U.S. Treasury Secretary").
    if (
      subjects.length === 0
        ? gap.split(" ").length > 8
        : !capitalsOnly(ctx, x.m.te, subjects[0]!.m.ts) && !counterpartJoin(ctx, x.m.te, subjects[0]!.m.ts)
    ) {
      if (subjects.length === 0 && gap.split(" ").every((w) => MET_GAP.test(w))) subjects.unshift(x);
      break;
    }
    subjects.unshift(x);
  }
  // "X, who met Y in Lisbon", "X, who will attend the summit": the person the relative clause
  // hangs on (auxiliaries between the pronoun and the verb).
  if (!subjects.length) {
    let w = at - 1;
    while (w > at - 4 && RELATIVE_AUX.test(tokens[w]?.text ?? "")) w--;
    const owner =
      tokens[w]?.text === "who" && tokens[w - 1]?.text === "," ? people.find((x) => x.m.te === w - 1) : undefined;
    if (owner) subjects.push(owner);
  }
  // Round 17: "after X's letter to Y became public, the Kazakh president held a call": a head of
  // state named by a title right before the verb, past the last name, is its subject.
  const last = subjects.at(-1);
  const from = last ? last.m.te : ctx.sentences[tokens[i]!.sentence]!.tokenStart;
  const titled = at > from ? titledSpans(ctx, from, at - from).at(-1) : undefined;
  if (titled && at - titled.te <= 3 && gapOf(ctx, titled.te, at, DESCRIBED_GAP) && titled.e.mentions[0]) {
    const m = titled.e.mentions[0];
    subjects.splice(0, subjects.length, {
      m: { ...m, ts: titled.ts, te: titled.te, sentence: tokens[i]!.sentence },
      e: titled.e,
    });
  }
  const objects: Seen[] = [];
  for (const x of people) {
    if (x.m.ts < objectStart) continue;
    const last = objects.at(-1);
    if (!last) {
      // "met with the President of the Republic of X, Y": past an appositive title, not past a verb.
      if (x.m.ts - objectStart > 6 && !(x.m.ts - objectStart <= 16 && appositiveTitle(ctx, objectStart, x.m.ts))) break;
      objects.push(x);
    } else if (capitalsOnly(ctx, provenanceEnd(ctx, last.m.te, ms), x.m.ts)) objects.push(x);
    else break;
  }
  return { subjects, objects };
}

/**
 * "received his counterparts X from Japan and Y from China": the end of a "from / of
 * <state>" phrase starting at token `k` after a person met, else `k`.
 */
function provenanceEnd(ctx: RuleContext, k: number, ms: Seen[]): number {
  if (!/^(from|of)$/.test(ctx.tokens[k]?.text ?? "")) return k;
  const state = ms.find((x) => x.m.ts === k + 1 && x.e.type === "Country" && !x.m.demonym);
  return state ? state.m.te : k;
}

/**
 * Tokens [a, b) are "his / her / their", up to three words of state or office and
 * "counterpart(s)", a comma after it or not ("welcomed his Japanese counterpart, X", "his trade
 * counterparts A and B"): the title of the person met that follows.
 */
function counterpartsTitle(ctx: RuleContext, a: number, b: number): boolean {
  const { tokens } = ctx;
  if (!/^(his|her|their)$/i.test(tokens[a]?.text ?? "")) return false;
  let k = a + 1;
  while (k < a + 4 && k < b && !/^counterparts?$/i.test(tokens[k]!.text)) k++;
  if (!/^counterparts?$/i.test(tokens[k]?.text ?? "")) return false;
  return k + 1 === b || (tokens[k + 1]?.text === "," && k + 2 === b);
}

/**
 * The comma opening a companions' aside that ends just before the verb at `i` ("X, accompanied by
 * A and B, met Y"; "joined by", "along with", "together with"), within 16 tokens; else undefined.
 */
function companionAsideStart(ctx: RuleContext, i: number): number | undefined {
  const { tokens } = ctx;
  if (tokens[i - 1]?.text !== ",") return undefined;
  const sentence = tokens[i]!.sentence;
  for (let k = i - 2; k >= Math.max(2, i - 16) && tokens[k]!.sentence === sentence; k--) {
    const w = tokens[k]!.text;
    if (w === "," || SUBJECT_BREAK.test(w)) return undefined;
    const cue =
      (w === "by" && /^(accompanied|joined)$/i.test(tokens[k - 1]!.text)) ||
      (w === "with" && /^(along|together)$/i.test(tokens[k - 1]!.text));
    if (cue) return tokens[k - 2]?.text === "," ? k - 2 : undefined;
  }
  return undefined;
}

/**
 * The comma opening an aside set off just before the verb at `i` ("X, on a visit to Tokyo, met Y",
 * "X, in Nairobi for two days, met Y", "X, during her trip, met Y"): a phrase opened by a
 * preposition of time or place, with no verb of its own, within 12 tokens; else undefined.
 */
function asideStart(ctx: RuleContext, i: number): number | undefined {
  const { tokens } = ctx;
  if (tokens[i - 1]?.text !== ",") return undefined;
  const sentence = tokens[i]!.sentence;
  for (let k = i - 2; k >= Math.max(1, i - 13) && tokens[k]!.sentence === sentence; k--) {
    const w = tokens[k]!.text;
    if (w === ",")
      return /^(on|during|in|at|fresh|currently|now|ahead)$/i.test(tokens[k + 1]?.text ?? "") ? k : undefined;
    if (SUBJECT_BREAK.test(w) || tokens[k]!.pos === "VERB") return undefined;
  }
  return undefined;
}

/**
 * True when tokens [a, b) are "the" and a capitalised title, its "of" phrase and a comma before the
 * name ("the President of the People's Republic of China,"): an apposition naming the next person.
 */
function appositiveTitle(ctx: RuleContext, a: number, b: number): boolean {
  if (!/^the$/i.test(ctx.tokens[a]?.text ?? "") || ctx.tokens[b - 1]?.text !== ",") return false;
  // Lower-case words of office too ("the president of the European Commission,").
  for (let k = a + 1; k < b - 1; k++)
    if (!/^[A-Z]|^(of|the|['’]s?|-)$/.test(ctx.tokens[k]!.text) && !titleWord(ctx.tokens[k]!.text)) return false;
  return true;
}

/** True when tokens [a, b) are only a title and nationality ("Indian Prime Minister"), or none. */
function titleOnly(ctx: RuleContext, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (!/^[A-Z]|^(\.|of|the|-|['’]s)$/.test(ctx.tokens[k]!.text)) return false;
  return true;
}

/**
 * "X and his UK counterpart, Y, met": tokens [a, b) are "and" and a counterpart's title
 * (`counterpartsTitle`): the second subject's apposition.
 */
function counterpartJoin(ctx: RuleContext, a: number, b: number): boolean {
  return ctx.tokens[a]?.text === "and" && counterpartsTitle(ctx, a + 1, b);
}

/** True when tokens [a, b) are a coordinator and then only capitalised words (a title, a nationality). */
function capitalsOnly(ctx: RuleContext, a: number, b: number): boolean {
  let k = a;
  if (ctx.tokens[k]?.text === ",") k++;
  if (ctx.tokens[k]?.text !== "and" && k === a) return false;
  if (ctx.tokens[k]?.text === "and") k++;
  for (; k < b; k++) {
    const w = ctx.tokens[k]!.text;
    // Round 16b: "A, Japan's Foreign Minister B, and C": a country's possessive before a title.
    if (!/^[A-Z]/.test(w) && !/^(\.|of|for|and|the|-|['’]s)$/.test(w)) return false;
  }
  return true;
}

/** A meal one leader hosts for another ("a state dinner for", "a working lunch for"). */
const MEAL = /^(dinner|banquet|luncheon|lunch|breakfast|reception)$/i;

/** Words between "led by" and the delegation head's name ("its board chair", "the group's president"). */
const LEAD_TITLE =
  /^(its|their|the|board|chair|chairman|chairwoman|chairperson|president|chief|executive|head|vice|director|general|[A-Z][\w.'’-]*|['’]s)$/;

/**
 * "a delegation from the X Council, led by its chair Y", "a delegation of X headed by Y": the
 * person leading the delegation that opens at `start`, and the body it comes from (an
 * organisation, firm or agency), if one is named.
 */
function delegationLedBy(ctx: RuleContext, start: number, ms: Seen[]): { head: Seen; body?: LocalEntity } | undefined {
  const { tokens } = ctx;
  let k = start;
  if (/^(a|an|the)$/i.test(tokens[k]?.text ?? "")) k++;
  if (/^(high-level|business|trade|senior|large|corporate)$/i.test(tokens[k]?.text ?? "")) k++;
  if (!DELEGATION_NOUN.test(tokens[k]?.text ?? "")) return undefined;
  const sentence = tokens[k]!.sentence;
  let body: LocalEntity | undefined;
  for (let n = k + 1; n < k + 16 && tokens[n]?.sentence === sentence; n++) {
    const w = tokens[n]!.text;
    if (/^(led|headed)$/.test(w) && tokens[n + 1]?.text === "by") {
      const head = ms.find((x) => x.e.type === "Person" && x.m.ts > n + 1 && x.m.ts <= n + 7);
      if (!head) return undefined;
      for (let j = n + 2; j < head.m.ts; j++) if (!LEAD_TITLE.test(tokens[j]!.text)) return undefined;
      return { head, body };
    }
    if (/^(;|who|which|that|and|to)$/i.test(w)) return undefined;
    const x = ms.find((y) => y.m.ts === n);
    if (x && !body && /^(Organization|Company|Agency)$/.test(x.e.type)) body = x.e;
  }
  return undefined;
}

/**
 * "A met B in Riyadh on Monday", "A and B met on the sidelines of …", "A met with B and C": a
 * meeting of people of different countries. At a place already holding an event it is that
 * event; with no place, in a document reporting talks between the same sides, it is those talks;
 * else the two people's own meeting.
 */
function findMet(ctx: RuleContext, i: number, ms: Seen[], primary: LocalEntity | null, note: Note): void {
  const { tokens } = ctx;
  const sentence = tokens[i]!.sentence;
  // "X has never met Y", "X did not meet with Y": no meeting.
  if (meetingDenied(tokens, i)) return;
  let start = tokens[i + 1]?.text === "with" ? i + 2 : i + 1;
  // "receives this Friday afternoon the President of X", "met on Monday with Y": past the time.
  if (start === i + 1) start = pastTimeAdjunct(tokens, start);
  // "X was received by Y", "X was welcomed by Y": the host after "by".
  if (/^(was|were|been|being)$/i.test(tokens[i - 1]?.text ?? "") && tokens[i + 1]?.text === "by") start = i + 2;
  // "X hosted a state dinner for Y", "X hosts a lunch in honour of Y": the guest of the meal.
  if (/^(hosted|hosts)$/.test(tokens[i]!.text)) {
    let k = i + 1;
    while (
      k < i + 5 &&
      /^(a|an|the|state|official|working|private|formal|gala|welcome|welcoming)$/i.test(tokens[k]?.text ?? "")
    )
      k++;
    if (MEAL.test(tokens[k]?.text ?? "")) {
      if (tokens[k + 1]?.text === "for") start = k + 2;
      else if (
        tokens[k + 1]?.text === "in" &&
        /^hono(u)?r$/.test(tokens[k + 2]?.text ?? "") &&
        tokens[k + 3]?.text === "of"
      )
        start = k + 4;
    }
  }
  const clause = clausePeople(ctx, i, ms, start);
  let { objects } = clause;
  // Round 17: "met (with) a delegation from X, led by its chair Y": Y is met, X takes part.
  const delegation = objects.length === 0 ? delegationLedBy(ctx, start, ms) : undefined;
  if (delegation) objects = [delegation.head];
  // "They met with A and B", "He later met X": the pronoun stands for the previous sentence's subject.
  const pronoun = clause.subjects.length === 0 && objects.length > 0 ? pronounSubjects(ctx, i) : [];
  const subjects = pronoun.length ? pronoun : clause.subjects;
  // "The two leaders met in Z", "the heads of state of X and Y met in Z": no one named.
  if (subjects.length === 0 && objects.length === 0 && !delegation && /^(met|meets)$/.test(tokens[i]!.text)) {
    describedLeadersMet(ctx, i, ms, note);
    return;
  }
  // "X hosted Y", "X welcomed Y": the guest is named right after the verb (past a title).
  if (
    !delegation &&
    !/^(met|meets|down|conferred|confers|huddled)$/.test(tokens[i]!.text) &&
    !objects.some(
      (x) =>
        titleOnly(ctx, start, x.m.ts) || appositiveTitle(ctx, start, x.m.ts) || counterpartsTitle(ctx, start, x.m.ts),
    )
  )
    return;
  const all = [...subjects, ...objects].map((x) => x.e).filter((e, k, list) => list.indexOf(e) === k);
  const cross = (a: LocalEntity, b: LocalEntity) => a !== b && !(a.nationality && a.nationality === b.nationality);
  const pairs: [LocalEntity, LocalEntity][] = [];
  if (objects.length) {
    for (const a of subjects) for (const b of objects) if (cross(a.e, b.e)) pairs.push([a.e, b.e]);
    // "X received his counterparts A from Japan and B from China": the counterparts
    // received together met each other too.
    if (objects.length > 1 && objects.length <= 4 && counterpartsTitle(ctx, start, objects[0]!.m.ts))
      for (let x = 0; x < objects.length; x++)
        for (let y = x + 1; y < objects.length; y++)
          if (cross(objects[x]!.e, objects[y]!.e)) pairs.push([objects[x]!.e, objects[y]!.e]);
  } else if (subjects.length === 2 && cross(subjects[0]!.e, subjects[1]!.e))
    pairs.push([subjects[0]!.e, subjects[1]!.e]);
  // Round 16b: "A, B and C met in Z for the ministers' meeting": the people listed met each other.
  else if (subjects.length > 2 && subjects.length <= 6)
    for (let x = 0; x < subjects.length; x++)
      for (let y = x + 1; y < subjects.length; y++)
        if (cross(subjects[x]!.e, subjects[y]!.e)) pairs.push([subjects[x]!.e, subjects[y]!.e]);
  if (pairs.length === 0) return;
  const recalled = isRecalled(tokens, i);
  // The place follows the people met, however many ("met A, B and C at Lancaster House").
  let place = placeAfter(ctx, i, Math.max(12, (objects.at(-1)?.m.te ?? i) - i + 4));
  // "X met Y, on the margins of the G20 Leaders' Meeting in Lisbon": the place past the event
  // the meeting was held on the sidelines of.
  if (!place) {
    const from = objects.at(-1)?.m.te ?? i;
    // Past a date between ("met on October 30 on the sidelines of …").
    let to = from + 5;
    const on = [from, from + 1].find((k) => /^on$/i.test(tokens[k]?.text ?? ""));
    if (on !== undefined) {
      let k = on + 1;
      while (
        k < on + 5 &&
        (WEEKDAY.test(tokens[k]!.text) || MONTH.test(tokens[k]!.text) || /^(\d{1,4}|,)$/.test(tokens[k]!.text))
      )
        k++;
      if (k > on + 1) to = k + 5;
    }
    for (let k = from; k < to && tokens[k]?.sentence === sentence; k++)
      if (/^(sidelines?|margins?)$/i.test(tokens[k]!.text) && tokens[k + 1]?.text === "of") {
        place = placeAfter(ctx, k + 1, 14);
        break;
      }
  }
  const [a, b] = pairs[0]!;
  // "At the G20 summit in Johannesburg, X met Y": a meeting during the event fronted before.
  // "On the sidelines / margins of the summit, X met Y" too.
  const during = ms.find((x) => x.e.type === "Meeting" && x.m.te <= i && eventFronted(ctx, x.m.ts));
  // "during the X Summit, held in Tokyo, where A met B": the people met at the summit itself.
  const where =
    during && subjects[0] && !keyKindIs(during.e, "call", "visit", "leaders")
      ? [1, 2, 3, 4].map((n) => subjects[0]!.m.ts - n).find((k) => tokens[k]?.text === "where")
      : undefined;
  if (during && where !== undefined && where > during.m.te && titleOnly(ctx, where + 1, subjects[0]!.m.ts)) {
    note({ meeting: during.e, sentence, kind: "summit", background: isRecalled(tokens, i), token: i });
    for (const p of all) emitRelation(ctx, p, "PARTICIPATED_IN", during.e, sentence, "meeting-met-where");
    for (const [x, y] of pairs)
      emitRelation(ctx, x, "MET_WITH", y, sentence, "meeting-met-where", { meeting: during.e.name }, 0.7);
    return;
  }
  if (during && !place) place = placeAfter(ctx, during.m.te - 1, 3);
  // "said in Paris, where he met Y": the place the relative clause hangs on.
  if (!place) {
    const w = [2, 3]
      .map((n) => i - n)
      .find((k) => tokens[k]?.text === "where" && /^(he|she|they)$/.test(tokens[k + 1]!.text));
    const at = w === undefined ? undefined : tokens[w - 1]?.text === "," ? w - 1 : w;
    const owner =
      at === undefined
        ? undefined
        : ms.find((x) => x.m.te === at && /^(in|at|to)$/.test(tokens[x.m.ts - 1]?.text ?? ""));
    if (owner && (owner.e.type === "Place" || (owner.e.type === "Country" && !owner.m.demonym))) place = owner;
  }
  // "In Nairobi, X met Y": the place fronting the sentence.
  place ??= frontedPlace(ctx, sentence, ms, subjects[0]?.m.ts ?? i);
  // "X, on a visit to Tokyo, met Y", "X, in Nairobi for talks, met Y": the place of the aside.
  const aside = asideStart(ctx, i);
  if (!place && aside !== undefined)
    place =
      ms.find(
        (x) =>
          x.m.ts > aside &&
          x.m.te < i &&
          /^(to|in|at)$/i.test(tokens[x.m.ts - 1]?.text ?? "") &&
          (x.e.type === "Place" || (x.e.type === "Country" && !x.m.demonym && !x.m.capitalAsState)),
      ) ?? null;
  const pair = mainCountryPair(ctx);
  const sides = all.map((p) => (p.nationality ? countryEntity(ctx, p.nationality) : undefined));
  const sameSides = !pair || sides.every((c) => !c || pair.includes(c));
  // "met … at Lancaster House" in a document reporting talks in a city: a venue of those talks.
  // "Before the delegation-level talks, X met Y": a meeting of its own, not those talks.
  let apart = false;
  for (let k = ctx.sentences[sentence]!.tokenStart; k < i && !apart; k++)
    apart =
      /^(before|after|ahead)$/i.test(tokens[k]!.text) &&
      [k + 1, k + 2, k + 3, k + 4, k + 5].some((n) => n < i && TALKS.test(tokens[n]!.text));
  if (apart) primary = null;
  const venueOfPrimary =
    place && primary && !recalled && sameSides && !eventsAt(ctx).has(place.e.name) && isVenue(place.e);
  // Round 16b: "A, B and C met in Z for the ministers' meeting", "A and B met at the annual
  // forum": the event named after the people is the meeting (a group of more than two at it, or
  // met for it); "A met B at the summit" stays the pair's own meeting on its margins.
  const groupEvent = ms.find(
    (x) =>
      x.e.type === "Meeting" &&
      x.m.ts > i &&
      x.m.ts <= (objects.at(-1)?.m.te ?? i) + 14 &&
      x.m.sentence === sentence &&
      !keyKindIs(x.e, "call", "visit", "leaders") &&
      purposeEvent(ctx, x.m.ts, all.length > 2),
  )?.e;
  // "X met Y in Paris. X met Z in Paris on Tuesday": the second pair's own meeting, not the first's.
  const atPlace = place ? eventsAt(ctx).get(place.e.name) : undefined;
  const ownPair = pairs.length === 1 && anotherPairMeeting(atPlace, pairMeetingKey(surname(a), surname(b)));
  let meeting =
    groupEvent ??
    (ownPair ? undefined : atPlace) ??
    ((!place || venueOfPrimary) && primary && !recalled && sameSides ? primary : undefined) ??
    (place && !recalled && isVenue(place.e) ? summitOfVenue(ctx, sentence) : undefined);
  const joined = meeting !== undefined;
  // Officials meeting nowhere named, in a document reporting no talks: no one event to file it under.
  // Unless the sentence sets it apart from the talks ("Before the talks, X met Y"), the clause puts
  // it at an event ("On the sidelines of the summit, X met Y"), or the text reports it done on a
  // date ("X met Y on Monday"; not "X will meet Y next week").
  const dated = !recalled && dateNear(ctx, sentence, i) !== undefined && !NOT_YET.test(ctx.sentences[sentence]!.text);
  // Or the clause names the event after the people ("X met Y on the sidelines of the UN General Assembly").
  const atEvent = ms.some(
    (x) =>
      x.e.type === "Meeting" &&
      x.m.ts > i &&
      x.m.ts <= (objects.at(-1)?.m.te ?? i) + 8 &&
      !keyKindIs(x.e, "call", "visit", "leaders") &&
      eventFronted(ctx, x.m.ts),
  );
  if (
    !joined &&
    !place &&
    !apart &&
    !during &&
    !dated &&
    !atEvent &&
    !pairs.some(([x, y]) => isHeadOfState(x) || isHeadOfState(y))
  )
    return;
  meeting ??= leadersMeeting(ctx, a, b, i, "meeting");
  if (place && !eventsAt(ctx).has(place.e.name)) eventsAt(ctx).set(place.e.name, meeting);
  const date = dateNear(ctx, sentence, i);
  if (date && !meeting.attributes.date) meeting.attributes.date = date;
  if (place) {
    // A named event keeps its own name: no "Washington meeting" alias for "the Foreign Ministers' Meeting".
    if (meeting !== groupEvent) meeting.attributes.place ??= place.e.name;
    emitRelation(ctx, meeting, "HELD_IN", place.e, sentence, "meeting-met-in-place");
    holdAtVenue(ctx, meeting, place, "meeting-met-in-place");
    // "in the South Korean capital": in that state too.
    const state = place.m.demonym && place.e.type === "Place" ? ms.find((x) => x.m === place.m) : undefined;
    if (state && state.e.type === "Country")
      emitRelation(ctx, meeting, "HELD_IN", state.e, sentence, "meeting-met-in-place");
  }
  if (during && during.e !== meeting)
    emitRelation(ctx, meeting, "PART_OF", during.e, sentence, "meeting-met-during-event");
  note({
    meeting,
    sentence,
    kind: joined && meeting === primary ? "talks" : "leaders",
    background: recalled,
    token: i,
  });
  // Who was at the meeting, and who met whom: the clause's people of different sides face to face
  // ("X and Y met in Z", "X welcomed Y to Z", "he met Y" for the person the pronoun stands for).
  // rules/talks.ts reads "X met Y" between names too; one relation per pair either way.
  for (const p of all) emitRelation(ctx, p, "PARTICIPATED_IN", meeting, sentence, "meeting-met-participants");
  // "his counterparts A from Japan and B from China": the states the people met come from.
  for (const x of objects) {
    const end = provenanceEnd(ctx, x.m.te, ms);
    const state = end > x.m.te ? ms.find((y) => y.m.te === end && y.e.type === "Country") : undefined;
    if (state) emitRelation(ctx, state.e, "PARTICIPATED_IN", meeting, sentence, "meeting-met-participants");
  }
  if (delegation?.body)
    emitRelation(ctx, delegation.body, "PARTICIPATED_IN", meeting, sentence, "meeting-met-delegation");
  const rule = pronoun.length ? "meeting-met-pronoun" : "meeting-met-pair";
  for (const [x, y] of pairs) emitRelation(ctx, x, "MET_WITH", y, sentence, rule, { meeting: meeting.name }, 0.7);
}

/** Plural posts that describe the two sides' leaders ("the heads of state of X and Y"). */
const LEADER_POSTS = /^(leaders|heads|presidents|premiers)$/i;

/**
 * The states of "the leaders / heads of state / presidents of X and Y" ending just before the verb
 * at `i` (auxiliaries between): the two state parties, else none.
 */
function describedStates(ctx: RuleContext, i: number, ms: Seen[]): LocalEntity[] {
  const { tokens } = ctx;
  let k = i - 1;
  while (k > i - 5 && DESCRIBED_GAP.test(tokens[k]?.text ?? "")) k--;
  const b = ms.find((x) => x.m.te === k + 1 && isStateParty(x.e) && !x.m.demonym);
  if (!b) return [];
  const andAt = tokens[b.m.ts - 1]?.text === "the" ? b.m.ts - 2 : b.m.ts - 1;
  if (tokens[andAt]?.text !== "and") return [];
  const a = ms.find((x) => x.m.te === andAt && isStateParty(x.e) && !x.m.demonym);
  if (!a || a.e === b.e) return [];
  let of = tokens[a.m.ts - 1]?.text === "the" ? a.m.ts - 2 : a.m.ts - 1;
  if (tokens[of]?.text !== "of") return [];
  // "heads of state of": past "of state".
  if (/^(state|government)$/i.test(tokens[of - 1]?.text ?? "") && tokens[of - 2]?.text === "of") of -= 2;
  if (!LEADER_POSTS.test(tokens[of - 1]?.text ?? "") || !/^the$/i.test(tokens[of - 2]?.text ?? "")) return [];
  return [a.e, b.e];
}

/**
 * "The two leaders met in Busan" (the two heads of state the sentences around name),
 * "the heads of state of X and Y met in Z" (the two states, and their heads of state the document
 * names): a leaders' meeting described, not named, as the subject of "met". Placed at an event the
 * text already holds there, else the leaders' own meeting.
 */
function describedLeadersMet(ctx: RuleContext, i: number, ms: Seen[], note: Note): void {
  const { tokens } = ctx;
  const sentence = tokens[i]!.sentence;
  const states = describedStates(ctx, i, ms);
  const headOf = (state: LocalEntity) => {
    const code = state.attributes.code;
    const heads = ctx.resolution.entities.filter(
      (e) => e.type === "Person" && code && e.nationality === code && isHeadOfState(e),
    );
    return heads.length === 1 ? heads[0] : undefined;
  };
  const people = states.length
    ? states.map(headOf).filter((e) => e !== undefined)
    : leadersSubject(ctx, i)
      ? leadersInContext(ctx, sentence)
      : [];
  if (states.length === 0 && people.length !== 2) return;
  if (people.length === 2 && people[0]!.nationality && people[0]!.nationality === people[1]!.nationality) return;
  const place = placeAfter(ctx, i, 4);
  const placed = place && (place.e.type === "Place" || (place.e.type === "Country" && !place.m.demonym));
  const recalled = isRecalled(tokens, i);
  // An undated, unplaced "the two leaders met" is a meeting in general; so are meetings counted
  // ("met twice last year", "have met several times").
  if (!placed && (recalled || dateNear(ctx, sentence, i) === undefined)) return;
  for (let k = i + 1; k <= i + 4 && tokens[k]?.sentence === sentence; k++)
    if (/^(twice|thrice|times|regularly|often|repeatedly|frequently|several)$/i.test(tokens[k]!.text)) return;
  const meeting =
    (placed ? eventsAt(ctx).get(place.e.name) : undefined) ??
    (people.length === 2
      ? leadersMeeting(ctx, people[0]!, people[1]!, i, "meeting")
      : ensureEntity(
          ctx,
          "Meeting",
          `${partyLabel(states[0]!)}-${partyLabel(states[1]!)} leaders' meeting${placed ? ` in ${place.e.name}` : ""}`,
          pairMeetingKey(states[0]!.name, states[1]!.name),
          { ts: i, te: i + 1 },
          "meeting-leaders-described",
        ));
  const date = dateNear(ctx, sentence, i);
  if (date && !meeting.attributes.date) meeting.attributes.date = date;
  if (placed) {
    if (!eventsAt(ctx).has(place.e.name)) eventsAt(ctx).set(place.e.name, meeting);
    meeting.attributes.place ??= place.e.name;
    emitRelation(ctx, meeting, "HELD_IN", place.e, sentence, "meeting-leaders-described");
  }
  note({ meeting, sentence, kind: "leaders", background: recalled, token: i });
  for (const p of [...states, ...people])
    emitRelation(ctx, p, "PARTICIPATED_IN", meeting, sentence, "meeting-leaders-described");
  if (people.length === 2)
    emitRelation(ctx, people[0]!, "MET_WITH", people[1]!, sentence, "meeting-leaders-described", {
      meeting: meeting.name,
    });
}

/**
 * "In Nairobi, X met Y", "At the State House in Abuja, X received Y": the place (a city, a venue,
 * a country named, not a demonym) a sentence opens with, set off by a comma before `before`.
 */
function frontedPlace(ctx: RuleContext, sentence: number, ms: Seen[], before: number): Seen | null {
  const { tokens } = ctx;
  const start = ctx.sentences[sentence]!.tokenStart;
  if (!/^(In|At)$/.test(tokens[start]?.text ?? "")) return null;
  const opening = ms.filter(
    (x) =>
      (x.e.type === "Place" || (x.e.type === "Country" && !x.m.demonym)) &&
      x.m.ts >= start + 1 &&
      x.m.te < before &&
      x.m.ts <= start + 8,
  );
  const last = opening.at(-1);
  // The comma then the subject, past its title only ("In Kenya, officials said X met Y" is not it).
  if (!last || tokens[last.m.te]?.text !== "," || !titleOnly(ctx, last.m.te + 1, before)) return null;
  // Only the place's words (and "the", "in", commas) between the preposition and the comma.
  for (let k = start + 1; k < last.m.te; k++)
    if (!opening.some((x) => x.m.ts <= k && x.m.te > k) && !/^(the|in|,)$/.test(tokens[k]!.text)) return null;
  return last;
}

/**
 * Whether the event named at `ts` is what the people came for: "for the (10th, annual) X", and,
 * when `group` (more than two people), "at the X" or "to attend the X".
 */
function purposeEvent(ctx: RuleContext, ts: number, group: boolean): boolean {
  const { tokens } = ctx;
  let k = ts - 1;
  // Past the article, an ordinal and the organisation's name ("for the 10th Quad Foreign Ministers' Meeting").
  while (
    k > ts - 6 &&
    /^(the|a|an|annual|inaugural|\d+(st|nd|rd|th)?|st|nd|rd|th|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest|[A-Z][\w-]*)$/.test(
      tokens[k]?.text ?? "",
    )
  )
    k--;
  const w = tokens[k]?.text.toLowerCase() ?? "";
  return w === "for" || (group && (w === "at" || w === "attend"));
}

/**
 * True when the event mention starting at `ts` follows "at", "during" or "on the sidelines / margins
 * of" (past "the"): the event a meeting later in the clause took place at.
 */
function eventFronted(ctx: RuleContext, ts: number): boolean {
  const { tokens } = ctx;
  const k = tokens[ts - 1]?.text === "the" ? ts - 2 : ts - 1;
  const w = tokens[k]?.text ?? "";
  return /^(at|during)$/i.test(w) || (w === "of" && /^(sidelines?|margins?)$/i.test(tokens[k - 1]?.text ?? ""));
}

/** Heads of a venue's name: "Lancaster House", "Akasaka Palace", "the Kennedy Center". */
const VENUE_HEAD =
  /\b(House|Palace|Hall|Center|Centre|Museum|Hotel|Office|Room|Garden|Gardens|Residence|Building|Villa|Lodge|Castle|Club|Resort|Guesthouse|Mansion|Estate|Pavilion|Auditorium|Complex)$/;

/** Whether a name is a building's or grounds' ("White House", "Kremlin", "Blue House"). */
function isVenueName(name: string): boolean {
  return VENUE_HEAD.test(name) || VENUES.includes(name) || /^(Kremlin|Downing Street)$/.test(name);
}

/** A place that is a building or grounds, not a settlement (a venue of an event held in a city). */
function isVenue(e: LocalEntity): boolean {
  return e.type === "Place" && (VENUE_HEAD.test(e.name) || VENUES.includes(e.name)) && !CAPITALS.has(e.name);
}

/**
 * "They met …", "He met …" at the start of a sentence (past "also", "later"): the people the
 * pronoun stands for, the subject of the sentence before (its opening person, and those
 * coordinated with it for "they"). Empty when the previous sentence opens with no person.
 */
function pronounSubjects(ctx: RuleContext, i: number): Seen[] {
  const { tokens } = ctx;
  const s = ctx.sentences[tokens[i]!.sentence]!;
  let k = i - 1;
  while (k > s.tokenStart && MET_GAP.test(tokens[k]!.text)) k--;
  const word = tokens[k]?.text ?? "";
  // "X said in Paris, where he met Y": the person of the clause the relative clause hangs on.
  if (/^(he|she)$/.test(word) && tokens[k - 1]?.text === "where") {
    const before = mentionsIn(ctx, s.i).filter((x) => x.e.type === "Person" && x.m.te < k - 1);
    return before.length ? [before.at(-1)!] : [];
  }
  if (k !== s.tokenStart || !/^(They|He|She)$/.test(word) || s.i === 0) return [];
  const prev = mentionsIn(ctx, s.i - 1).filter((x) => x.e.type === "Person");
  const ps = ctx.sentences[s.i - 1]!;
  const first = prev[0];
  // "Nvidia's chief executive, X, has spent months lobbying. He reportedly met Y": the one
  // person the sentence before names.
  if (first && word !== "They" && prev.every((x) => x.e === first.e)) return [first];
  if (!first || first.m.ts > ps.tokenStart + 3) return [];
  const out: Seen[] = [first];
  if (word === "They")
    for (const x of prev.slice(1)) {
      if (capitalsOnly(ctx, out.at(-1)!.m.te, x.m.ts)) out.push(x);
      else break;
    }
  // "They" is two or more people; "He"/"She" one.
  return (word === "They") === out.length > 1 ? out : [];
}

/**
 * True when the verb at `i` has "the (two) leaders" for subject ("The two leaders spoke by phone",
 * "Both leaders met again", "The leaders of the two largest economies spoke"): the clause opens
 * the sentence and names no one.
 */
function leadersSubject(ctx: RuleContext, i: number): boolean {
  const { tokens } = ctx;
  const s = ctx.sentences[tokens[i]!.sentence]!;
  if (i - s.tokenStart > 14) return false;
  const a = tokens[s.tokenStart]?.text ?? "";
  const b = tokens[s.tokenStart + 1]?.text ?? "";
  const c = tokens[s.tokenStart + 2]?.text ?? "";
  const at =
    /^(The|Both)$/.test(a) && /^leaders$/.test(b)
      ? s.tokenStart + 2
      : /^The$/.test(a) && /^(two|both)$/.test(b) && /^leaders$/.test(c)
        ? s.tokenStart + 3
        : -1;
  if (at < 0) return false;
  // "The leaders of the world's two largest economies": past an "of" phrase with no verb.
  for (let k = at; k < i; k++) if (SUBJECT_BREAK.test(tokens[k]!.text) || tokens[k]!.pos === "VERB") return false;
  return true;
}

/** People nouns "the two …" stands for ("the two officials", "the two ministers"). */
const TWO_OF = /^(officials|ministers|negotiators|envoys|men|women|secretaries|diplomats|counterparts)$/i;

/** True when "the two officials" (or ministers, negotiators…) stands just before the verb at `i`. */
function twoOfSubject(ctx: RuleContext, i: number): boolean {
  const { tokens } = ctx;
  return (
    /^the$/i.test(tokens[i - 3]?.text ?? "") &&
    /^two$/i.test(tokens[i - 2]?.text ?? "") &&
    TWO_OF.test(tokens[i - 1]?.text ?? "")
  );
}

/** The two people the sentence before `sentence` coordinates ("X and US Commerce Secretary Y"), if one pair. */
function priorPair(ctx: RuleContext, sentence: number): LocalEntity[] {
  if (sentence < 1) return [];
  const people = mentionsIn(ctx, sentence - 1).filter((x) => x.e.type === "Person");
  const pairs: LocalEntity[][] = [];
  for (let k = 0; k + 1 < people.length; k++) {
    const [x, y] = [people[k]!, people[k + 1]!];
    if (x.e !== y.e && ctx.tokens[x.m.te]?.text === "and" && capitalsOnly(ctx, x.m.te, y.m.titleStart ?? y.m.ts))
      pairs.push([x.e, y.e]);
  }
  return pairs.length === 1 ? pairs[0]! : [];
}

/** Nouns and adjectives of a call made by telephone or video link. */
const PHONE = /^(phone|telephone|video|videoconference|telephonic|virtual)$/i;

/** Adverbs a speech verb may take before its "with" ("spoke at length with", "talked briefly with"). */
const SPEECH_ADVERB =
  /^(briefly|again|directly|separately|privately|extensively|personally|also|later|earlier|twice|warmly)$/i;

/** The token of "with" after the speech verb at `i`, past "at length" and an adverb or two; -1 when none. */
function speechWith(tokens: readonly Token[], i: number): number {
  let k = i + 1;
  if (tokens[k]?.text === "at" && tokens[k + 1]?.text === "length") k += 2;
  while (k <= i + 3 && SPEECH_ADVERB.test(tokens[k]?.text ?? "")) k++;
  return tokens[k]?.text === "with" && tokens[k]!.sentence === tokens[i]!.sentence ? k : -1;
}

/**
 * "A and B spoke by phone on Friday", "A spoke with B by telephone", "A held a video call with B",
 * "A phoned B": a call between two people, the same call as "the A-B phone call".
 */
function findCallVerb(ctx: RuleContext, i: number, ms: Seen[], note: Note): void {
  const { tokens } = ctx;
  const sentence = tokens[i]!.sentence;
  const w = tokens[i]!.text.toLowerCase();
  // "X spoke at length with Y": the "with" past the adverbial.
  const withNext = speechWith(tokens, i);
  // "X called President Y on Tuesday": a person right after "called" (past a title), on a date
  // the text gives; not "called for", "called on", "called it".
  const called =
    w === "called" &&
    dateNear(ctx, sentence, i) !== undefined &&
    ms.some((x) => x.e.type === "Person" && x.m.ts > i && titleOnly(ctx, i + 1, x.m.ts) && x.m.ts - i <= 6);
  // "X spoke with Y on Tuesday": two officials who talked, on a date, done (not "will speak").
  const talkedWith =
    /^(spoke|talked)$/.test(w) &&
    withNext > 0 &&
    dateNear(ctx, sentence, i) !== undefined &&
    !isRecalled(tokens, i) &&
    !NOT_YET.test(ctx.sentences[sentence]!.text) &&
    // In a place, they met in person: no call.
    !placeAfter(ctx, i, 12);
  if (w === "called" && !called) return;
  // "Prime Minister X is expected to speak with President Y": two heads of state of two countries
  // who speak with each other, somewhere no place names, hold a call (planned ones count).
  // "spoke with Y by phone": the telephone makes the call below, whoever the two are.
  let phoneNear = false;
  for (let k = i + 1; k <= i + 12 && tokens[k]?.sentence === sentence && !phoneNear; k++) {
    if (SUBJECT_BREAK.test(tokens[k]!.text)) break;
    phoneNear = PHONE.test(tokens[k]!.text);
  }
  if (/^(speak|speaks|spoke|spoken|talk|talked)$/.test(w) && withNext > 0 && !talkedWith && !phoneNear) {
    const from = Math.max(ctx.sentences[sentence]!.tokenStart, i - 4);
    for (let k = from; k < i; k++) if (MEET_DENIED.test(tokens[k]!.text)) return;
    if (placeAfter(ctx, i, 12)) return;
    const { subjects, objects } = clausePeople(ctx, i, ms, withNext + 1);
    // "X said he would speak with Y": the person the pronoun stands for.
    const a = (subjects.at(-1) ?? (objects.length ? pronounVisitor(ctx, i, ms) : undefined))?.e;
    const b = objects[0]?.e;
    if (
      subjects.length === 1 &&
      objects.length === 1 &&
      a &&
      b &&
      a !== b &&
      isHeadOfState(a) &&
      isHeadOfState(b) &&
      !(a.nationality && a.nationality === b.nationality)
    )
      // No telephone written: "the X-Y call".
      fileCall(ctx, a, b, sentence, i, note, { background: isRecalled(tokens, i), token: i }, "call");
    return;
  }
  const direct = called || talkedWith || /^(phoned|telephoned|rang|phones|telephones)$/.test(w);
  if (!direct) {
    let phone = false;
    for (let k = i + 1; k <= i + 8 && tokens[k]?.sentence === sentence && !phone; k++) {
      if (SUBJECT_BREAK.test(tokens[k]!.text)) break;
      phone = PHONE.test(tokens[k]!.text);
    }
    // "Trump and Xi will speak on Friday": two leaders speaking on a day is their call.
    const next = tokens[i + 1]?.text ?? "";
    const day =
      /^(speak|spoke|speaks|talked)$/.test(w) &&
      (WEEKDAY.test(next) ||
        /^(later|again|tomorrow|tonight)$/.test(next) ||
        (next === "on" && (WEEKDAY.test(tokens[i + 2]?.text ?? "") || MONTH.test(tokens[i + 2]?.text ?? ""))));
    if (!phone && !day) return;
    if (!phone) {
      if (leadersSubject(ctx, i)) return;
      const { subjects } = clausePeople(ctx, i, ms, tokens.length);
      if (subjects.length !== 2 || !subjects.some((x) => isHeadOfState(x.e)) || !subjects.every((x) => x.e.titles.size))
        return;
    }
  }
  let withAt = direct && !talkedWith ? i : -1;
  // "X spoke to Y by phone": the person spoken to, as after "with" (the telephone written).
  // "X, speaking by phone to Y", "X spoke over the phone to Y": the telephone between.
  if (withAt < 0 && phoneNear && /^(spoke|speaks|speak|speaking|talked|talks|talking)$/.test(w)) {
    let k = i + 1;
    while (k <= i + 4 && /^(by|over|the|phone|telephone)$/i.test(tokens[k]?.text ?? "")) k++;
    if (tokens[k]?.text === "to") withAt = k;
  }
  // The one spoken to stands right after "to" (a possessive, a title, "counterpart" between), not
  // past a comma ("speaking by phone to reporters, said Y …").
  const spokenTo = withAt >= 0 && tokens[withAt]!.text === "to";
  for (let k = i + 1; k <= i + 8 && withAt < 0 && tokens[k]?.sentence === sentence; k++)
    if (tokens[k]!.text === "with") withAt = k;
  const { subjects, objects } = clausePeople(ctx, i, ms, withAt < 0 ? tokens.length : withAt + 1);
  if (spokenTo) {
    const to = objects[0]?.m.ts ?? -1;
    if (to < 0 || to - withAt > 7 || /(^|\s)(,|;|said|says)(\s|$)/.test(wordsBetween(ctx, withAt + 1, to))) return;
  }
  // "X spoke with his finance minister Y": one's own official, no call between two sides (a
  // counterpart is the other side's).
  if (withAt >= 0 && /^(his|her|their)$/i.test(tokens[withAt + 1]?.text ?? "")) {
    const to = objects[0]?.m.ts ?? withAt + 2;
    let counterpart = false;
    for (let k = withAt + 2; k < to && !counterpart; k++) counterpart = /^counterparts?$/i.test(tokens[k]!.text);
    if (!counterpart) return;
  }
  // "X said he spoke with Y on Tuesday": the person the pronoun stands for.
  const pronoun = !subjects.length && objects.length === 1 && talkedWith ? pronounVisitor(ctx, i, ms) : undefined;
  let people = [...(pronoun ? [pronoun] : []), ...subjects, ...objects]
    .map((x) => x.e)
    .filter((e, k, list) => list.indexOf(e) === k);
  // "The two leaders spoke by telephone": the two heads of state the sentences before name.
  if (people.length === 0 && leadersSubject(ctx, i)) people = leadersInContext(ctx, sentence);
  // Round 17: "the two officials talked over the phone": the pair the sentence before coordinates.
  if (people.length === 0 && twoOfSubject(ctx, i)) people = priorPair(ctx, sentence);
  if (people.length !== 2 || (people[0]!.nationality && people[0]!.nationality === people[1]!.nationality)) return;
  const [a, b] = people as [LocalEntity, LocalEntity];
  fileCall(ctx, a, b, sentence, i, note, { background: isRecalled(tokens, i), token: i });
}

/** Verbs by which their subject took part in the event they govern. */
const ATTEND =
  /^(hold|holds|held|holding|attend|attends|attended|attending|join|joins|joined|joining|address|addresses|addressed|addressing|host|hosts|hosted|hosting|chair|chairs|chaired|chairing|open|opens|opened|opening|lead|leads|led|leading|represent|represents|represented|representing|participate|participates|participated|participating|part|arrive|arrives|arrived|arriving)$/i;
/** Words before a participation verb that deny it ("did not attend", "skipped"). */
const DENIED =
  /^(not|n't|never|no|declined|refused|decline|refuse|skip|skipped|skipping|boycott|boycotted|miss|missed|without)$/i;

/** Fronted participles whose "by" names the event's people ("Hosted by X, the forum …"). */
const FRONTED_AGENT = /^(Chaired|Co-chaired|Hosted|Co-hosted|Opened|Attended|Led|Convened)$/;

/**
 * "X attended the summit", "X and Y will attend the meeting", "X, the host, opened the summit",
 * "X took part in the talks", "the ceremony, attended by X and Y": the people and states of the
 * clause that the verb puts at the event noun `f.token`.
 */
function attendance(ctx: RuleContext, f: Found): void {
  const { tokens } = ctx;
  const i = f.token;
  if (i === undefined || f.background) return;
  const sentence = f.sentence;
  const ms = mentionsIn(ctx, sentence);
  const s = ctx.sentences[sentence]!;
  const taker = (x: Seen) =>
    x.e !== f.meeting &&
    (x.e.type === "Person" ||
      (x.e.type === "Country" && !x.m.demonym) ||
      x.e.type === "Organization" ||
      x.e.type === "Agency");
  const out: Seen[] = [];
  let role: string | undefined;
  // The verb just before the noun (a determiner, an adjective or "in"/"at"/"for" between).
  for (let k = i - 1; k >= Math.max(s.tokenStart, i - 8); k--) {
    const w = tokens[k]!.text;
    // A person or state before the noun is its subject's place: the verb is not further back; but
    // "led the U.S. delegation at the talks" names a side inside the object.
    const inside = ms.find((x) => x.m.ts <= k && x.m.te > k && (x.e.type === "Person" || x.e.type === "Country"));
    const sideNoun = inside && /^(delegation|team|side|negotiators|officials)$/i.test(tokens[inside.m.te]?.text ?? "");
    if (SUBJECT_BREAK.test(w) || (inside && !sideNoun)) break;
    if (!ATTEND.test(w)) continue;
    if (/^part$/i.test(w) && !/^(take|takes|took|taking)$/i.test(tokens[k - 1]?.text ?? "")) break;
    let denied = false;
    for (let j = Math.max(s.tokenStart, k - 3); j < k; j++) denied ||= DENIED.test(tokens[j]!.text);
    if (denied) break;
    role = /^(host|hosts|hosted|hosting)$/i.test(w)
      ? "host"
      : /^(chair|chairs|chaired|chairing)$/i.test(w)
        ? "chair"
        : /^(lead|leads|led|leading)$/i.test(w)
          ? "lead"
          : undefined;
    // Its subjects: the parties before it in the clause, coordinated.
    const { subjects } = clausePeople(ctx, k, ms, s.tokenEnd);
    // Or states and blocs coordinated just before it ("the leaders of Japan, Korea and China will hold").
    const near: Seen[] = [];
    for (let n = ms.length - 1; n >= 0; n--) {
      const x = ms[n]!;
      if (x.m.te > k || !taker(x) || x.e.type === "Person") continue;
      // A state after a preposition is a place or an object, not the verb's subject ("X, who is in
      // the US to attend the summit").
      const before = tokens[x.m.ts - 1]?.text === "the" ? x.m.ts - 2 : x.m.ts - 1;
      if (/^(in|to|from|at|with|of|for|by|into|on)$/i.test(tokens[before]?.text ?? "")) break;
      const to = near[0] ? near[0].m.ts : k;
      const gap = wordsBetween(ctx, x.m.te, to);
      if (near.length === 0 ? !/^((will|would|to|also|jointly|,) ?)*$/.test(gap) : !/^(,|and|, and)$/.test(gap)) break;
      near.unshift(x);
    }
    // "X, who is in Y to attend the summit": the person the relative clause hangs on.
    if (!subjects.length && !near.length) {
      let who = k - 1;
      while (who > s.tokenStart && !SUBJECT_BREAK.test(tokens[who]!.text)) who--;
      const owner =
        tokens[who]?.text === "who" && tokens[who - 1]?.text === ","
          ? ms.find((x) => x.e.type === "Person" && x.m.te === who - 1)
          : undefined;
      if (owner && k - who <= 10) out.push(owner);
      else if (!owner) {
        const referent = pronounAttendee(ctx, k, ms);
        if (referent) out.push(referent);
      }
    }
    out.push(...subjects, ...(subjects.length ? [] : near));
    break;
  }
  // "…, attended by X, Y and Z", "hosted by X".
  let by: number | undefined;
  for (let k = i + 1; k < Math.min(s.tokenEnd, i + 11) && by === undefined; k++) {
    if (SUBJECT_BREAK.test(tokens[k]!.text) || OTHER_EVENT.test(tokens[k]!.text)) break;
    if (tokens[k]!.text === "by" && /^(attended|hosted|chaired|opened|led|joined)$/i.test(tokens[k - 1]?.text ?? ""))
      by = k;
  }
  // "X was joined at the ceremony by A and B": the passive's agents after the noun.
  if (by === undefined && tokens[i + 1]?.text === "by") {
    for (let k = i - 1; k >= Math.max(s.tokenStart + 1, i - 4); k--)
      if (
        /^(attended|hosted|chaired|joined)$/i.test(tokens[k]!.text) &&
        /^(was|were|is|are|been|be)$/i.test(tokens[k - 1]!.text)
      ) {
        by = i + 1;
        break;
      }
  }
  if (by !== undefined) {
    let last: Seen | undefined;
    for (const x of ms) {
      if (x.m.ts <= by || !taker(x)) continue;
      if (
        last
          ? !capitalsOnly(ctx, last.m.te, x.m.titleStart ?? x.m.ts) && !capitalsOnly(ctx, last.m.te, x.m.ts)
          : x.m.ts - by > 6
      )
        break;
      // A person's title brings its country mention along ("Japanese Prime Minister X").
      if (
        x.e.type !== "Person" &&
        ms.some(
          (y) =>
            y.e.type === "Person" &&
            y.m.ts > x.m.te &&
            (y.m.ts - x.m.te <= 4 || (y.m.titleStart !== undefined && y.m.titleStart - x.m.te <= 2)),
        )
      )
        continue;
      out.push(x);
      last = x;
    }
  }
  // "Chaired by President X, the gathering …": a fronted passive participle whose agents took part
  // in the event that is its clause's subject (round 21b).
  const lead = s.tokenStart;
  if (FRONTED_AGENT.test(tokens[lead]!.text) && tokens[lead + 1]?.text === "by") {
    let comma = i - 1;
    while (comma > lead + 1 && comma >= i - 3 && tokens[comma]!.text !== ",") comma--;
    if (tokens[comma]?.text === "," && comma < i && comma > lead + 2)
      for (const x of ms)
        if (x.m.ts > lead + 1 && x.m.te <= comma && x.e.type === "Person" && taker(x) && !out.includes(x)) out.push(x);
  }
  // "X told reporters after the meeting", "X said at the summit", "After the talks, X said": a
  // person speaking from the event (not one who speaks of it: "X said the talks were …").
  // The preposition may stand before the event's name too ("at the Mining Indaba conference").
  let from = -1;
  for (let k = i - 1; k >= Math.max(s.tokenStart, i - 6) && from < 0; k--) {
    const w = tokens[k]!.text;
    if (/^(after|following|at|during)$/i.test(w)) from = k;
    // "Addressing the X forum, Y said …": a fronted participle of attendance.
    else if (k === s.tokenStart && /^(Addressing|Attending|Hosting|Opening|Chairing)$/.test(w)) from = k;
    else if (w === "," || SUBJECT_BREAK.test(w)) break;
  }
  if (from >= 0 && out.length === 0) {
    const before = wordsBetween(ctx, Math.max(s.tokenStart, from - 3), from);
    if (/\b(said|says|told|tells)( (reporters|journalists|the press|attendees|delegates))?$/.test(before)) {
      let k = from - 1;
      while (k > s.tokenStart && !/^(said|says|told|tells)$/i.test(tokens[k]!.text)) k--;
      const speaker = ms.filter((x) => x.e.type === "Person" && x.m.te <= k && k - x.m.te <= 1).at(-1);
      if (speaker) out.push(speaker);
    } else if (
      from === s.tokenStart ||
      // "But after the talks, …"; "Speaking at the forum, X said …".
      (from === s.tokenStart + 1 && /^(but|and|speaking|addressing|talking)$/i.test(tokens[s.tokenStart]!.text))
    ) {
      // "After the talks, X told reporters …", "Following a meeting of the Quad in Washington, X
      // said …": the subject after the phrase's comma, with a reporting verb.
      let comma = -1;
      for (let k = i + 1; k < Math.min(s.tokenEnd, i + 12) && comma < 0; k++) {
        if (tokens[k]!.text === ",") comma = k + 1;
        else if (SUBJECT_BREAK.test(tokens[k]!.text)) break;
      }
      const speaker =
        comma > 0 ? ms.find((x) => x.e.type === "Person" && x.m.ts >= comma && x.m.ts <= comma + 5) : undefined;
      if (speaker && /^(said|says|told|tells|added)$/i.test(tokens[speaker.m.te]?.text ?? "")) out.push(speaker);
    }
  }
  for (const x of out.slice(0, MAX_PARTICIPANTS_PER_SENTENCE))
    emitRelation(ctx, x.e, "PARTICIPATED_IN", f.meeting, sentence, "meeting-attendance", role ? { role } : {});
}

/** Whether a meeting's stored date ("2025-07-03", "July 3", "July 2025") falls in month `m` (0-based). */
function sameMonth(date: string, m: number): boolean {
  const iso = /^\d{4}-(\d{2})/.exec(date);
  if (iso) return Number(iso[1]) === m + 1;
  return date.includes(MONTH_NAMES[m]!);
}

/** Event nouns a later sentence refers back with ("the talks", "the meeting", "the call"). */
const BACK_REFERENCE =
  /^(talks|negotiations|discussions|meeting|summit|call|visit|trip|conference|forum|ceremony|dialogue|gathering)$/i;
const REFERENCE_KINDS: Record<string, Found["kind"][]> = {
  talks: ["talks", "leaders"],
  negotiations: ["talks"],
  discussions: ["talks", "leaders"],
  dialogue: ["talks"],
  meeting: ["leaders", "talks", "summit"],
  summit: ["summit", "leaders"],
  conference: ["summit"],
  forum: ["summit"],
  ceremony: ["summit"],
  gathering: ["summit"],
  call: ["call"],
  visit: ["visit"],
  trip: ["visit", "tour"],
};

/**
 * "The talks ended …", "the two-day meeting", "during the call": a definite event noun in a
 * sentence that names no event refers to the document's one event of that kind (its main one
 * when it reports several).
 */
function backReferences(ctx: RuleContext, index: MeetingIndex, note: Note): void {
  const { tokens } = ctx;
  const kinds = new Map<Found["kind"], LocalEntity[]>();
  // The sentence each event is first named in: "the meeting" refers back, never to an event the
  // text names only later ("X briefed Y. X spoke after the meeting. Y will meet Z on Friday.").
  const firstNamed = new Map<LocalEntity, number>();
  for (const f of index.found) {
    const list = kinds.get(f.kind) ?? [];
    if (!list.includes(f.meeting)) list.push(f.meeting);
    kinds.set(f.kind, list);
    firstNamed.set(f.meeting, Math.min(firstNamed.get(f.meeting) ?? f.sentence, f.sentence));
  }
  let sentenceAt = 0;
  const pick = (noun: string): { meeting: LocalEntity; kind: Found["kind"] } | undefined => {
    for (const kind of REFERENCE_KINDS[noun] ?? []) {
      const list = (kinds.get(kind) ?? []).filter((m) => (firstNamed.get(m) ?? 0) < sentenceAt);
      const main = list.filter((m) => index.main.includes(m));
      // "the meeting" among a meeting and a summit: the one called so.
      const word = new RegExp(`\\b${noun}\\b`, "i");
      const called = list.filter((m) => word.test(m.name));
      const one =
        list.length === 1 ? list[0] : main.length === 1 ? main[0] : called.length === 1 ? called[0] : undefined;
      if (one) return { meeting: one, kind };
      if (list.length > 1) return undefined;
    }
    // "X and Y held their first talks on Monday … the telephone call was very good": the one
    // leaders' meeting no place is given for was the call, and is named as one too.
    if (noun === "call" && !kinds.get("call")?.length) {
      const leaders = (kinds.get("leaders") ?? []).filter((m) => !m.attributes.place);
      if (leaders.length === 1 && (kinds.get("leaders") ?? []).length === 1) {
        const meeting = leaders[0]!;
        const pair = / (meeting|talks|summit)$/.exec(meeting.name) ? meeting.name.replace(/ \w+$/, "") : undefined;
        if (pair) {
          // Named a call, not a meeting: another document's meeting of the pair is another event.
          meeting.aliases.add(`${pair} phone call`);
          for (const alias of meeting.aliases) if (/ meeting\b/.test(alias)) meeting.aliases.delete(alias);
          meeting.name = `${pair} call`;
        }
        // A call across documents: never the same leaders' meeting in person.
        const key = meeting.attributes.mergeKey;
        if (key?.startsWith("leaders@")) rekeyEntity(ctx, meeting, key.replace(/^leaders@/, "call@"));
        return { meeting, kind: "leaders" };
      }
    }
    return undefined;
  };
  for (const s of ctx.sentences) {
    if (index.bySentence.has(s.i)) continue;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const t = tokens[i]!;
      if (!BACK_REFERENCE.test(t.text) || t.text !== t.text.toLowerCase()) continue;
      // A definite noun phrase: "the talks", "the two-day meeting", "Monday's summit", "this week's call".
      let k = i - 1;
      while (
        k > i - 4 &&
        k >= s.tokenStart &&
        (/^[a-z][a-z-]*$|^\d/.test(tokens[k]!.text) || CALENDAR_NAMES.has(tokens[k]!.text)) &&
        !/^(the|this|that|their|its|a|an)$/i.test(tokens[k]!.text)
      )
        k--;
      const det = tokens[k]?.text ?? "";
      if (!/^(the|this|that|their|these)$/i.test(det) && !/['’]s?$/.test(det)) continue;
      if (t.pos === "VERB") continue;
      sentenceAt = s.i;
      const target = pick(t.text);
      if (!target) continue;
      // "the July summit" is not the document's summit dated in another month.
      const month = tokens
        .slice(k + 1, i)
        .map((x) => MONTH_NAMES.indexOf(x.text))
        .find((m) => m >= 0);
      const first = target.meeting.mentions[0];
      const dated = target.meeting.attributes.date ?? (first ? dateNear(ctx, first.sentence) : undefined);
      if (month !== undefined && dated && !sameMonth(dated, month)) continue;
      // "X said the talks were unlikely to …": X speaks of the talks, is not placed at them.
      note({ meeting: target.meeting, sentence: s.i, kind: target.kind, token: i, background: spokenOf(ctx, k) });
      referredNoun(target.meeting, t.text);
      break;
    }
    // "Trade Representative X also attended.", "X was in attendance.": the event the sentence
    // before names last, else the document's main event.
    if (index.bySentence.has(s.i)) continue;
    const main = index.primary ?? (index.main.length === 1 ? index.main[0] : undefined);
    for (let i = s.tokenStart + 1; i < s.tokenEnd; i++) {
      const w = tokens[i]!.text;
      const attended =
        /^(attended|attending)$/.test(w) ||
        (w === "attendance" && tokens[i - 1]?.text === "in" && /^(was|were)$/.test(tokens[i - 2]?.text ?? ""));
      if (!attended || !/^[.,;]$/.test(tokens[i + 1]?.text ?? "")) continue;
      const before = index.found
        .filter((f) => f.sentence === s.i - 1 && f.token !== undefined)
        .sort((a, b) => a.token! - b.token!)
        .at(-1)?.meeting;
      const event = before ?? main;
      if (!event) break;
      const verb = w === "attendance" ? i - 2 : i;
      const { subjects } = clausePeople(ctx, verb, mentionsIn(ctx, s.i), s.tokenEnd);
      for (const x of subjects) emitRelation(ctx, x.e, "PARTICIPATED_IN", event, s.i, "meeting-attendance");
    }
  }
}

/**
 * "Leaders … meeting in Luanda … The summit produced …": a placed event a later definite noun of
 * another kind refers back to goes by that noun too ("summit in Luanda", "Luanda summit").
 */
function referredNoun(meeting: LocalEntity, noun: string): void {
  const place = meeting.attributes.place;
  if (!place || new RegExp(`\\b${noun}\\b`, "i").test(meeting.name)) return;
  if (!/^(summit|conference|forum|talks|meeting)$/.test(noun)) return;
  meeting.aliases.add(`${noun} in ${place}`);
  meeting.aliases.add(`${place} ${noun}`);
}

/**
 * After every rule ran: the meetings named again by the states the later rules found as parties
 * ("EU-China talks" for talks in Kuala Lumpur whose sides a headline's "EU-China talks" gave).
 */
export function finishMeetings(ctx: RuleContext): void {
  // The entities by id, for the passes below (which add relations, no entity).
  const byId = entitiesById(ctx);
  visitPlaces(ctx, byId);
  // Invitations after every rule: the host may be known only as the guest's partner at a meeting
  // or call, and its state only from the post it holds.
  for (const i of INVITES.get(ctx) ?? []) findInvitedVisit(ctx, i, mentionsIn(ctx, ctx.tokens[i]!.sentence), byId);
  recalledPairMeeting(ctx, byId);
  journeyPlaces(ctx, byId);
  venueCities(ctx, byId);
  companions(ctx, byId);
  signingStates(ctx, byId);
  const parties = new Map<string, LocalEntity[]>();
  for (const r of ctx.relations) {
    if (r.predicate !== "PARTICIPATED_IN") continue;
    // Round 17: people too (validation 80/52 → 85/47 with the aliases above): the meeting's
    // delegates the later rules found name it as readers do ("Akazawa-Lutnick talks").
    const e = byId.get(r.source);
    if (!e || !(isStateParty(e) || e.type === "Person")) continue;
    const list = parties.get(r.target) ?? [];
    if (!list.includes(e)) list.push(e);
    parties.set(r.target, list);
  }
  for (const e of ctx.resolution.entities) if (e.type === "Meeting") addAliases(ctx, e, parties.get(e.id) ?? []);
  delegationVisits(ctx);
  crossSides(ctx, byId);
  leadNegotiators(ctx, byId);
  foldCountryVisits(ctx, byId);
  foldPairCeremonies(ctx, byId);
  foldStateSignings(ctx, byId, personSides(ctx, byId), INDEX.get(ctx)?.found ?? []);
  foldDashVariants(ctx);
  // Two leaders talk again and again (a call in June, a summit in October): the month of a call or
  // a leaders' meeting the text dates keeps the corpus merge from folding two such events into one.
  for (const e of ctx.resolution.entities) {
    if (e.type !== "Meeting" || !keyKindIs(e, "call", "leaders")) continue;
    const month = monthOf(e.attributes.date, ctx.doc.date);
    if (month) e.attributes.mergeMonth = month;
    // A meeting in Seoul and one in Washington of the same two leaders are two meetings, dated or not.
    const place = e.attributes.place;
    const country = place ? (COUNTRY_NAMES.get(place) ?? CITIES.get(place) ?? CAPITALS.get(place)) : undefined;
    if (country) e.attributes.mergeCountry = country;
  }
  dropUnanchoredTalks(ctx, byId);
  // Talks named by their city ("London trade talks") are one event across documents only between
  // the same sides: the states taking part keep two pairs' talks in one city apart in the merge.
  const talks = ctx.resolution.entities.filter((e) => e.type === "Meeting" && keyKindIs(e, "talks"));
  if (talks.length) {
    const sideOf = personSides(ctx, byId);
    const states = new Map<string, Set<string>>();
    for (const r of ctx.relations) {
      if (r.predicate !== "PARTICIPATED_IN") continue;
      const who = byId.get(r.source);
      const side = who && isStateParty(who) ? who.id : sideOf.get(r.source);
      const state = side ? byId.get(side)?.name : undefined;
      if (state) states.set(r.target, (states.get(r.target) ?? new Set()).add(state));
    }
    for (const e of talks) {
      const sides = [...(states.get(e.id) ?? [])].sort();
      if (sides.length) e.attributes.mergeSides = sides.join("+");
    }
  }
  dropBareTalks(ctx);
  summitNameOwners(ctx);
}

/**
 * "Trump says he'll visit China" in a headline, "agreed to visit Beijing in April" in the text: a
 * visit to a country by a person the document also sends to one of its cities is that visit, told
 * less exactly. The country's visit is dropped (its relations and mentions), its name kept as an
 * alias of the city's.
 */
function foldCountryVisits(ctx: RuleContext, byId: ReadonlyMap<string, LocalEntity>): void {
  const visits = ctx.resolution.entities.filter((e) => e.type === "Meeting" && keyKindIs(e, "visit"));
  if (visits.length < 2) return;
  const held = new Map<string, LocalEntity[]>();
  const visitors = new Map<string, Set<string>>();
  for (const r of ctx.relations) {
    const to = byId.get(r.target);
    if (r.predicate === "HELD_IN" && to) held.set(r.source, [...(held.get(r.source) ?? []), to]);
    else if (r.predicate === "PARTICIPATED_IN" && byId.get(r.source)?.type === "Person")
      visitors.set(r.target, (visitors.get(r.target) ?? new Set()).add(r.source));
  }
  const dropped = new Set<string>();
  for (const v of visits) {
    const places = held.get(v.id) ?? [];
    const code = places.find((e) => e.type === "Country")?.attributes.code;
    const who = visitors.get(v.id);
    if (!code || !who?.size || places.some((e) => e.type === "Place")) continue;
    const city = visits.find(
      (w) =>
        w !== v &&
        !dropped.has(w.id) &&
        (held.get(w.id) ?? []).some(
          (e) => e.type === "Place" && (CITIES.get(e.name) ?? CAPITALS.get(e.name)) === code,
        ) &&
        [...(visitors.get(w.id) ?? [])].some((x) => who.has(x)),
    );
    if (!city) continue;
    dropped.add(v.id);
    city.aliases.add(v.name);
    v.mentions.length = 0;
  }
  if (!dropped.size) return;
  keepRelations(ctx, (r) => !dropped.has(r.source) && !dropped.has(r.target));
}

/**
 * Round 17b: "X and Y signed a framework on Tuesday … said during the signing ceremony in Tokyo":
 * a ceremony whose people are the two of a pair's meeting the text reports is that meeting, under
 * its name; the ceremony's place, date, parties and names go to it.
 */
function foldPairCeremonies(ctx: RuleContext, byId: ReadonlyMap<string, LocalEntity>): void {
  const ceremonies = ctx.resolution.entities.filter(
    (e) =>
      e.type === "Meeting" &&
      /\b(signing|ceremony)\b/i.test(e.name) &&
      !keyKindIs(e, "leaders", "org", "visit", "call"),
  );
  if (!ceremonies.length) return;
  const people = new Map<string, Set<LocalEntity>>();
  for (const r of ctx.relations) {
    const who = byId.get(r.source);
    if (r.predicate === "PARTICIPATED_IN" && who?.type === "Person")
      people.set(r.target, (people.get(r.target) ?? new Set()).add(who));
  }
  for (const c of ceremonies) {
    const pair = [...(people.get(c.id) ?? [])];
    if (pair.length !== 2) continue;
    const key = `leaders@${pair
      .map((x) => surname(x))
      .sort()
      .join("+")}`;
    const meeting = ctx.resolution.entities.find(
      (e) => e !== c && e.type === "Meeting" && e.attributes.mergeKey === key,
    );
    if (!meeting) continue;
    if (c.attributes.place) meeting.attributes.place ??= c.attributes.place;
    if (c.attributes.date) meeting.attributes.date ??= c.attributes.date;
    // Names, mentions (with their entityOf and the sentences' cached pairs) and relations move as
    // every other fold moves them.
    absorbEntity(ctx, meeting, c);
  }
}

/**
 * The state each person of the document stands for, once every rule ran: the nationality written
 * with the name, else the one state (or a body of one state) the person holds a post in or
 * represents. A person with no state, or with two, has none here.
 */
function personSides(ctx: RuleContext, byId: ReadonlyMap<string, LocalEntity>): Map<string, string> {
  const found = new Map<string, Set<string>>();
  const add = (person: string, state: string | undefined) => {
    if (!state) return;
    const set = found.get(person) ?? new Set();
    found.set(person, set.add(state));
  };
  for (const r of ctx.relations) {
    if (r.predicate !== "HOLDS_POSITION" && r.predicate !== "REPRESENTS") continue;
    if (byId.get(r.source)?.type !== "Person") continue;
    const t = byId.get(r.target);
    if (!t) continue;
    if (isStateParty(t)) add(r.source, t.id);
    else if (t.type === "Agency" && t.attributes.country) add(r.source, countryEntity(ctx, t.attributes.country)?.id);
  }
  const sides = new Map<string, string>();
  for (const e of ctx.resolution.entities) {
    if (e.type !== "Person") continue;
    const own = e.nationality ? countryEntity(ctx, e.nationality)?.id : undefined;
    const held = found.get(e.id);
    if (own) sides.set(e.id, own);
    else if (held?.size === 1) sides.set(e.id, [...held][0]!);
  }
  return sides;
}

/**
 * Who met whom, read again once every rule has found the people's states: two people of one state
 * at a meeting with another state's people did not meet each other there ("X and Y will meet in
 * Geneva with a delegation led by Z": X and Y are one side's negotiators).
 */
function crossSides(ctx: RuleContext, byId: ReadonlyMap<string, LocalEntity>): void {
  const sides = personSides(ctx, byId);
  // Meeting id → its people, and the states its people (or its state parties) stand for.
  const people = new Map<string, Set<string>>();
  const states = new Map<string, Set<string>>();
  for (const r of ctx.relations) {
    if (r.predicate !== "PARTICIPATED_IN") continue;
    const who = byId.get(r.source);
    const meeting = byId.get(r.target);
    if (!who || meeting?.type !== "Meeting") continue;
    const side = who.type === "Person" ? sides.get(who.id) : isStateParty(who) ? who.id : undefined;
    if (side) states.set(meeting.id, (states.get(meeting.id) ?? new Set()).add(side));
    if (who.type === "Person") people.set(meeting.id, (people.get(meeting.id) ?? new Set()).add(who.id));
  }
  // Two people of one side at a meeting with another side: its delegates, not a pair that met.
  const together = (a: string, b: string) =>
    [...people].some(([id, set]) => (states.get(id)?.size ?? 0) >= 2 && set.has(a) && set.has(b));
  keepRelations(ctx, (r) => {
    // A call is between people: the states of its two callers are no parties to it.
    if (r.predicate === "PARTICIPATED_IN") {
      const who = byId.get(r.source);
      // Not a call the states' unnamed people held (round 16): its states are its parties.
      const call = byId.get(r.target);
      return !(who && isStateParty(who) && keyKindIs(call, "call") && !(call && STATES_CALLS.has(call)));
    }
    if (r.predicate !== "MET_WITH") return true;
    const a = sides.get(r.source);
    return !a || a !== sides.get(r.target) || !together(r.source, r.target);
  });
}

/** Rules that put a person at a meeting as someone's company, a delegation's member or one also present. */
const COMPANY_RULES: ReadonlySet<string> = new Set([
  "talks-companions",
  "meeting-companions",
  "delegation-members",
  "meeting-presence",
]);

/** The most people one side of talks may name for them to be its lead negotiators, not a delegation's list. */
const MAX_LEADS_PER_SIDE = 2;

/**
 * Talks between two sides whose people the text names, one or two a side ("Vice Premier
 * A met Treasury Secretary B and Trade Representative C in Geneva"): each side's named people
 * negotiated with the other's (the gold's "lead negotiators"), whichever sentences named them
 * taking part. Only talks (not a leaders' meeting, a call or a visit), only people with a state,
 * and not when either side names more people (a delegation's list is no pair of negotiators).
 */
function leadNegotiators(ctx: RuleContext, byId: ReadonlyMap<string, LocalEntity>): void {
  const talks = new Set(
    ctx.resolution.entities.filter((e) => e.type === "Meeting" && keyKindIs(e, "talks")).map((e) => e.id),
  );
  if (!talks.size) return;
  const sides = personSides(ctx, byId);
  // Talks id → side → its people, with the sentence of the first evidence.
  const bySide = new Map<string, Map<string, Map<LocalEntity, number>>>();
  for (const r of ctx.relations) {
    if (r.predicate !== "PARTICIPATED_IN" || !talks.has(r.target)) continue;
    const who = byId.get(r.source);
    const side = who?.type === "Person" ? sides.get(who.id) : undefined;
    if (!who || !side) continue;
    // A person the text has joining another ("X was joined by Y", "a delegation including Y") is
    // that side's company at the talks, not its lead.
    const principal = r.evidence.find((ev) => !COMPANY_RULES.has(ev.rule));
    if (!principal) continue;
    const sentence = sentenceAt(ctx, principal.start);
    if (sentence < 0) continue;
    const meeting = bySide.get(r.target) ?? new Map<string, Map<LocalEntity, number>>();
    bySide.set(r.target, meeting);
    const people = meeting.get(side) ?? new Map<LocalEntity, number>();
    meeting.set(side, people);
    if (!people.has(who)) people.set(who, sentence);
  }
  // The states taking part in each talks: when the text gives them, the people's sides are theirs
  // ("talks between A and B … A's team includes C's economist" is no A-C negotiation).
  const statesAt = new Map<string, Set<string>>();
  for (const r of ctx.relations) {
    const who = byId.get(r.source);
    if (r.predicate === "PARTICIPATED_IN" && talks.has(r.target) && who && isStateParty(who))
      statesAt.set(r.target, (statesAt.get(r.target) ?? new Set()).add(who.id));
  }
  for (const [id, meeting] of bySide) {
    if (meeting.size !== 2) continue;
    const states = statesAt.get(id);
    if (states && (states.size !== 2 || [...meeting.keys()].some((side) => !states.has(side)))) continue;
    const [a, b] = [...meeting.values()] as [Map<LocalEntity, number>, Map<LocalEntity, number>];
    if (a.size > MAX_LEADS_PER_SIDE || b.size > MAX_LEADS_PER_SIDE) continue;
    const name = byId.get(id)?.name ?? "";
    for (const [x, sx] of a)
      for (const [y, sy] of b) {
        // As a reader takes it: the two named in one sentence or in two adjacent ones.
        const near = x.mentions.some((m) => y.mentions.some((n) => Math.abs(m.sentence - n.sentence) <= 1));
        if (near)
          emitRelation(
            ctx,
            x,
            "NEGOTIATED_WITH",
            y,
            Math.max(sx, sy),
            "talks-lead-negotiators",
            { meeting: name },
            0.7,
          );
      }
  }
}

/**
 * "X led the Chinese side and was joined by A and B", "X is due to meet Y on Thursday, and is to be
 * joined by A and B", "X, accompanied by A, visited Y": the people a participant of a meeting is
 * joined by take part in it too. The meeting is the one the people named before the cue take part
 * in: the sentence's own, else their one meeting, else the document's main one among theirs.
 * Denied ("was not joined by") or with no participant before the cue, nothing.
 */
function companions(ctx: RuleContext, byId: ReadonlyMap<string, LocalEntity>): void {
  const { tokens } = ctx;
  // Person id → the meetings they take part in, with the sentence starts of the evidence; built
  // on the first sentence with a cue.
  let taking: Map<string, { meeting: LocalEntity; starts: Set<number> }[]> | undefined;
  // Meeting id → the states of the people taking part in it.
  const sides = new Map<string, Set<string>>();
  for (const si of sentencesWith(ctx, COMPANION_CUE_WORDS)) {
    const s = ctx.sentences[si]!;
    if (!taking) {
      taking = new Map();
      for (const r of ctx.relations) {
        if (r.predicate !== "PARTICIPATED_IN") continue;
        const meeting = byId.get(r.target);
        if (meeting?.type !== "Meeting") continue;
        const list = taking.get(r.source) ?? [];
        let item = list.find((x) => x.meeting === meeting);
        if (!item) list.push((item = { meeting, starts: new Set() }));
        for (const ev of r.evidence) item.starts.add(ev.start);
        taking.set(r.source, list);
        const state = byId.get(r.source)?.nationality;
        if (state) sides.set(meeting.id, (sides.get(meeting.id) ?? new Set()).add(state));
      }
    }
    const ms = mentionsIn(ctx, s.i);
    for (let c = s.tokenStart; c < s.tokenEnd; c++) {
      const cue = companionCue(tokens, c, s.tokenEnd);
      if (cue?.kind !== "escort") continue;
      // The preposition of the cue ("by", "with"): the people before it are the principals.
      const k = cue.from - 1;
      if (/\b(not|n't|never)\b/.test(wordsBetween(ctx, Math.max(s.tokenStart, k - 4), k - 1))) continue;
      // The meetings of the people named before the cue, and those people's states.
      const theirs = new Map<LocalEntity, boolean>();
      const states = new Set<string>();
      for (const x of ms) {
        if (x.e.type !== "Person" || x.m.te > k - 1) continue;
        if (x.e.nationality) states.add(x.e.nationality);
        for (const t of taking.get(x.e.id) ?? [])
          theirs.set(t.meeting, (theirs.get(t.meeting) ?? false) || t.starts.has(s.start));
      }
      const here = [...theirs].filter(([, inSentence]) => inSentence).map(([m]) => m);
      const primary = meetingsOf(ctx).primary;
      const meeting =
        here.length === 1
          ? here[0]
          : theirs.size === 1
            ? [...theirs.keys()][0]
            : primary && theirs.has(primary)
              ? primary
              : undefined;
      if (!meeting) continue;
      // The people after the cue, coordinated: titles, names, "and", commas and brackets between.
      let last = k;
      for (const x of ms) {
        if (x.m.ts <= k) continue;
        const from = x.m.titleStart ?? x.m.ts;
        if (x.e.type !== "Person") {
          // A state in a title ("Canadian Industry Minister X") belongs to the next person.
          if (x.m.te <= last || from > last + 6) break;
          continue;
        }
        if (!companionGap(ctx, last, from, last === k ? 6 : 12)) break;
        last = x.m.te;
        // A companion of another state than the principal's, or of the other side's when the
        // principal's is unknown, is the host's ("X was welcomed at the airport, accompanied by
        // Saudi Energy Minister Y").
        const state = x.e.nationality;
        if (state && (states.size > 0 ? !states.has(state) : sides.get(meeting.id)?.has(state))) continue;
        emitRelation(ctx, x.e, "PARTICIPATED_IN", meeting, s.i, "meeting-companions");
      }
    }
  }
}

/**
 * Whether tokens [a, b) join two companions (or the cue and the first): capitalised title words,
 * "of/for/the/and", commas and a bracketed gloss ("Li Chenggang (李成鋼) and Vice Minister …"),
 * at most `max` tokens.
 */
function companionGap(ctx: RuleContext, a: number, b: number, max: number): boolean {
  if (b - a > max) return false;
  let depth = 0;
  for (let k = a; k < b; k++) {
    const w = ctx.tokens[k]!.text;
    if (w === "(") depth++;
    else if (w === ")") depth = Math.max(0, depth - 1);
    else if (depth === 0 && !/^[A-Z]/.test(w) && !/^(\.|,|of|for|and|the|-|–|by)$/.test(w)) return false;
  }
  return true;
}

/**
 * "talks at the Akasaka Palace in Tokyo": a meeting held at a venue the text places "in" a city or
 * a country (the venue's mention followed by "in" and the place's) is held there too.
 */
function venueCities(ctx: RuleContext, byId: ReadonlyMap<string, LocalEntity>): void {
  const { tokens } = ctx;
  const venues = new Set<string>();
  for (const r of ctx.relations) if (r.predicate === "HELD_IN") venues.add(r.target);
  if (venues.size === 0) return;
  const within = new Map<string, { city: LocalEntity; sentence: number }>();
  for (let si = 0; si < ctx.sentences.length; si++) {
    const ms = mentionsIn(ctx, si);
    for (const v of ms) {
      if (v.e.type !== "Place" || !venues.has(v.e.id) || within.has(v.e.id)) continue;
      if (tokens[v.m.te]?.text !== "in") continue;
      const city = ms.find(
        (x) => x.m.ts === v.m.te + 1 || (x.m.ts === v.m.te + 2 && /^the$/i.test(tokens[v.m.te + 1]!.text)),
      );
      if (city && city.e !== v.e && (city.e.type === "Place" || city.e.type === "Country"))
        within.set(v.e.id, { city: city.e, sentence: si });
    }
  }
  if (within.size === 0) return;
  const held = new Set(ctx.relations.filter((r) => r.predicate === "HELD_IN").map((r) => `${r.source}|${r.target}`));
  for (const r of [...ctx.relations]) {
    if (r.predicate !== "HELD_IN") continue;
    const place = within.get(r.target);
    const meeting = byId.get(r.source);
    if (!place || !meeting || held.has(`${r.source}|${place.city.id}`)) continue;
    held.add(`${r.source}|${place.city.id}`);
    emitRelation(ctx, meeting, "HELD_IN", place.city, place.sentence, "meeting-venue-city");
  }
}

/**
 * "X began his visit to Brussels with a meeting with Y": a meeting of the visitor's that the text
 * places nowhere was held where the visitor went, when the document has the one visit by them to
 * one city (a tour of several, or a visit to a country, places nothing).
 */
function visitPlaces(ctx: RuleContext, byId: ReadonlyMap<string, LocalEntity>): void {
  const placed = new Set<string>();
  const people = new Map<string, Set<LocalEntity>>();
  const cities = new Map<string, LocalEntity[]>();
  for (const r of ctx.relations) {
    if (r.predicate === "HELD_IN") {
      placed.add(r.source);
      const where = byId.get(r.target);
      if (where) cities.set(r.source, [...(cities.get(r.source) ?? []), where]);
    } else if (r.predicate === "PARTICIPATED_IN") {
      const who = byId.get(r.source);
      if (who?.type !== "Person") continue;
      const set = people.get(r.target) ?? new Set();
      set.add(who);
      people.set(r.target, set);
    }
  }
  const meetings = ctx.resolution.entities.filter((e) => e.type === "Meeting");
  const visits = meetings.filter((m) => keyKindIs(m, "visit"));
  for (const visit of visits) {
    const city = [...new Set(cities.get(visit.id))].filter((e) => e.type === "Place");
    const visitors = [...(people.get(visit.id) ?? [])];
    if (city.length !== 1 || visitors.length !== 1) continue;
    // A visit still to come places none of the meetings the text reports.
    const told = visit.mentions[0];
    if (!told || NOT_YET.test(ctx.sentences[told.sentence]?.text ?? "")) continue;
    const visitor = visitors[0]!;
    // The visitor's one visit: two visits of theirs leave their meetings unplaced.
    if (visits.some((v) => v !== visit && people.get(v.id)?.has(visitor))) continue;
    for (const m of meetings) {
      if (m === visit || placed.has(m.id) || !people.get(m.id)?.has(visitor)) continue;
      // A call is held nowhere; a tour or an organisation's gathering is no meeting of the visit.
      if (keyKindIs(m, "call", "tour", "org", "visit")) continue;
      const first = m.mentions[0];
      if (first) emitRelation(ctx, m, "HELD_IN", city[0]!, first.sentence, "meeting-during-visit", {}, 0.7);
    }
  }
}

/** Words of a person's journey to a place ("is making a dash to Washington", "flew to Ottawa"). */
const TRIP_WORD =
  /^(dash|trip|journey|rush|rushes|rushed|rushing|race|races|raced|racing|travel|travels|traveled|travelled|fly|flies|flew|head|heads|headed|heading|jet|jets|jetted)$/i;

/**
 * "Swiss President X is making a dash to Washington … X is seeking last-minute talks with US
 * officials": talks (or a meeting) the text places nowhere, whose people include one the lead sends
 * to one city, were held there. A journey still hoped for ("might fly to") places nothing; two
 * destinations place nothing.
 */
function journeyPlaces(ctx: RuleContext, byId: ReadonlyMap<string, LocalEntity>): void {
  const placed = new Set<string>();
  const people = new Map<string, Set<string>>();
  for (const r of ctx.relations) {
    if (r.predicate === "HELD_IN") placed.add(r.source);
    else if (r.predicate === "PARTICIPATED_IN" && byId.get(r.source)?.type === "Person")
      people.set(r.target, (people.get(r.target) ?? new Set()).add(r.source));
  }
  const meetings = ctx.resolution.entities.filter(
    (m) =>
      m.type === "Meeting" &&
      !placed.has(m.id) &&
      !m.attributes.place &&
      keyKindIs(m, "talks", "leaders") &&
      people.has(m.id),
  );
  if (meetings.length === 0) return;
  const { tokens } = ctx;
  // Person id → the cities the lead sends them to.
  const trips = new Map<string, { place: LocalEntity; sentence: number }[]>();
  for (let si = 0; si < Math.min(LEAD_SENTENCES, ctx.sentences.length); si++) {
    const s = ctx.sentences[si]!;
    if (/\b(might|may|could|would)\b/.test(s.text)) continue;
    const ms = mentionsIn(ctx, si);
    for (let k = s.tokenStart; k + 2 < s.tokenEnd; k++) {
      if (!TRIP_WORD.test(tokens[k]!.text) || tokens[k + 1]!.text !== "to") continue;
      const dest = ms.find((x) => x.m.ts === k + 2 && x.e.type === "Place");
      // The traveller: the person named last before the journey, with no clause boundary between.
      const who = ms.filter((x) => x.e.type === "Person" && x.m.te <= k && k - x.m.te <= 5).at(-1);
      if (!dest || !who || !titleOnlyOrVerbs(ctx, who.m.te, k)) continue;
      const list = trips.get(who.e.id) ?? [];
      if (!list.some((t) => t.place === dest.e)) list.push({ place: dest.e, sentence: si });
      trips.set(who.e.id, list);
    }
  }
  if (trips.size === 0) return;
  for (const m of meetings) {
    const dests = new Map<LocalEntity, number>();
    for (const p of people.get(m.id) ?? []) for (const t of trips.get(p) ?? []) dests.set(t.place, t.sentence);
    if (dests.size !== 1) continue;
    const [[place, sentence]] = [...dests] as [[LocalEntity, number]];
    m.attributes.place = place.name;
    emitRelation(ctx, m, "HELD_IN", place, sentence, "meeting-journey-place", {}, 0.7);
  }
}

/** Tokens [a, b) between a traveller and the journey word: auxiliaries and "making a" only. */
function titleOnlyOrVerbs(ctx: RuleContext, a: number, b: number): boolean {
  for (let k = a; k < b; k++)
    if (
      !/^(is|was|are|were|has|had|have|will|to|making|made|makes|make|a|an|the|quick|hasty|sudden|surprise|last-minute|urgent)$/i.test(
        ctx.tokens[k]!.text,
      )
    )
      return false;
  return true;
}

/** Event nouns a meeting's mentions end with, for its aliases. */
const KIND_NOUN =
  /^(talks|negotiations|discussions|dialogue|consultations|meeting|meetings|summit|call|visit|trip|tour|conference|forum|ceremony|signing)$/i;

/**
 * The names a meeting answers to besides its own: its place with each event noun the text used
 * ("Geneva negotiations", "talks in Geneva"), its two parties ("India-EU talks") and its one to
 * three people ("Li talks", "Greer-He-Bessent call").
 */
function addAliases(ctx: RuleContext, meeting: LocalEntity, parties: LocalEntity[]): void {
  const nouns = new Set<string>();
  for (const m of meeting.mentions) {
    const w = ctx.tokens[m.te - 1]?.text.toLowerCase() ?? "";
    if (KIND_NOUN.test(w)) nouns.add(w);
  }
  const own = /(\S+)$/.exec(meeting.name)?.[1]?.toLowerCase();
  if (own && KIND_NOUN.test(own)) nouns.add(own);
  const place = meeting.attributes.place;
  const people: string[] = [];
  const fulls: string[] = [];
  const states: string[] = [];
  for (const e of parties) {
    if (e.type === "Person" && !people.includes(surname(e))) {
      people.push(surname(e));
      fulls.push(e.name);
    } else if (isStateParty(e) && !states.includes(e.name)) states.push(e.name);
  }
  // Round 16b: an event the text names with capitals ("the Foreign Ministers' Meeting") goes by that
  // name; a place-and-noun alias ("Washington meeting") would name any meeting there.
  const named = meeting.mentions.some((m) => m.rule === "head-meeting");
  for (const noun of nouns) {
    if (place && !named && !meeting.name.includes(place)) {
      meeting.aliases.add(`${place} ${noun}`);
      meeting.aliases.add(`${noun} in ${place}`);
    }
    // An organisation's summit is not named after two of the many who attend it.
    if (keyKindIs(meeting, "org")) continue;
    // Round 17: one to three people name the meeting ("Li talks", "Greer-He-Bessent call"), by
    // surname and, for two or three, by full names ("He Lifeng" where "He" alone is ambiguous).
    if (people.length >= 1 && people.length <= 3) meeting.aliases.add(`${people.join("-")} ${noun}`);
    if (people.length >= 2 && people.length <= 3) meeting.aliases.add(`${fulls.join("-")} ${noun}`);
    // With more than three delegates, readers name the meeting after the two the text
    // names first (the principals; their aides come after), unless another meeting of the
    // document already goes by those two.
    if (people.length > 3) {
      const pair = firstNamed(parties, 2).map(surname);
      const taken = ctx.resolution.entities.some(
        (e) => e !== meeting && e.type === "Meeting" && pair.every((w) => e.name.includes(w)),
      );
      if (!taken) meeting.aliases.add(`${pair.join("-")} ${noun}`);
    }
    // Three states name their meeting too ("China-Japan-South Korea meeting").
    if (states.length === 2 || states.length === 3) meeting.aliases.add(`${states.join("-")} ${noun}`);
  }
  for (const noun of nouns) {
    const named = headlineEventName(ctx, meeting, noun, people);
    if (named) meeting.aliases.add(named);
  }
  // Blocs and states go by their short forms in headlines ("EU-China talks", "US-Japan deal").
  for (const a of [meeting.name, ...meeting.aliases]) {
    const short = a.replace(SHORT_FORM, (w) => SHORT_FORMS.get(w) ?? w);
    if (short !== a) meeting.aliases.add(short);
  }
}

/** The `n` people among `parties` whose first mention comes first in the text. */
function firstNamed(parties: readonly LocalEntity[], n: number): LocalEntity[] {
  const first = (e: LocalEntity) => Math.min(...e.mentions.map((m) => m.start));
  return parties
    .filter((e) => e.type === "Person" && e.mentions.length > 0)
    .sort((a, b) => first(a) - first(b))
    .slice(0, n);
}

/**
 * Round 17b: "Envoys visit the region ahead of G9 summit" … "The summit, set for May 6 in Lima":
 * the headline names the document's one event of that noun by a name of its own (capitalised or
 * numbered words right before the noun, not its people's surnames), which readers file it under.
 */
function headlineEventName(
  ctx: RuleContext,
  meeting: LocalEntity,
  noun: string,
  people: readonly string[],
): string | undefined {
  const { tokens } = ctx;
  const head = ctx.sentences[0];
  if (!head || meeting.mentions.some((m) => m.rule === "head-meeting")) return undefined;
  // The document's only event going by that noun.
  const word = new RegExp(`\\b${noun}\\b`, "i");
  const others = ctx.resolution.entities.filter(
    (e) => e !== meeting && e.type === "Meeting" && [e.name, ...e.aliases].some((a) => word.test(a)),
  );
  if (others.length) return undefined;
  for (let k = head.tokenStart + 1; k < head.tokenEnd; k++) {
    if (tokens[k]!.text.toLowerCase() !== noun) continue;
    let j = k;
    while (j > head.tokenStart && k - j < 3 && /[A-Z0-9]/.test(tokens[j - 1]!.text)) j--;
    if (j === k || tokens.slice(j, k).some((t) => people.includes(t.text))) return undefined;
    // A place or state alone names no event of its own ("Lima summit" is the place's alias).
    if (mentionsIn(ctx, 0).some((x) => x.m.ts <= j && x.m.te >= k && x.e.type !== "Organization")) return undefined;
    return `${ctx.text.slice(tokens[j]!.start, tokens[k - 1]!.end)} ${noun}`;
  }
  return undefined;
}

/**
 * Round 16b: "a delegation led by Minister X is visiting Y", "X will lead a delegation to Y": the
 * person's visit is a delegation's, and goes by that name too ("X delegation visit to Y").
 */
function delegationVisits(ctx: RuleContext): void {
  for (const e of ctx.resolution.entities) {
    if (e.type !== "Meeting" || !keyKindIs(e, "visit")) continue;
    const m = /^(\S+) visit to (.+)$/.exec(e.name);
    if (!m || /^delegation$/i.test(m[1]!)) continue;
    const who = m[1]!.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const led = ctx.sentences.some(
      (s) =>
        s.text.includes(who) &&
        (new RegExp(`\\bdelegation led by (?:[A-Z][\\w'’.-]* ){0,6}${who}\\b`).test(s.text) ||
          new RegExp(
            `\\b${who}\\b (?:will |would |is to |to )?(?:lead|leads|led|leading|heads|headed|heading) (?:an?|the|his|her) (?:[A-Za-z-]+ ){0,3}delegation\\b`,
          ).test(s.text)),
    );
    if (led) e.aliases.add(`${m[1]} delegation visit to ${m[2]}`);
  }
}

/** Formal names written short in event names: the states and blocs of NAME_SHORT_FORMS but the DRC. */
const SHORT_FORMS: ReadonlyMap<string, string> = new Map(
  NAME_SHORT_FORMS.filter((f) => f.code !== "CD").map((f) => [f.name, f.short]),
);
const SHORT_FORM = new RegExp(`\\b(${[...SHORT_FORMS.keys()].join("|")})\\b`, "g");

/**
 * "On the sidelines of the APEC summit, X held talks with Y", "… met on the sidelines of the
 * summit": the other meetings of the sentence are part of the summit (named, or the document's
 * one summit).
 */
function sidelines(ctx: RuleContext, index: MeetingIndex): void {
  const { tokens } = ctx;
  const summits = [...new Set(index.found.filter((f) => f.kind === "summit").map((f) => f.meeting))];
  for (const sentence of index.bySentence.keys()) {
    const s = ctx.sentences[sentence]!;
    if (!/\b(sidelines?|margins?)\b/i.test(s.text)) continue;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      if (!/^(sidelines?|margins?)$/i.test(tokens[i]!.text) || tokens[i + 1]?.text !== "of") continue;
      // Past a long organisation name ("of the Asia-Pacific Economic Cooperation (APEC)
      // summit"), within the "of" phrase (no comma or verb before the event).
      let end = i + 2;
      while (end < i + 13 && end < s.tokenEnd && !/^(,|;|:)$/.test(tokens[end]!.text) && tokens[end]!.pos !== "VERB")
        end++;
      const named = mentionsIn(ctx, sentence).find((x) => x.e.type === "Meeting" && x.m.ts > i && x.m.ts < end);
      let noun: number | undefined;
      for (let k = i + 2; k < end && noun === undefined; k++)
        if (/^(summit|meeting|meetings|forum|conference)$/i.test(tokens[k]!.text)) noun = k;
      const summit = named?.e ?? (noun !== undefined && summits.length === 1 ? summits[0] : undefined);
      if (!summit) continue;
      // The meetings named just before ("talks on the sidelines of …") or in the main clause after
      // a fronted "On the sidelines of the summit, …".
      const fronted = i - s.tokenStart <= 3;
      for (const f of index.found) {
        if (f.sentence !== sentence || f.meeting === summit || f.token === undefined) continue;
        const t = f.token;
        if ((t < i && (i - t <= 4 || sameClauseBefore(ctx, t, i))) || (fronted && t > i && t - i <= 20))
          emitRelation(ctx, f.meeting, "PART_OF", summit, sentence, "meeting-sidelines-of-summit");
      }
    }
  }
}

/**
 * "ahead of a possible face-to-face meeting during the X summit" in a story of one call
 * between two people, in a sentence that names no one: the pair's meeting in person, another event
 * than their call (part of the summit the phrase names).
 */
function inPersonAfterCall(ctx: RuleContext, index: MeetingIndex): void {
  const { tokens } = ctx;
  const calls = [...new Set(index.found.filter((f) => f.kind === "call").map((f) => f.meeting))];
  if (calls.length !== 1) return;
  const call = calls[0]!;
  // The call's two people, by the surnames its key holds ("call@A+B").
  const names = /^call@([^@]+)/.exec(call.attributes.mergeKey ?? "")?.[1]?.split("+") ?? [];
  if (names.length !== 2) return;
  const people = names.map((n) => ctx.resolution.entities.filter((e) => e.type === "Person" && surname(e) === n));
  if (people.some((list) => list.length !== 1)) return;
  const [a, b] = [people[0]![0]!, people[1]![0]!];
  for (const s of ctx.sentences) {
    if (!/\b(face-to-face|in-person)\b/i.test(s.text)) continue;
    const ms = mentionsIn(ctx, s.i);
    if (ms.some((x) => x.e.type === "Person")) continue;
    for (let j = s.tokenStart + 1; j < s.tokenEnd; j++) {
      if (!/^(meeting|talks)$/i.test(tokens[j]!.text)) continue;
      // The tokenizer splits the hyphens: "face - to - face meeting", "in - person talks".
      const before = (n: number) =>
        tokens
          .slice(Math.max(s.tokenStart, j - n), j)
          .map((t) => t.text)
          .join("")
          .toLowerCase();
      if (before(5) !== "face-to-face" && before(3) !== "in-person") continue;
      if (ms.some((x) => x.e.type === "Meeting" && x.m.ts <= j && x.m.te > j)) continue;
      const meeting = leadersMeeting(ctx, a, b, j, "meeting");
      if (meeting === call) return;
      // A bare event noun names no one meeting.
      for (const alias of meeting.aliases) if (/^[a-z]+$/.test(alias)) meeting.aliases.delete(alias);
      for (const p of [a, b]) emitRelation(ctx, p, "PARTICIPATED_IN", meeting, s.i, "meeting-in-person-after-call");
      emitRelation(ctx, a, "MET_WITH", b, s.i, "meeting-in-person-after-call", {
        meeting: meeting.name,
      });
      // "during the APEC summit": the summit named within the phrase.
      let end = j + 2;
      while (end < j + 14 && end < s.tokenEnd && !/^(,|;|:)$/.test(tokens[end]!.text)) end++;
      const summit = /^(during|at)$/i.test(tokens[j + 1]?.text ?? "")
        ? ms.find((x) => x.e.type === "Meeting" && x.e !== meeting && x.m.ts > j && x.m.ts < end)
        : undefined;
      if (summit) emitRelation(ctx, meeting, "PART_OF", summit.e, s.i, "meeting-in-person-after-call");
      return;
    }
  }
}

/**
 * "A met B's prime minister C on the sidelines of …": the meeting's word at `t` is in the clause
 * that "sidelines" at `i` closes — at most 16 tokens before it, with no clause break between
 * (a semicolon, a colon, or a comma before a conjunction or a relative word).
 */
function sameClauseBefore(ctx: RuleContext, t: number, i: number): boolean {
  if (i - t > 16) return false;
  const { tokens } = ctx;
  for (let k = t + 1; k < i; k++) {
    const w = tokens[k]!.text;
    if (w === ";" || w === ":") return false;
    if (w === "," && /^(?:and|but|while|whereas|which|who|as|after|before|when)$/i.test(tokens[k + 1]?.text ?? ""))
      return false;
  }
  return true;
}

/**
 * True when the talks noun at `i` names one concrete round: "two days of talks", "two-day talks",
 * "a new round of talks", "talks on Tuesday", "ended/opened/resumed talks".
 */
function concreteTalks(ctx: RuleContext, i: number): boolean {
  const { tokens } = ctx;
  const before = wordsBetween(ctx, Math.max(ctx.sentences[tokens[i]!.sentence]!.tokenStart, i - 5), i);
  if (
    /\b(days? of|\w+-day|round of|rounds of|session of|hours of|ends?|ended|opens?|opened|begins?|began|begun|starts?|started|commenced?|commences|resumes?|resumed|concludes?|concluded|wrap(?:ped|s)? up|kick(?:ed|s)? off|held|hold|holds|holding)\b/.test(
      before,
    )
  )
    return true;
  return dateNear(ctx, tokens[i]!.sentence, i) !== undefined;
}

/**
 * The talks a document's lead reports with no place nor party: held in its dateline's city when
 * it has one ("STOCKHOLM (Reuters) –"), else named after the document's two states.
 */
function leadTalks(ctx: RuleContext, p: Pending): LocalEntity | undefined {
  let dateline: Seen | undefined;
  for (let k = 0; k < Math.min(2, ctx.sentences.length) && !dateline; k++)
    dateline = mentionsIn(ctx, k).find((x) => x.m.rule === "dateline-city" && x.e.type === "Place");
  const date = dateNear(ctx, p.sentence, p.i) ?? (ctx.doc.date ? dateText(ctx.doc.date.slice(0, 7)) : undefined);
  let meeting: LocalEntity;
  if (dateline) {
    meeting =
      eventsAt(ctx).get(dateline.e.name) ??
      ensureEntity(
        ctx,
        "Meeting",
        `${dateline.e.name} trade talks`,
        `talks@${dateline.e.name}`,
        { ts: p.i, te: p.i + 1 },
        "meeting-talks-dateline",
      );
    eventsAt(ctx).set(dateline.e.name, meeting);
    meeting.attributes.place ??= dateline.e.name;
    emitRelation(ctx, meeting, "HELD_IN", dateline.e, p.sentence, "meeting-talks-dateline");
  } else {
    const pair = mainCountryPair(ctx);
    if (!pair) return undefined;
    meeting = ensureEntity(
      ctx,
      "Meeting",
      `${pair.map(partyLabel).join("-")} trade talks`,
      `talks@${pair
        .map((x) => x.name)
        .sort()
        .join("+")}@${keyMonth(ctx, undefined)}`,
      { ts: p.i, te: p.i + 1 },
      "meeting-talks-lead",
    );
  }
  if (date && !meeting.attributes.date) meeting.attributes.date = date;
  return meeting;
}

/** Capitalised heads of a named event ("the China-Central Asia Summit", "the Raisina Dialogue"). */
const NAMED_HEAD = /^(Summit|Forum|Dialogue|Conference|Ministerial|Convention|Indaba|Assembly|Roundtable|Symposium)$/;

/** Heads that name an event only where the text writes it as one ("attended the X Convention"). */
const EVENT_ONLY_HEAD = /^(Convention|Indaba|Assembly|Roundtable|Symposium)$/;

/**
 * "The third China-Central Asia Summit took place in Astana", "the Raisina Dialogue in New
 * Delhi": a capitalised name ending in an event head that the mention stage left untyped; the
 * states and blocs in its name take part.
 */
function findNamedEvent(ctx: RuleContext, i: number, ms: Seen[], note: Note): boolean {
  const { tokens } = ctx;
  const sentence = tokens[i]!.sentence;
  const s = ctx.sentences[sentence]!;
  // Already a named thing: a meeting, an organisation ("World Economic Forum"), a company.
  // ("General Assembly" read as a title and a person is the event's head word all the same.)
  if (ms.some((x) => x.m.ts <= i && x.m.te > i && !(x.e.type === "Person" && x.m.ts === i && x.m.te === i + 1)))
    return false;
  let k = i;
  while (k > s.tokenStart && /^([A-Z][\w.'’]*|[-–]|of|and|G\d+|\d+(st|nd|rd|th)?)$/.test(tokens[k - 1]!.text)) k--;
  // "This Summit is …": a determiner capitalised at the sentence's start names no event.
  while (
    k < i &&
    /^(The|This|That|These|Those|Our|Their|Its|His|Her|Next|Last|Each|Every|of|and|[-–])$/.test(tokens[k]!.text)
  )
    k++;
  if (k === i || isHeadline(tokens, s)) return false;
  // "the UN General Assembly" (not "the National Assembly"), "attended the X Convention" (not a
  // treaty: "the X Convention on …").
  if (EVENT_ONLY_HEAD.test(tokens[i]!.text)) {
    if (tokens[i]!.text === "Assembly" && tokens[i - 1]?.text !== "General") return false;
    if (tokens[i]!.text !== "Assembly" && !writtenAsEvent(ctx, { ts: k, te: i + 1, sentence })) return false;
    if (/^(on|against|for)$/i.test(tokens[i + 1]?.text ?? "")) return false;
  }
  // "the Special Summit to Commemorate the 30th Anniversary of China-ASEAN Dialogue Relations":
  // the rest of a named event's title, not an event of its own.
  const titled = restOfTitle(ctx, k, ms);
  if (titled) {
    // The states and blocs of its title take part in it.
    for (const x of ms)
      if (x.m.ts >= k && x.m.te <= i && isParty(x) && x.e.type !== "Person")
        emitRelation(ctx, x.e, "PARTICIPATED_IN", titled, sentence, "meeting-named-event", {}, 0.7);
    return false;
  }
  // "the X Conference on African Development (ACRONYM 2025)": the theme in capitals is
  // part of the name, and the acronym after it another name (`namedEventTheme`).
  const theme = namedEventTheme(ctx, i, ms);
  const end = theme?.end ?? i + 1;
  const name = ctx.text.slice(tokens[k]!.start, tokens[end - 1]!.end);
  const meeting = ensureEntity(
    ctx,
    "Meeting",
    name,
    `named@${name.toLowerCase()}`,
    { ts: k, te: end },
    "meeting-named-event",
  );
  if (theme?.acronym) adoptAcronym(ctx, meeting, theme.acronym, theme.year);
  note({ meeting, sentence, kind: "summit", token: i });
  const date = dateNear(ctx, sentence, i);
  if (date && !meeting.attributes.date) meeting.attributes.date = date;
  const place = placeAfter(ctx, i, 8) ?? destinationBefore(ctx, k, ms);
  if (place) emitRelation(ctx, meeting, "HELD_IN", place.e, sentence, "meeting-named-event");
  for (const x of ms)
    if (x.m.ts >= k && x.m.te <= i && isParty(x) && x.e.type !== "Person")
      emitRelation(ctx, x.e, "PARTICIPATED_IN", meeting, sentence, "meeting-named-event", {}, 0.7);
  return true;
}

/**
 * "APEC issued a communiqué following its recent meeting in South Korea": the
 * organisation an "its" before the event noun at `i` (past a few adjectives) stands for, the last
 * entity the sentence names before it when that is an organisation; else undefined.
 */
function ownerOfIts(ctx: RuleContext, i: number, ms: Seen[]): Seen | undefined {
  const { tokens } = ctx;
  let k = i - 1;
  while (
    k > i - 3 &&
    /^(recent|latest|annual|last|next|first|own|ministerial|leaders['’]?)$/.test(tokens[k]?.text ?? "")
  )
    k--;
  if (tokens[k]?.text !== "its") return undefined;
  const before = ms.filter((x) => x.m.te <= k).at(-1);
  return before?.e.type === "Organization" ? before : undefined;
}

/**
 * After a named event's head at `i`, "on / for" and capitalised words (not a date, not a
 * state or place alone: "the Conference on African Development", "the Forum on China-Africa
 * Cooperation"): the end of the name; and a bracketed acronym right after the head or the theme
 * ("(TICAD 2025)", "(FOCAC)"), with its year. Undefined when neither is there.
 */
function namedEventTheme(
  ctx: RuleContext,
  i: number,
  ms: Seen[],
): { end: number; acronym?: string; year?: string } | undefined {
  const { tokens } = ctx;
  const sentence = tokens[i]!.sentence;
  let end = i + 1;
  if (/^(on|for)$/.test(tokens[i + 1]?.text ?? "")) {
    let j = i + 2;
    let capitals = 0;
    while (
      tokens[j]?.sentence === sentence &&
      (/^[A-Z][\w'’-]*$/.test(tokens[j]!.text) || (capitals > 0 && /^(of|and|the|[-–])$/.test(tokens[j]!.text))) &&
      !WEEKDAY.test(tokens[j]!.text) &&
      !MONTH.test(tokens[j]!.text)
    ) {
      if (/^[A-Z]/.test(tokens[j]!.text)) capitals++;
      j++;
    }
    while (j > i + 2 && /^(of|and|the|[-–])$/.test(tokens[j - 1]!.text)) j--;
    // A state, place or person alone is no theme ("the Summit for Ukraine").
    const alone = ms.some(
      (x) =>
        x.m.ts === i + 2 && x.m.te === j && (x.e.type === "Country" || x.e.type === "Place" || x.e.type === "Person"),
    );
    if (capitals >= 2 && !alone) end = j;
  }
  const open = end;
  const acr = tokens[open + 1]?.text ?? "";
  if (tokens[open]?.text !== "(" || !/^[A-Z][A-Z0-9-]{1,9}$/.test(acr) || !/[A-Z].*[A-Z]/.test(acr))
    return end > i + 1 ? { end } : undefined;
  const year = /^(19|20)\d\d$/.test(tokens[open + 2]?.text ?? "") ? tokens[open + 2]!.text : undefined;
  if (tokens[open + (year ? 3 : 2)]?.text !== ")") return end > i + 1 ? { end } : undefined;
  return { end, acronym: acr, ...(year ? { year } : {}) };
}

/**
 * A named event's bracketed acronym ("(TICAD 2025)") is a name of it, with its year; the
 * acronym's other mentions in the document ("pledge cooperation at TICAD", read as a place or a
 * body for want of a type) are the event's.
 */
function adoptAcronym(ctx: RuleContext, meeting: LocalEntity, acronym: string, year?: string): void {
  meeting.aliases.add(acronym);
  if (year) meeting.aliases.add(`${acronym} ${year}`);
  for (const e of ctx.resolution.entities)
    if (
      e !== meeting &&
      e.mentions.length > 0 &&
      (e.type === "Place" || e.type === "Organization" || e.type === "Company") &&
      e.name === acronym
    )
      absorbEntity(ctx, meeting, e);
}

/**
 * True when the capitalised words from `k` continue a named event's title ("the Special Summit to
 * Commemorate the 30th Anniversary of China-ASEAN Dialogue Relations"): a meeting's name ends a few
 * words before, joined by "to/for/on/of" and capitalised words.
 */
function restOfTitle(ctx: RuleContext, k: number, ms: Seen[]): LocalEntity | undefined {
  const { tokens } = ctx;
  return ms.find(
    (x) =>
      x.e.type === "Meeting" &&
      x.m.te <= k &&
      k - x.m.te <= 4 &&
      /^(to|for|on|of)$/.test(tokens[x.m.te]?.text ?? "") &&
      titleOnly(ctx, x.m.te + 1, k),
  )?.e;
}

/** Reporting and opinion verbs whose object is what is said of an event, not who was there. */
const SPOKEN_OF =
  /^(said|says|say|believes|believe|expects|expect|expected|warned|warns|predicted|thinks|think|noted|argued|argues|doubted|doubts|suggested)$/i;

/**
 * True when the noun phrase starting at `det` ("the Geneva talks") is what someone says of the
 * event: "Analysts said the Geneva talks were unlikely to …" (the speaker was not at them).
 */
function spokenOf(ctx: RuleContext, det: number): boolean {
  const { tokens } = ctx;
  let k = det;
  if (!/^(the|these|this|that)$/i.test(tokens[k]?.text ?? "")) {
    // The place before the noun ("said the Geneva talks"): go back over capitalised words.
    while (k > 0 && /^[A-Z]/.test(tokens[k]?.text ?? "") && tokens[k]!.sentence === tokens[det]?.sentence) k--;
    if (!/^(the|these|this|that)$/i.test(tokens[k]?.text ?? "")) return false;
  }
  const prev = tokens[k - 1];
  return !!prev && prev.sentence === tokens[k]!.sentence && SPOKEN_OF.test(prev.text);
}

/**
 * Words that put a sentence's meeting in the future or in doubt: the dateline is not its place.
 * "may" in lower case only: "May 6" is a date.
 */
const NOT_YET =
  /\b([Ww]ill|[Ww]ould|[Cc]ould|may|[Mm]ight|[Pp]lans?|[Pp]lanned|[Ee]xpected|[Hh]opes?|[Ww]ants?|[Ss]et to|to meet|[Uu]pcoming|[Nn]ext)\b/;

/**
 * "WASHINGTON (Reuters) – X and Y signed a framework on Monday": a leaders' meeting the lead
 * reports as done, with no place of its own, was held in the dateline's city.
 */
function datelineMeetings(ctx: RuleContext, index: MeetingIndex): void {
  let dateline: Seen | undefined;
  for (let k = 0; k < Math.min(2, ctx.sentences.length) && !dateline; k++)
    dateline = mentionsIn(ctx, k).find((x) => x.m.rule === "dateline-city" && x.e.type === "Place");
  // "Yokohama, Japan, Aug. 25, 2025 (Outlet) –": a city opening one of the first two
  // sentences, a comma after it and the dateline's outlet in the sentence; its state after it.
  let state: LocalEntity | undefined;
  for (let k = 0; k < Math.min(4, ctx.sentences.length) && !dateline; k++) {
    const ms = mentionsIn(ctx, k);
    const first = ms[0];
    if (
      first?.e.type !== "Place" ||
      first.m.ts !== ctx.sentences[k]!.tokenStart ||
      ctx.tokens[first.m.te]?.text !== "," ||
      !ms.some((x) => x.e.type === "Media" && x.m.ts > first.m.te)
    )
      continue;
    dateline = first;
    const next = ms[1];
    if (next?.e.type === "Country" && next.m.ts === first.m.te + 1 && !next.m.demonym) state = next.e;
  }
  if (!dateline) return;
  // A named conference or summit the lead reports and the headline or dateline names,
  // placed nowhere, was held in the dateline's city (the reporter is at it), and in the state the
  // dateline names.
  for (const f of index.found) {
    if (f.kind !== "summit" || f.background || f.sentence >= dateline.m.sentence + LEAD_SENTENCES) continue;
    if (!f.meeting.mentions.some((m) => m.rule === "meeting-named-event")) continue;
    // The story's own event: the headline or the dateline's sentence names it (not "recent
    // engagement, including a meeting at the X Assembly").
    if (!f.meeting.mentions.some((m) => m.sentence === 0 || m.sentence === dateline.m.sentence)) continue;
    if (f.meeting.attributes.place || NOT_YET.test(ctx.sentences[f.sentence]!.text)) continue;
    if (ctx.relations.some((r) => r.source === f.meeting.id && r.predicate === "HELD_IN")) continue;
    f.meeting.attributes.place = dateline.e.name;
    emitRelation(ctx, f.meeting, "HELD_IN", dateline.e, f.sentence, "meeting-dateline");
    if (state) emitRelation(ctx, f.meeting, "HELD_IN", state, f.sentence, "meeting-dateline");
  }
  for (const f of index.found) {
    if (f.kind !== "leaders" || f.background || f.sentence >= LEAD_SENTENCES || f.meeting.attributes.place) continue;
    if (NOT_YET.test(ctx.sentences[f.sentence]!.text)) continue;
    // "X and Y held talks on Monday. X said the phone call went well": talks told as a call
    // next were held by telephone, not in the reporter's city.
    if (!index.found.some((g) => g.kind === "call") && phoneCallAfter(ctx, f.sentence)) continue;
    // "SEOUL — Korean negotiators met with X in Washington … Kim met X on Thursday": the place
    // the lead gives a meeting verb before (the reporter's city is not where they met).
    const place = leadMeetingPlace(ctx, f.sentence) ?? dateline;
    f.meeting.attributes.place = place.e.name;
    emitRelation(ctx, f.meeting, "HELD_IN", place.e, f.sentence, "meeting-dateline");
  }
}

/** Whether the sentence `si` or the one after it names a call made by telephone or video ("the phone call", "the video call"). */
function phoneCallAfter(ctx: RuleContext, si: number): boolean {
  const { tokens } = ctx;
  for (const s of ctx.sentences.slice(si, si + 2))
    for (let k = s.tokenStart + 1; k < s.tokenEnd; k++)
      if (tokens[k]!.text === "call" && PHONE.test(tokens[k - 1]!.text)) return true;
  return false;
}

/** The place of a meeting verb's clause ("met with X in Washington") in the lead up to `last`. */
function leadMeetingPlace(ctx: RuleContext, last: number): Seen | undefined {
  const { tokens } = ctx;
  for (let si = 0; si <= last; si++) {
    const s = ctx.sentences[si]!;
    if (NOT_YET.test(s.text)) continue;
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      if (!/^(met|meets)$/.test(tokens[k]!.text)) continue;
      const place = placeAfter(ctx, k, 14);
      if (place && place.e.type === "Place") return place;
    }
  }
  return undefined;
}

/**
 * Talks the text neither dates nor places are talks in general ("any talks", "talks between X and
 * Y stalled"), not an event of the article's own: nobody is filed as taking part in them (the
 * meeting stays, for what was discussed).
 */
function dropUnanchoredTalks(ctx: RuleContext, byId: ReadonlyMap<string, LocalEntity>): void {
  const unanchored = (id: string) => {
    const m = byId.get(id);
    return !!m && keyKindIs(m, "talks") && !m.attributes.date && !m.attributes.place;
  };
  keepRelations(ctx, (r) => r.predicate !== "PARTICIPATED_IN" || !unanchored(r.target));
}

/**
 * Talks the document names only by inference ("United States-China trade talks" from
 * its two states or its lead) with no date nor place, that no fact links once dropUnanchoredTalks
 * took their parties, are no event the text reports (a Meeting needs a date or place and concrete
 * parties): dropped. A meeting the text names in words ("the ASEAN Foreign Ministers' Meeting")
 * stays, linked or not.
 */
function dropBareTalks(ctx: RuleContext): void {
  const linked = new Set<string>();
  for (const r of ctx.relations) linked.add(r.source).add(r.target);
  const bare = (e: LocalEntity) =>
    e.type === "Meeting" &&
    keyKindIs(e, "talks") &&
    !e.attributes.date &&
    !e.attributes.place &&
    !linked.has(e.id) &&
    e.mentions.every((m) => INFERRED_TALKS.has(m.rule));
  const kept = ctx.resolution.entities.filter((e) => !bare(e));
  if (kept.length !== ctx.resolution.entities.length) ctx.resolution.entities = kept;
}

/** The readings that name talks from the document's states rather than from words of the text. */
const INFERRED_TALKS = new Set(["meeting-talks-lead", "meeting-talks-parties"]);

// Event KINDS as a class, a backoff after the precise readings. An event noun or verb of
// one of two meanings — a journey (visit, trip, travel, tour, journey, fly, head) or an encounter
// (meeting, summit, talks, negotiations, discussions, consultations, call, conversation, dialogue,
// audience, encounter, session, briefing) — whose clause names its concrete parties is an event,
// when no precise reading filed an event on that word or next to it.

/** A journey's words: nouns and verbs with their inflections. */
const JOURNEY_KIND =
  /^(visit|visits|visited|visiting|trip|trips|travel|travels|travelled|traveled|travelling|traveling|journey|journeys|journeyed|tour|tours|toured|touring|fly|flies|flew|flying|head|heads|headed|heading)$/;
/** An encounter's nouns (one noun each: their plural where the singular names another thing). */
const ENCOUNTER_KIND =
  /^(meeting|meetings|summit|summits|talks|negotiations|discussions|consultations|call|conversation|dialogue|audience|encounter|session|briefing)$/;
/** Words that make an event noun another, or any, event ("further meetings", "a possible summit"). */
const OTHER_ONES = /^(further|future|more|another|other|next|possible|potential|any|regular|frequent)$/i;
/** What blocks a backoff: a wish or a doubt, a denial, a condition. */
const NOT_AN_EVENT =
  /^(might|may|could|should|if|whether|unless|not|n't|never|no|cancelled|canceled|called|postponed)$/i;
/** Groups of unnamed people who travel for a named state or firm ("a U.S. team", "executives from X"). */
const TRAVEL_GROUP = /^(delegation|delegations|team|mission|executives|officials|ministers|envoys|negotiators)$/;
/** Movement verbs of the journey class (a visit only for a head of state or government). */
const MOVE_WORD =
  /^(travel|travels|travelled|traveled|travelling|traveling|fly|flies|flew|flying|head|heads|headed|heading|journeyed)$/;
/** Group nouns that are a journey themselves ("a trade mission to Y"). */
const JOURNEY_GROUP = /^(delegation|delegations|mission)$/;

/** True when a word in [from, to) ends the clause or blocks the backoff. */
function brokenBetween(ctx: RuleContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = ctx.tokens[k]!.text;
    if (CLAUSE_END.test(t) || NOT_AN_EVENT.test(t) || t === "." || t === ":") return true;
  }
  return false;
}

/** The person who owns the event word at `i`: "X's visit", "X will make his visit", "X travelled". */
function eventOwner(ctx: RuleContext, i: number, ms: Seen[]): Seen | undefined {
  const { tokens } = ctx;
  const start = ctx.sentences[tokens[i]!.sentence]!.tokenStart;
  for (let k = i - 1; k >= Math.max(start, i - 5); k--) {
    const x = ms.find((y) => y.m.te === k && y.e.type === "Person");
    if (x && isPossessiveMark(tokens[k]!.text)) return x;
    const y = ms.find((z) => z.m.te === k + 1 && z.e.type === "Person");
    if (y && isPossessiveMark(tokens[k + 1]?.text)) return y;
  }
  const { subjects } = clausePeople(ctx, i, ms, i + 1);
  let owner = subjects.length === 1 ? subjects[0] : pronounVisitor(ctx, i, ms);
  // "X, a key ally of President Y (who …), travelled to Z": Y is the complement of an apposition;
  // the traveller is its head X.
  if (owner) owner = appositionHead(ctx, owner, ms);
  // A one-word name the text never writes in full ("Good discussions with …" read as a person) is
  // too weak to own an event.
  return owner && (owner.e.name.includes(" ") || owner.e.titles.size > 0) ? owner : undefined;
}

/**
 * `x` itself, unless it is the complement of a preposition inside an apposition ("X, a key ally of
 * President Y,"): then the apposition's head (the person right before its opening comma, a
 * bracket between).
 */
function appositionHead(ctx: RuleContext, x: Seen, ms: Seen[]): Seen {
  const { tokens } = ctx;
  const at = x.m.titleStart ?? x.m.ts;
  if (!/^(of|to|for|with|during|under|between|from)$/.test(tokens[at - 1]?.text ?? "")) return x;
  const start = ctx.sentences[x.m.sentence]!.tokenStart;
  for (let k = at - 2; k > start && k >= at - 30; k--) {
    if (tokens[k]!.text !== ",") continue;
    if (!/^(a|an|the|his|her|one|another|longtime|close|key)$/i.test(tokens[k + 1]?.text ?? "")) return x;
    // Past a bracket right before the comma ("X (R-MT),").
    let end = k;
    if (tokens[end - 1]?.text === ")") {
      let b = end - 1;
      while (b > start && b > end - 8 && tokens[b]!.text !== "(") b--;
      if (tokens[b]?.text === "(") end = b;
    }
    return ms.find((y) => y.e.type === "Person" && y.m.te === end) ?? x;
  }
  return x;
}

/**
 * Verbs that hold an event noun as their object ("held talks", "began a visit", "attended the
 * meeting"); any other verb right before the noun ("writes negotiations") is a misreading.
 */
const SUPPORT_VERB =
  /^(hold|holds|held|holding|have|has|had|having|begin|begins|began|begun|start|starts|started|resume|resumes|resumed|open|opens|opened|conclude|concludes|concluded|end|ends|ended|wrap|wraps|wrapped|attend|attends|attended|join|joins|joined|host|hosts|hosted|continue|continues|continued|make|makes|made|pay|pays|paid|plan|plans|planned|schedule|scheduled|arrange|arranged|seek|seeks|sought|request|requested|embark|embarked|conduct|conducts|conducted|chair|chaired|lead|leads|led)$/;

/** Whether no precise reading filed `meeting` (the backoffs alone, or none yet). */
function backoffOnly(index: MeetingIndex, meeting: LocalEntity): boolean {
  return !index.found.some((f) => f.meeting === meeting && !f.backoff);
}

/** A verb after a sentence's opening name ("Y sends", "Y plans": the tagger reads some as nouns). */
function openingVerb(t: Token | undefined): boolean {
  return !!t && (t.pos === "VERB" || t.pos === "AUX" || /^[a-z]+s$/.test(t.text));
}

/**
 * True when the precise readings filed an event in the sentence on the word at `i` or within three
 * words of it, or (with `kind`) an event of that kind anywhere in it.
 */
function filedNear(index: MeetingIndex, sentence: number, i: number, kind?: Found["kind"]): boolean {
  return index.found.some(
    (f) =>
      f.sentence === sentence &&
      !f.backoff &&
      ((f.token !== undefined && Math.abs(f.token - i) <= 3) || (kind !== undefined && f.kind === kind)),
  );
}

function kindBackoff(ctx: RuleContext, index: MeetingIndex, note: Note): void {
  const { tokens } = ctx;
  const lowers = lowerCaseTexts(tokens);
  for (const s of ctx.sentences) {
    if (isHeadline(tokens, s)) continue;
    let ms: Seen[] | undefined;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const lower = lowers[i]!;
      const journey = JOURNEY_KIND.test(lower) || (JOURNEY_GROUP.test(lower) && tokens[i + 1]?.text === "to");
      if (!journey && !ENCOUNTER_KIND.test(lower)) continue;
      if (tokens[i]!.text !== lower) continue;
      ms ??= mentionsIn(ctx, s.i);
      if (journey) journeyBackoff(ctx, index, i, ms, note);
      else encounterBackoff(ctx, index, i, ms, note);
    }
  }
}

/** "X will make a three-day state visit to Y", "X plans to travel to Y in April", "a team from Z flew to Y". */
function journeyBackoff(ctx: RuleContext, index: MeetingIndex, i: number, ms: Seen[], note: Note): void {
  const { tokens } = ctx;
  const sentence = tokens[i]!.sentence;
  if (filedNear(index, sentence, i, "visit")) return;
  // The destination: after "to" within three words ("visit to", "travel on to"), or the object of
  // the verb "visit" ("visited Y").
  let dest: Seen | undefined;
  for (let k = i + 1; k <= i + 4 && !dest; k++) {
    const verbObject = k === i + 1 && /^visit(ed|s|ing)?$/.test(tokens[i]!.text);
    if (tokens[k - 1]?.text === "to" || verbObject)
      dest = ms.find(
        (x) =>
          (x.m.ts === k || (x.m.ts === k + 1 && tokens[k]!.text === "the")) &&
          (x.e.type === "Country" || x.e.type === "Place") &&
          !x.m.demonym,
      );
  }
  if (!dest || brokenBetween(ctx, i + 1, dest.m.ts)) return;
  // A journey in general ("officials visiting Y", "travel to Y is restricted") is no event: a named
  // person or a named state's or firm's group goes.
  const from = Math.max(ctx.sentences[sentence]!.tokenStart, i - 4);
  if (brokenBetween(ctx, from, i)) return;
  // A person's own delegation ("X's delegation to Y") goes with X to an event named elsewhere: only
  // a state's or a firm's group is a journey by its noun.
  const owner = TRAVEL_GROUP.test(tokens[i]!.text) ? undefined : eventOwner(ctx, i, ms);
  let who: string | undefined;
  let party: LocalEntity | undefined;
  if (owner) {
    if (dest.e.type === "Country" && owner.e.nationality && owner.e.nationality === dest.e.attributes.code) return;
    // A movement verb ("travelled to", "flew to") is a visit for a head of state or government; a
    // minister's travel is the way to an event named elsewhere.
    if (MOVE_WORD.test(tokens[i]!.text) && !isHeadOfState(owner.e)) return;
    // The noun's owner through its own verb ("X will make / continue his visit"), not an object of
    // another ("Y thanked X for organising a visit").
    const noun = !/^(visited|visiting|visits)$/.test(tokens[i]!.text) && tokens[i]!.pos !== "VERB";
    if (noun && !isPossessiveMark(tokens[owner.m.te]?.text))
      for (let k = owner.m.te; k < i; k++)
        if (!VISIT_VERB.test(tokens[k]!.text) && !/^(continue|continues|continued|its)$/i.test(tokens[k]!.text)) return;
    who = surname(owner.e);
    party = owner.e;
  } else {
    // "a U.S. team travelled to Y", "Executives from X visited Y": the group's state or firm.
    // "a business delegation to Y": the group noun is the journey's own word.
    let g = TRAVEL_GROUP.test(tokens[i]!.text) ? i : i - 1;
    while (g > from && !TRAVEL_GROUP.test(tokens[g]!.text.toLowerCase())) g--;
    if (!TRAVEL_GROUP.test(tokens[g]?.text.toLowerCase() ?? "")) return;
    const sender = (x: Seen) => isStateParty(x.e) || x.e.type === "Company";
    // Its sender: right before it ("a U.S. team", "a Japanese business delegation"), after "from",
    // or the state opening the sentence that sends it ("Y plans a trade mission to Z").
    const opening = ms.find((x) => x.m.ts === ctx.sentences[sentence]!.tokenStart && sender(x));
    const backer =
      ms.find((x) => x.m.te <= g && x.m.te >= g - 2 && sender(x) && !brokenBetween(ctx, x.m.te, g)) ??
      (tokens[g + 1]?.text === "from" ? ms.find((x) => x.m.ts === g + 2 && sender(x)) : undefined) ??
      (g === i && opening && openingVerb(tokens[opening.m.te]) ? opening : undefined);
    if (!backer || backer.e === dest.e) return;
    if (backer.e.type === "Country" && backer.e.attributes.code === dest.e.attributes.code) return;
    // Its describing words, lower case, between the determiner or sender and the noun ("business").
    let d = g;
    while (
      d > backer.m.te &&
      /^[a-z][a-z-]*$/.test(tokens[d - 1]!.text) &&
      !/^(a|an|the|its|their)$/.test(tokens[d - 1]!.text)
    )
      d--;
    const described = d < g ? wordsBetween(ctx, d, g) : "";
    who = `${backer.m.text}${described ? ` ${described}` : ""} ${tokens[g]!.text}`;
    party = backer.e;
  }
  // A journey to where the document's own event is held ("X led a delegation to Y" for the talks
  // in Y) is the way to that event, not an event of its own.
  // Held in the destination or, for a state, in its capital ("a visit to the United States" and
  // the talks in Washington).
  const code = dest.e.type === "Country" ? dest.e.attributes.code : undefined;
  const inDest = (id: string) =>
    id === dest.e.id ||
    (!!code && ctx.resolution.entities.some((e) => e.id === id && e.type === "Place" && CAPITALS.get(e.name) === code));
  const heldThere = ctx.relations.some(
    (r) =>
      r.predicate === "HELD_IN" &&
      inDest(r.target) &&
      index.found.some((f) => f.meeting.id === r.source && f.kind !== "visit" && !f.backoff),
  );
  if (heldThere) return;
  const date = dateNear(ctx, sentence, i);
  // "to Beijing" read as China: the visit goes by the city written.
  const where = dest.m.capitalAsState ? dest.m.text : dest.e.name;
  const meeting = ensureEntity(
    ctx,
    "Meeting",
    `${who} visit to ${where}`,
    owner ? `visit@${who} ${where}` : `visit@delegation:${party.name}@${where}`,
    { ts: i, te: i + 1 },
    "meeting-journey-backoff",
  );
  if (date && !meeting.attributes.date) meeting.attributes.date = date;
  if (!/^visit/.test(tokens[i]!.text) && !TRAVEL_GROUP.test(tokens[i]!.text))
    meeting.aliases.add(`${who} ${tokens[i]!.text.toLowerCase()} to ${where}`);
  if (where !== dest.e.name) meeting.aliases.add(`${who} visit to ${dest.e.name}`);
  note({
    meeting,
    sentence,
    kind: "visit",
    token: i,
    background: isRecalled(tokens, i),
    backoff: backoffOnly(index, meeting),
  });
  emitRelation(ctx, meeting, "HELD_IN", dest.e, sentence, "meeting-journey-backoff");
  emitRelation(ctx, party, "PARTICIPATED_IN", meeting, sentence, "meeting-journey-backoff");
}

/** "X's first summit with President Y on Saturday", "X held a meeting with Y in Z". */
function encounterBackoff(ctx: RuleContext, index: MeetingIndex, i: number, ms: Seen[], note: Note): void {
  const { tokens } = ctx;
  const sentence = tokens[i]!.sentence;
  if (filedNear(index, sentence, i)) return;
  // The other party: a person after "with" right after the noun (titles between allowed).
  const w = tokens[i + 1]?.text === "with" ? i + 1 : tokens[i + 2]?.text === "with" ? i + 2 : -1;
  if (w < 0) return;
  const partner = ms.find(
    (x) => x.e.type === "Person" && x.m.ts > w && x.m.ts <= w + 6 && !brokenBetween(ctx, w + 1, x.m.ts),
  );
  if (!partner) return;
  const from = Math.max(ctx.sentences[sentence]!.tokenStart, i - 4);
  if (brokenBetween(ctx, from, i)) return;
  const prev = tokens[i - 1];
  if (prev && prev.pos === "VERB" && !SUPPORT_VERB.test(prev.text.toLowerCase())) return;
  // "further meetings with X", "another summit with Y": other events than one reported.
  if ([1, 2].some((n) => OTHER_ONES.test(tokens[i - n]?.text ?? ""))) return;
  const owner = eventOwner(ctx, i, ms);
  if (!owner || owner.e === partner.e) return;
  // Two people of one state meeting are its internal affairs, not an event the graph files.
  if (owner.e.nationality && owner.e.nationality === partner.e.nationality) return;
  const noun = /^(talks|negotiations|discussions|consultations|dialogue)$/.test(tokens[i]!.text)
    ? "talks"
    : /^(call|conversation)$/.test(tokens[i]!.text)
      ? "call"
      : tokens[i]!.text === "summit"
        ? "summit"
        : "meeting";
  const meeting =
    noun === "call"
      ? ensureEntity(
          ctx,
          "Meeting",
          `${surname(owner.e)}-${surname(partner.e)} call`,
          `call@${[surname(owner.e), surname(partner.e)].sort().join("+")}`,
          { ts: i, te: i + 1 },
          "meeting-encounter-backoff",
        )
      : leadersMeeting(ctx, owner.e, partner.e, i, noun);
  const date = dateNear(ctx, sentence, i);
  if (date && !meeting.attributes.date) meeting.attributes.date = date;
  // A meeting the precise readings made already keeps the place they gave it.
  const existed = index.found.some((f) => f.meeting === meeting);
  note({
    meeting,
    sentence,
    kind: noun === "call" ? "call" : "leaders",
    token: i,
    background: isRecalled(tokens, i),
    backoff: backoffOnly(index, meeting),
  });
  // Its place: "in"/"at" a place after the partner, in the clause.
  const at = partner.m.te;
  const place = ms.find(
    (x) =>
      (x.e.type === "Place" || x.e.type === "Country") &&
      !x.m.demonym &&
      x.m.ts > at &&
      x.m.ts <= at + 6 &&
      /^(in|at)$/.test(
        tokens[x.m.ts - 1]?.text === "the" ? (tokens[x.m.ts - 2]?.text ?? "") : (tokens[x.m.ts - 1]?.text ?? ""),
      ) &&
      !brokenBetween(ctx, at, x.m.ts),
  );
  if (place && noun !== "call" && !existed)
    emitRelation(ctx, meeting, "HELD_IN", place.e, sentence, "meeting-encounter-backoff");
  for (const p of [owner.e, partner.e])
    emitRelation(ctx, p, "PARTICIPATED_IN", meeting, sentence, "meeting-encounter-backoff");
  emitRelation(ctx, owner.e, "MET_WITH", partner.e, sentence, "meeting-encounter-backoff", {
    meeting: meeting.name,
    ...(date ? { date } : {}),
  });
}
