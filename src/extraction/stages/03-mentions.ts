// Stage 3: mentions of the ontology's entity types, found from gazetteers (countries, cities,
// outlets, commodities), capitalised spans typed by their head word or context, titles
// stripped from names, and East Asian and English name shapes. Pure: tokens in, mentions out;
// linking mentions to entities is stage 4's job.

import { CALENDAR_NAMES, MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES } from "../events/dates.ts";
import {
  BRANDED_PRODUCTS,
  CUED_PRODUCTS,
  ELEMENT_STOP,
  ELEMENTS,
  GOODS_BEFORE_TRIGGERS,
  GOODS_OF_TRIGGERS,
  isChemicalFormula,
  LISTED_ONLY_PRODUCTS,
  MINERAL_CLASSES,
  MINERAL_PRODUCT_HEADS,
  MINERAL_PRODUCT_MODIFIERS,
  MODEL_HEADS,
  NOT_A_GOOD,
  PRODUCT_BLOCKING_NEXT,
  PRODUCT_BLOCKING_PREV,
  PRODUCT_CARRIERS,
  PRODUCTS,
  TRADE_CUES,
} from "../lexicon/commodities.ts";
import {
  AGENCY_COUNTRY,
  FIRM_ANAPHORS,
  INTERNATIONAL_ORGANIZATIONS,
  MEDIA_OUTLETS,
  NAME_HEADS,
  NAMED_AGENCIES,
  WEAK_HEADS,
} from "../lexicon/organizations.ts";
import {
  ASIAN_SURNAMES,
  FAMILY_PARTICLES,
  FIRST_NAMES,
  NAME_PARTICLES,
  PERSON_VERBS_AFTER,
  SPEECH_VERBS,
  WEAK_FIRST_NAMES,
} from "../lexicon/people.ts";
import {
  CAPITALS,
  CITIES,
  COUNTRY_NAMES,
  DEMONYMS,
  FACILITY_NOUNS,
  MINOR_PLACES,
  PLACE_PREFIXES,
  REGION_NOUNS,
  REGIONS,
  REGIONS_NAMED_AS_STATES,
  SMALL_CITIES,
  US_STATE_ABBREVIATIONS,
  VENUE_CENTER_MODIFIERS,
  VENUES,
  WORLD_REGIONS,
} from "../lexicon/places.ts";
import {
  APPOSED_POSTS,
  COMPANY_NOUNS,
  HONORIFIC,
  PLURAL_TITLE_HEADS,
  ROLE_NOUNS,
  TITLE_HEADS,
  TITLE_MODIFIERS,
} from "../lexicon/titles.ts";
import { MAX_MENTIONS_PER_SENTENCE } from "../limits.ts";
import { PhraseMatcher } from "../matcher.ts";
import type { EntityType } from "../types.ts";
import {
  isHyphen,
  isPossessiveMark,
  isVocabularyWord,
  lowerCaseTexts,
  nextTokenIn,
  type Sentence,
  TICKER,
  type Token,
  type TokenizedText,
} from "./02-tokens.ts";
import { findAgencyNouns, findRegionGovernments, mentionsBySentence } from "./agency-nouns.ts";
import { companyByRole, FIRM_KINDS, holderAfter } from "./company-roles.ts";
import { compositionProductAt } from "./composition-products.ts";
import { hyphenPeople } from "./hyphen-people.ts";
import { lenderByRole } from "./lender-roles.ts";
import { firmRepeats, personWordsBack, type Untyped, voteFirmNames, voteListNames } from "./name-votes.ts";

/** One mention of a would-be entity. */
export interface Mention {
  /** Token range [ts, te) and character range [start, end). */
  ts: number;
  te: number;
  start: number;
  end: number;
  text: string;
  type: EntityType;
  /** Canonical name proposal ("United States" for "U.S.", "rare earths" for "rare earth"). */
  name: string;
  /** Grouping key when the gazetteer already knows the thing ("Country:US"), else "". */
  key: string;
  sentence: number;
  rule: string;
  /** Office title written before a person's name ("Treasury Secretary"). */
  title?: string;
  /** Token where that title starts: what ends right before it may be the body ("Reserve Bank of India"). */
  titleStart?: number;
  /** Country code of a nationality written before the name or title ("Chinese", "US"). */
  nationality?: string;
  /** Lower-case role noun before the name ("negotiator", "analyst"). */
  role?: string;
  /** For a good named with its maker ("Boeing jets"): the token the maker's name starts at. */
  maker?: number;
  /** The mention is a demonym ("Chinese") or a capital standing for its government. */
  demonym?: boolean;
  capitalAsState?: boolean;
}

type LexValue = { type: EntityType; name: string; key: string; rule: string };

function entries(map: Iterable<[string, LexValue]>) {
  return [...map].map(([phrase, value]) => ({ phrase, value }));
}

const properMatcher = new PhraseMatcher<LexValue>(
  [
    ...entries(
      [...COUNTRY_NAMES].map(([n, code]) => [
        n,
        { type: "Country", name: code, key: `Country:${code}`, rule: "gazetteer-country" },
      ]),
    ),
    ...entries(
      [...DEMONYMS].map(([n, code]) => [
        n,
        { type: "Country", name: code, key: `Country:${code}`, rule: "gazetteer-demonym" },
      ]),
    ),
    ...entries(VENUES.map((n) => [n, { type: "Place", name: n, key: `Place:${n}`, rule: "gazetteer-venue" }])),
    ...entries([...CITIES].map(([n]) => [n, { type: "Place", name: n, key: `Place:${n}`, rule: "gazetteer-city" }])),
    ...entries([...REGIONS].map(([n]) => [n, { type: "Place", name: n, key: `Place:${n}`, rule: "gazetteer-region" }])),
    ...entries(
      [...WORLD_REGIONS].map((n) => [n, { type: "Place", name: n, key: `Place:${n}`, rule: "gazetteer-region" }]),
    ),
    ...entries(
      Object.entries(INTERNATIONAL_ORGANIZATIONS).flatMap(([name, forms]) =>
        forms.map((f): [string, LexValue] => [
          f,
          { type: "Organization", name, key: `Organization:${name}`, rule: "gazetteer-organization" },
        ]),
      ),
    ),
    ...entries(
      Object.entries(NAMED_AGENCIES).flatMap(([name, forms]) =>
        forms.map((f): [string, LexValue] => [
          f,
          { type: "Agency", name, key: `Agency:${name}`, rule: "gazetteer-agency" },
        ]),
      ),
    ),
    ...entries(MEDIA_OUTLETS.map((n) => [n, { type: "Media", name: n, key: `Media:${n}`, rule: "gazetteer-media" }])),
  ],
  true,
);

const commonMatcher = new PhraseMatcher<LexValue>(
  [
    ...entries(
      Object.entries(MINERAL_CLASSES).flatMap(([name, forms]) =>
        forms.map((f): [string, LexValue] => [
          f,
          { type: "Mineral", name, key: `Mineral:${name}`, rule: "lexicon-mineral" },
        ]),
      ),
    ),
    // Products before elements: "aluminium" is traded as a metal product, as "aluminum" is.
    ...entries(
      Object.entries(PRODUCTS).flatMap(([name, forms]) =>
        forms.map((f): [string, LexValue] => [
          f,
          { type: "Product", name, key: `Product:${name}`, rule: "lexicon-product" },
        ]),
      ),
    ),
    ...entries(
      [...ELEMENTS]
        .filter((e) => !ELEMENT_STOP.has(e))
        .map((e) => [e, { type: "Mineral", name: e, key: `Mineral:${e}`, rule: "lexicon-element" }]),
    ),
    ...entries(
      Object.entries(CUED_PRODUCTS).flatMap(([name, forms]) =>
        forms.map((f): [string, LexValue] => [
          f,
          { type: "Product", name, key: `Product:${name}`, rule: "lexicon-product-cued" },
        ]),
      ),
    ),
  ],
  false,
);

const CONNECTORS = new Set(["of", "for", "and", "&", "de", "du", "la", "von", "van", "der", "al", "bin"]);
const OF_HEADS = new Set([
  ...Object.entries(NAME_HEADS)
    .filter(([, t]) => t === "Agency" || t === "Organization" || t === "Company")
    .map(([h]) => h),
  "Secretary",
  "Undersecretary",
  "Subsecretary",
  "Minister",
  "Republic",
  "Kingdom",
  // "the Government of Saskatchewan" (a region's body; a state's stays the state).
  "Government",
  "Bank",
  "Board",
  "Court",
  "Museum",
  "Academy",
  "Palacio",
  "Salar",
  "Palazzo",
  "Lago",
  "Isla",
  "Cerro",
]);
/** Head words opening a French, Spanish, Portuguese or Italian firm's name ("Compagnie …", "Sociedad …"). */
const ROMANCE_FIRM_HEADS: ReadonlySet<string> = new Set([
  "Société",
  "Societe",
  "Compagnie",
  "Sociedad",
  "Sociedade",
  "Società",
  "Compañía",
  "Compania",
  "Companhia",
  "Empresa",
  "Corporación",
  "Corporacion",
]);
const NUMBERED_HEADS = new Set(["Order", "Act", "Resolution", "Directive", "Section", "Article", "Regulation", "No."]);
const QUOTES = /^["“”‘’'«»]$/;
const STOCK_VERBS = new Set([
  "dropped",
  "fell",
  "rose",
  "declined",
  "gained",
  "climbed",
  "jumped",
  "slumped",
  "surged",
  "plunged",
  "tumbled",
  "soared",
  "slid",
  "sank",
  "rallied",
  "shed",
  "added",
  "lost",
]);
const LOCATIVE = new Set(["in", "at", "aboard", "near", "inside", "outside"]);
const SENTENCE_START_STOP = new Set([
  "The",
  "A",
  "An",
  "In",
  "On",
  "At",
  "As",
  "But",
  "And",
  "Or",
  "If",
  "So",
  "For",
  "From",
  "To",
  "With",
  "By",
  "Of",
  "This",
  "That",
  "These",
  "Those",
  "It",
  "Its",
  "We",
  "I",
  "You",
  "They",
  "He",
  "She",
  "Our",
  "Their",
  "His",
  "Her",
  "However",
  "Meanwhile",
  "Any",
  "Every",
  "Each",
  "While",
  "When",
  "After",
  "Before",
  "Despite",
  "Since",
  "Although",
  "Yet",
  "Still",
  "Notably",
  "Instead",
  "Unlike",
  "Beyond",
  "Based",
  "According",
  "Even",
  "Why",
  "What",
  "How",
  "Who",
  "Will",
  "Is",
  "Are",
  "Did",
  "Do",
  "Does",
  "Any",
  "All",
  "Both",
  "Each",
  "Some",
  "Many",
  "Most",
  "Top",
  "Key",
  "New",
  "Earlier",
  "Later",
  "Now",
  "Then",
  "Here",
  "There",
  "Today",
  "Other",
  "Such",
  "Like",
  "Also",
  "Only",
  "More",
  "Several",
  // Prepositions opening a sentence: "During President X's first term", "Amid Minister Y's visit".
  "During",
  "Following",
  "Amid",
  "Throughout",
  "Until",
  "Upon",
  "Among",
  "Between",
  "Within",
  "Without",
  "Through",
]);
const MONTHS: ReadonlySet<string> = new Set([...MONTH_NAMES, ...MONTH_ABBREVIATIONS]);
const WEEKDAYS: ReadonlySet<string> = new Set(WEEKDAY_NAMES);

/** A brand written with a lower-case initial: "xLight", "eBay", "iPhone". */
const LOWER_INITIAL_BRAND = /^[a-z]\p{Lu}\p{Ll}{2,}$/u;

function isCap(t: Token | undefined): boolean {
  if (!t) return false;
  // ASCII first character, decided without the regexes: a capital is a letter and no quote.
  const c = t.text.charCodeAt(0);
  if (c < 128) {
    // "GLEN.L", "601234.SS": an exchange ticker after a firm's name is no word of the name.
    if (t.text.length > 3 && t.text.indexOf(".") > 1 && TICKER.test(t.text)) return false;
    if (c >= 65 && c <= 90) return true;
    // "xLight", "eBay": a brand's lower-case initial before a capital and two small letters or more
    // (not a unit: "kWh", "mAh").
    if (c >= 97 && c <= 122) {
      // The second character decides most words without the regex.
      const d = t.text.charCodeAt(1);
      return d >= 65 && d <= 90 && LOWER_INITIAL_BRAND.test(t.text);
    }
    if (c < 48 || c > 57) return false;
    return /[\p{L}]/u.test(t.text);
  }
  return /^[\p{Lu}\d]/u.test(t.text) && /[\p{L}]/u.test(t.text) && !QUOTES.test(t.text);
}

/**
 * True when a sentence is a headline or section heading: most words capitalised, no final period
 * (a piece of a sentence split at the caps has none either, and is not a headline).
 */
export function isHeadline(tokens: Token[], s: Sentence): boolean {
  if (s.cut) return false;
  const last = tokens[s.tokenEnd - 1]?.text ?? "";
  // Most sentences end with a period: decided before the words are counted.
  if (/[.!?:"”]$/.test(last)) return false;
  // A list item that goes on in the next line ("- X, Minister of Trade, Norway;", "…, Iceland, and")
  // is a piece of a sentence, never a heading.
  if (/^[;,]$/.test(last) || (/^(?:and|or)$/.test(last) && /^[,;]$/.test(tokens[s.tokenEnd - 2]?.text ?? "")))
    return false;
  // Words (a letter first), content words (more than three characters), and capitalised ones.
  let words = 0;
  let content = 0;
  let caps = 0;
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const text = tokens[i]!.text;
    if (!startsWithLetter(text)) continue;
    words++;
    if (text.length <= 3) continue;
    content++;
    if (startsWithCapital(text)) caps++;
  }
  if (words < 2) return false;
  return content > 0 && caps / content >= 0.75;
}

/** `/^\p{L}/u.test(text)`, without the expression for an ASCII first character. */
function startsWithLetter(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return /^[\p{L}]/u.test(text);
}

/** `/^\p{Lu}/u.test(text)`, without the expression for an ASCII first character. */
function startsWithCapital(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^[\p{Lu}]/u.test(text);
}

interface Ctx {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  claimed: Uint8Array;
  out: Mention[];
  headlines: Set<number>;
  /** Countries the document names outright: their capitals may stand for them. */
  countries: Set<string>;
  /** The names found so far, for the one-word names that repeat them (kept by `push`). */
  names: NameIndex;
  /** Words written somewhere other than first in their sentence (built once many are asked). */
  insideWords?: Set<string>;
  /** The answers of `writtenInside` before `insideWords` is built. */
  insideAsked?: Map<string, boolean>;
  /** Capitalised spans of two words or more no rule typed (for the list vote, stages/name-votes.ts). */
  untyped?: Untyped[];
}

/** Words `writtenInside` looks for one by one before it indexes all the document's words. */
const INSIDE_LOOKUPS = 8;

/** Whether the document writes `word` somewhere other than first in its sentence. */
function writtenInside(ctx: Ctx, word: string): boolean {
  if (ctx.insideWords) return ctx.insideWords.has(word);
  const asked = (ctx.insideAsked ??= new Map());
  const known = asked.get(word);
  if (known !== undefined) return known;
  if (asked.size >= INSIDE_LOOKUPS) {
    ctx.insideWords = new Set();
    for (const t of ctx.tokens) if (!t.first) ctx.insideWords.add(t.text);
    return ctx.insideWords.has(word);
  }
  let found = false;
  for (const t of ctx.tokens) {
    if (!t.first && t.text === word) {
      found = true;
      break;
    }
  }
  asked.set(word, found);
  return found;
}

/** What a later one-word name can repeat: surnames, one-word names, companies' first words. */
interface NameIndex {
  /** Last words of people's full names ("Bessent"). */
  surnames: Set<string>;
  /** First mention of each name not a person's and not from a gazetteer. */
  byName: Map<string, Mention>;
  /** First word of a company name whose other words are company words → name → first mention. */
  companyFirstWords: Map<string, Map<string, Mention>>;
}

function indexName(names: NameIndex, m: Mention): void {
  // A site keyed by its name ("the X mine", "the X deposit") is what a later bare "X" names
  // ("operations at X", "X, in Y province").
  if (m.key !== "" && m.rule !== "name-facility-noun") return;
  const words = m.name.split(/\s+/);
  if (m.type === "Person") {
    if (words.length > 1) names.surnames.add(words.at(-1)!);
    return;
  }
  if (!names.byName.has(m.name)) names.byName.set(m.name, m);
  if (m.type === "Company" && words.length > 1 && words.slice(1).every((w) => NAME_HEADS[w] === "Company")) {
    let byName = names.companyFirstWords.get(words[0]!);
    if (!byName) names.companyFirstWords.set(words[0]!, (byName = new Map()));
    if (!byName.has(m.name)) byName.set(m.name, m);
  }
}

function push(ctx: Ctx, ts: number, te: number, m: Omit<Mention, "ts" | "te" | "start" | "end" | "text" | "sentence">) {
  const a = ctx.tokens[ts]!;
  const b = ctx.tokens[te - 1]!;
  // "AU$350 million", "NZ$40m": a state's letters written onto a dollar sign name a currency.
  const sign = ctx.tokens[te];
  if (te - ts === 1 && sign?.text === "$" && sign.start === b.end && /^[A-Z]{1,3}$/.test(a.text)) {
    ctx.claimed[ts] = 1;
    return;
  }
  const mention: Mention = {
    ts,
    te,
    start: a.start,
    end: b.end,
    text: ctx.text.slice(a.start, b.end),
    sentence: a.sentence,
    ...m,
  };
  // "Samarium Cobalt", "Neodymium Iron Boron": a capitalised name made of two or more elements
  // only is the alloy or compound they form, not a firm (a firm's name has a word of its own).
  if (m.type === "Company" && te - ts >= 2 && elementsOnly(ctx.tokens, ts, te)) {
    const name = mention.text.toLowerCase().replace(/\s*-\s*/g, "-");
    Object.assign(mention, { type: "Product", name, key: `Product:${name}`, rule: "element-alloy" });
  }
  ctx.out.push(mention);
  indexName(ctx.names, mention);
  for (let i = ts; i < te; i++) ctx.claimed[i] = 1;
}

/** Whether every word of [ts, te) is a chemical element's name (hyphens allowed between). */
function elementsOnly(tokens: readonly Token[], ts: number, te: number): boolean {
  for (let k = ts; k < te; k++) {
    const t = tokens[k]!;
    if (isHyphen(t) && k > ts && k < te - 1) continue;
    if (!ELEMENTS.has(t.text.toLowerCase())) return false;
  }
  return true;
}

/** Rules that type a name as a person from its shape or a speech verb alone. */
const WEAK_PERSON_RULES: ReadonlySet<string> = new Set(["single-name", "context-speaker"]);

/** "owned by X", "licenses for X", "a stake in X": the verb or noun before the preposition. */
const FIRM_BEFORE: Readonly<Record<string, RegExp>> = {
  by: /^(?:owned|operated|acquired|bought|controlled|run|developed|built|made|manufactured|supplied)$/,
  for: /^(?:licen[cs]es?|orders?|approvals?|permits?)$/,
  in: /^(?:stakes?|shares|holdings?|investments?|shareholders?)$/,
  of: /^(?:shares|subsidiary|unit|shareholders?|customers?|suppliers?)$/,
};

/**
 * "a facility owned by Albemarle", "declarations from Glencore and China's CMOC Group", "licenses
 * for Nvidia to export", "Vancouver-based Acme Lithium said": a name typed a person by its shape
 * alone becomes a company when one of its mentions has a firm's context (a firm's verb or noun
 * before it, "-based" before it, a company joined to it by "and" or a comma) and none has a
 * person's (a title, a first name, a verb only people use).
 */
function retypeFirmNames(ctx: Ctx): void {
  const { tokens, out } = ctx;
  const firm = new Set<string>();
  const person = new Set<string>();
  for (let n = 0; n < out.length; n++) {
    const m = out[n]!;
    if (m.type !== "Person") continue;
    if (!WEAK_PERSON_RULES.has(m.rule) || m.title || FIRST_NAMES.has(tokens[m.ts]!.text)) {
      person.add(m.name);
      continue;
    }
    // "a unit of France's Dravenne": the cue stands before the state's possessive.
    const state = /^['’]s$/.test(tokens[m.ts - 1]?.text ?? "")
      ? out.find((o) => o.type === "Country" && o.te === m.ts - 1)
      : undefined;
    const at = state ? state.ts : m.ts;
    const prev = tokens[at - 1];
    const prev2 = tokens[at - 2];
    const next = tokens[m.te];
    const same = (t: Token | undefined) => !!t && t.sentence === m.sentence;
    if (same(next) && PERSON_VERBS_AFTER.test(next!.text)) person.add(m.name);
    let cue = false;
    if (same(prev) && prev!.text === "based" && isHyphen(prev2)) cue = true;
    const before = same(prev) && same(prev2) ? FIRM_BEFORE[prev!.text] : undefined;
    if (before?.test(prev2!.text.toLowerCase())) cue = true;
    // A company just before or after, with only "and", "or", a comma or a possessive country between.
    const near = [out[n - 1], out[n + 1], out[n + 2]];
    for (const o of near) {
      if (o?.type !== "Company" || o.sentence !== m.sentence) continue;
      const [a, b] = o.ts > m.ts ? [m.te, o.ts] : [o.te, m.ts];
      if (b - a < 1 || b - a > 4) continue;
      const between = tokens.slice(a, b);
      if (
        /^(?:and|or|,)$/.test(between[0]!.text) &&
        between.every(
          (t) =>
            /^(?:and|or|,|['’]s)$/.test(t.text) ||
            near.some((x) => x?.type === "Country" && x.ts === a + 1 && t === tokens[a + 1]),
        )
      )
        cue = true;
    }
    if (cue) firm.add(m.name);
  }
  // A name typed a company anywhere in the document ("Veltrix mines cobalt") is the company's where
  // its shape or a speech verb alone made it a person's ("Veltrix told reporters").
  for (const m of out) if (m.type === "Company") firm.add(m.name);
  if (firm.size === 0) return;
  for (const m of out) {
    if (m.type === "Person" && firm.has(m.name) && !person.has(m.name) && WEAK_PERSON_RULES.has(m.rule)) {
      m.type = "Company";
      m.rule = "context-firm-name";
    }
  }
}

/** Finds every mention in a tokenised document. */
export function findMentions(text: string, tok: TokenizedText, source?: string | null): Mention[] {
  const { tokens, sentences } = tok;
  const ctx: Ctx = {
    text,
    tokens,
    sentences,
    claimed: new Uint8Array(tokens.length),
    out: [],
    headlines: new Set(sentences.filter((s) => isHeadline(tokens, s)).map((s) => s.i)),
    countries: new Set(),
    names: { surnames: new Set(), byName: new Map(), companyFirstWords: new Map() },
  };
  for (let i = 0; i < tokens.length; i++) {
    const hit = isCap(tokens[i]) ? properMatcher.matchAt(text, tokens, i) : null;
    if (hit?.value.type === "Country") ctx.countries.add(hit.value.name);
  }
  findOutlets(ctx, source ?? null);
  for (const s of sentences) findSpans(ctx, s);
  findBracketedSummits(ctx);
  // Round 17: "the Smith Administration", "this Administration's position": a government named by
  // its leader's surname (a person of the document) or by the word alone is no body of state.
  const personWords = new Set(ctx.out.filter((m) => m.type === "Person").map((m) => tokens[m.te - 1]!.text));
  ctx.out = ctx.out.filter(
    (m) =>
      !(
        m.type === "Agency" &&
        tokens[m.te - 1]!.text === "Administration" &&
        (m.te - m.ts === 1 || (m.te - m.ts === 2 && personWords.has(tokens[m.ts]!.text)))
      ),
  );
  // "This Summit is …", "Our Forum": a determiner capitalised at the sentence's start and an event
  // head name no event.
  ctx.out = ctx.out.filter(
    (m) =>
      !(
        m.type === "Meeting" &&
        m.te - m.ts === 2 &&
        /^(This|That|These|Those|Our|Their|Its|His|Her|Next|Last|Each|Every)$/.test(tokens[m.ts]!.text)
      ),
  );
  findRepeatedCompanies(ctx);
  // "Beijing hits back at X with tariffs" in a title, X's full name only later: the surname, no place.
  for (const m of ctx.out)
    if (m.rule === "context-locative-place" && m.te - m.ts === 1 && ctx.names.surnames.has(m.text)) {
      m.type = "Person";
      m.rule = "surname-of-named-person";
    }
  findNamedPolicies(ctx);
  findCommonTerms(ctx);
  // "Indonesia's trade ministry": lower-case bodies of a state (stages/agency-nouns.ts).
  for (const a of findAgencyNouns(tokens, ctx.out, ctx.claimed))
    push(ctx, a.ts, a.te, { type: "Agency", name: a.name, key: "", rule: "agency-noun", nationality: a.code });
  // "the Queensland government", "the Tasmanian government": a region's body (stages/agency-nouns.ts).
  for (const g of findRegionGovernments(tokens, ctx.out, ctx.claimed)) {
    if (g.replaced.length > 0) ctx.out = ctx.out.filter((m) => !g.replaced.includes(m));
    push(ctx, g.ts, g.te, { type: "Agency", name: g.name, key: "", rule: "region-government", nationality: g.code });
  }
  ctx.out.sort((a, b) => a.start - b.start || b.end - a.end);
  namesToInitials(ctx);
  // "US Treasury secretary Scott Bessent", "Trade Representative (USTR) for Asia Jane Roe": a body
  // written inside a person's title (before a lower-case post and the name, or bracketed after the
  // title) names the post, not the body.
  ctx.out = ctx.out.filter((m) => m.type !== "Agency" || !bodyInTitle(tokens, m));
  // "Trade Representative for South and Central Asia", "Minister for Africa": a region a title
  // is "for" is the post's remit, not a place the story is about.
  ctx.out = ctx.out.filter((m) => m.rule !== "gazetteer-region" || !regionOfTitle(tokens, m));
  // "within a Free Trade Zone", "an Industrial Park": a kind of place, capitalised, names none.
  ctx.out = ctx.out.filter(
    (m) =>
      !(m.type === "Place" && /^head-(?:of-)?place$/.test(m.rule) && /^(?:a|an)$/i.test(tokens[m.ts - 1]?.text ?? "")),
  );
  regionsNamedAsStates(ctx);
  siteNamedInFull(ctx);
  retypeFirmNames(ctx);
  voteFirmNames(tokens, ctx.out);
  // The names of one list with a firm are firms (stages/name-votes.ts).
  const listed = voteListNames(
    tokens,
    ctx.out,
    (ctx.untyped ?? []).filter((u) => !ctx.claimed[u.ts]),
  );
  for (const u of listed)
    push(ctx, u.ts, u.te, { type: "Company", name: spanText(ctx, u.ts, u.te), key: "", rule: "list-firm-name" });
  if (listed.length) ctx.out.sort((a, b) => a.start - b.start || b.end - a.end);
  outletsNamedAgain(tokens, ctx.out);
  personWordsBack(tokens, ctx.out);
  // "the Xi-Trump summit", "the Lula-Milei meeting": the people a compound before an event noun names.
  const paired = hyphenPeople(
    tokens,
    ctx.out,
    ctx.claimed,
    (i) => !!properMatcher.matchAt(text, tokens, i),
    ctx.headlines,
  );
  for (const h of paired) push(ctx, h.ts, h.te, { type: "Person", name: h.name, key: "", rule: "hyphen-pair-person" });
  if (paired.length) ctx.out.sort((a, b) => a.start - b.start || b.end - a.end);
  // A firm's name (or its short form) written where no mention covers it (stages/name-votes.ts).
  const repeats = firmRepeats(tokens, ctx.out, ctx.claimed, ctx.headlines);
  for (const r of repeats)
    push(ctx, r.ts, r.te, { type: "Company", name: r.of.name, key: "", rule: "repeat-of-firm-name" });
  if (repeats.length) ctx.out.sort((a, b) => a.start - b.start || b.end - a.end);
  findCompanyAnaphora(ctx);
  goodsNamedByMaker(ctx);
  // At most MAX_MENTIONS_PER_SENTENCE per sentence, the first in text order.
  const perSentence = new Map<number, number>();
  return ctx.out.filter((m) => {
    const n = perSentence.get(m.sentence) ?? 0;
    perSentence.set(m.sentence, n + 1);
    return n < MAX_MENTIONS_PER_SENTENCE;
  });
}

/** Rules that type a name an outlet by what stands around it: "media outlet X reported", "X News Agency". */
const OUTLET_CONTEXT_RULES: ReadonlySet<string> = new Set(["context-press-outlet", "head-media", "dateline-outlet"]);

/** Rules that type a name a firm or a person by a guess: a list it stands in, its shape, a speech verb. */
const GUESSED_NAME_RULES: ReadonlySet<string> = new Set([
  "context-company-coordination",
  "context-company-list-member",
  "list-firm-name",
  "vote-firm-name",
  "context-firm-name",
  "single-name",
  "context-speaker",
  "repeat-of-named",
]);

/**
 * "… to Acme Airlines, Zorbex reports" in a headline, "media outlet Zorbex reported" in
 * the story: a name an outlet's cue types anywhere in the document is the outlet where only a
 * guess (a list it stands in, its shape) typed it otherwise.
 */
function outletsNamedAgain(tokens: Token[], out: Mention[]): void {
  let outlets: Set<string> | undefined;
  for (const m of out)
    if (
      (m.type === "Media" && OUTLET_CONTEXT_RULES.has(m.rule)) ||
      (m.rule === "repeat-of-named" && m.te - m.ts === 1 && mediaByContext(tokens, m.ts, m.te))
    )
      (outlets ??= new Set()).add(m.text);
  if (!outlets) return;
  for (const m of out) {
    if ((m.type !== "Company" && m.type !== "Person") || !outlets.has(m.text) || !GUESSED_NAME_RULES.has(m.rule))
      continue;
    Object.assign(m, { type: "Media", name: m.text, key: `Media:${m.text}`, rule: "repeat-of-outlet" });
  }
}

/**
 * "the Kestrel Nickel Project … the Kestrel deposit": a site named by its bare name (keyed by it)
 * is the site the document names in full with that name and a site's head, when there is one such.
 */
function siteNamedInFull(ctx: Ctx): void {
  const full = new Map<string, Mention | null>();
  for (const m of ctx.out) {
    if (
      m.type !== "Place" ||
      m.rule === "name-facility-noun" ||
      !/ (?:Project|Mine|Deposit|project|mine|deposit)$/.test(m.name)
    )
      continue;
    const first = m.name.split(" ")[0]!;
    const seen = full.get(first);
    full.set(first, seen === undefined || seen?.name === m.name ? m : null);
  }
  if (full.size === 0) return;
  for (const m of ctx.out) {
    if (m.type !== "Place" || m.rule !== "name-facility-noun" || m.key !== `Place:${m.name}` || m.name.includes(" "))
      continue;
    const site = full.get(m.name);
    if (!site) continue;
    m.name = site.name;
    m.key = site.key;
  }
}

/** Lower-case posts a body's name may open ("Treasury secretary", "Commerce minister"); a spokesperson speaks for it. */
const BODY_POSTS = /^(?:secretary|minister)$/;

/** Whether Agency mention `m` is written inside a person's title (see findMentions). */
function bodyInTitle(tokens: Token[], m: Mention): boolean {
  const post = tokens[m.te];
  const name = tokens[m.te + 1];
  if (post?.sentence === m.sentence && BODY_POSTS.test(post.text) && name?.sentence === m.sentence && isCap(name))
    return !/^(?:The|A|An|He|She|It|They|But|And)$/.test(name.text);
  const open = tokens[m.ts - 1];
  const close = tokens[m.te];
  return (
    open?.text === "(" &&
    close?.text === ")" &&
    m.te - m.ts === 1 &&
    TITLE_HEADS.has(tokens[m.ts - 2]?.text ?? "") &&
    tokens[m.ts - 2]!.sentence === m.sentence
  );
}

/** Whether region mention `m` closes a title's "for" remit (see findMentions). */
function regionOfTitle(tokens: Token[], m: Mention): boolean {
  let k = m.ts - 1;
  while (
    k >= 0 &&
    tokens[k]!.sentence === m.sentence &&
    /^(?:and|the|,|North|South|East|West|Central)$/.test(tokens[k]!.text)
  )
    k--;
  if (tokens[k]?.text !== "for" || tokens[k]!.sentence !== m.sentence) return false;
  let head = k - 1;
  // "Trade Representative (USTR) for …": an acronym in brackets between.
  if (tokens[head]?.text === ")" && tokens[head - 2]?.text === "(") head -= 3;
  return TITLE_HEADS.has(tokens[head]?.text ?? "");
}

/** Whether only commas, "and" and "or" stand between tokens `a` and `b` of one sentence. */
function listedTogether(tokens: Token[], a: number, b: number): boolean {
  if (b - a > 2 || tokens[a]?.sentence !== tokens[b]?.sentence) return false;
  for (let k = a; k < b; k++) if (!/^(?:,|and|or)$/.test(tokens[k]!.text)) return false;
  return true;
}

/**
 * "plants in Florida, Georgia and Ohio", "the US state of Georgia", "Savannah, Georgia": a
 * region named like a state is the region when a region or city of its country is listed with
 * it, precedes it after a comma, or "state of" opens it.
 */
function regionsNamedAsStates(ctx: Ctx): void {
  const { tokens, out } = ctx;
  const codeOf = (m: Mention | undefined) =>
    m?.type === "Place" ? (REGIONS.get(m.name) ?? CITIES.get(m.name) ?? SMALL_CITIES.get(m.name)) : undefined;
  for (let i = 0; i < out.length; i++) {
    const m = out[i]!;
    const code = m.type === "Country" ? REGIONS_NAMED_AS_STATES.get(m.text) : undefined;
    if (!code) continue;
    const prev = out[i - 1];
    const next = out[i + 1];
    const stateOf = tokens[m.ts - 1]?.text === "of" && /^states?$/i.test(tokens[m.ts - 2]?.text ?? "");
    if (
      stateOf ||
      (codeOf(prev) === code && listedTogether(tokens, prev!.te, m.ts)) ||
      (codeOf(next) === code && REGIONS.get(next!.name) === code && listedTogether(tokens, m.te, next!.ts))
    ) {
      m.type = "Place";
      m.name = m.text;
      m.key = `Place:${m.text}`;
      m.rule = "region-named-as-state";
    }
  }
}

/** The index of the token that starts (ends) at character `offset`, by bisection (tokens are in text order). */
function tokenWith(tokens: Token[], side: "start" | "end", offset: number): number | undefined {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = tokens[mid]![side];
    if (at === offset) return mid;
    if (at < offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

/** The initials of an outlet's name of several capitalised words ("One America News" → "OAN"), else "". */
function sourceInitials(source: string): string {
  const words = source.split(/\s+/).filter((w) => !/^(?:of|the|and|&)$/i.test(w));
  if (words.length < 3 || !words.every((w) => /^[\p{Lu}][\p{Ll}]/u.test(w))) return "";
  return words.map((w) => w[0]).join("");
}

/**
 * Outlets before the other spans: the document's own source named in its text ("Kallanish
 * understands …"), and a wire dateline's outlet in brackets ("SEOUL, Oct. 29 (Korea Bizwire) –").
 */
function findOutlets(ctx: Ctx, source: string | null) {
  const { tokens, text } = ctx;
  if (source && /^[\p{Lu}]/u.test(source) && source.length <= 60 && text.includes(source)) {
    for (let at = text.indexOf(source); at >= 0; at = text.indexOf(source, at + source.length)) {
      const ts = tokenWith(tokens, "start", at);
      const last = tokenWith(tokens, "end", at + source.length);
      if (ts === undefined || last === undefined || ctx.claimed[ts]) continue;
      // "Caliber.Az reports": a name written round a period may be cut there into two sentences.
      if (tokens[ts]!.sentence !== tokens[last]!.sentence && /\s/.test(source)) continue;
      // A known name is the gazetteers'; one that only opens the source ("Indonesia Sentinel") is not.
      const known = properMatcher.matchAt(text, tokens, ts);
      if (known && known.te > last) continue;
      // "Kazinform News Agency": the source opens a longer name, typed as a span.
      if (isCap(tokens[last + 1]) && tokens[last + 1]!.sentence === tokens[last]!.sentence) continue;
      push(ctx, ts, last + 1, { type: "Media", name: source, key: `Media:${source}`, rule: "document-source" });
    }
  }
  // "OAN Staff" under "Source: One America News": the source's initials (three or more) name it.
  const initials = source ? sourceInitials(source) : "";
  if (source && initials.length >= 3) {
    for (let i = 0; i < tokens.length; i++) {
      if (tokens[i]!.text !== initials || ctx.claimed[i]) continue;
      push(ctx, i, i + 1, { type: "Media", name: source, key: `Media:${source}`, rule: "document-source-initials" });
    }
  }
  // "according to orewatch.com", "cited from metalsdesk.net": a site's address a report is credited to
  // (the tokens "mining", ".", "com" written together).
  for (let i = 4; i < tokens.length; i++) {
    const w = tokens[i]!.text;
    if ((w !== "com" && w !== "net" && w !== "org") || tokens[i - 1]!.text !== ".") continue;
    const site = tokens[i - 2]!;
    if (site.end !== tokens[i - 1]!.start || tokens[i - 1]!.end !== tokens[i]!.start) continue;
    if (!/^[a-z][a-z0-9-]*$/.test(site.text) || ctx.claimed[i - 2] || site.sentence !== tokens[i - 4]!.sentence)
      continue;
    if (tokens[i]!.sentence !== site.sentence) continue;
    const prev = tokens[i - 3]!.text.toLowerCase();
    const prev2 = tokens[i - 4]!.text.toLowerCase();
    const credited =
      (prev === "to" && prev2 === "according") ||
      prev === "told" ||
      prev === "citing" ||
      ((prev === "from" || prev === "by") && /^(?:cited|quoted|reported|published|citing)$/.test(prev2));
    const name = text.slice(site.start, tokens[i]!.end);
    if (credited) push(ctx, i - 2, i + 1, { type: "Media", name, key: `Media:${name}`, rule: "credited-site" });
  }
  for (const s of ctx.sentences) {
    for (let i = s.tokenStart; i < Math.min(s.tokenEnd, s.tokenStart + 16); i++) {
      if (tokens[i]!.text === "(" && datelineWires(ctx, i, s.tokenEnd)) continue;
      if (tokens[i]!.text !== "(" || !isCap(tokens[i + 1])) continue;
      let k = i + 1;
      while (k < s.tokenEnd && k - i <= 4 && isCap(tokens[k])) k++;
      // "Lima, May 20 (Wire) The minister …": after a dateline's date the dash may be left out.
      const dated =
        /^\d{1,2}$/.test(tokens[i - 1]?.text ?? "") && MONTHS.has(tokens[i - 2]?.text.replace(/\.$/, "") ?? "");
      if (tokens[k]?.text !== ")" || !(dated || /^[-–—]$/.test(tokens[k + 1]?.text ?? ""))) continue;
      if (ctx.claimed[i + 1]) continue;
      const hit = properMatcher.matchAt(text, tokens, i + 1);
      if (hit && hit.te === k && hit.value.type !== "Media") continue;
      const name = hit?.value.type === "Media" ? hit.value.name : spanText(ctx, i + 1, k);
      push(ctx, i + 1, k, { type: "Media", name, key: `Media:${name}`, rule: "dateline-outlet" });
    }
  }
}

/**
 * "Seoul, 30 March 2025 (dpa/MIA) - …", "(BSS/AFP) - …": a dateline's bracket of outlets
 * joined by slashes, then a dash: each is an outlet (a wire written in lower case, "dpa", too).
 * True when it read them.
 */
function datelineWires(ctx: Ctx, open: number, end: number): boolean {
  const { tokens, text } = ctx;
  const parts: [number, number][] = [];
  let k = open + 1;
  while (k < end && parts.length < 4) {
    const from = k;
    if (/^[a-z]{2,4}$/.test(tokens[k]!.text)) k++;
    else while (k < end && k - from < 4 && isCap(tokens[k])) k++;
    if (k === from) return false;
    parts.push([from, k]);
    if (tokens[k]?.text !== "/") break;
    k++;
  }
  if (parts.length < 2 || tokens[k]?.text !== ")" || !/^[-–—]$/.test(tokens[k + 1]?.text ?? "")) return false;
  for (const [ts, te] of parts) {
    if (ctx.claimed[ts]) continue;
    const hit = properMatcher.matchAt(text, tokens, ts);
    if (hit && hit.te === te && hit.value.type !== "Media") continue;
    const name = hit?.value.type === "Media" && hit.te === te ? hit.value.name : spanText(ctx, ts, te);
    push(ctx, ts, te, { type: "Media", name, key: `Media:${name}`, rule: "dateline-outlet" });
  }
  return true;
}

/** Capitalised spans of a sentence, typed by gazetteer, head word, title or context. */
function findSpans(ctx: Ctx, s: Sentence) {
  const { tokens } = ctx;
  const headline = ctx.headlines.has(s.i);
  let i = s.tokenStart;
  while (i < s.tokenEnd) {
    const t = tokens[i]!;
    // Round 17: an outlet found first (the document's source named in its text, a dateline's wire)
    // is that outlet's mention alone: "Acmeview (2/9/2025): …" is not also a camel-case firm.
    if (ctx.claimed[i]) {
      i++;
      continue;
    }
    // A surname may open with its particles: "… said von der Leyen".
    const particleStart = isCap(t) || isCap(tokens[i - 1]) ? -1 : particleRunEnd(ctx, i, s.tokenEnd);
    if (!isCap(t) && particleStart < 0) {
      i++;
      continue;
    }
    // Gazetteer hit first: a known proper name starting here.
    let j = particleStart < 0 ? i : particleStart;
    while (j < s.tokenEnd) {
      const next = tokens[j + 1];
      // Particles between two name words: "Ursula von der Leyen", "Mohammed bin Salman".
      const afterParticles = NAME_PARTICLES.has(next?.text ?? "") ? particleRunEnd(ctx, j + 1, s.tokenEnd) : -1;
      if (afterParticles >= 0 && NAME_WORD.test(tokens[j]!.text) && !(tokens[j]!.text in NAME_HEADS)) {
        j = afterParticles;
        continue;
      }
      if (j + 1 < s.tokenEnd && isCap(next) && !/^['’]s$/.test(next!.text)) {
        j++;
        continue;
      }
      // Round 16: "Dato' Sri X": the apostrophe of a Malay form of address is the name's.
      if (
        tokens[j]!.text === "Dato" &&
        /^['’]$/.test(next?.text ?? "") &&
        next!.start === tokens[j]!.end &&
        j + 2 < s.tokenEnd &&
        isCap(tokens[j + 2])
      ) {
        j += 2;
        continue;
      }
      // Round 16b: "the Foreign Ministers’ Meeting", "a Leaders' Summit": a plural possessive before
      // a meeting's head word is inside the meeting's name.
      if (
        /s$/.test(tokens[j]!.text) &&
        /^['’]$/.test(next?.text ?? "") &&
        next!.start === tokens[j]!.end &&
        j + 2 < s.tokenEnd &&
        (MEETING_HEADS_AFTER_POSSESSIVE.test(tokens[j + 2]!.text) ||
          BODY_HEADS_AFTER_POSSESSIVE.test(tokens[j + 2]!.text))
      ) {
        j += 2;
        continue;
      }
      // Round 16: "Serra do Lobo", "Vila do Conde": the Portuguese "do" between two name words (not in
      // a headline's title case, where "do" is the English verb).
      if (
        !headline &&
        next?.text === "do" &&
        j + 2 < s.tokenEnd &&
        NAME_WORD.test(tokens[j]!.text) &&
        NAME_WORD.test(tokens[j + 2]!.text) &&
        !(tokens[j]!.text in NAME_HEADS) &&
        !(tokens[j + 2]!.text in NAME_HEADS)
      ) {
        j += 2;
        continue;
      }
      // "Société de Participation Minière du Burkina", "Sociedad Química y Minera de Chile":
      // a Romance firm's head opening the run takes its particles ("y" the Spanish "and") to the end.
      if (
        ROMANCE_FIRM_HEADS.has(tokens[i]!.text) &&
        /^(?:de|du|des|del|la|y)$/.test(next?.text ?? "") &&
        j + 2 < s.tokenEnd &&
        // "de l'Aïr": an elided article before the last word.
        (isCap(tokens[j + 2]) || /^[ld]['’][\p{Lu}]/u.test(tokens[j + 2]!.text)) &&
        !WEEKDAYS.has(tokens[j + 2]!.text) &&
        !MONTHS.has(tokens[j + 2]!.text)
      ) {
        j += 2;
        continue;
      }
      // Numbered instruments: "Executive Order 14241", "Resolution 2231".
      if (next && /^\d+$/.test(next.text) && NUMBERED_HEADS.has(tokens[j]!.text)) {
        j++;
        continue;
      }
      // "Trade Expansion Act of 1962", "Defense Production Act of 1950": a law's year is in its name.
      if (
        next?.text === "of" &&
        j + 2 < s.tokenEnd &&
        /^(?:1[89]|20)\d\d$/.test(tokens[j + 2]!.text) &&
        LAW_HEADS.has(tokens[j]!.text)
      ) {
        j += 2;
        continue;
      }
      // "of"/"for" inside names of bodies: "Department of Defense", "Center for Strategic …".
      if (
        j + 2 < s.tokenEnd &&
        next &&
        CONNECTORS.has(next.text) &&
        isCap(tokens[j + 2]) &&
        (next.text === "&" ||
          hasOfBefore(tokens, i, j) ||
          (next.text !== "and" && OF_HEADS.has(tokens[j]!.text)) ||
          // Round 16: "Directorate General of Foreign Trade": the body's head is its first word.
          (next.text !== "and" &&
            tokens[j]!.text === "General" &&
            (tokens[j - 1]?.text === "Directorate" ||
              (isHyphen(tokens[j - 1]) && tokens[j - 2]?.text === "Directorate"))) ||
          // "House of Representatives": a legislature's chamber.
          (next.text === "of" && tokens[j]!.text === "House" && CHAMBER_MEMBERS.test(tokens[j + 2]!.text))) &&
        !WEEKDAYS.has(tokens[j + 2]!.text) &&
        !MONTHS.has(tokens[j + 2]!.text) &&
        // "Secretary of State Jane Roe and Foreign Minister X": a title's "of" and a
        // person's name after it; "and" joins two people, not two words of one body's name.
        !(next.text === "and" && titledNameEndsAt(tokens, i, j)) &&
        // "X's Ministry of Defense and Canada's Department of …": a state after "and" opens another name.
        !(
          next.text === "and" &&
          NAME_HEADS[tokens[i]!.text] === "Agency" &&
          properMatcher.matchAt(ctx.text, tokens, j + 2)?.value.type === "Country"
        ) &&
        // Round 17: "the Ministry of Finance and Ministry of Trade": a body's head opening its own
        // "of"/"for" name after "and" starts a second body.
        !(
          next.text === "and" &&
          NAME_HEADS[tokens[j + 2]!.text] === "Agency" &&
          /^(?:of|for)$/.test(tokens[j + 3]?.text ?? "")
        ) &&
        // "the School of Mines and FluxMetal", "the General Administration of Customs and
        // National Medical Products Administration": after "and", a firm's one-word camel-case
        // brand, or words closed by a body's head of their own, name a second party.
        !(next.text === "and" && hasOfBefore(tokens, i, j) && secondNameAfterAnd(tokens, j + 2, s.tokenEnd))
      ) {
        j += 2;
        continue;
      }
      // "Department of the Treasury", "Ministry of the Interior".
      if (
        next?.text === "of" &&
        tokens[j + 2]?.text === "the" &&
        isCap(tokens[j + 3]) &&
        j + 3 < s.tokenEnd &&
        (PORTFOLIO_HEADS.has(tokens[j]!.text) || OF_THE_HEADS.has(tokens[j]!.text))
      ) {
        j += 3;
        continue;
      }
      // Round 17: "Customs and Border Protection": a name the gazetteer knows runs on over its "and".
      if (next?.text === "and") {
        let over = -1;
        for (let k = i; k <= j && over < 0; k++) {
          const known = properMatcher.matchAt(ctx.text, tokens, k);
          if (known && known.te - 1 > j + 1 && known.te <= s.tokenEnd) over = known.te - 1;
        }
        if (over > 0) {
          j = over;
          continue;
        }
      }
      // "Securities and Exchange Commission", "Mines and Geosciences Bureau": "and" inside a body's
      // name, when a body's head ends it and the words before "and" are not a known name.
      const andEnd = next?.text === "and" ? bodyAfterAnd(ctx, i, j, s.tokenEnd) : -1;
      if (andEnd > 0) {
        j = andEnd;
        continue;
      }
      // Round 15: "Authority for the Regulation of …", "Office for the Protection of …": a state
      // body's head, "for the", then its capitalised remit (not a state: "the Agency for the US").
      if (
        next?.text === "for" &&
        tokens[j + 2]?.text === "the" &&
        j + 3 < s.tokenEnd &&
        isCap(tokens[j + 3]) &&
        NAME_HEADS[tokens[j]!.text] === "Agency" &&
        !WEEKDAYS.has(tokens[j + 3]!.text) &&
        !MONTHS.has(tokens[j + 3]!.text) &&
        !properMatcher.matchAt(ctx.text, tokens, j + 3)
      ) {
        j += 3;
        continue;
      }
      // "Agency on Support for Public-Private Partnership", "Committee on Foreign Investment".
      if (
        next?.text === "on" &&
        isCap(tokens[j + 2]) &&
        j + 2 < s.tokenEnd &&
        ON_HEADS.has(tokens[j]!.text) &&
        !WEEKDAYS.has(tokens[j + 2]!.text) &&
        !MONTHS.has(tokens[j + 2]!.text)
      ) {
        j += 2;
        continue;
      }
      // "CHIPS and Science Act", "Infrastructure Investment and Jobs Act": "and" inside a law's name.
      if (next?.text === "and" && isCap(tokens[j + 2]) && lawNameEnd(tokens, j + 2, s.tokenEnd) > 0) {
        j = lawNameEnd(tokens, j + 2, s.tokenEnd);
        continue;
      }
      // A ministry's list of portfolios: "Ministry of Economy, Trade and Industry".
      const listEnd = next?.text === "," && hasOfBefore(tokens, i, j) ? portfolioListEnd(ctx, i, j, s.tokenEnd) : -1;
      if (listEnd > 0) {
        j = listEnd;
        continue;
      }
      // Korean given names: "Yeo Han-koo", "Lee Jae-myung" (the surname, then "Han", "-", "koo").
      if (
        j > i &&
        ASIAN_SURNAMES.has(tokens[j - 1]!.text) &&
        isHyphen(next) &&
        next!.start === tokens[j]!.end &&
        tokens[j + 2]?.start === next!.end &&
        /^[\p{Ll}]{2,6}$/u.test(tokens[j + 2]!.text) &&
        !COMPOUND_SUFFIXES.has(tokens[j + 2]!.text)
      ) {
        j += 2;
        continue;
      }
      // Hyphenated names: "Mar-a-Lago", "Indo-Pacific", "Trump–Xi".
      if (
        j + 2 < s.tokenEnd &&
        isHyphen(next) &&
        next!.start === tokens[j]!.end &&
        /^[\p{L}]/u.test(tokens[j + 2]!.text)
      ) {
        const k = tokens[j + 2]!;
        if (isCap(k) || (isHyphen(tokens[j + 3]) && isCap(tokens[j + 4]))) {
          j += isCap(k) ? 2 : 4;
          continue;
        }
      }
      // "Trilogy Metals, Inc.", "Acme Holdings, Ltd.": a firm's legal suffix after a comma.
      if (next?.text === "," && j + 2 < s.tokenEnd && FIRM_SUFFIX_AFTER_COMMA.test(tokens[j + 2]!.text)) {
        j += 2;
        continue;
      }
      // "Acme Copper (Hong Kong) Investment Co., Ltd.": a place in brackets inside a
      // firm's registered name, which goes on after it to a firm's head word or legal form.
      const bracketed = next?.text === "(" && !headline ? bracketPlaceFirmEnd(ctx, j, s.tokenEnd) : -1;
      if (bracketed > 0) {
        j = bracketed;
        continue;
      }
      break;
    }
    // "BISHKEK, Aug 27 (Wire) - The Kestrel gold mine …": the story's first word after a
    // dateline's dash opens its sentence ("The Hague" is the gazetteer's).
    if (
      j > i &&
      tokens[i]!.text === "The" &&
      /^[—–-]$/.test(tokens[i - 1]?.text ?? "") &&
      !properMatcher.matchAt(ctx.text, tokens, i)
    )
      i++;
    // "SYDNEY, May 18 —": a dateline's city in capitals.
    const dateline = headline ? -1 : datelineEnd(ctx, i, j + 1);
    if (dateline > 0) {
      i = dateline;
      continue;
    }
    // "the Independence plant", "Salta province": a name and the facility or region noun after it.
    const facility = headline ? -1 : facilityEnd(ctx, i, j + 1, s.tokenEnd);
    if (facility > 0) {
      i = facility;
      continue;
    }
    classifySpan(ctx, i, j + 1, headline || tokens[i]!.label);
    i = j + 1;
    // A name that ran on past the span ("Societe du Terril de Lubumbashi") has claimed its words.
    // Round 16: also its "and" before a claimed word ("X Exploration and Mining").
    while (i < s.tokenEnd && ctx.claimed[i] && (isCap(tokens[i]) || ctx.claimed[i + 1])) i++;
  }
}

/** A compass adjective before a place's name: "northern", "south-eastern", "northeastern". */
const COMPASS_ADJECTIVE = /^(?:northern|southern|eastern|western|central|(?:north|south)-?(?:east|west)ern)$/;

/** A word in capitals only ("SEOUL"). */
const CAPITALS_ONLY = /^\p{Lu}{2,}$/u;

/** A dateline city in capitals ("SYDNEY,", "KUALA LUMPUR (Reuters) -"): pushes it, returns its end or -1. */
function datelineEnd(ctx: Ctx, ts: number, te: number): number {
  const { tokens } = ctx;
  const first = tokens[ts]!;
  // "PARIS/ CANBERRA:": a second city after a slash; "BANGKOK:" with a colon.
  // "[HANOI] Vietnam's parliament …": a dateline in square brackets.
  const bracketed =
    tokens[ts - 1]?.text === "[" && (ts === 1 || /\n\s*$/.test(ctx.text.slice(0, tokens[ts - 1]!.start)));
  if ((!first.first && tokens[ts - 1]?.text !== "/" && !bracketed) || te - ts > 5) return -1;
  const after = tokens[te];
  // "ISTANBUL" alone on its line, the story on the next.
  const ownLine =
    !!after &&
    /\n/.test(ctx.text.slice(tokens[te - 1]!.end, after.start)) &&
    /(?:^|\n)[ \t]*$/.test(ctx.text.slice(0, first.start));
  // "BISHKEK. Aug 27 (Wire) -": a full stop after the town, then the date.
  const stopThenDate = after?.text === "." && MONTHS.has((tokens[te + 1]?.text ?? "").replace(/\.$/, ""));
  if (!after || !(/^[,(—–:/-]$/.test(after.text) || (bracketed && after.text === "]") || ownLine || stopThenDate))
    return -1;
  for (let k = ts; k < te; k++) if (!CAPITALS_ONLY.test(tokens[k]!.text)) return -1;
  const words = tokens.slice(ts, te).map((t) => t.text);
  // "SANTA CRUZ DO RIO PARDO": the particles inside a name in lower case.
  const name = words
    .map((w, k) =>
      k > 0 && /^(?:DE|DO|DA|DOS|DAS|DEL|DI|LA|OF)$/.test(w) ? w.toLowerCase() : w[0] + w.slice(1).toLowerCase(),
    )
    .join(" ");
  // A town the gazetteer lacks, placed by the state or country after its comma ("STILLWATER, Okla.").
  const state = after.text === "," ? US_STATE_ABBREVIATIONS.get(tokens[te + 1]?.text ?? "") : undefined;
  // "ZHEJIANG, East China —": a region the gazetteer knows reports as a town does.
  if ((!CITIES.has(name) && !REGIONS.has(name)) || te - ts > 3) {
    // "US, China agree…": a known name or an acronym in capitals is not a town.
    if (name.length < 4 || properMatcher.matchAt(ctx.text, tokens, ts)) return -1;
    if (!state && !(after.text === "," && statedAfterComma(ctx, te + 1)) && !outletCredit(ctx, te, name)) return -1;
  }
  // Round 17: "SINGAPORE (Wire) -": a city-state's dateline names the state.
  const cityState = COUNTRY_NAMES.get(name);
  if (cityState) {
    push(ctx, ts, te, { type: "Country", name: cityState, key: `Country:${cityState}`, rule: "dateline-country" });
    return te;
  }
  push(ctx, ts, te, { type: "Place", name, key: `Place:${name}`, rule: "dateline-city" });
  if (!state) return te;
  push(ctx, te + 1, te + 2, { type: "Place", name: state, key: `Place:${state}`, rule: "dateline-state" });
  return te + 2;
}

/** "ERBIL (Kurdistan24) —": an outlet's credit in brackets, then a dash, after a dateline's town `name` ending at `k`. */
function outletCredit(ctx: Ctx, k: number, name: string): boolean {
  const { tokens } = ctx;
  // "EXCLUSIVE (Reuters) —", "UPDATE (AP) —": a word of the desk, no town.
  if (tokens[k]?.text !== "(" || isVocabularyWord(name.toLowerCase())) return false;
  for (let j = k + 1; j < k + 5 && j < tokens.length; j++)
    if (tokens[j]!.text === ")") return /^[—–-]$/.test(tokens[j + 1]?.text ?? "");
  return false;
}

/** Whether a country's name or a known region opens at token `k` ("…, Brazil (AP)", "…, North Gyeongsang"). */
function statedAfterComma(ctx: Ctx, k: number): boolean {
  const hit = k < ctx.tokens.length ? properMatcher.matchAt(ctx.text, ctx.tokens, k) : null;
  return hit !== null && (hit.value.rule === "gazetteer-country" || hit.value.rule === "gazetteer-region");
}

/** Venue nouns under which a city's name names a venue in it ("Gimhae airbase"), not the city. */
const VENUE_NOUNS: ReadonlySet<string> = new Set(["airbase", "airport", "tower", "museum", "terminal", "port"]);

/**
 * "in Lualaba province", "from the northern Kachin state": one or two name words after a preposition
 * of place (an article and a direction between) name a region when its noun follows.
 */
function locatedRegion(tokens: Token[], ts: number, te: number): boolean {
  // "in the Issyk-Kul region": a hyphenated name is one word.
  let words = 0;
  for (let k = ts; k < te; k++) if (!isHyphen(tokens[k])) words++;
  if (words > 2 || te - ts > 5 || tokens[ts]!.first) return false;
  let k = ts - 1;
  while (
    k > ts - 3 &&
    /^(?:the|northern|southern|eastern|western|central|remote|(?:north|south)(?:east|west)ern)$/.test(
      tokens[k]?.text ?? "",
    )
  )
    k--;
  return /^(?:in|from|across|of|near)$/.test(tokens[k]?.text ?? "") && tokens[k]!.sentence === tokens[ts]!.sentence;
}

/**
 * Round 15: "Morowali, Central Sulawesi province": one or two name words after a place's name and a
 * comma name the region that place is in, when the region's noun follows.
 */
function apposedRegion(ctx: Ctx, ts: number, te: number): boolean {
  const { tokens } = ctx;
  if (te - ts > 2 || tokens[ts - 1]?.text !== "," || tokens[ts - 1]!.sentence !== tokens[ts]!.sentence) return false;
  const last = ctx.out.at(-1);
  return !!last && last.te === ts - 1 && last.type === "Place";
}

/** Sites named in the plural after two names: "the X and Y projects", "the X and Y copper mines". */
const SITE_PLURALS: ReadonlySet<string> = new Set(["mines", "deposits", "projects", "prospects"]);

/**
 * "the Northern Vale and Upper Ridge projects", "the Alpha and Beta copper mines": two names joined
 * by "and", each a site the plural noun after the second names (lower-case modifiers allowed before
 * it). Pushes both and returns the noun's end, or -1.
 */
function coordinatedSites(ctx: Ctx, ts: number, te: number, end: number): number {
  const { tokens } = ctx;
  let j = te + 1;
  while (j < end && j - te <= 4 && isCap(tokens[j])) j++;
  if (j === te + 1) return -1;
  let k = j;
  while (k < end && k - j < 4 && /^[\p{Ll}][\p{Ll}-]*$/u.test(tokens[k]!.text) && !SITE_PLURALS.has(tokens[k]!.text))
    k++;
  if (k >= end || !SITE_PLURALS.has(tokens[k]!.text)) return -1;
  const names: [number, number][] = [
    [ts, te],
    [te + 1, j],
  ];
  for (const [a, b] of names) {
    if (properMatcher.matchAt(ctx.text, tokens, a)) return -1;
    if (NAME_HEADS[tokens[b - 1]!.text] && NAME_HEADS[tokens[b - 1]!.text] !== "Place") return -1;
    if (earlierNamed(ctx, tokens[a]!.text)?.type === "Company") return -1;
  }
  for (const [a, b] of names) {
    const site = spanText(ctx, a, b);
    push(ctx, a, b, { type: "Place", name: site, key: `Place:${site}`, rule: "name-facility-noun" });
  }
  return k + 1;
}

/** Two nations joined by a hyphen, the first in its combining form: "Franco-Mongolian", "Sino-US". */
const JOINT_NATIONS = /^\p{Lu}\p{Ll}+o[-‐–]\p{Lu}[\p{L}.]*$/u;

/**
 * A capitalised name followed by lower-case modifiers and a facility noun ("the Rincon lithium
 * project", "Mt Weld rare earths mine", "Gimhae airbase") is a place; a region followed by
 * "province" or "state" keeps the region's name with that word ("Salta province"). Pushes the
 * mention and returns its end, or -1.
 */
function facilityEnd(ctx: Ctx, ts: number, te: number, end: number): number {
  const { tokens } = ctx;
  while (ts < te && tokens[ts]!.first && SENTENCE_START_STOP.has(tokens[ts]!.text)) ts++;
  if (ts >= te) return -1;
  // "This project", "Its mine": a determiner is no name.
  if (te - ts === 1 && DETERMINERS.test(tokens[ts]!.text)) return -1;
  let k = te;
  while (
    k < end &&
    k - te < 5 &&
    // "copper-gold": a hyphen joining two lower-case modifiers.
    (isHyphen(tokens[k]) ? k > te && /^[\p{Ll}]/u.test(tokens[k + 1]?.text ?? "") : true) &&
    /^(?:[\p{Ll}\d][\p{L}\d-]*|[-‐–])$/u.test(tokens[k]!.text) &&
    !FACILITY_NOUNS.has(tokens[k]!.text) &&
    !REGION_NOUNS.has(tokens[k]!.text) &&
    tokens[k]!.text !== "course" &&
    (isHyphen(tokens[k]) ||
      // "the X lithium and renewable energy project": "and" between two of the modifiers.
      (tokens[k]!.text === "and" && k > te && /^[\p{Ll}]/u.test(tokens[k + 1]?.text ?? "")) ||
      tokens[k]!.pos === "NOUN" ||
      tokens[k]!.pos === "ADJ" ||
      tokens[k]!.pos === "NUM" ||
      tokens[k]!.pos === "PROPN")
  ) {
    k++;
  }
  if (k < end && k === te && tokens[k]!.text === "and") return coordinatedSites(ctx, ts, te, end);
  if (k >= end) return -1;
  const noun = tokens[k]!.text;
  const golf = noun === "course" && k === te && tokens[te - 1]!.text === "Golf";
  const region = REGION_NOUNS.has(noun) && k === te;
  // "the Copperton mining district", "the Kembla industrial zone": a district named for what it holds.
  const worked = REGION_NOUNS.has(noun) && k === te + 1 && /^(?:mining|industrial)$/.test(tokens[te]!.text);
  if (
    worked &&
    !properMatcher.matchAt(ctx.text, tokens, ts) &&
    earlierNamed(ctx, tokens[ts]!.text)?.type !== "Company"
  ) {
    const name = spanText(ctx, ts, k + 1);
    push(ctx, ts, k + 1, { type: "Place", name, key: "", rule: "name-facility-noun" });
    return k + 1;
  }
  if (!FACILITY_NOUNS.has(noun) && !golf && !region) return -1;
  // "the Franco-Mongolian project", "a Sino-Russian plant": the partners' nations, no site's name.
  if (JOINT_NATIONS.test(spanText(ctx, ts, te))) return -1;
  const hit = properMatcher.matchAt(ctx.text, tokens, ts);
  // "Peru's X state government": a region's government is a body.
  if (
    region &&
    tokens[k + 1]?.text === "government" &&
    tokens[k + 1]!.sentence === tokens[k]!.sentence &&
    (!hit || hit.value.type === "Place")
  ) {
    const name = spanText(ctx, ts, k + 2);
    push(ctx, ts, k + 2, { type: "Agency", name, key: "", rule: "region-government" });
    return k + 2;
  }
  if (hit && hit.te === te) {
    const v = hit.value;
    if (region && (v.rule === "gazetteer-region" || v.rule === "gazetteer-city")) {
      push(ctx, ts, k + 1, { type: "Place", name: v.name, key: v.key, rule: "region-noun" });
      return k + 1;
    }
    if (!(v.rule === "gazetteer-city" && k === te && VENUE_NOUNS.has(noun))) return -1;
  } else if (region && !possessiveCountry(ctx, ts) && !locatedRegion(tokens, ts, te) && !apposedRegion(ctx, ts, te))
    return -1;
  else if (region) {
    // "Myanmar's Kachin state": a country's region the gazetteers do not know, named with its noun.
    const name = spanText(ctx, ts, k + 1);
    push(ctx, ts, k + 1, { type: "Place", name, key: "", rule: "region-noun" });
    return k + 1;
  }
  if (hit && hit.te < te && hit.value.type !== "Place") return -1;
  const head = tokens[te - 1]!.text;
  // "the Cangrejos Gold-Copper project", "the Kamoa Copper mine": a metal that heads a firm's name
  // ("Lumina Gold") names what a site yields when a mine, deposit or project follows it at once.
  const yieldHead = k === te && SITE_NOUNS.has(noun) && te - ts > 1 && METAL_HEADS.has(head);
  if (NAME_HEADS[head] && NAME_HEADS[head] !== "Place" && !golf && !yieldHead) return -1;
  if (earlierNamed(ctx, tokens[ts]!.text)?.type === "Company") return -1;
  if (te - ts === 1 && ctx.names.surnames.has(tokens[ts]!.text)) return -1;
  // "the Tanbreez deposit", "the Tanbreez rare earths project": a mine, deposit or project is
  // the site its name names, one place however the text calls it.
  if (SITE_NOUNS.has(noun) && !hit) {
    const site = spanText(ctx, ts, te);
    push(ctx, ts, k + 1, { type: "Place", name: site, key: `Place:${site}`, rule: "name-facility-noun" });
    return k + 1;
  }
  const name = spanText(ctx, ts, k + 1);
  push(ctx, ts, k + 1, { type: "Place", name, key: "", rule: "name-facility-noun" });
  return k + 1;
}

/** Heads of bodies named with "of the" besides portfolios ("Office of the US Trade Representative"). */
const OF_THE_HEADS: ReadonlySet<string> = new Set([
  "Office",
  "Council",
  "Bank",
  "Hall",
  "Palace",
  // "the Institute of the German Economy", "the Federation of the Korean Industries".
  "Institute",
  "Academy",
  "Association",
  "Federation",
  "Chamber",
  "Society",
]);

/** Head words of government bodies that may close a name joined by "and". */
const AND_BODY_HEADS: ReadonlySet<string> = new Set([
  "Commission",
  "Bureau",
  "Ministry",
  "Department",
  "Agency",
  "Authority",
  "Administration",
  "Office",
  "Council",
  "Committee",
]);

/**
 * Head words of events that may close a name joined by "and": "Mining and Investment Conference",
 * "Trade and Investment Forum" (one event, not a firm "X Mining" and an "Investment Conference").
 */
const AND_EVENT_HEADS: ReadonlySet<string> = new Set([
  "Conference",
  "Summit",
  "Forum",
  "Expo",
  "Indaba",
  "Convention",
  "Congress",
  "Symposium",
]);

/** Whether a gazetteer name starts at any token of [from, to). */
function knownInside(ctx: Ctx, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (properMatcher.matchAt(ctx.text, ctx.tokens, k)) return true;
  return false;
}

/** Industries named on both sides of "and" in a firm's name: "Oil and Gas", "Mining and Metals". */
const AND_INDUSTRIES: ReadonlySet<string> = new Set([
  "Energy",
  "Minerals",
  "Mining",
  "Metals",
  "Oil",
  "Gas",
  "Power",
  "Resources",
  "Chemicals",
  "Materials",
  "Infrastructure",
  "Steel",
  "Iron",
  "Coal",
  "Technology",
  "Engineering",
  "Construction",
  "Shipping",
  "Logistics",
  "Exploration",
  "Development",
]);

/** A firm's head words that may close an "and" of industries: "Energy and Minerals Group". */
const AND_FIRM_HEADS: ReadonlySet<string> = new Set(["Group", "Holdings", "Corporation", "Partners", "Company"]);

/**
 * The end of a firm's name ending at `te`, past "and" and an industry's word when they close the
 * phrase ("X Exploration and Mining,": the industry after "and" is the name's), else `te`.
 */
function industryNameEnd(ctx: Ctx, te: number): number {
  const { tokens } = ctx;
  return tokens[te]?.text === "and" &&
    AND_INDUSTRIES.has(tokens[te + 1]?.text ?? "") &&
    !ctx.claimed[te + 1] &&
    /^[,.;)]$/.test(tokens[te + 2]?.text ?? "")
    ? te + 2
    : te;
}

/** Whether a token is a body's or an event's head word after "and" (a module function: a closure per call costs). */
function closesAndBody(t: Token): boolean {
  return AND_BODY_HEADS.has(t.text) || AND_EVENT_HEADS.has(t.text);
}

/** A one-word brand in camel case: "FluxMetal", "ElementUSA". */
const CAMEL_BRAND = /^\p{Lu}\p{Ll}+\p{Lu}\p{L}*$/u;

/**
 * Whether the capitalised words from `k` (right after "and" inside an "of"-name) name a
 * party of their own: one camel-case brand ending the run ("FluxMetal", not "ExxonMobil Corp"), or
 * two to five words closed by an agency's or organisation's head ("National Medical Products
 * Administration"; not "Security", "Technology", "Development").
 */
function secondNameAfterAnd(tokens: readonly Token[], k: number, end: number): boolean {
  if (CAMEL_BRAND.test(tokens[k]?.text ?? "") && !isCap(tokens[k + 1]) && k + 1 <= end) return true;
  let e = k;
  while (e < end && e < k + 5 && isCap(tokens[e])) e++;
  if (e - k < 2) return false;
  const head = NAME_HEADS[tokens[e - 1]!.text];
  return (head === "Agency" || head === "Organization") && !isCap(tokens[e]);
}

/**
 * "Securities and Exchange Commission": from "and" after token j, the index of a body's head word
 * closing one to three capitalised words, or -1. Not after a name the gazetteers know whole
 * ("China and European Commission officials"), nor after a person's name.
 */
function bodyAfterAnd(ctx: Ctx, i: number, j: number, end: number): number {
  const { tokens } = ctx;
  let k = j + 2;
  while (k < end && k <= j + 4 && isCap(tokens[k]) && !closesAndBody(tokens[k]!)) k++;
  // "Energy and Minerals Group", "Oil and Gas Holdings": industries' words on both sides of "and"
  // before a firm's head word name one firm.
  if (k > j + 2 && AND_FIRM_HEADS.has(tokens[k - 1]!.text) && k - 1 > j + 2) {
    const words = [...tokens.slice(i, j + 1), ...tokens.slice(j + 2, k - 1)];
    if (words.length <= 3 && words.every((w) => AND_INDUSTRIES.has(w.text))) return k - 1;
  }
  if (k >= end || k === j + 2 || !closesAndBody(tokens[k]!) || !isCap(tokens[k])) return -1;
  // "The White House and Commerce Department": a known name before "and", after a sentence's "The".
  const from = tokens[i]!.text === "The" && i < j ? i + 1 : i;
  const hit = properMatcher.matchAt(ctx.text, tokens, from);
  if (hit && hit.te >= j + 1) return -1;
  // The words after "and" must not open a known name ("and European Commission").
  if (properMatcher.matchAt(ctx.text, tokens, j + 2)) return -1;
  if (looksLikePersonName(tokens, i, j + 1) || titledNameEndsAt(tokens, i, j)) return -1;
  return k;
}

/** Plural nouns of manufactured goods a brand's name goes before ("Boeing jets", "Huawei phones"). */
const BRANDED_GOODS: ReadonlySet<string> = new Set(
  "jets planes aircraft airliners jetliners helicopters phones smartphones handsets chips processors cars trucks vehicles EVs tractors laptops computers engines turbines drones satellites".split(
    " ",
  ),
);

/** Legal suffixes a firm's name may take after a comma ("Trilogy Metals, Inc."). */
const FIRM_SUFFIX_AFTER_COMMA = /^(?:Inc\.?|Ltd\.?|LLC|L\.L\.C\.|PLC|plc|Corp\.?|Co\.|S\.A\.|N\.V\.|Limited)$/;

/** Facility nouns that name a site by its own name: "the Simandou project" is Simandou. */
const SITE_NOUNS: ReadonlySet<string> = new Set([
  "mine",
  "deposit",
  "project",
  "prospect",
  "complex",
  // Round 16: "at its Bindaroo operation(s)": a miner's site by the word for its works.
  "operation",
  "operations",
]);

/** Metals that end a firm's name ("Lumina Gold") and a site's ("the Kamoa Copper mine"). */
const METAL_HEADS: ReadonlySet<string> = new Set([
  "Gold",
  "Copper",
  "Lithium",
  "Nickel",
  "Cobalt",
  "Zinc",
  "Silver",
  "Uranium",
  "Graphite",
]);

/** Words that open a noun phrase without naming anything. */
const DETERMINERS = /^(The|A|An|This|That|These|Those|Its|Their|Our|His|Her|Each|Every|Another|Such|Any|No)$/;

/** Heads of bodies named with "on" ("Committee on Foreign Investment"). */
const ON_HEADS: ReadonlySet<string> = new Set(["Agency", "Committee", "Commission", "Council", "Conference", "Office"]);

/** Heads that end a law's name. */
const LAW_HEADS: ReadonlySet<string> = new Set(["Act", "Law", "Bill"]);

/** The head word of a name ending at `te`: a law's, before the year ("Trade Expansion Act of 1962"). */
function nameHead(tokens: Token[], te: number): string {
  const last = tokens[te - 1]!.text;
  if (!/^\d{4}$/.test(last) || tokens[te - 2]?.text !== "of") return last;
  const law = tokens[te - 3]?.text ?? "";
  return LAW_HEADS.has(law) ? law : last;
}

/** From a capitalised word, the index of a law head ending the run of capitalised words (at most four), or -1. */
function lawNameEnd(tokens: Token[], k: number, end: number): number {
  for (let m = k; m < Math.min(end, k + 4); m++) {
    if (!isCap(tokens[m])) return -1;
    if (LAW_HEADS.has(tokens[m]!.text)) return m;
  }
  return -1;
}

/** Lower-case nouns of a named agreement: "the UK-US trade deal", "a Codelco-SQM alliance". */
const AGREEMENT_NOUNS = /^(deal|agreement|pact|accord|truce|alliance|partnership|treaty)$/i;
/** Words between the two parties and the agreement noun: "trade", "free trade", "bilateral". */
const AGREEMENT_MODIFIERS =
  /^(trade|tariff|free|bilateral|investment|minerals|mineral|economic|security|strategic|reconstruction|fund|supply|critical)$/i;
/** Policy lexicon terms written in lower case (generic names of instruments). */
const POLICY_TERMS: ReadonlyMap<string, string> = new Map([
  ["entity list", "entity list"],
  ["unverified list", "unverified list"],
  ["foreign direct product rule", "foreign direct product rule"],
  // China's lists (generic names of its instruments).
  ["unreliable entities list", "unreliable entities list"],
  ["unreliable entity list", "unreliable entities list"],
  ["export control list", "export control list"],
  ["control list", "export control list"],
]);
/** The terms longest first: "unreliable entity list" before "entity list". */
const POLICY_TERMS_BY_LENGTH = [...POLICY_TERMS].sort((a, b) => b[0].split(" ").length - a[0].split(" ").length);

/**
 * Policies named by pattern in stage 3: two parties joined by a hyphen before an agreement noun
 * ("the UK-US trade deal", "India-US Trade Deal", "the Codelco-SQM alliance"), a quoted name or a
 * numbered section before "tariffs" ("'Liberation Day' tariffs", "Section 232 tariffs"), and
 * generic instrument names ("the entity list").
 */
function findNamedPolicies(ctx: Ctx) {
  const { tokens, text } = ctx;
  // The mentions found so far by the token they end at (the first one there), looked up in O(1);
  // built at the first token that needs it.
  let byEnd: Map<number, Mention> | undefined;
  // "the US-Japan Trade Agreement": the gazetteer took the two parties, the span kept the title; the
  // parties before it are part of the name (two agreements "… Trade Agreement" are not one).
  for (const m of ctx.out) {
    if (m.type !== "Policy" || m.rule !== "head-policy") continue;
    const hyphen = tokens[m.ts - 1];
    if (!hyphen || hyphen.sentence !== m.sentence || /^[\p{Ll}]/u.test(hyphen.text)) continue;
    byEnd ??= mentionsByEnd(ctx.out);
    const second = byEnd.get(m.ts);
    if (!second || !PARTY_TYPES.has(second.type) || !isHyphen(tokens[second.ts - 1])) continue;
    if (
      tokens[second.ts - 1]!.start !== tokens[second.ts - 2]?.end ||
      tokens[second.ts]!.start !== tokens[second.ts - 1]!.end
    )
      continue;
    const first = byEnd.get(second.ts - 1);
    if (!first || !PARTY_TYPES.has(first.type) || first.sentence !== m.sentence) continue;
    m.ts = first.ts;
    m.start = tokens[first.ts]!.start;
    m.text = text.slice(m.start, m.end);
    m.name = m.text;
  }
  // "the Trade Expansion Act of 1962 … the Trade Expansion Act": the short name is the same law.
  let dated: Map<string, string> | undefined;
  for (const m of ctx.out)
    if (m.type === "Policy" && / of \d{4}$/.test(m.name))
      (dated ??= new Map()).set(m.name.replace(/ of \d{4}$/, ""), m.name);
  if (dated)
    for (const m of ctx.out) {
      const full = m.type === "Policy" ? dated.get(m.name) : undefined;
      if (full) m.name = full;
    }
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    // Most tokens trigger nothing: one set lookup before any string work.
    if (!POLICY_TRIGGERS.has(t.text)) continue;
    byEnd ??= mentionsByEnd(ctx.out);
    const lower = t.text.toLowerCase();
    // "the Chinese embassy", "Japan's consulate": a state's mission abroad is one of its bodies.
    if ((lower === "embassy" || lower === "consulate") && t.text === lower) {
      const state = byEnd.get(i);
      if (state?.type === "Country" && state.sentence === t.sentence) {
        const name = text.slice(tokens[state.ts]!.start, t.end);
        push(ctx, state.ts, i + 1, { type: "Agency", name, key: "", rule: "state-mission" });
      }
      continue;
    }
    if (lower === "list" || lower === "rule") {
      // The words before the noun, quotes skipped ('its "unreliable entities" list'): start token per word count.
      const starts: number[] = [i];
      const words: string[] = [lower];
      for (let k = i - 1; k >= 0 && k > i - 7 && words.length < 4 && tokens[k]!.sentence === t.sentence; k--) {
        if (QUOTES.test(tokens[k]!.text)) continue;
        words.unshift(tokens[k]!.text.toLowerCase());
        starts.unshift(k);
      }
      for (const [phrase, name] of POLICY_TERMS_BY_LENGTH) {
        const n = phrase.split(" ").length;
        if (n > words.length || words.slice(words.length - n).join(" ") !== phrase) continue;
        const a = starts[words.length - n]!;
        push(ctx, a, i + 1, { type: "Policy", name, key: `Policy:${name}`, rule: "lexicon-policy" });
        break;
      }
      continue;
    }
    // "the PH-EU FTA": the initials of a free trade agreement head a pair's agreement as the noun does.
    const fta = t.text === "FTA";
    if (fta || AGREEMENT_NOUNS.test(t.text)) {
      let a = i;
      while (
        a > 0 &&
        i - a < 3 &&
        AGREEMENT_MODIFIERS.test(tokens[a - 1]!.text) &&
        tokens[a - 1]!.sentence === t.sentence
      )
        a--;
      // The two parties: "UK" "-" "US" right before, each a name found already.
      const second = byEnd.get(a);
      if (
        !second ||
        second.sentence !== t.sentence ||
        !PARTY_TYPES.has(second.type) ||
        !isHyphen(tokens[second.ts - 1]) ||
        tokens[second.ts - 1]!.start !== tokens[second.ts - 2]?.end
      )
        continue;
      const first = byEnd.get(second.ts - 1);
      if (!first || !PARTY_TYPES.has(first.type)) continue;
      // Named with its noun spelt out, as the initials stand for ("Malaysia-EU free trade agreement").
      const name = fta
        ? `${text.slice(tokens[first.ts]!.start, tokens[i - 1]!.end)} free trade agreement`
        : text.slice(tokens[first.ts]!.start, t.end);
      push(ctx, first.ts, i + 1, { type: "Policy", name, key: "", rule: "parties-agreement" });
      continue;
    }
    if (lower !== "tariffs" && lower !== "tariff" && lower !== "duties") continue;
    // "Section 232 tariffs".
    if (/^\d+$/.test(tokens[i - 1]!.text) && tokens[i - 2]?.text === "Section") {
      // "Section 301 tariff exclusions", "Section 301 tariff measures": another instrument,
      // named by the policies rule as written.
      if (SECTION_MEASURE_HEADS.test(tokens[i + 1]?.text ?? "") && tokens[i + 1]!.sentence === t.sentence) continue;
      // Named in the plural whichever number the text writes ("a Section 301 tariff"): one programme.
      const name = `${text.slice(tokens[i - 2]!.start, tokens[i - 1]!.end)} ${pluralTariff(t.text)}`;
      push(ctx, i - 2, i + 1, { type: "Policy", name, key: "", rule: "section-tariffs" });
      continue;
    }
    // "'Liberation Day' tariffs": a quoted capitalised name.
    if (!QUOTES.test(tokens[i - 1]!.text)) continue;
    let a = i - 1;
    while (a > 0 && i - 1 - a < 4 && isCap(tokens[a - 1]) && tokens[a - 1]!.sentence === t.sentence) a--;
    if (a === i - 1 || !QUOTES.test(tokens[a - 1]?.text ?? "")) continue;
    // "the 'Liberation Day' tariff agenda" names the programme "Liberation Day tariffs".
    const name = `${text.slice(tokens[a]!.start, tokens[i - 2]!.end)} ${pluralTariff(t.text)}`;
    push(ctx, a - 1, i + 1, { type: "Policy", name, key: "", rule: "quoted-name-tariffs" });
  }
}

/** Nouns of a measure a trade law's section names after its tariff noun ("Section 301 tariff exclusions"). */
export const SECTION_MEASURE_HEADS = /^(?:measures|actions|exclusions|exclusion|exemptions|exemption|fees)$/;

/** A tariff programme's noun in the plural, as programmes are named ("tariff" → "tariffs"); other nouns as written. */
function pluralTariff(noun: string): string {
  return /^tariff$/i.test(noun) ? `${noun}s` : noun;
}

/** The mentions by the token they end at (the first one there), looked up in O(1). */
function mentionsByEnd(out: Mention[]): Map<number, Mention> {
  const byEnd = new Map<number, Mention>();
  for (const m of out) if (!byEnd.has(m.te)) byEnd.set(m.te, m);
  return byEnd;
}

/** Words that start a check in findNamedPolicies, in lower case and capitalised. */
const POLICY_TRIGGERS: ReadonlySet<string> = new Set(
  ["embassy", "consulate", "list", "rule", "tariffs", "tariff", "duties"]
    .concat(["deal", "agreement", "pact", "accord", "truce", "alliance", "partnership", "treaty"])
    .flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1)])
    .concat(["FTA"]),
);

/** Types that can be the parties of a named agreement. */
const PARTY_TYPES: ReadonlySet<EntityType> = new Set(["Country", "Organization", "Company"]);

/** Bodies whose names may list several portfolios after "of". */
const PORTFOLIO_HEADS: ReadonlySet<string> = new Set(["Ministry", "Department", "Minister", "Secretary", "Committee"]);

/**
 * After "Ministry of Economy" (ending at `j`), ", Trade and Industry": single capitalised words
 * separated by commas, the last after "and" (an Oxford comma allowed). The index of that last word,
 * or -1 when the list does not have that shape.
 */
function portfolioListEnd(ctx: Ctx, i: number, j: number, end: number): number {
  const { tokens } = ctx;
  let headed = false;
  for (let h = i; h < j; h++) if (PORTFOLIO_HEADS.has(tokens[h]!.text) && tokens[h + 1]!.text === "of") headed = true;
  if (!headed) return -1;
  // A portfolio is a plain word: "Japan" or "Korea" in the list means a list of other things.
  const portfolio = (k: number) =>
    isCap(tokens[k]) && !isCap(tokens[k + 1]) && !properMatcher.matchAt(ctx.text, tokens, k);
  let k = j + 1;
  while (k + 1 < end && tokens[k]!.text === "," && portfolio(k + 1)) {
    if (tokens[k + 2]?.text === "and" && portfolio(k + 3)) return k + 3;
    if (tokens[k + 2]?.text === ",") {
      k += 2;
      continue;
    }
    return -1;
  }
  // ", and Industry" after an Oxford comma, or "Economy and Industry" is plain "and" (not a list).
  if (tokens[k]?.text === "," && tokens[k + 1]?.text === "and" && portfolio(k + 2) && k > j + 1) return k + 2;
  return -1;
}

/** Lower-case ends of hyphenated adjectives, not of given names: "Hong Kong-based", "state-owned". */
const COMPOUND_SUFFIXES: ReadonlySet<string> = new Set([
  "based",
  "led",
  "backed",
  "owned",
  "made",
  "run",
  "born",
  "listed",
  "linked",
  "style",
  "wide",
  "era",
  "like",
  "bound",
  "level",
  "funded",
]);

/** "<word> Bank of <state>" names a central bank. */
const STATE_BANKS: ReadonlySet<string> = new Set(["Reserve", "Central"]);

/**
 * A title that ends with a comma right before token `ts` ("Minister of Economy, Trade and
 * Industry, " or "Trade Minister, "): its text and first token, or null.
 */
function titleBeforeComma(ctx: Ctx, ts: number): { title: string; start: number; body: boolean } | null {
  const { tokens } = ctx;
  const comma = tokens[ts - 1];
  if (comma?.text !== "," || comma.sentence !== tokens[ts]!.sentence) return null;
  let start = ts - 1;
  // Back over the capitalised words, "of", "and" and the commas of a list of portfolios.
  for (let k = ts - 2; k >= Math.max(0, ts - 12) && tokens[k]!.sentence === comma.sentence; k--) {
    const t = tokens[k]!;
    if (isCap(t)) start = k;
    else if (!/^(of|and|for|,)$/.test(t.text)) break;
  }
  if (start < ts - 2 && /^the$/i.test(tokens[start]!.text)) start++;
  // Round 17b: "European Commission Vice President for Industrial Strategy, X": a body's name the
  // gazetteer knows before the post is the post's body, not its words.
  let body = false;
  if (start < ts - 2 && !TITLE_HEADS.has(tokens[start]!.text) && !TITLE_MODIFIERS.has(tokens[start]!.text)) {
    const known = ctx.out.find((m) => m.ts === start && BODY_TYPES.has(m.type));
    if (known && known.te < ts - 1) {
      start = known.te;
      body = true;
    }
  }
  if (start >= ts - 1) return null;
  const first = tokens[start]!;
  if (!TITLE_HEADS.has(first.text) && !TITLE_MODIFIERS.has(first.text)) return null;
  let headed = false;
  for (let k = start; k < ts - 1; k++) if (TITLE_HEADS.has(tokens[k]!.text)) headed = true;
  if (!headed) return null;
  return { title: ctx.text.slice(first.start, tokens[ts - 2]!.end), start, body };
}

/** The country whose possessive ends right before token `ts` ("China's", "South Korea's"), if any. */
function possessiveCountry(ctx: Ctx, ts: number): string | undefined {
  const { tokens } = ctx;
  if (!/^['’]s$/.test(tokens[ts - 1]?.text ?? "")) return undefined;
  for (let k = ts - 2; k >= Math.max(0, ts - 5); k--) {
    const owner = properMatcher.matchAt(ctx.text, tokens, k);
    if (owner?.value.type === "Country" && owner.te === ts - 1) return owner.value.name;
  }
  return undefined;
}

/**
 * The words after a title read as a name: up to three capitalised words, or initials then two
 * ("Mines Secretary V. L. Kantha Rao").
 */
function isTitledName(words: Token[]): boolean {
  const initials = words.findIndex((w) => !/^[\p{Lu}]\.$/u.test(w.text));
  const max = initials > 0 ? initials + 2 : 3;
  return (
    words.length > 0 &&
    words.length <= max &&
    words.every(
      (w, i) =>
        /^[\p{Lu}][\p{L}’'.-]*$/u.test(w.text) &&
        // "Minister Park Min-soo": a surname written first is no place's head ("Central Park").
        (!(w.text in NAME_HEADS) || (i === 0 && words.length > 1 && ASIAN_SURNAMES.has(w.text))),
    ) &&
    !(words.at(-1)!.text in NAME_HEADS)
  );
}

/** Name words with one inner capital at most: "Marcus", "McDonagh", "DeSantis", "LeBlanc", "O’Brien". */
const SURNAME_WORD = /^\p{Lu}[\p{Ll}’'-]*(?:\p{Lu}[\p{Ll}’'-]+)?$/u;

/** A capitalised name word: "Leyen", "O’Brien", "Jean-Claude" (not an initial or an acronym). */
const NAME_WORD = /^\p{Lu}[\p{Ll}’'-]+$/u;

/**
 * Where a run of one to three name particles starting at `i` ("von der") reaches the name word that
 * ends it ("Leyen"): that word's index, or -1 when there is no such run or the word is a place or a
 * country the gazetteers know ("Banco de Mexico" is not a surname).
 */
function particleRunEnd(ctx: Ctx, i: number, end: number): number {
  const { tokens } = ctx;
  let k = i;
  while (k < end && k < i + 3 && NAME_PARTICLES.has(tokens[k]!.text)) k++;
  if (k === i || k >= end) return -1;
  // "al-Busaidi", "El-Sayed": a family particle joined to the name by a hyphen.
  const family = FAMILY_PARTICLES.has(tokens[k - 1]!.text);
  if (family && familyHyphen(tokens, k)) k++;
  const word = tokens[k]!;
  if (!word || k >= end || !NAME_WORD.test(word.text) || word.text in NAME_HEADS) return -1;
  // "Al Sabah", "Al Said": after a family particle a place's name is the family's.
  return !family && properMatcher.matchAt(ctx.text, tokens, k) ? -1 : k;
}

/**
 * The hyphen at `k` written unspaced between a word passing `before` and one passing `after`
 * ("al-Busaidi", "Secretary-General").
 */
function unspacedHyphen(
  tokens: Token[],
  k: number,
  before: (t: Token) => boolean,
  after: (t: Token) => boolean = before,
): boolean {
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  return (
    isHyphen(tokens[k]) &&
    !!prev &&
    !!next &&
    prev.end === tokens[k]!.start &&
    next.start === tokens[k]!.end &&
    before(prev) &&
    after(next)
  );
}

/** The hyphen at `k` joining a family particle to the name after it ("al-Busaidi"), unspaced. */
function familyHyphen(tokens: Token[], k: number): boolean {
  return unspacedHyphen(
    tokens,
    k,
    (t) => FAMILY_PARTICLES.has(t.text),
    () => true,
  );
}

/**
 * Name words with particles inside or in front ("Ursula von der Leyen", "von der Leyen"): true when
 * the particles are followed by a name word and the name words are at most four.
 */
function hasNameParticles(tokens: Token[], ts: number, te: number): boolean {
  const words = tokens.slice(ts, te).filter((_, i) => !familyHyphen(tokens, ts + i));
  if (!words.some((w) => NAME_PARTICLES.has(w.text)) || NAME_PARTICLES.has(words.at(-1)!.text)) return false;
  const names = words.filter((w) => !NAME_PARTICLES.has(w.text));
  return (
    names.length <= 4 && names.every((w) => NAME_WORD.test(w.text) && !(w.text in NAME_HEADS) && !MONTHS.has(w.text))
  );
}

/**
 * Where a title inside the span starts when the span ends with a title and a short name after some
 * other words ("Reserve Bank of India | Governor Sanjay Malhotra"); -1 when it does not.
 */
function innerTitleStart(tokens: Token[], ts: number, te: number): number {
  for (let k = ts + 1; k < te - 1; k++) {
    if (!isTitleWord(tokens[k]!) || isTitleWord(tokens[k - 1]!)) continue;
    let end = k;
    while (end < te && (isTitleWord(tokens[end]!) || titleHyphen(tokens, end))) end++;
    while (end > k && !TITLE_HEADS.has(titleForm(tokens[end - 1]!))) end--;
    if (end === k || end >= te) continue;
    const rest = tokens.slice(end, te);
    if (isTitledName(rest) || hasNameParticles(tokens, end, te)) return k;
  }
  return -1;
}

/** Whether `t` is a token of the sentence of `first`. */
function sameSentenceAs(first: Token, t: Token | undefined): boolean {
  return !!t && t.sentence === first.sentence;
}

function isTitleWord(t: Token): boolean {
  return TITLE_MODIFIERS.has(titleForm(t)) || TITLE_HEADS.has(titleForm(t));
}

/** A title's word as the lists spell it: "SENATE PRESIDENT" → "Senate", "President". */
function titleForm(t: Token): string {
  const w = t.text;
  return w.length > 3 && w === w.toUpperCase() && /^[\p{Lu}]+$/u.test(w) ? w[0] + w.slice(1).toLowerCase() : w;
}

/** The hyphen of "Secretary-General", "Director-General": between two title words, unspaced. */
function titleHyphen(tokens: Token[], k: number): boolean {
  return unspacedHyphen(tokens, k, (t) => TITLE_HEADS.has(titleForm(t)) || TITLE_MODIFIERS.has(titleForm(t)));
}

/** "CEO of", "chief executive of", "chairman of", "founder of" just before index ts. */
function firmPostOfBefore(tokens: Token[], ts: number): boolean {
  const of = tokens[ts - 1];
  const post = tokens[ts - 2];
  if (of?.text !== "of" || !post || post.sentence !== tokens[ts]!.sentence) return false;
  return /^(?:CEO|CFO|COO|chairman|chairwoman|founder|co-founder|executive|shareholders?)$/i.test(post.text);
}

/** Posts of a firm: "Cove CEO Jane Roe", "Acme Chairman John Doe" name the firm before the post. */
const FIRM_TITLE_HEADS: ReadonlySet<string> = new Set([
  "CEO",
  "CFO",
  "COO",
  "CTO",
  "Chairman",
  "Chairwoman",
  "Founder",
]);

/** A firm's post opening at `k`: "CEO", "Chairman", or a chief officer ("Chief Executive Officer"). */
function isFirmTitleAt(tokens: Token[], k: number): boolean {
  const word = tokens[k]!.text;
  if (FIRM_TITLE_HEADS.has(word)) return true;
  return (
    word === "Chief" &&
    /^(?:Executive|Operating|Financial|Investment|Technology|Commercial)$/.test(tokens[k + 1]?.text ?? "")
  );
}

/** Lower-case or firm posts a body's name follows after "of" ("chief executive of", "co-founder of"). */
const POST_OF_WORDS =
  /^(?:CEO|CFO|COO|CTO|CIO|president|chairman|chairwoman|chair|chief|executive|officer|director|head|founder|co-founder|governor|secretary-general|director-general|partner|commissioner|minister|secretary|spokesperson|spokesman|spokeswoman)$/i;

/** Types of bodies whose post a person holds ("of the World Bank", "of Rio Tinto"). */
const HOLDER_BODY_TYPES: ReadonlySet<string> = new Set(["Organization", "Agency", "Company"]);

/**
 * "President of the Asian Development Bank Jane Roe", "Secretary-General of ASEAN Jane
 * Roe", "Chief Executive of Rio Tinto Jane Roe": a post, "of" (and "the"), then a body the lists
 * know or its head types, then two or three name words (a first name, or name-shaped words none
 * a word of the language or a gazetteer's): the body is pushed, then the person holding the post
 * in it (its title read back from "of"). False, with nothing pushed, for any other span.
 */
function bodyThenHolder(ctx: Ctx, ts: number, te: number): boolean {
  const { tokens, text } = ctx;
  if (te - ts < 3) return false;
  let of = ts - 1;
  if (tokens[of]?.text === "the") of--;
  const sentence = tokens[ts]!.sentence;
  const post = tokens[of - 1];
  if (tokens[of]?.text !== "of" || !post || post.sentence !== sentence) return false;
  if (!(POST_OF_WORDS.test(post.text) || TITLE_HEADS.has(titleForm(post))) || HONORIFIC.test(post.text)) return false;
  // The title: the post's words back from "of" ("Chief Investment Officer", "Secretary-General").
  let start = of - 1;
  while (
    start > 0 &&
    tokens[start - 1]!.sentence === sentence &&
    (isTitleWord(tokens[start - 1]!) || isHyphen(tokens[start - 1]) || POST_OF_WORDS.test(tokens[start - 1]!.text))
  )
    start--;
  while (start < of - 1 && isHyphen(tokens[start])) start++;
  // A firm's post ("Chief Executive", "CEO", "founder"): a body no list knows is the firm.
  const firmPost = isFirmTitleAt(tokens, start) || firmPostOfBefore(tokens, of + 1) || /^Officer$/.test(post.text);
  for (const n of [3, 2]) {
    const b = te - n;
    if (b <= ts) continue;
    const holder =
      looksLikePersonName(tokens, b, te) ||
      (nameShaped(tokens, b, te) &&
        !knownWordIn(ctx, b, te) &&
        !FACILITY_NOUNS.has(tokens[te - 1]!.text.toLowerCase()));
    if (!holder || CALENDAR_NAMES.has(tokens[b]!.text)) continue;
    const known = properMatcher.matchAt(text, tokens, ts);
    const listed = known?.te === b ? known.value.type : typeWholeSpan(ctx, ts, b)?.type;
    const head = NAME_HEADS[tokens[b - 1]!.text];
    // "Acme Holdings", "Danantara Indonesia" after a firm's post, a first name opening the name after
    // it: the firm, one of its words at least no word of the language.
    // A body the document named before ("the fund Danantara said …"; later "CIO of Danantara Indonesia X").
    // Its first words too: "Danantara" named before, "Danantara Indonesia" here.
    let named = ctx.names.byName.get(spanText(ctx, ts, b));
    for (let j = b - 1; j > ts && !named; j--) named = ctx.names.byName.get(spanText(ctx, ts, j));
    // A state's name closing the firm's ("Danantara Indonesia") is a boundary no person's name crosses.
    const stateEnds = [...Array(b - ts - 1).keys()].some(
      (i) =>
        properMatcher.matchAt(text, tokens, ts + 1 + i)?.te === b &&
        properMatcher.matchAt(text, tokens, ts + 1 + i)?.value.type === "Country",
    );
    const firm =
      !listed &&
      firmPost &&
      b - ts <= 3 &&
      (FIRST_NAMES.has(tokens[b]!.text) || stateEnds) &&
      tokens.slice(ts, b).some((t) => !isVocabularyWord(t.text.toLowerCase())) &&
      (!known || known.te < b);
    const typed =
      listed ??
      (named && HOLDER_BODY_TYPES.has(named.type) ? named.type : undefined) ??
      (head && HOLDER_BODY_TYPES.has(head) ? head : firm ? "Company" : undefined);
    if (!typed || !HOLDER_BODY_TYPES.has(typed)) continue;
    const before = ctx.out.length;
    if (listed) {
      classifySpan(ctx, ts, b, false);
      if (!ctx.out.slice(before).some((m) => m.ts === ts && m.te === b && HOLDER_BODY_TYPES.has(m.type))) {
        ctx.out.length = before;
        for (let k = ts; k < b; k++) ctx.claimed[k] = 0;
        continue;
      }
    } else {
      push(ctx, ts, b, {
        type: typed as EntityType,
        name: spanText(ctx, ts, b),
        key: "",
        rule: "context-body-of-post",
      });
    }
    const title = text.slice(tokens[start]!.start, tokens[of - 1]!.end);
    pushPerson(ctx, b, te, "title-of-body-person", { title, titleStart: start });
    return true;
  }
  return false;
}

/** Where a firm's post ("CEO", "Chief Executive (Officer)") opens inside [ts, te) before a name of two words or more, or -1. */
function firmPostStart(tokens: Token[], ts: number, te: number): number {
  for (let k = ts + 1; k < te - 2; k++) {
    if (!isFirmTitleAt(tokens, k)) continue;
    let end = tokens[k]!.text === "Chief" ? k + 2 : k + 1;
    if (tokens[end]?.text === "Officer") end++;
    const rest = tokens.slice(end, te);
    return rest.length >= 2 && isTitledName(rest) ? k : -1;
  }
  return -1;
}

/**
 * Whether the words a…b end with a title and then a person's name of two to four words:
 * "Secretary of State Jane Roe", "Commission President Ines van der Berg". Before "and", such a
 * span is one person and "and" opens the next name, never the rest of one body's name.
 */
function titledNameEndsAt(tokens: Token[], a: number, b: number): boolean {
  let head = -1;
  for (let k = a; k <= b - 2 && head < 0; k++) if (TITLE_HEADS.has(tokens[k]!.text)) head = k;
  if (head < 0) return false;
  for (let n = 2; n <= 4; n++) {
    const s = b + 1 - n;
    if (s <= head || /^(?:of|for|on|and|&)$/.test(tokens[s - 1]!.text)) continue;
    if (looksLikePersonName(tokens, s, b + 1) || particlePerson(tokens, s, b + 1)) return true;
  }
  return false;
}

function hasOfBefore(tokens: Token[], a: number, b: number): boolean {
  for (let k = a; k <= b; k++) if (/^(of|for|on)$/.test(tokens[k]!.text)) return true;
  return false;
}

/** Bodies named after the building they sit in: "at the White House" names the building. */
const BUILDING_AGENCIES: ReadonlySet<string> = new Set(["White House", "Kremlin", "Pentagon", "Downing Street"]);

/** Capitalised directions that open a region's part ("Southeast Alaska"). */
const CAPITAL_COMPASS =
  /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Northeast|Northwest|Southeast|Southwest|Upstate|Downstate)$/;

/** "visits the White House", "visited the Kremlin": a visit's verb before "the" and a seat of power. */
const VISIT_VERBS = /^(?:visit|visits|visited|visiting|toured|tour)$/;

/** "at the White House", "inside the Kremlin": a locative preposition and "the" before the name. */
function venueContext(ctx: Ctx, ts: number): boolean {
  const { tokens } = ctx;
  const s = tokens[ts]!.sentence;
  const the = tokens[ts - 1];
  const prep = tokens[ts - 2];
  return (
    the?.sentence === s &&
    the.text.toLowerCase() === "the" &&
    prep?.sentence === s &&
    /^(at|inside|outside|in)$/i.test(prep.text)
  );
}

/**
 * "a fellow at the X Center", "director of the Asia program at the X Centre": a person's post (a
 * singular role noun, its "of" phrase allowed) right before the "at" at token `at`: the centre
 * employs, it is no venue.
 */
function staffAt(ctx: Ctx, at: number): boolean {
  const { tokens } = ctx;
  const s = tokens[at]!.sentence;
  for (let k = at - 1; k >= Math.max(0, at - 6) && tokens[k]!.sentence === s; k--) {
    const w = tokens[k]!.text;
    if (ROLE_NOUNS.has(w)) return k === at - 1 || tokens[k + 1]!.text === "of";
    if (/^[,;:()]$/.test(w) || tokens[k]!.pos === "VERB") return false;
  }
  return false;
}

/** "Asia-Pacific economist", "Europe head": a world region before a lower-case role noun is a modifier. */
function regionAsModifier(ctx: Ctx, te: number): boolean {
  const next = ctx.tokens[te];
  return !!next && next.sentence === ctx.tokens[te - 1]!.sentence && ROLE_NOUNS.has(next.text);
}

/**
 * "according to The Kyiv Independent", "told The Lagos Courier": a capitalised "The" inside a
 * sentence opens a publication's title, when a source cue stands before it and no known name or
 * other body's head word makes up the rest.
 */
function publicationTitle(ctx: Ctx, ts: number, te: number): boolean {
  const { tokens, text } = ctx;
  const the = tokens[ts]!;
  if (the.text !== "The" || the.first || te - ts < 2 || te - ts > 4) return false;
  const at = (k: number) => (tokens[k]?.sentence === the.sentence ? tokens[k]!.text.toLowerCase() : "");
  const cue =
    /^(?:told|by)$/.test(at(ts - 1)) ||
    (at(ts - 1) === "to" && at(ts - 2) === "according") ||
    (at(ts - 1) === "with" && /^(?:interview|conversation|podcast)$/.test(at(ts - 2)));
  if (!cue) return false;
  const head = NAME_HEADS[tokens[te - 1]!.text];
  if (head !== undefined && head !== "Media") return false;
  const whole = properMatcher.matchAt(text, tokens, ts);
  const rest = properMatcher.matchAt(text, tokens, ts + 1);
  return !(whole && whole.te >= te) && !(rest && rest.te >= te) && !looksLikePersonName(tokens, ts + 1, te);
}

/**
 * Whether a mention pushed since `ctx.out` had `before` entries opens at token `at` (a function,
 * not a closure in classifySpan: a closure reading its `ts` would cost a context on every call).
 */
function pushedAt(ctx: Ctx, before: number, at: number): boolean {
  for (let k = before; k < ctx.out.length; k++) if (ctx.out[k]!.ts === at) return true;
  return false;
}

/** Heads of a meeting's name that a plural title may open ("Foreign Ministers Meeting"). */
const PLURAL_TITLE_EVENTS =
  /^(?:Meeting|Meetings|Summit|Conference|Forum|Dialogue|Retreat|Council|Group|Declaration|Statement|Session|Talks)$/;

/**
 * The index after a plural title head opening [ts, te) ("Prime Ministers", "Presidents"; title
 * modifiers before it) when a name follows it to the span's end, else 0.
 */
function pluralTitleEnd(tokens: Token[], ts: number, te: number): number {
  let k = ts;
  while (k < te && TITLE_MODIFIERS.has(tokens[k]!.text) && !PLURAL_TITLE_HEADS.has(tokens[k]!.text)) k++;
  if (k >= te - 1 || !PLURAL_TITLE_HEADS.has(tokens[k]!.text)) return 0;
  for (let j = k + 1; j < te; j++) {
    const w = tokens[j]!.text;
    if (!NAME_WORD.test(w) || PLURAL_TITLE_EVENTS.test(w) || TITLE_HEADS.has(w) || TITLE_MODIFIERS.has(w)) return 0;
  }
  return k + 1;
}

/** Splits a span into its gazetteer parts and classifies what is left. */
function classifySpan(ctx: Ctx, ts: number, te: number, headline: boolean) {
  const { tokens, text } = ctx;
  // Trim a sentence-initial function word ("The", "However") and trailing connectors; not the
  // "New" of a known place ("New York time", after an "a.m." read as a sentence's end).
  while (
    ts < te &&
    tokens[ts]!.first &&
    SENTENCE_START_STOP.has(tokens[ts]!.text) &&
    !(te - ts > 1 && tokens[ts]!.text === "New" && properMatcher.matchAt(text, tokens, ts))
  )
    ts++;
  // "Under President X, …": a preposition, unless it opens a title ("Under Secretary Y said").
  if (te - ts > 1 && tokens[ts]!.first && tokens[ts]!.text === "Under" && tokens[ts + 1]!.text !== "Secretary") ts++;
  // "She and European Council President X": a connector left opening the span is no name's word.
  while (ts < te && /^(?:and|or|of|for|&)$/.test(tokens[ts]!.text)) ts++;
  while (te > ts && (CONNECTORS.has(tokens[te - 1]!.text) || isHyphen(tokens[te - 1]))) te--;
  // "Prime Ministers Jane Roe and …", "Foreign Ministers Roe and …": a plural title
  // opens the run, a name after it (not a meeting's head: "Foreign Ministers Meeting"); the name
  // is the person's, titled by the plural as "Presidents X and Y" is.
  const plural = pluralTitleEnd(tokens, ts, te);
  if (plural > 0) {
    pushPerson(ctx, plural, te, "title-person", { title: spanText(ctx, ts, plural), titleStart: ts });
    return;
  }
  // Round 17b: "Special Envoy for Critical Minerals Jane Roe": a post's remit after "for", then a name.
  if (!headline && remitTailPerson(ctx, ts, te)) return;
  // "President of the Asian Development Bank Jane Roe", "Chief Executive of Rio Tinto
  // Jane Roe": a post "of" a body, then the body's name and its holder's in one capitalised run.
  if (!headline && bodyThenHolder(ctx, ts, te)) return;
  // "Chairman of the Board of Acme Metals Corp.": the board is the firm's, the firm named
  // after "of" by its legal suffix.
  if (
    te - ts >= 4 &&
    tokens[ts]!.text === "Board" &&
    tokens[ts + 1]!.text === "of" &&
    LEGAL_SUFFIXES.has(nameHead(tokens, te)) &&
    /^(?:the|of)$/.test(tokens[ts - 1]?.text ?? "")
  ) {
    classifySpan(ctx, ts + 2, te, headline);
    return;
  }
  // "On Friday Jane Roe held …", "In March Acme Metals said …": a weekday or a month opening a
  // capitalised run (no comma after the date) is the date, not a word of the name after it.
  if (
    te - ts > 1 &&
    (WEEKDAYS.has(tokens[ts]!.text) || (MONTHS.has(tokens[ts]!.text) && !FIRST_NAMES.has(tokens[ts]!.text)))
  ) {
    // "January-September", "Monday-Friday": a range of dates, no name after it.
    const after = tokens[ts + 1]!.text;
    if (/^[\p{Lu}]/u.test(after) && !MONTHS.has(after) && !WEEKDAYS.has(after)) classifySpan(ctx, ts + 1, te, headline);
    return;
  }
  // "Spokesperson Jane Roe said", "Farmer Jane Roe lost …": a person's noun capitalised only by
  // the sentence's start is no word of the name after it (a title's head is read as a title).
  if (
    te - ts >= 3 &&
    tokens[ts]!.first &&
    !TITLE_HEADS.has(tokens[ts]!.text) &&
    (PERSON_NOUNS.test(tokens[ts]!.text.toLowerCase()) || ROLE_NOUNS.has(tokens[ts]!.text.toLowerCase()))
  ) {
    classifySpan(ctx, ts + 1, te, headline);
    return;
  }
  // "Acme Mining Group ACMGF, …": an over-the-counter ticker after a firm's name (five
  // capitals closing on F, a foreign share, or Y, a depositary receipt) is no word of the name.
  if (te - ts > 1 && OTC_TICKER.test(tokens[te - 1]!.text) && !properMatcher.matchAt(text, tokens, te - 1)) {
    classifySpan(ctx, ts, te - 1, headline);
    return;
  }
  // "President Jane Roe Tuesday resulted …": a weekday after a name is the date, not a word of it.
  if (te - ts > 1 && WEEKDAYS.has(tokens[te - 1]!.text)) {
    classifySpan(ctx, ts, te - 1, headline);
    return;
  }
  // "said Jane Roe CEO and Managing Director of Acme": a firm's post in capitals after a person's
  // name is the post, not a word of the name; "X, Acme Mining CEO, said": after the firm's name,
  // the post closing the span.
  if (
    te - ts >= 2 &&
    /^(?:CEO|CFO|COO|CTO)$/.test(tokens[te - 1]!.text) &&
    ((te - ts > 2 && looksLikePersonName(tokens, ts, te - 1)) ||
      /^(?:[,.;:)]|said|says|told)$/.test(tokens[te]?.text ?? "."))
  ) {
    classifySpan(ctx, ts, te - 1, headline);
    return;
  }
  if (ts >= te) return;
  // Round 17: "New Ruritania News Network", "Ruritania Press Agency": a news body's head types the
  // whole name, a country inside it included.
  if (!headline && te - ts >= 3 && te - ts <= 5 && newsAgency(tokens, te)) {
    push(ctx, ts, te, { type: "Media", name: spanText(ctx, ts, te), key: "", rule: "head-media" });
    return;
  }
  // "CNBC Indonesia", "CNN Brasil": a known outlet and the country of its edition, one outlet.
  if (!headline && te - ts >= 2) {
    const outlet = properMatcher.matchAt(ctx.text, tokens, ts);
    const edition =
      outlet?.value.type === "Media" && outlet.te < te ? properMatcher.matchAt(ctx.text, tokens, outlet.te) : null;
    // Round 16: "Bernama TV", "Kyodo Radio": a known outlet's channel is an outlet of its own name.
    const channel =
      outlet?.value.type === "Media" && outlet.te === te - 1 && /^(?:TV|Radio)$/.test(tokens[te - 1]!.text);
    if ((edition && edition.te === te && edition.value.type === "Country") || channel) {
      push(ctx, ts, te, { type: "Media", name: spanText(ctx, ts, te), key: "", rule: "context-outlet-edition" });
      return;
    }
    // "said on Bloomberg TV July 23": the channel, then a date read into the span.
    if (
      outlet?.value.type === "Media" &&
      outlet.te < te - 1 &&
      /^(?:TV|Radio)$/.test(tokens[outlet.te]!.text) &&
      MONTHS.has(tokens[outlet.te + 1]!.text.replace(/\.$/, ""))
    ) {
      push(ctx, ts, outlet.te + 1, {
        type: "Media",
        name: spanText(ctx, ts, outlet.te + 1),
        key: "",
        rule: "context-outlet-edition",
      });
      return;
    }
  }
  // "a post on X. This …": the platform's name read as an initial that swallowed the sentence's end.
  if (!headline && te - ts > 1 && /^[\p{Lu}]\.$/u.test(tokens[ts]!.text) && mediaByContext(tokens, ts, ts + 1)) {
    const name = tokens[ts]!.text.slice(0, 1);
    push(ctx, ts, ts + 1, { type: "Media", name, key: "", rule: "context-press-outlet" });
    classifySpan(ctx, ts + 1, te, headline);
    return;
  }
  if (!headline && publicationTitle(ctx, ts, te)) {
    push(ctx, ts, te, { type: "Media", name: spanText(ctx, ts, te), key: "", rule: "context-publication-title" });
    return;
  }
  // "the chief executive of Acme Rare Earth", "a founder of Nordic Lithium": the firm a post heads,
  // whole even when a country or a mineral opens its name.
  // An unknown first word is left to the usual path.
  // A name no list knows ("the chief executive of Glencore", "the founder of Orion Metals") is the
  // firm's too, unless it is shaped like a person's.
  if (!headline && te - ts >= 1 && te - ts <= 4 && firmPostOfBefore(tokens, ts)) {
    const whole = properMatcher.matchAt(text, tokens, ts);
    const unknown = !whole && !FIRST_NAMES.has(tokens[ts]!.text) && !(tokens[ts]!.text in NAME_HEADS);
    if ((unknown || (whole && whole.te < te)) && !looksLikePersonName(tokens, ts, te)) {
      push(ctx, ts, te, { type: "Company", name: spanText(ctx, ts, te), key: "", rule: "context-firm-post-of" });
      return;
    }
  }
  // Round 16: "advisory firm Lantern China", "the miner Kestrel Peru": a company noun before a name no
  // list knows that ends on a country's name is one firm (its market in its name), not a firm and a state.
  const firmNoun = tokens[ts - 1];
  if (
    !headline &&
    te - ts >= 2 &&
    te - ts <= 4 &&
    firmNoun?.sentence === tokens[ts]!.sentence &&
    isCompanyNoun(firmNoun.text) &&
    !properMatcher.matchAt(text, tokens, ts) &&
    !isPossessiveMark(tokens[te]?.text)
  ) {
    const country = properMatcher.matchAt(text, tokens, te - 1);
    if (
      country?.te === te &&
      country.value.type === "Country" &&
      !FIRST_NAMES.has(tokens[ts]!.text) &&
      !looksLikePersonName(tokens, ts, te - 1)
    ) {
      push(ctx, ts, te, { type: "Company", name: spanText(ctx, ts, te), key: "", rule: "context-company-noun" });
      return;
    }
  }
  // "Chipmaker TSMC said …", "Miner Rio Tinto Group …": a company noun opening the sentence,
  // capitalised; the name after it is the company's unless something else claims it.
  // Not a noun the rest of a name follows in lower case ("Group of Seven leaders …").
  if (te - ts > 1 && tokens[ts]!.first && isCompanyNoun(tokens[ts]!.text) && !/^[\p{Ll}]/u.test(tokens[ts + 1]!.text)) {
    const before = ctx.out.length;
    classifySpan(ctx, ts + 1, te, headline);
    const claimed = pushedAt(ctx, before, ts + 1);
    if (!claimed && !headline && !looksLikePersonName(tokens, ts + 1, te)) {
      push(ctx, ts + 1, te, {
        type: "Company",
        name: spanText(ctx, ts + 1, te),
        key: "",
        rule: "context-company-noun",
      });
    }
    return;
  }
  if (!headline && te - ts > 1) {
    const whole = typeWholeSpan(ctx, ts, te);
    // "Reserve Bank of India Governor Sanjay Malhotra": a body, then a title and a name; also
    // "Talon Metals CEO Greta Lind", a body typed by its head word just before the title.
    // "Acme Mining Chief Executive X": a firm's post inside the span, its name's words a title's ("Mining").
    const firmPost = firmPostStart(tokens, ts, te);
    const inner = firmPost > ts ? firmPost : innerTitleStart(tokens, ts, te);
    const titled =
      whole || (inner > ts + 1 && tokens[inner - 1]!.text in NAME_HEADS) || (inner > ts && isFirmTitleAt(tokens, inner))
        ? inner
        : -1;
    if (titled > 0 && !whole && isFirmTitleAt(tokens, titled)) {
      // "Cove CEO Jane Roe": the words before the post name the firm, unless the lists know them.
      const before = ctx.out.length;
      classifySpan(ctx, ts, titled, headline);
      // "Rio Verde CEO X": a name shaped like a person's before a firm's post is the firm.
      for (const m of ctx.out.slice(before))
        if (m.ts === ts && m.te === titled && m.type === "Person" && m.rule === "shape-person-name") {
          m.type = "Company";
          m.rule = "context-firm-post";
        }
      if (!pushedAt(ctx, before, ts) && !looksLikePersonName(tokens, ts, titled)) {
        push(ctx, ts, titled, { type: "Company", name: spanText(ctx, ts, titled), key: "", rule: "context-firm-post" });
      }
      classifySpan(ctx, titled, te, headline);
      return;
    }
    if (titled > 0) {
      classifySpan(ctx, ts, titled, headline);
      classifySpan(ctx, titled, te, headline);
      return;
    }
    if (whole) {
      if (whole.type === "Meeting") {
        // "ASEAN Summit": the summit, and the organisation that holds it.
        const org = properMatcher.matchAt(ctx.text, tokens, ts)!;
        push(ctx, org.ts, org.te, {
          type: org.value.type,
          name: org.value.name,
          key: org.value.key,
          rule: org.value.rule,
        });
      }
      push(ctx, ts, te, { type: whole.type, name: spanText(ctx, ts, te), key: "", rule: whole.rule });
      return;
    }
  }
  // Walk the span: gazetteer names claim their tokens, the rest forms sub-spans.
  let nationality: string | undefined;
  let i = ts;
  let restStart = -1;
  // "Prime Minister of Malaysia X": a title ending "of", the state, then the holder's name.
  let titleOfState: { start: number; end: number } | undefined;
  // The words since `restStart` are classified when a gazetteer name or the span's end closes them.
  while (i < te) {
    const hit = properMatcher.matchAt(text, tokens, i);
    // A gazetteer name that is only the start of a longer typed name ("New York University",
    // "USA Rare Earth") does not claim it; nor does a city that is a first name ("President
    // Vladimir Putin", "Austin Reed said").
    // "Maria Santos", "Ana Lincoln", "Ana Lima": a city after a first name is a surname, a capital
    // too unless a comma or "and" follows it as in a list of places.
    const citySurname =
      hit !== null &&
      hit.value.rule === "gazetteer-city" &&
      hit.te - hit.ts === 1 &&
      i > ts &&
      restStart >= 0 &&
      FIRST_NAMES.has(tokens[i - 1]!.text) &&
      (!CAPITALS.has(hit.phrase) || !/^(?:,|and|or)$/.test(tokens[hit.te]?.text ?? ","));
    // "Sheikh Sabah Khalid Al Sabah": a place after a family particle inside a name is the family's.
    // "Rashid bin Omar": a place's name before "bin" is a given name.
    const familyName =
      hit !== null &&
      ((i > ts && restStart >= 0 && restStart < i - 1 && FAMILY_PARTICLES.has(tokens[i - 1]!.text)) ||
        (hit.te - hit.ts === 1 && hit.te < te && hit.value.type === "Place" && PATRONYMIC.test(tokens[hit.te]!.text)));
    if (hit && i === ts && !headline && cityOpensName(ctx, hit, te)) {
      // "Shanghai Shaosheng", "Tokyo Electron": a city opening a longer name is no place.
      classifyUnknown(ctx, ts, te, headline, nationality);
      return;
    }
    // "Southeast Alaska", "Northern Ontario": a capitalised direction before a state or province
    // names a part of it, a place of its own.
    if (
      hit &&
      hit.value.rule === "gazetteer-region" &&
      REGIONS.has(hit.value.name) &&
      i > ts &&
      restStart === i - 1 &&
      CAPITAL_COMPASS.test(tokens[i - 1]!.text)
    ) {
      const name = spanText(ctx, i - 1, hit.te);
      push(ctx, i - 1, hit.te, { type: "Place", name, key: `Place:${name}`, rule: "compass-region" });
      restStart = -1;
      i = hit.te;
      continue;
    }
    // "the Government of Saskatchewan", "the Government of Western Australia": a
    // region's government is a body of state (a sovereign state's stays the state, as the press
    // uses it: "the Government of X agreed").
    if (
      hit &&
      hit.te === te &&
      !headline &&
      hit.value.rule === "gazetteer-region" &&
      restStart === ts &&
      i === ts + 2 &&
      tokens[ts]!.text === "Government" &&
      tokens[ts + 1]!.text === "of"
    ) {
      push(ctx, ts, te, { type: "Agency", name: spanText(ctx, ts, te), key: "", rule: "head-region-government" });
      return;
    }
    // "Channel News Africa", "Radio Free Africa": an outlet's name that a region or country closes.
    if (
      hit &&
      hit.te === te &&
      !headline &&
      restStart >= 0 &&
      restStart < i &&
      (hit.value.type === "Place" || hit.value.rule === "gazetteer-country") &&
      (NAME_HEADS[tokens[i - 1]!.text] === "Media" || /^(?:Radio|Channel)$/.test(tokens[restStart]!.text))
    ) {
      push(ctx, restStart, te, {
        type: "Media",
        name: spanText(ctx, restStart, te),
        key: "",
        rule: "head-media-place",
      });
      return;
    }
    // "Acme Lithium Zimbabwe", "Kestrel Mining Australia": a firm's name closed by the country of
    // its local unit (a company head right before the country, two words or more before it; not
    // "Natural Resources Canada", a department). "Export Finance Norway", "Export Development
    // Canada": a state's export-credit body (an Agency).
    const exportCredit =
      restStart >= 0 &&
      restStart === i - 2 &&
      tokens[restStart]!.text === "Export" &&
      /^(?:Finance|Development|Credit)$/.test(tokens[i - 1]!.text);
    if (
      hit &&
      hit.te === te &&
      !headline &&
      hit.value.rule === "gazetteer-country" &&
      restStart >= 0 &&
      restStart < i - 1 &&
      (NAME_HEADS[tokens[i - 1]!.text] === "Company" || exportCredit) &&
      tokens[restStart]!.text !== "Natural"
    ) {
      push(ctx, restStart, te, {
        type: exportCredit ? "Agency" : "Company",
        name: spanText(ctx, restStart, te),
        key: "",
        rule: exportCredit ? "head-export-credit-state" : "head-company-country-unit",
      });
      return;
    }
    if (hit && hit.te <= te && !cityAsFirstName(ctx, hit, te) && !citySurname && !familyName) {
      titleOfState =
        !headline && hit.value.type === "Country" && restStart >= 0 && titleBeforeOf(tokens, restStart, i)
          ? { start: restStart, end: hit.te }
          : undefined;
      if (restStart >= 0 && restStart < i && !titleOfState) classifyUnknown(ctx, restStart, i, headline, nationality);
      restStart = -1;
      // A name the words before took as its own last ("Zorvan Taiwan", a local unit).
      if (ctx.claimed[hit.ts]) {
        i = hit.te;
        continue;
      }
      const v = hit.value;
      if (v.type === "Country") {
        const demonym = v.rule === "gazetteer-demonym";
        push(ctx, hit.ts, hit.te, { type: "Country", name: v.name, key: v.key, rule: v.rule, demonym });
        // "Canada-U.S. Trade Minister X": a pair's portfolio is the first country's post.
        const dash = tokens[hit.ts - 1];
        const pair = nationality && /^[-–]$/.test(dash?.text ?? "") && dash!.end === tokens[hit.ts]!.start;
        // "Ambassador to Chile X", "envoy to Japan Y": the state of the posting is the host, not the
        // holder's nationality.
        const posting = hit.ts === ts && hostPosting(tokens, ts);
        if (!pair && !posting) nationality = v.name;
      } else if (v.type === "Place" && CAPITALS.has(hit.phrase)) {
        const code = CAPITALS.get(hit.phrase)!;
        // "Brussels has warned", "calling on Brussels to": the European Union's seat standing
        // for the bloc, in a document that names the bloc, as a capital stands for its state.
        if (
          hit.phrase === "Brussels" &&
          // "Brussels – The Commission published …": a dateline's city.
          !/^[-–—:]$/.test(tokens[hit.te]?.text ?? "") &&
          ctx.out.some((m) => m.type === "Organization" && m.name === "European Union") &&
          capitalStandsFor(ctx, hit.ts, hit.te, code)
        ) {
          push(ctx, hit.ts, hit.te, {
            type: "Organization",
            name: "European Union",
            key: "Organization:European Union",
            rule: "capital-as-bloc",
          });
        } else if (capitalActsAsState(ctx, hit.ts, hit.te, code)) {
          push(ctx, hit.ts, hit.te, {
            type: "Country",
            name: code,
            key: `Country:${code}`,
            rule: "capital-as-state",
            capitalAsState: true,
          });
        } else push(ctx, hit.ts, hit.te, { type: "Place", name: v.name, key: v.key, rule: v.rule });
      } else if (v.type === "Place" && v.rule === "gazetteer-region" && regionAsModifier(ctx, hit.te)) {
        // "a chief Asia-Pacific economist": the region qualifies a role, no place is named.
      } else if (
        v.type === "Agency" &&
        BUILDING_AGENCIES.has(v.name) &&
        (venueContext(ctx, hit.ts) || VISIT_VERBS.test(tokens[hit.ts - 2]?.text ?? ""))
      ) {
        // "a ceremony at the White House": the building where the body sits, a venue.
        push(ctx, hit.ts, hit.te, {
          type: "Place",
          name: v.name,
          key: `Place:${v.name}`,
          rule: "agency-building-venue",
        });
      } else {
        push(ctx, hit.ts, hit.te, { type: v.type, name: v.name, key: v.key, rule: v.rule });
        // "the G20 summit in Johannesburg": an organisation's summit written in lower case.
        const after = tokens[hit.te];
        if (
          v.type === "Organization" &&
          hit.te === te &&
          after?.text === "summit" &&
          after.sentence === tokens[ts]!.sentence
        ) {
          const name = `${text.slice(tokens[hit.ts]!.start, tokens[hit.te - 1]!.end)} Summit`;
          push(ctx, hit.ts, hit.te + 1, { type: "Meeting", name, key: "", rule: "organization-summit" });
        }
      }
      i = hit.te;
      continue;
    }
    if (restStart < 0) restStart = i;
    i++;
  }
  if (restStart >= 0 && restStart < te) {
    const rest = joinedWords(tokens, restStart, te);
    if (
      titleOfState &&
      titleOfState.end === restStart &&
      (isTitledName(rest) || hasNameParticles(tokens, restStart, te))
    ) {
      const title = ctx.text.slice(tokens[titleOfState.start]!.start, tokens[titleOfState.end - 1]!.end);
      pushPerson(ctx, restStart, te, "title-person", { title, nationality, titleStart: titleOfState.start });
    } else classifyUnknown(ctx, restStart, te, headline, nationality);
  }
}

/**
 * Whether tokens [ts, of] are a title with its portfolio, then "of" (and "the", "the Republic of")
 * just before a state's name: "Prime Minister of", "Minister of Foreign Affairs of", "President of
 * the Republic of".
 */
function titleBeforeOf(tokens: Token[], ts: number, end: number): boolean {
  let k = end;
  while (k > ts && /^(?:of|the|Republic)$/.test(tokens[k - 1]!.text)) k--;
  if (k === end || tokens[k]!.text !== "of" || k <= ts) return false;
  let head = false;
  for (let j = ts; j < k; j++) {
    const w = titleForm(tokens[j]!);
    if (TITLE_HEADS.has(w)) head = true;
    else if (!TITLE_MODIFIERS.has(w) && !/^(?:of|for|and|,|&)$/.test(w)) return false;
  }
  return head && !HONORIFIC.test(tokens[ts]!.text);
}

/**
 * A city (not a state's capital written as the state) opening a span that goes on with unknown
 * name words up to its end: the first word of a firm's name ("Shanghai Shaosheng", "Jiangxi
 * Ganfeng"), not a place. Not before a title ("Jakarta Governor X"), a weekday or month, a name
 * head ("Tokyo Stock Exchange"), another gazetteer name or a first name; not in capitals.
 */
function cityOpensName(ctx: Ctx, hit: { ts: number; te: number; value: LexValue }, te: number): boolean {
  const { tokens, text } = ctx;
  if (!/^gazetteer-(?:city|region)$/.test(hit.value.rule) || hit.te >= te || te - hit.te > 2) return false;
  if (tokens[hit.ts]!.text === tokens[hit.ts]!.text.toUpperCase()) return false;
  for (let k = hit.te; k < te; k++) {
    const w = tokens[k]!.text;
    if (!NAME_WORD.test(w) || w in NAME_HEADS || TITLE_HEADS.has(w) || WEEKDAYS.has(w) || MONTHS.has(w)) return false;
    if (FIRST_NAMES.has(w) || w === w.toUpperCase() || properMatcher.matchAt(text, tokens, k)) return false;
  }
  return true;
}

/**
 * A one-word city in a span that goes on with a name word, where the city is a first name or
 * follows a title: "Vladimir" in "President Vladimir Putin".
 */
function cityAsFirstName(
  ctx: Ctx,
  hit: { ts: number; te: number; phrase: string; value: LexValue },
  te: number,
): boolean {
  const { tokens } = ctx;
  if (hit.value.type !== "Place" || hit.te - hit.ts !== 1 || hit.te >= te) return false;
  if (!NAME_WORD.test(tokens[hit.te]!.text) || tokens[hit.te]!.text in NAME_HEADS) return false;
  // A capital that is a given name ("Santiago", "Victoria") opens a person's name only
  // before a surname that is no word of the language nor another name of the gazetteers.
  if (CAPITALS.has(hit.phrase)) return FIRST_NAMES.has(hit.phrase) && surnameAfterCapital(ctx, hit.te, te);
  return FIRST_NAMES.has(hit.phrase) || TITLE_HEADS.has(tokens[hit.ts - 1]?.text ?? "");
}

/** The words [k, te) are one or two surname words: unknown to the vocabulary and the gazetteers. */
function surnameAfterCapital(ctx: Ctx, k: number, te: number): boolean {
  const { tokens, text } = ctx;
  if (te - k > 2) return false;
  for (let j = k; j < te; j++) {
    const w = tokens[j]!.text;
    if (!NAME_WORD.test(w) || w in NAME_HEADS || TITLE_HEADS.has(w) || WEEKDAYS.has(w) || MONTHS.has(w)) return false;
    if (isVocabularyWord(w.toLowerCase()) || properMatcher.matchAt(text, tokens, j)) return false;
  }
  return true;
}

/**
 * The last token of a firm's registered name that a bracketed place sits inside, the
 * brackets opening after token `j` ("Acme Copper (Hong Kong) Investment Co., Ltd."), else -1: a
 * state's or a place's name alone in the brackets, then capitalised words up to a firm's head word
 * or a legal form (", Ltd." after a comma included).
 */
function bracketPlaceFirmEnd(ctx: Ctx, j: number, end: number): number {
  const { tokens, text } = ctx;
  const place = properMatcher.matchAt(text, tokens, j + 2);
  if (!place || (place.value.type !== "Country" && place.value.type !== "Place")) return -1;
  if (tokens[place.te]?.text !== ")" || place.te + 1 >= end) return -1;
  let last = -1;
  let k = place.te + 1;
  while (k < end && k - place.te <= 6) {
    const w = tokens[k]!.text;
    if (w === "," && k + 1 < end && FIRM_SUFFIX_AFTER_COMMA.test(tokens[k + 1]!.text)) {
      last = k + 1;
      k += 2;
      continue;
    }
    if (!isCap(tokens[k])) break;
    if (NAME_HEADS[w] === "Company" || LEGAL_SUFFIXES.has(w)) last = k;
    k++;
  }
  // The firm's name ends on its head word or legal form, nothing capitalised after it.
  return last > 0 && last === k - 1 ? last : -1;
}

/** Legal forms that close a firm's registered name. */
const LEGAL_SUFFIXES: ReadonlySet<string> = new Set([
  "Corp.",
  "Corp",
  "Corporation",
  "Inc.",
  "Inc",
  "Ltd",
  "Ltd.",
  "LLC",
  "PLC",
  "plc",
  "Plc",
  "Co.",
  "AG",
  "SA",
  "S.A.",
  "NV",
  "N.V.",
  "BV",
  "B.V.",
  "Tbk",
  "Bhd",
  // The legal forms of France, Germany, Italy, Spain, Japan, Malaysia and Singapore
  // ("Kestrel Minerals Burkina Faso SARL", "Voss Metall GmbH", "Pardo S.p.A.", "Halden K.K.").
  "SARL",
  "SAS",
  "GmbH",
  "SpA",
  "S.p.A.",
  "Srl",
  "S.r.l.",
  "K.K.",
  "Berhad",
  "Pte",
  "LLP",
  "Limited",
]);

/** Whether a country's name stands inside [ts + 1, te - 1): a local unit's registered name. */
function holdsCountry(ctx: Ctx, ts: number, te: number): boolean {
  for (let k = ts + 1; k < te - 1; k++) {
    const hit = properMatcher.matchAt(ctx.text, ctx.tokens, k);
    if (hit?.value.type === "Country" && hit.te <= te - 1) return true;
  }
  return false;
}

/** Legal forms that open a firm's registered name ("PT" in Indonesia, "PJSC" and "JSC" in Russia). */
const LEGAL_PREFIXES: ReadonlySet<string> = new Set(["PT", "PJSC", "JSC", "OJSC"]);

/**
 * Types a multi-word span as a whole before it is split into gazetteer parts: "USA Rare Earth
 * declined 12%" is a company, "University of Technology Sydney" and "New York University" are
 * organisations, "U.S. Treasury" is an agency.
 */
function typeWholeSpan(ctx: Ctx, ts: number, te: number): { type: EntityType; rule: string } | null {
  const { tokens } = ctx;
  const next = tokens[te];
  const whole = properMatcher.matchAt(ctx.text, tokens, ts);
  const known = whole !== null && whole.te === te;
  // "Group of Seven", "Office of Strategic Capital": the gazetteer knows the whole name.
  if (known) return null;
  // "the American EXIM Bank", "the US EXIM Bank": a state's name before a body of state
  // the gazetteer knows is that body (left to the walk, which reads the state and the body), not a
  // new firm its head word would make.
  if (whole?.value.type === "Country") {
    const rest = properMatcher.matchAt(ctx.text, tokens, whole.te);
    // The body's own state only: "the Canadian Export-Import Bank" is not the US's.
    if (rest && rest.te === te && rest.value.type === "Agency" && AGENCY_COUNTRY[rest.value.name] === whole.value.name)
      return null;
  }
  const finance = stateFinanceBody(ctx, ts, te);
  if (finance) return { type: finance, rule: "head-state-finance" };
  // "X Gold International", "China Resources Gas International": "International" after a
  // firm's head word (or "Gas", "Power") closes a firm's name, a state's name opening it included.
  if (te - ts >= 2 && tokens[te - 1]!.text === "International" && firmBeforeInternational(tokens[te - 2]!.text))
    return { type: "Company", rule: "head-firm-international" };
  // "PT Kestrel Nickel Indonesia", "PJSC Norsk": a legal form opening the name makes every word
  // after it the firm's, a country closing it included (a local subsidiary's registered name); a
  // weekday or month after it makes it a time zone ("9 a.m. PT Monday").
  if (LEGAL_PREFIXES.has(tokens[ts]!.text) && te - ts >= 2 && te - ts <= 6 && !CALENDAR_NAMES.has(tokens[ts + 1]!.text))
    return { type: "Company", rule: "head-legal-prefix" };
  if (
    !known &&
    next?.sentence === tokens[ts]!.sentence &&
    STOCK_VERBS.has(next.text) &&
    // "Ms Ortega added, …": "added" and "lost" move a stock only before an amount, as below.
    (!AMOUNT_VERBS.has(next.text) || /^[\d$€£¥]/.test(tokens[te + 1]?.text ?? "")) &&
    !looksLikePersonName(tokens, ts, te) &&
    // "Ms Klein declined": a form of address opens a person's name, not a firm's.
    !FORMS_OF_ADDRESS.has(tokens[ts]!.text) &&
    // "The Commerce Department added": a body's head word types it.
    !BODY_TYPES.has(NAME_HEADS[tokens[te - 1]!.text] ?? "") &&
    // Round 17: "Sales in March-May fell": a stretch of months is a time, not a firm.
    !(CALENDAR_NAMES.has(tokens[ts]!.text) && CALENDAR_NAMES.has(tokens[te - 1]!.text))
  ) {
    return { type: "Company", rule: "context-stock-move" };
  }
  // "Société de Participation Minière du Burkina", "Empresa Nacional de Minería": a
  // Romance firm's head and a particle after its first words make a firm, a state's own included.
  if (
    ROMANCE_FIRM_HEADS.has(tokens[ts]!.text) &&
    te - ts >= 3 &&
    tokens.slice(ts + 1, te - 1).some((t) => /^(?:de|du|des|del|la|y)$/.test(t.text))
  )
    return { type: "Company", rule: "head-romance-firm" };
  // Round 16: "Directorate General of Foreign Trade", "Directorate-General for Trade": a state's body.
  if (tokens[ts]!.text === "Directorate" && te - ts >= 3) return { type: "Agency", rule: "head-directorate" };
  // "the House of Representatives", "Mexico's Chamber of Deputies": a chamber of a legislature.
  if (
    te - ts === 3 &&
    /^(?:House|Chamber)$/.test(tokens[ts]!.text) &&
    tokens[ts + 1]!.text === "of" &&
    CHAMBER_MEMBERS.test(tokens[ts + 2]!.text)
  )
    return { type: "Agency", rule: "head-legislature" };
  for (let k = ts; k < te - 1; k++) {
    const t = tokens[k]!.text;
    const link = tokens[k + 1]!.text;
    if ((link === "of" || link === "for" || (link === "on" && ON_HEADS.has(t))) && OF_HEADS.has(t)) {
      // "Reserve Bank of India", "Central Bank of Nigeria": a state's bank is an agency.
      const headType =
        t === "Bank" && (STATE_BANKS.has(tokens[k - 1]?.text ?? "") || tokens[k - 1]?.text === "Import") && k > ts
          ? "Agency"
          : NAME_HEADS[t];
      const type = industryBody(tokens, ts, te, headType);
      // "the Public Investment Fund of Saudi Arabia", "Japan Organization for Metals …": a state's.
      if (type === "Organization" && STATE_BODY_HEADS.has(t) && stateOwnedName(ctx, ts, te))
        return { type: "Agency", rule: "head-of-state-body" };
      if (type === "Agency" || type === "Organization" || type === "Company" || type === "Place")
        return { type, rule: `head-of-${type.toLowerCase()}` };
    }
  }
  const head = nameHead(tokens, te);
  // "the US Army", "the Chinese Navy": a state's armed service is a body of that state.
  if ((head === "Army" || head === "Navy") && te - ts === 2) {
    const state = properMatcher.matchAt(ctx.text, tokens, ts);
    if (state?.value.type === "Country" && state.te === te - 1) return { type: "Agency", rule: "head-state-army" };
  }
  // "the Japan Self-Defense Forces", "the Kenya Defence Forces", "the US Air Force": a
  // state's name opening its armed forces' name.
  if (/^(?:Forces|Force)$/.test(head) && te - ts >= 3 && te - ts <= 6) {
    const state = properMatcher.matchAt(ctx.text, tokens, ts);
    const armed = state?.value.type === "Country" && state.te < te - 1;
    if (armed && tokens.slice(state.te, te - 1).every((t) => ARMED_WORDS.test(t.text)))
      return { type: "Agency", rule: "head-state-army" };
  }
  // Round 15: a state's export credit agency ("Export Finance Australia", "UK Export Finance",
  // "Export Development Canada"): the state's name opening or closing "Export Finance / Credit /
  // Development".
  if (te - ts >= 3 && exportCreditName(ctx, ts, te)) return { type: "Agency", rule: "head-export-credit" };
  // "the National Assembly", "the Legislative Assembly": a state's legislature ("General Assembly" a meeting's).
  if (head === "Assembly" && te - ts === 2 && LEGISLATURE_MODIFIERS.test(tokens[ts]!.text))
    return { type: "Agency", rule: "head-legislature" };
  // "the Saudi Public Investment Fund", "Japan External Trade Organization": a state's body.
  if (STATE_BODY_HEADS.has(head) && stateOwnedName(ctx, ts, te)) return { type: "Agency", rule: "head-state-body" };
  // Round 16: "loans from the Critical Minerals Facility": a facility that lends is a state's finance body.
  if (head === "Facility" && financeFacility(ctx, ts, te)) return { type: "Agency", rule: "head-finance-facility" };
  const type = newsAgency(tokens, te) ? "Media" : industryBody(tokens, ts, te, NAME_HEADS[head]);
  // "X Shipping Port, the majority shareholder of Y": a holder of shares is a firm, not a place.
  if (type === "Place" && holderAfter(tokens, te)) return { type: "Company", rule: "role-firm-holder" };
  // "Lake Geneva", "Salar de Atacama", "Mt Weld": a place word opening the name.
  if (!type && !known && PLACE_PREFIXES.has(tokens[ts]!.text)) return { type: "Place", rule: "prefix-place" };
  // "Gyeongju National Museum", "Narita Airport": a venue head after a city's name.
  if (type === "Place" && VENUE_HEADS.has(head) && !known) return { type, rule: "head-place" };
  // "Hwabaek International Convention Center", "Royal Troon Golf Club": a venue, not a body.
  if (/^(Center|Centre|Club)$/.test(head) && VENUE_CENTER_MODIFIERS.has(tokens[te - 2]?.text ?? ""))
    return { type: "Place", rule: "head-place-venue" };
  // "an event at the Lincoln Center", "talks at the Hale Centre": a centre one is at is a venue.
  if (/^(Center|Centre)$/.test(head) && te - ts <= 3 && venueContext(ctx, ts) && !staffAt(ctx, ts - 2))
    return { type: "Place", rule: "head-place-venue" };
  // "the US Export-Import Bank", "Korea Eximbank": a state's export credit bank is an agency.
  if (head === "Bank" && tokens[te - 2]?.text === "Import" && tokens[te - 4]?.text === "Export")
    return { type: "Agency", rule: "head-export-credit-bank" };
  if (developmentFinanceBody(tokens, te)) return { type: "Agency", rule: "head-development-finance" };
  // "the European Central Bank", "the Nigerian Central Bank": a central bank is a body of state.
  if (head === "Bank" && tokens[te - 2]?.text === "Central" && te - ts >= 3)
    return { type: "Agency", rule: "head-central-bank" };
  // "Nickel Asia Corp.", "Pacific Metals Ltd": a legal suffix makes every word before it the firm's.
  // Six words when a state's name sits inside ("Halden Mining Services Burkina Faso SARL").
  if (type === "Company" && LEGAL_SUFFIXES.has(head) && (te - ts <= 5 || (te - ts === 6 && holdsCountry(ctx, ts, te))))
    return { type, rule: "head-legal-suffix" };
  const firstIsTitle = TITLE_HEADS.has(tokens[ts]!.text);
  // "Acme Copper (Hong Kong) Investment Co., Ltd." (read whole by findSpans): a firm's
  // registered name with its place in brackets.
  if (type === "Company" && tokens.slice(ts, te).some((t) => t.text === "("))
    return { type, rule: "head-firm-place-inside" };
  // "the Gulf Coast", "the Iberian Peninsula": a stretch of land named after a known place is
  // another place; "Busan Port" or "Sydney Harbour" stay the city's.
  if (type && (type !== "Place" || LAND_HEADS.has(head)) && !firstIsTitle) {
    const firstHit = properMatcher.matchAt(ctx.text, tokens, ts);
    // "U.S. Treasury", "New York University": a gazetteer word opening a typed name.
    if (firstHit && firstHit.te < te) {
      if (type === "Meeting") {
        if (firstHit.value.type === "Organization" && firstHit.te === te - 1)
          return { type, rule: "head-meeting-of-organization" };
        // "the Zambia Mining and Investment Conference", "the Kenya Energy Week Forum": a
        // state opening an event's name of two more capitalised words keeps it whole (the state's
        // mention is kept too), when no other known name sits inside.
        if (firstHit.value.type === "Country" && te - firstHit.te >= 2 && !knownInside(ctx, firstHit.te, te))
          return { type, rule: "head-meeting" };
      } else return { type, rule: `head-${type.toLowerCase()}` };
    }
    // "Acme China Group", "Kestrel Japan Holdings": a name no list knows, a state's or a
    // place's name inside it and a firm's head word closing it is one firm (its local unit), not a
    // firm, a state and a head word.
    if (type === "Company" && !firstHit && !firstIsTitle && placeInsideFirm(ctx, ts, te))
      return { type, rule: "head-firm-place-inside" };
  }
  return null;
}

/**
 * A state's or a place's name the gazetteers know inside [ts + 1, te - 1) of a firm's
 * name, after name words that are no person's ("DuPont China Group"), before its last word.
 */
function placeInsideFirm(ctx: Ctx, ts: number, te: number): boolean {
  const { tokens, text } = ctx;
  if (te - ts < 3 || te - ts > 6) return false;
  for (let k = ts + 1; k < te - 1; k++) {
    const hit = properMatcher.matchAt(text, tokens, k);
    if (!hit || hit.te >= te || (hit.value.type !== "Country" && hit.value.type !== "Place")) continue;
    if (hit.value.rule === "gazetteer-demonym") return false;
    for (let j = ts; j < k; j++) {
      const w = tokens[j]!.text;
      if (!/^[\p{Lu}][\p{L}\p{N}&'’-]*$/u.test(w) || FIRST_NAMES.has(w) || TITLE_HEADS.has(w) || CALENDAR_NAMES.has(w))
        return false;
    }
    return !looksLikePersonName(tokens, ts, k);
  }
  return false;
}

/** Words before a closing "International" that make the name a firm's ("Zijin Gold International"). */
function firmBeforeInternational(word: string): boolean {
  return NAME_HEADS[word] === "Company" || word === "Gas" || word === "Power";
}

/** Words of a state's armed forces' name between the state and "Forces" ("Self-Defense", "Air"). */
const ARMED_WORDS = /^(?:Self|-|Defense|Defence|Armed|Air|Space|Naval|Ground|Maritime|Special|Military)$/;

/**
 * "the Nordic Development Finance Corporation", "X Development Finance Institution": a state's
 * development-finance lender is a body of state (an Agency), though its head word is a firm's.
 */
function developmentFinanceBody(tokens: Token[], te: number): boolean {
  return (
    /^(?:Corporation|Corp\.?|Institution|Agency|Company)$/.test(tokens[te - 1]?.text ?? "") &&
    tokens[te - 2]?.text === "Finance" &&
    tokens[te - 3]?.text === "Development"
  );
}

/** "Export Finance Australia", "UK Export Finance": a state's name and an export credit agency's words. */
function exportCreditName(ctx: Ctx, ts: number, te: number): boolean {
  const { tokens } = ctx;
  let at = -1;
  for (let k = ts; k < te - 1; k++)
    if (tokens[k]!.text === "Export" && /^(?:Finance|Credit|Development)$/.test(tokens[k + 1]!.text)) at = k;
  if (at < 0) return false;
  const state = (k: number) => properMatcher.matchAt(ctx.text, tokens, k);
  const opening = state(ts);
  if (opening?.value.type === "Country" && opening.te === at && at + 2 === te) return true;
  const closing = at === ts ? state(at + 2) : null;
  return closing?.value.type === "Country" && closing.te === te;
}

/** Heads of a lender's name: "X Development Bank", "Y Trade Insurance Corporation". */
const LENDER_HEADS = /^(?:Bank|Corporation|Corp\.?)$/;
/** Words of a state's policy lending in a lender's name: development, export credit, reconstruction. */
const POLICY_LENDING =
  /^(?:Development|Export|Import|Export-Import|Exim|Eximbank|Infrastructure|Reconstruction|Cooperation|Insurance|Investment|Finance)$/;

/**
 * Sectors a public lender is named after ("Industrial Development Corporation", "Agricultural
 * Development Bank"): with only these before its lending word, the lender is a body, not a firm.
 */
const LENDING_SECTORS = /^(?:Industrial|Agricultural|Rural|Urban|Housing|Municipal|Economic|Small|Enterprise)$/;

/**
 * Round 17: a state's or several states' policy lender, by the house convention: "China Development
 * Bank", "Japan Bank for International Cooperation", "the National Reconstruction Fund Corporation",
 * "Development Bank of Japan" are one state's (Agency: its name opens with the state's, or with
 * "National / Federal", or closes with "of" the state); "the Asian Development Bank", "the
 * International Finance Corporation", "the Development Bank of Southern Africa" are several states'
 * (Organization: a region's or a shared word opens the name, or "of" a place that is no country
 * closes it). A bank with no word of policy lending ("China Construction Bank") stays a firm.
 */
function stateFinanceBody(ctx: Ctx, ts: number, te: number): "Agency" | "Organization" | null {
  const { tokens } = ctx;
  if (te - ts < 2) return null;
  let lender = -1;
  for (let k = ts + 1; k < te; k++)
    if (LENDER_HEADS.test(tokens[k]!.text) && (k === te - 1 || /^(?:of|for)$/.test(tokens[k + 1]!.text))) lender = k;
  if (lender < 0) return null;
  let policy = false;
  for (let k = ts; k < te; k++) if (POLICY_LENDING.test(tokens[k]!.text)) policy = true;
  if (!policy) return null;
  const first = tokens[ts]!.text;
  if (SHARED_BODY_WORDS.test(first) || /^(?:Inter-American|Caribbean|Latin)$/.test(first)) return "Organization";
  const state = properMatcher.matchAt(ctx.text, tokens, ts);
  if (/^(?:National|Federal)$/.test(first)) return "Agency";
  if (state?.value.type === "Country" && state.te <= lender) {
    const after = tokens[state.te]!;
    const joined = isHyphen(after) || /^(?:[-–—/&]|and)$/.test(after.text);
    if (!joined && properMatcher.matchAt(ctx.text, tokens, state.te)?.value.type !== "Country") return "Agency";
    return null;
  }
  if (tokens[lender + 1]?.text === "of" && lender + 2 < te) {
    const owner = properMatcher.matchAt(ctx.text, tokens, lender + 2);
    if (owner?.value.type === "Country" && owner.te === te) return "Agency";
    // "of Southern Africa", "of Central African States": a region's.
    if (owner?.value.type !== "Country") return "Organization";
  }
  // "the Industrial Development Corporation", "Rural Development Bank": a sector's words only
  // before the lending word, nothing after its head.
  let w = ts;
  while (w < lender && LENDING_SECTORS.test(tokens[w]!.text)) w++;
  if (w > ts && POLICY_LENDING.test(tokens[w]!.text) && w + 1 === lender && lender === te - 1) return "Organization";
  return null;
}

/** "… Mining bill": a lower-case "bill" right after the name, in its sentence. */
function titlesABill(tokens: Token[], te: number): boolean {
  const next = tokens[te];
  return !!next && next.sentence === tokens[te - 1]!.sentence && /^bills?$/.test(next.text);
}

/** Heads of a body that is a state's when the state's name opens or closes it ("Japan … Organization"). */
const STATE_BODY_HEADS: ReadonlySet<string> = new Set(["Organization", "Organisation", "Fund"]);

/** Members a legislature's chamber is named after ("House of Representatives", "Chamber of Deputies"). */
const CHAMBER_MEMBERS = /^(?:Representatives|Deputies|Commons|Lords|Councillors|Councilors|Senators|Delegates)$/;

/** Words before "Assembly" that make it a state's legislature. */
const LEGISLATURE_MODIFIERS = /^(?:National|Legislative|Federal|Constituent)$/;

/** Words of a body that several states share ("International Energy Organization", "Asian … Fund"). */
const SHARED_BODY_WORDS =
  /^(?:International|World|Global|United|Asian|European|African|Arab|Islamic|Pacific|Atlantic|Regional|Joint)$/;

/**
 * Whether the name at [ts, te) is one state's: a country's name or demonym opens it ("Japan
 * Organization for …", "the Saudi Public Investment Fund") or "of <country>" ends it ("Public
 * Investment Fund of Saudi Arabia"), with no second state joined to the first ("United
 * States–Ukraine … Fund") and no word of a shared body ("International", "World").
 */
function stateOwnedName(ctx: Ctx, ts: number, te: number): boolean {
  const { tokens } = ctx;
  for (let k = ts; k < te; k++) if (SHARED_BODY_WORDS.test(tokens[k]!.text)) return false;
  // Round 16: "the National Reconstruction Fund", "the Federal Housing Fund": one state's by its first word.
  if (te - ts >= 3 && /^(?:National|Federal)$/.test(tokens[ts]!.text)) return true;
  // "the Public Investment Fund", "the Sovereign Investment Fund": a fund of the state by its first word.
  if (te - ts >= 3 && /^(?:Public|Sovereign)$/.test(tokens[ts]!.text) && tokens[te - 1]!.text === "Fund") return true;
  const first = properMatcher.matchAt(ctx.text, tokens, ts);
  if (first?.value.type === "Country" && first.te < te - 1) {
    const after = tokens[first.te]!;
    return (
      !isHyphen(after) &&
      !/^(?:[-–—/&]|and)$/.test(after.text) &&
      properMatcher.matchAt(ctx.text, tokens, first.te)?.value.type !== "Country"
    );
  }
  for (let k = te - 2; k > ts; k--) {
    if (tokens[k]!.text !== "of") continue;
    const owner = properMatcher.matchAt(ctx.text, tokens, k + 1);
    return owner?.value.type === "Country" && owner.te === te && owner.value.rule === "gazetteer-country";
  }
  return false;
}

/** Words of lending and funding that make a capitalised "Facility" a finance body, not a site. */
const FINANCE_WORDS =
  /^(?:loans?|lend|lends|lent|lending|financing|finance|funding|funded|funds|grants?|equity|credit|debt|invest|invested|investment|backing)$/;

/**
 * "$200 million from the Northern Development Facility", "the Critical Minerals Facility lent …": a
 * "Facility" of two words or more in a sentence about lending or funding, no word of a body several
 * states share.
 */
function financeFacility(ctx: Ctx, ts: number, te: number): boolean {
  const { tokens } = ctx;
  if (te - ts < 2) return false;
  for (let k = ts; k < te; k++) if (SHARED_BODY_WORDS.test(tokens[k]!.text)) return false;
  const s = tokens[ts]!.sentence;
  // The whole sentence: a list of lenders ("$495 million in loans from the X Facility, $200 million from
  // the Y Facility") names the loans once.
  for (let k = ts - 1; k >= 0 && tokens[k]!.sentence === s; k--) if (FINANCE_WORDS.test(tokens[k]!.text)) return true;
  for (let k = te; k < tokens.length && tokens[k]!.sentence === s; k++)
    if (FINANCE_WORDS.test(tokens[k]!.text)) return true;
  return false;
}

/** Heads of a stretch of land that a known place's name may open ("Gulf Coast", "Arabian Peninsula"). */
const LAND_HEADS: ReadonlySet<string> = new Set(["Coast", "Peninsula", "Basin", "Desert", "Mountains", "Valley"]);

/** Spokespeople speak "for" a body ("a spokesperson for Albemarle"). */
const SPOKES_ROLE = /^spokes(?:person|man|woman|people)$/i;

/** Posts at a firm written in lower case between the firm's name and a person's. */
const FIRM_POSTS =
  /^(?:chairman|chairwoman|founder|co-founder|ceo|cfo|coo|boss|spokes(?:person|man|woman)|executive|chief executive|chief financial officer|managing director|analyst|economist|strategist)$/;

/**
 * Whether the name at [ts, te) is a firm's by the words around it: a firm's post in lower case then
 * a capitalised name after it ("Glencore chief executive Gary Roe"), or a person's name and "of"
 * before it ("Carla Diaz of Codelco said"). A word that may open a title is not a firm ("Trade
 * minister X"), nor a common word opening the sentence.
 */
function firmByPost(ctx: Ctx, ts: number, te: number): boolean {
  const { tokens } = ctx;
  const first = tokens[ts]!;
  if (TITLE_MODIFIERS.has(first.text) || TITLE_HEADS.has(first.text)) return false;
  if (first.first && isVocabularyWord(first.text.toLowerCase())) return false;
  const sentence = first.sentence;
  const prev = tokens[ts - 1];
  // "<Person> of <Firm>": the person was pushed just before.
  if (prev?.text === "of" && prev.sentence === sentence && te - ts === 1) {
    const last = ctx.out.at(-1);
    const next = tokens[te];
    if (last?.type === "Person" && last.te === ts - 1 && last.te - last.ts >= 2 && next?.sentence === sentence) {
      return /^(said|says|told|added|noted|,)$/.test(next.text);
    }
  }
  for (const n of [1, 2, 3]) {
    const post = tokens.slice(te, te + n);
    if (post.length < n || post.some((t) => t.sentence !== sentence || t.text !== t.text.toLowerCase())) {
      if (!(n === 1 && /^C[EFO]O$/.test(tokens[te]?.text ?? ""))) continue;
    }
    const words = post.map((t) => t.text.toLowerCase()).join(" ");
    if (!FIRM_POSTS.test(words)) continue;
    const name = tokens[te + n];
    const surname = tokens[te + n + 1];
    return !!name && name.sentence === sentence && NAME_WORD.test(name.text) && !!surname && isCap(surname);
  }
  return false;
}

/**
 * Nouns that refer back to a firm only after a modifier: "the iPhone maker", "the mining giant", "the
 * phosphate producer" (a bare "the producer" is as often a state's rank or a market's side).
 */
const EPITHET_HEADS: ReadonlySet<string> = new Set(["maker", "giant", "producer"]);

/**
 * "50 Boeing jets", "a Boeing Co. aircraft order", "Tesla cars": a manufactured good the lexicon
 * knows, written right after a firm's name, is that firm's make and is named with it ("Boeing
 * jets"), as readers name it: the firm's own goods, apart from the class. Not after a possessive
 * ("Boeing's jets" stays the class) nor for minerals ("Glencore copper").
 */
function goodsNamedByMaker(ctx: Ctx): void {
  const { tokens } = ctx;
  const firms = new Map<number, Mention>();
  for (const m of ctx.out) if (m.type === "Company") firms.set(m.te, m);
  if (!firms.size) return;
  for (const m of ctx.out) {
    if (m.type !== "Product" || m.rule !== "lexicon-product") continue;
    const firm = firms.get(m.ts);
    if (!firm || firm.sentence !== m.sentence) continue;
    // The firm's name without its legal suffix ("Boeing Co." → "Boeing").
    let te = firm.te;
    while (te > firm.ts + 1 && LEGAL_SUFFIXES.has(tokens[te - 1]!.text)) te--;
    const maker = ctx.text.slice(tokens[firm.ts]!.start, tokens[te - 1]!.end);
    if (/['’]s?$/.test(maker)) continue;
    m.name = `${maker} ${m.text}`;
    m.key = `Product:${m.name.toLowerCase()}`;
    m.maker = firm.ts;
  }
}

/**
 * "Kestrel Metals will build a smelter. The company said it would invest $1 billion in Peru": "the
 * company" (or "the miner", "the chipmaker") is the firm named last, when one firm only is named
 * from that mention's sentence on and it is at most two sentences back. Run on the sorted
 * mentions; adds a Company mention of that firm's name, then sorts again.
 */
function findCompanyAnaphora(ctx: Ctx): void {
  const { tokens } = ctx;
  const added: Mention[] = [];
  let n = 0;
  // The firms mentioned in the last three sentences, in text order.
  let recent: Mention[] = [];
  // Declared out of the loop: a variable of its body that a closure reads would cost a new context
  // on every pass, token or not.
  let t = tokens[0]!;
  let last: Mention | undefined;
  for (let k = 1; k < tokens.length; k++) {
    t = tokens[k]!;
    while (n < ctx.out.length && ctx.out[n]!.ts < k) {
      const m = ctx.out[n++]!;
      if (m.type === "Company") recent.push(m);
    }
    const epithet = EPITHET_HEADS.has(t.text);
    if ((!FIRM_ANAPHORS.has(t.text) && !epithet) || ctx.claimed[k] || !recent.length) continue;
    // "the company", "the Australian miner", "the Perth-based company", "the iPhone maker".
    let j = k - 1;
    while (j >= k - 4 && j > 0 && tokens[j]!.sentence === t.sentence && !/^the$/i.test(tokens[j]!.text)) {
      const w = tokens[j]!;
      const modifier =
        isHyphen(w) ||
        // "the lithium and potash miner": goods joined inside the modifiers (a word after, none first).
        (/^(?:and|,)$/.test(w.text) && j < k - 1 && /^[\p{Ll}]/u.test(tokens[j - 1]?.text ?? "")) ||
        (/^[\p{Ll}][\p{Ll}-]*$/u.test(w.text) && (w.pos === "ADJ" || w.pos === "NOUN" || /(?:ed|ing)$/.test(w.text))) ||
        /^[\p{Ll}]+[\p{Lu}]/u.test(w.text) ||
        (isCap(w) && (ctx.claimed[j] === 1 || isHyphen(tokens[j + 1])));
      if (!modifier) break;
      j--;
    }
    const the = tokens[j]!;
    if (!/^the$/i.test(the.text) || the.sentence !== t.sentence || (epithet && j === k - 1)) continue;
    recent = recent.filter((m) => t.sentence - m.sentence <= 2);
    last = recent.at(-1);
    if (!last) continue;
    if (recent.some((m) => m.name !== last!.name)) {
      // Several firms named: a description opening its sentence, with modifiers that say what the
      // firm is ("The phosphate producer", not the bare "The company", which is either), takes up the
      // firm the sentence before opened with, as its subject ("X said Y would buy its stake. The
      // phosphate producer …").
      last = the.first && j < k - 1 ? subjectFirm(ctx, recent, t.sentence - 1) : undefined;
      if (!last) continue;
    }
    if (t.sentence === last.sentence && k - last.te < 3) continue;
    const next = tokens[k + 1];
    // "the company that won the tender", "the company Zentrix": another firm is introduced.
    if (next && next.sentence === t.sentence && (/^(?:that|who)$/.test(next.text) || isCap(next))) continue;
    // With modifiers, the noun alone: what the modifiers name stays theirs ("iPhone", "Australian").
    const ts = j === k - 1 ? k - 1 : k;
    const a = tokens[ts]!;
    added.push({
      ts,
      te: k + 1,
      start: a.start,
      end: t.end,
      text: ctx.text.slice(a.start, t.end),
      sentence: t.sentence,
      type: "Company",
      name: last.name,
      key: last.key,
      rule: "anaphora-company",
    });
  }
  if (!added.length) return;
  for (const m of added) {
    ctx.out.push(m);
    for (let x = m.ts; x < m.te; x++) ctx.claimed[x] = 1;
  }
  ctx.out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * The firm of `recent` that sentence `si` opens with as its subject: its first firm, before any
 * verb and not a possessor ("X's chief said"), else none.
 */
function subjectFirm(ctx: Ctx, recent: readonly Mention[], si: number): Mention | undefined {
  const m = recent.find((x) => x.sentence === si);
  // Not a possessor ("X's chief said"), nor a preposition's object ("Output at X rose").
  if (!m || /^['’]s?$/.test(ctx.tokens[m.te]?.text ?? "") || ctx.tokens[m.ts - 1]?.pos === "ADP") return undefined;
  for (let x = m.ts - 1; x >= 0 && ctx.tokens[x]!.sentence === si; x--)
    if (/^(?:VERB|AUX)$/.test(ctx.tokens[x]!.pos)) return undefined;
  return m;
}

/** Whether the name at `ts` follows a firm's name and "and", "&", "," or ", and" in its sentence. */
function coordinatedWithCompany(ctx: Ctx, ts: number): boolean {
  const { tokens } = ctx;
  const last = ctx.out.at(-1);
  if (last?.type !== "Company" || last.sentence !== tokens[ts]!.sentence) return false;
  const glue = tokens
    .slice(last.te, ts)
    .map((t) => t.text)
    .join(" ");
  return glue === "and" || glue === "," || glue === ", and";
}

/** Glue between two names of a list: ",", "and", "or", "&". */
// A semicolon separates the members of a long list ("A Corp; B Systems; C; and D").
const LIST_GLUE = /^(?:,|;|and|or|&)$/;

/** The start of "Peru's " before `ts` (a state's possessive opening a list member), else `ts`. */
function possessiveStateStart(ctx: Ctx, ts: number): number {
  const { tokens } = ctx;
  if (!/^['’]s$/.test(tokens[ts - 1]?.text ?? "")) return ts;
  for (let n = ctx.out.length - 1; n >= Math.max(0, ctx.out.length - 3); n--) {
    const m = ctx.out[n]!;
    if (m.te === ts - 1 && (m.type === "Country" || m.type === "Place")) return m.ts;
  }
  return ts;
}

/** The end of "Peru's " at `k` (a state's possessive opening a list member), else `k`. */
function possessiveStateEnd(ctx: Ctx, k: number): number {
  const { tokens } = ctx;
  const hit = isCap(tokens[k]) ? properMatcher.matchAt(ctx.text, tokens, k) : null;
  if (!hit || (hit.value.type !== "Country" && hit.value.type !== "Place")) return k;
  return /^['’]s$/.test(tokens[hit.te]?.text ?? "") ? hit.te + 1 : k;
}

/** The start of a short bracket "( … )" closing at `k - 1` (at most six words inside), else `k`. */
function bracketStartBefore(tokens: Token[], k: number): number {
  if (tokens[k - 1]?.text !== ")") return k;
  for (let b = k - 2; b >= Math.max(0, k - 8); b--) if (tokens[b]!.text === "(") return b;
  return k;
}

/** The end of a short bracket "( … )" opening at `k` (at most six words inside), else `k`. */
function bracketEndAt(tokens: Token[], k: number): number {
  if (tokens[k]?.text !== "(") return k;
  for (let b = k + 1; b < k + 8 && b < tokens.length; b++) if (tokens[b]!.text === ")") return b + 1;
  return k;
}

/**
 * The end of the list member before the member starting at `b`: back over the glue (",", "and",
 * "or", "&", with a comma before a conjunction) and a short bracket after it ("Acme Mining (AM),
 * Zorvan"); -1 when no list glue in `sentence` comes right before `b`.
 */
function memberEndBefore(tokens: Token[], b: number, sentence: number): number {
  const glue = tokens[b - 1];
  if (!glue || glue.sentence !== sentence || !LIST_GLUE.test(glue.text)) return -1;
  let k = b - 1;
  if (glue.text !== "," && glue.text !== ";" && /^[,;]$/.test(tokens[k - 1]?.text ?? "")) k--;
  return bracketStartBefore(tokens, k);
}

/**
 * The type of the mention already found that ends the list member right before `ts`, list glue
 * between ("Acme Corp, Peru's X": Company; "Kolwezi and X": Place), or undefined.
 */
function typeBeforeInList(ctx: Ctx, ts: number): EntityType | undefined {
  const { tokens } = ctx;
  const sentence = tokens[ts]!.sentence;
  const k = memberEndBefore(tokens, possessiveStateStart(ctx, ts), sentence);
  if (k < 0) return undefined;
  for (let n = ctx.out.length - 1; n >= Math.max(0, ctx.out.length - 4); n--) {
    const m = ctx.out[n]!;
    if (m.te === k && m.sentence === sentence) return m.type;
    if (m.te < k) break;
  }
  return undefined;
}

/** The end of a capitalised name at `k` (its words, "of"/"de"/"du" or "-" between them), or `k`. */
function capitalisedRunEnd(tokens: Token[], k: number, sentence: number): number {
  let e = k;
  while (tokens[e]?.sentence === sentence) {
    if (isCap(tokens[e]) && !/^['’]s$/.test(tokens[e]!.text)) e++;
    else if (
      e > k &&
      (isHyphen(tokens[e]) || /^(?:of|de|du|la|&)$/.test(tokens[e]!.text)) &&
      isCap(tokens[e + 1]) &&
      tokens[e + 1]!.sentence === sentence
    )
      e += 2;
    else break;
  }
  return e;
}

/** "Compagnie Generale du Zinc": a Romance particle and capitalised words after `te` go on with a firm's name. */
function romanceNameEnd(ctx: Ctx, te: number): number {
  const { tokens } = ctx;
  let end = te;
  const sentence = tokens[te - 1]!.sentence;
  while (
    /^(?:de|du|des|la|del)$/.test(tokens[end]?.text ?? "") &&
    isCap(tokens[end + 1]) &&
    tokens[end + 1]!.sentence === sentence &&
    !ctx.claimed[end + 1]
  )
    end = capitalisedRunEnd(tokens, end + 1, sentence);
  return end;
}

/**
 * "Acme and Zorvan Taiwan receiving …": a country's name right after a firm's name
 * listed with another firm, a lower-case word after it, is the local unit's name's last word.
 */
function localUnitEnd(ctx: Ctx, te: number): number {
  const { tokens } = ctx;
  const hit = properMatcher.matchAt(ctx.text, tokens, te);
  if (hit?.value.type !== "Country" || ctx.claimed[te] || tokens[te]!.sentence !== tokens[te - 1]!.sentence) return te;
  if (tokens[te]!.start !== tokens[te - 1]!.end + 1) return te;
  const after = tokens[hit.te]?.text ?? "";
  return /^[\p{Ll}]/u.test(after) && hit.te - te <= 2 ? hit.te : te;
}

/** Plural nouns of firms: "companies", "producers", "miners". */
function companyNounForm(word: string): "one" | "many" | undefined {
  if (isCompanyNoun(word) || FIRM_KINDS.has(word)) return "one";
  const singular = word.endsWith("ies") ? `${word.slice(0, -3)}y` : word.replace(/s$/, "");
  return singular !== word && (isCompanyNoun(singular) || FIRM_KINDS.has(singular)) ? "many" : undefined;
}

/**
 * What the phrase after a list's end `e` calls it: ", the two largest tin producers", ", which are
 * the biggest miners", ", one of the world's top refiners", ", both listed companies": a firm's noun
 * ending the apposition within eight words, no other name's noun first.
 */
function companyAppositionAfter(tokens: Token[], e: number, members: number): boolean {
  const comma = tokens[e];
  if (comma?.text !== "," || tokens[e + 1]?.sentence !== comma.sentence) return false;
  let k = e + 1;
  const w = tokens[k]!.text;
  if (/^(?:the|a|an|both|two|three|four|five|each|all)$/i.test(w)) {
    k++;
  } else if (w === "which" && /^(?:are|is|were|was)$/.test(tokens[k + 1]?.text ?? "")) {
    k += 2;
  } else if (w === "one" && tokens[k + 1]?.text === "of") {
    k += 2;
  }
  for (const end = k + 8; k < end && tokens[k]?.sentence === comma.sentence; k++) {
    const t = tokens[k]!;
    const form = /^[\p{Ll}]/u.test(t.text) ? companyNounForm(t.text) : undefined;
    // A plural noun calls a list ("X and Y, the two largest miners") or one of a kind ("X, one of the
    // miners"); a singular one a single name ("X, the largest miner"): not "In May, the firms said".
    if (form && (form === "one" ? members === 1 : members > 1 || w === "one")) {
      // The noun ends the phrase ("a firm's chief" is someone else's); a place or an industry may follow.
      const after = tokens[k + 1];
      if (!after || after.sentence !== t.sentence) return true;
      // A hyphen after it is a compound's ("the producer-owned …").
      if (isHyphen(after) || /^['’]s$/.test(after.text)) return false;
      return /^(?:[,;:.)—–]|in|of|on|with|that|which|based|headquartered|listed|said|from|for|to)$/.test(after.text);
    }
    // Modifiers: lower-case words, hyphens, numbers, "Africa's" ("one of Africa's biggest miners").
    // Not a person's noun: "X Y, a worker with a mining company" is the worker.
    if (/^(?:that|who|whose|and|or|,|;|:|\.)$/.test(t.text) || PERSON_NOUNS.test(t.text)) return false;
    if (/^[\p{Ll}][\p{Ll}-]*$/u.test(t.text) || isHyphen(t) || /^\d/.test(t.text) || /^['’]s$/.test(t.text)) continue;
    if (isCap(t) && /^['’]s$/.test(tokens[k + 1]?.text ?? "")) continue;
    // "the Chinese cobalt producers": a demonym.
    if (isCap(t) && tokens[k - 1] && !isCap(tokens[k - 1]) && /^[\p{Lu}][\p{Ll}]+(?:an|ese|ish|i|ian)$/u.test(t.text))
      continue;
    return false;
  }
  return false;
}

/**
 * ", another Canadian mining company, X", "the two firms, X and Y": a determiner, modifiers and a
 * firm's noun, then a comma right before the list member at `ts` (its start `start`).
 */
function companyNounBeforeComma(tokens: Token[], start: number, members: number): boolean {
  const comma = tokens[start - 1];
  const noun = tokens[start - 2];
  if (comma?.text !== "," || !noun || noun.sentence !== comma.sentence || !/^[\p{Ll}]/u.test(noun.text)) return false;
  const form = companyNounForm(noun.text);
  if (!form || (form === "many" && members < 2) || /^(?:groups?)$/.test(noun.text)) return false;
  // "its two subsidiaries, X and Y": a unit is a firm's when the firm owns it ("the unit, X" may be a team's).
  const owned = /^(?:units?|subsidiary|subsidiaries)$/.test(noun.text);
  for (let k = start - 3; k >= Math.max(0, start - 8) && tokens[k]!.sentence === comma.sentence; k--) {
    const t = tokens[k]!;
    if (/^(?:its|their)$/i.test(t.text)) return true;
    if (/^(?:a|an|another|the|two|three|four|both)$/i.test(t.text)) return !owned;
    if (/^[\p{Ll}][\p{Ll}-]*$/u.test(t.text) || isHyphen(t) || /^['’]s$/.test(t.text) || /^\d/.test(t.text)) continue;
    if (isCap(t)) continue;
    return false;
  }
  return false;
}

/**
 * Whether the name at `ts`–`te` is a member of a list of firms: a firm right before it in the list
 * ("Acme Holdings, Peru's Zorvan and Kelto"), a firm's name after it in the list, the apposition
 * after the list's end ("…, the two biggest tin producers"), or a firm's noun with a comma before
 * the list ("a Peruvian mining company, Zorvan,"). The apposition must end where a list could: a
 * comma, a full stop, a bracket or a relative pronoun ("the company, Zorvan said" is a speaker).
 */
function companyListMember(ctx: Ctx, ts: number, te: number): boolean {
  const { tokens } = ctx;
  const sentence = tokens[ts]!.sentence;
  const before = typeBeforeInList(ctx, ts);
  if (before) return before === "Company";
  // Count the members before: glue, a bracket, a capitalised name, a state's possessive.
  let members = 1;
  for (let b = possessiveStateStart(ctx, ts); members < 8; members++) {
    const k = memberEndBefore(tokens, b, sentence);
    if (k < 0) break;
    let a = k;
    while (
      a > 0 &&
      tokens[a - 1]!.sentence === sentence &&
      isCap(tokens[a - 1]) &&
      !/^['’]s$/.test(tokens[a - 1]!.text)
    )
      a--;
    if (a === k) break;
    b = a;
  }
  // Walk the rest of the list: glue, a state's possessive, a capitalised name; a short bracket.
  let e = te;
  let firmAhead = false;
  let coordinated = false;
  for (;;) {
    let k = bracketEndAt(tokens, e);
    if (tokens[k]?.sentence !== sentence || !LIST_GLUE.test(tokens[k]!.text)) break;
    k++;
    if (/^[,;]$/.test(tokens[k - 1]!.text) && /^(?:and|or)$/.test(tokens[k]?.text ?? "")) k++;
    const and = !/^[,;]$/.test(tokens[k - 1]!.text);
    k = possessiveStateEnd(ctx, k);
    const runEnd = capitalisedRunEnd(tokens, k, sentence);
    // "X, Chief Executive of Acme Corp": a post in apposition, no list.
    if (runEnd === k || TITLE_HEADS.has(tokens[k]!.text) || TITLE_MODIFIERS.has(tokens[k]!.text)) break;
    const hit = properMatcher.matchAt(ctx.text, tokens, k);
    // "X, Peru and Y", "X and Y Valley": a place, a person or a body in the list, no list of firms.
    const headType = NAME_HEADS[tokens[runEnd - 1]!.text];
    if ((hit && hit.te === runEnd && hit.value.type !== "Company") || (headType && headType !== "Company"))
      return false;
    if (hit?.value.type === "Company" || (runEnd - k > 1 && companyHead(tokens[runEnd - 1]!.text))) firmAhead = true;
    coordinated ||= and;
    members++;
    e = runEnd;
  }
  e = bracketEndAt(tokens, e);
  // A firm later in the list counts when the list is one ("A, B and C"), not "A, B Corp's chief".
  if ((firmAhead && coordinated) || companyAppositionAfter(tokens, e, members)) return true;
  // "another Canadian mining company, Zorvan,": the list closes the apposition.
  const close = tokens[e];
  return (
    (!close || close.sentence !== sentence || /^(?:[,;.)—–]|which|that|whose)$/.test(close.text)) &&
    companyNounBeforeComma(tokens, possessiveStateStart(ctx, ts), members)
  );
}

/** A head word that names a firm: "Group", "Holdings", "Resources". */
function companyHead(word: string): boolean {
  return NAME_HEADS[word] === "Company" && !WEAK_HEADS.has(word);
}

/** What a firm has and a person or a state does not: "X's shares", "X's chief executive". */
const FIRM_POSSESSIONS =
  /^(?:shares|stock|shareholders|stockholders|investors|board|executives|employees|chief executive|chief financial officer|ceo|cfo|chairman|founder|co-founder|market value|market capitalisation|market capitalization|valuation|quarterly|earnings|revenue|revenues|net profit|operating profit|profits|share price|subsidiary|subsidiaries|factory|factories|plants|suppliers|customers|headquarters|ipo)$/;

/**
 * Whether "'s" after the name at `te` opens what a firm owns: shares, a chief executive, earnings,
 * or a manufactured good or model ("Nvidia's H20 model", "Zentrix's chips").
 */
function firmPossession(ctx: Ctx, te: number): boolean {
  const { tokens } = ctx;
  const s = tokens[te]?.sentence;
  if (s === undefined || !/^['’]s$/.test(tokens[te]!.text) || tokens[te + 1]?.sentence !== s) return false;
  const at = (k: number) => (tokens[k]?.sentence === s ? tokens[k]!.text.toLowerCase() : "");
  for (let k = te + 1; k <= te + 2; k++) {
    if (
      FIRM_POSSESSIONS.test(at(k)) ||
      FIRM_POSSESSIONS.test(`${at(k)} ${at(k + 1)}`) ||
      /^C[EF]O$/.test(tokens[k]!.text)
    )
      return true;
    const next = tokens[k]!.text;
    if (MODEL.test(next) || MODEL_NO_HYPHEN.test(next))
      return MODEL_HEADS.has(at(k + 1)) || /^models?$/.test(at(k + 1));
    const hit = commonMatcher.matchAt(ctx.text, tokens, k);
    // A branded good ending the phrase: not "Trump's steel tariffs", "X's chip imports".
    if (hit) return BRANDED_PRODUCTS.has(hit.value.name) && tokens[hit.te]?.pos !== "NOUN";
    // One modifier may come first ("Kestrel's new chief executive", "Zentrix's latest chips").
    if (!/^[\p{Ll}]+$/u.test(next)) return false;
  }
  return false;
}

/**
 * Whether the document writes the surname `w` alone again after the name ending at `te` (not
 * after a capitalised word that would make it part of another name), in a sentence of its own.
 */
function surnameAgain(ctx: Ctx, w: Token, te: number): boolean {
  if (!NAME_WORD.test(w.text) || w.text.length < 4 || isVocabularyWord(w.text.toLowerCase())) return false;
  for (let k = te; k < ctx.tokens.length; k++) {
    const t = ctx.tokens[k]!;
    if (t.text !== w.text || t.sentence === w.sentence) continue;
    const before = ctx.tokens[k - 1];
    if (before && before.sentence === t.sentence && isCap(before)) continue;
    return true;
  }
  return false;
}

/**
 * "Director General for Trade Sabine Weyand", "Minister of Investment, Trade, and Industry Tengku
 * Zafrul Abdul Aziz": the last portfolio word of a title whose head came a few tokens before
 * (joined by "for", "of", "and" or commas), then a name of two to four words. Pushes the person
 * with the whole title and returns true.
 */
function portfolioTailPerson(ctx: Ctx, ts: number, te: number, nationality: string | undefined): boolean {
  const { tokens } = ctx;
  if (!/^(for|of|and|,|&)$/.test(tokens[ts - 1]?.text ?? "") || !TITLE_MODIFIERS.has(tokens[ts]!.text)) return false;
  let k = ts;
  while (k < te && TITLE_MODIFIERS.has(tokens[k]!.text) && !TITLE_HEADS.has(tokens[k]!.text)) k++;
  // "… for Defence Affairs Sayyid Shihab bin Tariq": an honorific before the name is the title's.
  while (k < te - 1 && NAME_HONORIFICS.has(tokens[k]!.text)) k++;
  const name = tokens.slice(k, te);
  // "Sayyid X bin Y Al Z": an Arabic name with its particles.
  if (name.some((w) => PATRONYMIC.test(w.text)) && hasNameParticles(tokens, k, te)) {
    // the name as it is
    // "… and Energy Kim Jung-kwan": a surname written first, then a hyphenated given name.
  } else if (!hyphenatedGivenName(tokens, k, te)) {
    // "…, and Trade Representative Jane Roe": a title of its own, read by the usual path.
    if (name.length < 2 || name.length > 4 || name.some((w) => TITLE_HEADS.has(titleForm(w)))) return false;
    if (!name.every((w) => (NAME_WORD.test(w.text) || /^[\p{Lu}]\.$/u.test(w.text)) && !(w.text in NAME_HEADS)))
      return false;
    // "Minister of Commerce Wang Wentao": a surname written first opens a name of two words too.
    // Or a surname the document writes alone again ("… Security Maros Sefcovic … Sefcovic said").
    if (
      !FIRST_NAMES.has(name[0]!.text) &&
      !ASIAN_SURNAMES.has(name[0]!.text) &&
      name.length < 3 &&
      !surnameAgain(ctx, name[1]!, te) &&
      // Or two words no English dictionary holds ("… Security Maros Sefcovic —").
      !name.every((w) => w.text.length >= 3 && !isVocabularyWord(w.text.toLowerCase()))
    )
      return false;
  }
  // The title's head, a few tokens back in the same sentence, only title words and joiners between.
  const sentence = tokens[ts]!.sentence;
  let head = -1;
  for (let b = ts - 1; b >= Math.max(0, ts - 12); b--) {
    const t = tokens[b]!;
    if (t.sentence !== sentence) return false;
    // "Vice-Minister of Commerce X": a hyphenated post word is the head too.
    if ((TITLE_HEADS.has(t.text) && !/^(Mr\.?|Mrs\.?|Ms\.?|Dr\.)$/.test(t.text)) || titleHyphenWord(t.text)) {
      head = b;
      break;
    }
    if (!/^(for|of|and|,|&)$/.test(t.text) && !isCap(t)) return false;
  }
  if (head < 0) return false;
  let start = head;
  // "Vice-Minister of Commerce X": a title word joined to the head by an unspaced hyphen.
  while (
    start > 0 &&
    tokens[start - 1]!.sentence === sentence &&
    (TITLE_MODIFIERS.has(tokens[start - 1]!.text) ||
      TITLE_HEADS.has(tokens[start - 1]!.text) ||
      (start > 1 && titleHyphen(tokens, start - 1)))
  )
    start--;
  // "Brazilian Vice-President and Minister of …", "Deputy Prime Minister and Minister of …": a
  // second post joined by "and" before the portfolio's head, its state's demonym before it.
  let first = start;
  if (tokens[first - 1]?.text === "and" && tokens[first - 1]!.sentence === sentence) {
    let b = first - 1;
    const isPostWord = (t: Token) =>
      TITLE_MODIFIERS.has(t.text) ||
      TITLE_HEADS.has(t.text) ||
      TITLE_HEADS.has(titleForm(t)) ||
      titleHyphenWord(t.text);
    if (b > 0 && isPostWord(tokens[b - 1]!)) {
      while (b > 0 && tokens[b - 1]!.sentence === sentence && isPostWord(tokens[b - 1]!)) b--;
      first = b;
    }
  }
  const title = ctx.text.slice(tokens[start]!.start, tokens[k - 1]!.end);
  // "Malaysian Minister of …": the country named just before the title.
  const before = [...ctx.out].reverse().find((m) => m.type === "Country" && m.te <= first);
  const country = nationality ?? (before && before.te >= first - 1 && before.te <= first ? before.name : undefined);
  while (ctx.out.length > 0 && ctx.out.at(-1)!.ts >= start && ctx.out.at(-1)!.type === "Person") ctx.out.pop();
  pushPerson(ctx, k, te, "title-person", { title, nationality: country, titleStart: start });
  return true;
}

/**
 * Round 17b: "Special Envoy for Critical Minerals Jane Roe", "Presidential Envoy for Lithium X Y":
 * a span right after a post's "for" whose last two or three words are a name opening with a known
 * first name, the words before it the post's remit (any capitalised words, which the portfolio path
 * does not know). Pushes the person with the whole post as title and returns true.
 */
function remitTailPerson(ctx: Ctx, ts: number, te: number): boolean {
  const { tokens } = ctx;
  const sentence = tokens[ts]?.sentence;
  // "for" right before the span, or inside it after title words only ("Assistant Secretary for …").
  let f = ts - 1;
  if (tokens[f]?.text !== "for") {
    f = -1;
    for (let k = ts + 1; k < te - 2 && f < 0; k++) {
      if (tokens[k]!.text === "for") f = k;
      else if (!isTitleWord(tokens[k]!)) return false;
    }
    if (f < 0 || !isTitleWord(tokens[ts]!)) return false;
  }
  const remit = f + 1;
  if (te - remit < 3 || tokens[f]!.sentence !== sentence) return false;
  // The post's head right before "for", title words before it ("Special Envoy", "Deputy Secretary").
  let start = f - 1;
  if (start < 0 || tokens[start]!.sentence !== sentence || !TITLE_HEADS.has(titleForm(tokens[start]!))) return false;
  if (/^(?:Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Sir|Dame|Chief|General|Leader)$/.test(tokens[start]!.text)) return false;
  while (start > 0 && tokens[start - 1]!.sentence === sentence && isTitleWord(tokens[start - 1]!)) start--;
  // The name: two words, or three when its first word is a first name; the remit before it.
  const three = te - remit >= 4 && FIRST_NAMES.has(tokens[te - 3]!.text) ? te - 3 : -1;
  const nameStart = three > 0 ? three : te - 2;
  const first = tokens[nameStart]!.text;
  if (!FIRST_NAMES.has(first) || WEAK_FIRST_NAMES.has(first)) return false;
  const name = tokens.slice(nameStart, te);
  if (!name.every((w) => (NAME_WORD.test(w.text) || /^[\p{Lu}]\.$/u.test(w.text)) && !(w.text in NAME_HEADS)))
    return false;
  // The remit: capitalised words (and "and", "&"), none a post's head of its own.
  for (let k = remit; k < nameStart; k++) {
    const t = tokens[k]!;
    if (!(isCap(t) || /^(?:and|&)$/.test(t.text)) || TITLE_HEADS.has(titleForm(t))) return false;
  }
  // "US Special Envoy for …", "Peru's Minister for …": the state named in or just before the post.
  const before = [...ctx.out].reverse().find((m) => m.type === "Country" && m.te <= f);
  if (before && before.ts >= start) start = before.te;
  const nationality = possessiveCountry(ctx, start) ?? (before?.te === start ? before.name : undefined);
  if (start >= f) return false;
  const title = ctx.text.slice(tokens[start]!.start, tokens[nameStart - 1]!.end);
  pushPerson(ctx, nameStart, te, "title-person", { title, nationality, titleStart: start });
  return true;
}

/**
 * "Vice-President X", "Vice-Premier Y", "Deputy-Governor Z": one token of title words joined by
 * hyphens, its last a title head, is a title head (the tokenizer keeps these words whole).
 */
function hyphenTitleHead(text: string): boolean {
  const parts = text.split("-");
  if (parts.length < 2 || parts.some((w) => !/^[\p{Lu}][\p{Ll}]+$/u.test(w))) return false;
  return (
    parts.slice(0, -1).every((w) => TITLE_MODIFIERS.has(w) || TITLE_HEADS.has(w)) && TITLE_HEADS.has(parts.at(-1)!)
  );
}

function titleHyphenWord(text: string): boolean {
  return /^(?:vice|deputy)-(?:president|minister|premier|chancellor)$/i.test(text);
}

/** "and", "&" or a comma between two portfolio words of a title, a name still after them. */
function portfolioJoin(tokens: Ctx["tokens"], k: number, te: number): boolean {
  return /^(?:and|&|,)$/.test(tokens[k]!.text) && k + 2 < te && portfolioWord(tokens, k + 1, te);
}

/**
 * A word of a ministry's portfolio after "Minister of": a listed portfolio word, or a capitalised
 * word of the language that is no first name, followed by a listed portfolio word or a joiner and
 * with two words of a name still after it ("Minister of Mineral Resources X Y", "Minister of
 * Industry and Mineral Resources X Y"; not "Minister of Finance Sri X Y").
 */
function portfolioWord(tokens: Ctx["tokens"], k: number, te: number): boolean {
  const w = tokens[k]?.text ?? "";
  if (TITLE_MODIFIERS.has(w)) return true;
  const next = tokens[k + 1]?.text ?? "";
  if (!TITLE_MODIFIERS.has(next) && !/^(?:and|&|,)$/.test(next)) return false;
  return te - k >= 3 && /^[\p{Lu}][\p{Ll}]+$/u.test(w) && isVocabularyWord(w.toLowerCase()) && !FIRST_NAMES.has(w);
}

const REMIT_JOINERS = /^(?:and|&|,|of|for|on|the)$/;

/**
 * The first token of the title a span's last two words are named after, or null: "Interinstitutional
 * Relations X Y" after "Commissioner for Trade and", "Group Executive X Y", "Business Affairs X Y"
 * after "Secretary of State for Energy, and". The last two words are a name (no words of the
 * language, or a given name first); the words before them are a remit, capitalised words of the
 * language or a word before a portfolio word, ending with a portfolio word ("Affairs",
 * "Development", "Executive"; a post there is the title rules'); and a post is among them or opens the run of capitalised
 * words and joiners the span continues in its sentence.
 */
function remitTitleStart(ctx: Ctx, ts: number, te: number): number | null {
  const { tokens } = ctx;
  const p = te - 2;
  if (p - ts < 1) return null;
  const first = tokens[p]!.text;
  const last = tokens[p + 1]!.text;
  if (!NAME_WORD.test(first) || !SURNAME_WORD.test(last) || isVocabularyWord(last.toLowerCase())) return null;
  if (isVocabularyWord(first.toLowerCase()) && !FIRST_NAMES.has(first)) return null;
  const endWord = tokens[p - 1]!.text;
  // "Trade Commissioner X Y": a post right before the name is read by the title rules.
  if (!TITLE_MODIFIERS.has(endWord) || TITLE_HEADS.has(endWord)) return null;
  let head: number | null = null;
  for (let k = ts; k < p; k++) {
    const w = tokens[k]!.text;
    if (k > ts && REMIT_JOINERS.test(w)) continue;
    if (!/^[\p{Lu}][\p{Ll}]+$/u.test(w) || FIRST_NAMES.has(w)) return null;
    if (!isVocabularyWord(w.toLowerCase()) && !TITLE_MODIFIERS.has(tokens[k + 1]!.text)) return null;
    if (head === null && (TITLE_HEADS.has(w) || w === "Executive")) head = k;
  }
  if (head !== null) return head;
  const first0 = tokens[ts]!;
  for (let k = ts - 1, n = 0; k >= 0 && n < 16 && sameSentenceAs(first0, tokens[k]); k--, n++) {
    const w = tokens[k]!.text;
    if (TITLE_HEADS.has(w)) return REMIT_JOINERS.test(tokens[ts - 1]!.text) ? k : null;
    if (!REMIT_JOINERS.test(w) && !/^[\p{Lu}]/u.test(w)) return null;
  }
  return null;
}

/** "Kim Jung-kwan", "Koo Yun-cheol": an East Asian surname, then a given name of two parts joined by a hyphen. */
function hyphenatedGivenName(tokens: Ctx["tokens"], k: number, te: number): boolean {
  if (te - k !== 4 || !ASIAN_SURNAMES.has(tokens[k]!.text) || !isHyphen(tokens[k + 2])) return false;
  return /^[\p{Lu}][\p{Ll}]{1,6}$/u.test(tokens[k + 1]!.text) && /^[\p{Ll}]{2,6}$/u.test(tokens[k + 3]!.text);
}

/** Honorifics between a title and a name: "Minister for Defence Affairs Sayyid X", "Sheikh Y". */
const NAME_HONORIFICS: ReadonlySet<string> = new Set(["Sheikh", "Sheikha", "Sayyid", "Dr.", "Dr"]);

/** Forms of address before a name in Malaysia, Brunei and the Gulf ("Datuk", "Tan Sri", "Sheikh"). */
const ADDRESS_WORDS = /^(?:Datuk|Dato|Dato'|Dato’|Datin|Tun|Toh|Haji|Hajjah|Sheikh|Sheikha|Sayyid|Pehin|Dr\.?)$/;
/**
 * Diplomatic and Indian forms of address before a name in official releases ("H.E. Ms X",
 * "His Excellency X", "His Highness Sheikh X", "Shri X", "Smt. X"): where the form ends, else `k`.
 */
function diplomaticAddressEnd(tokens: Token[], k: number, te: number): number {
  const t = tokens[k]?.text ?? "";
  if (/^(?:H\.E\.|HE|Shri|Shrimati|Smt\.?)$/.test(t) && !(t === "HE" && tokens[k + 1]?.text !== "Mr."))
    return k + 1 < te ? k + 1 : k;
  // "His Excellency", "Her Highness", "His Royal Highness" (or the same with "His" / "Her" left out of the run).
  let i = k;
  if (/^(?:His|Her)$/.test(t)) i++;
  if (tokens[i]?.text === "Royal") i++;
  if (/^(?:Excellency|Highness)$/.test(tokens[i]?.text ?? "") && /^(?:His|Her|Royal)$/.test(tokens[i - 1]?.text ?? ""))
    return i + 1 < te ? i + 1 : k;
  return k;
}

/** Courtesies after "H.E." or "His Excellency": "H.E. Mr. X", "H.E. Ms X", "H.E. Dr. X". */
const COURTESY_AFTER_EXCELLENCY = /^(?:Mr|Mrs|Ms|Dr|Prof|Shri|Smt)\.?$/;

/** Second words of those forms: "Datuk Seri", "Dato' Sri", "Pehin Orang Kaya". */
const ADDRESS_SECOND = /^(?:Seri|Sri|Paduka|Puan)$/;

/** Where a name starts after a form of address opening at `k` (at most three words), or `k`. */
function honorificEnd(tokens: Token[], k: number, te: number): number {
  let i = diplomaticAddressEnd(tokens, k, te);
  if (i > k) {
    // "H.E. Mr. X", "His Highness Sheikh X", "H.E. Shri X": the form of address a courtesy may follow.
    if (i < te - 1 && (COURTESY_AFTER_EXCELLENCY.test(tokens[i]!.text) || ADDRESS_WORDS.test(tokens[i]!.text))) i++;
    return i;
  }
  if (ADDRESS_WORDS.test(tokens[i]?.text ?? "")) {
    i++;
    // "Dato'": the apostrophe the tokenizer splits off.
    if (tokens[i - 1]!.text === "Dato" && /^['’]$/.test(tokens[i]?.text ?? "")) i++;
  }
  // "Tan Sri", "Puan Sri": "Tan" alone is a surname.
  else if (/^(?:Tan|Puan)$/.test(tokens[i]?.text ?? "") && /^Sri$/.test(tokens[i + 1]?.text ?? "")) i += 2;
  else return k;
  while (i < te - 1 && i - k < 3 && ADDRESS_SECOND.test(tokens[i]!.text)) i++;
  return i;
}

/**
 * After a diplomatic form of address ("H.E. Mr.", "His Highness Sheikh") a name runs to
 * five words ("César Augusto Llona Silva", "Abdullah Bin Zayed Al Nahyan"), particles included.
 */
function diplomaticName(tokens: Token[], ts: number, k: number, te: number): boolean {
  if (diplomaticAddressEnd(tokens, ts, te) === ts || te - k > 5) return false;
  const words = tokens.slice(k, te);
  if (NAME_PARTICLES.has(words.at(-1)!.text) || /^Bin$/.test(words.at(-1)!.text)) return false;
  return words.every(
    (w) =>
      NAME_PARTICLES.has(w.text) ||
      /^(?:Bin|Bint|Ibn)$/.test(w.text) ||
      (NAME_WORD.test(w.text) && !(w.text in NAME_HEADS) && !MONTHS.has(w.text)),
  );
}

/** Heads of government posts whose portfolio may be any words ("Energy and Mineral Resources Minister"). */
const PORTFOLIO_TITLE_HEADS: ReadonlySet<string> = new Set([
  "Minister",
  "Secretary",
  "Undersecretary",
  "Subsecretary",
  "Commissioner",
]);

/**
 * "Energy and Mineral Resources Minister Bahlil Lahadalia", "European Commissioner for Trade and
 * Interinstitutional Relations Maros Sefcovic": a government post whose portfolio the title lists
 * do not know, joined by "and", "for" or "of" across the spans before, then a name. Pushes the
 * person with the whole title (dropping one-word "people" the title's words gave) and returns true.
 */
function portfolioTitledPerson(ctx: Ctx, ts: number, te: number, nationality: string | undefined): boolean {
  const { tokens } = ctx;
  let head = -1;
  for (let k = ts; k < Math.min(te - 2, ts + 5); k++) {
    if (PORTFOLIO_TITLE_HEADS.has(tokens[k]!.text) || (k > ts && tokens[k]!.text === "Minister")) {
      head = k;
      break;
    }
    // "Ministry of Trade Minister": a body's name is not a portfolio ("Resources" is).
    if (NAME_HEADS[tokens[k]!.text] === "Agency") return false;
  }
  if (head < 0) return false;
  const rest = joinedWords(tokens, head + 1, te);
  if (rest.length < 2 || !isTitledName(rest)) return false;
  // The title may open spans earlier: "Energy | and | Mineral Resources Minister".
  let start = ts;
  const sentence = tokens[ts]!.sentence;
  while (
    start - 2 >= 0 &&
    /^(and|for|of|&)$/.test(tokens[start - 1]!.text) &&
    isCap(tokens[start - 2]) &&
    tokens[start - 2]!.sentence === sentence &&
    ts - start < 8
  ) {
    start -= 2;
    while (start - 1 >= 0 && isCap(tokens[start - 1]) && tokens[start - 1]!.sentence === sentence && ts - start < 8)
      start--;
  }
  // At most two more words before the head when nothing joins spans: "Mineral Resources Minister".
  if (start === ts && head - ts > 2) return false;
  while (ctx.out.length > 0 && ctx.out.at(-1)!.ts >= start && ctx.out.at(-1)!.type === "Person") ctx.out.pop();
  const title = ctx.text.slice(tokens[start]!.start, tokens[head]!.end);
  pushPerson(ctx, head + 1, te, "title-person", { title, nationality, titleStart: start });
  return true;
}

/** Types of bodies a head word gives that a stock verb after the name does not override. */
const BODY_TYPES: ReadonlySet<string> = new Set(["Agency", "Organization", "Media"]);

/** Words of trade and industry bodies ("Minerals Council of Australia", "Chamber of Mines"). */
const INDUSTRY_WORDS: ReadonlySet<string> = new Set([
  "Minerals",
  "Mining",
  "Business",
  "Industry",
  "Industries",
  "Exporters",
  "Producers",
  "Manufacturers",
  "Chamber",
  "Employers",
  "Petroleum",
  "Steel",
  "Automobile",
  "Semiconductor",
  // "Foreign Trade Council", "Canola Council": a trade's or a farm good's council is its industry's.
  "Trade",
  "Canola",
  "Grain",
  "Grains",
  "Wheat",
  "Cotton",
  "Dairy",
  "Meat",
  "Beef",
  "Sugar",
  "Coffee",
  "Cocoa",
  "Farmers",
  "Retail",
  "Shipping",
  "Chemical",
  "Chemicals",
]);

/**
 * A council in the name of an industry's body is an organisation, not a state's body: "Minerals
 * Council of Australia", "Business Council of Canada", "National Foreign Trade Council" (not the
 * "National Security Council").
 */
function industryBody(tokens: Token[], ts: number, te: number, type: EntityType | undefined): EntityType | undefined {
  if (type !== "Agency" || tokens[ts]!.text === "State") return type;
  if (internationalBody(tokens, ts, te)) return "Organization";
  // Round 15: a party's committees ("Central Committee of the … Party", "the Politburo Standing
  // Committee") are the party's organs, not the state's.
  for (let k = ts; k < te; k++) if (/^(?:Party|Politburo)$/.test(tokens[k]!.text)) return "Organization";
  // A committee is typed as a legislature's ("the Senate Finance Committee", "the House Select
  // Committee on X"); others (prize juries, organising committees) are left untyped.
  if (
    tokens[te - 1]!.text === "Committee" ||
    tokens.slice(ts, te).some((t, i) => t.text === "Committee" && tokens[ts + i + 1]?.text === "on")
  ) {
    let legislature = false;
    for (let k = ts; k < te; k++) if (LEGISLATURE_WORDS.test(tokens[k]!.text)) legislature = true;
    if (!legislature) return undefined;
  }
  let council = false;
  for (let k = ts; k < te; k++) if (tokens[k]!.text === "Council") council = true;
  if (!council) return type;
  for (let k = ts; k < te - 1; k++) if (INDUSTRY_WORDS.has(tokens[k]!.text)) return "Organization";
  return type;
}

/**
 * A body of many states with a state's head word: "International" opening its name ("the
 * International Court of Justice", "the International Seabed Authority"; not a state's "International
 * Trade Commission") or a continent's name closing it after "for" or "of" ("the Economic Commission
 * for Africa").
 */
function internationalBody(tokens: Token[], ts: number, te: number): boolean {
  if (te - ts >= 3 && tokens[ts]!.text === "International" && tokens[ts + 1]!.text !== "Trade") return true;
  // "for Africa", "for Latin America".
  const linked = (k: number) => k > ts && /^(?:for|of)$/.test(tokens[k]!.text);
  const k = te - 1;
  return CONTINENTS.test(tokens[k]!.text) && (linked(k - 1) || (tokens[k - 1]!.text === "Latin" && linked(k - 2)));
}

/** Continents and world regions that name a body of their states ("Commission for Africa"). */
const CONTINENTS = /^(?:Africa|Asia|Europe|America|Americas|Oceania|Asia-Pacific)$/;

/** Words naming a legislature or its chambers, which committees of the state belong to. */
const LEGISLATURE_WORDS =
  /^(?:House|Senate|Congress|Congressional|Parliament|Parliamentary|Assembly|Representatives|Select|Commons|Lords|Diet|Bundestag|Legislative)$/;

/** Forms of address before a surname ("Ms Klein", "Dr. Ortiz"). */
const FORMS_OF_ADDRESS: ReadonlySet<string> = new Set([
  "Mr",
  "Mr.",
  "Mrs",
  "Mrs.",
  "Ms",
  "Ms.",
  "Dr",
  "Dr.",
  "Sir",
  "Dame",
]);

/** "Kazinform News Agency", "Yonhap News Agency", "Press Trust": a news agency is an outlet. */
function newsAgency(tokens: Token[], te: number): boolean {
  // Round 17: "X News Service", "Y News Network": a news body's other heads.
  return (
    /^(?:Agency|Service|Network)$/.test(tokens[te - 1]?.text ?? "") && /^(News|Press)$/.test(tokens[te - 2]?.text ?? "")
  );
}

/** Place heads that type a whole name even when it opens with a gazetteer name ("Gyeongju National Museum"). */
const VENUE_HEADS: ReadonlySet<string> = new Set([
  "Museum",
  "Airport",
  "Airbase",
  "Tower",
  "Stadium",
  "Palace",
  "Hotel",
  "Course",
  "Building",
  // "the Pavlodar Aluminium Plant", "a Kwinana Nickel Refinery": a works named after its town.
  "Plant",
  "Refinery",
  "Smelter",
  "Mill",
]);

/** Nouns of a city's own parts and people, which a capital's possessive does not make the state's. */
const CITY_PARTS =
  /^(?:streets?|suburbs?|outskirts|downtown|centre|center|districts?|airports?|ports?|residents|people|mayor|skyline|traffic|air|hotels?|university|stock|bourse|exchange)$/;

/** Nouns of a trip or of people that "from" a city names where they started or live. */
const TRIP_NOUNS =
  /^(?:flights?|trains?|trips?|journeys?|routes?|return|way|miles|kilometres|kilometers|km|drive|distance|people|residents|visitors|tourists|students|delegates|reporters?|correspondents?|journalists?|cargo|shipments?|containers?|vessels?|ships?)$/;

/** "Beijing agreed", "Beijing's caution", "between Washington and Beijing": the capital is the state. */
function capitalActsAsState(ctx: Ctx, ts: number, te: number, code: string): boolean {
  return ctx.countries.has(code) && capitalStandsFor(ctx, ts, te, code);
}

/** Whether a capital's mention reads as the government seated there (see capitalActsAsState), its state named or not. */
function capitalStandsFor(ctx: Ctx, ts: number, te: number, code: string): boolean {
  const { tokens } = ctx;
  const prev = tokens[ts - 1];
  const next = tokens[te];
  const sentence = tokens[ts]!.sentence;
  // "a blow from Beijing's curbs": the capital's possessive before a lower-case noun that is no
  // part of a city ("in Beijing's suburbs") is the state's, whatever the preposition before it.
  const owned = next?.sentence === sentence && /^['’]s$/.test(next.text) ? tokens[te + 1] : undefined;
  const statesThing = owned !== undefined && /^[\p{Ll}]+$/u.test(owned.text) && !CITY_PARTS.test(owned.text);
  // "according to Beijing's lead negotiator", "alluding to Beijing's curbs": any preposition
  // but one of place; "imports from Beijing", "approval from Beijing": a noun of what a state gives,
  // sends or decides before "from" (not a trip's: "a flight from Beijing").
  const ownedByState = statesThing && !/^(?:in|at|near|into|inside|outside|around|across)$/i.test(prev?.text ?? "");
  const fromState =
    prev?.text === "from" &&
    tokens[ts - 2]?.sentence === sentence &&
    tokens[ts - 2]!.pos === "NOUN" &&
    /^[\p{Ll}]/u.test(tokens[ts - 2]!.text) &&
    !TRIP_NOUNS.test(tokens[ts - 2]!.text);
  if (
    prev &&
    prev.sentence === sentence &&
    !ownedByState &&
    !fromState &&
    /^(in|at|to|from|near|into|visit|visited|visiting|departed|left|reached|across|around|outside|inside|capital|city)$/i.test(
      prev.text,
    )
  ) {
    return false;
  }
  // "raided its offices in the capital, X": the city an apposition names after its kind.
  if (
    prev?.text === "," &&
    /^(capital|city)$/i.test(tokens[ts - 2]?.text ?? "") &&
    tokens[ts - 2]!.sentence === sentence
  )
    return false;
  // "Barrick's Bamako office": a possessor's site in the capital, no state.
  if (prev && prev.sentence === sentence && /^['’]s$/.test(prev.text)) return false;
  // "the Peruvian capital of Lima", "the city of Accra": a place's kind, then "of".
  if (
    prev?.text === "of" &&
    /^(capital|city)$/i.test(tokens[ts - 2]?.text ?? "") &&
    tokens[ts - 2]!.sentence === sentence
  )
    return false;
  if (!next || next.sentence !== sentence) return true;
  // "Lima, Peru —", "Accra, May 20 (Wire)": the capital and its own country, or a dateline's date.
  if (next.text === ",") {
    const after = tokens[te + 1];
    const own = after ? properMatcher.matchAt(ctx.text, tokens, te + 1) : null;
    if (own?.value.rule === "gazetteer-country" && own.value.key === `Country:${code}`) return false;
    if (after && MONTHS.has(after.text.replace(/\.$/, "")) && /^\d{1,2}$/.test(tokens[te + 2]?.text ?? ""))
      return false;
  }
  // "the Stockholm talks", "a London summit": where the meeting was.
  if (/^(talks|negotiations|summit|meeting|meetings|conference|round)$/i.test(next.text)) return false;
  // "the Bamako office", "its Hanoi plant": a site in the city.
  if (/^(office|offices|headquarters|branch|plant|factory|bureau|residence|campus|hub)$/i.test(next.text)) return false;
  if (/^['’]s$/.test(next.text)) {
    const after = tokens[te + 1];
    return !(after && isCap(after));
  }
  if (next.pos === "VERB" || next.pos === "AUX") return true;
  if (next.text === "and" || next.text === "," || next.text === "or") return true;
  return true;
}

/** Capitalised common nouns of bodies that report figures ("the Government reported"): no outlet. */
const BODY_WORDS =
  /^(?:Government|Administration|Court|Parliament|Congress|Senate|Cabinet|Police|Army|Navy|Military|Regime|Opposition|Party|Coalition|Alliance|Federation|Exchange|Fund|Firm|Company|Group|Miner|Regulator|Secretariat|Presidency|State|Republic|Kingdom|Kremlin)$/;

/** Parties' adjectives written before a politician's title or name ("Republican Senator X"). */
const PARTY_ADJECTIVES: ReadonlySet<string> = new Set(["Republican", "Democratic", "Democrat"]);

/** Head words of a meeting named after those who meet ("Foreign Ministers’ Meeting", "Leaders' Summit"). */
const MEETING_HEADS_AFTER_POSSESSIVE = /^(?:Meeting|Summit|Conference|Forum|Dialogue|Retreat)$/;
/** "the National Farmers’ Federation", "the Mine Workers' Union": a members' body's head after their plural possessive. */
const BODY_HEADS_AFTER_POSSESSIVE = /^(?:Federation|Union|Association|Council|Alliance|Confederation|Guild|Party)$/;

/** A list bullet right before a line's first word. */
const BULLET_BEFORE = /(?:^|\n)\s*[-•*–]\s*$/;

/** Tokens before `ts` read "<ambassador|envoy …> to": a posting abroad ("US Ambassador to"). */
function hostPosting(tokens: readonly Token[], ts: number): boolean {
  return (
    tokens[ts - 1]?.text === "to" &&
    /^(ambassador|envoy|ambassador-designate|consul|consul-general)s?$/i.test(tokens[ts - 2]?.text ?? "")
  );
}

/** Types a capitalised run with no gazetteer entry: title + person, head word, name shape, context. */
function classifyUnknown(ctx: Ctx, ts: number, te: number, headline: boolean, nationality?: string) {
  const { tokens } = ctx;
  // Round 15: "Republican Jane Roe", "Democratic Senator John Doe": a party's adjective before a
  // title or a first name is no part of the name.
  if (
    te - ts >= 3 &&
    PARTY_ADJECTIVES.has(tokens[ts]!.text) &&
    (FIRST_NAMES.has(tokens[ts + 1]!.text) ||
      TITLE_HEADS.has(tokens[ts + 1]!.text) ||
      TITLE_MODIFIERS.has(tokens[ts + 1]!.text))
  ) {
    classifyUnknown(ctx, ts + 1, te, headline, nationality);
    return;
  }
  if (!headline && portfolioTailPerson(ctx, ts, te, nationality)) return;
  // Round 16: "Tan Sri Ana Ruiz said", "Datuk Seri X Y": a form of address opening a name of two or
  // three words is a person's; the name is the words after it.
  const addressed = honorificEnd(tokens, ts, te);
  if (
    addressed > ts &&
    addressed < te &&
    te - addressed >= 2 &&
    (isTitledName(joinedWords(tokens, addressed, te)) || diplomaticName(tokens, ts, addressed, te))
  ) {
    pushPerson(ctx, addressed, te, "honorific-person", { nationality });
    return;
  }
  // Titles: "Treasury Secretary Scott Bessent", "Vice Premier He Lifeng", "President Xi".
  let k = ts;
  // Where the title may end: after a head ("Trade Minister"), or after "of" and a portfolio
  // following a head ("Secretary of State", "Minister of Finance").
  let titleEnd = ts;
  while (k < te) {
    const word = hyphenTitleHead(tokens[k]!.text) ? "President" : titleForm(tokens[k]!);
    if (TITLE_MODIFIERS.has(word) || TITLE_HEADS.has(word)) {
      k++;
      // "Chief Executive X": "Executive" ends the post after "Chief" as a head would.
      if (TITLE_HEADS.has(word) || (word === "Executive" && k - 1 > ts && tokens[k - 2]!.text === "Chief"))
        titleEnd = k;
    } else if (titleHyphen(tokens, k)) {
      k++;
    } else if (
      // "Deputy Prime Minister for Defence Affairs X": "for" opens the portfolio as "of" does.
      (word === "of" || word === "for") &&
      titleEnd === k &&
      k > ts &&
      portfolioWord(tokens, k + 1, te)
    ) {
      k += 2;
      // "Minister of Foreign Affairs X": a portfolio of several words, the name's words after it;
      // "Minister of Economy and Finance X", "of Trade, Industry and Energy": portfolios listed.
      while (k < te - 1 && (portfolioWord(tokens, k, te) || portfolioJoin(tokens, k, te))) k++;
      titleEnd = k;
    } else if (
      // "Secretary of the Treasury X", "Minister of the Economy Y": the article before the portfolio.
      word === "of" &&
      titleEnd === k &&
      k > ts &&
      tokens[k + 1]?.text === "the" &&
      TITLE_MODIFIERS.has(tokens[k + 2]?.text ?? "")
    ) {
      k += 3;
      // "Minister of Foreign Affairs X": a portfolio of several words, the name's words after it.
      while (k < te - 1 && TITLE_MODIFIERS.has(tokens[k]!.text)) k++;
      titleEnd = k;
    } else break;
  }
  // "Commissioner for Trade and Institutional Relations X Y", "Group Executive X Y": a name after
  // a long title the span's start cut off.
  if (titleEnd === ts) {
    const head = remitTitleStart(ctx, ts, te);
    if (head !== null) {
      const title = ctx.text.slice(tokens[head]!.start, tokens[te - 3]!.end);
      pushPerson(ctx, te - 2, te, "long-title-person", { title, titleStart: head });
      return;
    }
  }
  // "General Motors", "General Electric": one title word before a firm's head word is the firm's name.
  // Also before longer names a firm's head word ends ("General Dynamics Land Systems",
  // "Premier Copper Holdings"), when the words after the title are not a person's name.
  if (
    titleEnd === ts + 1 &&
    NAME_HEADS[tokens[te - 1]!.text] === "Company" &&
    (te - ts === 2 || !isTitledName(joinedWords(tokens, ts + 1, te)))
  )
    titleEnd = ts;
  // "the Justice Department", "the Justice Ministry": a portfolio word that is also a
  // title's head ("Justice X" for a judge) right before a body's head word names the body.
  if (
    titleEnd === te - 1 &&
    /^(?:Department|Ministry)$/.test(tokens[te - 1]!.text) &&
    tokens.slice(ts, te - 1).every((t) => TITLE_MODIFIERS.has(titleForm(t)))
  )
    titleEnd = ts;
  if (titleEnd > ts && titleEnd < te) {
    const title = ctx.text.slice(tokens[ts]!.start, tokens[titleEnd - 1]!.end);
    // Round 16: "Prime Minister Datuk Seri X Y": a form of address between the post and the name.
    const nameStart = honorificEnd(tokens, titleEnd, te);
    const rest = joinedWords(tokens, nameStart, te);
    // "Minister of Finance and Economic Affairs, Iceland": the portfolio's last word, no name.
    // "Federal Minister for Foreign Affairs, Germany": a portfolio word the title loop left last.
    const portfolioTail =
      rest.length === 1 &&
      !TITLE_HEADS.has(titleForm(tokens[nameStart - 1]!)) &&
      /\b(?:of|for)\b/.test(title) &&
      (TITLE_MODIFIERS.has(rest[0]!.text) ||
        (/^(?:and|&)$/.test(tokens[nameStart - 2]?.text ?? "") && isVocabularyWord(rest[0]!.text.toLowerCase()))) &&
      !FIRST_NAMES.has(rest[0]!.text);
    if (portfolioTail) return;
    if (isTitledName(rest) || hasNameParticles(tokens, nameStart, te)) {
      // "India's Mines Secretary X": the possessive country before the title.
      nationality ??= possessiveCountry(ctx, ts);
      pushPerson(ctx, nameStart, te, "title-person", { title, nationality, titleStart: ts });
      return;
    }
    // "Trade Representative" run followed by an organisation ("U.S. Treasury Department")
    ts = titleEnd;
  } else if (titleEnd === te && te > ts) {
    return; // a bare title is not an entity
  } else if (portfolioTitledPerson(ctx, ts, te, nationality)) {
    return;
  }
  // "“Any Country aligning …”": a determiner opening a quotation is not a name's first word.
  if (/^(Any|Every|Each)$/.test(tokens[ts]!.text)) ts++;
  if (ts >= te) return;
  const len = te - ts;
  // "NdPr": a lexicon term written with capitals is left to the lexicon pass.
  if (len === 1 && !tokens[ts]!.first && commonMatcher.matchAt(ctx.text, tokens, ts)) return;
  if (headline) {
    if (len === 1 && /^[A-Z][A-Za-z]{1,5}$/.test(tokens[ts]!.text) && /[A-Z].*[A-Z]/.test(tokens[ts]!.text)) {
      push(ctx, ts, te, { type: "Person", name: tokens[ts]!.text, key: "", rule: "single-name" });
    } else (ctx.untyped ??= []).push({ ts, te });
    return;
  }
  const head = nameHead(tokens, te);
  // "Critical Minerals", "Rare Earths" capitalised inside a long title: the lexicon's terms, not firms.
  const term = commonMatcher.matchAt(ctx.text, tokens, ts);
  if (term && term.te === te) return;
  // "Rare earths were on the agenda", "Natural gas prices rose": a sentence's first word opening a
  // lexicon term that runs on in lower case is that term's, not a one-word name.
  // Not a bulleted line's ("- Electric vehicle motors"): a list of uses, read as before.
  if (
    term &&
    len === 1 &&
    tokens[ts]!.first &&
    term.te > te &&
    !BULLET_BEFORE.test(ctx.text.slice(Math.max(0, tokens[ts]!.start - 3), tokens[ts]!.start))
  )
    return;
  const headType = newsAgency(tokens, te)
    ? "Media"
    : len >= 3 && developmentFinanceBody(tokens, te)
      ? "Agency"
      : // "Evergrande Real Estate": a property firm, not an estate.
        head === "Estate" && tokens[te - 2]?.text === "Real"
        ? "Company"
        : // "the Critical Minerals Strategic Reserve": a state's stockpiling programme, not a bank.
          head === "Reserve" && tokens[te - 2]?.text === "Strategic"
          ? "Policy"
          : industryBody(tokens, ts, te, NAME_HEADS[head]);
  if (headType && (len > 1 || !WEAK_HEADS.has(head)) && !(len === 1 && tokens[ts]!.first)) {
    // "the Fair Levies for Small-Scale Mining bill": the end of a bill's title, not a firm.
    if (headType === "Company" && titlesABill(tokens, te)) return;
    if (headType === "Meeting" || headType === "Policy" || headType === "Place") {
      // Meetings and policies are built by later stages from their own patterns; keep named ones.
      // A place's head word alone ("Desert" after the gazetteer took "Atacama") names nothing.
      if (len === 1) return;
      // "our recently made Trade Deal", "the Upgrade Protocol": capitals on generic words name no instrument.
      if (headType === "Policy" && genericInstrument(tokens, ts, te)) return;
    }
    const end = headType === "Company" && AND_INDUSTRIES.has(head) ? industryNameEnd(ctx, te) : te;
    push(ctx, ts, end, {
      type: headType,
      name: spanText(ctx, ts, end),
      key: "",
      rule: `head-${headType.toLowerCase()}`,
    });
    return;
  }
  const first = tokens[ts]!;
  // "MoU", "MoC": a memorandum's abbreviation, neither a firm nor a person.
  if (len === 1 && /^[\p{Lu}]o[\p{Lu}]s?$/u.test(first.text)) return;
  // Whether the words are shaped like a person's name: asked by several checks below, worked out once
  // (`shaped ??= looksLikePersonName(…)`; a closure would be made again on every call).
  let shaped: boolean | undefined;
  // "South32 (ASX: S32)", "Trilogy Metals (NYSE American: TMQ)": a stock listing.
  if (len <= 4 && stockListingAfter(tokens, te)) {
    push(ctx, ts, te, { type: "Company", name: spanText(ctx, ts, te), key: "", rule: "context-stock-listing" });
    return;
  }
  // "companies such as China's Ganfeng, Canada's X and Y": a list under a company noun.
  if (len <= 4 && companyListBefore(tokens, ts) && !(shaped ??= looksLikePersonName(tokens, ts, te))) {
    push(ctx, ts, te, { type: "Company", name: spanText(ctx, ts, te), key: "", rule: "context-company-list" });
    return;
  }
  // "50 Boeing jets", "Huawei phones": a brand right before a manufactured good's plural noun.
  // Not a model ("H20 chips"), nor a verb ("as Trump jets to Asia"): a number, article or trade word before.
  if (
    len <= 2 &&
    !first.first &&
    BRANDED_GOODS.has(tokens[te]?.text ?? "") &&
    tokens[te]!.sentence === first.sentence &&
    /^(?:\d[\d,.]*|a|an|the|of|more|new|its|their|buy|buys|bought|sell|sells|sold|order|ordered|orders|export|exports|import|imports)$/i.test(
      tokens[ts - 1]?.text ?? "",
    ) &&
    !/\d/.test(spanText(ctx, ts, te)) &&
    !(shaped ??= looksLikePersonName(tokens, ts, te))
  ) {
    // "Zentrix AI chips": an acronym that opens the good's own name ("AI chips", "EV batteries") is the good's.
    const brandEnd =
      len === 2 &&
      /^[\p{Lu}]{2,3}$/u.test(tokens[te - 1]!.text) &&
      (commonMatcher.matchAt(ctx.text, tokens, te - 1)?.te ?? 0) > te
        ? te - 1
        : te;
    push(ctx, ts, brandEnd, {
      type: "Company",
      name: spanText(ctx, ts, brandEnd),
      key: "",
      rule: "context-brand-goods",
    });
    return;
  }
  // "X, Abu Dhabi's sovereign wealth fund,", "X, the Omani state investment fund": one state's fund is
  // a body of that state (as "the sovereign wealth fund X" before the name).
  if (len <= 4 && stateFundByApposition(tokens, te) && !(shaped ??= looksLikePersonName(tokens, ts, te))) {
    push(ctx, ts, te, { type: "Agency", name: spanText(ctx, ts, te), key: "", rule: "context-sovereign-fund" });
    return;
  }
  // Round 15: "X, the association for the engineering industries,", "X, a Berlin-based think tank,":
  // an organisation's noun closing or opening the apposition that says what the name is.
  if (len <= 4 && organizationByApposition(tokens, te) && !(shaped ??= looksLikePersonName(tokens, ts, te))) {
    push(ctx, ts, te, {
      type: "Organization",
      name: spanText(ctx, ts, te),
      key: "",
      rule: "context-apposition-organization",
    });
    return;
  }
  // "Vale, the Brazilian mining giant, said": an apposition that says what the name is.
  if (len <= 4 && companyByApposition(tokens, te) && !(shaped ??= looksLikePersonName(tokens, ts, te))) {
    push(ctx, ts, te, { type: "Company", name: spanText(ctx, ts, te), key: "", rule: "context-apposition-company" });
    return;
  }
  // "the state minerals regulator ARECOMS", "antitrust watchdog KFTC": a regulator's noun before;
  // "Peru's competition watchdog, X (ACR)": in apposition after it.
  const apposedRegulator = tokens[ts - 1]?.text === "," && /^[\p{Ll}]/u.test(tokens[ts - 3]?.text ?? "");
  const regulator = apposedRegulator ? tokens[ts - 2] : tokens[ts - 1];
  if (
    len <= 4 &&
    (!apposedRegulator || len >= 2) &&
    regulator?.sentence === first.sentence &&
    /^(?:regulator|watchdog|agency)$/.test(regulator.text) &&
    !(shaped ??= looksLikePersonName(tokens, ts, te))
  ) {
    push(ctx, ts, te, { type: "Agency", name: spanText(ctx, ts, te), key: "", rule: "context-regulator-noun" });
    return;
  }
  // "steel association Eurofer", "think tank Bruegel", "rebel group M23": an organisation's noun
  // right before the name; "M23 rebels", "the X militia": an armed group's noun right after it.
  const orgNoun = tokens[ts - 1];
  const armedNoun = tokens[te];
  if (
    ((len <= 4 &&
      orgNoun?.sentence === first.sentence &&
      (ORG_NOUNS.test(orgNoun.text) ||
        (/^(?:group|body|union)$/.test(orgNoun.text) &&
          (ORG_GROUP_KINDS.test(tokens[ts - 2]?.text ?? "") || pluralOwnerBefore(tokens, ts - 1))))) ||
      (len <= 3 &&
        armedNoun?.sentence === first.sentence &&
        /^(?:rebels|militia|militias|insurgents)$/.test(armedNoun.text))) &&
    !(shaped ??= looksLikePersonName(tokens, ts, te))
  ) {
    push(ctx, ts, te, {
      type: "Organization",
      name: spanText(ctx, ts, te),
      key: "",
      rule: "context-organization-noun",
    });
    return;
  }
  // "the sovereign wealth fund X", "the country's sovereign fund X": a state's fund is a body of state.
  const fundNoun = tokens[ts - 1];
  if (
    len <= 4 &&
    fundNoun?.sentence === first.sentence &&
    fundNoun.text === "fund" &&
    (tokens[ts - 2]?.text === "sovereign" ||
      (tokens[ts - 2]?.text === "wealth" && tokens[ts - 3]?.text === "sovereign")) &&
    !(shaped ??= looksLikePersonName(tokens, ts, te))
  ) {
    push(ctx, ts, te, { type: "Agency", name: spanText(ctx, ts, te), key: "", rule: "context-sovereign-fund" });
    return;
  }
  // "Swedish miner LKAB", "chipmaker TSMC": a company noun right before the name.
  const noun = tokens[ts - 1];
  if (
    noun &&
    noun.sentence === first.sentence &&
    (isCompanyNoun(noun.text) ||
      (noun.text === "bank" && /^(investment|commercial|merchant|private)$/.test(tokens[ts - 2]?.text ?? "")) ||
      // "sovereign wealth fund X", "state-owned X" (one token or three).
      (noun.text === "fund" && /^(wealth|investment|pension|hedge|equity)$/.test(tokens[ts - 2]?.text ?? "")) ||
      /^state-(owned|run|backed|controlled)$/i.test(noun.text) ||
      (/^(owned|run|backed|controlled)$/.test(noun.text) &&
        tokens[ts - 2]?.text === "-" &&
        /^state$/i.test(tokens[ts - 3]?.text ?? ""))) &&
    (!/^(group|unit|subsidiary)$/i.test(noun.text) ||
      // "French mining group X", "the steel group X": an industry's group is a firm.
      (/^group$/i.test(noun.text) && GROUP_INDUSTRIES.has(tokens[ts - 2]?.text.toLowerCase() ?? ""))) &&
    !(shaped ??= looksLikePersonName(tokens, ts, te))
  ) {
    push(ctx, ts, te, { type: "Company", name: spanText(ctx, ts, te), key: "", rule: "context-company-noun" });
    return;
  }
  // "its wholly owned subsidiary, X", "the miner's local unit, X": a firm's own subsidiary in apposition.
  if (
    len <= 5 &&
    tokens[ts - 1]?.text === "," &&
    /^(?:subsidiary|unit|affiliate)$/i.test(tokens[ts - 2]?.text ?? "") &&
    tokens[ts - 2]!.sentence === first.sentence &&
    tokens
      .slice(Math.max(0, ts - 6), ts - 2)
      .some((t) => t.sentence === first.sentence && /^(?:its|their|['’]s?|owned)$/i.test(t.text)) &&
    !(shaped ??= looksLikePersonName(tokens, ts, te))
  ) {
    const end = industryNameEnd(ctx, te);
    push(ctx, ts, end, {
      type: "Company",
      name: spanText(ctx, ts, end),
      key: "",
      rule: "context-subsidiary-apposition",
    });
    return;
  }
  // A surname of a person the document has already named in full ("Vieira added that …"), also
  // one joined by hyphens ("Saint-Martin said").
  const hyphened = len === 3 && isHyphen(tokens[ts + 1]) ? joinedWords(tokens, ts, te) : undefined;
  if (
    (len === 1 && ctx.names.surnames.has(first.text)) ||
    (hyphened?.length === 1 && ctx.names.surnames.has(hyphened[0]!.text))
  ) {
    pushPerson(ctx, ts, te, "surname-of-named-person", {});
    return;
  }
  // A one-word name the document has already typed ("Analysts at Nomura … Nomura's head of …").
  const named = len === 1 ? earlierNamed(ctx, first.text) : undefined;
  if (named) {
    push(ctx, ts, te, { type: named.type, name: named.name, key: "", rule: "repeat-of-named" });
    return;
  }
  // "Zentrix's shares", "Kestrel's chief executive", "Nvidia's H20 chips": what only a firm owns.
  if (
    len <= 3 &&
    firmPossession(ctx, te) &&
    !(first.first && isVocabularyWord(first.text.toLowerCase())) &&
    !ctx.names.surnames.has(first.text) &&
    !(shaped ??= looksLikePersonName(tokens, ts, te))
  ) {
    push(ctx, ts, te, { type: "Company", name: spanText(ctx, ts, te), key: "", rule: "context-firm-possession" });
    return;
  }
  // "JPMorgan and Goldman Sachs signed …", "Vale, Glencore and BHP": a name listed after a firm.
  if (
    len <= 3 &&
    coordinatedWithCompany(ctx, ts) &&
    !ctx.names.surnames.has(first.text) &&
    !(shaped ??= looksLikePersonName(tokens, ts, te))
  ) {
    const end = localUnitEnd(ctx, romanceNameEnd(ctx, te));
    push(ctx, ts, end, {
      type: "Company",
      name: spanText(ctx, ts, end),
      key: "",
      rule: "context-company-coordination",
    });
    return;
  }
  // Round 15b: a list of firms typed by one member or by what the list is called: "owned by Acme
  // Holdings, Peru's Zorvan and Kelto", "Zorvan and Kelto, the two biggest tin producers,", "a Peruvian
  // mining company, Zorvan,": the type of the list (or of the noun it stands in apposition to) is each name's.
  if (
    len <= 4 &&
    !(first.first && (SENTENCE_START_STOP.has(first.text) || isVocabularyWord(first.text.toLowerCase()))) &&
    !ctx.names.surnames.has(first.text) &&
    !(len >= 2 && FIRST_NAMES.has(first.text)) &&
    !MONTHS.has(first.text) &&
    !WEEKDAYS.has(first.text) &&
    companyListMember(ctx, ts, te) &&
    !(shaped ??= looksLikePersonName(tokens, ts, te))
  ) {
    const end = romanceNameEnd(ctx, te);
    push(ctx, ts, end, { type: "Company", name: spanText(ctx, ts, end), key: "", rule: "context-company-list-member" });
    return;
  }
  // Round 16: "Acme lifted output at Kelso", "Acme halted production at its Kelso operations": what a
  // firm named before in the sentence produces at is its site, not another firm.
  if (
    len <= 4 &&
    tokens[ts - 1]?.text === "at" &&
    /^(?:output|production|operations|mining|drilling|work)$/.test(tokens[ts - 2]?.text ?? "") &&
    tokens[ts - 2]!.sentence === first.sentence &&
    (ctx.out.some((m) => m.sentence === first.sentence && m.type === "Company" && m.te <= ts - 2) ||
      // "PLS boosts output at X": a firm's ticker-like initials, left to stage 4, as the subject.
      tokens
        .slice(Math.max(0, ts - 12), ts - 2)
        .some((t) => t.sentence === first.sentence && /^[\p{Lu}]{2,5}$/u.test(t.text))) &&
    !(shaped ??= looksLikePersonName(tokens, ts, te))
  ) {
    push(ctx, ts, te, { type: "Place", name: spanText(ctx, ts, te), key: "", rule: "context-site-of-firm" });
    return;
  }
  // "a $1 billion loan from X and Y", "backing from X": the giver of money a funding noun
  // names before "from" / "by" (or a later member of its list) is a firm.
  if (
    len <= 4 &&
    lenderByRole(tokens, ts, te) &&
    // "funding from the Government of X": a body's head word before "of" is no firm's name.
    !(len === 1 && first.text in NAME_HEADS) &&
    tokens[te]?.text !== "of" &&
    !ctx.names.surnames.has(first.text) &&
    !(len >= 2 && FIRST_NAMES.has(first.text)) &&
    !MONTHS.has(first.text) &&
    !WEEKDAYS.has(first.text) &&
    !(shaped ??= looksLikePersonName(tokens, ts, te))
  ) {
    // "funding from the Government of X": a state's body by its head word, not a firm.
    const body = first.text === "Government" && tokens[ts + 1]?.text === "of";
    push(ctx, ts, te, {
      type: body ? "Agency" : "Company",
      name: spanText(ctx, ts, te),
      key: "",
      rule: body ? "role-state-lender" : "role-firm-lender",
    });
    return;
  }
  // "Veltrix mines cobalt", "a 20% stake in Amarco", "Solvane shares rose": a firm by its role in the clause.
  // Initials in capitals ("AMD will …") are no English word capitalised by the sentence.
  if (
    len <= 4 &&
    !(
      first.first &&
      (SENTENCE_START_STOP.has(first.text) ||
        (isVocabularyWord(first.text.toLowerCase()) && !/^[\p{Lu}]{2,5}$/u.test(first.text)))
    )
  ) {
    const rule = companyByRole(
      tokens,
      ts,
      te,
      () => (shaped ??= looksLikePersonName(tokens, ts, te)),
      isCompanyNoun,
      (word) => NAME_HEADS[word] === "Company" && !WEAK_HEADS.has(word),
    );
    if (rule && !ctx.names.surnames.has(first.text)) {
      push(ctx, ts, te, { type: "Company", name: spanText(ctx, ts, te), key: "", rule });
      return;
    }
  }
  // "…, the Citizen reports.", "the Observer newspaper": an English word, capitalised inside the
  // sentence after "the", that a reporting verb or a press noun marks as an outlet's name.
  if (
    len === 1 &&
    first.pos !== "PROPN" &&
    !first.first &&
    tokens[ts - 1]?.text === "the" &&
    !(first.text in NAME_HEADS) &&
    !TITLE_HEADS.has(first.text) &&
    !BODY_WORDS.test(first.text) &&
    !headline &&
    mediaByContext(tokens, ts, te)
  ) {
    push(ctx, ts, te, { type: "Media", name: first.text, key: "", rule: "context-press-outlet" });
    return;
  }
  if (len === 1 && (first.pos !== "PROPN" || SENTENCE_START_STOP.has(first.text))) return;
  // A month opens a date, unless it is a first name before a surname ("Jan Mostrom", "June Sarpong").
  if ((MONTHS.has(first.text) && !(len > 1 && FIRST_NAMES.has(first.text))) || WEEKDAYS.has(first.text)) return;
  // "in Mid April", "by Early March": a part of a month, capitalised in a title.
  if (len === 2 && /^(?:Mid|Early|Late|End)$/.test(first.text) && MONTHS.has(tokens[ts + 1]!.text)) return;
  const prev = tokens[ts - 1];
  const next = tokens[te];
  // Stock moves: "X dropped 17%", "X was down 7%"; "added" and "lost" only before an amount.
  // "Prices rose 3%", "Exports fell": an English word opening the sentence is what moved, not a firm.
  // Unless the document also writes it capitalised inside a sentence ("shares in Kestrel").
  const commonWord =
    len === 1 && first.first && isVocabularyWord(first.text.toLowerCase()) && !writtenInside(ctx, first.text);
  if (
    !commonWord &&
    sameSentenceAs(first, next) &&
    ((STOCK_VERBS.has(next!.text) && (!AMOUNT_VERBS.has(next!.text) || /^[\d$€£¥]/.test(tokens[te + 1]?.text ?? ""))) ||
      (next!.text === "was" && /^(down|up)$/.test(tokens[te + 1]?.text ?? "")))
  ) {
    if (!(shaped ??= looksLikePersonName(tokens, ts, te)) || len > 2) {
      push(ctx, ts, te, { type: "Company", name: spanText(ctx, ts, te), key: "", rule: "context-stock-move" });
      return;
    }
  }
  // Camel-case brands: "TikTok", "OpenAI".
  if (
    len === 1 &&
    // "JPMorgan": two or three capitals of initials before a capitalised word.
    (/^[\p{Lu}][\p{Ll}]+[\p{Lu}][\p{L}]*$/u.test(first.text) ||
      /^[\p{Lu}]{2,3}[\p{Lu}][\p{Ll}]{3,}$/u.test(first.text)) &&
    !/^Mc|^Mac/.test(first.text) &&
    // Round 17: "PlaceĂ" of "PlaceĂ©s": a lone capital closing the word is a mis-decoded accent
    // (brands close on a word or on initials: "TikTok", "OpenAI").
    !/[\p{Ll}][\p{Lu}]$/u.test(first.text) &&
    // "MoU", "MoC": a memorandum's abbreviation, not a brand.
    !/^[\p{Lu}]o[\p{Lu}]s?$/u.test(first.text) &&
    // "NdFeB magnets": a chemical formula, not a brand.
    !isChemicalFormula(first.text) &&
    !commonMatcher.matchAt(ctx.text, tokens, ts)
  ) {
    push(ctx, ts, te, { type: "Company", name: first.text, key: "", rule: "shape-camel-case-brand" });
    return;
  }
  // "analysts at Goldman Sachs", "a professor at Fudan", "economists from Capital Economics",
  // "a spokesperson for Albemarle": people work at organisations; market roles mostly at firms.
  const role = tokens[ts - 2];
  // Round 16: "partner and head of energy at X": the post's words may run on in lower case before
  // "at" (its portfolio, a second post after "and"); each post word found counts.
  const posts = sameSentenceAs(first, prev) && prev!.text === "at" ? postsBeforeAt(tokens, ts - 2) : [];
  if (
    sameSentenceAs(first, prev) &&
    sameSentenceAs(first, role) &&
    (((/^(at|from|with)$/.test(prev!.text) || (prev!.text === "for" && SPOKES_ROLE.test(role!.text))) &&
      ROLE_NOUNS.has(role!.text.toLowerCase().replace(/s$/, ""))) ||
      posts.length > 0)
  ) {
    const firm = [role!, ...posts].some((w) =>
      /^(analyst|economist|strategist|trader|banker|partner|executive|spokes(?:person|man|woman))s?$/i.test(w.text),
    );
    push(ctx, ts, te, {
      type: firm ? "Company" : "Organization",
      name: spanText(ctx, ts, te),
      key: "",
      rule: "context-role-at-organisation",
    });
    return;
  }
  // "Glencore chief executive Gary Roe", "BHP chairman Ross Lee", "Carla Diaz of Codelco said": a
  // name before a firm's post and a person's name, or after a person's name and "of", is a firm's.
  if (len <= 3 && !(shaped ??= looksLikePersonName(tokens, ts, te)) && firmByPost(ctx, ts, te)) {
    push(ctx, ts, te, { type: "Company", name: spanText(ctx, ts, te), key: "", rule: "context-firm-post" });
    return;
  }

  // "in La Rochelle, France", "near Santa Rosa": a town the gazetteer knows by its whole
  // name, after a locative preposition or before a comma and its region or country, is the town
  // whatever a given name opens it, and so is a later mention of the same name ("the La Rochelle site").
  if (
    len >= 2 &&
    SMALL_CITIES.has(spanText(ctx, ts, te)) &&
    ((prev && sameSentenceAs(first, prev) && /^(?:in|near|outside)$/.test(prev.text)) ||
      ctx.names.byName.get(spanText(ctx, ts, te))?.rule === "context-locative-town" ||
      (next?.text === "," && sameSentenceAs(first, next) && placeAfterComma(ctx, te + 1, ts)))
  ) {
    push(ctx, ts, te, { type: "Place", name: spanText(ctx, ts, te), key: "", rule: "context-locative-town" });
    return;
  }
  // "Japan's Minister of Economy, Trade and Industry, Yoji Muto": the title just before, a comma between.
  // Words counted with a hyphenated surname joined ("Amara Diallo-Kone": two words).
  const nameWords = joinedWords(tokens, ts, te);
  const words = nameWords.length;
  const apposed = words >= 2 && words <= 3 ? titleBeforeComma(ctx, ts) : null;
  if (apposed && nameWords.every((w) => SURNAME_WORD.test(w.text) && w.text.length > 1 && !(w.text in NAME_HEADS))) {
    const { title, start, body } = apposed;
    pushPerson(ctx, ts, te, "title-apposition-person", {
      title,
      nationality: nationality ?? possessiveCountry(ctx, start),
      ...(body ? { titleStart: start } : {}),
    });
    return;
  }
  // "the Kompas newspaper", "Antara news agency", "business daily Nikkei", "Tempo reported on
  // Friday that …": an outlet by the press noun beside it or by the reporting verb (people say).
  if (
    !headline &&
    len <= 4 &&
    !(len >= 2 && FIRST_NAMES.has(first.text)) &&
    !(len === 1 && BODY_WORDS.test(first.text)) &&
    // Round 17: "said on Nov. 19", "wrote on Tuesday": a date is no platform.
    !MONTHS.has(first.text.replace(/\.$/, "")) &&
    !WEEKDAYS.has(first.text) &&
    mediaByContext(tokens, ts, te)
  ) {
    // "a post on X.": the sentence's full stop read into a one-letter name.
    const name = spanText(ctx, ts, te).replace(/^([\p{Lu}])\.$/u, "$1");
    push(ctx, ts, te, { type: "Media", name, key: "", rule: "context-press-outlet" });
    return;
  }
  // "Mirela Stanek, Poland's chief trade negotiator, said": a role in apposition after a name.
  const byApposedRole =
    words >= 2 &&
    words <= 3 &&
    nameWords.every((w) => NAME_WORD.test(w.text) && !(w.text in NAME_HEADS)) &&
    roleAfterComma(tokens, te);
  const byContext = (shaped ??= looksLikePersonName(tokens, ts, te))
    ? "shape-person-name"
    : byApposedRole
      ? "context-apposed-role"
      : particlePerson(tokens, ts, te)
        ? "shape-name-particle"
        : (personByContext(tokens, ts, te) ?? coordinatedPerson(ctx, ts, te) ?? metPerson(ctx, ts, te));
  if (byContext && !nationality) nationality = possessiveCountry(ctx, ts);
  if (byContext) {
    const role =
      prev && sameSentenceAs(first, prev) && ROLE_NOUNS.has(prev.text.toLowerCase())
        ? prev.text.toLowerCase()
        : undefined;
    if (role && !nationality) {
      // "Chinese negotiator Li Chenggang", "trade negotiator", "US official".
      for (let k = ts - 2; k >= Math.max(0, ts - 3); k--) {
        const hit = properMatcher.matchAt(ctx.text, tokens, k);
        if (hit?.value.type === "Country" && hit.te >= k + 1 && tokens[k]!.sentence === first.sentence) {
          nationality = hit.value.name;
          break;
        }
      }
    }
    pushPerson(ctx, ts, te, byContext, { nationality, role });
    return;
  }
  if (len === 1 && isMediaByRole(tokens, te)) {
    push(ctx, ts, te, { type: "Media", name: first.text, key: "", rule: "context-reporter-outlet" });
    return;
  }
  // "Wagerup, Western Australia", "Port Hedland, Australia": a name, a comma, then its region or country.
  if (
    next?.text === "," &&
    sameSentenceAs(first, next) &&
    !(shaped ??= looksLikePersonName(tokens, ts, te)) &&
    // "Trade and Industry, Norway": a post's portfolio, no place.
    startsWithCapital(first.text) &&
    placeAfterComma(ctx, te + 1, ts)
  ) {
    push(ctx, ts, te, { type: "Place", name: spanText(ctx, ts, te), key: "", rule: "context-place-comma-region" });
    return;
  }
  // "Kolwezi, a mining town in the south", "Lualaba, a province rich in cobalt": a place's kind in
  // apposition after the name.
  if (
    next?.text === "," &&
    sameSentenceAs(first, next) &&
    len <= 3 &&
    placeKindAfterComma(tokens, te) > 0 &&
    !(shaped ??= looksLikePersonName(tokens, ts, te))
  ) {
    push(ctx, ts, te, { type: "Place", name: spanText(ctx, ts, te), key: "", rule: "context-place-apposed-kind" });
    return;
  }
  // Round 17b: "a trading halt on the ASX", "listed on the Nasdaq": an exchange named in running text
  // (not inside a listing's brackets, which names the listed firm) is the company that runs it.
  if (len === 1 && RUNNING_EXCHANGES.has(first.text) && prev?.text === "the" && sameSentenceAs(first, prev)) {
    const name = first.text === "NASDAQ" ? "Nasdaq" : first.text;
    push(ctx, ts, te, { type: "Company", name, key: "", rule: "context-stock-exchange" });
    return;
  }
  if (len === 1) {
    // Single unknown words are left for stage 4 (surnames, acronyms); locative context makes a place.
    // "based in Nijmegen", "headquartered in Burnaby": where a body sits is a place, known or not;
    // "a Kalgoorlie-based miner": a known town before "-based"; "in Balochistan": another state's
    // province or a small town, not an English word ("in Delta").
    const seat =
      prev?.text === "in" &&
      /^(based|headquartered|located|situated)$/.test(tokens[ts - 2]?.text ?? "") &&
      tokens[ts - 2]!.sentence === first.sentence;
    const basedTown = isHyphen(next) && tokens[te + 1]?.text === "based" && SMALL_CITIES.has(first.text);
    if (
      kindOfBefore(tokens, ts) ||
      (prev &&
        sameSentenceAs(first, prev) &&
        /^(in|near|outside)$/.test(prev.text) &&
        (SMALL_CITIES.has(first.text) ||
          (MINOR_PLACES.has(first.text) && !isVocabularyWord(first.text.toLowerCase())))) ||
      seat ||
      basedTown
    ) {
      push(ctx, ts, te, { type: "Place", name: first.text, key: "", rule: "context-locative-town" });
    } else if (prev && sameSentenceAs(first, prev) && prev.text === "in" && investedBefore(tokens, ts - 1)) {
      // "invested $200 million in Lynas": what money goes into is a firm.
      push(ctx, ts, te, { type: "Company", name: first.text, key: "", rule: "context-investment-target" });
    } else if (
      prev &&
      sameSentenceAs(first, prev) &&
      (prev.text === "aboard" || prev.text === "at") &&
      !first.first &&
      // "at St" closing a cut text: a saint's or a mount's abbreviation alone names nothing.
      !/^(?:St|Mt|Ft|Pt)$/.test(first.text) &&
      !isPossessiveMark(next?.text) &&
      // "at Lynwood Malaysia" after "Lynwood Resources": the firm's first word, its unit's name.
      !opensCompanyName(ctx, first.text)
    ) {
      push(ctx, ts, te, { type: "Place", name: first.text, key: "", rule: "context-locative-place" });
    } else if (
      /^[A-Z][A-Za-z]*$/.test(first.text) &&
      first.pos === "PROPN" &&
      // Round 16: "the European commissioner", "an Asian diplomat": a region's adjective before a post.
      !(SHARED_BODY_WORDS.test(first.text) && ROLE_NOUNS.has(next?.text ?? ""))
    ) {
      push(ctx, ts, te, { type: "Person", name: first.text, key: "", rule: "single-name" });
    } else (ctx.untyped ??= []).push({ ts, te });
    return;
  }
  if (prev && sameSentenceAs(first, prev) && prev.text === "in" && investedBefore(tokens, ts - 1)) {
    // "stakes in Lithium Americas": what money goes into is a firm, not a place.
    push(ctx, ts, te, { type: "Company", name: spanText(ctx, ts, te), key: "", rule: "context-investment-target" });
    return;
  }
  // "identified in Executive Order 14323", "as set out in the Trade Act": a numbered or documented
  // instrument is no place.
  const instrument = /\d/.test(tokens[te - 1]!.text) || DOCUMENT_HEADS.test(tokens[te - 1]!.text);
  // "in northeastern Kachin State", "across southern Shan State": a compass adjective
  // between the preposition of place and the name.
  const compassed =
    !!prev &&
    COMPASS_ADJECTIVE.test(prev.text) &&
    LOCATIVE.has(tokens[ts - 2]?.text.toLowerCase() ?? "") &&
    sameSentenceAs(first, tokens[ts - 2]);
  if (
    prev &&
    sameSentenceAs(first, prev) &&
    !instrument &&
    (LOCATIVE.has(prev.text.toLowerCase()) || kindOfBefore(tokens, ts) || compassed)
  ) {
    push(ctx, ts, te, { type: "Place", name: spanText(ctx, ts, te), key: "", rule: "context-locative-place" });
    return;
  }
  (ctx.untyped ??= []).push({ ts, te });
}

/**
 * The post words of a lower-case run ending at `k` before "at" ("partner and head of energy"): up to
 * seven words back, lower-case words and "&" only, the run's posts (ROLE_NOUNS) when it holds one.
 */
function postsBeforeAt(tokens: Token[], k: number): Token[] {
  const s = tokens[k + 1]?.sentence;
  const posts: Token[] = [];
  for (let j = k; j >= 0 && j > k - 7; j--) {
    const t = tokens[j]!;
    if (t.sentence !== s || !(/^[\p{Ll}][\p{Ll}-]*$/u.test(t.text) || t.text === "&")) break;
    if (ROLE_NOUNS.has(t.text.replace(/s$/, ""))) {
      // "ministers gathered at X": a verb after the post ends the noun phrase; only its portfolio
      // ("of energy") or a second post ("and head") may follow a post.
      if (!posts.length && j < k && !/^(?:of|for|and|&)$/.test(tokens[j + 1]!.text)) return [];
      posts.push(t);
    }
  }
  return posts;
}

/** Kinds of place before "of" and a name: "the town of X", "the province of Y", "the port of Z". */
const KIND_BEFORE_OF = /^(?:city|town|village|province|region|district|county|port|prefecture|municipality|island)$/;

/** Whether "<kind> of" stands just before `ts` in its sentence: "the mining town of X". */
function kindOfBefore(tokens: Token[], ts: number): boolean {
  const of = tokens[ts - 1];
  const kind = tokens[ts - 2];
  return of?.text === "of" && !!kind && KIND_BEFORE_OF.test(kind.text) && kind.sentence === tokens[ts]!.sentence;
}

/**
 * Whether ", [the|a|an|former] [Country's|demonym] <role words>" follows: a role noun (lower
 * case, or an acronym post such as CEO) within six tokens after the comma, before another comma.
 */
function roleAfterComma(tokens: Token[], te: number): boolean {
  if (tokens[te]?.text !== ",") return false;
  const sentence = tokens[te]!.sentence;
  for (let k = te + 1; k < te + 8 && tokens[k]?.sentence === sentence; k++) {
    const w = tokens[k]!.text;
    if (/^[,;:.()]$/.test(w) || /^(said|says|told|who|which|and|is|was)$/.test(w)) return false;
    if (ROLE_NOUNS.has(w) || /^C[EFO]O$/.test(w) || (TITLE_HEADS.has(w) && !/^(Mr\.|Mrs\.|Ms\.|Dr\.)$/.test(w)))
      return true;
  }
  return false;
}

/** Exchanges whose short name is no other word, written "the ASX" in running text. */
const RUNNING_EXCHANGES: ReadonlySet<string> = new Set([
  "ASX",
  "NYSE",
  "Nasdaq",
  "NASDAQ",
  "TSX",
  "TSXV",
  "HKEX",
  "SGX",
  "KOSDAQ",
]);

/** An over-the-counter ticker: four capitals and F (a foreign ordinary share) or Y (a depositary receipt): "ACMGF", "SMMYY". */
const OTC_TICKER = /^[A-Z]{4}[FY]$/;

/** Stock exchanges a listing in parentheses names ("(ASX: LYC)", "(TSX, NYSE American: TMQ)"): the
 * running-text ones and those whose short name is another word too. */
export const EXCHANGES: ReadonlySet<string> = new Set([
  ...RUNNING_EXCHANGES,
  "TSX-V",
  "LSE",
  "JSE",
  "TSE",
  "KRX",
  "AIM",
  "OTC",
  "OTCQX",
  "OTCQB",
  "OTCPK",
  "CSE",
  "SSE",
  "SZSE",
  "BSE",
  "NSE",
]);

/**
 * A Reuters instrument code: a ticker, a dot and the exchange's suffix ("AIR.PA", "BA.N", "6301.T",
 * "0700.HK", "LYC.AX"), the suffixes of the main exchanges only.
 */
const INSTRUMENT_CODE =
  /^[A-Z0-9]{1,6}\.(?:N|O|OQ|A|K|P|PA|AX|V|TO|L|HK|SS|SZ|T|KS|KQ|DE|F|MI|AS|SW|ST|CO|HE|OL|MC|BR|LS|NS|BO|JK|SI|BK|KL|TW|NZ|J|SA|MX|SN|LM|CN|IL|VI|WA)$/;

/** Whether "(EXCHANGE …: TICKER)" or a bracketed instrument code ("(AIR.PA)") follows the name. */
function stockListingAfter(tokens: Token[], te: number): boolean {
  if (tokens[te]?.text !== "(") return false;
  if (INSTRUMENT_CODE.test(tokens[te + 1]?.text ?? "") && tokens[te + 2]?.text === ")") return true;
  for (let k = te + 1; k < te + 8 && tokens[k] && tokens[k]!.text !== ")"; k++) {
    if (EXCHANGES.has(tokens[k]!.text)) return true;
  }
  return false;
}

/** Heads of an organisation's named event written after its bracketed short name. */
const BRACKETED_EVENT = /^(Summit|Forum|summit|forum)$/;

/**
 * "the Association of Southeast Asian Nations (ASEAN) Summit", "the Shanghai Cooperation
 * Organisation (SCO) Summit": an organisation's long name, its short name in brackets, then a
 * summit or forum is the organisation's summit, named by the short name ("ASEAN Summit"). Only the
 * bracketed organisation mention is looked at (no scan of the text).
 */
function findBracketedSummits(ctx: Ctx): void {
  const { tokens } = ctx;
  for (const m of [...ctx.out]) {
    if (m.type !== "Organization" || tokens[m.ts - 1]?.text !== "(" || tokens[m.te]?.text !== ")") continue;
    const head = tokens[m.te + 1];
    if (!head || head.sentence !== m.sentence || !BRACKETED_EVENT.test(head.text) || ctx.claimed[m.te + 1]) continue;
    const name = `${m.text} ${head.text[0]!.toUpperCase()}${head.text.slice(1)}`;
    if (ctx.out.some((x) => x.type === "Meeting" && x.ts <= m.te + 1 && x.te > m.te + 1)) continue;
    push(ctx, m.ts, m.te + 2, { type: "Meeting", name, key: "", rule: "bracketed-organization-summit" });
  }
}

/**
 * A company named with a cue in one place ("miner Kestrel Resources") and bare in another, before
 * or after it ("Kestrel Resources, backed by …", "Kestrel said"): the bare mentions are the
 * company's. Whole names where no other capitalised word continues them, and the first word of
 * a name alone when it is no English word and names one company only. One pass over the tokens.
 */
function findRepeatedCompanies(ctx: Ctx): void {
  const { tokens, text } = ctx;
  const byFirst = new Map<string, Mention[]>();
  const firstWords = new Map<string, Mention | null>();
  for (const m of ctx.names.byName.values()) {
    if (m.type !== "Company" || m.te - m.ts < 2) continue;
    const first = tokens[m.ts]!.text;
    byFirst.set(first, [...(byFirst.get(first) ?? []), m]);
    firstWords.set(first, firstWords.has(first) ? null : m);
  }
  if (!byFirst.size) return;
  // A lone word guessed a person's ("Kestrel said") is the company's first word when one company has it.
  // So is one guessed a place from "at" alone ("its plant at Kestrel Malaysia"), and its repeats.
  for (const m of ctx.out) {
    const guessedPlace = m.type === "Place" && (m.rule === "context-locative-place" || m.rule === "repeat-of-named");
    if ((m.rule !== "single-name" && !guessedPlace) || m.te - m.ts !== 1) continue;
    const only = firstWords.get(m.text);
    if (only && !isVocabularyWord(m.text.toLowerCase())) {
      m.type = "Company";
      m.name = only.name;
      m.key = "";
      m.rule = "repeat-of-company";
    }
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const list = byFirst.get(t.text);
    if (!list || ctx.claimed[i] || (isCap(tokens[i - 1]) && tokens[i - 1]!.sentence === t.sentence)) continue;
    let done = false;
    for (const m of list) {
      const n = m.te - m.ts;
      const last = tokens[i + n - 1];
      if (!last || last.sentence !== t.sentence || m.ts === i) continue;
      if (text.slice(t.start, last.end) !== m.text) continue;
      if (ctx.claimed.subarray(i, i + n).some((c) => c === 1)) continue;
      const next = tokens[i + n];
      if (isCap(next) && next!.sentence === t.sentence) continue;
      push(ctx, i, i + n, { type: "Company", name: m.name, key: "", rule: "repeat-of-company" });
      i += n - 1;
      done = true;
      break;
    }
    if (done) continue;
    // "Kestrel" for "Kestrel Rare Earths": the first word alone, no English word, one company's.
    const only = firstWords.get(t.text);
    const next = tokens[i + 1];
    if (
      only &&
      t.text.length >= 3 &&
      !(isCap(next) && next!.sentence === t.sentence) &&
      !isVocabularyWord(t.text.toLowerCase()) &&
      !(t.text in NAME_HEADS) &&
      !properMatcher.matchAt(text, tokens, i)
    ) {
      push(ctx, i, i + 1, { type: "Company", name: only.name, key: "", rule: "repeat-of-company" });
    }
  }
}

/** Industries whose "group" before a name is a firm: "French mining group X", "the steel group X". */
const GROUP_INDUSTRIES: ReadonlySet<string> = new Set([
  "mining",
  "metals",
  "steel",
  "chemicals",
  "chemical",
  "energy",
  "oil",
  "commodities",
  "commodity",
  "trading",
  "industrial",
  "engineering",
  "construction",
  "shipping",
  "media",
  "technology",
  "tech",
  "electronics",
  "battery",
  "pharmaceutical",
  "pharmaceuticals",
  "luxury",
  "retail",
  "automotive",
  "aerospace",
  "defence",
  "defense",
  "investment",
  "financial",
  "banking",
  "insurance",
  "telecoms",
  "telecom",
  "agribusiness",
  "resources",
  "aluminium",
  "aluminum",
  "lithium",
  "nickel",
  "copper",
]);

/** Plural company nouns that open a list of companies ("companies such as", "miners including"). */
const COMPANY_LIST_NOUNS =
  /^(companies|firms|miners|producers|groups|automakers|carmakers|chipmakers|makers|manufacturers|suppliers|refiners|smelters|banks|lenders|investors|players|consortium|giants|brands|retailers|corporations|multinationals|conglomerates|startups|start-ups|[a-z]{2,}makers)$/i;

/**
 * Whether the name stands in a list introduced by a plural company noun: "Companies such as
 * China's Ganfeng, Canada's McEwen Copper, and South Korea's Posco". Walks back over the list's
 * names, commas, "and" and possessives only.
 */
function companyListBefore(tokens: Token[], ts: number): boolean {
  const sentence = tokens[ts]!.sentence;
  for (let k = ts - 1; k >= Math.max(0, ts - 24) && tokens[k]!.sentence === sentence; k--) {
    const w = tokens[k]!.text;
    if (w === "including" || w === "like" || (w === "as" && tokens[k - 1]?.text === "such")) {
      let n = w === "as" ? k - 2 : k - 1;
      // "the six companies, including X and Y": a comma may close the noun's phrase.
      if (tokens[n]?.text === ",") n--;
      const noun = tokens[n];
      return !!noun && noun.sentence === sentence && COMPANY_LIST_NOUNS.test(noun.text);
    }
    // "Swiss watchmakers A and B", "miners A, B and C": the plural noun right before the list.
    if (/^[\p{Ll}]/u.test(w) && w !== "and") return COMPANY_LIST_NOUNS.test(w) && w !== "consortium";
    if (!(isCap(tokens[k]) || /^(,|and|&|['’]s|-)$/.test(w))) return false;
  }
  return false;
}

/** Whether a region or country gazetteer name starts at token `i` and is not a possessive ("Australia's"). */
function placeAfterComma(ctx: Ctx, i: number, ts: number): boolean {
  const { tokens } = ctx;
  const hit = properMatcher.matchAt(ctx.text, tokens, i);
  if (!hit || (hit.value.rule !== "gazetteer-region" && hit.value.rule !== "gazetteer-country")) return false;
  const after = tokens[hit.te];
  if (!after || after.sentence !== tokens[i]!.sentence) return true;
  // "Beyond the pact, India and the EU are …": a list goes on after the state.
  if (/^(?:['’]s|and|or|&)$/.test(after.text)) return false;
  // "Under the X Pact, Canada is committed …": the state opens the main clause, its verb right
  // after; "farmers in Ridgefield, Canada welcomed …" stays, a locative before the name.
  const before = tokens[ts - 1]?.text === "the" ? tokens[ts - 2] : tokens[ts - 1];
  return !(/^(?:VERB|AUX)$/.test(after.pos) && !/^(?:in|at|near|outside|from|to)$/i.test(before?.text ?? ""));
}

/** Nouns of a place's kind that an apposition gives a name: ", a mining town", ", the provincial capital". */
export const APPOSED_PLACE_KINDS: ReadonlySet<string> = new Set([
  "province",
  "region",
  "city",
  "town",
  "village",
  "district",
  "county",
  "municipality",
  "prefecture",
  "territory",
  "capital",
  "port",
]);

/** Words that may follow the kind in such an apposition: the phrase ends or locates the place. */
const AFTER_PLACE_KIND =
  /^(?:,|\.|;|:|\)|—|–|in|of|on|near|outside|along|that|which|where|known|rich|home|located|situated|bordering|about|some|with|north|south|east|west|northeast|northwest|southeast|southwest)$/;

/**
 * ", a [lower-case words] <kind>" after a name's end `te`, the kind ending the phrase or locating
 * it: ", a copper-mining town in …", ", the provincial capital.", ", a region rich in …". Returns
 * the kind's token index, or -1. "Smith, a city councillor" or ", a state company" name no place.
 */
export function placeKindAfterComma(tokens: readonly Token[], te: number): number {
  const comma = tokens[te];
  const article = tokens[te + 1];
  if (comma?.text !== "," || !article || article.sentence !== comma.sentence || !/^(?:a|an|the)$/.test(article.text))
    return -1;
  for (let k = te + 2; k < te + 7; k++) {
    const t = tokens[k];
    if (!t || t.sentence !== comma.sentence || !/^(?:[\p{Ll}][\p{Ll}-]*|-)$/u.test(t.text)) return -1;
    if (!APPOSED_PLACE_KINDS.has(t.text)) continue;
    const after = tokens[k + 1];
    if (!after || after.sentence !== t.sentence) return k;
    if (isHyphen(after)) return -1;
    if (AFTER_PLACE_KIND.test(after.text)) return k;
  }
  return -1;
}

/**
 * A noun that says a name is a company's: "miner", "giant", and any "-maker" ("steelmaker",
 * "drugmaker") but a person's ("lawmaker", "policymaker", "filmmaker").
 */
function isCompanyNoun(word: string): boolean {
  const lower = word.toLowerCase();
  return COMPANY_NOUNS.has(lower) || (/^[a-z]{2,}maker$/.test(lower) && !PERSON_MAKERS.test(lower));
}

/** "-maker" nouns that name people. */
const PERSON_MAKERS = /^(?:law|policy|peace|film|deal|king|match|rain|dress|trouble|play|decision|money|news)makers?$/;

/** Stock verbs that are stock moves only before an amount ("added 3%", not "added that"). */
const AMOUNT_VERBS: ReadonlySet<string> = new Set(["added", "lost"]);

/** A comma at `te` and an article after it in the same sentence: an apposition's opening (", the …", ", a …"). */
function articleApposition(tokens: Token[], te: number): Token | undefined {
  const comma = tokens[te];
  const article = tokens[te + 1];
  if (comma?.text !== "," || !article || article.sentence !== comma.sentence || !/^(the|a|an)$/i.test(article.text)) {
    return undefined;
  }
  return comma;
}

/**
 * ", Abu Dhabi's sovereign wealth fund", ", the Omani sovereign fund", ", the state investment fund":
 * one state's fund in the apposition after `te` (within six words, before any comma).
 */
function stateFundByApposition(tokens: Token[], te: number): boolean {
  const comma = tokens[te];
  if (comma?.text !== "," || tokens[te + 1]?.sentence !== comma.sentence) return false;
  for (let k = te + 2; k < te + 9 && tokens[k]?.sentence === comma.sentence; k++) {
    const word = tokens[k]!.text;
    if (/^[,;:.]$/.test(word) || /^(?:of|that|who|which|and)$/.test(word)) return false;
    if (word !== "fund") continue;
    const before = tokens[k - 1]?.text ?? "";
    const state =
      before === "sovereign" ||
      (before === "wealth" && tokens[k - 2]?.text === "sovereign") ||
      (before === "investment" && /^(?:state|sovereign|national)$/.test(tokens[k - 2]?.text ?? ""));
    return state;
  }
  return false;
}

/** ", the Brazilian mining giant", ", a Tokyo-based chipmaker": a company noun within the apposition after `te`. */
function companyByApposition(tokens: Token[], te: number): boolean {
  const comma = articleApposition(tokens, te);
  if (!comma) return false;
  for (let k = te + 2; k < te + 10 && tokens[k]?.sentence === comma.sentence; k++) {
    const word = tokens[k]!.text;
    if (/^[,;:.]$/.test(word) || word === "of" || word === "that" || word === "who") return false;
    // "X Y, a worker with a mining company": a person's noun heads the apposition.
    if (PERSON_NOUNS.test(word)) return false;
    // "start-up" may come as three tokens.
    const hyphened = word === "start" && tokens[k + 1]?.text === "-" && tokens[k + 2]?.text === "up";
    if (isCompanyNoun(word) || FIRM_KINDS.has(word) || hyphened) {
      // The noun must end the apposition: "the company's chief" is someone else; a participle or
      // "with"/"in" may go on ("a start-up specializing in magnets", "a firm based in Perth").
      const after = tokens[k + (hyphened ? 3 : 1)]?.text ?? "";
      return (
        /^[,;:.]$/.test(after) ||
        // "a Vancouver-based developer of rare earth projects", "a unit of Y": what the firm makes or
        // whose it is (not a rank a region holds too: "the largest producer of Y").
        (after === "of" && !/^(?:producer|exporter|importer|supplier|operator|smelter|group)$/.test(word)) ||
        /^(said|which|that|whose|with|in|based|headquartered)$/.test(after) ||
        /^[\p{Ll}]+ing$/u.test(after)
      );
    }
  }
  return false;
}

/**
 * ", the association for the engineering industries", ", a lobby group representing farmers", ", an
 * industry body": an organisation's noun within the first four words of the apposition after `te`,
 * the phrase ending or going on by "of / for / representing / that / which / based".
 */
function organizationByApposition(tokens: Token[], te: number): boolean {
  const comma = articleApposition(tokens, te);
  if (!comma) return false;
  for (let k = te + 2; k < te + 6 && tokens[k]?.sentence === comma.sentence; k++) {
    const word = tokens[k]!.text;
    if (/^[,;:.]$/.test(word) || /^(?:of|for|that|who|which)$/.test(word)) return false;
    const group = /^(?:group|body|union)$/.test(word) && ORG_GROUP_KINDS.test(tokens[k - 1]?.text ?? "") && k > te + 2;
    if (!(ORG_NOUNS.test(word) && !/^(?:militia|insurgents|rebels)$/.test(word)) && !group) continue;
    // "a lobby group": the noun after is the head.
    if (!group && /^(?:group|body|union)$/.test(tokens[k + 1]?.text ?? "")) continue;
    // "the tank" alone is no think tank.
    if (word === "tank" && tokens[k - 1]?.text !== "think") return false;
    const after = tokens[k + 1]?.text ?? "";
    return /^[,;:.]$/.test(after) || /^(?:of|for|representing|that|which|whose|based|in|said)$/.test(after);
  }
  return false;
}

/**
 * An earlier mention this one-word name repeats: the same name ("Nomura"), or a company's name
 * without its company words ("Lynwood" for "Lynwood Resources", "Mitsubishi" for "Mitsubishi Corp.").
 */
function earlierNamed(ctx: Ctx, word: string): Mention | undefined {
  const same = ctx.names.byName.get(word);
  if (same) return same;
  // "ARECOMS … the Arecoms' chairman": an acronym written later in title case is the same body.
  const upper = word.length > 2 ? ctx.names.byName.get(word.toUpperCase()) : undefined;
  if (upper && upper.type !== "Person" && word !== upper.name) return upper;
  const companies = ctx.names.companyFirstWords.get(word);
  // Two companies of the same first word ("Lynwood Resources", "Lynwood Metals"): which is unknown.
  return companies?.size === 1 ? [...companies.values()][0] : undefined;
}

/** Whether `word` opens a company's name of several words named earlier in the document. */
function opensCompanyName(ctx: Ctx, word: string): boolean {
  for (const m of ctx.names.byName.values())
    if (m.type === "Company" && m.te - m.ts > 1 && ctx.tokens[m.ts]!.text === word) return true;
  return false;
}

/** True when a form of "invest" (or "stake") comes within eight tokens before `i`, in its sentence. */
function investedBefore(tokens: Token[], i: number): boolean {
  const sentence = tokens[i]?.sentence;
  for (let k = i - 1; k >= Math.max(0, i - 8) && tokens[k]!.sentence === sentence; k--) {
    const w = tokens[k]!.text;
    if (/^(invested|invests|invest|investing|investment|investments|stake|stakes)$/i.test(w)) return true;
    // "invest $1 billion in a smelter in Sulawesi": the second "in" is where the smelter is.
    if (/^(in|at|near|of)$/.test(w) || FACILITY_NOUNS.has(w.toLowerCase())) return false;
  }
  return false;
}

/** Press nouns after an outlet's name ("the X newspaper", "X news agency") or before it ("daily X"). */
const PRESS_AFTER =
  /^(?:newspaper|daily|broadcaster|tabloid|magazine|news ?(?:agency|outlet|portal|website|site|channel|network))$/;
const PRESS_BEFORE = /^(?:newspaper|daily|broadcaster|tabloid|magazine|outlet|portal|agency)$/;
/** Words after "reported" that leave it intransitive, as outlets write it ("X reported on Friday that …"). */
const REPORTED_NEXT = /^(?:that|on|,|\.|citing|earlier|last|late|in|this|yesterday|today|overnight)$/;

/**
 * An unknown name at [ts, te) that a press noun or a reporting verb marks as an outlet: "the
 * Kompas newspaper", "Antara news agency", "state broadcaster KBS", "business daily X", "X
 * reported on Friday that", "X reported, citing officials" (not "X reported a profit").
 */
function mediaByContext(tokens: Token[], ts: number, te: number): boolean {
  const sentence = tokens[ts]!.sentence;
  const at = (k: number) => (tokens[k]?.sentence === sentence ? tokens[k]!.text : "");
  const after = at(te);
  const after2 = `${after} ${at(te + 1)}`;
  // Not "State broadcaster KBS": the press noun there opens the next name.
  const opensName = (k: number) => /^[\p{Lu}]/u.test(at(k));
  if (after === after.toLowerCase() && PRESS_AFTER.test(after) && !opensName(te + 1)) return true;
  if (after === after.toLowerCase() && PRESS_AFTER.test(after2) && !opensName(te + 2)) return true;
  if (/^(?:reported|reports)$/.test(after) && REPORTED_NEXT.test(at(te + 1))) return true;
  const before = at(ts - 1);
  if (before === before.toLowerCase() && PRESS_BEFORE.test(before)) return true;
  // "according to state media Xinhua", "official media KCNA": the state's press by its name.
  if (before === "media" && /^(?:state|official|state-run|state-owned|government|local|national)$/.test(at(ts - 2)))
    return true;
  // "SEOUL, Oct. 2, 2025 /CNW/ -": a wire service between slashes in a dateline.
  if (before === "/" && after === "/") return true;
  // "wrote on Instagram", "said on X", "in a post on X", "in a Truth Social post": a platform posts are made on.
  if (before === "on" && (POSTING_VERBS.test(at(ts - 2)) || /^posts?$/.test(at(ts - 2)))) return true;
  // "as reported by Tempo", "first reported by Kompas": the outlet that reported it.
  if (before === "by" && /^(?:reported|published|broadcast|aired)$/.test(at(ts - 2))) return true;
  // Round 16: "on his Truth Social account", "on its WeChat channel": a platform one holds an account on.
  if (
    /^(?:his|her|their|its)$/.test(before) &&
    at(ts - 2) === "on" &&
    /^(?:account|accounts|page|channel|feed|handle)$/.test(after)
  )
    return true;
  return /^(?:a|an|his|her|their|its)$/.test(before) && /^posts?$/.test(after);
}

/** Verbs of posting before "on <platform>". */
const POSTING_VERBS = /^(?:wrote|writes|posted|posts|posting|said|says|announced|shared|tweeted)$/;

/** "a Jadetimes news reporter", "a Bloomberg columnist": the word before a press role is an outlet. */
function isMediaByRole(tokens: Token[], te: number): boolean {
  let k = te;
  if (tokens[k]?.text === "news") k++;
  return /^(reporter|correspondent|columnist|editor|journalist)s?$/.test(tokens[k]?.text ?? "");
}

/** Small words a body's name runs on over before its bracketed initials ("… of the Philippines (ECCP)"). */
const INITIALS_JOINERS = /^(?:of|the|and|for|on|in|&)$/;

/**
 * "the European Chamber of Commerce of the Philippines (ECCP)": a body's or a firm's name read
 * short of a state or a place the gazetteers know runs on to the bracketed initials after it,
 * when their letters are the first letters of the capitalised words from the name's first word to
 * the bracket, and only capitalised words and small joiners lie between; the states and places
 * read inside give way.
 */
function namesToInitials(ctx: Ctx): void {
  const { tokens } = ctx;
  // The mentions of each sentence, in the order of `ctx.out` (sentences are of bounded length, so
  // each bracket looks at a bounded number of mentions), and those given way, dropped once at the end.
  let bySentence: Map<number, Mention[]> | undefined;
  const gone = new Set<Mention>();
  for (let i = 1; i + 2 < tokens.length; i++) {
    if (tokens[i]!.text !== "(" || tokens[i + 2]!.text !== ")" || !/^[A-Z]{3,8}$/.test(tokens[i + 1]!.text)) continue;
    bySentence ??= mentionsBySentence(ctx.out);
    const sentence = tokens[i]!.sentence;
    const here = (bySentence.get(sentence) ?? []).filter((m) => !gone.has(m));
    const opening = here.find((m) => {
      if (m.te >= i || i - m.ts > 12) return false;
      if (!BODY_TYPES.has(m.type) && m.type !== "Company") return false;
      const words = tokens.slice(m.ts, i);
      if (words.some((t) => !isCap(t) && !INITIALS_JOINERS.test(t.text))) return false;
      const letters = words.filter((t) => isCap(t)).map((t) => t.text[0]);
      return letters.join("") === tokens[i + 1]!.text;
    });
    if (!opening) continue;
    // A mention overlapping the span lies in its sentence (spans do not cross sentences).
    const inside = here.filter((x) => x !== opening && x.ts < i && x.te > opening.ts);
    // Only a state or a place sits inside ("… Meeting (QFMM)" after "Quad" is the meeting's own name).
    if (inside.some((x) => x.ts < opening.ts || x.te > i || (x.type !== "Country" && x.type !== "Place"))) continue;
    gone.add(opening);
    for (const x of inside) gone.add(x);
    const before = ctx.out.length;
    push(ctx, opening.ts, i, {
      type: opening.type,
      name: spanText(ctx, opening.ts, i),
      key: "",
      rule: "name-to-initials",
    });
    // The opening was found in the sentence's list, which takes the new mention for later brackets.
    const list = bySentence.get(sentence)!;
    for (let k = before; k < ctx.out.length; k++) list.push(ctx.out[k]!);
  }
  if (!gone.size) return;
  ctx.out = ctx.out.filter((x) => !gone.has(x));
  ctx.out.sort((a, b) => a.start - b.start || b.end - a.end);
}

function spanText(ctx: Ctx, ts: number, te: number) {
  return ctx.text.slice(ctx.tokens[ts]!.start, ctx.tokens[te - 1]!.end);
}

function pushPerson(ctx: Ctx, ts: number, te: number, rule: string, extra: Partial<Mention>) {
  const name = spanText(ctx, ts, te);
  const m: Omit<Mention, "ts" | "te" | "start" | "end" | "text" | "sentence"> = { type: "Person", name, key: "", rule };
  if (extra.title) m.title = extra.title;
  if (extra.titleStart !== undefined) m.titleStart = extra.titleStart;
  if (extra.nationality) m.nationality = extra.nationality;
  if (extra.role) m.role = extra.role;
  push(ctx, ts, te, m);
}

/**
 * The tokens of [ts, te) with hyphenated pieces joined back into one word ("Han", "-", "koo" →
 * "Han-koo"), so that name checks count and test whole words.
 */
function joinedWords(tokens: Token[], ts: number, te: number): Token[] {
  const words: Token[] = [];
  for (let k = ts; k < te; k++) {
    const t = tokens[k]!;
    const last = words.at(-1);
    const hyphen = tokens[k - 1];
    if (last && k - 1 > ts && isHyphen(hyphen) && hyphen!.start === last.end && t.start === hyphen!.end) {
      words[words.length - 1] = { ...last, text: `${last.text}-${t.text}`, end: t.end };
    } else if (!(isHyphen(t) && k + 1 < te && tokens[k + 1]!.start === t.end && last?.end === t.start)) {
      words.push(t);
    }
  }
  return words;
}

/** Lower-case nouns of organisations written before their name ("association Eurofer", "think tank X"). */
const ORG_NOUNS = /^(?:association|federation|tank|lobby|alliance|coalition|confederation|militia|insurgents|rebels)$/;
/** Kinds of "group" or "body" that are organisations, not firms ("lobby group X", "rebel group Y"). */
const ORG_GROUP_KINDS =
  /^(?:lobby|rebel|armed|militant|advocacy|industry|trade|business|campaign|environmental|employers|pressure)$/;

/** Last words of the names of instruments and texts, which no place's name ends with. */
const DOCUMENT_HEADS =
  /^(?:Order|Act|Law|Decree|Directive|Regulation|Proclamation|Agreement|Accord|Treaty|Memorandum|Declaration|Statement|Resolution|Bill|Framework|Report)$/;

/** "the coal miners' group X", "farmers' union Y": a plural noun's possessive just before index `at`. */
function pluralOwnerBefore(tokens: Token[], at: number): boolean {
  const mark = tokens[at - 1];
  const owner = tokens[at - 2];
  return (
    !!mark &&
    !!owner &&
    /^['’]$/.test(mark.text) &&
    mark.start === owner.end &&
    owner.sentence === tokens[at]!.sentence &&
    /^[\p{Ll}]{3,}s$/u.test(owner.text)
  );
}

/** Nouns of firms' and places' names that no surname is: "Philly Shipyard", "Sunrise Energy". */
const NOT_SURNAMES: ReadonlySet<string> = new Set(["shipyard", "shipyards", "energy", "metals", "minerals", "magnets"]);

/** Two or three capitalised words shaped like a personal name. */
function looksLikePersonName(tokens: Token[], ts: number, te: number): boolean {
  const words = joinedWords(tokens, ts, te);
  const len = words.length;
  if (len < 1 || len > 4) return false;
  if (words.some((w) => !/^[\p{Lu}][\p{L}’'.-]*$/u.test(w.text) || w.text in NAME_HEADS || MONTHS.has(w.text))) {
    return len === 1
      ? false
      : words.every((w) => /^[\p{Lu}]\.?$|^[\p{Lu}][\p{Ll}’'-]+$/u.test(w.text)) && FIRST_NAMES.has(words[0]!.text);
  }
  if (len === 1) return false;
  // "El Teniente", "Las Bambas": a Spanish article opens a place's or a firm's name, no person's.
  if (/^(?:El|La|Los|Las)$/.test(words[0]!.text)) return false;
  // "La Trobe Magnesium", "Philly Shipyard": a metal or a site last names a firm or a place.
  const last = words.at(-1)!.text.toLowerCase();
  if ((ELEMENTS.has(last) && !ELEMENT_STOP.has(last)) || FACILITY_NOUNS.has(last) || NOT_SURNAMES.has(last))
    return false;
  if (FIRST_NAMES.has(words[0]!.text) || ASIAN_SURNAMES.has(words[0]!.text)) return true;
  // "Mark Carney", "Bill Nelson": a stopped given name before plain name words only.
  if (WEAK_FIRST_NAMES.has(words[0]!.text))
    return len <= 3 && words.every((w) => /^[\p{Lu}][\p{Ll}]{2,}$/u.test(w.text));
  if (/^[\p{Lu}]\.$/u.test(words[0]!.text)) return true; // "H. Rahman"
  return middleInitialName(words.map((w) => w.text));
}

/**
 * "Rajesh K. Venkataraman", "Tendai M. Smith": a middle initial between two plain name words, the
 * first no English word, makes a person's name, whatever the given name.
 */
function middleInitialName(words: string[]): boolean {
  if (words.length !== 3 || !/^[\p{Lu}]\.$/u.test(words[1]!)) return false;
  const plain = (w: string) => /^[\p{Lu}][\p{Ll}]+(?:-[\p{Lu}][\p{Ll}]+)?$/u.test(w);
  return plain(words[0]!) && plain(words[2]!) && !isVocabularyWord(words[0]!.toLowerCase());
}

/** Particles that say "son of", "daughter of": only a person's name holds them. */
const PATRONYMIC = /^(?:bin|ibn|bint)$/;

/**
 * A name with particles is a person's when it opens with them (a surname: "von der Leyen") or with
 * a known first name ("Ursula von der Leyen"); "Cirque du Soleil" is not.
 */
function particlePerson(tokens: Token[], ts: number, te: number): boolean {
  if (!hasNameParticles(tokens, ts, te)) return false;
  // "Thani bin Ahmed Al Zeyoudi": "son of" inside the name makes it a person's whatever its first word.
  if (tokens.slice(ts, te).some((t) => PATRONYMIC.test(t.text))) return true;
  // "El Teniente", "La Rochelle": a capitalised Spanish or French article opening two
  // words names a place or a firm ("El-Sayed" is hyphenated).
  if (te - ts === 2 && /^(?:El|La)$/.test(tokens[ts]!.text)) return false;
  return NAME_PARTICLES.has(tokens[ts]!.text) || FIRST_NAMES.has(tokens[ts]!.text);
}

/** Two or three proper-noun name words ("Yamandu Orsi", "Lee Jae-myung"): a person's name shape, any first name. */
function nameShaped(tokens: Token[], ts: number, te: number): boolean {
  const words = joinedWords(tokens, ts, te);
  return (
    words.length >= 2 &&
    words.length <= 3 &&
    words.every((w) => SURNAME_WORD.test(w.text) && w.text.length > 1 && w.pos === "PROPN" && !(w.text in NAME_HEADS))
  );
}

/** Whether a word of [ts, te) opens a gazetteer name (a place, body or firm) or is a word of the language. */
function knownWordIn(ctx: Ctx, ts: number, te: number): boolean {
  const { tokens, text } = ctx;
  for (let k = ts; k < te; k++)
    if (properMatcher.matchAt(text, tokens, k) || isVocabularyWord(tokens[k]!.text.toLowerCase())) return true;
  return false;
}

/**
 * A name-shaped span coordinated with a person ("Mario Soto and Yamandu Orsi", "Yamandu
 * Orsi and Mario Soto"): a person too, whatever its first name. Before it a person found in the
 * list; after it "and" and a name a known first name opens.
 */
function coordinatedPerson(ctx: Ctx, ts: number, te: number): string | null {
  const { tokens } = ctx;
  if (!nameShaped(tokens, ts, te)) return null;
  // No place, body or firm word inside ("Tokyo Electron"), no word of the language ("Pacific Ocean").
  if (knownWordIn(ctx, ts, te)) return null;
  if (/^(?:and|,)$/.test(tokens[ts - 1]?.text ?? "") && typeBeforeInList(ctx, ts) === "Person")
    return "context-coordinated-person";
  const sentence = tokens[ts]!.sentence;
  if (!/^(?:and|,)$/.test(tokens[te]?.text ?? "") || tokens[te + 1]?.sentence !== sentence) return null;
  const end = capitalisedRunEnd(tokens, te + 1, sentence);
  // "X Y, Jane Roe and …": a comma joins a list's members only when another follows.
  if (tokens[te]!.text === "," && !/^(?:and|,)$/.test(tokens[end]?.text ?? "")) return null;
  return end - te - 1 >= 2 && end - te - 1 <= 3 && looksLikePersonName(tokens, te + 1, end)
    ? "context-coordinated-person"
    : null;
}

/** Verbs of meeting whose object is whom one meets ("met X Y", "hosted X Y"). */
const MEETING_VERBS = /^(?:met|meets|meet|meeting|hosted|hosts|host|received|receives|welcomed|welcomes)$/;
/** Words before "with" that meet someone ("talks with X Y", "a call with X Y", "spoke with X Y"). */
const MEETING_WITH =
  /^(?:met|meet|meets|meeting|talks|talked|talk|spoke|speaks|speaking|call|phone|conversation|discussions|negotiations|negotiated)$/;

/** Verbs of meeting after the one who meets ("X Y met …"); not "meeting" ("the Roe Diaz meeting"). */
const MEETING_SUBJECT_VERBS = /^(?:met|meets|hosted|hosts|received|receives|welcomed|welcomes)$/;
/** Nouns of meeting before "between" or after a possessive ("talks between X Y and …", "X Y's call with …"). */
const MEETING_BETWEEN = /^(?:meeting|meetings|talks|call|discussions|negotiations|conversation|summit)$/;

/**
 * A name-shaped span (no word of the language, no place or firm word inside) that meets
 * or is met: right after a verb of meeting ("met Jamieson Greer"), after "with" and such a word
 * ("talks with X Y"), after "a meeting between", or before a verb or a possessive noun of meeting
 * ("X Y met …", "X Y's talks with …"). States and firms that meet are named by the gazetteers or
 * a firm's head word.
 */
function metPerson(ctx: Ctx, ts: number, te: number): string | null {
  const { tokens } = ctx;
  const prev = tokens[ts - 1];
  if (!prev || prev.sentence !== tokens[ts]!.sentence) return null;
  const before = tokens[ts - 2];
  const next = tokens[te];
  const after = tokens[te + 1];
  const sentence = tokens[ts]!.sentence;
  const met =
    MEETING_VERBS.test(prev.text) ||
    (prev.text === "with" && before?.sentence === prev.sentence && MEETING_WITH.test(before.text)) ||
    // "a meeting between X Y and …": the first of those who meet.
    (prev.text === "between" &&
      before?.sentence === prev.sentence &&
      MEETING_BETWEEN.test(before.text.toLowerCase())) ||
    // "X Y met …", "X Y's talks with …": the one who meets.
    (next?.sentence === sentence && MEETING_SUBJECT_VERBS.test(next.text)) ||
    (next?.sentence === sentence &&
      /^['’]s$/.test(next.text) &&
      after?.sentence === sentence &&
      MEETING_BETWEEN.test(after.text));
  if (!met || !nameShaped(tokens, ts, te)) return null;
  if (knownWordIn(ctx, ts, te)) return null;
  return "context-met-person";
}

/**
 * Nouns only people are, read in an apposition after a name ("X Y, a worker at a mine"); not the
 * trades firms share with people ("a miner", "a trader", "a producer": "X Y, a lithium miner").
 */
const PERSON_NOUNS =
  /^(?:worker|workers|farmer|resident|villager|businessman|businesswoman|entrepreneur|activist|teacher|doctor|nurse|employee|labourer|laborer|shopkeeper|grandmother|grandfather|widow|wife|husband|citizen|retiree|veteran|defendant|migrant|smuggler|mechanic|technician|fisherman|rancher)$/;

/** "X Y, 38, of Ohio", "X Y (41) said": an age in commas or brackets right after a name. */
function ageAfterName(tokens: Token[], te: number): boolean {
  const open = tokens[te];
  const age = tokens[te + 1];
  const close = tokens[te + 2];
  if (!open || !age || !close || age.sentence !== open.sentence || close.sentence !== open.sentence) return false;
  if (!/^\d{1,2}$/.test(age.text) || Number(age.text) < 14) return false;
  return (open.text === "," && /^[,;.]$/.test(close.text)) || (open.text === "(" && close.text === ")");
}

/** "the 40-year-old X Y": an age written as a compound right before a name. */
function ageBeforeName(tokens: Token[], ts: number): boolean {
  const old = tokens[ts - 1];
  const year = tokens[ts - 3];
  const age = tokens[ts - 5];
  return (
    old?.text === "old" &&
    /^years?$/.test(year?.text ?? "") &&
    /^\d{1,2}$/.test(age?.text ?? "") &&
    isHyphen(tokens[ts - 2]) &&
    isHyphen(tokens[ts - 4]) &&
    age!.sentence === tokens[ts]!.sentence
  );
}

/** Name-shaped words whose context says they are a person: role before, speech verb or apposition after. */
function personByContext(tokens: Token[], ts: number, te: number): string | null {
  const words = joinedWords(tokens, ts, te);
  const len = words.length;
  if (len < 2 || len > 3 || !words.every((w) => SURNAME_WORD.test(w.text) && w.text.length > 1 && w.pos === "PROPN")) {
    return null;
  }
  const prev = tokens[ts - 1];
  const next = tokens[te];
  const s = words[0]!.sentence;
  if (prev?.sentence === s && ROLE_NOUNS.has(prev.text.toLowerCase())) return "context-role-person";
  // "his Indian counterpart X Y": an official's counterpart is a person.
  if (prev?.sentence === s && /^counterparts?$/.test(prev.text)) return "context-counterpart-person";
  // Round 16: "the commissioner for trade X Y", "minister of mines X Y": a lower-case post and its
  // portfolio of one or two lower-case words before the name.
  for (let k = ts - 2; k >= ts - 3; k--) {
    const join = tokens[k];
    const post = tokens[k - 1];
    if (
      join?.sentence === s &&
      post?.sentence === s &&
      /^(?:for|of)$/.test(join.text) &&
      ROLE_NOUNS.has(post.text) &&
      tokens.slice(k + 1, ts).every((t) => /^[\p{Ll}]+$/u.test(t.text) && t.pos === "NOUN")
    )
      return "context-role-person";
  }
  if (next?.sentence === s && SPEECH_VERBS.has(next.text)) return "context-speaker";
  // "X Y recently posted", "X Y also told": one adverb before the speech verb.
  if (
    next?.sentence === s &&
    /^(?:also|later|then|further|[\p{Ll}]{3,}ly)$/u.test(next.text) &&
    tokens[te + 1]?.sentence === s &&
    SPEECH_VERBS.has(tokens[te + 1]!.text)
  )
    return "context-speaker";
  // "Chile's finance minister, Mario Soto, said": a lower-case post, a comma, the name, a comma.
  if (prev?.text === "," && next?.text === "," && next.sentence === s && APPOSED_POSTS.has(tokens[ts - 2]?.text ?? ""))
    return "context-post-apposition";
  // "Director General at the Trade Ministry, Budi Santoso, noted": a body, the name, a speech verb.
  if (
    prev?.text === "," &&
    next?.text === "," &&
    NAME_HEADS[tokens[ts - 2]?.text ?? ""] === "Agency" &&
    SPEECH_VERBS.has(tokens[te + 1]?.text ?? "")
  )
    return "context-post-apposition";
  const after = tokens[te + 1];
  if (next?.text === "," && after?.sentence === s && /^(a|an|the)$/i.test(after.text)) {
    for (let k = te + 2; k < te + 7 && tokens[k]?.sentence === s; k++) {
      if (ROLE_NOUNS.has(tokens[k]!.text.toLowerCase())) return "context-apposition-person";
    }
  }
  if (next?.text === "," && after?.sentence === s && /^(a|an)$/i.test(after.text)) {
    for (let k = te + 2; k < te + 5 && tokens[k]?.sentence === s; k++) {
      if (PERSON_NOUNS.test(tokens[k]!.text)) return "context-apposition-person";
    }
  }
  if (ageAfterName(tokens, te) || ageBeforeName(tokens, ts)) return "context-age-person";
  if (prev?.text === "to" && tokens[ts - 2]?.text.toLowerCase() === "according") return "context-according-to";
  // "Airlangga Hartarto, who heads the ministry": "who" follows people.
  if (next?.text === "," && after?.sentence === s && after.text === "who") return "context-who";
  return null;
}

/**
 * Frees tokens ts..te for a good named by its composition: a name guessed wholly inside the span
 * ("NdFeB" read as a one-word person, "Neodymium Iron Boron" as a capitalised name) gives way.
 * False when a mention reaching outside the span claims one of its tokens.
 */
function releaseInside(ctx: Ctx, ts: number, te: number): boolean {
  if (!ctx.claimed.subarray(ts, te).some(Boolean)) return true;
  const inside = ctx.out.filter((m) => m.te > ts && m.ts < te);
  if (inside.some((m) => m.ts < ts || m.te > te || !/^(?:Person|Company|Organization|Product|Mineral)$/.test(m.type)))
    return false;
  ctx.out = ctx.out.filter((m) => !inside.includes(m));
  ctx.claimed.fill(0, ts, te);
  return true;
}

/** Second parts of a hyphenated compound of relation: "X-related", "X-based", "X-linked". */
const RELATION_COMPOUND_PARTS: ReadonlySet<string> = new Set([
  "related",
  "linked",
  "tied",
  "based",
  "driven",
  "focused",
]);

/** Heads of goods after such a compound: "aircraft-related equipment" is still trade in aircraft. */
const COMPOUND_GOODS_HEADS: ReadonlySet<string> = new Set(
  "equipment parts products goods components items materials machinery devices".split(" "),
);

/**
 * Whether a glued hyphen and a part of relation follow at `k` ("fentanyl|-related tariffs"), before
 * a head that is no class of goods.
 */
function relationCompound(tokens: readonly Token[], k: number): boolean {
  const dash = tokens[k];
  const part = tokens[k + 1];
  return (
    !!dash &&
    !!part &&
    isHyphen(dash) &&
    dash.start === tokens[k - 1]!.end &&
    part.start === dash.end &&
    RELATION_COMPOUND_PARTS.has(part.text.toLowerCase()) &&
    !COMPOUND_GOODS_HEADS.has(tokens[k + 2]?.text.toLowerCase() ?? "")
  );
}

/** Lower-case terms: minerals, elements, products (not inside names already found). */
function findCommonTerms(ctx: Ctx) {
  const { tokens, text } = ctx;
  const cues = new Map<number, boolean>();
  /** Whether the sentence speaks of trade or production (computed once per sentence). */
  const tradeSentence = (s: number): boolean => {
    let v = cues.get(s);
    if (v === undefined) {
      v = false;
      const sen = ctx.sentences[s];
      const lowers = lowerCaseTexts(tokens);
      if (sen) for (let k = sen.tokenStart; k < sen.tokenEnd && !v; k++) v = TRADE_CUES.has(lowers[k]!);
      cues.set(s, v);
    }
    return v;
  };
  /** Cued product words in sentences with no cue: kept when listed next to another product. */
  const uncued: { ts: number; te: number; v: LexValue }[] = [];
  const lower = lowerCaseTexts(tokens);
  for (let i = 0; i < tokens.length; i++) {
    const made = compositionProductAt(tokens, i, lower);
    if (made && releaseInside(ctx, i, made.end)) {
      push(ctx, i, made.end, {
        type: "Product",
        name: made.name,
        key: `Product:${made.name}`,
        rule: "composition-product",
      });
      i = made.end - 1;
      continue;
    }
    if (ctx.claimed[i]) continue;
    const model = modelProductEnd(ctx, i);
    if (model > i) {
      i = model - 1;
      continue;
    }
    const hit = commonMatcher.matchAt(text, tokens, i);
    if (!hit) continue;
    let claimed = false;
    for (let k = hit.ts; k < hit.te; k++) if (ctx.claimed[k]) claimed = true;
    if (claimed) continue;
    const v = hit.value;
    const t = tokens[i]!;
    const next = tokens[hit.te];
    const prev = tokens[hit.ts - 1];
    const sameNext = next && next.sentence === t.sentence;
    const isProduct = v.type === "Product";
    if (
      inCapitalisedName(ctx, hit.ts, hit.te, isProduct) ||
      inPortfolio(ctx, hit.ts) ||
      // "a mine-to-magnet supply chain": the last word of a hyphenated modifier (not of a maker's:
      // "permanent-magnet producers" make magnets).
      (isProduct &&
        prev?.sentence === t.sentence &&
        isHyphen(prev) &&
        prev.end === t.start &&
        !(sameNext && MAKER_NOUNS.has(next.text.toLowerCase()))) ||
      (isProduct && hit.te - hit.ts === 1 && t.pos === "VERB") ||
      (isProduct && sameNext && PRODUCT_BLOCKING_NEXT.has(next.text.toLowerCase())) ||
      // "fentanyl-related tariffs", "rubber-based products": a good opening a hyphenated compound
      // of relation names what the head is about, not the good itself.
      (isProduct && sameNext && relationCompound(tokens, hit.te)) ||
      (v.rule === "lexicon-product-cued" &&
        prev?.sentence === t.sentence &&
        PRODUCT_BLOCKING_PREV.has(prev.text.toLowerCase()))
    ) {
      i = hit.te - 1;
      continue;
    }
    // "LNG carriers", "peanut butter": a one-word product before a vessel or after another
    // lower-case noun is part of a compound that names something else.
    if (isProduct && hit.te - hit.ts === 1 && inOtherCompound(ctx, hit.ts)) {
      i = hit.te - 1;
      continue;
    }
    // "rare earth equipment", "artificial graphite anode materials": a good made of the mineral.
    if (v.type === "Mineral") {
      const made = mineralProductEnd(ctx, hit.ts, hit.te);
      if (made > 0) {
        i = made - 1;
        continue;
      }
    }
    if (v.rule === "lexicon-product-cued" && (LISTED_ONLY_PRODUCTS.has(v.name) || !tradeSentence(t.sentence))) {
      // "energy security", "energy minister": a sector word before a noun is a modifier.
      if (LISTED_ONLY_PRODUCTS.has(v.name) && sameNext && /^(?:NOUN|PROPN|ADJ)$/.test(next.pos)) {
        i = hit.te - 1;
        continue;
      }
      uncued.push({ ts: hit.ts, te: hit.te, v });
      i = hit.te - 1;
      continue;
    }
    // "electric vehicle batteries", "wind turbine generators": a product named in the singular
    // before a part's plural is a modifier; the part is the good, named by the whole phrase.
    if (isProduct && sameNext && COMPONENT_HEADS.has(next.text) && next.pos === "NOUN" && !ctx.claimed[hit.te]) {
      const last = tokens[hit.te - 1]!.text;
      if (/^[\p{Ll}]/u.test(last) && !last.endsWith("s")) {
        const name = spanText(ctx, hit.ts, hit.te + 1).toLowerCase();
        push(ctx, hit.ts, hit.te + 1, { type: "Product", name, key: `Product:${name}`, rule: "lexicon-product-part" });
        i = hit.te;
        continue;
      }
    }
    // "dysprosium oxide", "nickel ore": an element and the form it is traded in is its own mineral.
    const form = sameNext ? MINERAL_FORMS.get(next.text.toLowerCase()) : undefined;
    if (v.rule === "lexicon-element" && form && !ctx.claimed[hit.te]) {
      const name = `${v.name} ${form}`;
      push(ctx, hit.ts, hit.te + 1, { type: "Mineral", name, key: `Mineral:${name}`, rule: "lexicon-element-form" });
      i = hit.te;
      continue;
    }
    // A capitalised element mid-sentence is a name ("Lithium Americas"), handled as a span.
    push(ctx, hit.ts, hit.te, { type: v.type, name: v.name, key: v.key, rule: v.rule });
    i = hit.te - 1;
  }
  if (uncued.length) keepListedProducts(ctx, uncued);
  findCoordinatedMetals(ctx);
  findTechnologies(ctx);
  findTradedGoods(ctx);
  findListedGoods(ctx);
}

/** Nominals of a process a technology performs: "refining technologies", "separation technology". */
const PROCESS_NOUNS: ReadonlySet<string> = new Set(
  (
    "refining processing extraction separation preparation smelting enrichment purification recycling " +
    "mining manufacturing production beneficiation leaching synthesis metallurgy"
  ).split(" "),
);

/**
 * Know-how traded and restricted as a good, named by the process it performs and what it
 * works on: "refining technologies", "nickel smelting and refining technology", "cathode material
 * preparation technology" → a Product named as written. A good alone before the head ("rare earth
 * technology") names one only as an export's object ("export curbs on gallium technology", "the export
 * of magnet technology"). Coordinated processes after no good keep the last one ("mining and
 * refining technologies" → "refining technologies"). An adjective before the phrase makes it one
 * technique ("direct lithium extraction technology"), not a class of goods: none.
 */
function findTechnologies(ctx: Ctx): void {
  const { tokens } = ctx;
  const lowers = lowerCaseTexts(tokens);
  const lower = (k: number) => lowers[k] ?? "";
  let goodsEnd: Map<number, Mention> | undefined;
  for (let i = 1; i < tokens.length; i++) {
    const w = lower(i);
    if ((w !== "technology" && w !== "technologies") || ctx.claimed[i] || tokens[i]!.pos !== "NOUN") continue;
    if (!/^[\p{Ll}]/u.test(tokens[i]!.text)) continue;
    const s = tokens[i]!.sentence;
    const same = (k: number) => k >= 0 && tokens[k]?.sentence === s;
    goodsEnd ??= new Map(ctx.out.filter((m) => m.type === "Product" || m.type === "Mineral").map((m) => [m.te, m]));
    let a = i;
    // The processes right before the head, coordinated ("extraction and separation").
    while (same(a - 1) && !ctx.claimed[a - 1] && PROCESS_NOUNS.has(lower(a - 1))) {
      a--;
      if (/^(and|,)$/.test(lower(a - 1)) && same(a - 2) && PROCESS_NOUNS.has(lower(a - 2)) && !ctx.claimed[a - 2]) a--;
    }
    const processes = a < i;
    const lastProcess = processes ? i - 1 : i;
    // What the process works on: a good found, or up to three lower-case nouns ("cathode material").
    let b = a;
    const absorbed: Mention[] = [];
    const good = goodsEnd.get(b);
    if (good && same(good.ts)) {
      absorbed.push(good);
      b = good.ts;
    } else {
      while (b > a - 3 && same(b - 1) && !ctx.claimed[b - 1] && tokens[b - 1]!.pos === "NOUN") {
        const x = lower(b - 1);
        if (!/^[\p{Ll}][\p{Ll}-]*$/u.test(tokens[b - 1]!.text) || (NOT_A_GOOD.has(x) && !/^materials?$/.test(x))) break;
        b--;
      }
      const inner = goodsEnd.get(b);
      if (b < a && inner && same(inner.ts)) {
        absorbed.push(inner);
        b = inner.ts;
      }
    }
    if (!processes && !absorbed.length) continue;
    // The phrase opens after a function word ("on", "its", "and", ":"): after an adjective or a
    // word of a name it is one technique or one firm's ("direct lithium extraction technology").
    const before = tokens[b - 1];
    if (same(b - 1) && (isHyphen(before) || !/^(DET|ADP|CCONJ|SCONJ|PUNCT|PRON|PART|VERB|AUX)$/.test(before!.pos)))
      continue;
    if (!processes) {
      // A good alone: only the object of an export ("export curbs on X technology", "exports of X technology").
      if (!/^(on|of)$/.test(lower(b - 1))) continue;
      let exportWord = false;
      for (let k = b - 2; k >= Math.max(0, b - 5) && same(k); k--) if (/^export/.test(lower(k))) exportWord = true;
      if (!exportWord) continue;
    }
    // Coordinated processes after no good: the last one names the class.
    const from = !absorbed.length && b === a && a < lastProcess ? lastProcess : b;
    const name = spanText(ctx, from, i + 1)
      .toLowerCase()
      .replace(/\s*-\s*/g, "-");
    if (absorbed.length) {
      const gone = new Set(absorbed);
      ctx.out = ctx.out.filter((m) => !gone.has(m));
      for (const m of absorbed) goodsEnd.delete(m.te);
    }
    for (let k = b; k < from; k++) ctx.claimed[k] = 1;
    push(ctx, from, i + 1, { type: "Product", name, key: `Product:${name}`, rule: "context-technology" });
  }
}

/** Plural nouns of trade news that are no goods, however listed: "steel, cars and tariffs". */
const NOT_LISTED_GOODS: ReadonlySet<string> = new Set(
  (
    "tariffs duties levies taxes sanctions prices rates talks tensions concerns measures controls restrictions " +
    "jobs workers investments services issues policies rules efforts negotiations agreements deals relations " +
    "ties markets supplies chains needs costs risks subsidies exports imports shipments sales purchases revenues " +
    "profits earnings shares stocks others users uses applications industries sectors firms companies countries " +
    "officials leaders consumers buyers makers producers manufacturers customers members partners allies " +
    "resources contractors traders dealers sellers suppliers vendors retailers exporters importers refiners " +
    "miners investors operators"
  ).split(" "),
);

/** Agents named after what they make are no goods ("automakers", "chipmakers", "steelmakers"). */
const MAKER_NOUN = /makers$/;

/** Mass nouns that head a listed good after a qualifier: "precision machinery", "military hardware". */
const LIST_MASS_HEADS: ReadonlySet<string> = new Set(["machinery", "hardware", "apparel", "clothing", "footwear"]);

/** Quantifiers opening a list item, left out of the good's name: "and other electronic devices". */
const LIST_QUANTIFIERS: ReadonlySet<string> = new Set(
  "other various certain many some several numerous assorted select selected".split(" "),
);

/**
 * Words that open a list item and say how it joins the list, never part of the good's name: "other
 * crops, including derivatives", "downstream products, meaning battery precursors", "metals,
 * notably nickel alloys" (the tagger may read "including" or "meaning" as a noun).
 */
const LIST_ITEM_OPENERS: ReadonlySet<string> = new Set(
  "including meaning notably especially particularly namely mainly mostly primarily chiefly specifically".split(" "),
);

/**
 * Words of NOT_A_GOOD that say which kind of good a listed item is (a modifier, never the head):
 * "renewable energy systems", "agricultural equipment", "food products", "household appliances".
 */
const LIST_KIND_MODIFIERS: ReadonlySet<string> = new Set(
  "energy agricultural farm food household consumer industrial rail maritime".split(" "),
);

/** Where a listed good's words may start after: a link, an opener of a list, a preposition. */
const LIST_OPENERS = /^(?:,|and|or|:|like|including|as|of|in|for|on|from|to)$/;

/**
 * Goods the lexicon does not know, named in a list with a product it knows: "drones, smartphones,
 * medical devices and military weapons", "used in ammunition, infrared missiles and photovoltaic
 * equipment". An item of one to four lower-case adjectives and nouns, ending with a plural noun (or
 * a generic goods head after a qualifier), joined by ",", "and" or "or" to a Product found, is a
 * Product; the list is followed both ways from each product, so the items chain.
 */
function findListedGoods(ctx: Ctx): void {
  const { tokens } = ctx;
  const products = ctx.out.filter((m) => m.type === "Product");
  if (!products.length) return;
  const lowers = lowerCaseTexts(tokens);
  const lower = (k: number) => lowers[k] ?? "";
  const isLink = (k: number) => /^(?:,|and|or)$/.test(lower(k));
  /** The good named by the item [a0, b), from its first word after a quantifier, else null. */
  const item = (a0: number, b: number, s: number): { name: string; from: number } | null => {
    // "and other electronic devices", "various farm goods": a quantifier opens the item, not the name.
    let a = a0;
    while (a < b - 1 && (LIST_QUANTIFIERS.has(lower(a)) || LIST_ITEM_OPENERS.has(lower(a)))) a++;
    if (b - a < 1 || b - a > 4) return null;
    for (let k = a; k < b; k++) {
      const t = tokens[k];
      if (!t || t.sentence !== s || ctx.claimed[k]) return null;
      if (isHyphen(t) && k > a && k < b - 1) continue;
      // "cut flowers", "drill bits", "frozen avocados": the tagger's verbs are modifiers inside a
      // list item (not a verb's "-s" form: "makes trucks").
      const modifier = k < b - 1 && t.pos === "VERB" && !/[^s]s$/.test(t.text);
      if (!/^[\p{Ll}][\p{Ll}-]*$/u.test(t.text) || !(/^(?:NOUN|ADJ)$/.test(t.pos) || modifier)) return null;
    }
    const head = lower(b - 1);
    // "photovoltaic equipment", not "infrared technology": a know-how is no good.
    const generic = (GENERIC_GOODS_HEADS.has(head) || LIST_MASS_HEADS.has(head)) && !/^tech/.test(head) && b - a >= 2;
    if (!generic && !(head.endsWith("s") && !head.endsWith("ss") && tokens[b - 1]!.pos === "NOUN")) return null;
    if (NOT_LISTED_GOODS.has(head) || MAKER_NOUN.test(head)) return null;
    for (let k = a; k < b; k++) {
      const x = lower(k);
      // A kind's modifier is no good alone but names one in a list ("renewable energy systems",
      // "agricultural equipment", "household appliances").
      if (NOT_A_GOOD.has(x) && !(generic && k === b - 1) && !(k < b - 1 && LIST_KIND_MODIFIERS.has(x))) return null;
    }
    const name = ctx.text
      .slice(tokens[a]!.start, tokens[b - 1]!.end)
      .toLowerCase()
      .replace(/\s*-\s*/g, "-");
    return { name, from: a };
  };
  // Products by first and by past-the-end token (indexed once, so each list step is a lookup).
  const byStart = new Map<number, Mention>();
  const byEnd = new Map<number, Mention>();
  for (const m of products) {
    byStart.set(m.ts, m);
    byEnd.set(m.te, m);
  }
  const pushItem = (a: number, b: number, name: string) => {
    push(ctx, a, b, { type: "Product", name, key: `Product:${name}`, rule: "context-listed-good" });
    const m = ctx.out.at(-1);
    if (m && m.ts === a) {
      byStart.set(a, m);
      byEnd.set(b, m);
    }
  };
  /** "from" opens the list ending at `ts` (its items lower-case words and links, no verb between). */
  const rangeOpened = (ts: number, s: number): boolean => {
    for (let j = ts - 1; j >= Math.max(0, ts - 10) && tokens[j]!.sentence === s; j--) {
      if (lower(j) === "from") return true;
      if (/^(?:VERB|AUX|PROPN|NUM)$/.test(tokens[j]!.pos) && !byEnd.has(j + 1)) return false;
    }
    return false;
  };
  for (const p of products) {
    const s = tokens[p.ts]!.sentence;
    // Rightwards: "P, X, Y and Z"; a range's "to" after "from" links too ("from phones and cars to
    // medical scanners").
    let k = p.te;
    for (let n = 0; n < 6 && (isLink(k) || (n === 0 && lower(k) === "to" && rangeOpened(p.ts, s))); n++) {
      const a = lower(k) === "," && /^(?:and|or)$/.test(lower(k + 1)) ? k + 2 : k + 1;
      if (ctx.claimed[a]) {
        const next = byStart.get(a);
        if (!next) break;
        k = next.te;
        continue;
      }
      let b = a;
      while (
        b < a + 4 &&
        tokens[b] &&
        tokens[b]!.sentence === s &&
        !isLink(b) &&
        !ctx.claimed[b] &&
        /^[\p{Ll}]|^-$/u.test(tokens[b]!.text)
      )
        b++;
      const end = tokens[b];
      const closed = !end || end.sentence !== s || isLink(b) || /^(?:PUNCT|VERB|AUX|ADP|SCONJ|PART)$/.test(end.pos);
      const good = closed ? item(a, b, s) : null;
      if (!good) break;
      pushItem(good.from, b, good.name);
      k = b;
    }
    // Leftwards: "X, Y and P": items back to the list's opener.
    k = p.ts - 1;
    const ranged = lower(k) === "to";
    for (let n = 0; n < 6 && (isLink(k) || (n === 0 && ranged)); n++) {
      const b = lower(k) !== "," && lower(k - 1) === "," ? k - 1 : k;
      let a = b;
      while (
        a > b - 4 &&
        tokens[a - 1] &&
        tokens[a - 1]!.sentence === s &&
        !ctx.claimed[a - 1] &&
        !LIST_OPENERS.test(lower(a - 1)) &&
        /^[\p{Ll}]|^-$/u.test(tokens[a - 1]!.text)
      )
        a--;
      if (a === b) {
        const prev = byEnd.get(b);
        if (!prev) break;
        k = prev.ts - 1;
        continue;
      }
      if (!LIST_OPENERS.test(lower(a - 1)) || (ranged && n === 0 && lower(a - 1) !== "from")) break;
      const good = item(a, b, s);
      if (!good) break;
      pushItem(good.from, b, good.name);
      k = a - 1;
    }
  }
}

/** Plural parts and components a product's name may qualify: "electric vehicle batteries". */
const COMPONENT_HEADS: ReadonlySet<string> = new Set([
  "motors",
  "generators",
  "batteries",
  "engines",
  "components",
  "cells",
  "modules",
  "panels",
  "magnets",
  "chips",
  "blades",
  "turbines",
  "sensors",
  "displays",
  "screens",
]);

/** Nouns before "of" that name a class of goods only: "the export of dual-use goods". */
const CLASS_OF_TRIGGERS: ReadonlySet<string> = new Set(["export", "import", "manufacture", "sale", "sales", "supply"]);
/** Measures before "on" that name a class of goods only: "controls on dual-use items". */
const CLASS_ON_TRIGGERS: ReadonlySet<string> = new Set([
  "controls",
  "restrictions",
  "ban",
  "bans",
  "curbs",
  "tariffs",
  "duties",
  "taxes",
  "levies",
  "quotas",
]);

/** Generic heads named by their qualifiers: "medical goods", "refining technologies". */
const GENERIC_GOODS_HEADS: ReadonlySet<string> = new Set([
  "goods",
  "products",
  "items",
  "technologies",
  "technology",
  "tech",
  "equipment",
  "components",
]);

/**
 * Goods the lexicon does not know, named where the text trades them: "exports of frozen durian",
 * "importers of catfish and shrimp", "durian exports". The noun phrase (at most two
 * lower-case nouns after at most two adjectives, each of the list when coordinated) is a Product
 * named by its nouns, unless it is an amount, a kind, a party or money (NOT_A_GOOD).
 */
function findTradedGoods(ctx: Ctx) {
  const { tokens } = ctx;
  const lowers = lowerCaseTexts(tokens);
  const lower = (k: number) => lowers[k] ?? "";
  const free = (k: number, s: number) => !!tokens[k] && tokens[k]!.sentence === s && !ctx.claimed[k];
  let goods: Map<number, Mention> | undefined;
  /** Product and mineral mentions by first token, built when a list first needs them. */
  const goodsAt = () => {
    goods ??= new Map(ctx.out.filter((m) => m.type === "Product" || m.type === "Mineral").map((m) => [m.ts, m]));
    return goods;
  };
  // Declared out of the loop: a variable of its body that a closure reads would cost a new context
  // on every pass, token or not.
  let s = 0;
  for (let i = 0; i < tokens.length; i++) {
    const w = lower(i);
    s = tokens[i]!.sentence;
    if (GOODS_BEFORE_TRIGGERS.has(w) && tokens[i]!.pos === "NOUN" && lower(i + 1) !== "of") {
      // "platinum and chrome exports": one noun right before, not itself a modifier of another
      // noun, coordinated with a good already found. Alone ("durian exports") the noun may be a
      // party, a kind or a place's word (round 13b: right 1 time in 2 on the studied split, 0 in 1
      // on the validation split).
      const k = i - 1;
      const t = tokens[k];
      const noun = t && t.pos === "NOUN" ? t.text.toLowerCase() : "";
      const shaped = t && /^[\p{Ll}]{3,}$/u.test(t.text);
      const link = tokens[k - 1];
      const coordinated =
        link?.sentence === s && /^(and|or|,)$/.test(lower(k - 1)) && !!ctx.claimed[k - 2] && goodsAt().has(k - 2);
      if (t && free(k, s) && shaped && noun && coordinated && !NOT_A_GOOD.has(noun))
        push(ctx, k, k + 1, { type: "Product", name: noun, key: `Product:${noun}`, rule: "context-traded-good" });
      continue;
    }
    // "controls on dual-use goods", "the export of medical items": only a class of goods is named there.
    const classOnly =
      !(GOODS_OF_TRIGGERS.has(w) && lower(i + 1) === "of") &&
      ((CLASS_OF_TRIGGERS.has(w) && lower(i + 1) === "of") || (CLASS_ON_TRIGGERS.has(w) && lower(i + 1) === "on"));
    if (!classOnly && (!GOODS_OF_TRIGGERS.has(w) || lower(i + 1) !== "of")) continue;
    let k = i + 2;
    // "of US corn", "on Chinese steel": a country word before the good.
    while (ctx.claimed[k] && tokens[k]?.sentence === s && /^[\p{Lu}]/u.test(tokens[k]!.text) && k < i + 5) k++;
    const modifier = (t: Token) =>
      /^[\p{Ll}]/u.test(t.text) && (t.pos === "ADJ" || (t.pos === "VERB" && /(ed|en)$/.test(t.text)));
    // "dual-use", "high-end": two lower-case words joined by a hyphen qualify a generic head.
    const hyphened = (x: number) =>
      free(x, s) &&
      free(x + 2, s) &&
      isHyphen(tokens[x + 1]) &&
      /^[\p{Ll}]{2,}$/u.test(tokens[x]!.text) &&
      /^[\p{Ll}]{2,}$/u.test(tokens[x + 2]!.text) &&
      GENERIC_GOODS_HEADS.has(lower(x + 3));
    for (let item = 0; item < 4; item++) {
      let a = k;
      if (hyphened(a)) a += 3;
      while (a < k + 2 && free(a, s) && modifier(tokens[a]!)) a++;
      // A good the lexicon found already: the list goes on after it.
      const known = ctx.claimed[a] ? goodsAt().get(a) : undefined;
      if (known) {
        if (!/^(,|and|or)$/.test(lower(known.te))) break;
        k = lower(known.te) === "," && /^(and|or)$/.test(lower(known.te + 1)) ? known.te + 2 : known.te + 1;
        continue;
      }
      let b = a;
      while (b < a + 2 && free(b, s) && tokens[b]!.pos === "NOUN" && /^[\p{Ll}][\p{Ll}-]{2,}$/u.test(tokens[b]!.text))
        b++;
      const end = tokens[b];
      const closed = b > a && !(end && end.sentence === s && (end.pos === "NOUN" || end.pos === "PROPN"));
      if (!closed) break;
      const words = tokens.slice(a, b).map((t) => t.text.toLowerCase());
      // "medical goods", "dual-use goods", "refining technologies": a class of goods named by what
      // qualifies a generic head (its modifiers kept in the name), when that is no generic word.
      let from = a;
      if (classOnly && !GENERIC_GOODS_HEADS.has(words.at(-1)!)) break;
      if (GENERIC_GOODS_HEADS.has(words.at(-1)!)) {
        from = k;
        const qualifiers = tokens
          .slice(from, b - 1)
          .map((t) => t.text.toLowerCase())
          .filter((x) => x !== "-");
        if (!qualifiers.length || qualifiers.some((x) => NOT_A_GOOD.has(x) || !/^[\p{Ll}]{3,}$/u.test(x))) break;
      } else if (words.some((x) => NOT_A_GOOD.has(x)) || NOT_A_GOOD.has(lower(a - 1))) break;
      const name =
        from < a
          ? ctx.text
              .slice(tokens[from]!.start, tokens[b - 1]!.end)
              .toLowerCase()
              .replace(/\s*-\s*/g, "-")
          : words.join(" ");
      if (from < a || GENERIC_GOODS_HEADS.has(words.at(-1)!)) {
        push(ctx, from, b, { type: "Product", name, key: `Product:${name}`, rule: "context-traded-good" });
        if (/^(,|and|or)$/.test(lower(b))) {
          k = lower(b) === "," && /^(and|or)$/.test(lower(b + 1)) ? b + 2 : b + 1;
          continue;
        }
        break;
      }
      // "exports of catfish": a plain noun the lexicon does not know, no class of goods, is not
      // read as a good (round 13b: right 0 times on the studied split, wrong once on validation).
      break;
    }
  }
}

/** A lower-case noun of sentence `s`. */
function lowerNounIn(s: number, t: Token | undefined): boolean {
  return !!t && t.sentence === s && t.pos === "NOUN" && /^[\p{Ll}][\p{Ll}-]*$/u.test(t.text);
}

/**
 * Whether a one-word product at `k` is a modifier of a carrier ("LNG carriers", "oil pipelines")
 * or the modifier of another noun before it makes the compound another thing ("peanut butter",
 * "cocoa butter"). A product word before other nouns stays a good ("fentanyl crisis", "steel exports").
 */
function inOtherCompound(ctx: Ctx, k: number): boolean {
  const { tokens } = ctx;
  const s = tokens[k]!.sentence;
  const next = tokens[k + 1];
  if (lowerNounIn(s, next) && PRODUCT_CARRIERS.has(next!.text)) return true;
  // A plural is a head of its own ("farm tractors"), and the tagger reads some verbs as nouns
  // ("the retailer stocks watches"): only a singular mass word can be a compound's modifier.
  const prev = tokens[k - 1];
  return (
    !tokens[k]!.text.endsWith("s") &&
    lowerNounIn(s, prev) &&
    !ctx.claimed[k - 1] &&
    !TRADE_CUES.has(prev!.text) &&
    !/(ing|ed)$/.test(prev!.text)
  );
}

/** Posts and bodies whose portfolio follows "of": "director general of mineral and coal". */
const PORTFOLIO_OWNERS =
  /^(general|minister|ministry|secretary|director|department|bureau|office|commissioner|head|chief)$/i;

/** Whether the term at `k` names a post's portfolio ("the director general of minerals and coal"). */
function inPortfolio(ctx: Ctx, k: number): boolean {
  const { tokens } = ctx;
  const s = tokens[k]!.sentence;
  for (let j = k - 1; j >= Math.max(0, k - 4) && tokens[j]!.sentence === s; j--) {
    const w = tokens[j]!.text;
    if (w === "of") return PORTFOLIO_OWNERS.test(tokens[j - 1]?.text ?? "");
    if (!/^(and|,|[\p{Ll}]+)$/u.test(w)) return false;
  }
  return false;
}

/**
 * A lexicon word written with a capital inside a sentence, next to another capitalised word, is
 * part of a name ("Weiqiao Aluminium", "US Steel", "Lithium Americas"); a product word with a
 * capital mid-sentence is a name even alone ("Rice said").
 */
function inCapitalisedName(ctx: Ctx, ts: number, te: number, product: boolean): boolean {
  const { tokens } = ctx;
  const t = tokens[ts]!;
  if (!/^[\p{Lu}][\p{Ll}]/u.test(t.text) || ctx.headlines.has(t.sentence) || t.label) return false;
  const cap = (x: Token | undefined) => !!x && x.sentence === t.sentence && /^[\p{Lu}]/u.test(x.text) && !x.label;
  if (cap(tokens[te])) return true;
  // "Critical Metals purchased …" after "Critical Metals Corp": the short form of a name found.
  const written = spanText(ctx, ts, te);
  for (const name of ctx.names.companyFirstWords.get(t.text)?.keys() ?? []) if (name.startsWith(written)) return true;
  if (ctx.names.byName.has(written)) return true;
  if (t.first) return false;
  return product || cap(tokens[ts - 1]);
}

/** Cued product words kept because they are listed with a product found: "watches, jewelry and chocolate". */
function keepListedProducts(ctx: Ctx, uncued: { ts: number; te: number; v: LexValue }[]) {
  const { tokens } = ctx;
  const starts = new Set<number>();
  const ends = new Set<number>();
  for (const m of ctx.out) {
    if (m.type !== "Product") continue;
    starts.add(m.ts);
    ends.add(m.te);
  }
  const link = (k: number) => /^(,|and|or|&)$/.test(tokens[k]?.text ?? "");
  for (const { ts, te, v } of uncued) {
    const before = link(ts - 1) && (ends.has(ts - 1) || (link(ts - 2) && ends.has(ts - 2)));
    const after = link(te) && (starts.has(te + 1) || (link(te + 1) && starts.has(te + 2)));
    if (before || after) push(ctx, ts, te, { type: v.type, name: v.name, key: v.key, rule: v.rule });
  }
}

/**
 * "rare earth equipment", "titanium alloys", "artificial graphite anode materials": a mineral
 * followed by at most two lower-case nouns and a product head names a manufactured good. Pushes
 * the Product and returns its end, or -1.
 */
function mineralProductEnd(ctx: Ctx, ts: number, te: number): number {
  const { tokens } = ctx;
  const s = tokens[ts]!.sentence;
  for (let k = te; k < te + 3; k++) {
    const t = tokens[k];
    if (!t || t.sentence !== s || ctx.claimed[k] || !/^[\p{Ll}][\p{Ll}-]*$/u.test(t.text)) return -1;
    if (MINERAL_PRODUCT_HEADS.has(t.text) && (t.text !== "materials" || k > te)) {
      const mod = tokens[ts - 1];
      const start = mod && mod.sentence === s && MINERAL_PRODUCT_MODIFIERS.has(mod.text.toLowerCase()) ? ts - 1 : ts;
      const name = spanText(ctx, start, k + 1).toLowerCase();
      push(ctx, start, k + 1, { type: "Product", name, key: `Product:${name}`, rule: "lexicon-mineral-product" });
      return k + 1;
    }
    if (t.pos !== "NOUN" || TRADE_CUES.has(t.text)) return -1;
  }
  return -1;
}

/** "an F-35 requires …", "the J-20.": nothing after the model that it could qualify ("the A-1 rating"). */
function modelIsHead(next: Token | undefined, s: number): boolean {
  return !next || next.sentence !== s || /^(VERB|AUX|PUNCT|ADP|CCONJ|SCONJ|PART)$/.test(next.pos);
}

/** Nouns of those who make or trade a good, after a hyphenated modifier naming it ("sintered-magnet makers"). */
const MAKER_NOUNS: ReadonlySet<string> = new Set([
  "producer",
  "producers",
  "maker",
  "makers",
  "manufacturer",
  "manufacturers",
  "supplier",
  "suppliers",
]);

/** Letters and digits that name a period, a group or a size, not a model: "Q3", "H1", "FY2025", "G20", "COP30". */
const NOT_A_MODEL = /^(?:Q\d|H[12]|FY\d+|G\d+|COP\d+|\p{Lu}{1,3}\d{4})$/u;

/**
 * "the K40, the previous version of its AI chip, …": the apposition after a bare model (up to the
 * next comma, at most fourteen words) has a product's noun as its head.
 */
function appositionNamesModel(ctx: Ctx, from: number, s: number): boolean {
  const { tokens } = ctx;
  for (let k = from; k < from + 14; k++) {
    const t = tokens[k];
    if (!t || t.sentence !== s || /^[,;:.()]$/.test(t.text)) return false;
    if (!MODEL_HEADS.has(t.text.toLowerCase()) && !/^models?$/i.test(t.text)) continue;
    const next = tokens[k + 1];
    return !next || next.sentence !== s || /^[,;:.)]$/.test(next.text);
  }
  return false;
}

/** A model designation: letters, a hyphen and digits ("F-35", "J-20", "S-400"), with an optional plural. */
const MODEL = /^\p{Lu}{1,3}-\d{1,4}[A-Z]?s?$/u;
/** A model designation without a hyphen ("H20", "A320", "M4"): a product only before a product head. */
const MODEL_NO_HYPHEN = /^\p{Lu}{1,3}\d{1,4}[A-Z]?$/u;

/**
 * "F-35 fighter jets", "an F-35", "J-20s": a model designation before a product head, or standing
 * alone after an article, is a Product named by the model. Pushes it and returns its end, or -1.
 */
function modelProductEnd(ctx: Ctx, i: number): number {
  const { tokens } = ctx;
  const t = tokens[i]!;
  const bare = MODEL_NO_HYPHEN.test(t.text);
  if (!bare && !MODEL.test(t.text)) return -1;
  const s = t.sentence;
  const word = (k: number) => (tokens[k]?.sentence === s ? tokens[k]!.text.toLowerCase() : "");
  let end = -1;
  if (MODEL_HEADS.has(`${word(i + 1)} ${word(i + 2)} ${word(i + 3)}`)) end = i + 4;
  else if (MODEL_HEADS.has(`${word(i + 1)} ${word(i + 2)}`)) end = i + 3;
  else if (MODEL_HEADS.has(word(i + 1))) end = i + 2;
  // "Nvidia's H20 model": the model's own noun.
  else if (bare && /^models?$/.test(word(i + 1))) end = i + 2;
  else if (!bare && /^(an?|the)$/.test(word(i - 1)) && modelIsHead(tokens[i + 1], s)) end = i + 1;
  // "Kestrel's K40 sold out", "the K40, the firm's newest chip,": a bare model ending its phrase
  // after a name's possessive, or set before an apposition whose head is a product's noun.
  else if (bare && !NOT_A_MODEL.test(t.text) && modelIsHead(tokens[i + 1], s)) {
    // One modifier may come between: "Kestrel's new K40", "the firm's latest K40".
    const mark = /^(?:new|latest|newest|flagship|upcoming|popular)$/.test(word(i - 1)) ? i - 2 : i - 1;
    const owner = tokens[mark - 1];
    const possessive = /^['’]s$/.test(word(mark)) || (/^['’]$/.test(word(mark)) && /s$/.test(owner?.text ?? ""));
    if (possessive && owner?.sentence === s && /^[\p{Lu}]/u.test(owner.text)) end = i + 1;
    else if (/^(?:the|its|their)$/.test(word(i - 1)) && word(i + 1) === "," && appositionNamesModel(ctx, i + 2, s))
      end = i + 1;
  }
  if (end < 0) return -1;
  for (let k = i; k < end; k++) if (ctx.claimed[k]) return -1;
  const name = t.text.replace(/s$/, "");
  // "H20" and "H-20" are one model: the key without the hyphen.
  push(ctx, i, end, { type: "Product", name, key: `Product:${name.replace("-", "")}`, rule: "model-product" });
  return end;
}

/** Forms an element is traded in, as written after its name → canonical form. */
const MINERAL_FORMS: ReadonlyMap<string, string> = new Map([
  ["oxide", "oxide"],
  ["oxides", "oxide"],
  ["ore", "ore"],
  ["ores", "ore"],
  ["carbonate", "carbonate"],
  ["hydroxide", "hydroxide"],
  ["concentrate", "concentrate"],
  ["concentrates", "concentrate"],
  ["sulphate", "sulphate"],
  ["sulfate", "sulfate"],
  ["metal", "metal"],
]);

/** Plain-English metals read as minerals beside a word of mining or trade ("lead" by its own cues only). */
const STOP_METALS_CUED: ReadonlySet<string> = new Set(["gold", "silver", "tin", "iron"]);
/** Nouns after such a metal that make it the good: "gold output", "silver prices", "tin mine". */
const METAL_CUE_NEXT: ReadonlySet<string> = new Set([
  "output",
  "production",
  "producer",
  "producers",
  "miner",
  "miners",
  "mine",
  "mines",
  "mining",
  "prices",
  "price",
  "exports",
  // "silver export controls".
  "export",
  "imports",
  "reserves",
  "deposit",
  "deposits",
  "ore",
  "bars",
  "bullion",
  "shipments",
  "smelter",
  "refinery",
  "concentrate",
  // "gold smelting", "iron processing": the stage of making the metal goes through.
  "smelting",
  "refining",
  "processing",
  "project",
  "projects",
  "assets",
  "sector",
  "industry",
  "operations",
  "resources",
]);
/** Verbs before such a metal that make it the good: "mines gold", "exported tin". */
const METAL_CUE_PREV: ReadonlySet<string> = new Set([
  "mine",
  "mines",
  "mined",
  "mining",
  "produce",
  "produces",
  "produced",
  "producing",
  "export",
  "exports",
  "exported",
  "refine",
  "refines",
  "refined",
  "smuggled",
]);
/** Heads after a hyphenated pair of metals that name a made good, not the metals: "dysprosium-iron alloys". */
const ALLOY_HEADS = /^(?:alloys?|magnets?|compounds?|steels?|batter(?:y|ies))$/i;
/** Verbs of mining and refining before "lead" that make it the metal ("refines lead", "mined lead"). */
const LEAD_CUE_PREV: ReadonlySet<string> = new Set(
  "mine mines mined mining refine refines refined refining smelt smelts smelted smelting".split(" "),
);
/** Nouns of amount or activity before "of" and such a metal: "ounces of gold", "production of tin". */
const METAL_CUE_OF: ReadonlySet<string> = new Set([
  "ounces",
  "oz",
  "oz.",
  "tonnes",
  "tons",
  "kilograms",
  "production",
  "output",
  "exports",
  "producer",
  "producers",
]);
/**
 * Measure nouns before "on" and such a metal that make it the traded good: "export
 * controls on silver", "a ban on gold exports", "tariffs on tin" (not "a bet on gold" or "on tin roofs").
 */
const METAL_CUE_ON: ReadonlySet<string> = new Set([
  "controls",
  "control",
  "restrictions",
  "restriction",
  "curbs",
  "ban",
  "bans",
  "quota",
  "quotas",
  "tariffs",
  "tariff",
  "duties",
  "duty",
  "levy",
  "tax",
]);

/** One-word forms of the lexicon's mineral classes ("bauxite", "rutile", "diamonds"). */
const ONE_WORD_MINERALS: ReadonlySet<string> = new Set(
  Object.values(MINERAL_CLASSES)
    .flat()
    .filter((f) => /^[a-z]+$/.test(f)),
);

/**
 * Elements whose plain-English sense dominates ("gold", "silver", "tin", "iron") are minerals when
 * listed with another mineral: "exports gold and silver", "copper, gold and zinc".
 */
function findCoordinatedMetals(ctx: Ctx) {
  const { tokens } = ctx;
  // A metal, or a one-word mineral the lexicon knows ("rutile, gold, diamonds"; not "lead").
  const isMetal = (t: Token | undefined) => {
    const w = t?.text.toLowerCase() ?? "";
    return (ELEMENTS.has(w) && w !== "lead") || ONE_WORD_MINERALS.has(w);
  };
  const isLink = (t: Token | undefined) => !!t && /^(and|or|,|&)$/.test(t.text);
  for (let i = nextTokenIn(tokens, 0, ELEMENT_STOP); i < tokens.length; i = nextTokenIn(tokens, i + 1, ELEMENT_STOP)) {
    const t = tokens[i]!;
    const w = t.text;
    if (ctx.claimed[i] || !ELEMENT_STOP.has(w)) continue;
    const s = t.sentence;
    const near = (k: number) => tokens[k]?.sentence === s;
    const after = near(i + 2) && isLink(tokens[i + 1]) && isMetal(tokens[i + 2]);
    const before = near(i - 2) && isLink(tokens[i - 1]) && isMetal(tokens[i - 2]);
    // "a gold-copper mine", "lead-zinc ore": a hyphen joining it to another metal (not an alloy's
    // or a magnet's parts: "dysprosium-iron alloys").
    const pairEnd = near(i + 2) && isHyphen(tokens[i + 1]) && isMetal(tokens[i + 2]) ? i + 3 : i + 1;
    const joined =
      (pairEnd > i + 1 || (near(i - 2) && isHyphen(tokens[i - 1]) && isMetal(tokens[i - 2]))) &&
      !ALLOY_HEADS.test(tokens[pairEnd]?.text ?? "");
    // "the Zhosabai (gold) deposit": a bracketed metal after a name tells what the site yields.
    const bracketed =
      near(i - 2) &&
      tokens[i - 1]!.text === "(" &&
      tokens[i + 1]?.text === ")" &&
      startsWithCapital(tokens[i - 2]!.text);
    // Inside a list, a link on either side and a metal on one: "copper, lead, metallurgical coal".
    const listed = (after || before) && near(i + 1) && isLink(tokens[i - 1]) && isLink(tokens[i + 1]);
    // "gold output", "mines gold", "250,000 oz of gold": a word of mining or trade beside the metal.
    const cued =
      STOP_METALS_CUED.has(w) &&
      ((near(i + 1) && METAL_CUE_NEXT.has(tokens[i + 1]!.text)) ||
        (near(i - 1) && METAL_CUE_PREV.has(tokens[i - 1]!.text.toLowerCase())) ||
        (near(i - 2) && tokens[i - 1]!.text === "of" && METAL_CUE_OF.has(tokens[i - 2]!.text.toLowerCase())) ||
        (near(i - 2) && tokens[i - 1]!.text === "on" && METAL_CUE_ON.has(tokens[i - 2]!.text.toLowerCase())));
    // "lead" (a verb and a noun of other senses) only inside a list of metals ("zinc, lead, silver",
    // "copper, lead, coal"), joined to a metal, bracketed, or after a verb of mining ("refines lead").
    const leadCued = near(i - 1) && LEAD_CUE_PREV.has(tokens[i - 1]!.text.toLowerCase());
    if (w === "lead" ? listed || joined || bracketed || leadCued : after || before || cued || joined || bracketed)
      push(ctx, i, i + 1, { type: "Mineral", name: w, key: `Mineral:${w}`, rule: "lexicon-element-listed" });
  }
}

/** Words of an instrument's kind or stage, which name none alone ("Trade Deal", "Upgrade Protocol"). */
const GENERIC_INSTRUMENT_WORDS: ReadonlySet<string> = new Set([
  "Trade",
  "Deal",
  "Agreement",
  "Accord",
  "Pact",
  "Treaty",
  "Framework",
  "Protocol",
  "Upgrade",
  "Plan",
  "Deal's",
  "New",
  "Interim",
  "Final",
  "Initial",
  "Phase",
  "One",
  "Bilateral",
]);

/** Whether every word of tokens [ts, te) is a generic instrument word. */
function genericInstrument(tokens: readonly { text: string }[], ts: number, te: number): boolean {
  for (let k = ts; k < te; k++) if (!GENERIC_INSTRUMENT_WORDS.has(tokens[k]!.text)) return false;
  return true;
}
