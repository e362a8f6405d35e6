import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { entityKey } from "../../graph/ids.ts";
import { fromSnapshot } from "../../graph/snapshot.ts";
import { launchChromium, openViewer } from "../support/chromium.ts";
import { clickNode, searchAndPick, settle, visibleNodes } from "../support/viewer-actions.ts";
import { corpusFixtureSnapshot } from "./fixtures/corpus-graph.ts";

describe.runIf(inject("browserAvailable"))("ego network and shortest path", () => {
  const snapshot = corpusFixtureSnapshot();
  const kg = fromSnapshot(structuredClone(snapshot));
  let browser: Browser;
  let page: Page;

  /** Breadth-first distances ignoring direction: the oracle for both features. */
  function distances(from: string): Map<string, number> {
    const dist = new Map([[from, 0]]);
    const queue = [from];
    while (queue.length) {
      const node = queue.shift()!;
      for (const next of kg.neighbors(node)) {
        if (!dist.has(next)) {
          dist.set(next, dist.get(node)! + 1);
          queue.push(next);
        }
      }
    }
    return dist;
  }

  beforeAll(async () => {
    browser = await launchChromium();
    page = await openViewer(browser, inject("viewerUrl"), { snapshot });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("shows the 1-hop, then 2-hop neighbourhood of the selected node", async () => {
    const center = entityKey("Region", "天心区");
    await clickNode(page, center);
    await page.locator("#details .ego").click();
    const within = (hops: number) => [...distances(center)].filter(([, d]) => d <= hops).map(([k]) => k).sort();
    await expect.poll(() => visibleNodes(page)).toEqual(within(1));
    await page.locator("#details .ego-hops").selectOption("2");
    await expect.poll(() => visibleNodes(page)).toEqual(within(2));
    expect(await page.locator("#mode-banner").textContent()).toContain(`2 跳网络：${within(2).length} 个实体`);
  });

  it("shows a shortest path between two nodes picked in the details panel", async () => {
    const from = entityKey("Region", "天心区");
    const to = entityKey("Enterprise", "千金湘药");
    await page.locator("#mode-banner .exit-mode").click();
    await settle(page);
    await clickNode(page, from);
    await page.locator("#details .path-from").click();
    await searchAndPick(page, "qjxy");
    await expect.poll(() => page.evaluate(() => window.__plangraph!.state().selected)).toBe(to);
    await page.locator("#details .path-to").click();
    const length = distances(from).get(to)!;
    await expect.poll(() => page.evaluate(() => window.__plangraph!.state().mode)).toBe("path");
    const shown = await visibleNodes(page);
    expect(shown.length).toBe(length + 1);
    expect(shown).toEqual(expect.arrayContaining([from, to]));
    // consecutive: every shown node lies on some shortest path (its distances from both ends add up)
    const fromFrom = distances(from);
    const fromTo = distances(to);
    for (const node of shown) expect(fromFrom.get(node)! + fromTo.get(node)!, node).toBe(length);
    expect(await page.locator("#mode-banner").textContent()).toContain(`${length} 步`);
  });

  it("says so when the two ends are not connected", async () => {
    await page.locator('#filters input[name="relation"][value="DEVELOPS"]').uncheck();
    await page.locator('#filters input[name="relation"][value="IN_INDUSTRY"]').uncheck();
    await expect.poll(() => page.locator("#mode-banner").textContent()).toContain("没有路径");
    await page.locator("#filters .reset-filters").click();
  });
});
