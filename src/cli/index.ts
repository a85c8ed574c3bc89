// The `kg` command line: one commander program, one file per command, and the one place that
// turns failures into exit codes (0 ok, 1 failure, 2 bad usage). Commands write results to stdout
// and warnings to stderr; they never call process.exit.

import { readFileSync } from "node:fs";
import { Command, CommanderError } from "commander";
import { registerBuild } from "./commands/build.ts";
import { registerEval } from "./commands/eval.ts";
import { registerExport } from "./commands/export.ts";
import { registerExtract } from "./commands/extract.ts";
import { registerServe } from "./commands/serve.ts";
import { registerSummary } from "./commands/summary.ts";
import { userMessage } from "./messages.ts";

/** Exit codes of `kg`. */
export const EXIT_CODES = { ok: 0, failure: 1, usage: 2 } as const;

function readVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
  return pkg.version;
}

/** Builds the `kg` program. Parse errors throw `CommanderError` instead of exiting. */
export function createProgram(): Command {
  const program = new Command("kg")
    .description("A knowledge graph of the news: extract entities and relations from articles, build and score it.")
    .version(readVersion())
    .exitOverride()
    .showHelpAfterError("(run kg --help for usage)");
  // Subcommands are created with program.command(), so they inherit exitOverride and the error output.
  registerExtract(program);
  registerBuild(program);
  registerEval(program);
  registerSummary(program);
  registerExport(program);
  registerServe(program);
  return program;
}

/**
 * Runs `kg` on `argv` (as in process.argv, node and script first) and returns the exit code:
 * 0 on success and for --help/--version, 2 for usage errors (commander has already explained them
 * on stderr), 1 for any other failure, whose message goes to stderr without its `<module>: ` prefix.
 */
export async function runCli(argv: string[]): Promise<number> {
  // A closed pipe (`kg extract … --json | head`) is not a failure of kg.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
  });
  try {
    await createProgram().parseAsync(argv);
    return EXIT_CODES.ok;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT_CODES.ok : EXIT_CODES.usage;
    // The `<module>: ` prefix of our messages is for logs and tests; users read `kg: ` and the message.
    process.stderr.write(`kg: ${userMessage(error instanceof Error ? error.message : String(error))}\n`);
    return EXIT_CODES.failure;
  }
}
