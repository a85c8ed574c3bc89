// The HTTP routes beside /graphql: GET /healthz (status and counts) and GET /export (the graph or a
// subgraph as a file download). Errors are JSON `{ errors: [{ message, extensions: { code } }] }`
// like GraphQL's. Reads the live graph only.

import { InvalidInputError, NotFoundError } from "../errors.ts";
import { EXPORT_MEDIA, exportGraph, parseExportFormat } from "../export/index.ts";
import { BudgetExceededError, type WorkBudget } from "../graph/budget.ts";
import type { LiveGraph } from "../graph/live.ts";
import { resolveEntity, subgraphSteps } from "../graph/query.ts";
import { ERROR_CODES, userMessage } from "./errors.ts";
import { ARGUMENT_BOUNDS } from "./limits.ts";
import { runSteps } from "./work.ts";

/** A JSON error response in GraphQL's error shape (the message without its internal module prefix). */
export function jsonError(
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
): Response {
  return new Response(`${JSON.stringify({ errors: [{ message: userMessage(message), extensions: { code } }] })}\n`, {
    status,
    headers: { "content-type": "application/json; charset=utf-8", ...headers },
  });
}

/** GET /healthz: 200 `{"status":"ok","nodes":N,"edges":M,"documents":D}`. */
export function handleHealth(live: LiveGraph): Response {
  const { graph } = live;
  const body = {
    status: "ok",
    nodes: graph.order,
    edges: graph.size,
    documents: graph.getAttribute("documents").length,
  };
  return new Response(`${JSON.stringify(body)}\n`, {
    status: 200,
    headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" },
  });
}

// Plain decimal digits only: Number() would also take "0x5", "1e3", " 5" and "5.0".
const DECIMAL = /^\d{1,9}$/;

/** A plain decimal integer query parameter in [min, max], `fallback` when absent; else `InvalidInputError`. */
export function parseInteger(
  name: string,
  value: string | null,
  fallback: number,
  [min, max]: readonly [number, number],
) {
  if (value === null || value === "") return fallback;
  const n = DECIMAL.test(value) ? Number(value) : Number.NaN;
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new InvalidInputError(`api: ${name} should be an integer from ${min} to ${max}, found "${value}".`);
  }
  return n;
}

/**
 * GET /export?seeds=a,b&depth=1&format=gexf[&limit=N]: the subgraph around the seeds (ids or names,
 * comma-separated or repeated), or the whole graph without seeds, as an attachment. 400 for a bad
 * format or number (numbers are plain decimal integers), 404 for an unknown seed, 503 when the
 * walk runs past the request's `budget`.
 */
export async function handleExport(live: LiveGraph, url: URL, budget?: WorkBudget): Promise<Response> {
  try {
    const format = parseExportFormat(url.searchParams.get("format") ?? "json");
    const seedNames = url.searchParams
      .getAll("seeds")
      .flatMap((value) => value.split(","))
      .map((seed) => seed.trim())
      .filter((seed) => seed.length > 0);
    const depth = parseInteger("depth", url.searchParams.get("depth"), 1, ARGUMENT_BOUNDS.depth);
    const limitText = url.searchParams.get("limit");
    const limit = limitText === null ? undefined : parseInteger("limit", limitText, 0, ARGUMENT_BOUNDS.limit);
    const seeds = [...new Set(seedNames.map((seed) => resolveEntity(live.graph, live.index, seed)))];
    const graph =
      seeds.length === 0
        ? live.graph
        : await runSteps(subgraphSteps(live.graph, seeds, { depth, limit, budget }), budget);
    const media = EXPORT_MEDIA[format];
    const name = seeds.length === 0 ? "knowledge-graph" : "subgraph";
    return new Response(exportGraph(graph, format), {
      status: 200,
      headers: {
        "content-type": media.contentType.includes("charset")
          ? media.contentType
          : `${media.contentType}; charset=utf-8`,
        "content-disposition": `attachment; filename="${name}${media.suffix ?? ""}${media.extension}"`,
        "cache-control": "no-store",
        "x-content-type-options": "nosniff",
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return jsonError(404, ERROR_CODES.notFound, error.message);
    if (error instanceof InvalidInputError) return jsonError(400, ERROR_CODES.badUserInput, error.message);
    if (error instanceof BudgetExceededError) return jsonError(503, ERROR_CODES.budgetExceeded, error.message);
    throw error;
  }
}
