// Scores an extraction against the gold annotations: a faithful port of shared/eval/score.mjs,
// with the same matching rules and the same printed text, byte for byte. Only `loadGold` reads
// files; scoring and formatting are pure. Do not "improve" a rule here: the reference decides.

import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { InvalidInputError, NotFoundError } from "../errors.ts";

/** The scorer's own copy of the symmetric predicates: it follows score.mjs, not the ontology. */
const SYMMETRIC = new Set(["NEGOTIATED_WITH", "MET_WITH", "PARTNERED_WITH"]);

/** A gold entity as annotated (see shared/eval/GOLD_FORMAT.md). */
export interface GoldEntity {
  name: string;
  type: string;
  aliases?: string[];
  /** Meetings only: alternatives, each a list of words that all appear in a name for it. */
  keywords?: string[][];
  [field: string]: unknown;
}

/** A gold relation; STATED relations carry the quote's first words in `attributes.quote`. */
export interface GoldRelation {
  source: string;
  predicate: string;
  target?: string | null;
  attributes?: Record<string, string>;
  [field: string]: unknown;
}

/** One gold file, or the merged gold of a directory. */
export interface Gold {
  entities: GoldEntity[];
  relations: GoldRelation[];
}

/** The parts of an extraction the scorer reads (`nodes`/`edges` are accepted as in score.mjs). */
export interface ScorableExtraction {
  entities?: ScorableEntity[];
  nodes?: ScorableEntity[];
  relations?: ScorableRelation[];
  edges?: ScorableRelation[];
  statements?: ScorableStatement[];
}

export interface ScorableEntity {
  id: string;
  name: string;
  type: string;
  aliases?: string[];
}

export interface ScorableRelation {
  source: string;
  predicate: string;
  target: string;
  /** The rules that found it (the extraction's evidence): read only for the counts per rule. */
  evidence?: readonly { rule?: unknown }[];
}

export interface ScorableStatement {
  speaker: string;
  quote: string;
}

/** Precision, recall and F1, rounded to three decimals as score.mjs does. */
export interface Metrics {
  tp: number;
  fp: number;
  fn: number;
  p: number;
  r: number;
  f1: number;
}

/** What `--verbose` lists, already in the reference's wording and order. */
export interface ScoreDetails {
  /** Entity types in the order of the table (sorted). */
  types: string[];
  /** Relation predicates in the order of the table (sorted, without CO_OCCURS). */
  predicates: string[];
  /** `Type: name` of each gold entity no system entity matched. */
  missedEntities: string[];
  /** `Type: name` of each unmatched or duplicate system entity, with `  (duplicate of X)`. */
  spuriousEntities: string[];
  /** Keys `source|PREDICATE|target` of gold relations the system missed. */
  missedRelations: string[];
  /** Keys of system relations not in the gold (`?id|PREDICATE|id` when an end is unmatched). */
  spuriousRelations: string[];
  /** `speaker: quote` of each gold statement the system missed. */
  missedStatements: string[];
  /**
   * Why gold relations were missed, per predicate: `endMissed` when no system entity matched one of
   * its ends (entity recognition lost it), `endsFound` when both ends were found (the relation
   * rules lost it). Counts only, so held-out splits may print them.
   */
  missCauses: Record<string, { endMissed: number; endsFound: number }>;
  /** The types of the gold ends no system entity matched, counted over the missed relations. */
  missedEndTypes: Record<string, number>;
  /**
   * The kinds of the gold meetings no system meeting matched (`missed`) and of the system meetings
   * that matched none or a taken one (`spurious`), by the first kind noun of their names (see
   * `meetingKind`). Counts only, so held-out splits may print them.
   */
  meetingKinds: { missed: Record<string, number>; spurious: Record<string, number> };
  /**
   * Per extraction rule (named in the relations' evidence), how many of the relations it found are
   * in the gold (`tp`) and how many are not (`fp`); a relation several rules found counts for each.
   * Counts only, so held-out splits may print them.
   */
  ruleCounts: Record<string, { tp: number; fp: number }>;
}

/** The result of scoring; everything but `details` is what `--json` prints. */
export interface ScoreResult {
  entities: Metrics & { byType: Record<string, Metrics> };
  relations: Metrics & { byPredicate: Record<string, Metrics> };
  statements: Metrics;
  details: ScoreDetails;
}

/** Options of `formatScore`, named after score.mjs's flags. */
export interface FormatScoreOptions {
  /** Print the JSON result instead of the table. */
  json?: boolean;
  /** Append the lists of misses and spurious items. */
  verbose?: boolean;
  /** Append the missed relations' causes (an end entity missed, or both ends found): counts only. */
  causes?: boolean;
  /** Append the relations found per extraction rule, in the gold or not: counts only. */
  rules?: boolean;
}

/** Normalises a surface form the way score.mjs does: no accents, case, possessive, "the" or punctuation. */
export function normalizeSurface(s: unknown): string {
  return String(s ?? "")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/'s\b/g, "")
    .replace(/\bthe\b/g, " ")
    .replace(/[^a-z0-9%$ ]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

function words(s: unknown): string[] {
  return normalizeSurface(s).split(" ").filter(Boolean);
}

/**
 * Merges gold files: entities sharing type and normalised name become one (aliases united,
 * keywords concatenated); relations repeated across files are kept once.
 */
export function mergeGold(files: Gold[]): Gold {
  const byKey = new Map<string, GoldEntity>();
  for (const e of files.flatMap((g) => g.entities)) {
    const key = `${e.type}|${normalizeSurface(e.name)}`;
    const prev = byKey.get(key);
    if (prev) {
      prev.aliases = [...new Set([...(prev.aliases ?? []), ...(e.aliases ?? [])])];
      prev.keywords = [...(prev.keywords ?? []), ...(e.keywords ?? [])];
    } else {
      byKey.set(key, { ...e, aliases: [...(e.aliases ?? [])], keywords: [...(e.keywords ?? [])] });
    }
  }
  const relations = new Map<string, GoldRelation>();
  for (const r of files.flatMap((g) => g.relations)) {
    const key = [
      normalizeSurface(r.source),
      r.predicate,
      normalizeSurface(r.target ?? ""),
      normalizeSurface(r.attributes?.quote ?? ""),
    ].join("|");
    if (!relations.has(key)) relations.set(key, r);
  }
  return { entities: [...byKey.values()], relations: [...relations.values()] };
}

/** Reads a gold file, or every `.json` file of a gold directory, and merges them. */
export function loadGold(goldPath: string): Gold {
  let isDirectory: boolean;
  try {
    isDirectory = statSync(goldPath).isDirectory();
  } catch {
    throw new NotFoundError(`eval: gold path should be a file or directory, found nothing at ${goldPath}.`);
  }
  const files = isDirectory
    ? readdirSync(goldPath)
        .filter((f) => f.endsWith(".json"))
        .map((f) => path.join(goldPath, f))
    : [goldPath];
  return mergeGold(files.map(readGoldFile));
}

function readGoldFile(file: string): Gold {
  let gold: unknown;
  try {
    gold = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new InvalidInputError(`eval: ${file} should be JSON, found ${(error as Error).message}.`);
  }
  const g = gold as Partial<Gold> | null;
  if (!Array.isArray(g?.entities) || !Array.isArray(g?.relations)) {
    throw new InvalidInputError(`eval: ${file} should have entities and relations arrays, found neither.`);
  }
  return g as Gold;
}

function computeMetrics(tp: number, fp: number, fn: number): Metrics {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  const f1 = p + r ? (2 * p * r) / (p + r) : 0;
  return { tp, fp, fn, p: +p.toFixed(3), r: +r.toFixed(3), f1: +f1.toFixed(3) };
}

function surface(e: { name: string; aliases?: string[] }): Set<string> {
  return new Set([e.name, ...(e.aliases ?? [])].map(normalizeSurface).filter(Boolean));
}

function entityMatches(se: ScorableEntity, ge: GoldEntity): boolean {
  if (se.type !== ge.type) return false;
  const a = surface(se);
  const b = surface(ge);
  for (const x of a) if (b.has(x)) return true;
  if (ge.type === "Meeting") {
    const text = ` ${[...a].join(" ")} `;
    for (const alt of ge.keywords ?? []) {
      if (alt.length && alt.every((w) => words(w).every((x) => text.includes(` ${x} `)))) return true;
    }
  }
  return false;
}

function relationKey(s: string, p: string, t: string): string {
  return (SYMMETRIC.has(p) && s > t ? [t, p, s] : [s, p, t]).join("|");
}

/**
 * Scores a system extraction against merged gold. Each gold entity is matched once (a second
 * system entity matching it is a duplicate, counted false positive); relations match through the
 * entity matching, either direction for symmetric predicates; STATED gold relations match statements.
 */
export function scoreExtraction(gold: Gold, extraction: ScorableExtraction): ScoreResult {
  const sysEntities = extraction.entities ?? extraction.nodes ?? [];
  const sysRelations = extraction.relations ?? extraction.edges ?? [];
  const sysStatements = extraction.statements ?? [];
  const goldByName = new Map(gold.entities.map((e) => [normalizeSurface(e.name), e]));

  // Entities: each system entity → at most one gold entity; each gold entity matched once.
  const sysToGold = new Map<string, GoldEntity>();
  const goldMatched = new Set<GoldEntity>();
  const fpEntities: { e: ScorableEntity; duplicateOf: string | undefined }[] = [];
  for (const se of sysEntities) {
    const candidates = gold.entities.filter((ge) => entityMatches(se, ge));
    const free = candidates.find((ge) => !goldMatched.has(ge));
    if (free) {
      goldMatched.add(free);
      sysToGold.set(se.id, free);
    } else {
      // A duplicate still resolves its relations to the gold entity it duplicates.
      if (candidates[0]) sysToGold.set(se.id, candidates[0]);
      fpEntities.push({ e: se, duplicateOf: candidates[0]?.name });
    }
  }
  const types = [...new Set([...gold.entities.map((e) => e.type), ...sysEntities.map((e) => e.type)])].sort();
  const byType: Record<string, Metrics> = {};
  let eTP = 0;
  let eFP = 0;
  let eFN = 0;
  for (const t of types) {
    const tp = [...goldMatched].filter((g) => g.type === t).length;
    const fp = fpEntities.filter((x) => x.e.type === t).length;
    const fn = gold.entities.filter((g) => g.type === t && !goldMatched.has(g)).length;
    byType[t] = computeMetrics(tp, fp, fn);
    eTP += tp;
    eFP += fp;
    eFN += fn;
  }

  // Relations, keyed by the gold names of both ends.
  const goldRels = gold.relations.filter((r) => r.predicate !== "STATED");
  const goldStated = gold.relations.filter((r) => r.predicate === "STATED");
  const goldRelKeys = new Set<string>();
  const goldRelEnds = new Map<string, [GoldEntity, GoldEntity]>();
  for (const r of goldRels) {
    const s = goldByName.get(normalizeSurface(r.source));
    const t = goldByName.get(normalizeSurface(r.target));
    if (!s || !t) continue;
    const key = relationKey(s.name, r.predicate, t.name);
    goldRelKeys.add(key);
    goldRelEnds.set(key, [s, t]);
  }
  const sysRelKeys = new Set<string>();
  const spuriousRelations: string[] = [];
  // The rules behind each scored relation key (several system relations may share one key).
  const rulesByKey = new Map<string, Set<string>>();
  for (const r of sysRelations) {
    if (r.predicate === "CO_OCCURS") continue;
    const s = sysToGold.get(r.source);
    const t = sysToGold.get(r.target);
    const key = s && t ? relationKey(s.name, r.predicate, t.name) : `?${r.source}|${r.predicate}|${r.target}`;
    for (const e of r.evidence ?? []) {
      if (typeof e.rule !== "string") continue;
      let rules = rulesByKey.get(key);
      if (!rules) rulesByKey.set(key, (rules = new Set()));
      rules.add(e.rule);
    }
    if (sysRelKeys.has(key)) continue;
    sysRelKeys.add(key);
    if (!goldRelKeys.has(key)) spuriousRelations.push(key);
  }
  const predicates = [...new Set([...goldRels.map((r) => r.predicate), ...sysRelations.map((r) => r.predicate)])]
    .filter((p) => p !== "CO_OCCURS")
    .sort();
  const byPredicate: Record<string, Metrics> = {};
  let rTP = 0;
  let rFP = 0;
  let rFN = 0;
  for (const p of predicates) {
    const g = [...goldRelKeys].filter((k) => k.split("|")[1] === p);
    const s = [...sysRelKeys].filter((k) => k.split("|")[1] === p);
    const tp = g.filter((k) => sysRelKeys.has(k)).length;
    byPredicate[p] = computeMetrics(tp, s.length - tp, g.length - tp);
    rTP += tp;
    rFP += s.length - tp;
    rFN += g.length - tp;
  }

  // Statements: same speaker, and the gold quote's first three words open the system quote.
  let sTP = 0;
  const missedStatements: string[] = [];
  for (const r of goldStated) {
    const speaker = goldByName.get(normalizeSurface(r.source));
    const q = words(r.attributes?.quote ?? "")
      .slice(0, 3)
      .join(" ");
    // As in score.mjs, an unknown gold speaker equals an unmatched system speaker (both undefined).
    const hit = sysStatements.some(
      (st) => sysToGold.get(st.speaker) === speaker && normalizeSurface(st.quote).startsWith(q),
    );
    if (hit) sTP++;
    else missedStatements.push(`${r.source}: ${r.attributes?.quote}`);
  }
  const speakerOk = new Set(goldStated.map((r) => normalizeSurface(r.source)));
  const sFP = sysStatements.filter(
    (st) => !speakerOk.has(normalizeSurface(sysToGold.get(st.speaker)?.name ?? "#")),
  ).length;

  const missedRelations = [...goldRelKeys].filter((k) => !sysRelKeys.has(k));
  const missCauses: ScoreDetails["missCauses"] = {};
  const missedEndTypes: Record<string, number> = {};
  for (const key of missedRelations) {
    const ends = goldRelEnds.get(key)!;
    const lost = ends.filter((e) => !goldMatched.has(e));
    const cause = (missCauses[key.split("|")[1]!] ??= { endMissed: 0, endsFound: 0 });
    if (lost.length) cause.endMissed++;
    else cause.endsFound++;
    for (const e of lost) missedEndTypes[e.type] = (missedEndTypes[e.type] ?? 0) + 1;
  }

  const meetingKinds: ScoreDetails["meetingKinds"] = { missed: {}, spurious: {} };
  for (const g of gold.entities)
    if (g.type === "Meeting" && !goldMatched.has(g)) count(meetingKinds.missed, meetingKind(g.name));
  for (const x of fpEntities) if (x.e.type === "Meeting") count(meetingKinds.spurious, meetingKind(x.e.name));

  const ruleCounts: ScoreDetails["ruleCounts"] = {};
  for (const [key, rules] of rulesByKey) {
    const found = goldRelKeys.has(key);
    for (const rule of rules) {
      const counts = (ruleCounts[rule] ??= { tp: 0, fp: 0 });
      if (found) counts.tp++;
      else counts.fp++;
    }
  }

  return {
    entities: { ...computeMetrics(eTP, eFP, eFN), byType },
    relations: { ...computeMetrics(rTP, rFP, rFN), byPredicate },
    statements: computeMetrics(sTP, sFP, goldStated.length - sTP),
    details: {
      types,
      predicates,
      missedEntities: gold.entities.filter((g) => !goldMatched.has(g)).map((g) => `${g.type}: ${g.name}`),
      spuriousEntities: fpEntities.map(
        (x) => `${x.e.type}: ${x.e.name}${x.duplicateOf ? `  (duplicate of ${x.duplicateOf})` : ""}`,
      ),
      missedRelations,
      spuriousRelations,
      missedStatements,
      missCauses,
      missedEndTypes,
      meetingKinds,
      ruleCounts,
    },
  };
}

/** Kind nouns of events, most specific first: a meeting's kind is the first one its name holds. */
const MEETING_KINDS: readonly [kind: string, words: RegExp][] = [
  ["call", /\b(?:call|calls|phone|conversation|videoconference|video)\b/],
  ["summit", /\bsummits?\b/],
  ["visit", /\b(?:visit|visits|trip|tour|mission)\b/],
  ["round", /\brounds?\b/],
  ["talks", /\b(?:talks|negotiations?|consultations?|discussions?|dialogue)\b/],
  ["forum or conference", /\b(?:forum|conference|congress|convention|expo|fair|indaba|week|festival)\b/],
  ["sitting", /\b(?:session|plenary|council|assembly|hearing|committee|board|cabinet|commission)\b/],
  ["ceremony", /\b(?:ceremony|signing|launch|inauguration|opening|handover)\b/],
  ["briefing", /\b(?:briefing|press conference|speech|address|interview)\b/],
  ["meeting", /\b(?:meeting|meetings|ministerial|gathering|encounter|audience)\b/],
];

/** The kind of a meeting named `name` (one of MEETING_KINDS, else "other"). */
export function meetingKind(name: string): string {
  const lower = name.toLowerCase();
  return MEETING_KINDS.find(([, words]) => words.test(lower))?.[0] ?? "other";
}

function count(counts: Record<string, number>, key: string): void {
  counts[key] = (counts[key] ?? 0) + 1;
}

function formatRow(name: string, m: Metrics): string {
  return `${name.padEnd(18)} P ${m.p.toFixed(2)}  R ${m.r.toFixed(2)}  F1 ${m.f1.toFixed(2)}  (tp ${m.tp}, fp ${m.fp}, fn ${m.fn})`;
}

/**
 * The missed relations by cause, per predicate, then the types of the ends entity recognition lost:
 * where the next gain lies (a relation rule, or recognising the entity it hangs on).
 */
function formatCauses(details: ScoreDetails): string[] {
  const rows = Object.entries(details.missCauses).sort(([a], [b]) => a.localeCompare(b));
  const total = rows.reduce(
    (sum, [, c]) => ({ endMissed: sum.endMissed + c.endMissed, endsFound: sum.endsFound + c.endsFound }),
    { endMissed: 0, endsFound: 0 },
  );
  const row = (name: string, c: { endMissed: number; endsFound: number }) =>
    `  ${name.padEnd(18)} an end entity missed ${String(c.endMissed).padStart(3)}   both ends found ${String(c.endsFound).padStart(3)}`;
  const types = Object.entries(details.missedEndTypes).sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
  return [
    "missed relations by cause:",
    ...rows.map(([p, c]) => row(p, c)),
    row("ALL", total),
    `missed ends by type: ${types.length ? types.map(([t, n]) => `${t} ${n}`).join(", ") : "none"}`,
    `missed meetings by kind: ${formatCounts(details.meetingKinds.missed)}`,
    `spurious meetings by kind: ${formatCounts(details.meetingKinds.spurious)}`,
  ];
}

/** `a 3, b 1` by count, then name; "none" when empty. */
function formatCounts(counts: Record<string, number>): string {
  const rows = Object.entries(counts).sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
  return rows.length ? rows.map(([k, n]) => `${k} ${n}`).join(", ") : "none";
}

/**
 * The relations found per rule, most false ones first: which rules unseen text makes guess
 * (a rule to hold to a stricter frame, or to drop).
 */
function formatRules(details: ScoreDetails): string[] {
  const rows = Object.entries(details.ruleCounts).sort(
    ([a, x], [b, y]) => y.fp - x.fp || y.tp - x.tp || a.localeCompare(b),
  );
  const width = Math.max(18, ...rows.map(([rule]) => rule.length));
  return [
    "relations found by rule (a relation several rules found counts for each):",
    ...rows.map(
      ([rule, c]) =>
        `  ${rule.padEnd(width)} in gold ${String(c.tp).padStart(4)}   not in gold ${String(c.fp).padStart(4)}`,
    ),
  ];
}

/**
 * A score as `--json` prints it: its totals (what score.mjs prints), with `causes` the missed
 * relations' causes (`byPredicate`, `endTypes`), with `rules` the relations found per rule.
 */
export function scoreJson(result: ScoreResult, causes = false, rules = false): object {
  const { entities, relations, statements, details } = result;
  return {
    entities,
    relations,
    statements,
    ...(causes
      ? {
          causes: {
            byPredicate: details.missCauses,
            endTypes: details.missedEndTypes,
            meetingKinds: details.meetingKinds,
          },
        }
      : {}),
    ...(rules ? { rules: details.ruleCounts } : {}),
  };
}

/** Prints a score exactly as score.mjs does with the same flags, final newline included. */
export function formatScore(result: ScoreResult, options: FormatScoreOptions = {}): string {
  const { entities, relations, statements, details } = result;
  const lines: string[] = [];
  if (options.json) {
    lines.push(JSON.stringify(scoreJson(result, options.causes, options.rules), null, 2));
  } else {
    lines.push("entities by type");
    for (const t of details.types) lines.push(`  ${formatRow(t, entities.byType[t]!)}`);
    lines.push("relations by predicate");
    for (const p of details.predicates) lines.push(`  ${formatRow(p, relations.byPredicate[p]!)}`);
    lines.push(formatRow("statements", statements));
    lines.push(formatRow("ENTITIES", entities));
    lines.push(formatRow("RELATIONS", relations));
  }
  if (options.verbose) {
    const section = (title: string, items: string[]) => {
      lines.push(title);
      for (const item of items) lines.push(`  ${item}`);
    };
    lines.push("");
    section("missed gold entities:", details.missedEntities);
    section("system entities with no gold match (or duplicates):", details.spuriousEntities);
    section("missed gold relations:", details.missedRelations);
    section("system relations not in gold:", details.spuriousRelations);
    section("missed statements:", details.missedStatements);
  }
  if (options.causes && !options.json) lines.push("", ...formatCauses(details));
  if (options.rules && !options.json) lines.push("", ...formatRules(details));
  return `${lines.join("\n")}\n`;
}
