// Stage 4: links a document's mentions to local entities. Gazetteer keys group countries and
// commodities; a surname, "President Xi" or an initial ("H. Rahman") joins the full name it
// shortens; an acronym joins the name it abbreviates ("DOD", "(REEx)"). Every link that is not
// an exact repeat is recorded as a merge with its reason. Pure: mentions in, entities out.

import { clearLeader } from "../leader.ts";
import { NAME_PARTICLES, SPEECH_VERBS } from "../lexicon/people.ts";
import { COUNTRY_BY_CODE, COUNTRY_NAMES, DEMONYMS, SHARED_SHORT_NAMES } from "../lexicon/places.ts";
import { HONORIFIC } from "../lexicon/titles.ts";
import type { EntityType, Merge } from "../types.ts";
import { isPossessiveMark, type Sentence, type Token } from "./02-tokens.ts";
import type { Mention } from "./03-mentions.ts";
import { ministryForms } from "./agency-nouns.ts";

/** A document-local entity with its mentions (indices into the mention array). */
export interface LocalEntity {
  id: string;
  type: EntityType;
  name: string;
  aliases: Set<string>;
  mentions: Mention[];
  /** Person facts gathered from mentions: titles ("Treasury Secretary") and nationality codes. */
  titles: Set<string>;
  nationality?: string;
  roles: Set<string>;
  attributes: Record<string, string>;
}

export interface Resolution {
  entities: LocalEntity[];
  /** Mention → its entity. */
  entityOf: Map<Mention, LocalEntity>;
  merges: Merge[];
}

/** Keys already computed (names repeat within and across documents); emptied past a bound. */
const NORMALIZED = new Map<string, string>();
const NORMALIZED_LIMIT = 50_000;

/** Canonical key of a surface form for grouping ("The U.S. Treasury" → "u s treasury"). */
export function normalizeName(s: string): string {
  let key = NORMALIZED.get(s);
  if (key === undefined) {
    if (NORMALIZED.size >= NORMALIZED_LIMIT) NORMALIZED.clear();
    key = computeNormalizedName(s);
    NORMALIZED.set(s, key);
  }
  return key;
}

/** Legal forms (and "group") that end a firm's name, normalised: "Corp.", ", Inc.", "Co. Ltd". */
const FIRM_TAIL =
  / (?:corp|corporation|inc|incorporated|ltd|limited|llc|llp|plc|co|ag|sa|nv|n v|bv|b v|gmbh|pty|group|holding|company)$/u;

/** A firm's comparable form: "Lithium Americas Corp.", "Trilogy Metals, Inc." and "CMOC Group" are their short names. */
export function companyForm(name: string): string {
  let form = normalizeName(name);
  // Round 17: three words of legal form ("X Holding Co Ltd").
  for (let k = 0; k < 3; k++) {
    const short = form.replace(FIRM_TAIL, "");
    // A legal form alone, or after one word only of a generic kind, is no name to shorten.
    if (short === form || !short) break;
    form = short;
  }
  return form;
}

/** A place's comparable form: "Mt Weld", "Mt. Weld" and "Mount Weld" are one place. */
export function placeForm(name: string): string {
  return normalizeName(name).replace(/^mt\.? /u, "mount ");
}

function computeNormalizedName(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/'s\b/g, "")
    .replace(/^the\s+/, "")
    .replace(/[^a-z0-9%$]+/g, " ")
    .trim();
}

/** Mention rules of one-word non-person names that may abbreviate a longer name ("DoD"). */
const BRAND_RULES: ReadonlySet<string> = new Set(["shape-camel-case-brand"]);

/** Country names and demonyms in normalised form → code, for the prefix of an agency's name. */
const COUNTRY_PREFIXES = new Map<string, string>();
for (const [n, code] of [...COUNTRY_NAMES, ...DEMONYMS]) COUNTRY_PREFIXES.set(normalizeName(n), code);

/** Bodies renamed or known under two names (generic knowledge): normalised form → the other. */
const AGENCY_SYNONYMS: ReadonlyMap<string, string> = new Map([
  ["department of war", "department of defense"],
  ["pentagon", "department of defense"],
  ["dod", "department of defense"],
  ["department of defence", "department of defense"],
  ["treasury", "department of treasury"],
  ["state department", "department of state"],
]);

/**
 * The country prefix and the comparable form of an agency's name: "U.S. Department of the
 * Treasury" → US, "department of treasury"; "Commerce Department" → "department of commerce".
 */
export function agencyForm(name: string): { code: string | undefined; form: string } {
  // "trade ministry (Indonesia)": a lower-case body named with its state in brackets.
  const qualified = QUALIFIED.exec(name);
  let form = normalizeName(qualified ? qualified[1]! : name);
  let code = qualified ? COUNTRY_PREFIXES.get(normalizeName(qualified[2]!)) : undefined;
  const words = form.split(" ");
  for (let n = Math.min(3, words.length - 1); n >= 1 && !code; n--) {
    const prefix = words.slice(0, n).join(" ");
    const c = COUNTRY_PREFIXES.get(prefix);
    if (c) {
      code = c;
      form = words.slice(n).join(" ");
      break;
    }
  }
  // "Reserve Bank of India", "Ministry of Foreign Affairs of Chile": the state named last.
  if (!code) {
    const of = words.lastIndexOf("of");
    if (of > 0 && words.length - of <= 4) code = COUNTRY_PREFIXES.get(words.slice(of + 1).join(" "));
  }
  form = form.replace(/^(department|ministry|office) of the /, "$1 of ");
  const inverted = /^(\w+(?: \w+)?) (department|ministry)$/.exec(form);
  if (inverted) form = `${inverted[2]} of ${inverted[1]}`;
  return { code, form: AGENCY_SYNONYMS.get(form) ?? form };
}

/**
 * Head nouns of a body named again as a common noun: "the ministry", "the department", "the
 * regulator" (any body).
 */
export const AGENCY_HEAD_NOUNS: ReadonlySet<string> = new Set([
  "ministry",
  "department",
  "commission",
  "agency",
  "administration",
  "office",
  "bureau",
  "authority",
  "council",
  "regulator",
]);

/**
 * The body a common noun phrase names again ("the ministry said", "the commerce ministry stated",
 * "the regulator added"): the first of `agencies` (the most recent first) whose name has the head
 * noun and every word before it; a regulator is any body. Undefined when none has them.
 */
export function agencyNamedBy<T>(
  head: string,
  modifiers: readonly string[],
  agencies: Iterable<T>,
  nameOf: (agency: T) => string,
): T | undefined {
  if (!AGENCY_HEAD_NOUNS.has(head)) return undefined;
  const words = head === "regulator" ? modifiers : [...modifiers, head];
  for (const a of agencies) {
    const name = new Set(normalizeName(nameOf(a)).split(" "));
    if (words.every((w) => name.has(w))) return a;
  }
  return undefined;
}

/** A body's name with its state in brackets after it: "commerce ministry (India)". */
const QUALIFIED = /^(.+?) \(([^()]+)\)$/;

/**
 * The abbreviations a name of several words may have: the initials of its capitalised words
 * ("Organization for Economic Cooperation and Development": OECD), and of all its words.
 */
export function abbreviationsOf(name: string): string[] {
  const words = name.split(/[\s-]+/).filter((w) => /^[\p{L}]/u.test(w));
  if (words.length < 2) return [];
  // "U.S. Geological Survey": USGS; a dotted abbreviation gives all its letters.
  const capitals = words
    .filter((w) => /^[\p{Lu}]/u.test(w))
    .map((w) => (/^(?:[\p{Lu}]\.){2,}$/u.test(w) ? w.replace(/\./g, "") : w[0]!));
  const all = words.map((w) => w[0]!.toUpperCase()).join("");
  const out = capitals.length >= 2 ? [capitals.join("").toUpperCase()] : [];
  if (!out.includes(all)) out.push(all);
  return out;
}

/** An entity with no mentions yet; `attributes` start empty. */
export function newLocalEntity(
  id: string,
  type: EntityType,
  name: string,
  attributes: Record<string, string> = {},
): LocalEntity {
  return { id, type, name, aliases: new Set(), mentions: [], titles: new Set(), roles: new Set(), attributes };
}

/** Groups mentions into local entities. `docId` prefixes the local ids. */
export function resolveMentions(
  docId: string,
  mentions: Mention[],
  tokens: Token[],
  _sentences: Sentence[],
  authors: string[] = [],
): Resolution {
  const entities: LocalEntity[] = [];
  const byKey = new Map<string, LocalEntity>();
  const entityOf = new Map<Mention, LocalEntity>();
  const merges: Merge[] = [];
  // People by the last word of their name, for initials ("H. Rahman"), and by the surname after a
  // particle ("von der Leyen"): each lookup costs one map access, not a pass over the entities.
  const peopleByLastWord = new Map<string, LocalEntity[]>();
  const peopleByParticleSurname = new Map<string, LocalEntity[]>();
  const create = (type: EntityType, name: string, key: string): LocalEntity => {
    const e = newLocalEntity(`${docId}#${entities.length}`, type, name);
    entities.push(e);
    byKey.set(key, e);
    if (type === "Person" && name.includes(" ")) {
      const words = name.split(" ");
      addTo(peopleByLastWord, words.at(-1)!, e);
      for (let k = 1; k < words.length; k++) {
        if (NAME_PARTICLES.has(words[k]!)) addTo(peopleByParticleSurname, words.slice(k).join(" "), e);
      }
    }
    return e;
  };
  const attach = (m: Mention, e: LocalEntity, reason?: string) => {
    e.mentions.push(m);
    entityOf.set(m, e);
    // "commerce ministry" alone names every state's: a lower-case body answers to its qualified name.
    const alias = m.rule === "agency-noun" ? m.name : m.text;
    if (alias !== e.name && !e.aliases.has(alias)) {
      e.aliases.add(alias);
      merges.push({ entity: e.id, alias, reason: reason ?? m.rule });
    }
    // "finance ministry (China)" is also the "Ministry of Finance (China)" its own name would be.
    const formal = m.rule === "agency-noun" ? formalMinistryName(m.name) : undefined;
    if (formal && !e.aliases.has(formal)) e.aliases.add(formal);
    // And the state's possessive form readers write ("Japan's industry ministry").
    const owned = m.rule === "agency-noun" ? /^(.+) \((.+)\)$/.exec(m.name) : null;
    if (owned) e.aliases.add(`${owned[2]}'s ${owned[1]}`);
    if (m.title) {
      e.titles.add(m.title);
      const full = `${m.title} ${m.text}`;
      e.aliases.add(full);
    }
    if (m.nationality && !e.nationality) e.nationality = m.nationality;
    if (m.role) e.roles.add(m.role);
  };

  // Byline authors are people of the document even when the byline left the text.
  for (const a of authors) create("Person", a, `Person:${normalizeName(a)}`);

  // Pass 1: keyed and multi-word mentions.
  const singles: Mention[] = [];
  const laterSurnames: Mention[] = [];
  // Multi-word bodies by their head word ("Commission"), null when two bodies share it.
  const agencyByHead = new Map<string, LocalEntity | null>();
  const indexHead = (e: LocalEntity) => {
    const words = e.name.split(/\s+/);
    if (words.length < 2) return;
    const head = words.at(-1)!;
    const other = agencyByHead.get(head);
    agencyByHead.set(head, other === undefined || other === e ? e : null);
  };
  const sharedName = sharedNameCodes(mentions);
  for (const m of mentions) {
    if (m.key) {
      const code = m.type === "Country" ? (sharedName.get(m.text) ?? m.name) : m.name;
      const key = m.type === "Country" ? `Country:${code}` : m.type === "Place" ? `Place:${placeForm(m.name)}` : m.key;
      let e = byKey.get(key);
      const name = m.type === "Country" ? (COUNTRY_BY_CODE.get(code)?.name ?? code) : m.name;
      if (!e) {
        e = create(m.type, name, key);
        if (m.type === "Country") e.attributes.code = code;
      }
      attach(m, e, m.demonym ? "demonym" : m.capitalAsState ? "capital used for the government" : "gazetteer");
      if (m.type === "Agency") indexHead(e);
      continue;
    }
    const words = m.name.split(/\s+/);
    if ((m.type === "Person" || BRAND_RULES.has(m.rule)) && words.length === 1) {
      singles.push(m);
      continue;
    }
    // "Donald J. Trump" is "Donald Trump": a middle initial does not make another person.
    let key = `${m.type}:${m.type === "Place" ? placeForm(m.name) : m.type === "Company" ? companyForm(m.name) : normalizeName(m.type === "Person" ? m.name.replace(/ [\p{Lu}]\. /u, " ") : m.name)}`;
    if (m.type === "Agency") {
      // "the Commission" after "the European Commission": a body's head word alone is the one
      // body of the document named with it (not when two are).
      const headed = words.length === 1 ? agencyByHead.get(m.name) : undefined;
      if (headed) {
        attach(m, headed, "head word of a body named in full");
        continue;
      }
      // "US Department of Defense", "Defense Department", "Department of War": one body.
      const { code, form } = agencyForm(m.name);
      key = `Agency:${form}`;
      const known = byKey.get(key);
      if (code && known?.attributes.country && known.attributes.country !== code) key = `Agency:${code}:${form}`;
      // "trade ministry (Indonesia)": joins "the Trade Ministry" only when that one is Indonesia's.
      if (m.rule === "agency-noun" && known?.attributes.country !== code) key = `Agency:${code}:${form}`;
      const e = byKey.get(key) ?? create("Agency", m.name, key);
      if (code && !e.attributes.country) e.attributes.country = code;
      indexHead(e);
      attach(m, e, e.name === m.name ? m.rule : "same body");
      continue;
    }
    let e = byKey.get(key);
    let how = "initial and surname";
    // "Ms von der Leyen" before "Ursula von der Leyen": a surname with particles waits for the full names.
    if (!e && m.type === "Person" && NAME_PARTICLES.has(words[0]!)) {
      laterSurnames.push(m);
      continue;
    }
    if (!e && m.type === "Person") e = findByInitial(peopleByLastWord, m.name);
    if (!e && m.type === "Person") {
      e = findByParticleSurname(peopleByParticleSurname, m.name);
      how = "surname";
    }
    if (!e) e = create(m.type, m.name, key);
    attach(m, e, e.name === m.name ? m.rule : how);
  }

  stateOfBodies(entities, mentions, tokens);
  joinSameBodies(entities, entityOf);
  // A ministry answers to the other forms of its name ("Commerce Ministry", "Ministry of Commerce").
  for (const e of entities) {
    if (e.type !== "Agency") continue;
    for (const f of ministryForms(e.name)) if (f !== e.name) e.aliases.add(f);
  }

  for (const m of laterSurnames) {
    const key = `Person:${normalizeName(m.name)}`;
    const e = findByParticleSurname(peopleByParticleSurname, m.name) ?? byKey.get(key) ?? create("Person", m.name, key);
    attach(m, e, e.name === m.name ? m.rule : "surname");
  }

  // Pass 2: single names join the full name they shorten, or an acronym's long form. Pass 2 adds
  // only one-word people, so the full names and long forms it looks up are indexed once.
  const surnames = surnameIndex(entities);
  const acronyms = acronymIndex(entities);
  const byEnd = new Map<number, Mention>();
  for (const x of mentions) if (!byEnd.has(x.te) && entityOf.has(x)) byEnd.set(x.te, x);
  const singleCounts = new Map<string, number>();
  for (const x of singles) singleCounts.set(x.name, (singleCounts.get(x.name) ?? 0) + 1);
  // "the Ministry of Commerce (MOFCOM) … MOFCOM said": an abbreviation defined in brackets, reused.
  const defined = new Map<string, LocalEntity>();
  for (const m of singles) {
    const person = findBySurname(surnames, m.name);
    if (person) {
      attach(m, person, m.title ? "title and surname" : "surname");
      continue;
    }
    const inBrackets = findParenthetical(byEnd, m, tokens, entityOf);
    if (inBrackets && !defined.has(m.name)) defined.set(m.name, inBrackets);
    const acronym = findAcronym(acronyms, m.name) ?? inBrackets ?? defined.get(m.name);
    if (acronym) {
      attach(m, acronym, "abbreviation");
      continue;
    }
    if (m.type !== "Person") {
      // A one-word brand that abbreviates nothing named here keeps its own type.
      const key = `${m.type}:${m.type === "Company" ? companyForm(m.name) : normalizeName(m.name)}`;
      attach(m, byKey.get(key) ?? create(m.type, m.name, key));
      continue;
    }
    // A lone name: kept as pending when it acts like a person (a title, or repeated), so the
    // cross-document merge can join it to a full name; otherwise dropped, not guessed.
    const key = `Person:${m.name}`;
    const pending = byKey.get(key);
    // An acronym that speaks is a body ("…,” ARECOMS said), no person.
    const speaks = speaksQuotation(tokens, m) && !/^[\p{Lu}]+$/u.test(m.name);
    if (pending) {
      attach(m, pending);
      if (speaks) pending.attributes.pending = "speaker";
    } else if (m.title || (singleCounts.get(m.name) ?? 0) > 1 || speaks || m.rule === "hyphen-pair-person") {
      // (A part of "the A-B summit" with A a person of the document: stages/hyphen-people.ts.)
      const e = create("Person", m.name, key);
      // A lone name that speaks a quotation ("…,” Santoso said) is a person known by
      // one name when no full name joins it (stages/08-merge.ts keeps it).
      e.attributes.pending = speaks ? "speaker" : "surname";
      attach(m, e);
    }
  }
  joinBracketDefinitions(mentions, byEnd, tokens, entityOf);
  joinKnownAs(mentions, byEnd, tokens, entityOf);
  placesByContext(entities, surnames, tokens, entityOf, attach);
  joinFirmFirstWords(entities, tokens, entityOf);
  joinTickers(entities, byEnd, tokens, entityOf);
  return { entities: entities.filter((e) => e.mentions.length > 0 || e.type === "Person"), entityOf, merges };
}

/** Mention rules that read a place from its context alone ("X, Kazakhstan", "in X"), not from a gazetteer. */
const CONTEXT_PLACE_RULES: ReadonlySet<string> = new Set(["context-place-comma-region", "context-locative-place"]);

/** Prepositions of place before a name. */
const LOCATIVE = /^(?:in|at|near|from|to|into|outside|around|across|of)$/i;

/** A company's legal form ending its name: "RG Processing LLP", "Kestrel Holdings Ltd". */
const LEGAL_FORM = /\s(?:LLP|LLC|Ltd\.?|Limited|Inc\.?|Corp\.?|PLC|plc|GmbH|AG|S\.A\.|N\.V\.|Pty)$/u;

/**
 * A place read from its context alone that the document shows is something else: a person's
 * surname ("Trump, China extend the pause" after "Donald Trump") joins that person; a name ending
 * in a company's legal form ("RG Processing LLP, a Kazakhstan-based unit") is a company.
 */
function placesByContext(
  entities: LocalEntity[],
  surnames: SurnameIndex,
  tokens: readonly Token[],
  entityOf: Map<Mention, LocalEntity>,
  attach: (m: Mention, e: LocalEntity, reason?: string) => void,
): void {
  for (const e of entities) {
    if (e.type !== "Place" || e.mentions.length === 0 || !e.mentions.every((m) => CONTEXT_PLACE_RULES.has(m.rule)))
      continue;
    if (LEGAL_FORM.test(e.name)) {
      e.type = "Company";
      for (const m of e.mentions) m.type = "Company";
      continue;
    }
    // A surname only (a first name may be a city's too: "Florence, Italy"), and never after a
    // preposition of place ("workers in Brooks, Canada" is the town).
    const located = e.mentions.some(
      (m) => m.rule !== "context-place-comma-region" || LOCATIVE.test(tokens[m.ts - 1]?.text ?? ""),
    );
    const bearers = e.name.includes(" ") || located ? undefined : surnames.last.get(e.name);
    const person = bearers?.length === 1 ? bearers[0]! : undefined;
    if (!person) continue;
    const moved = e.mentions;
    e.mentions = [];
    for (const m of moved) {
      m.type = "Person";
      entityOf.delete(m);
      attach(m, person, "surname");
    }
  }
}

/** Whether token `t` closes a quotation (a module function: a closure per call costs). */
function isClose(t: Token | undefined): boolean {
  return !!t && /^[”"]$/.test(t.text);
}

/**
 * True when a lone name is the speaker of the quotation it follows: "…,” Santoso said", "…," said
 * Bessent.' A person, named once, whom the cross-document merge may join to a full name.
 */
function speaksQuotation(tokens: readonly Token[], m: Mention): boolean {
  const verbAfter =
    SPEECH_VERBS.has(tokens[m.te]?.text ?? "") ||
    (/^(?:also|later|then|further)$/.test(tokens[m.te]?.text ?? "") && SPEECH_VERBS.has(tokens[m.te + 1]?.text ?? ""));
  // "…,” Dr. Forson said", "…,” Mr Tran told reporters": a form of address between.
  const opens = m.titleStart !== undefined && HONORIFIC.test(m.title ?? "") ? m.titleStart : m.ts;
  if (verbAfter && isClose(tokens[opens - 1])) return true;
  return (
    SPEECH_VERBS.has(tokens[m.ts - 1]?.text ?? "") &&
    isClose(tokens[m.ts - 2]) &&
    /^[.,]$/.test(tokens[m.te]?.text ?? "")
  );
}

/**
 * "Indonesia's Trade Ministry", "the Chinese Commerce Ministry": a body named with a state's
 * possessive or demonym right before it is that state's. Its country is recorded (the
 * cross-document merge keeps India's and Indonesia's "Trade Ministry" apart) and the body answers
 * to its name with the state in brackets ("Trade Ministry (Indonesia)"), as a reader looks it up.
 */
function stateOfBodies(entities: readonly LocalEntity[], mentions: readonly Mention[], tokens: readonly Token[]): void {
  let byEnd: Map<number, Mention> | undefined;
  let main: string | null | undefined;
  for (const e of entities) {
    // "the Philippine Senate": named with its state, it answers to "Senate (Philippines)" too.
    if (e.type === "Agency" && e.attributes.country && e.attributes.country !== "US") {
      const bare = LEGISLATURE_AFTER_STATE.exec(e.name)?.[1];
      const state = bare ? COUNTRY_BY_CODE.get(e.attributes.country)?.name : undefined;
      if (bare && state && agencyForm(e.name).form === normalizeName(bare)) {
        e.aliases.add(e.name);
        e.name = `${bare} (${state})`;
      }
    }
    if (e.type !== "Agency" || e.attributes.country || QUALIFIED.test(e.name)) continue;
    if (!byEnd) {
      byEnd = new Map();
      for (const m of mentions) if (m.type === "Country" && !m.capitalAsState) byEnd.set(m.te, m);
    }
    let code: string | undefined;
    for (const m of e.mentions) {
      const possessive = isPossessiveMark(tokens[m.ts - 1]?.text);
      const owner = byEnd.get(possessive ? m.ts - 1 : m.ts);
      if (!owner || owner.sentence !== m.sentence || (!possessive && !owner.demonym)) continue;
      code = owner.name;
      break;
    }
    // "the Ministry of Commerce (MOFCOM) website" in a story about one state: that state's (the
    // United States has departments, not ministries).
    if (!code && /\bministry\b/i.test(e.name)) {
      if (main === undefined) main = mainCountry(entities);
      if (main && main !== "US") code = main;
    }
    const state = code ? COUNTRY_BY_CODE.get(code)?.name : undefined;
    if (!code || !state) continue;
    e.attributes.country = code;
    // "Mexico's Senate": a legislature's bare name is every state's; the body is named with its
    // state, and the bare name is no alias (the press's "Congress" or "Senate" is the US's).
    if (BARE_LEGISLATURE.test(e.name) && code !== "US") {
      e.name = `${e.name} (${state})`;
      continue;
    }
    e.aliases.add(`${e.name} (${state})`);
  }
}

/**
 * The formal name of a lower-case ministry qualified by its state: "finance ministry (China)" →
 * "Ministry of Finance (China)", "trade and industry ministry (Japan)" → "Ministry of Trade and
 * Industry (Japan)"; undefined for other names.
 */
export function formalMinistryName(name: string): string | undefined {
  const m = /^([a-z]+(?: and [a-z]+)?) ministry \(([^)]+)\)$/.exec(name);
  if (!m) return undefined;
  const portfolio = m[1]!.replace(/\b(?!and\b)[a-z]/g, (c) => c.toUpperCase());
  return `Ministry of ${portfolio} (${m[2]})`;
}

/** Names every state's legislature or government may have. */
const BARE_LEGISLATURE =
  /^(?:Senate|Congress|Parliament|National Assembly|House of Representatives|Chamber of Deputies|Cabinet|Diet|National Congress)$/;
/** The same names after a state's name or demonym ("Philippine Senate"). */
const LEGISLATURE_AFTER_STATE =
  / (Senate|Congress|Parliament|National Assembly|House of Representatives|Chamber of Deputies|Cabinet|Diet|National Congress)$/;

/**
 * "China's commerce ministry said … the Ministry of Commerce clarified": one body named two ways in
 * a document (lower case with its state, then capitalised) is one entity, when the document gives
 * that form of body one state only. The capitalised name is kept; the other becomes an alias.
 */
function joinSameBodies(entities: LocalEntity[], entityOf: Map<Mention, LocalEntity>): void {
  let byForm: Map<string, LocalEntity[]> | undefined;
  for (const e of entities) {
    if (e.type !== "Agency" || e.mentions.length === 0) continue;
    byForm ??= new Map();
    addTo(byForm, agencyForm(e.name).form, e);
  }
  if (!byForm) return;
  for (const group of byForm.values()) {
    if (group.length < 2) continue;
    const codes = new Set(group.map((e) => e.attributes.country).filter(Boolean));
    if (codes.size !== 1) continue;
    const kept = group.find((e) => !QUALIFIED.test(e.name)) ?? group[0]!;
    for (const e of group) {
      if (e === kept) continue;
      kept.attributes.country ??= e.attributes.country!;
      foldInto(kept, e, entityOf);
    }
    kept.mentions.sort((a, b) => a.ts - b.ts);
  }
}

/** Mention rules of a firm's local unit, its parent's name and its place in one ("Acme China Group"). */
const LOCAL_UNIT_RULES: ReadonlySet<string> = new Set(["head-firm-place-inside", "head-company-country-unit"]);

/**
 * Whether a firm named by these mentions is a local unit ("Acme China Group"): its parent's name
 * and its place in one, every mention typed so, which is not its parent.
 */
export function isLocalUnit(mentions: readonly { rule: string }[]): boolean {
  return mentions.length > 0 && mentions.every((m) => LOCAL_UNIT_RULES.has(m.rule));
}

/**
 * "Anglo … Anglo American Plc", "Vantor … Vantor Elements": a firm named by one word that
 * opens the longer name of exactly one other firm of the document is that firm, whichever comes
 * first (a headline's short name before the body's full one).
 */
function joinFirmFirstWords(
  entities: LocalEntity[],
  tokens: readonly Token[],
  entityOf: Map<Mention, LocalEntity>,
): void {
  let byFirst: Map<string, LocalEntity[]> | undefined;
  for (const e of entities) {
    if (e.type !== "Company" || e.mentions.length === 0) continue;
    const words = e.name.split(" ");
    if (words.length < 2) continue;
    byFirst ??= new Map();
    addTo(byFirst, words[0]!, e);
  }
  if (!byFirst) return;
  for (const e of entities) {
    if (e.type !== "Company" || e.mentions.length === 0 || e.name.includes(" ")) continue;
    const longer = byFirst.get(e.name);
    if (longer?.length !== 1) continue;
    const kept = longer[0]!;
    // "DuPont China Group … DuPont": a local unit named by its parent and its place is
    // not its parent.
    if (isLocalUnit(kept.mentions)) continue;
    // "Anglo American" split by its demonym is not "Anglo Teck": a capitalised word after the
    // short name must be the longer name's second.
    const second = kept.name.split(" ")[1]!;
    const after = (m: Mention) => tokens[m.te];
    if (e.mentions.some((m) => /^[\p{Lu}]/u.test(after(m)?.text ?? "") && after(m)!.text !== second)) continue;
    foldInto(kept, e, entityOf);
    kept.mentions.sort((a, b) => a.ts - b.ts);
  }
}

/** Moves `gone`'s mentions to `kept`, which answers to `gone`'s name and aliases too; `gone` names nothing. */
function foldInto(kept: LocalEntity, gone: LocalEntity, entityOf: Map<Mention, LocalEntity>): void {
  for (const m of gone.mentions) {
    kept.mentions.push(m);
    entityOf.set(m, kept);
  }
  kept.aliases.add(gone.name);
  for (const a of gone.aliases) if (a !== kept.name) kept.aliases.add(a);
  gone.mentions = [];
}

/** The code of the country named at least twice, and twice as often as any other, else null. */
function mainCountry(entities: readonly LocalEntity[]): string | null {
  const countries = entities.filter((e) => e.type === "Country").map((e) => [e, e.mentions.length] as const);
  return clearLeader(countries, 2)?.attributes.code ?? null;
}

/**
 * The state each shared short name ("Congo") stands for in this document: the one it names in
 * full when it names only one of them, else the one the news usually means.
 */
function sharedNameCodes(mentions: Mention[]): Map<string, string> {
  const named = new Set(
    mentions.filter((m) => m.type === "Country" && !SHARED_SHORT_NAMES.has(m.text)).map((m) => m.name),
  );
  const codes = new Map<string, string>();
  for (const [short, candidates] of SHARED_SHORT_NAMES) {
    const inFull = candidates.filter((code) => named.has(code));
    codes.set(short, inFull.length === 1 ? inFull[0]! : candidates[0]!);
  }
  return codes;
}

function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** People with a full name, by their last word and by their first word. */
interface SurnameIndex {
  last: Map<string, LocalEntity[]>;
  first: Map<string, LocalEntity[]>;
}

function surnameIndex(entities: LocalEntity[]): SurnameIndex {
  const index: SurnameIndex = { last: new Map(), first: new Map() };
  for (const e of entities) {
    if (e.type !== "Person" || !e.name.includes(" ")) continue;
    const words = e.name.split(/\s+/);
    addTo(index.last, words.at(-1)!, e);
    addTo(index.first, words[0]!, e);
  }
  return index;
}

function findBySurname(index: SurnameIndex, word: string): LocalEntity | undefined {
  const last = index.last.get(word) ?? [];
  if (last.length === 1) return last[0];
  const first = index.first.get(word) ?? [];
  return first.length === 1 ? first[0] : undefined;
}

function findByInitial(peopleByLastWord: Map<string, LocalEntity[]>, name: string): LocalEntity | undefined {
  const m = /^([\p{Lu}])\.\s+(\S+)$/u.exec(name);
  if (!m) return undefined;
  return peopleByLastWord.get(m[2]!)?.find((e) => e.name.startsWith(m[1]!));
}

/** "von der Leyen" after "Ursula von der Leyen": a surname that opens with its particles. */
function findByParticleSurname(
  peopleByParticleSurname: Map<string, LocalEntity[]>,
  name: string,
): LocalEntity | undefined {
  if (!NAME_PARTICLES.has(name.split(/\s+/)[0]!)) return undefined;
  const people = peopleByParticleSurname.get(name) ?? [];
  return people.length === 1 ? people[0] : undefined;
}

/** Entities with a name of several words that are not people, by the acronym of that name (first one kept). */
function acronymIndex(entities: LocalEntity[]): Map<string, LocalEntity> {
  const index = new Map<string, LocalEntity>();
  for (const e of entities) {
    if (e.type === "Person" || !e.name.includes(" ")) continue;
    // "DoD" for "Department of Defense": the short words' initials count too.
    for (const abbreviation of abbreviationsOf(e.name)) if (!index.has(abbreviation)) index.set(abbreviation, e);
  }
  return index;
}

function findAcronym(acronyms: Map<string, LocalEntity>, word: string): LocalEntity | undefined {
  if (!/^[A-Z][A-Za-z]{1,6}$/.test(word) || word.replace(/[^A-Z]/g, "").length < 2) return undefined;
  return acronyms.get(word.toUpperCase().replace(/[^A-Z]/g, ""));
}

/** A short form: one word of two capitals or more ("JOGMEC", "MOFCOM", "DoE"). */
const SHORT_FORM = /^(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Za-z&]{1,9}$/;

/**
 * Round 17: "JOGMEC will invest … the Japan Organization for … (JOGMEC) said": a short form defined
 * in brackets names the long form's entity wherever it stands, its mentions before the definition
 * too (a headline or lede often uses it first, and a mention rule may have typed it on its own).
 * The entity named only by the short form joins the long form's, whose type wins.
 */
function joinBracketDefinitions(
  mentions: Mention[],
  byEnd: Map<number, Mention>,
  tokens: Token[],
  entityOf: Map<Mention, LocalEntity>,
): void {
  for (const m of mentions) {
    if (tokens[m.ts - 1]?.text !== "(") continue;
    // "Corporación Nacional del Cobre (Codelco)": a Romance firm's short name is one
    // capitalised word, not an acronym.
    const romance = byEnd.get(m.ts - 1)?.rule === "head-romance-firm" && /^[\p{Lu}][\p{L}]{2,11}$/u.test(m.name);
    if (!SHORT_FORM.test(m.name) && !romance) continue;
    const long = findParenthetical(byEnd, m, tokens, entityOf);
    const short = entityOf.get(m);
    if (!long || !short || short === long || short.name !== m.name) continue;
    // The long form opens with the short form's first letter, in the same sentence.
    const before = byEnd.get(m.ts - 1)!;
    if (tokens[before.ts]!.sentence !== tokens[m.ts]!.sentence || long.name[0] !== m.name[0]) continue;
    if (short.type === "Person" || short.type === "Country" || long.type === "Country") continue;
    foldInto(long, short, entityOf);
  }
}

/** A stock ticker: capitals, a class after a dot ("BRK.B"). */
const TICKER_FORM = /^\p{Lu}{2,6}(?:\.\p{Lu})?$/u;

/**
 * "Acme Metals (NYSE: ACM)", "Acme Metals Inc. (NASDAQ:ACM; ASX: AC2)", "Acme Metals $ACM":
 * the ticker written after a firm's name is that firm; a firm the document names by the ticker
 * alone ("ACM shares rose") joins it.
 */
function joinTickers(
  entities: LocalEntity[],
  byEnd: Map<number, Mention>,
  tokens: readonly Token[],
  entityOf: Map<Mention, LocalEntity>,
): void {
  let firmOf: Map<string, LocalEntity> | undefined;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    let ticker: string | undefined;
    if (t.text === "(") {
      // "(NYSE: ACM)", "(NYSE American: ACM)": an exchange's capitalised words, a colon, the ticker.
      let k = i + 1;
      while (k < i + 4 && /^[\p{Lu}]/u.test(tokens[k]?.text ?? "")) k++;
      if (k > i + 1 && tokens[k]?.text === ":" && TICKER_FORM.test(tokens[k + 1]?.text ?? ""))
        ticker = tokens[k + 1]!.text;
    } else if (t.text === "$" && /^[\p{Lu}]{2,5}$/u.test(tokens[i + 1]?.text ?? "") && tokens[i + 1]!.start === t.end) {
      ticker = tokens[i + 1]!.text;
    } else if (/^\$[\p{Lu}]{2,5}$/u.test(t.text)) {
      ticker = t.text.slice(1);
    }
    if (!ticker) continue;
    const before = byEnd.get(i);
    const firm = before ? entityOf.get(before) : undefined;
    if (firm?.type !== "Company" || tokens[before!.ts]!.sentence !== t.sentence) continue;
    firmOf ??= new Map();
    if (!firmOf.has(ticker)) firmOf.set(ticker, firm);
  }
  if (!firmOf) return;
  for (const e of entities) {
    const firm = firmOf.get(e.name);
    if (firm && firm !== e && e.type === "Company" && e.mentions.length > 0) {
      foldInto(firm, e, entityOf);
      firm.mentions.sort((a, b) => a.ts - b.ts);
    }
  }
}

/** "known as", "also known as", "also called", "commonly called": the words that give a second name. */
const KNOWN_AS = /^(?:(?:also |commonly |better |locally )?known as|(?:also |commonly )?called)$/i;

/**
 * "Acme Mining Company, known as Acmin, …", "Acme Mining Company (also called Acmin)": the name
 * after "known as" or "called", right after a comma or a bracket that follows a body's name, is
 * that body's short name; every mention written so in the document joins the body, away from any
 * other entity a first-word guess gave it to ("Acmin Phosphate Co", read first as its owner). People and states are left alone.
 */
function joinKnownAs(
  mentions: Mention[],
  byEnd: Map<number, Mention>,
  tokens: Token[],
  entityOf: Map<Mention, LocalEntity>,
): void {
  for (const m of mentions) {
    let k = m.ts - 1;
    if (tokens[k]?.text.toLowerCase() === "the") k--;
    const cue = tokens[k]?.text.toLowerCase();
    if (cue !== "as" && cue !== "called") continue;
    let open = cue === "as" ? k - 1 : k;
    if (cue === "as" && tokens[open]?.text.toLowerCase() !== "known") continue;
    if (/^(?:also|commonly|better|locally)$/i.test(tokens[open - 1]?.text ?? "")) open--;
    const phrase = tokens
      .slice(open, k + 1)
      .map((t) => t.text)
      .join(" ");
    if (!KNOWN_AS.test(phrase)) continue;
    const mark = tokens[open - 1]?.text;
    if (mark !== "," && mark !== "(") continue;
    const before = byEnd.get(open - 1);
    const long = before ? entityOf.get(before) : undefined;
    const short = entityOf.get(m);
    if (!long || !short || long === short || tokens[before!.ts]!.sentence !== tokens[m.ts]!.sentence) continue;
    if (long.type === "Person" || long.type === "Country" || short.type === "Person" || short.type === "Country")
      continue;
    for (const x of mentions) {
      const e = entityOf.get(x);
      if (x.text !== m.text || !e || e === long) continue;
      e.mentions = e.mentions.filter((y) => y !== x);
      e.aliases.delete(x.text);
      long.mentions.push(x);
      entityOf.set(x, long);
    }
    long.aliases.add(m.text);
  }
}

/** "Rare Earth Exchanges (REEx)": the word in brackets names the entity just before. */
function findParenthetical(
  byEnd: Map<number, Mention>,
  m: Mention,
  tokens: Token[],
  entityOf: Map<Mention, LocalEntity>,
): LocalEntity | undefined {
  if (tokens[m.ts - 1]?.text !== "(" || tokens[m.te]?.text !== ")") return undefined;
  const before = byEnd.get(m.ts - 1);
  const e = before ? entityOf.get(before) : undefined;
  return e && e.type !== "Person" ? e : undefined;
}
