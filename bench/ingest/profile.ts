/**
 * CPU profile of the ingest pipeline: runs one measurement under `node --cpu-prof` and ranks functions by
 * self time (samples in the function itself), with file:line and the share of all samples. The
 * .cpuprofile file stays in the cache folder for Chrome DevTools or speedscope.
 */
import { mkdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { REPO_ROOT } from "../../ingest/corpus.ts";
import { runChild } from "../tsx-node.ts";
import type { IngestJob, PipelineResult } from "./child.ts";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface Hotspot {
  fn: string;
  where: string;
  selfPct: number;
  selfMs: number;
  /** Share of samples with this function anywhere on the stack (recursion counted once). */
  totalPct: number;
}

const CHILD = fileURLToPath(new URL("./child.ts", import.meta.url));

function where(url: string, line: number): string {
  if (!url) return "(native)";
  const path = url.startsWith("file://") ? fileURLToPath(url) : url;
  const rel = path.startsWith(REPO_ROOT) ? relative(REPO_ROOT, path) : path;
  return `${rel}:${line + 1}`;
}

export function hotspots(profile: CpuProfile, top = 15): { hotspots: Hotspot[]; totalMs: number } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const key = (n: ProfileNode) => `${n.callFrame.functionName || "(anonymous)"}\t${where(n.callFrame.url, n.callFrame.lineNumber)}`;
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let totalMs = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    totalMs += ms;
    const node = byId.get(id);
    if (!node) return;
    self.set(key(node), (self.get(key(node)) ?? 0) + ms);
    const seen = new Set<string>();
    for (let n: ProfileNode | undefined = node; n; n = byId.get(parent.get(n.id) ?? -1)) {
      const k = key(n);
      if (seen.has(k)) continue;
      seen.add(k);
      total.set(k, (total.get(k) ?? 0) + ms);
    }
  });
  const list = [...self.entries()]
    .filter(([k]) => !/^\((idle|program|garbage collector|root)\)/u.test(k))
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([k, ms]) => {
      const [fn = "", at = ""] = k.split("\t");
      return { fn, where: at, selfMs: ms, selfPct: (100 * ms) / totalMs, totalPct: (100 * (total.get(k) ?? 0)) / totalMs };
    });
  const gc = self.get("(garbage collector)\t(native)") ?? 0;
  if (gc > 0) list.push({ fn: "(garbage collector)", where: "(native)", selfMs: gc, selfPct: (100 * gc) / totalMs, totalPct: (100 * gc) / totalMs });
  return { hotspots: list, totalMs };
}

/** Profiles `ingestFiles` over `files`; returns the hotspots and the profile's path. */
export async function profileIngest(files: string[], dir: string): Promise<{ result: PipelineResult; hotspots: Hotspot[]; totalMs: number; file: string }> {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `ingest-${new Date().toISOString().replace(/[:.]/gu, "-")}.cpuprofile`);
  const job: IngestJob = { mode: "profile", files, out: file };
  const result = await runChild<PipelineResult>(CHILD, job, ["--enable-source-maps"]);
  return { result, ...hotspots(JSON.parse(readFileSync(file, "utf8")) as CpuProfile), file };
}
