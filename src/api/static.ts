// Serves the built explorer (web/dist) as static files: content types by extension, index.html for
// the root and for extension-less paths (client-side routes), and no way out of the directory
// (decoded paths are resolved and checked against the real root). When the explorer is not built,
// "/" answers with a short page pointing to /graphql. Never lists directories or writes files.

import { readFile, realpath, stat } from "node:fs/promises";
import path from "node:path";

/** Content types by file extension (lower case, with the dot). */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".ttf": "font/ttf",
  ".txt": "text/plain; charset=utf-8",
  ".wasm": "application/wasm",
  ".webmanifest": "application/manifest+json",
};

const NOT_BUILT_PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>news-kg</title></head>
<body>
<h1>news-kg</h1>
<p>The graph explorer is not built yet (run <code>npm run web:build</code>, which writes <code>web/dist/</code>).</p>
<p>The GraphQL API is at <a href="/graphql">/graphql</a> (GraphiQL in a browser); health at <a href="/healthz">/healthz</a>.</p>
</body>
</html>
`;

const SECURITY_HEADERS = { "x-content-type-options": "nosniff", "cache-control": "no-cache" };

function textResponse(status: number, text: string): Response {
  return new Response(text, { status, headers: { "content-type": "text/plain; charset=utf-8", ...SECURITY_HEADERS } });
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/** The file a URL path maps to inside `root`, or null when it would leave `root` or does not exist. */
async function locate(root: string, pathname: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes("\0") || decoded.includes("\\")) return null;
  const realRoot = await realpath(root);
  let candidate = path.resolve(realRoot, `.${decoded}`);
  if (candidate !== realRoot && !candidate.startsWith(realRoot + path.sep)) return null;
  if (decoded.endsWith("/")) candidate = path.join(candidate, "index.html");
  if (!(await isFile(candidate))) return null;
  // A symbolic link inside the root must not lead out of it either.
  const real = await realpath(candidate);
  return real.startsWith(realRoot + path.sep) ? real : null;
}

/**
 * Answers a GET or HEAD for a static file of `webDir` (null: the explorer is not built). Unknown
 * files give 404, except extension-less paths, which get index.html (the explorer routes itself).
 */
export async function serveStatic(webDir: string | null, request: Request, pathname: string): Promise<Response> {
  if (request.method !== "GET" && request.method !== "HEAD") {
    return new Response("Method not allowed.\n", {
      status: 405,
      headers: { allow: "GET, HEAD", "content-type": "text/plain; charset=utf-8" },
    });
  }
  const built = webDir !== null && (await isFile(path.join(webDir, "index.html")));
  if (!built) {
    if (pathname === "/" || pathname === "/index.html") {
      return new Response(request.method === "HEAD" ? null : NOT_BUILT_PAGE, {
        status: 200,
        headers: { "content-type": "text/html; charset=utf-8", ...SECURITY_HEADERS },
      });
    }
    return textResponse(404, "Not found.\n");
  }
  let file = await locate(webDir, pathname);
  if (file === null && path.extname(pathname) === "" && !pathname.includes("..")) {
    file = await locate(webDir, "/index.html");
  }
  if (file === null) return textResponse(404, "Not found.\n");
  const body = await readFile(file);
  const type = CONTENT_TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream";
  return new Response(request.method === "HEAD" ? null : body, {
    status: 200,
    headers: { "content-type": type, "content-length": String(body.length), ...SECURITY_HEADERS },
  });
}
