// `npm run bench` (quality part): what the extractor finds, per entity type and per predicate, on
// the seeds and on each split of the development corpus whose texts are present (tests/fixtures/dev),
// with the date and the size of each corpus. The same scorer as `kg eval` (src/eval), the same
// in-process extraction. Rewrites the "## Extraction quality" section of BENCHMARKS.md and the
// block between the extraction-quality markers of README.md, keeping everything else.
// Options: --out FILE (BENCHMARKS.md), --readme FILE (README.md; "" to leave it), --dev DIR.

import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { extractDocuments, readCorpus, serializeExtraction } from "../src/cli/commands/extract.ts";
import {
  DEV_SPLITS,
  type DevSplit,
  type Gold,
  loadGold,
  type Metrics,
  readDevManifest,
  readDevSplit,
  type ScorableExtraction,
  type ScoreResult,
  scoreExtraction,
} from "../src/eval/index.ts";
import { ENTITY_TYPES, PREDICATES } from "../src/extraction/types.ts";
import { replaceSection } from "./bench/common.ts";

const ROOT = path.resolve(import.meta.dirname, "..");
const SECTION = "## Extraction quality";
const README_BEGIN = "<!-- extraction-quality:begin (written by npm run bench:quality) -->";
const README_END = "<!-- extraction-quality:end -->";
const SEED_TEXTS = path.join(ROOT, "tests/fixtures/corpus");
const SEED_GOLD = path.join(ROOT, "tests/fixtures/gold");

const { values } = parseArgs({
  options: {
    out: { type: "string", default: "BENCHMARKS.md" },
    readme: { type: "string", default: "README.md" },
    dev: { type: "string", default: "tests/fixtures/dev" },
  },
});
const outFile = path.resolve(ROOT, values.out);
const readmeFile = values.readme ? path.resolve(ROOT, values.readme) : null;
const devDir = path.resolve(ROOT, values.dev);

/** One scored corpus: a column of the tables. */
interface Column {
  name: string;
  /** What the column is, for the corpus list. */
  about: string;
  articles: number;
  bytes: number;
  result: ScoreResult;
}

const ABOUT: Record<DevSplit, string> = {
  dev: "development corpus, dev split: studied while developing",
  test: "development corpus, test split: held out, its texts and misses not read (its totals may guide the work: a validation split)",
  unseen:
    "development corpus, unseen batch: gathered blind and held out, scored only by the lead, its texts and misses not read",
};

async function score(paths: string[], gold: Gold): Promise<ScoreResult> {
  const { documents } = await readCorpus(paths, "bench-quality");
  const extraction = JSON.parse(serializeExtraction(await extractDocuments(documents))) as ScorableExtraction;
  return scoreExtraction(gold, extraction);
}

function bytesOf(files: string[]): number {
  return files.reduce((sum, file) => sum + statSync(file).size, 0);
}

async function columns(): Promise<{ columns: Column[]; absent: string[] }> {
  const result: Column[] = [];
  const absent: string[] = [];
  const manifest = existsSync(path.join(devDir, "manifest.json")) ? readDevManifest(devDir) : [];
  for (const split of DEV_SPLITS) {
    const input = readDevSplit(devDir, split, manifest);
    if (input.texts.length === 0) {
      if (input.total > 0) absent.push(split);
      continue;
    }
    result.push({
      name: split === "dev" ? "dev" : `${split} (held out)`,
      about: `${ABOUT[split]}${input.missing.length ? ` (${input.missing.length} texts missing)` : ""}`,
      articles: input.texts.length,
      bytes: bytesOf(input.texts),
      result: await score(input.texts, input.gold),
    });
  }
  const seedFiles = existsSync(SEED_TEXTS) ? readdirSync(SEED_TEXTS).filter((f) => f.endsWith(".txt")) : [];
  result.push({
    name: "seeds",
    about: "the five seed articles (their gold is shared/eval/gold)",
    articles: seedFiles.length,
    bytes: bytesOf(seedFiles.map((f) => path.join(SEED_TEXTS, f))),
    result: await score([SEED_TEXTS], loadGold(SEED_GOLD)),
  });
  return { columns: result, absent };
}

/** "F1 (P/R, found/gold)", the cell of every table. */
function cell(m: Metrics | undefined): string {
  if (!m) return "–";
  if (m.tp + m.fn === 0 && m.fp === 0) return "–";
  if (m.tp + m.fn === 0) return `– (${m.fp} spurious)`;
  return `${m.f1.toFixed(2)} (${m.p.toFixed(2)}/${m.r.toFixed(2)}, ${m.tp}/${m.tp + m.fn})`;
}

function table(first: string, rows: [string, (c: Column) => Metrics | undefined][], cols: Column[]): string {
  const head = `| ${first} | ${cols.map((c) => c.name).join(" | ")} |`;
  const rule = `| --- | ${cols.map(() => "---").join(" | ")} |`;
  return [
    head,
    rule,
    ...rows.map(([label, get]) => `| ${label} | ${cols.map((c) => cell(get(c))).join(" | ")} |`),
  ].join("\n");
}

function render(cols: Column[], absent: string[], date: string): string {
  const types = ENTITY_TYPES.filter((t) => cols.some((c) => c.result.entities.byType[t]));
  const predicates = PREDICATES.filter((p) => p !== "STATED" && cols.some((c) => c.result.relations.byPredicate[p]));
  const corpora = cols.map(
    (c) =>
      `- **${c.name}**: ${c.about}; ${c.articles} articles, ${(c.bytes / 1000).toFixed(0)} kB, ` +
      `${c.result.entities.tp + c.result.entities.fn} gold entities, ${c.result.relations.tp + c.result.relations.fn} gold relations, ` +
      `${c.result.statements.tp + c.result.statements.fn} gold quotes.`,
  );
  const missing = absent.length
    ? [
        `- Not scored: the ${absent.join(" and ")} split(s), whose texts are not present (tests/fixtures/dev/README.md says how to gather them).`,
      ]
    : [];
  return [
    `Run of ${date} by \`npm run bench:quality\` (also part of \`npm run bench\`). Each cell: F1 (precision/recall, found/gold), scored as \`kg eval\` and shared/eval/score.mjs score.`,
    "",
    ...corpora,
    ...missing,
    "",
    table(
      "entities",
      [
        ...types.map((t): [string, (c: Column) => Metrics | undefined] => [t, (c) => c.result.entities.byType[t]]),
        ["**all entities**", (c) => c.result.entities],
      ],
      cols,
    ),
    "",
    table(
      "relations",
      [
        ...predicates.map((p): [string, (c: Column) => Metrics | undefined] => [
          p,
          (c) => c.result.relations.byPredicate[p],
        ]),
        ["**all relations**", (c) => c.result.relations],
        ["statements (STATED)", (c) => c.result.statements],
      ],
      cols,
    ),
    "",
  ].join("\n");
}

const { columns: cols, absent } = await columns();
const date = new Date().toISOString();
const body = render(cols, absent, date);
process.stdout.write(`${body}\n`);

const existing = existsSync(outFile) ? readFileSync(outFile, "utf8") : "";
writeFileSync(outFile, `${replaceSection(existing, SECTION, `${SECTION}\n\n${body}`).trimEnd()}\n`);
process.stderr.write(`bench-quality: wrote the "${SECTION}" section of ${path.relative(ROOT, outFile)}.\n`);

if (readmeFile && existsSync(readmeFile)) {
  const readme = readFileSync(readmeFile, "utf8");
  const begin = readme.indexOf(README_BEGIN);
  const end = readme.indexOf(README_END);
  if (begin >= 0 && end > begin) {
    writeFileSync(readmeFile, `${readme.slice(0, begin + README_BEGIN.length)}\n${body}${readme.slice(end)}`);
    process.stderr.write(`bench-quality: wrote the extraction-quality block of ${path.relative(ROOT, readmeFile)}.\n`);
  } else {
    process.stderr.write(
      `bench-quality: ${path.relative(ROOT, readmeFile)} has no extraction-quality markers; left as is.\n`,
    );
  }
}
