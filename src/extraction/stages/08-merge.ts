// Stage 8: the cross-document merge. Entities of the same type and normalised name (or a shared
// alias for meetings and policies) become one; lone surnames join the one full name that ends
// with them; relations are re-pointed and folded to one per (source, predicate, target).
// Deterministic: ids come from names, order from first appearance.

import type { DocumentAnalysis } from "../index.ts";
import {
  type Entity,
  type Extraction,
  type Merge,
  type Relation,
  type Statement,
  SYMMETRIC_PREDICATES,
} from "../types.ts";
import { agencyForm, normalizeName } from "./04-resolve.ts";

function slug(s: string): string {
  return (
    s
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "") || "x"
  );
}

/** Merges per-document analyses into one extraction: one entity per real thing across documents. */
export function mergeAnalyses(analyses: DocumentAnalysis[]): Extraction {
  const groups = new Map<string, Entity>();
  const localToGroup = new Map<string, Entity>();
  const merges: Merge[] = [];
  const order: Entity[] = [];
  // A middle initial does not make another person ("Donald J. Trump").
  const keyOf = (e: Entity) =>
    `${e.type}|${normalizeName(e.attributes?.mergeKey ?? (e.type === "Person" ? e.name.replace(/ \p{Lu}\. /u, " ") : e.name))}`;
  // Names a group already answers to: the merge is linear in the corpus, not in names × documents.
  const names = new Map<Entity, Set<string>>();

  const pending: Entity[] = [];
  for (const a of analyses) {
    for (const e of a.entities) {
      if (e.attributes?.pending) {
        pending.push(e);
        continue;
      }
      const k = e.type === "Agency" ? agencyKey(e, groups) : keyOf(e);
      let g = groups.get(k);
      if (!g) {
        g = {
          id: "",
          name: e.name,
          type: e.type,
          aliases: [],
          mentions: [],
          ...(e.attributes ? { attributes: {} } : {}),
        };
        groups.set(k, g);
        order.push(g);
        names.set(g, new Set([g.name]));
      } else if (!names.get(g)?.has(e.name)) {
        merges.push({ entity: k, alias: e.name, reason: "same name across documents" });
      }
      absorb(g, e, names);
      localToGroup.set(e.id, g);
    }
    for (const m of a.merges) merges.push(m);
  }
  // Lone surnames ("Trump" in an article that never gives the full name) join a unique full name.
  const fullNamesBy = new Map<string, Entity[]>();
  if (pending.length > 0) {
    for (const g of order) {
      if (g.type !== "Person" || !g.name.includes(" ")) continue;
      const words = g.name.split(/\s+/);
      for (const part of new Set([words[0]!, words.at(-1)!])) {
        const list = fullNamesBy.get(part);
        if (list) list.push(g);
        else fullNamesBy.set(part, [g]);
      }
    }
  }
  for (const e of pending) {
    const matches = fullNamesBy.get(e.name) ?? [];
    // No full name (or several): a lone capitalised word that only looked like a surname
    // ("Smartphone", "Western") is more often noise than a person, so it is left out, unless a
    // post names it ("PM Modi", "President Lula"): then it is a person known by one name here.
    if (matches.length === 0 && e.aliases.some((a) => TITLED.test(a) && a.endsWith(` ${e.name}`))) {
      const g: Entity = { id: "", name: e.name, type: e.type, aliases: [], mentions: [] };
      groups.set(`${e.type}|${normalizeName(e.name)}`, g);
      order.push(g);
      names.set(g, new Set([g.name]));
      absorb(g, e, names);
      localToGroup.set(e.id, g);
      continue;
    }
    if (matches.length !== 1) continue;
    const g = matches[0]!;
    absorb(g, e, names);
    if (!g.aliases.includes(e.name)) g.aliases.push(e.name);
    localToGroup.set(e.id, g);
    merges.push({ entity: g.name, alias: e.name, reason: "surname across documents" });
  }

  // Deterministic ids and order: by first document, then first mention.
  const used = new Set<string>();
  for (const g of order) {
    let id = `${g.type.toLowerCase()}:${slug(g.name)}`;
    for (let n = 2; used.has(id); n++) id = `${g.type.toLowerCase()}:${slug(g.name)}-${n}`;
    used.add(id);
    g.id = id;
    g.aliases = [...new Set(g.aliases)].filter((x) => x !== g.name).sort();
    if (g.attributes) delete g.attributes.mergeKey;
    if (g.attributes && Object.keys(g.attributes).length === 0) delete g.attributes;
  }
  const mapId = (local: string) => localToGroup.get(local)?.id;

  const relations = new Map<string, Relation>();
  const evidenceKeys = new Map<string, Set<string>>();
  const evidenceKey = (ev: Relation["evidence"][number]) => `${ev.document}|${ev.start}|${ev.rule}`;
  for (const a of analyses) {
    for (const r of a.relations) {
      let source = mapId(r.source);
      let target = mapId(r.target);
      if (!source || !target || source === target) continue;
      if (SYMMETRIC_PREDICATES.has(r.predicate) && source > target) [source, target] = [target, source];
      const id = `${source}|${r.predicate}|${target}`;
      const prev = relations.get(id);
      if (!prev) {
        relations.set(id, { ...r, id, source, target, attributes: { ...r.attributes }, evidence: [...r.evidence] });
        evidenceKeys.set(id, new Set(r.evidence.map(evidenceKey)));
        continue;
      }
      for (const [k, v] of Object.entries(r.attributes)) if (!(k in prev.attributes)) prev.attributes[k] = v;
      const seen = evidenceKeys.get(id)!;
      for (const ev of r.evidence) {
        const key = evidenceKey(ev);
        if (seen.has(key)) continue;
        seen.add(key);
        prev.evidence.push(ev);
      }
      prev.confidence = Math.max(prev.confidence, r.confidence);
    }
  }
  const statements: Statement[] = [];
  for (const a of analyses) {
    for (const s of a.statements) {
      const speaker = mapId(s.speaker);
      if (!speaker) continue;
      const via = s.via ? (mapId(s.via) ?? null) : null;
      statements.push({ ...s, id: `${s.document}#s${statements.length}`, speaker, via });
    }
  }
  const groupIds = new Map(order.map((g) => [normalizeName(g.name), g.id]));
  return {
    documents: analyses.map((a) => a.document),
    entities: order,
    relations: [...relations.values()],
    statements,
    merges: merges.map((m) => ({
      ...m,
      entity: mapId(m.entity) ?? groupIds.get(normalizeName(m.entity.split("|").at(-1) ?? "")) ?? m.entity,
    })),
  };
}

/**
 * The group key of an agency: its comparable form ("department of defense" for "US Department of
 * War" and "Defense Department") with its country when known. A body named without its country
 * joins the one group of that form with a country, and the other way round.
 */
function agencyKey(e: Entity, groups: Map<string, Entity>): string {
  const { code: prefix, form } = agencyForm(e.attributes?.mergeKey ?? e.name);
  const code = prefix ?? e.attributes?.country ?? "";
  const bare = `Agency|${form}|`;
  if (!code) return bare;
  const coded = `Agency|${form}|${code}`;
  if (groups.has(coded)) return coded;
  const g = groups.get(bare);
  if (g && (!g.attributes?.country || g.attributes.country === code)) return bare;
  return coded;
}

/** An alias that is a post before a one-word name ("PM Modi", "President Lula"), not an honorific. */
const TITLED =
  /^(?:PM|President|Prime Minister|Premier|Chancellor|King|Queen|Emperor|Minister|Secretary|Governor) \S+$/;

/** Adds `e`'s names, mentions and missing attributes to the group `g`. */
function absorb(g: Entity, e: Entity, names: Map<Entity, Set<string>>) {
  let known = names.get(g);
  if (!known) names.set(g, (known = new Set([g.name])));
  for (const alias of [e.name, ...e.aliases]) {
    if (known.has(alias)) continue;
    known.add(alias);
    g.aliases.push(alias);
  }
  for (const m of e.mentions) g.mentions.push(m);
  if (e.attributes) {
    g.attributes ??= {};
    for (const [k, v] of Object.entries(e.attributes)) {
      // "pending" marks a lone surname waiting for its full name: a working note, not a fact.
      if (k !== "pending" && !(k in g.attributes)) g.attributes[k] = v;
    }
  }
}
