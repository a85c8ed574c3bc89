// Synthetic knowledge graph for the graph and API benchmark: entities of the eleven ontology types
// in news-like proportions, relations with ontology predicates between sensible endpoint types,
// power-law degree skew and planted communities, evidence pointing into generated document texts.
// Deterministic for a seed (saved with store.ts's saveGraph, like any graph).
// It must not run layouts or community detection: metrics are filled cheaply (see generateGraph).

import { ConfigError } from "../../src/errors.ts";
import type { EntityMention, EntityType, Evidence, Predicate, Statement } from "../../src/extraction/types.ts";
import { ENTITY_TYPES, SYMMETRIC_PREDICATES } from "../../src/extraction/types.ts";
import { EDGE_COLOR } from "../../src/graph/build.ts";
import { relationKey } from "../../src/graph/keys.ts";
import { mulberry32, NODE_SIZE_RANGE, roundFloat } from "../../src/graph/metrics.ts";
import {
  createGraph,
  type GraphDocument,
  type KnowledgeGraph,
  type NodeAttributes,
  TYPE_COLORS,
} from "../../src/graph/model.ts";

/** Options of `generateGraph`. */
export interface SyntheticGraphOptions {
  /** Number of entities (an integer, at least `MIN_ENTITIES`). */
  entities: number;
  /** Number of relations (an integer from 0 to `MAX_RELATIONS_PER_ENTITY` × entities). */
  relations: number;
  /** Seed of the pseudo-random generator: the same seed gives the same graph. Default 42. */
  seed?: number;
  /**
   * Exponent k of the endpoint pick: an endpoint is the node of rank ⌊n·uᵏ⌋ (u uniform) among the
   * candidates, so k = 1 is uniform and larger k gives hubs. Default 2.5 (a degree distribution
   * with a power-law tail of exponent about 2.7, as in real knowledge graphs).
   */
  skew?: number;
  /** Share of relations whose target is picked in the source's community, when it can be. Default 0.7. */
  locality?: number;
  /**
   * Keep the documents' texts (the evidence and mention offsets point into them). Default true;
   * false leaves every text empty, which saves about 55 bytes per relation in graph.json.
   */
  documentTexts?: boolean;
}

/** Smallest number of entities `generateGraph` accepts (every type gets at least one node). */
export const MIN_ENTITIES = 50;

/** Most relations per entity `generateGraph` accepts (relations are unique per source, predicate, target). */
export const MAX_RELATIONS_PER_ENTITY = 100;

/** Shares of the entity types; Country and Mineral are capped (there are only so many). */
export const ENTITY_TYPE_SHARES: Readonly<Record<EntityType, number>> = {
  Person: 0.34,
  Company: 0.14,
  Place: 0.12,
  Meeting: 0.1,
  Organization: 0.08,
  Product: 0.07,
  Policy: 0.05,
  Agency: 0.04,
  Media: 0.04,
  Country: 0.01,
  Mineral: 0.01,
};

/** Most entities of a type (the rest of their share goes to Person). */
export const ENTITY_TYPE_CAPS: Readonly<Partial<Record<EntityType, number>>> = { Country: 250, Mineral: 300 };

/** One kind of relation the generator makes: predicate, endpoint types and relative frequency. */
export interface RelationPattern {
  predicate: Predicate;
  source: EntityType;
  target: EntityType;
  weight: number;
}

// Frequencies loosely follow the seed corpus (participations, positions and topics of meetings
// dominate); endpoint types are those the ontology allows for each predicate.
// biome-ignore format: one pattern per line reads as a table
const PATTERN_TABLE: [Predicate, EntityType, EntityType, number][] = [
  ["NEGOTIATED_WITH", "Country", "Country", 1], ["NEGOTIATED_WITH", "Person", "Person", 2],
  ["NEGOTIATED_WITH", "Agency", "Agency", 1],
  ["MET_WITH", "Person", "Person", 6],
  ["PARTICIPATED_IN", "Person", "Meeting", 12], ["PARTICIPATED_IN", "Country", "Meeting", 4],
  ["PARTICIPATED_IN", "Agency", "Meeting", 2], ["PARTICIPATED_IN", "Organization", "Meeting", 2],
  ["HELD_IN", "Meeting", "Place", 5], ["HELD_IN", "Meeting", "Country", 2],
  ["PART_OF", "Meeting", "Meeting", 1], ["PART_OF", "Agency", "Country", 1], ["PART_OF", "Place", "Country", 3],
  ["PART_OF", "Place", "Place", 1],
  ["HOLDS_POSITION", "Person", "Agency", 3], ["HOLDS_POSITION", "Person", "Country", 3],
  ["HOLDS_POSITION", "Person", "Company", 4], ["HOLDS_POSITION", "Person", "Organization", 2],
  ["AFFILIATED_WITH", "Person", "Organization", 3], ["AFFILIATED_WITH", "Person", "Company", 4],
  ["AFFILIATED_WITH", "Person", "Media", 3],
  ["REPRESENTS", "Person", "Country", 4],
  ["DISCUSSED", "Meeting", "Mineral", 2], ["DISCUSSED", "Meeting", "Product", 3], ["DISCUSSED", "Meeting", "Policy", 3],
  ["DISCUSSED", "Meeting", "Company", 1], ["DISCUSSED", "Person", "Policy", 2], ["DISCUSSED", "Person", "Product", 1],
  ["DISCUSSED", "Country", "Policy", 2], ["DISCUSSED", "Country", "Mineral", 1],
  ["IMPOSED_TARIFF", "Country", "Country", 1],
  ["THREATENED_TARIFF", "Person", "Country", 1], ["THREATENED_TARIFF", "Country", "Country", 0.5],
  ["RESTRICTED_EXPORT", "Country", "Mineral", 1], ["RESTRICTED_EXPORT", "Country", "Product", 1],
  ["RESTRICTED_EXPORT", "Agency", "Mineral", 0.5], ["RESTRICTED_EXPORT", "Agency", "Product", 0.5],
  ["POSTPONED", "Country", "Policy", 1],
  ["DOMINATES", "Country", "Mineral", 1], ["DOMINATES", "Company", "Mineral", 1], ["DOMINATES", "Company", "Product", 1],
  ["PRODUCES", "Country", "Mineral", 1], ["PRODUCES", "Country", "Product", 1], ["PRODUCES", "Company", "Mineral", 2],
  ["PRODUCES", "Company", "Product", 4],
  ["INVESTED_IN", "Agency", "Company", 1], ["INVESTED_IN", "Country", "Company", 1],
  ["INVESTED_IN", "Company", "Company", 3], ["INVESTED_IN", "Company", "Place", 1],
  ["PARTNERED_WITH", "Company", "Company", 3], ["PARTNERED_WITH", "Country", "Country", 0.5],
  ["PURCHASES", "Country", "Product", 1], ["PURCHASES", "Company", "Product", 2], ["PURCHASES", "Country", "Mineral", 1],
  ["PURCHASES", "Company", "Mineral", 1],
];

/** The relation patterns of the generator (STATED is carried by statements, not relations). */
export const RELATION_PATTERNS: readonly RelationPattern[] = PATTERN_TABLE.map(
  ([predicate, source, target, weight]) => ({ predicate, source, target, weight }),
);

/** `builtAt` of every generated graph, so that the same seed gives the same bytes. */
export const SYNTHETIC_BUILT_AT = "2025-01-01T00:00:00.000Z";

/** Rule id of the generated mentions, evidence and statements. */
export const SYNTHETIC_RULE = "synthetic";

/** Sentences (evidence, mentions, quotes) per generated document, on average. */
const SENTENCES_PER_DOCUMENT = 50;

// ---------------------------------------------------------------------------------------------
// Names

// biome-ignore format: word lists read better packed
const ONSETS = ["b", "c", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "z", "br", "cr", "dr", "gr", "kr", "st", "tr", "th", "sh", "ch", "bl", "fl"];
const VOWELS = ["a", "e", "i", "o", "u", "ai", "ei", "ou", "ia", "ae"];
const CODAS = ["", "", "n", "r", "l", "s", "m", "nd", "rk", "x", "th"];
// biome-ignore format: word lists read better packed
const NAME_PARTS: Readonly<Record<EntityType, readonly string[]>> = {
  Person: [],
  Agency: ["Ministry", "Department", "Office", "Bureau", "Commission", "Authority"],
  Country: [],
  Mineral: ["ite", "ium", "ine", "ore"],
  Company: ["Holdings", "Minerals", "Motors", "Industries", "Capital", "Mining", "Electronics", "Logistics", "Energy", "Systems"],
  Meeting: ["Summit", "Talks", "Forum", "Conference", "Dialogue", "Meeting"],
  Place: ["", "", "City", "Port", "Valley", "Hall", "Bay"],
  Organization: ["University", "Institute", "Council", "Centre", "Foundation", "Alliance"],
  Media: ["Times", "Herald", "Post", "Gazette", "Tribune", "Observer", "Wire", "News"],
  Product: ["Magnets", "Batteries", "Chips", "Turbines", "Panels", "Alloys", "Beans", "Engines", "Sensors", "Cables"],
  Policy: ["Act", "Accord", "Framework", "Order", "Directive", "Regime", "Agreement"],
};
// biome-ignore format: word lists read better packed
const AGENCY_TOPICS = ["Commerce", "Trade", "Finance", "Energy", "Industry", "Defence", "Mines", "Agriculture", "Transport", "Foreign Affairs"];
const TITLES = ["Minister", "Director", "Chair", "Secretary", "Adviser", "Chief Executive", "Ambassador"];

type Random = () => number;

function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

function word(random: Random, syllables: number): string {
  let text = "";
  for (let i = 0; i < syllables; i++) text += pick(random, ONSETS) + pick(random, VOWELS);
  text += pick(random, CODAS);
  return text[0]!.toUpperCase() + text.slice(1);
}

function nameOf(random: Random, type: EntityType): string {
  const parts = NAME_PARTS[type];
  // Short names, as news names go: one or two syllables per word.
  const syllables = 1 + Math.floor(random() * 2);
  switch (type) {
    case "Person":
      return `${word(random, 1)} ${word(random, syllables)}`;
    case "Country":
      return word(random, 2);
    case "Mineral":
      return word(random, 1) + pick(random, parts);
    case "Agency":
      return `${word(random, syllables)} ${pick(random, parts)} of ${pick(random, AGENCY_TOPICS)}`;
    case "Organization":
      return `${pick(random, parts)} of ${word(random, syllables)}`;
    case "Media":
      return `The ${word(random, syllables)} ${pick(random, parts)}`;
    case "Meeting":
      return `${word(random, syllables)} ${pick(random, parts)} ${2015 + Math.floor(random() * 12)}`;
    default:
      return `${word(random, syllables)} ${pick(random, parts)}`.trim();
  }
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** Another name the entity goes by, or null: a surname, an acronym, a short form. */
function aliasOf(random: Random, type: EntityType, name: string): string | null {
  const words = name.split(" ");
  if (type === "Person" && random() < 0.5) return words.at(-1)!;
  if ((type === "Company" || type === "Organization" || type === "Agency" || type === "Media") && random() < 0.4) {
    const initials = words.filter((w) => /^[A-Z]/.test(w)).map((w) => w[0]);
    return initials.length > 1 ? initials.join("") : null;
  }
  if (type === "Country" && random() < 0.5) return name.slice(0, 3).toUpperCase();
  return null;
}

// biome-ignore format: one template per predicate reads as a table
const SENTENCES: Readonly<Record<Predicate, (s: string, t: string, a: Record<string, string>) => string>> = {
  NEGOTIATED_WITH: (s, t) => `${s} held talks with ${t}.`,
  MET_WITH: (s, t) => `${s} met with ${t}.`,
  PARTICIPATED_IN: (s, t) => `${s} took part in the ${t}.`,
  HELD_IN: (s, t) => `The ${s} took place in ${t}.`,
  PART_OF: (s, t) => `${s} is part of ${t}.`,
  HOLDS_POSITION: (s, t, a) => `${s} serves as ${a.title} at ${t}.`,
  AFFILIATED_WITH: (s, t) => `${s} works with ${t}.`,
  REPRESENTS: (s, t) => `${s} spoke for ${t}.`,
  DISCUSSED: (s, t) => `${s} discussed ${t}.`,
  IMPOSED_TARIFF: (s, t, a) => `${s} imposed a ${a.rate} tariff on ${t}.`,
  THREATENED_TARIFF: (s, t, a) => `${s} threatened a ${a.rate} tariff on ${t}.`,
  RESTRICTED_EXPORT: (s, t) => `${s} restricted exports of ${t}.`,
  POSTPONED: (s, t) => `${s} postponed the ${t}.`,
  DOMINATES: (s, t, a) => `${s} controls ${a.share} of ${t}.`,
  PRODUCES: (s, t) => `${s} produces ${t}.`,
  INVESTED_IN: (s, t, a) => `${s} invested ${a.amount} in ${t}.`,
  PARTNERED_WITH: (s, t) => `${s} formed a partnership with ${t}.`,
  PURCHASES: (s, t) => `${s} resumed purchases of ${t}.`,
  STATED: (s, t) => `${s} said ${t}.`,
};

function relationAttributes(random: Random, predicate: Predicate): Record<string, string> {
  const percent = () => `${5 * (1 + Math.floor(random() * 20))}%`;
  switch (predicate) {
    case "IMPOSED_TARIFF":
    case "THREATENED_TARIFF":
      return { rate: percent() };
    case "DOMINATES":
      return { share: percent() };
    case "INVESTED_IN":
      return { amount: `$${1 + Math.floor(random() * 500)} million` };
    case "HOLDS_POSITION":
      return { title: pick(random, TITLES) };
    case "PARTICIPATED_IN":
      return random() < 0.3 ? { role: random() < 0.5 ? "lead" : "delegate" } : {};
    default:
      return {};
  }
}

// ---------------------------------------------------------------------------------------------
// Documents: sentences appended as they are generated, so every offset points into the text.

class DocumentPool {
  private readonly parts: string[][];
  private readonly lengths: number[];

  constructor(readonly count: number) {
    this.parts = Array.from({ length: count }, (_, i) => [`Synthetic report ${i + 1}`]);
    this.lengths = this.parts.map((p) => p[0]!.length + 1);
  }

  static id(index: number): string {
    return `doc-${String(index + 1).padStart(6, "0")}`;
  }

  /** Appends a sentence to document `index`; returns its offsets. */
  append(index: number, sentence: string): { start: number; end: number } {
    const parts = this.parts[index]!;
    // The title is a line of its own; the sentences follow it separated by one space.
    const start = this.lengths[index]! + (parts.length > 1 ? 1 : 0);
    parts.push(sentence);
    this.lengths[index] = start + sentence.length;
    return { start, end: start + sentence.length };
  }

  documents(random: Random, withTexts: boolean): GraphDocument[] {
    return this.parts.map((parts, i) => {
      const month = 1 + Math.floor(random() * 12);
      const day = 1 + Math.floor(random() * 28);
      return {
        id: DocumentPool.id(i),
        title: parts[0]!,
        date: `2025-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`,
        source: null,
        authors: [],
        text: withTexts ? `${parts[0]}\n${parts.slice(1).join(" ")}` : "",
      };
    });
  }
}

// ---------------------------------------------------------------------------------------------
// The generator

function validateOptions(options: SyntheticGraphOptions): Required<SyntheticGraphOptions> {
  const resolved = { seed: 42, skew: 2.5, locality: 0.7, documentTexts: true, ...options };
  const { entities, relations, seed, skew, locality } = resolved;
  if (!Number.isInteger(entities) || entities < MIN_ENTITIES) {
    throw new ConfigError(`bench-graph: entities should be an integer ≥ ${MIN_ENTITIES}, found ${String(entities)}.`);
  }
  const most = entities * MAX_RELATIONS_PER_ENTITY;
  if (!Number.isInteger(relations) || relations < 0 || relations > most) {
    throw new ConfigError(`bench-graph: relations should be an integer from 0 to ${most}, found ${String(relations)}.`);
  }
  if (!Number.isInteger(seed)) throw new ConfigError(`bench-graph: seed should be an integer, found ${String(seed)}.`);
  if (!Number.isFinite(skew) || skew < 1) {
    throw new ConfigError(`bench-graph: skew should be a number ≥ 1, found ${String(skew)}.`);
  }
  if (!Number.isFinite(locality) || locality < 0 || locality > 1) {
    throw new ConfigError(`bench-graph: locality should be a number from 0 to 1, found ${String(locality)}.`);
  }
  if (typeof resolved.documentTexts !== "boolean") {
    throw new ConfigError(`bench-graph: documentTexts should be a boolean, found ${String(resolved.documentTexts)}.`);
  }
  return resolved;
}

/** How many entities of each type a graph of `entities` nodes gets (in `ENTITY_TYPES` order). */
export function entityTypeCounts(entities: number): Record<EntityType, number> {
  const counts = {} as Record<EntityType, number>;
  let assigned = 0;
  for (const type of ENTITY_TYPES) {
    if (type === "Person") continue;
    const share = Math.max(1, Math.round(entities * ENTITY_TYPE_SHARES[type]));
    counts[type] = Math.min(share, ENTITY_TYPE_CAPS[type] ?? share);
    assigned += counts[type];
  }
  counts.Person = entities - assigned;
  return Object.fromEntries(ENTITY_TYPES.map((type) => [type, counts[type]])) as Record<EntityType, number>;
}

/**
 * A synthetic knowledge graph of `entities` nodes and `relations` edges, in the format of
 * `buildGraph`'s graphs (node keys `type:slug`, edge keys `source|PREDICATE|target`, one evidence
 * item per edge whose offsets point into its document's text, 1–2 mentions per node, some
 * statements). Endpoints are picked by a power law within their type (see `skew`), targets
 * preferably in the source's community (see `locality`). Metrics are filled cheaply: `degree`
 * is the real degree, `pagerank` is approximated by the degree share (degree / 2·relations),
 * `community` is the planted community, x and y are seeded random points (no layout). Throws
 * `ConfigError` for bad options. Same options, same graph (and same bytes once saved).
 */
export function generateGraph(options: SyntheticGraphOptions): KnowledgeGraph {
  const { entities, relations, seed, skew, locality, documentTexts } = validateOptions(options);
  const random = mulberry32(seed);
  const graph = createGraph();
  const counts = entityTypeCounts(entities);
  const communities = Math.max(1, Math.round(entities / 2000));
  const mentionsPerNode = 1.5;
  const statementCount = Math.floor(relations / 100);
  const pool = new DocumentPool(
    Math.max(1, Math.ceil((relations + entities * mentionsPerNode + statementCount) / SENTENCES_PER_DOCUMENT)),
  );
  const radius = 10 * Math.sqrt(entities);

  // Nodes, type by type; the rank of a node within its type decides how often it is picked.
  const byType = new Map<EntityType, string[]>();
  const names = new Map<string, string>();
  for (const type of ENTITY_TYPES) {
    const keys: string[] = [];
    const prefix = type.toLowerCase();
    for (let i = 0; i < counts[type]; i++) {
      let name = nameOf(random, type);
      for (let attempt = 0; graph.hasNode(`${prefix}:${slug(name)}`); attempt++) {
        name = attempt < 10 ? nameOf(random, type) : `${nameOf(random, type)} ${i + 1}`;
      }
      const key = `${prefix}:${slug(name)}`;
      const alias = aliasOf(random, type, name);
      const mentions: EntityMention[] = [];
      const mentionTotal = random() < mentionsPerNode - 1 ? 2 : 1;
      for (let m = 0; m < mentionTotal; m++) {
        const document = Math.floor(random() * pool.count);
        const sentence = `${name} was named in the coverage.`;
        const { start } = pool.append(document, sentence);
        mentions.push({
          document: DocumentPool.id(document),
          start,
          end: start + name.length,
          sentence,
          text: name,
          rule: SYNTHETIC_RULE,
        });
      }
      const angle = 2 * Math.PI * random();
      const distance = radius * Math.sqrt(random());
      const attributes: NodeAttributes = {
        label: name,
        name,
        type,
        aliases: alias !== null && alias !== name ? [alias] : [],
        mentionCount: mentions.length,
        documents: [...new Set(mentions.map((m) => m.document))].sort(),
        mentions,
        attributes:
          type === "Meeting"
            ? {
                date: `${2015 + Math.floor(random() * 12)}-${String(1 + Math.floor(random() * 12)).padStart(2, "0")}-15`,
              }
            : {},
        degree: 0,
        pagerank: 0,
        community: i % communities,
        x: roundFloat(distance * Math.cos(angle)),
        y: roundFloat(distance * Math.sin(angle)),
        size: 0,
        color: TYPE_COLORS[type],
      };
      graph.addNode(key, attributes);
      names.set(key, name);
      keys.push(key);
    }
    byType.set(type, keys);
  }

  // Endpoints: the node of rank ⌊n·uᵏ⌋ of its type, or of the same rank among the nodes of the
  // source's community (every `communities`-th node of the type) when the type is large enough.
  const pickAny = (keys: string[]) => keys[Math.floor(keys.length * random() ** skew)]!;
  const pickNear = (keys: string[], community: number) => {
    const members = Math.floor((keys.length - 1 - community) / communities) + 1;
    return keys[community + communities * Math.floor(members * random() ** skew)]!;
  };
  const localTypes = new Set(ENTITY_TYPES.filter((type) => counts[type] >= 20 * communities && communities > 1));
  const totalWeight = RELATION_PATTERNS.reduce((sum, p) => sum + p.weight, 0);
  const pickPattern = () => {
    let r = random() * totalWeight;
    for (const pattern of RELATION_PATTERNS) if ((r -= pattern.weight) < 0) return pattern;
    return RELATION_PATTERNS.at(-1)!;
  };

  let made = 0;
  let attempts = 0;
  const maxAttempts = 50 * relations + 1000;
  while (made < relations) {
    if (++attempts > maxAttempts) {
      throw new ConfigError(
        `bench-graph: relations should fit the graph's possible pairs, found ${made} of ${relations} after ${maxAttempts} attempts.`,
      );
    }
    const pattern = pickPattern();
    const from = pickAny(byType.get(pattern.source)!);
    const targets = byType.get(pattern.target)!;
    const community = graph.getNodeAttribute(from, "community");
    const to = localTypes.has(pattern.target) && random() < locality ? pickNear(targets, community) : pickAny(targets);
    if (from === to) continue;
    const symmetric = SYMMETRIC_PREDICATES.has(pattern.predicate);
    const key = relationKey(from, pattern.predicate, to);
    if (graph.hasEdge(key)) continue;
    const [source, target] = symmetric && from > to ? [to, from] : [from, to];
    const attributes = relationAttributes(random, pattern.predicate);
    const sentence = SENTENCES[pattern.predicate](names.get(source)!, names.get(target)!, attributes);
    const document = Math.floor(random() * pool.count);
    const evidence: Evidence = {
      document: DocumentPool.id(document),
      sentence,
      ...pool.append(document, sentence),
      rule: SYNTHETIC_RULE,
    };
    graph.addDirectedEdgeWithKey(key, source, target, {
      predicate: pattern.predicate,
      attributes,
      confidence: roundFloat(0.5 + Math.floor(random() * 10) / 20),
      evidence: [evidence],
      symmetric,
      label: pattern.predicate,
      size: 1,
      color: EDGE_COLOR,
    });
    made++;
  }

  const persons = byType.get("Person")!;
  const outlets = byType.get("Media")!;
  const statements: Statement[] = [];
  for (let i = 0; i < statementCount; i++) {
    const speaker = pickAny(persons);
    const via = random() < 0.5 ? pickAny(outlets) : null;
    const quote = `we will keep talking about ${word(random, 2).toLowerCase()}`;
    const sentence = `“${quote},” ${names.get(speaker)} said.`;
    const document = Math.floor(random() * pool.count);
    const { start } = pool.append(document, sentence);
    statements.push({
      id: `${DocumentPool.id(document)}#s${i}`,
      speaker,
      quote,
      via,
      document: DocumentPool.id(document),
      start: start + 1,
      end: start + 1 + quote.length,
      sentence,
      rule: SYNTHETIC_RULE,
    });
  }

  assignCheapMetrics(graph, relations);
  graph.replaceAttributes({
    version: graph.getAttribute("version"),
    documents: pool.documents(random, documentTexts),
    statements,
    merges: [],
    builtAt: SYNTHETIC_BUILT_AT,
  });
  return graph;
}

/** Real degree, PageRank approximated by the degree share, size from it as metrics.ts sizes nodes. */
function assignCheapMetrics(graph: KnowledgeGraph, relations: number): void {
  const [low, high] = NODE_SIZE_RANGE;
  let maxDegree = 0;
  graph.forEachNode((key) => {
    maxDegree = Math.max(maxDegree, graph.degree(key));
  });
  graph.updateEachNodeAttributes((key, attributes) => {
    const degree = graph.degree(key);
    attributes.degree = degree;
    attributes.pagerank = roundFloat(relations > 0 ? degree / (2 * relations) : 1 / graph.order);
    attributes.size = roundFloat(low + (high - low) * (maxDegree > 0 ? Math.sqrt(degree / maxDegree) : 0.25));
    return attributes;
  });
}

// ---------------------------------------------------------------------------------------------
// Sampling and statistics

/** Degree statistics of a set of nodes. */
export interface DegreeStats {
  count: number;
  min: number;
  median: number;
  mean: number;
  p90: number;
  p99: number;
  max: number;
}

/** Degree statistics of `keys` (every node when omitted), from `graph.degree`. */
export function degreeStats(graph: KnowledgeGraph, keys?: readonly string[]): DegreeStats {
  const degrees = (keys ?? graph.nodes()).map((key) => graph.degree(key)).sort((a, b) => a - b);
  const at = (p: number) => degrees[Math.min(degrees.length - 1, Math.max(0, Math.ceil(p * degrees.length) - 1))] ?? 0;
  return {
    count: degrees.length,
    min: degrees[0] ?? 0,
    median: at(0.5),
    mean: degrees.length ? degrees.reduce((sum, d) => sum + d, 0) / degrees.length : 0,
    p90: at(0.9),
    p99: at(0.99),
    max: degrees.at(-1) ?? 0,
  };
}

/**
 * `count` node keys to query, seeded: every other one uniformly among the nodes, the others
 * proportionally to degree (an end of a uniformly chosen edge), so that hubs are represented as
 * often as queries reach them. Nodes may repeat. Empty for an empty graph.
 */
export function sampleEntities(graph: KnowledgeGraph, count: number, seed: number): string[] {
  const random = mulberry32(seed);
  const nodes = graph.nodes();
  const edges = graph.edges();
  if (nodes.length === 0) return [];
  const sample: string[] = [];
  for (let i = 0; i < count; i++) {
    if (i % 2 === 1 && edges.length > 0) {
      const edge = edges[Math.floor(random() * edges.length)]!;
      sample.push(random() < 0.5 ? graph.source(edge) : graph.target(edge));
    } else {
      sample.push(nodes[Math.floor(random() * nodes.length)]!);
    }
  }
  return sample;
}
