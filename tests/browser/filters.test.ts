import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { entityKey } from "../../graph/ids.ts";
import { fromSnapshot } from "../../graph/snapshot.ts";
import { launchChromium, openViewer } from "../support/chromium.ts";
import { visibleNodes } from "../support/viewer-actions.ts";
import { corpusFixtureSnapshot, DOCS } from "./fixtures/corpus-graph.ts";

describe.runIf(inject("browserAvailable"))("filters narrow the graph and the counts follow", () => {
  const snapshot = corpusFixtureSnapshot();
  const kg = fromSnapshot(structuredClone(snapshot));
  let browser: Browser;
  let page: Page;

  const summary = async (): Promise<{ nodes: number; edges: number }> => {
    const el = page.locator("#filters .filter-summary");
    return { nodes: Number(await el.getAttribute("data-nodes")), edges: Number(await el.getAttribute("data-edges")) };
  };
  const typeCount = (type: string) => page.locator(`#filters [data-type="${type}"] .legend-count`).textContent();

  beforeAll(async () => {
    browser = await launchChromium();
    page = await openViewer(browser, inject("viewerUrl"), { snapshot });
  });
  beforeEach(async () => {
    await page.locator("#filters .reset-filters").click();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("hides a whole entity type when its box is unticked, and its count drops to zero", async () => {
    const industries = kg.filterNodes((_, a) => a.type === "Industry");
    const industryEdges = kg.filterEdges((_, __, s, t) => industries.includes(s) || industries.includes(t));
    expect(await typeCount("Industry")).toBe(`${industries.length} / ${industries.length}`);
    await page.locator('#filters input[name="type"][value="Industry"]').uncheck();
    expect(await typeCount("Industry")).toBe(`0 / ${industries.length}`);
    expect(await summary()).toEqual({ nodes: kg.order - industries.length, edges: kg.size - industryEdges.length });
    const shown = await visibleNodes(page);
    expect(shown.some((k) => industries.includes(k))).toBe(false);
    expect(shown.length).toBe(kg.order - industries.length);
  });

  it("hides a relation type's edges and updates the relation counts", async () => {
    const develops = kg.filterEdges((_, a) => a.type === "DEVELOPS").length;
    await page.locator('#filters input[name="relation"][value="DEVELOPS"]').uncheck();
    expect(await page.locator('#filters [data-relation="DEVELOPS"] .legend-count').textContent()).toBe(`0 / ${develops}`);
    expect((await summary()).edges).toBe(kg.size - develops);
  });

  it("keeps only what the chosen period's plans mention", async () => {
    const fourteenth = Object.entries(DOCS).filter(([, d]) => d.period === "十四五").map(([id]) => id);
    await page.locator('#filters select[name="period"]').selectOption("十四五");
    const expected = kg.filterNodes((_, a) => a.docs.some((d) => fourteenth.includes(d))).sort();
    expect(await visibleNodes(page)).toEqual(expected);
    expect(expected).toContain(entityKey("Region", "荷塘区"));
    expect(expected).not.toContain(entityKey("Region", "津市市"));
  });

  it("keeps only one document's entities", async () => {
    const doc = "003_5af2547153c57a25.txt";
    await page.locator('#filters select[name="doc"]').selectOption(doc);
    expect(await visibleNodes(page)).toEqual(kg.filterNodes((_, a) => a.docs.includes(doc)).sort());
  });

  it("keeps a city and what lies in it, through PART_OF and LOCATED_IN", async () => {
    await page.locator('#filters select[name="city"]').selectOption(entityKey("Region", "株洲市"));
    const shown = await visibleNodes(page);
    for (const inside of [["Region", "株洲市"], ["Region", "天元区"], ["Region", "荷塘区"], ["Park", "田心高科园"], ["Enterprise", "千金湘药"]] as const) {
      expect(shown).toContain(entityKey(inside[0], inside[1]));
    }
    for (const outside of [["Region", "津市市"], ["Region", "天心区"], ["Park", "嘉山新区"]] as const) {
      expect(shown).not.toContain(entityKey(outside[0], outside[1]));
    }
  });

  it("drops nodes below the minimum degree, counted among what is shown", async () => {
    const slider = page.locator('#filters input[name="minDegree"]');
    await slider.fill("3");
    const shown = await visibleNodes(page);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(kg.order);
    for (const key of shown) expect(kg.degree(key), key).toBeGreaterThanOrEqual(3);
    expect(await page.locator("#filters .legend-item", { hasText: "最小度数" }).locator(".legend-count").textContent()).toBe("3");
  });

  it("restores everything on reset", async () => {
    await page.locator('#filters input[name="type"][value="Region"]').uncheck();
    await page.locator("#filters .reset-filters").click();
    expect(await summary()).toEqual({ nodes: kg.order, edges: kg.size });
  });
});
