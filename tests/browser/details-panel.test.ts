import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { entityKey } from "../../graph/ids.ts";
import { CORPUS_DIR } from "../../ingest/corpus.ts";
import { launchChromium, openViewer } from "../support/chromium.ts";
import { clickNode, settle } from "../support/viewer-actions.ts";
import { corpusFixtureSnapshot } from "./fixtures/corpus-graph.ts";

const DOC = "001_e9d0cb05faa534a1.txt";
const TIANYUAN = entityKey("Region", "天元区");

describe.runIf(inject("browserAvailable"))("details panel: a node's attributes, neighbours and evidence", () => {
  let browser: Browser;
  let page: Page;
  const corpusLines = readFileSync(join(CORPUS_DIR, DOC), "utf8").split(/\r?\n/);

  beforeAll(async () => {
    browser = await launchChromium();
    page = await openViewer(browser, inject("viewerUrl"), { snapshot: corpusFixtureSnapshot() });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("opens on click with the type, the canonical name and the neighbours grouped by relation", async () => {
    await clickNode(page, TIANYUAN);
    const details = page.locator("#details");
    await details.waitFor();
    expect(await details.locator(".entity-name").textContent()).toBe("天元区");
    expect(await details.locator(".type-badge").textContent()).toContain("Region");
    const develops = details.locator(".neighbour-group", { hasText: "DEVELOPS →" });
    expect(await develops.locator(".node-link").allTextContents()).toEqual(expect.arrayContaining(["生物医药", "金融"]));
    expect(await details.locator(".neighbour-group", { hasText: "PART_OF →" }).locator(".node-link").allTextContents()).toEqual(["株洲市"]);
  });

  it("shows each evidence sentence as it stands on its line of the source, with the mention marked", async () => {
    const items = page.locator("#details .evidence-item");
    expect(await items.count()).toBeGreaterThan(0);
    for (let i = 0; i < (await items.count()); i++) {
      const item = items.nth(i);
      const where = (await item.locator(".evidence-where span").textContent())!;
      const line = Number(/第 (\d+) 行/.exec(where)?.[1]);
      expect(await item.locator(".evidence-sentence").textContent()).toBe(corpusLines[line - 1]);
      expect(await item.locator("mark").textContent()).toBe("天元区");
    }
  });

  it("opens the source document scrolled to the evidence line", async () => {
    const first = page.locator("#details .evidence-item").first();
    const line = Number(/第 (\d+) 行/.exec((await first.locator(".evidence-where span").textContent())!)?.[1]);
    await first.locator(".open-source").click();
    const current = page.locator("#reader .reader-lines li.current");
    await current.waitFor();
    expect(await current.getAttribute("data-line")).toBe(String(line));
    expect(await current.textContent()).toBe(corpusLines[line - 1]);
    expect(await current.isVisible()).toBe(true);
    await page.locator("#reader .close").click();
    expect(await page.locator("#reader").isHidden()).toBe(true);
  });

  it("follows a neighbour link to that node's details", async () => {
    await page.locator("#details .node-link", { hasText: "株洲市" }).click();
    await expect.poll(() => page.locator("#details .entity-name").textContent()).toBe("株洲市");
    expect(await page.evaluate(() => window.__plangraph!.state().selected)).toBe(entityKey("Region", "株洲市"));
  });

  it("clears the panel when the empty stage is clicked", async () => {
    await settle(page);
    const box = (await page.locator("#graph").boundingBox())!;
    await page.mouse.click(box.x + 5, box.y + box.height - 5);
    await expect.poll(() => page.locator("#details").isHidden()).toBe(true);
  });
});
