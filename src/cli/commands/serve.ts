// `kg serve`: serves the GraphQL API, /healthz, /export and the explorer over the built graph of a
// data directory, until SIGINT or SIGTERM. Prints where GraphQL is and the token mutations need
// (KG_API_TOKEN, or a fresh one, like a notebook server). The server itself is api/server.ts.

import { type Command, InvalidArgumentError } from "commander";
import { generateToken } from "../../api/auth.ts";
import { SERVER_DEFAULTS, startServer } from "../../api/server.ts";

/** Options of `kg serve`, as commander parses them. */
export interface ServeOptions {
  /** The data directory holding graph.json. */
  data: string;
  /** TCP port (commander default: PORT or 4000). */
  port: number;
  /** Interface to bind. */
  host: string;
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
  const server = await startServer({
    dataDir: options.data,
    port: options.port,
    host: options.host,
    token,
    log: (line) => process.stderr.write(`kg serve: ${line}\n`),
  });
  process.stdout.write(
    [
      `GraphQL API: ${server.url}/graphql`,
      `API token (for mutations): ${server.token}${generated ? "" : " (from KG_API_TOKEN)"}`,
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

/** Registers `kg serve [--data DIR] [--port N] [--host HOST]`. */
export function registerServe(program: Command): Command {
  return program
    .command("serve")
    .description("serve the GraphQL API (/graphql), /healthz, /export and the explorer (/) over DIR/graph.json")
    .option("-d, --data <dir>", "data directory holding graph.json", "graph-data")
    .option("-p, --port <port>", "TCP port (default: PORT or 4000; 0 picks a free port)", parsePort, defaultPort())
    .option("--host <host>", "interface to bind (0.0.0.0 for every interface)", SERVER_DEFAULTS.host)
    .addHelpText(
      "after",
      [
        "",
        "Mutations need the header 'Authorization: Bearer <token>': the token is KG_API_TOKEN when set,",
        "else a random one printed at start.",
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
