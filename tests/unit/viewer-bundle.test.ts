// The built viewer must carry no Neo4j credentials: users type them into the console at run time.
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "vite";
import { afterAll, describe, expect, it } from "vitest";
import { VIEWER_CONFIG } from "../../viewer/tools/serve.ts";

const SENTINELS = { NEO4J_PASSWORD: "sentinel-pw-5f1c", VITE_NEO4J_PASSWORD: "sentinel-vite-pw-9a2e", NEO4J_URI: "bolt://sentinel-host-77:7687" };

async function filesBelow(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

describe("the built viewer", () => {
  let outDir = "";
  afterAll(async () => {
    if (outDir) await rm(outDir, { recursive: true, force: true });
  });

  it("contains none of the Neo4j credentials or URI present in the build environment", async () => {
    outDir = await mkdtemp(join(tmpdir(), "plangraph-bundle-"));
    const saved = { ...process.env };
    Object.assign(process.env, SENTINELS);
    try {
      await build({ configFile: VIEWER_CONFIG, logLevel: "silent", build: { outDir, emptyOutDir: true } });
    } finally {
      for (const key of Object.keys(SENTINELS)) if (saved[key] === undefined) delete process.env[key];
      Object.assign(process.env, saved);
    }
    const files = await filesBelow(outDir);
    expect(files.some((f) => f.endsWith(".js"))).toBe(true);
    for (const file of files.filter((f) => /\.(js|html|css|json|map)$/.test(f))) {
      const text = await readFile(file, "utf8");
      for (const sentinel of Object.values(SENTINELS)) expect(text.includes(sentinel), `${file} contains ${sentinel}`).toBe(false);
    }
  }, 180_000);
});
