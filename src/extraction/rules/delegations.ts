// Delegations and the sides of a negotiation, read from the sentence: "talks between delegations
// headed by X and Y", "the US delegation led by X and the Indian team headed by Y", "led on the
// Chinese side by X and Y for the Americans", "X and his counterpart Y", "X held talks with Y",
// "X sat down with Y", "across the table from Y". The heads of opposing sides negotiated with each
// other; so did their countries (or a bloc acting as one); all took part in the sentence's meeting
// (else the document's main one); officials who are not heads of state represent their side.

import { DocumentCache, DocumentSet } from "../document-caches.ts";
import { pairMeetingKey } from "../events/pair-meetings.ts";
import { CAPITALS } from "../lexicon/places.ts";
import { HEAD_OF_STATE_TITLES } from "../lexicon/titles.ts";
import { meetingsOf, surname } from "../stages/05-meetings.ts";
import type { Arg, Chunk } from "../syntax/clauses.ts";
import { isParticiple, knowLemmas } from "../syntax/lemma.ts";
import { type M, sentenceReading, spanOf } from "../syntax/predicates.ts";
import { emitRelation, ensureEntity, entitiesById, keyKindIs, mentionsIn, sentenceAt } from "./emit.ts";
import { recallsMeeting } from "./recalled-meetings.ts";
import { blocSeatedIn, countryEntity, isStateParty, mainCountryPair } from "./sides.ts";
import type { LocalEntity, Rule, RuleContext } from "./types.ts";

type Found = { m: { ts: number; te: number; demonym?: boolean }; e: LocalEntity };

/** A side of the table: the country (or bloc) and the person heading it, either may be missing. */
interface Side {
  party?: LocalEntity;
  head?: LocalEntity;
}

const GROUP = /^(delegation|delegations|team|teams|side|negotiators|counterparts?)$/i;
const LED = /^(led|headed|chaired|represented)$/i;
/** Verbs and phrases that put two people across a table: the object is the other side. */
const ACROSS = [
  ["held", "talks", "with"],
  ["holds", "talks", "with"],
  ["hold", "talks", "with"],
  ["sat", "down", "with"],
  ["sit", "down", "with"],
  ["engaged", "with"],
  ["negotiated", "with"],
  ["negotiating", "with"],
  ["across", "the", "table", "from"],
  ["spoke", "with"],
] as const;

function isHeadOfState(e: LocalEntity): boolean {
  // "Vice Premier", "Deputy Prime Minister" are not heads of government; a ruling party's
  // "General Secretary" leads the state (not a body's "Secretary-General").
  return (
    [...e.titles].some(
      (t) =>
        !/\b(vice|deputy|former)\b/i.test(t) &&
        (HEAD_OF_STATE_TITLES.has(t) ||
          [...HEAD_OF_STATE_TITLES].some((h) => t.endsWith(` ${h}`)) ||
          /^general secretary$/i.test(t)),
    ) || COUNTERPART_LEADERS.has(e)
  );
}

/** People named as a head of state's "counterpart" ("President X and his Chinese counterpart Y"). */
const COUNTERPART_LEADERS = new DocumentSet<LocalEntity>();

/**
 * Marks the people a sentence names as the counterpart of a head of state ("U.S. President X and
 * his Chinese counterpart Y", "Y, X's counterpart"): they lead their state too.
 */
function markCounterpartLeaders(ctx: RuleContext): void {
  for (const s of ctx.sentences) {
    if (!/\bcounterparts?\b/i.test(s.text)) continue;
    const ms = mentionsIn(ctx, s.i).filter((x) => x.e.type === "Person");
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      if (!/^counterpart$/i.test(ctx.tokens[i]!.text)) continue;
      const after = ms.find((x) => x.m.ts > i && x.m.ts <= i + 2);
      const before = ms.filter((x) => x.m.te <= i && i - x.m.te <= 6);
      if (after && before.some((x) => x.e !== after.e && isHeadOfState(x.e))) COUNTERPART_LEADERS.add(after.e);
    }
  }
}

/** Bodies of the European Union: their officers speak for it. */
const EU_BODY = /^(European (Commission|Council|Parliament|External Action Service)|Council of the European Union)$/;

/** Person id → the country or organisation of the first post the document gives them. */
const POSTS = new DocumentCache<RuleContext, Map<string, LocalEntity>>();

/**
 * The country or bloc a person speaks for, when the text has said it: their nationality, else the
 * country or organisation they hold a post in ("EU chief X", "Commission President X").
 */
function partyOf(ctx: RuleContext, p: LocalEntity): LocalEntity | undefined {
  if (p.nationality) return countryEntity(ctx, p.nationality);
  let posts = POSTS.get(ctx);
  if (!posts) {
    posts = new Map();
    const byId = entitiesById(ctx);
    // An agency's state: the country it is part of; a European institution's, the Union.
    const agencyState = new Map<string, LocalEntity>();
    for (const r of ctx.relations) {
      const t = byId.get(r.target);
      if (r.predicate === "PART_OF" && t && isStateParty(t) && !agencyState.has(r.source)) agencyState.set(r.source, t);
    }
    const union = ctx.resolution.entities.find((e) => e.type === "Organization" && e.name === "European Union");
    for (const r of ctx.relations) {
      if (r.predicate !== "HOLDS_POSITION" || posts.has(r.source)) continue;
      const t = byId.get(r.target);
      if (t && (t.type === "Country" || t.type === "Organization")) posts.set(r.source, t);
      else if (t?.type === "Agency") {
        const state = agencyState.get(t.id) ?? (union && EU_BODY.test(t.name) ? union : undefined);
        if (state) posts.set(r.source, state);
      }
    }
    POSTS.set(ctx, posts);
  }
  const post = posts.get(p.id);
  if (post) return post;
  // "EU chief X", "Commission President X": a bloc or country written just before the name.
  for (const m of p.mentions) {
    const x = mentionsIn(ctx, m.sentence).find(
      (y) =>
        (y.e.type === "Organization" || (y.e.type === "Country" && y.m.demonym)) &&
        y.m.te <= m.ts &&
        y.m.te >= m.ts - 2,
    );
    if (x) return x.e;
  }
  return undefined;
}

/** A demonym or country written just before a person's mention ("Chinese vice-premier X"). */
function demonymBefore(ms: Found[], x: Found): LocalEntity | undefined {
  return ms.find((y) => y.e.type === "Country" && y.m.te <= x.m.ts && y.m.te >= x.m.ts - 3)?.e;
}

/** Persons right after `ts` (titles and a nationality between), coordinated by "and" (at most two). */
function personsAfter(ms: Found[], ctx: RuleContext, ts: number, window = 6): Found[] {
  const out: Found[] = [];
  const first = ms.find((x) => x.e.type === "Person" && x.m.ts >= ts && x.m.ts <= ts + window);
  if (!first) return out;
  out.push(first);
  const and = ctx.tokens[first.m.te]?.text === "and";
  if (and) {
    const second = ms.find((x) => x.e.type === "Person" && x.m.ts > first.m.te && x.m.ts <= first.m.te + 6);
    if (second) out.push(second);
  }
  return out;
}

/** The sides a sentence names, in text order. */
function sidesOf(ctx: RuleContext, sentence: number): { sides: Side[]; meets: boolean } {
  const s = ctx.sentences[sentence]!;
  const ms = mentionsIn(ctx, sentence) as Found[];
  const { tokens } = ctx;
  const sides: Side[] = [];
  let meets = false;
  const partyBefore = (i: number): LocalEntity | undefined => {
    const x = ms.find((y) => (y.e.type === "Country" || y.e.type === "Organization") && y.m.te <= i && y.m.te >= i - 2);
    return x?.e;
  };
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const t = tokens[i]!;
    // "delegations headed by X and Y": one side per head.
    if (/^(delegations|teams)$/i.test(t.text) && LED.test(tokens[i + 1]?.text ?? "") && tokens[i + 2]?.text === "by") {
      for (const p of personsAfter(ms, ctx, i + 3))
        sides.push({ head: p.e, party: partyOf(ctx, p.e) ?? demonymBefore(ms, p) });
      continue;
    }
    // "the US delegation led by X", "the Indian team headed by Y", "China's delegation, headed by Z".
    if (GROUP.test(t.text) && !/^(delegations|teams)$/i.test(t.text)) {
      const party =
        partyBefore(i) ??
        (tokens[i - 1]?.text === "’s" || tokens[i - 1]?.text === "'s" ? partyBefore(i - 1) : undefined);
      let k = i + 1;
      if (tokens[k]?.text === ",") k++;
      // "the US team is led by X", "China's delegation will be headed by Y".
      while (/^(is|was|were|are|will|be|been|has|had|have)$/i.test(tokens[k]?.text ?? "") && k < i + 4) k++;
      if (LED.test(tokens[k]?.text ?? "") && tokens[k + 1]?.text === "by") {
        const heads = personsAfter(ms, ctx, k + 2);
        if (heads[0])
          sides.push({ head: heads[0].e, party: party ?? partyOf(ctx, heads[0].e) ?? demonymBefore(ms, heads[0]) });
        continue;
      }
      // "led on the Chinese side by X and Y for the Americans".
      if (/^side$/i.test(t.text) && tokens[i + 1]?.text === "by" && party) {
        const heads = personsAfter(ms, ctx, i + 2);
        if (heads[0]) sides.push({ head: heads[0].e, party });
        const other = heads[1];
        if (other) {
          const forWhom = ms.find(
            (y) =>
              y.e.type === "Country" &&
              y.m.ts > other.m.te &&
              y.m.ts <= other.m.te + 3 &&
              tokens[y.m.ts - 1]?.text !== "of",
          );
          sides.push({ head: other.e, party: forWhom?.e ?? partyOf(ctx, other.e) });
        }
        continue;
      }
      // "X led the US delegation", "X, who heads the EU team".
      const verb = [i - 2, i - 3].find((k) =>
        /^(led|leads|leading|heads|headed|heading)$/i.test(tokens[k]?.text ?? ""),
      );
      if (party && verb !== undefined) {
        const head = ms.filter((y) => y.e.type === "Person" && y.m.te <= verb && y.m.te >= verb - 4).at(-1);
        if (head) sides.push({ head: head.e, party });
        continue;
      }
      if (party && /^(delegation|team|side|negotiators)$/i.test(t.text)) sides.push({ party });
      continue;
    }
    // "Peru was represented by X", "the European Union, represented by Y,".
    if (/^represented$/i.test(t.text) && tokens[i + 1]?.text === "by") {
      let k = i - 1;
      while (k > s.tokenStart && /^(is|was|were|are|will|be|been|,)$/i.test(tokens[k]!.text)) k--;
      const party = ms.find((y) => isStateParty(y.e) && y.m.te === k + 1 && !y.m.demonym);
      const head = party ? personsAfter(ms, ctx, i + 2)[0] : undefined;
      if (party && head) sides.push({ head: head.e, party: party.e });
      continue;
    }
    // "X and his counterpart Y", "X and her Chinese counterpart, Y".
    if (/^(his|her|their)$/i.test(t.text)) {
      let k = i + 1;
      const demonym = ms.find((y) => y.e.type === "Country" && y.m.ts === k);
      if (demonym) k = demonym.m.te;
      if (/^counterparts?$/i.test(tokens[k]?.text ?? "")) {
        const before = ms.filter((y) => y.e.type === "Person" && y.m.te <= i && y.m.te >= i - 3).at(-1);
        const after = personsAfter(ms, ctx, k + 1, 3)[0];
        if (before && after) {
          sides.push({ head: before.e, party: partyOf(ctx, before.e) });
          sides.push({ head: after.e, party: demonym?.e ?? partyOf(ctx, after.e) });
        }
      }
      continue;
    }
    // "X held talks with Y", "X sat down with Y", "X engaged with Y", "across the table from Y".
    for (const phrase of ACROSS) {
      if (t.text.toLowerCase() !== phrase[0]) continue;
      if (!phrase.every((w, n) => tokens[i + n]?.text.toLowerCase() === w)) continue;
      const end = i + phrase.length;
      const subject = ms.filter((y) => y.e.type === "Person" && y.m.te <= i && y.m.te >= i - 12).at(-1);
      const object = personsAfter(ms, ctx, end, 5)[0];
      if (subject && object && subject.e !== object.e) {
        sides.push({ head: subject.e, party: partyOf(ctx, subject.e) });
        sides.push({ head: object.e, party: partyOf(ctx, object.e) });
        if (phrase[0] !== "negotiated" && phrase[0] !== "negotiating" && phrase[0] !== "across") meets = true;
      }
      break;
    }
  }
  return { sides, meets };
}

/**
 * "X wrapped up a summit in Beijing": a meeting held in a capital has the host country as one side
 * and the party of each visitor who took part as the other; they negotiated with each other.
 */
function hostSides(ctx: RuleContext, rule: string): void {
  const index = meetingsOf(ctx);
  const byId = entitiesById(ctx);
  const seen = new Set<LocalEntity>();
  for (const f of index.found) {
    const m = f.meeting;
    if (seen.has(m) || !keyKindIs(m, "event", "leaders") || !m.attributes.place) continue;
    seen.add(m);
    // "X refused to meet Y in Bali", "X did not meet Y": no meeting took place.
    if (REFUSED_MEETING.test(ctx.sentences[f.sentence]!.text)) continue;
    const leaders = keyKindIs(m, "leaders");
    const code = leaders ? undefined : CAPITALS.get(m.attributes.place);
    let host = code ? countryEntity(ctx, code) : undefined;
    const people = new Set<LocalEntity>();
    // A gathering of a group (the G7, the Quad) or of three states or more: its host negotiates
    // with no one in particular.
    let group = false;
    // A firm's officer at the meeting stands for no state; a visitor who met only a firm's people
    // met no side of the host.
    let firm = false;
    for (const r of ctx.relations) {
      if (r.predicate !== "PARTICIPATED_IN" || r.target !== m.id) continue;
      const p = byId.get(r.source);
      if (p?.type === "Person" && firmOfficer(ctx, p)) firm = true;
      else if (p?.type === "Person") people.add(p);
      else if (p?.type === "Organization" && !isStateParty(p)) group = true;
    }
    const parties = new Set([...people].map((p) => partyOf(ctx, p)).filter((x) => !!x));
    if (firm && host && !parties.has(host)) host = undefined;
    const gathering = group || parties.size >= 3;
    // Two visiting sides and none of the host's people ("US and Chinese negotiators met in
    // Madrid"): the capital is a neutral venue, its country no side.
    if (host && !parties.has(host) && parties.size >= 2) host = undefined;
    // Two people of different sides at one event met ("X and Y signed the framework during a
    // ceremony at the White House"); their sides took part and negotiated.
    const list = [...people];
    if (list.length === 2) {
      const [a, b] = list as [LocalEntity, LocalEntity];
      let pa = partyOf(ctx, a);
      let pb = partyOf(ctx, b);
      // Two leaders the text gives no country: the two countries the document is about.
      const pair = mainCountryPair(ctx);
      // One of them with a side: the other is from the document's other country.
      if (pair && !pa && !pb && isHeadOfState(a) && isHeadOfState(b)) [pa, pb] = pair;
      else if (pair && !pa && pb && pair.includes(pb)) pa = pair[0] === pb ? pair[1] : pair[0];
      else if (pair && pa && !pb && pair.includes(pa)) pb = pair[0] === pa ? pair[1] : pair[0];
      if (pa && pb && pa !== pb) {
        emitRelation(ctx, a, "MET_WITH", b, f.sentence, rule, { meeting: m.name });
        // A leaders' meeting has its two people as parties; a ceremony or summit, their states too.
        if (!leaders) {
          emitRelation(ctx, pa, "PARTICIPATED_IN", m, f.sentence, rule, {}, 0.7);
          emitRelation(ctx, pb, "PARTICIPATED_IN", m, f.sentence, rule, {}, 0.7);
        }
        // Their states negotiated only when the meeting was about something to settle ("met at a
        // concert in Osaka" is a meeting, not a negotiation).
        if (NEGOTIATION_CUE.test(ctx.sentences[f.sentence]!.text) || /\b(talks|summit|negotiations)\b/i.test(m.name))
          emitRelation(ctx, pa, "NEGOTIATED_WITH", pb, f.sentence, rule, { meeting: m.name }, 0.7);
      }
    }
    // A capital is only the venue of a meeting none of the host's people is named at (a
    // participant, or a person of the host in the meeting's sentence), unless the meeting is a summit
    // (its host's leader chairs it) or a group's gathering: a visitor there met no side of the host.
    const hostNamed =
      !!host &&
      (parties.has(host) ||
        mentionsIn(ctx, f.sentence).some((x) => x.e.type === "Person" && partyOf(ctx, x.e) === host));
    const venueOnly = !!host && !hostNamed && !group && !/\bsummit\b/i.test(m.name);
    for (const p of people) {
      const party = partyOf(ctx, p);
      if (!party || party === host || !host || venueOnly) continue;
      emitRelation(ctx, party, "PARTICIPATED_IN", m, f.sentence, rule, {}, 0.7);
      emitRelation(ctx, host, "PARTICIPATED_IN", m, f.sentence, rule, {}, 0.7);
      if (!gathering) emitRelation(ctx, party, "NEGOTIATED_WITH", host, f.sentence, rule, { meeting: m.name }, 0.7);
      if (!isHeadOfState(p)) emitRelation(ctx, p, "REPRESENTS", party, f.sentence, rule);
    }
  }
}

const REFUSED_MEETING =
  /\b(refused|refuses|declined|declines|rejected|did not|didn't|does not|doesn't|will not|won't|would not|never|no plans?) (to )?meet\b/i;

/**
 * "X, host of the meeting", "X, the current chair of the summit", "X, co-chair of the conference":
 * X took part, as host or chair.
 */
function hostOf(ctx: RuleContext, rule: string): void {
  const index = meetingsOf(ctx);
  const distinct = [...new Set(index.found.map((f) => f.meeting))];
  for (const s of ctx.sentences) {
    if (!/\b(host|chair|hosts)\b/i.test(s.text)) continue;
    const meeting =
      [...(index.bySentence.get(s.i) ?? [])][0] ?? index.primary ?? (distinct.length === 1 ? distinct[0] : undefined);
    if (!meeting) continue;
    for (const x of mentionsIn(ctx, s.i) as Found[]) {
      if (x.e.type !== "Person" && x.e.type !== "Country") continue;
      let k = x.m.te;
      if (ctx.tokens[k]?.text !== ",") continue;
      k++;
      while (/^(the|current|rotating)$/i.test(ctx.tokens[k]?.text ?? "")) k++;
      // "X, co-chair of the conference", "X, co-host of the summit".
      const role = ctx.tokens[k]?.text.toLowerCase().replace(/^co-/, "");
      if ((role !== "host" && role !== "chair") || ctx.tokens[k + 1]?.text !== "of") continue;
      if (!/^(the|this)$/i.test(ctx.tokens[k + 2]?.text ?? "")) continue;
      if (!/^(meeting|summit|talks|forum|conference|group|bloc)$/i.test(ctx.tokens[k + 3]?.text ?? "")) continue;
      emitRelation(ctx, x.e, "PARTICIPATED_IN", meeting, s.i, rule, { role });
    }
  }
}

export const delegationSidesRule: Rule = {
  id: "delegation-sides",
  predicates: ["NEGOTIATED_WITH", "PARTICIPATED_IN", "REPRESENTS", "MET_WITH"],
  description:
    "Heads of delegations and people across the table negotiated with each other; their sides too; all took part in the meeting.",
  example: "Talks between delegations headed by Minister A of Chile and Minister B of Peru took place in Lima.",
  apply(ctx) {
    markCounterpartLeaders(ctx);
    const index = meetingsOf(ctx);
    // A document that reports one event: the sides it names met at it.
    const distinct = [...new Set(index.found.map((f) => f.meeting))];
    const onlyEvent = distinct.length === 1 ? distinct[0] : index.main.length === 1 ? index.main[0] : undefined;
    for (const s of ctx.sentences) {
      if (
        !/\b(delegations?|teams?|side|counterparts?|talks with|down with|engaged with|negotiat\w+ with|across the table|represented by)\b/i.test(
          s.text,
        )
      )
        continue;
      const { sides, meets } = sidesOf(ctx, s.i);
      if (sides.length < 2 && !sides.some((x) => x.head)) {
        // A lone party ("the Chinese delegation arrived"): it takes part in the meeting of the sentence.
        // Away from any event of its own sentence only a delegation or a team is at the meeting ("the
        // US side will provide …" speaks of a state's policy, not of its presence).
        const own = [...(index.bySentence.get(s.i) ?? [])][0];
        const meeting = own ?? (/\b(delegations?|teams?)\b/i.test(s.text) ? (index.primary ?? onlyEvent) : undefined);
        for (const side of sides)
          if (side.party && meeting) emitRelation(ctx, side.party, "PARTICIPATED_IN", meeting, s.i, this.id, {}, 0.7);
        continue;
      }
      const here = [...(index.bySentence.get(s.i) ?? [])];
      let meeting =
        here.find((m) => !/@/.test(m.attributes.mergeKey ?? "") || keyKindIs(m, "talks", "event", "leaders")) ??
        index.primary ??
        onlyEvent;
      // Two people who met during a larger gathering ("during the spring meetings, X engaged with
      // Y"): their own meeting, part of it.
      const heads = sides.filter((x) => x.head).map((x) => x.head!);
      const gathering = meeting && keyKindIs(meeting, "event") ? meeting : undefined;
      if (meets && gathering && heads.length === 2) {
        const [a, b] = heads as [LocalEntity, LocalEntity];
        const first = mentionsIn(ctx, s.i).find((x) => x.e === a) ?? mentionsIn(ctx, s.i)[0]!;
        const own = ensureEntity(
          ctx,
          "Meeting",
          `${surname(a)}-${surname(b)} meeting`,
          pairMeetingKey(a.name, b.name),
          { ts: first.m.ts, te: first.m.te },
          this.id,
        );
        emitRelation(ctx, own, "PART_OF", gathering, s.i, this.id);
        const placeName = gathering.attributes.place;
        const place = placeName
          ? ctx.resolution.entities.find((e) => e.type === "Place" && e.name === placeName)
          : undefined;
        if (place) emitRelation(ctx, own, "HELD_IN", place, s.i, this.id);
        meeting = own;
      }
      const attrs: Record<string, string> = meeting ? { meeting: meeting.name } : {};
      for (const side of sides) {
        if (side.head && meeting)
          emitRelation(
            ctx,
            side.head,
            "PARTICIPATED_IN",
            meeting,
            s.i,
            this.id,
            sides.length >= 2 ? { role: "lead" } : {},
          );
        if (side.party && meeting) emitRelation(ctx, side.party, "PARTICIPATED_IN", meeting, s.i, this.id, {}, 0.7);
        // A bloc's president speaks for it (no head of state of its own).
        if (side.head && side.party && (!isHeadOfState(side.head) || side.party.type === "Organization"))
          emitRelation(ctx, side.head, "REPRESENTS", side.party, s.i, this.id);
      }
      // "after the summit between X and Y": a meeting recalled is no negotiation read here.
      const recalled = recallsMeeting(s.text);
      for (let a = 0; a < sides.length; a++) {
        for (let b = a + 1; b < sides.length; b++) {
          const x = sides[a]!;
          const y = sides[b]!;
          // Opposing sides only: two heads of one country are one side.
          if (x.party && y.party && x.party === y.party) continue;
          if (x.head && y.head && x.head !== y.head) {
            if (!recalled) emitRelation(ctx, x.head, "NEGOTIATED_WITH", y.head, s.i, this.id, attrs);
            if (meets) emitRelation(ctx, x.head, "MET_WITH", y.head, s.i, this.id, attrs);
          }
          if (x.party && y.party && !recalled)
            emitRelation(ctx, x.party, "NEGOTIATED_WITH", y.party, s.i, this.id, attrs, 0.7);
        }
      }
    }
    hostSides(ctx, this.id);
    hostOf(ctx, this.id);
  },
};

/** The rule id of the venues read from the sentence. */
const VENUE_RULE = "talks-venue";
/** Event nouns that stand for a meeting of their sentence. */
const VENUE_EVENT =
  /^(talks|talk|negotiations|discussions?|meetings?|summit|conference|forum|dialogue|consultations|ceremony|call|session|round|gathering)$/i;
/** The kinds of meeting an event word may stand for ("the summit" is no bilateral call). */
function venueKinds(word: string): readonly string[] {
  const w = word.toLowerCase();
  if (/^(summit)$/.test(w)) return ["summit", "leaders"];
  if (/^(conference|forum|gathering|ceremony)$/.test(w)) return ["summit"];
  if (/^(meetings?)$/.test(w)) return ["leaders", "talks", "summit", "visit"];
  if (w === "call") return ["call"];
  return ["talks", "leaders", "call", "visit"];
}
/** Words that end the clause between an event and the verb of its taking place. */
const VENUE_BREAK = /^(;|said|says|told|while|but|after|before|because|although|when|whereas|since)$/i;
/** Verbs of an event going on after which "at"/"in" names its venue ("the talks opened in X"). */
const EVENT_ONGOING: ReadonlySet<string> = new Set([
  "opened",
  "began",
  "resumed",
  "concluded",
  "ended",
  "continued",
  "convened",
  "reconvened",
  "kicked",
]);
/** The words that open a venue phrase ("took place", "was held", "opened", "venue"), as written. */
const VENUE_TRIGGER: ReadonlySet<string> = new Set(
  ["place", "held", "hosted", "staged", "venue", ...EVENT_ONGOING].flatMap((w) => [
    w,
    w[0]!.toUpperCase() + w.slice(1),
  ]),
);
/** What may follow an event word before its venue: "talks at X", "his discussion with Y in X". */
const AFTER_EVENT: ReadonlySet<string> = new Set(["at", "in", "inside", "with"]);

/** A venue mention starting at `k` (after an optional "the"): a place, or a country named as such. */
function venueAt(ms: Found[], ctx: RuleContext, k: number): Found | undefined {
  if (/^the$/i.test(ctx.tokens[k]?.text ?? "")) k++;
  return ms.find(
    (x) =>
      x.m.ts === k &&
      (x.e.type === "Place" ||
        (x.e.type === "Country" && !x.m.demonym && !(x.m as { capitalAsState?: boolean }).capitalAsState)),
  );
}

/**
 * Where the meetings of a sentence took place, read from general wordings: "the talks took place at
 * X", "the summit, which will be held in X", "the talks opened in X", "X, the venue for the summit",
 * "Y's discussion with Z in the Oval Office", "talks at the White House"; and a meeting on the
 * sidelines of a summit took place where the summit did.
 */
function venues(ctx: RuleContext): void {
  const index = meetingsOf(ctx);
  const { tokens } = ctx;
  const byToken = new Map<number, LocalEntity>();
  const meetingIds = new Set(ctx.resolution.entities.filter((e) => e.type === "Meeting").map((e) => e.id));
  const kinds = new Map<LocalEntity, Set<string>>();
  for (const f of index.found) {
    let set = kinds.get(f.meeting);
    if (!set) kinds.set(f.meeting, (set = new Set()));
    set.add(f.kind);
  }
  for (const f of index.found) if (f.token !== undefined && !byToken.has(f.token)) byToken.set(f.token, f.meeting);
  // A document about one meeting: an event word of a sentence that names none is that one.
  const distinct = new Set(index.found.map((f) => f.meeting));
  const lone = distinct.size === 1 ? [...distinct][0] : undefined;
  if (!distinct.size) return;
  /** Whether a meeting other than `meeting` (and neither part of the other) is already held in `place`. */
  const placedElsewhere = (meeting: LocalEntity, place: LocalEntity): boolean =>
    ctx.relations.some(
      (r) =>
        r.predicate === "HELD_IN" &&
        r.target === place.id &&
        r.source !== meeting.id &&
        meetingIds.has(r.source) &&
        !ctx.relations.some(
          (p) =>
            p.predicate === "PART_OF" &&
            ((p.source === meeting.id && p.target === r.source) || (p.source === r.source && p.target === meeting.id)),
        ),
    );
  for (const s of ctx.sentences) {
    const si = s.i;
    const set = index.bySentence.get(si);
    if (!set?.size && !lone) continue;
    const ms = mentionsIn(ctx, si) as Found[];
    if (!ms.some((x) => x.e.type === "Place" || x.e.type === "Country")) continue;
    const only = set?.size ? (set.size === 1 ? [...set][0] : undefined) : lone;
    // The meeting an event word or meeting mention at `k` names.
    const meetingAt = (k: number): LocalEntity | undefined => {
      const named = ms.find((x) => x.e.type === "Meeting" && x.m.ts <= k && x.m.te > k);
      if (named) return named.e;
      const w = tokens[k]!.text;
      if (!VENUE_EVENT.test(w) || (w !== w.toLowerCase() && k !== s.tokenStart)) return undefined;
      if (/^(press|news)$/i.test(tokens[k - 1]?.text ?? "")) return undefined;
      const own = byToken.get(k);
      if (own) return own;
      return only && venueKinds(w).some((kind) => kinds.get(only)?.has(kind)) ? only : undefined;
    };
    // The meeting named nearest before token `v` in its clause.
    const subjectOf = (v: number, reach: number): LocalEntity | undefined => {
      for (let k = v - 1; k >= Math.max(s.tokenStart, v - reach); k--) {
        if (VENUE_BREAK.test(tokens[k]!.text)) return undefined;
        const m = meetingAt(k);
        if (m) return m;
      }
      return undefined;
    };
    const held = (meeting: LocalEntity | undefined, prep: number, scan = 0) => {
      if (!meeting) return;
      // "took place over the course of six hours at X": a short adverbial may come first.
      for (let k = prep; k <= prep + scan && k < s.tokenEnd; k++) {
        const w = tokens[k]!.text;
        if (w === "," || VENUE_BREAK.test(w)) return;
        if (!/^(at|in|inside)$/i.test(w)) continue;
        const venue = venueAt(ms, ctx, k + 1);
        if (!venue) continue;
        // Another event of the document already placed there ("a subsequent meeting planned in X"
        // and later "the planned meeting in X"): the venue is that event's, not this one's.
        if (placedElsewhere(meeting, venue.e)) return;
        if (venue.e !== meeting) emitRelation(ctx, meeting, "HELD_IN", venue.e, si, VENUE_RULE, {}, 0.7);
        // "at the Blue House in Seoul": the city of the venue too.
        const city = /^(in|,)$/.test(tokens[venue.m.te]?.text ?? "") ? venueAt(ms, ctx, venue.m.te + 1) : undefined;
        if (city && city.e !== meeting && city.e.type === "Place")
          emitRelation(ctx, meeting, "HELD_IN", city.e, si, VENUE_RULE, {}, 0.7);
        return;
      }
    };
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      // Cheap gates first: a trigger word here, or a preposition next (no lowercasing per token).
      const raw = tokens[i]!.text;
      const trigger = VENUE_TRIGGER.has(raw);
      if (!trigger && !AFTER_EVENT.has(tokens[i + 1]?.text ?? "")) continue;
      const w = trigger ? raw.toLowerCase() : "";
      const prev = trigger ? (tokens[i - 1]?.text.toLowerCase() ?? "") : "";
      if (w === "place" && /^(take|takes|took|taken|taking)$/.test(prev)) {
        // "The talks took place at X", "the summit, which will take place in X".
        held(subjectOf(i - 1, 18), i + 1, 8);
      } else if ((w === "held" || w === "hosted" || w === "staged") && /^(is|are|was|were|be|been|being)$/.test(prev)) {
        // "The meeting was held in X", "the summit will be hosted at X".
        held(subjectOf(i - 1, 18), i + 1, 8);
      } else if (EVENT_ONGOING.has(w)) {
        // "The talks opened in X on Monday": the event is the verb's subject, just before it.
        const meeting = subjectOf(i, 3);
        held(meeting, tokens[i + 1]?.text === "off" ? i + 2 : i + 1);
      } else if (w === "venue" && /^(for|of)$/.test(tokens[i + 1]?.text ?? "")) {
        // "X, the venue for the summit": the place before, the event after.
        let at = -1;
        for (let k = i + 2; k < Math.min(s.tokenEnd, i + 9) && at < 0; k++) if (meetingAt(k)) at = k;
        const meeting = at >= 0 ? meetingAt(at) : undefined;
        const place = [...ms]
          .reverse()
          .find((x) => x.m.te <= i && i - x.m.te <= 2 && (x.e.type === "Place" || x.e.type === "Country"));
        if (meeting && place && tokens[place.m.te]?.text === ",")
          emitRelation(ctx, meeting, "HELD_IN", place.e, si, VENUE_RULE, {}, 0.7);
      } else {
        // "talks at the White House", "his discussion with Y in the Oval Office".
        if (!AFTER_EVENT.has(tokens[i + 1]?.text ?? "")) continue;
        const meeting = meetingAt(i);
        if (!meeting || ms.some((x) => x.e === meeting && x.m.ts <= i && x.m.te > i + 1)) continue;
        let k = i + 1;
        if (/^with$/i.test(tokens[k]?.text ?? "")) {
          const other = ms.find((x) => x.m.ts === k + 1 || x.m.ts === k + 2);
          if (!other) continue;
          k = other.m.te;
        }
        held(meeting, k);
      }
    }
  }
  // A meeting on the sidelines of a summit took place where the summit did.
  const byId = entitiesById(ctx);
  const places = new Map<string, { target: string; start: number }[]>();
  const has = new Set<string>();
  for (const r of ctx.relations) {
    if (r.predicate !== "HELD_IN") continue;
    has.add(r.source);
    let list = places.get(r.source);
    if (!list) places.set(r.source, (list = []));
    list.push({ target: r.target, start: r.evidence[0]?.start ?? -1 });
  }
  const summits = new Set(index.found.filter((f) => f.kind === "summit").map((f) => f.meeting.id));
  for (const r of [...ctx.relations]) {
    if (r.predicate !== "PART_OF" || has.has(r.source) || !summits.has(r.target)) continue;
    const meeting = byId.get(r.source);
    if (meeting?.type !== "Meeting") continue;
    const sentence = sentenceAt(ctx, r.evidence[0]?.start ?? -1);
    if (sentence < 0) continue;
    for (const p of places.get(r.target) ?? []) {
      const place = byId.get(p.target);
      if (place) emitRelation(ctx, meeting, "HELD_IN", place, sentence, VENUE_RULE, {}, 0.6);
    }
  }
}

/**
 * Where a meeting took place, read off its venue ("took place at", "the venue for", "talks at", a
 * summit's sidelines). A meeting held in a city is not held in the country the text puts that
 * city in ("talks in Gyeongju … Gyeongju, South Korea"): the scorers' gold gives "the APEC
 * Summit in Gyeongju, South Korea" the city alone, and the country only where the text places the
 * meeting in the country itself ("a meeting … scheduled for Thursday in South Korea"): only that is read.
 */
export const heldInCountryRule: Rule = {
  id: "held-in-country",
  predicates: ["HELD_IN"],
  description:
    "Where a meeting took place ('took place at', 'the venue for', 'talks at', a summit's sidelines); a meeting held in a city is held in its country only where the text places it in the country itself.",
  example:
    "A meeting in Busan … the meeting scheduled for Thursday in South Korea → held in South Korea (not from 'Busan, South Korea').",
  apply(ctx) {
    venues(ctx);
    const { tokens } = ctx;
    const byId = entitiesById(ctx);
    const countryOf = new Map<string, LocalEntity>();
    for (const r of ctx.relations) {
      if (r.predicate !== "PART_OF") continue;
      const from = byId.get(r.source);
      const to = byId.get(r.target);
      if (from?.type === "Place" && to?.type === "Country" && !countryOf.has(r.source)) countryOf.set(r.source, to);
    }
    const held = ctx.relations.filter((r) => r.predicate === "HELD_IN");
    const has = new Set(held.map((r) => `${r.source}|${r.target}`));
    for (const r of held) {
      const country = countryOf.get(r.target);
      const meeting = byId.get(r.source);
      if (!country || meeting?.type !== "Meeting" || has.has(`${r.source}|${country.id}`)) continue;
      // "a meeting … scheduled for Thursday in South Korea": the country after "in" (not after the
      // city's comma) within 18 tokens after a mention of the meeting, no other meeting between.
      const placed = country.mentions.find((c) => {
        if (!/^in$/i.test(tokens[c.ts - 1]?.text ?? "") || c.demonym) return false;
        return meeting.mentions.some(
          (m) =>
            m.sentence === c.sentence &&
            m.te <= c.ts - 1 &&
            c.ts - m.te <= 18 &&
            !ctx.resolution.entities.some(
              (e) => e.type === "Meeting" && e !== meeting && e.mentions.some((x) => x.ts >= m.te && x.te <= c.ts),
            ),
        );
      });
      if (!placed) continue;
      has.add(`${r.source}|${country.id}`);
      emitRelation(ctx, meeting, "HELD_IN", country, placed.sentence, this.id, {}, 0.7);
    }
  },
};

/** "Former Finance Minister X", "ex-envoy Y": a post no longer held, in any of the person's mentions. */
function isFormer(ctx: RuleContext, p: LocalEntity): boolean {
  return p.mentions.some((m) => {
    const start = m.titleStart ?? m.ts;
    for (let k = start - 1; k >= Math.max(0, start - 3); k--)
      if (/^(former|ex|then)$/i.test(ctx.tokens[k]?.text ?? "")) return true;
    return false;
  });
}

/**
 * Posts of officials who speak for their government (heads of state excepted); a portfolio's chief
 * ("trade chief X", "foreign policy chief Y") is one.
 */
const OFFICIAL =
  /\b(minister|(?:under|sub)?secretary|spokes(man|woman|person)|ambassador|envoy|negotiator|representative|commissioner|chancellor of the exchequer|vice[- ]premier|deputy|director[- ]general|(?:attorney|solicitor) general|negotiations)\b|^(?:[a-z]+ ){1,2}chief$/i;

/**
 * A post of "Chancellor" held in the United Kingdom is the Chancellor of the Exchequer,
 * its finance minister ("British Chancellor X"), elsewhere a head of government.
 */
function isExchequerChancellor(title: string, state: LocalEntity): boolean {
  return /^(?:(?:british|uk|u\.k\.) )?chancellor(?: of the exchequer)?$/i.test(title) && state.attributes.code === "GB";
}

/** Verbs of speaking for someone: "X said", "X announced", "X told reporters". */
const SPEAKS =
  /^(?:said|says|told|tells|announced|announces|added|noted|stated|explained|warned|urged|confirmed|stressed|insisted|declared)$/;

/**
 * Round 16b: whether the person speaks in the text: a mention right before a verb of speaking ("X
 * said", "X, the agency's director, said"), or right after "said" ("…, said X").
 */
function speaksInText(ctx: RuleContext, p: LocalEntity): boolean {
  const { tokens } = ctx;
  return (
    actsForState(ctx, p) ||
    p.mentions.some((m) => {
      if (/^(?:said|says)$/.test(tokens[(m.titleStart ?? m.ts) - 1]?.text ?? "")) return true;
      let k = m.te;
      // Over an apposition set off by commas, at most 14 tokens.
      if (tokens[k]?.text === ",") {
        const end = Math.min(tokens.length, k + 15);
        let j = k + 1;
        while (j < end && tokens[j]!.sentence === m.sentence && tokens[j]!.text !== ",") j++;
        if (tokens[j]?.text === ",") k = j + 1;
      }
      return tokens[k]?.sentence === m.sentence && SPEAKS.test(tokens[k]?.text ?? "");
    })
  );
}

/**
 * Verbs by which an official acts for the state in the clause layer's reading: speaking
 * ("highlighted", "adds", "stressed"), committing ("signed", "inked", "pledged"), dealing ("met",
 * "negotiated"). Lemmas.
 */
const ACTS_FOR_STATE: ReadonlySet<string> = new Set([
  "say",
  "add",
  "tell",
  "announce",
  "note",
  "state",
  "explain",
  "warn",
  "urge",
  "confirm",
  "stress",
  "insist",
  "declare",
  "highlight",
  "emphasise",
  "emphasize",
  "underline",
  "underscore",
  "reiterate",
  "express",
  "welcome",
  "argue",
  "sign",
  "ink",
  "pledge",
  "promise",
  "negotiate",
  "meet",
  "invite",
  "propose",
  "unveil",
]);

/**
 * Whether the person is the acting subject of a clause whose verb acts for a state
 * ("Mining Minister X inked the accord", "the minister, X, highlighted the country's role"): not
 * passive, negated, an infinitive, a modal's ("X may sign") nor under a control verb ("X is expected
 * to sign").
 */
function actsForState(ctx: RuleContext, p: LocalEntity): boolean {
  const seen = new Set<number>();
  for (const m of p.mentions) {
    if (seen.has(m.sentence)) continue;
    seen.add(m.sentence);
    // "A and B signed on behalf of C and D, respectively": the behalf reader below says for whom.
    if (/\bon behalf of\b/i.test(ctx.sentences[m.sentence]!.text)) continue;
    const r = sentenceReading(ctx, m.sentence);
    if (!r) continue;
    for (const cl of r.clauses) {
      const v = cl.verb;
      if (v.passive || v.negated || v.infinitive || v.modal || v.control.length > 0 || cl.relative) continue;
      if (!ACTS_FOR_STATE.has(v.lemma)) continue;
      if (cl.subject?.items.some((c) => c.entity?.e === p)) return true;
    }
  }
  return false;
}

/** Words of dealings between sides in a sentence naming an official. */
const TALK_CUE = /\b(talks|negotiat\w*|delegations?|met|meets?|meeting|summit)\b/i;

/**
 * "Italy's Finance Minister X said", "Russian presidential spokesman Y": an official who holds a
 * government post of a country represents it.
 */
export const officialRepresentsRule: Rule = {
  id: "official-represents-country",
  predicates: ["REPRESENTS"],
  description:
    "Ministers, spokespeople, envoys and other officials of a country (not heads of state) represent it in a document about a meeting or in a sentence about talks.",
  example: "Kenyan Foreign Minister Ruth Wanjiru said the talks … → Ruth Wanjiru represents Kenya.",
  apply(ctx) {
    const byId = entitiesById(ctx);
    // A side already read from the sentence (a delegation, a counterpart) outranks a post.
    const sided = new Set(ctx.relations.filter((r) => r.predicate === "REPRESENTS").map((r) => r.source));
    const meets = meetingsOf(ctx).found.length > 0;
    // An official named by a role noun and a nationality (the last loop) speaks for a side in
    // dealings between states: a document that names a meeting or three states or more, or names
    // the official more than once. A secretary quoted once on a domestic matter represents nobody.
    const dealings = meets || ctx.resolution.entities.filter((e) => isStateParty(e)).length >= 3;
    const speaksFor = (p: LocalEntity) => dealings || p.mentions.length >= 2;
    // An official with a post speaks for its state or bloc in dealings only in a document with a
    // meeting or where a sentence naming the official speaks of talks.
    const inDealings = (p: LocalEntity) =>
      meets || p.mentions.some((m) => TALK_CUE.test(ctx.sentences[m.sentence]?.text ?? ""));
    for (const r of ctx.relations) {
      if (r.predicate !== "HOLDS_POSITION" || sided.has(r.source)) continue;
      const p = byId.get(r.source);
      let c = byId.get(r.target);
      // Round 16b: a director of a state's body who speaks for it ("X, director of policy at the
      // presidential office, said") speaks for its state, as a minister does.
      const bodyDirector = c?.type === "Agency" && /\bdirector\b/i.test(r.attributes.title ?? "");
      // "European Council President X": an officer of a bloc's body speaks for the bloc.
      if (p?.type === "Person" && c?.type === "Agency") {
        const bloc = partyOf(ctx, p);
        if (bloc?.type === "Organization" && !isFormer(ctx, p)) {
          // As for a state's official below ("commission spokesman X told a press conference"
          // speaks for the body, not in dealings).
          const sentence = inDealings(p) ? sentenceAt(ctx, r.evidence[0]?.start ?? -1) : -1;
          if (sentence >= 0) emitRelation(ctx, p, "REPRESENTS", bloc, sentence, this.id);
          continue;
        }
        // Round 16b: a body whose state its name gives ("presidential office (South Korea)").
        const code = c.attributes.country;
        c = bloc ?? (code ? countryEntity(ctx, code) : undefined);
      }
      // A bloc acting as a state ("EU Trade Commissioner X") has officials of its own.
      if (p?.type !== "Person" || !c || !isStateParty(c)) continue;
      const title = r.attributes.title ?? "";
      // The UK's "Chancellor" (of the Exchequer) is a minister, not its head.
      const exchequer = isExchequerChancellor(title, c);
      if (isHeadOfState(p) && !exchequer) continue;
      // A bloc's secretary-general heads its secretariat; the member states speak for the bloc.
      if (c.type === "Organization" && /\bsecretary[- ]general\b/i.test(title)) continue;
      const official =
        OFFICIAL.test(title) || exchequer || (bodyDirector && p.type === "Person" && speaksInText(ctx, p));
      if (!official || /\b(former|ex-)\b/i.test(title) || isFormer(ctx, p)) continue;
      // A post alone says who the official works for, not that they speak for the state in
      // dealings: that takes a meeting in the document or talks in a sentence naming the official
      // (round 13b: with "three states or two mentions" instead, the branch was right 1 time in 5
      // on the validation split).
      // Round 16b (the audited convention): an official who speaks or announces for the state
      // represents it too, in dealings or not.
      if (!inDealings(p) && !speaksInText(ctx, p)) continue;
      const sentence = sentenceAt(ctx, r.evidence[0]?.start ?? -1);
      if (sentence >= 0) emitRelation(ctx, p, "REPRESENTS", c, sentence, this.id);
    }
    // "X signed on behalf of the European Union", "on behalf of Chile, Y said": the person of the
    // clause speaks for the state or bloc after "on behalf of".
    for (const s of ctx.sentences) {
      if (!/\bon behalf of\b/i.test(s.text)) continue;
      const ms = mentionsIn(ctx, s.i);
      for (let i = s.tokenStart; i + 3 < s.tokenEnd; i++) {
        if (ctx.tokens[i]!.text !== "behalf" || ctx.tokens[i + 1]!.text !== "of") continue;
        const party = ms.find((x) => isStateParty(x.e) && !x.m.demonym && x.m.ts >= i + 2 && x.m.ts <= i + 3);
        if (!party) continue;
        if (behalfOfTwo(ctx, ms, s.i, i, party, this.id)) continue;
        // The nearest person in the clause: before "on behalf", else the first after the party.
        const before = ms.filter((x) => x.e.type === "Person" && x.m.te <= i && i - x.m.te <= 8).at(-1);
        const after = ms.find((x) => x.e.type === "Person" && x.m.ts >= party.m.te && x.m.ts - party.m.te <= 8);
        const p = before ?? after;
        if (p && (!isHeadOfState(p.e) || party.e.type === "Organization") && !foreignTo(p.e, party.e))
          emitRelation(ctx, p.e, "REPRESENTS", party.e, s.i, this.id);
      }
    }
    // "his Indian counterpart X", "and Japanese counterparts X and Y": an official's counterpart
    // speaks for the state named before the noun (a head of state is no one's representative).
    for (const s of ctx.sentences) {
      const ms = mentionsIn(ctx, s.i);
      for (const q of ms) {
        if (!/^counterparts?$/i.test(ctx.tokens[q.m.te]?.text ?? "") || !isStateParty(q.e)) continue;
        const p = ms.find((x) => x.e.type === "Person" && (x.m.titleStart ?? x.m.ts) === q.m.te + 1);
        if (!p || sided.has(p.e.id) || isHeadOfState(p.e) || isFormer(ctx, p.e) || foreignTo(p.e, q.e)) continue;
        emitRelation(ctx, p.e, "REPRESENTS", q.e, s.i, this.id);
        sided.add(p.e.id);
      }
    }
    // "Russian presidential spokesman X", "Chinese negotiator Y": a role noun and a nationality.
    for (const p of ctx.resolution.entities) {
      if (p.type !== "Person" || !p.nationality || isHeadOfState(p) || sided.has(p.id) || isFormer(ctx, p)) continue;
      if (!speaksFor(p)) continue;
      const m = p.mentions.find((x) => x.role && OFFICIAL.test(x.role));
      const c = m ? countryEntity(ctx, p.nationality) : undefined;
      if (m && c) emitRelation(ctx, p, "REPRESENTS", c, m.sentence, this.id);
    }
  },
};

/**
 * The state of an official's body. The frame Person —HOLDS_POSITION→ Agency —PART_OF→
 * state (or bloc): an official of a state's department, ministry or office ("the Energy Secretary
 * at the Department of Energy", "a spokesman of the Commission") speaks for the state whose body it
 * is, under the conditions of officialRepresentsRule (an official's title, not a head of state, not
 * former, speaking or acting in the text or in dealings). Runs after the PART_OF rules, which
 * officialRepresentsRule precedes; one state per body, and only a person with no side yet.
 */
export const officialAgencyStateRule: Rule = {
  id: "official-represents-agency-state",
  predicates: ["REPRESENTS"],
  description:
    "An official holding a post in a state's body (an agency part of a country or bloc) represents that state.",
  example: "the minister at Ruritania's Ministry of Mines said → the minister represents Ruritania.",
  apply(ctx) {
    const byId = entitiesById(ctx);
    const sided = new Set(ctx.relations.filter((r) => r.predicate === "REPRESENTS").map((r) => r.source));
    // The state of each body: the states and blocs it is part of, kept only when there is one.
    const states = new Map<string, Set<LocalEntity>>();
    for (const r of ctx.relations) {
      const t = byId.get(r.target);
      if (r.predicate !== "PART_OF" || !t || !isStateParty(t) || byId.get(r.source)?.type !== "Agency") continue;
      let set = states.get(r.source);
      if (!set) states.set(r.source, (set = new Set()));
      set.add(t);
    }
    const meets = meetingsOf(ctx).found.length > 0;
    for (const r of ctx.relations) {
      if (r.predicate !== "HOLDS_POSITION" || sided.has(r.source)) continue;
      const p = byId.get(r.source);
      const body = byId.get(r.target);
      const set = body?.type === "Agency" ? states.get(body.id) : undefined;
      if (p?.type !== "Person" || !set || set.size !== 1 || isHeadOfState(p) || isFormer(ctx, p)) continue;
      const state = [...set][0]!;
      const title = r.attributes.title ?? "";
      if (!OFFICIAL.test(title) || /\b(former|ex-)\b/i.test(title) || foreignTo(p, state)) continue;
      const inDealings = meets || p.mentions.some((m) => TALK_CUE.test(ctx.sentences[m.sentence]?.text ?? ""));
      if (!inDealings && !speaksInText(ctx, p)) continue;
      const sentence = sentenceAt(ctx, r.evidence[0]?.start ?? -1);
      if (sentence < 0) continue;
      emitRelation(ctx, p, "REPRESENTS", state, sentence, this.id);
      sided.add(p.id);
    }
  },
};

/** A person whose nationality the text gives speaks for no other country ("Malaysia's minister"). */
function foreignTo(p: LocalEntity, party: LocalEntity): boolean {
  return !!p.nationality && party.type === "Country" && party.attributes.code !== p.nationality;
}

/**
 * "A and B signed the protocol on behalf of X and Y(, respectively)": two people coordinated before
 * "on behalf of" and two states or blocs coordinated after it, paired in order; each speaks for
 * their own, the two sides negotiated the deal, and the two signatories met when they signed it
 * together. Returns false (nothing emitted) unless both pairs are there and agree with what the
 * text says of the people's countries.
 */
function behalfOfTwo(ctx: RuleContext, ms: Found[], sentence: number, at: number, first: Found, rule: string): boolean {
  const { tokens } = ctx;
  if (tokens[first.m.te]?.text !== "and") return false;
  const second = ms.find(
    (x) => isStateParty(x.e) && !x.m.demonym && x.m.ts >= first.m.te + 1 && x.m.ts <= first.m.te + 2,
  );
  if (!second || second.e === first.e) return false;
  // The two people: the last two named before "on behalf", coordinated ("A and B", "A, and B").
  const before = ms.filter((x) => x.e.type === "Person" && x.m.te <= at && at - x.m.te <= 25);
  const b = before.at(-1);
  const a = before.filter((x) => x.e !== b?.e).at(-1);
  // The two sides of what was signed on their behalf negotiated it.
  const text = ctx.sentences[sentence]!.text;
  const signed = /\b(signed|sign|signs|inked)\b/i.test(text);
  if (signed) emitRelation(ctx, first.e, "NEGOTIATED_WITH", second.e, sentence, rule, {}, 0.7);
  // "…, respectively" with one of the two people unnamed: whose is whose is unknown.
  const respectively = /\brespectively\b/i.test(text);
  if (!a || !b || !/\band\b/.test(wordsFrom(ctx, a.m.te, b.m.ts))) return respectively;
  const pairs: [LocalEntity, LocalEntity][] = [
    [a.e, first.e],
    [b.e, second.e],
  ];
  // "…, respectively" pairs them in order: when that pairing clashes with what the text
  // gives of a person's country, the sentence says nothing sure of who speaks for whom (not the
  // nearest person for the first party).
  if (pairs.some(([p, party]) => foreignTo(p, party))) return respectively;
  for (const [p, party] of pairs)
    if (!isHeadOfState(p) || party.type === "Organization") emitRelation(ctx, p, "REPRESENTS", party, sentence, rule);
  if (signed && !REMOTE.test(text)) emitRelation(ctx, a.e, "MET_WITH", b.e, sentence, rule, {}, 0.7);
  return true;
}

/** Words of a sentence that make its exchange remote: a call, a video link, a letter. */
const REMOTE = /\b(phone|phoned|telephone|video|virtual|virtually|videoconference|remotely|letter)\b/i;

/** The words of tokens [a, b) joined by spaces, lower case. */
function wordsFrom(ctx: RuleContext, a: number, b: number): string {
  let out = "";
  for (let k = a; k < b; k++) out += `${ctx.tokens[k]!.text.toLowerCase()} `;
  return out;
}

/** How a clause puts two parties together: they met, negotiated, or both. */
type Interaction = "meet" | "negotiate" | "both";

/** Verb lemmas whose object (or "with" phrase) is the other party, and what they say. */
const INTERACTION_VERBS: ReadonlyMap<string, Interaction> = new Map([
  ["meet", "meet"],
  ["host", "meet"],
  ["receive", "meet"],
  ["welcome", "meet"],
  ["greet", "meet"],
  ["talk", "meet"],
  ["speak", "meet"],
  ["confer", "meet"],
  ["phone", "meet"],
  ["call", "meet"],
  ["negotiate", "negotiate"],
  ["bargain", "negotiate"],
  ["haggle", "negotiate"],
  ["engage", "both"],
]);
/** Lemmas that only count with a "with" phrase ("spoke with", not "spoke to reporters"). */
const WITH_ONLY: ReadonlySet<string> = new Set(["talk", "speak", "confer", "engage", "bargain", "haggle"]);
/** Nouns held ("held talks with", "had a call with"): what holding them says. */
const HELD_NOUNS: ReadonlyMap<string, Interaction> = new Map([
  ["talks", "both"],
  ["negotiations", "negotiate"],
  ["negotiation", "negotiate"],
  ["discussions", "both"],
  ["consultations", "both"],
  ["meeting", "meet"],
  ["meetings", "meet"],
  ["call", "meet"],
  ["conversation", "meet"],
  ["summit", "meet"],
  ["dialogue", "both"],
]);
/** Nouns that measure talks: "a round of talks", "two days of negotiations", "a series of meetings". */
const TALKS_MEASURES: ReadonlySet<string> = new Set([
  "round",
  "rounds",
  "series",
  "session",
  "sessions",
  "days",
  "day",
]);

/** The phrase a measure noun's "of" introduces ("a round of talks" → "talks"). */
function ofNoun(c: Chunk<M>): Chunk<M> | undefined {
  return c.pps.find((p) => p.prep === "of")?.arg.items[0];
}
const HOLDING: ReadonlySet<string> = new Set(["hold", "have", "conduct", "open", "begin", "start", "resume", "launch"]);
/** Control verbs that cancel the interaction ("refused to meet", "declined to hold talks"). */
const REFUSING: ReadonlySet<string> = new Set([
  "refuse",
  "decline",
  "reject",
  "cancel",
  "avoid",
  "deny",
  "fail",
  "rule",
  "snub",
  "shun",
  "boycott",
  "halt",
  "suspend",
  "stop",
  "break",
]);
/** Words that make a meeting a negotiation: trade talks, a deal, tariffs. */
const NEGOTIATION_CUE =
  /\b(talks|negotiat\w*|deals?|agreements?|accords?|pacts?|framework|truce|tariffs?|trade|bargain\w*|concessions?|agreed)\b/;
const INTERACTION_TRIGGER =
  /\b(meet|meets|met|meetings?|host|hosts|hosted|received|receives|welcomed|welcomes|greeted|greets|talks?|talked|spoke|speaks|conferred|phoned|called|calls?|summit|negotiat\w+|bargain\w*|haggl\w+|engaged|engages|sat|sits|sit|discussions|consultations|conversation|dialogue|agreed|agree|agrees|deals?|agreements?|pacts?|accords?|truce|ceasefire|framework)\b/i;
/** Verbs that settle a deal: "X and Y reached a deal", "X struck an agreement with Y". */
const SETTLING: ReadonlySet<string> = new Set([
  "reach",
  "strike",
  "sign",
  "seal",
  "clinch",
  "conclude",
  "finalise",
  "finalize",
  "hammer",
  "ink",
  "secure",
  "forge",
]);
const DEAL_NOUNS = /^(deal|agreement|pact|accord|truce|ceasefire|framework|consensus|compromise)$/;
/** Nouns whose "between X and Y" names the two sides: "a deal between X and Y", "talks between". */
const BETWEEN_NOUNS: ReadonlyMap<string, Interaction> = new Map([
  ["deal", "negotiate"],
  ["agreement", "negotiate"],
  ["pact", "negotiate"],
  ["accord", "negotiate"],
  ["truce", "negotiate"],
  // "a suite of deals announced between X and Y", "trade agreements between X and Y".
  ["deals", "negotiate"],
  ["agreements", "negotiate"],
  ["pacts", "negotiate"],
  ["talks", "both"],
  ["negotiations", "negotiate"],
  ["discussions", "both"],
  ["meeting", "meet"],
  ["call", "meet"],
  ["summit", "meet"],
  ["talk", "both"],
  ["engagements", "both"],
  ["consultations", "both"],
  ["meetings", "meet"],
  ["conversation", "meet"],
]);
knowLemmas([...SETTLING, "agree", ...INTERACTION_VERBS.keys()]);

type Item = { x: M; c: Chunk<M> };

/**
 * The entities an argument names (its coordinated items' heads, else their possessors); "he",
 * "she" and "his team" stand for the person they refer to (`personReferent`).
 */
function itemsOf(ctx: RuleContext, arg: Arg<M> | undefined): Item[] {
  const out: Item[] = [];
  for (const c of arg?.items ?? []) {
    if (c.entity) out.push({ x: c.entity, c });
    else if (c.possessor && GROUP.test(c.headWord)) out.push({ x: c.possessor, c });
    else if (c.te - c.ts === 1 && PERSON_PRONOUN.test(c.headWord)) {
      const p = personReferent(ctx, c.ts);
      if (p) out.push({ x: p, c });
    } else if (
      c.pronounPossessor &&
      PERSON_POSSESSIVE.test(c.pronounPossessor) &&
      GROUP.test(c.headWord) &&
      !/^counterparts?$/.test(c.headWord)
    ) {
      // "his team", "her delegation": the person's side ("his counterpart" is the other one).
      const p = personReferent(ctx, c.ts);
      if (p) out.push({ x: p, c });
    } else if (LEADER_HEAD.test(c.headWord)) out.push(...counterpartOf(ctx, c));
  }
  return out;
}

const PERSON_PRONOUN = /^(he|she)$/;
const PERSON_POSSESSIVE = /^(his|her)$/i;

/**
 * The person "he", "she" or "his" at token `at` stands for: the one person the sentence names
 * before it ("X said on Thursday he had agreed with Y", "X said in Paris, where he met Y"), else,
 * when the sentence names nobody before it, the one person the sentence before names. Two people
 * before the pronoun make it ambiguous: nobody.
 */
export function personReferent(ctx: RuleContext, at: number): M | undefined {
  const sentence = ctx.tokens[at]!.sentence;
  const one = (xs: ReturnType<typeof mentionsIn>) => {
    const people = xs.filter((x) => x.e.type === "Person");
    return people.length > 0 && people.every((x) => x.e === people[0]!.e) ? people.at(-1) : undefined;
  };
  const before = mentionsIn(ctx, sentence).filter((x) => x.m.te <= at);
  const found = before.some((x) => x.e.type === "Person")
    ? one(before)
    : sentence > 0
      ? one(mentionsIn(ctx, sentence - 1))
      : undefined;
  return found ? { ts: at, te: at + 1, m: found.m, e: found.e } : undefined;
}

/**
 * "his Indian counterpart", "her Japanese counterparts": the official of that country the document
 * names, when it names exactly one (heads of state aside); nothing otherwise.
 */
function counterpartOf(ctx: RuleContext, c: Chunk<M>): Item[] {
  if (c.entity) return [];
  // "the Chinese leader", "the Indian president": the one head of state or government of that
  // country the document names.
  const leader = LEADER_HEAD.test(c.headWord);
  if (!leader && !/^counterparts?$/.test(c.headWord)) return [];
  const country = c.modifiers.find((m) => m.e.type === "Country");
  if (!country) return [];
  const officials = ctx.resolution.entities.filter(
    (e) =>
      e.type === "Person" &&
      e.titles.size > 0 &&
      isHeadOfState(e) === leader &&
      (!leader || c.headWord === "leader" || [...e.titles].some((t) => t.toLowerCase().endsWith(c.headWord))) &&
      partyOf(ctx, e) === country.e,
  );
  if (officials.length !== 1) return [];
  const p = officials[0]!;
  const m = p.mentions[0];
  if (!m) return [];
  return [{ x: { ts: c.ts, te: c.te, m, e: p }, c }];
}

/** Heads of a definite description of a state's leader: "the Chinese leader", "the Kenyan president". */
const LEADER_HEAD = /^(leader|president|premier)$/;

/** Per document: the people who hold a post at a company (a firm's officers). */
const FIRM_OFFICERS = new DocumentCache<RuleContext, Set<string>>();

/**
 * A firm's officer stands for no state ("the President met the chairman of a mining
 * firm" is no negotiation between two states, whatever the chairman's passport).
 */
function firmOfficer(ctx: RuleContext, p: LocalEntity): boolean {
  let officers = FIRM_OFFICERS.get(ctx);
  if (!officers) {
    officers = new Set();
    const companies = new Set(ctx.resolution.entities.filter((e) => e.type === "Company").map((e) => e.id));
    for (const r of ctx.relations)
      if (r.predicate === "HOLDS_POSITION" && companies.has(r.target)) officers.add(r.source);
    FIRM_OFFICERS.set(ctx, officers);
  }
  return officers.has(p.id);
}

/** The side an entity stands for: a state or bloc itself, a capital's state, a person's party. */
function sideOf(ctx: RuleContext, x: M): { party?: LocalEntity; person?: LocalEntity } | undefined {
  const e = x.e;
  if (e.type === "Person") return { person: e, party: firmOfficer(ctx, e) ? undefined : partyOf(ctx, e) };
  if (isStateParty(e)) return { party: e };
  if (e.type === "Place") {
    // "Brussels" acting is the European Union when the text names the Union.
    const blocName = blocSeatedIn(e.name);
    if (blocName) {
      const bloc = ctx.resolution.entities.find((u) => u.type === "Organization" && u.name === blocName);
      if (bloc) return { party: bloc };
    }
    const code = CAPITALS.get(e.name);
    const c = code ? countryEntity(ctx, code) : undefined;
    return c ? { party: c } : undefined;
  }
  return undefined;
}

/** "spoke with his finance minister Y": one's own official is no other side (a counterpart is). */
function ownOfficial(ctx: RuleContext, c: Chunk<M>): boolean {
  return /^(his|her|their)$/i.test(ctx.tokens[c.ts]?.text ?? "") && !/\bcounterparts?\b/i.test(span(ctx, c.ts, c.te));
}

/** The other sides a clause's or a phrase's "with" attachments name (module functions: closures per clause cost). */
function withPp(ctx: RuleContext, pps: { prep: string; arg: Arg<M> }[]): Item[] {
  return pps
    .filter((p) => p.prep === "with")
    .flatMap((p) => itemsOf(ctx, p.arg))
    .filter((o) => !ownOfficial(ctx, o.c));
}

/** "X held talks with Y", "X and Y met", "X hosted Y", "X negotiated with Y", "talks were held by X and Y". */
function clausePairs(ctx: RuleContext, sentence: number, rule: string, meeting: LocalEntity | undefined): void {
  const r = sentenceReading(ctx, sentence);
  if (!r) return;
  const text = ctx.sentences[sentence]!.text;
  const cue = NEGOTIATION_CUE.test(text);
  const recalled = recallsMeeting(text);
  for (const cl of r.clauses) {
    const v = cl.verb;
    if (v.negated || v.control.some((c) => REFUSING.has(c))) continue;
    let kind = INTERACTION_VERBS.get(v.lemma);
    let others: Item[] = [];
    let strict = false;
    // "spoke by phone with Y" is read as a passive ("by"): only a form of "be" makes one.
    const passive = v.passive && /\b(is|are|was|were|be|been|being)\b/i.test(span(ctx, v.ts, v.head));
    if (kind) {
      // "X was received by Y", "he was greeted by Y on the tarmac": the "by" phrase (the clause's
      // agent) met the subject; a verb that needs "with" has no such passive.
      if (passive) {
        if (WITH_ONLY.has(v.lemma) || kind !== "meet") continue;
        others = itemsOf(ctx, cl.subject);
        if (!others.length) continue;
      } else others = withPp(ctx, cl.pps);
      if (!others.length && !WITH_ONLY.has(v.lemma)) others = itemsOf(ctx, cl.patient);
      // "spoke by phone with", "talked to reporters": only a "with" phrase or a person "to".
      if (!others.length && WITH_ONLY.has(v.lemma)) continue;
    } else if (HOLDING.has(v.lemma)) {
      // "held talks with Y", "had a phone call with Y", "talks were held by X and Y".
      const held = passive ? cl.subject : cl.objects[0];
      // "began a new round of talks", "held two days of talks": the talks the measure is of.
      const measure = held?.items[0];
      const noun = measure && TALKS_MEASURES.has(measure.headWord) ? ofNoun(measure) : measure;
      kind = noun ? HELD_NOUNS.get(noun.headWord) : undefined;
      if (!kind || !noun) continue;
      others = [...withPp(ctx, noun.pps), ...withPp(ctx, cl.pps)];
    } else if (v.lemma === "sit" && /\bsat down|sit down|sits down|sitting down\b/i.test(text)) {
      kind = "both";
      others = withPp(ctx, cl.pps);
      if (!others.length) continue;
    } else if (v.lemma === "agree" || v.control.includes("agree") || (SETTLING.has(v.lemma) && !passive)) {
      // "X and Y agreed to cut tariffs", "X agreed with Y", "X and Y reached a deal", "X struck a
      // pact with Y": only between people or states whose sides the text gives, and differ.
      if (SETTLING.has(v.lemma)) {
        // "signed a critical minerals framework worth $8.5 billion": a deal noun in the object.
        const noun = cl.objects[0]?.items[0];
        let dealt = false;
        for (let k = noun?.ts ?? 0; noun && k < noun.te && !dealt; k++) dealt = DEAL_NOUNS.test(ctx.tokens[k]!.text);
        if (!noun || !dealt) continue;
        others = withPp(ctx, noun.pps);
      }
      // A bare "X and Y agree (that …)" settles nothing: "agreed to / on / with" or an object.
      if (v.lemma === "agree" && !cl.objects.length && !cl.pps.some((p) => /^(on|with|to|upon)$/.test(p.prep)))
        continue;
      kind = "negotiate";
      strict = true;
      others = [...others, ...withPp(ctx, cl.pps)];
    } else continue;
    // "X met his Indian counterpart": the one official of that side the document names.
    if (!others.length) {
      const arg = kind && !WITH_ONLY.has(v.lemma) ? cl.patient : undefined;
      const pps = cl.pps.filter((p) => p.prep === "with").map((p) => p.arg);
      for (const a of [arg, ...pps]) for (const c of a?.items ?? []) others.push(...counterpartOf(ctx, c));
    }
    const agents = itemsOf(ctx, passive || !v.passive ? cl.agent : cl.subject);
    const pairs: [Item, Item, boolean][] = [];
    if (others.length) {
      for (const a of agents) for (const b of others) pairs.push([a, b, false]);
    } else if (agents.length >= 2) {
      // "X and Y met", "Japan and India held talks": the coordinated subject meets itself.
      for (let i = 0; i < agents.length; i++)
        for (let j = i + 1; j < agents.length; j++) pairs.push([agents[i]!, agents[j]!, true]);
    }
    for (const [a, b, together] of pairs) {
      const sa = sideOf(ctx, a.x);
      const sb = sideOf(ctx, b.x);
      if (!sa || !sb) continue;
      const attrs: Record<string, string> = meeting ? { meeting: meeting.name } : {};
      const opposed = strict
        ? (!!sa.party && !!sb.party && sa.party !== sb.party) || twoLeaders(sa, sb)
        : !sa.party || !sb.party || sa.party !== sb.party;
      if (strict && !opposed) continue;
      // "X met Y": they met whatever their sides; "X and Y met": two of one side do not.
      const met = kind !== "negotiate" && (!together || opposed);
      const negotiates =
        !recalled && opposed && (kind === "negotiate" || kind === "both" || (cue && !!sa.party && !!sb.party));
      if (sa.person && sb.person && sa.person !== sb.person) {
        if (met) emitRelation(ctx, sa.person, "MET_WITH", sb.person, sentence, rule, attrs, 0.7);
        if (negotiates) emitRelation(ctx, sa.person, "NEGOTIATED_WITH", sb.person, sentence, rule, attrs, 0.7);
      }
      if (negotiates && sa.party && sb.party && sa.party !== sb.party) {
        emitRelation(ctx, sa.party, "NEGOTIATED_WITH", sb.party, sentence, rule, attrs, 0.7);
        for (const s of [sa, sb])
          if (s.person && s.party && (!isHeadOfState(s.person) || s.party.type === "Organization"))
            emitRelation(ctx, s.person, "REPRESENTS", s.party, sentence, rule, {}, 0.7);
      }
    }
  }
}

function span(ctx: RuleContext, a: number, b: number): string {
  let out = "";
  for (let k = a; k < b; k++) out += `${ctx.tokens[k]!.text} `;
  return out;
}

/** "a deal struck between X and Y", "talks between X and Y", "a call between X and Y". */
function betweenPairs(ctx: RuleContext, sentence: number, rule: string, meeting: LocalEntity | undefined): void {
  const r = sentenceReading(ctx, sentence);
  if (!r) return;
  // The noun's own "between" phrase, or that of the clause it is the subject of ("the deal struck
  // between X and Y").
  const sources: { kind: Interaction; pps: { prep: string; arg: Arg<M> }[] }[] = [];
  for (const c of r.chunks) {
    const kind = BETWEEN_NOUNS.get(c.headWord);
    if (!kind) continue;
    sources.push({ kind, pps: c.pps });
    // "X's meeting with Y", "China's talks with the EU": the possessor and the "with" phrase.
    // "after engagements with Y" files the "with" phrase under the phrase "after" hangs from.
    const withPp =
      c.pps.find((p) => p.prep === "with") ??
      (ctx.tokens[c.te]?.text === "with"
        ? r.chunks.flatMap((d) => d.pps).find((p) => p.prep === "with" && p.arg.ts === c.te + 1)
        : undefined);
    // "his call with Y": the person "his" refers to.
    const possessor =
      c.possessor ??
      (c.pronounPossessor && PERSON_POSSESSIVE.test(c.pronounPossessor) ? personReferent(ctx, c.ts) : undefined);
    if (possessor && withPp) {
      const own: Arg<M> = { items: [{ ...c, entity: possessor, pps: [] }], ts: c.ts, te: c.te };
      sources.push({
        kind,
        pps: [{ prep: "between", arg: { ...withPp.arg, items: [...own.items, ...withPp.arg.items] } }],
      });
    } else if (withPp && !c.pronounPossessor && kind !== "negotiate") {
      // "X arrived for a day-long talk with his Indian counterpart", "X said after talks with
      // Chinese leaders, including President Y": the person the clause is about and the other.
      // "X flew in for talks with A and B": one pair per person listed.
      for (const pair of subjectAndOthers(ctx, r, c, withPp.arg))
        sources.push({ kind, pps: [{ prep: "between", arg: { ...withPp.arg, items: pair } }] });
    }
  }
  for (const cl of r.clauses) {
    // "deals announced between X and Y": a participle with no subject hangs on the phrase before it.
    const head =
      cl.subject?.items[0] ??
      (isParticiple(ctx.tokens[cl.verb.head]!.text) ? r.chunks.find((c) => c.te === cl.verb.ts) : undefined);
    const kind = head ? BETWEEN_NOUNS.get(head.headWord) : undefined;
    if (kind) sources.push({ kind, pps: cl.pps });
  }
  const recalled = recallsMeeting(ctx.sentences[sentence]!.text);
  for (const { kind, pps } of sources) {
    for (const p of pps) {
      if (p.prep !== "between") continue;
      const items = itemsOf(ctx, p.arg).map((x) => sideOf(ctx, x.x));
      if (items.length !== 2 || !items[0] || !items[1]) continue;
      const [sa, sb] = items as [
        { party?: LocalEntity; person?: LocalEntity },
        { party?: LocalEntity; person?: LocalEntity },
      ];
      const leaders = twoLeaders(sa, sb);
      if ((!sa.party || !sb.party || sa.party === sb.party) && !leaders) continue;
      const attrs: Record<string, string> = meeting ? { meeting: meeting.name } : {};
      if (sa.person && sb.person) {
        if (kind !== "negotiate") emitRelation(ctx, sa.person, "MET_WITH", sb.person, sentence, rule, attrs, 0.7);
        if (!recalled && (kind !== "meet" || NEGOTIATION_CUE.test(ctx.sentences[sentence]!.text)))
          emitRelation(ctx, sa.person, "NEGOTIATED_WITH", sb.person, sentence, rule, attrs, 0.7);
      }
      if (
        !recalled &&
        sa.party &&
        sb.party &&
        sa.party !== sb.party &&
        (kind !== "meet" || NEGOTIATION_CUE.test(ctx.sentences[sentence]!.text))
      )
        emitRelation(ctx, sa.party, "NEGOTIATED_WITH", sb.party, sentence, rule, attrs, 0.7);
    }
  }
}

/**
 * "X agreed with President Y", "X's talks with President Y": two heads of state or government
 * face each other even when the text gives the side of only one (a country has one leader of
 * each kind, and they do not negotiate with each other); two unknown sides are not enough.
 */
function twoLeaders(
  sa: { party?: LocalEntity; person?: LocalEntity },
  sb: { party?: LocalEntity; person?: LocalEntity },
): boolean {
  return (
    !!sa.person &&
    !!sb.person &&
    sa.person !== sb.person &&
    (!sa.party || !sb.party) &&
    (!!sa.party || !!sb.party) &&
    isHeadOfState(sa.person) &&
    isHeadOfState(sb.person)
  );
}

/**
 * For "talks with Y" in a clause whose subject is a person: that person paired with each person the
 * "with" phrase names (itself, a list "A and B", "his Indian counterpart", or "leaders, including
 * Y"), as chunks naming them; none unless both ends are found.
 */
function subjectAndOthers(
  ctx: RuleContext,
  r: NonNullable<ReturnType<typeof sentenceReading>>,
  c: Chunk<M>,
  arg: Arg<M>,
): Chunk<M>[][] {
  // A phrase inside an attachment ("after engagements with Y") belongs to the clause around it.
  // A clause with no subject of its own ("after having talks with Y") takes the one around it.
  // (the last clause opened before the phrase, past any subjectless ones: "…, after having …").
  const opened = r.clauses.filter((x) => x.ts <= c.ts).sort((x, y) => x.ts - y.ts);
  while (opened.length && !opened.at(-1)!.agent) opened.pop();
  const around = opened.at(-1);
  const filed = r.clauseOf.get(c);
  const cl = filed?.agent ? filed : (around ?? filed);
  const subject = cl?.agent?.items.length === 1 ? cl.agent.items[0]! : undefined;
  if (!subject || subject === c || cl?.agent?.items.includes(c)) return [];
  const own = itemsOf(ctx, cl!.agent).find((x) => x.x.e.type === "Person");
  if (!own) return [];
  const others: Item[] = [];
  for (const d of arg.items) {
    if (d.entity) others.push({ x: d.entity, c: d });
    else {
      others.push(...counterpartOf(ctx, d));
      // "Chinese leaders, including President Y".
      let k = d.te;
      if (ctx.tokens[k]?.text === ",") k++;
      if (ctx.tokens[k]?.text.toLowerCase() === "including") {
        const sentence = ctx.tokens[k]!.sentence;
        const x = mentionsIn(ctx, sentence).find((y) => y.m.ts > k && y.m.ts <= k + 4 && y.e.type === "Person");
        if (x) others.push({ x: spanOf(x), c: d });
      }
    }
  }
  const people = others.filter((x) => x.x.e.type === "Person" && x.x.e !== own.x.e);
  return people.map((p) => [
    { ...own.c, entity: own.x, pps: [] },
    { ...p.c, entity: p.x, pps: [] },
  ]);
}

/** Words between two people that put them on one side: "X's delegation includes Y", "accompanied by". */
export const ONE_SIDE =
  /\b(delegation|team|accompanied|accompanying|including|includes|included|alongside|joined by|together with|deputy|aide|aides)\b/i;

/** Whether a sentence names `a` and `b` with words between them that put them on one side. */
function oneSide(ctx: RuleContext, a: LocalEntity, b: LocalEntity): boolean {
  for (const ma of a.mentions)
    for (const mb of b.mentions) {
      if (ma.sentence !== mb.sentence) continue;
      const [x, y] = ma.ts < mb.ts ? [ma, mb] : [mb, ma];
      if (y.ts - x.te <= 12 && ONE_SIDE.test(span(ctx, x.te, y.ts))) return true;
    }
  return false;
}

/** "witnessed by", "in the presence of": the people after it attended the signing together. */
const WITNESSED = /\b(?:witnessed by|in the presence of)\b/i;
/** What may separate the witnesses of a list: glue, titles and demonyms the mentions leave out. */
const WITNESS_GLUE = /^(,|and|as|well|the|both|also|then)$/i;

/**
 * "The agreement was signed in Jakarta and witnessed by Indonesian President A and French President
 * B", "signed in the presence of Premier C and Prime Minister D": the leaders of different states
 * who witnessed a signing together met there. Only heads of state or government (a list of
 * ministers witnessing is no meeting of theirs), at most four, from the list right after the cue.
 */
function witnesses(ctx: RuleContext, rule: string): void {
  const { tokens } = ctx;
  for (const s of ctx.sentences) {
    if (!WITNESSED.test(s.text) || REMOTE.test(s.text)) continue;
    const ms = mentionsIn(ctx, s.i);
    for (let i = s.tokenStart; i + 1 < s.tokenEnd; i++) {
      const w = tokens[i]!.text.toLowerCase();
      const cue = w === "witnessed" && tokens[i + 1]!.text === "by" ? i + 2 : -1;
      const presence =
        w === "presence" && tokens[i + 1]?.text === "of" && /^in$/i.test(tokens[i - 2]?.text ?? "") ? i + 2 : -1;
      let k = Math.max(cue, presence);
      if (k < 0) continue;
      const people: LocalEntity[] = [];
      // Persons and their titles ("Chinese Premier Li Qiang, Malaysian Prime Minister Anwar Ibrahim").
      let gap = 0;
      while (k < s.tokenEnd && people.length < 4 && gap <= 5) {
        const x = ms.find((y) => y.m.ts <= k && y.m.te > k);
        if (x?.e.type === "Person") {
          if (!people.includes(x.e)) people.push(x.e);
          k = x.m.te;
          gap = 0;
        } else if (x && x.e.type !== "Country") break;
        else {
          if (!x && !WITNESS_GLUE.test(tokens[k]!.text) && !/^[A-Z]/.test(tokens[k]!.text)) break;
          k = x ? x.m.te : k + 1;
          gap++;
        }
      }
      const leaders = people.filter((p) => isHeadOfState(p) && partyOf(ctx, p));
      for (let a = 0; a < leaders.length; a++)
        for (let b = a + 1; b < leaders.length; b++) {
          const [pa, pb] = [leaders[a]!, leaders[b]!];
          if (partyOf(ctx, pa) !== partyOf(ctx, pb)) emitRelation(ctx, pa, "MET_WITH", pb, s.i, rule, {}, 0.6);
        }
    }
  }
}

/** People and states who met or negotiated, read from each clause whatever its wording. */
export const talkPairsRule: Rule = {
  id: "talks-pairs",
  predicates: ["MET_WITH", "NEGOTIATED_WITH", "REPRESENTS"],
  description:
    "The subject of meet / host / negotiate / hold talks / speak with and its object or 'with' phrase met or negotiated; a coordinated subject with no object pairs up.",
  example: "Kenyan Trade Minister A held talks with her Indian counterpart B in Nairobi on Monday.",
  apply(ctx) {
    const index = meetingsOf(ctx);
    for (const s of ctx.sentences) {
      if (!INTERACTION_TRIGGER.test(s.text)) continue;
      const meeting = [...(index.bySentence.get(s.i) ?? [])][0] ?? index.primary ?? undefined;
      clausePairs(ctx, s.i, this.id, meeting);
      if (/\b(between|with)\b/.test(s.text)) betweenPairs(ctx, s.i, this.id, meeting);
    }
    witnesses(ctx, this.id);
  },
};

/**
 * "Chile's delegation included X and Y. Peru was represented by Z.": the heads of the two sides
 * that took part in one meeting negotiated with each other, whichever sentences named them. A
 * side's head is its participant with the lead role, else the first named; meetings with more
 * than two sides (a G7 meeting) pair no one.
 */
export const delegationHeadsRule: Rule = {
  id: "delegation-heads",
  predicates: ["NEGOTIATED_WITH"],
  description: "The heads of the two sides of one meeting negotiated with each other, across sentences.",
  example: "Chile's team was led by A. Peru was represented by B at the talks → A negotiated with B.",
  apply(ctx) {
    const byId = entitiesById(ctx);
    const sentenceAt = new Map(ctx.sentences.map((s) => [s.start, s.i]));
    const rule = delegationSidesRule.id;
    /** Meeting id → party → its participants in order, the lead first. */
    const sides = new Map<
      string,
      Map<LocalEntity, { p: LocalEntity; lead: boolean; marked: boolean; sentence: number }[]>
    >();
    for (const r of ctx.relations) {
      if (r.predicate !== "PARTICIPATED_IN") continue;
      const p = byId.get(r.source);
      const m = byId.get(r.target);
      // Talks and placed events; a leaders' meeting or call names its own pair.
      if (p?.type !== "Person" || m?.type !== "Meeting" || keyKindIs(m, "leaders", "call")) continue;
      const party = partyOf(ctx, p);
      const sentence = sentenceAt.get(r.evidence[0]?.start ?? -1);
      if (!party || sentence === undefined) continue;
      let bySide = sides.get(m.id);
      if (!bySide) sides.set(m.id, (bySide = new Map()));
      let list = bySide.get(party);
      if (!list) bySide.set(party, (list = []));
      if (list.some((x) => x.p === p)) continue;
      // A head is marked when the text puts them at a side's head or in its delegation.
      const marked =
        r.attributes.role === "lead" ||
        r.attributes.role === "delegation member" ||
        r.evidence.some((e) => e.rule === rule);
      list.push({ p, lead: r.attributes.role === "lead", marked, sentence });
    }
    // Pairs of people the sentences already put across the table.
    const across = new Set<string>();
    for (const r of ctx.relations)
      if (r.predicate === "NEGOTIATED_WITH" && byId.get(r.source)?.type === "Person")
        across.add(r.source).add(r.target);
    for (const [id, bySide] of sides) {
      if (bySide.size !== 2) continue;
      for (const list of bySide.values()) list.sort((a, b) => a.sentence - b.sentence);
      const lists = [...bySide.values()];
      // Each side needs a head the text marks, or one side a marked head and the other one person.
      const [m0, m1] = lists.map((l) => l.some((x) => x.marked)) as [boolean, boolean];
      if (!((m0 && m1) || (m0 && lists[1]!.length === 1) || (m1 && lists[0]!.length === 1))) continue;
      const meeting = byId.get(id)!;
      const [[pa, la], [pb, lb]] = [...bySide] as [
        [LocalEntity, { p: LocalEntity; lead: boolean; marked: boolean; sentence: number }[]],
        [LocalEntity, { p: LocalEntity; lead: boolean; marked: boolean; sentence: number }[]],
      ];
      // A side's head: its lead, else its first official; a head of state faces only another.
      const head = (l: typeof la) =>
        l.find((x) => x.lead) ?? l.find((x) => x.marked) ?? l.find((x) => !isHeadOfState(x.p)) ?? l[0]!;
      let ha = head(la);
      let hb = head(lb);
      if (isHeadOfState(ha.p) !== isHeadOfState(hb.p)) {
        const sa = la.find((x) => isHeadOfState(x.p));
        const sb = lb.find((x) => isHeadOfState(x.p));
        if (!sa || !sb) continue;
        ha = sa;
        hb = sb;
      }
      // A head already across the table from someone keeps that pair; two people a sentence puts
      // in one delegation ("X's team includes Y") are one side.
      if (across.has(ha.p.id) || across.has(hb.p.id) || oneSide(ctx, ha.p, hb.p)) continue;
      const sentence = Math.max(ha.sentence, hb.sentence);
      emitRelation(ctx, ha.p, "NEGOTIATED_WITH", hb.p, sentence, this.id, { meeting: meeting.name }, 0.6);
      emitRelation(ctx, pa, "NEGOTIATED_WITH", pb, sentence, this.id, { meeting: meeting.name }, 0.6);
    }
  },
};
