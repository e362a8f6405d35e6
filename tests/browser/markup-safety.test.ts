import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { buildGraph } from "../../graph/build.ts";
import type { DocumentExtraction, Evidence } from "../../graph/facts.ts";
import { entityKey, relationKey } from "../../graph/ids.ts";
import { toSnapshot } from "../../graph/snapshot.ts";
import { ingestFiles } from "../../ingest/pipeline.ts";
import { launchChromium, openViewer } from "../support/chromium.ts";
import { clickEdge, clickNode } from "../support/viewer-actions.ts";

// A document whose title, sentences and entity names carry markup that would run if it were ever set as HTML.
const DOC_ID = "crafted_<b onmouseover=alert(1)>markup.txt";
const PIPELINE_FILE = "pipeline_<i onmouseover=alert(2)>markup.txt";
const PAYLOAD_PARK = `<img src=x onerror="window.__pwned='img'">株洲高新区`;
const PAYLOAD_INDUSTRY = `<script>window.__pwned='script'</script>轨道交通`;
const TEXT = [
  `<svg onload="window.__pwned='title'">株洲市国民经济和社会发展规划</svg>`,
  `${PAYLOAD_PARK}重点发展${PAYLOAD_INDUSTRY}产业，建设<iframe src="javascript:window.__pwned='iframe'"></iframe>天元区高新技术开发区。`,
].join("\n");

function crafted(): DocumentExtraction {
  const line = TEXT.split("\n")[1]!;
  const evidence = (surface: string): Evidence => ({ doc: DOC_ID, section: ["<h1>第一章</h1>"], line: 2, sentence: line, span: [line.indexOf(surface), line.indexOf(surface) + surface.length] });
  const park = entityKey("Park", PAYLOAD_PARK);
  const industry = entityKey("Industry", PAYLOAD_INDUSTRY);
  return {
    doc: { id: DOC_ID, title: TEXT.split("\n")[0]!, kind: "plan", sha256: "", lines: 2, source: "text/utf-8" },
    entities: [
      { id: park, type: "Park", name: PAYLOAD_PARK, aliases: [`<a href="javascript:window.__pwned='alias'">株洲高新</a>`], attrs: {}, mentions: [{ surface: PAYLOAD_PARK, evidence: evidence(PAYLOAD_PARK), rule: "crafted", confidence: 1 }] },
      { id: industry, type: "Industry", name: PAYLOAD_INDUSTRY, aliases: [], attrs: {}, mentions: [{ surface: PAYLOAD_INDUSTRY, evidence: evidence(PAYLOAD_INDUSTRY), rule: "crafted", confidence: 1 }] },
    ],
    relations: [{ type: "DEVELOPS", from: park, to: industry, rule: "crafted", confidence: 1, evidence: [evidence(PAYLOAD_INDUSTRY)] }],
    indicators: [],
    warnings: [],
  };
}

describe.runIf(inject("browserAvailable"))("document text is only ever shown as text", () => {
  let browser: Browser;
  let page: Page;
  let dir: string;
  const park = entityKey("Park", PAYLOAD_PARK);

  beforeAll(async () => {
    // the crafted document goes through the real pipeline too, so whatever the extractor keeps of it is shown
    dir = await mkdtemp(join(tmpdir(), "plangraph-markup-"));
    const file = join(dir, PIPELINE_FILE);
    await writeFile(file, TEXT);
    const ingested = await ingestFiles([file]);
    expect(ingested.failures).toEqual([]);
    const graph = buildGraph([...ingested.extractions, crafted()]);
    browser = await launchChromium();
    page = await openViewer(browser, inject("viewerUrl"), { snapshot: toSnapshot(graph), documents: { [DOC_ID]: TEXT, [PIPELINE_FILE]: TEXT } });
  });
  afterAll(async () => {
    await browser?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("shows names, aliases, titles, sections and sentences with markup verbatim and runs none of it", async () => {
    await page.locator("#search").fill("株洲高新");
    const suggestion = page.locator(`#suggestions .suggestion[data-key="${park}"]`);
    await suggestion.waitFor();
    expect(await suggestion.locator(".suggestion-name").textContent()).toBe(PAYLOAD_PARK);
    await page.locator("#search").press("Escape");

    await clickNode(page, park);
    const details = page.locator("#details");
    await details.waitFor();
    expect(await details.locator(".entity-name").textContent()).toBe(PAYLOAD_PARK);
    expect(await details.textContent()).toContain(`<a href="javascript:window.__pwned='alias'">株洲高新</a>`);
    expect(await details.locator(".evidence-where span").first().textContent()).toContain("<h1>第一章</h1>");
    expect(await details.locator(".evidence-sentence").first().textContent()).toBe(TEXT.split("\n")[1]);
    expect(await details.locator(".node-link").allTextContents()).toContain(PAYLOAD_INDUSTRY);

    await details.locator(".open-source").first().click();
    await page.locator("#reader li.current").waitFor();
    expect(await page.locator("#reader .reader-head strong").textContent()).toBe(TEXT.split("\n")[0]);

    const injected = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: string }).__pwned ?? null,
      elements: document.querySelectorAll("#details img, #details script, #details iframe, #details svg, #details a, #reader img, #reader svg, #reader iframe, #suggestions img, #filters svg").length,
    }));
    expect(injected).toEqual({ pwned: null, elements: 0 });
  });

  it("lists the markup documents in the document filter under their literal titles", async () => {
    const option = page.locator(`#filters select[name="doc"] option[value="${DOC_ID}"]`);
    expect(await option.textContent()).toBe(TEXT.split("\n")[0]);
    expect(await page.locator(`#filters select[name="doc"] option[value="${PIPELINE_FILE}"]`).count()).toBe(1);
    expect(await page.locator("#filters select option").evaluateAll((options) => options.every((o) => o.children.length === 0))).toBe(true);
  });

  it("shows a relation whose ends carry markup, with both ends as text", async () => {
    await page.locator("#reader .close").click();
    await clickEdge(page, park, entityKey("Industry", PAYLOAD_INDUSTRY));
    const details = page.locator("#details");
    await expect.poll(() => details.locator(".type-badge").textContent()).toContain("DEVELOPS");
    expect(await details.locator(".entity-name .node-link").allTextContents()).toEqual([PAYLOAD_PARK, PAYLOAD_INDUSTRY]);
    expect(await page.evaluate(() => window.__plangraph!.state().selectedEdge)).toBe(relationKey("DEVELOPS", park, entityKey("Industry", PAYLOAD_INDUSTRY)));
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned ?? null)).toBeNull();
    expect(await page.locator("#details img, #details script").count()).toBe(0);
  });
});
