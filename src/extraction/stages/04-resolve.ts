// Stage 4: links a document's mentions to local entities. Gazetteer keys group countries and
// commodities; a surname, "President Xi" or an initial ("H. Rahman") joins the full name it
// shortens; an acronym joins the name it abbreviates ("DOD", "(REEx)"). Every link that is not
// an exact repeat is recorded as a merge with its reason. Pure: mentions in, entities out.

import { NAME_PARTICLES } from "../lexicon/people.ts";
import { COUNTRY_BY_CODE, SHARED_SHORT_NAMES } from "../lexicon/places.ts";
import type { EntityType, Merge } from "../types.ts";
import type { Sentence, Token } from "./02-tokens.ts";
import type { Mention } from "./03-mentions.ts";

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

/** Canonical key of a surface form for grouping ("The U.S. Treasury" → "u s treasury"). */
export function normalizeName(s: string): string {
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

function acronymOf(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join("")
    .toUpperCase();
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
  const create = (type: EntityType, name: string, key: string): LocalEntity => {
    const e = newLocalEntity(`${docId}#${entities.length}`, type, name);
    entities.push(e);
    byKey.set(key, e);
    return e;
  };
  const attach = (m: Mention, e: LocalEntity, reason?: string) => {
    e.mentions.push(m);
    entityOf.set(m, e);
    if (m.text !== e.name && !e.aliases.has(m.text)) {
      e.aliases.add(m.text);
      merges.push({ entity: e.id, alias: m.text, reason: reason ?? m.rule });
    }
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
  const sharedName = sharedNameCodes(mentions);
  for (const m of mentions) {
    if (m.key) {
      const code = m.type === "Country" ? (sharedName.get(m.text) ?? m.name) : m.name;
      const key = m.type === "Country" ? `Country:${code}` : m.key;
      let e = byKey.get(key);
      const name = m.type === "Country" ? (COUNTRY_BY_CODE.get(code)?.name ?? code) : m.name;
      if (!e) {
        e = create(m.type, name, key);
        if (m.type === "Country") e.attributes.code = code;
      }
      attach(m, e, m.demonym ? "demonym" : m.capitalAsState ? "capital used for the government" : "gazetteer");
      continue;
    }
    const words = m.name.split(/\s+/);
    if (m.type === "Person" && words.length === 1) {
      singles.push(m);
      continue;
    }
    const key = `${m.type}:${normalizeName(m.name)}`;
    let e = byKey.get(key);
    let how = "initial and surname";
    if (!e && m.type === "Person") e = findByInitial(entities, m.name);
    if (!e && m.type === "Person") {
      e = findByParticleSurname(entities, m.name);
      how = "surname";
    }
    if (!e) e = create(m.type, m.name, key);
    attach(m, e, e.name === m.name ? m.rule : how);
  }

  // Pass 2: single names join the full name they shorten, or an acronym's long form.
  for (const m of singles) {
    const person = findBySurname(entities, m.name);
    if (person) {
      attach(m, person, m.title ? "title and surname" : "surname");
      continue;
    }
    const acronym = findAcronym(entities, m.name) ?? findParenthetical(mentions, m, tokens, entities, entityOf);
    if (acronym) {
      attach(m, acronym, "abbreviation");
      continue;
    }
    // A lone name: kept as pending when it acts like a person (a title, or repeated), so the
    // cross-document merge can join it to a full name; otherwise dropped, not guessed.
    const key = `Person:${m.name}`;
    const pending = byKey.get(key);
    if (pending) attach(m, pending);
    else if (m.title || singles.filter((x) => x.name === m.name).length > 1) {
      const e = create("Person", m.name, key);
      e.attributes.pending = "surname";
      attach(m, e);
    }
  }
  return { entities: entities.filter((e) => e.mentions.length > 0 || e.type === "Person"), entityOf, merges };
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

function findBySurname(entities: LocalEntity[], word: string): LocalEntity | undefined {
  const people = entities.filter((e) => e.type === "Person" && e.name.includes(" "));
  const last = people.filter((e) => e.name.split(/\s+/).at(-1) === word);
  if (last.length === 1) return last[0];
  const first = people.filter((e) => e.name.split(/\s+/)[0] === word);
  return first.length === 1 ? first[0] : undefined;
}

function findByInitial(entities: LocalEntity[], name: string): LocalEntity | undefined {
  const m = /^(\p{Lu})\.\s+(\S+)$/u.exec(name);
  if (!m) return undefined;
  return entities.find((e) => e.type === "Person" && e.name.startsWith(m[1]!) && e.name.endsWith(` ${m[2]}`));
}

/** "von der Leyen" after "Ursula von der Leyen": a surname that opens with its particles. */
function findByParticleSurname(entities: LocalEntity[], name: string): LocalEntity | undefined {
  if (!NAME_PARTICLES.has(name.split(/\s+/)[0]!)) return undefined;
  const people = entities.filter((e) => e.type === "Person" && e.name.endsWith(` ${name}`));
  return people.length === 1 ? people[0] : undefined;
}

function findAcronym(entities: LocalEntity[], word: string): LocalEntity | undefined {
  if (!/^[A-Z][A-Za-z]{1,6}$/.test(word) || word.replace(/[^A-Z]/g, "").length < 2) return undefined;
  return entities.find(
    (e) =>
      e.type !== "Person" && e.name.includes(" ") && acronymOf(e.name) === word.toUpperCase().replace(/[^A-Z]/g, ""),
  );
}

/** "Rare Earth Exchanges (REEx)": the word in brackets names the entity just before. */
function findParenthetical(
  mentions: Mention[],
  m: Mention,
  tokens: Token[],
  entities: LocalEntity[],
  entityOf: Map<Mention, LocalEntity>,
): LocalEntity | undefined {
  if (tokens[m.ts - 1]?.text !== "(" || tokens[m.te]?.text !== ")") return undefined;
  const before = mentions.find((x) => x.te === m.ts - 1 && entityOf.has(x));
  const e = before ? entityOf.get(before) : undefined;
  return e && entities.includes(e) && e.type !== "Person" ? e : undefined;
}
