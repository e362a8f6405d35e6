import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { entityKey } from "../../graph/ids.ts";
import { fromSnapshot } from "../../graph/snapshot.ts";
import { DEFAULT_SNAPSHOT } from "../../ingest/corpus.ts";
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

describe.runIf(inject("browserAvailable"))("geographic layout on the bundled corpus: one coordinate table, by division code", () => {
  const table = JSON.parse(readFileSync(new URL("../../ingest/lexicon/coordinates.generated.json", import.meta.url), "utf8")) as { points: Record<string, [number, number]> };

  it("places every region whose code the committed table has, and a town or street next to its own district", async () => {
    const kg = fromSnapshot(JSON.parse(readFileSync(DEFAULT_SNAPSHOT, "utf8")));
    const regions = kg.filterNodes((_, a) => a.type === "Region" && !!a.code);
    const located = regions.filter((k) => table.points[kg.getNodeAttribute(k, "code")!]);
    // towns and streets have 9-digit codes the table does not list; their district is in it
    const towns = regions.filter((k) => !table.points[kg.getNodeAttribute(k, "code")!] && table.points[kg.getNodeAttribute(k, "code")!.slice(0, 6)]);
    const districtOf = (town: string) => located.find((k) => kg.getNodeAttribute(k, "code") === kg.getNodeAttribute(town, "code")!.slice(0, 6));
    const town = towns.find((t) => districtOf(t));
    expect(located.length).toBeGreaterThan(10);
    expect(town, "a town of the corpus inside a district of the table").toBeDefined();

    const browser = await launchChromium();
    try {
      const page = await openViewer(browser, inject("viewerUrl"), { query: "?layout=geo" });
      await page.locator(".geo-status", { hasText: `${located.length} 个地区有坐标` }).waitFor({ state: "attached" });
      await settle(page);
      const at = (key: string) => page.evaluate((k) => window.__plangraph!.viewportPosition(k)!, key);
      const district = districtOf(town!)!;
      const [t, d] = [await at(town!), await at(district)];
      // the divisions of other cities
      const cityOf = (k: string) => kg.getNodeAttribute(k, "code")!.slice(0, 4);
      const others = located.filter((k) => cityOf(k) !== cityOf(district));
      const nearestOther = Math.min(...(await Promise.all(others.map(at))).map((o) => Math.hypot(o.x - t.x, o.y - t.y)));
      expect(Math.hypot(d.x - t.x, d.y - t.y), `${kg.getNodeAttribute(town!, "name")} next to ${kg.getNodeAttribute(district, "name")}`).toBeLessThan(nearestOther);
    } finally {
      await browser.close();
    }
  });
});
