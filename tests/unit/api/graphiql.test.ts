// The GraphiQL page the API answers a browser's GET /graphql with (src/api/graphiql.ts): the web
// build's page with the options written in, assets from the server itself, and a page saying how
// to build it when the build is missing.

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGraphiQLRenderer, fillGraphiQLPage, GRAPHIQL_PAGE } from "../../../src/api/graphiql.ts";
import { createApp } from "../../../src/api/yoga.ts";
import { LiveGraph } from "../../../src/graph/live.ts";
import { copySeedData } from "../../_helpers/server.ts";

// The shape of web/dist/graphiql.html after a Vite build.
const BUILT_PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>news-kg GraphQL</title>
    <script type="application/json" id="graphiql-options">{}</script>
    <script type="module" crossorigin src="./assets/graphiql-abc.js"></script>
    <link rel="stylesheet" crossorigin href="./assets/graphiql-abc.css">
  </head>
  <body><div id="graphiql">Loading GraphiQL…</div></body>
</html>
`;

/** The JSON of the page's #graphiql-options element. */
function optionsOf(html: string): unknown {
  const match = /<script type="application\/json" id="graphiql-options">([\s\S]*?)<\/script>/.exec(html);
  if (!match) throw new Error("test: the page should have #graphiql-options, found none.");
  return JSON.parse(match[1] as string);
}

let dataDir: string;
let webDir: string;

beforeAll(async () => {
  dataDir = await copySeedData();
  webDir = mkdtempSync(path.join(tmpdir(), "kg-graphiql-"));
  writeFileSync(path.join(webDir, "index.html"), "<!doctype html><title>explorer</title>");
  writeFileSync(path.join(webDir, GRAPHIQL_PAGE), BUILT_PAGE);
});

afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(webDir, { recursive: true, force: true });
});

describe("api/graphiql", () => {
  describe("fillGraphiQLPage", () => {
    it("writes the options as JSON that cannot end the script element, and the title escaped", () => {
      const options = {
        title: `Graph <b>"&"</b>`,
        defaultTabs: [{ query: "# </script><script>alert(1)</script> <!-- \u2028\n{ stats { nodes } }" }],
      };
      const html = fillGraphiQLPage(BUILT_PAGE, options);
      expect(html).toContain("<title>Graph &#60;b&#62;&#34;&#38;&#34;&#60;/b&#62;</title>");
      expect(html.match(/<\/script>/g)?.length).toBe(2);
      expect(html).not.toContain("<!--");
      expect(optionsOf(html)).toEqual(options);
    });

    it("makes the assets' paths absolute, so that /graphql/ finds them too", () => {
      const html = fillGraphiQLPage(BUILT_PAGE, {});
      expect(html).toContain('src="/assets/graphiql-abc.js"');
      expect(html).toContain('href="/assets/graphiql-abc.css"');
      expect(html).not.toContain('"./');
    });
  });

  describe("createGraphiQLRenderer", () => {
    it("says how to build the page when there is no web build, and still carries the options", async () => {
      const empty = mkdtempSync(path.join(tmpdir(), "kg-graphiql-empty-"));
      try {
        for (const dir of [null, empty]) {
          const html = await createGraphiQLRenderer(dir)({
            title: "news-kg GraphQL",
            defaultTabs: [{ query: "{ a }" }],
          });
          expect(html).toContain("npm run web:build");
          expect(html).toContain("<title>news-kg GraphQL</title>");
          expect(optionsOf(html)).toEqual({ title: "news-kg GraphQL", defaultTabs: [{ query: "{ a }" }] });
        }
      } finally {
        rmSync(empty, { recursive: true, force: true });
      }
    });
  });

  describe("GET /graphql from a browser", () => {
    it("answers with the web build's page, the example tabs and nothing from outside the server", async () => {
      const live = await LiveGraph.open(dataDir);
      const app = createApp({ live, token: "unit-test-token-0123456789", webDir });
      const response = await app.fetch("http://localhost/graphql", { headers: { accept: "text/html" } });
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toContain("text/html");
      const html = await response.text();
      expect(html).toContain('src="/assets/graphiql-abc.js"');
      expect(html.match(/\b(?:src|href)="[^"]*"/g)?.filter((url) => !/^(?:src|href)="\//.test(url))).toEqual([]);
      expect(html).not.toMatch(/https?:\/\//);
      const options = optionsOf(html) as { title: string; endpoint: string; defaultTabs: { query: string }[] };
      expect(options.title).toBe("news-kg GraphQL");
      expect(options.endpoint).toBe("/graphql");
      expect(options.defaultTabs.map((tab) => /(?:query|mutation) (\w+)/.exec(tab.query)?.[1])).toEqual([
        "WhoNegotiatedWhat",
        "Posts",
        "Path",
        "SubgraphExport",
        "Search",
        "Ingest",
      ]);
      expect(html).not.toContain("unit-test-token-0123456789");
    });
  });
});
