import { readFile } from "node:fs/promises";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { entityKey } from "../../graph/ids.ts";
import { launchChromium, openViewer } from "../support/chromium.ts";
import { saveScreenshot } from "../support/screenshots.ts";
import { fromSnapshot } from "../../graph/snapshot.ts";
import { CORPUS_FACTS, corpusFixtureSnapshot, DOCS } from "./fixtures/corpus-graph.ts";

/**
 * Oracle read straight off the facts, by the definition of graph/shared-industries.ts: the industries the
 * region itself, or a place located in it (LOCATED_IN, at most two steps), DEVELOPS. A city's parks do not
 * count for its districts (no PART_OF), nor does an enterprise's sector (no IN_INDUSTRY).
 */
function industriesOf(region: string): Set<string> {
  const inside = new Set([region]);
  let frontier = [region];
  for (let hop = 0; hop < 2; hop++) {
    frontier = CORPUS_FACTS.filter((f) => f.rel === "LOCATED_IN" && frontier.includes(f.to[1]) && !inside.has(f.from[1])).map((f) => f.from[1]);
    frontier.forEach((place) => inside.add(place));
  }
  return new Set(CORPUS_FACTS.filter((f) => f.rel === "DEVELOPS" && inside.has(f.from[1])).map((f) => f.to[1]));
}

describe.runIf(inject("browserAvailable"))("shared clusters: industries that two or more regions develop", () => {
  let browser: Browser;
  let page: Page;
  const snapshot = corpusFixtureSnapshot();
  // in the order the graph lists its documents
  const planRegions = fromSnapshot(structuredClone(snapshot)).getAttribute("documents").map((d) => d.region!);

  beforeAll(async () => {
    browser = await launchChromium();
    page = await openViewer(browser, inject("viewerUrl"), { snapshot: snapshot });
    await page.locator('#modes [data-mode="clusters"]').click();
    await page.locator("#clusters table.matrix").waitFor();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const matrixRows = () =>
    page.locator("#clusters table.matrix tbody tr").evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => c.textContent ?? "")));

  it("starts from the regions the plans are about and lists exactly the industries shared by two or more", async () => {
    expect([...planRegions].sort()).toEqual(Object.values(DOCS).map((d) => d.region).sort());
    expect(await page.locator("#clusters .chip > span").allTextContents()).toEqual(planRegions);
    const header = await page.locator("#clusters thead th").allTextContents();
    expect(header.slice(1, -1).map((h) => h.replace(/ [▲▼]$/, ""))).toEqual(planRegions);
    const reach = planRegions.map(industriesOf);
    const shared = [...new Set(reach.flatMap((s) => [...s]))].filter((i) => reach.filter((s) => s.has(i)).length >= 2).sort();
    const rows = await matrixRows();
    expect(rows.map((r) => r[0]).sort()).toEqual(shared);
    for (const row of rows) {
      const hits = planRegions.filter((_, i) => row[i + 1] !== "");
      expect(hits, row[0]).toEqual(planRegions.filter((r) => industriesOf(r).has(row[0]!)));
      expect(row.at(-1)).toBe(String(hits.length));
    }
    // an enterprise's sector is not what the plan develops: 千金湘药 (生物医药) lies in 荷塘区, whose plan does not develop 生物医药
    const pharma = rows.find((r) => r[0] === "生物医药");
    expect(pharma?.[planRegions.indexOf("荷塘区") + 1]).toBe("");
    await saveScreenshot(page, "shared-clusters");
  });

  it("draws the focused graph in place of the main one: the chosen regions and their shared industries", async () => {
    const rows = await matrixRows();
    const expected = [...planRegions.map((r) => entityKey("Region", r)), ...rows.map((r) => entityKey("Industry", r[0]!))].sort();
    expect((await page.evaluate(() => window.__plangraph!.clusterNodes())).sort()).toEqual(expected);
    expect(await page.locator("#graph").isHidden()).toBe(true);
    expect(await page.locator("#cluster-graph canvas").count()).toBeGreaterThan(0);
    expect(await page.locator("#mode-banner").textContent()).toContain(`${rows.length} 个产业`);
  });

  it("sorts by industry name and by a region's column when the headers are clicked", async () => {
    await page.locator("#clusters thead th button", { hasText: "产业" }).click();
    const names = (await matrixRows()).map((r) => r[0]!);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "zh-CN")));
    await page.locator("#clusters thead th button", { hasText: "津市市" }).click();
    const column = planRegions.indexOf("津市市") + 1;
    const values = (await matrixRows()).map((r) => Number(r[column] || 0));
    expect(values).toEqual([...values].sort((a, b) => b - a));
  });

  it("exports the matrix as CSV with the regions as columns", async () => {
    const [download] = await Promise.all([page.waitForEvent("download"), page.locator("#clusters .export-csv").click()]);
    const csv = await readFile((await download.path())!, "utf8");
    const lines = csv.replace(/^\uFEFF/, "").trim().split(/\r\n/);
    expect(lines[0]).toBe(["产业", ...planRegions, "地区数"].map((c) => `"${c}"`).join(","));
    expect(lines.length - 1).toBe((await matrixRows()).length);
  });

  it("exports the matrix as a PNG image", async () => {
    const [download] = await Promise.all([page.waitForEvent("download"), page.locator("#clusters .export-png").click()]);
    const png = await readFile((await download.path())!);
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect(download.suggestedFilename()).toBe("shared-clusters.png");
  });

  it("recomputes when a region is removed: an industry shared only with it drops out", async () => {
    await page.locator("#clusters .chip", { hasText: "天心区" }).locator("button").click();
    const remaining = planRegions.filter((r) => r !== "天心区");
    const reach = remaining.map(industriesOf);
    const shared = [...new Set(reach.flatMap((s) => [...s]))].filter((i) => reach.filter((s) => s.has(i)).length >= 2).sort();
    await expect.poll(async () => (await matrixRows()).map((r) => r[0]).sort()).toEqual(shared);
    await page.locator('#clusters select[name="add-region"]').selectOption(entityKey("Region", "天心区"));
    await expect.poll(() => page.locator("#clusters .chip").count()).toBe(planRegions.length);
  });
});

describe.runIf(inject("browserAvailable"))("shared clusters on the bundled corpus", () => {
  it("starts from one region per plan and shows only industries that at least two of them develop", async () => {
    const browser = await launchChromium();
    try {
      const page = await openViewer(browser, inject("viewerUrl"), { query: "?mode=clusters" });
      await page.locator("#clusters table.matrix").waitFor();
      expect(await page.locator("#clusters .chip").count()).toBeGreaterThanOrEqual(2);
      const rows = await page.locator("#clusters table.matrix tbody tr").evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("td.hit")].length));
      for (const hits of rows) expect(hits).toBeGreaterThanOrEqual(2);
      await page.waitForTimeout(600);
      await saveScreenshot(page, "shared-clusters-corpus", "shared-clusters");
    } finally {
      await browser.close();
    }
  });
});
