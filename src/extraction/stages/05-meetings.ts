// Stage 5: meetings as events. Talks and negotiations ("talks in Geneva", "the London talks",
// "talks on the sidelines of the ASEAN Summit in Kuala Lumpur"), named summits, leaders'
// meetings ("a meeting between X and Y", "the X–Y summit", "when X and Y meet"), calls, state
// visits and tours; each with its place, date as written, participants and the summit it was
// part of. Reads mentions and entities, adds Meeting entities and relations through the context.

import { ASIAN_SURNAMES, NAME_PARTICLES } from "../lexicon/people.ts";
import { COUNTRY_BY_CODE } from "../lexicon/places.ts";
import { emitRelation, ensureEntity, mentionsIn } from "../rules/emit.ts";
import type { LocalEntity, RuleContext } from "../rules/types.ts";
import type { Token } from "./02-tokens.ts";
import type { Mention } from "./03-mentions.ts";

const TALKS = /^(talks|negotiations|negotiation)$/i;
const REFERENCE = /^(talks|negotiations|discussions|negotiators)$/i;
const MONTH = /^(January|February|March|April|May|June|July|August|September|October|November|December)$/;
const WEEKDAY = /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

interface Found {
  meeting: LocalEntity;
  sentence: number;
  kind: "talks" | "summit" | "leaders" | "call" | "visit" | "tour";
}

/** Per-document state that later rules read: the meetings found and the document's main talks. */
export interface MeetingIndex {
  found: Found[];
  primary: LocalEntity | null;
  /** Sentence index → meetings referenced in it. */
  bySentence: Map<number, Set<LocalEntity>>;
}

const INDEX = new WeakMap<RuleContext, MeetingIndex>();

/** The meetings of a document, once findMeetings has run. */
export function meetingsOf(ctx: RuleContext): MeetingIndex {
  return INDEX.get(ctx) ?? { found: [], primary: null, bySentence: new Map() };
}

function placeAfter(ctx: RuleContext, ti: number, window = 8): { m: Mention; e: LocalEntity } | null {
  const s = ctx.tokens[ti]!.sentence;
  for (const x of mentionsIn(ctx, s)) {
    if (x.m.ts <= ti || x.m.ts > ti + window) continue;
    const prev = ctx.tokens[x.m.ts - 1]?.text;
    if ((x.e.type === "Place" || (x.e.type === "Country" && !x.m.demonym)) && (prev === "in" || prev === "at"))
      return x;
  }
  return null;
}

/** Sentence → the date it gives (`dateNear`), read once per sentence however many meetings it names. */
const DATES = new WeakMap<RuleContext, Map<number, string | undefined>>();

function dateNear(ctx: RuleContext, sentence: number): string | undefined {
  let dates = DATES.get(ctx);
  if (!dates) DATES.set(ctx, (dates = new Map()));
  if (!dates.has(sentence)) dates.set(sentence, readDate(ctx, sentence));
  return dates.get(sentence);
}

function readDate(ctx: RuleContext, sentence: number): string | undefined {
  const s = ctx.sentences[sentence]!;
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const t = ctx.tokens[i]!;
    if (MONTH.test(t.text)) {
      const n = ctx.tokens[i + 1];
      return n && /^\d{1,2}(st|nd|rd|th)?$/.test(n.text) ? `${t.text} ${n.text}` : t.text;
    }
  }
  for (let i = s.tokenStart; i < s.tokenEnd; i++) if (WEEKDAY.test(ctx.tokens[i]!.text)) return ctx.tokens[i]!.text;
  return undefined;
}

/**
 * The name a person is called by alone: "Trump" for Donald Trump, "Xi" for Xi Jinping, "von der
 * Leyen" for Ursula von der Leyen.
 */
function surname(e: LocalEntity): string {
  const words = e.name.split(/\s+/);
  const particle = words.findIndex((w, i) => i > 0 && NAME_PARTICLES.has(w));
  if (particle > 0 && particle < words.length - 1) return words.slice(particle).join(" ");
  const short = [...e.aliases].find((a) => !a.includes(" ") && words.includes(a));
  if (short) return short;
  return (ASIAN_SURNAMES.has(words[0]!) && words.length === 2 ? words[0] : words.at(-1)) ?? e.name;
}

/** Finds the document's meetings, adds them as entities with their relations. */
export function findMeetings(ctx: RuleContext): void {
  const index: MeetingIndex = { found: [], primary: null, bySentence: new Map() };
  INDEX.set(ctx, index);
  const note = (f: Found) => {
    index.found.push(f);
    let set = index.bySentence.get(f.sentence);
    if (!set) index.bySentence.set(f.sentence, (set = new Set()));
    set.add(f.meeting);
  };
  const { tokens } = ctx;

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

  for (const s of ctx.sentences) {
    const ms = mentionsIn(ctx, s.i);
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const t = tokens[i]!;
      const lower = t.text.toLowerCase();
      if (TALKS.test(t.text)) findTalks(ctx, i, ms, note);
      else if (/^(meeting|meet|summit)$/.test(lower)) findLeadersMeeting(ctx, i, ms, note);
      else if (
        (lower === "call" && /^(phone|leaders|leaders’|leaders'|’|')$/i.test(tokens[i - 1]?.text ?? "")) ||
        (lower === "call" && /^\d/.test(tokens[i - 1]?.text ?? ""))
      ) {
        findCall(ctx, i, note);
      } else if (lower === "visit" && tokens[i + 1]?.text === "to") findVisit(ctx, i, ms, note);
      else if (lower === "tour" || lower === "trip") findTour(ctx, i, ms, note);
    }
  }
  const talks = index.found.filter((f) => f.kind === "talks");
  index.primary = talks.find((f) => f.meeting.attributes.place)?.meeting ?? talks[0]?.meeting ?? null;
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
  // "talks in Geneva", "negotiations in London’s historic Lancaster House".
  const after = placeAfter(ctx, i, 4);
  if (!place && after) {
    place = after.e;
    const owner = ms.find((x) => x.m.ts > after.m.te && x.m.ts <= after.m.te + 4 && x.e.type === "Place");
    if (owner && /^['’]s$/.test(tokens[after.m.te]?.text ?? "")) venue = owner.e;
  }
  // "talks in the Swedish capital": the capital of the country the demonym names.
  if (!place) {
    const capital = ms.find(
      (x) =>
        x.e.type === "Country" &&
        x.m.demonym &&
        x.m.ts > i &&
        x.m.ts <= i + 4 &&
        /^capital$/i.test(tokens[x.m.te]?.text ?? "") &&
        /^(in|at)$/i.test(tokens[x.m.ts - 2]?.text ?? ""),
    );
    const name = capital ? COUNTRY_BY_CODE.get(capital.m.key.replace(/^Country:/, ""))?.capital : undefined;
    if (capital && name) {
      place = ensureEntity(
        ctx,
        "Place",
        name,
        name,
        { ts: capital.m.ts - 1, te: capital.m.te + 1 },
        "place-demonym-capital",
      );
    }
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
  const meeting = ensureEntity(
    ctx,
    "Meeting",
    `${placeName} trade talks`,
    `talks@${placeName}`,
    { ts: i, te: i + 1 },
    "meeting-talks",
  );
  if (place) meeting.attributes.place = place.name;
  const date = dateNear(ctx, sentence) ?? ctx.doc.date?.slice(0, 7);
  if (date && !meeting.attributes.date) meeting.attributes.date = date;
  note({ meeting, sentence, kind: "talks" });
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
    pair = people
      .filter((x) => x.m.ts > i && x.m.ts < i + 12)
      .map((x) => x.e)
      .slice(0, 2);
  } else if (tokens[i]!.text === "meet") {
    // "when Trump and Xi meet": the two people just before.
    pair = people
      .filter((x) => x.m.te <= i && x.m.te >= i - 8)
      .map((x) => x.e)
      .slice(-2);
    // "Trump said he would meet Putin in Budapest": the person met, just after "meet" (titles
    // and nationality between), and the sentence's subject.
    const met = people.find((x) => x.m.ts > i && x.m.ts <= i + 5);
    const subject = people.find((x) => x.m.te <= i);
    if (pair.length < 2 && met && subject && met.e !== subject.e) pair = [subject.e, met.e];
  } else {
    // "the Trump-Xi summit", "Thursday’s meeting between": hyphenated pair before the noun.
    const near = people.filter((x) => x.m.te <= i && x.m.te >= i - 4).map((x) => x.e);
    if (near.length >= 2 && isHyphenPair(tokens, i)) pair = near.slice(-2);
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
  const names = [surname(a), surname(b)];
  const meeting = ensureEntity(
    ctx,
    "Meeting",
    `${names.join("-")} meeting`,
    `leaders@${[a.name, b.name].sort().join("+")}`,
    { ts: i, te: i + 1 },
    "meeting-leaders",
  );
  note({ meeting, sentence, kind: "leaders" });
  const date = dateNear(ctx, sentence);
  for (const p of pair) emitRelation(ctx, p, "PARTICIPATED_IN", meeting, sentence, "meeting-leaders-participants");
  emitRelation(ctx, a, "MET_WITH", b, sentence, "meeting-leaders-met", {
    meeting: meeting.name,
    ...(date ? { date } : {}),
  });
  const place = placeAfter(ctx, i, 12);
  if (place) {
    emitRelation(ctx, meeting, "HELD_IN", place.e, sentence, "meeting-leaders-in-place");
    if (!meeting.attributes.place) meeting.attributes.place = place.e.name;
  }
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

/** "the leaders’ June 5th call", "a phone call between the two leaders". */
function findCall(ctx: RuleContext, i: number, note: Note) {
  const sentence = ctx.tokens[i]!.sentence;
  const leaders = leadersInContext(ctx, sentence);
  if (leaders.length !== 2) return;
  const [a, b] = leaders as [LocalEntity, LocalEntity];
  const meeting = ensureEntity(
    ctx,
    "Meeting",
    `${surname(a)}-${surname(b)} phone call`,
    `call@${[a.name, b.name].sort().join("+")}`,
    { ts: i, te: i + 1 },
    "meeting-call",
  );
  const date = dateNear(ctx, sentence);
  if (date) meeting.attributes.date = date;
  note({ meeting, sentence, kind: "call" });
  for (const p of leaders) emitRelation(ctx, p, "PARTICIPATED_IN", meeting, sentence, "meeting-call-participants");
  emitRelation(ctx, a, "MET_WITH", b, sentence, "meeting-call-met", {
    meeting: meeting.name,
    ...(date ? { date } : {}),
  });
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
function findVisit(ctx: RuleContext, i: number, ms: { m: Mention; e: LocalEntity }[], note: Note) {
  const sentence = ctx.tokens[i]!.sentence;
  const dest = ms.find((x) => x.m.ts === i + 2 && (x.e.type === "Country" || x.e.type === "Place"));
  if (!dest) return;
  const visitor = ms.filter((x) => x.e.type === "Person" && x.m.te <= i && x.m.te >= i - 4).at(-1);
  const who = visitor ? `${surname(visitor.e)} ` : "";
  const state = ctx.tokens[i - 1]?.text === "state" ? "state " : "";
  const meeting = ensureEntity(
    ctx,
    "Meeting",
    `${who}${state}visit to ${dest.e.name}`,
    `visit@${who}${dest.e.name}`,
    { ts: i, te: i + 3 },
    "meeting-visit",
  );
  note({ meeting, sentence, kind: "visit" });
  emitRelation(ctx, meeting, "HELD_IN", dest.e, sentence, "meeting-visit-destination");
  if (visitor) emitRelation(ctx, visitor.e, "PARTICIPATED_IN", meeting, sentence, "meeting-visit-visitor");
}

/** "Trump, beginning a five-day Asia tour". */
function findTour(ctx: RuleContext, i: number, ms: { m: Mention; e: LocalEntity }[], note: Note) {
  const sentence = ctx.tokens[i]!.sentence;
  const region = ms.find((x) => x.m.te === i && x.e.type === "Place");
  if (!region) return;
  const traveller = ms.filter((x) => x.e.type === "Person" && x.m.te <= region.m.ts).at(-1);
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
