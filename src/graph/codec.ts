// The records of a graph file (format version 2): a JSON document laid out one record per line, a
// header, then a string table, the documents, statements, merges, nodes and edges, with repeated
// strings interned and derivable attributes (edge keys, labels, colours, sizes…) left out.
// Pure: turns a graph into lines and lines back into a graph; store.ts does the files.

import { InvalidInputError } from "../errors.ts";
import { ENTITY_TYPES, type EntityMention, PREDICATES, SYMMETRIC_PREDICATES } from "../extraction/types.ts";
import { EDGE_COLOR, edgeSize, mentionDocuments } from "./build.ts";
import {
  BACKSLASH,
  CLOSE_BRACKET,
  COMMA,
  CONFIDENCE_DECIMALS,
  CONFIDENCE_DIGITS,
  confidenceSlot,
  DOT,
  EDGE_ROW,
  EdgeRow,
  isHexDigit,
  LINE_FEED,
  LOWER_E,
  LOWER_N,
  LOWER_U,
  MINUS,
  NINE,
  OPEN_BRACKET,
  POWERS_OF_TEN,
  QUOTE,
  SIMPLE_ESCAPES,
  UPPER_E,
  ZERO,
} from "./edge-scan.ts";
import { compareStrings } from "./keys.ts";
import {
  createGraph,
  type EdgeAttributes,
  GRAPH_FORMAT_VERSION,
  type GraphAttributes,
  type GraphDocument,
  type KnowledgeGraph,
  type NodeAttributes,
  TYPE_COLORS,
} from "./model.ts";

/** The `format` of a graph file's header. */
export const GRAPH_FILE_FORMAT = "news-kg-graph";

/** Order of the node attributes in a loaded graph (attributes outside the model follow, sorted). */
export const NODE_ATTRIBUTE_ORDER = [
  "label",
  "name",
  "type",
  "aliases",
  "mentionCount",
  "documents",
  "mentions",
  "attributes",
  "degree",
  "pagerank",
  "community",
  "x",
  "y",
  "size",
  "color",
] as const;

/** Order of the edge attributes in a loaded graph (attributes outside the model follow, sorted). */
export const EDGE_ATTRIBUTE_ORDER = [
  "predicate",
  "attributes",
  "confidence",
  "evidence",
  "symmetric",
  "label",
  "size",
  "color",
] as const;

/** Order of the graph attributes in a loaded graph, as build.ts sets them (attributes outside the model follow, sorted). */
export const GRAPH_ATTRIBUTE_ORDER = ["version", "documents", "statements", "merges", "builtAt"] as const;

/**
 * The fields of the positional records, as the header lists them. Strings in `type`, `aliases`,
 * mentions, evidence, `predicate` and `attributes` are indexes into the string table (strings used
 * more than once in the file) or, for a string used once, the string itself; `source` and
 * `target` are indexes of nodes (in file order); `attributes` is 0 (none) or `[key, value, …]`;
 * `extra` (only when needed) holds the attributes the record cannot derive or has no field for.
 */
export const RECORD_FIELDS = {
  node: [
    "key",
    "name",
    "type",
    "aliases",
    "mentions",
    "attributes",
    "degree",
    "pagerank",
    "community",
    "x",
    "y",
    "size",
    "extra",
  ],
  mention: ["document", "start", "end", "sentence", "text", "rule"],
  edge: ["source", "target", "predicate", "confidence", "attributes", "evidence", "extra"],
  evidence: ["document", "sentence", "start", "end", "rule"],
} as const;

/** The sections of a graph file, in order; the header counts the records of each. */
export const GRAPH_FILE_SECTIONS = ["strings", "documents", "statements", "merges", "nodes", "edges"] as const;

/** A section of a graph file. */
export type GraphFileSection = (typeof GRAPH_FILE_SECTIONS)[number];

/** The first line of a graph file (without its trailing comma, as the object it opens). */
export interface GraphFileHeader {
  format: typeof GRAPH_FILE_FORMAT;
  version: number;
  /** The graph attributes other than version, documents, statements and merges: builtAt first. */
  attributes: Record<string, unknown>;
  counts: Record<GraphFileSection, number>;
  fields: typeof RECORD_FIELDS;
}

type Plain = Record<string, unknown>;

const NODE_FIELD_COUNT = RECORD_FIELDS.node.length - 1;
const EDGE_SECTION = GRAPH_FILE_SECTIONS.indexOf("edges");
const EDGE_FIELD_COUNT = RECORD_FIELDS.edge.length - 1;
const ENTITY_TYPE_SET: ReadonlySet<string> = new Set(ENTITY_TYPES);
const PREDICATE_SET: ReadonlySet<string> = new Set(PREDICATES);
const GRAPH_SECTION_ATTRIBUTES: ReadonlySet<string> = new Set(["version", "documents", "statements", "merges"]);

// Attributes a record derives: written in `extra` only when they differ from what is derived.
const NODE_DERIVED: ReadonlySet<string> = new Set(["label", "mentionCount", "documents", "color"]);
const EDGE_DERIVED: ReadonlySet<string> = new Set(["symmetric", "label", "size", "color"]);
// Attributes a record has a field for (the node key and the edge ends are not attributes).
const NODE_POSITIONAL: ReadonlySet<string> = new Set(
  RECORD_FIELDS.node.filter((field) => field !== "key" && field !== "extra"),
);
const EDGE_POSITIONAL: ReadonlySet<string> = new Set(["predicate", "attributes", "confidence", "evidence"]);

function isPlain(value: unknown): value is Plain {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

// A generic (not double) array: its numbers are boxes that a loaded edge's `size` shares (see
// LoadedEdgeAttributes) rather than copies.
const EDGE_SIZES: number[] = Array.from({ length: 16 }, () => null as unknown as number);
for (let count = 0; count < EDGE_SIZES.length; count++) EDGE_SIZES[count] = edgeSize(count);

/**
 * `mentionDocuments(mentions)` (the ids of their documents, once each, sorted): for a few mentions,
 * by insertion, without the Set, the spread and the sort of the general case.
 */
function documentsOf(mentions: readonly EntityMention[]): string[] {
  if (mentions.length > 8) return mentionDocuments(mentions);
  const documents: string[] = [];
  for (const mention of mentions) {
    const document = mention.document;
    let i = documents.length;
    while (i > 0 && documents[i - 1]! > document) i--;
    if (i > 0 && documents[i - 1] === document) continue;
    if (i === documents.length) documents.push(document);
    else documents.splice(i, 0, document);
  }
  return documents;
}

function sameStrings(a: unknown, b: readonly string[]): boolean {
  return Array.isArray(a) && a.length === b.length && a.every((value, i) => value === b[i]);
}

// ---------------------------------------------------------------------------------------------
// Writing

/**
 * The string table: first a counting pass (`ref` counts each use), then `freeze` keeps the strings
 * used more than once, numbered in order of first use; after it `ref` gives a string's index, or
 * the string itself when it occurs once (written in place: a table entry would only add an index).
 */
class StringTable {
  readonly strings: string[] = [];
  // Every distinct string, in order of first use, with its position there and its number of uses;
  // once frozen, `slots` maps a position to the string's index in `strings`, or -1 (written in place).
  private readonly positions = new Map<string, number>();
  private uses: number[] = [];
  private slots: Int32Array | null = null;

  ref = (value: string): number | string => {
    const position = this.positions.get(value);
    if (this.slots) {
      if (position === undefined) throw new Error(`store: the string table should know ${JSON.stringify(value)}.`);
      const slot = this.slots[position]!;
      return slot < 0 ? value : slot;
    }
    if (position === undefined) {
      this.positions.set(value, this.uses.length);
      this.uses.push(1);
    } else {
      this.uses[position]!++;
    }
    return 0;
  };

  freeze(): void {
    const slots = new Int32Array(this.uses.length);
    let position = 0;
    for (const value of this.positions.keys()) {
      if (this.uses[position]! > 1) {
        slots[position] = this.strings.length;
        this.strings.push(value);
      } else {
        slots[position] = -1;
      }
      position++;
    }
    this.slots = slots;
    this.uses = [];
  }
}

type Ref = (value: string) => number | string;

function encodeRecord(record: Record<string, string>, ref: Ref): 0 | (number | string)[] {
  const keys = Object.keys(record);
  if (keys.length === 0) return 0;
  if (keys.length > 1) keys.sort(compareStrings);
  const pairs: (number | string)[] = [];
  for (const key of keys) pairs.push(ref(key), ref(record[key]!));
  return pairs;
}

function sortedKeys(record: Plain): Plain {
  const sorted: Plain = {};
  for (const key of Object.keys(record).sort(compareStrings)) sorted[key] = record[key];
  return sorted;
}

/** What a node record cannot rebuild: derived attributes that differ, attributes outside the model; keys sorted. */
function nodeExtra(a: NodeAttributes): Plain | null {
  let extra: Plain | null = null;
  // Attributes are plain objects: for…in sees their own keys, without allocating a list.
  for (const key in a) {
    if (NODE_POSITIONAL.has(key)) continue;
    const value = (a as unknown as Plain)[key];
    if (key === "label" && value === a.name) continue;
    if (key === "mentionCount" && value === a.mentions.length) continue;
    if (key === "documents" && sameStrings(value, mentionDocuments(a.mentions))) continue;
    if (key === "color" && value === TYPE_COLORS[a.type]) continue;
    extra ??= {};
    extra[key] = value;
  }
  return extra && sortedKeys(extra);
}

/** What an edge record cannot rebuild: derived attributes that differ, attributes outside the model; keys sorted. */
function edgeExtra(a: EdgeAttributes): Plain | null {
  let extra: Plain | null = null;
  for (const key in a) {
    if (EDGE_POSITIONAL.has(key)) continue;
    const value = (a as unknown as Plain)[key];
    if (key === "symmetric" && value === SYMMETRIC_PREDICATES.has(a.predicate)) continue;
    if (key === "label" && value === a.predicate) continue;
    if (key === "size" && value === (EDGE_SIZES[a.evidence.length] ?? edgeSize(a.evidence.length))) continue;
    if (key === "color" && value === EDGE_COLOR) continue;
    extra ??= {};
    extra[key] = value;
  }
  return extra && sortedKeys(extra);
}

function countRecord(record: Record<string, string>, ref: Ref): void {
  const keys = Object.keys(record);
  if (keys.length > 1) keys.sort(compareStrings);
  for (const key of keys) {
    ref(key);
    ref(record[key]!);
  }
}

/** The counting pass of `encodeNode`: refs the same strings, builds nothing. */
function countNode(a: NodeAttributes, ref: Ref): void {
  ref(a.type);
  for (const alias of a.aliases) ref(alias);
  for (const m of a.mentions) {
    ref(m.document);
    ref(m.sentence);
    ref(m.text);
    ref(m.rule);
  }
  countRecord(a.attributes, ref);
}

/** The counting pass of `encodeEdge`: refs the same strings, builds nothing. */
function countEdge(a: EdgeAttributes, ref: Ref): void {
  ref(a.predicate);
  countRecord(a.attributes, ref);
  for (const e of a.evidence) {
    ref(e.document);
    ref(e.sentence);
    ref(e.rule);
  }
}

function encodeNode(key: string, a: NodeAttributes, ref: Ref): unknown[] {
  const record: unknown[] = [
    key,
    a.name,
    ref(a.type),
    a.aliases.map(ref),
    a.mentions.map((m) => [ref(m.document), m.start, m.end, ref(m.sentence), ref(m.text), ref(m.rule)]),
    encodeRecord(a.attributes, ref),
    a.degree,
    a.pagerank,
    a.community,
    a.x,
    a.y,
    a.size,
  ];
  const extra = nodeExtra(a);
  if (extra) record.push(extra);
  return record;
}

function encodeEdge(source: number, target: number, a: EdgeAttributes, ref: Ref): unknown[] {
  const evidence = a.evidence.map((e) => [ref(e.document), ref(e.sentence), e.start, e.end, ref(e.rule)]);
  const record: unknown[] = [source, target, ref(a.predicate), a.confidence, encodeRecord(a.attributes, ref), evidence];
  const extra = edgeExtra(a);
  if (extra) record.push(extra);
  return record;
}

function* section(name: GraphFileSection, count: number, lines: Iterable<string>): Generator<string> {
  const close = name === "edges" ? "}" : ",";
  if (count === 0) {
    yield `"${name}":[]${close}\n`;
    return;
  }
  yield `"${name}":[\n`;
  let i = 0;
  for (const line of lines) yield ++i < count ? `${line},\n` : `${line}\n`;
  yield `]${close}\n`;
}

function* stringified(values: Iterable<unknown>): Generator<string> {
  for (const value of values) yield JSON.stringify(value);
}

/**
 * The lines of the graph file of `graph` (each with its "\n"): the header, then one record per
 * line, section by section. Two passes over the graph (the first fills the string table), no
 * text longer than a record. Same graph (same insertion order), same lines. Throws
 * `InvalidInputError` when an edge's key is not `source|PREDICATE|target` (the loader rebuilds it)
 * or an edge has no evidence (the loader would reject it), before the first line.
 */
export function* encodeGraph(graph: KnowledgeGraph): Generator<string> {
  const table = new StringTable();
  const nodeIndex = new Map<string, number>();
  for (const { node, attributes } of graph.nodeEntries()) {
    nodeIndex.set(node, nodeIndex.size);
    countNode(attributes, table.ref);
  }
  for (const { edge, attributes, source, target } of graph.edgeEntries()) {
    const expected = `${source}|${attributes.predicate}|${target}`;
    if (edge !== expected) {
      throw new InvalidInputError(
        `store: the key of the edge from "${source}" to "${target}" should be "${expected}", found "${edge}".`,
      );
    }
    if (attributes.evidence.length === 0) {
      throw new InvalidInputError(`store: edge "${edge}" should have evidence, found none.`);
    }
    countEdge(attributes, table.ref);
  }
  table.freeze();

  const { version: _version, documents, statements, merges, builtAt, ...others } = graph.getAttributes();
  const attributes: Plain = { builtAt };
  for (const key of Object.keys(others).sort(compareStrings)) attributes[key] = (others as Plain)[key];
  const header: GraphFileHeader = {
    format: GRAPH_FILE_FORMAT,
    version: GRAPH_FORMAT_VERSION,
    attributes,
    counts: {
      strings: table.strings.length,
      documents: documents.length,
      statements: statements.length,
      merges: merges.length,
      nodes: graph.order,
      edges: graph.size,
    },
    fields: RECORD_FIELDS,
  };
  yield `${JSON.stringify(header).slice(0, -1)},\n`;
  yield* section("strings", table.strings.length, stringified(table.strings));
  yield* section("documents", documents.length, stringified(documents));
  yield* section("statements", statements.length, stringified(statements));
  yield* section("merges", merges.length, stringified(merges));
  yield* section(
    "nodes",
    graph.order,
    (function* () {
      for (const { node, attributes } of graph.nodeEntries()) {
        yield JSON.stringify(encodeNode(node, attributes, table.ref));
      }
    })(),
  );
  yield* section(
    "edges",
    graph.size,
    (function* () {
      for (const { attributes, source, target } of graph.edgeEntries()) {
        yield JSON.stringify(encodeEdge(nodeIndex.get(source)!, nodeIndex.get(target)!, attributes, table.ref));
      }
    })(),
  );
}

// ---------------------------------------------------------------------------------------------
// Reading

function describe(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === "object") return "an object";
  return String(value);
}

// graphology keeps each node's neighbours in two plain objects (in, out) keyed by node key. Grown
// one key at a time they go through a chain of V8 hidden classes, one per key: a million edges
// took 10 s to load instead of 6.7 s. Objects already in dictionary mode take the same keys in a
// hash table instead. Same prototype, same own keys, same order: graphology sees no difference.
// This reaches into graphology's internals (`_nodes`, NodeData.in/out), so it only runs when
// they look as expected (graphology 0.25–0.26) and the node has no neighbours yet.
interface NodeData {
  in: object;
  out: object;
}
type NodeRegistry = Map<string, NodeData>;

function adjacencyOf(graph: object): NodeRegistry | null {
  const nodes = (graph as { _nodes?: unknown })._nodes;
  return nodes instanceof Map ? (nodes as NodeRegistry) : null;
}

/**
 * What the decoder does to each node it adds, for a graph of any attributes: a function that turns
 * the adjacency of a node that has no neighbours yet into dictionary mode (a no-op where graphology's
 * internals are not as expected). The graph benchmark uses it to measure graphology's floor with the
 * same start as a load.
 */
export function dictionaryAdjacency(graph: object): (key: string) => void {
  const nodes = adjacencyOf(graph);
  return nodes ? (key) => prepareAdjacency(nodes, key) : () => {};
}

function dictionaryObject(): object {
  // Deleting a property that is not the last one added turns a V8 object into dictionary mode.
  const value: Record<string, number> = { first: 0, second: 0 };
  delete value.first;
  delete value.second;
  return value;
}

function isEmptyPlainObject(value: unknown): boolean {
  if (value === null || typeof value !== "object" || Object.getPrototypeOf(value) !== Object.prototype) return false;
  for (const _key in value) return false;
  return true;
}

function prepareAdjacency(nodes: NodeRegistry, key: string): void {
  const data = nodes.get(key);
  if (!data || !isEmptyPlainObject(data.in) || !isEmptyPlainObject(data.out)) return;
  data.in = dictionaryObject();
  data.out = dictionaryObject();
}

// Lazy payloads. Most of a loaded graph's evidence is never read (a query reads a few edges'
// evidence; a load reads none), yet building it allocated, per edge, an array, an object and a
// sentence string, plus an `attributes` record, all alive, so every young-generation collection of
// the load copied them. A loaded edge keeps instead where its record is (the chunk of text read,
// shared by thousands of records, and the offset of the line in it) and decodes its evidence, and
// its `attributes` record, each on its first read (an empty record is made without the text). Both
// stay own enumerable properties, in their places among the attributes (accessors whose getters
// decode once and keep the result, whose setters store), so that Object.keys, spreads,
// Object.assign, JSON.stringify, structured clones and test equality see the same attributes as
// before; the state is in private fields stamped onto the plain object, which no reflection sees:
// two at the load (LazyRecord), two more once a value is read or set (LazyValues). One getter and one
// setter per property for every graph: the objects share their shape. Measured (scripts/
// bench-graph.ts --load-only): 40 % fewer bytes surviving the young generation on 200k relations;
// on 1M, about 9 % less CPU time and 10 % less RSS after the load (then, with the attributes record
// lazy too and two fields instead of four, about 50 MiB less). The price: a chunk stays in memory
// while one of its edges' evidence or attributes is unread, about the size of the file's edges
// section (twice that for chunks holding a character above U+00FF, which V8 then stores two bytes
// each).

/** Returns the object it is given: lets the constructors below stamp private fields onto it. */
class Stamp {
  constructor(target: object) {
    // biome-ignore lint/correctness/noConstructorReturn: the base of the private-field stamps.
    return target;
  }
}

/**
 * A chunk of text read and what its records need to be decoded: the file's string table, and how
 * many of its edges still have their evidence or attributes in it, and of its nodes their mentions
 * or documents; at zero the chunk is let go (set to null).
 */
class ChunkRecords {
  /** The text read, or its bytes (UTF-8) when the load worker read them (see GraphDecoder.pushEdgeRows). */
  chunk: string | Buffer | null;
  readonly strings: readonly string[];
  pending = 0;

  constructor(chunk: string | Buffer, strings: readonly string[]) {
    this.chunk = chunk;
    this.strings = strings;
  }

  /** The record on the line starting at `offset` (a byte offset in bytes), parsed (it was validated when read). */
  record(offset: number): unknown[] {
    const chunk = this.chunk!;
    if (typeof chunk !== "string") {
      let end = chunk.indexOf(LINE_FEED, offset);
      if (end < 0) end = chunk.length;
      if (chunk[end - 1] === COMMA) end--;
      return JSON.parse(chunk.toString("utf8", offset, end)) as unknown[];
    }
    const end = chunk.indexOf("\n", offset);
    let line = end < 0 ? chunk.slice(offset) : chunk.slice(offset, end);
    if (line.endsWith(",")) line = line.slice(0, -1);
    return JSON.parse(line) as unknown[];
  }

  text(value: unknown): string {
    return typeof value === "string" ? value : this.strings[value as number]!;
  }
}

/** Stands for a value still in the text, in `LazyValues`. */
const PENDING: unique symbol = Symbol("pending");

/**
 * The private state a loaded edge or node gets at the load: where its record is, two fields (the
 * fewer fields stamped, the cheaper the load: four took about 0.1 s more per million edges).
 * `#offset` is the line's offset in the chunk; for an edge, -1 - offset when the record has
 * attributes (else its `attributes` record is empty and made on first read without the text).
 */
class LazyRecord extends Stamp {
  #records: ChunkRecords;
  #offset: number;

  private constructor(target: object, records: ChunkRecords, offset: number) {
    super(target);
    this.#records = records;
    this.#offset = offset;
  }

  static stamp(target: object, records: ChunkRecords, offset: number): void {
    new LazyRecord(target, records, offset);
    records.pending++;
  }

  static isLazy(target: object): boolean {
    return #records in target;
  }

  static records(target: object): ChunkRecords {
    return (target as LazyRecord).#records;
  }

  static offset(target: object): number {
    return (target as LazyRecord).#offset;
  }
}

/**
 * The two lazy values of a loaded record once either is read or set (stamped then, onto the
 * records that need it): each PENDING while still in the text. An edge's are its `evidence` (the
 * first) and `attributes`; a node's, its `mentions` and `documents`. `decode` reads a value from
 * the record's text, on the first read of a value not set before.
 */
class LazyValues extends Stamp {
  #first: unknown = PENDING;
  #second: unknown = PENDING;

  private constructor(target: object) {
    super(target);
  }

  private static of(target: object): LazyValues {
    if (!(#first in target)) new LazyValues(target);
    return target as LazyValues;
  }

  static firstPending(target: object): boolean {
    return !(#first in target) || (target as LazyValues).#first === PENDING;
  }

  // When both values are out of the text, the chunk has one record fewer to keep it for.
  private static settled(self: LazyValues): void {
    if (self.#first !== PENDING && self.#second !== PENDING) {
      const records = LazyRecord.records(self);
      if (--records.pending === 0) records.chunk = null;
    }
  }

  static first(target: object, decode: (target: object) => unknown): unknown {
    const self = LazyValues.of(target);
    if (self.#first === PENDING) {
      self.#first = decode(target);
      LazyValues.settled(self);
    }
    return self.#first;
  }

  static second(target: object, decode: (target: object) => unknown): unknown {
    const self = LazyValues.of(target);
    if (self.#second === PENDING) {
      self.#second = decode(target);
      LazyValues.settled(self);
    }
    return self.#second;
  }

  static setFirst(target: object, value: unknown): void {
    const self = LazyValues.of(target);
    const pending = self.#first === PENDING;
    self.#first = value;
    if (pending) LazyValues.settled(self);
  }

  static setSecond(target: object, value: unknown): void {
    const self = LazyValues.of(target);
    const pending = self.#second === PENDING;
    self.#second = value;
    if (pending) LazyValues.settled(self);
  }
}

/** A loaded edge's evidence, decoded from its record. */
function decodeEvidence(target: object): unknown {
  const records = LazyRecord.records(target);
  const offset = LazyRecord.offset(target);
  const evidence = records.record(offset < 0 ? -1 - offset : offset)[5] as unknown[][];
  return evidence.map((e) => ({
    document: records.text(e[0]),
    sentence: records.text(e[1]),
    start: e[2] as number,
    end: e[3] as number,
    rule: records.text(e[4]),
  }));
}

/** A loaded edge's attributes record, decoded from its record (empty, without the text, when it had none). */
function decodeEdgeRecord(target: object): unknown {
  const offset = LazyRecord.offset(target);
  const record: Record<string, string> = {};
  if (offset < 0) {
    const records = LazyRecord.records(target);
    const pairs = records.record(-1 - offset)[4] as unknown[];
    for (let i = 0; i < pairs.length; i += 2) record[records.text(pairs[i])] = records.text(pairs[i + 1]);
  }
  return record;
}

/** An enumerable accessor property whose value lives in a loaded record's private fields. */
function lazyProperty(
  get: (target: object) => unknown,
  set: (target: object, value: unknown) => void,
): PropertyDescriptor {
  return {
    get(this: object) {
      return get(this);
    },
    set(this: object, value: unknown) {
      set(this, value);
    },
    enumerable: true,
    configurable: true,
  };
}

const LAZY_EVIDENCE = lazyProperty((target) => LazyValues.first(target, decodeEvidence), LazyValues.setFirst);
const LAZY_ATTRIBUTES = lazyProperty((target) => LazyValues.second(target, decodeEdgeRecord), LazyValues.setSecond);

/**
 * Makes the attributes of a loaded edge, in the model's order, `attributes` and `evidence` lazy
 * (then `LazyRecord.stamp`). A constructor rather than a literal so that V8 sizes the objects for
 * all their fields (a literal is sized for the properties it lists, the others would go to a
 * second allocation); its prototype is Object.prototype: the objects are plain objects.
 */
function LoadedEdgeAttributes(
  this: EdgeAttributes,
  predicate: EdgeAttributes["predicate"],
  confidence: number,
  size: number,
) {
  this.predicate = predicate;
  Object.defineProperty(this, "attributes", LAZY_ATTRIBUTES);
  this.confidence = confidence;
  Object.defineProperty(this, "evidence", LAZY_EVIDENCE);
  this.symmetric = SYMMETRIC_PREDICATES.has(predicate);
  this.label = predicate;
  this.size = size;
  this.color = EDGE_COLOR;
}
LoadedEdgeAttributes.prototype = Object.prototype;
// One object made with nulls first: V8 then keeps `confidence` and `size` as tagged fields, which
// point to shared numbers (EDGE_SIZES, CONFIDENCES), instead of double fields, for which every
// object would own a box of its own (two more objects per edge for the young generation to copy).
new (LoadedEdgeAttributes as unknown as new (predicate: unknown, confidence: unknown, size: unknown) => object)(
  null,
  null,
  null,
);

/**
 * Whether the `evidence` of the edge attributes `attributes` is still in the text it was loaded
 * from: true from the load until it is first read or set; false for edges that were not loaded.
 * For tests and benchmarks: nothing else needs to know.
 */
export function isEvidencePending(attributes: object): boolean {
  return LazyRecord.isLazy(attributes) && LazyValues.firstPending(attributes);
}

/** A loaded node's mentions, decoded from its record. */
function decodeMentions(target: object): unknown {
  const records = LazyRecord.records(target);
  return (records.record(LazyRecord.offset(target))[4] as unknown[][]).map((m) => ({
    document: records.text(m[0]),
    start: m[1] as number,
    end: m[2] as number,
    sentence: records.text(m[3]),
    text: records.text(m[4]),
    rule: records.text(m[5]),
  }));
}

/** A loaded node's documents: those of its mentions (decoding them, and keeping them, if still in the text). */
function decodeDocuments(target: object): unknown {
  return documentsOf(LazyValues.first(target, decodeMentions) as EntityMention[]);
}

const LAZY_MENTIONS = lazyProperty(
  (target) => LazyValues.first(target, decodeMentions),
  (target, value) => {
    // The documents stay those of the mentions loaded (as when they were made at the load).
    LazyValues.second(target, decodeDocuments);
    LazyValues.setFirst(target, value);
  },
);
const LAZY_DOCUMENTS = lazyProperty((target) => LazyValues.second(target, decodeDocuments), LazyValues.setSecond);

/**
 * Makes the attributes of a loaded node, in the model's order (NODE_ATTRIBUTE_ORDER), `documents`
 * and `mentions` lazy (then `LazyRecord.stamp`), as LoadedEdgeAttributes does for edges.
 */
function LoadedNodeAttributes(
  this: NodeAttributes,
  name: string,
  type: NodeAttributes["type"],
  aliases: string[],
  mentionCount: number,
  attributes: Record<string, string>,
  degree: number,
  pagerank: number,
  community: number,
  x: number,
  y: number,
  size: number,
) {
  this.label = name;
  this.name = name;
  this.type = type;
  this.aliases = aliases;
  this.mentionCount = mentionCount;
  Object.defineProperty(this, "documents", LAZY_DOCUMENTS);
  Object.defineProperty(this, "mentions", LAZY_MENTIONS);
  this.attributes = attributes;
  this.degree = degree;
  this.pagerank = pagerank;
  this.community = community;
  this.x = x;
  this.y = y;
  this.size = size;
  this.color = TYPE_COLORS[type];
}
LoadedNodeAttributes.prototype = Object.prototype;
/** `LoadedNodeAttributes` as the constructor it is. */
const LoadedNode = LoadedNodeAttributes as unknown as new (
  ...args: Parameters<typeof LoadedNodeAttributes>
) => NodeAttributes;

/**
 * Whether the `mentions` of the node attributes `attributes` are still in the text they were loaded
 * from (see isEvidencePending). For tests.
 */
export function isMentionsPending(attributes: object): boolean {
  return LazyRecord.isLazy(attributes) && LazyValues.firstPending(attributes);
}

// The parts of the key `edgeKey` joins, reused: one array for every key rather than one each
// (a million keys: about 20 % less time to build them, and less garbage for the young generation).
const KEY_PARTS: string[] = ["", "", ""];

/**
 * The key as relationKey writes it for an edge stored in this direction, built flat (join: one
 * sequential string, where `+` would make a tree of cons strings).
 */
function edgeKey(source: string, predicate: string, target: string): string {
  KEY_PARTS[0] = source;
  KEY_PARTS[1] = predicate;
  KEY_PARTS[2] = target;
  return KEY_PARTS.join("|");
}

/** Edges whose slots `GraphDecoder` reserves from the header's count before reading them. */
const MAX_PRESIZED_EDGES = 1 << 22;

// Where the decoder is: the header, a section's opening line, its records, its closing line, the end.
const Phase = { Header: 0, Open: 1, Records: 2, Close: 3, End: 4 } as const;
type Phase = (typeof Phase)[keyof typeof Phase];

/**
 * Rebuilds a graph from the lines of a graph file, fed one at a time (without their "\n") by
 * `pushLine`; `finish` returns the graph. Every line is checked as it comes (layout, JSON, the
 * fields of each record, string and node indexes, rebuilt edge keys unique) and the first problem
 * throws `InvalidInputError` naming `source` (the file) and the line.
 */
export class GraphDecoder {
  /** Number of lines read so far (the line being read, while it is read). */
  line = 0;
  private readonly source: string;
  private readonly graph = createGraph();
  private phase: Phase = Phase.Header;
  private sectionIndex = 0;
  private remaining = 0;
  private counts: Record<GraphFileSection, number> | null = null;
  private builtAt = "";
  private extraAttributes: Plain = {};
  private strings: string[] = [];
  private nodeKeys: string[] = [];
  private readonly documents: GraphDocument[] = [];
  private readonly statements: GraphAttributes["statements"] = [];
  private readonly merges: GraphAttributes["merges"] = [];

  private readonly adjacency = adjacencyOf(this.graph);
  // Edges read but not yet added (key, source, target, attributes, …) and the line of the first:
  // adding them all at the end of the section, in one loop, takes about a fifth less time (a
  // million edges) than adding each as it is read. Sized from the header's count of edges when
  // the section opens (filled by index: no growth, no copies).
  private pending: unknown[] = [];
  private pendingLength = 0;
  private pendingLine = 0;

  private addPendingEdges(): void {
    const { pending, pendingLength, graph } = this;
    for (let i = 0; i < pendingLength; i += 4) {
      const key = pending[i] as string;
      try {
        graph.addDirectedEdgeWithKey(key, pending[i + 1], pending[i + 2], pending[i + 3] as EdgeAttributes);
      } catch (error) {
        // graphology checks that the key is new (one lookup fewer than checking it before).
        this.line = this.pendingLine + i / 4;
        if (graph.hasEdge(key)) this.fail(`edge "${key}"`, "an edge whose rebuilt key is unique", "the key twice");
        this.fail(
          `edge "${key}"`,
          "an edge graphology accepts",
          `an error (${error instanceof Error ? error.message : String(error)})`,
        );
      }
    }
    this.pending = [];
    this.pendingLength = 0;
  }

  /** `source` names the input in error messages (the file's path). */
  constructor(source: string) {
    this.source = source;
  }

  private fail(what: string, expected: string, found: string): never {
    throw new InvalidInputError(
      `store: ${what} on line ${this.line} of ${this.source} should be ${expected}, found ${found}.`,
    );
  }

  private parse(text: string, what: string): unknown {
    try {
      return JSON.parse(text);
    } catch (error) {
      return this.fail(what, "JSON", `a syntax error (${error instanceof Error ? error.message : String(error)})`);
    }
  }

  private get sectionName(): GraphFileSection {
    return GRAPH_FILE_SECTIONS[this.sectionIndex]!;
  }

  /**
   * Reads the lines of `text`, a run of whole lines (each ending in "\n") of the file: as `pushLineAt`
   * line by line, except that a run of edge records the fast path reads (see `scanEdge`) is read in
   * one loop, each record finding its own end, without looking for the line breaks first.
   */
  pushLines(text: string): void {
    const length = text.length;
    let start = 0;
    while (start < length) {
      if (this.phase === Phase.Records && this.sectionIndex === EDGE_SECTION && this.remaining > 1) {
        start = this.scanEdgeLines(text, start);
        if (start >= length) return;
      }
      const end = text.indexOf("\n", start);
      if (end < 0) {
        this.pushLineAt(text, start, length);
        return;
      }
      this.pushLineAt(text, start, end);
      start = end + 1;
    }
  }

  /**
   * Reads edge records by the fast path from `chunk` at `start`, each a line ending in ",\n", all but
   * the section's last: the position of the first line it did not read (the end of the chunk, or a
   * line for pushLineAt: the last record, or one the fast path leaves to the general one).
   */
  private scanEdgeLines(chunk: string, start: number): number {
    const length = chunk.length;
    while (start < length && this.remaining > 1) {
      const i = this.scanRecord(chunk, start, length);
      if (i < 0 || chunk.charCodeAt(i) !== COMMA || chunk.charCodeAt(i + 1) !== LINE_FEED) return start;
      this.line++;
      this.remaining--;
      this.pushScanned(chunk, start);
      start = i + 2;
    }
    return start;
  }

  /** Whether the next line is one of the edges section's records (where the load worker can take over). */
  get inEdgeRecords(): boolean {
    return this.phase === Phase.Records && this.sectionIndex === EDGE_SECTION;
  }

  /**
   * Reads `bytes`, a run of whole lines of the file (UTF-8) whose edge records the load worker
   * scanned into `count` rows (see edge-scan.ts): as `pushLines` would read their text. A row
   * becomes its edge after the checks the worker could not make (its node and string indexes in
   * range, its predicate one, the line one of the section's records but the last); every other
   * line (a row refused, a line without a row) goes to pushLines as text, which reads it or rejects
   * it with its message. The edges keep `bytes` for their evidence and attributes, decoded on first read.
   */
  pushEdgeRows(bytes: Buffer, rows: Int32Array, count: number): void {
    const length = bytes.length;
    const records = new ChunkRecords(bytes, this.strings);
    let confidences: Float64Array | null = null;
    let position = 0;
    let row = 0;
    while (position < length) {
      if (row < count && this.remaining > 1 && this.inEdgeRecords) {
        const at = row * EDGE_ROW;
        if (rows[at + EdgeRow.start] === position) {
          let confidence: number;
          const slot = rows[at + EdgeRow.confidenceSlot]!;
          if (slot >= 0) confidence = sharedConfidence(slot);
          else if (slot === -1) confidence = Number.NaN;
          else {
            confidences ??= new Float64Array(rows.buffer, rows.byteOffset, rows.length / 2);
            confidence = confidences[at / 2 + EdgeRow.confidence64]!;
          }
          if (this.pushRow(rows, at, confidence, records)) {
            position = rows[at + EdgeRow.next]!;
            row++;
            continue;
          }
        }
      }
      // The lines up to the next row (the one refused at `position` included) as text.
      while (row < count && rows[row * EDGE_ROW + EdgeRow.start]! <= position) row++;
      const end = row < count ? rows[row * EDGE_ROW + EdgeRow.start]! : length;
      this.pushLines(bytes.toString("utf8", position, end));
      position = end;
    }
  }

  /** Adds the edge of the row at `rows[at…]` (see pushEdgeRows); false, having changed nothing, when it is not for the fast path. */
  private pushRow(rows: Int32Array, at: number, confidence: number, records: ChunkRecords): boolean {
    const nodeKeys = this.nodeKeys;
    const strings = this.strings;
    const source = nodeKeys[rows[at + EdgeRow.source]!];
    const target = nodeKeys[rows[at + EdgeRow.target]!];
    if (source === undefined || target === undefined || source === target) return false;
    if (rows[at + EdgeRow.maxString]! >= strings.length) return false;
    const ref = rows[at + EdgeRow.predicate]!;
    const predicate = (ref >= 0 ? strings[ref] : PREDICATES[-1 - ref]) as EdgeAttributes["predicate"] | undefined;
    if (predicate === undefined || (ref >= 0 && !PREDICATE_SET.has(predicate))) return false;
    this.line++;
    this.remaining--;
    const countPairs = rows[at + EdgeRow.countPairs]!;
    this.pushEdge(
      edgeKey(source, predicate, target),
      source,
      target,
      this.edgeAttributes(predicate, confidence, countPairs >> 1, (countPairs & 1) === 1, records, rows[at]!),
    );
    return true;
  }

  /**
   * Reads the next line of the file, `chunk[start, end)`: as `pushLine`, without making a string of
   * the line when it is an edge record the fast path reads (see `scanEdge`).
   */
  pushLineAt(chunk: string, start: number, end: number): void {
    if (this.phase === Phase.Records && this.sectionIndex === EDGE_SECTION && this.remaining > 1) {
      this.line++;
      this.remaining--;
      if (this.scanEdge(chunk, start, end, false)) return;
      this.line--;
      this.remaining++;
    }
    this.pushLine(chunk.slice(start, end), chunk, start);
  }

  /**
   * Reads the next line of the file, `text` (without its line break). When the line is part of a
   * longer text read at once, `chunk` is that text and `offset` where the line starts in it (the
   * line runs to the next "\n" or the end): the edges keep a reference to it for their evidence,
   * decoded on first read, rather than a string of their own.
   */
  pushLine(text: string, chunk = text, offset = 0): void {
    this.line++;
    switch (this.phase) {
      case Phase.Header:
        this.readHeader(text);
        this.phase = Phase.Open;
        return;
      case Phase.Open: {
        const name = this.sectionName;
        const count = this.counts![name];
        if (count === 0) {
          const expected = `"${name}":[]${name === "edges" ? "}" : ","}`;
          if (text !== expected) this.fail("the layout", JSON.stringify(expected), describe(text));
          this.nextSection();
        } else {
          if (text !== `"${name}":[`) this.fail("the layout", JSON.stringify(`"${name}":[`), describe(text));
          this.remaining = count;
          this.phase = Phase.Records;
          // At most MAX_PRESIZED_EDGES slots ahead (a header could claim any count): beyond, it grows.
          if (this.sectionIndex === EDGE_SECTION) this.pending = new Array(Math.min(count, MAX_PRESIZED_EDGES) * 4);
        }
        return;
      }
      case Phase.Records: {
        const last = --this.remaining === 0;
        if (this.sectionIndex !== EDGE_SECTION || !this.scanEdge(chunk, offset, offset + text.length, last)) {
          if (!last && !text.endsWith(","))
            this.fail(`a ${this.sectionName} record`, "followed by a comma", describe(text));
          const value = this.parse(last ? text : text.slice(0, -1), `a ${this.sectionName} record`);
          this.readRecord(value, chunk, offset);
        }
        if (last) {
          if (this.pendingLength > 0) this.addPendingEdges();
          this.phase = Phase.Close;
        }
        return;
      }
      case Phase.Close: {
        const expected = this.sectionName === "edges" ? "]}" : "],";
        if (text !== expected) this.fail("the layout", JSON.stringify(expected), describe(text));
        this.nextSection();
        return;
      }
      case Phase.End:
        this.fail("the text", "nothing (the graph ended on the line before)", describe(text));
    }
  }

  private nextSection(): void {
    this.sectionIndex++;
    this.phase = this.sectionIndex === GRAPH_FILE_SECTIONS.length ? Phase.End : Phase.Open;
  }

  /** Number of lines the file should have, once the header is read (else null). */
  get expectedLines(): number | null {
    if (!this.counts) return null;
    let lines = 1;
    for (const name of GRAPH_FILE_SECTIONS) lines += this.counts[name] === 0 ? 1 : this.counts[name] + 2;
    return lines;
  }

  /** The graph, once every line is read; throws `InvalidInputError` when the input stopped short. */
  finish(): KnowledgeGraph {
    if (this.phase !== Phase.End) {
      const expected = this.expectedLines;
      throw new InvalidInputError(
        `store: ${this.source} should have ${expected === null ? "a graph header on its first line" : `${expected} lines`}, found ${this.line === 0 ? "nothing" : `${this.line} lines`} (truncated?).`,
      );
    }
    const attributes: Plain = {
      version: GRAPH_FORMAT_VERSION,
      documents: this.documents,
      statements: this.statements,
      merges: this.merges,
      builtAt: this.builtAt,
    };
    for (const key of Object.keys(this.extraAttributes).sort(compareStrings)) {
      attributes[key] = this.extraAttributes[key];
    }
    this.graph.replaceAttributes(attributes as unknown as GraphAttributes);
    this.strings = [];
    this.nodeKeys = [];
    this.records = null;
    this.recordsChunk = null;
    return this.graph;
  }

  private readHeader(text: string): void {
    const expected = `a graph header {"format":"${GRAPH_FILE_FORMAT}",…} ending in a comma`;
    if (!text.startsWith("{") || !text.endsWith(",")) this.fail("the header", expected, describe(text));
    const header = this.parse(`${text.slice(0, -1)}}`, "the header");
    if (!isPlain(header) || header.format !== GRAPH_FILE_FORMAT) this.fail("the header", expected, describe(text));
    if (header.version !== GRAPH_FORMAT_VERSION) {
      this.fail("the format version", String(GRAPH_FORMAT_VERSION), describe(header.version));
    }
    if (JSON.stringify(header.fields) !== JSON.stringify(RECORD_FIELDS)) {
      this.fail("the header's fields", JSON.stringify(RECORD_FIELDS), describe(JSON.stringify(header.fields)));
    }
    const counts = header.counts;
    if (!isPlain(counts)) this.fail("the header's counts", "an object", describe(counts));
    for (const name of GRAPH_FILE_SECTIONS) {
      const count = counts[name];
      if (typeof count !== "number" || !Number.isInteger(count) || count < 0) {
        this.fail(`the header's count of ${name}`, "a whole number", describe(count));
      }
    }
    const attributes = header.attributes;
    if (!isPlain(attributes)) this.fail("the header's attributes", "an object", describe(attributes));
    const { builtAt, ...others } = attributes;
    if (typeof builtAt !== "string") this.fail("the header's builtAt", "a string", describe(builtAt));
    for (const key of Object.keys(others)) {
      if (GRAPH_SECTION_ATTRIBUTES.has(key)) this.fail("the header's attributes", `without "${key}"`, `"${key}"`);
    }
    this.counts = counts as Record<GraphFileSection, number>;
    this.builtAt = builtAt;
    this.extraAttributes = others;
  }

  private readRecord(value: unknown, chunk: string, offset: number): void {
    switch (this.sectionIndex) {
      case 0:
        if (typeof value !== "string") this.fail("a string", "a JSON string", describe(value));
        this.strings.push(value);
        return;
      case 1:
        if (!isPlain(value) || typeof value.id !== "string" || typeof value.text !== "string") {
          this.fail("a document", "an object with a string id and text", describe(value));
        }
        this.documents.push(value as unknown as GraphDocument);
        return;
      case 2:
        if (!isPlain(value) || typeof value.id !== "string" || typeof value.speaker !== "string") {
          this.fail("a statement", "an object with a string id and speaker", describe(value));
        }
        this.statements.push(value as unknown as GraphAttributes["statements"][number]);
        return;
      case 3:
        if (!isPlain(value) || typeof value.entity !== "string" || typeof value.alias !== "string") {
          this.fail("a merge", "an object with a string entity and alias", describe(value));
        }
        this.merges.push(value as unknown as GraphAttributes["merges"][number]);
        return;
      case 4:
        this.readNode(value, chunk, offset);
        return;
      default:
        this.readEdge(value, chunk, offset);
    }
  }

  // The record being read, for messages: its kind and key (empty until known), set without
  // building any text, so that reading a valid record allocates no message.
  private kind = "";
  private key = "";

  private failField(field: string, expected: string, found: string): never {
    const record = this.key === "" ? `${this.kind === "edge" ? "an" : "a"} ${this.kind}` : `${this.kind} "${this.key}"`;
    return this.fail(`the ${field} of ${record}`, expected, found);
  }

  private str(index: unknown, field: string): string {
    if (typeof index === "string") return index;
    const value = typeof index === "number" ? this.strings[index] : undefined;
    if (value === undefined) {
      this.failField(field, `a string or an index into the ${this.strings.length} strings`, describe(index));
    }
    return value;
  }

  private num(value: unknown, field: string): number {
    if (typeof value === "number") return value;
    // JSON has no NaN: a number that was not finite is written as null.
    if (value === null) return Number.NaN;
    return this.failField(field, "a number", describe(value));
  }

  private int(value: unknown, field: string): number {
    if (typeof value !== "number" || !Number.isInteger(value)) this.failField(field, "a whole number", describe(value));
    return value;
  }

  private readPairs(value: unknown): Record<string, string> {
    const record: Record<string, string> = {};
    if (value === 0) return record;
    if (!Array.isArray(value) || value.length % 2 !== 0) {
      this.failField("attributes", "0 or an array of [key, value, …] strings or string indexes", describe(value));
    }
    for (let i = 0; i < value.length; i += 2) {
      record[this.str(value[i], "attributes")] = this.str(value[i + 1], "attributes");
    }
    return record;
  }

  private applyExtra(
    attributes: Plain,
    extra: unknown,
    positional: ReadonlySet<string>,
    derived: ReadonlySet<string>,
  ): void {
    if (!isPlain(extra)) this.failField("extra attributes", "an object", describe(extra));
    const others: string[] = [];
    for (const key of Object.keys(extra)) {
      if (positional.has(key)) this.failField("extra attributes", "attributes the record has no field for", `"${key}"`);
      if (derived.has(key)) attributes[key] = extra[key];
      else others.push(key);
    }
    for (const key of others.sort(compareStrings)) attributes[key] = extra[key];
  }

  /** Checks a mention record as `decodeMentions` will read it on first read, building nothing. */
  private checkMention(m: unknown): void {
    if (!Array.isArray(m) || m.length !== 6)
      this.failField("mention", "an array of 6 fields [document, start, …]", describe(m));
    this.str(m[0], "mention's document");
    this.int(m[1], "mention's start");
    this.int(m[2], "mention's end");
    this.str(m[3], "mention's sentence");
    this.str(m[4], "mention's text");
    this.str(m[5], "mention's rule");
  }

  /** Checks an evidence record as `decodeEvidence` will read it on first read, building nothing. */
  private checkEvidence(e: unknown): void {
    if (!Array.isArray(e) || e.length !== 5)
      this.failField("evidence", "an array of 5 fields [document, sentence, …]", describe(e));
    this.str(e[0], "evidence's document");
    this.str(e[1], "evidence's sentence");
    this.int(e[2], "evidence's start");
    this.int(e[3], "evidence's end");
    this.str(e[4], "evidence's rule");
  }

  private readNode(r: unknown, chunk: string, offset: number): void {
    this.kind = "node";
    this.key = "";
    if (!Array.isArray(r) || (r.length !== NODE_FIELD_COUNT && r.length !== NODE_FIELD_COUNT + 1)) {
      this.fail(
        "a node",
        `an array of ${NODE_FIELD_COUNT} or ${NODE_FIELD_COUNT + 1} fields [key, name, type, …]`,
        describe(r),
      );
    }
    const key = r[0];
    if (typeof key !== "string") this.failField("key", "a string", describe(key));
    this.key = key;
    const name = r[1];
    if (typeof name !== "string") this.failField("name", "a string", describe(name));
    const type = this.str(r[2], "type") as NodeAttributes["type"];
    if (!ENTITY_TYPE_SET.has(type)) this.failField("type", "an entity type", describe(type));
    const aliasIndexes = r[3];
    if (!Array.isArray(aliasIndexes)) this.failField("aliases", "an array", describe(aliasIndexes));
    const aliases = aliasIndexes.map((index) => this.str(index, "aliases"));
    const mentionRecords = r[4];
    if (!Array.isArray(mentionRecords)) this.failField("mentions", "an array", describe(mentionRecords));
    // Checked now, decoded on first read (see LazyRecord).
    for (const m of mentionRecords) this.checkMention(m);
    const attributes = new LoadedNode(
      name,
      type,
      aliases,
      mentionRecords.length,
      this.readPairs(r[5]),
      this.num(r[6], "degree"),
      this.num(r[7], "pagerank"),
      this.num(r[8], "community"),
      this.num(r[9], "x"),
      this.num(r[10], "y"),
      this.num(r[11], "size"),
    );
    LazyRecord.stamp(attributes, this.recordsOf(chunk), offset);
    if (r.length > NODE_FIELD_COUNT) {
      this.applyExtra(attributes as unknown as Plain, r[NODE_FIELD_COUNT], NODE_POSITIONAL, NODE_DERIVED);
    }
    try {
      this.graph.addNode(key, attributes);
    } catch (error) {
      // graphology checks that the key is new (one lookup fewer than checking it before).
      if (this.graph.hasNode(key)) this.fail(`node "${key}"`, "a node not seen before", "it twice");
      throw error;
    }
    if (this.adjacency) prepareAdjacency(this.adjacency, key);
    this.nodeKeys.push(key);
  }

  private readEdge(r: unknown, chunk: string, offset: number): void {
    this.kind = "edge";
    this.key = "";
    if (!Array.isArray(r) || (r.length !== EDGE_FIELD_COUNT && r.length !== EDGE_FIELD_COUNT + 1)) {
      this.fail(
        "an edge",
        `an array of ${EDGE_FIELD_COUNT} or ${EDGE_FIELD_COUNT + 1} fields [source, target, …]`,
        describe(r),
      );
    }
    const nodeKeys = this.nodeKeys;
    const source = typeof r[0] === "number" ? nodeKeys[r[0]] : undefined;
    const target = typeof r[1] === "number" ? nodeKeys[r[1]] : undefined;
    if (source === undefined)
      this.failField("source", `the index of one of the ${nodeKeys.length} nodes`, describe(r[0]));
    if (target === undefined)
      this.failField("target", `the index of one of the ${nodeKeys.length} nodes`, describe(r[1]));
    const predicate = this.str(r[2], "predicate") as EdgeAttributes["predicate"];
    if (!PREDICATE_SET.has(predicate)) this.failField("predicate", "a predicate", describe(predicate));
    const key = edgeKey(source, predicate, target);
    this.key = key;
    if (source === target) this.fail(`edge "${key}"`, "between two nodes", "a loop");
    const evidenceRecords = r[5];
    if (!Array.isArray(evidenceRecords) || evidenceRecords.length === 0) {
      this.failField("evidence", "a non-empty array", describe(evidenceRecords));
    }
    // Checked now, decoded on first read (see LazyRecord).
    for (const e of evidenceRecords) this.checkEvidence(e);
    if (r[4] !== 0) this.readPairs(r[4]);
    const attributes = this.edgeAttributes(
      predicate,
      this.num(r[3], "confidence"),
      evidenceRecords.length,
      r[4] !== 0,
      this.recordsOf(chunk),
      offset,
    );
    if (r.length > EDGE_FIELD_COUNT) {
      this.applyExtra(attributes as unknown as Plain, r[EDGE_FIELD_COUNT], EDGE_POSITIONAL, EDGE_DERIVED);
    }
    this.pushEdge(key, source, target, attributes);
  }

  private edgeAttributes(
    predicate: EdgeAttributes["predicate"],
    confidence: number,
    count: number,
    pairs: boolean,
    records: ChunkRecords,
    offset: number,
  ): EdgeAttributes {
    const attributes = new (
      LoadedEdgeAttributes as unknown as new (
        predicate: string,
        confidence: number,
        size: number,
      ) => EdgeAttributes
    )(predicate, confidence, EDGE_SIZES[count] ?? edgeSize(count));
    LazyRecord.stamp(attributes, records, pairs ? -1 - offset : offset);
    return attributes;
  }

  // The records of the chunk being read (see ChunkRecords).
  private records: ChunkRecords | null = null;
  private recordsChunk: string | null = null;

  private recordsOf(chunk: string): ChunkRecords {
    if (this.recordsChunk !== chunk) {
      this.records = new ChunkRecords(chunk, this.strings);
      this.recordsChunk = chunk;
    }
    return this.records!;
  }

  private pushEdge(key: string, source: string, target: string, attributes: EdgeAttributes): void {
    const { pending } = this;
    const i = this.pendingLength;
    if (i === 0) this.pendingLine = this.line;
    pending[i] = key;
    pending[i + 1] = source;
    pending[i + 2] = target;
    pending[i + 3] = attributes;
    this.pendingLength = i + 4;
  }

  // The fast path of an edge record. Nearly every edge line is a record as encodeEdge writes it:
  // `[source,target,predicate,confidence,0 or [pairs],[[evidence],…]]`, no spaces, strings without
  // escapes, numbers without exponents. Such a line is read here straight from the chunk, character
  // by character, without JSON.parse (which built five arrays and a string per edge, all garbage
  // but the string) and without a string of its own. It accepts only what the general path accepts,
  // with the same result: every index in range, every integer an integer, the predicate a
  // predicate, not a loop; anything else (another layout, an escape, an exponent, extra attributes,
  // an invalid value) returns false and the line goes through JSON.parse and the general checks,
  // which read it or reject it with their message.

  private scanNumber = 0;
  // Starts as null so that V8 keeps the field tagged: the boxes of CONFIDENCES pass through unboxed.
  private scanConfidence: number | null = null;
  private scanString: string | null = null;
  private scanSource = "";
  private scanTarget = "";
  private scanCount = 0;
  private scanPairs = false;

  /**
   * Reads the edge record on `chunk[start, end)` (its trailing comma included unless `last`) by the
   * fast path; false, having changed nothing but scratch fields, when the line is not for it.
   */
  private scanEdge(chunk: string, start: number, end: number, last: boolean): boolean {
    if (!last) {
      if (end <= start || chunk.charCodeAt(end - 1) !== COMMA) return false;
      end--;
    }
    if (this.scanRecord(chunk, start, end) !== end) return false;
    this.pushScanned(chunk, start);
    return true;
  }

  /**
   * Checks the edge record at `chunk[start…)`, not beyond `end`, for the fast path (into the scratch
   * fields): the position after its closing bracket, or -1 when the record is not for it. No string
   * it reads runs past a line break (a control character ends the fast path).
   */
  private scanRecord(chunk: string, start: number, end: number): number {
    if (chunk.charCodeAt(start) !== OPEN_BRACKET) return -1;
    const nodeKeys = this.nodeKeys;
    let i = this.scanIndex(chunk, start + 1, end, nodeKeys.length);
    if (i < 0 || chunk.charCodeAt(i) !== COMMA) return -1;
    const source = nodeKeys[this.scanNumber]!;
    this.scanSource = source;
    i = this.scanIndex(chunk, i + 1, end, nodeKeys.length);
    if (i < 0 || chunk.charCodeAt(i) !== COMMA) return -1;
    const target = nodeKeys[this.scanNumber]!;
    this.scanTarget = target;
    if (source === target) return -1;
    i = this.scanRef(chunk, i + 1, end, true);
    if (i < 0 || chunk.charCodeAt(i) !== COMMA) return -1;
    const predicate = this.scanString as EdgeAttributes["predicate"];
    if (!PREDICATE_SET.has(predicate)) return -1;
    i = this.scanDecimal(chunk, i + 1, end);
    if (i < 0 || chunk.charCodeAt(i) !== COMMA) return -1;
    // The attributes: 0, or [key, value, …].
    i++;
    let pairs = false;
    if (chunk.charCodeAt(i) === ZERO) {
      i++;
    } else {
      if (chunk.charCodeAt(i) !== OPEN_BRACKET) return -1;
      pairs = true;
      let even = true;
      for (i++; ; ) {
        // Checked, decoded on first read (see LazyRecord).
        i = this.scanRef(chunk, i, end, false);
        if (i < 0) return -1;
        even = !even;
        const c = chunk.charCodeAt(i++);
        if (c === CLOSE_BRACKET) break;
        if (c !== COMMA) return -1;
      }
      if (!even) return -1;
    }
    if (chunk.charCodeAt(i) !== COMMA || chunk.charCodeAt(i + 1) !== OPEN_BRACKET) return -1;
    // The evidence: one or more [document, sentence, start, end, rule], checked, kept as text.
    i += 2;
    let count = 0;
    for (;;) {
      if (chunk.charCodeAt(i) !== OPEN_BRACKET) return -1;
      i = this.scanRef(chunk, i + 1, end, false);
      if (i < 0 || chunk.charCodeAt(i) !== COMMA) return -1;
      i = this.scanRef(chunk, i + 1, end, false);
      if (i < 0 || chunk.charCodeAt(i) !== COMMA) return -1;
      i = scanInteger(chunk, i + 1, end);
      if (i < 0 || chunk.charCodeAt(i) !== COMMA) return -1;
      i = scanInteger(chunk, i + 1, end);
      if (i < 0 || chunk.charCodeAt(i) !== COMMA) return -1;
      i = this.scanRef(chunk, i + 1, end, false);
      if (i < 0 || chunk.charCodeAt(i) !== CLOSE_BRACKET) return -1;
      count++;
      const c = chunk.charCodeAt(i + 1);
      i += 2;
      if (c === CLOSE_BRACKET) break;
      if (c !== COMMA) return -1;
    }
    if (i >= end || chunk.charCodeAt(i) !== CLOSE_BRACKET) return -1;
    this.scanCount = count;
    this.scanPairs = pairs;
    return i + 1;
  }

  /** Adds the edge scanRecord read, whose record starts at `chunk[start]`. */
  private pushScanned(chunk: string, start: number): void {
    const source = this.scanSource;
    const target = this.scanTarget;
    const predicate = this.scanString as EdgeAttributes["predicate"];
    this.pushEdge(
      edgeKey(source, predicate, target),
      source,
      target,
      this.edgeAttributes(
        predicate,
        this.scanConfidence as number,
        this.scanCount,
        this.scanPairs,
        this.recordsOf(chunk),
        start,
      ),
    );
  }

  /** A whole number below `limit` at `i` (into `scanNumber`): the position after it, or -1. */
  private scanIndex(chunk: string, i: number, end: number, limit: number): number {
    let c = chunk.charCodeAt(i);
    if (c === ZERO) {
      this.scanNumber = 0;
      c = chunk.charCodeAt(i + 1);
      return (c >= ZERO && c <= NINE) || limit === 0 ? -1 : i + 1;
    }
    let value = 0;
    const first = i;
    while (i < end && c >= ZERO && c <= NINE) {
      value = value * 10 + (c - ZERO);
      c = chunk.charCodeAt(++i);
    }
    if (i === first || i - first > 9 || value >= limit) return -1;
    this.scanNumber = value;
    return i;
  }

  /**
   * A string reference at `i` (into `scanString` when `keep`): an index into the string table, or
   * a JSON string (without escapes when `keep`). The position after it, or -1.
   */
  private scanRef(chunk: string, i: number, end: number, keep: boolean): number {
    if (chunk.charCodeAt(i) !== QUOTE) {
      i = this.scanIndex(chunk, i, end, this.strings.length);
      if (keep && i >= 0) this.scanString = this.strings[this.scanNumber]!;
      return i;
    }
    const first = i + 1;
    for (i = first; i < end; i++) {
      const c = chunk.charCodeAt(i);
      if (c === QUOTE) {
        if (keep) this.scanString = chunk.slice(first, i);
        return i + 1;
      }
      if (c < 0x20) return -1;
      if (c === BACKSLASH) {
        // An escape, in a string that is only checked (evidence, decoded on first read).
        if (keep) return -1;
        const e = chunk.charCodeAt(++i);
        if (e === LOWER_U) {
          for (let k = 0; k < 4; k++) if (!isHexDigit(chunk.charCodeAt(++i))) return -1;
        } else if (!SIMPLE_ESCAPES.includes(e)) {
          return -1;
        }
      }
    }
    return -1;
  }

  /**
   * A number at `i` (into `scanConfidence`), as JSON.parse reads it, when it is `null` (NaN, see num)
   * or has at most 15 digits and no exponent: then the integer of its digits and the power of ten
   * of its decimals are exact doubles, and their quotient is the correctly rounded value JSON.parse
   * gives. The position after it, or -1 (for any other number too).
   */
  private scanDecimal(chunk: string, i: number, end: number): number {
    let c = chunk.charCodeAt(i);
    if (c === LOWER_N) {
      if (chunk.startsWith("null", i)) {
        this.scanConfidence = Number.NaN;
        return i + 4;
      }
      return -1;
    }
    const negative = c === MINUS;
    if (negative) c = chunk.charCodeAt(++i);
    let digits = 0;
    let value = 0;
    if (c === ZERO) {
      c = chunk.charCodeAt(++i);
      if (c >= ZERO && c <= NINE) return -1;
    } else {
      while (i < end && c >= ZERO && c <= NINE) {
        value = value * 10 + (c - ZERO);
        digits++;
        c = chunk.charCodeAt(++i);
      }
      if (digits === 0) return -1;
    }
    let decimals = 0;
    if (c === DOT) {
      c = chunk.charCodeAt(++i);
      while (i < end && c >= ZERO && c <= NINE) {
        value = value * 10 + (c - ZERO);
        decimals++;
        c = chunk.charCodeAt(++i);
      }
      if (decimals === 0) return -1;
    }
    if (c === LOWER_E || c === UPPER_E || digits + decimals > 15) return -1;
    if (!negative && value < CONFIDENCE_DIGITS && decimals < CONFIDENCE_DECIMALS) {
      // The usual confidences (up to three digits): one number each, shared by the edges.
      this.scanConfidence = sharedConfidence(confidenceSlot(value, decimals));
      return i;
    }
    value = decimals === 0 ? value : value / POWERS_OF_TEN[decimals]!;
    this.scanConfidence = negative ? -value : value;
    return i;
  }
}

// The numbers 0 to 999 with 0 to 3 decimals, as read, once each: a generic array (filled with null
// first), so that it holds boxes that the edges' `confidence` fields point to instead of a box each.
const CONFIDENCES: (number | null)[] = new Array(CONFIDENCE_DIGITS * CONFIDENCE_DECIMALS).fill(null);

/** The shared confidence of `slot` (see edge-scan.ts confidenceSlot), made on first use. */
function sharedConfidence(slot: number): number {
  let shared = CONFIDENCES[slot]!;
  if (shared === null) {
    shared = (slot % CONFIDENCE_DIGITS) / POWERS_OF_TEN[(slot / CONFIDENCE_DIGITS) | 0]!;
    CONFIDENCES[slot] = shared;
  }
  return shared;
}

/**
 * A JSON integer at `i` (`-?(0|[1-9][0-9]*)`, at most 15 digits, so that its value is a finite
 * whole number): the position after it, or -1.
 */
function scanInteger(chunk: string, i: number, end: number): number {
  if (chunk.charCodeAt(i) === MINUS) i++;
  let c = chunk.charCodeAt(i);
  if (c === ZERO) {
    c = chunk.charCodeAt(i + 1);
    return c >= ZERO && c <= NINE ? -1 : i + 1;
  }
  const first = i;
  while (i < end && c >= ZERO && c <= NINE) c = chunk.charCodeAt(++i);
  return i === first || i - first > 15 ? -1 : i;
}
