// `npm run eval` as a user meets it: the scorer's table on stdout, wherever the scorer and gold live — also
// when they are reached through a symbolic link (a checkout with shared/ linked beside it).
import { execFile } from "node:child_process";
import { mkdtemp, rm, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const FIXTURES = fileURLToPath(new URL("../../fixtures/eval/", import.meta.url));

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), "plangraph-eval-cli-"));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe("eval CLI", () => {
  it("prints the scorer's table when the scorer and gold are reached through a symbolic link", async () => {
    const linked = join(tmp, "eval");
    await symlink(FIXTURES, linked, "dir");
    const { stdout } = await promisify(execFile)(process.execPath, [
      "--import", "tsx", join(ROOT, "scripts", "eval.ts"), "--scorer", join(linked, "score.mjs"), "--gold", join(linked, "gold"),
    ], { cwd: ROOT, maxBuffer: 1 << 24 });
    expect(stdout).toMatch(/^documents scored: 4/mu);
    expect(stdout).toMatch(/^ALL\s+\d/mu);
    expect(stdout).toMatch(/^DEVELOPS\s+\d/mu);
  }, 60_000);
});
