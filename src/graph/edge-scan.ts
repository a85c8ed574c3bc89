// The fast path of the edge records (GraphDecoder.scanRecord in codec.ts), on the file's bytes
// rather than on its decoded text: what the load worker (load-worker.ts) runs ahead of the main
// thread. Strings cannot pass between threads, typed arrays can: for each line of a chunk that is an
// edge record as encodeEdge writes it (followed by ",\n"), one row of numbers, `EDGE_ROW` fields,
// which the decoder turns into the edge (GraphDecoder.pushEdgeRows) after the checks that need what
// only it knows (the number of nodes and strings so far, which section the line is in). A line it
// leaves out goes through the decoder's text path, which reads it or rejects it with its message.
// Pure and without state: the same bytes give the same rows on any thread.

import { PREDICATES } from "../extraction/types.ts";

/**
 * The fields of a row, `EDGE_ROW` Int32 slots each, the last two a float64 (the confidence when it
 * is not one of the shared ones): where the record starts and where the next line does (in the
 * chunk's bytes), its source and target (node indexes, not yet checked against the nodes), its
 * predicate (an index into the string table, or -1 - its index in PREDICATES when written in
 * place), its evidence count × 2 + 1 when it has attributes, the largest string index it holds
 * (-1 if none), and its confidence's slot among the shared confidences (see `confidenceSlot`),
 * -1 for null (NaN) or -2 when the confidence is the float64.
 */
export const EdgeRow = {
  start: 0,
  next: 1,
  source: 2,
  target: 3,
  predicate: 4,
  countPairs: 5,
  maxString: 6,
  confidenceSlot: 7,
  /** As a Float64Array index: row * EDGE_ROW / 2 + EdgeRow.confidence64. */
  confidence64: 4,
} as const;

/** Int32 slots per row (a multiple of two: the float64 stays aligned). */
export const EDGE_ROW = 10;

/** The confidences shared by the edges: `digits` (below CONFIDENCE_DIGITS) over 10 ** `decimals` (below CONFIDENCE_DECIMALS). */
export const CONFIDENCE_DIGITS = 1000;
export const CONFIDENCE_DECIMALS = 4;

/** The slot of a shared confidence: `decimals * CONFIDENCE_DIGITS + digits`. */
export function confidenceSlot(digits: number, decimals: number): number {
  return decimals * CONFIDENCE_DIGITS + digits;
}

export const COMMA = 0x2c;
export const LINE_FEED = 0x0a;
export const OPEN_BRACKET = 0x5b;
export const CLOSE_BRACKET = 0x5d;
export const QUOTE = 0x22;
export const BACKSLASH = 0x5c;
export const MINUS = 0x2d;
export const DOT = 0x2e;
export const ZERO = 0x30;
export const NINE = 0x39;
export const LOWER_E = 0x65;
export const UPPER_E = 0x45;
export const LOWER_N = 0x6e;
export const LOWER_U = 0x75;
const LOWER_L = 0x6c;
// The characters after a backslash in a JSON string, but u: " \ / b f n r t.
export const SIMPLE_ESCAPES = [0x22, 0x5c, 0x2f, 0x62, 0x66, 0x6e, 0x72, 0x74];
export const POWERS_OF_TEN = Array.from({ length: 16 }, (_, k) => 10 ** k);
const PREDICATE_BYTES = PREDICATES.map((predicate) => Buffer.from(predicate, "latin1"));

export function isHexDigit(c: number): boolean {
  return (c >= ZERO && c <= NINE) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
}

/** The rows of a chunk (see EdgeRow) and how many there are. */
export interface EdgeRows {
  rows: Int32Array;
  confidences: Float64Array;
  count: number;
}

/**
 * Scans one chunk of edge records: the bytes `bytes[0, length)` are whole lines of the file. Each
 * line that starts with "[" and a digit is tried as an edge record; rows for those the fast path
 * reads. Node records (which start with `["`) and every other line are skipped at the cost of
 * finding their end. The rows go into `reuse` when given (a larger array when they do not fit).
 */
export function scanEdgeRows(bytes: Uint8Array, length: number, reuse?: Int32Array): EdgeRows {
  const scanner = new ByteScanner(bytes, length);
  // About one row per 100 bytes of edge records as saveGraph writes them.
  let rows = reuse ?? new Int32Array(EDGE_ROW * Math.max(256, Math.ceil(length / 96)));
  let confidences = new Float64Array(rows.buffer);
  let count = 0;
  let start = 0;
  while (start < length) {
    const c = bytes[start + 1]!;
    if (bytes[start] === OPEN_BRACKET && c >= ZERO && c <= NINE) {
      if ((count + 1) * EDGE_ROW > rows.length) {
        const larger = new Int32Array(rows.length * 2);
        larger.set(rows);
        rows = larger;
        confidences = new Float64Array(rows.buffer);
      }
      const next = scanner.record(start, rows, count * EDGE_ROW, confidences);
      if (next >= 0) {
        count++;
        start = next;
        continue;
      }
    }
    const end = bytes.indexOf(LINE_FEED, start);
    start = end < 0 ? length : end + 1;
  }
  return { rows, confidences, count };
}

/** Reads one record into a row; the scratch state of the reads is in its fields. */
class ByteScanner {
  private number = 0;
  private maxString = -1;
  private predicate = 0;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly end: number,
  ) {}

  /**
   * Reads the edge record at `start` into `rows[at…]`: the position after its ",\n" (the next
   * line), or -1 when the line is not for the fast path (the row is then garbage, not counted).
   */
  record(start: number, rows: Int32Array, at: number, confidences: Float64Array): number {
    const bytes = this.bytes;
    this.maxString = -1;
    let i = this.index(start + 1);
    if (i < 0 || bytes[i] !== COMMA) return -1;
    rows[at + EdgeRow.source] = this.number;
    i = this.index(i + 1);
    if (i < 0 || bytes[i] !== COMMA) return -1;
    rows[at + EdgeRow.target] = this.number;
    i = this.predicateRef(i + 1);
    if (i < 0 || bytes[i] !== COMMA) return -1;
    rows[at + EdgeRow.predicate] = this.predicate;
    i = this.decimal(i + 1, rows, at, confidences);
    if (i < 0 || bytes[i] !== COMMA) return -1;
    i++;
    let pairs = 0;
    if (bytes[i] === ZERO) {
      i++;
    } else {
      if (bytes[i] !== OPEN_BRACKET) return -1;
      pairs = 1;
      let even = true;
      for (i++; ; ) {
        i = this.ref(i);
        if (i < 0) return -1;
        even = !even;
        const c = bytes[i++];
        if (c === CLOSE_BRACKET) break;
        if (c !== COMMA) return -1;
      }
      if (!even) return -1;
    }
    if (bytes[i] !== COMMA || bytes[i + 1] !== OPEN_BRACKET) return -1;
    i += 2;
    let count = 0;
    for (;;) {
      if (bytes[i] !== OPEN_BRACKET) return -1;
      i = this.ref(i + 1);
      if (i < 0 || bytes[i] !== COMMA) return -1;
      i = this.ref(i + 1);
      if (i < 0 || bytes[i] !== COMMA) return -1;
      i = this.integer(i + 1);
      if (i < 0 || bytes[i] !== COMMA) return -1;
      i = this.integer(i + 1);
      if (i < 0 || bytes[i] !== COMMA) return -1;
      i = this.ref(i + 1);
      if (i < 0 || bytes[i] !== CLOSE_BRACKET) return -1;
      count++;
      const c = bytes[i + 1];
      i += 2;
      if (c === CLOSE_BRACKET) break;
      if (c !== COMMA) return -1;
    }
    if (i >= this.end || bytes[i] !== CLOSE_BRACKET) return -1;
    if (bytes[i + 1] !== COMMA || bytes[i + 2] !== LINE_FEED) return -1;
    rows[at + EdgeRow.start] = start;
    rows[at + EdgeRow.next] = i + 3;
    rows[at + EdgeRow.countPairs] = count * 2 + pairs;
    rows[at + EdgeRow.maxString] = this.maxString;
    return i + 3;
  }

  /** A whole number of at most 9 digits, without a leading zero, at `i` (into `number`): the position after it, or -1. */
  private index(i: number): number {
    const bytes = this.bytes;
    let c = bytes[i]!;
    if (c === ZERO) {
      this.number = 0;
      c = bytes[i + 1]!;
      return c >= ZERO && c <= NINE ? -1 : i + 1;
    }
    let value = 0;
    const first = i;
    while (i < this.end && c >= ZERO && c <= NINE) {
      value = value * 10 + (c - ZERO);
      c = bytes[++i]!;
    }
    if (i === first || i - first > 9) return -1;
    this.number = value;
    return i;
  }

  /** A string index (counted in `maxString`) or a JSON string at `i`: the position after it, or -1. */
  private ref(i: number): number {
    const bytes = this.bytes;
    if (bytes[i] !== QUOTE) {
      i = this.index(i);
      if (i >= 0 && this.number > this.maxString) this.maxString = this.number;
      return i;
    }
    const end = this.end;
    for (i++; i < end; i++) {
      const c = bytes[i]!;
      if (c === QUOTE) return i + 1;
      if (c < 0x20) return -1;
      if (c === BACKSLASH) {
        const e = bytes[++i]!;
        if (e === LOWER_U) {
          for (let k = 0; k < 4; k++) if (!isHexDigit(bytes[++i]!)) return -1;
        } else if (!SIMPLE_ESCAPES.includes(e)) {
          return -1;
        }
      }
    }
    return -1;
  }

  /**
   * The predicate at `i` (into `predicate`): a string index, or a JSON string without escapes that
   * is one of PREDICATES (as -1 - its index). The position after it, or -1.
   */
  private predicateRef(i: number): number {
    const bytes = this.bytes;
    if (bytes[i] !== QUOTE) {
      i = this.index(i);
      this.predicate = this.number;
      return i;
    }
    const first = i + 1;
    const close = bytes.indexOf(QUOTE, first);
    if (close < 0 || close >= this.end) return -1;
    for (let k = 0; k < PREDICATE_BYTES.length; k++) {
      const name = PREDICATE_BYTES[k]!;
      if (name.length !== close - first) continue;
      let same = true;
      for (let j = 0; j < name.length; j++) {
        if (bytes[first + j] !== name[j]) {
          same = false;
          break;
        }
      }
      if (same) {
        this.predicate = -1 - k;
        return close + 1;
      }
    }
    return -1;
  }

  /** A JSON integer (at most 15 digits) at `i`: the position after it, or -1. */
  private integer(i: number): number {
    const bytes = this.bytes;
    if (bytes[i] === MINUS) i++;
    let c = bytes[i]!;
    if (c === ZERO) {
      c = bytes[i + 1]!;
      return c >= ZERO && c <= NINE ? -1 : i + 1;
    }
    const first = i;
    while (i < this.end && c >= ZERO && c <= NINE) c = bytes[++i]!;
    return i === first || i - first > 15 ? -1 : i;
  }

  /**
   * The confidence at `i`, as GraphDecoder.scanDecimal reads it (null, or at most 15 digits and no
   * exponent), into the row: its shared slot, -1 for null, or -2 and the value. The position after it, or -1.
   */
  private decimal(i: number, rows: Int32Array, at: number, confidences: Float64Array): number {
    const bytes = this.bytes;
    let c = bytes[i]!;
    if (c === LOWER_N) {
      if (bytes[i + 1] === 0x75 && bytes[i + 2] === LOWER_L && bytes[i + 3] === LOWER_L) {
        rows[at + EdgeRow.confidenceSlot] = -1;
        return i + 4;
      }
      return -1;
    }
    const negative = c === MINUS;
    if (negative) c = bytes[++i]!;
    let digits = 0;
    let value = 0;
    if (c === ZERO) {
      c = bytes[++i]!;
      if (c >= ZERO && c <= NINE) return -1;
    } else {
      while (i < this.end && c >= ZERO && c <= NINE) {
        value = value * 10 + (c - ZERO);
        digits++;
        c = bytes[++i]!;
      }
      if (digits === 0) return -1;
    }
    let decimals = 0;
    if (c === DOT) {
      c = bytes[++i]!;
      while (i < this.end && c >= ZERO && c <= NINE) {
        value = value * 10 + (c - ZERO);
        decimals++;
        c = bytes[++i]!;
      }
      if (decimals === 0) return -1;
    }
    if (c === LOWER_E || c === UPPER_E || digits + decimals > 15) return -1;
    if (!negative && value < CONFIDENCE_DIGITS && decimals < CONFIDENCE_DECIMALS) {
      rows[at + EdgeRow.confidenceSlot] = confidenceSlot(value, decimals);
      return i;
    }
    value = decimals === 0 ? value : value / POWERS_OF_TEN[decimals]!;
    rows[at + EdgeRow.confidenceSlot] = -2;
    confidences[at / 2 + EdgeRow.confidence64] = negative ? -value : value;
    return i;
  }
}
