import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { entityKey } from "../../graph/ids.ts";
import { launchChromium, openViewer } from "../support/chromium.ts";
import { saveScreenshot } from "../support/screenshots.ts";
import { clickNode, settle, visibleNodes } from "../support/viewer-actions.ts";
import { corpusFixtureSnapshot } from "./fixtures/corpus-graph.ts";

describe.runIf(inject("browserAvailable"))("the view lives in the URL; saved views play as slides", () => {
  const snapshot = corpusFixtureSnapshot();
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("reproduces filters, selection, mode, styling and camera from a copied link", async () => {
    const page = await openViewer(browser, inject("viewerUrl"), { snapshot });
    await page.locator('#filters input[name="type"][value="Strategy"]').uncheck();
    await page.locator('#filters select[name="period"]').selectOption("十三五");
    await clickNode(page, entityKey("Region", "天元区"));
    await page.locator("#details .ego").click();
    await page.locator('#appearance input[name="colourBy"][value="community"]').check();
    await settle(page);
    await expect.poll(() => page.evaluate(() => window.location.search)).toContain("mode=ego");
    await settle(page, 400);
    const link = page.url();
    const before = { shown: await visibleNodes(page), state: await page.evaluate(() => window.__plangraph!.state()), camera: await page.evaluate(() => window.__plangraph!.camera()) };
    await page.close();

    const again = await openViewer(browser, link, { snapshot });
    await settle(again);
    const after = { shown: await visibleNodes(again), state: await again.evaluate(() => window.__plangraph!.state()), camera: await again.evaluate(() => window.__plangraph!.camera()) };
    expect(after.shown).toEqual(before.shown);
    expect(after.state.filters).toEqual(before.state.filters);
    expect([after.state.selected, after.state.mode, after.state.colourBy]).toEqual([entityKey("Region", "天元区"), "ego", "community"]);
    expect(after.camera.ratio).toBeCloseTo(before.camera.ratio, 3);
    expect(after.camera.x).toBeCloseTo(before.camera.x, 3);
    expect(await again.locator("#details .entity-name").textContent()).toBe("天元区");
    expect(await again.locator('#filters input[name="type"][value="Strategy"]').isChecked()).toBe(false);
    await again.close();
  });

  it("plays saved views as full-screen slides with large labels, stepped with the arrow keys", async () => {
    const page = await openViewer(browser, inject("viewerUrl"), { snapshot });
    const views = page.locator(".views-menu");
    await views.locator("summary").click();
    await views.locator(".save-view").click();
    await page.locator('#modes [data-mode="clusters"]').click();
    await views.locator(".save-view").click();
    expect(await views.locator(".saved-views li").count()).toBe(2);
    await page.locator('#modes [data-mode="explore"]').click();
    await views.locator(".start-presentation").click();

    await expect.poll(() => page.evaluate(() => document.body.classList.contains("presenting"))).toBe(true);
    expect(await page.locator("#sidebar").isHidden()).toBe(true);
    expect(await page.locator(".slide-caption").textContent()).toMatch(/^1 \/ 2/);
    const overview = (await visibleNodes(page)).length;
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => page.evaluate(() => window.__plangraph!.state().mode)).toBe("clusters");
    expect(await page.locator(".slide-caption").textContent()).toMatch(/^2 \/ 2/);
    expect((await visibleNodes(page)).length).toBeLessThan(overview);
    await settle(page);
    await saveScreenshot(page, "presentation");
    await page.keyboard.press("ArrowLeft");
    await expect.poll(() => page.evaluate(() => window.__plangraph!.state().mode)).toBe("explore");
    await page.keyboard.press("Escape");
    await expect.poll(() => page.evaluate(() => document.body.classList.contains("presenting"))).toBe(false);
    expect(await page.locator("#sidebar").isVisible()).toBe(true);
    await page.close();
  });

  it("focuses search with / and clears the selection with Esc", async () => {
    const page = await openViewer(browser, inject("viewerUrl"), { snapshot });
    await clickNode(page, entityKey("Region", "天心区"));
    await page.locator("#details").waitFor();
    await page.locator("#graph").click({ position: { x: 3, y: 3 }, trial: true });
    await page.keyboard.press("Escape");
    await expect.poll(() => page.evaluate(() => window.__plangraph!.state().selected)).toBeNull();
    expect(await page.locator("#details").isHidden()).toBe(true);
    await page.keyboard.press("/");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("search");
    await page.keyboard.type("tianxin");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.evaluate(() => window.__plangraph!.state().selected)).toBe(entityKey("Region", "天心区"));
    await page.close();
  });
});
