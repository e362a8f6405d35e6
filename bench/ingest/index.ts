/**
 * The ingest benchmark: MB/s of Chinese text through the full pipeline on one core with peak memory, on the
 * corpus and on synthetic corpora (10 MB, 100 MB), the time per MB at each size (linearity), the per-stage
 * split, the parallel speed-up, and optionally a CPU profile's hotspots. Each size runs in its own process.
 */
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { corpusFiles } from "../../ingest/corpus.ts";
import { fixed, mb, seconds, table } from "../format.ts";
import { BENCH_CACHE, syntheticCorpus } from "../synthetic-corpus.ts";
import { runChild } from "../tsx-node.ts";
import type { IngestJob, ParallelResult, PipelineResult } from "./child.ts";
import { profileIngest, type Hotspot } from "./profile.ts";
import { STAGES } from "./stages.ts";

const CHILD = fileURLToPath(new URL("./child.ts", import.meta.url));
/** The target: at least this many MB/s of text per core. */
export const TARGET_MB_PER_S = 2;

export interface IngestBenchOptions {
  /** Sets to ingest: the corpus and/or synthetic sizes in MB. */
  sets: Array<"corpus" | number>;
  /** Stage split over at most this many MB of each set. */
  splitMB: number;
  /** Parallel speed-up on this set: "corpus" or a synthetic size in MB; null skips it. */
  parallelOn: "corpus" | number | null;
  workers: number;
  /** Profile the pipeline over this set; null skips it. */
  profileOn: "corpus" | number | null;
  log: (line: string) => void;
}

export interface IngestSetResult extends PipelineResult {
  set: string;
}

export interface IngestBenchResult {
  sets: IngestSetResult[];
  parallel?: ParallelResult & { set: string };
  profile?: { set: string; hotspots: Hotspot[]; totalMs: number; file: string };
}

function filesOf(set: "corpus" | number, log: (line: string) => void): { name: string; files: string[] } {
  if (set === "corpus") return { name: "corpus", files: corpusFiles() };
  const started = performance.now();
  const c = syntheticCorpus(set);
  log(`  synthetic ${set} MB: ${c.files.length} documents in ${c.dir}${c.cached ? " (cached)" : ` (written in ${seconds(performance.now() - started)})`}`);
  return { name: `synthetic ${set} MB`, files: c.files };
}

export async function runIngestBench(options: IngestBenchOptions): Promise<IngestBenchResult> {
  const { log } = options;
  const out: IngestBenchResult = { sets: [] };
  for (const set of options.sets) {
    const { name, files } = filesOf(set, log);
    log(`  ingest ${name}: ${files.length} documents …`);
    const job: IngestJob = { mode: "pipeline", files, splitBytes: options.splitMB * 1e6 };
    const r = await runChild<PipelineResult>(CHILD, job);
    out.sets.push({ ...r, set: name });
    log(`    ${mb(r.bytes)} MB in ${seconds(r.ms)}: ${fixed(r.bytes / 1e6 / (r.ms / 1000), 3)} MB/s, peak RSS ${r.maxRssMB.toFixed(0)} MB`);
  }
  if (options.parallelOn !== null) {
    const { name, files } = filesOf(options.parallelOn, log);
    log(`  parallel ${name}: serial, then ${options.workers} workers …`);
    const job: IngestJob = { mode: "parallel", files, workers: options.workers };
    out.parallel = { ...(await runChild<ParallelResult>(CHILD, job)), set: name };
  }
  if (options.profileOn !== null) {
    const { name, files } = filesOf(options.profileOn, log);
    log(`  profile ${name} (node --cpu-prof) …`);
    const p = await profileIngest(files, join(BENCH_CACHE, "profiles"));
    out.profile = { set: name, hotspots: p.hotspots, totalMs: p.totalMs, file: p.file };
  }
  return out;
}

const rate = (r: { bytes: number; ms: number }) => r.bytes / 1e6 / (r.ms / 1000);

export function reportIngest(result: IngestBenchResult): string {
  const parts: string[] = [];
  const base = result.sets.find((s) => s.set !== "corpus") ?? result.sets[0];
  const cpuPerMB = (s: IngestSetResult) => s.cpuMs / (s.bytes / 1e6);
  parts.push(
    `Ingest, full pipeline (read → extract → resolve → graph), one core; target ≥ ${TARGET_MB_PER_S} MB/s per core`,
    table(
      ["set", "docs", "MB", "wall", "MB/s", "CPU", "MB/s of CPU", "CPU s per MB", "× base", "peak RSS MB", "peak heap MB", "nodes", "edges", "failed"],
      result.sets.map((s) => [
        s.set, String(s.documents), mb(s.bytes), seconds(s.ms), fixed(rate(s), 3), seconds(s.cpuMs), fixed(s.bytes / 1e6 / (s.cpuMs / 1000), 3),
        fixed(cpuPerMB(s) / 1000, 2), base ? fixed(cpuPerMB(s) / cpuPerMB(base), 2) : "–",
        s.maxRssMB.toFixed(0), s.peakHeapMB.toFixed(0), String(s.nodes), String(s.edges), String(s.failures),
      ]),
    ),
    `(wall: elapsed time; CPU: this process's user + system time, which other work on a shared machine barely moves;`,
    ` × base: CPU time per MB relative to ${base?.set ?? "–"} — 1.00 at every size is linear growth)`,
  );
  const split = result.sets.filter((s) => s.threads);
  if (split.length > 0) {
    parts.push(
      "",
      "CPU by thread: the main thread runs the pipeline; V8's helper threads compile hot code (optimising compiler) and collect garbage",
      table(
        ["set", "main thread", "MB/s of main-thread CPU", "helper threads", "helpers' share"],
        split.map((s) => {
          const t = s.threads as NonNullable<IngestSetResult["threads"]>;
          return [s.set, seconds(t.mainMs), fixed(s.bytes / 1e6 / (t.mainMs / 1000), 3), seconds(t.helpersMs), `${fixed((100 * t.helpersMs) / (t.mainMs + t.helpersMs), 0)}%`];
        }),
      ),
    );
  }
  parts.push(
    "",
    "Per-stage split (ms per MB of text; resolution over the sample's extractions)",
    table(
      ["set", "sample MB", ...STAGES, "total"],
      result.sets.map((s) => {
        const perMB = s.split.bytes / 1e6;
        const total = STAGES.reduce((n, st) => n + s.split.times.stages[st], 0);
        return [s.set, mb(s.split.bytes), ...STAGES.map((st) => `${fixed(s.split.times.stages[st] / perMB, 0)} (${fixed((100 * s.split.times.stages[st]) / total, 0)}%)`), fixed(total / perMB, 0)];
      }),
    ),
    "",
    "Resolution of the whole batch (resolveCorpus + buildGraph on all raw extractions)",
    table(
      ["set", "docs", "time", "ms per MB", "resolveCorpus", "buildGraph"],
      result.sets.map((s) => [s.set, String(s.documents), seconds(s.resolutionMs), fixed(s.resolutionMs / (s.bytes / 1e6), 1), seconds(s.resolveMs), seconds(s.resolutionMs - s.resolveMs)]),
    ),
  );
  const last = result.sets[result.sets.length - 1];
  if (last) {
    const passes = Object.entries(last.split.times.passes).sort((a, b) => b[1] - a[1]);
    const total = passes.reduce((n, [, ms]) => n + ms, 0);
    const width = Math.max(...passes.map(([p]) => p.length));
    parts.push("", `Extractor steps on ${last.set} (share of extract time)`, passes.map(([p, ms]) => `  ${p.padEnd(width)} ${fixed((100 * ms) / total, 1).padStart(5)}%  ${fixed(ms / (last.split.bytes / 1e6), 0)} ms/MB`).join("\n"));
  }
  if (result.parallel) {
    const p = result.parallel;
    parts.push(
      "",
      `Parallel extraction (${availableParallelism()} cores available)`,
      table(
        ["set", "docs", "MB", "workers", "serial", "parallel", "serial MB/s", "parallel MB/s", "speed-up", "same result"],
        [[p.set, String(p.documents), mb(p.bytes), String(p.workers), seconds(p.serialMs), seconds(p.parallelMs), fixed(p.bytes / 1e6 / (p.serialMs / 1000), 3), fixed(p.bytes / 1e6 / (p.parallelMs / 1000), 3), `${fixed(p.serialMs / p.parallelMs, 2)}×`, p.differing === 0 ? "yes" : `NO: ${p.differing} docs (code edited during the run?)`]],
      ),
    );
  }
  if (result.profile) {
    const pr = result.profile;
    parts.push(
      "",
      `CPU profile of ingest on ${pr.set} (${seconds(pr.totalMs)} sampled; ${pr.file})`,
      table(
        ["self %", "total %", "function", "file:line"],
        pr.hotspots.map((h) => [fixed(h.selfPct, 1), fixed(h.totalPct, 1), h.fn, h.where]),
      ),
    );
  }
  return parts.join("\n");
}
