// Parallel ingest gives exactly what the serial pipeline gives: the same extractions of the real corpus, in
// input order, and the same resolved graph; a document that cannot be read fails alone, as it does serially.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toSnapshot } from "../../graph/snapshot.ts";
import { corpusFiles } from "../../ingest/corpus.ts";
import { extractInParallel, ingestFilesInParallel, ingestOutcomes } from "../../ingest/parallel.ts";
import { ingestDocument, ingestFiles } from "../../ingest/pipeline.ts";

const FILES = corpusFiles();

/** The serial reference, computed next to the parallel run it is compared with. */
async function serialExtractions(files: readonly string[]) {
  const out = [];
  for (const f of files) out.push(await ingestDocument(f));
  return out;
}

describe("parallel ingest over the corpus", () => {
  it("two workers give the serial extractions, document for document, in input order", async () => {
    const serial = await serialExtractions(FILES);
    const parallel = await extractInParallel(FILES, { workers: 2 });
    expect(parallel.map((e) => e.doc.id)).toEqual(FILES.map((f) => f.split("/").pop()));
    expect(parallel).toEqual(serial);
  });

  it("more workers than documents still gives the serial result", async () => {
    const two = FILES.slice(0, 2);
    const serial = await serialExtractions(two);
    expect(await extractInParallel(two, { workers: 4 })).toEqual(serial);
  });

  it("the resolved graph equals the one ingestFiles builds", async () => {
    const a = await ingestFiles(FILES);
    const b = await ingestFilesInParallel(FILES, { workers: 2 });
    expect(b.failures).toEqual([]);
    expect(b.extractions).toEqual(a.extractions);
    expect(toSnapshot(b.graph)).toEqual(toSnapshot(a.graph));
  });
});

describe("parallel ingest with a document that cannot be read", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "plangraph-parallel-"));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("reports the failure for that path and extracts the others", async () => {
    const missing = join(dir, "不存在的规划.txt");
    const [first, second] = FILES;
    if (!first || !second) throw new Error("the corpus needs two documents");
    const outcomes = await ingestOutcomes([first, missing, second], { workers: 2 });
    expect(outcomes.map((o) => (o.error ? "error" : o.extraction.doc.id))).toEqual([first.split("/").pop(), "error", second.split("/").pop()]);
    await expect(extractInParallel([first, missing], { workers: 2 })).rejects.toThrow(missing);
  });

  it("a worker's failure keeps the reader's error name and message", async () => {
    const empty = join(dir, "empty.txt");
    await writeFile(empty, "");
    const serialError = await ingestDocument(empty).then(() => null, (e: unknown) => e as Error);
    const [outcome] = await ingestOutcomes([empty, empty], { workers: 2 });
    expect(serialError).not.toBeNull();
    expect(outcome?.error?.name).toBe(serialError?.name);
    expect(outcome?.error?.message).toBe(serialError?.message);
  });
});
