// `kg serve`: serves the GraphQL API, /healthz, /export and the explorer over the built graph of a
// data directory, until SIGINT or SIGTERM (which abort the work in flight). Prints where GraphQL is
// and the token mutations need when it generated one (a token from KG_API_TOKEN is never printed).
// The server itself is api/server.ts.

import { existsSync } from "node:fs";
import path from "node:path";
import { type Command, InvalidArgumentError } from "commander";
import { generateToken } from "../../api/auth.ts";
import { WORK_LIMITS } from "../../api/limits.ts";
import { SERVER_DEFAULTS, startServer } from "../../api/server.ts";
import { NotFoundError } from "../../errors.ts";
import { DATA_FILES } from "../../graph/live.ts";

/** Options of `kg serve`, as commander parses them. */
export interface ServeOptions {
  /** The data directory holding graph.json. */
  data: string;
  /** TCP port (commander default: PORT or 4000). */
  port: number;
  /** Interface to bind. */
  host: string;
  /** Origins allowed to call the API from a browser (repeatable `--cors-origin`). */
  corsOrigin: string[];
  /** Host names accepted in the Host header besides the bound address and loopback (repeatable `--allowed-host`). */
  allowedHost: string[];
  /** Largest query cost. */
  maxCost: number;
  /** Milliseconds a request may work. */
  timeBudget: number;
}

function parsePositive(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || n <= 0) throw new InvalidArgumentError("A positive integer is expected.");
  return n;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function parseOrigin(value: string): string {
  let origin: string;
  try {
    origin = new URL(value).origin;
  } catch {
    throw new InvalidArgumentError("An origin such as http://localhost:5173 is expected.");
  }
  if (origin === "null") throw new InvalidArgumentError("An origin such as http://localhost:5173 is expected.");
  return origin;
}

function parsePort(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || n > 65535) throw new InvalidArgumentError("A port from 0 to 65535 is expected.");
  return n;
}

/** The port from `PORT` when it is set and valid, else 4000. */
export function defaultPort(env: NodeJS.ProcessEnv = process.env): number {
  const text = env.PORT?.trim();
  if (!text) return SERVER_DEFAULTS.port;
  try {
    return parsePort(text);
  } catch {
    return SERVER_DEFAULTS.port;
  }
}

/** The token mutations need: KG_API_TOKEN when set (and not blank), else a new random one. */
export function resolveToken(env: NodeJS.ProcessEnv = process.env): { token: string; generated: boolean } {
  const fromEnv = env.KG_API_TOKEN?.trim();
  return fromEnv ? { token: fromEnv, generated: false } : { token: generateToken(), generated: true };
}

/** Serves until SIGINT/SIGTERM, then closes the server and resolves. */
export async function runServe(options: ServeOptions): Promise<void> {
  const { token, generated } = resolveToken();
  const graphFile = path.join(options.data, DATA_FILES.graph);
  if (!existsSync(graphFile)) {
    throw new NotFoundError(
      `serve: ${graphFile} should exist, found no graph: run \`kg build --data ${options.data}\` first.`,
    );
  }
  const server = await startServer({
    dataDir: options.data,
    port: options.port,
    host: options.host,
    token,
    corsOrigins: options.corsOrigin ?? [],
    allowedHosts: options.allowedHost ?? [],
    maxCost: options.maxCost,
    timeBudgetMs: options.timeBudget,
    log: (line) => process.stderr.write(`kg serve: ${line}\n`),
  });
  process.stdout.write(
    [
      `GraphQL API: ${server.url}/graphql`,
      generated
        ? `API token (for mutations): ${server.token}`
        : "API token (for mutations): the one in KG_API_TOKEN (not printed)",
      `Explorer: ${server.url}/   Health: ${server.url}/healthz   Export: ${server.url}/export?format=gexf`,
      "Press Ctrl-C to stop.",
      "",
    ].join("\n"),
  );
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      resolve();
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
  await server.close();
  process.stdout.write("kg serve: stopped\n");
}

/** Registers `kg serve [--data DIR] [--port N] [--host HOST] [--cors-origin O]… [--allowed-host H]… [--max-cost N] [--time-budget MS]`. */
export function registerServe(program: Command): Command {
  return program
    .command("serve")
    .description("serve the GraphQL API (/graphql), /healthz, /export and the explorer (/) over DIR/graph.json")
    .option("-d, --data <dir>", "data directory holding graph.json", "graph-data")
    .option("-p, --port <port>", "TCP port (default: PORT or 4000; 0 picks a free port)", parsePort, defaultPort())
    .option("--host <host>", "interface to bind (0.0.0.0 for every interface)", SERVER_DEFAULTS.host)
    .option(
      "--cors-origin <origin>",
      "let a web page of this origin call the API (repeatable; default: same-origin only)",
      (value: string, previous: string[]) => collect(parseOrigin(value), previous),
      [] as string[],
    )
    .option(
      "--allowed-host <name>",
      "accept this name in the Host header besides the bound address and localhost (repeatable)",
      collect,
      [] as string[],
    )
    .option("--max-cost <n>", "largest query cost", parsePositive, WORK_LIMITS.maxCost)
    .option("--time-budget <ms>", "milliseconds a request may work", parsePositive, WORK_LIMITS.timeBudgetMs)
    .addHelpText(
      "after",
      [
        "",
        "Mutations need the header 'Authorization: Bearer <token>': the token is KG_API_TOKEN when set",
        "(never printed), else a random one printed at start. Browsers on other origins are refused",
        "unless named by --cors-origin; requests naming another host than this server get 421.",
        "",
        "Examples:",
        "  $ kg serve",
        "  $ PORT=8080 KG_API_TOKEN=secret kg serve --data /tmp/kg --host 0.0.0.0",
      ].join("\n"),
    )
    .action(async (options: ServeOptions) => {
      await runServe(options);
    });
}
