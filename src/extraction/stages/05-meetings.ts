// Stage 5: meetings as events. Talks and negotiations ("talks in Geneva", "the London talks",
// "talks on the sidelines of the ASEAN Summit in Kuala Lumpur"), named summits, leaders'
// meetings ("a meeting between X and Y", "the X–Y summit", "when X and Y meet"), calls, state
// visits and tours; each with its place, date as written, participants and the summit it was
// part of. Reads mentions and entities, adds Meeting entities and relations through the context.

import { type EventDate, monthLabel, resolveDate } from "../events/dates.ts";
import { ASIAN_SURNAMES, NAME_PARTICLES } from "../lexicon/people.ts";
import { COUNTRY_BY_CODE, COUNTRY_NAMES, DEMONYMS } from "../lexicon/places.ts";
import { HEAD_OF_STATE_TITLES } from "../lexicon/titles.ts";
import { emitRelation, ensureEntity, mentionsIn, wordsBetween } from "../rules/emit.ts";
import { countryEntity, isStateParty } from "../rules/sides.ts";
import type { LocalEntity, RuleContext } from "../rules/types.ts";
import type { Token } from "./02-tokens.ts";
import type { Mention } from "./03-mentions.ts";

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

interface Found {
  meeting: LocalEntity;
  sentence: number;
  kind: "talks" | "summit" | "leaders" | "call" | "visit" | "tour";
  /**
   * The sentence recalls the event in passing ("commitments made during discussions held earlier
   * in Geneva", "previous talks in London"): its other people are not placed at it.
   */
  background?: boolean;
}

/** Words that mark an event mention as recalled, not reported. */
const RECALLED = /^(earlier|previous|prior|initial|past|preceding|last|former|first)$/i;

/** True when the event noun at `i` is recalled: "previous talks", "talks held earlier in". */
function isRecalled(tokens: Token[], i: number): boolean {
  const s = tokens[i]!.sentence;
  for (let k = Math.max(0, i - 3); k <= i + 3; k++) {
    const t = tokens[k];
    if (!t || t.sentence !== s || k === i) continue;
    if (
      RECALLED.test(t.text) &&
      !(t.text.toLowerCase() === "last" && /^(week|month|year)$/i.test(tokens[k + 1]?.text ?? ""))
    )
      return true;
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

const INDEX = new WeakMap<RuleContext, MeetingIndex>();

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
    const prev = ctx.tokens[x.m.ts - 1]?.text;
    const settlement = prev === "of" && SETTLEMENT.test(ctx.tokens[x.m.ts - 2]?.text ?? "") && x.e.type !== "Country";
    if (!(prev === "in" || prev === "at" || settlement)) continue;
    let blocked = false;
    for (let k = ti + 1; k < x.m.ts && !blocked; k++) blocked = CLAUSE_END.test(ctx.tokens[k]!.text);
    if (blocked) return null;
    if (x.e.type === "Place" || (x.e.type === "Country" && !x.m.demonym && !x.m.capitalAsState)) return x;
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

/** Sentence → the date it gives (`dateNear`), read once per sentence however many meetings it names. */
const DATES = new WeakMap<RuleContext, Map<number, string | undefined>>();

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
  /^(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tomorrow|last|next)$/;
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
    if (OTHER_EVENT.test(tokens[k]!.text)) break;
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
  const particle = words.findIndex((w, i) => i > 0 && NAME_PARTICLES.has(w));
  if (particle > 0 && particle < words.length - 1) return words.slice(particle).join(" ");
  const short = [...e.aliases].find((a) => !a.includes(" ") && words.includes(a));
  if (short) return short;
  // A romanised given name written with an apostrophe or hyphen ("Lan Fo'an", "Kim Yong-beom")
  // follows the family name.
  const given = words.length === 2 && /^[A-Z][a-z]+['’-][a-z]+$/.test(words[1]!);
  return ((ASIAN_SURNAMES.has(words[0]!) || given) && words.length === 2 ? words[0] : words.at(-1)) ?? e.name;
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
  for (const e of [...ctx.resolution.entities]) {
    if (e.type !== "Meeting") continue;
    for (const m of e.mentions) {
      note({ meeting: e, sentence: m.sentence, kind: "summit" });
      const place = placeAfter(ctx, m.te - 1, 3);
      if (place) emitRelation(ctx, e, "HELD_IN", place.e, m.sentence, "meeting-summit-in-place");
      const org = organisationOpening(m.text);
      const orgMention = mentionsIn(ctx, m.sentence).find((x) => x.e.type === "Organization" && x.m.start === m.start);
      if (org ?? orgMention)
        emitRelation(ctx, (org ?? orgMention!.e)!, "PARTICIPATED_IN", e, m.sentence, "meeting-summit-of-organization");
      for (const side of pairSides.get(e) ?? [])
        emitRelation(ctx, side, "PARTICIPATED_IN", e, m.sentence, "meeting-named-sides");
      // "at the X Forum, where President Y secured …": the person of the relative clause was there.
      if (tokens[m.te]?.text === "," && /^where$/i.test(tokens[m.te + 1]?.text ?? "")) {
        const who = mentionsIn(ctx, m.sentence).find(
          (x) => x.e.type === "Person" && x.m.ts >= m.te + 2 && x.m.ts <= m.te + 5,
        );
        if (who) emitRelation(ctx, who.e, "PARTICIPATED_IN", e, m.sentence, "meeting-where-participant");
      }
    }
  }
  // Summits typed by head word swallow their organisation mention: add it back as a participant.
  for (const e of ctx.resolution.entities) {
    if (e.type !== "Meeting") continue;
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
      const t = tokens[i]!;
      const lower = t.text.toLowerCase();
      if (/^(meeting|meet|summit)$/.test(lower)) findLeadersMeeting(ctx, i, ms, note);
      else if (lower === "call" && isCallNoun(tokens, i)) findCall(ctx, i, ms, note);
      else if (lower === "visit" && tokens[i + 1]?.text === "to") findVisit(ctx, i, ms, note);
      else if (/^(visit|visits|visiting)$/.test(lower)) findVisit(ctx, i, ms, note, 1);
      else if (lower === "tour" || lower === "trip") findTour(ctx, i, ms, note);
      else if (JOINT_VERB.test(lower)) findJointDeal(ctx, i, ms, note);
    }
  }
  for (const s of ctx.sentences) {
    const ms = mentionsIn(ctx, s.i);
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const t = tokens[i]!;
      if (TALKS.test(t.text)) findTalks(ctx, i, ms, note);
      else if (PLACED_EVENT.test(t.text)) findPlacedEvent(ctx, i, ms, note);
      else if (t.text === "met") findGroupMeeting(ctx, i, ms, note);
    }
  }
  // A bare event noun ("talks", "meeting") names no one meeting: it is no alias.
  for (const f of index.found)
    for (const a of f.meeting.aliases) if (GENERIC_ALIAS.test(a)) f.meeting.aliases.delete(a);
  index.main = mainEvents(ctx, index.found);
  const talks = index.found.filter((f) => f.kind === "talks");
  // The main talks: reported in the lead with a place, else the first placed, else the first.
  index.primary =
    talks.find((f) => f.meeting.attributes.place && index.main.includes(f.meeting))?.meeting ??
    talks.find((f) => f.meeting.attributes.place)?.meeting ??
    talks[0]?.meeting ??
    null;
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

/** "talks in Geneva", "the London talks", "negotiations on the sidelines of the ASEAN Summit in Kuala Lumpur". */
function findTalks(ctx: RuleContext, i: number, ms: { m: Mention; e: LocalEntity }[], note: Note) {
  const { tokens } = ctx;
  const sentence = tokens[i]!.sentence;
  let place: LocalEntity | null = null;
  let venue: LocalEntity | null = null;
  let summit: LocalEntity | null = null;
  // "<Place> talks", "London’s … negotiations": a place just before.
  const before = ms.filter((x) => x.m.te <= i && x.m.te >= i - 2 && x.e.type === "Place");
  if (before.length) place = before.at(-1)!.e;
  // "talks in Geneva", "negotiations in London’s historic Lancaster House", "talks between China
  // and the United States in Madrid".
  const after = placeAfter(ctx, i, tokens[i + 1]?.text === "between" ? 20 : 10);
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
  const sum = ms.find((x) => x.e.type === "Meeting" && x.m.ts > i && x.m.ts <= i + 7);
  if (sum) {
    summit = sum.e;
    const sp = placeAfter(ctx, sum.m.te - 1, 3);
    if (!place && sp) place = sp.e;
  }
  if (!place) {
    // "Will rare earths find … in Kuala Lumpur? … at the ASEAN Summit in Kuala Lumpur": the summit's place.
    if (!summit) return;
  }
  const placeName = place?.name ?? summit!.name;
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
  if (place) meeting.attributes.place = place.name;
  const date = dateNear(ctx, sentence, i) ?? (ctx.doc.date ? dateText(ctx.doc.date.slice(0, 7)) : undefined);
  if (date && !meeting.attributes.date) meeting.attributes.date = date;
  note({ meeting, sentence, kind: pair ? "leaders" : "talks", background: !pair && isRecalled(tokens, i) });
  if (pair) {
    for (const p of pair) emitRelation(ctx, p, "PARTICIPATED_IN", meeting, sentence, "meeting-leaders-participants");
    emitRelation(ctx, pair[0], "MET_WITH", pair[1], sentence, "meeting-leaders-met", { meeting: meeting.name });
  }
  if (place) emitRelation(ctx, meeting, "HELD_IN", place, sentence, "meeting-talks-in-place");
  if (venue) {
    emitRelation(ctx, meeting, "HELD_IN", venue, sentence, "meeting-talks-in-place");
    emitRelation(ctx, venue, "PART_OF", place!, sentence, "place-possessive-venue");
  }
  if (summit) emitRelation(ctx, meeting, "PART_OF", summit, sentence, "meeting-sidelines-of-summit");
}

/** "a meeting between X and Y", "the Trump–Xi summit", "when X and Y meet". */
function findLeadersMeeting(ctx: RuleContext, i: number, ms: { m: Mention; e: LocalEntity }[], note: Note) {
  const { tokens } = ctx;
  const sentence = tokens[i]!.sentence;
  const people = ms.filter((x) => x.e.type === "Person");
  let pair: LocalEntity[] = [];
  if (tokens[i + 1]?.text === "between") {
    // "a meeting between X and Y": X right after "between" (titles between), Y right after "and".
    const first = people.find((x) => x.m.ts > i + 1 && x.m.ts <= i + 6);
    const second = first
      ? people.find((x) => x.m.ts > first.m.te && x.m.ts <= first.m.te + 5 && tokens[first.m.te]?.text === "and")
      : undefined;
    if (first && second) pair = [first.e, second.e];
  } else if (
    tokens[i]!.text === "meet" ||
    (tokens[i]!.text === "meeting" && !/^(a|the|their|this)$/i.test(tokens[i - 1]?.text ?? ""))
  ) {
    // "when Trump and Xi meet": the two people just before.
    pair = people
      .filter((x) => x.m.te <= i && x.m.te >= i - 8)
      .map((x) => x.e)
      .slice(-2);
    // "Trump said he would meet Putin in Budapest": the person met, just after "meet" (titles
    // and nationality between), and the sentence's subject.
    const met = people.find((x) => x.m.ts > i && x.m.ts <= i + 5);
    const subject = people.find((x) => x.m.te <= i) ?? subjectAt(ctx, ms, sentence);
    if (pair.length < 2 && met && subject && met.e !== subject.e) pair = [subject.e, met.e];
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
  if (pair.length !== 2 || pair[0] === pair[1]) return;
  const [a, b] = pair as [LocalEntity, LocalEntity];
  const meeting = leadersMeeting(ctx, a, b, i, "meeting");
  note({ meeting, sentence, kind: "leaders" });
  const date = dateNear(ctx, sentence, i);
  for (const p of pair) emitRelation(ctx, p, "PARTICIPATED_IN", meeting, sentence, "meeting-leaders-participants");
  emitRelation(ctx, a, "MET_WITH", b, sentence, "meeting-leaders-met", {
    meeting: meeting.name,
    ...(date ? { date: date } : {}),
  });
  const place = placeAfter(ctx, i, 12);
  if (place) {
    emitRelation(ctx, meeting, "HELD_IN", place.e, sentence, "meeting-leaders-in-place");
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

function isHyphenPair(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 5); k--) if (tokens[k]!.text === "-" || tokens[k]!.text === "–") return true;
  return false;
}

/** "call" as a noun naming one call: "a phone call", "the leaders' call", "a Friday call", "a call between". */
function isCallNoun(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1]?.text ?? "";
  const next = tokens[i + 1]?.text ?? "";
  return (
    /^(phone|telephone|video|leaders|leaders’|leaders'|’|')$/i.test(prev) ||
    /^\d/.test(prev) ||
    WEEKDAY.test(prev) ||
    (/^(a|the)$/i.test(prev) && /^(between|with)$/.test(next))
  );
}

/**
 * "the leaders’ June 5th call", "a phone call between the two leaders", "a Friday call between X
 * and Y", "a call between the Prime Minister and the US President" (people named by their title).
 */
function findCall(ctx: RuleContext, i: number, ms: { m: Mention; e: LocalEntity }[], note: Note) {
  const sentence = ctx.tokens[i]!.sentence;
  let leaders: LocalEntity[] = [];
  const between = ctx.tokens[i + 1]?.text === "between" || ctx.tokens[i + 1]?.text === "with";
  if (between) {
    leaders = [...new Set(ms.filter((x) => x.e.type === "Person" && x.m.ts > i && x.m.ts <= i + 10).map((x) => x.e))];
    if (ctx.tokens[i + 1]?.text === "with") {
      const caller = ms.filter((x) => x.e.type === "Person" && x.m.te <= i).at(-1);
      leaders = caller ? [caller.e, ...leaders.slice(0, 1)] : [];
    }
    if (leaders.length < 2)
      leaders = [...leaders, ...titledAfter(ctx, i + 2, 10)].filter((e, k, all) => all.indexOf(e) === k);
  }
  if (leaders.length < 2) leaders = leadersInContext(ctx, sentence);
  if (leaders.length < 2) return;
  const [a, b] = leaders as [LocalEntity, LocalEntity];
  const meeting = ensureEntity(
    ctx,
    "Meeting",
    `${surname(a)}-${surname(b)} phone call`,
    `call@${[a.name, b.name].sort().join("+")}`,
    { ts: i, te: i + 1 },
    "meeting-call",
  );
  const date = dateNear(ctx, sentence, i);
  if (date && !meeting.attributes.date) meeting.attributes.date = date;
  note({ meeting, sentence, kind: "call" });
  for (const p of [a, b]) emitRelation(ctx, p, "PARTICIPATED_IN", meeting, sentence, "meeting-call-participants");
  emitRelation(ctx, a, "MET_WITH", b, sentence, "meeting-call-met", {
    meeting: meeting.name,
    ...(date ? { date: date } : {}),
  });
}

/**
 * People written as "the Prime Minister", "the US President" in tokens (ts, ts + window]: the
 * document's one person holding that title (of that nationality when one is written).
 */
function titledAfter(ctx: RuleContext, ts: number, window: number): LocalEntity[] {
  const out: LocalEntity[] = [];
  const s = ctx.tokens[ts]?.sentence;
  for (let k = ts; k < ts + window && ctx.tokens[k]?.sentence === s; k++) {
    const t = ctx.tokens[k]!;
    if (t.text !== "the" && t.text !== "The") continue;
    let j = k + 1;
    let nationality: string | undefined;
    const maybe = ctx.tokens[j]?.text ?? "";
    const code = /^(US|U\.S\.|American)$/.test(maybe) ? "US" : /^(UK|U\.K\.|British)$/.test(maybe) ? "GB" : undefined;
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
    const fits = (e: LocalEntity) => !nationality || !e.nationality || e.nationality === nationality;
    const people = ctx.resolution.entities.filter((e) => e.type === "Person" && fits(e));
    // "the President": the one person titled exactly so, else the one whose title ends so.
    const exact = people.filter((e) => e.titles.has(title));
    const holders = exact.length ? exact : people.filter((e) => [...e.titles].some((x) => x.endsWith(` ${title}`)));
    if (holders.length === 1 && !out.includes(holders[0]!)) out.push(holders[0]!);
  }
  return out;
}

/** The two heads of state named in this sentence or the two before it ("the two leaders"). */
function leadersInContext(ctx: RuleContext, sentence: number): LocalEntity[] {
  const out: LocalEntity[] = [];
  for (let s = sentence; s >= Math.max(0, sentence - 2) && out.length < 2; s--) {
    for (const x of mentionsIn(ctx, s)) {
      if (
        x.e.type === "Person" &&
        [...x.e.titles].some((t) => /President|Premier|Prime Minister|King|Chancellor/.test(t))
      ) {
        if (!out.includes(x.e)) out.push(x.e);
      }
    }
  }
  return out.slice(0, 2);
}

/** "Trump’s recent state visit to Saudi Arabia". */
function findVisit(ctx: RuleContext, i: number, ms: { m: Mention; e: LocalEntity }[], note: Note, gap = 2) {
  const sentence = ctx.tokens[i]!.sentence;
  // "a visit to Y"; the verb: "plans to visit Beijing in April" (a capital there is the city).
  const dest = ms.find((x) => x.m.ts === i + gap && (x.e.type === "Country" || x.e.type === "Place") && !x.m.demonym);
  if (!dest) return;
  // "X's state visit to", else (after "his"/"her") the sentence's first person, its subject.
  const owner = ms.filter((x) => x.e.type === "Person" && x.m.te <= i && x.m.te >= i - 4).at(-1);
  const visitor =
    /^(his|her)$/i.test(ctx.tokens[i - 1]?.text ?? "") || /^(his|her)$/i.test(ctx.tokens[i - 2]?.text ?? "")
      ? subjectAt(ctx, ms, sentence)
      : owner;
  // The verb whose subject is a plural common noun ("senior officials visiting Nuuk", "investors
  // visit Lima") names visits in general, no one visit.
  const prev = ctx.tokens[i - 1];
  if (gap === 1 && !visitor && prev && prev.pos === "NOUN" && /^[a-z]+s$/.test(prev.text)) return;
  const who = visitor ? `${surname(visitor.e)} ` : "";
  const state = ctx.tokens[i - 1]?.text === "state" ? "state " : "";
  const date = dateNear(ctx, sentence, i);
  const meeting = ensureEntity(
    ctx,
    "Meeting",
    `${who}${state}visit to ${dest.m.capitalAsState && gap === 1 ? dest.m.text : dest.e.name}`,
    `visit@${who}${dest.m.capitalAsState && gap === 1 ? dest.m.text : dest.e.name}`,
    { ts: i, te: dest.m.te },
    "meeting-visit",
  );
  note({ meeting, sentence, kind: "visit" });
  if (date && !meeting.attributes.date) meeting.attributes.date = date;
  const where =
    dest.m.capitalAsState && gap === 1
      ? (() => {
          const city = COUNTRY_BY_CODE.get(dest.e.attributes.code ?? "")?.capital;
          return city && city.toLowerCase() === dest.m.text.toLowerCase()
            ? ensureEntity(ctx, "Place", city, city, { ts: dest.m.ts, te: dest.m.te }, "place-capital-city")
            : dest.e;
        })()
      : dest.e;
  emitRelation(ctx, meeting, "HELD_IN", where, sentence, "meeting-visit-destination");
  // "meet with X during his visit to Y": the meeting is part of the visit, held where it went.
  if ([i - 1, i - 2, i - 3, i - 4].some((k) => ctx.tokens[k]?.text === "during")) {
    for (const f of INDEX.get(ctx)?.found ?? []) {
      if (f.sentence !== sentence || f.kind !== "leaders" || f.meeting === meeting) continue;
      emitRelation(ctx, f.meeting, "PART_OF", meeting, sentence, "meeting-during-visit");
      emitRelation(ctx, f.meeting, "HELD_IN", dest.e, sentence, "meeting-during-visit");
    }
  }
  if (visitor) emitRelation(ctx, visitor.e, "PARTICIPATED_IN", meeting, sentence, "meeting-visit-visitor");
}

/** "Trump, beginning a five-day Asia tour". */
function findTour(ctx: RuleContext, i: number, ms: { m: Mention; e: LocalEntity }[], note: Note) {
  const sentence = ctx.tokens[i]!.sentence;
  const region = ms.find((x) => x.m.te === i && x.e.type === "Place");
  if (!region) return;
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

/** Per document: place name → the event held there, so that mentions of it at that place join it. */
const EVENTS_AT = new WeakMap<RuleContext, Map<string, LocalEntity>>();

function eventsAt(ctx: RuleContext): Map<string, LocalEntity> {
  let map = EVENTS_AT.get(ctx);
  if (!map) EVENTS_AT.set(ctx, (map = new Map()));
  return map;
}

/** The meeting of two people ("Trump-Xi meeting"), one per pair whatever the noun that names it. */
function leadersMeeting(ctx: RuleContext, a: LocalEntity, b: LocalEntity, i: number, noun: string): LocalEntity {
  return ensureEntity(
    ctx,
    "Meeting",
    `${surname(a)}-${surname(b)} ${noun}`,
    `leaders@${[a.name, b.name].sort().join("+")}`,
    { ts: i, te: i + 1 },
    "meeting-leaders",
  );
}

function isHeadOfState(e: LocalEntity): boolean {
  // "Vice Premier", "Deputy Prime Minister" are not heads of government.
  return [...e.titles].some(
    (t) =>
      !/\b(vice|deputy|former)\b/i.test(t) &&
      (HEAD_OF_STATE_TITLES.has(t) || [...HEAD_OF_STATE_TITLES].some((h) => t.endsWith(` ${h}`))),
  );
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
  const next = tokens[i + 1]?.text;
  if (next === "between") {
    pair = people.filter((x) => x.m.ts > i + 1 && x.m.ts <= i + 10).map((x) => x.e);
    // "talks between the US President and Ms X": a leader named by title.
    if (pair.length < 2) pair = [...pair, ...titledAfter(ctx, i + 2, 8)];
  } else if (next === "with") {
    const other = people.find((x) => x.m.ts > i + 1 && x.m.ts <= i + 6);
    // "Trump's face-to-face talks with Xi", "Trump held talks with Xi".
    const owner = people.filter((x) => x.m.te <= i && x.m.te >= i - 8).at(-1);
    if (other && owner) pair = [owner.e, other.e];
  }
  pair = [...new Set(pair)];
  if (pair.length !== 2 || !pair.some(isHeadOfState)) return null;
  return pair as [LocalEntity, LocalEntity];
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
    if ((t.pos !== "NOUN" && t.pos !== "VERB") || /^[-–]$/.test(ctx.tokens[k - 1]?.text ?? "")) break;
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
  if (tokens[i]!.pos === "VERB" || ms.some((x) => x.e.type === "Person" && x.m.ts > i && x.m.ts <= i + 3)) return;
  // "the IMF spring meetings", "the G7 meeting": an organisation's meeting, named after it.
  const org = ms.filter((x) => x.e.type === "Organization" && x.m.te <= i && x.m.te >= i - 3).at(-1);
  if (tokens[i]!.text === "meetings" && !org) return;
  let place = placeAfter(ctx, i, 6);
  let viaCountry: LocalEntity | undefined;
  if (!place) {
    // "the meeting in the Malaysian capital".
    const capital = demonymCapitalAfter(ctx, tokens, ms, i);
    if (capital) {
      place = { m: capital.country.m, e: capital.place };
      // "in the Malaysian capital": in Malaysia too.
      viaCountry = capital.country.e;
    }
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
  const known = eventsAt(ctx).get(place.e.name) ?? (city ? eventsAt(ctx).get(city.e.name) : undefined);
  if (known) {
    note({ meeting: known, sentence, kind: known.attributes.mergeKey?.startsWith("talks@") ? "talks" : "summit" });
    emitRelation(ctx, known, "HELD_IN", place.e, sentence, "meeting-placed-in-place");
    if (viaCountry) emitRelation(ctx, known, "HELD_IN", viaCountry, sentence, "meeting-placed-in-place");
    if (city) emitRelation(ctx, known, "HELD_IN", city.e, sentence, "meeting-placed-in-place");
    if (city && place.e.type === "Place")
      emitRelation(ctx, place.e, "PART_OF", city.e, sentence, "place-venue-in-city");
    return;
  }
  // "The 100-minute meeting at X": the document's one leaders' meeting, not yet placed.
  const leaders = [
    ...new Set(
      INDEX.get(ctx)
        ?.found.filter((f) => f.kind === "leaders")
        .map((f) => f.meeting) ?? [],
    ),
  ];
  if (leaders.length === 1 && !leaders[0]!.attributes.place && /^(meeting|summit)$/.test(tokens[i]!.text)) {
    const m = leaders[0]!;
    m.attributes.place = place.e.name;
    eventsAt(ctx).set(place.e.name, m);
    note({ meeting: m, sentence, kind: "leaders" });
    emitRelation(ctx, m, "HELD_IN", place.e, sentence, "meeting-placed-in-place");
    return;
  }
  const noun = tokens[i]!.text;
  const kind = org
    ? wordsBetween(ctx, org.m.te, i)
        .split(" ")
        .filter((w) => /^[a-z-]+$/.test(w))
    : kindWords(ctx, i);
  const meeting = ensureEntity(
    ctx,
    "Meeting",
    org ? `${shortName(org)} ${[...kind, noun].join(" ")}` : `${[...kind, noun].join(" ")} in ${where}`,
    // Events named by their place are one per place and month: other articles' events there are others.
    placedKey(ctx, place.e.name, dateNear(ctx, sentence, i)),
    { ts: org ? org.m.ts : i - kind.length, te: i + 1 },
    "meeting-placed",
  );
  if (org) emitRelation(ctx, org.e, "PARTICIPATED_IN", meeting, sentence, "meeting-placed-of-organization");
  holdAt(ctx, meeting, place.e, i, note, "meeting-placed-in-place");
  if (viaCountry) emitRelation(ctx, meeting, "HELD_IN", viaCountry, sentence, "meeting-placed-in-place");
  // A venue and then its city: "at the White House in Washington".
  if (city) {
    emitRelation(ctx, meeting, "HELD_IN", city.e, sentence, "meeting-placed-in-place");
    if (place.e.type === "Place") emitRelation(ctx, place.e, "PART_OF", city.e, sentence, "place-venue-in-city");
  }
  // The people the clause puts there: named before the noun, with no reporting verb between.
  for (const x of ms) {
    if (x.e.type !== "Person" || x.m.te > i) continue;
    const between = wordsBetween(ctx, x.m.te, i);
    if (/\b(said|says|told|according)\b/.test(between) && !/\b(as|during|at|after)\b/.test(between)) continue;
    emitRelation(ctx, x.e, "PARTICIPATED_IN", meeting, sentence, "meeting-placed-participants");
  }
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
  note({ meeting, sentence, kind: "summit" });
  emitRelation(ctx, meeting, "HELD_IN", place, sentence, rule);
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
  const place = placeAfter(ctx, i, 4);
  if (place?.e.type !== "Place") return;
  const orgs = ms.filter((x) => x.e.type === "Organization" && x.m.te <= i);
  if (orgs.length === 0) return;
  const known = eventsAt(ctx).get(place.e.name);
  const meeting =
    known ??
    ensureEntity(
      ctx,
      "Meeting",
      `${shortName(orgs[0]!)} meeting in ${place.e.name}`,
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

/** Verbs by which two parties produce an agreement together ("X and Y signed a deal"). */
const JOINT_VERB =
  /^(sign|signs|signed|announce|announces|announced|reach|reaches|reached|strike|strikes|struck|seal|seals|sealed|conclude|concludes|concluded|clinch|clinched|unveil|unveils|unveiled)$/;
/** Nouns of an agreement between parties. */
const DEAL_NOUN = /^(agreement|agreements|deal|deals|accord|pact|treaty|memorandum)$/i;
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
  if (ms.some((x) => x.m.ts > i && x.m.te <= noun && x.e.type !== "Country" && x.e.type !== "Organization")) return;
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
    // Leaders, not their negotiators ("X and Y reached this tentative agreement during talks").
    if (!isHeadOfState(a) && !isHeadOfState(b)) return;
    for (let k = s.tokenStart; k < s.tokenEnd; k++) if (TALKS.test(tokens[k]!.text)) return;
    const meeting = leadersMeeting(ctx, a, b, i, "meeting");
    note({ meeting, sentence, kind: "leaders" });
    for (const p of [a, b]) emitRelation(ctx, p, "PARTICIPATED_IN", meeting, sentence, "meeting-leaders-participants");
    emitRelation(ctx, a, "MET_WITH", b, sentence, "meeting-leaders-met", {
      meeting: meeting.name,
      ...(date ? { date } : {}),
    });
    if (date && !meeting.attributes.date) meeting.attributes.date = date;
    const place = placeAfter(ctx, noun, 6);
    if (place) emitRelation(ctx, meeting, "HELD_IN", place.e, sentence, "meeting-leaders-in-place");
    return;
  }
  // A signing reported as news: "X and Y sign", "X and Y have signed"; a dated past signing ("On
  // April 30, X and Y signed") is recalled.
  const perfect = /^(have|has)$/i.test(tokens[i - 1]?.text ?? "");
  if (!parties || !(/^signs?$/.test(tokens[i]!.text) || (tokens[i]!.text === "signed" && perfect))) return;
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
  const place = placeAfter(ctx, noun, 6);
  if (place) {
    emitRelation(ctx, meeting, "HELD_IN", place.e, sentence, "meeting-joint-signing");
    meeting.attributes.place ??= place.e.name;
  }
}

/**
 * The merge key of an event named by its place: one per place and month; with no date at all (an
 * undated article) one per document, since other articles' events at that place are others.
 */
function placedKey(ctx: RuleContext, place: string, date: string | undefined): string {
  const month = (date ?? ctx.doc.date ?? "").slice(0, 7);
  return `event@${place}@${month || `doc:${ctx.doc.id}`}`;
}
