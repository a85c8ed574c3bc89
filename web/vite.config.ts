// Vite configuration of the explorer: root web/, output web/dist (served by the API at `/`), and
// in development a proxy to the API on port 4000. Used by `vite` and by build.ts.

import { fileURLToPath } from "node:url";
import { defineConfig, type UserConfig } from "vite";

/** The explorer's sources (web/). */
export const WEB_ROOT = fileURLToPath(new URL(".", import.meta.url));

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
      chunkSizeWarningLimit: 1024,
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
