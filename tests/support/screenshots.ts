/**
 * Screenshots of browser tests land in test-results/browser/ (git-ignored) so a person can look at them.
 * With README_SCREENSHOTS=1 the README's pictures in docs/screenshots/ are refreshed from the same run.
 */
import { copyFile, mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { REPO_ROOT } from "../../ingest/corpus.ts";

export const SCREENSHOT_DIR = join(REPO_ROOT, "test-results", "browser");

export async function saveScreenshot(page: Page, name: string, readmeName?: string): Promise<Buffer> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const file = join(SCREENSHOT_DIR, `${name}.png`);
  const png = await page.screenshot({ path: file });
  if (readmeName && process.env.README_SCREENSHOTS === "1") {
    const docs = join(REPO_ROOT, "docs", "screenshots");
    await mkdir(docs, { recursive: true });
    await copyFile(file, join(docs, `${readmeName}.png`));
  }
  return png;
}
