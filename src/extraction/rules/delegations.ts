// Delegations and the sides of a negotiation, read from the sentence: "talks between delegations
// headed by X and Y", "the US delegation led by X and the Indian team headed by Y", "led on the
// Chinese side by X and Y for the Americans", "X and his counterpart Y", "X held talks with Y",
// "X sat down with Y", "across the table from Y". The heads of opposing sides negotiated with each
// other; so did their countries (or a bloc acting as one); all took part in the sentence's meeting
// (else the document's main one); officials who are not heads of state represent their side.

import { CAPITALS } from "../lexicon/places.ts";
import { HEAD_OF_STATE_TITLES } from "../lexicon/titles.ts";
import { meetingsOf, surname } from "../stages/05-meetings.ts";
import { emitRelation, ensureEntity, mentionsIn } from "./emit.ts";
import { countryEntity, mainCountryPair } from "./sides.ts";
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
  // "Vice Premier", "Deputy Prime Minister" are not heads of government.
  return [...e.titles].some(
    (t) =>
      !/\b(vice|deputy|former)\b/i.test(t) &&
      (HEAD_OF_STATE_TITLES.has(t) || [...HEAD_OF_STATE_TITLES].some((h) => t.endsWith(` ${h}`))),
  );
}

/** Person id → the country or organisation of the first post the document gives them. */
const POSTS = new WeakMap<RuleContext, Map<string, LocalEntity>>();

/**
 * The country or bloc a person speaks for, when the text has said it: their nationality, else the
 * country or organisation they hold a post in ("EU chief X", "Commission President X").
 */
function partyOf(ctx: RuleContext, p: LocalEntity): LocalEntity | undefined {
  if (p.nationality) return countryEntity(ctx, p.nationality);
  let posts = POSTS.get(ctx);
  if (!posts) {
    posts = new Map();
    const byId = new Map(ctx.resolution.entities.map((e) => [e.id, e]));
    for (const r of ctx.relations) {
      if (r.predicate !== "HOLDS_POSITION" || posts.has(r.source)) continue;
      const t = byId.get(r.target);
      if (t && (t.type === "Country" || t.type === "Organization")) posts.set(r.source, t);
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
  const byId = new Map(ctx.resolution.entities.map((e) => [e.id, e]));
  const seen = new Set<LocalEntity>();
  for (const f of index.found) {
    const m = f.meeting;
    if (seen.has(m) || !/^(event|leaders)@/.test(m.attributes.mergeKey ?? "") || !m.attributes.place) continue;
    seen.add(m);
    const leaders = /^leaders@/.test(m.attributes.mergeKey ?? "");
    const code = leaders ? undefined : CAPITALS.get(m.attributes.place);
    const host = code ? countryEntity(ctx, code) : undefined;
    const people = new Set<LocalEntity>();
    for (const r of ctx.relations) {
      if (r.predicate !== "PARTICIPATED_IN" || r.target !== m.id) continue;
      const p = byId.get(r.source);
      if (p?.type === "Person") people.add(p);
    }
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
        emitRelation(ctx, pa, "NEGOTIATED_WITH", pb, f.sentence, rule, { meeting: m.name }, 0.7);
      }
    }
    for (const p of people) {
      const party = partyOf(ctx, p);
      if (!party || party === host || !host) continue;
      emitRelation(ctx, party, "PARTICIPATED_IN", m, f.sentence, rule, {}, 0.7);
      emitRelation(ctx, host, "PARTICIPATED_IN", m, f.sentence, rule, {}, 0.7);
      emitRelation(ctx, party, "NEGOTIATED_WITH", host, f.sentence, rule, { meeting: m.name }, 0.7);
      if (!isHeadOfState(p)) emitRelation(ctx, p, "REPRESENTS", party, f.sentence, rule);
    }
  }
}

/** "X, host of the meeting", "X, the current chair of the summit": X took part, as host or chair. */
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
      const role = ctx.tokens[k]?.text.toLowerCase();
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
    const index = meetingsOf(ctx);
    // A document that reports one event: the sides it names met at it.
    const distinct = [...new Set(index.found.map((f) => f.meeting))];
    const onlyEvent = distinct.length === 1 ? distinct[0] : index.main.length === 1 ? index.main[0] : undefined;
    for (const s of ctx.sentences) {
      if (
        !/\b(delegations?|teams?|side|counterparts?|talks with|down with|engaged with|negotiat\w+ with|across the table)\b/i.test(
          s.text,
        )
      )
        continue;
      const { sides, meets } = sidesOf(ctx, s.i);
      if (sides.length < 2 && !sides.some((x) => x.head)) {
        // A lone party ("the Chinese delegation arrived"): it takes part in the meeting of the sentence.
        const meeting = [...(index.bySentence.get(s.i) ?? [])][0] ?? index.primary ?? onlyEvent;
        for (const side of sides)
          if (side.party && meeting) emitRelation(ctx, side.party, "PARTICIPATED_IN", meeting, s.i, this.id, {}, 0.7);
        continue;
      }
      const here = [...(index.bySentence.get(s.i) ?? [])];
      let meeting =
        here.find(
          (m) => !/@/.test(m.attributes.mergeKey ?? "") || /^(talks|event|leaders)@/.test(m.attributes.mergeKey ?? ""),
        ) ??
        index.primary ??
        onlyEvent;
      // Two people who met during a larger gathering ("during the spring meetings, X engaged with
      // Y"): their own meeting, part of it.
      const heads = sides.filter((x) => x.head).map((x) => x.head!);
      const gathering = meeting && /^event@/.test(meeting.attributes.mergeKey ?? "") ? meeting : undefined;
      if (meets && gathering && heads.length === 2) {
        const [a, b] = heads as [LocalEntity, LocalEntity];
        const first = mentionsIn(ctx, s.i).find((x) => x.e === a) ?? mentionsIn(ctx, s.i)[0]!;
        const own = ensureEntity(
          ctx,
          "Meeting",
          `${surname(a)}-${surname(b)} meeting`,
          `leaders@${[a.name, b.name].sort().join("+")}`,
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
        if (side.head && side.party && !isHeadOfState(side.head))
          emitRelation(ctx, side.head, "REPRESENTS", side.party, s.i, this.id);
      }
      for (let a = 0; a < sides.length; a++) {
        for (let b = a + 1; b < sides.length; b++) {
          const x = sides[a]!;
          const y = sides[b]!;
          // Opposing sides only: two heads of one country are one side.
          if (x.party && y.party && x.party === y.party) continue;
          if (x.head && y.head && x.head !== y.head) {
            emitRelation(ctx, x.head, "NEGOTIATED_WITH", y.head, s.i, this.id, attrs);
            if (meets) emitRelation(ctx, x.head, "MET_WITH", y.head, s.i, this.id, attrs);
          }
          if (x.party && y.party) emitRelation(ctx, x.party, "NEGOTIATED_WITH", y.party, s.i, this.id, attrs, 0.7);
        }
      }
    }
    hostSides(ctx, this.id);
    hostOf(ctx, this.id);
  },
};

/**
 * "talks in Gyeongju" and "Gyeongju, South Korea": a meeting held in a place is held in the country
 * the text puts that place in. Runs after the place rules.
 */
export const heldInCountryRule: Rule = {
  id: "held-in-country",
  predicates: ["HELD_IN"],
  description: "A meeting held in a city is held in the country the text says the city is in.",
  example: "Talks opened in Sousse on Monday … Sousse, Tunisia → the talks were held in Tunisia.",
  apply(ctx) {
    const byId = new Map(ctx.resolution.entities.map((e) => [e.id, e]));
    const countryOf = new Map<string, LocalEntity>();
    for (const r of ctx.relations) {
      if (r.predicate !== "PART_OF" || countryOf.has(r.source)) continue;
      const from = byId.get(r.source);
      const to = byId.get(r.target);
      if (from?.type === "Place" && to?.type === "Country") countryOf.set(r.source, to);
    }
    const held = ctx.relations.filter((r) => r.predicate === "HELD_IN");
    const has = new Set(held.map((r) => `${r.source}|${r.target}`));
    for (const r of held) {
      const country = countryOf.get(r.target);
      const meeting = byId.get(r.source);
      if (!country || !meeting || has.has(`${r.source}|${country.id}`)) continue;
      has.add(`${r.source}|${country.id}`);
      const sentence = ctx.sentences.findIndex((s) => s.start === r.evidence[0]?.start);
      if (sentence >= 0) emitRelation(ctx, meeting, "HELD_IN", country, sentence, this.id, {}, 0.7);
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

/** Posts of officials who speak for their government (heads of state excepted). */
const OFFICIAL =
  /\b(minister|secretary|spokes(man|woman|person)|ambassador|envoy|negotiator|representative|commissioner|chancellor of the exchequer|vice[- ]premier|deputy)\b/i;

/**
 * "Italy's Finance Minister X said", "Russian presidential spokesman Y": an official who holds a
 * government post of a country represents it.
 */
export const officialRepresentsRule: Rule = {
  id: "official-represents-country",
  predicates: ["REPRESENTS"],
  description: "Ministers, spokespeople, envoys and other officials of a country (not heads of state) represent it.",
  example: "Kenyan Foreign Minister Ruth Wanjiru said … → Ruth Wanjiru represents Kenya.",
  apply(ctx) {
    const byId = new Map(ctx.resolution.entities.map((e) => [e.id, e]));
    // A side already read from the sentence (a delegation, a counterpart) outranks a post.
    const sided = new Set(ctx.relations.filter((r) => r.predicate === "REPRESENTS").map((r) => r.source));
    for (const r of ctx.relations) {
      if (r.predicate !== "HOLDS_POSITION" || sided.has(r.source)) continue;
      const p = byId.get(r.source);
      const c = byId.get(r.target);
      if (p?.type !== "Person" || c?.type !== "Country" || isHeadOfState(p)) continue;
      const title = r.attributes.title ?? "";
      if (!OFFICIAL.test(title) || /\b(former|ex-)\b/i.test(title) || isFormer(ctx, p)) continue;
      const sentence = ctx.sentences.findIndex((s) => s.start === r.evidence[0]?.start);
      if (sentence >= 0) emitRelation(ctx, p, "REPRESENTS", c, sentence, this.id);
    }
    // "Russian presidential spokesman X", "Chinese negotiator Y": a role noun and a nationality.
    for (const p of ctx.resolution.entities) {
      if (p.type !== "Person" || !p.nationality || isHeadOfState(p) || sided.has(p.id) || isFormer(ctx, p)) continue;
      const m = p.mentions.find((x) => x.role && OFFICIAL.test(x.role));
      const c = m ? countryEntity(ctx, p.nationality) : undefined;
      if (m && c) emitRelation(ctx, p, "REPRESENTS", c, m.sentence, this.id);
    }
  },
};
