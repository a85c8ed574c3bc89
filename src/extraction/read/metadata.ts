// Document metadata found in the text itself: publication dates, bylines (authors and outlet),
// labelled fields ("Published On:", "Written by") and the headline. Bylines and dates are only
// looked for where pages put them (the first and last lines) unless a label names them.
// Line-based and pure; furniture that carries no metadata is furniture.ts's.

/** Metadata read from the lines of a document, and the lines left once bylines and labels are dropped. */
export interface LineMetadata {
  lines: string[];
  authors: string[];
  /** ISO date (YYYY-MM-DD) or null. */
  date: string | null;
  source: string | null;
}

/** Non-empty lines at each end of a document where bylines and datelines are looked for. */
export const METADATA_ZONE_LINES = 8;

// biome-ignore format: a word list reads better packed
const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH =
  "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
const DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
const YEAR = "((?:19|20)\\d{2})";

/** Date forms, each with the order of its (year, month, day) groups. */
const DATE_FORMS: readonly { pattern: RegExp; order: [number, number, number] }[] = [
  { pattern: new RegExp(`\\b${YEAR}-(\\d{2})-(\\d{2})(?![\\d])`, "i"), order: [1, 2, 3] },
  { pattern: new RegExp(`\\b${YEAR}/(\\d{1,2})/(\\d{1,2})\\b`, "i"), order: [1, 2, 3] },
  { pattern: new RegExp(`\\b${MONTH}\\s+${DAY},?\\s+${YEAR}\\b`, "i"), order: [3, 1, 2] },
  { pattern: new RegExp(`\\b${DAY}\\s+(?:of\\s+)?${MONTH},?\\s+${YEAR}\\b`, "i"), order: [3, 2, 1] },
];

/** A date found in a string: its ISO form and where it was written. */
export interface FoundDate {
  iso: string;
  index: number;
  length: number;
}

/** The first full date (day, month and year) written in `value`, or null. */
export function findDate(value: string): FoundDate | null {
  let best: FoundDate | null = null;
  for (const { pattern, order } of DATE_FORMS) {
    const match = pattern.exec(value);
    if (match === null || (best !== null && match.index >= best.index)) continue;
    const iso = toIso(match[order[0]]!, match[order[1]]!, match[order[2]]!);
    if (iso !== null) best = { iso, index: match.index, length: match[0].length };
  }
  return best;
}

/** The first full date in `value` as YYYY-MM-DD ("Oct 27, 2025", "27 October 2025", "2025-10-27T08:00Z"), or null. */
export function parseDate(value: string): string | null {
  return findDate(value)?.iso ?? null;
}

function toIso(yearText: string, monthText: string, dayText: string): string | null {
  const month = /^\d+$/.test(monthText) ? Number(monthText) : MONTHS[monthText.toLowerCase().slice(0, 3)];
  const day = Number(dayText);
  if (month === undefined || month < 1 || month > 12 || day < 1) return null;
  const check = new Date(Date.UTC(Number(yearText), month - 1, day));
  if (check.getUTCMonth() !== month - 1) return null;
  return `${yearText}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

// ---------------------------------------------------------------------------------------------
// Names and bylines

// biome-ignore format: a word list reads better packed
const NAME_PARTICLES = new Set(["de", "da", "das", "do", "dos", "del", "della", "di", "du", "van", "von", "der", "den", "ter", "la", "le", "bin", "binti", "al", "el", "y"]);
// Words that make a capitalised phrase an organisation or a role rather than a person.
// biome-ignore format: a word list reads better packed
const NOT_NAME_WORDS = new Set([
  "staff", "desk", "team", "bureau", "news", "media", "press", "agency", "agencies", "times", "post", "online",
  "network", "editor", "editors", "editorial", "correspondent", "reporter", "reporters", "service", "services",
  "wire", "wires", "daily", "journal", "herald", "tribune", "reuters", "ap", "afp", "bloomberg", "inputs",
  "published", "updated", "posted", "comments", "share", "the", "and", "by", "of", "on", "in", "for", "with",
  "read", "more", "tune", "leave", "reply", "image", "photo", "source", "summary", "highlights",
]);

/** True when the string reads as a person's name: two to five capitalised words ("H. Rahman", "Ana de la Cruz"). */
export function isPersonName(value: string): boolean {
  const words = value.trim().split(/\s+/);
  if (words.length < 2 || words.length > 5 || value.length > 60) return false;
  if (!/^[\p{Lu}]/u.test(words[0]!) || !/^[\p{Lu}]/u.test(words.at(-1)!)) return false;
  return words.every((word) => {
    if (NOT_NAME_WORDS.has(word.toLowerCase())) return false;
    if (NAME_PARTICLES.has(word.toLowerCase())) return true;
    return /^[\p{Lu}](?:[\p{L}'’-]*[\p{L}])?\.?$/u.test(word) || /^(?:[\p{Lu}]\.){1,3}$/u.test(word);
  });
}

/** Splits "Jane Doe, John Roe and Ann Poe" into names; returns [] unless every part is a name. */
export function parseAuthorNames(value: string): string[] {
  const parts = value
    .replace(/\s+/g, " ")
    .split(/\s*(?:,|;|&|\band\b)\s*/i)
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length === 0 || !parts.every(isPersonName)) return [];
  return parts.map(normaliseNameCase);
}

// "JANE DOE" → "Jane Doe"; mixed case is kept as written ("McDonagh", "al-Sisi").
function normaliseNameCase(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name
    .toLowerCase()
    .replace(/(^|[\s'’-])([\p{L}])/gu, (_, sep: string, letter: string) => sep + letter.toUpperCase());
}

/** Outlet names: one to five words (a wire in brackets after them apart), the first capitalised ("Reuters", "The Daily Planet"). */
function isOutletName(value: string): boolean {
  // "Global Banking and Finance Review (Reuters)": the wire credited in brackets is no word of the site's name.
  const words = value
    .trim()
    .replace(/\s*\([^()]{2,40}\)$/, "")
    .split(/\s+/);
  return (
    words.length >= 1 &&
    words.length <= 5 &&
    value.length <= 80 &&
    // "gCaptain", "iNews": a camel-cased outlet may open with a lower-case letter.
    /^(?:[\p{Lu}\p{N}]|[\p{Ll}][\p{Lu}])/u.test(value) &&
    !/[.!?]$/.test(value)
  );
}

/** Words that only an outlet's name holds ("Acme News", "The Daily Post"), never a person's. */
const OUTLET_WORDS =
  /^(?:news|media|times|post|press|daily|journal|herald|tribune|wire|network|online|reuters|ap|afp|bloomberg)$/i;

/**
 * "Jane Doe Acme News": a person's name (two to four words) run on into an outlet's, the outlet
 * opening with a word only outlets hold ("Bloomberg News"), or ending with one after a capitalised word.
 */
function nameThenOutlet(value: string): { authors: string[]; outlet: string } | null {
  const words = value.trim().split(/\s+/);
  // The shortest name first: "Ana Ruiz Harbor News" is Ana Ruiz of Harbor News.
  for (let k = 2; k <= Math.min(4, words.length - 1); k++) {
    const outlet = words.slice(k).join(" ");
    const marked = OUTLET_WORDS.test(words[k]!) || (words.length - k >= 2 && OUTLET_WORDS.test(words.at(-1)!));
    if (!marked || !/^[\p{Lu}]/u.test(words[k]!) || !isOutletName(outlet)) continue;
    const name = words.slice(0, k).join(" ");
    if (isPersonName(name)) return { authors: [normaliseNameCase(name)], outlet };
  }
  return null;
}

/**
 * "Jane Doe, Lima; John Roe, The Wire": two or more parts split at semicolons, each a person's
 * name, a comma and one to four capitalised words (a city or an outlet). Returns [] otherwise.
 */
function semicolonAuthors(value: string): string[] {
  if (!value.includes(";")) return [];
  const parts = value.split(/\s*;\s*/).filter(Boolean);
  if (parts.length < 2) return [];
  const names: string[] = [];
  for (const part of parts) {
    const comma = /^([^,]+),\s*([^,]+)$/.exec(part);
    if (comma === null) return [];
    const name = comma[1]!.trim();
    if (!isPersonName(name) || !isOutletName(comma[2]!) || comma[2]!.split(/\s+/).length > 4) return [];
    names.push(normaliseNameCase(name));
  }
  return names;
}

/** What a byline gives. */
export interface Byline {
  authors: string[];
  source: string | null;
  date: string | null;
}

const STAFF_SUFFIX =
  /\s+(?:staff(?:\s+(?:writer|reporter|correspondent))?|correspondent|reporter|contributor|writer|news\s+desk|desk|bureau)$/i;

/**
 * Reads a byline line: "By Jane Doe and John Roe | Reuters", "By JANE DOE, Reuters, Oct 27, 2025",
 * "Hadisur Rahman, JadeTimes Staff". Returns null when the line is anything else, such as a
 * sentence about the author ("H. Rahman is a reporter covering Business").
 */
export function parseByline(line: string): Byline | null {
  // "Jane Doe, Bloomberg News on": a preposition whose date the page left out;
  // "By Jane Doe Posted : May 2, 2025": a page's stamp after the names.
  const text = line
    .trim()
    .replace(/\s+(?:posted|updated|published)\s*:.*$/i, "")
    .replace(/\s+(?:on|at)$/i, "");
  // "Written by Jane Doe", "Authored by Jane Doe via The Wire": the same byline with its verb.
  const by = /^(?:(?:written|authored|reported|story|words)\s+)?by\s+(.+)$/i.exec(text);
  if (by !== null) return parseBylineParts(by[1]!);
  // "Jane Doe, Lima; John Roe, The Wire": authors each with a city or an outlet, split at semicolons.
  const listed = semicolonAuthors(text);
  if (listed.length > 0) return { authors: listed, source: null, date: null };
  // "Wire Staff Jane Doe": the outlet's staff, then the author.
  const staffFirst = /^(.{2,40}?)\s+staff\s+(.+)$/i.exec(text);
  if (staffFirst !== null && isOutletName(staffFirst[1]!)) {
    const authors = parseAuthorNames(staffFirst[2]!);
    if (authors.length > 0) return { authors, source: staffFirst[1]!, date: null };
  }
  // "06 August 2025 - 15:45 By Jane Doe and John Roe": the date and time, then the byline.
  const dated = /^(.*\d.*?)\s+by\s+(.+)$/i.exec(text);
  if (dated !== null && onlyDateWords(dated[1]!)) {
    const date = parseDate(dated[1]!.replace(/\s*[-–—|,]?\s*\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?$/i, ""));
    const byline = date === null ? null : parseBylineParts(dated[2]!);
    if (byline !== null) return { ...byline, date: byline.date ?? date };
  }
  // "Jane Doe (Wire Agency)": an author, the outlet in brackets.
  const bracketed = /^([^()]+?)\s*\(([^()]+)\)$/.exec(text);
  if (bracketed !== null) {
    const authors = parseAuthorNames(bracketed[1]!);
    const outlet = bracketed[2]!.trim();
    if (authors.length === 1 && isOutletName(outlet) && !isPersonName(outlet))
      return { authors, source: outlet, date: null };
  }
  // "Jane Doe & John Roe / Wire": names, a slash or a bar, then the outlet.
  const slash = /^([^/|]+?)\s+[/|]\s+([^/|]+)$/.exec(text);
  if (slash !== null) {
    const authors = parseAuthorNames(slash[1]!);
    const outlet = slash[2]!.trim();
    if (authors.length > 0 && isOutletName(outlet)) return { authors, source: outlet, date: null };
  }
  const staff = /^(.+?),\s*(.+)$/.exec(text);
  if (staff !== null && STAFF_SUFFIX.test(staff[2]!)) {
    const authors = parseAuthorNames(staff[1]!);
    const outlet = staff[2]!.replace(STAFF_SUFFIX, "").trim();
    if (authors.length > 0) return { authors, source: outlet && isOutletName(outlet) ? outlet : null, date: null };
  }
  // "Jane Doe, Acme News": an author, a comma and an outlet named with a word only outlets hold.
  const named = /^([^,]+),\s*([^,]+)$/.exec(text);
  if (named !== null && named[2]!.split(/\s+/).some((w) => OUTLET_WORDS.test(w)) && isOutletName(named[2]!)) {
    const authors = parseAuthorNames(named[1]!);
    if (authors.length === 1) return { authors, source: named[2]!.trim(), date: null };
  }
  return null;
}

/** Whether a byline's prefix holds only a date and a time ("06 August 2025 - 15:45", "Mon, Oct 27, 2025 9:30 AM ET"). */
function onlyDateWords(prefix: string): boolean {
  const words = prefix.match(/[\p{L}]+/gu) ?? [];
  return words.every(
    (w) =>
      MONTHS[w.toLowerCase().slice(0, 3)] !== undefined ||
      /^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*$|^(?:am|pm|gmt|utc|[a-z]{1,2}t|updated|published)$/i.test(w),
  );
}

// "Jane Doe and John Roe | Reuters | Oct 27, 2025": names first, then an outlet and a date in any order.
function parseBylineParts(rest: string): Byline | null {
  const segments = rest
    // "… via The Wire (emphasis ours),": the outlet a republisher credits, its asides left out.
    .replace(/(\s+via\s+[^(,;]+?)\s*[(,;].*$/i, "$1")
    .split(/\s+[|·•–—-]\s+|\s*\|\s*|\s+(?:for|via)\s+/i)
    .map((s) => s.trim())
    .filter(Boolean);
  const first = segments.shift() ?? "";
  let authors = parseAuthorNames(first);
  let source: string | null = null;
  if (authors.length === 0) authors = semicolonAuthors(first);
  if (authors.length === 0) {
    const run = nameThenOutlet(first);
    if (run !== null) return segments.length === 0 ? { authors: run.authors, source: run.outlet, date: null } : null;
    // "Jane Doe, Reuters": the last comma part is the outlet.
    const comma = first.lastIndexOf(",");
    if (comma < 0) return null;
    authors = parseAuthorNames(first.slice(0, comma));
    const outlet = first.slice(comma + 1).trim();
    if (authors.length === 0 || !isOutletName(outlet)) return null;
    source = outlet.replace(STAFF_SUFFIX, "");
  }
  let date: string | null = null;
  for (const segment of segments) {
    const found = parseDate(segment);
    if (found !== null) date ??= found;
    else if (source === null && isOutletName(segment)) source = segment.replace(STAFF_SUFFIX, "");
    else return null;
  }
  return { authors, source, date };
}

// ---------------------------------------------------------------------------------------------
// Labelled fields and date lines

type LabelKind = "author" | "date" | "updated" | "source" | "editor";

const LABELS: readonly { pattern: RegExp; kind: LabelKind }[] = [
  {
    pattern: /^(?:published|written|posted|reported|compiled|story)\s+by$|^(?:author|authors|byline|writer|by)$/i,
    kind: "author",
  },
  { pattern: /^(?:edited|produced)\s+by$|^editor$/i, kind: "editor" },
  {
    pattern:
      /^(?:published|posted|first published|release[d]?|date|dated|publication date|published date)(?:\s+(?:on|at))?$/i,
    kind: "date",
  },
  { pattern: /^(?:updated|last updated|modified|last modified)(?:\s+(?:on|at))?$/i, kind: "updated" },
  { pattern: /^(?:source|sources|courtesy)$/i, kind: "source" },
];

/** Splits "Published On: Oct 27, 2025" into label kind and value; "Published By:" alone gives an empty value. */
function readLabel(line: string): { kind: LabelKind; value: string } | null {
  const match = /^([\p{L} ]{2,24}?)\s*:\s*(.*)$/u.exec(line);
  if (match !== null) {
    const label = LABELS.find((l) => l.pattern.test(match[1]!.trim()));
    if (label !== undefined) return { kind: label.kind, value: match[2]!.trim() };
  }
  return null;
}

// What may surround a date on a dateline: weekdays, times, time zones, "Updated".
const DATELINE_WORD =
  /^(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?|\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:[ap]\.?m\.?)?|[ap]\.?m\.?|(?:gmt|utc)(?:[+-][\d:]+)?|on|at|published|posted|updated|last|first|date|dated)$/i;
const TIME_ZONE = /^[A-Z]{2,5}$/;

/** The date of a line that is only a date with its trimmings ("Monday, October 27, 2025 10:45 AM IST"), or null. */
export function parseDateLine(line: string): string | null {
  if (line.length > 80) return null;
  const found = findDate(line);
  if (found === null) return null;
  const rest = `${line.slice(0, found.index)} ${line.slice(found.index + found.length)}`;
  const words = rest.split(/[\s|,·•/()–—-]+/).filter(Boolean);
  const bare = words.map((word) => word.replace(/:$/, "")).filter(Boolean);
  return bare.every((word) => DATELINE_WORD.test(word) || TIME_ZONE.test(word)) ? found.iso : null;
}

/**
 * Reads bylines, labelled fields and datelines from the lines of a document, dropping the lines
 * that are only metadata: "Published By:" + "Aashish Vashistha", "By Jane Doe | Reuters",
 * "Published On: Oct 27, 2025". Lines that credit an outlet in a sentence ("With inputs from
 * Reuters", "with inputs from agencies") stay in the text and do not make it the source: the
 * agency contributed to the story, another outlet published it.
 */
export function extractLineMetadata(lines: readonly string[]): LineMetadata {
  const nonEmpty = lines.flatMap((line, index) => (line.trim() ? [index] : []));
  const inZone = new Set([...nonEmpty.slice(0, METADATA_ZONE_LINES), ...nonEmpty.slice(-METADATA_ZONE_LINES)]);
  const drop = new Set<number>();
  const authors: string[] = [];
  let date: string | null = null;
  let updated: string | null = null;
  let bylineSource: string | null = null;
  let labelSource: string | null = null;

  const nextValue = (index: number): number | null => {
    const position = nonEmpty.indexOf(index);
    return nonEmpty[position + 1] ?? null;
  };

  for (const index of nonEmpty) {
    if (drop.has(index)) continue;
    const line = lines[index]!.trim();
    const label = readLabel(line);
    if (label !== null) {
      let value = label.value;
      // A label alone on its line takes the next line as its value when that line fits.
      if (value === "") {
        const next = nextValue(index);
        const candidate = next === null ? "" : lines[next]!.trim();
        if (next !== null && fitsLabel(label.kind, candidate)) {
          value = candidate;
          drop.add(next);
        }
      } else if (!fitsLabel(label.kind, value) && !inZone.has(index)) {
        continue;
      }
      drop.add(index);
      if (label.kind === "author") {
        const byline = parseByline(`By ${value}`);
        if (byline !== null) {
          authors.push(...byline.authors);
          bylineSource ??= byline.source;
          date ??= byline.date;
        }
      } else if (label.kind === "date") date ??= parseDate(value);
      else if (label.kind === "updated") updated ??= parseDate(value);
      else if (label.kind === "source" && isOutletName(value)) labelSource ??= value;
      continue;
    }
    if (!inZone.has(index)) continue;
    const byline = parseByline(line);
    if (byline !== null) {
      drop.add(index);
      authors.push(...byline.authors);
      bylineSource ??= byline.source;
      date ??= byline.date;
      continue;
    }
    const dateline = parseDateLine(line);
    if (dateline !== null) {
      drop.add(index);
      date ??= dateline;
    }
  }
  return {
    lines: lines.filter((_, index) => !drop.has(index)),
    authors: [...new Set(authors)],
    date: date ?? updated,
    source: bylineSource ?? labelSource,
  };
}

function fitsLabel(kind: LabelKind, value: string): boolean {
  if (kind === "author") return parseByline(`By ${value}`) !== null;
  if (kind === "editor") return parseAuthorNames(value).length > 0;
  if (kind === "date" || kind === "updated") return parseDate(value) !== null;
  return isOutletName(value);
}

// ---------------------------------------------------------------------------------------------
// Title

/** Longest title taken from a first sentence when the document has no headline. */
export const MAX_TITLE_LENGTH = 120;

/** True when a line reads as a headline: 3–25 words, capitalised, no final period, not a list item. */
export function isHeadline(line: string): boolean {
  const text = line.trim();
  const words = text.split(/\s+/);
  if (words.length < 3 || words.length > 25 || text.length > 200) return false;
  if (/^(?:[-*•–]|\d+[.)])\s/.test(text)) return false;
  if (/[.,;:]$/.test(text)) return false;
  return /^[\p{Lu}\p{N}"“‘'(]/u.test(text);
}

/**
 * The document's title: the first line when it reads as a headline (or the second under a one- or
 * two-word kicker), else the first
 * sentence of the first paragraph, shortened to `MAX_TITLE_LENGTH` characters; "" for an empty text.
 */
export function extractTitle(text: string): string {
  const lines = text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
  // A one- or two-word kicker ("Exclusive", "Breaking News") may sit above the headline.
  const candidates = (lines[0]?.split(/\s+/).length ?? 0) <= 2 ? lines.slice(0, 2) : lines.slice(0, 1);
  const headline = candidates.find(isHeadline);
  if (headline !== undefined) return headline;
  const paragraph = lines.find((line) => line.split(/\s+/).length >= 8 && !/^[-*•]\s/.test(line)) ?? lines[0] ?? "";
  const sentence = /^.+?[.!?](?=["”’)]?\s+["“‘(]?[\p{Lu}])/u.exec(paragraph)?.[0] ?? paragraph;
  if (sentence.length <= MAX_TITLE_LENGTH) return sentence;
  const cut = sentence.slice(0, MAX_TITLE_LENGTH - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), 1)).replace(/[\s,;:–—-]+$/, "")}…`;
}
