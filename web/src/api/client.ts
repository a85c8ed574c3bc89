// The explorer's one door to the server: GraphQL over a JSON POST (with the CSRF header the
// server asks for) and plain downloads. No query text here (see queries.ts), no DOM.

/** A failed request: the server's message, or what went wrong on the way. */
export class ApiError extends Error {
  override name = "ApiError";
  /** extensions.code of the first GraphQL error (NOT_FOUND, UNAUTHENTICATED…), when there is one. */
  readonly code: string | null;
  constructor(message: string, code: string | null = null) {
    super(message);
    this.code = code;
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** Where the API lives; "" means the page's own origin. */
let baseUrl = "";

/** Sets the API's origin (tests and the benchmark serve the page elsewhere). */
export function setApiBase(url: string): void {
  baseUrl = url.replace(/\/+$/, "");
}

/** The absolute URL of an API path. */
export function apiUrl(path: string): string {
  return `${baseUrl}${path}`;
}

/**
 * Runs a GraphQL operation and returns its data; throws ApiError with the first error's message
 * (and code) when the server reports errors or the request fails.
 */
export async function graphql<T>(
  query: string,
  variables: Record<string, unknown> = {},
  options: { token?: string; signal?: AbortSignal } = {},
): Promise<T> {
  const headers: Record<string, string> = {
    "content-type": "application/json",
    accept: "application/graphql-response+json, application/json",
    "x-graphql-yoga-csrf": "1",
  };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let response: Response;
  try {
    const init: RequestInit = { method: "POST", headers, body: JSON.stringify({ query, variables }) };
    if (options.signal) init.signal = options.signal;
    response = await fetch(apiUrl("/graphql"), init);
  } catch (error) {
    throw new ApiError(`api: the server should answer, found ${(error as Error).message}.`);
  }
  let body: GraphQLResponse<T>;
  try {
    body = (await response.json()) as GraphQLResponse<T>;
  } catch {
    throw new ApiError(`api: the answer should be JSON, found HTTP ${response.status} ${response.statusText}.`);
  }
  const first = body.errors?.[0];
  if (first) throw new ApiError(first.message, first.extensions?.code ?? null);
  if (!response.ok || body.data === undefined || body.data === null) {
    throw new ApiError(`api: the answer should hold data, found HTTP ${response.status}.`);
  }
  return body.data;
}

/** Fetches a file the server makes (an export) as a Blob, with its file name from Content-Disposition. */
export async function download(path: string): Promise<{ blob: Blob; fileName: string | null }> {
  const response = await fetch(apiUrl(path));
  if (!response.ok) {
    const text = await response.text().catch(() => "");
    throw new ApiError(`api: the download should succeed, found HTTP ${response.status} ${text.slice(0, 200)}`);
  }
  const disposition = response.headers.get("content-disposition") ?? "";
  const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition);
  return { blob: await response.blob(), fileName: match?.[1] ? decodeURIComponent(match[1]) : null };
}
