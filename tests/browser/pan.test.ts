// Browser tests of panning (web/src/views/controllers/bitmap-pan.ts): on a big graph a drag of the
// stage moves the drawn frame with a CSS transform and sets the camera once, at the end or at a
// pause; on the seeds' small graph (and with `?pan=redraw`) sigma pans the camera at each move, as
// before. Headless chromium (software WebGL) on the built web/dist, real API servers.

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateGraph } from "../../scripts/bench/graph.ts";
import { startServer } from "../../src/api/server.ts";
import { DATA_FILES } from "../../src/graph/live.ts";
import { saveGraph } from "../../src/graph/store.ts";
import { WEB_DIST } from "../../web/build.ts";
import { type ExplorerHarness, openExplorerPage, startExplorer } from "../_helpers/browser.ts";

let harness: ExplorerHarness;
let dataDir: string;
let server: Awaited<ReturnType<typeof startServer>>;

beforeAll(async () => {
  harness = await startExplorer();
  // Above 2 000 edges: a big graph for the explorer (rendering/settings.ts isBigGraph).
  const graph = generateGraph({ entities: 2500, relations: 6000, seed: 7, documentTexts: false });
  dataDir = mkdtempSync(path.join(tmpdir(), "kg-pan-"));
  saveGraph(graph, path.join(dataDir, DATA_FILES.graph));
  server = await startServer({ dataDir, port: 0, host: "127.0.0.1", webDir: WEB_DIST, log: () => undefined });
}, 180_000);

afterAll(async () => {
  await server?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  await harness?.stop();
});

function openBig(query = ""): Promise<{ page: Page; context: BrowserContext }> {
  return openExplorerPage(harness.browser, `${server.url}/${query}`);
}

interface Point {
  x: number;
  y: number;
}

interface CameraState {
  x: number;
  y: number;
  ratio: number;
  angle: number;
}

/** What the page shows of a pan: the camera, the transform of each layer, the mode. */
interface PanView {
  camera: CameraState;
  animated: boolean;
  /** style.transform of each layer but sigma's mouse layer. */
  transforms: string[];
  mouseTransform: string;
  mode: string | undefined;
  selection: unknown;
}

type SigmaLike = {
  on(event: string, listener: () => void): void;
  getCamera(): { getState(): CameraState; isAnimated(): boolean };
  getCanvases(): Record<string, HTMLCanvasElement>;
  viewportToGraph(point: Point): Point;
  graphToViewport(point: Point): Point;
  getNodeDisplayData(key: string): { size: number } | undefined;
  getGraph(): {
    nodes(): string[];
    getNodeAttributes(key: string): { x: number; y: number; label: string };
  };
};

function panView(page: Page): Promise<PanView> {
  return page.evaluate(() => {
    const explorer = (
      window as unknown as {
        __explorer: { graph: { sigma: SigmaLike }; store: { state: { view: { selection: unknown } } } };
      }
    ).__explorer;
    const sigma = explorer.graph.sigma;
    const canvases = sigma.getCanvases();
    return {
      camera: sigma.getCamera().getState(),
      animated: sigma.getCamera().isAnimated(),
      transforms: Object.entries(canvases)
        .filter(([name]) => name !== "mouse")
        .map(([, canvas]) => canvas.style.transform),
      mouseTransform: canvases.mouse?.style.transform ?? "missing",
      mode: (document.getElementById("graph") as HTMLElement).dataset.pan,
      selection: explorer.store.state.view.selection,
    };
  });
}

/** The graph's box on the page. */
async function graphBox(page: Page): Promise<Point & { width: number; height: number }> {
  const box = await page.locator("#graph").boundingBox();
  if (!box) throw new Error("pan test: the graph should be on the page, found no box.");
  return box;
}

/**
 * The graph point under a page point, and how far half a pixel is in the graph there (the
 * tolerance of "the same point").
 */
async function graphPointAt(page: Page, at: Point): Promise<{ point: Point; halfPixel: number }> {
  const box = await graphBox(page);
  return page.evaluate(
    ({ x, y }) => {
      const sigma = (window as unknown as { __explorer: { graph: { sigma: SigmaLike } } }).__explorer.graph.sigma;
      const point = sigma.viewportToGraph({ x, y });
      const next = sigma.viewportToGraph({ x: x + 0.5, y });
      return { point, halfPixel: Math.hypot(next.x - point.x, next.y - point.y) };
    },
    { x: at.x - box.x, y: at.y - box.y },
  );
}

/** Where a node is drawn, on the page. */
async function nodeOnPage(page: Page, node: string): Promise<Point> {
  const box = await graphBox(page);
  const local = await page.evaluate((id) => {
    const sigma = (window as unknown as { __explorer: { graph: { sigma: SigmaLike } } }).__explorer.graph.sigma;
    return sigma.graphToViewport(sigma.getGraph().getNodeAttributes(id));
  }, node);
  return { x: box.x + local.x, y: box.y + local.y };
}

const hovered = (page: Page) =>
  page.evaluate(
    () =>
      (window as unknown as { __explorer: { store: { state: { hovered: string | null } } } }).__explorer.store.state
        .hovered,
  );

/**
 * A node the pointer finds at its centre (no other node drawn over it there): among the largest
 * ones, the first that hovering its centre lights up.
 */
async function pickableNode(page: Page): Promise<string> {
  const candidates = await page.evaluate(() => {
    const sigma = (window as unknown as { __explorer: { graph: { sigma: SigmaLike } } }).__explorer.graph.sigma;
    const { width, height } = (document.getElementById("graph") as HTMLElement).getBoundingClientRect();
    return sigma
      .getGraph()
      .nodes()
      .filter((node) => {
        const at = sigma.graphToViewport(sigma.getGraph().getNodeAttributes(node));
        // Away from the edges, so that a drag of 200 px keeps it on screen.
        return at.x > 250 && at.x < width - 250 && at.y > 250 && at.y < height - 250;
      })
      .sort((a, b) => (sigma.getNodeDisplayData(b)?.size ?? 0) - (sigma.getNodeDisplayData(a)?.size ?? 0))
      .slice(0, 10);
  });
  for (const node of candidates) {
    const at = await nodeOnPage(page, node);
    await page.mouse.move(at.x, at.y);
    for (let attempt = 0; attempt < 20 && (await hovered(page)) !== node; attempt++) await page.waitForTimeout(50);
    if ((await hovered(page)) === node) return node;
  }
  throw new Error(`pan test: one of ${candidates.join(", ")} should light up under the pointer, found none.`);
}

/**
 * Records, at each animation frame, the camera and the nodes layer's transform, until read; and
 * counts the clicks sigma reports (`window.__panClicks`).
 */
function recordFrames(page: Page): Promise<void> {
  return page.evaluate(() => {
    const sigma = (window as unknown as { __explorer: { graph: { sigma: SigmaLike } } }).__explorer.graph.sigma;
    const frames: { camera: CameraState; transform: string }[] = [];
    const record = window as unknown as { __panFrames: typeof frames; __panRecording: boolean; __panClicks: number };
    record.__panFrames = frames;
    record.__panRecording = true;
    if (record.__panClicks === undefined) {
      record.__panClicks = 0;
      for (const event of ["clickNode", "clickEdge", "clickStage"]) sigma.on(event, () => record.__panClicks++);
    }
    const step = () => {
      frames.push({
        camera: sigma.getCamera().getState(),
        transform: sigma.getCanvases().nodes?.style.transform ?? "",
      });
      if (record.__panRecording) requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  });
}

function recordedFrames(page: Page): Promise<{ camera: CameraState; transform: string }[]> {
  return page.evaluate(() => {
    const record = window as unknown as {
      __panFrames: { camera: CameraState; transform: string }[];
      __panRecording: boolean;
    };
    record.__panRecording = false;
    return record.__panFrames;
  });
}

const clicks = (page: Page) => page.evaluate(() => (window as unknown as { __panClicks: number }).__panClicks);

/** Waits until no layer is moved and the camera is still. */
async function settled(page: Page): Promise<PanView> {
  await expect
    .poll(async () => {
      const view = await panView(page);
      return !view.animated && view.transforms.every((transform) => transform === "");
    })
    .toBe(true);
  return panView(page);
}

function expectSamePoint(actual: Point, expected: Point, tolerance: number): void {
  expect(Math.abs(actual.x - expected.x)).toBeLessThanOrEqual(tolerance);
  expect(Math.abs(actual.y - expected.y)).toBeLessThanOrEqual(tolerance);
}

/** Drags the stage from the graph's centre and checks that the camera moved at each move (sigma's pan). */
async function expectRedrawPan(page: Page): Promise<void> {
  expect((await panView(page)).mode).toBe("redraw");
  const box = await graphBox(page);
  const start = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  await page.mouse.move(start.x, start.y);
  const before = await panView(page);
  await recordFrames(page);
  await page.mouse.down();
  await page.mouse.move(start.x + 120, start.y + 80, { steps: 10 });
  // Before the release: sigma moved the camera already.
  const during = await panView(page);
  await page.mouse.up();
  const frames = await recordedFrames(page);
  expect(during.camera.x).not.toBe(before.camera.x);
  expect(during.camera.y).not.toBe(before.camera.y);
  expect(during.transforms.every((transform) => transform === "")).toBe(true);
  expect(frames.length).toBeGreaterThan(0);
  expect(frames.filter((frame) => frame.transform !== "")).toEqual([]);
}

describe("bitmap-pan (browser)", () => {
  describe("a big graph", () => {
    it("moves the drawn frame while the mouse drags, then moves the camera by the dragged distance and clears the transform", async () => {
      const { page, context } = await openBig();
      try {
        expect((await panView(page)).mode).toBe("bitmap");
        const node = await pickableNode(page);
        const label = await page.evaluate(
          (id) =>
            (window as unknown as { __explorer: { graph: { sigma: SigmaLike } } }).__explorer.graph.sigma
              .getGraph()
              .getNodeAttributes(id).label,
          node,
        );
        // The drag starts on the node: a drag is not a click, so it does not open it.
        const start = await nodeOnPage(page, node);
        const under = await graphPointAt(page, start);
        const before = await panView(page);
        await recordFrames(page);
        await page.mouse.down();
        const end = { x: start.x + 180, y: start.y - 110 };
        await page.mouse.move(end.x, end.y, { steps: 12 });
        const during = await panView(page);
        await page.mouse.up();
        const frames = await recordedFrames(page);

        // During the drag the layers moved together, and sigma's mouse layer stayed.
        expect(frames.some((frame) => frame.transform.startsWith("translate("))).toBe(true);
        expect(new Set(during.transforms).size).toBe(1);
        expect(during.mouseTransform).toBe("");

        // After it: the camera moved, the graph point that was under the pointer is under it again,
        // and no layer is moved any more.
        const after = await settled(page);
        expect(after.camera.ratio).toBe(before.camera.ratio);
        expect(after.camera.x).not.toBe(before.camera.x);
        expect(after.camera.y).not.toBe(before.camera.y);
        const now = await graphPointAt(page, end);
        expectSamePoint(now.point, under.point, under.halfPixel);
        expect(after.selection).toBeNull();
        // A drag is not a click (as with sigma's own pan): sigma reported none.
        expect(await clicks(page)).toBe(0);

        // The node is drawn where the drag took it, and a click there opens it.
        const moved = await nodeOnPage(page, node);
        expectSamePoint(moved, end, 0.5);
        await page.mouse.click(moved.x, moved.y);
        await expect.poll(() => page.textContent("#panel-title")).toBe(label);
        expect(await clicks(page)).toBe(1);
        expect((await panView(page)).selection).toEqual({ kind: "node", id: node });
      } finally {
        await context.close();
      }
    });

    it("draws the camera when the drag pauses with the button still down, and goes on from there", async () => {
      const { page, context } = await openBig();
      try {
        const box = await graphBox(page);
        const start = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
        await page.mouse.move(start.x, start.y);
        const under = await graphPointAt(page, start);
        const before = await panView(page);
        await page.mouse.down();
        const middle = { x: start.x - 150, y: start.y + 60 };
        await page.mouse.move(middle.x, middle.y, { steps: 8 });
        // Held still: the camera follows and the layers are back in place, the button still down.
        const paused = await settled(page);
        expect(paused.camera.x).not.toBe(before.camera.x);
        expectSamePoint((await graphPointAt(page, middle)).point, under.point, under.halfPixel);
        const end = { x: middle.x + 40, y: middle.y + 90 };
        await page.mouse.move(end.x, end.y, { steps: 6 });
        await page.mouse.up();
        await settled(page);
        expectSamePoint((await graphPointAt(page, end)).point, under.point, under.halfPixel);
      } finally {
        await context.close();
      }
    });

    it("zooms with the wheel in the middle of a drag around the point under the pointer", async () => {
      const { page, context } = await openBig();
      try {
        const box = await graphBox(page);
        const start = { x: box.x + box.width / 2 + 40, y: box.y + box.height / 2 - 30 };
        await page.mouse.move(start.x, start.y);
        const under = await graphPointAt(page, start);
        const before = await panView(page);
        await page.mouse.down();
        const middle = { x: start.x + 100, y: start.y + 50 };
        await page.mouse.move(middle.x, middle.y, { steps: 6 });
        await page.mouse.wheel(0, -200);
        await expect.poll(async () => (await panView(page)).camera.ratio).toBeLessThan(before.camera.ratio);
        await expect.poll(async () => (await panView(page)).animated).toBe(false);
        const end = { x: middle.x - 70, y: middle.y + 40 };
        await page.mouse.move(end.x, end.y, { steps: 6 });
        await page.mouse.up();
        await settled(page);
        const now = await graphPointAt(page, end);
        expectSamePoint(now.point, under.point, now.halfPixel);
      } finally {
        await context.close();
      }
    });

    it("pans as sigma does, redrawing at each move, with ?pan=redraw", async () => {
      const { page, context } = await openBig("?pan=redraw");
      try {
        await expectRedrawPan(page);
      } finally {
        await context.close();
      }
    });
  });

  describe("the seeds' small graph", () => {
    it("pans as before: sigma moves the camera at each move and no layer is moved", async () => {
      const { page, context } = await harness.open();
      try {
        await expectRedrawPan(page);
      } finally {
        await context.close();
      }
    });
  });
});
