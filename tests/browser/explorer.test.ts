// Browser tests of the explorer: headless chromium (software WebGL) driving the built web/dist
// served by the real API server on a temporary copy of the seeds' data. Read-only features first;
// the ingestion tests (which change the server's graph) run last. Screenshots go to a temporary
// folder (to docs/screenshots/ with `npm run screenshots`).

import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { MultiDirectedGraph } from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateGraph } from "../../scripts/bench/graph.ts";
import { exampleTabs } from "../../src/api/examples.ts";
import { startServer } from "../../src/api/server.ts";
import { DATA_FILES } from "../../src/graph/live.ts";
import { createGraph } from "../../src/graph/model.ts";
import { saveGraph } from "../../src/graph/store.ts";
import { WEB_DIST } from "../../web/build.ts";
import {
  countPaintedPixels,
  type ExplorerHarness,
  openExplorerPage,
  saveScreenshot,
  startExplorer,
} from "../_helpers/browser.ts";

let harness: ExplorerHarness;
let health: { nodes: number; edges: number };

beforeAll(async () => {
  harness = await startExplorer();
  health = (await (await fetch(`${harness.server.url}/healthz`)).json()) as { nodes: number; edges: number };
}, 180_000);

afterAll(async () => {
  await harness?.stop();
});

interface Counts {
  visibleNodes: number;
  visibleEdges: number;
  totalNodes: number;
  totalEdges: number;
}

async function counts(page: Page): Promise<Counts> {
  return page.evaluate(() => {
    const data = (document.getElementById("status") as HTMLElement).dataset;
    return {
      visibleNodes: Number(data.visibleNodes),
      visibleEdges: Number(data.visibleEdges),
      totalNodes: Number(data.totalNodes),
      totalEdges: Number(data.totalEdges),
    };
  });
}

/** Whether sigma currently hides a node (its display data after the reducers). */
async function isHidden(page: Page, node: string): Promise<boolean | null> {
  return page.evaluate((id) => {
    const explorer = (
      window as unknown as {
        __explorer: {
          graph: { sigma: { getNodeDisplayData(key: string): { hidden: boolean } | undefined; refresh(): void } };
        };
      }
    ).__explorer;
    explorer.graph.sigma.refresh();
    return explorer.graph.sigma.getNodeDisplayData(id)?.hidden ?? null;
  }, node);
}

async function apiData<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const { body } = await harness.server.graphql<T>(query, variables);
  if (body.errors) throw new Error(body.errors[0]?.message);
  return body.data as T;
}

/** Whether a request for `url` would leave the machine (blob: and data: URLs stay in the page). */
function leavesLoopback(url: string): boolean {
  const parsed = new URL(url);
  if (parsed.protocol === "blob:") return leavesLoopback(parsed.pathname);
  if (!["http:", "https:", "ws:", "wss:"].includes(parsed.protocol)) return false;
  return !["127.0.0.1", "localhost", "[::1]"].includes(parsed.hostname);
}

/**
 * Takes the context offline: every request to a host other than loopback is aborted. Returns the
 * URLs requested (through the route and as request events, workers' included).
 */
async function goOffline(context: BrowserContext): Promise<string[]> {
  const requested: string[] = [];
  context.on("request", (request) => requested.push(request.url()));
  await context.route("**/*", (route) => {
    const url = route.request().url();
    requested.push(url);
    return leavesLoopback(url) ? route.abort("internetdisconnected") : route.continue();
  });
  return requested;
}

/** The lines a Monaco editor shows (it renders spaces as no-break spaces). */
async function editorText(page: Page, selector: string): Promise<string> {
  const text = await page.locator(`${selector} .monaco-editor .view-lines`).first().textContent();
  return (text ?? "").replace(/\u00a0/g, " ");
}

/** How the renderer draws edges: whether they answer the pointer, and whether arrows and lines share one program. */
const EDGE_RENDERING = `(() => {
  const settings = window.__explorer.graph.sigma.getSettings();
  return {
    edgeEvents: settings.enableEdgeEvents,
    edgeLabels: settings.renderEdgeLabels,
    hideEdgesOnMove: settings.hideEdgesOnMove,
    plainLines: settings.edgeProgramClasses.arrow === settings.edgeProgramClasses.line,
  };
})()`;

describe("explorer (browser)", () => {
  it("renders the whole graph: a painted canvas, the node and edge counts, the legend", async () => {
    const { page, context } = await harness.open();
    try {
      const shown = await counts(page);
      expect(shown).toEqual({
        visibleNodes: health.nodes,
        visibleEdges: health.edges,
        totalNodes: health.nodes,
        totalEdges: health.edges,
      });
      expect(await page.textContent("#status")).toBe(`${health.nodes} entities · ${health.edges} relations`);
      expect(await countPaintedPixels(page)).toBeGreaterThan(500);
      expect(await page.locator("#legend [data-type]").count()).toBeGreaterThan(5);
      // A small graph: arrows, and edges that answer the pointer.
      expect(await page.evaluate(EDGE_RENDERING)).toEqual({
        edgeEvents: true,
        edgeLabels: true,
        hideEdgesOnMove: false,
        plainLines: false,
      });
      await saveScreenshot(page, "overview");
    } finally {
      await context.close();
    }
  });

  it("searches “Bessent”, selects him and shows the Treasury Secretary title with its evidence", async () => {
    const { page, context } = await harness.open();
    try {
      await page.fill("#search-input", "Bessent");
      await expect
        .poll(() => page.locator("#search-suggestions [data-entity]").first().getAttribute("data-entity"))
        .toBe("person:scott-bessent");
      await page.press("#search-input", "Enter");
      const position = page.locator('[data-panel="details"] [data-predicate="HOLDS_POSITION"] li.fact').first();
      await position.waitFor();
      expect(await page.textContent("#panel-title")).toBe("Scott Bessent");
      expect(await position.locator('[data-attribute="title"]').textContent()).toBe("title: Treasury Secretary");
      const sentence = (await position.locator("blockquote").first().textContent()) ?? "";
      expect(sentence).toContain("Treasury Secretary Scott Bessent");
      const marks = await position.locator("blockquote").first().locator("mark").allTextContents();
      expect(marks.some((mark) => mark.includes("Scott Bessent"))).toBe(true);
      expect(await position.locator("[data-document]").count()).toBeGreaterThan(0);
      expect(new URL(page.url()).searchParams.get("node")).toBe("person:scott-bessent");
      await page.waitForTimeout(700);
      await saveScreenshot(page, "search-details");

      // An alias: "U.S." suggests the United States.
      await page.fill("#search-input", "U.S.");
      await expect
        .poll(() => page.locator("#search-suggestions [data-entity]").first().getAttribute("data-entity"))
        .toBe("country:united-states");
      await page.locator("#search-suggestions [data-entity]").first().dispatchEvent("mousedown");
      await expect.poll(() => page.textContent("#panel-title")).toBe("United States");
    } finally {
      await context.close();
    }
  });

  it("hovers and clicks a node on the canvas, then shows one of its relations with the evidence", async () => {
    const { page, context } = await harness.open();
    try {
      const target = await page.evaluate((id) => {
        type Sigma = {
          graphToViewport(point: { x: number; y: number }): { x: number; y: number };
          getGraph(): { getNodeAttributes(key: string): { x: number; y: number } };
        };
        const sigma = (window as unknown as { __explorer: { graph: { sigma: Sigma } } }).__explorer.graph.sigma;
        const point = sigma.graphToViewport(sigma.getGraph().getNodeAttributes(id));
        const box = (document.getElementById("graph") as HTMLElement).getBoundingClientRect();
        return { x: box.left + point.x, y: box.top + point.y };
      }, "country:china");
      await page.mouse.move(target.x, target.y);
      await expect
        .poll(() =>
          page.evaluate(
            () =>
              (window as unknown as { __explorer: { store: { state: { hovered: string | null } } } }).__explorer.store
                .state.hovered,
          ),
        )
        .toBe("country:china");
      const faded = await page.evaluate(() => {
        const explorer = (
          window as unknown as {
            __explorer: {
              graph: {
                graph: {
                  filterNodes(f: (node: string) => boolean): string[];
                  areNeighbors(a: string, b: string): boolean;
                };
                sigma: { refresh(): void; getNodeDisplayData(key: string): { color: string } | undefined };
              };
            };
          }
        ).__explorer;
        const { graph, sigma } = explorer.graph;
        sigma.refresh();
        const stranger = graph.filterNodes(
          (node) => node !== "country:china" && !graph.areNeighbors(node, "country:china"),
        )[0] as string;
        return sigma.getNodeDisplayData(stranger)?.color;
      });
      expect(faded).toBe("#e3e6eb");
      await saveScreenshot(page, "hover");
      await page.mouse.click(target.x, target.y);
      await expect.poll(() => page.textContent("#panel-title")).toBe("China");
      const relation = page.locator('[data-panel="details"] li.fact[data-relation]').first();
      const relationId = await relation.getAttribute("data-relation");
      await relation.getByRole("button", { name: "details" }).click();
      await expect.poll(() => new URL(page.url()).searchParams.get("edge")).toBe(relationId);
      await page
        .locator(`[data-panel="details"] div[data-relation="${relationId}"] .evidence blockquote`)
        .first()
        .waitFor();
      expect(await page.textContent("#panel-title")).toContain("China");
    } finally {
      await context.close();
    }
  });

  it("runs ForceAtlas2 in a worker: nodes move, and the run stops by itself", async () => {
    const { page, context } = await harness.open();
    try {
      const position = () =>
        page.evaluate(() => {
          const explorer = (
            window as unknown as {
              __explorer: { graph: { graph: { getNodeAttributes(key: string): { x: number; y: number } } } };
            }
          ).__explorer;
          const { x, y } = explorer.graph.graph.getNodeAttributes("country:china");
          return `${x},${y}`;
        });
      const before = await position();
      await page.click("#layout-toggle");
      expect(await page.getAttribute("#layout-toggle", "aria-pressed")).toBe("true");
      await expect.poll(position).not.toBe(before);
      await expect.poll(() => page.getAttribute("#layout-toggle", "aria-pressed"), { timeout: 30_000 }).toBe("false");
      expect(await page.textContent("#layout-toggle")).toBe("Start layout");
    } finally {
      await context.close();
    }
  });

  it("opens a document from an evidence with every mention highlighted", async () => {
    const { page, context } = await harness.open("?node=person%3Ascott-bessent&panel=details");
    try {
      const link = page.locator('[data-panel="details"] .evidence [data-document]').first();
      await link.waitFor();
      const documentId = await link.getAttribute("data-document");
      await link.click();
      await page.locator("#reader .reader-text").waitFor();
      expect(await page.locator("#reader .reader-text").getAttribute("data-document")).toBe(documentId);
      const mentioned = await page.locator('#reader mark[data-entity="person:scott-bessent"]').count();
      expect(mentioned).toBeGreaterThan(0);
      await page.keyboard.press("Escape");
      await expect
        .poll(() => page.evaluate(() => (document.getElementById("reader") as HTMLDialogElement).open))
        .toBe(false);
    } finally {
      await context.close();
    }
  });

  it("hides a type from the legend, keeps the filter in the URL and restores it from a shared link", async () => {
    const { page, context } = await harness.open();
    try {
      const people = await apiData<{ entities: { totalCount: number } }>(
        "{ entities(type: PERSON, first: 1) { totalCount } }",
      );
      await page.click('#legend [data-type="Person"]');
      await expect.poll(async () => (await counts(page)).visibleNodes).toBe(health.nodes - people.entities.totalCount);
      expect(await isHidden(page, "person:scott-bessent")).toBe(true);
      expect(await isHidden(page, "country:united-states")).toBe(false);
      const shared = new URL(page.url()).search;
      expect(new URLSearchParams(shared).get("types")?.split(",")).not.toContain("Person");
      await saveScreenshot(page, "filter-type");

      const again = await harness.open(shared);
      try {
        expect((await counts(again.page)).visibleNodes).toBe(health.nodes - people.entities.totalCount);
        expect(await isHidden(again.page, "person:scott-bessent")).toBe(true);
      } finally {
        await again.context.close();
      }
    } finally {
      await context.close();
    }
  });

  it("focuses the ego network of a node to depth 1 and 2", async () => {
    const { page, context } = await harness.open("?node=person%3Ascott-bessent&panel=details");
    try {
      const expected = await apiData<{ entity: { one: { id: string }[]; two: { id: string }[] } }>(
        '{ entity(id: "person:scott-bessent") { one: neighbors(depth: 1) { id } two: neighbors(depth: 2) { id } } }',
      );
      await page.locator("#focus-button").click();
      await expect.poll(async () => (await counts(page)).visibleNodes).toBe(expected.entity.one.length + 1);
      for (const { id } of expected.entity.one) expect(await isHidden(page, id)).toBe(false);
      expect(new URL(page.url()).searchParams.get("focus")).toBe("person:scott-bessent");
      await saveScreenshot(page, "ego");
      await page.click('[data-open-panel="filters"]');
      await page.selectOption("#ego-depth", "2");
      await expect.poll(async () => (await counts(page)).visibleNodes).toBe(expected.entity.two.length + 1);
      await page.click("#clear-focus");
      await expect.poll(async () => (await counts(page)).visibleNodes).toBe(health.nodes);
    } finally {
      await context.close();
    }
  });

  it("shows the shortest path between two entities", async () => {
    const { page, context } = await harness.open("?panel=filters");
    try {
      const expected = await apiData<{ path: { nodes: { id: string; name: string }[]; length: number } }>(
        '{ path(from: "Scott Bessent", to: "He Lifeng", maxLength: 6) { nodes { id name } length } }',
      );
      await page.fill("#path-from", "Bessent");
      await page.fill("#path-to", "He Lifeng");
      await page.click("#find-path");
      await expect.poll(async () => (await counts(page)).visibleNodes).toBe(expected.path.nodes.length);
      expect((await counts(page)).visibleEdges).toBe(expected.path.length);
      const banner = (await page.textContent("#focus-text")) ?? "";
      expect(banner).toBe(`Path: ${expected.path.nodes.map((node) => node.name).join(" → ")}`);
      await saveScreenshot(page, "path");
    } finally {
      await context.close();
    }
  });

  it("exports the focused subgraph as GEXF, JSON and Neo4j files that parse, and the view as a PNG", async () => {
    const { page, context } = await harness.open(
      "?node=person%3Ascott-bessent&focus=person%3Ascott-bessent&depth=1&panel=export",
    );
    try {
      expect(await page.textContent("#export-what")).toContain("neighbours of Scott Bessent");
      const visible = (await counts(page)).visibleNodes;
      const [gexfDownload] = await Promise.all([page.waitForEvent("download"), page.click('[data-format="GEXF"]')]);
      const gexf = parseGexf(MultiDirectedGraph, readFileSync((await gexfDownload.path()) as string, "utf8"));
      expect(gexf.hasNode("person:scott-bessent")).toBe(true);
      expect(gexf.order).toBe(visible);
      const [gexf12Download] = await Promise.all([page.waitForEvent("download"), page.click('[data-format="GEXF12"]')]);
      const gexf12Text = readFileSync((await gexf12Download.path()) as string, "utf8");
      expect(gexf12Text).toContain('version="1.2"');
      expect(parseGexf(MultiDirectedGraph, gexf12Text).order).toBe(visible);
      const [jsonDownload] = await Promise.all([page.waitForEvent("download"), page.click('[data-format="JSON"]')]);
      const json = JSON.parse(readFileSync((await jsonDownload.path()) as string, "utf8")) as {
        nodes: { key: string }[];
      };
      expect(json.nodes.map((node) => node.key)).toContain("country:united-states");
      const [neo4jDownload] = await Promise.all([
        page.waitForEvent("download"),
        page.click('[data-format="NEO4J_NODES"]'),
      ]);
      const neo4jNodes = readFileSync((await neo4jDownload.path()) as string, "utf8")
        .trimEnd()
        .split("\n");
      expect(neo4jNodes[0]).toMatch(/^id:ID\(Entity\),:LABEL,name,/);
      expect(neo4jNodes).toHaveLength(visible + 1);
      expect(neo4jDownload.suggestedFilename()).toBe("news-kg.nodes.csv");
      const [pngDownload] = await Promise.all([page.waitForEvent("download"), page.click('[data-format="PNG"]')]);
      const png = readFileSync((await pngDownload.path()) as string);
      expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      expect(pngDownload.suggestedFilename()).toBe("news-kg.png");
    } finally {
      await context.close();
    }
  });

  it("lists who negotiated what and opens a meeting's subgraph", async () => {
    const { page, context } = await harness.open("?panel=meetings");
    try {
      const expected = await apiData<{ meetings: { entity: { id: string } }[] }>("{ meetings { entity { id } } }");
      await page.locator("[data-meeting]").first().waitFor();
      expect(await page.locator("[data-meeting]").count()).toBe(expected.meetings.length);
      const withParties = page.locator("[data-meeting]", { has: page.locator(".parties li") }).first();
      const meeting = (await withParties.getAttribute("data-meeting")) as string;
      await saveScreenshot(page, "meetings");
      await withParties.getByRole("button", { name: "Open its subgraph" }).click();
      await expect.poll(() => new URL(page.url()).searchParams.get("focus")).toBe(meeting);
      expect((await counts(page)).visibleNodes).toBeGreaterThan(1);
      expect((await counts(page)).visibleNodes).toBeLessThan(health.nodes);
    } finally {
      await context.close();
    }
  });

  it("filters by a dragged range on the timeline", async () => {
    const { page, context } = await harness.open("?panel=timeline");
    try {
      const axis = page.locator("#timeline-axis svg");
      await axis.waitFor();
      const box = (await axis.boundingBox()) as { x: number; y: number; width: number; height: number };
      await page.mouse.move(box.x + 2, box.y + box.height / 2);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width - 2, box.y + box.height / 2, { steps: 5 });
      await page.mouse.up();
      await expect.poll(() => new URL(page.url()).searchParams.get("since")).not.toBeNull();
      const shown = await counts(page);
      expect(shown.visibleEdges).toBeGreaterThan(0);
      expect(shown.visibleNodes).toBeLessThan(health.nodes);
      await saveScreenshot(page, "timeline");
    } finally {
      await context.close();
    }
  });

  it("works with the keyboard and on a narrow screen", async () => {
    const { page, context } = await harness.open("", { width: 390, height: 844 });
    try {
      await page.locator("#graph").focus();
      await page.keyboard.press("/");
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("search-input");
      await page.keyboard.type("He Lif");
      await page.keyboard.press("ArrowDown");
      await page.keyboard.press("ArrowUp");
      await page.keyboard.press("Enter");
      await expect.poll(() => page.textContent("#panel-title")).toBe("He Lifeng");
      const stage = (await page.locator(".stage").boundingBox()) as { y: number; height: number };
      const panel = (await page.locator("#panel").boundingBox()) as { y: number };
      expect(panel.y).toBeGreaterThanOrEqual(stage.y + stage.height - 1);
      await page.waitForTimeout(700);
      await saveScreenshot(page, "narrow");
      await page.keyboard.press("Escape");
      await expect.poll(() => new URL(page.url()).searchParams.get("node")).toBeNull();
    } finally {
      await context.close();
    }
  });
});

describe("GraphiQL (browser)", () => {
  it("works offline: the editor, the example tabs, and a query run from the page, all from loopback", async () => {
    const context = await harness.browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const requested = await goOffline(context);
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      await page.goto(`${harness.server.url}/graphql`);
      expect(await page.title()).toBe("news-kg GraphQL");
      const editor = page.locator(".graphiql-query-editor .monaco-editor");
      await editor.waitFor({ timeout: 30_000 });

      // The tabs' titles are their operations' names, which do not depend on the graph.
      const expectedTabs = exampleTabs(createGraph()).map(
        (tab) => /(?:query|mutation)\s+(\w+)/.exec(tab.query)?.[1] ?? "",
      );
      expect(expectedTabs).toEqual(["WhoNegotiatedWhat", "Posts", "Path", "SubgraphExport", "Search", "Ingest"]);
      await expect
        .poll(() => page.locator(".graphiql-tab .graphiql-tab-button").allTextContents())
        .toEqual(expectedTabs);
      await expect.poll(() => editorText(page, ".graphiql-query-editor")).toContain("query WhoNegotiatedWhat");

      const { negotiations } = await apiData<{ negotiations: { meeting: { name: string } }[] }>(
        "{ negotiations { meeting { name } } }",
      );
      expect(negotiations.length).toBeGreaterThan(0);
      await page.locator(".graphiql-execute-button").click();
      await expect.poll(() => editorText(page, ".graphiql-response"), { timeout: 30_000 }).toContain('"negotiations"');
      const shown = await editorText(page, ".graphiql-response");
      expect(shown).toContain('"data"');
      expect(shown).not.toContain('"errors"');
      expect(shown).toContain(negotiations[0]?.meeting.name);

      expect(errors).toEqual([]);
      expect(requested.length).toBeGreaterThan(3);
      expect(requested.filter(leavesLoopback)).toEqual([]);
    } finally {
      await context.close();
    }
  }, 90_000);
});

describe("explorer loading progress (browser)", () => {
  // Records every state of the progress indicator (a MutationObserver installed before the page's
  // own scripts): its role, label, text and value, then "removed" when it goes.
  const RECORD_PROGRESS = () => {
    const states: unknown[] = [];
    (window as unknown as { __progress: unknown[] }).__progress = states;
    let last = "";
    new MutationObserver(() => {
      const indicator = document.getElementById("load-progress");
      const state = indicator
        ? {
            role: indicator.getAttribute("role"),
            label: indicator.getAttribute("aria-label"),
            text: indicator.textContent,
            valuetext: indicator.getAttribute("aria-valuetext"),
            now: indicator.getAttribute("aria-valuenow"),
            max: indicator.getAttribute("aria-valuemax"),
          }
        : last === ""
          ? null
          : "removed";
      const key = JSON.stringify(state);
      if (state === null || key === last) return;
      last = key;
      states.push(state);
    }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  };

  it("loads a big graph in one request, shows the download as a progressbar, then the relations being drawn, and goes when done", async () => {
    const graph = generateGraph({ entities: 2500, relations: 6000, seed: 7, documentTexts: false });
    const dataDir = mkdtempSync(path.join(tmpdir(), "kg-progress-"));
    saveGraph(graph, path.join(dataDir, DATA_FILES.graph));
    const server = await startServer({ dataDir, port: 0, host: "127.0.0.1", webDir: WEB_DIST, log: () => undefined });
    const context = await harness.browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      await context.addInitScript(RECORD_PROGRESS);
      const page = await context.newPage();
      const requests: string[] = [];
      page.on("request", (request) => {
        const pathname = new URL(request.url()).pathname;
        if (pathname === "/overview") requests.push(request.url());
        if (pathname === "/graphql") requests.push(`graphql ${request.postData() ?? ""}`);
      });
      const overview = page.waitForResponse((response) => new URL(response.url()).pathname === "/overview");
      await page.goto(`${server.url}/`);
      const size = Number(await (await overview).headerValue("x-uncompressed-length"));
      expect(size).toBeGreaterThan(256 * 1024);
      await page.waitForFunction(() => document.body.dataset.ready !== undefined, undefined, { timeout: 60_000 });
      expect(await page.evaluate(() => document.body.dataset.ready)).toBe("true");
      // One request for the graph (the default limit, 5,000, is above its 2,500 entities): no paging.
      expect(requests).toEqual([`${server.url}/overview?limit=5000`]);

      type State = {
        role: string;
        label: string;
        text: string;
        valuetext: string;
        now: string | null;
        max: string | null;
      };
      const states = (await page.evaluate(() => (window as unknown as { __progress: unknown[] }).__progress)) as (
        | State
        | "removed"
      )[];
      expect(states.at(-1)).toBe("removed");
      const shown = states.filter((state): state is State => state !== "removed");
      for (const state of shown) {
        expect(state.role).toBe("progressbar");
        expect(state.label).toBe("Loading the graph");
        expect(state.valuetext).toBe(state.text);
      }
      const downloads = shown.filter((state) => state.text.startsWith("Loading the graph… "));
      expect(downloads.length).toBeGreaterThan(0);
      for (const state of downloads) {
        expect(state.text).toMatch(/^Loading the graph… [\d.]+ (kB|MB) of [\d.]+ (kB|MB)$/);
        expect(state.max).toBe(String(size));
        expect(Number(state.now)).toBeLessThanOrEqual(size);
      }
      // Nodes first, then the relations, drawn a frame later.
      expect(shown.at(-1)).toMatchObject({ text: "Drawing 6,000 relations…", now: null, max: null });
      expect(await page.locator("#load-progress").count()).toBe(0);
      expect(await page.textContent("#status")).toBe("2500 entities · 6000 relations");
      expect(await page.locator("#overview-note").isHidden()).toBe(true);
      // A big graph: one-pixel lines, no edge picking, edges hidden while the camera moves; set up
      // for the relations when the nodes were drawn alone.
      expect(await page.evaluate(EDGE_RENDERING)).toEqual({
        edgeEvents: false,
        edgeLabels: false,
        hideEdgesOnMove: true,
        plainLines: true,
      });
      expect(await countPaintedPixels(page)).toBeGreaterThan(500);
    } finally {
      await context.close();
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});

describe("explorer overview of a large graph (browser)", () => {
  let graph: ReturnType<typeof generateGraph>;
  let dataDir: string;
  let server: Awaited<ReturnType<typeof startServer>>;
  /** The entities outside the top 300 by PageRank, with a name no other entity has. */
  let outside: { id: string; name: string }[];

  beforeAll(async () => {
    graph = generateGraph({ entities: 1500, relations: 4500, seed: 11, documentTexts: false });
    dataDir = mkdtempSync(path.join(tmpdir(), "kg-overview-"));
    saveGraph(graph, path.join(dataDir, DATA_FILES.graph));
    server = await startServer({ dataDir, port: 0, host: "127.0.0.1", webDir: WEB_DIST, log: () => undefined });
    const ranked = (await (await fetch(`${server.url}/overview?limit=300`)).json()) as { nodes: { id: string[] } };
    const top = new Set(ranked.nodes.id);
    const names = new Map<string, number>();
    graph.forEachNode((_node, attributes) => names.set(attributes.name, (names.get(attributes.name) ?? 0) + 1));
    outside = graph
      .filterNodes((node, attributes) => !top.has(node) && names.get(attributes.name) === 1 && graph.degree(node) > 0)
      .map((id) => ({ id, name: graph.getNodeAttribute(id, "name") }));
  }, 120_000);

  afterAll(async () => {
    await server?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  const open = (query: string) => openExplorerPage(harness.browser, `${server.url}/${query}`);

  const hasNode = (page: Page, id: string) =>
    page.evaluate(
      (key) =>
        (
          window as unknown as { __explorer: { graph: { graph: { hasNode(k: string): boolean } } } }
        ).__explorer.graph.graph.hasNode(key),
      id,
    );

  it("shows the top entities by PageRank with “showing 300 of 1,500 entities”", async () => {
    const { page, context } = await open("?overviewLimit=300");
    try {
      expect(await page.textContent("#overview-note")).toBe(
        "showing 300 of 1,500 entities (highest PageRank; search finds every one)",
      );
      const shown = await counts(page);
      expect(shown.totalNodes).toBe(300);
      expect(shown.totalEdges).toBeGreaterThan(0);
      expect(shown.totalEdges).toBeLessThan(4500);
      expect(await countPaintedPixels(page)).toBeGreaterThan(500);
      expect(outside.length).toBeGreaterThan(0);
      expect(await hasNode(page, (outside[0] as { id: string }).id)).toBe(false);
    } finally {
      await context.close();
    }
  }, 90_000);

  it("finds an entity outside the overview through the API's search and opens it with its neighbourhood", async () => {
    const target = outside[0] as { id: string; name: string };
    const { page, context } = await open("?overviewLimit=300");
    try {
      const before = await counts(page);
      await page.fill("#search-input", target.name);
      await expect
        .poll(() => page.locator(`#search-suggestions [data-entity="${target.id}"]`).count(), { timeout: 15_000 })
        .toBe(1);
      await page.locator(`#search-suggestions [data-entity="${target.id}"]`).dispatchEvent("mousedown");
      await expect.poll(() => hasNode(page, target.id), { timeout: 15_000 }).toBe(true);
      await expect.poll(() => page.textContent("#panel-title"), { timeout: 15_000 }).toBe(target.name);
      const after = await counts(page);
      // The entity and its neighbours came in, with relations to it.
      expect(after.totalNodes).toBeGreaterThan(before.totalNodes);
      const edgesOfTarget = await page.evaluate(
        (key) =>
          (
            window as unknown as { __explorer: { graph: { graph: { degree(k: string): number } } } }
          ).__explorer.graph.graph.degree(key),
        target.id,
      );
      expect(edgesOfTarget).toBeGreaterThan(0);
      expect(new URL(page.url()).searchParams.get("node")).toBe(target.id);
    } finally {
      await context.close();
    }
  }, 90_000);

  it("adds the entities a reload emphasises (an ingest's new ones) when the overview leaves them out", async () => {
    const target = outside[1] as { id: string; name: string };
    const { page, context } = await open("?overviewLimit=300");
    try {
      expect(await hasNode(page, target.id)).toBe(false);
      await page.evaluate(
        (id) =>
          (
            window as unknown as { __explorer: { actions: { reload(ids: string[]): Promise<void> } } }
          ).__explorer.actions.reload([id]),
        target.id,
      );
      expect(await hasNode(page, target.id)).toBe(true);
      expect(await page.textContent("#overview-note")).toBe(
        "showing 300 of 1,500 entities (highest PageRank; search finds every one)",
      );
    } finally {
      await context.close();
    }
  }, 90_000);

  it("opens an entity outside the overview from the URL", async () => {
    const target = outside[outside.length - 1] as { id: string; name: string };
    const { page, context } = await open(`?overviewLimit=300&panel=details&node=${encodeURIComponent(target.id)}`);
    try {
      await expect.poll(() => hasNode(page, target.id), { timeout: 15_000 }).toBe(true);
      await expect.poll(() => page.textContent("#panel-title"), { timeout: 15_000 }).toBe(target.name);
    } finally {
      await context.close();
    }
  }, 90_000);
});

describe("explorer ingestion (browser)", () => {
  it("adds an article with the token; its new entities appear, highlighted", async () => {
    const { page, context } = await harness.open("?panel=ingest");
    try {
      const before = await counts(page);
      await page.fill("#ingest-title", "Jakarta nickel talks");
      await page.fill("#ingest-date", "2025-11-03");
      await page.fill(
        "#ingest-text",
        "Jakarta nickel talks\n\nTreasury Secretary Scott Bessent met with Indonesian Trade Minister Budi Santoso in Jakarta on Monday. Indonesia produces nickel and cobalt.",
      );
      await page.fill("#ingest-token", "wrong-token");
      await page.click("#ingest-submit");
      await page.locator("#ingest-result .error").waitFor();
      expect((await counts(page)).totalNodes).toBe(before.totalNodes);

      await page.fill("#ingest-token", harness.server.token);
      await page.click("#ingest-submit");
      await page.locator("#ingest-new, #ingest-result .error").first().waitFor();
      expect(await page.locator("#ingest-result .error").allTextContents()).toEqual([]);
      const added = await page
        .locator("#ingest-new [data-entity]")
        .evaluateAll((items) => items.map((item) => item.getAttribute("data-entity") as string));
      expect(added.length).toBeGreaterThan(0);
      expect(added.some((id) => id.includes("budi-santoso"))).toBe(true);
      const after = await counts(page);
      expect(after.totalNodes).toBe(before.totalNodes + added.length);
      const highlighted = await page.evaluate((ids) => {
        const explorer = (
          window as unknown as {
            __explorer: {
              graph: {
                sigma: {
                  refresh(): void;
                  getNodeDisplayData(key: string): { highlighted: boolean; hidden: boolean } | undefined;
                };
              };
            };
          }
        ).__explorer;
        explorer.graph.sigma.refresh();
        return ids.map((id) => explorer.graph.sigma.getNodeDisplayData(id)?.highlighted ?? false);
      }, added);
      expect(highlighted.every(Boolean)).toBe(true);
      await saveScreenshot(page, "ingest");
    } finally {
      await context.close();
    }
  });

  it("shows hostile titles and texts as text: no script runs, no element is injected", async () => {
    const { page, context } = await harness.open("?panel=ingest");
    try {
      const dialogs: string[] = [];
      page.on("dialog", (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      const title = `Envoy <img src=x onerror="window.__xss='title'"> arrives <script>window.__xss='title-script'</script>`;
      const text = [
        title,
        "",
        `Trade Minister Rafael Ortega met with Scott Bessent in Lima. Ortega said "<img src=y onerror=window.__xss='quote';alert(1)> we agreed on copper," according to Reuters.`,
        `<script>window.__xss='body'</script> Peru produces copper.`,
      ].join("\n");
      await page.fill("#ingest-title", title);
      await page.fill("#ingest-source", "Andes Wire");
      await page.fill("#ingest-text", text);
      await page.fill("#ingest-token", harness.server.token);
      await page.click("#ingest-submit");
      await page.locator("#ingest-new, #ingest-result .error").first().waitFor();
      expect(await page.textContent("#ingest-result")).toContain(title);
      expect(await page.locator("#ingest-result .error").count()).toBe(0);

      const entity = page.locator("#ingest-new [data-entity]").first();
      await entity.click();
      const documentLink = page.locator('[data-panel="details"] [data-section="documents"] [data-document]').last();
      await documentLink.waitFor();
      expect(await documentLink.textContent()).toBe(title);
      await documentLink.click();
      await page.locator("#reader .reader-text").waitFor();
      expect(await page.textContent("#reader-title")).toBe(title);
      const shown = (await page.textContent("#reader .reader-text")) ?? "";
      expect(shown).toContain(`<img src=y onerror=window.__xss='quote';alert(1)>`);
      expect(shown).toContain("<script>window.__xss='body'</script>");
      await saveScreenshot(page, "xss");

      expect(await page.locator("#panel img, #reader img, #panel script, #reader script, #status img").count()).toBe(0);
      expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();
      expect(dialogs).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
