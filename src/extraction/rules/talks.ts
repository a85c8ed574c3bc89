// Rules about talks once stage 5 has found them: who took part, which countries faced each
// other, who met whom, and what was on the table. Also where places and agencies belong.

import { AGENCY_COUNTRY } from "../lexicon/organizations.ts";
import { CAPITALS, CITIES, REGIONS, WORLD_REGIONS } from "../lexicon/places.ts";
import { HEAD_OF_STATE_TITLES } from "../lexicon/titles.ts";
import { MAX_LIST_ITEMS, MAX_PARTICIPANTS_PER_SENTENCE } from "../limits.ts";
import { nextTokenIn } from "../stages/02-tokens.ts";
import { meetingsOf } from "../stages/05-meetings.ts";
import type { Arg, Chunk, Clause } from "../syntax/clauses.ts";
import { COMPANION_CUE_WORDS, companionCue, escortSubject } from "../syntax/companions.ts";
import { knowLemmas, verbLemma } from "../syntax/lemma.ts";
import { type M, sentenceReading, sentencesWith, spanOf } from "../syntax/predicates.ts";
import { ONE_SIDE, personReferent } from "./delegations.ts";
import {
  addMention,
  emitRelation,
  ensureEntity,
  entitiesById,
  keepRelations,
  keyKindIs,
  mentionsIn,
  wordsBetween,
} from "./emit.ts";
import { gazetteerCode, possessiveOwner } from "./places.ts";
import { countryEntity, isStateParty, mainCountryPair } from "./sides.ts";
import type { LocalEntity, Rule } from "./types.ts";

const AGREEMENT = /\b(framework|deal|agreement|accord|truce|consensus)\b/i;
/** A word in lower case that `AGREEMENT` matches: the tokens the agreement rule stops at (see `nextTokenIn`). */
const AGREEMENT_WORD = { has: (w: string) => AGREEMENT.test(w) && w === w.toLowerCase() };

/**
 * "Bessent and He Lifeng reached this tentative agreement during talks": people in a sentence
 * about the talks took part; their countries too; the two sides negotiated with each other.
 */
export const talkParticipantsRule: Rule = {
  id: "talks-participants",
  predicates: ["PARTICIPATED_IN", "NEGOTIATED_WITH", "MET_WITH"],
  description: "Officials named in a sentence about talks took part in them; their countries are the sides.",
  example: "Treasury Secretary X and Chinese Vice Premier Y reached an agreement during talks in Z.",
  apply(ctx) {
    const index = meetingsOf(ctx);
    const sides = new Map<LocalEntity, Set<LocalEntity>>();
    // Who already takes part in each meeting, kept up to date as participants are added.
    const participantsOf = new Map<string, Set<string>>();
    const participate = (source: string, meeting: string) => {
      let set = participantsOf.get(meeting);
      if (!set) participantsOf.set(meeting, (set = new Set()));
      set.add(source);
    };
    for (const r of ctx.relations) if (r.predicate === "PARTICIPATED_IN") participate(r.source, r.target);
    const firstFound = new Map<LocalEntity, (typeof index.found)[number]>();
    for (const f of index.found) if (!firstFound.has(f.meeting)) firstFound.set(f.meeting, f);
    for (const f of index.found) {
      if (f.kind !== "talks") continue;
      const ms = mentionsIn(ctx, f.sentence);
      const others = [...(index.bySentence.get(f.sentence) ?? [])].filter((m) => m !== f.meeting);
      // Heads of state named in a sentence about their negotiators' talks ("talks … ahead of the
      // Trump–Xi meeting") are the principals, not participants; summits are found elsewhere.
      // A sentence that recalls earlier talks in passing places none of its people at them.
      // Heads of state are participants when they are the clause's subject ("Presidents X and Y
      // confirmed the deal during talks") and the sentence names no other meeting.
      const noun = talksNounOf(ctx, f);
      const heads = ms.filter(
        (x) => x.e.type === "Person" && x.m.te <= noun && [...x.e.titles].some((t) => HEAD_OF_STATE_TITLES.has(t)),
      );
      // Recalled talks take only the people of their own relative clause ("earlier talks in
      // Geneva, where X and Y agreed a truce").
      const people = f.background
        ? ms.filter(
            (x) =>
              x.e.type === "Person" &&
              noun >= 0 &&
              x.m.ts > noun &&
              /\b(where|at which|in which|during which)\b/.test(wordsBetween(ctx, noun, x.m.ts)),
          )
        : ms.filter(
            (x) =>
              x.e.type === "Person" &&
              (x.e.titles.size > 0 || x.e.roles.size > 0 || x.e.nationality) &&
              !businessPerson(x.e) &&
              !citedSource(ctx, f.sentence, x.m) &&
              (![...x.e.titles].some((title) => HEAD_OF_STATE_TITLES.has(title)) ||
                (!others.some((o) => keyKindIs(o, "leaders", "call")) &&
                  heads.length >= 2 &&
                  noun >= 0 &&
                  x.m.te <= noun)),
          );
      const taken = new Set(others.flatMap((o) => [...(participantsOf.get(o.id) ?? [])]));
      const set = sides.get(f.meeting) ?? new Set();
      sides.set(f.meeting, set);
      const participants: LocalEntity[] = [];
      for (const p of people) {
        if (participants.length === MAX_PARTICIPANTS_PER_SENTENCE) break;
        if (taken.has(p.e.id) || participants.includes(p.e)) continue;
        participants.push(p.e);
        emitRelation(ctx, p.e, "PARTICIPATED_IN", f.meeting, f.sentence, this.id);
        participate(p.e.id, f.meeting.id);
        if (p.e.nationality) {
          const c = countryEntity(ctx, p.e.nationality);
          if (c) set.add(c);
        }
      }
      // "talks with Canadian officials", "negotiations with the US authorities": the state whose
      // unnamed people the talks are held with is a side.
      if (!f.background && noun >= 0)
        for (const x of ms) {
          if (!isStateParty(x.e) || x.m.capitalAsState || x.m.ts <= noun || x.m.ts > noun + 3) continue;
          const before = ctx.tokens[x.m.ts - 1]?.text === "the" ? x.m.ts - 2 : x.m.ts - 1;
          if (ctx.tokens[before]?.text !== "with" || before !== noun + 1) continue;
          if (UNNAMED_SIDE.test(ctx.tokens[x.m.te]?.text ?? "")) set.add(x.e);
        }
      // "U.S. and Chinese officials drafted …": countries coordinated in the sentence are sides.
      // A pair after a preposition is the sides only as "talks between/with X and Y" ("concerns
      // over China's trade with Russia and Iran" names no side).
      const cs = ms.filter((x) => isStateParty(x.e) && !x.m.capitalAsState);
      for (let k = 0; k + 1 < cs.length; k++) {
        if (!pairCanBeSides(ctx, cs[k]!.m.ts)) continue;
        if (wordsBetween(ctx, cs[k]!.m.te, cs[k + 1]!.m.ts) === "and") {
          set.add(cs[k]!.e);
          set.add(cs[k + 1]!.e);
        }
      }
      // "X and Y met with A and B": every pair across the sides met.
      const s = ctx.sentences[f.sentence]!;
      if (/\bmet\b/.test(s.text)) {
        for (const a of participants)
          for (const b of participants)
            if (a.id < b.id && a.nationality && b.nationality && a.nationality !== b.nationality)
              emitRelation(ctx, a, "MET_WITH", b, f.sentence, "talks-met-with", { meeting: f.meeting.name });
      } else if (participants.length === 2 && participants.every((p) => heads.some((h) => h.e === p))) {
        // "Presidents X and Y confirmed the deal during talks": the two leaders met and negotiated.
        const [a, b] = participants as [LocalEntity, LocalEntity];
        if (!a.nationality || !b.nationality || a.nationality !== b.nationality) {
          emitRelation(ctx, a, "NEGOTIATED_WITH", b, f.sentence, this.id, { meeting: f.meeting.name });
          emitRelation(ctx, a, "MET_WITH", b, f.sentence, "talks-met-with", { meeting: f.meeting.name });
        }
      } else if (participants.length === 2 && participants[0]!.nationality !== participants[1]!.nationality) {
        const [a, b] = participants as [LocalEntity, LocalEntity];
        // "X's delegation includes Y", "X, accompanied by Y": one side, whatever their passports.
        const pa = people.find((x) => x.e === a);
        const pb = people.find((x) => x.e === b);
        const between = pa && pb ? wordsBetween(ctx, Math.min(pa.m.te, pb.m.te), Math.max(pa.m.ts, pb.m.ts)) : "";
        if (a.nationality && b.nationality && !ONE_SIDE.test(between)) {
          emitRelation(ctx, a, "NEGOTIATED_WITH", b, f.sentence, this.id, { meeting: f.meeting.name });
        }
      }
    }
    // The sides: the countries the talks' sentences name (their officials' countries, a coordinated
    // pair). Talks the article only recalls ("after initial talks in Geneva in May") are its two
    // main countries' history; the article's own talks get the document's pair no longer: when it
    // names no side they are often another pair's, and their officials place their countries.
    const topics = topicsOf(ctx);
    const pair = mainCountryPair(ctx);
    for (const [meeting, set] of sides) {
      const found = firstFound.get(meeting)!;
      const recalled = index.found.every((g) => g.meeting !== meeting || g.background);
      const countries = set.size >= 2 ? [...set] : pair && recalled ? [...pair] : [];
      for (const c of countries)
        emitRelation(ctx, c, "PARTICIPATED_IN", meeting, found.sentence, "talks-sides", {}, 0.7);
      if (countries.length === 2) {
        const topic = topics.get(meeting.id);
        emitRelation(
          ctx,
          countries[0]!,
          "NEGOTIATED_WITH",
          countries[1]!,
          found.sentence,
          "talks-sides",
          {
            meeting: meeting.name,
            ...(topic ? { topic } : {}),
          },
          0.7,
        );
      }
    }
    dealSides(ctx);
    unnamedSides(ctx);
    bothSides(ctx, index);
    speakersAt(ctx, index);
    toldAttendees(ctx, index);
    jointStatement(ctx, index);
    delegatesOf(ctx, index);
  },
};

/** People who stand for their states at a gathering: "the foreign ministers of X, Y and Z". */
const DELEGATE_NOUN =
  /^(leaders|ministers|diplomats|representatives|delegations|delegates|officials|envoys|negotiators|chiefs|heads|counterparts|presidents|premiers)$/i;
/** "attendees, which included …": the people at the meeting, then the list of their states. */
const ATTENDEE_NOUN = /^(attendees|participants|delegates|guests)$/i;
/** Words of the sentence that put its delegates at a meeting. */
const GATHERING_CUE =
  /\b(met|meet|meets|meeting|gathered|convened|attended|attending|attendees|participants|talks|discussions|negotiations|summit|agreed|signed|joined|conference|forum)\b/i;
/** The sentences worth reading for delegates: a delegate noun with "of"/"from", or attendees including. */
const DELEGATES_TRIGGER =
  /\b(?:(?:leaders|ministers|diplomats|representatives|delegations|delegates|officials|envoys|negotiators|chiefs|heads|counterparts|presidents|premiers) (?:of|from)|(?:attendees|participants|delegates|guests),? (?:which |who |that )?includ)/i;
/** Event nouns of a kind other than a gathering's (a visit, a trip, a call). */
const UNMADE_EVENT = /^(visit|visits|trip|trips|tour|call|calls)$/i;
/** What separates the items of a list of states. */
const LIST_GLUE = /^(,|and|the|as|well|along|with|plus|nations|countries|states|economies|members)$/i;

/**
 * The meeting a sentence speaks of: its one meeting, none when it names several, else the
 * document's primary talks or its only meeting.
 */
function sentenceMeeting(
  index: ReturnType<typeof meetingsOf>,
  sentence: number,
  distinct: readonly LocalEntity[],
  ctx?: Parameters<Rule["apply"]>[0],
): LocalEntity | undefined {
  const here = [...(index.bySentence.get(sentence) ?? [])];
  if (here.length === 1) return here[0];
  if (here.length) return undefined;
  if (index.primary) return index.primary;
  const only = distinct.length === 1 ? distinct[0] : undefined;
  // A forum or roundtable no state is yet known to attend is not the meeting of "the two sides" a
  // sentence naming no event means.
  if (only && ctx && index.found.every((f) => f.meeting !== only || f.kind === "summit")) {
    const states = ctx.relations.some(
      (r) => r.predicate === "PARTICIPATED_IN" && r.target === only.id && /^(country|organization):/.test(r.source),
    );
    if (!states) return undefined;
  }
  return only;
}

/**
 * "The top diplomats of Japan, the United States and India agreed …", "finance ministers from X
 * and Y met", "Bessent told attendees, which included representatives from X, Y and Z": each state
 * of the list took part in the sentence's meeting (else the document's main or only one).
 */
function delegatesOf(ctx: Parameters<Rule["apply"]>[0], index: ReturnType<typeof meetingsOf>): void {
  const { tokens } = ctx;
  const distinct = [...new Set(index.found.map((f) => f.meeting))];
  if (!distinct.length) return;
  for (const s of ctx.sentences) {
    if (!DELEGATES_TRIGGER.test(s.text) || !GATHERING_CUE.test(s.text)) continue;
    const meeting = sentenceMeeting(index, s.i, distinct);
    if (!meeting) continue;
    const ms = mentionsIn(ctx, s.i);
    for (let i = s.tokenStart; i + 2 < s.tokenEnd; i++) {
      const w = tokens[i]!.text;
      let k = -1;
      if (DELEGATE_NOUN.test(w) && /^(of|from)$/i.test(tokens[i + 1]!.text)) {
        // "a meeting between the leaders of X and Y": the parties of an event of their own, not
        // of the document's main one (unless the sentence names that one).
        const between = /^between$/i.test(tokens[i - 1]?.text ?? "") || /^between$/i.test(tokens[i - 2]?.text ?? "");
        if (between && !index.bySentence.get(s.i)?.size) continue;
        // "this visit to X by the presidents of A and B": delegates of an event of another kind
        // (a visit, a trip, a call), not of the meeting.
        let other = false;
        for (let j = Math.max(s.tokenStart, i - 8); j < i; j++) other ||= UNMADE_EVENT.test(tokens[j]!.text);
        if (other) continue;
        k = i + 2;
      } else if (ATTENDEE_NOUN.test(w)) {
        // "attendees, which included (representatives from) X".
        let n = i + 1;
        while (n < i + 4 && /^(,|which|who|that)$/i.test(tokens[n]?.text ?? "")) n++;
        if (!/^(included|include|includes|including)$/i.test(tokens[n]?.text ?? "")) continue;
        n++;
        if (DELEGATE_NOUN.test(tokens[n]?.text ?? "") && /^(of|from)$/i.test(tokens[n + 1]?.text ?? "")) n += 2;
        k = n;
      }
      if (k < 0) continue;
      // The list: states and blocs, other bodies ("the G-7 nations") passed over, glue between.
      // Round 17b: a state's agencies too ("representatives from the U.S. Treasury, the Commerce
      // Department and the Trade Representative's office"); a state written before its agency
      // ("the U.S. Department of …") is the agency's, not a side of its own.
      const states: LocalEntity[] = [];
      const bodies: LocalEntity[] = [];
      let n = k;
      while (n < s.tokenEnd && states.length + bodies.length < MAX_LIST_ITEMS) {
        const x = ms.find((y) => y.m.ts === n);
        if (x) {
          const agency =
            x.e.type === "Country" ? ms.find((y) => y.m.ts === x.m.te && y.e.type === "Agency") : undefined;
          if (agency) bodies.push(agency.e);
          else if (x.e.type === "Agency") bodies.push(x.e);
          else if (isStateParty(x.e) && !x.m.demonym) states.push(x.e);
          else if (x.e.type !== "Organization") break;
          n = agency ? agency.m.te : x.m.te;
        } else if (LIST_GLUE.test(tokens[n]!.text)) n++;
        else break;
      }
      if (bodies.length >= 2 && !states.length) {
        for (const b of bodies) emitRelation(ctx, b, "PARTICIPATED_IN", meeting, s.i, "talks-delegates-of", {}, 0.7);
        // "X held discussions with representatives from A and B": X negotiated with each.
        const talks =
          /^with$/i.test(tokens[i - 1]?.text ?? "") &&
          /^(talks|discussions|negotiations)$/i.test(tokens[i - 2]?.text ?? "");
        const speaker = talks ? ms.filter((x) => x.e.type === "Person" && x.m.te <= i - 2).at(0) : undefined;
        if (speaker)
          for (const b of bodies)
            if (!speaker.e.nationality || speaker.e.nationality !== b.nationality)
              emitRelation(ctx, speaker.e, "NEGOTIATED_WITH", b, s.i, "talks-delegates-of", {}, 0.7);
      }
      if (states.length < 2 && !(states.length === 1 && ATTENDEE_NOUN.test(w))) continue;
      for (const c of states) emitRelation(ctx, c, "PARTICIPATED_IN", meeting, s.i, "talks-delegates-of", {}, 0.7);
      i = n - 1;
    }
  }
}

/** Fronted participles that place their subject at the event they govern ("Speaking at X, Y said"). */
const FRONTED = /^(speaking|addressing|attending|opening|closing|hosting|chairing|appearing)$/i;
/** The sentences worth reading for "X said at …": a reporting verb, then "at"/"during" soon after. */
const SPOKE_AT =
  /\b(?:said|says|told|tells|announced|announces|warned|warns|added|stressed|urged|pledged) (?:\S+ )?(?:at|during)\b/i;
/** Reporting verbs whose speaker spoke from the event of their "at"/"during" phrase. */
const REPORTING = /^(said|says|told|tells|announced|announces|warned|warns|added|stressed|urged|pledged)$/i;

/**
 * "Speaking at the G20 summit in Johannesburg, X said …", "Addressing the APEC summit, Y called
 * for …", "X said at the ministers' meeting in Z that …", "X told delegates during the forum …":
 * the speaker took part in the meeting of that phrase (not "speaking before the summit").
 */
function speakersAt(ctx: Parameters<Rule["apply"]>[0], index: ReturnType<typeof meetingsOf>): void {
  const { tokens } = ctx;
  const byToken = new Map<number, LocalEntity>();
  for (const f of index.found) if (f.token !== undefined && !f.background) byToken.set(f.token, f.meeting);
  for (const si of index.bySentence.keys()) {
    const s = ctx.sentences[si]!;
    const ms = mentionsIn(ctx, si);
    // The meeting named at token k: a Meeting mention over it, or the event noun the stage read.
    const meetingAt = (k: number) =>
      ms.find((x) => x.e.type === "Meeting" && x.m.ts <= k && x.m.te > k)?.e ?? byToken.get(k);
    const first = tokens[s.tokenStart]!.text;
    if (FRONTED.test(first)) {
      // The fronted phrase ends at its comma; the meeting inside it, the speaker just after.
      let comma = -1;
      for (let k = s.tokenStart + 1; k < Math.min(s.tokenEnd, s.tokenStart + 16) && comma < 0; k++)
        if (tokens[k]!.text === ",") comma = k;
      const spoken = /^(speaking|appearing)$/i.test(first);
      const prep = tokens[s.tokenStart + 1]?.text.toLowerCase() ?? "";
      if (comma > 0 && (!spoken || /^(at|during|on|in)$/.test(prep))) {
        let meeting: LocalEntity | undefined;
        for (let k = s.tokenStart + 1; k < comma && !meeting; k++) meeting = meetingAt(k);
        const speaker = ms.find((x) => x.e.type === "Person" && x.m.ts > comma && x.m.ts <= comma + 8);
        if (meeting && speaker)
          emitRelation(ctx, speaker.e, "PARTICIPATED_IN", meeting, si, "talks-speaker-at", {}, 0.7);
      }
    }
    // "At a summit in Lima on Friday, Presidents A and B signed …", "During the
    // ministers' meeting, C warned …": a fronted "at"/"during" phrase holding the meeting places the
    // clause's subject there: the people right after the comma (titles between), two coordinated.
    if (FRONTED_PREPOSITION.test(first)) {
      let comma = -1;
      for (let k = s.tokenStart + 1; k < Math.min(s.tokenEnd, s.tokenStart + 16) && comma < 0; k++)
        if (tokens[k]!.text === ",") comma = k;
      let meeting: LocalEntity | undefined;
      for (let k = s.tokenStart + 1; k < comma && !meeting; k++) meeting = meetingAt(k);
      const subject = comma > 0 ? frontedSubject(ctx, ms, comma) : [];
      if (meeting)
        for (const p of subject) emitRelation(ctx, p, "PARTICIPATED_IN", meeting, si, "talks-speaker-at", {}, 0.7);
    }
    // "X said at the meeting", "X told delegates during the forum".
    if (!SPOKE_AT.test(s.text)) continue;
    for (let i = s.tokenStart + 1; i < s.tokenEnd; i++) {
      if (!REPORTING.test(tokens[i]!.text)) continue;
      let k = i + 1;
      // "told delegates at", "told reporters during".
      if (
        /^(delegates|participants|attendees|reporters|journalists|the|ministers|leaders)$/i.test(tokens[k]?.text ?? "")
      )
        k++;
      if (!/^(at|during)$/i.test(tokens[k]?.text ?? "")) continue;
      let meeting: LocalEntity | undefined;
      for (let n = k + 1; n < Math.min(s.tokenEnd, k + 8) && !meeting; n++) {
        if (/^(,|that|;)$/.test(tokens[n]!.text)) break;
        meeting = meetingAt(n);
      }
      const speaker = ms.filter((x) => x.e.type === "Person" && x.m.te <= i && i - x.m.te <= 1).at(-1);
      if (meeting && speaker) emitRelation(ctx, speaker.e, "PARTICIPATED_IN", meeting, si, "talks-speaker-at", {}, 0.7);
    }
  }
}

/** Prepositions of a fronted phrase that sets the sentence at an event ("At the summit, …"). */
const FRONTED_PREPOSITION = /^(at|during)$/i;

/**
 * The people opening the clause after the comma at `comma`: the first person within a title's
 * reach ("Japanese Prime Minister X"), and a second coordinated with it ("X and Indian Prime
 * Minister Y"), when only titles and names stand between; none when the clause opens otherwise.
 */
function frontedSubject(
  ctx: Parameters<Rule["apply"]>[0],
  ms: ReturnType<typeof mentionsIn>,
  comma: number,
): LocalEntity[] {
  const { tokens } = ctx;
  const capitals = (a: number, b: number) => {
    for (let k = a; k < b; k++) if (!/^(?:[\p{Lu}].*|\.|of|the|-|['’]s)$/u.test(tokens[k]!.text)) return false;
    return true;
  };
  const people = ms.filter((x) => x.e.type === "Person" && x.m.ts > comma);
  const first = people[0];
  if (!first || first.m.ts > comma + 7 || !capitals(comma + 1, first.m.ts)) return [];
  const out = [first.e];
  const second = people[1];
  if (
    second &&
    tokens[first.m.te]?.text === "and" &&
    second.m.ts <= first.m.te + 7 &&
    capitals(first.m.te + 1, second.m.ts) &&
    second.e !== first.e
  )
    out.push(second.e);
  return out;
}

/** "X told attendees", "Y addressed delegates": a speaker addressing the people of a gathering. */
const TOLD_ATTENDEES =
  /\b(?:told|tells|addressed|addresses|briefed|briefs|urged|urges|warned|warns|assured|assures) (?:the )?(?:attendees|delegates|participants|gathering)\b/i;

/**
 * "Critical minerals supply chains are vulnerable, Bessent told attendees, which included …",
 * "she urged delegates to …": the speaker took part in the gathering the sentence names, else in
 * the document's main (or only) meeting. The speaker is the person just before the verb, or the
 * one "he"/"she" stands for.
 */
function toldAttendees(ctx: Parameters<Rule["apply"]>[0], index: ReturnType<typeof meetingsOf>): void {
  const distinct = [...new Set(index.found.map((f) => f.meeting))];
  if (!distinct.length) return;
  const { tokens } = ctx;
  for (const s of ctx.sentences) {
    if (!TOLD_ATTENDEES.test(s.text)) continue;
    const meeting = sentenceMeeting(index, s.i, distinct);
    if (!meeting) continue;
    const ms = mentionsIn(ctx, s.i);
    for (let i = s.tokenStart + 1; i + 1 < s.tokenEnd; i++) {
      if (
        !REPORTING.test(tokens[i]!.text) &&
        !/^(addressed|addresses|briefed|briefs|assured|assures)$/i.test(tokens[i]!.text)
      )
        continue;
      let k = i + 1;
      if (/^the$/i.test(tokens[k]!.text)) k++;
      if (!/^(attendees|delegates|participants|gathering)$/i.test(tokens[k]?.text ?? "")) continue;
      const named = ms.filter((x) => x.e.type === "Person" && x.m.te <= i && i - x.m.te <= 1).at(-1);
      const speaker = named?.e ?? (/^(he|she)$/i.test(tokens[i - 1]!.text) ? personReferent(ctx, i - 1)?.e : undefined);
      if (speaker) emitRelation(ctx, speaker, "PARTICIPATED_IN", meeting, s.i, "talks-speaker-at", {}, 0.7);
    }
  }
}

/** Events a sentence may name besides talks: a joint statement issued at one is not the talks'. */
const OTHER_EVENT_NOUN = /\b(?:visit|visits|trip|tour|summit|call|phone call|ceremony|forum)\b/i;

/** "… said in a joint statement", "issued a joint communique": the signatories of one text. */
const JOINT_STATEMENT = /\bjoint (?:statement|declaration|communiqu[eé]|readout)\b/i;

/**
 * "A, B, C and D said in a joint statement after the meeting", "the ministers of X and Y, A and B,
 * issued a joint declaration": officials of two states or more who signed one text together took
 * part in the sentence's meeting, else the document's primary one, else the first it reports (a
 * story of a ministers' meeting that also names their leaders' planned summit). The people are those
 * named before the statement noun in the sentence, with their states given by the text.
 */
function jointStatement(ctx: Parameters<Rule["apply"]>[0], index: ReturnType<typeof meetingsOf>): void {
  const distinct = [...new Set(index.found.map((f) => f.meeting))];
  if (!distinct.length) return;
  for (const s of ctx.sentences) {
    if (!JOINT_STATEMENT.test(s.text)) continue;
    // The main meeting only when the sentence names no other event ("in a joint statement during
    // the prime minister's visit to Washington" is the visit's).
    const own = index.bySentence.has(s.i);
    const meeting =
      own || !OTHER_EVENT_NOUN.test(s.text)
        ? (sentenceMeeting(index, s.i, distinct) ?? index.primary ?? index.main[0])
        : undefined;
    if (!meeting) continue;
    let at = -1;
    for (let i = s.tokenStart; i < s.tokenEnd && at < 0; i++) if (/^joint$/i.test(ctx.tokens[i]!.text)) at = i;
    const people = mentionsIn(ctx, s.i).filter((x) => x.e.type === "Person" && x.m.te <= at);
    const states = new Set(people.map((x) => x.e.nationality).filter((c) => c !== undefined));
    if (people.length < 2 || people.length > MAX_PARTICIPANTS_PER_SENTENCE || states.size < 2) continue;
    for (const x of people) emitRelation(ctx, x.e, "PARTICIPATED_IN", meeting, s.i, "talks-joint-statement", {}, 0.6);
  }
}

/** "The two sides", "both countries": the parties of the meeting the sentence is about. */
const BOTH_SIDES = /\b(?:the two|both) (?:sides|countries|nations|governments|delegations)\b/gi;
/** What may come just before "the two sides" used as a subject or as the parties of an event. */
const BOTH_SIDES_OPENER = /^(?:,|and|that|said|says|between|where|as|while|but|when|after|before|[.;:])$/i;

/**
 * "The two sides agreed to …", "both sides are focused on steel", "talks between the two
 * countries": the document's two states took part in the meeting the sentence names (else its
 * main or only one), when that meeting's other participants all belong to those two states.
 */
function bothSides(ctx: Parameters<Rule["apply"]>[0], index: ReturnType<typeof meetingsOf>): void {
  if (!index.found.length) return;
  const distinct = [...new Set(index.found.map((f) => f.meeting))];
  const byId = entitiesById(ctx);
  for (const s of ctx.sentences) {
    BOTH_SIDES.lastIndex = 0;
    if (!BOTH_SIDES.test(s.text)) continue;
    const meeting = sentenceMeeting(index, s.i, distinct, ctx);
    // A phone call is between its two people (their states took no part in it).
    if (!meeting || index.found.every((f) => f.meeting !== meeting || f.kind === "call")) continue;
    // Only a sentence that names its meeting: "the two sides" in a sentence naming none may be the
    // sides of a dispute or of an earlier round (round 13b: 0 right of 4 on held-out text).
    if (!index.bySentence.has(s.i)) continue;
    // "the two sides" as a subject or as an event's parties, not "tariffs on both countries".
    let opened = false;
    for (let i = s.tokenStart; i + 2 < s.tokenEnd && !opened; i++) {
      const w = ctx.tokens[i]!.text.toLowerCase();
      const next = ctx.tokens[i + 1]!.text.toLowerCase();
      const lead = w === "both" ? i : w === "the" && next === "two" ? i : -1;
      if (lead < 0) continue;
      const noun = ctx.tokens[lead + (w === "both" ? 1 : 2)]?.text.toLowerCase() ?? "";
      if (!/^(sides|countries|nations|governments|delegations)$/.test(noun)) continue;
      opened = lead === s.tokenStart || BOTH_SIDES_OPENER.test(ctx.tokens[lead - 1]!.text);
    }
    if (!opened) continue;
    // The pair: the countries of the meeting's two sides of people, else the document's two; the
    // meeting's known participants all belong to it (more than two states is no pair).
    const people: LocalEntity[] = [];
    const states: LocalEntity[] = [];
    for (const r of ctx.relations) {
      if (r.predicate !== "PARTICIPATED_IN" || r.target !== meeting.id) continue;
      const p = byId.get(r.source);
      if (p && isStateParty(p)) states.push(p);
      else if (p?.type === "Person" && p.nationality) people.push(p);
    }
    const nationalities = [...new Set(people.map((p) => p.nationality!))];
    const own = nationalities.map((c) => countryEntity(ctx, c));
    const pair = own.length === 2 && own[0] && own[1] ? ([own[0], own[1]] as LocalEntity[]) : mainCountryPair(ctx);
    if (!pair) continue;
    const codes = new Set(pair.map((c) => c.attributes.code));
    if (states.some((c) => !pair.includes(c)) || nationalities.some((c) => !codes.has(c))) continue;
    for (const c of pair) emitRelation(ctx, c, "PARTICIPATED_IN", meeting, s.i, "talks-both-sides", {}, 0.7);
  }
}

/** Talks nouns, lower case, for `sentencesWith`. */
const TALKS_WORDS: ReadonlySet<string> = new Set(["talks", "negotiations", "discussions", "consultations"]);

/**
 * "Minister X is seeking talks with US authorities", "X held talks with Canadian officials": the
 * state whose unnamed people the talks are with negotiated with the clause's subject's state (an
 * official's country, or a state that is the subject). Not across a reporting verb or another
 * clause ("X said talks with Y officials …" names the speaker, not a side).
 */
function unnamedSides(ctx: Parameters<Rule["apply"]>[0]): void {
  const { tokens } = ctx;
  for (const si of sentencesWith(ctx, TALKS_WORDS)) {
    const s = ctx.sentences[si]!;
    const ms = mentionsIn(ctx, si);
    for (let i = s.tokenStart; i + 2 < s.tokenEnd; i++) {
      if (!TALKS_NOUN.test(tokens[i]!.text) || tokens[i + 1]!.text !== "with") continue;
      const at = tokens[i + 2]!.text === "the" ? i + 3 : i + 2;
      const other = ms.find((x) => x.m.ts === at && isStateParty(x.e) && !x.m.capitalAsState);
      if (!other || !UNNAMED_SIDE.test(tokens[other.m.te]?.text ?? "")) continue;
      // The subject: the sentence's first party, before the noun with no clause break between
      // (an apposition's commas allowed: "X, joined by Y, is seeking talks with …").
      // "Chilean negotiators held talks with …": a demonym with the people it qualifies.
      const subject = ms.find(
        (x) =>
          x.m.te <= i &&
          (x.e.type === "Person" ||
            (isStateParty(x.e) && (!x.m.demonym || UNNAMED_SIDE.test(tokens[x.m.te]?.text ?? "")))),
      );
      if (!subject || subject.m.ts > s.tokenStart + 4) continue;
      let broken = false;
      for (let k = subject.m.te; k < i && !broken; k++) broken = CLAUSE_BREAK.test(tokens[k]!.text);
      if (broken) continue;
      const own =
        subject.e.type === "Person"
          ? subject.e.nationality &&
            !businessPerson(subject.e) &&
            (subject.e.titles.size > 0 || subject.e.roles.size > 0)
            ? countryEntity(ctx, subject.e.nationality)
            : undefined
          : subject.e;
      if (!own || own === other.e) continue;
      emitRelation(ctx, own, "NEGOTIATED_WITH", other.e, si, "talks-unnamed-side", {}, 0.7);
    }
  }
}

/** Nouns of a deal or of its negotiation. */
const DEAL_WORD =
  /^(deal|deals|agreement|agreements|accord|accords|pact|pacts|treaty|treaties|memorandum|talks|negotiations)$/i;
/** Words that end a clause: a party before one is not the deal's. */
const CLAUSE_BREAK = /^(;|said|says|while|but|after|before|because|since|when|which|who|whereas|although)$/i;

/**
 * The two sides of a deal or negotiation the sentence names, states or blocs: "X and Y are close to
 * an agreement", "X and Y sign free trade agreement", "the X-Y trade deal", "a deal between X and
 * Y", "X could secure a deal with Y". Sides named through a demonym ("Mexican steel") are not.
 */
function dealSides(ctx: Parameters<Rule["apply"]>[0]): void {
  const { tokens } = ctx;
  // States and blocs acting as states; a standing body (the IMF) is no side.
  const party = (x: { m: { demonym?: boolean }; e: LocalEntity }) => isStateParty(x.e) && !x.m.demonym;
  for (const s of ctx.sentences) {
    const ms = mentionsIn(ctx, s.i);
    const ps = ms.filter(party);
    if (
      ps.length < 2 &&
      !/\b(both|two) (sides|countries|nations|governments)\b/i.test(s.text) &&
      !(ps.length + ms.length >= 2 && SPEAKER_DEAL.test(s.text))
    )
      continue;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      // "a joint declaration by X and Y": a declaration two sides make together is their deal.
      const joint = /^declarations?$/.test(tokens[i]!.text) && tokens[i - 1]?.text.toLowerCase() === "joint";
      if ((!DEAL_WORD.test(tokens[i]!.text) && !joint) || tokens[i]!.text !== tokens[i]!.text.toLowerCase()) continue;
      // "countries without a trade agreement with X", "no deal with Y": a deal that is not there.
      if (NO_DEAL.test(wordsBetween(ctx, Math.max(s.tokenStart, i - 3), i))) continue;
      const sides: [LocalEntity, LocalEntity][] = [];
      const next = tokens[i + 1]?.text;
      if (next === "between" || next === "by") {
        // "a deal between X and Y", "an agreement by X and Y".
        const a = ps.find((x) => x.m.ts > i + 1 && x.m.ts <= i + 4);
        const b = a
          ? ps.find((x) => x.m.ts > a.m.te && x.m.ts <= a.m.te + 3 && tokens[a.m.te]?.text === "and")
          : undefined;
        if (a && b) sides.push([a.e, b.e]);
      } else if (next === "with") {
        // "X could secure a deal with Y", "X's talks with Y": the nearest party before, in the clause.
        const b = ps.find((x) => x.m.ts > i + 1 && x.m.ts <= i + 4);
        const a = ps.filter((x) => x.m.te <= i && i - x.m.te <= 8).at(-1);
        if (a && b && !hasBreak(ctx, a.m.te, i)) sides.push([a.e, b.e]);
        else if (!a) {
          // "President X said the deal with Y includes …": the speaker's state is the other side
          // (Y a state, or its capital: "the deal with Washington").
          const capital = ms.find(
            (x) => x.e.type === "Place" && x.m.ts > i + 1 && x.m.ts <= i + 3 && CAPITALS.has(x.e.name),
          );
          const code = capital ? CAPITALS.get(capital.e.name) : undefined;
          const state = b?.e ?? (code ? countryEntity(ctx, code) : undefined);
          const speaker = ms.filter((x) => x.e.type === "Person" && x.m.te <= i && i - x.m.te <= 6).at(-1);
          const own = speaker?.e.nationality ? countryEntity(ctx, speaker.e.nationality) : undefined;
          if (
            speaker &&
            own &&
            state &&
            own !== state &&
            REPORTED_DEAL.test(wordsBetween(ctx, speaker.m.te, i)) &&
            (isHeadOfStateLike(speaker.e) || speaker.e.roles.has("negotiator"))
          )
            sides.push([own, state]);
        }
      }
      if (sides.length === 0) {
        // "X and Y are close to an agreement", "the X-Y trade deal": a coordinated pair just before,
        // no other party between it and the noun.
        let b = ps.filter((x) => x.m.te <= i && i - x.m.te <= 7).at(-1);
        // "Pakistan and the United States (US) signed": the bracketed short form is the name before.
        if (b && tokens[b.m.ts - 1]?.text === "(" && tokens[b.m.te]?.text === ")")
          b = ps.find((x) => x.e === b!.e && x.m.te === b!.m.ts - 1) ?? b;
        const a = b
          ? ps.filter((x) => x.m.te < b.m.ts && /^(and|-|–|and the)$/.test(wordsBetween(ctx, x.m.te, b.m.ts))).at(-1)
          : undefined;
        const other = b ? ms.some((x) => x.m.ts >= b.m.te && x.m.te <= i && x.e !== b.e) : true;
        if (a && b && !other && !hasBreak(ctx, b.m.te, i)) sides.push([a.e, b.e]);
      }
      if (sides.length === 0) {
        // "the two sides are close to a deal", "talks between both countries": the document's pair.
        const from = Math.max(s.tokenStart, i - 7);
        const words = wordsBetween(ctx, from, Math.min(s.tokenEnd, i + 4));
        const pair = /\b(both|two) (sides|countries|nations|governments)\b/.test(words) ? mainCountryPair(ctx) : null;
        if (pair) {
          let k = i - 1;
          while (k >= from && !/^(sides|countries|nations|governments)$/.test(tokens[k]!.text)) k--;
          // Every state the sentence names (or whose official it names) is one of the pair's.
          const foreign = ms.some((x) =>
            x.e.type === "Person"
              ? x.e.nationality !== undefined && !pair.some((c) => c.attributes.code === x.e.nationality)
              : isStateParty(x.e) && !pair.includes(x.e),
          );
          if (!foreign && (k < from || !hasBreak(ctx, k, i))) sides.push(pair);
        }
      }
      for (const [a, b] of sides) if (a !== b) emitRelation(ctx, a, "NEGOTIATED_WITH", b, s.i, "deal-sides", {}, 0.7);
    }
  }
}

/** Words just before a deal noun that deny it: "without a trade agreement", "no deal", "lack of a pact". */
const NO_DEAL = /\b(without|no|lack|lacking|absence|non|nor)\b/i;

/** A sentence where a speaker may name a deal "with" the other side. */
const SPEAKER_DEAL =
  /\b(said|says|noted|notes|added|adds|stressed|insisted|told)\b.*\b(deal|agreement|accord|pact|treaty|talks|negotiations) with\b/i;
/** "said the deal", "noted that the agreement", "told reporters their trade deal": a speaker's own deal. */
const REPORTED_DEAL =
  /^(said|says|noted|notes|added|adds|stressed|insisted|told reporters)( that)? (the|a|an|his|her|its|their)( \S+){0,2}$/;

/** A head of state or government, or a minister or trade negotiator of a state (a title says so). */
function isHeadOfStateLike(e: LocalEntity): boolean {
  return [...e.titles].some(
    (t) => HEAD_OF_STATE_TITLES.has(t) || /\b(minister|secretary|representative|commissioner|negotiator)\b/i.test(t),
  );
}

function hasBreak(ctx: Parameters<Rule["apply"]>[0], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (CLAUSE_BREAK.test(ctx.tokens[k]!.text) || ctx.tokens[k]!.text === ",") return true;
  return false;
}

/** The token of the talks noun that named `f` in its sentence (-1 when none). */
function talksNounOf(ctx: Parameters<Rule["apply"]>[0], f: { sentence: number }): number {
  const s = ctx.sentences[f.sentence]!;
  for (let i = s.tokenStart; i < s.tokenEnd; i++) if (TALKS_NOUN.test(ctx.tokens[i]!.text)) return i;
  return -1;
}

/**
 * "… talks with Y, according to Z's spokesman W", "… talks with Y in Lima, Minister W said.": the
 * person the sentence cites as its source reports the talks and takes no part in them (only titles
 * may stand between "according to" and the name; a closing attribution follows a comma).
 */
function citedSource(
  ctx: Parameters<Rule["apply"]>[0],
  sentence: number,
  m: { start: number; ts: number; te: number; titleStart?: number },
): boolean {
  const s = ctx.sentences[sentence];
  if (!s) return false;
  if (CITED_BY.test(s.text.slice(Math.max(0, m.start - s.start - 90), m.start - s.start))) return true;
  // ", Foreign Minister W said." closing the sentence.
  const { tokens } = ctx;
  const opens = m.titleStart ?? m.ts;
  return (
    // A demonym may stand before the title (", Dutch Foreign Minister W said").
    (tokens[opens - 1]?.text === "," ||
      (tokens[opens - 2]?.text === "," && /^[\p{Lu}]/u.test(tokens[opens - 1]?.text ?? ""))) &&
    SAID.test(tokens[m.te]?.text ?? "") &&
    (m.te + 1 >= s.tokenEnd || /^[.,;]$/.test(tokens[m.te + 1]?.text ?? ""))
  );
}

const CITED_BY = /\baccording to\s+(?:(?:the|a|an)\s+)?(?:[\p{L}.'’-]+\s+){0,6}$/iu;
const SAID = /^(?:said|says|added|noted|stated|told)$/i;

/** A person the text gives only a firm's post ("CEO Jim Farley"): a commentator on talks, no negotiator. */
function businessPerson(e: LocalEntity): boolean {
  return e.titles.size > 0 && [...e.titles].every((t) => BUSINESS_TITLES.test(t));
}

const BUSINESS_TITLES =
  /^(ceo|chief executive( officer)?|cfo|coo|chief (financial|operating|technology) officer|founder|co-founder|managing director|general manager|executive chairman|analyst|economist|chief economist)$/i;

const TALKS_NOUN = /^(talks|negotiations|negotiation|discussions|dialogue|consultations)$/i;
/** People of a state the text leaves unnamed: "talks with Canadian officials". */
const UNNAMED_SIDE =
  /^(officials|authorities|counterparts|negotiators|delegation|delegates|representatives|envoys|ministers|diplomats|government|team|leaders)$/i;

const PAIR_PREPOSITIONS = new Set([
  "between",
  "with",
  "to",
  "from",
  "over",
  "on",
  "against",
  "into",
  "for",
  "by",
  "toward",
  "towards",
  "about",
  "including",
  "like",
  "as",
]);

/**
 * Whether a country list starting at token `start` can name the talks' sides: not after a
 * preposition (the subject, "U.S. and Chinese officials"), "officials from X and Y", or
 * "talks between X and Y", "talks with X and Y", "met with X and Y" (a determiner or "the" may
 * come between); "trade with X and Y", "exports to X and Y" do not.
 */
function pairCanBeSides(ctx: Parameters<Rule["apply"]>[0], start: number): boolean {
  let k = start - 1;
  while (k >= 0 && /^(the|both)$/i.test(ctx.tokens[k]!.text)) k--;
  const prep = ctx.tokens[k]?.text.toLowerCase() ?? "";
  if (!PAIR_PREPOSITIONS.has(prep)) return true;
  if (prep === "between") return true;
  const head = ctx.tokens[k - 1]?.text ?? "";
  // "Negotiators for X and Y", "trade teams from X and Y": the people at the talks and their sides.
  if ((prep === "for" || prep === "from") && SIDE_PEOPLE.test(head)) return true;
  if (prep !== "with") return false;
  return (
    TALKS_NOUN.test(head) || /^(met|meet|meets|meeting|held|hold|holds|negotiate|negotiated|negotiating)$/i.test(head)
  );
}

const SIDE_PEOPLE =
  /^(negotiators|officials|teams|team|delegations|delegation|delegates|representatives|envoys|ministers|leaders|diplomats|negotiating)$/i;

/** Meeting id → the name of the first thing it is found to have discussed. */
function topicsOf(ctx: Parameters<Rule["apply"]>[0]): Map<string, string> {
  const names = new Map<string, string>();
  for (const e of ctx.resolution.entities) if (!names.has(e.id)) names.set(e.id, e.name);
  const topics = new Map<string, string>();
  const seen = new Set<string>();
  for (const r of ctx.relations) {
    if (r.predicate !== "DISCUSSED" || seen.has(r.source)) continue;
    seen.add(r.source);
    const name = names.get(r.target);
    if (name !== undefined) topics.set(r.source, name);
  }
  return topics;
}

/**
 * The agreement the talks produced: "the framework", "a tentative deal", "the Kuala Lumpur accord"
 * are one Policy, named after the talks' place; "<Place> consensus" of other talks is its own.
 */
export const agreementRule: Rule = {
  id: "talks-agreement",
  predicates: ["DISCUSSED"],
  description: "The framework or deal reached at the document's main talks is one Policy entity.",
  example: "They reached a preliminary framework … the framework addresses rare earths.",
  apply(ctx) {
    const index = meetingsOf(ctx);
    const primary = index.primary;
    const places = new Map(
      index.found.filter((f) => f.meeting.attributes.place).map((f) => [f.meeting.attributes.place!, f.meeting]),
    );
    const reached = new Set<LocalEntity>();
    const pending = new Map<LocalEntity, (() => void)[]>();
    for (const s of ctx.sentences) {
      for (
        let i = nextTokenIn(ctx.tokens, s.tokenStart, AGREEMENT_WORD, s.tokenEnd);
        i < s.tokenEnd;
        i = nextTokenIn(ctx.tokens, i + 1, AGREEMENT_WORD, s.tokenEnd)
      ) {
        const t = ctx.tokens[i]!;
        if (!AGREEMENT.test(t.text) || t.text !== t.text.toLowerCase()) continue;
        // "<Place> consensus": the agreement of the talks held there.
        let prev: { m: { ts: number; te: number }; e: LocalEntity } | undefined = mentionsIn(ctx, s.i).find(
          (x) => x.m.te === i && x.e.type === "Place",
        );
        // Round 17: "reached a consensus in Geneva", "established a framework for cooperation in
        // London": the consensus or framework of the city its phrase ends in, named "<city> <noun>".
        const city = prev ? undefined : agreementCity(ctx, s.i, i);
        if (city) prev = { m: { ts: i, te: i }, e: city };
        const meeting = prev ? (places.get(prev.e.name) ?? null) : primary;
        // "<Place> consensus": the named agreement of the talks held there (when the text has them).
        if (prev) {
          const named = ensureEntity(
            ctx,
            "Policy",
            `${prev.e.name} ${t.text}`,
            `agreement@${prev.e.name}`,
            { ts: prev.m.ts, te: i + 1 },
            this.id,
          );
          if (meeting && meeting !== primary) emitRelation(ctx, meeting, "DISCUSSED", named, s.i, this.id);
          continue;
        }
        if (
          !meeting ||
          (/^(deal|agreement)$/.test(t.text) &&
            (!/\b(tentative|preliminary|framework|trade)\b/.test(wordsBetween(ctx, i - 3, i)) ||
              // "a comprehensive free trade agreement", "a bilateral trade deal": a standing treaty
              // the parties name for themselves, not the framework these talks produced.
              /\b(free trade|bilateral|comprehensive)\b/.test(wordsBetween(ctx, i - 4, i))))
        ) {
          continue;
        }
        let a = i;
        while (
          a > s.tokenStart &&
          /^(preliminary|tentative|trade|new|proposed|framework|the|a)$/i.test(ctx.tokens[a - 1]!.text)
        )
          a--;
        // "a deadline for a trade deal", "hopes of a deal", "pushing toward an accord": a deal
        // still sought is no agreement the talks reached.
        if (
          /^(a|an|any)$/i.test(ctx.tokens[a]?.text ?? "") &&
          /^(for|of|toward|towards|seek|seeking|sought|pursue|pursuing|without)$/i.test(ctx.tokens[a - 1]?.text ?? "")
        )
          continue;
        while (a < i && /^(the|a)$/i.test(ctx.tokens[a]!.text)) a++;
        const place = meeting.attributes.place ?? meeting.name;
        const span = { ts: a, te: i + 1 };
        // The talks' agreement is a Policy only once a clause reaches it (a framework merely
        // mentioned names nothing the talks made), and it is the document's one titled agreement
        // when the text names one ("finalised negotiations on a trade agreement … The X-Y
        // Comprehensive Economic Partnership Agreement is …"), else "<place> framework".
        const agreementOf = (): LocalEntity => {
          const named = titledAgreement(ctx);
          if (named) {
            addMention(ctx, named, span, this.id);
            return named;
          }
          return ensureEntity(ctx, "Policy", `${place} framework`, `agreement@${place}`, span, this.id);
        };
        // Only an agreement a clause of the text reaches, signs or agrees ("they reached a framework",
        // "the deal was sealed"): a deal merely mentioned may be another's or an earlier one.
        let policy: LocalEntity | undefined;
        if (reached.has(meeting) || reachedAt(ctx, s.i, i)) {
          if (!reached.has(meeting)) for (const e of pending.get(meeting) ?? []) e();
          reached.add(meeting);
          policy = agreementOf();
          emitRelation(ctx, meeting, "DISCUSSED", policy, s.i, this.id);
        } else {
          const sentence = s.i;
          let list = pending.get(meeting);
          if (!list) pending.set(meeting, (list = []));
          list.push(() => emitRelation(ctx, meeting, "DISCUSSED", agreementOf(), sentence, this.id));
        }
        let set = index.bySentence.get(s.i);
        if (!set) index.bySentence.set(s.i, (set = new Set()));
        set.add(meeting);
        // Leaders who will finalise it discuss it too ("the framework is to be finalised when X and
        // Y meet"): only when the framework is what a clause completes, not any sentence naming both.
        if (set.size > 1 && finalised(ctx, s.i, i)) {
          policy ??= agreementOf();
          for (const other of set)
            if (other !== meeting && other.name.includes("meeting"))
              emitRelation(ctx, other, "DISCUSSED", policy, s.i, this.id);
        }
      }
    }
  },
};

/** Agreement nouns a city names when they close on "in <city>" ("a consensus in Geneva"). */
const CITY_AGREEMENT = /^(consensus|framework|truce|accord)$/;

/**
 * "a consensus in Geneva", "a framework for economic and trade cooperation in London": the city
 * (a Place the gazetteers know as a city or capital) of an "in" phrase closing the agreement's noun
 * phrase within eight words, before any comma, clause break or verb ("and established" ends it).
 */
function agreementCity(ctx: Parameters<Rule["apply"]>[0], sentence: number, at: number): LocalEntity | undefined {
  const { tokens } = ctx;
  if (!CITY_AGREEMENT.test(tokens[at]!.text)) return undefined;
  const s = ctx.sentences[sentence]!;
  const ms = mentionsIn(ctx, sentence);
  for (let k = at + 1; k < Math.min(s.tokenEnd, at + 9); k++) {
    const t = tokens[k]!;
    if (/^[,;:()"“”]$/.test(t.text) || CLAUSE_BREAK.test(t.text) || t.pos === "VERB" || t.pos === "AUX")
      return undefined;
    if (t.text !== "in") continue;
    const place = ms.find((x) => x.m.ts === k + 1 && x.e.type === "Place")?.e;
    if (place && (CITIES.has(place.name) || CAPITALS.has(place.name))) return place;
    return undefined;
  }
  return undefined;
}

/** An agreement's title in capitals: "… Comprehensive Economic Partnership Agreement", "the X Accord". */
const TITLED_AGREEMENT = /\b(Agreement|Accord|Pact|Treaty|Framework|Deal|Arrangement)$/;

/**
 * The document's one agreement named by a title (stage 3's capitalised name, typed Policy), when it
 * names exactly one: the agreement its talks reached. Two titled agreements leave it unknown.
 */
function titledAgreement(ctx: Parameters<Rule["apply"]>[0]): LocalEntity | undefined {
  const titled = ctx.resolution.entities.filter(
    (e) => e.type === "Policy" && TITLED_AGREEMENT.test(e.name) && e.mentions.length > 0,
  );
  return titled.length === 1 ? titled[0] : undefined;
}

/** Verbs that complete an agreement negotiators drafted. */
const FINALISE_VERBS: ReadonlySet<string> = new Set([
  "finalise",
  "finalize",
  "sign",
  "seal",
  "approve",
  "ratify",
  "endorse",
  "complete",
  "conclude",
  "rubber-stamp",
]);
knowLemmas([...FINALISE_VERBS]);

/** Whether some meeting already DISCUSSED the talks' agreement `policy` (talks-agreement filed it). */
function filedAgreement(ctx: Parameters<Rule["apply"]>[0], policy: LocalEntity): boolean {
  return ctx.relations.some((r) => r.predicate === "DISCUSSED" && r.target === policy.id);
}

/** Verbs that make an agreement: "reached a framework", "struck a deal", "agreed on a truce". */
const REACH_VERBS: ReadonlySet<string> = new Set([
  ...FINALISE_VERBS,
  "reach",
  "agree",
  "strike",
  "clinch",
  "forge",
  "hammer",
  "ink",
  "announce",
  "unveil",
  "secure",
  "produce",
  "yield",
  "outline",
  "draft",
]);
knowLemmas([...REACH_VERBS]);

/**
 * Whether the agreement noun at token `at` is what a clause of sentence `sentence` makes: the
 * patient or a prepositional object of a verb of REACH_VERBS ("they reached a framework", "the
 * truce was agreed", "agreed on a deal"), or the subject of a clause of it ("a deal emerged" is not).
 */
function reachedAt(ctx: Parameters<Rule["apply"]>[0], sentence: number, at: number): boolean {
  const r = sentenceReading(ctx, sentence);
  if (!r) return false;
  for (const cl of r.clauses) {
    if (cl.verb.negated) continue;
    const lemma = REACH_VERBS.has(cl.verb.lemma) ? cl.verb.lemma : verbLemma(ctx.tokens[cl.verb.head]?.text ?? "");
    if (!REACH_VERBS.has(lemma)) continue;
    const args = [cl.patient, ...cl.pps.map((p) => p.arg)];
    const chunk = args.flatMap((a) => a?.items ?? []).find((c) => c.ts <= at && at < c.te);
    if (!chunk) continue;
    // "in no rush to finalise a trade deal", "hope to reach an agreement": an indefinite deal an
    // infinitive or a verb of wanting reaches is still sought, not reached.
    if ((cl.verb.infinitive || cl.verb.control.length) && /^(a|an|any)$/i.test(ctx.tokens[chunk.ts]?.text ?? ""))
      continue;
    return true;
  }
  return false;
}

/**
 * Whether the agreement noun at token `at` is what a clause of sentence `sentence` completes: the
 * patient of a verb of FINALISE_VERBS ("the framework is to be finalised", "they will sign the deal").
 */
function finalised(ctx: Parameters<Rule["apply"]>[0], sentence: number, at: number): boolean {
  const r = sentenceReading(ctx, sentence);
  if (!r) return false;
  for (const cl of r.clauses) {
    if (cl.verb.negated) continue;
    const lemma = FINALISE_VERBS.has(cl.verb.lemma) ? cl.verb.lemma : verbLemma(ctx.tokens[cl.verb.head]?.text ?? "");
    if (!FINALISE_VERBS.has(lemma)) continue;
    if (cl.patient?.items.some((c) => c.ts <= at && at < c.te)) return true;
  }
  return false;
}

/**
 * "President X and President Y confirmed the deal during talks": "the deal", "this agreement" is
 * the agreement the text named last (within a few sentences), and the meeting the sentence names
 * discussed it. Runs after the policy rules have named the agreements.
 */
export const agreementReferenceRule: Rule = {
  id: "talks-agreement-reference",
  predicates: ["DISCUSSED"],
  description: "'The deal' in a sentence naming a meeting is the agreement named last; the meeting discussed it.",
  example: "Chile and Japan announced a copper agreement. The leaders confirmed the deal during talks in Tokyo.",
  apply(ctx) {
    const index = meetingsOf(ctx);
    for (const [i, meetings] of index.bySentence) {
      const s = ctx.sentences[i]!;
      if (!DEAL_IN_TEXT.test(s.text)) continue;
      const ms = mentionsIn(ctx, i);
      for (let k = s.tokenStart + 1; k < s.tokenEnd; k++) {
        const w = ctx.tokens[k]!.text;
        if (!AGREEMENT_NOUN.test(w) || !/^(the|this|that)$/i.test(ctx.tokens[k - 1]!.text)) continue;
        // A noun inside a name ("the Busan accord") is that name's.
        if (ms.some((x) => x.m.ts <= k && x.m.te > k)) continue;
        const named = lastAgreement(ctx, i, k);
        if (!named) continue;
        // Only a deal a clause of the sentence signs, reaches or seals ("where they signed the deal"):
        // "confirmed the deal", "another crack at the agreement", "included in the pact" name it only.
        if (!reachedAt(ctx, i, k)) continue;
        // "… where he met Y on the sidelines of a meeting at the OECD": the host event of a
        // sideline meeting is only where it happened; the deal was on the sideline meeting's table.
        const hosts = new Set(
          ms
            .filter(
              (x) =>
                meetings.has(x.e) &&
                /\bsidelines of( an?| the)?$/i.test(wordsBetween(ctx, Math.max(s.tokenStart, x.m.ts - 4), x.m.ts)),
            )
            .map((x) => x.e),
        );
        for (const m of meetings)
          if (!m.name.endsWith("Summit") && (hosts.size === meetings.size || !hosts.has(m)))
            emitRelation(ctx, m, "DISCUSSED", named, i, this.id, {}, 0.6);
        break;
      }
    }
  },
};

const AGREEMENT_NOUN = /^(deal|agreement|accord|pact|treaty|framework|truce)$/;

/** A Policy whose name is an agreement's ("the EU-Chile trade agreement", "Busan accord"). */
const AGREEMENT_NAME = /\b(agreement|deal|accord|pact|treaty|framework|truce|protocol)\b/i;
/** How many sentences back "the deal" may refer. */
const AGREEMENT_REACH = 6;

/**
 * The named agreement "the deal" at token `at` of sentence `sentence` refers to: the agreement
 * Policy (its name matching `name`) mentioned last before it, within `reach` sentences; not one of
 * the talks' own "<place> framework" entities.
 */
export function lastAgreement(
  ctx: Parameters<Rule["apply"]>[0],
  sentence: number,
  at: number,
  reach = AGREEMENT_REACH,
  name = AGREEMENT_NAME,
): LocalEntity | undefined {
  for (let k = sentence; k >= 0 && k >= sentence - reach; k--) {
    const ms = mentionsIn(ctx, k).filter(
      (x) =>
        x.e.type === "Policy" &&
        x.m.te <= at &&
        name.test(x.e.name) &&
        !/^agreement@[^|]*$/.test(x.e.attributes.mergeKey ?? ""),
    );
    if (ms.length) return ms.at(-1)!.e;
  }
  return undefined;
}

/** Words that end the stretch of a sentence an event noun governs: a topic past them is not its. */
const TOPIC_BREAK =
  /^(;|when|while|after|although|though|whereas|because|since|but|said|says|told|which|who|before|amid|despite)$/i;
/** Words that turn what follows into a use of the topic, not a topic ("used in smartphones"). */
const USE_CUE = /^(used|use|uses|components?|essential|vital|needed|found|powering|power|inputs?|key)$/i;
/** "critical for", "crucial to": an adjective of need before its purpose. */
const NEED_ADJECTIVE = /^(critical|crucial|important|indispensable|necessary|central)$/i;
/** "technologies like", "products such as": a class of uses, its examples after it. */
const USE_CLASS = /^(technologies|technology|applications|devices|products|goods|industries|sectors|gadgets|uses)$/i;

/**
 * Whether token `k` turns what follows into a use of a topic, not a topic: "used in", "essential",
 * "critical for technologies", "applications like", "devices such as".
 */
function useCueAt(ctx: Parameters<Rule["apply"]>[0], k: number): boolean {
  const w = ctx.tokens[k]!.text;
  if (USE_CUE.test(w)) return true;
  const next = ctx.tokens[k + 1]?.text ?? "";
  if (NEED_ADJECTIVE.test(w) && /^(for|to)$/i.test(next)) return true;
  return /^(like|such)$/i.test(w) && USE_CLASS.test(ctx.tokens[k - 1]?.text ?? "");
}
/**
 * Whether token `k` opens a clause of its own with ", as" ("…, as the US leader looked to respond to
 * X"): what follows is that clause's, not the meeting's ("as well as", "as part of" go on).
 */
function asClauseAt(ctx: Parameters<Rule["apply"]>[0], k: number): boolean {
  return (
    ctx.tokens[k]!.text === "," &&
    /^as$/i.test(ctx.tokens[k + 1]?.text ?? "") &&
    !/^(well|part|much|many|long|soon)$/i.test(ctx.tokens[k + 2]?.text ?? "")
  );
}
const EVENT_WORD =
  /^(talks|negotiations?|discussions?|dialogue|consultations|meetings?|summit|call|conversation|visit|ceremony|conference|forum)$/i;
const DEAL_IN_TEXT = /\b(the|this|that|their) (deal|agreement|framework|truce|accord|pact)\b/;
const TOPIC_TYPES: ReadonlySet<string> = new Set(["Mineral", "Product", "Policy", "Company"]);

/**
 * "The discussions also covered:" followed by a list: each mineral, product, policy or company of
 * the list is what the meeting covered. A topic merely named near a meeting in one sentence is not
 * read here (round 12: on held-out text that guess was wrong 11 times in 13); what a clause joins
 * to the meeting ("talks on X", "the talks covered Y") is `talks-topics`'.
 */
export const discussedRule: Rule = {
  id: "talks-discussed",
  predicates: ["DISCUSSED"],
  description: "The items of a list a sentence about a meeting introduces ('covered:', 'included:').",
  example: "The discussions also covered: the transfer of TikTok; the fentanyl crisis.",
  apply(ctx) {
    const index = meetingsOf(ctx);
    const { tokens } = ctx;
    for (const s of ctx.sentences) {
      if (!s.text.trimEnd().endsWith(":")) continue;
      const meetings = [...(index.bySentence.get(s.i) ?? [])].filter((m) => !m.name.endsWith("Summit"));
      if (!meetings.length) continue;
      // The meeting the sentence names, or the one its lower-case agreement or event noun stands for.
      const ms = mentionsIn(ctx, s.i);
      let agreementNoun = false;
      let eventNoun = false;
      for (let i = s.tokenStart; i < s.tokenEnd; i++) {
        const w = tokens[i]!.text;
        if (AGREEMENT.test(w) && w === w.toLowerCase()) agreementNoun = true;
        else if (EVENT_WORD.test(w)) eventNoun = true;
      }
      const meeting =
        meetings.find((m) => ms.some((x) => x.e === m)) ?? (agreementNoun || eventNoun ? meetings[0] : undefined);
      if (!meeting) continue;
      for (
        let k = s.i + 1;
        k < ctx.sentences.length && k <= s.i + MAX_LIST_ITEMS && /^[-•*]/.test(ctx.sentences[k]!.text);
        k++
      )
        for (const x of mentionsIn(ctx, k))
          if (TOPIC_TYPES.has(x.e.type) && x.e !== meeting)
            emitRelation(ctx, meeting, "DISCUSSED", x.e, k, this.id, {}, 0.6);
    }
  },
};

/** Verbs whose subject is a meeting and whose object is what it covered: "the talks covered X". */
const COVER_VERBS: ReadonlySet<string> = new Set([
  "cover",
  "focus",
  "centre",
  "center",
  "address",
  "include",
  "tackle",
  "touch",
  "revolve",
  "concentrate",
  "examine",
  "feature",
  "span",
  "encompass",
  "explore",
  "discuss",
  "review",
]);
/** What an agreement does to a topic: "the deal cuts tariffs on cars", "lifts the ban on nickel". */
const DEAL_EFFECTS: ReadonlySet<string> = new Set([
  "cut",
  "lower",
  "reduce",
  "remove",
  "eliminate",
  "ease",
  "slash",
  "scrap",
  "lift",
  "exempt",
  "secure",
  "guarantee",
  "resume",
  "open",
  "expand",
]);
/** Verbs whose agent (people, states, "the two sides") talked about their object. */
const DISCUSS_VERBS: ReadonlySet<string> = new Set([
  "discuss",
  "raise",
  "address",
  "negotiate",
  "debate",
  "explore",
  "agree",
  "review",
  "touch",
  "talk",
  "focus",
  "centre",
  "center",
  "concentrate",
  "emphasise",
  "emphasize",
  "stress",
  "underline",
  "underscore",
  "highlight",
  // Round 15: "the two ministers exchanged views on X" (its "on" phrase only, as "touched on").
  "exchange",
]);
/** Verbs of making a policy public: the talks' sides announcing a pact discussed it. */
const ANNOUNCE_VERBS: ReadonlySet<string> = new Set(["announce", "unveil", "launch", "confirm"]);
/** Verbs read with their subject as agent in the passive: "the talks are focused on X". */
const FOCUS_VERBS: ReadonlySet<string> = new Set(["focus", "centre", "center", "concentrate"]);
/** Discussing verbs whose topic follows a preposition: "touched on X", "talked about Y". */
const PP_DISCUSS_VERBS: ReadonlySet<string> = new Set(["agree", "touch", "talk", "exchange", ...FOCUS_VERBS]);
knowLemmas([...COVER_VERBS, ...DISCUSS_VERBS, ...DEAL_EFFECTS, ...ANNOUNCE_VERBS]);
const TOPIC_TRIGGER =
  /\b(amid|announc\w*|unveil\w*|launch\w*|confirm\w*|told|tells|tell|press\w*|urg\w*|warn\w*|ask\w*|assur\w*|push\w*|lobb\w*|deal|agreement|framework|accord|pact|discuss\w*|cover\w*|focus\w*|cent(?:re|er)(?:s|d|ed)?|address\w*|agenda|on the table|includ\w*|tackl\w*|touch\w*|revolv\w*|concentrat\w*|examin\w*|exchang\w*|featur\w*|spann?\w*|encompass\w*|explor\w*|raised?|debat\w*|agree\w*|review\w*|cent(?:er|re) of|heart of|among the|emphasi[sz]\w*|stress\w*|underlin\w*|underscor\w*|highlight\w*|talk(?:ed|ing)?|talks|negotiations?|discussions|meeting|call|dialogue|consultations|top(?:s|ped|ping)?|dominat\w*|headlin\w*|overshadow\w*|seek\w*|sought|wants?|wanted|demand\w*|request\w*|offer\w*|propos\w*|progress|concessions?|breakthroughs?|headway|compromises?|understandings?|decisions)\b/i;
/** Modal auxiliaries, which the clause layer may leave as a clause's verb ("would lower"). */
const MODAL_WORD = /^(would|will|could|should|may|might|can|must|shall)$/;
/** Generic subjects that stand for the talks' parties: "the two sides discussed X". */
const PARTIES_WORD =
  /^(sides|leaders|ministers|officials|negotiators|delegations|they|we|presidents|countries|governments|nations|both|two|diplomats|envoys|parties|teams)$/i;

/** Topic entities of a phrase: its head, its names, what "of" / "on" / "for" / "including" lead to. */
function topicItems(c: Chunk<M>, depth = 0): M[] {
  const out: M[] = [];
  if (c.entity && TOPIC_TYPES.has(c.entity.e.type)) out.push(c.entity);
  else for (const m of c.modifiers) if (TOPIC_TYPES.has(m.e.type)) out.push(m);
  if (depth < 2)
    for (const p of c.pps)
      if ((!out.length && /^(of|on|for|over)$/.test(p.prep)) || p.prep === "including")
        for (const it of p.arg.items) out.push(...topicItems(it, depth + 1));
  return out;
}

/** A phrase naming a meeting: a Meeting mention or an event noun ("the discussions"). */
function isEventChunk(c: Chunk<M>): boolean {
  return c.entity?.e.type === "Meeting" || EVENT_WORD.test(c.headWord);
}

/**
 * "Bessent told reporters in Kuala Lumpur that the two sides discussed X": a sentence naming no
 * meeting but the place of exactly one of the document's meetings is about that meeting (not the
 * document's main one held elsewhere).
 */
function placedMeeting(
  ctx: Parameters<Rule["apply"]>[0],
  sentence: number,
  found: readonly { meeting: LocalEntity }[],
): LocalEntity | undefined {
  const places = new Set(mentionsIn(ctx, sentence).flatMap((x) => (x.e.type === "Place" ? [x.e.name] : [])));
  if (!places.size) return undefined;
  const at = [...new Set(found.map((f) => f.meeting))].filter(
    (m) => m.attributes.place !== undefined && places.has(m.attributes.place),
  );
  return at.length === 1 ? at[0] : undefined;
}

/** Whether a policy mention opens with a capital or a digit: a name, not a common noun. */
function namesPolicy(ctx: Parameters<Rule["apply"]>[0], t: M): boolean {
  return /^[A-Z0-9]/.test(ctx.tokens[t.ts]?.text ?? "");
}

function topicsOfArg(arg: Arg<M> | undefined): M[] {
  return (arg?.items ?? []).flatMap((c) => topicItems(c));
}

/**
 * "The talks covered / focused on / centred on X", "X was on the agenda", "the two sides discussed
 * X", "talks on / over / about X", "X and Y agreed on X": the topics of the meeting the clause is
 * about (the meeting it names, else the sentence's, else the document's main talks). People who
 * discuss something in a sentence that names no meeting are left to `discussed-topic`.
 */
export const topicsRule: Rule = {
  id: "talks-topics",
  predicates: ["DISCUSSED"],
  description: "What a meeting covered, read from the clause: its subject, its object and its 'on' phrase.",
  example: "The talks focused on tariffs on cars and exports of lithium → the talks discussed cars and lithium.",
  apply(ctx) {
    const index = meetingsOf(ctx);
    // Every topic and participant here is a meeting's: a document with none has nothing to read.
    if (!index.found.length) return;
    const participants = new Map<string, Set<string>>();
    for (const r of ctx.relations)
      if (r.predicate === "PARTICIPATED_IN") {
        let set = participants.get(r.source);
        if (!set) participants.set(r.source, (set = new Set()));
        set.add(r.target);
      }
    for (const s of ctx.sentences) {
      if (!TOPIC_TRIGGER.test(s.text)) continue;
      const r = sentenceReading(ctx, s.i);
      if (!r) continue;
      const here = [...(index.bySentence.get(s.i) ?? [])].filter((m) => !m.name.endsWith("Summit"));
      const fallback = here[0] ?? placedMeeting(ctx, s.i, index.found) ?? index.primary ?? index.main[0];
      // The document's one meeting, when it names no other.
      const onlyMeeting = new Set(index.found.map((f) => f.meeting)).size === 1 ? index.found[0]!.meeting : undefined;
      const emit = (meeting: LocalEntity | undefined, topics: M[]) => {
        // A meeting with neither a date nor a place of its own nor its people in its name
        // (an organisation's summit named in passing, a visit known by its destination only) is no
        // event the reader can find again: it gets no topics, as it gets no participants. (A
        // HELD_IN alone as place: studied +1 right, +7 wrong.)
        if (!meeting || !(meeting.attributes.date || meeting.attributes.place || namedByPeople(meeting))) return;
        for (const t of topics) {
          // The talks' own agreement ("<place> framework") only once talks-agreement filed it (a
          // clause reached it), as in talks-discussed.
          if (keyKindIs(t.e, "agreement") && !filedAgreement(ctx, t.e)) continue;
          // A policy is a topic only when the clause names it ("talks on the Geneva
          // consensus", "the agenda included Section 232"); a common-noun one ("agreed on a
          // framework", "progress on a reciprocal trade agreement") is no policy the reader can
          // tell apart, and the talks' own agreement is talks-agreement's (validation 2/7 → 2/5).
          if (t.e.type === "Policy" && !namesPolicy(ctx, t)) continue;
          if (t.e !== meeting) emitRelation(ctx, meeting, "DISCUSSED", t.e, s.i, this.id, {}, 0.6);
        }
      };
      for (const cl of r.clauses) {
        const v = cl.verb;
        if (v.negated) continue;
        const subject = cl.subject?.items[0];
        const subjectMeeting = subject?.entity?.e.type === "Meeting" ? subject.entity.e : undefined;
        // "The agenda includes X": the talks' agenda stands for them as a subject of covering.
        const eventSubject =
          subject && (subjectMeeting || EVENT_WORD.test(subject.headWord) || /^agenda$/i.test(subject.headWord));
        const onPps = cl.pps.filter((p) => /^(on|upon|around|about|over)$/.test(p.prep));
        // "The agreement covers cars", "the deal cuts tariffs on nickel": the talks' agreement.
        const dealSubject = subject && !subject.entity && AGREEMENT.test(subject.headWord);
        // "The deal would lower tariffs": a modal the tagger left without its verb.
        const lemma = MODAL_WORD.test(v.lemma) ? verbLemma(ctx.tokens[v.head + 1]?.text ?? "") : v.lemma;
        if (dealSubject && (COVER_VERBS.has(lemma) || DEAL_EFFECTS.has(lemma))) {
          // What the deal does runs on past its first object: "lowers tariffs on cars and opens … to rice".
          emit(fallback, [
            ...topicsOfArg(cl.patient),
            ...onPps.flatMap((p) => topicsOfArg(p.arg)),
            ...(DEAL_EFFECTS.has(lemma) ? topicsAfter(ctx, s.i, v.head) : []),
          ]);
          continue;
        }
        if (eventSubject && COVER_VERBS.has(lemma)) {
          // "The talks covered X", "the call focused on Y"; "covered several issues, including X, Y
          // and Z": a class noun's list runs on past the clause's first phrase, to the stretch's end.
          const listed = cl.patient?.items.some((c) => !c.entity && TOPIC_CLASS.test(c.headWord));
          emit(subjectMeeting ?? fallback, [
            ...topicsOfArg(cl.patient),
            ...onPps.flatMap((p) => topicsOfArg(p.arg)),
            ...(listed ? topicsAfter(ctx, s.i, v.head) : []),
          ]);
          continue;
        }
        if (
          v.lemma === "be" &&
          cl.pps.some((p) => p.prep === "on" && p.arg.items.some((c) => /^(agenda|table)$/.test(c.headWord)))
        ) {
          // "Rare earths were on the agenda", "tariffs are on the table".
          emit(fallback, topicsOfArg(cl.subject));
          continue;
        }
        if (/^(be|remain|stay|sit|feature|rank|figure)$/.test(v.lemma) && !v.negated) {
          // "TikTok remained at the centre of the discussions", "minimum prices for lithium were
          // among the topics discussed": the subject is what the meeting was about.
          const at = cl.pps.find(
            (p) =>
              (p.prep === "at" &&
                p.arg.items.some(
                  (c) =>
                    /^(cent(er|re)|heart|top|core|forefront)$/.test(c.headWord) &&
                    c.pps.some((q) => q.prep === "of" && q.arg.items.some((d) => isEventChunk(d))),
                )) ||
              (p.prep === "among" &&
                p.arg.items.some((c) => /^(topics|issues|subjects|items|matters)$/.test(c.headWord))),
          );
          if (at) {
            const named = at.arg.items
              .flatMap((c) => c.pps.flatMap((q) => q.arg.items))
              .find((d) => d.entity?.e.type === "Meeting")?.entity?.e;
            emit(named ?? fallback, topicsOfArg(cl.subject));
            continue;
          }
        }
        // Round 15: "Lithium was discussed at the talks", "duties on steel were also addressed", "the
        // question of cobalt was raised": a passive of discussing has the topic as its subject. The
        // meeting is the one its phrase names, else the sentence's, else the document's only one.
        if (v.passive && PASSIVE_TOPIC_VERBS.has(v.lemma) && passiveTopic(cl)) {
          const at = eventPhrase(cl.pps);
          const meeting = at
            ? at.entity?.e.type === "Meeting"
              ? at.entity.e
              : (here[0] ?? fallback)
            : (here[0] ?? onlyMeeting);
          emit(meeting, topicsOfArg(cl.subject));
          continue;
        }
        // Round 15: "Copper was (expected to be) a focus of the talks", "the main topic of the call
        // was nickel", "nickel featured prominently in the talks": a topic noun of the talks on one
        // side of "be", the topic on the other; "feature / figure" in the talks.
        if (!v.passive && COPULAS.has(v.lemma)) {
          const complement = cl.patient?.items ?? [];
          const subjectTopicNoun =
            subject && !subject.entity && TOPIC_NOUN.test(subject.headWord) ? subject : undefined;
          const ofEvent = (c: Chunk<M>) => eventPhrase(c.pps, OF_PREP) ?? eventPhrase(cl.pps, OF_PREP);
          const noun = complement.find((c) => !c.entity && TOPIC_NOUN.test(c.headWord) && ofEvent(c));
          if (noun) {
            const ev = ofEvent(noun)!;
            emit(ev.entity?.e.type === "Meeting" ? ev.entity.e : (here[0] ?? fallback), topicsOfArg(cl.subject));
            continue;
          }
          if (subjectTopicNoun && ofEvent(subjectTopicNoun)) {
            const ev = ofEvent(subjectTopicNoun)!;
            const topics = complement.flatMap((c) => topicItems(c));
            emit(ev.entity?.e.type === "Meeting" ? ev.entity.e : (here[0] ?? fallback), topics);
            continue;
          }
        }
        if (!v.passive && /^(feature|figure)$/.test(v.lemma) && !cl.patient?.items.length) {
          const ev = eventPhrase(cl.pps, IN_PREP);
          if (ev) {
            emit(ev.entity?.e.type === "Meeting" ? ev.entity.e : (here[0] ?? fallback), topicsOfArg(cl.subject));
            continue;
          }
        }
        if (!v.passive && settles(ctx, cl)) {
          // "X and Y agreed to cut tariffs on cars", "the two sides signed a framework to secure
          // lithium": what the agreement is about, for the meeting of those who settled it.
          const meeting = settlingMeeting(ctx, cl, here, fallback, participants, index.primary ?? undefined);
          if (meeting) emit(meeting, topicsAfter(ctx, s.i, v.head));
          continue;
        }
        // "Both sides are focused on steel": the subject of an adjectival passive is the agent.
        const focused = v.passive && FOCUS_VERBS.has(v.lemma) && !cl.pps.some((p) => p.prep === "by");
        // "exchanged views on X" (not "exchanged angry words over X", "exchanged goods").
        const exchange = v.lemma !== "exchange" || !!cl.patient?.items.some((c) => VIEWS_NOUN.test(c.headWord));
        // Round 16b: "the ministers announced / unveiled / launched the X initiative": a policy the
        // talks' sides made public is one the talks discussed (policies only, as discussed-announced).
        const announced = ANNOUNCE_VERBS.has(v.lemma) && !v.passive;
        if ((DISCUSS_VERBS.has(v.lemma) || announced) && (!v.passive || focused) && exchange) {
          const agents = (focused ? cl.subject : cl.agent)?.items ?? [];
          const generic = agents.length > 0 && agents.every((c) => !c.entity && PARTIES_WORD.test(c.headWord));
          const people = agents
            .map((c) => c.entity?.e)
            .filter((e): e is LocalEntity => !!e && (e.type === "Person" || isStateParty(e)));
          let meeting: LocalEntity | undefined;
          if (generic)
            meeting =
              here[0] ??
              (agents.some((c) => LEADERS_WORD.test(c.headWord)) ? leadersMeetingBefore(index, s.i) : undefined) ??
              fallback;
          else if (people.length && here.length) meeting = here[0];
          else if (people.length) {
            // People who took part in the main talks discuss in their name.
            const main = index.primary ?? index.main[0];
            if (main && people.some((p) => participants.get(p.id)?.has(main.id))) meeting = main;
          }
          let topics = PP_DISCUSS_VERBS.has(v.lemma)
            ? onPps.flatMap((p) => topicsOfArg(p.arg))
            : topicsOfArg(cl.patient);
          if (announced) {
            // People or the sides' generic word ("the ministers"), not a state or a ministry, whose
            // announcements are news of their own ("the commerce ministry announced licences").
            if (!generic && !agents.some((c) => c.entity?.e.type === "Person")) continue;
            emit(
              meeting,
              topics.filter((t) => t.e.type === "Policy"),
            );
            continue;
          }
          // "emphasised the need to secure lithium", "focused on quickly reaching deals on steel":
          // the topics of the clause's stretch when its phrases name none.
          if (!topics.length && meeting) topics = topicsAfter(ctx, s.i, v.head);
          emit(meeting, topics);
        }
      }
      // "The ministers met amid tensions over rare earths": what the sentence's meeting was about.
      if (here.length === 1 && AMID.test(s.text)) {
        for (let i = s.tokenStart; i + 2 < s.tokenEnd; i++) {
          if (!/^amid$/i.test(ctx.tokens[i]!.text)) continue;
          let k = i + 1;
          while (k < i + 5 && k < s.tokenEnd && !CONCERN_NOUN.test(ctx.tokens[k]!.text)) k++;
          if (!CONCERN_NOUN.test(ctx.tokens[k]?.text ?? "")) continue;
          // "amid alarm over", "amid growing concern about", "amid a row with X over".
          let prep = k + 1;
          while (
            prep < k + 5 &&
            prep < s.tokenEnd &&
            !/^(over|about|on|regarding|surrounding)$/i.test(ctx.tokens[prep]!.text)
          )
            prep++;
          if (prep < s.tokenEnd && /^(over|about|on|regarding|surrounding)$/i.test(ctx.tokens[prep]!.text))
            emit(here[0], topicsAfter(ctx, s.i, prep));
        }
      }
      // Round 15: what a meeting was for: "the talks aimed to break an impasse over X", "met … to
      // try to resolve a dispute over Y", "held talks aimed at easing curbs on Z", "met to shore up
      // the truce": a purpose cue after the meeting's word (no clause break between) in a sentence
      // naming one meeting; its topics are those of the purpose's stretch.
      if (here.length === 1 && PURPOSE_TRIGGER.test(s.text)) {
        let meetingWord = -1;
        for (let k = s.tokenStart; k < s.tokenEnd; k++) {
          const w = ctx.tokens[k]!.text;
          if (MEETING_WORD.test(w)) meetingWord = k;
          else if (meetingWord >= 0 && TOPIC_BREAK.test(w)) meetingWord = -1;
          if (meetingWord < 0 || k === meetingWord) continue;
          const cue = purposeCueAt(ctx, k);
          if (cue < 0) continue;
          emit(here[0], topicsAfter(ctx, s.i, cue));
          break;
        }
      }
      // "Among the topics discussed were X", "On the agenda is Y", "Topping the agenda were Z".
      const fronted = FRONTED_TOPICS.exec(s.text);
      if (fronted) {
        const be = fronted[0].split(/\s+/).length - 1;
        if (be >= 0) emit(fallback, topicsAfter(ctx, s.i, s.tokenStart + be));
      }
      for (const cl of r.clauses) {
        const v = cl.verb;
        if (v.negated || v.passive) continue;
        // "Rare earths are expected to top the agenda", "tariffs dominated the talks": not read
        // (round 13b: right 0 times on the studied split, wrong on held-out text; its subject is
        // often a news item that overshadowed the talks, not a topic of them).
        if (AGENDA_VERBS.has(v.lemma)) continue;
        // "Japan is seeking lower tariffs on cars", "Washington wants Tokyo to buy more rice": what a
        // side of the sentence's (or the document's main) talks asks for is on the table there.
        if (!DEMAND_VERBS.has(v.lemma)) continue;
        const meeting = here[0] ?? index.primary ?? undefined;
        const agent = cl.agent?.items[0]?.entity?.e;
        if (!meeting || !agent || !(agent.type === "Person" || isStateParty(agent))) continue;
        if (!participants.get(agent.id)?.has(meeting.id)) continue;
        emit(meeting, topicsAfter(ctx, s.i, v.head));
      }
      // "X told / pressed / urged Y …" between two people of one meeting: what X raised there.
      for (const cl of r.clauses) {
        const v = cl.verb;
        if (v.negated || v.passive || !PRESS_VERBS.has(v.lemma)) continue;
        const agent = cl.agent?.items[0]?.entity?.e;
        const other = cl.objects[0]?.items[0]?.entity?.e;
        if (agent?.type !== "Person" || other?.type !== "Person" || agent === other) continue;
        const common = (m: LocalEntity) =>
          participants.get(agent.id)?.has(m.id) && participants.get(other.id)?.has(m.id);
        const meeting =
          here.find(common) ??
          (here.length === 1 &&
          (participants.get(agent.id)?.has(here[0]!.id) || participants.get(other.id)?.has(here[0]!.id))
            ? here[0]
            : undefined) ??
          meetingsOf(ctx)
            .found.map((f) => f.meeting)
            .find(common);
        if (meeting) emit(meeting, topicsAfter(ctx, s.i, v.head));
        // "X told Y during the call", "X pressed Y at a bilateral meeting": the sentence's one
        // meeting between people (not a summit) had both, who met there.
        const own = [
          ...new Set(
            index.found
              .filter(
                (f) => f.sentence === s.i && !f.background && f.kind !== "tour" && !/summit/i.test(f.meeting.name),
              )
              .map((f) => f.meeting),
          ),
        ];
        if (own.length !== 1) continue;
        const at = own[0]!;
        emitRelation(ctx, agent, "PARTICIPATED_IN", at, s.i, "talks-told-at", {}, 0.6);
        emitRelation(ctx, other, "PARTICIPATED_IN", at, s.i, "talks-told-at", {}, 0.6);
        if (!agent.nationality || !other.nationality || agent.nationality !== other.nationality)
          emitRelation(ctx, agent, "MET_WITH", other, s.i, "talks-told-at", { meeting: at.name }, 0.6);
      }
      // "talks on steel", "negotiations over rare earths", "a call about tariffs"; what talks
      // yielded: "progress on soybeans", "concessions on fentanyl", "a breakthrough over lithium".
      for (const c of r.chunks) {
        const outcome = OUTCOME_WORD.test(c.headWord) && !c.entity;
        if (!outcome && !EVENT_WORD.test(c.headWord) && c.entity?.e.type !== "Meeting") continue;
        // What talks yielded ("progress on X") is theirs when the sentence names them or the
        // document has no other meeting: among several, progress may be any one's (round 13b).
        const meeting = c.entity?.e.type === "Meeting" ? c.entity.e : outcome ? (here[0] ?? onlyMeeting) : fallback;
        const on = c.pps.filter((p) => /^(on|over|about|regarding|concerning)$/.test(p.prep));
        // What was yielded runs on past its "on" phrase: "progress on many issues, including X and Y".
        if (outcome) {
          if (on.length) emit(meeting, topicsAfter(ctx, s.i, c.head));
        } else {
          for (const p of on) emit(meeting, topicsOfArg(p.arg));
          // "talks about lowering duties on nickel", "negotiations over expanding exports of tea":
          // a gerund after the preposition heads its own clause, whose objects are the topics.
          if (
            !on.length &&
            /^(on|over|about|regarding|concerning)$/i.test(ctx.tokens[c.te]?.text ?? "") &&
            /[a-z]ing$/.test(ctx.tokens[c.te + 1]?.text ?? "")
          )
            emit(meeting, topicsAfter(ctx, s.i, c.te));
        }
      }
    }
  },
};

/** A leaders' meeting or call, named after its two people ("X-Y meeting", "X-Y call"). */
function namedByPeople(meeting: LocalEntity): boolean {
  return keyKindIs(meeting, "leaders", "call");
}

/** Verbs whose passive subject is what a meeting discussed: "X was discussed / addressed / covered". */
const PASSIVE_TOPIC_VERBS: ReadonlySet<string> = new Set([
  "discuss",
  "address",
  "cover",
  "tackle",
  "debate",
  "review",
  "examine",
  "explore",
  "negotiate",
  "raise",
]);
/** Nouns of an issue raised: "the question of cobalt was raised" (not "tariffs were raised"). */
const RAISED_ISSUE = /^(issue|issues|question|questions|concern|concerns|matter|matters|subject|topic|prospect)$/;
/**
 * Whether a passive clause of discussing has a topic subject: no agent other than the talks ("was
 * discussed by the ministers" is theirs, left to the people's rules), and for "raise" an issue noun
 * ("the issue of X was raised"; "tariffs on steel were raised" is an amount).
 */
function passiveTopic(cl: Clause<M>): boolean {
  if (cl.pps.some((p) => p.prep === "by" && !p.arg.items.some(isEventChunk))) return false;
  const head = cl.subject?.items[0];
  if (!head) return false;
  return cl.verb.lemma !== "raise" || (!head.entity && RAISED_ISSUE.test(head.headWord));
}
/** What two sides exchange when they talk: "exchanged views on X". */
const VIEWS_NOUN = /^(views|opinions|ideas|thoughts|perspectives)$/;
/** Verbs that join a topic to a noun of the talks: "X was a focus of the talks". */
const COPULAS: ReadonlySet<string> = new Set(["be", "become", "remain"]);
/** Nouns that, "of" the talks, name what they were about: "a focus of the talks", "the main topic of the call". */
const TOPIC_NOUN = /^(focus|focal|topic|subject|theme|centrepiece|centerpiece|priority|item|issue)$/;
const OF_PREP = /^of$/;
const IN_PREP = /^(in|at|during|throughout)$/;
/** The first event phrase ("the talks", a Meeting) of `pps` whose preposition matches `prep` ("at / during / in" by default). */
function eventPhrase(
  pps: readonly { prep: string; arg: Arg<M> }[],
  prep = /^(at|during|in|on|throughout|ahead)$/,
): Chunk<M> | undefined {
  for (const p of pps) {
    if (!prep.test(p.prep)) continue;
    const c = p.arg.items.find(isEventChunk);
    if (c) return c;
  }
  return undefined;
}

/** A sentence that may state what a meeting was for. */
const PURPOSE_TRIGGER = /\b(?:aim\w*|meant|designed|intended|bid|effort|attempt|seek\w*|sought|try|tried|to)\b/i;
/** Words of a meeting a purpose may follow: "met", "talks", "the call". */
const MEETING_WORD = /^(met|meet|meets|meeting|talks|negotiations|discussions|call|summit|visit|consultations)$/i;
/** Verbs of a meeting's purpose: "to resolve a dispute over X", "to shore up the truce". */
const PURPOSE_VERBS: ReadonlySet<string> = new Set([
  "resolve",
  "settle",
  "ease",
  "break",
  "shore",
  "secure",
  "finalise",
  "finalize",
  "seal",
  "defuse",
  "avert",
  "end",
  "extend",
  "tackle",
  "calm",
  "salvage",
  "narrow",
  "bridge",
  "iron",
  "smooth",
  "clinch",
  "hammer",
  "advance",
  "deepen",
  "strengthen",
  "expand",
  "boost",
  "negotiate",
  "address",
  "discuss",
]);
knowLemmas([...PURPOSE_VERBS]);
/**
 * Whether token `k` opens a meeting's purpose; the token its topics follow, or -1: "aimed at / to",
 * "meant / designed / intended to", "in a bid / an effort / an attempt to", "seeking to", "to try to",
 * or "to" before a verb of PURPOSE_VERBS.
 */
function purposeCueAt(ctx: Parameters<Rule["apply"]>[0], k: number): number {
  const w = ctx.tokens[k]!.text.toLowerCase();
  const next = ctx.tokens[k + 1]?.text.toLowerCase() ?? "";
  if (/^aim(?:ed|s|ing)?$/.test(w) && /^(at|to)$/.test(next)) return k + 1;
  if (/^(meant|designed|intended|seeking|sought|trying)$/.test(w) && next === "to") return k + 1;
  if (/^(bid|effort|attempt)$/.test(w) && next === "to") return k + 1;
  if (w === "to" && PURPOSE_VERBS.has(verbLemma(next))) return k + 1;
  if (w === "to" && /^(try|help|seek)$/.test(next)) return k + 1;
  return -1;
}
/** Class nouns whose list names what a meeting covered ("covered several issues, including X"). */
const TOPIC_CLASS = /^(topics|issues|matters|subjects|areas|questions|sectors|points|items|fields)$/i;

/** Nouns of what talks yield, whose "on" phrase names what was discussed: "progress on soybeans". */
const OUTCOME_WORD = /^(progress|concessions?|breakthroughs?|headway|compromises?|understandings?|decisions)$/i;

/** A sentence opening on where its topics stand, up to its verb: "Among the topics discussed were". */
const FRONTED_TOPICS =
  /^(?:among|on|topping|atop|high on|also on|at the top of)\s+(?:the\s+)?(?:topics|issues|subjects|items|matters|agenda)\b(?:\s+[a-z]+){0,3}?\s+(?:were|was|is|are)\b/i;
/** Verbs whose subject tops a meeting's agenda; such clauses are not read as a side's demand. */
const AGENDA_VERBS: ReadonlySet<string> = new Set(["top", "dominate", "headline", "overshadow"]);
/** Verbs by which a side asks for something at the talks. */
const DEMAND_VERBS: ReadonlySet<string> = new Set(["seek", "want", "demand", "request", "offer", "propose"]);
knowLemmas([...AGENDA_VERBS, ...DEMAND_VERBS]);

/** Generic subjects that stand for the principals of a leaders' meeting: "the two leaders". */
const LEADERS_WORD = /^(leaders|presidents|premiers|heads)$/i;

/**
 * The meeting "the two leaders" of sentence `sentence` refer to: the last leaders' meeting, summit,
 * call or visit the text reported (not recalled) at or before it; undefined when none.
 */
function leadersMeetingBefore(index: ReturnType<typeof meetingsOf>, sentence: number): LocalEntity | undefined {
  let best: (typeof index.found)[number] | undefined;
  // "Both leaders discussed": their own meeting or call before an organisation's summit named as its
  // setting ("ahead of a meeting during the X summit"); the summit only when it is all there is.
  for (const summit of [false, true]) {
    for (const f of index.found)
      if (
        f.sentence <= sentence &&
        !f.background &&
        f.kind !== "talks" &&
        f.kind !== "tour" &&
        (f.kind === "summit") === summit &&
        (!best || f.sentence >= best.sentence)
      )
        best = f;
    if (best) break;
  }
  return best?.meeting;
}

/** "amid concerns over", "amid tensions about": the words of a worry whose object was on the table. */
const AMID = /\bamid\b/i;
const CONCERN_NOUN =
  /^(concerns?|tensions?|alarm|worries|worry|fears?|anger|disputes?|rows?|frictions?|uncertainty|unease|frustration|anxiety|questions|scrutiny|criticism)$/i;
/** Verbs by which a participant puts something to another: "X told / pressed / urged Y …". */
const PRESS_VERBS: ReadonlySet<string> = new Set(["tell", "press", "urge", "warn", "ask", "assure", "push", "lobby"]);
knowLemmas([...PRESS_VERBS]);

/** Verbs that settle a deal; all but "agree" need a deal noun as object ("signed a framework"). */
const SETTLING_VERBS: ReadonlySet<string> = new Set([
  "agree",
  "reach",
  "strike",
  "sign",
  "seal",
  "clinch",
  "conclude",
  "finalise",
  "finalize",
  "ink",
  "forge",
  "hammer",
]);
knowLemmas([...SETTLING_VERBS]);
/** Nouns of a settled deal. */
const SETTLED_NOUN =
  /^(deal|deals|agreement|agreements|pact|accord|truce|framework|memorandum|arrangement|roadmap|protocol|treaty)$/i;

/**
 * "X and Y agreed to / on / with …", "X struck a deal …", "they signed a framework agreement …":
 * a clause in which parties settle something (not negated, not refused).
 */
function settles(ctx: Parameters<Rule["apply"]>[0], cl: Clause<M>): boolean {
  const v = cl.verb;
  if (v.lemma === "agree" || v.control.includes("agree")) {
    // A bare "X agrees (that …)" settles nothing: "agreed to / on / with" or an object.
    return v.lemma !== "agree" || cl.objects.length > 0 || cl.pps.some((p) => /^(on|with|to|upon)$/.test(p.prep));
  }
  if (!SETTLING_VERBS.has(v.lemma)) return false;
  const noun = cl.objects[0]?.items[0];
  if (!noun) return false;
  for (let k = noun.ts; k < noun.te; k++) if (SETTLED_NOUN.test(ctx.tokens[k]!.text)) return true;
  return false;
}

/**
 * The meeting at which the agents of a settling clause settled: the meeting the sentence names,
 * else one the agents (or the people of its "with" phrase) took part in, the document's main one
 * first; generic parties ("the two sides", "the ministers") settle at the sentence's or main talks.
 */
function settlingMeeting(
  ctx: Parameters<Rule["apply"]>[0],
  cl: Clause<M>,
  here: LocalEntity[],
  fallback: LocalEntity | undefined,
  participants: Map<string, Set<string>>,
  primary: LocalEntity | undefined,
): LocalEntity | undefined {
  const agents = cl.agent?.items ?? [];
  const withs = cl.pps.filter((p) => p.prep === "with").flatMap((p) => p.arg.items);
  const parties: LocalEntity[] = [];
  let generic = false;
  for (const c of [...agents, ...withs]) {
    const e =
      c.entity?.e ?? (c.te - c.ts === 1 && /^(he|she)$/.test(c.headWord) ? personReferent(ctx, c.ts)?.e : undefined);
    if (e && (e.type === "Person" || isStateParty(e))) parties.push(e);
    else if (!c.entity && agents.includes(c) && PARTIES_WORD.test(c.headWord)) generic = true;
  }
  if (!parties.length) return generic ? (here[0] ?? fallback) : undefined;
  // The meeting most of them took part in; among equals one the sentence names, the main one,
  // the first found.
  const count = new Map<string, number>();
  for (const p of new Set(parties)) {
    // A state takes part through itself or its people.
    const code = p.type === "Person" ? undefined : p.attributes.code;
    const people = code ? ctx.resolution.entities.filter((e) => e.type === "Person" && e.nationality === code) : [];
    const ms = new Set([p, ...people].flatMap((x) => [...(participants.get(x.id) ?? [])]));
    for (const m of ms) count.set(m, (count.get(m) ?? 0) + 1);
  }
  let best: LocalEntity | undefined;
  let score = 0;
  const rank = (m: LocalEntity) => (count.get(m.id) ?? 0) * 4 + (here.includes(m) ? 2 : 0) + (m === primary ? 1 : 0);
  for (const f of meetingsOf(ctx).found) {
    const r = count.has(f.meeting.id) ? rank(f.meeting) : 0;
    if (r > score) [best, score] = [f.meeting, r];
  }
  // Parties who settled together settled where all of them were: a meeting only some attended
  // (a summit one of them went to) is not it.
  if (best && (count.get(best.id) ?? 0) < new Set(parties).size) return undefined;
  return best ?? here[0];
}

/** Topic entities (not companies) after token `from` in its stretch of the sentence. */
function topicsAfter(ctx: Parameters<Rule["apply"]>[0], sentence: number, from: number): M[] {
  const s = ctx.sentences[sentence]!;
  let end = s.tokenEnd;
  for (let k = from + 1; k < s.tokenEnd && k <= from + MAX_TOPIC_REACH; k++) {
    const w = ctx.tokens[k]!.text;
    if (TOPIC_BREAK.test(w) || useCueAt(ctx, k) || asClauseAt(ctx, k)) {
      end = k;
      break;
    }
    end = k + 1;
  }
  const out: M[] = [];
  for (const x of mentionsIn(ctx, sentence))
    if (x.m.ts > from && x.m.te <= end && TOPIC_TYPES.has(x.e.type) && x.e.type !== "Company") out.push(spanOf(x));
  return out;
}

/** How far past the settling verb its topics may be (tokens). */
const MAX_TOPIC_REACH = 30;

/**
 * "Iran, Gaza, Ukraine", "Sydney, Melbourne, Perth": a list, not a place and its country, when the
 * gazetteer puts the first in another country or both are cities.
 */
function listOfPlaces(a: LocalEntity, b: LocalEntity): boolean {
  // Round 17: "the junction of Asia, Europe and Africa": a part of the world lies in no other place.
  if (WORLD_REGIONS.has(a.name)) return true;
  const code = gazetteerCode(a.name);
  if (!code) return false;
  if (b.type === "Country") return b.attributes.code !== undefined && b.attributes.code !== code;
  return CITIES.has(b.name) && !REGIONS.has(b.name);
}

/** Nouns of a state's subdivisions written after their name ("North Maluku province"). */
const REGION_NOUN = /^(?:province|state|region|district|prefecture|county|territory|department|governorate)$/;

/** "Gyeongju, South Korea", "Mountain Pass, California", "U.S. Treasury", "China's Ministry of Commerce". */
export const partOfRule: Rule = {
  id: "part-of-place-and-agency",
  predicates: ["PART_OF"],
  description: "A place followed by its region or country; an agency named with its country.",
  example: "at the APEC Summit in Gyeongju, South Korea → Gyeongju is part of South Korea.",
  apply(ctx) {
    for (const s of ctx.sentences) {
      const ms = mentionsIn(ctx, s.i);
      for (let k = 0; k + 1 < ms.length; k++) {
        const a = ms[k]!;
        const b = ms[k + 1]!;
        // "met in Madrid (Spain)": a place and its country in brackets, as wire copy writes it.
        if (
          a.e.type === "Place" &&
          b.e.type === "Country" &&
          !b.m.demonym &&
          ctx.tokens[a.m.te]?.text === "(" &&
          b.m.ts === a.m.te + 1 &&
          ctx.tokens[b.m.te]?.text === ")" &&
          !listOfPlaces(a.e, b.e)
        )
          emitRelation(ctx, a.e, "PART_OF", b.e, s.i, this.id);
        if (a.e.type === "Place" && (b.e.type === "Place" || (b.e.type === "Country" && !b.m.demonym))) {
          // "Gyeongju, South Korea." but not "in Kuala Lumpur, U.S. and Chinese negotiators …".
          // Round 15: "Halmahera, North Maluku province," — the region's own noun after its name.
          const kind = b.e.type === "Place" && REGION_NOUN.test(ctx.tokens[b.m.te]?.text ?? "") ? 1 : 0;
          const next = ctx.tokens[b.m.te + kind];
          const closes =
            !next ||
            next.sentence !== s.i ||
            /^[,.;:)\]—–-]$/.test(next.text) ||
            /^(on|in|at|this|last|next|for|where|which|earlier|later)$/i.test(next.text);
          if (
            ctx.tokens[a.m.te]?.text === "," &&
            b.m.ts === a.m.te + 1 &&
            closes &&
            !b.m.capitalAsState &&
            !listOfPlaces(a.e, b.e) &&
            // "in Europe, Singapore, Japan and Canada": a list goes on after the country, and
            // "sites in A, B, C and D" goes on after a place with another place (a city, a region
            // and its country, "A, B, Country", stays a place and its seat).
            !(
              next?.text === "," &&
              ms[k + 2]?.m.ts === b.m.te + 1 &&
              (ms[k + 2]!.e.type === "Country" || (b.e.type === "Place" && ms[k + 2]!.e.type === "Place"))
            )
          )
            emitRelation(ctx, a.e, "PART_OF", b.e, s.i, this.id);
        }
        if (b.e.type === "Agency" && a.e.type === "Country" && a.m.te >= b.m.ts - 1 && a.m.ts <= b.m.ts) {
          emitRelation(ctx, b.e, "PART_OF", a.e, s.i, this.id);
        }
      }
      for (const x of ms) {
        if (x.e.type !== "Agency") continue;
        // "U.S. Treasury" (country inside the name), or a body the press names without its country.
        // Not the press's usual home when a possessive names the owner ("Mexico's … Congress").
        const owned = possessiveOwner(ctx, x.m, "Country") ?? possessiveOwner(ctx, x.m, "Agency");
        const code = owned ? undefined : (AGENCY_COUNTRY[x.e.name] ?? inName(x.e.name));
        const c = code ? (countryEntity(ctx, code) ?? null) : null;
        if (c) emitRelation(ctx, x.e, "PART_OF", c, s.i, this.id);
        // "China's Ministry of Commerce": a country one token (the possessive) before the agency.
        const owner = ms.find((y) => y.e.type === "Country" && y.m.te === x.m.ts - 1);
        if (owner) emitRelation(ctx, x.e, "PART_OF", owner.e, s.i, this.id);
      }
    }
  },
};

function inName(name: string): string | undefined {
  if (/^(U\.S\.|US|American)\b/.test(name)) return "US";
  if (/^(Chinese|China)\b/.test(name)) return "CN";
  return undefined;
}

/** A form of "meet", and the same forms in lower case (the sentences worth scanning). */
const MEET_WORD = /^(met|meets|meet|meeting)$/i;
const MEET_WORDS: ReadonlySet<string> = new Set(["met", "meets", "meet", "meeting"]);

/**
 * "Bessent and Greer met Chinese Vice Premier He Lifeng at the prime minister's office";
 * "Rubio will meet his Indian counterpart on Friday": people before the verb met the people after
 * it, when their countries differ (or one of them is unknown). The meeting is the document's main
 * talks when it has them.
 */
export const metWithRule: Rule = {
  id: "met-with",
  predicates: ["MET_WITH"],
  description: "People named before a form of 'meet' met the people named after it.",
  example: "French Foreign Minister A met Japanese Prime Minister B in Tokyo on Monday.",
  apply(ctx) {
    const primary = meetingsOf(ctx).primary;
    for (const si of sentencesWith(ctx, MEET_WORDS)) {
      const s = ctx.sentences[si]!;
      for (let i = s.tokenStart; i < s.tokenEnd; i++) {
        const t = ctx.tokens[i]!;
        if (!MEET_WORD.test(t.text)) continue;
        // "to meet", "will meet" are verbs whatever their tag.
        const before1 = ctx.tokens[i - 1]?.text.toLowerCase() ?? "";
        const verbal = t.pos === "VERB" || t.text.toLowerCase() === "met" || /^(to|will|would|'ll)$/.test(before1);
        if (!verbal || refused(ctx, i)) continue;
        const ms = mentionsIn(ctx, s.i).filter((x) => x.e.type === "Person");
        const before = ms.filter((x) => x.m.te <= i && x.m.te >= i - 10).map((x) => x.e);
        const next = ctx.tokens[i + 1]?.text.toLowerCase();
        const start = next === "with" ? i + 2 : i + 1;
        const after = ms.filter((x) => x.m.ts >= start && x.m.ts <= start + 5).map((x) => x.e);
        for (const a of before) {
          for (const b of after) {
            if (a === b || (a.nationality && b.nationality && a.nationality === b.nationality)) continue;
            emitRelation(ctx, a, "MET_WITH", b, s.i, this.id, primary ? { meeting: primary.name } : {}, 0.7);
          }
        }
      }
    }
  },
};

/** "refused to meet", "did not meet", "will never meet", "declined to hold talks with". */
function refused(ctx: Parameters<Rule["apply"]>[0], i: number): boolean {
  const s = ctx.tokens[i]!.sentence;
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const t = ctx.tokens[k]!;
    if (t.sentence !== s) break;
    if (/^(not|n't|never|refused|refuses|refuse|declined|declines|rejected|cancelled|canceled|snubbed)$/i.test(t.text))
      return true;
  }
  return false;
}

/** Words that end a list of companions. */
const COMPANION_BREAK = /^(;|while|but|whereas|although|said|says|who|which|when|after|before|met|held)$/i;
/** How far past the trigger its companions may be (tokens). */
const COMPANION_REACH = 40;
/** How many sentences back the principal's meeting may be named. */
const COMPANION_SENTENCES = 2;

/**
 * "Ishiba was accompanied by Foreign Minister A and Trade Minister B", "X, joined by Y, held
 * talks…", "the Indian delegation included A and B": the companions took part in the meeting
 * their principal (the person before the verb, the state or person the delegation is of) took
 * part in, the one the sentence names first, else the last reported before it, else (named
 * further back) the principal's one meeting or the primary one among theirs.
 */
export const companionsRule: Rule = {
  id: "talks-companions",
  predicates: ["PARTICIPATED_IN"],
  description: "People who accompanied a participant, or whom a side's delegation included, took part too.",
  example: "Ishiba met Modi in Tokyo. Ishiba was accompanied by Foreign Minister A → A took part.",
  apply(ctx) {
    const index = meetingsOf(ctx);
    if (!index.found.length) return;
    const { tokens } = ctx;
    const byId = entitiesById(ctx);
    const meetingsOfParty = new Map<string, Set<string>>();
    for (const r of ctx.relations)
      if (r.predicate === "PARTICIPATED_IN") {
        let set = meetingsOfParty.get(r.source);
        if (!set) meetingsOfParty.set(r.source, (set = new Set()));
        set.add(r.target);
      }
    // The meeting a principal took part in: the sentence's, else the last reported at or before it.
    const meetingOf = (principal: LocalEntity, sentence: number): LocalEntity | undefined => {
      const code = principal.type === "Person" ? undefined : principal.attributes.code;
      const own = new Set(meetingsOfParty.get(principal.id) ?? []);
      if (code)
        for (const e of ctx.resolution.entities)
          if (e.type === "Person" && e.nationality === code)
            for (const m of meetingsOfParty.get(e.id) ?? []) own.add(m);
      if (!own.size) return undefined;
      // The sentence's meeting, else one of the two sentences before (the paragraph's).
      for (let k = sentence; k >= 0 && k >= sentence - COMPANION_SENTENCES; k--) {
        // Not an organisation's summit: its many delegations are not told apart by "the summit".
        const here = [...(index.bySentence.get(k) ?? [])].filter((m) => own.has(m.id) && !m.name.endsWith("Summit"));
        if (here.length === 1) return here[0];
        if (here.length > 1) return undefined;
      }
      // None named near: the principal's one meeting, else the document's primary one among theirs.
      if (own.size === 1) return byId.get([...own][0]!);
      return index.primary && own.has(index.primary.id) ? index.primary : undefined;
    };
    for (const si of sentencesWith(ctx, COMPANION_CUE_WORDS)) {
      const s = ctx.sentences[si]!;
      const ms = mentionsIn(ctx, si);
      for (let i = s.tokenStart; i < s.tokenEnd; i++) {
        // "the visit by X" names visitors, not companions of someone (people.ts reads those).
        const cue = companionCue(tokens, i, s.tokenEnd);
        if (!cue || cue.kind === "visit") continue;
        let principal: LocalEntity | undefined;
        const from = cue.from;
        if (cue.kind === "escort") {
          // The clause's subject ("X met Y and was joined by Z"), else the person just before: "X
          // was accompanied by", "X, accompanied by", "he was joined by".
          const reading = sentenceReading(ctx, si);
          const subject = reading ? escortSubject(reading, i).find((x) => x.e.type === "Person") : undefined;
          const p = ms.filter((x) => x.m.te <= i && i - x.m.te <= 4 && x.e.type === "Person").at(-1);
          const pronoun = /^(he|she)$/i.test(tokens[i - 2]?.text ?? "") ? personReferent(ctx, i - 2) : undefined;
          principal = subject?.e ?? p?.e ?? pronoun?.e;
        } else {
          // "the Indian delegation included", "China's team, which comprised", "X's delegation includes".
          const owner = ms.find((x) => x.m.te >= i - 2 && x.m.te <= i && (x.e.type === "Person" || isStateParty(x.e)));
          principal = owner?.e;
        }
        if (!principal) continue;
        const meeting = meetingOf(principal, si);
        if (!meeting) continue;
        let end = Math.min(s.tokenEnd, from + COMPANION_REACH);
        for (let k = from; k < end; k++)
          if (COMPANION_BREAK.test(tokens[k]!.text)) {
            end = k;
            break;
          }
        const nationality = principal.type === "Person" ? principal.nationality : principal.attributes.code;
        let n = 0;
        for (const x of ms) {
          if (x.m.ts < from || x.m.te > end || x.e.type !== "Person" || x.e === principal) continue;
          // A companion the text gives another country is a host, not one of the party.
          if (nationality && x.e.nationality && x.e.nationality !== nationality) continue;
          if (++n > MAX_PARTICIPANTS_PER_SENTENCE) break;
          emitRelation(ctx, x.e, "PARTICIPATED_IN", meeting, si, this.id, {}, 0.6);
        }
      }
    }
  },
};

/** "the two sides", "both countries": the parties of the meeting the sentence is about. */
const TWO_WORD = /^(two|both)$/i;
const SIDES_NOUN = /^(sides|countries|nations|governments|leaders|parties|delegations|economies)$/i;
/** Verbs by which the two sides deal with each other: "the two sides agreed / signed / discussed". */
const DEALING_VERB =
  /^(agreed|agree|agrees|signed|sign|signs|inked|reached|reach|discussed|discuss|negotiated|negotiate|negotiating|exchanged|pledged|committed|vowed|decided|struck|sealed|concluded|finalised|finalized|hammered|resolved|settled|held|talked|explored|reviewed|directed|instructed|tasked)$/i;
/** How many tokens after the noun its verb may be ("the two sides also formally agreed"). */
const DEALING_REACH = 4;

/**
 * "The two sides agreed to cut tariffs", "both countries signed three agreements", "both leaders
 * directed their officials to …": the two states of the meeting the sentence is about (the one it
 * names, else the last one reported before it) took part in it and negotiated with each other.
 * The states are the meeting's state participants and its people's countries, when exactly two.
 */
export const twoSidesRule: Rule = {
  id: "talks-two-sides",
  predicates: ["PARTICIPATED_IN", "NEGOTIATED_WITH"],
  description: "'The two sides agreed …' about a meeting between two states: both took part and negotiated.",
  example: "Albanese met Prabowo in Bogor. The two sides agreed to cut tariffs → Australia negotiated with Indonesia.",
  apply(ctx) {
    const index = meetingsOf(ctx);
    if (!index.found.length) return;
    const { tokens } = ctx;
    const byId = entitiesById(ctx);
    const statesOf = new Map<string, Set<LocalEntity>>();
    for (const r of ctx.relations) {
      if (r.predicate !== "PARTICIPATED_IN") continue;
      const p = byId.get(r.source);
      const state = !p
        ? undefined
        : isStateParty(p)
          ? p
          : p.type === "Person" && p.nationality
            ? countryEntity(ctx, p.nationality)
            : undefined;
      if (!state) continue;
      let set = statesOf.get(r.target);
      if (!set) statesOf.set(r.target, (set = new Set()));
      set.add(state);
    }
    for (const si of sentencesWith(ctx, TWO_WORDS)) {
      const s = ctx.sentences[si]!;
      let found = false;
      for (let i = s.tokenStart; i + 1 < s.tokenEnd && !found; i++) {
        if (!TWO_WORD.test(tokens[i]!.text) || !SIDES_NOUN.test(tokens[i + 1]!.text)) continue;
        // "between the two countries", "of both nations": not the clause's subject.
        if (
          /^(between|of|for|to|with|from|by|among)$/i.test(
            tokens[i - 1]?.text === "the" ? (tokens[i - 2]?.text ?? "") : (tokens[i - 1]?.text ?? ""),
          )
        )
          continue;
        for (let k = i + 2; k < s.tokenEnd && k <= i + 1 + DEALING_REACH; k++) {
          if (DEALING_VERB.test(tokens[k]!.text)) {
            found = true;
            break;
          }
          if (/^[,;:]$/.test(tokens[k]!.text)) break;
        }
      }
      if (!found) continue;
      const meeting = twoSidesMeeting(index, si);
      if (!meeting) continue;
      const states = [...(statesOf.get(meeting.id) ?? [])];
      if (states.length !== 2) continue;
      const [a, b] = states as [LocalEntity, LocalEntity];
      emitRelation(ctx, a, "PARTICIPATED_IN", meeting, si, this.id, {}, 0.6);
      emitRelation(ctx, b, "PARTICIPATED_IN", meeting, si, this.id, {}, 0.6);
      emitRelation(ctx, a, "NEGOTIATED_WITH", b, si, this.id, { meeting: meeting.name }, 0.6);
    }
  },
};
const TWO_WORDS: ReadonlySet<string> = new Set(["two", "both"]);

/**
 * The meeting "the two sides" of sentence `sentence` are the parties of: the one meeting the
 * sentence names (not an organisation's summit), else the last one reported at or before it.
 */
function twoSidesMeeting(index: ReturnType<typeof meetingsOf>, sentence: number): LocalEntity | undefined {
  const here = [...(index.bySentence.get(sentence) ?? [])].filter((m) => !m.name.endsWith("Summit"));
  if (here.length === 1) return here[0];
  if (here.length > 1) return undefined;
  let best: (typeof index.found)[number] | undefined;
  for (const f of index.found)
    if (f.sentence <= sentence && !f.background && f.kind !== "tour" && (!best || f.sentence >= best.sentence))
      best = f;
  return best && !best.meeting.name.endsWith("Summit") ? best.meeting : undefined;
}

/** A name that opens with a pair of states: "Chile-Japan trade pact", "U.S.-EU framework". */
const PAIR_NAME = /^([A-Z][\w.]*(?: [A-Z][\w.]*)*?)[-–]([A-Z][\w.]*(?: [A-Z][\w.]*)*)/;

/**
 * The states a meeting's sides are: countries and blocs that took part in it, the states its
 * participants represent or serve; for the document's main talks with none found, the document's
 * main pair of states.
 */
function meetingSides(ctx: Parameters<Rule["apply"]>[0], meeting: string, primary: boolean): Set<string> {
  const byId = entitiesById(ctx);
  const people = new Set<string>();
  const sides = new Set<string>();
  for (const r of ctx.relations) {
    if (r.predicate !== "PARTICIPATED_IN" || r.target !== meeting) continue;
    const e = byId.get(r.source);
    if (e && isStateParty(e)) sides.add(e.id);
    else if (e?.type === "Person") people.add(e.id);
  }
  for (const r of ctx.relations) {
    if ((r.predicate !== "REPRESENTS" && r.predicate !== "HOLDS_POSITION") || !people.has(r.source)) continue;
    const e = byId.get(r.target);
    if (e && isStateParty(e)) sides.add(e.id);
  }
  if (!sides.size && primary) for (const e of mainCountryPair(ctx) ?? []) sides.add(e.id);
  return sides;
}

/**
 * The two states a Policy's name opens with ("Chile-Japan trade pact"), as the document's entities
 * (read from how the text writes them), or null when the name opens with no such pair.
 */
function namedPair(name: string, aliases: Map<string, string>): [string, string] | null {
  const m = PAIR_NAME.exec(name);
  if (!m) return null;
  const lookup = (words: string[]) => {
    // The longest run of the words that is a state: "US trade deal" → "US".
    for (let n = words.length; n > 0; n--) {
      const id = aliases.get(words.slice(0, n).join(" ").toLowerCase().replace(/\./g, ""));
      if (id) return id;
    }
    return undefined;
  };
  const a = aliases.get(m[1]!.toLowerCase().replace(/\./g, ""));
  const b = lookup(m[2]!.split(" "));
  return a && b && a !== b ? [a, b] : null;
}

/**
 * "At their summit, X and Y also compared notes on the Chile-Japan trade pact": an agreement named
 * for another pair of states is not what the meeting's sides discussed. Drops a meeting's DISCUSSED
 * relation to a Policy whose name opens with two states, when neither is a side of the meeting, or
 * when one is not and both sides are known. Runs after every rule that files DISCUSSED.
 */
export const otherPairAgreementRule: Rule = {
  id: "talks-other-pair",
  // Files nothing: it drops DISCUSSED relations the rules before it filed.
  predicates: [],
  description: "An agreement named for another pair of states is not what the meeting discussed.",
  example: "Chile and Japan met in Tokyo; the US-EU deal came up (no DISCUSSED to the US-EU deal).",
  apply(ctx) {
    const byId = entitiesById(ctx);
    if (!ctx.relations.some((r) => r.predicate === "DISCUSSED" && byId.get(r.target)?.type === "Policy")) return;
    // How the text writes each state ("U.S.", "the EU", "South Korea"), lower-case without dots.
    const aliases = new Map<string, string>();
    for (const m of ctx.mentions) {
      const e = ctx.resolution.entityOf.get(m);
      if (!e || !isStateParty(e)) continue;
      for (const w of [m.text, m.name, e.name, e.attributes.code ?? ""])
        if (w) aliases.set(w.toLowerCase().replace(/\./g, "").replace(/^the /, ""), e.id);
    }
    const primary = meetingsOf(ctx).primary?.id;
    const sides = new Map<string, Set<string>>();
    keepRelations(ctx, (r) => {
      if (r.predicate !== "DISCUSSED") return true;
      const target = byId.get(r.target);
      if (target?.type !== "Policy" || byId.get(r.source)?.type !== "Meeting") return true;
      const pair = namedPair(target.name, aliases);
      if (!pair) return true;
      let own = sides.get(r.source);
      if (!own) sides.set(r.source, (own = meetingSides(ctx, r.source, r.source === primary)));
      if (!own.size) return true;
      const inside = pair.filter((p) => own.has(p)).length;
      // One side named and the other a bloc ("India-EU deal" at talks with a member state's minister).
      const bloc = pair.some((p) => !own.has(p) && byId.get(p)?.type === "Organization");
      return inside === 2 || (inside === 1 && (own.size < 2 || bloc));
    });
  },
};
