/** The one way browser tests start Chromium: the system binary, headless, software WebGL, a fresh profile. */
import { existsSync } from "node:fs";
import { chromium, type Browser, type Page } from "playwright-core";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

// Measured on these machines: WebGL2 works through the software renderer with these flags.
// Never add --disable-software-rasterizer: sigma then has no WebGL context at all.
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM_PATH);
}

/** playwright's launch() gives every browser a fresh temporary user-data-dir. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

export interface ViewerPageOptions {
  /** URL query, e.g. `?snapshot=x.json` or a saved view. */
  query?: string;
  width?: number;
  height?: number;
  /** Serve this snapshot instead of the corpus one (the request for snapshot.json is answered with it). */
  snapshot?: unknown;
  /** Document texts by id, answered at documents/<id>.txt. */
  documents?: Record<string, string>;
}

/** Opens the viewer and waits until it has drawn the graph and exposed its debug handle. */
export async function openViewer(browser: Browser, baseUrl: string, options: ViewerPageOptions = {}): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: options.width ?? 1400, height: options.height ?? 900 } });
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  if (options.snapshot !== undefined) {
    const body = JSON.stringify(options.snapshot);
    await page.route(/\/snapshot\.json(\?.*)?$/, (route) => route.fulfill({ contentType: "application/json", body }));
  }
  for (const [id, text] of Object.entries(options.documents ?? {})) {
    await page.route(new URL(`documents/${encodeURIComponent(id)}.txt`, baseUrl).href, (route) => route.fulfill({ contentType: "text/plain; charset=utf-8", body: text }));
  }
  await page.goto(new URL(options.query ?? "", baseUrl).href);
  try {
    await page.waitForFunction(() => window.__plangraph?.ready === true, undefined, { timeout: 60_000 });
  } catch (error) {
    throw new Error(`viewer did not become ready: ${errors.join("; ") || (await page.locator("#status").textContent())}`, { cause: error });
  }
  return page;
}
