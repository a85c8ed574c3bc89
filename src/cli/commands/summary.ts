// `kg summary`: prints a short overview of a built graph-data/extraction.json (what `npm start` shows).
// Also holds the summary text `kg extract` prints and the reading of extraction files.
// It only reads; building is `kg build`'s job.

import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { type Command, InvalidArgumentError } from "commander";
import { InvalidInputError, NotFoundError } from "../../errors.ts";
import type { Extraction } from "../../extraction/types.ts";

/** Options of `kg summary`, as commander parses them. */
export interface SummaryOptions {
  /** The data directory holding extraction.json. */
  data: string;
  /** How many entities the "top entities" list shows. */
  top: number;
}

/** Options of `formatSummary`. */
export interface FormatSummaryOptions {
  /** How many entities the "top entities" list shows (default 10). */
  top?: number;
  /** Number of files that could not be read, mentioned at the end when not zero. */
  unreadable?: number;
}

const EXTRACTION_KEYS = ["documents", "entities", "relations", "statements", "merges"] as const;

/** Reads and parses a JSON file; `InvalidInputError` when it is not JSON, `NotFoundError` when absent. */
export function readJsonFile(file: string, command: string, hint = ""): unknown {
  if (!existsSync(file)) throw new NotFoundError(`${command}: ${file} should exist, found nothing.${hint}`);
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new InvalidInputError(`${command}: ${file} should hold JSON, found ${(error as Error).message}.`);
  }
}

/** Reads an extraction export and checks that it has the five arrays of the output contract. */
export function readExtractionFile(file: string, command: string): Extraction {
  const value = readJsonFile(file, command, " Run `kg build` first.") as Record<string, unknown> | null;
  const missing = EXTRACTION_KEYS.filter((key) => !Array.isArray(value?.[key]));
  if (missing.length > 0) {
    throw new InvalidInputError(
      `${command}: ${file} should be an extraction with ${EXTRACTION_KEYS.join(", ")} arrays, found no ${missing.join(", ")}.`,
    );
  }
  return value as unknown as Extraction;
}

type Row = [label: string, count: number];

/** Largest count first, then by label in code-unit order, so the text never depends on the locale. */
function compareRows(a: Row, b: Row): number {
  return b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
}

function countBy<T>(items: T[], key: (item: T) => string): Row[] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts].sort(compareRows);
}

function formatCount(n: number, singular: string, plural: string): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** One line of totals: "5 documents, 120 entities, 80 relations, 30 statements, 12 merges". */
export function formatTotals(extraction: Extraction): string {
  const { documents, entities, relations, statements, merges } = extraction;
  return [
    formatCount(documents.length, "document", "documents"),
    formatCount(entities.length, "entity", "entities"),
    formatCount(relations.length, "relation", "relations"),
    formatCount(statements.length, "statement", "statements"),
    formatCount(merges.length, "merge", "merges"),
  ].join(", ");
}

/** The human summary of an extraction: totals, entities by type, relations by predicate, top entities. */
export function formatSummary(extraction: Extraction, options: FormatSummaryOptions = {}): string {
  const { entities, relations } = extraction;
  const top = options.top ?? 10;
  const lines = [formatTotals(extraction)];
  const table = (title: string, rows: Row[]) => {
    lines.push(title);
    if (rows.length === 0) lines.push("  (none)");
    const width = Math.max(0, ...rows.map(([name]) => name.length));
    for (const [name, n] of rows) lines.push(`  ${name.padEnd(width)}  ${n}`);
  };
  table(
    "entities by type",
    countBy(entities, (e) => e.type),
  );
  table(
    "relations by predicate",
    countBy(relations, (r) => r.predicate),
  );
  const ranked = entities
    .map((e): Row => [`${e.name} (${e.type})`, e.mentions.length])
    .sort(compareRows)
    .slice(0, top);
  table("top entities by mentions", ranked);
  if (options.unreadable) {
    lines.push(`${formatCount(options.unreadable, "file", "files")} could not be read (see stderr)`);
  }
  return `${lines.join("\n")}\n`;
}

function parseCount(value: string): number {
  const n = Number(value);
  // commander turns InvalidArgumentError into a usage error (exit 2).
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError("A whole number is expected.");
  return n;
}

/** Registers `kg summary [--data DIR] [--top N]`. */
export function registerSummary(program: Command): Command {
  return program
    .command("summary")
    .description("print a short summary of a built extraction (DIR/extraction.json)")
    .option("-d, --data <dir>", "data directory holding extraction.json", "graph-data")
    .option("--top <n>", "how many entities to list by mention count", parseCount, 10)
    .addHelpText("after", ["", "Examples:", "  $ kg summary", "  $ kg summary --data /tmp/kg --top 5"].join("\n"))
    .action((options: SummaryOptions) => {
      const extraction = readExtractionFile(path.join(options.data, "extraction.json"), "summary");
      process.stdout.write(formatSummary(extraction, { top: options.top }));
    });
}
