// The date of an event as the text gives it, resolved against the document's publication date:
// "on Thursday" (the last Thursday on or before publication, or the next one when the clause is
// about the future), "last month", "next week", "May 12", "12 May 2025", "in April". Pure: tokens
// in, an ISO date (YYYY-MM-DD) or month (YYYY-MM) out, with the words that gave it.

/** The months' and weekdays' names, lower case, in calendar order (weekdays from Sunday). */
export const MONTHS: readonly string[] = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
const MONTH_SHORT = new Map<string, number>([
  ["jan", 0],
  ["feb", 1],
  ["mar", 2],
  ["apr", 3],
  ["jun", 5],
  ["jul", 6],
  ["aug", 7],
  ["sep", 8],
  ["sept", 8],
  ["oct", 9],
  ["nov", 10],
  ["dec", 11],
]);
export const WEEKDAYS: readonly string[] = [
  "sunday",
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
];

const capitalized = (w: string) => w[0]!.toUpperCase() + w.slice(1);
/** The names as texts write them: "July", "Monday", and the months' abbreviations ("Sept"). */
export const MONTH_NAMES: readonly string[] = MONTHS.map(capitalized);
export const WEEKDAY_NAMES: readonly string[] = WEEKDAYS.map(capitalized);
export const MONTH_ABBREVIATIONS: readonly string[] = [...MONTH_SHORT.keys()].map(capitalized);
/** A month's or a weekday's full name as texts write it: a date, not a name ("the July summit"). */
export const CALENDAR_NAMES: ReadonlySet<string> = new Set([...MONTH_NAMES, ...WEEKDAY_NAMES]);

/** Words that put a clause in the future: the weekday named is the next one, not the last. */
const FUTURE = /^(will|next|upcoming|planned|plans|plan|expected|scheduled|slated|shall|meet|meets)$/i;

/**
 * A resolved date: `iso` is YYYY-MM-DD when the day is known, YYYY-MM when only the month is, and
 * empty when neither the text nor the document gives a year.
 */
export interface EventDate {
  iso: string;
  /** The words that gave it ("on Thursday", "last month"). */
  text: string;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

function isoDay(d: Date): string {
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

function isoMonth(year: number, month: number): string {
  const d = new Date(Date.UTC(year, month, 1));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
}

function monthIndex(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, "");
  const full = MONTHS.indexOf(w);
  return full >= 0 ? full : (MONTH_SHORT.get(w) ?? -1);
}

function parseDocDate(date: string | null | undefined): Date | null {
  if (!date || !/^\d{4}-\d{2}-\d{2}/.test(date)) return null;
  const d = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? null : d;
}

/**
 * The first date written in `words` (one clause's tokens, in order), resolved against `docDate`
 * (YYYY-MM-DD or null). Weekdays and relative phrases need the document's date; absolute dates
 * take its year when they give none.
 */
export function resolveDate(words: readonly string[], docDate: string | null | undefined): EventDate | undefined {
  const base = parseDocDate(docDate);
  const future = words.some((w) => FUTURE.test(w));
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const lower = w.toLowerCase();
    const next = words[i + 1]?.toLowerCase() ?? "";
    const prev = words[i - 1]?.toLowerCase() ?? "";
    // "May 12", "May 12, 2025", "12 May 2025", "in May", "last April".
    const m = /^[A-Z]/.test(w) ? monthIndex(w) : -1;
    if (
      m >= 0 &&
      !(lower === "may" && !/^\d/.test(next) && !/^(in|of|since|until|by|last|early|late|mid)$/.test(prev))
    ) {
      const dayAfter = /^(\d{1,2})(st|nd|rd|th)?$/.exec(next);
      const dayBefore = /^(\d{1,2})(st|nd|rd|th)?$/.exec(prev);
      const day = dayAfter ? Number(dayAfter[1]) : dayBefore ? Number(dayBefore[1]) : 0;
      const yearWord = words.slice(i + 1, i + 4).find((x) => /^(19|20)\d\d$/.test(x));
      let year = yearWord ? Number(yearWord) : (base?.getUTCFullYear() ?? 0);
      if (!yearWord && base) {
        // "next April" or a month well after publication in a past clause: another year.
        if (prev === "next" && m <= base.getUTCMonth()) year++;
        else if (prev === "last" && m >= base.getUTCMonth()) year--;
        else if (!future && m > base.getUTCMonth() + 1) year--;
        else if (words.some((x, k) => x.toLowerCase() === "next" && words[k + 1]?.toLowerCase() === "year")) year++;
      }
      const text = `${dayBefore ? `${prev} ${w}` : dayAfter ? `${w} ${words[i + 1]}` : w}${yearWord ? `, ${yearWord}` : ""}`;
      // No year anywhere (an undated document): the words alone, `iso` empty.
      if (!year) return { iso: "", text };
      return { iso: day >= 1 && day <= 31 ? `${isoMonth(year, m)}-${pad(day)}` : isoMonth(year, m), text };
    }
    const wd = WEEKDAYS.indexOf(lower.replace(/['’]s$/, ""));
    if (wd >= 0 && /^[A-Z]/.test(w)) {
      // No publication date (an undated document): the words alone, `iso` empty, as for a month.
      if (!base) return { iso: "", text: prev === "on" || prev === "last" || prev === "next" ? `${prev} ${w}` : w };
      const d = new Date(base);
      const delta = base.getUTCDay() - wd;
      if (future || prev === "next" || (prev === "this" && delta < 0))
        d.setUTCDate(d.getUTCDate() + ((wd - base.getUTCDay() + 7) % 7 || 7));
      else if (prev === "last") d.setUTCDate(d.getUTCDate() - ((delta + 7) % 7 || 7));
      else d.setUTCDate(d.getUTCDate() - ((delta + 7) % 7));
      return { iso: isoDay(d), text: prev === "on" || prev === "last" || prev === "next" ? `${prev} ${w}` : w };
    }
    if (!base) continue;
    if (lower === "yesterday" || lower === "today" || lower === "tomorrow") {
      const d = new Date(base);
      d.setUTCDate(d.getUTCDate() + (lower === "yesterday" ? -1 : lower === "tomorrow" ? 1 : 0));
      return { iso: isoDay(d), text: w };
    }
    if (
      (lower === "last" || lower === "next" || lower === "this" || lower === "earlier") &&
      /^(week|month|year)$/.test(next)
    ) {
      const sign = lower === "last" ? -1 : lower === "next" ? 1 : 0;
      const text = `${w} ${words[i + 1]}`;
      if (next === "week") {
        const d = new Date(base);
        d.setUTCDate(d.getUTCDate() + 7 * sign);
        return { iso: isoDay(d).slice(0, 7), text };
      }
      if (next === "month") return { iso: isoMonth(base.getUTCFullYear(), base.getUTCMonth() + sign), text };
      return { iso: String(base.getUTCFullYear() + sign), text };
    }
    if ((lower === "earlier" || lower === "later") && next === "this" && /^(week|month)$/i.test(words[i + 2] ?? ""))
      return { iso: isoMonth(base.getUTCFullYear(), base.getUTCMonth()), text: `${w} this ${words[i + 2]}` };
  }
  return undefined;
}

/** Month label of an ISO date or month: "2025-09-12" → "September 2025". */
export function monthLabel(iso: string): string {
  const m = /^(\d{4})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const name = MONTHS[Number(m[2]) - 1]!;
  return `${name[0]!.toUpperCase()}${name.slice(1)} ${m[1]}`;
}

/** "2025-09-12", "September 2025", "July 23" (the report's year): YYYY-MM; undefined when undated. */
export function monthOf(date: string | undefined, docDate: string | null): string | undefined {
  const iso = /^(\d{4})-(\d{2})/.exec(date ?? "");
  if (iso) return `${iso[1]}-${iso[2]}`;
  const words = /^([A-Za-z]+)(?: \d{1,2})?(?:,? (\d{4}))?$/.exec(date ?? "");
  const m = words ? MONTHS.indexOf(words[1]!.toLowerCase()) : -1;
  const year = words?.[2] ?? docDate?.slice(0, 4);
  return m >= 0 && year ? `${year}-${String(m + 1).padStart(2, "0")}` : undefined;
}
