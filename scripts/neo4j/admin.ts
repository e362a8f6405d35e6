/**
 * Runs `neo4j-admin` (org.neo4j.cli.AdminTool from the cached jars) against a throwaway home, e.g. to prove
 * that exported CSV files import: `neo4j-admin database import full …` in the folder holding them.
 */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { installNeo4j, run } from "./install.ts";

export async function runAdmin(args: readonly string[], options: { cwd: string; heap?: string }): Promise<{ code: number; output: string }> {
  const install = await installNeo4j();
  const home = await mkdtemp(join(tmpdir(), "plangraph-neo4j-admin-"));
  try {
    await mkdir(join(home, "conf"));
    await writeFile(join(home, "conf", "neo4j.conf"), "");
    const env = { NEO4J_HOME: home, NEO4J_CONF: join(home, "conf") };
    return await run("java", [`-Xmx${options.heap ?? "256m"}`, "-cp", `${install.libDir}/*`, "org.neo4j.cli.AdminTool", ...args], { cwd: options.cwd, env });
  } finally {
    await rm(home, { recursive: true, force: true });
  }
}

/** Node and relationship totals from the import tool's closing report ("Imported: N nodes M relationships"). */
export function importedCounts(output: string): { nodes: number; relationships: number } | undefined {
  const match = /Imported:\s+(\d+) nodes\s+(\d+) relationships/.exec(output);
  return match ? { nodes: Number(match[1]), relationships: Number(match[2]) } : undefined;
}
