import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium, openViewer } from "../support/chromium.ts";
import { settle } from "../support/viewer-actions.ts";

// Runs on the corpus snapshot: 株洲高新区 is named throughout the Zhuzhou plan, whatever form the extractor keeps.
describe.runIf(inject("browserAvailable"))("search by 汉字, full pinyin and initials", () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    page = await openViewer(browser, inject("viewerUrl"));
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function suggestionsFor(query: string): Promise<string[]> {
    await page.locator("#search").fill(query);
    await page.locator("#suggestions .suggestion").first().waitFor({ timeout: 5000 });
    return page.locator("#suggestions .suggestion").evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset.key!));
  }

  async function namesOf(key: string): Promise<string[]> {
    const names = await page.evaluate((k) => window.__plangraph!.names(k), key);
    return names ? [names.name, ...names.aliases] : [];
  }

  it.each([["株洲高新"], ["zhuzhou gaoxin"], ["zhuzhougaoxin"], ["zzgx"], ["ZZGX"]])("suggests 株洲高新区 first for %s", async (query) => {
    const [first] = await suggestionsFor(query);
    expect(await namesOf(first!), `top suggestion for "${query}"`).toEqual(expect.arrayContaining([expect.stringMatching(/^株洲高新/)]));
  });

  it("selects, centres and highlights the chosen suggestion", async () => {
    const [first] = await suggestionsFor("zzgx");
    await page.locator("#search").press("Enter");
    await expect.poll(() => page.evaluate(() => window.__plangraph!.state().selected)).toBe(first);
    await settle(page);
    const box = (await page.locator("#graph").boundingBox())!;
    const at = (await page.evaluate((k) => window.__plangraph!.viewportPosition(k), first!))!;
    expect(Math.abs(at.x - box.width / 2)).toBeLessThan(20);
    expect(Math.abs(at.y - box.height / 2)).toBeLessThan(20);
    expect(await page.locator("#details .entity-name").textContent()).toBe((await namesOf(first!))[0]);
  });

  it("offers nothing for a query that matches no name", async () => {
    await page.locator("#search").fill("qqqqxx");
    await expect.poll(() => page.locator("#suggestions .suggestion").count()).toBe(0);
    expect(await page.locator("#suggestions").isHidden()).toBe(true);
  });
});
