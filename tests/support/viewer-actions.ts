/** What a user does in the viewer, expressed through the page: click a node, read the panel, wait for a redraw. */
import type { Page } from "playwright-core";

/** Clicks a node where sigma draws it (position read from the debug handle, click done with the mouse). */
export async function clickNode(page: Page, key: string): Promise<void> {
  const position = await page.evaluate((k) => window.__plangraph!.viewportPosition(k), key);
  if (!position) throw new Error(`node ${key} is not drawn`);
  const box = await page.locator("#graph").boundingBox();
  if (!box) throw new Error("graph container has no box");
  await page.mouse.move(box.x + position.x, box.y + position.y);
  await page.mouse.click(box.x + position.x, box.y + position.y);
}

/** Clicks the straight edge between two nodes, a third of the way from the source (clear of labels and arrow heads). */
export async function clickEdge(page: Page, source: string, target: string): Promise<void> {
  const [a, b] = await page.evaluate(({ s, t }) => [window.__plangraph!.viewportPosition(s), window.__plangraph!.viewportPosition(t)], { s: source, t: target });
  if (!a || !b) throw new Error(`edge ${source} → ${target} is not drawn`);
  const box = (await page.locator("#graph").boundingBox())!;
  const x = box.x + a.x + (b.x - a.x) * 0.35;
  const y = box.y + a.y + (b.y - a.y) * 0.35;
  await page.mouse.move(x, y);
  await page.mouse.click(x, y);
}

export async function visibleNodes(page: Page): Promise<string[]> {
  return (await page.evaluate(() => window.__plangraph!.visibleNodes())).sort();
}

/** Waits until camera animations have settled, so positions read afterwards are final. */
export async function settle(page: Page, ms = 600): Promise<void> {
  await page.waitForTimeout(ms);
}

/** Types into the search box and picks the first suggestion with Enter. */
export async function searchAndPick(page: Page, query: string): Promise<void> {
  await page.locator("#search").fill(query);
  await page.locator("#suggestions .suggestion").first().waitFor();
  await page.locator("#search").press("Enter");
}
