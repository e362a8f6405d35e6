/** Where the bundled default corpus and the default snapshot live. */
import { readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = resolve(fileURLToPath(new URL("..", import.meta.url)));
export const CORPUS_DIR = join(REPO_ROOT, "corpus");
export const DEFAULT_SNAPSHOT = join(REPO_ROOT, "viewer", "public", "snapshot.json");

export function corpusFiles(dir: string = CORPUS_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => /\.(txt|html?|docx|pdf)$/i.test(f))
    .sort()
    .map((f) => join(dir, f));
}
