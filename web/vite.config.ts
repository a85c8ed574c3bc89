// Vite configuration of the explorer and the GraphiQL page: root web/, two pages (index.html, the
// explorer, and graphiql.html, which the API serves at /graphql), output web/dist (served by the
// API at `/`), and in development a proxy to the API on port 4000. Used by `vite` and by build.ts.

import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig, type UserConfig } from "vite";

/** The explorer's sources (web/). */
export const WEB_ROOT = fileURLToPath(new URL(".", import.meta.url));

/** The pages Vite builds, by name: the explorer and GraphiQL. */
export const WEB_PAGES = {
  index: path.join(WEB_ROOT, "index.html"),
  graphiql: path.join(WEB_ROOT, "graphiql.html"),
};

/** The Vite configuration, building into `outDir` (default web/dist). */
export function createViteConfig(outDir = "dist"): UserConfig {
  const api = process.env.KG_API_URL ?? "http://127.0.0.1:4000";
  return {
    root: WEB_ROOT,
    base: "./",
    logLevel: "warn",
    clearScreen: false,
    build: {
      outDir,
      emptyOutDir: true,
      target: "es2022",
      sourcemap: false,
      // GraphiQL's editor (Monaco) is one chunk of about 3 MB, loaded by /graphql only.
      chunkSizeWarningLimit: 4096,
      rolldownOptions: {
        input: WEB_PAGES,
        onwarn(warning, warn) {
          // React libraries mark their modules "use client", which means nothing in a bundle.
          if (warning.code === "MODULE_LEVEL_DIRECTIVE") return;
          warn(warning);
        },
      },
    },
    server: {
      proxy: {
        "/graphql": api,
        "/export": api,
        "/healthz": api,
      },
    },
  };
}

export default defineConfig(createViteConfig());
