import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ENTITY_TYPES } from "../../graph/schema.ts";
import { fromSnapshot, snapshotPositions } from "../../graph/snapshot.ts";
import { DEFAULT_SNAPSHOT } from "../../ingest/corpus.ts";
import { ENTITY_COLOR } from "../../viewer/src/style/palette.ts";
import { launchChromium, openViewer } from "../support/chromium.ts";
import { countColours } from "../support/pixels.ts";
import { saveScreenshot } from "../support/screenshots.ts";

describe.runIf(inject("browserAvailable"))("main view on the bundled corpus", () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    page = await openViewer(browser, inject("viewerUrl"));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("draws the corpus graph with nodes of several entity types", async () => {
    const counts = await page.evaluate(() => window.__plangraph!.counts());
    const presentTypes = ENTITY_TYPES.filter((t) => counts.byType[t] > 0);
    expect(counts.nodes).toBeGreaterThan(50);
    expect(presentTypes.length).toBeGreaterThanOrEqual(3);
    expect(await page.evaluate(() => window.__plangraph!.visibleNodes().length)).toBe(counts.nodes);
  });

  it("draws every node where the snapshot says (the layout the ingest stored), laying nothing out on load", async () => {
    const data = JSON.parse(readFileSync(DEFAULT_SNAPSHOT, "utf8")) as { positions?: Record<string, [number, number]> };
    const stored = snapshotPositions(data, fromSnapshot(data));
    expect(stored, "the ingest stores positions in the snapshot").not.toBeNull();
    // turned a quarter: a layout the viewer could not have computed itself
    const turned = Object.fromEntries(Object.entries(stored!).map(([k, [x, y]]) => [k, [-y, x] as [number, number]]));
    const other = await openViewer(browser, inject("viewerUrl"), { snapshot: { ...data, positions: turned } });
    try {
      const keys = Object.keys(turned);
      const drawn = await other.evaluate((list) => list.map((k) => window.__plangraph!.viewportPosition(k)!), keys);
      // the screen is the stored layout scaled and moved: x grows rightwards, y upwards (the screen's y downwards)
      const [x0, y0] = turned[keys[0]!]!;
      const [x1, y1] = turned[keys[1]!]!;
      const scale = Math.hypot(drawn[1]!.x - drawn[0]!.x, drawn[1]!.y - drawn[0]!.y) / Math.hypot(x1 - x0, y1 - y0);
      keys.forEach((key, i) => {
        const [x, y] = turned[key]!;
        expect(Math.abs(drawn[i]!.x - (drawn[0]!.x + (x - x0) * scale)), key).toBeLessThan(1);
        expect(Math.abs(drawn[i]!.y - (drawn[0]!.y - (y - y0) * scale)), key).toBeLessThan(1);
      });
      expect(await other.evaluate(() => window.__plangraph!.state().layoutRunning)).toBe(false);
    } finally {
      await other.close();
    }
  });

  it("shows a legend with the colour and node count of every entity type", async () => {
    const counts = await page.evaluate(() => window.__plangraph!.counts());
    for (const type of ENTITY_TYPES) {
      const row = page.locator(`#filters .legend-item[data-type="${type}"]`);
      expect(await row.locator(".legend-count").textContent()).toBe(`${counts.byType[type]} / ${counts.byType[type]}`);
    }
    await expect.poll(() => page.locator("#status").textContent()).toContain(`${counts.nodes} 个实体`);
  });

  it("paints each present entity type's colour on the canvas and has the CJK label font", async () => {
    const counts = await page.evaluate(() => window.__plangraph!.counts());
    const png = await saveScreenshot(page, "main-view", "main");
    const box = (await page.locator("#graph").boundingBox())!;
    const present = ENTITY_TYPES.filter((t) => counts.byType[t] > 0);
    const pixels = await countColours(page, png, present.map((t) => ENTITY_COLOR[t]), 6, {
      x: Math.round(box.x),
      y: Math.round(box.y),
      width: Math.round(box.width),
      height: Math.round(box.height),
    });
    present.forEach((type, i) => expect(pixels[i], `${type} pixels`).toBeGreaterThan(20));
    expect(await page.evaluate(() => document.fonts.check('13px "Noto Sans CJK SC"', "株洲高新区"))).toBe(true);
  });
});
