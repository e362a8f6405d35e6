/**
 * Parallel ingest: documents are read and extracted in worker threads, one document at a time per worker
 * (a free worker takes the next path, so one long plan does not hold up the rest), and come back in input
 * order, equal to what the serial `ingestDocument` gives. Resolution still runs once over the whole batch,
 * in the calling thread. With one core (or one document) nothing is spawned and the serial path runs.
 *
 * The workers run this same file. Node does not apply tsx's hooks to a worker's entry module, so each
 * worker starts from a few lines of plain JS that register tsx and then import this module.
 */
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { buildGraph } from "../graph/build.ts";
import type { DocumentExtraction } from "../graph/facts.ts";
import { ingestDocument, type IngestOutcome, type IngestResult } from "./pipeline.ts";
import type { ReadOptions } from "./read/read-document.ts";
import { resolveCorpus } from "./resolve.ts";

export interface ParallelOptions {
  /** Worker threads; default: the available cores (at most one per document). 1 or fewer: serial, no threads. */
  workers?: number;
  read?: ReadOptions;
  onProgress?: (done: number, total: number, path: string, outcome: IngestOutcome) => void;
}

/** Marks the worker threads this module starts, so importing it anywhere else starts nothing. */
const ROLE = "plangraph-ingest-worker";

interface Job {
  index: number;
  path: string;
}

type Reply = { index: number; extraction: DocumentExtraction } | { index: number; error: { message: string; name: string; stack?: string } };

export function defaultWorkers(documents: number): number {
  return Math.max(1, Math.min(availableParallelism(), documents));
}

/** What became of each path, in input order: its extraction or the error that stopped it. */
export async function ingestOutcomes(paths: readonly string[], options: ParallelOptions = {}): Promise<IngestOutcome[]> {
  const workers = Math.min(options.workers ?? defaultWorkers(paths.length), paths.length);
  if (workers <= 1) return serialOutcomes(paths, options);
  const outcomes: IngestOutcome[] = new Array<IngestOutcome>(paths.length);
  let next = 0;
  let done = 0;
  const pool = Array.from({ length: workers }, () => startWorker(options.read ?? {}));
  try {
    await Promise.all(
      pool.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            let finished = false;
            const feed = (): void => {
              const index = next++;
              const path = paths[index];
              if (path === undefined) {
                finished = true;
                return resolve();
              }
              worker.postMessage({ index, path } satisfies Job);
            };
            worker.on("message", (reply: Reply) => {
              const path = paths[reply.index] ?? "";
              const outcome: IngestOutcome = "extraction" in reply ? { extraction: reply.extraction } : { error: revive(reply.error) };
              outcomes[reply.index] = outcome;
              options.onProgress?.(++done, paths.length, path, outcome);
              feed();
            });
            worker.once("error", reject);
            // only the finally below ends a worker; any earlier exit lost a document
            worker.once("exit", (code) => finished || reject(new Error(`ingest: a worker stopped before its document was done (exit code ${code})`)));
            feed();
          }),
      ),
    );
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return outcomes;
}

/** Extractions of all paths in input order, as `ingestDocument` gives them; rejects naming the first path that failed. */
export async function extractInParallel(paths: readonly string[], options: ParallelOptions = {}): Promise<DocumentExtraction[]> {
  const outcomes = await ingestOutcomes(paths, options);
  return outcomes.map((o, i) => {
    if (o.error) throw new Error(`ingest: ${paths[i]}: ${o.error.message}`, { cause: o.error });
    return o.extraction;
  });
}

/** `ingestFiles` with the extraction spread over worker threads: same result, failures kept per path. */
export async function ingestFilesInParallel(paths: readonly string[], options: ParallelOptions = {}): Promise<IngestResult> {
  const outcomes = await ingestOutcomes(paths, options);
  const extractions: DocumentExtraction[] = [];
  const failures: IngestResult["failures"] = [];
  outcomes.forEach((o, i) => (o.error ? failures.push({ path: paths[i] ?? "", error: o.error }) : extractions.push(o.extraction)));
  const resolved = resolveCorpus(extractions);
  return { extractions: resolved.extractions, graph: buildGraph(resolved.extractions, resolved.merges), failures };
}

async function serialOutcomes(paths: readonly string[], options: ParallelOptions): Promise<IngestOutcome[]> {
  const outcomes: IngestOutcome[] = [];
  for (const [index, path] of paths.entries()) {
    let outcome: IngestOutcome;
    try {
      outcome = { extraction: await ingestDocument(path, options.read) };
    } catch (error) {
      outcome = { error: error instanceof Error ? error : new Error(String(error)) };
    }
    outcomes.push(outcome);
    options.onProgress?.(index + 1, paths.length, path, outcome);
  }
  return outcomes;
}

function revive(e: { message: string; name: string; stack?: string }): Error {
  const error = new Error(e.message);
  error.name = e.name;
  if (e.stack) error.stack = e.stack;
  return error;
}

/** tsx's ESM API, from the package the project installs (./esm/api exports it for `import`). */
function tsxApiUrl(): string {
  const pkg = createRequire(import.meta.url).resolve("tsx/package.json");
  return pathToFileURL(join(dirname(pkg), "dist", "esm", "api", "index.mjs")).href;
}

const BOOT = `const { workerData } = require("node:worker_threads");
import(workerData.tsx).then((tsx) => { tsx.register(); return import(workerData.entry); });`;

function startWorker(read: ReadOptions): Worker {
  return new Worker(BOOT, { eval: true, workerData: { role: ROLE, tsx: tsxApiUrl(), entry: import.meta.url, read } });
}

function serve(port: NonNullable<typeof parentPort>, read: ReadOptions): void {
  port.on("message", (job: Job) => {
    ingestDocument(job.path, read).then(
      (extraction) => port.postMessage({ index: job.index, extraction } satisfies Reply),
      (error: unknown) => {
        const e = error instanceof Error ? error : new Error(String(error));
        port.postMessage({ index: job.index, error: { message: e.message, name: e.name, stack: e.stack } } satisfies Reply);
      },
    );
  });
}

if (!isMainThread && parentPort && (workerData as { role?: string } | null)?.role === ROLE) {
  serve(parentPort, (workerData as { read: ReadOptions }).read);
}
