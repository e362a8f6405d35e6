/** The ingest pipeline: files → document extractions → one graph → snapshot. */
import { mkdir, rename, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { buildGraph } from "../graph/build.ts";
import type { DocumentExtraction } from "../graph/facts.ts";
import type { KgGraph } from "../graph/model.ts";
import { toSnapshot } from "../graph/snapshot.ts";
import { extractDocument } from "./extract/index.ts";
import { type ReadOptions, readDocument } from "./read/read-document.ts";
import { resolveCorpus } from "./resolve.ts";
import { restoreOriginalEvidence } from "./read/traditional.ts";

export interface IngestResult {
  extractions: DocumentExtraction[];
  graph: KgGraph;
  failures: Array<{ path: string; error: Error }>;
}

/** What became of one input: its extraction, or the error that stopped it. */
export type IngestOutcome = { extraction: DocumentExtraction; error?: undefined } | { extraction?: undefined; error: Error };

/**
 * One file → its extraction. The reader's warnings join the extractor's, and when the text was converted
 * from traditional characters the evidence quotes the document as written.
 */
export async function ingestDocument(path: string, options: ReadOptions = {}): Promise<DocumentExtraction> {
  const source = await readDocument(path, options);
  let extraction = extractDocument(source);
  if (source.original !== undefined) extraction = restoreOriginalEvidence(extraction, source.text, source.original);
  return source.warnings.length > 0 ? { ...extraction, warnings: [...extraction.warnings, ...source.warnings] } : extraction;
}

export async function ingestFiles(
  paths: readonly string[],
  onProgress?: (done: number, total: number, path: string, outcome: IngestOutcome) => void,
  options: ReadOptions = {},
): Promise<IngestResult> {
  const extractions: DocumentExtraction[] = [];
  const failures: IngestResult["failures"] = [];
  for (const [index, path] of paths.entries()) {
    let outcome: IngestOutcome;
    try {
      outcome = { extraction: await ingestDocument(path, options) };
      extractions.push(outcome.extraction);
    } catch (error) {
      outcome = { error: error instanceof Error ? error : new Error(String(error)) };
      failures.push({ path, error: outcome.error });
    }
    onProgress?.(index + 1, paths.length, path, outcome);
  }
  // resolution runs over the whole batch: the same real thing named in two documents becomes one node
  const resolved = resolveCorpus(extractions);
  return { extractions: resolved.extractions, graph: buildGraph(resolved.extractions, resolved.merges), failures };
}

export async function writeSnapshot(graph: KgGraph, file: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const tmp = `${file}.tmp`;
  await writeFile(tmp, JSON.stringify(toSnapshot(graph, { layout: true })));
  // rename is atomic, so a failed run never leaves a half-written snapshot behind
  await rename(tmp, file);
}
