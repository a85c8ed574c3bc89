// Mojibake repair in the manner of python's ftfy: runs of characters that, encoded back into the
// single-byte code page that misread them (windows-1252/latin1, or Thai windows-874/TIS-620), form
// valid UTF-8 are replaced by the decoded text. Bytes the code page lost are inferred only where
// the context decides them. Must not touch real accented, Thai or CJK text: every repair is gated.

import iconv from "iconv-lite";

/** The legacy code pages whose misreadings of UTF-8 are repaired. */
export const MOJIBAKE_CODE_PAGES = ["windows-874", "windows-1252"] as const;
export type MojibakeCodePage = (typeof MOJIBAKE_CODE_PAGES)[number];

/** A byte the code page could not show (decoded as U+FFFD or dropped): 0x80–0xBF, value unknown. */
const UNKNOWN = -1;

interface CodePageTable {
  name: MojibakeCodePage;
  /** Character → the byte it came from (bytes 0x80–0xFF only; ASCII is never part of a run). */
  bytes: ReadonlyMap<string, number>;
  /** True when the code page drops bytes 0x80–0xA0 (TIS-620 has no characters there). */
  lossy: boolean;
}

function buildTable(name: MojibakeCodePage, lossy: boolean): CodePageTable {
  const bytes = new Map<string, number>();
  for (let byte = 0x80; byte <= 0xff; byte++) {
    const char = iconv.decode(Buffer.from([byte]), name);
    if (char !== "\ufffd") bytes.set(char, byte);
    // Latin-1 readers show 0x80–0x9F as C1 controls; sloppy windows-1252 readers do too for the
    // five bytes windows-1252 leaves undefined.
    if (byte < 0xa0 && !bytes.has(String.fromCharCode(byte))) bytes.set(String.fromCharCode(byte), byte);
  }
  return { name, bytes, lossy };
}

const THAI = buildTable("windows-874", true);
const LATIN = buildTable("windows-1252", false);

const STRICT_UTF8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Repairs UTF-8 text that was read with a single-byte code page. Detects per document whether the
 * Thai code page fits (Thai characters scattered in Latin text); the windows-1252/latin1 repair
 * applies to any text, one sequence at a time, and only where the decoded character is plausible.
 * Returns the text unchanged when nothing fits.
 */
export function repairMojibake(text: string): string {
  let repaired = text;
  if (detectThaiMojibake(repaired)) repaired = repairRuns(repaired, THAI);
  // Text misread twice needs a second pass; three passes bound the work.
  for (let pass = 0; pass < 3; pass++) {
    const next = repairRuns(repaired, LATIN);
    if (next === repaired) break;
    repaired = next;
  }
  return repaired;
}

/** The code pages whose mojibake the text shows, in the order `repairMojibake` repairs them. */
export function detectMojibake(text: string): MojibakeCodePage[] {
  const found: MojibakeCodePage[] = [];
  if (detectThaiMojibake(text)) found.push("windows-874");
  if (repairRuns(text, LATIN) !== text) found.push("windows-1252");
  return found;
}

// ---------------------------------------------------------------------------------------------
// Units: one lead byte and its continuation bytes, as found in a run of mappable characters.

/** strict: valid UTF-8; incomplete: bytes missing (maybe inferable); none: not a lead byte. */
type UnitKind = "strict" | "incomplete" | "none";

interface Unit {
  /** Characters [start, end) of the text the unit covers. */
  start: number;
  end: number;
  kind: UnitKind;
  /** The decoded text of a strict unit. */
  value: string;
  /** For strict units: the code point decoded. */
  codePoint: number;
  /** The bytes the characters stand for (UNKNOWN where a byte was lost). */
  bytes: number[];
}

function isMappable(table: CodePageTable, char: string): boolean {
  return char === "\ufffd" || table.bytes.has(char);
}

function byteOf(table: CodePageTable, char: string): number {
  return char === "\ufffd" ? UNKNOWN : table.bytes.get(char)!;
}

/** Number of continuation bytes a lead byte needs; 0 when the byte cannot start a sequence. */
function continuationCount(byte: number): number {
  if (byte >= 0xc2 && byte <= 0xdf) return 1;
  if (byte >= 0xe0 && byte <= 0xef) return 2;
  if (byte >= 0xf0 && byte <= 0xf4) return 3;
  return 0;
}

function isContinuation(byte: number): boolean {
  return byte === UNKNOWN || (byte >= 0x80 && byte <= 0xbf);
}

function decodeStrict(bytes: number[]): string | null {
  try {
    return STRICT_UTF8.decode(Uint8Array.from(bytes));
  } catch {
    return null;
  }
}

/**
 * Splits the run text[start, end) into units. A lone two-byte lead at the end of a run takes the
 * space after the run as its 0xA0 byte (a no-break space normalised to a space after it was
 * misread: "Â " for C2 A0), unless an upper-case letter precedes the lead (the end of a real
 * upper-case word such as "IRMÃ ").
 */
function parseRun(text: string, start: number, end: number, table: CodePageTable): Unit[] {
  const units: Unit[] = [];
  let k = start;
  while (k < end) {
    const lead = byteOf(table, text[k]!);
    const need = continuationCount(lead);
    if (need === 0) {
      units.push({ start: k, end: k + 1, kind: "none", value: text[k]!, codePoint: -1, bytes: [lead] });
      k++;
      continue;
    }
    const bytes = [lead];
    let m = k + 1;
    while (m < end && bytes.length <= need && isContinuation(byteOf(table, text[m]!))) {
      bytes.push(byteOf(table, text[m]!));
      m++;
    }
    if (need === 1 && bytes.length === 1 && m === end && text[m] === " " && !isUpper(text[k - 1] ?? "")) {
      bytes.push(0xa0);
      m++;
    }
    const decoded = bytes.length === need + 1 && !bytes.includes(UNKNOWN) ? decodeStrict(bytes) : null;
    if (decoded !== null) {
      units.push({ start: k, end: m, kind: "strict", value: decoded, codePoint: decoded.codePointAt(0)!, bytes });
    } else {
      units.push({ start: k, end: m, kind: "incomplete", value: "", codePoint: -1, bytes });
    }
    k = m;
  }
  return units;
}

// Misread sequences decode to these blocks in European text (Latin-1, Latin Extended A and B,
// Vietnamese) or are punctuation, symbols and CJK (U+2000 on). Other results (Greek, Cyrillic,
// Hebrew, Indic…) are accepted only when the run holds several sequences ("Ð¿Ñ€Ð¸" is Russian):
// one alone is as likely to be a real accented letter followed by a symbol ("à «").
function isPlausible(cp: number, units: Unit[]): boolean {
  if (cp < 0xa0 || (cp >= 0xe000 && cp <= 0xf8ff) || (cp >= 0xfff0 && cp <= 0xffff)) return false;
  if (cp <= 0x24f || (cp >= 0x1e00 && cp <= 0x1eff) || cp >= 0x2000) return true;
  return units.filter((u) => u.kind === "strict").length >= 2;
}

/**
 * Infers the bytes a code page lost. Only three cases are decided by the structure or the context:
 * C2 with its continuation lost is a no-break space (C2 80–9F are controls); E2 ?? xx with its
 * last byte left is General Punctuation (E2 80 xx; E2 82 AC is €); E2 80 ?? is a quotation mark
 * or a dash, told apart by the characters around it.
 */
function fillLostBytes(
  bytes: number[],
  table: CodePageTable,
  before: string,
  after: string,
  quoteOpen: boolean,
): string | null {
  const [lead, ...rest] = bytes;
  const known = rest.filter((b) => b !== UNKNOWN);
  if (table.lossy && lead === 0xc2 && known.length === 0) return "\u00a0";
  if (lead !== 0xe2) return null;
  // E2 ?? xx: the middle byte went (dropped, or shown as U+FFFD) and the last one stayed.
  const middleLost =
    (table.lossy && rest.length === 1 && rest[0]! > 0xa0) || (rest.length === 2 && rest[0] === UNKNOWN);
  const last = rest.at(-1)!;
  if (middleLost && last !== UNKNOWN) return decodeStrict([0xe2, last === 0xac ? 0x82 : 0x80, last]);
  const punctuationPrefix = rest.length === 0 || rest[0] === 0x80 || rest[0] === UNKNOWN;
  if (!punctuationPrefix || rest.length > 2 || (rest.length === 2 && rest[1] !== UNKNOWN)) return null;
  if (!table.lossy && rest[0] !== 0x80) return null;
  return guessPunctuation(before, after, quoteOpen);
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const CONTRACTION = /^(?:s|t|d|m|ll|re|ve)(?![\p{L}\p{N}])/iu;

function isUpper(char: string): boolean {
  return /[\p{Lu}]/u.test(char);
}

/**
 * The punctuation an E2 80 xx sequence most likely was: an apostrophe inside a contraction
 * ("world’s"), an en dash between capitalised names ("Trump–Xi") or numbers, an em dash between
 * other words ("lines—the") or spaces, an opening quote before a word, a closing quote after one
 * when a quote is open in the paragraph, else an apostrophe ("nations’ heads").
 */
function guessPunctuation(before: string, after: string, quoteOpen: boolean): string {
  const prev = before.slice(-1);
  const next = after.slice(0, 1);
  const prevWord = /[\p{L}\p{N}]+$/u.exec(before)?.[0] ?? "";
  if (WORD_CHAR.test(prev) && WORD_CHAR.test(next)) {
    if (CONTRACTION.test(after) && /[\p{L}]$/u.test(prev)) return "\u2019";
    if (/^[\p{N}]+$/u.test(prevWord) && /[\p{N}]/u.test(next)) return "\u2013";
    if (isUpper(prevWord[0] ?? "") && isUpper(next)) return "\u2013";
    return "\u2014";
  }
  const prevIsSpace = prev === "" || /[\s([{]/u.test(prev);
  const nextIsSpace = next === "" || /\s/u.test(next);
  if (prevIsSpace && !nextIsSpace) return "\u201c";
  if (!prevIsSpace && (nextIsSpace || /[.,;:!?)\]]/u.test(next))) return quoteOpen ? "\u201d" : "\u2019";
  return "\u2014";
}

// ---------------------------------------------------------------------------------------------
// Runs

function findRuns(text: string, table: CodePageTable): [number, number][] {
  const runs: [number, number][] = [];
  let i = 0;
  while (i < text.length) {
    if (!isMappable(table, text[i]!)) {
      i++;
      continue;
    }
    const start = i;
    while (i < text.length && isMappable(table, text[i]!)) i++;
    runs.push([start, i]);
  }
  return runs;
}

function repairRuns(text: string, table: CodePageTable): string {
  const runs = findRuns(text, table);
  if (runs.length === 0) return text;
  // The output is built in parts, with the state the punctuation guess needs kept on the side:
  // reading back from a growing string would make the repair quadratic.
  const parts: string[] = [];
  const state = { tail: "", quoteOpen: false };
  const emit = (part: string) => {
    parts.push(part);
    state.tail = (state.tail + part).slice(-24);
    for (const char of part) {
      if (char === "\n" || char === "\u201d") state.quoteOpen = false;
      else if (char === "\u201c") state.quoteOpen = true;
    }
  };
  let cursor = 0;
  for (const [start, end] of runs) {
    if (start < cursor) continue;
    if (table.lossy && !isThaiMojibakeRun(text, start, end)) continue;
    const units = parseRun(text, start, end, table);
    for (const unit of units) {
      emit(text.slice(cursor, unit.start));
      cursor = unit.start;
      const replacement = resolveUnit(unit, units, text, state.tail, state.quoteOpen, table);
      if (replacement === null) continue;
      emit(replacement);
      cursor = unit.end;
    }
  }
  parts.push(text.slice(cursor));
  return parts.join("");
}

function resolveUnit(
  unit: Unit,
  units: Unit[],
  text: string,
  before: string,
  quoteOpen: boolean,
  table: CodePageTable,
): string | null {
  if (unit.kind === "strict") return isPlausible(unit.codePoint, units) ? unit.value : null;
  if (unit.kind !== "incomplete") return null;
  return fillLostBytes(unit.bytes, table, before, text.slice(unit.end, unit.end + 4), quoteOpen);
}

// ---------------------------------------------------------------------------------------------
// Thai detection: UTF-8 read as windows-874/TIS-620 leaves short runs of Thai characters inside
// Latin words ("dรฉtente", "worldโs"); real Thai text has long runs and few Latin letters.

const THAI_CHAR = /[\u0e01-\u0e5b]/u;

function isThaiMojibakeRun(text: string, start: number, end: number): boolean {
  if (end - start > 4) return false;
  const units = parseRun(text, start, end, THAI);
  // A continuation byte never starts a unit in misread UTF-8.
  return units.every((u) => u.kind !== "none" || !THAI_CHAR.test(text[u.start]!));
}

function detectThaiMojibake(text: string): boolean {
  let thai = 0;
  let latin = 0;
  for (const char of text) {
    if (THAI_CHAR.test(char)) thai++;
    else if (/[A-Za-z]/.test(char)) latin++;
  }
  if (thai === 0 || thai > 0.5 * (thai + latin)) return false;
  let runs = 0;
  let shaped = 0;
  let evidence = 0;
  for (const [start, end] of findRuns(text, THAI)) {
    if (!THAI_CHAR.test(text.slice(start, end))) continue;
    runs++;
    if (!isThaiMojibakeRun(text, start, end)) continue;
    shaped++;
    const units = parseRun(text, start, end, THAI);
    evidence += units.filter((u) => u.kind === "strict" && isPlausible(u.codePoint, units)).length;
    // "โ" (E2) alone between Latin characters: punctuation whose other bytes were lost.
    const lone = end - start <= 2 && THAI.bytes.get(text[start]!) === 0xe2;
    if (lone && /[\x21-\x7e]/.test(text[start - 1] ?? "") && /[\x20-\x7e]/.test(text[end] ?? "")) evidence++;
  }
  return evidence >= 2 && shaped >= 0.8 * runs;
}
