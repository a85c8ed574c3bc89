// The GraphiQL page's entry point (web/graphiql.html, served by the API at /graphql): GraphiQL 5
// with its editor workers bundled by Vite, so the page needs nothing from outside the server. The
// server writes the title and the example tabs into #graphiql-options (see src/api/graphiql.ts).

import "graphiql/setup-workers/vite";
import "graphiql/style.css";
import "./graphiql.css";
import { GraphiQL } from "graphiql";
import { createElement } from "react";
import { createRoot } from "react-dom/client";
import { createFetcher, parseGraphiQLOptions } from "./options.ts";

const options = parseGraphiQLOptions(document.getElementById("graphiql-options")?.textContent);
const container = document.getElementById("graphiql");
if (!container) throw new Error("graphiql: the page should have #graphiql, found none.");
document.title = options.title;
container.textContent = "";

const fetcher = createFetcher(options.endpoint, (input, init) => fetch(input, init));
createRoot(container).render(
  createElement(
    GraphiQL,
    {
      fetcher,
      defaultTabs: options.defaultTabs,
      defaultEditorToolsVisibility: options.defaultEditorToolsVisibility,
    },
    createElement(GraphiQL.Logo, null, options.title),
  ),
);
