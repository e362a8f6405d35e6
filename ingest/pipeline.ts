/** The ingest pipeline: files → document extractions → one graph → snapshot. */
import { mkdir, rename, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { buildGraph } from "../graph/build.ts";
import type { DocumentExtraction } from "../graph/facts.ts";
import type { KgGraph } from "../graph/model.ts";
import { toSnapshot } from "../graph/snapshot.ts";
import { extractDocument } from "./extract/index.ts";
import { readDocument } from "./read/read-document.ts";

export interface IngestResult {
  extractions: DocumentExtraction[];
  graph: KgGraph;
  failures: Array<{ path: string; error: Error }>;
}

export async function ingestFiles(paths: readonly string[], onProgress?: (done: number, total: number, path: string) => void): Promise<IngestResult> {
  const extractions: DocumentExtraction[] = [];
  const failures: IngestResult["failures"] = [];
  for (const [index, path] of paths.entries()) {
    try {
      extractions.push(extractDocument(await readDocument(path)));
    } catch (error) {
      failures.push({ path, error: error instanceof Error ? error : new Error(String(error)) });
    }
    onProgress?.(index + 1, paths.length, path);
  }
  return { extractions, graph: buildGraph(extractions), failures };
}

export async function writeSnapshot(graph: KgGraph, file: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const tmp = `${file}.tmp`;
  await writeFile(tmp, JSON.stringify(toSnapshot(graph)));
  // rename is atomic, so a failed run never leaves a half-written snapshot behind
  await rename(tmp, file);
}
