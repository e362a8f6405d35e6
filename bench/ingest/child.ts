/**
 * One ingest measurement in a fresh process (so peak RSS belongs to this run alone). Reads its job as JSON
 * on stdin and prints the result as one JSON line:
 *   pipeline — `ingestFiles` over the files on one core: wall time, peak RSS, peak heap, graph size; the
 *              batch resolution timed again on the raw extractions; then the per-stage split over a sample.
 *   parallel — the same files extracted serially and then with `extractInParallel`, for the speed-up.
 */
import { statSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { findSourceMap } from "node:module";
import { isDeepStrictEqual } from "node:util";
import { buildGraph } from "../../graph/build.ts";
import type { DocumentExtraction } from "../../graph/facts.ts";
import { extractInParallel } from "../../ingest/parallel.ts";
import { ingestDocument, ingestFiles } from "../../ingest/pipeline.ts";
import { readDocument } from "../../ingest/read/read-document.ts";
import { resolveCorpus } from "../../ingest/resolve.ts";
import { readStdinJson } from "../tsx-node.ts";
import { emptyTimes, extractTimed, type StageTimes } from "./stages.ts";
import { threadCpu, threadCpuSince, type ThreadCpu } from "./threads.ts";

export type IngestJob =
  | { mode: "pipeline"; files: string[]; splitBytes: number }
  | { mode: "parallel"; files: string[]; workers: number }
  | { mode: "profile"; files: string[]; out: string };

export interface PipelineResult {
  mode: "pipeline";
  documents: number;
  bytes: number;
  ms: number;
  /** CPU time of the process during `ingestFiles` (user + system): barely moved by other work on the machine. */
  cpuMs: number;
  /** Of cpuMs: the main thread's and V8's helper threads' (optimising compiler, GC) share, where /proc tells. */
  threads?: ThreadCpu;
  failures: number;
  maxRssMB: number;
  peakHeapMB: number;
  entities: number;
  relations: number;
  nodes: number;
  edges: number;
  resolutionMs: number;
  /** Of resolutionMs: resolveCorpus alone (the rest is buildGraph). */
  resolveMs: number;
  split: { documents: number; bytes: number; times: StageTimes };
}

export interface ParallelResult {
  mode: "parallel";
  documents: number;
  bytes: number;
  workers: number;
  serialMs: number;
  parallelMs: number;
  /** Documents whose parallel extraction differs from the serial one (0: identical). */
  differing: number;
}

const bytesOf = (files: readonly string[]) => files.reduce((n, f) => n + statSync(f).size, 0);

async function pipeline(files: string[], splitBytes: number): Promise<PipelineResult> {
  let peakHeap = process.memoryUsage().heapUsed;
  const raw: DocumentExtraction[] = [];
  const cpu0 = process.cpuUsage();
  const threads0 = threadCpu();
  const t0 = performance.now();
  const result = await ingestFiles(files, (_done, _total, _path, outcome) => {
    if (outcome.extraction) raw.push(outcome.extraction);
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  });
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const threads = threadCpuSince(threads0);
  const maxRssMB = process.resourceUsage().maxRSS / 1024;

  // the batch step alone, on the same raw extractions ingestFiles resolved
  const r0 = performance.now();
  const resolved = resolveCorpus(raw);
  const resolveMs = performance.now() - r0;
  buildGraph(resolved.extractions, resolved.merges);
  const resolutionMs = performance.now() - r0;

  // per-stage split over the first documents up to splitBytes (the whole set when it is smaller)
  const times = emptyTimes();
  const sample: DocumentExtraction[] = [];
  let sampleBytes = 0;
  for (const file of files) {
    if (sampleBytes >= splitBytes) break;
    const r = performance.now();
    const source = await readDocument(file);
    times.stages.read += performance.now() - r;
    sample.push(extractTimed(source, times));
    sampleBytes += statSync(file).size;
  }
  const s0 = performance.now();
  const sampleResolved = resolveCorpus(sample);
  buildGraph(sampleResolved.extractions, sampleResolved.merges);
  times.stages.resolution += performance.now() - s0;

  return {
    mode: "pipeline",
    documents: files.length,
    bytes: bytesOf(files),
    ms,
    cpuMs,
    ...(threads ? { threads } : {}),
    failures: result.failures.length,
    maxRssMB,
    peakHeapMB: peakHeap / 1e6,
    entities: result.extractions.reduce((n, e) => n + e.entities.length, 0),
    relations: result.extractions.reduce((n, e) => n + e.relations.length, 0),
    nodes: result.graph.order,
    edges: result.graph.size,
    resolutionMs,
    resolveMs,
    split: { documents: sample.length, bytes: sampleBytes, times },
  };
}

async function parallel(files: string[], workers: number): Promise<ParallelResult> {
  const t0 = performance.now();
  const serial: DocumentExtraction[] = [];
  for (const f of files) serial.push(await ingestDocument(f));
  const serialMs = performance.now() - t0;
  const t1 = performance.now();
  const par = await extractInParallel(files, { workers });
  const parallelMs = performance.now() - t1;
  const differing = serial.filter((e, i) => !isDeepStrictEqual(e, par[i])).length;
  return { mode: "parallel", documents: files.length, bytes: bytesOf(files), workers, serialMs, parallelMs, differing };
}

/**
 * The pipeline under the inspector's CPU profiler. tsx hands Node whitespace-minified code (every module on
 * one line), so frames are mapped back to .ts lines through the source maps Node keeps with
 * --enable-source-maps before the profile is written.
 */
async function profile(files: string[], out: string): Promise<PipelineResult> {
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.start");
  const result = await pipeline(files, 0);
  const { profile } = await session.post("Profiler.stop");
  for (const node of profile.nodes) {
    const frame = node.callFrame;
    if (!frame.url.startsWith("file://")) continue;
    const entry = findSourceMap(frame.url)?.findEntry(frame.lineNumber, frame.columnNumber);
    if (entry && "originalLine" in entry) {
      frame.lineNumber = entry.originalLine;
      frame.columnNumber = entry.originalColumn;
    }
  }
  writeFileSync(out, JSON.stringify(profile));
  session.disconnect();
  return result;
}

const job = await readStdinJson<IngestJob>();
const result =
  job.mode === "pipeline" ? await pipeline(job.files, job.splitBytes) : job.mode === "parallel" ? await parallel(job.files, job.workers) : await profile(job.files, job.out);
process.stdout.write(`${JSON.stringify(result)}\n`);
