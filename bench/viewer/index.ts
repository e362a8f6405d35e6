/**
 * The viewer benchmark, in headless Chromium (tests/support/chromium.ts): time from navigation start to
 * the first frame the viewer draws (first WebGL draw call, then the next animation frame) and to its
 * debug handle being ready, for the corpus graph and a synthetic 10k-node / 50k-edge graph; frame rate
 * while zooming with the mouse wheel (is the big graph interactive); ForceAtlas2 iterations/s in a Web
 * Worker on a small bench page built from fa2-page/.
 */
import { createReadStream, existsSync, statSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser } from "playwright-core";
import { build } from "vite";
import { toSnapshot } from "../../graph/snapshot.ts";
import { corpusFiles } from "../../ingest/corpus.ts";
import { ingestFilesInParallel } from "../../ingest/parallel.ts";
import { chromiumAvailable, CHROMIUM_PATH, launchChromium } from "../../tests/support/chromium.ts";
import { buildAndPreview, freePort } from "../../viewer/tools/serve.ts";
import { fixed, table } from "../format.ts";
import type { Fa2Result } from "./fa2-page/main.ts";
import { syntheticGraph } from "./synthetic-graph.ts";

/** The target: the corpus graph drawn this soon after page load. */
export const TARGET_FIRST_FRAME_MS = 1500;

export interface ViewerBenchOptions {
  log: (line: string) => void;
}

export interface RenderResult {
  set: string;
  nodes: number;
  edges: number;
  snapshotMB: number;
  /** Time the ingest spends computing the stored initial layout (graph/layout.ts), in Node, before any page load. */
  layoutMs: number;
  /** ms since navigation start. */
  firstDrawMs: number;
  firstFrameMs: number;
  readyMs: number;
  zoomFps: number;
  worstFrameMs: number;
  /** Median time from moving the pointer onto a node to the second animation frame after (the hover drawn). */
  hoverMs: number;
}

export interface ViewerBenchResult {
  browser: string;
  render: RenderResult[];
  fa2: Array<Fa2Result & { set: string }>;
}

/** Marks the first WebGL draw call and the animation frame after it; polls for the debug handle. */
const INIT_SCRIPT = `(() => {
  const w = window;
  const mark = () => {
    if (w.__benchFirstDraw !== undefined) return;
    w.__benchFirstDraw = performance.now();
    requestAnimationFrame(() => { w.__benchFirstFrame = performance.now(); });
  };
  for (const C of [w.WebGL2RenderingContext, w.WebGLRenderingContext]) {
    if (!C) continue;
    for (const m of ["drawArrays", "drawElements", "drawArraysInstanced", "drawElementsInstanced"]) {
      const f = C.prototype[m];
      if (typeof f !== "function") continue;
      C.prototype[m] = function (...args) { mark(); return f.apply(this, args); };
    }
  }
  const poll = () => { if (w.__plangraph && w.__plangraph.ready) w.__benchReady = performance.now(); else requestAnimationFrame(poll); };
  requestAnimationFrame(poll);
})();`;

interface BenchWindow {
  __benchFirstDraw?: number;
  __benchFirstFrame?: number;
  __benchReady?: number;
  __benchFrames?: number[];
}

async function measureRender(browser: Browser, baseUrl: string, set: string, snapshot: unknown, nodes: number, edges: number, layoutMs: number): Promise<RenderResult> {
  const body = JSON.stringify(snapshot);
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  try {
    await page.addInitScript(INIT_SCRIPT);
    await page.route(/\/snapshot\.json(\?.*)?$/, (route) => route.fulfill({ contentType: "application/json", body }));
    await page.goto(baseUrl);
    await page.waitForFunction(() => (window as BenchWindow).__benchReady !== undefined && (window as BenchWindow).__benchFirstFrame !== undefined, undefined, { timeout: 180_000, polling: 100 });
    const t = await page.evaluate(() => {
      const w = window as BenchWindow;
      return { draw: w.__benchFirstDraw ?? NaN, frame: w.__benchFirstFrame ?? NaN, ready: w.__benchReady ?? NaN };
    });
    // interactive: frames drawn while the wheel zooms in and out over the graph
    await page.mouse.move(700, 450);
    // a string, not a function: tsx's keepNames would wrap the named inner function in a helper the page lacks
    await page.evaluate(`(() => {
      const w = window;
      w.__benchFrames = [];
      const loop = (time) => { w.__benchFrames.push(time); if (w.__benchFrames.length < 10000) requestAnimationFrame(loop); };
      requestAnimationFrame(loop);
    })()`);
    for (let i = 0; i < 12; i++) {
      await page.mouse.wheel(0, i < 6 ? -240 : 240);
      await page.waitForTimeout(120);
    }
    const frames = await page.evaluate(() => (window as BenchWindow).__benchFrames ?? []);
    // hovering: the pointer onto a few nodes in turn, each time until two frames later
    const box = await page.locator("#graph").boundingBox();
    const visible = (await page.evaluate("window.__plangraph.visibleNodes()")) as string[];
    const hovers: number[] = [];
    for (const key of visible.filter((_, i) => i % Math.max(1, Math.floor(visible.length / 5)) === 0).slice(0, 5)) {
      const at = (await page.evaluate(`window.__plangraph.viewportPosition(${JSON.stringify(key)})`)) as { x: number; y: number } | null;
      if (!at || !box) continue;
      const started = Date.now();
      await page.mouse.move(box.x + at.x, box.y + at.y);
      await page.evaluate("new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))");
      hovers.push(Date.now() - started);
    }
    hovers.sort((a, b) => a - b);
    const gaps = frames.slice(1).map((f, i) => f - (frames[i] ?? f));
    const span = (frames[frames.length - 1] ?? 0) - (frames[0] ?? 0);
    return {
      set, nodes, edges, snapshotMB: body.length / 1e6, layoutMs, firstDrawMs: t.draw, firstFrameMs: t.frame, readyMs: t.ready,
      zoomFps: span > 0 ? ((frames.length - 1) * 1000) / span : 0, worstFrameMs: Math.max(0, ...gaps),
      hoverMs: hovers[Math.floor(hovers.length / 2)] ?? NaN,
    };
  } finally {
    await page.close();
  }
}

const MIME: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".json": "application/json", ".css": "text/css" };

/** Static files of `dir`, plus JSON bodies at fixed paths. */
function serveStatic(dir: string, json: Record<string, string>, port: number): Promise<Server> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const body = json[path];
    if (body !== undefined) {
      res.writeHead(200, { "content-type": "application/json" }).end(body);
      return;
    }
    const file = join(dir, normalize(path === "/" ? "/index.html" : path));
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": MIME[extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve(server)));
}

export async function runViewerBench(options: ViewerBenchOptions): Promise<ViewerBenchResult> {
  const { log } = options;
  if (!chromiumAvailable()) throw new Error(`bench: Chromium not found at ${CHROMIUM_PATH} (set CHROMIUM_PATH)`);
  log("  ingesting the corpus …");
  const corpus = (await ingestFilesInParallel(corpusFiles())).graph;
  log("  building the synthetic 10k/50k graph …");
  const big = syntheticGraph(10_000, 50_000);
  const graphs = [
    { set: "corpus", graph: corpus },
    { set: "synthetic 10k/50k", graph: big },
  ];

  const viewerDir = await mkdtemp(join(tmpdir(), "plangraph-bench-viewer-"));
  const fa2Dir = await mkdtemp(join(tmpdir(), "plangraph-bench-fa2-"));
  log("  building the viewer and the FA2 bench page …");
  const viewer = await buildAndPreview(viewerDir, await freePort());
  await build({ configFile: false, root: fileURLToPath(new URL("./fa2-page/", import.meta.url)), logLevel: "warn", build: { outDir: fa2Dir, emptyOutDir: true } });
  const fa2Port = await freePort();
  const json = Object.fromEntries(graphs.map((g, i) => [`/graph-${i}.json`, JSON.stringify(g.graph.export())]));
  const fa2Server = await serveStatic(fa2Dir, json, fa2Port);
  const browser = await launchChromium();
  try {
    const render: RenderResult[] = [];
    for (const g of graphs) {
      // the snapshot as the ingest writes it (ingest/pipeline.ts writeSnapshot): with the initial layout stored
      const started = performance.now();
      const snapshot = toSnapshot(g.graph, { layout: true });
      const layoutMs = performance.now() - started;
      log(`  page load → first frame, ${g.set} (initial layout at ingest: ${fixed(layoutMs / 1000, 1)} s) …`);
      // once to warm the HTTP cache and the browser, then measured
      await measureRender(browser, viewer.url, g.set, snapshot, g.graph.order, g.graph.size, layoutMs);
      render.push(await measureRender(browser, viewer.url, g.set, snapshot, g.graph.order, g.graph.size, layoutMs));
    }
    const fa2: ViewerBenchResult["fa2"] = [];
    const page = await browser.newPage();
    try {
      await page.goto(`http://127.0.0.1:${fa2Port}/`);
      await page.waitForFunction(() => typeof window.fa2Bench === "function");
      for (const [i, g] of graphs.entries()) {
        log(`  ForceAtlas2 in a worker, ${g.set} …`);
        const r = await page.evaluate(([url, iterations]) => window.fa2Bench?.(url, 5000, iterations), [`/graph-${i}.json`, g.graph.order > 5000 ? 5 : 80] as [string, number]);
        if (r) fa2.push({ ...r, set: g.set });
      }
    } finally {
      await page.close();
    }
    return { browser: `${browser.version()} (headless, software WebGL)`, render, fa2 };
  } finally {
    await browser.close();
    await viewer.close();
    await new Promise((resolve) => fa2Server.close(resolve));
    await rm(viewerDir, { recursive: true, force: true });
    await rm(fa2Dir, { recursive: true, force: true });
  }
}

export function reportViewer(result: ViewerBenchResult): string {
  return [
    `Viewer in headless Chromium ${result.browser}; target: corpus graph drawn < ${TARGET_FIRST_FRAME_MS} ms after page load`,
    table(
      ["graph", "nodes", "edges", "snapshot MB", "layout at ingest s", "first draw ms", "first frame ms", "ready ms", "zoom fps", "worst frame ms", "hover ms"],
      result.render.map((r) => [r.set, String(r.nodes), String(r.edges), fixed(r.snapshotMB, 1), fixed(r.layoutMs / 1000, 1), fixed(r.firstDrawMs, 0), fixed(r.firstFrameMs, 0), fixed(r.readyMs, 0), fixed(r.zoomFps, 1), fixed(r.worstFrameMs, 0), fixed(r.hoverMs, 0)]),
    ),
    "(ms since navigation start; first frame: the animation frame after sigma's first WebGL draw; ready: window.__plangraph set;",
    " layout at ingest: the initial positions computed once in Node and stored in the snapshot, not part of the page load;",
    " hover: median ms from moving the pointer onto a node to the second animation frame after, over five nodes)",
    "",
    "ForceAtlas2",
    table(
      ["graph", "nodes", "edges", "worker it/s", "main-thread it/s", "main-thread ms per it"],
      result.fa2.map((f) => [f.set, String(f.nodes), String(f.edges), fixed(f.workerIterations / (f.workerMs / 1000), 1), fixed(f.syncIterations / (f.syncMs / 1000), 1), fixed(f.syncMs / f.syncIterations, 1)]),
    ),
    "(worker: graphology-layout-forceatlas2/worker for 5 s, positions written back every iteration; main thread: forceAtlas2.assign with the settings of graph/layout.ts)",
  ].join("\n");
}
