// Test helper for the explorer: builds web/dist when stale, starts the API server (port 0) on a
// temporary copy of the seeds' data serving that build, and launches Debian's headless chromium
// through playwright-core with software WebGL. Never writes to the real graph-data/.

import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { ensureWebBuild, WEB_DIST } from "../../web/build.ts";
import { startTestServer, type TestServer } from "./server.ts";

/**
 * Where the screenshots go: KG_SCREENSHOT_DIR when set (`npm run screenshots` sets it to
 * docs/screenshots/ for the README), else a temporary folder, so `npm test` changes no tracked file.
 */
export const SCREENSHOT_DIR = process.env.KG_SCREENSHOT_DIR
  ? path.resolve(process.env.KG_SCREENSHOT_DIR)
  : mkdtempSync(path.join(tmpdir(), "kg-screenshots-"));

/** True when the screenshots go to a temporary folder, deleted when the harness stops. */
const TEMPORARY_SCREENSHOTS = !process.env.KG_SCREENSHOT_DIR;

/** The chromium the tests drive (`.ci/run` installs it with apt-get). */
export const CHROMIUM = process.env.KG_CHROMIUM ?? "/usr/bin/chromium";

/** Flags for headless chromium with software WebGL. */
export const CHROMIUM_ARGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--enable-unsafe-swiftshader",
  "--use-angle=swiftshader",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** Launches headless chromium. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`browser: chromium should be at ${CHROMIUM}, found nothing.`);
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

/** A running explorer: server, browser and a helper to open pages. */
export interface ExplorerHarness {
  server: TestServer;
  browser: Browser;
  /** Opens the explorer at `query` ("?node=…") in a new context and waits until the graph is loaded. */
  open(query?: string, viewport?: { width: number; height: number }): Promise<{ page: Page; context: BrowserContext }>;
  /** Closes the browser and stops the server (deleting its data copy). */
  stop(): Promise<void>;
}

/**
 * Opens the explorer at `url` (a server's address and query) in a new context of `browser` and waits
 * until the graph is loaded; throws with the page's status when it does not load.
 */
export async function openExplorerPage(
  browser: Browser,
  url: string,
  viewport = { width: 1280, height: 800 },
): Promise<{ page: Page; context: BrowserContext }> {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => document.body.dataset.ready !== undefined, undefined, { timeout: 60_000 });
  const ready = await page.evaluate(() => document.body.dataset.ready);
  if (ready !== "true") {
    const status = await page.textContent("#status");
    throw new Error(`browser: the explorer should load, found "${status}".`);
  }
  return { page, context };
}

/** Builds the explorer if needed, starts a server on a copy of the seeds and launches chromium. */
export async function startExplorer(): Promise<ExplorerHarness> {
  await ensureWebBuild();
  const server = await startTestServer({ webDir: WEB_DIST });
  let browser: Browser;
  try {
    browser = await launchBrowser();
  } catch (error) {
    await server.stop();
    throw error;
  }
  return {
    server,
    browser,
    open(query = "", viewport = { width: 1280, height: 800 }) {
      return openExplorerPage(browser, `${server.url}/${query}`, viewport);
    },
    async stop() {
      await browser.close();
      await server.stop();
      if (TEMPORARY_SCREENSHOTS) rmSync(SCREENSHOT_DIR, { recursive: true, force: true });
    },
  };
}

/** Saves a screenshot of the page into SCREENSHOT_DIR/<name>.png. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/**
 * Counts non-background pixels of the graph's WebGL layers by drawing them on a 2D canvas right
 * after a render (so the drawing buffer still holds the frame). A blank graph gives 0.
 */
export async function countPaintedPixels(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const canvases = [...document.querySelectorAll<HTMLCanvasElement>("#graph canvas")];
    await new Promise((resolve) => requestAnimationFrame(() => resolve(null)));
    let painted = 0;
    for (const canvas of canvases) {
      if (canvas.width === 0 || canvas.height === 0) continue;
      const copy = document.createElement("canvas");
      copy.width = canvas.width;
      copy.height = canvas.height;
      const context = copy.getContext("2d");
      if (!context) continue;
      context.drawImage(canvas, 0, 0);
      const { data } = context.getImageData(0, 0, copy.width, copy.height);
      for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) painted++;
    }
    return painted;
  });
}
