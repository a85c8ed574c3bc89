// Government bodies written in lower case, as the press names other states' ministries: "Indonesia's
// trade ministry", "the Chinese commerce ministry", "the finance ministry in Jakarta", "South
// Korea's presidential office". Called by stage 3 after its capitalised spans: one pass over the
// tokens, a set lookup per token before any other work. The body is named as readers look it up,
// its portfolio and its state: "trade ministry (Indonesia)". Pure: tokens and mentions in, spans out.

import { clearLeader } from "../leader.ts";
import { CAPITALS, CITIES, COUNTRY_BY_CODE, REGIONS } from "../lexicon/places.ts";
import { isPossessiveMark, type Token } from "./02-tokens.ts";
import type { Mention } from "./03-mentions.ts";

/** A lower-case body found: its token span, its name and its state's code. */
export interface AgencyNoun {
  ts: number;
  te: number;
  name: string;
  code: string;
}

/** Lower-case heads of a state's body. */
const HEADS: ReadonlySet<string> = new Set(["ministry", "office"]);

/** Words naming a portfolio before "ministry": "trade", "foreign", "mines and energy", "industry and trade". */
const PORTFOLIO_WORDS: ReadonlySet<string> = new Set([
  "commerce",
  "trade",
  "foreign",
  "affairs",
  "external",
  "finance",
  "financial",
  "economy",
  "economic",
  "economics",
  "industry",
  "industries",
  "industrial",
  "energy",
  "mines",
  "mining",
  "mineral",
  "minerals",
  "resources",
  "natural",
  "defence",
  "defense",
  "interior",
  "agriculture",
  "environment",
  "health",
  "justice",
  "labour",
  "labor",
  "transport",
  "science",
  "technology",
  "information",
  "communications",
  "investment",
  "planning",
  "development",
  "petroleum",
  "oil",
  "electricity",
  "power",
  "fisheries",
  "land",
  "digital",
  "treasury",
  "and",
]);

/** Modifiers of "office" that make it a state's body: "the presidential office". */
const OFFICE_WORDS: ReadonlySet<string> = new Set(["presidential"]);

/** How many words a portfolio may have ("industry and information technology"). */
const MAX_PORTFOLIO = 5;

/**
 * The lower-case bodies of a document. The state is the country whose possessive or demonym stands
 * just before ("Indonesia's trade ministry", "the Chinese foreign ministry"), else a capital after
 * "in" ("the finance ministry in Jakarta"), else the state of the same body named with one
 * elsewhere in the document, else the document's clear main country, else the country of its
 * dateline's city (not the United States). A body no state can be given is left out.
 */
export function findAgencyNouns(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  claimed: Uint8Array,
): AgencyNoun[] {
  const found: { ts: number; te: number; words: string; code: string | undefined }[] = [];
  let byEnd: Map<number, Mention> | undefined;
  let byStart: Map<number, Mention> | undefined;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!HEADS.has(t.text) || claimed[i]) continue;
    const words = t.text === "office" ? OFFICE_WORDS : PORTFOLIO_WORDS;
    let start = i;
    while (
      start - 1 >= 0 &&
      i - start < MAX_PORTFOLIO &&
      tokens[start - 1]!.sentence === t.sentence &&
      !claimed[start - 1] &&
      words.has(tokens[start - 1]!.text)
    )
      start--;
    // "the ministry", "trade and ministry": a portfolio word must open the body's name.
    if (start === i || tokens[start]!.text === "and") continue;
    if (!byEnd || !byStart) {
      byEnd = new Map();
      byStart = new Map();
      for (const m of mentions) {
        if (m.type !== "Country" && m.type !== "Place") continue;
        if (!byEnd.has(m.te)) byEnd.set(m.te, m);
        if (!byStart.has(m.ts)) byStart.set(m.ts, m);
      }
    }
    found.push({
      ts: start,
      te: i + 1,
      words: tokens
        .slice(start, i + 1)
        .map((x) => x.text)
        .join(" "),
      code:
        ownerBefore(tokens, byEnd, start) ??
        capitalAfter(tokens, byStart, i + 1) ??
        stateAfterOf(tokens, byStart, i + 1),
    });
  }
  if (found.length === 0) return [];
  const byWords = new Map<string, string>();
  for (const f of found) if (f.code && !byWords.has(f.words)) byWords.set(f.words, f.code);
  let main: string | null | undefined;
  const out: AgencyNoun[] = [];
  for (const f of found) {
    let code = f.code ?? byWords.get(f.words);
    if (!code) {
      if (main === undefined) {
        // Not the United States: it has departments, not ministries, and the White House, not a
        // "presidential office" (a Korean paper's story that names only the United States): then
        // the state the dateline reports from ("DAEGU, North Gyeongsang —").
        main = mainCountryCode(mentions);
        if (!main || main === "US") main = datelineCountryCode(mentions);
      }
      code = main && main !== "US" ? main : undefined;
    }
    const state = code ? COUNTRY_BY_CODE.get(code)?.name : undefined;
    if (code && state) out.push({ ts: f.ts, te: f.te, name: `${f.words} (${state})`, code });
  }
  return out;
}

/** "Indonesia's trade ministry", "the Chinese foreign ministry": the state right before the body. */
function ownerBefore(tokens: readonly Token[], byEnd: Map<number, Mention>, start: number): string | undefined {
  const possessive = isPossessiveMark(tokens[start - 1]?.text);
  const m = byEnd.get(possessive ? start - 1 : start);
  if (!m || m.sentence !== tokens[start]!.sentence) return undefined;
  // Round 17b: "Beijing's commerce ministry", "Tokyo's industry ministry": a capital's possessive
  // stands for its state.
  if (m.type === "Place") return possessive ? CAPITALS.get(m.name) : undefined;
  if (m.type !== "Country") return undefined;
  // A demonym needs no possessive; a country's name needs one ("India trade ministry" is rare and
  // "with India trade ministry officials" ambiguous).
  return possessive || m.demonym ? m.name : undefined;
}

/** Round 17b: "the trade ministry of Chile", "the foreign ministry of the Philippines": the state after "of". */
function stateAfterOf(tokens: readonly Token[], byStart: Map<number, Mention>, te: number): string | undefined {
  if (tokens[te]?.text !== "of") return undefined;
  const at = tokens[te + 1]?.text === "the" ? te + 2 : te + 1;
  const m = byStart.get(at);
  if (m?.type !== "Country" || m.demonym || m.sentence !== tokens[te]!.sentence) return undefined;
  return m.name;
}

/** "the finance ministry in Jakarta": the state of a capital named right after "in". */
function capitalAfter(tokens: readonly Token[], byStart: Map<number, Mention>, te: number): string | undefined {
  if (tokens[te]?.text !== "in") return undefined;
  const m = byStart.get(te + 1);
  if (!m || m.sentence !== tokens[te]!.sentence) return undefined;
  if (m.type === "Country" && m.capitalAsState) return m.name;
  return m.type === "Place" ? CAPITALS.get(m.name) : undefined;
}

/** "DAEGU, North Gyeongsang —": the country of the city the dateline reports from, if known. */
function datelineCountryCode(mentions: readonly Mention[]): string | null {
  const city = mentions.find((m) => m.rule === "dateline-city");
  return (city && CITIES.get(city.name)) ?? null;
}

/** The code of the country the document names at least twice, and twice as often as any other. */
function mainCountryCode(mentions: readonly Mention[]): string | null {
  const counts = new Map<string, number>();
  for (const m of mentions) if (m.type === "Country") counts.set(m.name, (counts.get(m.name) ?? 0) + 1);
  return clearLeader(counts, 2) ?? null;
}

/** A portfolio as a formal name writes it: "trade and industry" → "Trade and Industry". */
function titleCase(words: string): string {
  return words.replace(/\b(?!and\b)[\p{Ll}]/gu, (c) => c.toUpperCase());
}

/**
 * The other forms readers write a ministry's name in, as a body's aliases: "Commerce
 * Ministry" is also the "Ministry of Commerce" and the "commerce ministry". The studied gold names
 * a state's ministry in the formal form 56 times and writes the others as its aliases. A name with
 * its state in brackets ("commerce ministry (India)") gets no bare form: several states' bodies
 * would answer to it across the corpus (measured: the pooled score pairs the gold's one "Ministry
 * of Commerce" with another state's).
 */
export function ministryForms(name: string): string[] {
  // A name with its state in brackets keeps it: another state's body of the same portfolio would
  // answer to the bare form too, and the corpus holds several.
  if (/\)$/.test(name)) return [];
  const short = /^([\p{L}]+(?: and [\p{L}]+)?) [Mm]inistry$/u.exec(name);
  if (short) {
    const portfolio = short[1]!;
    // "Foreign Ministry": its formal name is another ("Ministry of Foreign Affairs"), which every
    // state's has; left as written.
    if (/^foreign$/i.test(portfolio)) return [];
    return [`Ministry of ${titleCase(portfolio)}`, `${portfolio.toLowerCase()} ministry`].filter((f) => f !== name);
  }
  return [];
}

/** A region's government found: its token span, its name, its country's code and the mentions it replaces. */
export interface RegionGovernment {
  ts: number;
  te: number;
  name: string;
  code: string;
  /** The mentions inside the span it replaces (the region's, or a span typed inside its adjective). */
  replaced: Mention[];
}

/** Words between a region and "government" that the body's name keeps: "Wyoming's state government". */
const TIER_WORDS: ReadonlySet<string> = new Set(["state", "provincial", "territory", "territorial", "regional"]);

/**
 * A first-level region's government written with a lower-case head, as the press names the bodies
 * of a federation's states and provinces: "the Queensland government", "Wyoming's state
 * government", "the Tasmanian government", "the Commonwealth and Queensland governments". The
 * region is a gazetteer region's mention right before the head (its possessive and a tier word
 * between allowed), or its adjective, the region's name with "n" added ("Tasmanian", "South
 * Australian", "Californian"). A sovereign state's government stays the state, as the press uses
 * it; the capitalised "Government" is the span reading's. The body is named as written, singular.
 */
export function findRegionGovernments(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  claimed: Uint8Array,
): RegionGovernment[] {
  const out: RegionGovernment[] = [];
  let byEnd: Map<number, Mention> | undefined;
  // Mentions do not cross sentences: those overlapping the adjective are its sentence's.
  let bySentence: Map<number, Mention[]> | undefined;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if ((t.text !== "government" && t.text !== "governments") || claimed[i]) continue;
    let k = i;
    const tier = TIER_WORDS.has(tokens[k - 1]?.text ?? "") ? tokens[--k]!.text : "";
    const possessive = isPossessiveMark(tokens[k - 1]?.text);
    if (possessive) k--;
    if (k <= 0 || tokens[k - 1]!.sentence !== t.sentence) continue;
    if (!byEnd) {
      byEnd = new Map();
      for (const m of mentions) if (!byEnd.has(m.te)) byEnd.set(m.te, m);
    }
    const before = byEnd.get(k);
    const region = before?.rule === "gazetteer-region" && REGIONS.has(before.name) ? before : undefined;
    if (region) {
      const code = REGIONS.get(region.name)!;
      const name = `${region.name} ${tier ? `${tier} ` : ""}government`;
      out.push({ ts: region.ts, te: i + 1, name, code, replaced: [region] });
      continue;
    }
    // "the Tasmanian government", "the South Australian government": the region's adjective.
    if (possessive) continue;
    for (const n of [2, 1]) {
      if (k - n < 0) continue;
      const words = tokens.slice(k - n, k);
      if (words.some((w) => w.sentence !== t.sentence || !/^[\p{Lu}][\p{L}]+$/u.test(w.text))) continue;
      const adjective = words.map((w) => w.text).join(" ");
      const name = /an$/.test(adjective) ? adjective.slice(0, -1) : "";
      const code = name ? REGIONS.get(name) : undefined;
      if (!code) continue;
      // Spans the capitalised reading typed inside the adjective ("Australian" in "South
      // Australian") give way; one running past it does not.
      bySentence ??= mentionsBySentence(mentions);
      const inside = (bySentence.get(t.sentence) ?? []).filter((m) => m.ts < k && m.te > k - n);
      if (inside.some((m) => m.ts < k - n || m.te > k)) continue;
      out.push({
        ts: k - n,
        te: i + 1,
        name: `${adjective} ${tier ? `${tier} ` : ""}government`,
        code,
        replaced: inside,
      });
      break;
    }
  }
  return out;
}

/** The mentions of each sentence, in their order. */
export function mentionsBySentence(mentions: readonly Mention[]): Map<number, Mention[]> {
  const out = new Map<number, Mention[]>();
  for (const m of mentions) {
    const list = out.get(m.sentence);
    if (list) list.push(m);
    else out.set(m.sentence, [m]);
  }
  return out;
}
