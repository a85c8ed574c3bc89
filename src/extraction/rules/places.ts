// Rules about where places and bodies belong (PART_OF), from generic knowledge and document
// structure: a city or region the gazetteer knows belongs to its country when the document names
// that country; a named facility belongs to the place it is said to be "in"; a government body
// belongs to the country its name, its possessive or the document's clear main country gives.

import { DocumentCache } from "../document-caches.ts";
import { clearLeader } from "../leader.ts";
import { AGENCY_COUNTRY } from "../lexicon/organizations.ts";
import {
  CAPITALS,
  CITIES,
  COUNTRY_BY_CODE,
  COUNTRY_NAMES,
  MINOR_PLACES,
  REGION_NOUNS,
  REGIONS,
  REGIONS_NAMED_AS_STATES,
  SMALL_CITIES,
} from "../lexicon/places.ts";
import { isPossessiveMark } from "../stages/02-tokens.ts";
import { type Mention, placeKindAfterComma } from "../stages/03-mentions.ts";
import { newLocalEntity } from "../stages/04-resolve.ts";
import { emitRelation, mentionsIn } from "./emit.ts";
import { countryEntity } from "./sides.ts";
import type { LocalEntity, Rule, RuleContext } from "./types.ts";

/** Mention rules of places the gazetteer does not know: facilities, venues, prefixed names. */
const NAMED_PLACE_RULES: ReadonlySet<string> = new Set([
  "name-facility-noun",
  "prefix-place",
  "head-place",
  "head-of-place",
  "gazetteer-venue",
  "context-place-comma-region",
  "agency-building-venue",
  "head-place-venue",
  "region-noun",
  "repeat-of-named",
]);

/** Words allowed between a facility and "in <place>": "the Mt Weld mine, located in X", "opened in X". */
const LINK = /^(in|at|near|outside)$/;

/** Heads of a region's name, which "of" joins to its country. */
const REGION_HEAD = /^(Province|Region|State|District|County|Prefecture|Territory|province|region|state|district)$/;

/** Words of direction or remoteness before a place: "in northwest Alaska", "in the remote north of X". */
const DIRECTION =
  /^(the|northern|southern|eastern|western|central|remote|north|south|east|west|(?:north|south)-?(?:east|west)(?:ern)?|far)$/i;

/** Heads of a building's name: one that stands inside the town it is named after. */
const BUILDING_HEADS = /^(?:Museum|Palace|Hall|Hotel|Center|Centre|Stadium|Tower|Theatre|Theater|Library|Cathedral)$/;

/**
 * "Gyeongju National Museum" → Gyeongju: a building named after a place of the document stands in
 * it. Buildings only (a museum, a palace, a hall, a hotel, a centre). A port, a plant, a
 * corridor or a project named after a town says what it is named after, not that the text places
 * it there ("the Lobito Corridor" runs inland from Lobito), and the gold keeps a town's own port or
 * plant as the town: per document right 2 times in 6 on the studied split, 0 in 2 on the
 * validation split, before.
 */
function cityInName(places: Map<string, LocalEntity>, e: LocalEntity): LocalEntity | undefined {
  const words = e.name.split(" ");
  if (!BUILDING_HEADS.test(words.at(-1) ?? "")) return undefined;
  // "the Gobi Desert", "the Gulf Coast": a stretch of land named after a place is not inside it
  // (no building's head).
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    const owner = places.get(words.slice(0, n).join(" "));
    if (owner && owner !== e && gazetteerCode(owner.name)) return owner;
  }
  return undefined;
}

/** Names of a state's own bodies ("Bureau of Land Management", "National Park Service"), not a bloc's. */
const STATE_BODY =
  /^(?!European|EU\b|UN\b|U\.N\.|International|United Nations|World|Asian|African|Asia|Pacific|Global)(?:[A-Z][\w.-]* )*(?:Bureau|Department|Ministry|Office|Service|Administration|Corps|Survey|Customs|Agency|Authority|Army|Navy|Guard)\b/;

/** The country code of a place the gazetteer knows (region first: "Western Australia"). */
export function gazetteerCode(name: string): string | undefined {
  // A Place named like a state ("Georgia") is the region: stage 3 types it so only beside its country's places.
  return (
    REGIONS.get(name) ??
    CITIES.get(name) ??
    SMALL_CITIES.get(name) ??
    MINOR_PLACES.get(name) ??
    REGIONS_NAMED_AS_STATES.get(name)
  );
}

/** Plural nouns of a country's subdivisions, which a list of examples follows. */
const REGION_PLURAL = /^(?:states|provinces|regions|prefectures|territories)$/i;

/**
 * Round 16b: whether the place's mention stands in a list of examples after a subdivision's plural
 * noun: "states like Ohio and Kansas", "provinces such as A, B and C", "regions including A".
 */
function listedAsRegion(ctx: RuleContext, m: Mention): boolean {
  const { tokens } = ctx;
  let k = m.ts - 1;
  // Back over the list's earlier members (capitalised words) and its commas and "and"/"or".
  for (let steps = 0; k >= 0 && steps < 12 && tokens[k]!.sentence === m.sentence; steps++, k--) {
    const w = tokens[k]!.text;
    if (!/^(?:,|and|or)$/.test(w) && !/^[\p{Lu}]/u.test(w)) break;
  }
  const w = tokens[k]?.text.toLowerCase() ?? "";
  if (w === "like" || w === "including") return REGION_PLURAL.test(tokens[k - 1]?.text ?? "");
  return w === "as" && tokens[k - 1]?.text.toLowerCase() === "such" && REGION_PLURAL.test(tokens[k - 2]?.text ?? "");
}

/** Words that may stand between a place and its country in a phrase that states where it is. */
const LOCATING_WORDS: ReadonlySet<string> = new Set([
  ",",
  "'s",
  "’s",
  "the",
  "of",
  "in",
  "capital",
  "city",
  "town",
  "port",
  ...REGION_NOUNS,
  "department",
  "municipality",
  "commercial",
  "financial",
  "industrial",
  "coastal",
  "southern",
  "northern",
  "eastern",
  "western",
  "central",
  "northeastern",
  "northwestern",
  "southeastern",
  "southwestern",
  "port",
]);

/** Nouns of a place's kind: with a demonym they say whose place it is ("the Swiss city of Geneva"). */
const PLACE_KIND = /^(capital|city|town|port|province|state|region|prefecture|territory|district|county|municipality)$/;

/**
 * Whether country mention `c` and place mention `m` of one sentence form a phrase that states
 * where the place is: "Busan, South Korea", "South Korea's Busan", "the Malaysian capital Kuala
 * Lumpur", "the Swiss city of Geneva", "Kuala Lumpur, the Malaysian capital". A country that
 * opens a name or title ("in Washington, US Treasury Secretary …") states nothing.
 */
function locates(ctx: RuleContext, m: Mention, c: Mention): boolean {
  if (c.sentence !== m.sentence || c.capitalAsState) return false;
  const [a, b] = c.ts < m.ts ? [c.te, m.ts] : [m.te, c.ts];
  if (b - a > 8) return false;
  const between = ctx.tokens.slice(a, b).map((t) => t.text.toLowerCase());
  // "China's minerals-rich western region of Qinghai": a possessive country and a place's kind may
  // frame other lower-case modifiers.
  const framed = c.ts < m.ts && (between[0] === "'s" || between[0] === "’s") && between.some((w) => PLACE_KIND.test(w));
  if (b - a > 5 && !framed) return false;
  if (!between.every((w) => LOCATING_WORDS.has(w) || (framed && /^(?:[\p{Ll}]+|-)$/u.test(w)))) return false;
  if (c.demonym && !between.some((w) => PLACE_KIND.test(w))) return false;
  // "the US state of Missouri", "the Brazilian city of Santos": a place's kind says it is the country's.
  const kind = between.some((w) => PLACE_KIND.test(w));
  if (!c.demonym && c.ts < m.ts && between.length > 0 && !between.includes("'s") && !between.includes("’s") && !kind)
    return false;
  const after = ctx.tokens[c.te];
  return !(c.ts > m.ts && after && after.sentence === c.sentence && /^[\p{Lu}]/u.test(after.text) && !c.demonym);
}

/** The document's country named at least twice as often as any other, or undefined. */
function clearMainCountry(ctx: RuleContext): LocalEntity | undefined {
  const countries = ctx.resolution.entities
    .filter((e) => e.type === "Country")
    .sort((a, b) => b.mentions.length - a.mentions.length);
  const [first, second] = countries;
  return first && (!second || first.mentions.length >= 2 * second.mentions.length) ? first : undefined;
}

/** A region's noun written with its name: "Salta province", "Kachin state", "Northern Territory". */
const REGION_SUFFIX = /\s+(?:province|state|region|prefecture|territory|Province|State|Region|Prefecture|Territory)$/;

/**
 * "the northern Salta province", "Myanmar's Kachin state", "the Northern Territory": a place named
 * as a region (its region noun written) belongs to its country when the document names that
 * country: the gazetteer's country of the name, else a country's possessive just before it. A
 * bare state or city name ("Texas", "Sydney") is left to the phrases that locate it.
 */
function regionInCountry(ctx: RuleContext, e: LocalEntity, rule: string): void {
  for (const m of e.mentions) {
    const regionNoun = m.rule === "region-noun" || (m.rule === "gazetteer-region" && REGION_SUFFIX.test(m.text));
    if (!regionNoun) continue;
    const base = m.text.replace(REGION_SUFFIX, "");
    const code = REGIONS.get(base) ?? REGIONS.get(m.text) ?? CITIES.get(base);
    let country = code ? countryEntity(ctx, code) : undefined;
    if (!code) {
      const owner = mentionsIn(ctx, m.sentence).find(
        (x) =>
          x.e.type === "Country" && !x.m.demonym && x.m.te === m.ts - 1 && /^['’]s$/.test(ctx.tokens[x.m.te]!.text),
      );
      country = owner?.e;
    }
    if (!country || country === e) continue;
    emitRelation(ctx, e, "PART_OF", country, m.sentence, rule, {}, 0.7);
    return;
  }
}

/** Parts of speech that end a body's description: a clause's verb, a pronoun, a conjunction. */
const CLAUSE_BREAK_POS = /^(?:VERB|AUX|PRON|SCONJ|CCONJ|PART|ADV)$/;

/**
 * The owner named by a possessive before a body's mention, with at most four lower-case words
 * (or "of", "the") between: "Mexico's lower house of Congress", "China's Commerce Ministry" (type
 * Country), "the Commerce Department's CHIPS Program Office" (type Agency).
 */
export function possessiveOwner(
  ctx: RuleContext,
  m: Mention,
  type: "Country" | "Agency",
): { m: Mention; e: LocalEntity } | undefined {
  const { tokens } = ctx;
  // "Peru's competition watchdog, X": the possessive of a lower-case description in apposition.
  const start =
    tokens[m.ts - 1]?.text === "," && /^(?:regulator|watchdog|agency)$/.test(tokens[m.ts - 2]?.text ?? "")
      ? m.ts - 1
      : m.ts;
  let k = start - 1;
  // The words between describe the body (nouns, adjectives, "of the"); a verb, a pronoun,
  // a conjunction or another preposition ends the phrase: "X's government has explained to the
  // Commerce Department" does not make the department X's.
  while (
    k >= 0 &&
    start - k <= 5 &&
    tokens[k]!.sentence === m.sentence &&
    /^[\p{Ll}][\p{Ll}-]*$/u.test(tokens[k]!.text) &&
    !CLAUSE_BREAK_POS.test(tokens[k]!.pos) &&
    (tokens[k]!.pos !== "ADP" || /^(?:of|for)$/.test(tokens[k]!.text))
  )
    k--;
  if (!isPossessiveMark(tokens[k]?.text) || tokens[k]!.sentence !== m.sentence) return undefined;
  const owner = mentionsIn(ctx, m.sentence).find((x) => x.m.te === k || x.m.te === k + 1);
  // "Lima's Ministry of Mines": a capital's possessive before a state's body names the state.
  const capital = type === "Country" && owner?.e.type === "Place" ? CAPITALS.get(owner.e.name) : undefined;
  const state = capital ? countryEntity(ctx, capital) : undefined;
  if (state && owner) return { m: owner.m, e: state };
  if (!owner || owner.e.type !== type || (type === "Country" && owner.m.demonym)) return undefined;
  return owner;
}

/** The state of a capital named right after one of the body's mentions and "in" ("… Affairs in Washington"). */
function capitalSeat(ctx: RuleContext, e: LocalEntity): string | undefined {
  for (const m of e.mentions) {
    if (ctx.tokens[m.te]?.text !== "in") continue;
    const place = mentionsIn(ctx, m.sentence).find((x) => x.m.ts === m.te + 1);
    const code = place?.e.type === "Place" ? CAPITALS.get(place.e.name) : undefined;
    if (code) return code;
  }
  return undefined;
}

/**
 * "The Ministry of Mines (MOM) of Peru", "the National Assembly of Peru": a state
 * named with "of" right after a body's mention, its acronym in brackets allowed between.
 */
function stateOfAfter(ctx: RuleContext, e: LocalEntity): LocalEntity | undefined {
  const { tokens } = ctx;
  for (const m of e.mentions) {
    let k = m.te;
    if (tokens[k]?.text === "(" && tokens[k + 2]?.text === ")") k += 3;
    if (tokens[k]?.text !== "of" || tokens[k]!.sentence !== m.sentence) continue;
    if (tokens[k + 1]?.text === "the") k++;
    const state = mentionsIn(ctx, m.sentence).find(
      (x) => x.m.ts === k + 1 && x.e.type === "Country" && !x.m.demonym && !/^['’]s$/.test(tokens[x.m.te]?.text ?? ""),
    );
    if (state) return state.e;
  }
  return undefined;
}

/** "Central Bank of Nigeria", "Public Investment Fund of Saudi Arabia": the state "of" ends the name with. */
function stateAfterOf(name: string): string | undefined {
  const tail = / of (?:the )?([^()]+)$/.exec(name)?.[1];
  return tail ? COUNTRY_NAMES.get(tail) : undefined;
}

/**
 * "NASHVILLE, Tenn. —", "STILLWATER, Okla. —", "GYEONGJU, North Gyeongsang —", "SANTA CRUZ DO RIO
 * PARDO, Brazil (AP) —": a dateline's town belongs to the state, region or country written after
 * its comma.
 */
function datelineSeat(ctx: RuleContext, e: LocalEntity, rule: string): void {
  for (const m of e.mentions) {
    if (m.rule !== "dateline-city" || ctx.tokens[m.te]?.text !== ",") continue;
    const next = mentionsIn(ctx, m.sentence).find((x) => x.m.ts === m.te + 1);
    if (!next || next.e === e) continue;
    const seat =
      (next.e.type === "Country" && !next.m.demonym) ||
      (next.e.type === "Place" && (next.m.rule === "dateline-state" || next.m.rule === "gazetteer-region"));
    if (seat) emitRelation(ctx, e, "PART_OF", next.e, m.sentence, rule, {}, 0.7);
    return;
  }
}

/**
 * The place of "<noun> in P, including (the) X": X's mention opens the list (an article at most
 * between), "including" follows a comma, and the comma closes "in P" (a direction word allowed).
 */
function listedUnderPlace(ctx: RuleContext, ms: { m: Mention; e: LocalEntity }[], m: Mention): LocalEntity | undefined {
  const { tokens } = ctx;
  let k = m.ts - 1;
  if (/^(the|a|an)$/i.test(tokens[k]?.text ?? "")) k--;
  if (tokens[k]?.text !== "including" || tokens[k - 1]?.text !== ",") return undefined;
  const place = ms.find(
    (x) =>
      x.m.te === k - 1 && (x.e.type === "Place" || (x.e.type === "Country" && !x.m.demonym && !x.m.capitalAsState)),
  );
  if (!place) return undefined;
  let p = place.m.ts - 1;
  while (p > 0 && DIRECTION.test(tokens[p]!.text)) p--;
  return tokens[p]?.text === "in" ? place.e : undefined;
}

/**
 * "Likasi, a mining town in southern Congo", "Tarkwa, a town of Ghana's Western Region": the place
 * or country that an apposition giving a place's kind locates the place in.
 */
function apposedSeat(ctx: RuleContext, ms: { m: Mention; e: LocalEntity }[], m: Mention): LocalEntity | undefined {
  const kind = placeKindAfterComma(ctx.tokens, m.te);
  if (kind < 0 || !/^(?:in|of)$/.test(ctx.tokens[kind + 1]?.text ?? "")) return undefined;
  let k = kind + 2;
  while (k < kind + 5 && DIRECTION.test(ctx.tokens[k]?.text ?? "")) k++;
  const seat = ms.find(
    (x) => x.m.ts === k && (x.e.type === "Place" || (x.e.type === "Country" && !x.m.demonym && !x.m.capitalAsState)),
  );
  return seat && !/^['’]s$/.test(ctx.tokens[seat.m.te]?.text ?? "") ? seat.e : undefined;
}

/** A direction or remoteness word written before a country in an apposition ("…, northern Zambia"). */
const COMPASS =
  /^(northern|southern|eastern|western|central|northeastern|northwestern|southeastern|southwestern|north|south|east|west|remote|rural)$/i;

/**
 * "the X mine in Y province, northern Zambia", "a town, southern Peru": a
 * place, a comma, a direction word and the country it lies in, the phrase closing there. A place
 * the gazetteer puts in another country is a list, not a location.
 */
function compassSeat(ctx: RuleContext, ms: { m: Mention; e: LocalEntity }[], m: Mention, e: LocalEntity) {
  const { tokens } = ctx;
  if (tokens[m.te]?.text !== ",") return undefined;
  let k = m.te + 1;
  while (k < m.te + 3 && COMPASS.test(tokens[k]?.text ?? "")) k++;
  if (k === m.te + 1) return undefined;
  const c = ms.find((x) => x.m.ts === k && x.e.type === "Country" && !x.m.demonym && !x.m.capitalAsState);
  if (!c) return undefined;
  const next = tokens[c.m.te];
  const closes = !next || next.sentence !== m.sentence || /^[,.;:)\]—–-]$/.test(next.text);
  const code = gazetteerCode(e.name);
  return closes && (!code || code === c.e.attributes.code) ? c.e : undefined;
}

/** Verbs that may stand between a site and the place it is in: "X, located in Y", "X, which lies in Y". */
const SITE_VERBS =
  /^(?:is|was|are|were|be|been|being|remains|lies|lie|sits|sit|located|situated|based|found|built|planned|proposed|set|operated|owned|developed|being)$/i;

/** A word of a hyphenated compound ("lithium-containing", "family-owned"), whatever its tag. */
function compoundPart(tokens: readonly { text: string }[], k: number): boolean {
  return /[-‐–]/.test(tokens[k]?.text ?? "") || /^[-‐–]$/.test(tokens[k - 1]?.text ?? "");
}

/** Verbs that describe where a site is: "X is the firm's largest operation in Y", "X lies in Y". */
const SITE_COPULAS = /^(?:is|was|remains|lies|sits)$/;

/**
 * How far after a named site's mention the place it is "in" may be: 6 tokens, or 12 when an
 * apposition (", a/an/the …") or a copula opens a description of lower-case words (a possessive
 * allowed: "Acme's largest mine") that runs up to "in"/"near"/"at".
 */
function describedReach(ctx: RuleContext, m: Mention): number {
  const { tokens } = ctx;
  let k = m.te;
  if (tokens[k]?.text === ",") {
    if (!/^(?:a|an|the)$/.test(tokens[k + 1]?.text ?? "")) return 6;
    k += 2;
  } else if (SITE_COPULAS.test(tokens[k]?.text ?? "")) {
    k++;
    if (/^(?:a|an|the)$/.test(tokens[k]?.text ?? "")) k++;
  } else return 6;
  for (; k < m.te + 12; k++) {
    const t = tokens[k];
    if (!t || t.sentence !== m.sentence) return 6;
    // "X, a mansion near Y" is beside Y, not in it.
    if (t.text === "in") return k - m.te + 1 + 3;
    const possessive = /^['’]s$/.test(tokens[k + 1]?.text ?? "") && /^[\p{Lu}]/u.test(t.text);
    if (possessive) {
      k++;
      continue;
    }
    // Nouns and adjectives only: "the firm said in Y" or "a partner of firms in Y" describes no site.
    const word = /^(?:[\p{Ll}\d][\p{L}\d-]*|[-‐–])$/u.test(t.text);
    if (!word || !(/^(?:NOUN|ADJ|NUM|PUNCT)$/.test(t.pos) || compoundPart(tokens, k))) return 6;
  }
  return 6;
}

/** A ministry's name: the United States has departments, not ministries. */
const MINISTRY = /\bMinistry\b/i;

/** The names the press gives the United States' executive departments: "Department of X", "X Department", "the Treasury". */
const DEPARTMENT =
  /^(?:(?:U\.S\.|US) )?(?:Department of (?:the )?[A-Z]|[A-Z][a-z]+(?: [A-Z][a-z]+)? Department$|Treasury$)/;

/** "Justice Department", "Commerce Department": the short form the press gives the United States' departments. */
const US_DEPARTMENT = /^(?:(?:U\.S\.|US) )?[A-Z][a-z]+ Department$/;

/**
 * The state of a government body no phrase places, as a backoff. A ministry belongs to
 * the country the document names clearly most among those other than the United States (the US
 * has departments, not ministries: "the Ministry of Commerce said" in a US–China story is
 * China's); a department named as the press names the United States' ("the Treasury", "the
 * Department of Energy") to the United States when the document names it and no other state
 * clearly more.
 */
function bodyStateBackoff(ctx: RuleContext, e: LocalEntity): LocalEntity | undefined {
  if (!STATE_BODY.test(e.name) && !DEPARTMENT.test(e.name)) return undefined;
  const countries = ctx.resolution.entities.filter((c) => c.type === "Country" && c.mentions.length > 0);
  if (MINISTRY.test(e.name)) {
    const others = countries.filter((c) => c.attributes.code !== "US");
    return clearLeader(
      others.map((c) => [c, c.mentions.length] as const),
      1,
    );
  }
  if (!DEPARTMENT.test(e.name)) return undefined;
  const us = countries.find((c) => c.attributes.code === "US");
  if (!us) return undefined;
  const over = countries.some((c) => c !== us && c.mentions.length >= 2 * us.mentions.length);
  return over ? undefined : us;
}

/**
 * The sites listed before a site's mention that share its facility noun ("the A, B and C mines"):
 * mentions of the same site rule, each followed at once by "and" or a comma and the next one.
 */
function coordinatedSitesBefore(ctx: RuleContext, ms: { m: Mention; e: LocalEntity }[], m: Mention): LocalEntity[] {
  if (m.rule !== "name-facility-noun") return [];
  const out: LocalEntity[] = [];
  let ts = m.ts;
  for (;;) {
    const x = ms.find(
      (y) =>
        y.m.rule === "name-facility-noun" &&
        y.e.type === "Place" &&
        y.m.te === ts - 1 &&
        /^(?:and|,)$/.test(ctx.tokens[y.m.te]?.text ?? ""),
    );
    if (!x) return out;
    out.push(x.e);
    ts = x.m.ts;
  }
}

/** The states made for bodies whose names alone name them, per document. */
const UNNAMED_STATES = new DocumentCache<RuleContext, Map<string, LocalEntity>>();

/**
 * "the U.S. Supreme Court", "the U.S. Department of Defense" in a story that names the
 * United States nowhere else: the state the body's own name gives, made as an entity of the
 * document (with no mention of its own) so that the body can be placed in it.
 */
function unnamedState(ctx: RuleContext, body: LocalEntity, code: string): LocalEntity | undefined {
  const info = COUNTRY_BY_CODE.get(code);
  if (!info || !body.mentions.some((m) => namesState(m.text, code))) return undefined;
  let made = UNNAMED_STATES.get(ctx);
  if (!made) UNNAMED_STATES.set(ctx, (made = new Map()));
  let e = made.get(code);
  if (!e) {
    e = newLocalEntity(`${ctx.doc.id}#C${ctx.resolution.entities.length}`, "Country", info.name, { code });
    ctx.resolution.entities.push(e);
    made.set(code, e);
  }
  return e;
}

/** Whether a body's mention opens with its state's name or abbreviation ("U.S. Supreme Court"). */
function namesState(text: string, code: string): boolean {
  const first = /^(?:the )?((?:[A-Z][\w.]*)(?: [A-Z][\w.]*)?)/.exec(text);
  if (!first) return false;
  const words = first[1]!.split(" ");
  return [words[0]!, words.join(" ")].some((w) => COUNTRY_NAMES.get(w) === code);
}

/** The last word of a unit's name inside a larger body. */
const SUB_BODY_HEAD =
  /\b(Office|Bureau|Division|Unit|Directorate|Administration)$|^(Office|Bureau|Division|Directorate|Administration) (of|for)\b/;

export const placeHierarchyRule: Rule = {
  id: "part-of-gazetteer-and-facility",
  predicates: ["PART_OF"],
  description:
    "A known city or region belongs to its country when the document names it; a named facility to the place it is in; a body to its country.",
  example: "The Kestrel mine in Western Australia … → Kestrel PART_OF Western Australia PART_OF Australia.",
  apply(ctx) {
    const main = clearMainCountry(ctx);
    for (const e of ctx.resolution.entities) {
      const first = e.mentions[0];
      if (!first) continue;
      if (e.type === "Place" && e.mentions.some((m) => m.key !== "" || m.rule === "context-locative-town")) {
        // "Busan, South Korea", "the Malaysian capital Kuala Lumpur": the gazetteer's country, in a
        // phrase that states where the place is. Territories the news keeps apart from their state
        // ("Hong Kong", "Macau") are left out.
        const code = /^(Hong Kong|Macau|Macao)$/.test(e.name) ? undefined : gazetteerCode(e.name);
        const country = code ? countryEntity(ctx, code) : undefined;
        if (country) {
          // "Western Australia": a region named after its country.
          const named = REGIONS.has(e.name) && e.name.includes(country.name);
          const stated = e.mentions.find(
            (m) =>
              named ||
              // Round 16b: "states like Ohio and Kansas", "provinces such as A, B" near the country.
              (REGIONS.get(e.name) === code &&
                listedAsRegion(ctx, m) &&
                country.mentions.some((c) => c.sentence <= m.sentence && m.sentence - c.sentence <= 1)) ||
              country.mentions.some(
                (c) => locates(ctx, m, c) || (m.rule === "place-demonym-capital" && c.ts >= m.ts && c.te <= m.te),
              ),
          );
          if (stated) emitRelation(ctx, e, "PART_OF", country, stated.sentence, this.id, {}, 0.7);
        }
      }
      if (e.type === "Place") regionInCountry(ctx, e, this.id);
      if (e.type === "Place") datelineSeat(ctx, e, this.id);
      if (e.type === "Agency") {
        // "Chinese embassy", "US Department of War" (prefix), bodies the press names without one,
        // else the clear main country of the document ("the Bureau of Land Management" in a US story).
        // "The Commerce Department's CHIPS Program Office": part of the body that owns it.
        const body = e.mentions.map((m) => possessiveOwner(ctx, m, "Agency")).find((x) => x && x.e !== e);
        if (body) {
          // Only a unit's name says it sits inside the owner: "the ministry's Export Control Office",
          // not "the ministry's state lender" (round 13b: unrestricted, right 1 time in 3 across
          // both splits).
          if (SUB_BODY_HEAD.test(e.name)) emitRelation(ctx, e, "PART_OF", body.e, body.m.sentence, this.id, {}, 0.7);
          continue;
        }
        // "Mexico's lower house of Congress": the possessive's state, not the press's usual home.
        const owner = e.mentions.map((m) => possessiveOwner(ctx, m, "Country")).find(Boolean);
        // "the Bureau of X in Washington": a state's body sits in its capital.
        const code = owner
          ? undefined
          : (e.attributes.country ?? AGENCY_COUNTRY[e.name] ?? capitalSeat(ctx, e) ?? stateAfterOf(e.name));
        // The main country only near the body (within two sentences): a pension fund named in a
        // story about a Korean firm is not the US's because the story names the US most.
        const near =
          main &&
          STATE_BODY.test(e.name) &&
          e.mentions.some((m) => main.mentions.some((c) => Math.abs(c.sentence - m.sentence) <= 2));
        // "the Justice Department" in a story about China that names the United States
        // too: the press's "<Portfolio> Department" is the United States' (other states have
        // ministries), whichever state the story names most.
        const us = !code && US_DEPARTMENT.test(e.name) ? countryEntity(ctx, "US") : undefined;
        const usStyle = us?.mentions.length ? us : undefined;
        const country =
          owner?.e ??
          stateOfAfter(ctx, e) ??
          usStyle ??
          (code ? (countryEntity(ctx, code) ?? unnamedState(ctx, e, code)) : near ? main : undefined) ??
          (code ? undefined : bodyStateBackoff(ctx, e));
        if (country) emitRelation(ctx, e, "PART_OF", country, first.sentence, this.id, {}, 0.7);
      }
    }
    // "the Independence plant in Texas", "the Rincon project, located in the northern Salta province",
    // "the Simandou project in Guinea", "Greenland's Tanbreez project", "Gyeongju National Museum".
    const places = new Map<string, LocalEntity>();
    for (const e of ctx.resolution.entities) if (e.type === "Place" && !places.has(e.name)) places.set(e.name, e);
    for (const s of ctx.sentences) {
      const ms = mentionsIn(ctx, s.i);
      for (const a of ms) {
        // "Likasi, a mining town in southern Congo": the apposition locates it.
        const seat = a.e.type === "Place" ? apposedSeat(ctx, ms, a.m) : undefined;
        if (seat && seat !== a.e) emitRelation(ctx, a.e, "PART_OF", seat, s.i, this.id);
        const compass = a.e.type === "Place" ? compassSeat(ctx, ms, a.m, a.e) : undefined;
        if (compass) emitRelation(ctx, a.e, "PART_OF", compass, s.i, this.id);
        // "Kolwezi in Lualaba province": a known city in a region the gazetteers lack.
        const city = a.m.rule === "gazetteer-city";
        if (a.e.type !== "Place" || (!NAMED_PLACE_RULES.has(a.m.rule) && !city)) continue;
        const owner = city ? undefined : cityInName(places, a.e);
        if (owner) emitRelation(ctx, a.e, "PART_OF", owner, s.i, this.id);
        // "Greenland's Tanbreez project", "Busan's Gimhae International Airport": a country's or a
        // known city's possessive.
        const before = ms.find(
          (x) =>
            !city &&
            ((x.e.type === "Country" && !x.m.demonym && !x.m.capitalAsState) ||
              (x.e.type === "Place" && x.e !== a.e && gazetteerCode(x.e.name) !== undefined)) &&
            x.m.te === a.m.ts - 1 &&
            /^['’]s$/.test(ctx.tokens[x.m.te]!.text),
        );
        if (before) emitRelation(ctx, a.e, "PART_OF", before.e, s.i, this.id);
        // "other assets in Tibet, including the Zhunuo copper mine": a site the list of "including"
        // names, after a phrase placed "in" a place.
        if (!city) {
          const listed = listedUnderPlace(ctx, ms, a.m);
          if (listed && listed !== a.e) emitRelation(ctx, a.e, "PART_OF", listed, s.i, this.id);
        }
        // "X, a large lithium-bearing basin in Y", "X is the firm's largest operation in Y": an
        // apposition or a copula describing the site reaches further.
        const reach = city ? 6 : describedReach(ctx, a.m);
        const b = ms.find(
          (x) =>
            x.m.ts > a.m.te &&
            x.m.ts <= a.m.te + reach &&
            x.e !== a.e &&
            (x.e.type === "Place" || (x.e.type === "Country" && !x.m.demonym && !x.m.capitalAsState)),
        );
        if (!b || (city && b.m.rule !== "region-noun")) continue;
        let k = b.m.ts - 1;
        while (k > a.m.te && DIRECTION.test(ctx.tokens[k]!.text)) k--;
        // "the Copperbelt Province of Zambia": a region's name, "of", its country.
        const regionOf = ctx.tokens[k]!.text === "of" && k === a.m.te && REGION_HEAD.test(ctx.tokens[a.m.te - 1]!.text);
        if (!LINK.test(ctx.tokens[k]!.text) && !regionOf) continue;
        const gap = ctx.tokens.slice(a.m.te, k).map((t) => t.text);
        if (gap.some((w) => /^[.;]$/.test(w) || /^(and|but|while|when|where)$/i.test(w))) continue;
        // "the X project, the firm said in Y": a clause's verb between says where something else is.
        const verb = (t: { pos: string; text: string }, j: number) =>
          /^(?:VERB|AUX)$/.test(t.pos) && !SITE_VERBS.test(t.text) && !compoundPart(ctx.tokens, a.m.te + j);
        if (ctx.tokens.slice(a.m.te, k).some(verb)) continue;
        // "X, an old mansion near Y", "X, a partner of firms in Y": an apposition locates the site
        // only when it is a description (nouns, adjectives) ending at "in".
        if (gap[0] === "," && /^(?:a|an|the)$/.test(gap[1] ?? "") && reach === 6) continue;
        emitRelation(ctx, a.e, "PART_OF", b.e, s.i, this.id);
        // "the Codemin and Barro Alto mines in Brazil": the sites listed before share the noun and the place.
        for (const x of coordinatedSitesBefore(ctx, ms, a.m))
          if (x !== b.e) emitRelation(ctx, x, "PART_OF", b.e, s.i, this.id);
      }
    }
  },
};
