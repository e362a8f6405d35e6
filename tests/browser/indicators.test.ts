import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { entityKey } from "../../graph/ids.ts";
import { launchChromium, openViewer } from "../support/chromium.ts";
import { searchAndPick } from "../support/viewer-actions.ts";

// Runs on the corpus snapshot: the 天心区 plan states "到2020年，地区生产总值达到1100亿元" among its main targets.
const TIANXIN = entityKey("Region", "天心区");

describe.runIf(inject("browserAvailable"))("indicators: a place's figures in the details panel and a comparison across places", () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    page = await openViewer(browser, inject("viewerUrl"));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("lists the selected region's indicators grouped by name, with value, unit, kind and year", async () => {
    await searchAndPick(page, "天心区");
    await expect.poll(() => page.evaluate(() => window.__plangraph!.state().selected)).toBe(TIANXIN);
    const section = page.locator("#details section.indicators");
    await section.waitFor();
    expect(await section.locator("h3").textContent()).toMatch(/^指标 \(\d+\)$/);
    const gdp = section.locator('.indicator-group[data-indicator="地区生产总值"]');
    expect(await gdp.locator("h4").textContent()).toBe("地区生产总值");
    const target = gdp.locator('.indicator-fact[data-kind="target"][data-year="2020"]');
    expect(await target.locator(".indicator-value").textContent()).toBe("1100 亿元");
    expect(await target.locator(".indicator-meta").textContent()).toContain("目标");
    expect(await target.locator(".indicator-meta").textContent()).toContain("2020年");
  });

  it("compares that target across places as bars with their units, the selected place among them", async () => {
    const target = page.locator('#details .indicator-group[data-indicator="地区生产总值"] .indicator-fact[data-kind="target"][data-year="2020"]');
    await target.locator("button.compare").click();
    const figure = page.locator("#details .indicator-comparison");
    await figure.waitFor();
    expect(await figure.locator("figcaption").textContent()).toContain("地区生产总值");
    const bars = figure.locator(".indicator-bar");
    expect(await bars.count()).toBeGreaterThanOrEqual(2);
    const labels = await bars.locator(".bar-label").allTextContents();
    expect(labels).toContain("天心区");
    for (const value of await bars.locator(".bar-value").allTextContents()) expect(value).toMatch(/^[\d.]+ 亿元/);
    const own = figure.locator(`.indicator-bar[data-subject="${TIANXIN}"]`);
    expect(await own.locator(".bar-value").textContent()).toBe("1100 亿元");
    expect(await own.getAttribute("class")).toContain("current");
    // the selected place's bar stands out in another colour (styles.css), the others share one
    const fills = await bars.evaluateAll((gs) => gs.map((g) => ({ current: g.classList.contains("current"), fill: getComputedStyle(g.querySelector("rect")!).fill })));
    const others = new Set(fills.filter((f) => !f.current).map((f) => f.fill));
    expect(others.size).toBe(1);
    expect(others.has(fills.find((f) => f.current)!.fill)).toBe(false);
    // bar lengths follow the values: a larger figure never draws a shorter bar
    const drawn = await bars.evaluateAll((gs) => gs.map((g) => ({ value: Number(g.getAttribute("data-value")), width: (g.querySelector("rect") as SVGRectElement).getBBox().width })));
    for (let i = 1; i < drawn.length; i++) expect(drawn[i]!.value <= drawn[i - 1]!.value && drawn[i]!.width <= drawn[i - 1]!.width).toBe(true);
    expect(await own.isVisible()).toBe(true);
  });
});
