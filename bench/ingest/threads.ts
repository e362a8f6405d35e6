/**
 * CPU time per thread of this process, from /proc (Linux only): the main thread runs the pipeline; the
 * others are V8's helpers — the optimising compiler and the parallel/concurrent garbage collector — whose
 * time `process.cpuUsage()` includes but never names. On other systems the split is unavailable.
 */
import { readdirSync, readFileSync } from "node:fs";

export interface ThreadCpu {
  /** CPU ms of the main thread (user + system). */
  mainMs: number;
  /** CPU ms of every other thread together. */
  helpersMs: number;
}

/** Clock ticks per second of /proc's utime/stime (USER_HZ, 100 on Linux). */
const TICKS_PER_S = 100;

export function threadCpu(): ThreadCpu | undefined {
  let tasks: string[];
  try {
    tasks = readdirSync("/proc/self/task");
  } catch {
    return undefined;
  }
  let mainMs = 0;
  let helpersMs = 0;
  for (const tid of tasks) {
    try {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, "utf8");
      // fields after the parenthesised command name: state is field 3, utime 14, stime 15
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const ms = ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_S;
      if (Number(tid) === process.pid) mainMs += ms;
      else helpersMs += ms;
    } catch {
      // a thread that ended between the listing and the read
    }
  }
  return { mainMs, helpersMs };
}

/** The CPU spent per thread kind between two readings. */
export function threadCpuSince(start: ThreadCpu | undefined): ThreadCpu | undefined {
  const now = threadCpu();
  return start && now ? { mainMs: now.mainMs - start.mainMs, helpersMs: now.helpersMs - start.helpersMs } : undefined;
}
