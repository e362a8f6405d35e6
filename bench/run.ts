/**
 * `npm run bench -- [ingest|load|viewer|all] [options]`: the benchmarks, each printing its figures with the
 * machine they were measured on. Figures also go to a JSON file in the bench cache (the latest run of each).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { reportIngest, runIngestBench } from "./ingest/index.ts";
import { machine, machineLine } from "./machine.ts";
import { BENCH_CACHE } from "./synthetic-corpus.ts";

const HELP = `Usage: npm run bench -- [ingest|load|viewer|profile|all ...] [options]

Benchmarks (default: all). Each prints the machine (CPU, cores, Node, date) and its figures.
  ingest    MB/s through the full ingest pipeline on one core, peak memory, time per MB at each size,
            the per-stage split, and the parallel speed-up (worker threads)
  profile   CPU profile of ingest (node --cpu-prof): top functions by self time, file:line
  load      Neo4j: rows/s of the batched loader vs one statement per fact, same data, same run
  viewer    headless Chromium: page load → first drawn frame (corpus graph, synthetic 10k/50k graph),
            ForceAtlas2 iterations/s in a Web Worker

Options:
  --sizes LIST        synthetic corpus sizes in MB for ingest (default 10; e.g. 10,100 — 100 MB takes ~15 min)
  --split-mb N        stage split over at most N MB of each set (default 10)
  --parallel SET      set for the parallel speed-up: corpus or a size in MB (default 10; "none" skips)
  --workers N         worker threads for the parallel run (default: cores = ${availableParallelism()})
  --profile SET       set to profile: corpus or a size in MB (default 2)
  --load-size N       also load the graph of the N MB synthetic corpus (default 10; 0 skips)
  --naive-limit N     naive load: at most N facts (the rest extrapolated; default 4000)
  --uri URI           Neo4j to load into (default: NEO4J_URI, else a throwaway local server is started)
  --database NAME     database for the load benchmark (default NEO4J_DATABASE or the server default)
  -h, --help          show this help

Synthetic corpora and profiles are written under ${BENCH_CACHE} (PLANGRAPH_BENCH_DIR overrides).
`;

type Bench = "ingest" | "profile" | "load" | "viewer";
const ALL: Bench[] = ["ingest", "profile", "load", "viewer"];

const setArg = (value: string | undefined, fallback: "corpus" | number | null): "corpus" | number | null => {
  if (value === undefined) return fallback;
  if (value === "none") return null;
  if (value === "corpus") return "corpus";
  const n = Number(value);
  if (!(n > 0)) throw new Error(`bench: expected "corpus", "none" or a size in MB, got "${value}"`);
  return n;
};

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      sizes: { type: "string" },
      "split-mb": { type: "string" },
      parallel: { type: "string" },
      workers: { type: "string" },
      profile: { type: "string" },
      "load-size": { type: "string" },
      "naive-limit": { type: "string" },
      uri: { type: "string" },
      database: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const unknown = positionals.filter((p) => p !== "all" && !ALL.includes(p as Bench));
  if (unknown.length > 0) {
    process.stderr.write(`bench: unknown benchmark ${unknown.join(", ")}\n\n${HELP}`);
    return 2;
  }
  const chosen: Bench[] = positionals.length === 0 || positionals.includes("all") ? ALL : (positionals as Bench[]);
  const m = machine();
  const log = (line: string) => process.stderr.write(`${line}\n`);
  console.log(machineLine(m));
  const results: Record<string, unknown> = { machine: m };
  const sizes = (values.sizes ?? "10").split(",").map(Number).filter((n) => n > 0);

  if (chosen.includes("ingest") || chosen.includes("profile")) {
    const started = performance.now();
    const only = chosen.includes("ingest");
    const r = await runIngestBench({
      sets: only ? ["corpus", ...sizes] : [],
      splitMB: Number(values["split-mb"] ?? 10),
      parallelOn: only ? setArg(values.parallel, 10) : null,
      workers: Number(values.workers ?? availableParallelism()),
      profileOn: chosen.includes("profile") ? setArg(values.profile, 2) : null,
      log,
    });
    results.ingest = r;
    console.log(`\n${reportIngest(r)}\n(ingest benchmark: ${((performance.now() - started) / 1000).toFixed(0)} s)`);
  }
  if (chosen.includes("load")) {
    const { runLoadBench, reportLoad } = await import("./load/index.ts");
    const started = performance.now();
    const r = await runLoadBench({
      loadSize: Number(values["load-size"] ?? 10),
      naiveLimit: Number(values["naive-limit"] ?? 4000),
      uri: values.uri,
      database: values.database,
      log,
    });
    results.load = r;
    console.log(`\n${reportLoad(r)}\n(load benchmark: ${((performance.now() - started) / 1000).toFixed(0)} s)`);
  }
  if (chosen.includes("viewer")) {
    const { runViewerBench, reportViewer } = await import("./viewer/index.ts");
    const started = performance.now();
    const r = await runViewerBench({ log });
    results.viewer = r;
    console.log(`\n${reportViewer(r)}\n(viewer benchmark: ${((performance.now() - started) / 1000).toFixed(0)} s)`);
  }
  mkdirSync(BENCH_CACHE, { recursive: true });
  const file = join(BENCH_CACHE, `latest-${chosen.join("-")}.json`);
  writeFileSync(file, JSON.stringify(results, null, 1));
  console.log(`\nfigures written to ${file}`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  },
);
