import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { entityKey } from "../../graph/ids.ts";
import { launchChromium, openViewer } from "../support/chromium.ts";
import { settle } from "../support/viewer-actions.ts";
import { corpusFixtureSnapshot } from "./fixtures/corpus-graph.ts";

describe.runIf(inject("browserAvailable"))("geographic layout: regions where they are on the map", () => {
  let browser: Browser;
  let page: Page;
  const at = (key: string) => page.evaluate((k) => window.__plangraph!.viewportPosition(k)!, key);
  const distance = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

  beforeAll(async () => {
    browser = await launchChromium();
    page = await openViewer(browser, inject("viewerUrl"), { snapshot: corpusFixtureSnapshot() });
    await page.locator(".layout-menu summary").click();
    await page.locator(".layout-geo").click();
    await page.locator(".geo-status", { hasText: "个地区有坐标" }).waitFor();
    await page.keyboard.press("Escape");
    await settle(page);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("puts 津市市 (Changde, north-west) above and left of the Zhuzhou districts, and 长沙市 north of 株洲市", async () => {
    const jinshi = await at(entityKey("Region", "津市市"));
    const hetang = await at(entityKey("Region", "荷塘区"));
    const tianyuan = await at(entityKey("Region", "天元区"));
    expect(jinshi.x).toBeLessThan(hetang.x);
    expect(jinshi.y).toBeLessThan(hetang.y);
    // 天元区 lies west of 荷塘区 across the Xiang river
    expect(tianyuan.x).toBeLessThan(hetang.x);
    expect((await at(entityKey("Region", "长沙市"))).y).toBeLessThan((await at(entityKey("Region", "株洲市"))).y);
  });

  it("keeps what lies in a place next to it", async () => {
    const hetang = await at(entityKey("Region", "荷塘区"));
    const jinshi = await at(entityKey("Region", "津市市"));
    const enterprise = await at(entityKey("Enterprise", "千金湘药"));
    const park = await at(entityKey("Park", "嘉山新区"));
    expect(distance(enterprise, hetang)).toBeLessThan(distance(enterprise, jinshi));
    expect(distance(park, jinshi)).toBeLessThan(distance(park, hetang));
    expect(await page.evaluate(() => window.location.search)).toContain("layout=geo");
  });
});
