// `kg eval`: scores extractions against gold annotations. The seeds' block prints exactly what
// shared/eval/score.mjs prints for the same inputs and flags, and comes last; before it, when its
// texts are present, the development corpus (tests/fixtures/dev): its dev split, then its held-out
// test split, then its held-out unseen batch, each extracted in-process and scored on its own. Scoring lives in src/eval/; this
// file only picks the inputs and lays out the blocks.

import path from "node:path";
import { type Command, Option } from "commander";
import { InvalidInputError, NotFoundError } from "../../errors.ts";
import {
  DEV_SPLITS,
  type DevManifestEntry,
  type DevSplit,
  formatScore,
  type Gold,
  loadGold,
  type Metrics,
  readDevManifest,
  readDevSplit,
  type ScorableExtraction,
  type ScoreResult,
  scoreExtraction,
  scoreJson,
} from "../../eval/index.ts";
import type { Extraction } from "../../extraction/types.ts";
import { extractDocuments, readCorpus, serializeExtraction } from "./extract.ts";
import { readJsonFile } from "./summary.ts";

/** What `kg eval` scores: the seeds, one split of the development corpus, or all of them. */
export const EVAL_CORPORA = ["seeds", "dev", "test", "unseen", "all"] as const;
export type EvalCorpus = (typeof EVAL_CORPORA)[number];

const DEFAULT_GOLD = "tests/fixtures/gold";

/** How each split is named in its block's title; every split but `dev` is held out. */
const SPLIT_TITLES: Record<DevSplit, string> = {
  dev: "dev split",
  test: "test split (held out)",
  unseen: "unseen batch (held out)",
};

/** Options of `kg eval`, as commander parses them. */
export interface EvalOptions {
  /** The seeds' gold annotations: a directory of .json files or one file (default tests/fixtures/gold). */
  gold?: string;
  /** An extraction JSON file to score against the seeds' gold; without it DIR/documents/ is extracted in-process. */
  extraction?: string;
  /** The data directory whose documents/ are extracted when no file is given. */
  data: string;
  /** The development corpus directory (manifest.json, gold/, texts/). */
  dev: string;
  /** What to score; default `all`, or `seeds` when --gold or --extraction is given. */
  corpus?: EvalCorpus;
  verbose?: boolean;
  /** Also print why relations were missed (an end entity missed, or both ends found): counts only, held-out splits too. */
  causes?: boolean;
  /** Also print the relations each extraction rule found, in the gold or not: counts only, held-out splits too. */
  rules?: boolean;
  /** Also score each article of a dev split alone (not the held-out splits', unless alone). */
  perDocument?: boolean;
  json?: boolean;
}

/** What `kg eval` writes: the scores on stdout, notices (missing texts under --json) on stderr. */
export interface EvalOutput {
  stdout: string;
  stderr: string;
}

interface Block {
  /** The key of the block in --json output, and its title line otherwise. */
  key: string;
  title: string;
  result: ScoreResult;
  /** A held-out split lists no misses unless it alone is asked for. */
  verbose: boolean;
  /** With --per-document: each article extracted alone and scored against its own gold. */
  perDocument?: { id: string; result: ScoreResult }[];
}

/** Extracts documents in-process and returns the extraction as the scorer would read it from a file. */
async function extractFiles(paths: string[]): Promise<ScorableExtraction> {
  const { documents } = await readCorpus(paths, "eval");
  return scorable(await extractDocuments(documents));
}

// Through JSON, so the scorer sees exactly what it would read from extraction.json.
function scorable(extraction: Extraction): ScorableExtraction {
  return JSON.parse(serializeExtraction(extraction)) as ScorableExtraction;
}

/**
 * Extracts the articles once and returns the split's extraction (the same as `extractFiles`) and,
 * per article, its analysis merged alone: what `kg extract` gives for that one file.
 */
async function extractEach(
  articles: readonly { id: string; text: string }[],
): Promise<{ pooled: ScorableExtraction; each: Map<string, ScorableExtraction> }> {
  const { documents } = await readCorpus(
    articles.map((a) => a.text),
    "eval",
  );
  const { analyseCorpusParallel } = await import("../../extraction/parallel.ts");
  const { mergeAnalyses } = await import("../../extraction/index.ts");
  const analyses = await analyseCorpusParallel(documents);
  const byFile = new Map(articles.map((a) => [path.basename(a.text), a.id]));
  const each = new Map<string, ScorableExtraction>();
  analyses.forEach((analysis, i) => {
    const id = byFile.get(documents[i]!.fileName);
    if (id !== undefined) each.set(id, scorable(mergeAnalyses([analysis])));
  });
  return { pooled: scorable(mergeAnalyses(analyses)), each };
}

async function loadSeedExtraction(options: EvalOptions): Promise<ScorableExtraction> {
  if (options.extraction) {
    const value = readJsonFile(options.extraction, "eval");
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      throw new InvalidInputError(`eval: ${options.extraction} should hold a JSON object, found ${typeof value}.`);
    }
    return value as ScorableExtraction;
  }
  return extractFiles([path.join(options.data, "documents")]);
}

/** Scores one split of the development corpus, or returns null when none of its texts is present. */
async function scoreSplit(
  options: EvalOptions,
  split: DevSplit,
  alone: boolean,
  manifest: DevManifestEntry[],
): Promise<Block | null> {
  const input = readDevSplit(options.dev, split, manifest);
  if (input.texts.length === 0) return null;
  const heldOut = split !== "dev";
  const texts = path.join(options.dev, "texts");
  const missing = input.missing.length
    ? `, ${input.missing.length} missing from ${texts}/ (${input.missing.join(", ")})`
    : "";
  const listed = !heldOut || alone;
  const hidden = [
    options.verbose ? ["misses", "--verbose"] : null,
    options.perDocument ? ["articles", "--per-document"] : null,
  ].filter((h) => h !== null);
  const unlisted =
    heldOut && hidden.length && !alone
      ? `; ${hidden.map((h) => h[0]).join(" and ")} not listed (--corpus ${split} ${hidden.map((h) => h[1]).join(" ")} lists them)`
      : "";
  const title = `development corpus, ${SPLIT_TITLES[split]}: ${input.texts.length} of ${input.total} articles${missing}${unlisted}`;
  const verbose = Boolean(options.verbose) && listed;
  if (!options.perDocument || !listed) {
    return { key: split, title, result: scoreExtraction(input.gold, await extractFiles(input.texts)), verbose };
  }
  const { pooled, each } = await extractEach(input.articles);
  const perDocument = input.articles.flatMap((a) => {
    const extraction = each.get(a.id);
    return extraction ? [{ id: a.id, result: scoreExtraction(a.gold, extraction) }] : [];
  });
  return { key: split, title, result: scoreExtraction(input.gold, pooled), verbose, perDocument };
}

/** The per-article lines of `--per-document`: relations, entities and statements, tp/fp/fn each. */
function formatPerDocument(rows: readonly { id: string; result: ScoreResult }[]): string {
  const width = Math.max(...rows.map((r) => r.id.length));
  const counts = (m: Metrics) => `${m.tp}/${m.fp}/${m.fn}`.padEnd(10);
  const lines = [
    "per document (each article extracted and scored alone; tp/fp/fn):",
    ...rows.map(
      ({ id, result }) =>
        `  ${id.padEnd(width)}  relations ${counts(result.relations)} F1 ${result.relations.f1.toFixed(2)}  entities ${counts(result.entities)} statements ${`${result.statements.tp}/${result.statements.fp}/${result.statements.fn}`}`,
    ),
  ];
  return `${lines.join("\n")}\n`;
}

/** The per-article scores under --json: counts and F1 of relations, entities and statements. */
function perDocumentJson(rows: readonly { id: string; result: ScoreResult }[]): object {
  const pick = ({ tp, fp, fn, f1 }: Metrics) => ({ tp, fp, fn, f1 });
  return Object.fromEntries(
    rows.map(({ id, result }) => [
      id,
      { relations: pick(result.relations), entities: pick(result.entities), statements: pick(result.statements) },
    ]),
  );
}

/** The one line printed instead of the splits whose texts are all absent. */
function absentTexts(options: EvalOptions, splits: readonly DevSplit[]): string {
  const which =
    splits.length === 1
      ? `the ${splits[0]} split`
      : `the ${splits.slice(0, -1).join(", ")} and ${splits[splits.length - 1]} splits`;
  return `development corpus: no texts in ${path.join(options.dev, "texts")}/ for ${which}; gather them as ${path.join(options.dev, "README.md")} says.`;
}

function resolveCorpus(options: EvalOptions): EvalCorpus {
  if (options.corpus) return options.corpus;
  return options.gold !== undefined || options.extraction !== undefined ? "seeds" : "all";
}

/**
 * Runs `kg eval`. With `--corpus seeds` (the default when --gold or --extraction is given) the
 * output is byte for byte score.mjs's. Otherwise each block opens with its title line and a blank
 * line separates them; the seeds' block is last, so the last lines are always the seeds' totals.
 * Under --json the blocks are one object keyed dev/test/unseen/seeds.
 */
export async function runEval(options: EvalOptions): Promise<EvalOutput> {
  const corpus = resolveCorpus(options);
  const manifest = corpus === "seeds" ? [] : readDevManifest(options.dev);
  // Under `all`, a split the manifest has no article of is left out (an older manifest without the
  // unseen batch); asked for alone, it is reported as absent.
  const splits =
    corpus === "all"
      ? DEV_SPLITS.filter((split) => manifest.some((e) => e.split === split))
      : corpus === "seeds"
        ? []
        : [corpus];
  const blocks: Block[] = [];
  const absent: DevSplit[] = [];
  for (const split of splits) {
    const block = await scoreSplit(options, split, corpus === split, manifest);
    if (block) blocks.push(block);
    else absent.push(split);
  }
  const notices = absent.length ? [absentTexts(options, absent)] : [];
  if (corpus !== "all" && notices.length) throw new NotFoundError(`eval: ${notices[0]}`);
  if (corpus === "seeds" || corpus === "all") {
    const gold: Gold = loadGold(options.gold ?? DEFAULT_GOLD);
    const source = options.extraction ?? path.join(options.data, "documents");
    blocks.push({
      key: "seeds",
      title: `seeds: ${source} against ${options.gold ?? DEFAULT_GOLD}`,
      result: scoreExtraction(gold, await loadSeedExtraction(options)),
      verbose: Boolean(options.verbose),
    });
  }
  if (corpus === "seeds") {
    const { json, verbose, causes, rules } = options;
    return { stdout: formatScore(blocks[0]!.result, { json, verbose, causes, rules }), stderr: "" };
  }
  if (options.json) {
    const byKey = Object.fromEntries(
      blocks.map(({ key, result, perDocument }) => [
        key,
        {
          ...scoreJson(result, options.causes, options.rules),
          ...(perDocument ? { perDocument: perDocumentJson(perDocument) } : {}),
        },
      ]),
    );
    return { stdout: `${JSON.stringify(byKey, null, 2)}\n`, stderr: notices.map((n) => `${n}\n`).join("") };
  }
  const parts = [
    ...notices.map((n) => `${n}\n`),
    ...blocks.map(
      (b) =>
        `${b.title}\n${formatScore(b.result, { verbose: b.verbose, causes: options.causes, rules: options.rules })}${
          b.perDocument ? `\n${formatPerDocument(b.perDocument)}` : ""
        }`,
    ),
  ];
  return { stdout: parts.join("\n"), stderr: "" };
}

/** Registers `kg eval [--corpus seeds|dev|test|unseen|all] [--gold DIR] [--extraction FILE] [--data DIR] [--dev DIR] [--verbose] [--causes] [--rules] [--per-document] [--json]`. */
export function registerEval(program: Command): Command {
  return program
    .command("eval")
    .description(
      "score the extractor: the development corpus's dev split, held-out test split and held-out unseen batch (when their texts are present), then the seeds (same output as shared/eval/score.mjs)",
    )
    .addOption(
      new Option(
        "-c, --corpus <which>",
        "what to score (default: all, or seeds when --gold or --extraction is given)",
      ).choices(EVAL_CORPORA),
    )
    .option(
      "-g, --gold <dir>",
      `the seeds' gold annotations: a directory of .json files or one file (default: "${DEFAULT_GOLD}")`,
    )
    .option(
      "-e, --extraction <file>",
      "extraction JSON to score against the seeds' gold (default: extract DIR/documents/ in-process)",
    )
    .option(
      "-d, --data <dir>",
      "data directory whose documents/ are extracted when no --extraction is given",
      "graph-data",
    )
    .option(
      "--dev <dir>",
      "the development corpus: manifest.json, gold/ and the git-ignored texts/",
      "tests/fixtures/dev",
    )
    .option(
      "--verbose",
      "also list missed and spurious entities, relations and statements (not the held-out splits', unless alone)",
    )
    .option(
      "--causes",
      "also count why relations were missed: an end entity not recognised, or both ends found but no relation (counts only, so held-out splits too)",
    )
    .option(
      "--rules",
      "also count, per extraction rule, the relations it found that the gold has and has not (counts only, so held-out splits too)",
    )
    .option(
      "--per-document",
      "also score each article of the development corpus alone, extracted alone against its own gold (not the held-out splits', unless alone)",
    )
    .option("--json", "print the scores as JSON (one object keyed dev/test/unseen/seeds when several are scored)")
    .addHelpText(
      "after",
      [
        "",
        "Examples:",
        "  $ kg eval",
        "  $ kg eval --corpus dev --verbose",
        "  $ kg eval --corpus dev --per-document",
        "  $ kg eval --corpus unseen",
        "  $ kg eval --corpus unseen --causes",
        "  $ kg eval --corpus test --rules",
        "  $ kg eval --corpus seeds --verbose",
        "  $ kg eval --extraction graph-data/extraction.json --json",
      ].join("\n"),
    )
    .action(async (options: EvalOptions) => {
      const { stdout, stderr } = await runEval(options);
      if (stderr) process.stderr.write(stderr);
      process.stdout.write(stdout);
    });
}
