/**
 * Prepares what the viewer serves: ingest the given files, write the snapshot, and write each document's
 * text next to it (documents/<id>.txt) so the evidence panel can open the source at a line.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { KgGraph } from "../../graph/model.ts";
import { ingestFiles, writeSnapshot } from "../../ingest/pipeline.ts";
import { readDocument } from "../../ingest/read/read-document.ts";

export interface Prepared {
  graph: KgGraph;
  documents: number;
  failures: Array<{ path: string; error: Error }>;
  ms: number;
}

/** Path of a document's text relative to the snapshot; the viewer builds the same one. */
export function documentTextPath(id: string): string {
  return `documents/${encodeURIComponent(id)}.txt`;
}

export async function prepareViewerData(paths: readonly string[], snapshotFile: string): Promise<Prepared> {
  const started = performance.now();
  const { graph, failures } = await ingestFiles(paths);
  await writeSnapshot(graph, snapshotFile);
  const failed = new Set(failures.map((f) => f.path));
  let documents = 0;
  for (const path of paths) {
    if (failed.has(path)) continue;
    const doc = await readDocument(path);
    const file = join(dirname(snapshotFile), documentTextPath(doc.id));
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, doc.text);
    documents++;
  }
  return { graph, documents, failures, ms: Math.round(performance.now() - started) };
}
