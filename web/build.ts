// Builds the explorer (web/ → web/dist) when the build is missing or older than its sources, so
// `npm start` and the browser tests always serve a current explorer. Safe to call from several
// processes at once: one builds (under a lock directory) into a temporary directory that is then
// swapped in; the others wait for it.

import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "vite";
import { createViteConfig, WEB_PAGES, WEB_ROOT } from "./vite.config.ts";

/** The built explorer the server serves. */
export const WEB_DIST = path.join(WEB_ROOT, "dist");

const LOCK = path.join(WEB_ROOT, ".build-lock");
const LOCK_STALE_MS = 5 * 60_000;
const REPO_ROOT = fileURLToPath(new URL("..", import.meta.url));
/** Files outside web/ the explorer bundles (shared ontology and palette). */
const SHARED_SOURCES = ["src/extraction/types.ts", "src/graph/model.ts"].map((file) => path.join(REPO_ROOT, file));

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stats = statSync(entry);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const child of readdirSync(entry)) newest = Math.max(newest, newestMtime(path.join(entry, child)));
  return newest;
}

/** True when web/dist is missing or older than a source of the explorer. */
export function isWebBuildStale(): boolean {
  const built = path.join(WEB_DIST, "index.html");
  if (!existsSync(built) || !existsSync(path.join(WEB_DIST, "graphiql.html"))) return true;
  const builtAt = statSync(built).mtimeMs;
  const sources = [
    path.join(WEB_ROOT, "src"),
    ...Object.values(WEB_PAGES),
    path.join(WEB_ROOT, "vite.config.ts"),
    ...SHARED_SOURCES,
  ];
  return sources.some((source) => newestMtime(source) > builtAt);
}

function tryLock(): boolean {
  try {
    mkdirSync(LOCK);
    return true;
  } catch {
    if (existsSync(LOCK) && Date.now() - statSync(LOCK).mtimeMs > LOCK_STALE_MS) {
      rmSync(LOCK, { recursive: true, force: true });
    }
    return false;
  }
}

/** Builds web/dist now (into a temporary directory, then swapped in). */
export async function buildWeb(): Promise<void> {
  const temporary = path.join(WEB_ROOT, `.dist-${process.pid}-${Date.now()}`);
  try {
    await build({ configFile: false, ...createViteConfig(temporary) });
    const old = path.join(WEB_ROOT, `.dist-old-${process.pid}-${Date.now()}`);
    if (existsSync(WEB_DIST)) renameSync(WEB_DIST, old);
    renameSync(temporary, WEB_DIST);
    rmSync(old, { recursive: true, force: true });
  } finally {
    rmSync(temporary, { recursive: true, force: true });
  }
}

/**
 * Builds the explorer when web/dist is missing or stale; returns true when it built. Waits for a
 * build another process is running instead of starting a second one.
 */
export async function ensureWebBuild(): Promise<boolean> {
  if (!isWebBuildStale()) return false;
  while (!tryLock()) {
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  try {
    if (!isWebBuildStale()) return false;
    await buildWeb();
    return true;
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

// `node --import tsx web/build.ts [--if-stale]`: builds the explorer (only when stale with --if-stale).
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  let built = true;
  if (process.argv.includes("--if-stale")) built = await ensureWebBuild();
  else await buildWeb();
  process.stdout.write(built ? `explorer built into ${WEB_DIST}\n` : `explorer up to date in ${WEB_DIST}\n`);
}
