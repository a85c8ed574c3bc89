// Helpers shared by the rules: emitting a relation with its evidence, and reading the entities
// mentioned in a sentence or a token window. No rule logic here.

import type { Mention } from "../stages/03-mentions.ts";
import { newLocalEntity } from "../stages/04-resolve.ts";
import type { Predicate } from "../types.ts";
import type { LocalEntity, RuleContext } from "./types.ts";

/** Adds a relation between two local entities, with evidence on sentence `sentence`. */
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
  for (const [k, v] of Object.entries(attributes)) if (v) clean[k] = v;
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

/** The mentions of sentence `i` that belong to an entity, in text order. */
export function mentionsIn(ctx: RuleContext, i: number): { m: Mention; e: LocalEntity }[] {
  const out: { m: Mention; e: LocalEntity }[] = [];
  for (const m of ctx.mentions) {
    if (m.sentence !== i) continue;
    const e = ctx.resolution.entityOf.get(m);
    if (e) out.push({ m, e });
  }
  return out;
}

/** Lower-case words of tokens [a, b). */
export function wordsBetween(ctx: RuleContext, a: number, b: number): string {
  return ctx.tokens
    .slice(Math.max(0, a), Math.max(a, b))
    .map((t) => t.text.toLowerCase())
    .join(" ");
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
  let e = res.entities.find((x) => x.type === type && (x.attributes.mergeKey ?? x.name) === mergeKey);
  if (!e) {
    e = newLocalEntity(`${ctx.doc.id}#${type[0]}${res.entities.length}`, type, name, { mergeKey });
    res.entities.push(e);
  }
  const a = ctx.tokens[span.ts]!;
  const b = ctx.tokens[span.te - 1]!;
  const text = ctx.text.slice(a.start, b.end);
  if (!e.mentions.some((m) => m.start === a.start)) {
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
    // Later rules see the new mention like any other, in text order.
    const at = ctx.mentions.findIndex((x) => x.start > m.start);
    ctx.mentions.splice(at < 0 ? ctx.mentions.length : at, 0, m);
    res.entityOf.set(m, e);
  }
  return e;
}
