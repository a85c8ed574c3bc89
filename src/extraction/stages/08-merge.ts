// Stage 8: the cross-document merge. Entities of the same type and normalised name (or a shared
// alias for meetings and policies) become one; lone surnames join the one full name that ends
// with them; relations are re-pointed and folded to one per (source, predicate, target).
// Deterministic: ids come from names, order from first appearance.

import type { DocumentAnalysis } from "../index.ts";
import { ASIAN_SURNAMES } from "../lexicon/people.ts";
import { COUNTRY_NAMES, DEMONYMS } from "../lexicon/places.ts";
import {
  type DocumentMeta,
  type Entity,
  type Extraction,
  type Merge,
  type Relation,
  type Statement,
  SYMMETRIC_PREDICATES,
} from "../types.ts";
import { abbreviationsOf, agencyForm, companyForm, isLocalUnit, normalizeName, placeForm } from "./04-resolve.ts";
import { bareAgreementAlias, tradeAgreementKey } from "./agreement-key.ts";

/**
 * A person's merge form: a middle initial dropped ("Donald J. Trump"), and a two-word name's words
 * in a fixed order, so that a name written family name first ("Akazawa Ryosei") is the
 * same person as the one written given name first ("Ryosei Akazawa").
 */
function personForm(name: string): string {
  const words = normalizeName(name.replace(/ [\p{Lu}]\. /u, " ")).split(" ");
  return words.length === 2 ? [...words].sort().join(" ") : words.join(" ");
}

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
  return CorpusMerge.of(analyses).extraction();
}

/** What `CorpusMerge.add` changed: the merged entities and relations it created or added to. */
export interface MergeDelta {
  /**
   * Entities created or changed (new names, mentions or attributes), in the merge's order. Their
   * `mentions` are the merge's own lists (a hub's run to thousands): read them at once, do not keep
   * or change them.
   */
  entities: Entity[];
  /** Relations created or changed (new evidence, attributes or confidence). */
  relations: Relation[];
  /** The document's statements, with merged ids. */
  statements: Statement[];
  /** The document's merges, with merged ids. */
  merges: Merge[];
}

/** Attributes of a call's or meeting's entity that keep two of the same key apart when they differ: its month, its country. */
const SPLIT_ATTRIBUTES = ["mergeMonth", "mergeCountry"] as const;

/**
 * The cross-document merge as a state that grows: `CorpusMerge.of` merges a corpus at once (what
 * `mergeAnalyses` returns), `add` merges one more document into it without going over the others
 * again (a live ingest). An added document sees the corpus as it is: a lone surname joins the one
 * full name known so far, a full name that comes later does not re-examine the surnames before it,
 * and the added document counts as the last one. `CorpusMerge.of` over the same documents in
 * corpus order is the reference (`kg build`, a compaction); the two differ only in those cases.
 */
export class CorpusMerge {
  private readonly groups = new Map<string, Entity>();
  private readonly localToGroup = new Map<string, Entity>();
  /** Names a group already answers to: the merge is linear in the corpus, not in names × documents. */
  private readonly names = new Map<Entity, Set<string>>();
  private readonly order: Entity[] = [];
  /** Each group's place in `order`. */
  private readonly position = new Map<Entity, number>();
  /** Person groups with a full name, by its first and its last word (for lone surnames). */
  private readonly fullNamesBy = new Map<string, Entity[]>();
  private readonly used = new Set<string>();
  /**
   * Groups of the linkable types by each proper surface form (`type|normalised name or alias`):
   * null when two groups answer to it. A name new to the corpus that another document gave as an
   * alias ("Commission" for "European Commission", "von der Leyen") joins the group that gave it.
   */
  private readonly surfaces = new Map<string, Entity | null>();
  /** People named with an initial ("S. Jaishankar") and with a full first name, by initial and surname; null when shared. */
  private readonly initialledBy = new Map<string, Entity | null>();
  private readonly fullByInitial = new Map<string, Entity | null>();
  /** Groups by the abbreviations of their names of several words, and companies by their first word; null when shared. */
  private readonly shortForms = new Map<string, Entity | null>();
  /** The keys of agency groups named with a state, by form (a body named without one joins the only one). */
  private readonly codedAgencies = new Map<string, string[]>();
  /** The id of the last group of each normalised name (merges name entities by key). */
  private readonly groupIds = new Map<string, string>();
  private readonly relations = new Map<string, Relation>();
  private readonly evidenceKeys = new Map<string, Set<string>>();
  private readonly statements: Statement[] = [];
  private readonly merges: Merge[] = [];
  private readonly documents: DocumentMeta[] = [];
  /** The documents of the bearers of surnames asked about so far, and how many mentions were read (`documentCount`). */
  private readonly bearerDocuments = new Map<Entity, { read: number; documents: Set<string> }>();

  /** The merge of a corpus, documents in the given order. */
  static of(analyses: readonly DocumentAnalysis[]): CorpusMerge {
    const steps = CorpusMerge.steps(analyses);
    let step = steps.next();
    while (!step.done) step = steps.next();
    return step.value;
  }

  /**
   * What `of` returns, made a few documents at a time: `pause` is awaited between slices of about
   * `sliceMs` milliseconds (the live graph lets the event loop turn there).
   */
  static async ofInSlices(
    analyses: readonly DocumentAnalysis[],
    pause: () => Promise<void>,
    sliceMs = 10,
  ): Promise<CorpusMerge> {
    const steps = CorpusMerge.steps(analyses);
    let deadline = performance.now() + sliceMs;
    let step = steps.next();
    while (!step.done) {
      if (performance.now() >= deadline) {
        await pause();
        deadline = performance.now() + sliceMs;
      }
      step = steps.next();
    }
    return step.value;
  }

  /** The work of `of`, yielding after each document of each pass. */
  private static *steps(analyses: readonly DocumentAnalysis[]): Generator<void, CorpusMerge> {
    const merge = new CorpusMerge();
    const pending: Entity[] = [];
    const created: Entity[] = [];
    const raw: Merge[] = [];
    for (const a of analyses) {
      merge.documents.push(a.document);
      merge.groupEntities(a, pending, created, raw);
      yield;
    }
    for (const g of created) merge.indexFullName(g);
    for (const e of pending) merge.resolvePending(e, created, raw);
    merge.assignIds(created);
    yield;
    for (const a of analyses) {
      merge.foldRelations(a);
      yield;
    }
    for (const a of analyses) merge.addStatements(a);
    for (const m of raw) merge.merges.push(merge.mapMerge(m));
    return merge;
  }

  /** Merges one more document (the corpus's last) and returns what changed. */
  add(analysis: DocumentAnalysis): MergeDelta {
    const pending: Entity[] = [];
    const created: Entity[] = [];
    const raw: Merge[] = [];
    const touched = new Set<Entity>();
    this.documents.push(analysis.document);
    this.groupEntities(analysis, pending, created, raw, touched);
    for (const g of created) this.indexFullName(g);
    for (const e of pending) this.resolvePending(e, created, raw, touched);
    this.assignIds(created);
    const relations = this.foldRelations(analysis);
    const statements = this.addStatements(analysis);
    const merges = raw.map((m) => this.mapMerge(m));
    this.merges.push(...merges);
    const entities = [...touched]
      .sort((a, b) => this.position.get(a)! - this.position.get(b)!)
      .map((g) => finished(g, true));
    return { entities, relations: relations.map((r) => this.relations.get(r)!), statements, merges };
  }

  /** The merged corpus as `kg extract --json` gives it. */
  extraction(): Extraction {
    return {
      documents: [...this.documents],
      entities: this.order.map((g) => finished(g)),
      relations: [...this.relations.values()],
      statements: [...this.statements],
      merges: [...this.merges],
    };
  }

  private keyOf(e: Entity): string {
    // A middle initial does not make another person ("Donald J. Trump").
    if (e.type === "Place" && !e.attributes?.mergeKey) return `Place|${placeForm(e.name)}`;
    // "MP Materials Corp." in one article and "MP Materials" in another: one firm; "Bloomberg News"
    // is "Bloomberg".
    if (e.type === "Company" && !e.attributes?.mergeKey) return `Company|${companyForm(e.name)}`;
    if (e.type === "Media" && !e.attributes?.mergeKey) {
      const base = e.name.replace(MEDIA_SUFFIX, "");
      if (base && base !== e.name) return `Media|${normalizeName(base)}`;
    }
    if (e.type === "Person" && !e.attributes?.mergeKey) return `Person|${personForm(e.name)}`;
    // "US-South Korea trade deal" in one article, "South Korea-United States tariff agreement" in
    // another: one agreement of the pair.
    if (e.type === "Policy") {
      const key = tradeAgreementKey(e.name, e.attributes?.mergeKey);
      if (key) return `Policy|${key}`;
    }
    return `${e.type}|${normalizeName(e.attributes?.mergeKey ?? e.name)}`;
  }

  private newGroup(key: string, e: Entity, created: Entity[]): Entity {
    const g: Entity = {
      id: "",
      name: e.name,
      type: e.type,
      aliases: [],
      mentions: [],
      ...(e.attributes ? { attributes: {} } : {}),
    };
    this.groups.set(key, g);
    if (key.startsWith("Policy|agreement@") && key.endsWith("@trade")) TRADE_AGREEMENTS.add(g);
    this.position.set(g, this.order.length);
    this.order.push(g);
    this.names.set(g, new Set([g.name]));
    created.push(g);
    return g;
  }

  /** Puts each entity of `a` in its group (a new one when none has its key); lone surnames wait in `pending`. */
  private groupEntities(
    a: DocumentAnalysis,
    pending: Entity[],
    created: Entity[],
    raw: Merge[],
    touched?: Set<Entity>,
  ) {
    for (const e of a.entities) {
      if (e.attributes?.pending) {
        pending.push(e);
        continue;
      }
      let k = e.type === "Agency" ? agencyKey(e, this.groups, this.codedAgencies) : this.keyOf(e);
      let g = this.groups.get(k);
      if (!g) {
        g = this.linkedGroup(e);
        if (g) {
          this.groups.set(k, g);
          raw.push({ entity: k, alias: e.name, reason: "alias across documents" });
        }
      }
      // Two dated calls or meetings of the same leaders in different months are two events, or
      // held in two countries.
      for (const split of SPLIT_ATTRIBUTES) {
        const value = e.attributes?.[split];
        if (g && value && g.attributes?.[split] && g.attributes[split] !== value)
          g = this.groups.get((k += `#${value}`));
      }
      // Talks in one city between other sides ("India+United Kingdom" and "China+United States")
      // are other talks; one side's set inside the other's is the same talks told in part.
      const sides = e.attributes?.mergeSides;
      if (g && sides && g.attributes?.mergeSides && otherSides(g.attributes.mergeSides, sides))
        g = this.groups.get((k += `#${sides}`));
      if (!g) g = this.newGroup(k, e, created);
      else if (!this.names.get(g)?.has(e.name)) {
        raw.push({ entity: k, alias: e.name, reason: "same name across documents" });
      }
      absorb(g, e, this.names);
      this.indexSurfaces(g, e, k);
      this.localToGroup.set(e.id, g);
      touched?.add(g);
    }
    for (const m of a.merges) raw.push(m);
  }

  /**
   * The group a name new to the corpus belongs to: the one group of its type that answers to its
   * name (a proper alias another document gave), with no other state; else `abbreviated`.
   */
  private linkedGroup(e: Entity): Entity | undefined {
    if (!LINKED_TYPES.has(e.type)) return undefined;
    // Its name only: its own aliases may be a head word ("Authority") other bodies share.
    const named = this.surfaces.get(`${e.type}|${normalizeName(e.name)}`);
    if (named === null) return undefined;
    const found = named ?? (e.type !== "Person" ? this.abbreviated(e) : this.initialled(e)) ?? undefined;
    const code = e.attributes?.country;
    if (found && code && found.attributes?.country && found.attributes.country !== code) return undefined;
    return found;
  }

  /**
   * "S. Jaishankar" and "Subrahmanyam Jaishankar" in two documents: a name with an initial joins
   * the one full name of that surname whose first name the initial opens, and the other way round.
   */
  private initialled(e: Entity): Entity | null | undefined {
    const form = initialForm(e.name);
    if (!form) return undefined;
    return (form.initialled ? this.fullByInitial : this.initialledBy).get(form.key);
  }

  /**
   * The group an abbreviation stands for ("FT" for "Financial Times" named in another document),
   * or the abbreviated group a long name spells; and a company's one-word short name and its full
   * name ("Teck", "Teck Resources"). Null or undefined when none, or several, fit.
   */
  private abbreviated(e: Entity): Entity | null | undefined {
    const words = e.name.split(/\s+/);
    if (words.length === 1) {
      if (ABBREVIATION.test(e.name)) {
        const g = this.shortForms.get(`${e.type}|${e.name}`);
        if (g !== undefined) return g;
      }
      return e.type === "Company" ? this.shortForms.get(`Company|first|${e.name}`) : undefined;
    }
    let found: Entity | undefined;
    for (const abbreviation of abbreviationsOf(e.name)) {
      const g = this.surfaces.get(`${e.type}|${normalizeName(abbreviation)}`);
      if (g === null) return null;
      if (!g || g.name !== abbreviation) continue;
      if (found && found !== g) return null;
      found = g;
    }
    if (found || e.type !== "Company") return found;
    if (!distinctiveFirstWord(words[0]!) || isLocalUnit(e.mentions)) return undefined;
    const g = this.surfaces.get(`Company|${normalizeName(words[0]!)}`);
    return g && g.name === words[0] ? g : undefined;
  }

  /** Indexes the proper names `e` brings to the group `g` (and a coded agency group by its form). */
  private indexSurfaces(g: Entity, e: Entity, key: string): void {
    if (!LINKED_TYPES.has(e.type)) return;
    for (const name of [e.name, ...e.aliases]) {
      if (name !== e.name && !properAlias(e.type, name)) continue;
      const k = `${e.type}|${normalizeName(name)}`;
      const known = this.surfaces.get(k);
      if (known === undefined) this.surfaces.set(k, g);
      else if (known !== g) this.surfaces.set(k, null);
    }
    const words = e.name.split(/\s+/);
    const person = e.type === "Person" ? initialForm(e.name) : undefined;
    if (person) {
      const index = person.initialled ? this.initialledBy : this.fullByInitial;
      const known = index.get(person.key);
      if (known === undefined) index.set(person.key, g);
      else if (known !== g) index.set(person.key, null);
    }
    if (e.type !== "Person" && words.length > 1) {
      const short = (k: string) => {
        const known = this.shortForms.get(k);
        if (known === undefined) this.shortForms.set(k, g);
        else if (known !== g) this.shortForms.set(k, null);
      };
      for (const abbreviation of abbreviationsOf(e.name)) short(`${e.type}|${abbreviation}`);
      if (e.type === "Company" && distinctiveFirstWord(words[0]!) && !isLocalUnit(e.mentions))
        short(`Company|first|${words[0]}`);
    }
    if (e.type !== "Agency") return;
    const [, form, code] = key.split("|");
    if (!code || form === undefined) return;
    const list = this.codedAgencies.get(form);
    if (!list) this.codedAgencies.set(form, [key]);
    else if (!list.includes(key)) list.push(key);
  }

  private indexFullName(g: Entity): void {
    // A byline's author the text never mentions is no bearer of another article's lone surname.
    if (g.type !== "Person" || !g.name.includes(" ") || g.mentions.length === 0) return;
    const words = g.name.split(/\s+/);
    for (const part of new Set([words[0]!, words.at(-1)!])) {
      const list = this.fullNamesBy.get(part);
      if (list) list.push(g);
      else this.fullNamesBy.set(part, [g]);
    }
  }

  /**
   * A lone surname ("Trump" in an article that never gives the full name) joins a unique full name,
   * or among several the one bearing it as a surname that the corpus names far more often than the
   * others (`dominantBearer`).
   */
  private resolvePending(e: Entity, created: Entity[], raw: Merge[], touched?: Set<Entity>): void {
    const matches = this.fullNamesBy.get(e.name) ?? [];
    // No full name (or several): a lone capitalised word that only looked like a surname
    // ("Smartphone", "Western") is more often noise than a person, so it is left out, unless a
    // post names it ("PM Modi", "President Lula") or it speaks a quotation ("…,” Santoso said):
    // then it is a person known by one name here.
    if (
      matches.length === 0 &&
      (e.attributes?.pending === "speaker" || e.aliases.some((a) => TITLED.test(a) && a.endsWith(` ${e.name}`)))
    ) {
      const g: Entity = { id: "", name: e.name, type: e.type, aliases: [], mentions: [] };
      this.groups.set(`${e.type}|${normalizeName(e.name)}`, g);
      this.position.set(g, this.order.length);
      this.order.push(g);
      this.names.set(g, new Set([g.name]));
      created.push(g);
      absorb(g, e, this.names);
      this.localToGroup.set(e.id, g);
      touched?.add(g);
      return;
    }
    const g = matches.length === 1 ? matches[0]! : this.dominantBearer(e.name, matches);
    if (!g) return;
    absorb(g, e, this.names);
    if (!g.aliases.includes(e.name)) g.aliases.push(e.name);
    this.localToGroup.set(e.id, g);
    touched?.add(g);
    raw.push({ entity: g.name, alias: e.name, reason: "surname across documents" });
  }

  /**
   * Among the full names that share a word with the lone `surname`, the one a reader takes it for:
   * the only one ending in it, or the one ending in it that at least `DOMINANT_BEARER_RATIO` times
   * more documents name than any other ("Trump" in a corpus that names "Melania Trump" once and
   * "Donald Trump" in fifty articles); null when no bearer stands out (two people named in one
   * article each).
   */
  private dominantBearer(surname: string, matches: readonly Entity[]): Entity | null {
    const bearers = matches
      .filter((g) => g.name.split(/\s+/).at(-1) === surname)
      .map((g) => ({ g, documents: this.documentCount(g) }))
      .sort((a, b) => b.documents - a.documents);
    const [first, second] = bearers;
    if (!first) return null;
    if (second && first.documents < DOMINANT_BEARER_RATIO * second.documents) return null;
    // A Chinese or Korean surname alone ("Li") where the corpus also names people who write it first
    // ("Li Qiang"): those are bearers too, so "Cham Li" named once does not take it.
    if (ASIAN_SURNAMES.has(surname)) {
      let rival = 0;
      for (const g of matches) if (g.name.split(/\s+/)[0] === surname) rival = Math.max(rival, this.documentCount(g));
      if (first.documents < DOMINANT_BEARER_RATIO * rival) return null;
    }
    return first.g;
  }

  /**
   * The number of documents that mention the group `g`, read from the mentions added since the last
   * call (a group's mentions only grow): each lone surname of a corpus asks for the same bearers.
   */
  private documentCount(g: Entity): number {
    let count = this.bearerDocuments.get(g);
    if (!count) this.bearerDocuments.set(g, (count = { read: 0, documents: new Set() }));
    for (; count.read < g.mentions.length; count.read++) count.documents.add(g.mentions[count.read]!.document);
    return count.documents.size;
  }

  /** Deterministic ids: from the name, numbered when taken, in the order the groups were made. */
  private assignIds(created: readonly Entity[]): void {
    // `created` is in the order the groups were made, which is their order in `this.order`.
    for (const g of created) {
      let id = `${g.type.toLowerCase()}:${slug(g.name)}`;
      for (let n = 2; this.used.has(id); n++) id = `${g.type.toLowerCase()}:${slug(g.name)}-${n}`;
      this.used.add(id);
      g.id = id;
      this.groupIds.set(normalizeName(g.name), id);
    }
  }

  private mapId(local: string): string | undefined {
    return this.localToGroup.get(local)?.id;
  }

  /** Folds the relations of `a` into one per (source, predicate, target); returns the ids it touched. */
  private foldRelations(a: DocumentAnalysis): string[] {
    const touched = new Set<string>();
    const evidenceKey = (ev: Relation["evidence"][number]) => `${ev.document}|${ev.start}|${ev.rule}`;
    for (const r of a.relations) {
      let source = this.mapId(r.source);
      let target = this.mapId(r.target);
      if (!source || !target || source === target) continue;
      if (SYMMETRIC_PREDICATES.has(r.predicate) && source > target) [source, target] = [target, source];
      const id = `${source}|${r.predicate}|${target}`;
      touched.add(id);
      const prev = this.relations.get(id);
      if (!prev) {
        this.relations.set(id, {
          ...r,
          id,
          source,
          target,
          attributes: { ...r.attributes },
          evidence: [...r.evidence],
        });
        this.evidenceKeys.set(id, new Set(r.evidence.map(evidenceKey)));
        continue;
      }
      for (const [k, v] of Object.entries(r.attributes)) if (!(k in prev.attributes)) prev.attributes[k] = v;
      const seen = this.evidenceKeys.get(id)!;
      for (const ev of r.evidence) {
        const key = evidenceKey(ev);
        if (seen.has(key)) continue;
        seen.add(key);
        prev.evidence.push(ev);
      }
      prev.confidence = Math.max(prev.confidence, r.confidence);
    }
    return [...touched];
  }

  /** The statements of `a` with merged speakers; ids number them within their document. */
  private addStatements(a: DocumentAnalysis): Statement[] {
    const added: Statement[] = [];
    for (const s of a.statements) {
      const speaker = this.mapId(s.speaker);
      if (!speaker) continue;
      const via = s.via ? (this.mapId(s.via) ?? null) : null;
      added.push({ ...s, id: `${s.document}#s${added.length}`, speaker, via });
    }
    this.statements.push(...added);
    return added;
  }

  private mapMerge(m: Merge): Merge {
    return {
      ...m,
      entity: this.mapId(m.entity) ?? this.groupIds.get(normalizeName(m.entity.split("|").at(-1) ?? "")) ?? m.entity,
    };
  }
}

/** Two "+"-joined sets of sides of which neither holds the other. */
function otherSides(a: string, b: string): boolean {
  const x = new Set(a.split("+"));
  const y = new Set(b.split("+"));
  return ![...x].every((s) => y.has(s)) && ![...y].every((s) => x.has(s));
}

/**
 * The groups of states' plain trade agreements: told by several articles, a bare alias ("the deal",
 * "the new pact") is an anaphor of one of them, no name of the agreement across the corpus.
 */
const TRADE_AGREEMENTS = new WeakSet<Entity>();

/**
 * A group as the extraction gives it: aliases deduplicated and sorted, working attributes dropped;
 * its mentions copied, or (`shared`) the group's own list, to be read at once and not kept.
 */
function finished(g: Entity, shared = false): Entity {
  const corpusAgreement = TRADE_AGREEMENTS.has(g) && new Set(g.mentions.map((m) => m.document)).size > 1;
  const aliases = [...new Set(g.aliases)]
    .filter((x) => x !== g.name && !(corpusAgreement && bareAgreementAlias(x)))
    .sort();
  const attributes = g.attributes ? { ...g.attributes } : undefined;
  if (attributes) {
    delete attributes.mergeKey;
    delete attributes.mergeMonth;
    delete attributes.mergeCountry;
    delete attributes.mergeSides;
  }
  const entity: Entity = {
    id: g.id,
    name: g.name,
    type: g.type,
    aliases,
    mentions: shared ? g.mentions : [...g.mentions],
  };
  if (attributes && Object.keys(attributes).length > 0) entity.attributes = attributes;
  return entity;
}

/**
 * The group key of an agency: its comparable form ("department of defense" for "US Department of
 * War" and "Defense Department") with its country when known. A body named without its country
 * joins the one group of that form with a country, and the other way round.
 */
function agencyKey(e: Entity, groups: Map<string, Entity>, codedKeys: Map<string, string[]>): string {
  const { code: prefix, form } = agencyForm(e.attributes?.mergeKey ?? e.name);
  const code = prefix ?? e.attributes?.country ?? "";
  const bare = `Agency|${form}|`;
  if (!code) {
    // Named without its state in this document and never bare before: the one state's body of that form.
    const only = groups.has(bare) ? undefined : codedKeys.get(form);
    return only?.length === 1 ? only[0]! : bare;
  }
  const coded = `Agency|${form}|${code}`;
  if (groups.has(coded)) return coded;
  const g = groups.get(bare);
  if (g && (!g.attributes?.country || g.attributes.country === code)) return bare;
  return coded;
}

/** The types whose names another document's aliases may link (not places, policies or events: their aliases are generic). */
const LINKED_TYPES: ReadonlySet<string> = new Set(["Person", "Company", "Agency", "Organization", "Media"]);

/**
 * An alias that names one thing: capitalised, not a description ("The company", "the ministry"),
 * and not a person's lone word (a surname is the lone-surname step's).
 */
function properAlias(type: string, alias: string): boolean {
  if (type === "Person" && SURNAME_PARTICLE.test(alias)) return true;
  if (!/^[\p{Lu}\d]/u.test(alias) || /^(?:The|This|That|Its|Their|A|An)\s+[\p{Ll}]/u.test(alias)) return false;
  return type !== "Person" || /\s/.test(alias);
}

/** A surname that opens with a particle ("von der Leyen", "al-Sudani"): a proper alias in lower case. */
const SURNAME_PARTICLE = /^(?:von|van|de|der|den|da|di|du|le|la|al|el|bin|ben|dos|das)[\s-]\S/u;

/**
 * A person's name of two words as an initial and a surname: `key` "S|Jaishankar" for "S. Jaishankar"
 * (`initialled`) and for "Subrahmanyam Jaishankar"; undefined for other names.
 */
function initialForm(name: string): { key: string; initialled: boolean } | undefined {
  const m = /^([\p{Lu}])(\.?|[\p{Ll}][\p{L}-]+) ([\p{Lu}][\p{L}'’-]+)$/u.exec(name);
  if (!m) return undefined;
  return { key: `${m[1]}|${m[3]}`, initialled: m[2]!.length <= 1 };
}

/** An abbreviation of several capitals ("FT", "OECD", "SCMP"). */
const ABBREVIATION = /^[A-Z]{2,6}$/;

/**
 * A company name's first word that may stand for the whole name ("Teck" for "Teck Resources"):
 * not a place, a people or a generic word that opens many names ("Anglo American", "Anglo Teck").
 */
function distinctiveFirstWord(word: string): boolean {
  return (
    word.length >= 3 &&
    /^[\p{Lu}][\p{Ll}]/u.test(word) &&
    !GENERIC_FIRST_WORDS.has(word) &&
    !COUNTRY_NAMES.has(word) &&
    !DEMONYMS.has(word)
  );
}

/** Words that open the names of many companies. */
const GENERIC_FIRST_WORDS: ReadonlySet<string> = new Set(
  "Anglo American National General United International Global First New Royal Standard Western Eastern Northern Southern Central Pacific Atlantic Asia Asian Euro European Africa African Sino Great Golden Green Blue Black White Red Advanced Applied Allied Energy Rare Critical Strategic Mineral Minerals Metals Mining Resources Capital Bank Trust Union Federal State City Pan Trans Inter".split(
    " ",
  ),
);

/** A news outlet's service word after its name: "Bloomberg News", "Xinhua News Agency". */
const MEDIA_SUFFIX = /\s+(?:News Agency|News Service|Newswire|News)$/u;

/** An alias that is a post before a one-word name ("PM Modi", "President Lula"), not an honorific. */
const TITLED =
  /^(?:PM|President|Prime Minister|Premier|Chancellor|King|Queen|Emperor|Minister|Secretary|Governor) \S+$/;

/** How many times more documents the most named bearer of a surname needs than the next one to take a lone surname. */
const DOMINANT_BEARER_RATIO = 3;

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
