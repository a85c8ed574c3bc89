// What the GraphiQL page starts from: the options the server writes into the page (title, example
// tabs, which editor tool is open, the endpoint), read leniently, and the fetcher GraphiQL runs
// operations with. Pure: no DOM, and fetch is passed in.

/** One tab GraphiQL opens with. */
export interface GraphiQLTab {
  query: string;
  variables?: string;
  headers?: string;
}

/** Which editor tool GraphiQL shows first. */
export type EditorToolsVisibility = boolean | "variables" | "headers";

/** The options of the page (the part of yoga's GraphiQL options it honours). */
export interface GraphiQLPageOptions {
  title: string;
  endpoint: string;
  defaultTabs: GraphiQLTab[];
  defaultEditorToolsVisibility: EditorToolsVisibility;
}

/** The options of a page that carries none. */
export const DEFAULT_GRAPHIQL_OPTIONS: Readonly<GraphiQLPageOptions> = {
  title: "GraphiQL",
  endpoint: "/graphql",
  defaultTabs: [],
  defaultEditorToolsVisibility: false,
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function readTab(value: unknown): GraphiQLTab | null {
  if (!isRecord(value) || typeof value.query !== "string") return null;
  const tab: GraphiQLTab = { query: value.query };
  if (typeof value.variables === "string") tab.variables = value.variables;
  if (typeof value.headers === "string") tab.headers = value.headers;
  return tab;
}

/**
 * Reads the options the server wrote into the page (JSON); anything missing, malformed or of the
 * wrong type takes its default.
 */
export function parseGraphiQLOptions(text: string | null | undefined): GraphiQLPageOptions {
  let raw: unknown = null;
  try {
    raw = JSON.parse(text ?? "null");
  } catch {
    raw = null;
  }
  const options = { ...DEFAULT_GRAPHIQL_OPTIONS, defaultTabs: [] as GraphiQLTab[] };
  if (!isRecord(raw)) return options;
  if (typeof raw.title === "string" && raw.title.trim() !== "") options.title = raw.title;
  if (typeof raw.endpoint === "string" && raw.endpoint.startsWith("/")) options.endpoint = raw.endpoint;
  if (Array.isArray(raw.defaultTabs)) {
    options.defaultTabs = raw.defaultTabs.map(readTab).filter((tab): tab is GraphiQLTab => tab !== null);
  }
  const tools = raw.defaultEditorToolsVisibility;
  if (typeof tools === "boolean" || tools === "variables" || tools === "headers") {
    options.defaultEditorToolsVisibility = tools;
  }
  return options;
}

/** What GraphiQL hands its fetcher: the operation, and the headers typed in its headers editor. */
export interface FetcherParams {
  query: string;
  operationName?: string | null;
  variables?: unknown;
}

/** A GraphQL answer, as GraphiQL shows it. */
export type FetcherResult = Record<string, unknown>;

/**
 * A GraphiQL fetcher: POSTs the operation as JSON to `endpoint` (with the header yoga's CSRF
 * prevention asks for, and the headers of the headers editor) and returns the parsed answer; an
 * answer that is not JSON becomes an error GraphiQL can show.
 */
export function createFetcher(
  endpoint: string,
  fetchImpl: typeof fetch,
): (params: FetcherParams, options?: { headers?: Record<string, unknown> }) => Promise<FetcherResult> {
  return async (params, options = {}) => {
    const headers: Record<string, string> = {
      "content-type": "application/json",
      accept: "application/graphql-response+json, application/json",
      "x-graphql-yoga-csrf": "1",
    };
    for (const [name, value] of Object.entries(options.headers ?? {})) {
      if (typeof value === "string") headers[name.toLowerCase()] = value;
    }
    const response = await fetchImpl(endpoint, { method: "POST", headers, body: JSON.stringify(params) });
    const text = await response.text();
    try {
      const body = JSON.parse(text) as unknown;
      if (isRecord(body)) return body;
    } catch {
      // Reported below.
    }
    return {
      errors: [
        { message: `graphiql: the answer should be JSON, found HTTP ${response.status}: ${text.slice(0, 200)}` },
      ],
    };
  };
}
