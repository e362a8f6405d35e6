/**
 * Global setup of the browser layer: ingest the bundled corpus (so the snapshot is current), build the
 * viewer into a private folder, serve it on a free port and hand the URL to the tests.
 * Without Chromium: an error under CI=true, otherwise one loud line and the browser tests skip.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { corpusFiles, DEFAULT_SNAPSHOT } from "../../ingest/corpus.ts";
import { prepareViewerData } from "../../viewer/tools/prepare.ts";
import { buildAndPreview, freePort } from "../../viewer/tools/serve.ts";
import { CHROMIUM_PATH, chromiumAvailable } from "./chromium.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** Base URL of the built viewer, e.g. http://127.0.0.1:40123/ */
    viewerUrl: string;
    /** False when Chromium is missing outside CI: the browser tests skip. */
    browserAvailable: boolean;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const available = chromiumAvailable();
  if (!available) {
    if (process.env.CI === "true") throw new Error(`browser tests: Chromium not found at ${CHROMIUM_PATH} (CI=true requires it; apt-get install -y chromium)`);
    console.warn(`\n!!!!! BROWSER TESTS SKIPPED: Chromium not found at ${CHROMIUM_PATH} — install it (apt-get install -y chromium) or set CHROMIUM_PATH !!!!!\n`);
  }
  const { failures } = await prepareViewerData(corpusFiles(), DEFAULT_SNAPSHOT);
  if (failures.length) throw new Error(`browser tests: ingest failed for ${failures.map((f) => f.path).join(", ")}`);

  // a private build folder: several test runs (and `npm run viewer:build`) may happen at once
  const outDir = await mkdtemp(join(tmpdir(), "plangraph-viewer-"));
  const viewer = await buildAndPreview(outDir, await freePort());
  project.provide("viewerUrl", viewer.url);
  project.provide("browserAvailable", available);
  return async () => {
    await viewer.close();
    await rm(outDir, { recursive: true, force: true });
  };
}
