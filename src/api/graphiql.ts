// The GraphiQL page yoga answers a browser's GET /graphql with: web/dist/graphiql.html (GraphiQL
// built by Vite with the explorer, every asset served by this server, nothing from a CDN) with
// the title and the options (example tabs…) written into it. When the web build is missing, a
// short page says how to build it and still lists the options.

import { readFile } from "node:fs/promises";
import path from "node:path";
import type { GraphiQLOptions } from "graphql-yoga";

/** The built page, relative to the web build directory. */
export const GRAPHIQL_PAGE = "graphiql.html";

const OPTIONS_SCRIPT = /(<script type="application\/json" id="graphiql-options">)[\s\S]*?(<\/script>)/;
const TITLE = /<title>[\s\S]*?<\/title>/;
// Built pages link their assets as "./assets/…": absolute, so that /graphql/ finds them too.
const RELATIVE_ASSET = /\b(src|href)="\.\//g;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** JSON that is safe inside a <script> element (no "</script>", no "<!--"). */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

function notBuiltPage(options: GraphiQLOptions): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${escapeHtml(options.title ?? "GraphiQL")}</title>
<script type="application/json" id="graphiql-options">${scriptJson(options)}</script></head>
<body>
<h1>${escapeHtml(options.title ?? "GraphiQL")}</h1>
<p>GraphiQL is not built yet (run <code>npm run web:build</code>, which writes <code>web/dist/</code>).
POST GraphQL operations to this URL meanwhile.</p>
</body>
</html>
`;
}

/** Writes `options` (and the title) into the built page's HTML. */
export function fillGraphiQLPage(html: string, options: GraphiQLOptions): string {
  const title = `<title>${escapeHtml(options.title ?? "GraphiQL")}</title>`;
  return html
    .replace(TITLE, () => title)
    .replace(OPTIONS_SCRIPT, (_match, open: string, close: string) => `${open}${scriptJson(options)}${close}`)
    .replace(RELATIVE_ASSET, '$1="/');
}

/**
 * A yoga `renderGraphiQL` serving the GraphiQL page of the web build in `webDir` (read on each
 * request, so a rebuild shows at once); null or a build without the page: the not-built page.
 */
export function createGraphiQLRenderer(webDir: string | null): (options: GraphiQLOptions) => Promise<string> {
  return async (options) => {
    if (webDir === null) return notBuiltPage(options);
    let html: string;
    try {
      html = await readFile(path.join(webDir, GRAPHIQL_PAGE), "utf8");
    } catch {
      return notBuiltPage(options);
    }
    return fillGraphiQLPage(html, options);
  };
}
