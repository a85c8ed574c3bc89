// `kg eval`: scores an extraction against the gold annotations and prints exactly what
// shared/eval/score.mjs prints for the same inputs and flags. Scoring lives in src/eval/;
// this file only picks the inputs (a file, or an in-process extraction of DIR/documents/).

import path from "node:path";
import type { Command } from "commander";
import { formatScore, loadGold, type ScorableExtraction, scoreExtraction } from "../../eval/index.ts";
import { InvalidInputError } from "../../graph/errors.ts";
import { extractDocuments, readCorpus, serializeExtraction } from "./extract.ts";
import { readJsonFile } from "./summary.ts";

/** Options of `kg eval`, as commander parses them. */
export interface EvalOptions {
  /** Gold annotations: a directory of .json files or one file. */
  gold: string;
  /** An extraction JSON file to score; without it DIR/documents/ is extracted in-process. */
  extraction?: string;
  /** The data directory whose documents/ are extracted when no file is given. */
  data: string;
  verbose?: boolean;
  json?: boolean;
}

async function loadExtraction(options: EvalOptions): Promise<ScorableExtraction> {
  if (options.extraction) {
    const value = readJsonFile(options.extraction, "eval");
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      throw new InvalidInputError(`eval: ${options.extraction} should hold a JSON object, found ${typeof value}.`);
    }
    return value as ScorableExtraction;
  }
  const { documents } = await readCorpus([path.join(options.data, "documents")], "eval");
  // Through JSON, so the scorer sees exactly what it would read from extraction.json.
  return JSON.parse(serializeExtraction(await extractDocuments(documents))) as ScorableExtraction;
}

/** Registers `kg eval [--gold DIR] [--extraction FILE] [--data DIR] [--verbose] [--json]`. */
export function registerEval(program: Command): Command {
  return program
    .command("eval")
    .description("score an extraction against gold annotations (same output as shared/eval/score.mjs)")
    .option("-g, --gold <dir>", "gold annotations: a directory of .json files or one file", "tests/fixtures/gold")
    .option("-e, --extraction <file>", "extraction JSON to score (default: extract DIR/documents/ in-process)")
    .option(
      "-d, --data <dir>",
      "data directory whose documents/ are extracted when no --extraction is given",
      "graph-data",
    )
    .option("--verbose", "also list missed and spurious entities, relations and statements")
    .option("--json", "print the scores as JSON")
    .addHelpText(
      "after",
      [
        "",
        "Examples:",
        "  $ kg eval",
        "  $ kg eval --verbose",
        "  $ kg eval --extraction graph-data/extraction.json --json",
      ].join("\n"),
    )
    .action(async (options: EvalOptions) => {
      const gold = loadGold(options.gold);
      const extraction = await loadExtraction(options);
      process.stdout.write(formatScore(scoreExtraction(gold, extraction), options));
    });
}
