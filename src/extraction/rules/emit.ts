// Helpers shared by the rules: emitting a relation with its evidence, finding the sentence at an
// offset, and reading the entities mentioned in a sentence or a token window. No rule logic here.

import { DocumentCache } from "../document-caches.ts";
import { MAX_MENTIONS_PER_SENTENCE, MAX_RELATIONS_PER_SENTENCE } from "../limits.ts";
import { lowerCaseTexts } from "../stages/02-tokens.ts";
import type { Mention } from "../stages/03-mentions.ts";
import { newLocalEntity } from "../stages/04-resolve.ts";
import type { Predicate, Relation } from "../types.ts";
import type { LocalEntity, RuleContext } from "./types.ts";

/** Per document: the relations emitted (as keys) and how many distinct ones each sentence has. */
interface Emitted {
  keys: Set<string>;
  perSentence: Map<number, number>;
}
const EMITTED = new DocumentCache<object, Emitted>();

/**
 * Adds a relation between two local entities, with evidence on sentence `sentence`: not when it
 * repeats one already added exactly (the merge would fold it away), nor once the sentence has
 * given `MAX_RELATIONS_PER_SENTENCE`.
 */
export function emitRelation(
  ctx: RuleContext,
  source: LocalEntity,
  predicate: Predicate,
  target: LocalEntity,
  sentence: number,
  rule: string,
  attributes: Record<string, string> = {},
  confidence = 0.8,
): void {
  if (source === target) return;
  const s = ctx.sentences[sentence];
  if (!s) return;
  const clean: Record<string, string> = {};
  // The key names every part of the relation, attributes in their order; the separators cannot
  // occur in ids, predicates, rule ids or numbers, and an attribute holding one is quoted.
  let key = `${source.id}\u0001${predicate}\u0001${target.id}\u0001${sentence}\u0001${rule}\u0001${confidence}`;
  for (const k in attributes) {
    const v = attributes[k];
    if (!v) continue;
    clean[k] = v;
    key += hasSeparator(k) || hasSeparator(v) ? `\u0001${JSON.stringify([k, v])}` : `\u0001${k}\u0002${v}`;
  }
  let emitted = EMITTED.get(ctx.relations);
  if (!emitted) EMITTED.set(ctx.relations, (emitted = { keys: new Set(), perSentence: new Map() }));
  if (emitted.keys.has(key)) return;
  const count = emitted.perSentence.get(sentence) ?? 0;
  if (count >= MAX_RELATIONS_PER_SENTENCE) return;
  emitted.keys.add(key);
  emitted.perSentence.set(sentence, count + 1);
  ctx.relations.push({
    id: `${ctx.doc.id}#r${ctx.relations.length}`,
    source: source.id,
    predicate,
    target: target.id,
    attributes: clean,
    confidence,
    evidence: [{ document: ctx.doc.id, sentence: s.text, start: s.start, end: s.end, rule }],
  });
}

/** Whether `s` holds one of the separators of `emitRelation`'s keys. */
function hasSeparator(s: string): boolean {
  return s.includes("\u0001") || s.includes("\u0002");
}

/**
 * The mentions of each sentence, in text order, built from `ctx.mentions` on first use and kept up
 * to date by `ensureEntity`: reading a sentence's mentions costs the size of the sentence, not of
 * the document (rules ask for them sentence by sentence).
 */
const MENTIONS_BY_SENTENCE = new DocumentCache<Mention[], Mention[][]>();

function mentionsBySentence(ctx: RuleContext): Mention[][] {
  let index = MENTIONS_BY_SENTENCE.get(ctx.mentions);
  if (!index) {
    index = ctx.sentences.map(() => []);
    for (const m of ctx.mentions) (index[m.sentence] ??= []).push(m);
    // Stage 3's mentions come mostly in text order: a list already in order is left as it is (what a
    // stable sort would do), without the sort's work arrays.
    for (const list of index) if (list && !inTextOrder(list)) list.sort((a, b) => a.start - b.start);
    MENTIONS_BY_SENTENCE.set(ctx.mentions, index);
  }
  return index;
}

/** Whether the mentions' starts never decrease. */
function inTextOrder(list: readonly Mention[]): boolean {
  for (let k = 1; k < list.length; k++) if (list[k]!.start < list[k - 1]!.start) return false;
  return true;
}

/** The last map `entitiesById` built per resolution, and the entity list it was built from. */
const BY_ID = new DocumentCache<
  object,
  { entities: readonly LocalEntity[]; count: number; last: LocalEntity | undefined; map: Map<string, LocalEntity> }
>();

/**
 * The document's entities by id, as they stand when it is called (rules add, absorb and drop
 * entities: read it where it is used, not once per document). The map is built again when the list
 * changed (another array, another length or another last entity: rules push entities or replace the
 * list, never edit it in place), else the last one is given again. Read it, never change it.
 */
export function entitiesById(ctx: {
  resolution: { entities: readonly LocalEntity[] };
}): ReadonlyMap<string, LocalEntity> {
  const { entities } = ctx.resolution;
  const seen = BY_ID.get(ctx.resolution);
  if (seen && seen.entities === entities && seen.count === entities.length && seen.last === entities.at(-1))
    return seen.map;
  const map = new Map<string, LocalEntity>();
  for (const e of entities) map.set(e.id, e);
  BY_ID.set(ctx.resolution, { entities, count: entities.length, last: entities.at(-1), map });
  return map;
}

/**
 * Puts `kept` in place of the relations from index `from` on (the same array, so the emitted keys
 * stay with it), and renumbers their ids as `emitRelation` numbers them.
 */
export function replaceRelationsFrom(ctx: RuleContext, from: number, kept: readonly Relation[]): void {
  ctx.relations.splice(from, ctx.relations.length - from, ...kept);
  for (let k = from; k < ctx.relations.length; k++) ctx.relations[k]!.id = `${ctx.doc.id}#r${k}`;
}

/** Keeps the relations `keep` accepts, in their order, through `replaceRelationsFrom`. */
export function keepRelations(ctx: RuleContext, keep: (r: Relation) => boolean): void {
  const kept = ctx.relations.filter(keep);
  if (kept.length !== ctx.relations.length) replaceRelationsFrom(ctx, 0, kept);
}

/** Index of the first sentence that ends after `offset` (sentences are in text order, by bisection), or -1. */
export function firstSentenceEndingAfter(ctx: RuleContext, offset: number): number {
  let lo = 0;
  let hi = ctx.sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ctx.sentences[mid]!.end > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo < ctx.sentences.length ? lo : -1;
}

/** The index of the sentence that starts at character `start` (an evidence's), -1 if none. */
export function sentenceAt(ctx: RuleContext, start: number): number {
  const i = firstSentenceEndingAfter(ctx, start);
  return i >= 0 && ctx.sentences[i]!.start === start ? i : -1;
}

/**
 * Per document: each sentence's answer of `mentionsIn`, made on first use (rules ask for the same
 * sentence again and again) and dropped when `ensureEntity` adds a mention to the sentence.
 */
const MENTIONS_IN = new DocumentCache<Mention[], (SeenMention[] | undefined)[]>();

/** A mention of a sentence with the entity it belongs to. */
export type SeenMention = { m: Mention; e: LocalEntity };

/**
 * The mentions of sentence `i` that belong to an entity, in text order. The array is shared by
 * the callers that ask for the same sentence: read it, never change it.
 */
export function mentionsIn(ctx: RuleContext, i: number): SeenMention[] {
  let cache = MENTIONS_IN.get(ctx.mentions);
  if (!cache) MENTIONS_IN.set(ctx.mentions, (cache = new Array(ctx.sentences.length).fill(undefined)));
  let out = cache[i];
  if (out) return out;
  out = [];
  for (const m of mentionsBySentence(ctx)[i] ?? []) {
    const e = ctx.resolution.entityOf.get(m);
    if (e) out.push({ m, e });
  }
  if (i >= 0 && i < cache.length) cache[i] = out;
  return out;
}

/**
 * Makes `gone` one with `keep` (two local entities found to be one thing): its mentions, name and
 * aliases become `keep`'s, its relations are re-pointed; with no mention left it is dropped.
 */
export function absorbEntity(ctx: RuleContext, keep: LocalEntity, gone: LocalEntity): void {
  if (keep === gone) return;
  for (const m of gone.mentions) {
    keep.mentions.push(m);
    ctx.resolution.entityOf.set(m, keep);
  }
  keep.mentions.sort((a, b) => a.start - b.start);
  for (const a of [gone.name, ...gone.aliases]) if (a !== keep.name) keep.aliases.add(a);
  gone.mentions = [];
  for (const r of ctx.relations) {
    if (r.source === gone.id) r.source = keep.id;
    if (r.target === gone.id) r.target = keep.id;
  }
  // The sentences' cached (mention, entity) pairs name `gone`: read again.
  MENTIONS_IN.delete(ctx.mentions);
}

/** Drops the document-local entity `e` (a reading found wrong): its mentions name nothing, its relations go. */
export function dropEntity(ctx: RuleContext, e: LocalEntity): void {
  for (const m of e.mentions) ctx.resolution.entityOf.delete(m);
  e.mentions = [];
  keepRelations(ctx, (r) => r.source !== e.id && r.target !== e.id);
  MENTIONS_IN.delete(ctx.mentions);
}

/** Lower-case words of tokens [a, b). */
export function wordsBetween(ctx: RuleContext, a: number, b: number): string {
  // What `tokens.slice(a, b).map(lower case).join(" ")` gives, without the two arrays.
  const { tokens } = ctx;
  const lower = lowerCaseTexts(tokens);
  const from = Math.max(0, a);
  const to = Math.min(Math.max(a, b), tokens.length);
  let out = "";
  for (let k = from; k < to; k++) out += k > from ? ` ${lower[k]!}` : lower[k]!;
  return out;
}

/** Entities by type and merge key, and the mention starts of each, for `ensureEntity`. */
interface EntityIndex {
  byKey: Map<string, LocalEntity>;
  starts: WeakMap<LocalEntity, Set<number>>;
}
const ENTITY_INDEX = new DocumentCache<LocalEntity[], EntityIndex>();

/** An entity's key in the index: its type and its merge key (its name when it has none). */
function indexKey(type: LocalEntity["type"], mergeKey: string): string {
  return `${type}|${mergeKey}`;
}

function entityIndex(entities: LocalEntity[]): EntityIndex {
  let index = ENTITY_INDEX.get(entities);
  if (!index) {
    index = { byKey: new Map(), starts: new WeakMap() };
    for (const x of entities) {
      const key = indexKey(x.type, x.attributes.mergeKey ?? x.name);
      if (!index.byKey.has(key)) index.byKey.set(key, x);
    }
    ENTITY_INDEX.set(entities, index);
  }
  return index;
}

/** Gives the document-local entity `e` a new merge key, so that `ensureEntity` finds it by that key only. */
export function rekeyEntity(ctx: RuleContext, e: LocalEntity, mergeKey: string): void {
  const index = entityIndex(ctx.resolution.entities);
  const old = indexKey(e.type, e.attributes.mergeKey ?? e.name);
  if (index.byKey.get(old) === e) index.byKey.delete(old);
  e.attributes.mergeKey = mergeKey;
  const key = indexKey(e.type, mergeKey);
  if (!index.byKey.has(key)) index.byKey.set(key, e);
}

/**
 * Whether `e`'s merge key is of one of `kinds`: the word before its first "@" ("talks@…",
 * "call@…", "visit@delegation:…@…"), the kind of event or policy the stage that minted it gave.
 */
export function keyKindIs(e: LocalEntity | undefined, ...kinds: string[]): boolean {
  const key = e?.attributes.mergeKey ?? "";
  const at = key.indexOf("@");
  return at > 0 && kinds.includes(key.slice(0, at));
}

/** Finds or creates a document-local entity (used by stages that mint Meetings and Policies). */
export function ensureEntity(
  ctx: RuleContext,
  type: LocalEntity["type"],
  name: string,
  mergeKey: string,
  span: { ts: number; te: number },
  rule: string,
): LocalEntity {
  const res = ctx.resolution;
  const index = entityIndex(res.entities);
  const key = indexKey(type, mergeKey);
  let e = index.byKey.get(key);
  if (!e) {
    e = newLocalEntity(`${ctx.doc.id}#${type[0]}${res.entities.length}`, type, name, { mergeKey });
    res.entities.push(e);
    index.byKey.set(key, e);
  }
  addMention(ctx, e, span, rule);
  return e;
}

/** Adds a mention of the document-local entity `e` over tokens [ts, te) (none twice at one start, a full sentence none). */
export function addMention(ctx: RuleContext, e: LocalEntity, span: { ts: number; te: number }, rule: string): void {
  const index = entityIndex(ctx.resolution.entities);
  const { type, name } = e;
  const res = ctx.resolution;
  const a = ctx.tokens[span.ts]!;
  const b = ctx.tokens[span.te - 1]!;
  const text = ctx.text.slice(a.start, b.end);
  let starts = index.starts.get(e);
  if (!starts) index.starts.set(e, (starts = new Set(e.mentions.map((m) => m.start))));
  const list = mentionsBySentence(ctx)[a.sentence];
  // A full sentence takes no more mentions, except the first of a new entity.
  if (!starts.has(a.start) && ((list?.length ?? 0) < MAX_MENTIONS_PER_SENTENCE || e.mentions.length === 0)) {
    starts.add(a.start);
    const m: Mention = {
      ts: span.ts,
      te: span.te,
      start: a.start,
      end: b.end,
      text,
      type,
      name,
      key: "",
      sentence: a.sentence,
      rule,
    };
    e.mentions.push(m);
    if (text !== e.name) e.aliases.add(text);
    // Later rules see the new mention like any other, in text order (through `mentionsIn`).
    if (list) {
      const at = list.findIndex((x) => x.start > m.start);
      list.splice(at < 0 ? list.length : at, 0, m);
    }
    ctx.mentions.push(m);
    res.entityOf.set(m, e);
    const cache = MENTIONS_IN.get(ctx.mentions);
    if (cache) cache[a.sentence] = undefined;
  }
}
