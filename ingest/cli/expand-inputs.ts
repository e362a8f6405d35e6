/**
 * Command-line inputs → the files to ingest: a file stands for itself (whatever its extension: the format
 * is read from its bytes), a directory for the documents in it (recursively), a glob for its matches.
 */
import { readdir, stat } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { glob, isDynamicPattern } from "tinyglobby";

/** The extensions a directory walk picks up; files named explicitly or by a glob are taken as they are. */
export const DOCUMENT_EXTENSIONS = [".txt", ".text", ".htm", ".html", ".xhtml", ".docx", ".pdf"];

export interface ExpandedInputs {
  files: string[];
  /** Inputs that name nothing to read (a glob without matches, an empty directory). */
  problems: Array<{ input: string; reason: string }>;
}

export async function expandInputs(inputs: readonly string[], cwd: string = process.cwd()): Promise<ExpandedInputs> {
  const files: string[] = [];
  const problems: ExpandedInputs["problems"] = [];
  for (const input of inputs) {
    const path = resolve(cwd, input);
    const info = await stat(path).catch(() => undefined);
    // a path that exists is taken literally, even when its name contains glob characters ("规划[2021].pdf")
    if (!info && isDynamicPattern(input)) {
      const matches = await glob(input, { cwd, onlyFiles: true, absolute: true, expandDirectories: false });
      if (matches.length === 0) problems.push({ input, reason: "matches no files" });
      files.push(...matches.sort());
      continue;
    }
    if (info?.isDirectory()) {
      const found = await documentsUnder(path);
      if (found.length === 0) problems.push({ input, reason: `is a directory with no ${DOCUMENT_EXTENSIONS.join("/")} files` });
      files.push(...found);
    } else {
      // missing or unreadable paths go through too: the reader reports them like any other bad input
      files.push(path);
    }
  }
  return { files: [...new Set(files)].map((f) => displayPath(f, cwd)), problems };
}

async function documentsUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const found: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await documentsUnder(path)));
    else if (DOCUMENT_EXTENSIONS.some((ext) => entry.name.toLowerCase().endsWith(ext))) found.push(path);
  }
  return found;
}

/** Paths under the working directory are shown relative to it; others stay absolute. */
export function displayPath(path: string, cwd: string = process.cwd()): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith("..") ? rel : path;
}
