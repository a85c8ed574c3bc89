// Rules about people: the posts they hold, the country they represent, the bodies they work
// for, and the delegations they lead or join. Nationality comes from the mention ("Chinese
// Vice Premier"), a possessive ("China's Li"), a delegation, or the other side of the talks.

import { DocumentCache } from "../document-caches.ts";
import { clearLeader } from "../leader.ts";
import { NAME_HEADS } from "../lexicon/organizations.ts";
import { ASIAN_SURNAMES, FIRST_NAMES, WEAK_FIRST_NAMES } from "../lexicon/people.ts";
import { CITIES, COUNTRY_BY_CODE, REGIONS } from "../lexicon/places.ts";
import {
  HEAD_OF_STATE_TITLES,
  HONORIFIC,
  INDIA_EXTERNAL_AFFAIRS_TITLE,
  INDIA_UNION_TITLE,
  isLeadershipTitle,
  LEADERSHIP_TITLES,
  MINISTER_ONLY_STATES,
  NO_PRESIDENT_STATES,
  NO_PRIME_MINISTER_STATES,
  ROLE_NOUNS,
  SURNAME_FIRST_STATES,
  secretaryPortfolio,
  TITLE_HEADS,
  TITLE_MODIFIERS,
  US_ONLY_TITLE,
} from "../lexicon/titles.ts";
import { isHyphen, isPossessiveMark } from "../stages/02-tokens.ts";
import { newLocalEntity, normalizeName } from "../stages/04-resolve.ts";
import { meetingsOf } from "../stages/05-meetings.ts";
import { type CompanionCue, companionCue } from "../syntax/companions.ts";
import { sentencesWith } from "../syntax/predicates.ts";
import { emitRelation, entitiesById, keepRelations, mentionsIn, wordsBetween } from "./emit.ts";
import {
  bracketAfterName,
  bracketedTag,
  courtOfDocument,
  governmentAfterName,
  isBenchTitle,
  regionGovernment,
} from "./post-bodies.ts";
import { countryEntity, isStateParty, mainCountryPair } from "./sides.ts";
import type { LocalEntity, Rule, RuleContext } from "./types.ts";

/**
 * "Treasury Secretary Scott Bessent led the US team. China's delegation was headed by Vice
 * Premier He Lifeng, accompanied by Commerce Minister Wang Wentao": the people listed lead
 * (or join) their country's delegation at the document's talks.
 */
export const delegationRule: Rule = {
  id: "delegation-members",
  predicates: ["PARTICIPATED_IN", "REPRESENTS"],
  description: "People listed as leading or accompanying a country's team or delegation.",
  example: "X, Y and Z led the US team; China's delegation was headed by A, accompanied by B.",
  apply(ctx) {
    const index = meetingsOf(ctx);
    // "A PART_OF B": B hosts A (talks on the sidelines of a summit).
    const hosts = new Set(ctx.relations.filter((r) => r.predicate === "PART_OF").map((r) => `${r.source} ${r.target}`));
    for (const s of ctx.sentences) {
      const lower = s.text.toLowerCase();
      if (!/\b(team|delegation)\b/.test(lower)) continue;
      // The one meeting the sentence names ("X's delegation meets Y's team in Z", past the summit
      // it is held on the sidelines of), else the main talks.
      const named = [...(index.bySentence.get(s.i) ?? [])];
      const own = named.filter((m) => !named.some((o) => o !== m && hosts.has(`${o.id} ${m.id}`)));
      const talks = own.length === 1 ? own[0]! : index.primary;
      const ms = mentionsIn(ctx, s.i);
      if (!ms.some((x) => x.e.type === "Country")) continue;
      const people = ms.filter((x) => x.e.type === "Person");
      for (const p of people) {
        // The side named nearest before the person ("the US team led by A, the Indian team headed
        // by B": B is Indian) unless a clause break stands between ("the American team, while B …
        // is India's negotiator": the side after B in B's clause). A bloc's official ("the EU Trade Commissioner X-led delegation … with the
        // Indian team") serves the bloc: no country of the talks' other side.
        const parties = ms.filter((x) => isStateParty(x.e));
        const prior = parties.filter((x) => x.m.te <= p.m.ts).at(-1);
        const after = parties.find(
          (x) => x.m.ts >= p.m.te && !SIDE_CLAUSE_BREAK.test(wordsBetween(ctx, p.m.te, x.m.ts)),
        );
        const broken = prior !== undefined && SIDE_CLAUSE_BREAK.test(wordsBetween(ctx, prior.m.te, p.m.ts));
        // With every side in another clause ("X led the bloc's team, while the Indian side …"), none.
        const party = broken ? (after ?? prior) : (prior ?? after);
        const country = party?.e.type === "Country" ? party : undefined;
        const before = wordsBetween(ctx, s.tokenStart, p.m.ts);
        const lead =
          /\b(led|headed|heads|leads|leading)\b/.test(before) && !/\baccompanied\b/.test(before)
            ? "lead"
            : /\b(led|headed)\b/.test(wordsBetween(ctx, p.m.te, s.tokenEnd))
              ? "lead"
              : "delegation member";
        // "a US delegation … met with Prime Minister X": the one the delegation meets is its host.
        const hosted = /\b(?:met|meets|meeting|called on|received by|hosted by|welcomed by)(?: with)?$/.test(
          wordsBetween(ctx, s.tokenStart, p.m.titleStart ?? p.m.ts),
        );
        if (hosted) continue;
        // "its team's trip to the US, where a delegation sent by President X": a country a
        // preposition governs is the host or the side met, not the person's.
        if (country && !governedCountry(ctx, s.tokenStart, country.m.ts)) p.e.nationality ??= countryCode(country.e);
        if (talks) emitRelation(ctx, p.e, "PARTICIPATED_IN", talks, s.i, this.id, { role: lead });
      }
    }
  },
};

/** Prepositions that make a country the place gone to or the side met ("to the US", "with China's team"). */
const GOVERNING_PREPOSITION = /^(?:to|with|in|into|at|toward|towards)$/i;

/** Whether the preposition just before the country's mention at `ts` (past an article) governs it. */
function governedCountry(ctx: RuleContext, sentenceStart: number, ts: number): boolean {
  let k = ts - 1;
  if (k >= sentenceStart && /^the$/i.test(ctx.tokens[k]!.text)) k--;
  return k >= sentenceStart && GOVERNING_PREPOSITION.test(ctx.tokens[k]!.text);
}

/** Words that open another clause, whose side is not the one named before them. */
const SIDE_CLAUSE_BREAK = /(?:^|\s)(?:while|whereas|but|;)(?:\s|$)/;

function countryCode(e: LocalEntity): string {
  return e.attributes.code ?? e.name;
}

/**
 * Fills in nationality for titled people the text leaves unmarked. First from a side named just
 * before the title ("led on the Chinese side by Vice Premier X", "the Kenyan team headed by
 * Minister Y"); then, in a two-country story where only one side's officials are marked, the
 * unmarked ones belong to the other side ("President Lee and U.S. President Trump": Lee is the
 * other country's). A title the United States does not use (minister, premier) never goes to it.
 */
export const otherSideRule: Rule = {
  id: "nationality-other-side",
  predicates: [],
  description: "In a two-country story, officials not marked as one side's belong to the other.",
  example: "Treasury Secretary X and Chinese Vice Premier Y reached an agreement: X is American.",
  apply(ctx) {
    const pair = mainCountryPair(ctx);
    if (!pair) return;
    const people = ctx.resolution.entities.filter((e) => e.type === "Person");
    for (const p of people)
      if (!p.nationality && (p.titles.size > 0 || p.roles.size > 0))
        p.nationality = sideBefore(ctx, p) ?? sideOfCoordinated(ctx, p);
    const marked = people.filter((p) => p.nationality).map((p) => p.nationality);
    const [a, b] = pair;
    // Nationalities are country codes ("US"), as countryCode writes them.
    const aCount = marked.filter((n) => n === countryCode(a)).length;
    const bCount = marked.filter((n) => n === countryCode(b)).length;
    // Only when one side alone is marked: with both marked, the unmarked could be either's.
    if (aCount === bCount || Math.min(aCount, bCount) > 0) return;
    const other = aCount > bCount ? b : a;
    const otherIsUs = countryCode(other) === "US";
    // A president only when named in a sentence with a marked official ("President X and Chinese
    // Premier Y"): elsewhere an unmarked "President X" is as likely the marked side's own leader.
    const markedCode = countryCode(aCount > bCount ? a : b);
    const markedMentions = people.filter((p) => p.nationality === markedCode).flatMap((p) => p.mentions);
    // Joined to a marked official ("President X and Chinese Premier Y", "a call between Y and
    // President X"), not merely in their sentence ("Y stressed that the decision rests with President X").
    const pairedWithMarked = (m: (typeof markedMentions)[number]) =>
      markedMentions.some((o) => {
        if (o.sentence !== m.sentence) return false;
        const [first, second] = o.ts < m.ts ? [o, m] : [m, o];
        const link = wordsBetween(ctx, first.te, second.titleStart ?? second.ts);
        // "X and U.S. President Y": the second's country may stand before its title.
        const bare = second.nationality ? link.replace(/ \S+$/u, "") : link;
        return [link, bare].some(
          (l) => PAIRED_LINK.test(l) || (/ with$/.test(l) && COUNTERPART_WITH.test(l.split(" ").at(-2) ?? "")),
        );
      });
    for (const p of people) {
      // Titled people, negotiators, and people with a lower-case post of state ("Prime minister X").
      const official = p.titles.size > 0 || [...p.roles].some((r) => r === "negotiator" || STATE_TITLE.test(r));
      if (p.nationality || !official) continue;
      // A companion of a named principal ("X was accompanied by Minister Y") is the principal's.
      const guest = p.mentions.map((m) => companionState(ctx, p, m)).find((g) => g !== undefined);
      if (guest) {
        if (guest.state) p.nationality = countryCode(guest.state);
        continue;
      }
      const head = [...p.titles].some((t) => /\bpresident\b/i.test(t) && !/\bvice\b/i.test(t));
      if (head && !p.mentions.some(pairedWithMarked)) continue;
      if (otherIsUs && [...p.titles].some((t) => NOT_US_TITLE.test(t))) continue;
      if (!otherIsUs && [...p.titles].some((t) => US_ONLY_TITLE.test(t))) continue;
      // A post the other state does not have ("Energy Secretary" when the other side is Korea).
      if (MINISTER_ONLY_STATES.has(countryCode(other)) && [...p.titles].some((t) => secretaryPortfolio(t))) continue;
      p.nationality = countryCode(other);
    }
  },
};

/**
 * "US President X and Commerce Secretary Y": a titled official joined by "and" or a comma to an
 * official whose mention names the side shares that side.
 */
function sideOfCoordinated(ctx: RuleContext, p: LocalEntity, depth = 0): string | undefined {
  for (const m of p.mentions) {
    if (m.titleStart === undefined) continue;
    const near = mentionsIn(ctx, m.sentence)
      .filter((x) => x.m.te <= m.titleStart! && m.titleStart! - x.m.te <= 2)
      .at(-1);
    if (near?.e.type !== "Person" || near.e === p) continue;
    // "A, B, and C": the serial comma joins the last of a list as "and" does.
    if (!/^(?:and|,|, and)$/.test(wordsBetween(ctx, near.m.te, m.titleStart))) continue;
    // "US Secretary A, Secretary B, and Representative C": the side passes along the list.
    const side =
      near.m.nationality ??
      (depth < 4 && near.m.titleStart !== undefined ? sideOfCoordinated(ctx, near.e, depth + 1) : undefined);
    if (side && !listGoesToOtherSide(ctx, m.sentence, m.te, side)) return side;
  }
  return undefined;
}

/**
 * Round 16b: the state marked on the next official of a list the mention ends ("A, External
 * Affairs Minister B, Japan's Minister C and …": Japan after B), when it is written. A list whose
 * members go on with another state is a list of several sides: an unmarked member before it shares
 * no neighbour's state.
 */
function nextListedSide(ctx: RuleContext, sentence: number, te: number): string | undefined {
  const next = mentionsIn(ctx, sentence).find((x) => x.m.ts >= te && x.e.type === "Person");
  if (!next?.m.nationality || next.m.titleStart === undefined) return undefined;
  const link = wordsBetween(ctx, te, next.m.titleStart);
  // wordsBetween writes lower case: ", japan 's", ", and australian".
  return /^(?:,|and|, and)(?: [\p{L}.]+(?: ['’]s)?)?$/u.test(link) ? next.m.nationality : undefined;
}

/** Whether the list goes on, after the mention ending at `te`, with an official of another state than `side`. */
function listGoesToOtherSide(ctx: RuleContext, sentence: number, te: number, side: string): boolean {
  const next = nextListedSide(ctx, sentence, te);
  return next !== undefined && next !== side;
}

/** Words joining two leaders named as counterparts: "X and Y", "X met Y", "X's call with Y". */
const PAIRED_LINK = /^(?:,|and|, and|with|met|meets|called|phoned|hosted|welcomed|received)$/;

/** Words that may stand between a side's country and the title it introduces. */
const SIDE_WORDS = /^(?:(?:the|side|team|delegation|delegation['’]s|by|led|headed|['’]s|,) ?)*$/;

/**
 * The country written just before one of the person's titles or lower-case roles ("the Chinese
 * side by Vice Premier X", "Peru's foreign minister Y", "Kenyan trade envoy Z").
 */
function sideBefore(ctx: RuleContext, p: LocalEntity): string | undefined {
  for (const m of p.mentions) {
    const anchor = m.titleStart ?? (m.role ? m.ts - 1 : undefined);
    if (anchor === undefined) continue;
    const near = mentionsIn(ctx, m.sentence)
      .filter((x) => x.m.te <= anchor && anchor - x.m.te <= 4)
      .at(-1);
    if (near?.e.type !== "Country") continue;
    const between = wordsBetween(ctx, near.m.te, anchor);
    const titleWords = m.titleStart === undefined && ctx.tokens.slice(near.m.te, anchor).every(isTitleRunWord);
    if (SIDE_WORDS.test(between) || titleWords) return countryCode(near.e);
  }
  return undefined;
}

/** A lower-case word that may open a post before its head ("trade" in "trade envoy"), or a possessive. */
function isTitleRunWord(t: { text: string }): boolean {
  return isPossessiveMark(t.text) || (/^[\p{Ll}][\p{Ll}-]*$/u.test(t.text) && !TITLE_RUN_STOP.test(t.text));
}

/** Bodies a post can be held in, when the text names one before the title. */
const POST_BODY_TYPES: ReadonlySet<string> = new Set(["Agency", "Organization", "Company"]);

/**
 * "Treasury Secretary Scott Bessent", "US Trade Representative Jamieson Greer", "European Commission
 * President Ursula von der Leyen".
 */
export const positionRule: Rule = {
  id: "position-title-before-name",
  predicates: ["HOLDS_POSITION"],
  description:
    "A title written before a person's name gives the post; a body named just before the title holds it, else the nationality's state.",
  example: "Chinese Vice Premier He Lifeng → He Lifeng holds Vice Premier of China.",
  apply(ctx) {
    for (const p of ctx.resolution.entities) {
      if (p.type !== "Person" || p.titles.size === 0) continue;
      // Honorifics are not posts ("Mr Trump", "Sir Keir Starmer").
      const m = p.mentions.find((x) => x.title && !HONORIFIC.test(x.title)) ?? p.mentions[0]!;
      const title = stripNationality(m.title ?? [...p.titles].find((t) => !HONORIFIC.test(t)) ?? "");
      if (!title) continue;
      // "The European Union (EU) Trade Commissioner X": the body's bracketed short form between.
      const anchor = m.titleStart === undefined ? undefined : bracketStart(ctx, m.titleStart);
      const before =
        anchor === undefined
          ? undefined
          : mentionsIn(ctx, m.sentence).find(
              (x) =>
                (x.m.te === anchor ||
                  x.m.te === m.titleStart ||
                  // "President of the World Bank X": the body between the post and the name.
                  (m.rule === "title-of-body-person" && x.m.te === m.ts)) &&
                POST_BODY_TYPES.has(x.e.type),
            );
      // "Executive Vice-President X (European Commission)": the body in brackets after the name.
      // "Minister X and Premier Y in the Z government": the government named after the name.
      const tagged = before
        ? undefined
        : (bracketAfterName(ctx, m) ?? p.mentions.map((x) => governmentAfterName(ctx, x)).find((x) => x));
      const body = before ?? (tagged && POST_BODY_TYPES.has(tagged.type) ? { e: tagged } : undefined);
      // "Deputy Secretary of State X", "Trade Representative Y": posts only the United States has.
      const usOnly =
        !body &&
        !m.nationality &&
        US_ONLY_TITLE.test(title) &&
        !countryJustBefore(ctx, m.sentence, m.titleStart ?? m.ts)
          ? countryEntity(ctx, "US")
          : undefined;
      // "Chief Investment Officer X": a firm's post, which a state guessed from context (or from
      // the name) does not hold; a demonym written before it still does.
      const corporate = !m.nationality && CORPORATE_TITLE.test(title);
      // "Ontario Premier X", "California Governor Y": a region's post takes a state from
      // context only when it is the region's own (by the gazetteer), never another one named near.
      const region =
        m.titleStart === undefined
          ? undefined
          : mentionsIn(ctx, m.sentence).find((x) => x.e.type === "Place" && x.m.te === m.titleStart);
      const regionCode = region ? (REGIONS.get(region.e.name) ?? CITIES.get(region.e.name)) : undefined;
      // A judge's post is the court's the document names ("Chief Justice X"), no state's.
      const court = body || !isBenchTitle(title) ? undefined : courtOfDocument(ctx);
      const context = body || corporate || court ? undefined : stateOf(ctx, p, m, title);
      // The region's government when the document names it as a body ("the Government of Ontario").
      const regionBody = region ? regionGovernment(ctx, region.e.name) : undefined;
      const found = region && (!regionCode || context?.attributes.code !== regionCode) ? undefined : context;
      // To correct a state the context gave; round 17: with none, a post only the United States
      // has is its own when the document names the United States ("Deputy Secretary of State X").
      const state = usOnly && found?.attributes.code !== "US" ? usOnly : found;
      // "a meeting between CEO X and …", "a victory for Chairman Y": the firm the text speaks of.
      const firm =
        body || state || !(corporate || FIRM_TITLE.test(title))
          ? undefined
          : firmBefore(ctx, m.sentence, m.titleStart ?? m.ts);
      const target = body?.e ?? court ?? regionBody ?? portfolioBody(ctx, title, state) ?? state ?? firm;
      if (!target) continue;
      emitRelation(ctx, p, "HOLDS_POSITION", target, m.sentence, this.id, { title });
    }
    // "US Ambassador to Japan X", "X, China's envoy to the EU": the sender's post.
    ambassadorPosts(ctx);
    // "Director of Trade Remedies at Vietnam's Ministry of Industry and Trade, X, said".
    titledBodyBeforeName(ctx);
    // Titles written after the name, for the people no title before the name placed.
    positionAfterNameRule.apply(ctx);
    // Titles in lower case before the name, for the people still without a post.
    lowerTitleRule.apply(ctx);
    positionByVerbRule.apply(ctx);
    // Heads of state no pass above could place ("President X" in a story of two states).
    headOfStateRule.apply(ctx);
    // "X, a top economic adviser to President Y": once Y's state is known.
    advisersOfLeaders(ctx);
    postsInDepartments(ctx);
    commissionersInCommission(ctx);
  },
};

/**
 * "EU Trade Commissioner X", "X, the bloc's energy commissioner": a bloc's commissioner sits in
 * its commission, when the document names one body of that head ("the European Commission").
 */
function commissionersInCommission(ctx: RuleContext): void {
  let commission: LocalEntity | undefined | null = null;
  for (const r of ctx.relations) {
    if (r.predicate !== "HOLDS_POSITION" || !/\bcommissioner\b/i.test(r.attributes?.title ?? "")) continue;
    const target = ctx.resolution.entities.find((e) => e.id === r.target);
    if (target?.type !== "Organization" || !isStateParty(target)) continue;
    if (commission === null) commission = bodyByHead(ctx, "Commission");
    if (commission) r.target = commission.id;
  }
}

/** "Secretary of Commerce", "under secretary of defense for …": the portfolio word. */
const SECRETARY_OF = /\bsecretary of (?:the )?([a-z]+)/;
/** "Treasury Secretary": the portfolio word. */
const PORTFOLIO_SECRETARY = /\b([a-z]+) secretary\b/;

/** Words of a US department's name besides its portfolio. */
const DEPARTMENT_WORDS = /^(?:the|of|department|dept|u\.s\.|us|united|states)$/;

/** The document's US departments by portfolio word ("treasury", "commerce", "state"). */
function usDepartments(ctx: RuleContext): Map<string, LocalEntity> {
  const departments = new Map<string, LocalEntity>();
  for (const e of ctx.resolution.entities) {
    if (e.type !== "Agency" || e.mentions.length === 0 || (e.attributes.country ?? "US") !== "US") continue;
    if (/\bministry\b/i.test(e.name)) continue;
    const words = e.name
      .toLowerCase()
      .split(/\s+/)
      .filter((w) => !DEPARTMENT_WORDS.test(w));
    // "Treasury" alone is the department; "Commerce" alone is not a body's name.
    if (words.length === 1 && (/\bdepartment\b/i.test(e.name) || words[0] === "treasury"))
      departments.set(words[0]!, e);
  }
  return departments;
}

/**
 * A US secretary's post is held in the department the document names for its portfolio ("Treasury
 * Secretary X" and "the Treasury Department", "the US Treasury"; "Commerce Secretary Y" and "the
 * Department of Commerce"): the post found in the state moves to the department. A ministry (the
 * other state's "Ministry of Commerce") never takes it.
 */
function postsInDepartments(ctx: RuleContext): void {
  const us = countryEntity(ctx, "US");
  let departments: Map<string, LocalEntity> | undefined;
  for (const r of ctx.relations) {
    if (r.predicate !== "HOLDS_POSITION" || !us || r.target !== us.id) continue;
    const title = (r.attributes?.title ?? "").toLowerCase();
    const portfolio = SECRETARY_OF.exec(title)?.[1] ?? PORTFOLIO_SECRETARY.exec(title)?.[1];
    if (!portfolio || /^(?:under|deputy|assistant|press|general|cabinet|permanent|foreign)$/.test(portfolio)) continue;
    departments ??= usDepartments(ctx);
    const department = departments.get(portfolio);
    if (department) r.target = department.id;
  }
  // "Commerce Secretary X" whom nothing placed, in a document that names the Commerce Department.
  const placed = new Set(ctx.relations.filter((r) => r.predicate === "HOLDS_POSITION").map((r) => r.source));
  for (const p of ctx.resolution.entities) {
    if (p.type !== "Person" || placed.has(p.id) || p.titles.size === 0) continue;
    const m = p.mentions.find((x) => x.title && x.titleStart !== undefined);
    const title = m ? stripNationality(m.title!) : "";
    const portfolio = PORTFOLIO_SECRETARY.exec(title.toLowerCase())?.[1];
    if (!m || !portfolio) continue;
    departments ??= usDepartments(ctx);
    const department = departments.get(portfolio);
    // Placed by the department alone, only a department named as such ("the Treasury" may be a
    // back-reference the press makes to any finance ministry).
    if (department && /\bdepartment\b/i.test(department.name))
      emitRelation(ctx, p, "HOLDS_POSITION", department, m.sentence, "position-title-before-name", { title });
  }
}

/** ", a top economic adviser to", ", senior advisor to": an adviser's post before the leader advised. */
const ADVISER_TO = /^, (?:(?:the|a|an|former) )?((?:[a-z-]+ ){0,3}advis[eo]r) to$/;
/** "'s top economic adviser": the post after a leader's possessive. */
const ADVISER_AFTER = /^['’]s? ((?:[a-z-]+ ){0,3}advis[eo]r)\b/;

/**
 * "X, a top economic adviser to President Y", "X, senior adviser to Prime Minister Y": X holds the
 * post in the state of the leader (a head of state or government) X advises, when a pass placed
 * the leader; for the people no other pass placed.
 */
function advisersOfLeaders(ctx: RuleContext): void {
  const placed = new Set(ctx.relations.filter((r) => r.predicate === "HOLDS_POSITION").map((r) => r.source));
  for (const p of ctx.resolution.entities) {
    if (p.type !== "Person" || placed.has(p.id)) continue;
    for (const m of p.mentions) {
      if (ctx.tokens[m.te]?.text !== ",") continue;
      const leader = mentionsIn(ctx, m.sentence).find(
        (x) => x.e.type === "Person" && x.m.ts > m.te && x.m.ts - m.te <= 9 && x.m.title !== undefined,
      );
      if (!leader || !HEAD_TITLE.test(stripNationality(leader.m.title!))) continue;
      // "X, President Y's top economic adviser": the leader's possessive right after the comma.
      const start = leader.m.titleStart ?? leader.m.ts;
      const post =
        ADVISER_TO.exec(wordsBetween(ctx, m.te, start)) ??
        (start === m.te + 1 ? ADVISER_AFTER.exec(wordsBetween(ctx, leader.m.te, leader.m.te + 6)) : null);
      const state = post ? placedState(ctx, leader.e) : undefined;
      if (!post || !state) continue;
      emitRelation(ctx, p, "HOLDS_POSITION", state, m.sentence, "position-title-after-name", { title: post[1]! });
      break;
    }
  }
}

/** A post at the head of a firm, written as a title before the name ("CEO X", "Chairman Y"). */
const FIRM_TITLE = /^(?:CEO|Chief Executive(?: Officer)?|Chairman|Chairwoman|Founder|Co-founder|Managing Director)$/i;
/** Posts only a firm has: chief officers ("Chief Investment Officer", "CFO"), managers, founders. */
const CORPORATE_TITLE =
  /^(?:(?:Group |Global )?C[EFOTI]O|Chief (?:[A-Z][a-z]+ ){1,2}Officer|Chief Executive|(?:Co-)?Founder|Managing Director|General Manager|Chief Operating Officer)$/;

/**
 * The firm a leader's post with no firm named belongs to: the nearest company named before it in
 * its sentence, else the firm of the context (the sentence's one firm, or the document's main one).
 */
function firmBefore(ctx: RuleContext, sentence: number, at: number): LocalEntity | undefined {
  const firms = mentionsIn(ctx, sentence).filter((x) => x.e.type === "Company");
  const before = firms.filter((x) => x.m.te <= at).at(-1);
  // A firm named only after the post may be another ("CEO X said … and Acme agreed").
  return before?.e ?? (firms.length === 0 ? firmInContext(ctx, sentence, at) : undefined);
}

/** Where "( EU )" or a possessive "’s" just before index `at` opens, else `at`. */
function bracketStart(ctx: RuleContext, at: number): number {
  const { tokens } = ctx;
  // "the EU's Director General X", "Acme's CEO Y": the owner's possessive.
  if (isPossessiveMark(tokens[at - 1]?.text)) return at - 1;
  if (tokens[at - 1]?.text !== ")") return at;
  for (let k = at - 2; k >= Math.max(0, at - 5); k--) if (tokens[k]!.text === "(") return k;
  return at;
}

/**
 * Monarchs' titles that only a few states use (ISO codes; generic knowledge): "Sultan X" reigns in
 * Oman, Brunei or Malaysia, "Emir Y" in Qatar or Kuwait.
 */
const MONARCHS: Record<string, readonly string[]> = {
  sultan: ["OM", "BN", "MY"],
  emir: ["QA", "KW"],
  amir: ["QA", "KW"],
};

/** Titles of public office: a person holding one with no body named holds it in a state. */
const STATE_TITLE =
  /\b(president|presidential|premier|prime minister|minister|(?:under|sub)?secretary|chancellor|governor|ambassador|envoy|spokes(?:person|man|woman)|king|queen|emperor|representative|negotiator|pm|(?:attorney|solicitor) general)\b/i;

/** The country of the document that names it most often (its "main" country), memoised. */
const MAIN_COUNTRY = new DocumentCache<RuleContext, LocalEntity | null>();
function mainCountry(ctx: RuleContext): LocalEntity | undefined {
  if (!MAIN_COUNTRY.has(ctx)) {
    // Only a clear main country: named at least twice as often as any other.
    const countries = ctx.resolution.entities
      .filter((e) => e.type === "Country")
      .map((e) => [e, e.mentions.length] as const);
    MAIN_COUNTRY.set(ctx, clearLeader(countries, 0) ?? null);
  }
  return MAIN_COUNTRY.get(ctx) ?? undefined;
}

/**
 * The state a titled official serves: the nationality written with the mention ("Chinese Vice
 * Premier"), else the nearest country named before the name in its sentence ("the Indian team
 * headed by Commerce Secretary X"), else the person's nationality from elsewhere, else, for a
 * title of public office, the document's main country ("Interior Secretary X" in a US story).
 */
function stateOf(
  ctx: RuleContext,
  p: LocalEntity,
  m: { sentence: number; ts: number; te?: number; nationality?: string; titleStart?: number },
  title: string,
): LocalEntity | undefined {
  // "Embassy Islamabad Deputy Chief of Mission X": a diplomat serves the state that sent them, which
  // the host's capital before the title (read as the mention's nationality) is not.
  if (/\bof mission\b/i.test(title)) return undefined;
  if (m.nationality) return countryEntity(ctx, m.nationality);
  // "Sultan X", "Emir Y": a monarch of the one state of that kind the document names, never a
  // country named near the title ("India welcomed Sultan X").
  const realm = MONARCHS[title.toLowerCase()]?.map((code) => countryEntity(ctx, code)).filter((c) => c !== undefined);
  if (realm) return realm.length === 1 ? realm[0] : undefined;
  // "Prime Minister X of Portugal": the state named after the name.
  const ofState = ofCountryAfter(ctx, p, m);
  if (ofState) return ofState;
  // "Australia offers …, its trade minister X said": the state the sentence opened with.
  const owner = possessivePronounState(ctx, m.sentence, m.titleStart ?? m.ts);
  if (owner) return owner;
  // "… held in Sousse, Tunisia. Chaired by the country's president X": the country the text last
  // named, before the document's main one.
  const referred = theCountrys(ctx, m.sentence, m.titleStart ?? m.ts);
  if (referred) return referred;
  // The nearest mention before the name, when it is a country within six tokens with no one between.
  const before = mentionsIn(ctx, m.sentence).filter((x) => x.m.te <= m.ts && m.ts - x.m.te <= 6);
  const near = before.at(-1);
  // "talks in Malaysia, as President X began": a country across a clause's break is not the post's.
  // "representation in Paraguay to Chancellor X": nor a country a preposition places before the
  // title; nor one without the post ("Canada … President X").
  const broken =
    near &&
    (/(?:^|\s)(?:,|as|while|when|after|before|since|to|in|at|from|with|on|for|into|against)(?:\s|$)/.test(
      wordsBetween(ctx, near.m.te, m.ts),
    ) ||
      // "X-China tensions and follows President Y": a verb between puts the country in
      // another clause.
      ctx.tokens.slice(near.m.te, m.titleStart ?? m.ts).some((t) => /^(?:VERB|AUX)$/.test(t.pos)));
  // "Minister A (Japan) and Vice-President B": a bracketed state tags the name before it.
  const tag = m.te === undefined ? undefined : bracketAfterName(ctx, { sentence: m.sentence, te: m.te });
  if (tag?.type === "Country") return tag;
  const tagsOther = near && bracketedTag(ctx, near.m.ts, near.m.te);
  if (near && near.e.type === "Country" && !broken && !tagsOther && titleFits(near.e, title)) return near.e;
  // "US President X and Commerce Secretary Y": an unmarked title joined to a marked official's
  // shares its state.
  // "They met Lutnick, Treasury Secretary X and Trade Representative Y": a list of officials, one placed.
  if (near && near.e.type === "Person" && m.titleStart !== undefined) {
    const link = wordsBetween(ctx, near.m.te, m.titleStart);
    // Placed elsewhere, the earlier one shares its state only inside a list of three or more ("A, B
    // and C"): "between PM X and President Y" pairs two sides.
    const listed = link === "," || link === ", and" || ctx.tokens[(near.m.titleStart ?? near.m.ts) - 1]?.text === ",";
    const shared = near.m.nationality
      ? countryEntity(ctx, near.m.nationality)
      : listed
        ? placedState(ctx, near.e)
        : undefined;
    // "A, B, and C": the serial comma before the last of a list joins it like "and".
    const own = p.mentions.find((x) => x.sentence === m.sentence && x.ts === m.ts);
    const onward = shared && own && listGoesToOtherSide(ctx, m.sentence, own.te, countryCode(shared));
    if (shared && !onward && /^(?:and|,|, and)$/.test(link)) return shared;
  }
  // "X was accompanied by Foreign Minister Y", "the visit from Trade Minister Z": a companion serves
  // the state of the one they accompany, and a visitor no state the text does not give.
  const guest = companionState(ctx, p, m);
  if (guest) return guest.state ?? (p.nationality ? countryEntity(ctx, p.nationality) : undefined);
  // "European Trade Commissioner X": the adjective names the bloc as a demonym names a state (not
  // "European Council President", a body of its own).
  if (/^European (?!Commission|Council|Parliament|Central|Investment)/.test(title)) {
    const bloc = blocNamed(ctx, "European Union");
    if (bloc && titleFits(bloc, title)) return bloc;
  }
  // Round 16b: a bloc's side (the other side of a story of the EU and a state) has no country
  // entity: the bloc holds a portfolio commissioner's post ("Trade Commissioner X").
  if (p.nationality) {
    const side = countryEntity(ctx, p.nationality);
    const bloc = side ? undefined : blocNamed(ctx, p.nationality);
    const commissioner = EU_PORTFOLIO_COMMISSIONER.test(title) && !NOT_EU_COMMISSIONER.test(title);
    return side ?? (bloc && commissioner ? bloc : undefined);
  }
  // "Union Commerce Minister X": India's, when the document names India.
  if (INDIA_UNION_TITLE.test(title)) return countryEntity(ctx, "IN");
  // "External Affairs Minister X": India's, when the document names India.
  if (INDIA_EXTERNAL_AFFAIRS_TITLE.test(title)) return countryEntity(ctx, "IN");
  // "Commission President X": a title naming a body the document names ("European Commission").
  const first = title.split(" ")[0]!;
  if (OWN_BODY.test(first)) {
    // A portfolio ("Treasury Secretary") names the state's post; a body of its own holds it.
    const own = ctx.resolution.entities.find(
      (e) => POST_BODY_TYPES.has(e.type) && e.name.split(" ").at(-1) === first && e.name !== first,
    );
    // "Union Commerce Minister X" in a story of the European Union: a bloc has no ministers.
    return own && isStateParty(own) && !titleFits(own, title) ? undefined : own;
  }
  // Round 16b: "Trade Commissioner X", "Energy Commissioner Y" with no state marked, in a story
  // naming the European Union: a portfolio commissioner is the bloc's (commissionersInCommission
  // moves the post to the Commission when the document names it). Not a state's commissioners of a
  // service ("Customs Commissioner", "Police Commissioner") nor the UN's "High Commissioner".
  if (EU_PORTFOLIO_COMMISSIONER.test(title) && !NOT_EU_COMMISSIONER.test(title)) {
    const bloc = blocNamed(ctx, "European Union");
    if (bloc) return bloc;
  }
  if (!STATE_TITLE.test(title)) return undefined;
  // "Kim Yong-beom, the presidential chief of staff" in a story of South Korea and the US.
  const named = surnameFirstSide(ctx, p);
  if (named) return named;
  const state = stateByDefault(ctx, title);
  // "Prime Minister X arrived in Berlin for a visit to Germany": a visitor is not the host's official.
  return state && journeysTo(ctx, m.sentence, m.ts, state) ? undefined : state;
}

/** "Trade Commissioner", "Commissioner for Trade": a portfolio commissioner's title. */
const EU_PORTFOLIO_COMMISSIONER = /^(?:\p{Lu}[\p{L}-]* ){1,3}Commissioner$|^Commissioner for \p{Lu}/u;

/** Commissioners of a state's services or of the UN, not of the bloc. */
const NOT_EU_COMMISSIONER =
  /\b(?:High|Police|Customs|Tax|Revenue|County|Fire|Insurance|Information|Election|Electoral|Human|Deputy|Assistant|Acting|Former)\b/;

/** The document's bloc acting as a state (isStateParty) of that name. */
function blocNamed(ctx: RuleContext, name: string): LocalEntity | undefined {
  return ctx.resolution.entities.find((e) => e.type === "Organization" && e.name === name && isStateParty(e));
}

/**
 * For a mention after a guest cue ("accompanied by", "the visit from"): the state of the person
 * accompanied (named before the cue in the sentence, marked or placed), when known.
 */
function companionState(
  ctx: RuleContext,
  p: LocalEntity,
  m: { sentence: number; ts: number; titleStart?: number },
): { state: LocalEntity | undefined } | undefined {
  const cue = guestCue(ctx, m.sentence, m.titleStart ?? m.ts);
  if (cue === undefined) return undefined;
  // "X welcomed the visit from Minister Y": the one named before a visit is its host, not a principal.
  if (cue.kind === "visit") return { state: undefined };
  // "In X's party were Minister Y, …", "the Kenyan delegation included Z": a member of a
  // party serves the state of its owner, the person or state named with the party's noun.
  const owner =
    cue.kind === "members"
      ? mentionsIn(ctx, m.sentence).find(
          (x) => x.m.te >= cue.cue - 2 && x.m.te <= cue.cue && (x.e.type === "Person" || isStateParty(x.e)),
        )
      : undefined;
  if (cue.kind === "members" && owner?.e.type !== "Person") return owner ? { state: owner.e } : undefined;
  const principal =
    owner ??
    mentionsIn(ctx, m.sentence)
      .filter((x) => x.e.type === "Person" && x.e !== p && x.m.te <= cue.cue)
      .at(-1);
  if (!principal) return { state: undefined };
  const state = principal.m.nationality
    ? countryEntity(ctx, principal.m.nationality)
    : principal.e.nationality
      ? countryEntity(ctx, principal.e.nationality)
      : placedState(ctx, principal.e);
  return { state };
}

/** Words that may stand in a list of companions between the cue and a title ("by X, Y and"). */
const GUEST_LIST_WORD = /^(?:,|and|the|his|her|their|of|for|\p{Lu}[\p{L}'’.-]*)$/u;

/**
 * The companion cue (syntax/companions.ts: "accompanied by", "joined by", "along with", "the visit
 * from/by") the title at `at` follows with only names, titles, commas and "and" between (at most
 * twelve tokens back), else undefined.
 */
function guestCue(ctx: RuleContext, sentence: number, at: number): CompanionCue | undefined {
  const s = ctx.sentences[sentence]!;
  const start = Math.max(s.tokenStart, at - 12);
  for (let k = at - 1; k > start; k--) {
    // The cue word just before `k`, its preposition (or a party's members' verb) at `k`.
    const cue = companionCue(ctx.tokens, k - 1, s.tokenEnd);
    if (cue && cue.from === k + 1) return cue;
    if (!GUEST_LIST_WORD.test(ctx.tokens[k]!.text)) return undefined;
  }
  return undefined;
}

/**
 * The side of a story of two states whose names put the surname first, for a person whose name
 * does ("Kim Yong-beom", "Wang Wentao") when the other side's do not: "Chief of staff Kim X" in a
 * story of South Korea and the United States is Korea's, when the document names no other such state.
 */
function surnameFirstSide(ctx: RuleContext, p: LocalEntity): LocalEntity | undefined {
  const words = p.name.split(/\s+/);
  if (words.length < 2 || !ASIAN_SURNAMES.has(words[0]!) || FIRST_NAMES.has(words[1]!)) return undefined;
  const sides = storySides(ctx);
  if (!sides) return undefined;
  // Only one such state named in the whole document ("Xi" in a story of Korea and the US is China's).
  const fits = ctx.resolution.entities.filter(
    (c) => c.type === "Country" && c.mentions.length > 0 && SURNAME_FIRST_STATES.has(countryCode(c)),
  );
  return fits.length === 1 && sides.includes(fits[0]!) ? fits[0] : undefined;
}

/** Words of a journey to a place or of a visit to it. */
const JOURNEY =
  /^(arrived|arrives|arriving|landed|lands|visit|visits|visiting|visited|trip|travelled|traveled|flew|tour)$/i;

/** Words before "with" that name the other side of talks ("talks with", "met with", "a deal with"). */
const COUNTERPART_WITH =
  /^(?:talks|met|meets|meeting|negotiations|negotiated|negotiating|spoke|deal|agreement|agreed|talked|call)$/i;

/**
 * Whether the person named at `at` travels to `state`, or holds talks with it ("talks with India") in their sentence: a journey or visit word
 * after the name with the state, its capital or one of its places (named with the state's code)
 * after that word.
 */
function journeysTo(ctx: RuleContext, sentence: number, at: number, state: LocalEntity): boolean {
  const s = ctx.sentences[sentence]!;
  // "X held talks with India", "Y met with Kenya's president": the state across the table.
  for (let k = at; k < s.tokenEnd; k++)
    if (ctx.tokens[k]!.text === "with" && COUNTERPART_WITH.test(ctx.tokens[k - 1]?.text ?? "")) {
      if (mentionsIn(ctx, sentence).some((x) => x.e === state && x.m.ts > k && x.m.ts <= k + 2)) return true;
      break;
    }
  let from = -1;
  for (let k = at; k < s.tokenEnd; k++)
    if (JOURNEY.test(ctx.tokens[k]!.text)) {
      from = k;
      break;
    }
  // "X hailed the visit of Y to India": the journey is Y's, whose noun "of" or "by" follows.
  if (from < 0 || /^(?:of|by)$/.test(ctx.tokens[from + 1]?.text ?? "")) return false;
  const code = state.attributes.code;
  const capital = code ? COUNTRY_BY_CODE.get(code)?.capital : undefined;
  return mentionsIn(ctx, sentence).some(
    (x) => x.m.ts > from && (x.e === state || (capital !== undefined && x.e.type === "Place" && x.e.name === capital)),
  );
}

/** "President X of Brazil", "Prime Minister Y of Portugal": the country after "of" right after the name. */
function ofCountryAfter(
  ctx: RuleContext,
  p: LocalEntity,
  m: { sentence: number; ts: number },
): LocalEntity | undefined {
  const mention = p.mentions.find((x) => x.sentence === m.sentence && x.ts === m.ts);
  if (!mention) return undefined;
  // "President X, of China", "Trade Minister Y from Japan": a comma before "of", or "from".
  const at = ctx.tokens[mention.te]?.text === "," ? mention.te + 1 : mention.te;
  const word = ctx.tokens[at]?.text;
  if (word !== "of" && !(word === "from" && at === mention.te)) return undefined;
  const next = mentionsIn(ctx, m.sentence).find((x) => x.m.ts === at + 1 || x.m.ts === at + 2);
  // "Minister Y from Japan's ruling party": the country's possessive names another body.
  if (next && word === "from" && isPossessiveMark(ctx.tokens[next.m.te]?.text)) return undefined;
  // "High Representative X of the EU": a bloc acting as a state holds the post as a country would.
  return next && (next.e.type === "Country" || isStateParty(next.e)) && !next.m.demonym ? next.e : undefined;
}

/**
 * The state a person is known to serve: their nationality, else the country of a post already found.
 */
function placedState(ctx: RuleContext, p: LocalEntity): LocalEntity | undefined {
  if (p.nationality) return countryEntity(ctx, p.nationality);
  for (const r of ctx.relations) {
    if (r.predicate !== "HOLDS_POSITION" || r.source !== p.id) continue;
    const target = ctx.resolution.entities.find((e) => e.id === r.target);
    if (target?.type === "Country") return target;
  }
  return undefined;
}

/** Entities a possessive pronoun could stand for instead of the state named before them. */
const PRONOUN_RIVALS: ReadonlySet<string> = new Set(["Country", "Organization", "Agency", "Company", "Media"]);

/**
 * For a title after "the country's" / "the nation's": the last country named before it, in its
 * sentence or the one before, else undefined.
 */
function theCountrys(ctx: RuleContext, sentence: number, at: number): LocalEntity | undefined {
  const { tokens } = ctx;
  if (!/^['’]s$/.test(tokens[at - 1]?.text ?? "") || !/^(?:country|nation)$/i.test(tokens[at - 2]?.text ?? ""))
    return undefined;
  if (!/^the$/i.test(tokens[at - 3]?.text ?? "")) return undefined;
  for (const k of [sentence, sentence - 1]) {
    if (k < 0) break;
    const named = mentionsIn(ctx, k).filter((x) => x.e.type === "Country" && (k < sentence || x.m.te <= at - 3));
    if (named.length) return named.at(-1)!.e;
  }
  return undefined;
}

/**
 * "Australia offers a secure supply, its trade minister X said": the state a possessive pronoun
 * just before a post stands for, the state party named first in the sentence when no body (firm,
 * agency, organisation) is named between it and the pronoun.
 */
function possessivePronounState(ctx: RuleContext, sentence: number, at: number): LocalEntity | undefined {
  if (!/^(?:its|their)$/i.test(ctx.tokens[at - 1]?.text ?? "")) return undefined;
  const before = mentionsIn(ctx, sentence).filter((x) => x.m.te <= at - 1);
  const state = before.find((x) => isStateParty(x.e));
  if (!state) return undefined;
  if (before.some((x) => x.m.ts > state.m.ts && x.e !== state.e && PRONOUN_RIVALS.has(x.e.type))) return undefined;
  return state.e;
}

/** Whether a state has the post: no president in a monarchy, no prime minister in a presidential state. */
function titleFits(state: LocalEntity, title: string): boolean {
  // A bloc has commissioners and presidents, no ministers, premiers or monarchs.
  if (state.type !== "Country" && NOT_US_TITLE.test(title)) return false;
  const code = state.attributes.code ?? "";
  if (/^president$/i.test(title) && NO_PRESIDENT_STATES.has(code)) return false;
  // "Energy Secretary" is no post of a state whose portfolios are headed by ministers.
  if (MINISTER_ONLY_STATES.has(code) && secretaryPortfolio(title) !== undefined) return false;
  return !(GOVERNMENT_HEAD.test(title) && NO_PRIME_MINISTER_STATES.has(code));
}

/**
 * Titles the United States government does not use: a minister, a premier, a prime minister or a
 * monarch named with no state is another country's.
 */
const NOT_US_TITLE = /\b(minister|premier|pm|chancellor|king|queen|emperor|crown prince)\b/i;

/** Portfolios of the United States' secretaries, and words before "secretary" that name none. */
const US_SECRETARY_WORDS =
  /^(?:state|treasury|defense|war|commerce|energy|agriculture|interior|labor|transportation|health|housing|education|veterans|homeland|army|navy|air|press|cabinet|deputy|assistant|under|principal|executive|general|the|first|former|acting)$/;

/**
 * "Secretary of Economy", "Foreign Secretary", "Permanent Secretary": a secretary of a portfolio
 * the United States government has no department for is another state's.
 */
function notUsSecretary(title: string): boolean {
  const lower = title.toLowerCase();
  const portfolio = /\bsecretary of (?:the )?([a-z]+)/.exec(lower)?.[1] ?? /\b([a-z]+) secretary\b/.exec(lower)?.[1];
  return portfolio !== undefined && !US_SECRETARY_WORDS.test(portfolio);
}

/**
 * The state of a state title when the text marks none: the document's main country. When that is
 * the United States and the title is one it does not use, the other country of the story; when it
 * is another country but the text also names the United States, a title both could use
 * ("President X", "Trade Representative X") is left unplaced rather than guessed.
 */
function stateByDefault(ctx: RuleContext, title: string): LocalEntity | undefined {
  const found = mainCountry(ctx);
  // A post the main state does not have ("Prime Minister" in a story led by China): another's.
  const main = found && titleFits(found, title) ? found : undefined;
  // "Energy Secretary X" in a story led by Korea, told with the United States: the story's other
  // state when only it has the post.
  if (found && !main) return otherStateWithPost(ctx, found, title);
  const us = countryEntity(ctx, "US");
  const notUs = NOT_US_TITLE.test(title) || notUsSecretary(title);
  if (main && main !== us) return notUs || !us ? main : undefined;
  // No main state: of the story's two states, the one that alone has the post ("Energy Secretary
  // X" in a story of Korea and the United States); heads of state are headOfStateRule's, posts
  // only the United States has positionRule's.
  if (!main && !HEAD_TITLE.test(title) && !US_ONLY_TITLE.test(title)) {
    const pair = mainCountryPair(ctx);
    const fits = pair?.filter((c) => c.type === "Country" && titleFits(c, title) && (c !== us || !notUs));
    if (fits?.length === 1) return fits[0];
  }
  if (!notUs) return main;
  // A minister in a story led by one state other than the United States ("Zimbabwe will ban …
  // Mines Minister X"): that state, when named half as often again as any other but the US.
  if (!main) {
    const others = ctx.resolution.entities
      .filter((e) => e.type === "Country" && e !== us && e.mentions.length > 0)
      .sort((a, b) => b.mentions.length - a.mentions.length);
    const [lead, next] = others;
    if (lead && (!next || lead.mentions.length >= 1.5 * next.mentions.length) && lead.mentions.length >= 3)
      return titleFits(lead, title) ? lead : undefined;
  }
  const pair = mainCountryPair(ctx);
  // "Trade Minister X" in a story led by the United States that names one other state.
  if (!pair && us && main === us) return onlyOtherStateWithPost(ctx, us, title);
  if (!pair || !us || !pair.includes(us)) return undefined;
  const other = pair[0] === us ? pair[1] : pair[0];
  return other.type === "Country" ? other : undefined;
}

/**
 * "Trade Minister X" in a story led by the United States (which has no ministers): the state's
 * post when the document names one other state only.
 */
function onlyOtherStateWithPost(ctx: RuleContext, main: LocalEntity, title: string): LocalEntity | undefined {
  const others = ctx.resolution.entities.filter((e) => e.type === "Country" && e !== main && e.mentions.length > 0);
  return others.length === 1 && titleFits(others[0]!, title) ? others[0] : undefined;
}

/** The state paired with `main` in the story, when the post `title` fits it and not `main`. */
function otherStateWithPost(ctx: RuleContext, main: LocalEntity, title: string): LocalEntity | undefined {
  const pair = mainCountryPair(ctx);
  if (!pair?.includes(main)) return undefined;
  const other = pair[0] === main ? pair[1] : pair[0];
  return other.type === "Country" && titleFits(other, title) ? other : undefined;
}

/**
 * Run by positionRule after its own pass (one registry entry for both):
 * "X, the finance minister, said", "X, US Secretary of Commerce, said", "X, Japan's chief trade
 * negotiator", "X, the director general of minerals at Indonesia's Ministry of Energy": a title
 * in apposition after the name. The body named at the end of it holds the post, else the country
 * of the apposition (possessive, demonym or name), else the state from context.
 */
export const positionAfterNameRule: Rule = {
  id: "position-title-after-name",
  predicates: ["HOLDS_POSITION"],
  description: "A title in apposition after a person's name gives the post, in the body or state it names.",
  example: "X, Japan's chief trade negotiator, said → X holds chief trade negotiator of Japan.",
  apply(ctx) {
    const done = new Set<string>(ctx.relations.filter((r) => r.predicate === "HOLDS_POSITION").map((r) => r.source));
    // Only sentences where a person's name is followed by a comma.
    const sentences = new Set<number>();
    for (const e of ctx.resolution.entities) {
      if (e.type !== "Person" || done.has(e.id)) continue;
      for (const m of e.mentions) if (ctx.tokens[m.te]?.text === ",") sentences.add(m.sentence);
    }
    for (const i of [...sentences].sort((a, b) => a - b)) {
      const s = ctx.sentences[i]!;
      const ms = mentionsIn(ctx, s.i);
      for (const p of ms) {
        if (p.e.type !== "Person" || done.has(p.e.id) || ctx.tokens[p.m.te]?.text !== ",") continue;
        // The apposition: up to the next comma, "said" or the sentence's end, at most 14 tokens; a
        // name it reaches is read whole ("at Indonesia's Ministry of Energy and Mineral Resources").
        let end = p.m.te + 1;
        while (
          end < s.tokenEnd &&
          end - p.m.te <= 14 &&
          !/^[,;:.!?(—–"“”]$/.test(ctx.tokens[end]!.text) &&
          !/^(said|says|told|who|which)$/.test(ctx.tokens[end]!.text) &&
          // "and" joins another person ("the minister and Y"), not a portfolio ("of mineral and coal").
          !(
            ctx.tokens[end]!.text === "and" &&
            !/^[\p{Ll}]/u.test(ctx.tokens[end + 1]?.text ?? "") &&
            // "X, president and CEO of Acme": a second post of the same person.
            !FIRM_POST_WORD.test(ctx.tokens[end + 1]?.text ?? "") &&
            // "X, Minister of Finance and Economic Affairs, Iceland": a portfolio's capitalised words.
            !portfolioGoesOn(ctx, ms, p.m.te + 1, end)
          )
        ) {
          const name = ms.find((x) => x.m.ts === end && x.m.te - x.m.ts > 1);
          end = name && name.m.te <= s.tokenEnd ? name.m.te : end + 1;
        }
        const inside = ms.filter((x) => x.m.ts > p.m.te && x.m.te <= end);
        // "A, Minister of Trade B, and C": the next of a list of titled people, not A's post.
        if (inside.some((x) => x.e.type === "Person" && x.m.titleStart !== undefined)) continue;
        // "a former U.S. trade negotiator": a country written without a possessive is read apart.
        // "- X, Minister of Trade and Industry, Norway;": a list line's state closes it, after the post.
        const country = inside.find((x) => x.e.type === "Country") ?? stateClosingLine(ctx, ms, s, end);
        // "a former EU commissioner": a bloc acting as a state is read apart the same way.
        const side = country ?? inside.find((x) => isStateParty(x.e));
        // "director-general": a hyphen read as a token of its own joins its words again.
        // "Deputy Prime Minister - Ministry of Foreign Affairs": a dash before a body links the post to it.
        const dashed = inside.find((x) => POST_BODY_TYPES.has(x.e.type) && isHyphen(ctx.tokens[x.m.ts - 1]));
        const spanWords = (a: number, b: number) =>
          dashed && dashed.m.ts - 1 >= a && dashed.m.ts - 1 < b
            ? `${wordsBetween(ctx, a, dashed.m.ts - 1)} at ${wordsBetween(ctx, dashed.m.ts, b)}`.trim()
            : wordsBetween(ctx, a, b);
        const words = (
          side && !isPossessiveMark(ctx.tokens[side.m.te]?.text) && side.m.te <= end
            ? `${spanWords(p.m.te + 1, side.m.ts)} ${spanWords(side.m.te, end)}`.trim()
            : spanWords(p.m.te + 1, end)
        ).replace(/(?<=[\p{L}]) - (?=[\p{L}])/gu, "-");
        const match = APPOSED_TITLE.exec(words);
        if (!match) continue;
        // "X, met with the president of Y": a verb or a preposition before the head is a clause, not a post.
        const lead = match[1]!.split(" ");
        const headAtWord = lead.findIndex((w) => APPOSED_HEAD.test(w) || APPOSED_HEAD.test(w.split("-")[0]!));
        if (lead.slice(0, headAtWord).some((w) => TITLE_RUN_STOP.test(w))) continue;
        // "X, a former trade negotiator": the post is named as past.
        const past = /^(?:the |a |an )?(?:former|ex-) /.test(words) ? "former " : "";
        const title = past + match[1]!.replace(/\s+(?:of|at|for)(?: the)?$/, "");
        // A post at the head of a firm written just before it ("the chairman of Acme") is leadershipRule's.
        const firm = inside.find((x) => POST_BODY_TYPES.has(x.e.type));
        if (firm && titleAfter(ctx, p.m.te, firm.m.ts)) continue;
        // The body: after the title ("director general at Indonesia's Ministry of Energy"), or
        // before its head when it is a body of its own ("European Commission President"), not a
        // portfolio ("U.S. Treasury Secretary": the post is the state's).
        const headAt = titleHeadIndex(ctx, p.m.te + 1, end);
        const body = inside.find(
          (x) =>
            POST_BODY_TYPES.has(x.e.type) &&
            x.m.ts > p.m.te &&
            (x.m.ts > headAt || OWN_BODY.test(x.e.name.split(" ").at(-1) ?? "")),
        );
        // "X, the director of the Y Council" heads the body; "the director of the Asia programme at
        // Y" heads a unit of it, a staff post (affiliationRule's). Round 16b: a unit's director at a
        // state's body ("director of national policy at the presidential office") holds a post of
        // the body itself: the civil service has no affiliation.
        if (
          body &&
          body.e.type !== "Agency" &&
          /^(?:[a-z-]+ )*director(?: (?:of|for) .*)?$/.test(title) &&
          !/^(?:the |an? |its )?(?:[a-z-]+ )?director (?:of|at)(?: the)?(?: (?!at$|of$|in$|for$)[a-z-]+){0,2}$/.test(
            wordsBetween(ctx, p.m.te + 1, body.m.ts),
          )
        )
          continue;
        // "X, Prabowo's spokesperson": the state of the official whose staff X is.
        const principal = inside.find(
          (x) => x.e.type === "Person" && x.m.ts === p.m.te + 1 && isPossessiveMark(ctx.tokens[x.m.te]?.text),
        );
        // "X, the company's managing director": the firm the text is speaking of.
        const firmWord = /^(?:the |its )?(?:company|firm|group|miner|producer) ?['’]s? /.test(words);
        const target =
          body?.e ??
          country?.e ??
          (principal && STATE_TITLE.test(title) ? placedState(ctx, principal.e) : undefined) ??
          (firmWord ? firmInContext(ctx, s.i, p.m.ts) : undefined) ??
          (STATE_TITLE.test(title) ? stateOf(ctx, p.e, { sentence: s.i, ts: p.m.ts }, title) : undefined);
        if (!target || target === p.e) continue;
        // "X, Deputy Prime Minister - Ministry of Foreign Affairs, Liechtenstein": a ministry named
        // only on the line that closes with its state is that state's (not the story's main one).
        if (
          body?.e.type === "Agency" &&
          country &&
          !inside.includes(country) &&
          body.e.mentions.every((x) => x.sentence === s.i) &&
          country.e.attributes.code
        )
          body.e.attributes.country = country.e.attributes.code;
        // "X, president of A and vice president of B": a second post, in the body after "and".
        const second =
          body && inside.find((x) => POST_BODY_TYPES.has(x.e.type) && x.m.ts > body.m.te && x.e !== body.e);
        const post2 = second && SECOND_POST.exec(wordsBetween(ctx, body!.m.te, second.m.ts));
        const first = post2 ? title.replace(/ and [^,]*$/, "").replace(/ of .*$/, "") : title;
        emitRelation(ctx, p.e, "HOLDS_POSITION", target, s.i, this.id, { title: first });
        done.add(p.e.id);
        if (second && post2) emitRelation(ctx, p.e, "HOLDS_POSITION", second.e, s.i, this.id, { title: post2[1]! });
      }
    }
  },
};

/**
 * Whether the "and" at `at` joins two capitalised words of one portfolio ("Minister of Finance and
 * Economic Affairs"): an "of" or "for" after a title head before it, a capitalised word after it
 * that opens no mention, and only capitalised words (or joins) between.
 */
function portfolioGoesOn(ctx: RuleContext, ms: ReturnType<typeof mentionsIn>, from: number, at: number): boolean {
  const next = ctx.tokens[at + 1]?.text ?? "";
  if (!/^[\p{Lu}][\p{Ll}]/u.test(next) || ms.some((x) => x.m.ts === at + 1)) return false;
  const words = ctx.tokens.slice(from, at).map((t) => t.text);
  const of = words.findIndex((w) => w === "of" || w === "for");
  if (of < 1 || !words.slice(0, of).some((w) => APPOSED_HEAD.test(w.toLowerCase()))) return false;
  return words.slice(of + 1).every((w) => /^[\p{Lu}]/u.test(w) || w === "and" || w === "&");
}

/** "and vice president of", "and a director at": a second post joined to the first, up to its body. */
const SECOND_POST =
  /^and (?:the |a |an )?((?:[a-z-]+ ){0,2}?(?:vice[- ])?(?:president|chairman|chairwoman|chair|director|chief executive(?: officer)?|ceo|managing director|board member|member of the board|partner|head|founder|co-founder|chief [a-z]+ officer)) (?:of|at)(?: the)?$/;

/** Verbs of saying after the state that ends a person's apposition ("X, Minister of Trade, Norway, said"). */
const SAID_AFTER = /^(?:said|says|told|added|stated|noted)$/;

/** A capitalised word of a title, or a lower-case word joining one ("of", "and", "for"). */
const TITLE_PART_WORD = /^(?:\p{Lu}[\p{L}'’.-]*|of|and|for|the|&|-)$/u;

/**
 * "- X, Minister of Trade and Industry, Norway;", "X, Vice President, Federal Councillor, Switzerland.":
 * the country that closes a person's list line (or sentence) after the post and, at most, two more
 * capitalised parts of it, each between commas; undefined when anything else stands between.
 */
function stateClosingLine(
  ctx: RuleContext,
  ms: ReturnType<typeof mentionsIn>,
  s: RuleContext["sentences"][number],
  end: number,
): ReturnType<typeof mentionsIn>[number] | undefined {
  const { tokens } = ctx;
  let k = end;
  for (let parts = 0; parts <= 2 && tokens[k]?.text === "," && k < s.tokenEnd; parts++) {
    const state = ms.find((x) => x.m.ts === k + 1);
    if (state) {
      if (state.e.type !== "Country" || state.m.demonym || isPossessiveMark(tokens[state.m.te]?.text)) return undefined;
      // The line ends after the state, or its sentence goes on with a verb of saying; "…, Norway,
      // and" ends a list line, "…, Norway, and Japan" goes on to another item.
      const next = tokens[state.m.te]?.text;
      const closes =
        state.m.te >= s.tokenEnd ||
        next === ";" ||
        next === "." ||
        (next === "," &&
          (state.m.te + 1 >= s.tokenEnd ||
            (tokens[state.m.te + 1]?.text === "and" && state.m.te + 2 >= s.tokenEnd) ||
            SAID_AFTER.test(tokens[state.m.te + 1]?.text ?? "")));
      return closes ? state : undefined;
    }
    // Another part of the title: capitalised words between two commas, no mention in them.
    let j = k + 1;
    while (j < s.tokenEnd && j - k <= 6 && TITLE_PART_WORD.test(tokens[j]!.text) && tokens[j]!.text !== ",") j++;
    if (j === k + 1 || tokens[j]?.text !== "," || ms.some((x) => x.m.ts > k && x.m.ts < j)) return undefined;
    k = j;
  }
  return undefined;
}

/** A firm's post in capitals that may follow "and" inside one person's title ("president and CEO of"). */
const FIRM_POST_WORD = /^(?:CEO|CFO|COO|CTO|Chief|Managing|Chairman|Chairwoman|Founder|Co-founder)$/;

/** Head words of a post written in lower case before a name ("trade minister X", "chief executive X"). */
const LOWER_TITLE_HEAD =
  /^(?:general|chief|minister|secretary|spokes(?:man|woman|person)|diplomat|negotiator|envoy|ambassador|president|premier|chancellor|governor|commissioner|executive|ceo|chairman|chairwoman|founder|representative|leader)$/;

/** Lower-case words that end a title's run backwards: articles, verbs of speech, prepositions. */
const TITLE_RUN_STOP =
  /^(?:the|a|an|and|or|but|of|by|with|to|for|from|in|on|at|as|that|who|which|said|says|told|added|according|while|when|after|before|its|his|her|their|our|led|headed|met|between|among|including|both)$/;

/** Leadership heads of a firm: with no body named, the firm the sentence names. */
const FIRM_HEAD = /^(?:executive|ceo|chairman|chairwoman|founder)$/;

/**
 * Run by positionRule after its other passes: "Swiss trade diplomat X", "Russian presidential
 * spokesman Y", "Resources minister Z", "said chief executive W": a post in lower case (or opening
 * the sentence) right before the name. The country is the demonym or possessive before the post,
 * else the state from context; a firm's post with no firm before it goes to the one firm the
 * sentence names.
 */
export const lowerTitleRule: Rule = {
  id: "position-lower-case-title",
  predicates: ["HOLDS_POSITION"],
  description: "A post written in lower case before a person's name, in the country written before it.",
  example: "Swiss trade diplomat X said → X holds trade diplomat of Switzerland.",
  apply(ctx) {
    const done = new Set<string>(ctx.relations.filter((r) => r.predicate === "HOLDS_POSITION").map((r) => r.source));
    const { tokens } = ctx;
    for (const p of ctx.resolution.entities) {
      if (p.type !== "Person" || done.has(p.id)) continue;
      for (const m of p.mentions) {
        // "Chile's finance minister, Mario Soto, said": the post before a name set off by commas.
        // "Canadian Minister for US-Canada Trade, X, held talks": a capitalised post with its portfolio.
        const envoy = apposedEnvoyPost(ctx, m);
        const capital = Math.max(apposedCapitalPost(ctx, m), envoy);
        const apposed = capital >= 0 || apposedAfterPost(ctx, m);
        const at = apposed ? m.ts - 1 : m.ts;
        // "Chile's minister delegate for foreign trade, X": an apposed post's head before its portfolio.
        const headAt = capital >= 0 ? capital : apposed ? portfolioHead(ctx, at) : at - 1;
        const head = tokens[headAt];
        // "vice-premier", "deputy-minister": the head is the last part of a hyphenated post.
        const headLower = head?.text.toLowerCase().replace(/^(?:vice|deputy|prime)-/, "") ?? "";
        if (!head || head.sentence !== tokens[m.ts]!.sentence || !LOWER_TITLE_HEAD.test(headLower)) continue;
        // A capitalised head is the title pass's ("Trade Minister X"), unless it opens the sentence.
        if (capital < 0 && head.text !== head.text.toLowerCase() && !head.first && !/^C[EO]O$/.test(head.text))
          continue;
        let start = headAt;
        while (start - 1 >= 0 && headAt + 1 - start < 5) {
          const t = tokens[start - 1]!;
          if (t.sentence !== head.sentence || !/^[\p{L}][\p{L}-]*$/u.test(t.text)) break;
          const lower = t.text.toLowerCase();
          if (TITLE_RUN_STOP.test(lower) || (t.text !== lower && !TITLE_MODIFIERS.has(t.text) && !t.first)) break;
          // "Swiss trade diplomat", "EU negotiator": a name ends the run; it is the holder, not the title.
          // A good's word stays in the post ("petroleum minister", "steel envoy").
          const named = mentionsIn(ctx, m.sentence).some(
            (x) => x.m.ts <= start - 1 && x.m.te >= start && x.e.type !== "Product" && x.e.type !== "Mineral",
          );
          if (named) break;
          start--;
        }
        // "ambassador to Japan": the host state keeps its capital.
        const title = (
          envoy >= 0 ? ctx.text.slice(tokens[start]!.start, tokens[at - 1]!.end) : wordsBetween(ctx, start, at)
        )
          .replace(/\bc([eo])o\b/g, "C$1O")
          .replace(/(?<=[\p{L}]) - (?=[\p{L}])/gu, "-");
        const headWord = headLower;
        // "chief executive" and "top executive", not "executive" alone.
        if (headWord === "executive" && !/\b(chief|top)\s+executive$/i.test(title)) continue;
        // "director general", "secretary general": "general" heads a post only after those.
        if (headWord === "general" && !/\b(?:director|secretary)[ -]general$/i.test(title)) continue;
        const ms = mentionsIn(ctx, m.sentence);
        const before = ms.filter((x) => x.m.te <= start && start - x.m.te <= 1).at(-1);
        // "Commission spokesperson X" with the body unrecognised: its post is not the state's; the
        // document's one body of that head word holds it ("the European Commission").
        const bodyAt = isBodyHead(tokens[start]!.text) && tokens[start]!.first ? start : start - 1;
        const bodyWord = tokens[bodyAt];
        let target: LocalEntity | undefined;
        // "commission spokesman X": a body's head word in lower case opening the post names the
        // document's one body of that head ("the European Commission"), not the state of the context.
        const lowerHead = tokens[start]!.text.replace(/^[\p{Ll}]/u, (c) => c.toUpperCase());
        const lowerBody =
          !before && start < headAt && /^[\p{Ll}]/u.test(tokens[start]!.text) && isBodyHead(lowerHead)
            ? bodyByHead(ctx, lowerHead)
            : undefined;
        if (lowerBody) {
          emitRelation(ctx, p, "HOLDS_POSITION", lowerBody, m.sentence, this.id, {
            title: wordsBetween(ctx, start + 1, at),
          });
          done.add(p.id);
          break;
        }
        if (!before && bodyWord?.sentence === m.sentence && isBodyHead(bodyWord.text)) {
          const body = bodyByHead(ctx, bodyWord.text);
          if (!body || bodyAt !== start) continue;
          emitRelation(ctx, p, "HOLDS_POSITION", body, m.sentence, this.id, {
            title: wordsBetween(ctx, start + 1, at),
          });
          done.add(p.id);
          break;
        }
        // "EU foreign policy chief X": a bloc acting as a state holds its officials' posts too.
        const stateBefore =
          (before?.e.type === "Country" || (headWord === "chief" && before && isStateParty(before.e))) &&
          wordsBetween(ctx, before!.m.te, start).replace(/^['’]s?$/, "") === "";
        // "the ministry's trade chief Y": a post in a body named with its possessive just before.
        // "Acme's country chief Y": a firm's or an organisation's chief, in it.
        const bodyOwner =
          (before?.e.type === "Agency" ||
            (headWord === "chief" && (before?.e.type === "Company" || before?.e.type === "Organization"))) &&
          before.m.te === start - 1 &&
          isPossessiveMark(tokens[start - 1]!.text);
        // "trade chief X", "mining chief Y": "chief" alone heads a post only after the state's name.
        if (headWord === "chief" && !stateBefore && !bodyOwner) continue;
        // "Chinese leader X", "China's leader X"; not "opposition leader X", "party leader X".
        if (headWord === "leader" && (!stateBefore || title !== "leader")) continue;
        if (stateBefore) {
          target = before!.e;
        } else if (bodyOwner && !headWord.startsWith("spokes")) {
          // "the trade ministry's director general, X": a post in the body itself.
          target = before.e;
        } else if (before?.e.type === "Agency" && before.m.te === start && STATE_TITLE.test(title)) {
          // "Foreign Ministry spokesperson X": the ministry's state, else the state from context.
          const code = before.e.attributes.country;
          target =
            (code ? countryEntity(ctx, code) : undefined) ??
            stateOf(ctx, p, { sentence: m.sentence, ts: start }, title);
        } else if (!before && /^its$/i.test(tokens[start - 1]?.text ?? "") && ITS_POSTS.test(title)) {
          // Round 15: "Its president, X," / "its chief executive X": the firm or organisation the
          // sentence before opens with (its subject), or the one the sentence names before the post.
          target = ownerOfIts(ctx, m.sentence, start);
          if (!target) continue;
        } else if (before && before.e.type !== "Person") {
          continue; // "<body> chief executive X": leadershipRule's.
        } else if (FIRM_HEAD.test(headWord) || /\bchief executive$/i.test(title)) {
          // "Rio Tinto's chief executive X" with the owner unrecognised: no guess.
          if (isPossessiveMark(tokens[start - 1]?.text)) continue;
          target = firmInContext(ctx, m.sentence, m.ts);
        } else {
          target = stateOf(ctx, p, { sentence: m.sentence, ts: start }, title);
        }
        if (!target) continue;
        emitRelation(ctx, p, "HOLDS_POSITION", target, m.sentence, this.id, { title });
        // Later rules read titles in their capitalised form ("Prime Minister": a head of government).
        p.titles.add(title.replace(/\b[\p{Ll}]/gu, (c) => c.toUpperCase()));
        done.add(p.id);
        break;
      }
    }
  },
};

/** Posts "its" gives to a firm or organisation: "its president", "its chief executive", "its founder". */
const ITS_POSTS =
  /^(?:(?:vice[ -])?president|chairman|chairwoman|chair|founder|co-founder|chief executive|ceo|director[ -]general|executive director|managing director|secretary[ -]general)$/i;

/**
 * The owner "its" points to from a post at `start`: the one firm or organisation named before the
 * post in its sentence, else the firm or organisation the previous sentence opens with.
 */
function ownerOfIts(ctx: RuleContext, sentence: number, start: number): LocalEntity | undefined {
  const owners = new Set(["Company", "Organization"]);
  const here = [
    ...new Set(
      mentionsIn(ctx, sentence)
        .filter((x) => x.m.te <= start && owners.has(x.e.type))
        .map((x) => x.e),
    ),
  ];
  if (here.length === 1) return here[0];
  if (here.length > 1 || sentence === 0) return undefined;
  const opening = mentionsIn(ctx, sentence - 1).sort((a, b) => a.m.ts - b.m.ts)[0];
  if (!opening || !owners.has(opening.e.type)) return undefined;
  // The subject: the sentence's first words, only an article or a quotation mark before it.
  const first = ctx.sentences[sentence - 1]!;
  const lead = wordsBetween(ctx, first.tokenStart, opening.m.ts);
  return /^(?:the|“|")?$/i.test(lead) ? opening.e : undefined;
}

/** Words that open a post's portfolio after its head ("minister for foreign trade", "secretary of state for"). */
const PORTFOLIO_LINK: ReadonlySet<string> = new Set(["for", "of"]);

/**
 * The head of a lower-case post that ends at `at` (a comma) with its portfolio ("minister delegate
 * for foreign trade", "minister of state for mines"): the post's word before "for"/"of" (one
 * lower-case word between at most), when only lower-case words follow it, at most seven; else `at - 1`.
 */
function portfolioHead(ctx: RuleContext, at: number): number {
  const { tokens } = ctx;
  for (let k = at - 2; k >= Math.max(0, at - 8); k--) {
    const t = tokens[k + 1]!;
    if (!/^[\p{Ll}][\p{Ll}-]*$/u.test(t.text) || t.sentence !== tokens[at]!.sentence) return at - 1;
    const word = tokens[k]!.text.toLowerCase().replace(/^(?:vice|deputy|prime)-/, "");
    if (!LOWER_TITLE_HEAD.test(word)) continue;
    if (PORTFOLIO_LINK.has(tokens[k + 1]!.text) || PORTFOLIO_LINK.has(tokens[k + 2]?.text ?? "")) return k;
    return at - 1;
  }
  return at - 1;
}

/** Whether a country is named just before token `at` ("Japan's Trade Representative", "Taiwan Trade Representative"). */
function countryJustBefore(ctx: RuleContext, sentence: number, at: number): boolean {
  return mentionsIn(ctx, sentence).some((x) => x.e.type === "Country" && x.m.te <= at && at - x.m.te <= 1);
}

/**
 * "Director of Trade Remedies at Vietnam's Ministry of Industry and Trade, X, said", "The Head of
 * Mineral Policy at Chile's Mining Ministry, Y, said": a capitalised post "at" or "of" a body, a
 * comma, then the name: the post is held in the body.
 */
function titledBodyBeforeName(ctx: RuleContext): void {
  const { tokens } = ctx;
  const done = new Set<string>(ctx.relations.filter((r) => r.predicate === "HOLDS_POSITION").map((r) => r.source));
  for (const p of ctx.resolution.entities) {
    if (p.type !== "Person" || done.has(p.id)) continue;
    for (const m of p.mentions) {
      if (tokens[m.ts - 1]?.text !== ",") continue;
      const ms = mentionsIn(ctx, m.sentence);
      const body = ms.find((x) => x.m.te === m.ts - 1 && POST_BODY_TYPES.has(x.e.type));
      if (!body) continue;
      // Back over a possessive owner ("Vietnam's") to "at" or "of".
      let k = body.m.ts - 1;
      if (isPossessiveMark(tokens[k]?.text)) {
        const owner = ms.find((x) => x.m.te === k);
        if (!owner) continue;
        k = owner.m.ts - 1;
      }
      if (/^the$/i.test(tokens[k]?.text ?? "")) k--;
      if (!/^(?:at|of)$/.test(tokens[k]?.text ?? "")) continue;
      // The post: capitalised words (and "of", "for", "and") back to a title's head word.
      let start = -1;
      for (let j = k - 1; j >= Math.max(0, k - 8) && tokens[j]!.sentence === m.sentence; j--) {
        const w = tokens[j]!.text;
        if (TITLE_HEADS.has(w) || w === "Head") start = j;
        else if (!/^(?:of|for|and|&)$/.test(w) && !/^[\p{Lu}]/u.test(w)) break;
      }
      if (
        start < 0 ||
        (start > 0 &&
          tokens[start - 1]!.sentence === m.sentence &&
          !/^(?:the|The|,|and)$/.test(tokens[start - 1]!.text) &&
          !tokens[start]!.first)
      )
        continue;
      const title = ctx.text.slice(tokens[start]!.start, tokens[k - 1]!.end);
      emitRelation(ctx, p, "HOLDS_POSITION", body.e, m.sentence, "position-title-before-name", { title });
      done.add(p.id);
      break;
    }
  }
}

/** "Ambassador", "envoy": the head of a post held abroad ("Ambassador to Japan"). */
const ENVOY = /^(?:ambassador|envoy)$/i;

/** Whether "ambassador" or "envoy" (any case) is written in tokens [a, b). */
function envoyNear(tokens: RuleContext["tokens"], a: number, b: number): boolean {
  for (let k = Math.max(0, a); k < b && k < tokens.length; k++) {
    const w = tokens[k]!.text;
    if ((w.length === 10 || w.length === 5) && ENVOY.test(w)) return true;
  }
  return false;
}

/**
 * "US Ambassador to Japan X", "China's Ambassador to the United States Y", "X, the EU's envoy to
 * India, said": an ambassador holds a post of the state that sends them and speaks for it; the
 * state after "to" only receives them. With no sender written, nothing is guessed.
 */
function ambassadorPosts(ctx: RuleContext): void {
  const { tokens } = ctx;
  // One native search of the text before anything else: most documents name no envoy.
  if (!/mbassador|nvoy/.test(ctx.text)) return;
  const done = new Set<string>(ctx.relations.filter((r) => r.predicate === "HOLDS_POSITION").map((r) => r.source));
  for (const p of ctx.resolution.entities) {
    if (p.type !== "Person" || done.has(p.id)) continue;
    for (const m of p.mentions) {
      // A cheap trigger first: "ambassador" or "envoy" within a few tokens of the name.
      if (!envoyNear(tokens, m.ts - 7, m.te + 6)) continue;
      const ms = mentionsIn(ctx, m.sentence);
      // Before the name: the receiving state ends right at the name; after the name: a comma opens it.
      const after = tokens[m.te]?.text === ",";
      const host = after
        ? ms.find(
            (x) => x.m.ts > m.te && x.m.ts <= m.te + 8 && isStateParty(x.e) && /^to$/i.test(tokenBefore(ctx, x.m.ts)),
          )
        : ms.find((x) => x.m.te === m.ts && isStateParty(x.e));
      if (!host) continue;
      let k = host.m.ts - 1;
      if (/^the$/i.test(tokens[k]?.text ?? "")) k--;
      if (!/^to$/i.test(tokens[k]?.text ?? "") || !ENVOY.test(tokens[k - 1]?.text ?? "")) continue;
      let head = k - 1;
      // "US Ambassador", "China's chief envoy", "the EU's special envoy": the sender before the post.
      while (head - 1 > (after ? m.te : -1) && /^(?:chief|special|top|deputy)$/i.test(tokens[head - 1]!.text)) head--;
      const possessive = isPossessiveMark(tokens[head - 1]?.text);
      const senderEnd = possessive ? head - 1 : head;
      const sender = ms.find((x) => x.m.te === senderEnd && isStateParty(x.e) && x.e !== host.e);
      if (!sender) continue;
      const title = `${wordsBetween(ctx, head, k + 1).replace(/^[\p{Ll}]/u, (c) => c.toUpperCase())} ${host.e.name}`;
      emitRelation(ctx, p, "HOLDS_POSITION", sender.e, m.sentence, "position-title-before-name", { title });
      emitRelation(ctx, p, "REPRESENTS", sender.e, m.sentence, "position-title-before-name");
      done.add(p.id);
      break;
    }
  }
}

/** The text of the token before index `i`, or "". */
function tokenBefore(ctx: RuleContext, i: number): string {
  const t = ctx.tokens[i - 1];
  if (t?.text.toLowerCase() === "the") return ctx.tokens[i - 2]?.text ?? "";
  return t?.text ?? "";
}

/** "Commission", "Ministry", "Council": the head word of a body of state or an organisation's name. */
function isBodyHead(word: string): boolean {
  const type = NAME_HEADS[word];
  return type === "Agency" || type === "Organization";
}

/** The document's one body (agency or organisation) whose name of several words ends with `head`. */
function bodyByHead(ctx: RuleContext, head: string): LocalEntity | undefined {
  const bodies = ctx.resolution.entities.filter(
    (e) => (e.type === "Agency" || e.type === "Organization") && e.name.includes(" ") && e.name.endsWith(` ${head}`),
  );
  return bodies.length === 1 ? bodies[0] : undefined;
}

/**
 * "the finance minister, Mario Soto, said": the mention is set off by commas right after a word
 * (a post's head), and the comma after it closes the apposition.
 */
function apposedAfterPost(ctx: RuleContext, m: { ts: number; te: number; sentence: number }): boolean {
  const { tokens } = ctx;
  return (
    tokens[m.ts - 1]?.text === "," &&
    tokens[m.te]?.text === "," &&
    tokens[m.te]!.sentence === m.sentence &&
    /^[\p{Ll}]/u.test(tokens[m.ts - 2]?.text ?? "")
  );
}

/**
 * "Canadian Minister for US-Canada Trade, X, held …": a capitalised head of a post of state
 * ("Minister", "Secretary") opening a portfolio ("for", "of") before a name set off by commas, only
 * portfolio words (capitalised, hyphens, "and") between; the head's index, else -1.
 */
function apposedCapitalPost(ctx: RuleContext, m: { ts: number; te: number; sentence: number }): number {
  const { tokens } = ctx;
  if (tokens[m.ts - 1]?.text !== "," || tokens[m.te]?.text !== "," || tokens[m.te]!.sentence !== m.sentence) return -1;
  for (let k = m.ts - 2; k >= Math.max(0, m.ts - 10); k--) {
    const t = tokens[k]!;
    if (t.sentence !== m.sentence) return -1;
    if (/^(?:Minister|Secretary|Commissioner)$/.test(t.text) && PORTFOLIO_LINK.has(tokens[k + 1]?.text ?? "")) return k;
    if (!/^(?:[\p{Lu}][\p{L}.'’-]*|and|of|for|&|-|–)$/u.test(t.text)) return -1;
  }
  return -1;
}

/**
 * Round 15: "Peru's ambassador to Japan, X, said", "the EU's envoy to China, Y,": a lower-case
 * envoy's post, "to" and the state it is sent to, then a name set off by commas; the head's index,
 * else -1.
 */
function apposedEnvoyPost(ctx: RuleContext, m: { ts: number; te: number; sentence: number }): number {
  const { tokens } = ctx;
  if (tokens[m.ts - 1]?.text !== "," || tokens[m.te]?.text !== "," || tokens[m.te]!.sentence !== m.sentence) return -1;
  const host = mentionsIn(ctx, m.sentence).find((x) => x.m.te === m.ts - 1 && isStateParty(x.e));
  if (!host || tokens[host.m.ts - 1]?.text !== "to") return -1;
  const head = host.m.ts - 2;
  return /^(?:ambassador|envoy|representative)$/.test(tokens[head]?.text ?? "") ? head : -1;
}

/** A head of state's title: "President", "leader", "Party Chair", "General Secretary" (not "Vice President"). */
const HEAD_TITLE = /^(?:president|leader|party chair(?:man)?|general secretary|prime minister|pm)$/i;

/** A head of government's title; the head of state's otherwise. One of each per state. */
const GOVERNMENT_HEAD = /^(?:prime minister|pm)$/i;

/** Words that join two leaders of the two sides in one clause: "a call between X and Y", "X met Y". */
const COUNTERPART_LINK =
  /^(?:and|with|met|meets|met with|will meet|spoke with|spoke to|called|hosted|received|welcomed|['’]s? (?:call|talks|meeting|summit) with)$/;

/**
 * Run by positionRule last: an official with a state title that no earlier pass placed. First the
 * counterpart: "a call between President X and Chinese President Y", "X met Chinese leader Y" —
 * in a story of two states, the other side's. Then, for a head of state ("President X",
 * "leader X"), the one state of the story whose head it can be: not a state whose head the text
 * already names (one president per state), not a monarchy for a president, not a state whose
 * names put the surname first for a name opening with a given name ("President Donald X" in a
 * US–China story), nor the reverse ("President Xi Y" is not the US's).
 */
export const headOfStateRule: Rule = {
  id: "position-head-of-state",
  predicates: ["HOLDS_POSITION"],
  description: "An unplaced state title: the other side of a counterpart, else the one state whose head it can be.",
  example: "a call between President X and Chinese President Y → X holds President of the story's other state.",
  apply(ctx) {
    const done = new Set<string>(ctx.relations.filter((r) => r.predicate === "HOLDS_POSITION").map((r) => r.source));
    const people = ctx.resolution.entities.filter(
      (e) => e.type === "Person" && !done.has(e.id) && [...e.titles].some((t) => !HONORIFIC.test(t)),
    );
    if (people.length === 0) return;
    const sides = storySides(ctx);
    if (!sides) return;
    // Those a measure places first: the one head per state then leaves the other to the other side.
    people.sort(
      (a, b) =>
        Number(!!measureAgainstState(ctx, b, sides, "President")) -
        Number(!!measureAgainstState(ctx, a, sides, "President")),
    );
    for (const p of people) {
      const m = p.mentions.find((x) => x.title && !HONORIFIC.test(x.title));
      if (!m) continue;
      const title = stripNationality(m.title!);
      if (!STATE_TITLE.test(title) && !HEAD_TITLE.test(title)) continue;
      const target =
        counterpartState(ctx, p, sides, title) ?? measureAgainstState(ctx, p, sides, title) ?? headState(ctx, p, title);
      if (!target) continue;
      // "former President X": the post is named as past, and leaves the state's head to another.
      const former = isFormer(ctx)(m);
      emitRelation(ctx, p, "HOLDS_POSITION", target, m.sentence, this.id, {
        title: former ? `former ${title}` : title,
      });
      done.add(p.id);
    }
  },
};

/** The two states a story is about: its coordinated pair, else its two most named states. */
function storySides(ctx: RuleContext): [LocalEntity, LocalEntity] | undefined {
  const pair = mainCountryPair(ctx);
  if (pair) return pair[0].type === "Country" && pair[1].type === "Country" ? pair : undefined;
  const countries = ctx.resolution.entities
    .filter((e) => e.type === "Country" && e.mentions.length > 0)
    .sort((a, b) => b.mentions.length - a.mentions.length);
  return countries.length >= 2 ? [countries[0]!, countries[1]!] : undefined;
}

/** "between X and Chinese President Y", "Y and X", "X met Y": the other side of a placed counterpart. */
function counterpartState(
  ctx: RuleContext,
  p: LocalEntity,
  sides: [LocalEntity, LocalEntity],
  title: string,
): LocalEntity | undefined {
  for (const m of p.mentions) {
    for (const q of mentionsIn(ctx, m.sentence)) {
      if (q.e === p || q.e.type !== "Person") continue;
      const [a, b] = q.m.ts > m.te ? [m.te, q.m.titleStart ?? q.m.ts] : [q.m.te, m.titleStart ?? m.ts];
      if (b < a || b - a > 4 || !COUNTERPART_LINK.test(wordsBetween(ctx, a, b))) continue;
      const theirs = q.m.nationality ? countryEntity(ctx, q.m.nationality) : placedState(ctx, q.e);
      if (!theirs || !sides.includes(theirs)) continue;
      const other = sides[0] === theirs ? sides[1] : sides[0];
      if (countryCode(other) === "US" && NOT_US_TITLE.test(title)) return undefined;
      if (HEAD_TITLE.test(title) && !headCandidate(ctx, p, other, title)) return undefined;
      return other;
    }
  }
  return undefined;
}

/** Verbs of a measure laid on a state ("imposed 50% tariffs on Ruritanian steel"). */
const MEASURE_VERB = /^(?:imposed|imposes|slapped|levied|placed)$/i;

/**
 * "President X imposed (…) on <state B>('s goods)": the head who lays a measure on one
 * side of a two-state story is the other side's (when that side may have him).
 */
function measureAgainstState(
  ctx: RuleContext,
  p: LocalEntity,
  sides: [LocalEntity, LocalEntity],
  title: string,
): LocalEntity | undefined {
  if (!HEAD_TITLE.test(title)) return undefined;
  for (const m of p.mentions) {
    const v = ctx.tokens[m.te];
    if (!v || v.sentence !== m.sentence || !MEASURE_VERB.test(v.text)) continue;
    for (let k = m.te + 1; k < Math.min(ctx.tokens.length, m.te + 8); k++) {
      const t = ctx.tokens[k]!;
      if (t.sentence !== m.sentence || t.text === "," || t.text === ";") break;
      if (t.text !== "on") continue;
      const q = mentionsIn(ctx, m.sentence).find((x) => x.m.ts === k + 1 && sides.includes(x.e));
      if (!q) break;
      const other = sides[0] === q.e ? sides[1] : sides[0];
      return headCandidate(ctx, p, other, title) ? other : undefined;
    }
  }
  return undefined;
}

/** Whether a titled mention names the post as past: "former President X", "the late King Y". */
function isFormer(ctx: RuleContext): (m: { ts: number; titleStart?: number }) => boolean {
  return (m) => /^(?:former|ex|late)$/i.test(ctx.tokens[(m.titleStart ?? m.ts) - 1]?.text ?? "");
}

/**
 * The one state of the story whose head an unplaced "President X" or "leader X" can be: the only
 * state named that may be, else the document's clear main country when the United States (whose
 * president the press names with no country) may not be.
 */
function headState(ctx: RuleContext, p: LocalEntity, title: string): LocalEntity | undefined {
  if (!HEAD_TITLE.test(title)) return undefined;
  const fits = ctx.resolution.entities.filter(
    (c) => c.type === "Country" && c.mentions.length > 0 && headCandidate(ctx, p, c, title),
  );
  if (fits.length === 1) return fits[0];
  const main = mainCountry(ctx);
  const us = fits.find((c) => countryCode(c) === "US");
  // The press names a foreign president with a demonym or a country at least once
  // ("the Ruritanian president", "President X of Y") and the United States' own with none: a
  // "President X" the text never marks, of several states that may have him, is the United States',
  // unless the story's main state (another's) has no head named yet.
  if (us && /^president$/i.test(title) && !p.nationality && !headless(ctx, main, p, title)) return us;
  if (us) return undefined;
  if (main && fits.includes(main)) return main;
  // "President X" in a story of Ruritania that lists other states once in passing ("the tariffs
  // also hit A, B and C"), the United States' head named or the US not named: the one state that
  // may have him and that the story names again.
  const named = fits.filter((c) => c.mentions.length >= 2);
  return named.length === 1 ? named[0] : undefined;
}

/**
 * Whether the story's main state (its clear leader, else its most named), other than the United
 * States, may still have `p` as its head.
 */
function headless(ctx: RuleContext, main: LocalEntity | undefined, p: LocalEntity, title: string): boolean {
  const top =
    main ??
    ctx.resolution.entities
      .filter((e) => e.type === "Country" && e.mentions.length > 0)
      .sort((a, b) => b.mentions.length - a.mentions.length)[0];
  return !!top && countryCode(top) !== "US" && headCandidate(ctx, p, top, title);
}

/** Whether `state` may be the one whose head `p` is, by what the text and the name's shape say. */
function headCandidate(ctx: RuleContext, p: LocalEntity, state: LocalEntity, title: string): boolean {
  const code = countryCode(state);
  if (!titleFits(state, title)) return false;
  const government = GOVERNMENT_HEAD.test(title);
  // One head per state: another person already holds the same head's post there (a former one
  // does not count, and a former head may have had a successor).
  // Whether `p` is named as a former holder: read only once another holder is met (most calls meet none).
  let former: boolean | undefined;
  for (const r of ctx.relations) {
    if (r.predicate !== "HOLDS_POSITION" || r.target !== state.id || r.source === p.id) continue;
    const held = stripNationality(r.attributes?.title ?? "");
    if (!HEAD_TITLE.test(held) || GOVERNMENT_HEAD.test(held) !== government || /\bformer\b/i.test(held)) continue;
    former ??= p.mentions.some(isFormer(ctx));
    if (former) break;
    const holder = ctx.resolution.entities.find((e) => e.id === r.source);
    if (holder && !holder.mentions.some(isFormer(ctx))) return false;
  }
  const words = p.name.split(/\s+/);
  if (words.length < 2) return true;
  const surnameFirst = ASIAN_SURNAMES.has(words[0]!) && !FIRST_NAMES.has(words[1]!);
  const givenFirst = (FIRST_NAMES.has(words[0]!) || WEAK_FIRST_NAMES.has(words[0]!)) && !ASIAN_SURNAMES.has(words[0]!);
  if (surnameFirst && !SURNAME_FIRST_STATES.has(code)) return false;
  if (givenFirst && SURNAME_FIRST_STATES.has(code)) return false;
  return true;
}

/** Verbs that put a person at the head of a body: "X, who heads the Commerce Ministry". */
const HEADS_VERB = /^(?:heads|headed|leads|led|runs|ran|chairs|chaired)$/;

/** Verbs that give a person a post: "X was appointed trade minister", "Y was named chief executive of Z". */
const APPOINTED_VERB = /^(?:appointed|named|elected|nominated|promoted)$/;

/**
 * Run by positionRule after its other passes: "X, who heads the Commerce Ministry, said", "Y was
 * appointed chief executive of Acme", "Z was named Brazil's trade minister": a post given by a verb
 * after the name. The body named after the post holds it, else the country's possessive before it,
 * else the state from context.
 */
export const positionByVerbRule: Rule = {
  id: "position-by-verb",
  predicates: ["HOLDS_POSITION"],
  description: "A post given to a person by a verb after the name (heads, was appointed, was named).",
  example: "X, who heads the Commerce Ministry → X holds head of the Commerce Ministry.",
  apply(ctx) {
    const done = new Set<string>(ctx.relations.filter((r) => r.predicate === "HOLDS_POSITION").map((r) => r.source));
    const { tokens } = ctx;
    for (const p of ctx.resolution.entities) {
      if (p.type !== "Person" || done.has(p.id)) continue;
      for (const m of p.mentions) {
        const sentence = tokens[m.ts]!.sentence;
        const at = (k: number) => (tokens[k]?.sentence === sentence ? tokens[k]!.text.toLowerCase() : "");
        let k = m.te;
        if (at(k) === "," && at(k + 1) === "who") k += 2;
        const ms = mentionsIn(ctx, m.sentence);
        const startsAt = (i: number) => ms.find((x) => x.m.ts === i || (x.m.ts === i + 1 && at(i) === "the"));
        if (HEADS_VERB.test(at(k))) {
          // "who heads Chile's mining ministry": the body after its state's possessive.
          const first = startsAt(k + 1);
          const owned =
            first?.e.type === "Country" && /^['’]s$/.test(tokens[first.m.te]?.text ?? "")
              ? ms.find((x) => x.m.ts === first.m.te + 1)
              : undefined;
          const body = owned ?? first;
          if (body && POST_BODY_TYPES.has(body.e.type)) {
            const title = /^chair/.test(at(k)) ? "chair" : "head";
            emitRelation(ctx, p, "HOLDS_POSITION", body.e, m.sentence, this.id, { title });
            done.add(p.id);
            break;
          }
          continue;
        }
        // "X is the chief executive of Y", "X, who became Chile's trade minister": a copula or
        // "became"/"serves as" gives a post too, when the body or the state is written with it.
        let copula = false;
        while (/^(?:is|was|has|had|been|be|will|later|then|recently|currently|now)$/.test(at(k))) {
          if (/^(?:is|was|been)$/.test(at(k))) copula = true;
          k++;
        }
        const appointed = APPOINTED_VERB.test(at(k));
        const becomes = /^(?:became|becomes|serves|served|serving)$/.test(at(k));
        if (appointed || becomes) k++;
        else if (!copula) continue;
        if (at(k) === "as") k++;
        // "Brazil's trade minister": the country's possessive opens the post.
        const owner = startsAt(k);
        let country: LocalEntity | undefined;
        if (owner?.e.type === "Country" && /^['’]s$/.test(tokens[owner.m.te]?.text ?? "")) {
          country = owner.e;
          k = owner.m.te + 1;
        } else if (/^(?:the|a|an)$/.test(at(k))) k++;
        // The post: up to its last head word ("trade minister" in "trade minister last year").
        const from = k;
        let end = -1;
        for (; k < from + 5 && /^[\p{L}][\p{L}-]*$/u.test(tokens[k]?.text ?? "") && !TITLE_RUN_STOP.test(at(k)); k++) {
          if (ms.some((x) => x.m.ts === k)) break;
          if (LOWER_TITLE_HEAD.test(at(k)) || STATE_TITLE.test(at(k)) || LEADERSHIP_TITLES.has(at(k))) end = k + 1;
        }
        if (end < 0) continue;
        k = end;
        const title = wordsBetween(ctx, from, k);
        if (title === "executive") continue;
        const body = /^(?:of|at)$/.test(at(k)) ? startsAt(k + 1) : undefined;
        const target =
          (body && POST_BODY_TYPES.has(body.e.type) ? body.e : undefined) ??
          (body?.e.type === "Country" ? body.e : undefined) ??
          country ??
          (appointed && STATE_TITLE.test(title)
            ? stateOf(ctx, p, { sentence: m.sentence, ts: m.ts }, title)
            : undefined);
        if (!target) continue;
        emitRelation(ctx, p, "HOLDS_POSITION", target, m.sentence, this.id, { title });
        done.add(p.id);
        break;
      }
    }
  },
};

/**
 * The firm a sentence speaks of, for a post that names none ("said chief executive X", "X, the
 * company's managing director"): the one company the sentence names, else the one company of the
 * document named at least twice and more often than any other.
 */
function firmInContext(ctx: RuleContext, sentence: number, _ts: number): LocalEntity | undefined {
  const firms = [
    ...new Set(
      mentionsIn(ctx, sentence)
        .filter((x) => x.e.type === "Company")
        .map((x) => x.e),
    ),
  ];
  if (firms.length === 1) return firms[0];
  if (firms.length > 1) return undefined;
  const all = ctx.resolution.entities
    .filter((e) => e.type === "Company")
    .sort((a, b) => b.mentions.length - a.mentions.length);
  const [first, second] = all;
  // The document's only firm, or the one it names most (twice at least).
  if (first && !second) return first;
  return first && first.mentions.length >= 2 && first.mentions.length > second!.mentions.length ? first : undefined;
}

/** Title words that name no portfolio ("Vice", "Deputy", "Minister"): the rest names the body's field. */
const NON_PORTFOLIO =
  /^(?:Vice|Deputy|Prime|Chief|Senior|First|Acting|Executive|General|Special|Top|Assistant|Under|Associate|Lead|Head|Former|U\.S\.|US|Federal|Public|Minister|Secretary|Commissioner|and|of|for|the|&)$/;

/**
 * The ministry a title of two portfolio words or more works in, when the document names it
 * ("Energy and Mineral Resources Minister X" and "the Ministry of Energy and Mineral Resources"):
 * the one Agency whose name holds every portfolio word, of the same state when both are known.
 * Titles of one portfolio word ("Treasury Secretary", "Commerce Minister") keep the state.
 */
function portfolioBody(ctx: RuleContext, title: string, state: LocalEntity | undefined): LocalEntity | undefined {
  const stem = (w: string) => w.toLowerCase().replace(/s$/, "");
  const wanted = title
    .split(/\s+/)
    .filter((w) => /^[\p{Lu}]/u.test(w) && !NON_PORTFOLIO.test(w))
    .map(stem);
  if (wanted.length < 2) return undefined;
  const code = state ? countryCode(state) : undefined;
  const bodies = ctx.resolution.entities.filter((e) => {
    if (e.type !== "Agency" || e.mentions.length === 0) return false;
    if (code && e.attributes.country && e.attributes.country !== code) return false;
    const have = new Set(e.name.split(/[\s-]+/).map(stem));
    return wanted.every((w) => have.has(w));
  });
  return bodies.length === 1 ? bodies[0] : undefined;
}

/** Last words of bodies that hold posts themselves ("European Commission President"). */
const OWN_BODY = /^(Commission|Council|Parliament|Bank|Fund|Committee|Agency|Organization|Organisation|Union)$/;

/** Index of the first title head word in [a, b) (lower-cased comparison), or b. */
function titleHeadIndex(ctx: RuleContext, a: number, b: number): number {
  for (let k = a; k < b; k++) {
    const w = ctx.tokens[k]!.text.toLowerCase();
    if (STATE_TITLE.test(w) || LEADERSHIP_TITLES.has(w) || ROLE_NOUNS.has(w)) return k;
  }
  return b;
}

/** The head words of APPOSED_TITLE, to find where a post's modifiers end. */
const APPOSED_HEAD =
  /^(?:(?:vice|deputy)-)?(?:president|premier|prime|minister|secretary|chancellor|governor|ambassador|envoy|spokes(?:person|man|woman)|negotiator|chief|ceo|chairman|chairwoman|chair|director|managing|executive|representative|commissioner|adviser|advisor)$/;

/**
 * The title words of an apposition (lower-cased): an optional article, "former" or a country's
 * possessive or demonym, then the title up to "of"/"at"/"for" or the end.
 */
const APPOSED_TITLE =
  /^(?:the |a |an )?(?:former |then |current )?(?:[a-z.-]+(?: [a-z.-]+)?(?: ['’]s) )?((?:[a-z-]+ ){0,3}?(?:vice-|deputy-)?(?:president|premier|prime minister|minister|secretary|chancellor|governor|ambassador|envoy|spokes(?:person|man|woman)|negotiator|chief executive(?: officer)?|ceo|chairman|chairwoman|chair|director(?:[ -]general)?|secretary[ -]general|(?:managing|executive) director|chief of staff|representative|commissioner|advis[eo]r)(?: (?:of|for) [a-z ,&-]+?)?)(?: (?:at|of|to)(?: .*)?)?$/;

/**
 * "Tata Steel chief executive Jane Roe", "Acme's chairman John Doe", "John Doe, the founder of Acme":
 * a post at the head of a firm or body, in lower case, next to the person's name.
 */
export const leadershipRule: Rule = {
  id: "position-leader-of-organisation",
  predicates: ["HOLDS_POSITION"],
  description: "A lower-case leadership post (chief executive, chairman, founder…) between a body and a person.",
  example: "Acme Corp chief executive Jane Roe → Jane Roe holds chief executive of Acme Corp.",
  apply(ctx) {
    for (const s of ctx.sentences) {
      const ms = mentionsIn(ctx, s.i);
      for (const p of ms) {
        if (p.e.type !== "Person") continue;
        for (const body of ms) {
          if (!POST_BODY_TYPES.has(body.e.type)) continue;
          // Round 16b: "Kenyan Miners Federation (KMF) executive director X": the body's bracketed
          // short form between the body and its post.
          const after = body.m.te <= p.m.ts ? bracketEnd(ctx, body.m.te) : body.m.te;
          const title =
            body.m.te <= p.m.ts
              ? (titleBefore(ctx, after, p.m.ts, body.e.type) ?? postOfBodyApposed(ctx, body.m, p.m))
              : (titleAfter(ctx, p.m.te, body.m.ts) ?? possessiveLeadership(ctx, p.m.te, body.m.ts, body.m.te));
          if (title) emitRelation(ctx, p.e, "HOLDS_POSITION", body.e, s.i, this.id, { title });
        }
      }
    }
  },
};

/**
 * The role written after a body's possessive, up to the end of the phrase: "'s head of global macro
 * research" → "head of global macro research"; null when no role noun opens it (within two words).
 */
function possessiveRole(ctx: RuleContext, te: number): string | null {
  const { tokens } = ctx;
  const sentence = tokens[te - 1]?.sentence;
  // "Acme's chairman", "Norvik Resources' Chairman".
  if (!isPossessiveMark(tokens[te]?.text)) return null;
  const words: string[] = [];
  for (let k = te + 1; k < te + 9 && tokens[k]?.sentence === sentence; k++) {
    // "Codelco's Chairman", "SQM's CEO": a capitalised role word counts too.
    const word = tokens[k]!.text.toLowerCase();
    if (!/^[a-z][a-z-]*$/.test(word) || (tokens[k]!.text !== word && !ROLE_NOUNS.has(word))) break;
    words.push(word);
  }
  const head = words.slice(0, 2).findIndex((w) => ROLE_NOUNS.has(w));
  if (head < 0) return null;
  // Stop before a verb-like word that starts a new clause ("Nomura's analyst said").
  // "and" joins another post ("owner and chairman"), else it ends the role.
  const end = words.findIndex(
    (w, i) =>
      i > head &&
      (/^(said|says|told|added|noted|warned|who|which)$/.test(w) ||
        (w === "and" && !ROLE_NOUNS.has(words[i + 1] ?? ""))),
  );
  return words.slice(0, end < 0 ? words.length : end).join(" ");
}

/** "<body> chief executive <person>", "<body>'s chairman <person>": the title, or null. */
function titleBefore(ctx: RuleContext, a: number, b: number, bodyType = "Company"): string | null {
  if (b - a > 5) return null;
  // Written in lower case: a capitalised title is positionRule's ("European Commission President X").
  if (ctx.tokens.slice(a, b).some((t) => t.text !== t.text.toLowerCase() && !/^C[EFO]O$/.test(t.text))) return null;
  // "Acme's chairman, John Doe", "the regulator ARECOMS' chairman, X": a possessive before, a
  // comma before the name.
  const title = wordsBetween(ctx, a, b)
    .replace(/^['’]s? /, "")
    .replace(/ ,$/, "");
  if (isLeadershipTitle(title)) return title;
  // Round 16b: "Acme Agency acting director X": a public body's or an association's director
  // heads it (a firm's "director" may sit on its board, so firms keep the list above).
  return bodyType !== "Company" && PUBLIC_BODY_DIRECTOR.test(title) ? title : null;
}

/** "director", "acting director", "interim director": the head of an agency or an association. */
const PUBLIC_BODY_DIRECTOR = /^(?:(?:acting|interim) )?director$/;

/** The token after a bracketed short form opening at `at` ("(KMF)"), else `at`. */
function bracketEnd(ctx: RuleContext, at: number): number {
  const { tokens } = ctx;
  if (tokens[at]?.text !== "(") return at;
  for (let k = at + 1; k <= at + 3 && k < tokens.length; k++) if (tokens[k]!.text === ")") return k + 1;
  return at;
}

/**
 * Round 15: "The chief executive of Acme, Jane Roe, said", "the founder of Y, X,": a lower-case
 * leadership post "of" the body, then the person set off by commas; the title, or null.
 */
function postOfBodyApposed(
  ctx: RuleContext,
  body: { ts: number; te: number },
  person: { ts: number; te: number },
): string | null {
  const { tokens } = ctx;
  if (tokens[body.te]?.text !== "," || person.ts !== body.te + 1 || tokens[person.te]?.text !== ",") return null;
  let k = body.ts - 1;
  if (tokens[k]?.text === "the") k--;
  if (tokens[k]?.text !== "of") return null;
  const words: string[] = [];
  for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
    const w = tokens[j]!.text;
    if (!/^[\p{L}][\p{L}-]*$/u.test(w) || /^(?:the|a|an)$/i.test(w)) break;
    words.unshift(w.toLowerCase());
    if (isLeadershipTitle(words.join(" "))) return words.join(" ");
  }
  return null;
}

/** "<person>, <body>'s chief executive", "<person>, <body> CEO, said": the title, or null. */
function possessiveLeadership(ctx: RuleContext, personEnd: number, bodyStart: number, bodyEnd: number): string | null {
  if (bodyStart !== personEnd + 1 || ctx.tokens[personEnd]?.text !== ",") return null;
  const role = possessiveRole(ctx, bodyEnd) ?? apposedRole(ctx, bodyEnd);
  return role !== null && isLeadershipTitle(role) ? role : null;
}

/**
 * "X, Acme Mining CEO, said", "X, Acme chief executive said": a post of one to three words written
 * straight after the body, the apposition closing there (a comma, a verb of speech, the end).
 */
function apposedRole(ctx: RuleContext, te: number): string | null {
  const { tokens } = ctx;
  const sentence = tokens[te - 1]?.sentence;
  for (let k = te + 1; k <= te + 3; k++) {
    const next = tokens[k];
    const closes =
      !next || next.sentence !== sentence || /^[,.;:)—–]$/.test(next.text) || /^(?:said|says|told)$/.test(next.text);
    if (!closes) continue;
    const role = wordsBetween(ctx, te, k);
    return isLeadershipTitle(role) ? role : null;
  }
  return null;
}

/** "<person>, the chief executive of <body>", "<person>, chairman at <body>": the title, or null. */
function titleAfter(ctx: RuleContext, a: number, b: number): string | null {
  if (b < a || b - a > 8) return null;
  const m = /^, (?:the |its )?([a-z -]+?) (?:of|at) (?:the )?$/.exec(`${wordsBetween(ctx, a, b)} `);
  return m && isLeadershipTitle(m[1]!) ? m[1]! : null;
}

function stripNationality(title: string): string {
  return title.replace(/^(U\.S\.|US|U\.K\.|UK)\s+/, "");
}

/** "Chinese negotiator Li Chenggang"; officials at the talks speak for their country. */
export const representsRule: Rule = {
  id: "represents-country",
  predicates: ["REPRESENTS"],
  description: "Negotiators and officials taking part in talks represent their country (heads of state excepted).",
  example: "Chinese negotiator Li Chenggang → Li represents China.",
  apply(ctx) {
    const talks = new Set(
      meetingsOf(ctx)
        .found.filter((f) => f.kind === "talks")
        .map((f) => f.meeting.id),
    );
    const inTalks = new Set(
      ctx.relations.filter((r) => r.predicate === "PARTICIPATED_IN" && talks.has(r.target)).map((r) => r.source),
    );
    for (const p of ctx.resolution.entities) {
      if (p.type !== "Person" || !p.nationality) continue;
      const headOfState = [...p.titles].some((t) => HEAD_OF_STATE_TITLES.has(t.replace(/^(Chinese|US|U\.S\.)\s+/, "")));
      if (headOfState) continue;
      const negotiator = p.roles.has("negotiator") || p.roles.has("official") || p.roles.has("representative");
      if (!negotiator && !inTalks.has(p.id)) continue;
      const target = countryEntity(ctx, p.nationality);
      // "Chile's Ambassador to India X": a person the text names as another state's envoy
      // or official speaks for that state alone, whatever state the name's surroundings suggest.
      const other = ctx.relations.some(
        (r) => r.predicate === "REPRESENTS" && r.source === p.id && r.target !== target?.id,
      );
      if (other) continue;
      if (target) emitRelation(ctx, p, "REPRESENTS", target, p.mentions[0]!.sentence, this.id);
    }
  },
};

/**
 * "Wolfe Research analyst Tobin Marcus", "Sophia Kalantzakos, a professor at New York University",
 * "Emily Benson from Minerva Technology Futures", "H. Rahman is a Jadetimes news reporter".
 */
export const affiliationRule: Rule = {
  id: "affiliation-role-at-organisation",
  predicates: ["AFFILIATED_WITH", "HOLDS_POSITION", "REPRESENTS"],
  description: "A person's role at an organisation, company or outlet, before or after the name.",
  example: "X, a professor at Y University; Y analyst X; X from Y.",
  apply(ctx) {
    const targetTypes = new Set(["Organization", "Company", "Media"]);
    for (const s of ctx.sentences) {
      const ms = mentionsIn(ctx, s.i);
      for (const p of ms) {
        if (p.e.type !== "Person") continue;
        // Before: "<Org> <role> <Person>".
        const role = ctx.tokens[p.m.ts - 1];
        // "EU chief X", "IMF head X": the head of the body holds a post in it.
        if (role && /^(chief|head|leader|boss)$/.test(role.text)) {
          const body = ms.find((x) => POST_BODY_TYPES.has(x.e.type) && x.m.te === p.m.ts - 1);
          if (body) emitRelation(ctx, p.e, "HOLDS_POSITION", body.e, s.i, this.id, { title: role.text });
          if (body) continue;
        }
        // "Harbor Capital's Jane Roe said": a firm's, a body's or an outlet's person, when the text
        // gives them no post anywhere.
        if (role && isPossessiveMark(role.text)) {
          const owner = ms.find((x) => targetTypes.has(x.e.type) && x.m.te === p.m.ts - 1);
          const posted = ctx.relations.some((r) => r.predicate === "HOLDS_POSITION" && r.source === p.e.id);
          if (owner && !posted && !isStateParty(owner.e)) affiliate(ctx, p.e, owner.e, s.i, this.id);
        }
        if (role && ROLE_NOUNS.has(role.text.toLowerCase()) && !LEADERSHIP_TITLES.has(role.text.toLowerCase())) {
          const org = ms.find((x) => targetTypes.has(x.e.type) && x.m.te === p.m.ts - 1);
          if (org) affiliate(ctx, p.e, org.e, s.i, this.id, role.text.toLowerCase());
        }
        // "Acme investors A and B", "X is a major shareholder in Acme": a person who owns part of
        // a firm is affiliated with it (INVESTED_IN is for firms and states).
        const owned = investorOf(ctx, ms, p);
        if (owned) affiliate(ctx, p.e, owned.e, s.i, this.id);
        // After: "<Person>, a/an <role …> at|of <Org>", "<Person> from <Org>", "<Person> is a <Org> <role>".
        const after = ms.filter((x) => targetTypes.has(x.e.type) && x.m.ts > p.m.te && x.m.ts <= p.m.te + 14);
        for (const org of after.slice(0, 1)) {
          const between = wordsBetween(ctx, p.m.te, org.m.ts);
          // "X and the head of Y, Z": a conjunction opens another conjunct, whose role
          // it is (Z's, or someone's the text names later), not X's.
          if (/^(?:, )?(?:and|or|but|while)\b/.test(between)) continue;
          // "… lecturer at Australia’s Edith Cowan University": a possessive country may come between.
          const m =
            /^(?:, |is |was )?(?:an? |the )?(?:former )?([a-z -]*?)\s*(?:at|of|with|for)(?:\s+the)?(?:\s+[\p{L}][\p{L}.]*\s?['’]s)?(?:\s+[\p{Ll}-]+){0,4}(?:\s+the)?\s*$/u.exec(
              between,
            );
          // "Professor X of the University of Y": "the" may open the body's name.
          // "X of consultancy Y", "X from research firm Z": a kind of firm may come between.
          const from =
            /^(?:from|of|at|of the)$/.test(between) ||
            /^(?:from|of|at)(?: the)? (?:consultancy|consulting firm|research firm|law firm|think[ -]tank|investment bank|brokerage|asset manager|hedge fund)$/.test(
              between,
            );
          // "X, who leads the China programme at Y", "X, who teaches economics at Y": a clause of work.
          const works = WORK_CLAUSE.test(between);
          const byline = /^(?:is|was) an? $/.test(`${between} `) && org.e.type === "Media";
          // "was appointed chief executive of": the verb is not part of the role.
          const roleWords = (m?.[1]?.trim() ?? "").replace(
            /^(?:(?:was|is|has been|been) )?(?:appointed|named|elected|made|became|becomes) (?:as )?/,
            "",
          );
          // "X, who is a co-founder and managing director of Y": the title without the
          // relative clause's verb and article.
          const roleTitle = roleWords.replace(
            /^who (?:is|was|has been|had been|remains|became|serves as|served as) (?:(?:also|now|currently|previously) )?(?:(?:an?|the) )?/,
            "",
          );
          // "X, Nomura's head of global macro research": the role after the body's possessive.
          const possessed = between === "," ? possessiveRole(ctx, org.m.te) : null;
          if (possessed !== null) {
            if (!LEADERSHIP_TITLES.has(possessed)) affiliate(ctx, p.e, org.e, s.i, this.id, possessed);
          } else if (LEADERSHIP_TITLES.has(roleWords)) {
            // A post at the head of the body: leadershipRule's HOLDS_POSITION, or named by a verb here.
            if (roleWords !== m?.[1]?.trim()) affiliate(ctx, p.e, org.e, s.i, this.id, roleWords, true);
          } else if (
            m &&
            ROLE_NOUNS.has(roleWords.split(" ").at(-1) ?? "") &&
            // Round 15: "X, who met the chief executive of Y": a relative clause is no role, unless
            // its verb is "be" ("X, who was previously the CEO of Y").
            (!/^(?:who|which|that|whom)\b/.test(roleWords) ||
              /^who (?:is|was|has been|had been|remains|became|serves as|served as)\b/.test(roleWords))
          ) {
            // The role is the head noun just before "at": "an international business lecturer at".
            affiliate(ctx, p.e, org.e, s.i, this.id, roleTitle);
          } else if (((from || works) && !isStateParty(org.e)) || byline) {
            // "X from the EU" is the bloc's official, not its staff.
            affiliate(ctx, p.e, org.e, s.i, this.id);
          }
        }
      }
    }
  },
};

/** Nouns of a person owning part of a firm. */
const OWNER_NOUN = /^(?:investors?|shareholders?|stakeholders?|backers?|owners?)$/i;

/** ", a major shareholder in", "is the largest investor in": an owner's noun phrase before the firm. */
const OWNER_AFTER =
  /^(?:,|is|was|has been|remains)(?: also)? (?:an?|the|one of the) (?:(?:major|key|large|largest|big|biggest|significant|leading|main|early|top|minority|majority) )?(?:investors?|shareholders?|stakeholders?|backers?|owners?) (?:in|of)$/;

/**
 * The firm a person owns part of: named just before an owner's noun before the name ("Acme
 * investors A and B": each person of the list), or after an owner's noun phrase following it ("A
 * is a major shareholder in Acme").
 */
function investorOf(
  ctx: RuleContext,
  ms: { m: { ts: number; te: number }; e: LocalEntity }[],
  p: { m: { ts: number; te: number }; e: LocalEntity },
): { e: LocalEntity } | undefined {
  // Back over a list of names ("investors A, B and C") to the owner's noun.
  let k = p.m.ts - 1;
  for (;;) {
    const word = ctx.tokens[k]?.text ?? "";
    if (!/^(?:,|and)$/.test(word)) break;
    const earlier = ms.find((x) => x.e.type === "Person" && x.m.te === k);
    if (!earlier) break;
    k = earlier.m.ts - 1;
  }
  if (OWNER_NOUN.test(ctx.tokens[k]?.text ?? "")) {
    const firm = ms.find((x) => x.e.type === "Company" && x.m.te === k);
    if (firm) return firm;
  }
  const next = ms.find((x) => x.m.ts > p.m.te && x.m.ts <= p.m.te + 9);
  if (next?.e.type === "Company" && OWNER_AFTER.test(wordsBetween(ctx, p.m.te, next.m.ts))) return next;
  return undefined;
}

/** ", who works at", ", who leads the China programme at", ", who teaches economics at": a clause of work. */
const WORK_CLAUSE =
  /^, who (?:works|worked|leads|led|heads|headed|runs|ran|directs|directed|teaches|taught|researches|studies|writes|covers|advises) (?:[\p{L}-]+ ){0,4}(?:at|for|with)(?: the)?$/u;

/**
 * Posts rather than affiliations: an official, negotiator or spokesperson of a bloc or a firm, or its
 * head, holds a post in it ("EU negotiator X", "Acme spokesperson Y"); an analyst, a professor, a
 * fellow, a vice-president of research or a reporter is affiliated. Staff of an outlet are affiliated
 * whatever their role ("X, the editor of Y").
 */
const POST_ROLES =
  /\b(?:official|negotiator|minister|secretary|envoy|diplomat|representative|spokes(?:person|man|woman)|commissioner|ambassador|president|chairman|chair|head|chief|ceo|cfo|coo|partner)$/;

/**
 * A managing post in the role ("CEO and managing director", "general manager", "chief investment
 * officer", "director of corporate development": a director of a function, not of a programme
 * "at" a body nor a bare "director", who may sit on the board) is held in the body.
 */
const MANAGING_ROLE =
  /\b(?:managing director|general manager|chief(?: [a-z]+){1,2} officer)\b|^director (?:of|for) (?!the\b)[a-z]+(?: [a-z]+)?$/i;

/** Posts whose holder acts for a bloc (not its head: a president or a chief holds it). */
const BLOC_AGENT =
  /\b(?:official|negotiator|envoy|diplomat|representative|spokes(?:person|man|woman)|commissioner|ambassador)$/;

/** AFFILIATED_WITH, or HOLDS_POSITION for a post; nothing when the person already holds a post there. */
export function affiliate(
  ctx: RuleContext,
  p: LocalEntity,
  org: LocalEntity,
  sentence: number,
  rule: string,
  role?: string,
  post = false,
) {
  const held = ctx.relations.some((r) => r.predicate === "HOLDS_POSITION" && r.source === p.id && r.target === org.id);
  if (held) return;
  if (role && org.type !== "Media" && (post || POST_ROLES.test(role) || MANAGING_ROLE.test(role))) {
    emitRelation(ctx, p, "HOLDS_POSITION", org, sentence, rule, { title: role });
    // "EU negotiator X": a bloc's official speaks for it, as a country's does for the country.
    if (isStateParty(org) && BLOC_AGENT.test(role)) emitRelation(ctx, p, "REPRESENTS", org, sentence, rule);
  } else emitRelation(ctx, p, "AFFILIATED_WITH", org, sentence, rule, role ? { title: role } : undefined);
}

/**
 * "By Jane Doe | The Wire": a byline's author works for the outlet that published the document,
 * when the document names it (its source). The outlet is the document's entity of that name, or a
 * new Media entity; the evidence is the author's first mention, else the document's first sentence
 * (the byline itself left the text). An author already affiliated with the outlet by the text
 * ("H. Rahman is a Jadetimes news reporter") keeps that relation alone.
 */
export const bylineRule: Rule = {
  id: "byline-author",
  predicates: ["AFFILIATED_WITH"],
  description: "A byline's author is affiliated with the outlet that published the document, when it is named.",
  example: "By Jane Doe | The Wire → Jane Doe is affiliated with The Wire.",
  apply(ctx) {
    const res = ctx.resolution;
    // Round 17: a source the metadata could not read ("Source: acmewire (The Wire)" of a lower-case
    // site) leaves the dateline's wire ("May 2, 2025 (The Wire) –") to employ the byline's authors.
    const source = ctx.doc.source ?? (ctx.doc.authors.length ? datelineOutlet(res.entities)?.name : undefined);
    if (!source || ctx.sentences.length === 0) return;
    // "Reporting by A in Lima; Editing by B": a wire's credit line names its staff too.
    const credited = creditedNames(ctx);
    for (const name of credited) {
      const key = normalizeName(name);
      if (!res.entities.some((e) => e.type === "Person" && normalizeName(e.name) === key)) {
        res.entities.push(newLocalEntity(`${ctx.doc.id}#P${res.entities.length}`, "Person", name));
      }
    }
    const bylined = new Set([...ctx.doc.authors, ...credited].map(normalizeName));
    if (bylined.size === 0) return;
    const people = res.entities.filter((e) => e.type === "Person" && bylined.has(normalizeName(e.name)));
    if (people.length === 0) return;
    // "Space News (AFP)": the wire credited in brackets employs the byline's authors; "Reuters (via
    // SoCast)" names the outlet first and the site that carried it after.
    const wire = /\(([^()]{2,40})\)\s*$/.exec(source)?.[1]?.trim();
    const outletName = wire && !/^via\b/i.test(wire) ? wire : source.replace(/\s*\(via [^()]*\)\s*$/i, "");
    const key = normalizeName(outletName);
    // "By A and B / STOCKHOLM (AP) —" on a site that republished the wire: the dateline's agency
    // employs the authors, not the site.
    let outlet =
      datelineOutlet(res.entities) ?? res.entities.find((e) => e.type !== "Person" && normalizeName(e.name) === key);
    if (!outlet) {
      outlet = newLocalEntity(`${ctx.doc.id}#O${res.entities.length}`, "Media", outletName);
      res.entities.push(outlet);
    }
    const affiliated = new Set(
      ctx.relations.filter((r) => r.predicate === "AFFILIATED_WITH" && r.target === outlet.id).map((r) => r.source),
    );
    for (const p of people) {
      if (affiliated.has(p.id)) continue;
      emitRelation(ctx, p, "AFFILIATED_WITH", outlet, p.mentions[0]?.sentence ?? 0, this.id);
    }
  },
};

/** The Media entity named in brackets by the dateline of the document's first sentences, if any. */
function datelineOutlet(entities: readonly LocalEntity[]): LocalEntity | undefined {
  return entities.find(
    (e) => e.type === "Media" && e.mentions.some((m) => m.rule === "dateline-outlet" && m.sentence < 3),
  );
}

/** "Reporting by", "Writing by", "Editing by", "Additional reporting by": a wire's credit line. */
const CREDIT = /\b(?:reporting|writing|editing|compiled|additional reporting) by ([^;()]+)/gi;

/**
 * The names of a wire's credit line ("(Reporting by Ana Ruiz and Tom Lee in Lima; Editing by Jo
 * Park)"), looked for in the document's last three sentences only: two to four capitalised words
 * each, a place after "in" dropped.
 */
function creditedNames(ctx: RuleContext): string[] {
  const names: string[] = [];
  for (const s of ctx.sentences.slice(-3)) {
    if (!/\bby\b/i.test(s.text) || !/(?:reporting|writing|editing|compiled) by/i.test(s.text)) continue;
    for (const m of s.text.matchAll(CREDIT)) {
      for (const part of m[1]!.split(/,|\band\b/)) {
        const name = part.replace(/\s+(?:in|at|from)\s.*$/s, "").trim();
        if (/^[\p{Lu}][\p{L}’'.-]+(?: [\p{Lu}][\p{L}’'.-]+){1,3}$/u.test(name)) names.push(name);
      }
    }
  }
  return names;
}

/** Nouns and verbs of negotiating that take the other side after "with". */
const NEGOTIATION_WORDS: ReadonlySet<string> = new Set([
  "negotiations",
  "negotiation",
  "negotiating",
  "negotiated",
  "negotiate",
  "negotiates",
]);

/** Words after "with" that make a demonym the other side: "with Peruvian officials". */
const SIDE_PEOPLE = /^(?:officials|negotiators|counterparts|authorities|delegates|ministers|leaders)$/;

/**
 * "President X steered the negotiations with the EU", "Chile's minister X is negotiating
 * with Peruvian officials": the state of the person (or the state) who negotiates, in the clause
 * before the negotiation word, negotiated with the side after "with".
 */
export const negotiationWithRule: Rule = {
  id: "negotiation-with-side",
  predicates: ["NEGOTIATED_WITH"],
  description: "The side of the clause's person or state negotiated with the side named after 'negotiations with'.",
  example: "Kenyan minister X led negotiations with Japan → Kenya negotiated with Japan.",
  apply(ctx) {
    const { tokens } = ctx;
    for (const si of sentencesWith(ctx, NEGOTIATION_WORDS)) {
      const s = ctx.sentences[si]!;
      const ms = mentionsIn(ctx, si);
      for (let k = s.tokenStart; k + 1 < s.tokenEnd; k++) {
        if (!NEGOTIATION_WORDS.has(tokens[k]!.text.toLowerCase()) || tokens[k + 1]!.text !== "with") continue;
        let at = k + 2;
        if (tokens[at]?.text === "the" || tokens[at]?.text === "its") at++;
        const other = ms.find((x) => x.m.ts === at && isStateParty(x.e));
        // A demonym names the side only before its people ("Peruvian officials").
        if (!other || (other.m.demonym && !SIDE_PEOPLE.test(tokens[other.m.te]?.text ?? ""))) continue;
        // The negotiating side: the last person or state before the word, in the same clause.
        const before = ms.filter((x) => x.m.te <= k && (x.e.type === "Person" || isStateParty(x.e))).at(-1);
        if (!before || /[,;:]|\b(?:while|but|after|before|as|when|which|who)\b/.test(wordsBetween(ctx, before.m.te, k)))
          continue;
        // A person's side: a demonym or possessive state just before the name, else the state they serve.
        const side = before.e.type === "Person" ? placedState(ctx, before.e) : before.e;
        if (!side || side === other.e || !isStateParty(side)) continue;
        emitRelation(ctx, side, "NEGOTIATED_WITH", other.e, si, this.id, {}, 0.7);
      }
    }
  },
};

/** Nouns of talks and of the teams at them: a sentence naming one speaks of the negotiation. */
const TEAM_TALK_WORDS: ReadonlySet<string> = new Set([
  "talks",
  "negotiations",
  "negotiation",
  "delegation",
  "delegations",
  "team",
  "teams",
  "representation",
  "negotiators",
]);

/** Words after a negotiator that add their teammates: "X alongside Y and Z", "X, along with Y". */
const TEAMMATE_CUE = /^(?:alongside|along with|together with|accompanied by|joined by|flanked by)$/;

/** A person's side at talks: the one state or bloc the rules say they represent. */
function representedSides(ctx: RuleContext): Map<string, LocalEntity> {
  const byId = entitiesById(ctx);
  const sides = new Map<string, LocalEntity | null>();
  for (const r of ctx.relations) {
    if (r.predicate !== "REPRESENTS") continue;
    const side = byId.get(r.target);
    if (!side || !isStateParty(side)) continue;
    const had = sides.get(r.source);
    sides.set(r.source, had === undefined || had === side ? side : null);
  }
  const out = new Map<string, LocalEntity>();
  for (const [id, side] of sides) if (side) out.set(id, side);
  return out;
}

/**
 * "A, B and C are representing the United States at the talks, with China's vice-premier D leading
 * China's representation": in a sentence of talks or teams naming officials of two sides, one of
 * them alone, that one negotiated with each of the others. "The US delegation, led by A alongside
 * B and C, …": the teammates of a negotiator negotiated with the one across the table from them.
 * Sides are the states the officials represent; heads of state are left to the leaders' rules.
 */
export const teamNegotiatorsRule: Rule = {
  id: "talks-opposing-officials",
  predicates: ["NEGOTIATED_WITH"],
  description: "Officials of two sides named together at talks, one side by one person, negotiated with each other.",
  example: "A and B represented the US at the talks, with China's C leading its side → C negotiated with A and B.",
  apply(ctx) {
    const sides = representedSides(ctx);
    if (sides.size < 2) return;
    const official = (e: LocalEntity) =>
      e.type === "Person" &&
      sides.has(e.id) &&
      ![...e.titles].some((t) => HEAD_TITLE.test(t.replace(/^(?:Chinese|US|U\.S\.)\s+/, "")));
    const byId = entitiesById(ctx);
    // The states the text has negotiating with each other, both ways.
    const statePairs = new Set<string>();
    for (const r of ctx.relations) {
      const a = byId.get(r.source);
      const b = byId.get(r.target);
      if (r.predicate === "NEGOTIATED_WITH" && a && b && isStateParty(a) && isStateParty(b))
        statePairs.add(`${a.id}|${b.id}`).add(`${b.id}|${a.id}`);
    }
    // The pairs across the table before this rule, for the teammates of each.
    const across: [LocalEntity, LocalEntity][] = [];
    for (const r of ctx.relations) {
      if (r.predicate !== "NEGOTIATED_WITH") continue;
      const a = byId.get(r.source);
      const b = byId.get(r.target);
      if (a && b && official(a) && official(b) && sides.get(a.id) !== sides.get(b.id)) across.push([a, b], [b, a]);
    }
    for (const si of sentencesWith(ctx, TEAM_TALK_WORDS)) {
      const ms = mentionsIn(ctx, si).filter((x) => official(x.e));
      const groups = new Map<LocalEntity, LocalEntity[]>();
      for (const x of ms) {
        const side = sides.get(x.e.id)!;
        const list = groups.get(side) ?? [];
        if (!list.includes(x.e)) list.push(x.e);
        groups.set(side, list);
      }
      // Officials a sentence lists at a meal or a visit with a delegation are no negotiating pair;
      // the talks or a side's representation at them make one.
      const talks = /\b(?:talks|negotiations?|representation|negotiators)\b/i.test(ctx.sentences[si]!.text);
      // Only the two sides the text has negotiating ("talks between Peru and Brazil"), not a
      // third state's national on one side's team.
      const [sa, sb] = [...groups.keys()];
      if (talks && groups.size === 2 && statePairs.has(`${sa!.id}|${sb!.id}`)) {
        const [a, b] = [...groups.values()] as [LocalEntity[], LocalEntity[]];
        if ((a.length === 1 || b.length === 1) && a.length + b.length <= 5)
          for (const x of a) for (const y of b) emitRelation(ctx, x, "NEGOTIATED_WITH", y, si, this.id, {}, 0.6);
      }
      // "A alongside B and C": B and C, of A's side, face whoever A faces.
      for (const x of ms) {
        const cueAt = x.m.te;
        const cue = wordsBetween(ctx, cueAt, cueAt + 2);
        const one = wordsBetween(ctx, cueAt, cueAt + 1);
        const from = TEAMMATE_CUE.test(one) ? cueAt + 1 : TEAMMATE_CUE.test(cue) ? cueAt + 2 : -1;
        if (from < 0) continue;
        const side = sides.get(x.e.id);
        // The list after the cue: names, titles, commas and "and", up to another word.
        const mates = ms.filter(
          (y) =>
            y.m.ts >= from &&
            y.e !== x.e &&
            sides.get(y.e.id) === side &&
            ctx.tokens
              .slice(from, y.m.titleStart ?? y.m.ts)
              .every((t) => /^(?:,|and|the|[\p{Lu}][\p{L}.'’-]*)$/u.test(t.text)),
        );
        for (const [a, b] of across)
          if (a === x.e) for (const y of mates) emitRelation(ctx, y.e, "NEGOTIATED_WITH", b, si, this.id, {}, 0.6);
      }
    }
  },
};

/** The verb of speaking for a state: "represented", "representing", "represents". */
const REPRESENT_VERB: ReadonlySet<string> = new Set(["represent", "represents", "represented", "representing"]);

/** Words between a subject and its verb: auxiliaries and adverbs ("are all representing"). */
const SUBJECT_GAP =
  /^(?:(?:,|is|are|was|were|will|would|has|have|had|been|be|all|also|both|jointly|currently|again|who) ?)*$/;

/**
 * "A and B represented the United States at the talks", "C, representing Kenya, said", "D will
 * represent the EU": the people whose verb is "represent", its object a state or a bloc acting as
 * one. The subject is the person just before the verb and those coordinated with them ("A, B, and
 * C"); a clause between ("A said B represented …") stops it.
 */
export const representVerbRule: Rule = {
  id: "represents-verb",
  predicates: ["REPRESENTS"],
  description: "The subject of 'represent' speaks for the state that is its object.",
  example: "A and B represented the United States at the talks → A and B represent the United States.",
  apply(ctx) {
    const { tokens } = ctx;
    for (const si of sentencesWith(ctx, REPRESENT_VERB)) {
      const s = ctx.sentences[si]!;
      const ms = mentionsIn(ctx, si);
      for (let k = s.tokenStart; k < s.tokenEnd; k++) {
        if (!REPRESENT_VERB.has(tokens[k]!.text.toLowerCase())) continue;
        let at = k + 1;
        if (tokens[at]?.text === "the") at++;
        const state = ms.find((x) => x.m.ts === at && isStateParty(x.e) && !x.m.demonym);
        // "represented 40% of exports", "representing Kenyan farmers": no state spoken for.
        if (!state || isPossessiveMark(tokens[state.m.te]?.text)) continue;
        const people = ms.filter((x) => x.e.type === "Person" && x.m.te <= k);
        let last = people.at(-1);
        if (!last || !SUBJECT_GAP.test(wordsBetween(ctx, last.m.te, k))) continue;
        const subject = [last];
        for (let i = people.length - 2; i >= 0; i--) {
          const gap = wordsBetween(ctx, people[i]!.m.te, last.m.titleStart ?? last.m.ts);
          if (!/^(?:,|and|, and)(?: [a-z.]+){0,4}$/.test(gap) || /\b(?:said|says|told|met|with)\b/.test(gap)) break;
          last = people[i]!;
          subject.push(last);
        }
        for (const p of subject)
          if (p.e !== state.e) emitRelation(ctx, p.e, "REPRESENTS", state.e, si, this.id, {}, 0.7);
      }
    }
  },
};

/**
 * "Ecuador's President X met CMOC Chairman Y in Beijing": an officer of a firm, with no post of
 * state, speaks for the firm, not for the state the meeting was held in or the firm comes from.
 * Drops the REPRESENTS of a state the earlier rules gave such a person.
 */
export const firmOfficersRule: Rule = {
  id: "represents-not-firm-officer",
  predicates: [],
  description: "A firm's officer with no post of state represents no state.",
  example: "X met Acme Chairman Y in Beijing → Y does not represent China.",
  apply(ctx) {
    const byId = entitiesById(ctx);
    const firmOfficers = new Set<string>();
    for (const r of ctx.relations)
      if (r.predicate === "HOLDS_POSITION" && byId.get(r.target)?.type === "Company") firmOfficers.add(r.source);
    if (!firmOfficers.size) return;
    const stateOfficer = (id: string) => {
      const p = byId.get(id);
      return (
        !p ||
        [...p.titles, ...p.roles].some((t) => STATE_TITLE.test(t)) ||
        ctx.relations.some(
          (r) => r.predicate === "HOLDS_POSITION" && r.source === id && byId.get(r.target)?.type !== "Company",
        )
      );
    };
    keepRelations(
      ctx,
      (r) =>
        r.predicate !== "REPRESENTS" ||
        !firmOfficers.has(r.source) ||
        byId.get(r.target)?.type !== "Country" ||
        stateOfficer(r.source),
    );
  },
};
