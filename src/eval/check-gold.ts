// Checks gold annotation files before they are scored against: their JSON shape, the ontology's
// types and predicates, relation ends, STATED relations, and the names across files that the
// scorer pools (one type and one spelling per canonical name). Pure: callers read the files.

import { ENTITY_TYPES, PREDICATES } from "../extraction/types.ts";
import { normalizeSurface } from "./score.ts";

/** One gold file as read: its path (for messages) and its parsed JSON. */
export interface GoldFileInput {
  file: string;
  json: unknown;
}

const TYPES = new Set<string>(ENTITY_TYPES);
const PREDICATE_SET = new Set<string>(PREDICATES);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === "string" && v.trim() !== "";
const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);

/**
 * Returns the problems of one gold file, each a sentence naming the file and the item; an empty
 * list when the file is sound. Checks the shape of GOLD_FORMAT.md, that types and predicates are
 * the ontology's, that every relation's ends (and every answer) are canonical names of the file's
 * entities, that STATED relations have a quote and a null target (or the outlet, a Media entity), and that no name is listed twice.
 */
export function checkGoldFile({ file, json }: GoldFileInput): string[] {
  const problems: string[] = [];
  const fail = (what: string, expected: string, found: unknown) =>
    problems.push(`gold: ${file} ${what} should be ${expected}, found ${JSON.stringify(found)}.`);
  if (!isObject(json)) {
    fail("", "an object", json);
    return problems;
  }
  if (!isString(json.doc)) fail("doc", "a document file name", json.doc);
  if (!Array.isArray(json.entities) || !Array.isArray(json.relations)) {
    fail("entities and relations", "arrays", { entities: typeof json.entities, relations: typeof json.relations });
    return problems;
  }
  const names = new Set<string>();
  const media = new Set<string>();
  const normalized = new Map<string, string>();
  json.entities.forEach((e: unknown, i) => {
    if (!isObject(e) || !isString(e.name)) {
      fail(`entity ${i}`, "an object with a name", e);
      return;
    }
    if (!TYPES.has(e.type as string)) fail(`entity "${e.name}" type`, "an ontology type", e.type);
    if (e.aliases !== undefined && !isStringList(e.aliases)) fail(`entity "${e.name}" aliases`, "strings", e.aliases);
    if (e.keywords !== undefined && !(Array.isArray(e.keywords) && e.keywords.every(isStringList)))
      fail(`entity "${e.name}" keywords`, "lists of words", e.keywords);
    const key = normalizeSurface(e.name);
    if (normalized.has(key)) fail(`entity "${e.name}"`, "listed once", `also "${normalized.get(key)}"`);
    normalized.set(key, e.name);
    names.add(e.name);
    if (e.type === "Media") media.add(e.name);
  });
  json.relations.forEach((r: unknown, i) => {
    if (!isObject(r)) {
      fail(`relation ${i}`, "an object", r);
      return;
    }
    const label = `relation ${i} (${String(r.source)} ${String(r.predicate)} ${String(r.target)})`;
    if (!PREDICATE_SET.has(r.predicate as string)) fail(`${label} predicate`, "an ontology predicate", r.predicate);
    if (!names.has(r.source as string)) fail(`${label} source`, "an entity of the file", r.source);
    if (r.attributes !== undefined && !isObject(r.attributes)) fail(`${label} attributes`, "an object", r.attributes);
    if (r.predicate === "STATED") {
      // The seeds' gold names the outlet a quote came through as the target; the format allows it.
      if (r.target !== null && !media.has(r.target as string)) {
        fail(`${label} target`, "null or a Media entity of the file (STATED)", r.target);
      }
      const quote = isObject(r.attributes) ? r.attributes.quote : undefined;
      if (!isString(quote)) fail(`${label} quote`, "a non-empty string", quote);
    } else if (!names.has(r.target as string)) fail(`${label} target`, "an entity of the file", r.target);
  });
  if (json.questions !== undefined) {
    if (!Array.isArray(json.questions)) fail("questions", "an array", json.questions);
    else
      json.questions.forEach((q: unknown, i) => {
        if (!isObject(q) || !isString(q.q) || !isStringList(q.answer)) {
          fail(`question ${i}`, "{ q, answer: [names] }", q);
          return;
        }
        for (const a of q.answer) if (!names.has(a)) fail(`question ${i} answer`, "an entity of the file", a);
      });
  }
  return problems;
}

/**
 * Returns the problems of a set of gold files scored together: each file's own (`checkGoldFile`),
 * then every canonical name (as the scorer normalises it) used with two types, or spelled two ways,
 * across the files. The scorer merges entities by type and normalised name and resolves relation
 * ends by normalised name alone, so either would silently merge or split things.
 */
export function checkGoldCorpus(files: readonly GoldFileInput[]): string[] {
  const problems = files.flatMap(checkGoldFile);
  const uses = new Map<string, { types: Set<string>; spellings: Set<string>; files: Set<string> }>();
  for (const { file, json } of files) {
    if (!isObject(json) || !Array.isArray(json.entities)) continue;
    for (const e of json.entities) {
      if (!isObject(e) || !isString(e.name)) continue;
      const key = normalizeSurface(e.name);
      const use = uses.get(key) ?? { types: new Set(), spellings: new Set(), files: new Set() };
      use.types.add(String(e.type));
      use.spellings.add(e.name);
      use.files.add(file);
      uses.set(key, use);
    }
  }
  for (const [key, use] of uses) {
    const where = [...use.files].join(", ");
    if (use.types.size > 1)
      problems.push(`gold: the name "${key}" should have one type, found ${[...use.types].join(" and ")} in ${where}.`);
    if (use.spellings.size > 1)
      problems.push(
        `gold: the name "${key}" should be spelled one way, found ${[...use.spellings].join(" and ")} in ${where}.`,
      );
  }
  return problems;
}
