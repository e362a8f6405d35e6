import { readFile } from "node:fs/promises";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ENTITY_TYPES } from "../../graph/schema.ts";
import { fromSnapshot } from "../../graph/snapshot.ts";
import { parse } from "graphology-gexf";
import { MultiDirectedGraph } from "graphology";
import { ENTITY_COLOR } from "../../viewer/src/style/palette.ts";
import { launchChromium, openViewer } from "../support/chromium.ts";
import { countColours } from "../support/pixels.ts";
import { settle } from "../support/viewer-actions.ts";
import { corpusFixtureSnapshot } from "./fixtures/corpus-graph.ts";

describe.runIf(inject("browserAvailable"))("layouts and exports", () => {
  const snapshot = corpusFixtureSnapshot();
  const kg = fromSnapshot(structuredClone(snapshot));
  let browser: Browser;
  let page: Page;

  const positions = () =>
    page.evaluate((keys) => Object.fromEntries(keys.map((k) => [k, window.__plangraph!.viewportPosition(k)!])), kg.nodes());
  const download = async (selector: string) => {
    await page.locator(".export-menu summary").click();
    const [file] = await Promise.all([page.waitForEvent("download"), page.locator(selector).click()]);
    return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
  };

  beforeAll(async () => {
    browser = await launchChromium();
    page = await openViewer(browser, inject("viewerUrl"), { snapshot });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("runs ForceAtlas2 in a worker until stopped, moving the nodes", async () => {
    const before = await positions();
    await page.locator(".layout-menu summary").click();
    await page.locator(".fa2-toggle").click();
    expect(await page.locator(".fa2-toggle").getAttribute("aria-pressed")).toBe("true");
    await settle(page, 800);
    await page.locator(".fa2-toggle").click();
    expect(await page.locator(".fa2-toggle").getAttribute("aria-pressed")).toBe("false");
    const after = await positions();
    const moved = kg.nodes().filter((k) => Math.hypot(after[k]!.x - before[k]!.x, after[k]!.y - before[k]!.y) > 1);
    expect(moved.length).toBeGreaterThan(kg.order / 2);
  });

  it("puts each entity type on its own ring with circular by type", async () => {
    await page.locator(".layout-circular-type").click();
    await settle(page);
    const at = await positions();
    // every node is nearer the centroid of its own type than that of any other type
    const centroid = new Map(
      ENTITY_TYPES.map((t) => {
        const keys = kg.filterNodes((_, a) => a.type === t);
        return [t, keys.length ? { x: keys.reduce((s, k) => s + at[k]!.x, 0) / keys.length, y: keys.reduce((s, k) => s + at[k]!.y, 0) / keys.length } : null];
      }),
    );
    for (const key of kg.nodes()) {
      const own = kg.getNodeAttribute(key, "type");
      const d = (t: (typeof ENTITY_TYPES)[number]) => (centroid.get(t) ? Math.hypot(at[key]!.x - centroid.get(t)!.x, at[key]!.y - centroid.get(t)!.y) : Infinity);
      for (const other of ENTITY_TYPES) if (other !== own && kg.someNode((_, a) => a.type === other)) expect(d(own), key).toBeLessThan(d(other));
    }
    expect(await page.evaluate(() => window.location.search)).toContain("layout=circular-type");
  });

  it("separates overlapping nodes with noverlap", async () => {
    await page.locator(".noverlap").click();
    await settle(page);
    const at = Object.entries(await positions());
    let overlaps = 0;
    for (let i = 0; i < at.length; i++) for (let j = i + 1; j < at.length; j++) if (Math.hypot(at[i]![1].x - at[j]![1].x, at[i]![1].y - at[j]![1].y) < 2) overlaps++;
    expect(overlaps).toBe(0);
    await page.keyboard.press("Escape");
  });

  it("exports PNG at 2× and 4× the on-screen size", async () => {
    const box = (await page.locator("#graph").boundingBox())!;
    for (const scale of [2, 4]) {
      const { name, bytes } = await download(`.export-png-${scale}x`);
      expect(name).toBe(`plangraph@${scale}x.png`);
      expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
      // IHDR width and height, big-endian at bytes 16–23
      expect(bytes.readUInt32BE(16)).toBe(Math.round(box.width) * scale);
      expect(bytes.readUInt32BE(20)).toBe(Math.round(box.height) * scale);
      // the WebGL layers made it into the image: node colours are painted, not just a white page
      const [regionPixels] = await countColours(page, bytes, [ENTITY_COLOR.Region]);
      expect(regionPixels, `${scale}× Region pixels`).toBeGreaterThan(100 * scale * scale);
    }
  });

  it("exports SVG with one circle per visible node and the labels as text", async () => {
    await page.locator('#filters input[name="type"][value="Industry"]').uncheck();
    const { bytes } = await download(".export-svg");
    const svg = bytes.toString("utf8");
    const shown = kg.filterNodes((_, a) => a.type !== "Industry");
    expect(svg.match(/<circle /g)?.length).toBe(shown.length);
    expect(svg).toContain(">天元区</text>");
    expect(svg).not.toContain(">生物医药</text>");
  });

  it("exports the visible subgraph as GEXF that graphology reads back", async () => {
    const { bytes } = await download(".export-gexf");
    const back = parse(MultiDirectedGraph, bytes.toString("utf8"));
    const shown = kg.filterNodes((_, a) => a.type !== "Industry");
    expect(back.order).toBe(shown.length);
    expect(back.size).toBe(kg.filterEdges((_, __, s, t) => shown.includes(s) && shown.includes(t)).length);
    expect(back.getNodeAttribute(shown[0]!, "label")).toBe(kg.getNodeAttribute(shown[0]!, "name"));
    expect(back.getNodeAttribute(shown[0]!, "type")).toBe(kg.getNodeAttribute(shown[0]!, "type"));
    await page.locator("#filters .reset-filters").click();
  });
});
